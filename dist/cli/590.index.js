export const id = 590;
export const ids = [590];
export const modules = {

/***/ 35481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderReportFile: () => (/* binding */ renderReportFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _report_html_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44223);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96867);
/* harmony import */ var _report_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95756);
// `loadtest report results.json --html FILE`: a report.html from a results.json, after the fact.






/** renderReportFile renders a results.json (a run, a canary, a rollout or merged shards) as report.html, after the fact. */
async function renderReportFile(args, io) {
    const source = args.paths[0];
    const target = args.html ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(source), 'report.html');
    let report;
    try {
        report = (0,_report_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readResults */ .x)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(source, 'utf8'), source);
    }
    catch (error) {
        const code = error.code;
        io.err(`error: ${code === 'ENOENT' ? `${source}: no such file` : error.message}`);
        return _report_model_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_CODES */ .ai.config;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(target, (0,_report_html_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderHtmlReport */ .w)(report));
    io.out(`Wrote ${target} (${report.mode === 'rollout' ? `rollout, ${report.stages.length} stages` : `${report.mode}${report.merged ? `, merged from ${report.merged.shards.length} shards` : ''}`}, verdict ${report.verdict})`);
    return 0;
}


/***/ }),

/***/ 76670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Fn: () => (/* binding */ urlSecrets),
/* harmony export */   _I: () => (/* binding */ scrub),
/* harmony export */   aV: () => (/* binding */ scrubStrings),
/* harmony export */   cA: () => (/* binding */ redactHeaders),
/* harmony export */   tp: () => (/* binding */ redactPath)
/* harmony export */ });
/* unused harmony export REDACTED */
// Secrets never reach a log, a report or an artifact. Structured data is redacted by shape (header
// values, URL credentials, token-like query parameters); free text is scrubbed of known secret values.
const REDACTED = '***';
const SENSITIVE_QUERY = /^(access_?token|token|api_?key|key|secret|password|passwd|pwd|auth|signature|sig|client_secret|code)$/i;
/** redactUrl hides user:password@ and the values of token-like query parameters. */
function redactUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return redactPath(text);
    }
    if (url.username)
        url.username = REDACTED;
    if (url.password)
        url.password = REDACTED;
    for (const name of [...url.searchParams.keys()])
        if (SENSITIVE_QUERY.test(name))
            url.searchParams.set(name, REDACTED);
    return url.toString().replace(/%2A%2A%2A/g, REDACTED);
}
/** redactPath hides token-like query values in a path such as /api/x?api_key=…. */
function redactPath(path) {
    return path.replace(/([?&])([^=&#]+)=([^&#]*)/g, (match, sep, name) => (SENSITIVE_QUERY.test(decodeURIComponent(name)) ? `${sep}${name}=${REDACTED}` : match));
}
/** redactHeaders keeps header names and hides every value: any header may carry a credential. */
function redactHeaders(headers) {
    return Object.fromEntries(Object.keys(headers).map((name) => [name, REDACTED]));
}
/** urlSecrets are the parts of a URL that must be scrubbed from free text: the password and token-like query values. */
function urlSecrets(text) {
    let url;
    try {
        url = new URL(text, 'http://placeholder');
    }
    catch {
        return [];
    }
    const secrets = url.password ? [url.password, decodeURIComponent(url.password)] : [];
    for (const [name, value] of url.searchParams)
        if (SENSITIVE_QUERY.test(name) && value !== '')
            secrets.push(value, encodeURIComponent(value));
    return [...new Set(secrets)];
}
/** scrub replaces every occurrence of every secret in free text. */
function scrub(text, secrets) {
    let result = text;
    for (const secret of secrets)
        if (secret.length >= 4)
            result = result.split(secret).join(REDACTED);
    return result;
}
/**
 * scrubStrings scrubs every string inside a value (keys and numbers are left alone), for documents
 * whose text must stay valid: a secret such as "true" scrubbed from JSON text would break it.
 * Encoded histograms are left whole; they hold numbers, not text.
 */
function scrubStrings(value, secrets) {
    const live = secrets.filter((s) => s.length >= 4);
    if (live.length === 0)
        return value;
    const walk = (v) => {
        if (typeof v === 'string')
            return v.startsWith('HISTFAAA') ? v : scrub(v, live);
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
        return v;
    };
    return walk(value);
}


/***/ })

};
