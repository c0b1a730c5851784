export const id = 246;
export const ids = [246];
export const modules = {

/***/ 65277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ resolveEndpoints),
/* harmony export */   Sl: () => (/* binding */ redactUrlText),
/* harmony export */   ZZ: () => (/* binding */ checkHeaders),
/* harmony export */   _y: () => (/* binding */ withUrlCredentials),
/* harmony export */   r3: () => (/* binding */ templatesOf),
/* harmony export */   u1: () => (/* binding */ resolveTarget)
/* harmony export */ });
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11012);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58724);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76670);
/* harmony import */ var _template_generators_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88182);
/* harmony import */ var _template_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77865);
/* harmony import */ var _template_request_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80255);
// The requests section: the target, the endpoints, headers and credentials in the URL.






function resolveTarget(raw, source, issues, vocabulary, what = 'target') {
    if (raw === undefined) {
        issues.push({ source, message: `no target: ${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .giveOption */ .V)(vocabulary, 'load_test.target')}, set LOADTEST_TARGET, or set load_test.target in the config` });
        return undefined;
    }
    // "localhost:8080" would parse as a URL of scheme "localhost:": a host without a scheme is the usual slip.
    const bare = raw.trim();
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(bare)) {
        const host = /^(https?):?\/*(?=[^/:])/i.exec(bare) ? bare.replace(/^(https?):?\/*/i, '') : bare;
        const scheme = host !== bare ? bare.slice(0, /^https/i.test(bare) ? 5 : 4).toLowerCase() : /^(localhost|127\.|0\.0\.0\.0|\[::1\])|:\d+([/?#]|$)/i.test(bare) ? 'http' : 'https';
        if (/^([\w-]+(\.[\w-]+)*|\[[\d:a-f.]+\])(:\d+)?([/?#](?!\/)\S*)?$/i.test(host)) {
            // The text may carry a token in its query: shown the way every URL is, redacted.
            issues.push({ source, message: `expected a ${what} URL starting with http:// or https://, got '${(0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactPath */ .tp)(redactUrlText(bare))}' (did you mean '${(0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactPath */ .tp)(redactUrlText(`${scheme}://${host}`))}'?)` });
            return undefined;
        }
    }
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        issues.push({ source, message: `expected a ${what} URL like https://${what === 'target' ? 'canary' : 'www'}.example.com, got '${redactUrlText(raw)}'` });
        return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        issues.push({ source, message: `expected an http:// or https:// URL, got ${url.protocol}//…${(0,_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(url.protocol.replace(':', ''), ['http', 'https'])}` });
        return undefined;
    }
    return url.toString();
}
/** redactUrlText hides what looks like credentials in a string that failed to parse as a URL. */
function redactUrlText(text) {
    return text.replace(/\/\/[^/@\s]*@/, '//***@');
}
function resolveEndpoints(specs, source, target, issues, notices, known = new Map(), globalHeaders = {}) {
    if (!specs) {
        // With no endpoints configured, the target URL itself is requested.
        const url = target ? new URL(target) : null;
        const name = `GET ${url ? url.pathname + url.search : '/'}`;
        // Its only templates can be load_test.headers'.
        const templates = templatesOf({ name, method: 'GET', path: '', headers: {}, body: null, weight: 1, expectStatus: null, checks: [], captures: [], thinkTime: null, thresholds: {}, regression: null, source }, known, issues, globalHeaders);
        return [{ name, method: 'GET', path: '', headers: {}, body: null, ...templates, session: false, checks: [], weight: 1, expectStatus: null, thresholds: {}, regression: null }];
    }
    const given = specs.filter((s) => s.weight !== null).length;
    if (given > 0 && given < specs.length) {
        issues.push({ source, message: `give every endpoint a weight or none (equal shares): ${specs.length - given} of ${specs.length} have none` });
        return [];
    }
    const weights = specs.map((s) => s.weight ?? 1);
    const sum = weights.reduce((a, b) => a + b, 0);
    if (!(sum > 0)) {
        issues.push({ source, message: 'endpoint weights sum to 0; at least one endpoint needs a positive weight' });
        return [];
    }
    if (given > 0 && Math.abs(sum - 1) > 1e-6)
        notices.push(`endpoint weights sum to ${+sum.toFixed(4)}, not 1: normalised to shares of 100%`);
    return specs.map((spec, i) => ({
        name: spec.name,
        method: spec.method,
        path: spec.path,
        headers: checkHeaders(spec.headers, spec.source, issues),
        body: spec.body,
        ...templatesOf(spec, known, issues, globalHeaders),
        session: false,
        checks: spec.checks,
        weight: weights[i] / sum,
        expectStatus: spec.expectStatus,
        thresholds: spec.thresholds,
        regression: spec.regression,
    }));
}
/**
 * templatesOf: whether an endpoint is templated, its templates checked once against the variables
 * there will be (every mistake, with the endpoint's line: a syntax error, an unknown function or
 * variable, wrong arguments), before any load.
 */
function templatesOf(spec, known, issues, globalHeaders) {
    // load_test.headers are every endpoint's, templates included (an endpoint's own header of the same name wins).
    const own = new Set(Object.keys(spec.headers).map((name) => name.toLowerCase()));
    const headers = { ...Object.fromEntries(Object.entries(globalHeaders).filter(([name]) => !own.has(name.toLowerCase()))), ...spec.headers };
    const fields = { path: spec.path, headers, body: spec.body, ...(spec.json !== undefined ? { json: spec.json } : {}) };
    if (!(0,_template_request_js__WEBPACK_IMPORTED_MODULE_5__/* .isTemplated */ .dw)(fields))
        return { templated: false };
    try {
        (0,_template_request_js__WEBPACK_IMPORTED_MODULE_5__/* .compileEndpoint */ .Bf)(fields, known);
    }
    catch (error) {
        if (!(error instanceof _template_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .TemplateError */ .$w || error instanceof _template_generators_js__WEBPACK_IMPORTED_MODULE_3__/* .CompileError */ .mQ))
            throw error;
        issues.push({ source: spec.source, message: `endpoint '${spec.name}': ${error.message}${error instanceof _template_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .TemplateError */ .$w ? ` (at column ${error.column})` : ''}` });
        return { templated: false };
    }
    return { templated: true, ...(spec.json !== undefined ? { json: spec.json } : {}) };
}
/**
 * withUrlCredentials: a target like https://user:pass@canary… is sent with Basic authorization, as
 * curl and browsers do, instead of the credentials being dropped without a word. An Authorization
 * header set anywhere wins, and the plan says the URL's credentials were not used.
 */
function withUrlCredentials(headers, target, notices) {
    if (!target)
        return headers;
    const url = new URL(target);
    if (!url.username && !url.password)
        return headers;
    if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) {
        notices.push("the target URL's user and password are not used: an Authorization header is set");
        return headers;
    }
    const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    notices.push("the target URL's user and password are sent as Basic authorization");
    return { ...headers, Authorization: `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}` };
}
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * checkHeaders trims values (a YAML block scalar ends in a newline) and refuses what cannot go on
 * the wire: names that are not HTTP tokens, values with line breaks or characters outside Latin-1.
 * Values are never echoed: they may be secrets.
 */
function checkHeaders(headers, source, issues) {
    const checked = {};
    for (const [name, raw] of Object.entries(headers)) {
        const value = String(raw).trim();
        if (!HEADER_NAME.test(name))
            issues.push({ source, message: `'${name}' is not a valid header name (letters, digits and !#$%&'*+.^_\`|~- only)` });
        else if (/[\r\n]/.test(value) || value.includes('\0'))
            issues.push({ source, message: `header ${name}: the value contains a line break, which HTTP does not allow` });
        else if ([...value].some((c) => c.charCodeAt(0) > 0xff))
            issues.push({ source, message: `header ${name}: the value has characters outside Latin-1; percent-encode or base64 them` });
        else
            checked[name] = value;
    }
    return checked;
}


/***/ }),

/***/ 17246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ TRACE_ID_PLACEHOLDER),
/* harmony export */   M: () => (/* binding */ resolveTrace)
/* harmony export */ });
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55285);
/* harmony import */ var _requests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65277);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76670);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58724);
// W3C trace context (load_test.trace): off unless asked for, because every request of a load test
// would otherwise start a trace in the service's tracing backend. The settings that only mean
// something with it on are said to be ignored without it, never dropped silently.




/** TRACE_ID_PLACEHOLDER: where a trace's ID goes in load_test.trace_url. */
const TRACE_ID_PLACEHOLDER = '{trace_id}';
/** resolveTrace: `headers`: every header set the requests are written from, for a traceparent of the user's that trace replaces. */
function resolveTrace(view, headers) {
    const { get, isSet, sourceOf, issues, notices } = view;
    const url = get('load_test.trace_url');
    if (url !== undefined && (!/^https?:\/\//.test(url) || !url.includes(TRACE_ID_PLACEHOLDER))) {
        issues.push({ source: sourceOf('load_test.trace_url'), message: `expected an http:// or https:// URL with ${TRACE_ID_PLACEHOLDER} where the trace's ID goes (e.g. https://tempo.example/trace/${TRACE_ID_PLACEHOLDER}), got '${(0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactPath */ .tp)((0,_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrlText */ .Sl)(url))}'` });
    }
    else if (url !== undefined && ((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .urlSecrets */ .Fn)(url).length > 0 || /^https?:\/\/[^/]*@/.test(url))) {
        // Every report links it, the PR comment included: a credential in it would be published with it.
        issues.push({ source: sourceOf('load_test.trace_url'), message: `a trace URL cannot carry a user, password or token: every report and the PR comment link it; sign in to the tracing UI instead (got '${(0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactPath */ .tp)((0,_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrlText */ .Sl)(url))}')` });
    }
    if (get('load_test.trace') !== true) {
        for (const key of ['load_test.trace_sampled', 'load_test.trace_url', 'load_test.trace_slowest']) {
            if (isSet(key))
                notices.push(`${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .optionName */ .fS)(view.vocabulary, key)} is ignored: trace is off, so no traceparent is sent and there are no trace IDs (${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .giveOption */ .V)(view.vocabulary, 'load_test.trace')} to send them)`);
        }
        return null;
    }
    if (headers.some((set) => Object.keys(set).some((name) => name.toLowerCase() === 'traceparent'))) {
        notices.push('the traceparent header you set is replaced: with trace on, every request gets its own (its IDs are the ones the report keeps)');
    }
    return { sampled: get('load_test.trace_sampled') ?? true, slowest: get('load_test.trace_slowest') ?? _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_TRACE_SLOWEST */ .mc, url: url ?? null };
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
    for (const secret of secrets) {
        if (secret.length < 4)
            continue;
        // A secret of hex digits alone (a port, a year, a numeric tenant) is found in random hex by
        // chance: inside a longer trace-id or span-id (a run of exactly 32 or 16 hex digits) it is not
        // the secret, and scrubbing it would break the ID and its link. A run that is the secret itself
        // (a 32-hex API key) is the secret, and anything else is scrubbed as always.
        result = HEX_ONLY.test(secret) ? result.replace(HEX_RUN, (run) => (TRACE_ID_LENGTHS.has(run.length) && run.length > secret.length ? run : run.split(secret).join(REDACTED))) : result.split(secret).join(REDACTED);
    }
    return result;
}
const HEX_ONLY = /^[0-9a-fA-F]+$/;
const HEX_RUN = /[0-9a-fA-F]+/g;
const TRACE_ID_LENGTHS = new Set([16, 32]);
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


/***/ }),

/***/ 88182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ compileParts),
/* harmony export */   kK: () => (/* binding */ bindingsOf),
/* harmony export */   mQ: () => (/* binding */ CompileError)
/* harmony export */ });
/* unused harmony exports MAX_RANDOM_STRING, GENERATORS */
// The built-in generators a template may call, and the evaluation of its expressions. Arguments are
// checked when the template is compiled (once, when the config is read), so a run never meets
// randomInt("a") or randomItem([]) halfway through. Values come from the run's seeded random
// stream, so --seed repeats them.
const ALPHANUMERIC_CODES = Buffer.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'latin1');
const HEX_CODES = Buffer.from('0123456789abcdef', 'latin1');
/** MAX_RANDOM_STRING: randomString's longest; a body of megabytes is a typo. */
const MAX_RANDOM_STRING = 100_000;
const isInteger = (arg) => arg?.kind === 'number' && Number.isInteger(arg.value);
const literal = (arg) => (arg.kind === 'number' || arg.kind === 'string' ? arg.value : null);
const GENERATORS = {
    randomInt: {
        usage: 'randomInt(min, max), two whole numbers, min ≤ max',
        make: (args) => {
            const [a, b] = args;
            if (args.length !== 2 || !isInteger(a) || !isInteger(b) || a.value > b.value)
                return 'expected two whole numbers min ≤ max';
            if (!Number.isSafeInteger(a.value) || !Number.isSafeInteger(b.value))
                return `expected whole numbers within ±${Number.MAX_SAFE_INTEGER.toLocaleString('en-US')}, which are exact`;
            const min = a.value;
            const span = b.value - a.value + 1;
            return (ctx) => min + Math.floor(ctx.random() * span);
        },
    },
    randomItem: {
        usage: 'randomItem([a, b, c]), a list of numbers or quoted strings',
        make: (args) => {
            const [list] = args;
            if (args.length !== 1 || list.kind !== 'list' || list.items.length === 0)
                return 'expected one non-empty list like [1, 2, 3] or ["a", "b"]';
            const items = list.items.map(literal);
            if (items.some((v) => v === null))
                return 'expected a list of numbers or quoted strings';
            const values = items;
            return (ctx) => values[Math.floor(ctx.random() * values.length)];
        },
    },
    uuid: {
        usage: 'uuid()',
        make: (args) => (args.length !== 0 ? 'takes no arguments' : (ctx) => uuidV4(ctx.random)),
    },
    randomString: {
        usage: `randomString(n), n from 1 to ${MAX_RANDOM_STRING.toLocaleString('en-US')}`,
        make: (args) => {
            const [n] = args;
            if (args.length !== 1 || !isInteger(n) || n.value < 1 || n.value > MAX_RANDOM_STRING)
                return `expected one whole number from 1 to ${MAX_RANDOM_STRING.toLocaleString('en-US')}`;
            const length = n.value;
            // Drawn into bytes and read as text once: building it a character at a time costs more than the request.
            const scratch = Buffer.allocUnsafe(length);
            return (ctx) => {
                for (let i = 0; i < length; i++)
                    scratch[i] = ALPHANUMERIC_CODES[Math.floor(ctx.random() * ALPHANUMERIC_CODES.length)];
                return scratch.toString('latin1', 0, length);
            };
        },
    },
    seq: {
        usage: 'seq()',
        make: (args) => (args.length !== 0 ? 'takes no arguments' : (ctx) => ctx.seq()),
    },
    now: {
        usage: 'now(), milliseconds since 1970',
        make: (args) => (args.length !== 0 ? 'takes no arguments' : (ctx) => Math.floor(ctx.nowMs())),
    },
    isoNow: {
        usage: 'isoNow()',
        make: (args) => (args.length !== 0 ? 'takes no arguments' : (ctx) => new Date(ctx.nowMs()).toISOString()),
    },
    base64: {
        usage: 'base64(value), a quoted string, a variable or a call',
        make: (args, compileArg) => {
            const [value] = args;
            if (args.length !== 1 || value.kind === 'list')
                return 'expected one value: a quoted string, a variable or a call';
            const evaluate = compileArg(value);
            return (ctx) => Buffer.from(String(evaluate(ctx)), 'utf8').toString('base64');
        },
    },
};
/** uuidV4: a random (version 4, RFC 9562) UUID drawn from `random`, written into bytes and read as text once. */
const uuidScratch = Buffer.from('00000000-0000-4000-8000-000000000000', 'latin1');
function uuidV4(random) {
    for (let i = 0; i < 36; i++) {
        if (i === 8 || i === 13 || i === 18 || i === 23 || i === 14)
            continue;
        uuidScratch[i] = HEX_CODES[i === 19 ? 8 + Math.floor(random() * 4) : Math.floor(random() * 16)];
    }
    return uuidScratch.toString('latin1');
}
/** CompileError: what is wrong with an expression, in words a config error can carry. */
class CompileError extends Error {
}
/** bindingsOf: every variable a run has: its variables, then each data file's columns. */
function bindingsOf(variables, files = []) {
    const out = new Map(Object.keys(variables).map((name) => [name, { kind: 'static' }]));
    files.forEach((file, f) => file.columns.forEach((name, column) => out.set(name, { kind: 'row', file: f, column })));
    return out;
}
/**
 * compileParts turns parsed parts into evaluators; `known` are the variables that will have values.
 * An unknown function, wrong arguments or a variable defined nowhere throws a CompileError.
 */
function compileParts(parts, known) {
    return parts.map((part) => {
        if (typeof part === 'string')
            return part;
        const reads = { session: false };
        return { evaluate: compileExpr(part.expr, known, part.text, reads), text: part.text, session: reads.session };
    });
}
function compileExpr(expr, known, text, reads) {
    const compileArg = (arg) => {
        if (arg.kind === 'number' || arg.kind === 'string') {
            const value = arg.value;
            return () => value;
        }
        if (arg.kind === 'list')
            throw new CompileError(`a list can only be an argument of randomItem, in ${text}`);
        return compileExpr(arg, known, text, reads);
    };
    if (expr.kind === 'var') {
        const binding = known.get(expr.name);
        if (!binding)
            throw new CompileError(`'${expr.name}' in ${text} is defined nowhere${known.size ? ` (variables: ${[...known.keys()].sort().join(', ')})` : ': set it under load_test.variables, or give a data file with that column'}${Object.hasOwn(GENERATORS, expr.name) ? `; to call the generator write ${expr.name}()` : ''}`);
        if (binding.kind === 'row') {
            const { file, column } = binding;
            return (ctx) => ctx.rows[file][column];
        }
        const name = expr.name;
        if (binding.kind === 'session') {
            reads.session = true;
            // Validation saw it captured before any step that reads it, and a failed capture ends the iteration: it is there.
            return (ctx) => ctx.session?.get(name) ?? '';
        }
        return (ctx) => ctx.vars[name];
    }
    const generator = Object.hasOwn(GENERATORS, expr.name) ? GENERATORS[expr.name] : undefined;
    if (!generator)
        throw new CompileError(`unknown function ${expr.name}() in ${text}; functions: ${Object.keys(GENERATORS).map((n) => `${n}()`).join(', ')}`);
    const made = generator.make(expr.args, compileArg);
    if (typeof made === 'string')
        throw new CompileError(`${expr.name}() in ${text}: ${made}; use ${generator.usage}`);
    return made;
}


/***/ }),

/***/ 77865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   ht: () => (/* binding */ variablesOf),
/* harmony export */   rJ: () => (/* binding */ hasTemplate)
/* harmony export */ });
// Request templates: text with `{{ name }}` (a variable) and `{{ fn(args) }}` (a built-in generator,
// template/generators.ts) in an endpoint's path, headers and body. A template is parsed once, when
// the config is read, into literal text and expressions, so every mistake is found before any load
// with where it is; a request is then built by filling the expressions' values in (client/template.ts),
// never by parsing again. Pure.
class TemplateError extends Error {
    column;
    constructor(message, 
    /** column: 1-based, in the template's text. */
    column) {
        super(message);
        this.column = column;
    }
}
/** hasTemplate: whether a text holds any `{{`. */
function hasTemplate(text) {
    return text.includes('{{');
}
/** parseTemplate splits a text into literal text and expressions; a mistake throws a TemplateError naming its column. */
function parseTemplate(text) {
    const parts = [];
    let at = 0;
    while (at < text.length) {
        const open = text.indexOf('{{', at);
        if (open < 0) {
            parts.push(text.slice(at));
            break;
        }
        const stray = text.indexOf('}}', at);
        if (stray >= 0 && stray < open)
            throw new TemplateError("'}}' without an opening '{{'", stray + 1);
        if (open > at)
            parts.push(text.slice(at, open));
        const close = text.indexOf('}}', open + 2);
        if (close < 0)
            throw new TemplateError("'{{' is not closed: expected '}}'", open + 1);
        const inner = text.slice(open + 2, close);
        const reader = new Reader(inner, open + 3);
        reader.space();
        if (reader.done())
            throw new TemplateError("empty '{{ }}': expected a variable or a function like randomInt(1, 100)", open + 1);
        const expr = reader.expr();
        reader.space();
        if (!reader.done())
            throw new TemplateError(`unexpected '${inner.slice(reader.at)}' in '{{${inner}}}'`, reader.column());
        parts.push({ expr, text: text.slice(open, close + 2) });
        at = close + 2;
    }
    // Adjacent literals (none are made above, but an empty text is one empty literal).
    return parts.length === 0 ? [''] : parts;
}
/** Reader: a cursor over one expression's text; `offset` maps its positions to the template's columns. */
class Reader {
    text;
    offset;
    at = 0;
    constructor(text, offset) {
        this.text = text;
        this.offset = offset;
    }
    column() {
        return this.offset + this.at;
    }
    done() {
        return this.at >= this.text.length;
    }
    space() {
        while (this.at < this.text.length && /\s/.test(this.text[this.at]))
            this.at++;
    }
    expr() {
        const start = this.column();
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.at))?.[0];
        if (!name)
            throw new TemplateError(`expected a variable or a function name, got '${this.text.slice(this.at)}'`, start);
        this.at += name.length;
        this.space();
        if (this.text[this.at] !== '(')
            return { kind: 'var', name };
        this.at++;
        const args = [];
        this.space();
        if (this.text[this.at] === ')') {
            this.at++;
            return { kind: 'call', name, args };
        }
        for (;;) {
            this.space();
            args.push(this.arg());
            this.space();
            const c = this.text[this.at++];
            if (c === ')')
                return { kind: 'call', name, args };
            if (c !== ',')
                throw new TemplateError(`expected ',' or ')' in the arguments of ${name}(…)`, this.column() - 1);
        }
    }
    arg() {
        const rest = this.text.slice(this.at);
        const number = /^-?\d+(\.\d+)?/.exec(rest)?.[0];
        if (number) {
            this.at += number.length;
            return { kind: 'number', value: Number(number) };
        }
        const quote = rest[0];
        if (quote === '"' || quote === "'") {
            const end = rest.indexOf(quote, 1);
            if (end < 0)
                throw new TemplateError(`a string is not closed: expected ${quote}`, this.column());
            this.at += end + 1;
            return { kind: 'string', value: rest.slice(1, end) };
        }
        if (quote === '[') {
            this.at++;
            const items = [];
            this.space();
            if (this.text[this.at] === ']') {
                this.at++;
                return { kind: 'list', items };
            }
            for (;;) {
                this.space();
                items.push(this.arg());
                this.space();
                const c = this.text[this.at++];
                if (c === ']')
                    return { kind: 'list', items };
                if (c !== ',')
                    throw new TemplateError("expected ',' or ']' in a list", this.column() - 1);
            }
        }
        return this.expr();
    }
}
/** variablesOf: every variable a template's expressions read, arguments included. */
function variablesOf(parts) {
    const names = [];
    const visit = (arg) => {
        if (arg.kind === 'var')
            names.push(arg.name);
        else if (arg.kind === 'call')
            arg.args.forEach(visit);
        else if (arg.kind === 'list')
            arg.items.forEach(visit);
    };
    for (const part of parts)
        if (typeof part !== 'string')
            visit(part.expr);
    return [...new Set(names)];
}


/***/ }),

/***/ 80255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BY: () => (/* binding */ sessionValues),
/* harmony export */   Bf: () => (/* binding */ compileEndpoint),
/* harmony export */   M9: () => (/* binding */ write),
/* harmony export */   dw: () => (/* binding */ isTemplated),
/* harmony export */   iC: () => (/* binding */ evaluateValues),
/* harmony export */   nn: () => (/* binding */ drawValues)
/* harmony export */ });
/* harmony import */ var _generators_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88182);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77865);
// An endpoint's templates compiled once into pieces: literal text and slots that take an
// expression's value, each slot knowing where it stands (a path, a header, a JSON value, inside a
// JSON string, a raw body) and so how its value is written there. One hit draws every expression's
// value once (values()), and each arm writes the same values into its own pieces (client/request.ts),
// so a canary and production get byte-identical requests but for their Host. Pure.


/** JSON_PLACEHOLDER marks a templated string leaf while the JSON body is serialized around it. */
const JSON_PLACEHOLDER = /"@@loadtest-template-(\d+)@@"/;
/** isTemplated: whether any of an endpoint's fields holds a template. */
function isTemplated(fields) {
    if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .hasTemplate */ .rJ)(fields.path) || Object.values(fields.headers).some(_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .hasTemplate */ .rJ))
        return true;
    if (fields.json !== undefined)
        return JSON.stringify(fields.json).includes('{{');
    return fields.body !== null && (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .hasTemplate */ .rJ)(fields.body);
}
/**
 * compileEndpoint: an endpoint's templates as pieces, every expression compiled against the
 * variables `known`. Throws a TemplateError (parse) or CompileError (meaning) naming the field.
 */
function compileEndpoint(fields, known) {
    const evaluators = [];
    const perSession = [];
    const files = new Set();
    // Parsed, its data files noted (a row is drawn per hit only from the files an endpoint reads), compiled.
    const compiled = (text) => {
        const parts = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(text);
        for (const name of (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .variablesOf */ .ht)(parts)) {
            const binding = known.get(name);
            if (binding?.kind === 'row')
                files.add(binding.file);
        }
        return (0,_generators_js__WEBPACK_IMPORTED_MODULE_0__/* .compileParts */ .Mf)(parts, known);
    };
    const piecesOf = (parts, context) => parts.map((part) => {
        if (typeof part === 'string')
            return part;
        const index = evaluators.push(part.evaluate) - 1;
        if (part.session)
            perSession.push(index);
        return { index, context };
    });
    const compile = (field, text, context) => piecesOf(inField(field, () => compiled(text)), context);
    const path = compile('path', fields.path, 'path');
    const headers = Object.entries(fields.headers)
        .filter(([, value]) => (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .hasTemplate */ .rJ)(value))
        .map(([name, value]) => [name, compile(`header ${name}`, value, 'header')]);
    let body = null;
    if (fields.json !== undefined)
        body = jsonPieces(fields.json, (text) => inField('json', () => compiled(text)), piecesOf);
    else if (fields.body !== null)
        body = compile('body', fields.body, 'raw');
    return { evaluators, files: [...files].sort((a, b) => a - b), path, headers, body, perSession };
}
/** inField: the field's name before a template's own message ("path: '{{' is not closed…"). */
function inField(field, make) {
    try {
        return make();
    }
    catch (error) {
        error.message = `${field}: ${error.message}`;
        throw error;
    }
}
/**
 * jsonPieces serializes a JSON body with each templated string leaf as a placeholder, then splits
 * it there: a leaf that is one expression alone writes a typed JSON value (randomInt gives a
 * number), any other writes a JSON string with the values escaped inside it.
 */
function jsonPieces(json, compile, piecesOf) {
    keysWithoutTemplates(json);
    const leaves = [];
    const text = JSON.stringify(json, (_key, value) => (typeof value === 'string' && (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .hasTemplate */ .rJ)(value) ? `@@loadtest-template-${leaves.push(value) - 1}@@` : value));
    const pieces = [];
    let rest = text;
    for (let match = JSON_PLACEHOLDER.exec(rest); match; match = JSON_PLACEHOLDER.exec(rest)) {
        pieces.push(rest.slice(0, match.index));
        const parts = compile(leaves[Number(match[1])]);
        if (parts.length === 1 && typeof parts[0] !== 'string')
            pieces.push(...piecesOf(parts, 'json-value'));
        else
            pieces.push('"', ...piecesOf(parts.map((p) => (typeof p === 'string' ? JSON.stringify(p).slice(1, -1) : p)), 'json-string'), '"');
        rest = rest.slice(match.index + match[0].length);
    }
    pieces.push(rest);
    return pieces.filter((p) => p !== '');
}
/** keysWithoutTemplates: a JSON body's keys are written as they are: a template there would be sent literally. */
function keysWithoutTemplates(json) {
    if (Array.isArray(json))
        json.forEach(keysWithoutTemplates);
    else if (json !== null && typeof json === 'object') {
        for (const [key, value] of Object.entries(json)) {
            if ((0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .hasTemplate */ .rJ)(key))
                throw new _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .TemplateError */ .$w(`the key "${key}" holds a template; keys are sent as written: template a value instead`, 1);
            keysWithoutTemplates(value);
        }
    }
}
/** drawValues: one hit's draw of every expression of the endpoint, into `into` when given (reused hit after hit). */
function drawValues(template, ctx, into = []) {
    // One row of each data file the endpoint reads, for this hit; a unique file that ran out ends it.
    for (const f of template.files) {
        const row = ctx.data[f].next(ctx.random);
        if (row === null)
            return null;
        ctx.rows[f] = row;
    }
    return evaluateValues(template, ctx, into);
}
/** evaluateValues: every expression of the endpoint from the rows already in `ctx.rows` (a flow step reads its user's or iteration's). */
function evaluateValues(template, ctx, into = []) {
    into.length = template.evaluators.length;
    for (let i = 0; i < into.length; i++)
        into[i] = template.evaluators[i](ctx);
    return into;
}
/** sessionValues: `values` with the expressions that read captured variables evaluated again for another arm's session, into `into`. */
function sessionValues(template, ctx, values, into) {
    into.length = values.length;
    for (let i = 0; i < values.length; i++)
        into[i] = values[i];
    for (const i of template.perSession)
        into[i] = template.evaluators[i](ctx);
    return into;
}
/** write: pieces with `values` filled in, each value written as its place needs. */
function write(pieces, values) {
    let out = '';
    for (const piece of pieces)
        out += typeof piece === 'string' ? piece : written(values[piece.index], piece.context);
    return out;
}
/** Characters a JSON string must escape, and those a path must percent-encode: most values have none, and are written as they are. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON must escape
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
/** Values needing nothing done: a path's unreserved characters (RFC 3986), a header's visible ASCII and tabs. */
const PATH_SAFE = /^[A-Za-z0-9\-._~]*$/;
const HEADER_SAFE = /^[\t\x20-\x7e]*$/;
/** wellFormed: lone surrogates (which have no UTF-8) as U+FFFD, as a UTF-8 encoder writes them. */
function wellFormed(value) {
    return value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
function written(value, context) {
    // Per request, per value: the common cases (a number, a string with nothing to escape) skip the general path.
    // Numbers are finite (whole numbers, times, listed numbers): as text they need no escaping anywhere.
    if (typeof value === 'number')
        return String(value);
    switch (context) {
        case 'json-value':
            return JSON_ESCAPED.test(value) ? JSON.stringify(value) : `"${value}"`;
        case 'json-string':
            return JSON_ESCAPED.test(value) ? JSON.stringify(value).slice(1, -1) : value;
        case 'path':
            // A value is data, not structure: '/', '?', '&', '#' and '%' in it are encoded like everything
            // outside the unreserved characters (a lone surrogate becomes U+FFFD first: it has no UTF-8).
            return PATH_SAFE.test(value) ? value : encodeURIComponent(wellFormed(value));
        case 'header':
            // A value cannot end the header line or carry control characters: those become spaces; text
            // beyond Latin-1 goes as its UTF-8 bytes (the head is written byte for byte, as latin1).
            if (HEADER_SAFE.test(value))
                return value;
            // eslint-disable-next-line no-control-regex -- control characters are exactly what a header value cannot carry
            return Buffer.from(wellFormed(value).replace(/[\u0000-\u0008\u000a-\u001f\u007f]+/g, ' '), 'utf8').toString('latin1');
        case 'raw':
            return value;
    }
}


/***/ })

};
