export const id = 212;
export const ids = [212];
export const modules = {

/***/ 28717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XR: () => (/* binding */ statusTable),
/* harmony export */   fe: () => (/* binding */ classifyError),
/* harmony export */   xo: () => (/* binding */ classifyStatus),
/* harmony export */   yc: () => (/* binding */ classifyStreamEnd)
/* harmony export */ });
/* unused harmony export H2_CODE_NAMES */
// Maps whatever Node, undici or the server produced into our stable error codes.
const BY_CODE = {
    ECONNREFUSED: 'connect_refused',
    UND_ERR_CONNECT_TIMEOUT: 'connect_timeout',
    ETIMEDOUT: 'connect_timeout',
    ENOTFOUND: 'dns',
    EAI_AGAIN: 'dns',
    EAI_FAIL: 'dns',
    EAI_NODATA: 'dns',
    EAI_NONAME: 'dns',
    UND_ERR_HEADERS_TIMEOUT: 'timeout',
    UND_ERR_BODY_TIMEOUT: 'timeout',
    ECONNRESET: 'reset',
    EPIPE: 'reset',
    ECONNABORTED: 'reset',
    UND_ERR_SOCKET: 'reset',
    UND_ERR_CLOSED: 'reset',
    EPROTO: 'tls',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'tls',
    SELF_SIGNED_CERT_IN_CHAIN: 'tls',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'tls',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'tls',
    UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'protocol',
    UND_ERR_RES_EXCEEDED_MAX_SIZE: 'protocol',
    // node:http2: a session that broke HTTP/2's framing (an HTTP/1.1 server answering the h2c
    // preface), and one the server ended with a GOAWAY carrying an error code.
    ERR_HTTP2_ERROR: 'protocol',
    ERR_HTTP2_SESSION_ERROR: 'h2_goaway',
};
/** classifyError names a failed request's cause with one of our codes. */
function classifyError(error) {
    const code = String(error?.code ?? '');
    const known = BY_CODE[code];
    if (known)
        return known;
    if (/^(ERR_TLS|ERR_SSL|CERT_)/.test(code) || /certificate|SSL routines|TLS/i.test(String(error?.message)))
        return 'tls';
    if (code.startsWith('HPE_'))
        return 'protocol';
    return 'other';
}
/**
 * statusTable turns an endpoint's expected statuses into a lookup by status code; with no list,
 * 1xx–3xx count as success (redirects are not followed: a 302 from a canary is its answer).
 */
function statusTable(expected) {
    const table = new Uint8Array(600);
    if (expected)
        for (const status of expected)
            table[status] = 1;
    else
        table.fill(1, 100, 400);
    return table;
}
/** classifyStatus returns null for an expected status, else the code that explains it. */
function classifyStatus(status, expected) {
    if (status < 600 && expected[status] === 1)
        return null;
    if (status >= 500)
        return 'http_5xx';
    if (status >= 400)
        return 'http_4xx';
    return 'unexpected_status';
}
/** H2_CODE_NAMES: RST_STREAM and GOAWAY error codes by number (RFC 9113 §7). */
const H2_CODE_NAMES = ['NO_ERROR', 'PROTOCOL_ERROR', 'INTERNAL_ERROR', 'FLOW_CONTROL_ERROR', 'SETTINGS_TIMEOUT', 'STREAM_CLOSED', 'FRAME_SIZE_ERROR', 'REFUSED_STREAM', 'CANCEL', 'COMPRESSION_ERROR', 'CONNECT_ERROR', 'ENHANCE_YOUR_CALM', 'INADEQUATE_SECURITY', 'HTTP_1_1_REQUIRED'];
const NO_ERROR = 0;
const REFUSED_STREAM = 7;
/**
 * classifyStreamEnd names why an HTTP/2 stream ended without its whole response. A GOAWAY on its
 * connection explains it first (a stream above the last-stream-id was not processed; one at or
 * below it was cut when the server went away with an error); then a refusal (REFUSED_STREAM: not
 * processed either); then a connection that failed or closed under it, as HTTP/1.1 counts those;
 * any other RST_STREAM is a reset, its code the reason.
 *
 * `retry`: the server closed the connection gracefully (GOAWAY NO_ERROR) without processing this
 * stream, which RFC 9113 §8.7 says may be sent again whatever its method: it is, once, on another
 * connection (client/http2-stream.ts), so a server rotating its connections does not show as
 * failing. A GOAWAY with an error code, or REFUSED_STREAM, is the server shedding load: counted.
 */
function classifyStreamEnd(end) {
    const last = end.goawayLastStreamId;
    if (last !== null && (end.streamId === undefined || end.streamId > last))
        return end.goawayCode === NO_ERROR ? { error: 'h2_goaway', retry: true } : { error: 'h2_goaway' };
    if (last !== null && end.sessionDestroyed)
        return { error: 'h2_goaway' };
    if (end.rstCode === REFUSED_STREAM)
        return { error: 'h2_refused_stream' };
    if (end.sessionError)
        return { error: classifyError(end.sessionError) };
    if (end.sessionDestroyed)
        return { error: 'reset' };
    return { error: 'h2_stream_reset', reason: H2_CODE_NAMES[end.rstCode] ?? `code ${end.rstCode}` };
}


/***/ }),

/***/ 5847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ ERROR_CODE_MEANING),
/* harmony export */   rf: () => (/* binding */ UNREACHED_CODES)
/* harmony export */ });
/* unused harmony export ERROR_CODES */
// What one request came to, as plain data. Error codes are ours and stable, so reports and SLOs do
// not change when Node or undici rename an error.
const ERROR_CODES = (/* unused pure expression or super */ null && ([
    'connect_refused',
    'connect_timeout',
    'dns',
    'timeout',
    'reset',
    'tls',
    'http_4xx',
    'http_5xx',
    'unexpected_status',
    'protocol',
    'h2_stream_reset',
    'h2_goaway',
    'h2_refused_stream',
    'check_failed',
    'capture_failed',
    'other',
]));
/**
 * UNREACHED_CODES: failures of a request that never reached the service's code: no connection,
 * no name, no TLS, or a stream the server refused or left unprocessed. No trace of it can exist.
 */
const UNREACHED_CODES = new Set(['connect_refused', 'connect_timeout', 'dns', 'tls', 'h2_refused_stream', 'h2_goaway']);
const ERROR_CODE_MEANING = {
    connect_refused: 'connection refused: nothing listening on the port',
    connect_timeout: 'no TCP connection within the connect timeout',
    dns: 'the host name did not resolve',
    timeout: 'no complete response within the request timeout',
    reset: 'the connection was reset or closed mid-request',
    tls: 'the TLS handshake failed (certificate or protocol)',
    http_4xx: 'a 4xx status that was not expected',
    http_5xx: 'a 5xx status',
    unexpected_status: 'a status outside the endpoint\'s expected list',
    protocol: 'the response was not valid HTTP',
    h2_stream_reset: 'HTTP/2: the stream was reset (RST_STREAM) before its response ended; the reason names the code (PROTOCOL_ERROR also when the response broke HTTP/2\'s rules)',
    h2_goaway: 'HTTP/2: the server sent GOAWAY and did not finish this stream: a GOAWAY with an error code (shedding load; not retried), a graceful one again on the stream\'s one retry, or one that cut a stream it had already taken on',
    h2_refused_stream: 'HTTP/2: the server refused the stream (REFUSED_STREAM): not processed; counted, not retried',
    check_failed: "a flow step's response failed one of its checks (expect)",
    capture_failed: "a flow step's capture found nothing; the rest of that iteration was skipped",
    other: 'another client-side error',
};


/***/ }),

/***/ 13344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ TargetUnreachable),
/* harmony export */   Jo: () => (/* binding */ preflightTarget),
/* harmony export */   Lq: () => (/* binding */ waitText)
/* harmony export */ });
/* unused harmony export preflight */
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32467);
/* harmony import */ var node_http2__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http2__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24371);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(55923);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55285);
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34529);
/* harmony import */ var _config_vocabulary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58724);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(28717);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5847);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(76670);
// Before any load: is the target there? A connection check always (TCP, plus the TLS handshake for
// https), and with a health path a GET that must answer 2xx. A target that is still starting
// (connection refused, a name that does not resolve yet, timeouts, a load balancer's 502/503/504)
// is waited for, with doubling pauses, up to wait_for_ready; an answer that no amount of waiting
// fixes (401, 404 on the health path, a certificate error) fails at once with what was seen.
//
// The connection check also settles which HTTP the load goes over (client/protocol.ts): over TLS
// the server chooses by ALPN; HTTP/2 (h2, or h2c with prior knowledge) must then answer the
// connection preface with its SETTINGS. A server that cannot speak what http_version asks for is
// an answer waiting cannot fix: the run fails here, before any load, saying so.












class TargetUnreachable extends Error {
    target;
    steps;
    why;
    constructor(target, steps, 
    /** why: why it stopped trying ("waited the whole wait_for_ready (10s)"). */
    why = '') {
        const failed = steps[steps.length - 1];
        const tried = failed.attempts === 1 ? 'once' : `${failed.attempts} times over ${(failed.elapsedMs / 1000).toFixed(1)}s`;
        super(`target unreachable: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_10__/* .redactUrl */ .BO)(target)}\n  tried ${failed.what} ${tried}; last: ${failed.detail}${why ? `;\n  ${why}` : ''};\n  no load was sent.`);
        this.target = target;
        this.steps = steps;
        this.why = why;
        this.name = 'TargetUnreachable';
    }
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** waitText: 60000 → "60s" (as wait_for_ready is usually written), 1500 → "1.5s". */
function waitText(ms) {
    return ms % 1000 === 0 ? `${ms / 1000}s` : (0,_config_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatMs */ ._V)(ms);
}
async function preflight(target, options) {
    return (await preflightTarget(target, options)).steps;
}
/** preflightTarget: the pre-flight's steps, and the protocol the target's load goes over. */
async function preflightTarget(target, options) {
    const asked = options.httpVersion ?? 'auto';
    const url = new URL(target);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    const secure = url.protocol === 'https:';
    const healthUrl = options.healthPath ? new URL(options.healthPath, url.origin) : null;
    const healthWhat = healthUrl ? `GET ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_10__/* .redactPath */ .tp)(healthUrl.pathname + healthUrl.search)}` : '';
    const steps = [];
    let announced = false;
    const budget = {
        limitMs: Math.max(0, options.waitForReadyMs),
        vocabulary: options.vocabulary,
        spentMs: 0,
        sleep: options.sleep ?? realSleep,
        now: options.now ?? (() => performance.now()),
        announce: () => {
            if (announced)
                return;
            announced = true;
            const health = healthUrl ? ` and ${healthWhat.slice(4)} to answer 2xx` : '';
            options.onWaiting?.(`Waiting up to ${waitText(options.waitForReadyMs)} for ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_10__/* .redactUrl */ .BO)(target)} to accept connections${health} (wait_for_ready; 0 fails at once)…`);
        },
    };
    const connectTimeout = Math.min(options.timeoutMs, _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .PREFLIGHT */ .Ev.connectTimeoutMs);
    let protocol;
    const connectWhat = `${secure ? 'TLS' : 'TCP'} connect to ${host}:${port}${!secure && asked === '2' ? ' and the HTTP/2 preface (h2c, prior knowledge)' : ''}`;
    const connect = await untilReady(connectWhat, 'connect', budget, async () => {
        const attempt = await connectOnce(host, port, secure, options.insecure, connectTimeout, asked, options.vocabulary, options.alpnRequired ?? false);
        if (attempt.ok)
            protocol = attempt.protocol;
        return attempt;
    });
    steps.push(connect.step);
    if (!connect.step.ok)
        throw new TargetUnreachable(target, steps, connect.why);
    if (healthUrl) {
        const health = await untilReady(healthWhat, 'health', budget, () => (protocol.version === '2' ? healthOnceH2(healthUrl, options) : healthOnce(healthUrl, options)));
        steps.push(health.step);
        if (!health.step.ok)
            throw new TargetUnreachable(target, steps, health.why);
    }
    return { steps, protocol: protocol };
}
/** untilReady tries until the step succeeds, fails in a way waiting cannot fix, or the wait is used up. */
async function untilReady(what, name, budget, once) {
    const startedAt = budget.spentMs;
    let pause = _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .PREFLIGHT */ .Ev.firstBackoffMs;
    for (let attempt = 1;; attempt++) {
        const before = budget.now();
        const result = await once();
        budget.spentMs += Math.max(0, budget.now() - before);
        const step = (ok, detail) => ({ name, what, ok, attempts: attempt, elapsedMs: budget.spentMs - startedAt, detail });
        if (result.ok)
            return { step: step(true, 'ok'), why: '' };
        if (!result.starting)
            return { step: step(false, result.detail), why: 'this is not a service that is still starting, so it was not waited for' };
        const left = budget.limitMs - budget.spentMs;
        if (budget.limitMs === 0)
            return { step: step(false, result.detail), why: `wait_for_ready is 0: not waited for (${(0,_config_vocabulary_js__WEBPACK_IMPORTED_MODULE_7__/* .giveOption */ .V)(budget.vocabulary, 'load_test.wait_for_ready')} to wait for a target that is still starting)` };
        if (left <= 0)
            return { step: step(false, result.detail), why: `still not ready after wait_for_ready (${waitText(budget.limitMs)}); raise it if the target takes longer to start` };
        budget.announce();
        const wait = Math.min(pause, left);
        await budget.sleep(wait);
        budget.spentMs += wait;
        pause = Math.min(pause * 2, _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .PREFLIGHT */ .Ev.maxBackoffMs);
    }
}
/** STARTING: failures a service that is still starting (or a load balancer in front of one) produces. */
const STARTING_CODES = new Set(['connect_refused', 'connect_timeout', 'timeout', 'reset']);
/** A name not resolving yet (a new DNS record, a Kubernetes service just created), a route not there yet. */
const STARTING_ERRNO = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** What a load balancer answers while its backend is not up: bad gateway, unavailable, gateway timeout. */
const STARTING_STATUS = new Set([502, 503, 504]);
async function connectOnce(host, port, secure, insecure, timeoutMs, asked, vocabulary, alpnRequired) {
    if (!(0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(host)) {
        try {
            await (0,node_dns_promises__WEBPACK_IMPORTED_MODULE_0__.lookup)(host);
        }
        catch (error) {
            const code = error.code ?? '';
            return { ok: false, detail: `DNS lookup of ${host} failed: ${_outcome_js__WEBPACK_IMPORTED_MODULE_9__/* .ERROR_CODE_MEANING */ .Tu.dns} (${code})`, starting: STARTING_ERRNO.has(code) };
        }
    }
    return new Promise((resolve) => {
        let session = null;
        const socket = secure
            ? (0,node_tls__WEBPACK_IMPORTED_MODULE_3__.connect)({ host, port, servername: (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(host) ? undefined : host, rejectUnauthorized: !insecure, ALPNProtocols: (0,_protocol_js__WEBPACK_IMPORTED_MODULE_11__/* .preflightAlpn */ .Zp)(asked) }, () => connected())
            : (0,node_net__WEBPACK_IMPORTED_MODULE_2__.connect)({ host, port }, () => connected());
        const timer = setTimeout(() => {
            // Connected, but HTTP/2 never answered the preface: as a service still starting would not.
            if (session)
                done({ ok: false, detail: `connected, but no HTTP/2 SETTINGS came within ${timeoutMs}ms${secure ? '' : ' (h2c, prior knowledge: a server speaking only HTTP/1.1 may wait for a request line)'}`, starting: true });
            else
                done({ ok: false, detail: `no connection within ${timeoutMs}ms (the host may be down or a firewall drops the packets)`, starting: true });
        }, timeoutMs);
        let finished = false;
        function done(result) {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            session?.destroy();
            socket.destroy();
            resolve(result);
        }
        function connected() {
            const settled = (0,_protocol_js__WEBPACK_IMPORTED_MODULE_11__/* .settleProtocol */ .ge)(asked, secure, secure ? socket.alpnProtocol || null : null, alpnRequired);
            if (!settled.ok)
                return done({ ok: false, detail: settled.why, starting: false });
            const { protocol } = settled;
            if (protocol.version === '1.1')
                return done({ ok: true, protocol });
            // HTTP/2: the server must answer our preface with its SETTINGS, on this very connection.
            session = (0,node_http2__WEBPACK_IMPORTED_MODULE_1__.connect)(`${secure ? 'https' : 'http'}://${(0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(host) === 6 ? `[${host}]` : host}:${port}`, { createConnection: () => socket });
            session.once('remoteSettings', () => done({ ok: true, protocol }));
            session.on('error', (error) => {
                const code = (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .classifyError */ .fe)(error);
                if (code === 'protocol' && !secure)
                    done({ ok: false, detail: `no HTTP/2 answer to the connection preface (h2c, prior knowledge): ${error.message}; the server may speak only HTTP/1.1 without TLS (http_version auto or 1.1 loads it over HTTP/1.1)`, starting: false });
                else
                    done({ ok: false, detail: `the HTTP/2 connection failed: ${_outcome_js__WEBPACK_IMPORTED_MODULE_9__/* .ERROR_CODE_MEANING */ .Tu[code]} (${error.code ?? error.message})`, starting: STARTING_CODES.has(code) });
            });
            session.once('close', () => done({ ok: false, detail: `the server closed the connection before its HTTP/2 SETTINGS${secure ? '' : ' (h2c, prior knowledge: it may speak only HTTP/1.1 without TLS)'}`, starting: false }));
        }
        socket.on('error', (error) => {
            // Once HTTP/2 runs on the socket, its session says what went wrong (and says it better).
            if (session)
                return;
            const code = (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .classifyError */ .fe)(error);
            // The server speaks none of what was offered (a server speaking only HTTP/2, offered http/1.1 alone): no certificate is at fault.
            if (error.code === 'ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL')
                done({ ok: false, detail: `the server accepts none of the protocols offered by ALPN (${(0,_protocol_js__WEBPACK_IMPORTED_MODULE_11__/* .preflightAlpn */ .Zp)(asked).join(', ')}) and ended the TLS handshake (no_application_protocol): it does not speak ${asked === '1.1' ? 'HTTP/1.1' : 'HTTP/2 or HTTP/1.1'} over TLS here`, starting: false });
            else if (code === 'tls')
                done({ ok: false, detail: `TLS handshake failed: ${error.message} (${error.code})${insecure ? '' : `; ${(0,_config_vocabulary_js__WEBPACK_IMPORTED_MODULE_7__/* .giveOption */ .V)(vocabulary, 'load_test.insecure')} to accept a self-signed certificate`}`, starting: false });
            else
                done({ ok: false, detail: `${_outcome_js__WEBPACK_IMPORTED_MODULE_9__/* .ERROR_CODE_MEANING */ .Tu[code]} (${error.code ?? error.message})`, starting: STARTING_CODES.has(code) || STARTING_ERRNO.has(error.code ?? '') });
        });
    });
}
async function healthOnce(url, options) {
    const client = new undici__WEBPACK_IMPORTED_MODULE_4__/* .Client */ .Kj(url.origin, { connect: { rejectUnauthorized: !options.insecure }, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs });
    try {
        const response = await client.request({ method: 'GET', path: url.pathname + url.search, headers: { ...options.headers }, signal: AbortSignal.timeout(options.timeoutMs) });
        await response.body.dump();
        if (response.statusCode >= 200 && response.statusCode < 300)
            return { ok: true };
        return { ok: false, detail: `answered ${response.statusCode}, expected 2xx`, starting: STARTING_STATUS.has(response.statusCode) };
    }
    catch (error) {
        const errno = error.code ?? '';
        const code = error.name === 'TimeoutError' ? 'timeout' : (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .classifyError */ .fe)(error);
        return { ok: false, detail: `${_outcome_js__WEBPACK_IMPORTED_MODULE_9__/* .ERROR_CODE_MEANING */ .Tu[code]} (${errno || error.message})`, starting: STARTING_CODES.has(code) || STARTING_ERRNO.has(errno) };
    }
    finally {
        await client.destroy().catch(() => undefined);
    }
}
/** healthOnceH2: the health GET over HTTP/2, as the load will go (undici speaks no h2c). */
async function healthOnceH2(url, options) {
    return new Promise((resolve) => {
        const session = (0,node_http2__WEBPACK_IMPORTED_MODULE_1__.connect)(url.origin, { rejectUnauthorized: !options.insecure });
        const timer = setTimeout(() => done({ ok: false, detail: `${_outcome_js__WEBPACK_IMPORTED_MODULE_9__/* .ERROR_CODE_MEANING */ .Tu.timeout} (${options.timeoutMs}ms)`, starting: true }), options.timeoutMs);
        let finished = false;
        function done(result) {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            session.destroy();
            resolve(result);
        }
        const failed = (error) => {
            const code = (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .classifyError */ .fe)(error);
            done({ ok: false, detail: `${_outcome_js__WEBPACK_IMPORTED_MODULE_9__/* .ERROR_CODE_MEANING */ .Tu[code]} (${error.code || error.message})`, starting: STARTING_CODES.has(code) || STARTING_ERRNO.has(error.code ?? '') });
        };
        session.on('error', failed);
        const headers = Object.fromEntries(Object.entries(options.headers).map(([name, value]) => [name.toLowerCase(), value]).filter(([name]) => !['host', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade'].includes(name)));
        const stream = session.request({ ...headers, ':method': 'GET', ':path': url.pathname + url.search });
        let status = 0;
        stream.on('response', (head) => (status = Number(head[':status'])));
        stream.on('error', failed);
        stream.resume();
        stream.on('close', () => {
            if (status >= 200 && status < 300)
                done({ ok: true });
            else if (status > 0)
                done({ ok: false, detail: `answered ${status}, expected 2xx`, starting: STARTING_STATUS.has(status) });
            else
                done({ ok: false, detail: `no response: the stream closed with code ${stream.rstCode}`, starting: true });
        });
    });
}


/***/ }),

/***/ 55923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zp: () => (/* binding */ preflightAlpn),
/* harmony export */   cZ: () => (/* binding */ describeProtocol),
/* harmony export */   ge: () => (/* binding */ settleProtocol),
/* harmony export */   hN: () => (/* binding */ whyHttp11),
/* harmony export */   it: () => (/* binding */ loadAlpn),
/* harmony export */   xL: () => (/* binding */ sharedArms)
/* harmony export */ });
// Which HTTP version a target's load goes over, and how that was settled: the setting (auto, 1.1,
// 2), the URL's scheme, and over TLS what the server chose by ALPN at the pre-flight. Pure.
//
// Settled once per target, at the pre-flight, and then every load connection to that target offers
// only that protocol: an HTTP/1.1 target is loaded exactly as with http_version 1.1 (ALPN
// http/1.1), and a connection that could not speak the settled protocol fails and is counted.
/** preflightAlpn: what the pre-flight offers over TLS: HTTP/1.1 too under 2, so a server without h2 is named, not a bare TLS alert. */
function preflightAlpn(asked) {
    return asked === '1.1' ? ['http/1.1'] : ['h2', 'http/1.1'];
}
/** loadAlpn: what each load connection offers over TLS, once the pre-flight settled the version. */
function loadAlpn(version) {
    return version === '2' ? ['h2'] : ['http/1.1'];
}
/**
 * settleProtocol: the version a target's load goes over, or why it cannot go over what was asked.
 * `alpnRequired`: the server is known to speak ALPN (it chose h2 a moment ago), so choosing nothing
 * when offered only http/1.1 means it does not speak HTTP/1.1, not that it predates ALPN.
 */
function settleProtocol(asked, secure, alpn, alpnRequired = false) {
    if (secure && alpnRequired && alpn === null)
        return { ok: false, why: `offered ${preflightAlpn(asked).join(' and ')} by ALPN, the server chose no protocol: it does not speak ${asked === '1.1' ? 'HTTP/1.1' : 'HTTP/2 or HTTP/1.1'} over TLS here` };
    if (!secure)
        return { ok: true, protocol: asked === '2' ? { version: '2', how: 'prior-knowledge', asked, alpn: null } : { version: '1.1', how: 'cleartext', asked, alpn: null } };
    if (alpn === 'h2' && asked !== '1.1')
        return { ok: true, protocol: { version: '2', how: 'alpn', asked, alpn } };
    if (asked === '2') {
        return { ok: false, why: `the server chose ${alpn ? `'${alpn}'` : 'no protocol'} by ALPN, not 'h2': it does not speak HTTP/2 over TLS here, and http_version 2 requires it (auto would fall back to HTTP/1.1)` };
    }
    return { ok: true, protocol: { version: '1.1', how: 'alpn', asked, alpn } };
}
/**
 * sharedArms: which arms of a canary run to settle again, over HTTP/1.1. A canary and production
 * are compared like for like only over one HTTP version, and under auto each settles its own: when
 * one chose HTTP/2 and the other HTTP/1.1, the HTTP/2 ones are offered only http/1.1 (the version
 * both can share), and the comparison is over HTTP/1.1. None when they agree: with http_version 2
 * or 1.1 they always do (an arm that cannot speak what was asked fails its pre-flight).
 */
function sharedArms(protocols) {
    if (protocols.every((p) => p.version === protocols[0].version))
        return [];
    return protocols.flatMap((p, i) => (p.version === '2' ? [i] : []));
}
/** whyHttp11: why an arm speaks HTTP/1.1 under auto: "it chose http/1.1 by ALPN", "it is http://, which auto loads over HTTP/1.1". */
function whyHttp11(p) {
    return p.how === 'cleartext' ? 'it is http://, which auto loads over HTTP/1.1' : `it chose ${p.alpn ?? 'no protocol'} by ALPN`;
}
/** describeProtocol: "HTTP/2 (h2 by ALPN)", "HTTP/1.1 (auto offered h2; the server chose http/1.1 by ALPN)". */
function describeProtocol(p) {
    const name = p.version === '2' ? 'HTTP/2' : 'HTTP/1.1';
    if (p.sharedVersion)
        return `${name} (auto: the server chose h2 by ALPN, but the other arm speaks only HTTP/1.1, so it was offered http/1.1 alone)`;
    if (p.heldToBaseline)
        return `${name} (auto: the server chose h2 by ALPN, but the baseline went over HTTP/1.1, so it was offered http/1.1 alone)`;
    if (p.how === 'prior-knowledge')
        return `${name} over cleartext (h2c, prior knowledge)`;
    if (p.how === 'cleartext')
        return `${name} over cleartext (http://)`;
    if (p.version === '2')
        return `${name} (h2 by ALPN)`;
    const chose = p.alpn ? `chose ${p.alpn}` : 'chose no protocol';
    return p.asked === '1.1' ? `${name} (http_version 1.1; ALPN: the server ${chose})` : `${name} (auto offered h2; the server ${chose} by ALPN)`;
}


/***/ }),

/***/ 85835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HL: () => (/* binding */ newHistogram),
/* harmony export */   OZ: () => (/* binding */ percentileMs),
/* harmony export */   Q7: () => (/* binding */ mergeHistograms),
/* harmony export */   Tv: () => (/* binding */ countAboveMs),
/* harmony export */   UZ: () => (/* binding */ summaryOfBins),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   fB: () => (/* binding */ EMPTY_SUMMARY),
/* harmony export */   ll: () => (/* binding */ encodeHistogram),
/* harmony export */   oj: () => (/* binding */ binsOfEncoded),
/* harmony export */   pr: () => (/* binding */ decodeHistogram),
/* harmony export */   tO: () => (/* binding */ toMicros),
/* harmony export */   uQ: () => (/* binding */ binsOfHistogram)
/* harmony export */ });
/* harmony import */ var hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32960);
// The only importer of hdr-histogram-js. Every histogram is built with the same parameters and
// records integer microseconds, so that histograms from endpoints, seconds and shards merge
// exactly with add(), and travel as compressed base64 strings.

/**
 * HISTOGRAM_SETTINGS: 3 significant digits (0.1% value resolution) over 1 µs … 1 hour, growing if
 * a value exceeds that. Int32 buckets record in ~110 ns on this class of machine (WebAssembly ~23 ns,
 * but it needs explicit freeing); either is under 1% of the time one request costs the generator.
 */
const HISTOGRAM_SETTINGS = {
    bitBucketSize: 32,
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 3,
    autoResize: true,
};
function newHistogram() {
    return hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .build */ .jq(HISTOGRAM_SETTINGS);
}
/** toMicros converts a duration in (fractional) milliseconds to the integer microseconds histograms record. */
function toMicros(ms) {
    return ms <= 0 ? 0 : Math.round(ms * 1000);
}
const EMPTY_SUMMARY = { min: 0, mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, p999: 0, max: 0 };
/** summarize reads a histogram's distribution in milliseconds (to the microsecond). */
function summarize(histogram) {
    if (histogram.totalCount === 0)
        return { ...EMPTY_SUMMARY };
    const ms = (us) => Math.round(us) / 1000;
    const js = histogram;
    // min and max at bucket resolution, like the percentiles: the encoding keeps buckets, not exact
    // extremes, so a histogram read back from results.json or merged from shards must agree with the live one.
    const lowest = histogram.minNonZeroValue === Number.MAX_SAFE_INTEGER ? 0 : js.lowestEquivalentValue(histogram.minNonZeroValue);
    return {
        min: ms(lowest),
        mean: ms(histogram.mean),
        p50: ms(histogram.getValueAtPercentile(50)),
        p90: ms(histogram.getValueAtPercentile(90)),
        p95: ms(histogram.getValueAtPercentile(95)),
        p99: ms(histogram.getValueAtPercentile(99)),
        p999: ms(histogram.getValueAtPercentile(99.9)),
        max: ms(histogram.getValueAtPercentile(100)),
    };
}
/** percentileMs is one percentile in milliseconds. */
function percentileMs(histogram, percentile) {
    return histogram.totalCount === 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1000;
}
/**
 * countAboveMs counts recorded values that are certainly above `ms`: values whose whole equivalence
 * range lies above it. Used to tell whether a percentile threshold is already lost or clearly broken.
 */
function countAboveMs(histogram, ms) {
    const limit = toMicros(ms);
    const js = histogram;
    const iterator = js.recordedValuesIterator;
    iterator.reset();
    let count = 0;
    while (iterator.hasNext()) {
        const step = iterator.next();
        if (js.lowestEquivalentValue(step.valueIteratedTo) > limit)
            count += step.countAtValueIteratedTo;
    }
    return count;
}
/** binsOfEncoded lists an encoded histogram's recorded values (ms, at bucket resolution) with their counts. */
function binsOfEncoded(encoded) {
    return binsOfHistogram(decodeHistogram(encoded));
}
/**
 * summaryOfBins: summarize() from bins already listed, without walking the histogram's buckets again
 * (each walk is over every bucket, a millisecond or more): the same percentiles, since a bin's value
 * is its bucket's highest equivalent value, as getValueAtPercentile answers; min is the lowest bin.
 */
function summaryOfBins(bins) {
    const total = bins.reduce((n, [, count]) => n + count, 0);
    if (total === 0)
        return { ...EMPTY_SUMMARY };
    const at = (percentile) => {
        const rank = Math.max(1, Math.floor((percentile / 100) * total + 0.5));
        let seen = 0;
        for (const [ms, count] of bins)
            if ((seen += count) >= rank)
                return ms;
        return bins[bins.length - 1][0];
    };
    const mean = bins.reduce((sum, [ms, count]) => sum + ms * count, 0) / total;
    return { min: bins[0][0], mean: Math.round(mean * 1000) / 1000, p50: at(50), p90: at(90), p95: at(95), p99: at(99), p999: at(99.9), max: at(100) };
}
/** binsOfHistogram lists a histogram's recorded values (ms, at bucket resolution) with their counts. */
function binsOfHistogram(histogram) {
    const js = histogram;
    const iterator = js.recordedValuesIterator;
    iterator.reset();
    const bins = [];
    while (iterator.hasNext()) {
        const step = iterator.next();
        bins.push([step.valueIteratedTo / 1000, step.countAtValueIteratedTo]);
    }
    return bins;
}
function encodeHistogram(histogram) {
    return hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeIntoCompressedBase64 */ .dH(histogram);
}
function decodeHistogram(encoded) {
    const histogram = hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeFromCompressedBase64 */ .Vc(encoded, HISTOGRAM_SETTINGS.bitBucketSize);
    histogram.autoResize = true;
    return histogram;
}
/** mergeHistograms adds histograms into a new one; exact, because all share the same settings. */
function mergeHistograms(histograms) {
    const total = newHistogram();
    for (const histogram of histograms)
        total.add(histogram);
    return total;
}


/***/ }),

/***/ 40856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ parseHook),
/* harmony export */   FN: () => (/* binding */ SHIFT_BACK),
/* harmony export */   im: () => (/* binding */ ROLLBACK_STAGE)
/* harmony export */ });
// Lifecycle hooks as the core knows them: a shell command or a webhook, and what running one came
// to. Running them is integrations/hooks.ts's job.
/**
 * SHIFT_BACK names the hook run when a halted rollout rolls back: the shift hook again, with
 * percentage 0 and stage ROLLBACK_STAGE, before the on-rollback hook.
 */
const SHIFT_BACK = 'shift traffic back';
const ROLLBACK_STAGE = 'rollback';
/** parseHook: a value starting with http:// or https:// is a webhook; anything else is a shell command. */
function parseHook(value) {
    return /^https?:\/\//i.test(value.trim()) ? { kind: 'webhook', url: value.trim() } : { kind: 'command', command: value };
}


/***/ }),

/***/ 95066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ bodyOf),
/* harmony export */   PN: () => (/* binding */ summarizePlan),
/* harmony export */   Ux: () => (/* binding */ finishReport),
/* harmony export */   hx: () => (/* binding */ toComparisonReport),
/* harmony export */   ki: () => (/* binding */ runBody),
/* harmony export */   ze: () => (/* binding */ NO_ROLLBACK)
/* harmony export */ });
/* unused harmony exports buildReport, traceReport, emptyMetrics */
/* harmony import */ var _config_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29311);
/* harmony import */ var _config_issues_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11012);
/* harmony import */ var _metrics_histogram_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85835);
/* harmony import */ var _slo_generator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10225);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96867);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76670);
// Assembling the RunReport from the stages' plain outputs: its body from the measurement and the SLO
// judgement, then, once the whole verdict is decided, the verdict itself. Pure: no clock, no files.







const NO_ROLLBACK = { triggered: false, method: null, ok: true, detail: '' };
/** finishReport: the one place a run's verdict, its exit code (exitCodeOf) and its rollback enter the report. */
function finishReport(body, { decision, regression, rollback }) {
    const { verdict, reasons } = decision;
    return { ...body, verdict, passed: verdict === 'pass', reasons, exitCode: (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .exitCodeOf */ .FO)({ verdict, status: body.status, shard: body.shard }), notices: [...body.notices, ...decision.notices], rollback, regression };
}
/** bodyOf: a finished report without its verdict (a shard's, before the merge judges the whole). */
function bodyOf(report) {
    const { verdict: _verdict, passed: _passed, reasons: _reasons, exitCode: _exitCode, rollback: _rollback, regression: _regression, ...body } = report;
    return body;
}
/** buildReport: a run judged by its SLOs alone (a rollout's stage, a test), reported at once. */
function buildReport(input) {
    return finishReport(runBody(input), { decision: { ...input.judgement, notices: [] }, regression: null, rollback: NO_ROLLBACK });
}
/** runBody: a run's report before its whole verdict: metrics, checks, the SLO judgement's findings, the plan. */
function runBody(input) {
    const { plan, snapshot, judgement } = input;
    const endpointMetrics = snapshot?.endpoints ?? plan.endpoints.map((e) => emptyMetrics(e.name));
    const endpoints = withPlan(endpointMetrics, plan);
    const health = input.generator?.health;
    return {
        schemaVersion: _model_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_VERSION */ .f$,
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_VERSION */ .w },
        mode: plan.mode === 'canary' && plan.canary ? 'canary' : 'run',
        status: input.status,
        startedAt: input.startedAt.toISOString(),
        endedAt: input.endedAt.toISOString(),
        loadStartedAt: input.loadStartedAt ? input.loadStartedAt.toISOString() : null,
        durationSeconds: round3(input.loadSeconds),
        measuredSeconds: round3(snapshot?.measuredSeconds ?? 0),
        target: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(plan.target),
        environment: plan.environment,
        protocol: input.protocol ?? null,
        plan: summarizePlan(plan),
        overall: { ...(snapshot?.overall ?? emptyMetrics('overall')), method: '*', path: '*', weight: 1 },
        endpoints,
        checks: input.checks.map((c) => ({ ...c })),
        violations: judgement.violations,
        untrusted: judgement.untrusted,
        warmup: { seconds: plan.load.warmupMs / 1000, requests: snapshot?.warmup.requests ?? 0, errors: snapshot?.warmup.errors ?? 0 },
        arrivals: plan.load.model === 'open' && snapshot ? { ...snapshot.arrivals, droppedPercent: snapshot.arrivals.scheduled ? round3((snapshot.arrivals.dropped / snapshot.arrivals.scheduled) * 100) : 0 } : null,
        generator: {
            eventLoopLagMs: input.generator?.health.eventLoopLagMs ?? { p50: 0, p99: 0, max: 0 },
            cpuPercent: input.generator?.health.cpuPercent ?? 0,
            peakRssMb: input.generator?.health.peakRssMb ?? 0,
            connectionsOpened: input.generator?.connectionsOpened ?? 0,
            interruptedRequests: input.generator?.interruptedRequests ?? 0,
            shortfall: input.generator?.findings.shortfall ?? [],
            distortion: judgement.distortion ?? [],
            addedDelayMs: input.generator?.findings.addedDelayMs ?? (0,_slo_generator_js__WEBPACK_IMPORTED_MODULE_2__/* .uniformDelay */ .Y2)(0),
            delayShares: input.generator?.findings.delayShares ?? [],
            delayNote: judgement.delayNote ?? null,
            notes: input.generator ? [...input.generator.findings.notes, ...(input.generator.findings.saturated ? [input.generator.findings.saturated] : [])] : [],
        },
        preflight: input.preflight,
        timeseries: (snapshot?.series ?? []).map((point, i) => ({ ...point, lagMs: health?.lagSeries[i] ?? 0, generatorCpuPercent: health?.cpuSeries[i] ?? 0, generatorRssMb: health?.rssSeries[i] ?? 0 })),
        notices: [...plan.notices],
        comparison: input.comparison ?? null,
        resources: input.resources ?? null,
        sequential: input.sequential ?? null,
        shard: plan.shard
            ? {
                index: plan.shard.index,
                count: plan.shard.count,
                share: round3(plan.shard.share),
                slo: { minRequests: plan.shard.minRequests, thresholds: plan.thresholds, endpoints: plan.endpoints.map((e) => e.thresholds), decision: plan.decision },
                drainSeconds: round3(input.drainSeconds ?? 0),
            }
            : null,
        merged: null,
        ...(snapshot?.traces && plan.trace ? { traces: traceReport(snapshot.traces, plan.trace, input.loadStartedAt ?? input.startedAt) } : {}),
    };
}
/** traceReport: the kept trace IDs with the times they were sent at, and how to link them. */
function traceReport(sample, trace, loadStartedAt) {
    const timed = (r) => ({ ...r, at: new Date(loadStartedAt.getTime() + r.offsetMs).toISOString() });
    return { sampled: trace.sampled, url: trace.url, slowestPerEndpoint: sample.slowestPerEndpoint, slowest: sample.slowest.map(timed), failed: sample.failed.map(timed), failedOmitted: sample.failedOmitted, unreached: sample.unreached };
}
/** withPlan adds each endpoint's method, path and planned weight to its metrics. */
function withPlan(metrics, plan) {
    return metrics.map((m, i) => ({ ...m, method: plan.endpoints[i].method, path: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactPath */ .tp)(plan.endpoints[i].path), weight: plan.endpoints[i].weight }));
}
/** toComparisonReport keeps the comparison and production's own metrics; unbounded intervals become null. */
function toComparisonReport(comparison, productionTarget, production, plan, protocol = null, loadStartedAt = null) {
    const bound = (v) => (Number.isFinite(v) ? v : null);
    return {
        verdict: comparison.verdict,
        reasons: comparison.reasons,
        confidence: comparison.confidence,
        criteriaAreDefaults: plan.canary?.criteriaAreDefaults ?? true,
        production: { target: productionTarget, overall: { ...production.overall, method: '*', path: '*', weight: 1 }, endpoints: withPlan(production.endpoints, plan), timeseries: production.series.map((p) => ({ ...p, lagMs: 0 })), protocol, ...(production.traces && plan.trace && loadStartedAt ? { traces: traceReport(production.traces, plan.trace, loadStartedAt) } : {}) },
        results: comparison.results.map(({ subject, reference, nSubject, nReference, ...r }) => ({ ...r, canary: subject, production: reference, nCanary: nSubject, nProduction: nReference, low: bound(r.low), high: bound(r.high) })),
    };
}
/** summarizePlan is the plan as reports show it: every secret redacted, bodies reduced to their size. */
function summarizePlan(plan) {
    const thresholds = {};
    for (const key of _config_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .THRESHOLD_KEYS */ .Hj) {
        const threshold = plan.thresholds[key];
        if (threshold)
            thresholds[key] = { value: threshold.value, source: (0,_config_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSource */ .oh)(threshold.source) };
    }
    const load = plan.load;
    const level = (value) => (load.model === 'closed' ? Math.floor(value + 1e-9) : value);
    return {
        target: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(plan.target),
        environment: plan.environment,
        configFile: plan.configFile,
        model: load.model,
        pattern: load.pattern,
        // Users are whole: a shard's profile carries a fraction that only the engine's rounding reads (pacing/shard.ts).
        profile: load.profile.map((s) => ({ durationSeconds: s.durationMs / 1000, from: level(s.from), to: level(s.to) })),
        durationSeconds: load.durationMs / 1000,
        warmupSeconds: load.warmupMs / 1000,
        peakUsers: load.peakUsers,
        peakRate: load.peakRate,
        thinkTimeMs: load.thinkTime && { min: load.thinkTime.minMs, max: load.thinkTime.maxMs },
        burst: load.burst && { size: load.burst.size, pauseMs: { min: load.burst.pause.minMs, max: load.burst.pause.maxMs } },
        maxInFlight: load.maxInFlight,
        timeoutMs: load.timeoutMs,
        seed: load.seed,
        minRequests: load.minRequests,
        abortOnFail: load.abortOnFail,
        healthPath: plan.healthPath && (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactPath */ .tp)(plan.healthPath),
        insecure: plan.insecure,
        httpVersion: plan.http.version,
        maxStreamsPerConnection: plan.http.maxStreamsPerConnection,
        headers: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactHeaders */ .cA)(plan.headers),
        endpoints: plan.endpoints.map((e) => ({
            name: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactPath */ .tp)(e.name),
            method: e.method,
            path: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactPath */ .tp)(e.path),
            weight: e.weight,
            headers: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactHeaders */ .cA)(e.headers),
            body: e.body === null ? null : `(${Buffer.byteLength(e.body)} bytes)`,
            expectStatus: e.expectStatus,
            thresholds: Object.fromEntries(Object.entries(e.thresholds).map(([k, t]) => [k, t.value])),
        })),
        thresholds,
        thresholdsAreDefaults: plan.thresholdsAreDefaults,
        // Step names as the rows name them (a route, never a rendered URL), redacted like every name.
        flows: plan.flows && {
            setup: plan.flows.setup.map((s) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactPath */ .tp)(s.request.name)),
            onStart: plan.flows.onStart.map((s) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactPath */ .tp)(s.request.name)),
            flows: plan.flows.flows.map((f) => ({ name: (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactPath */ .tp)(f.name), weight: f.weight, steps: f.steps.map((s) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactPath */ .tp)(s.request.name)) })),
        },
    };
}
function emptyMetrics(name) {
    const empty = (0,_metrics_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)((0,_metrics_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .newHistogram */ .HL)());
    return {
        name,
        requests: 0,
        errors: 0,
        errorRatePercent: 0,
        throughputRps: 0,
        bytes: 0,
        latencyMs: { ..._metrics_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_SUMMARY */ .fB },
        serviceTimeMs: { ..._metrics_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_SUMMARY */ .fB },
        statusCodes: {},
        errorCodes: {},
        histograms: { latency: empty, serviceTime: empty },
    };
}
function round3(value) {
    return Math.round(value * 1000) / 1000;
}


/***/ }),

/***/ 39475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   EG: () => (/* binding */ renderPlan),
/* harmony export */   EY: () => (/* binding */ renderProgress),
/* harmony export */   PW: () => (/* binding */ defaultEnvironmentNotice)
/* harmony export */ });
/* harmony import */ var _config_issues_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11012);
/* harmony import */ var _config_plan_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(29311);
/* harmony import */ var _config_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58724);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55285);
/* harmony import */ var _slo_checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4435);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95066);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76670);
/* harmony import */ var _client_preflight_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13344);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(12011);
/* harmony import */ var _regression_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(61729);
/* harmony import */ var _traces_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(12590);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(43844);
// What the terminal (and a CI log) shows: the effective plan before the run, a progress line while
// it goes, and a summary at the end. Pure functions returning text; the entry prints it.












/**
 * defaultEnvironmentNotice: when no flag, input or variable named the environment and the config's
 * `staging` block applies only because it exists, the words saying so, and how to choose another
 * in the plan's vocabulary ("pass --environment NAME", "set the environment input").
 */
function defaultEnvironmentNotice(plan, chosen, env) {
    if (chosen || plan.environment !== _defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_ENVIRONMENT */ .Uz || ENVIRONMENT_VARIABLES.some((v) => env[v]?.trim()))
        return null;
    return `environment '${_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_ENVIRONMENT */ .Uz}' chosen by default (${plan.configFile ?? 'the config'} defines it and none was given): its thresholds and settings apply; ${(0,_config_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .giveOption */ .V)(plan.vocabulary, 'environment')} to choose another`;
}
/** ENVIRONMENT_VARIABLES choose the environment when no flag or input does (config/load.ts). */
const ENVIRONMENT_VARIABLES = ['LOADTEST_ENVIRONMENT', 'ENVIRONMENT'];
/** renderPlan lists the effective plan with where each setting came from; defaultEnvironment is defaultEnvironmentNotice's line. */
function renderPlan(plan, options = {}) {
    const summary = (0,_build_js__WEBPACK_IMPORTED_MODULE_4__/* .summarizePlan */ .PN)(plan);
    const from = (key) => {
        const source = plan.sources[key];
        return source && source.kind !== 'default' ? `  (${(0,_config_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSource */ .oh)(source)})` : '';
    };
    const load = (0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .loadDescription */ .VC)(summary);
    const rows = [
        ['target', `${summary.target}${from('load_test.target')}`],
        ...(plan.mode === 'canary' && plan.canary
            ? [['compare with', `production ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactUrl */ .BO)(plan.canary.productionUrl)} (same requests, same moment), ${Math.round(plan.canary.confidence * 1000) / 10}% confidence, rules ${criteriaText(plan.canary.criteria, plan.canary.required)}${plan.canary.criteriaAreDefaults ? ' (defaults)' : ''}`]]
            : []),
        ...(plan.baseline
            ? [['baseline', `${plan.baseline.source.kind === 'artifact' ? `artifact ${plan.baseline.source.name} (newest from the default branch)` : plan.baseline.source.path}, ${Math.round(plan.baseline.confidence * 1000) / 10}% confidence, rules ${criteriaText(plan.baseline.criteria, plan.baseline.required)}${plan.baseline.criteriaAreDefaults ? ' (defaults)' : ''}${plan.baseline.failOnRegression ? '' : '; fail_on_regression off'}`]]
            : []),
        ['environment', `${plan.environment ?? '(none)'}${plan.configFile ? `  (config ${plan.configFile})` : ''}`],
        ['load', `${plan.rollout ? load.replace(/, [\d.,]+(s| min)/, ', each stage') : load}${from(plan.load.model === 'open' ? 'load_test.rate' : 'load_test.concurrency')}`],
        ...(plan.rollout
            ? [
                ['rollout', plan.rollout.stages.map((s) => `${s.name} for ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__.ms)(s.load.durationMs)}`).join(' → ')],
                ['hooks', [['shift', plan.rollout.shift], ['pre-rollout', plan.rollout.hooks.preRollout], ['post-stage', plan.rollout.hooks.postStage], ['on-promote', plan.rollout.hooks.onPromote], ['on-rollback', plan.rollout.hooks.onRollback]].filter(([, v]) => v).map(([k, v]) => `${k}: ${hookText(v)}`).join(' · ') || '(none)'],
                ['on failure', plan.rollback ? `roll back (${[plan.rollout.shift && 'traffic back to 0% by the shift hook', plan.rollout.hooks.onRollback && 'on-rollback hook', plan.rollback.method].filter(Boolean).join(', then ')})` : `halt, no rollback (${(0,_config_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .optionName */ .fS)(plan.vocabulary, 'rollback.auto')} is off): traffic stays where it was`],
            ]
            : []),
        ...(plan.sequential
            ? [['decides', `early: the load stops once every threshold${plan.canary && plan.mode === 'canary' ? ', the comparison with production' : ''}${plan.baseline ? ', the baseline comparison' : ''} is decided, after ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__.ms)(plan.sequential.minMs)} at least and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__.ms)(plan.load.durationMs)} at most; ${plan.sequential.looksMs.length} looks (${plan.sequential.looksMs.map((t) => (0,_format_js__WEBPACK_IMPORTED_MODULE_7__.ms)(t)).join(', ')}) share the error rate${plan.sequential.why === 'canary default' ? ' (on by default for a canary: decide_early: false runs the whole duration)' : from('load_test.decide_early')}`]]
            : []),
        ...(plan.shard ? [['shard', `${plan.shard.index} of ${plan.shard.count}: ${Math.round(plan.shard.share * 1000) / 10}% of the load, seed ${plan.load.seed}; the merge judges the whole run`]] : []),
        ...(plan.flows ? [['flows', flowsText(plan.flows)]] : []),
        [plan.flows ? 'steps' : 'endpoints', summary.endpoints.map((e) => `${e.name} ${(0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .shareText */ .Lu)(e.weight)}`).join(' · ')],
        ...plan.data.map((d, i) => [i === 0 ? 'data' : '', `${d.file}: ${d.rows.length.toLocaleString('en-US')} rows of ${d.columns.join(', ')}, ${d.order}${d.order === 'unique' ? ` (at the end: ${d.onExhausted})` : ''}`]),
    ];
    for (const key of _config_plan_js__WEBPACK_IMPORTED_MODULE_11__/* .THRESHOLD_KEYS */ .Hj) {
        const threshold = plan.thresholds[key];
        if (threshold)
            rows.push([rows.some((r) => r[0] === 'thresholds') ? '' : 'thresholds', `${_slo_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .METRIC_LABEL */ .SM[key]} ${(0,_slo_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .isMinimum */ .pP)(key) ? '≥' : '≤'} ${(0,_slo_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .formatValue */ .Fl)(key, threshold.value)}  (${(0,_config_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSource */ .oh)(threshold.source)})`]);
    }
    // How a close call decides, when it is not the default: a person reading the plan should know the gate holds them.
    if (plan.decision === 'confident')
        rows.push(['', `a check whose 95% interval holds its limit is inconclusive (decision: confident)${from('thresholds.decision')}`]);
    for (const endpoint of plan.endpoints) {
        for (const key of _config_plan_js__WEBPACK_IMPORTED_MODULE_11__/* .THRESHOLD_KEYS */ .Hj) {
            const threshold = endpoint.thresholds[key];
            if (threshold)
                rows.push(['', `${summary.endpoints[plan.endpoints.indexOf(endpoint)].name}: ${_slo_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .METRIC_LABEL */ .SM[key]} ${(0,_slo_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .isMinimum */ .pP)(key) ? '≥' : '≤'} ${(0,_slo_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .formatValue */ .Fl)(key, threshold.value)}  (${(0,_config_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSource */ .oh)(threshold.source)})`]);
        }
    }
    const headerNames = Object.keys(summary.headers);
    rows.push(['requests', `timeout ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__.ms)(plan.load.timeoutMs)} · seed ${plan.load.seed}${headerNames.length ? ` · headers ${headerNames.map((h) => `${h}: ***`).join(', ')}` : ''}${plan.insecure ? ' · TLS not verified' : ''}`]);
    rows.push(['http', `${httpText(plan)}${from('load_test.http_version')}`]);
    if (plan.trace)
        rows.push(['trace', `a W3C traceparent on every request, sampled flag ${plan.trace.sampled ? '01 (record)' : '00 (the service decides)'}; the trace IDs of each endpoint's ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .count */ .U9)(plan.trace.slowest)} slowest and of every failed request are kept${plan.trace.url ? `, linked by ${plan.trace.url}` : ''}${from('load_test.trace')}`]);
    // The wait's source: a flag, variable or file line; else the action's default (a layer under the file) or the built-in one.
    const waitSource = from('load_test.wait_for_ready') || (plan.sources['load_test.wait_for_ready'] ? '  (the action\'s default)' : '  (default)');
    rows.push(['pre-flight', `${plan.healthPath ? `GET ${plan.healthPath} must answer 2xx; ` : ''}${plan.waitForReadyMs > 0 ? `wait up to ${(0,_client_preflight_js__WEBPACK_IMPORTED_MODULE_6__/* .waitText */ .Lq)(plan.waitForReadyMs)} for the target to be ready` : 'the target must be ready at once'} (wait_for_ready)${waitSource}`]);
    rows.push(['reports', `${plan.reportDir} (deployment entry → ${plan.deploymentReport})`]);
    const metrics = metricsDestinations(plan);
    if (metrics)
        rows.push(['metrics', metrics]);
    const body = rows.map(([k, v]) => `  ${k.padEnd(12)} ${v}`).join('\n');
    const notices = [...(options.defaultEnvironment ? [options.defaultEnvironment] : []), ...plan.notices].map((n) => `  notice: ${n}`).join('\n');
    return `Plan\n${body}${notices ? `\n${notices}` : ''}`;
}
/** metricsDestinations: where the run's metrics go once it is judged, header names only; null when nowhere. */
function metricsDestinations(plan) {
    const headers = (h) => (Object.keys(h).length ? ` (headers ${Object.keys(h).map((name) => `${name}: ***`).join(', ')})` : '');
    const where = [
        plan.pushgateway && `Pushgateway ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactUrl */ .BO)(plan.pushgateway.url)}`,
        plan.remoteWrite && `Prometheus remote write ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactUrl */ .BO)(plan.remoteWrite.url)}${headers(plan.remoteWrite.headers)}`,
        plan.otlp && `OTLP ${plan.otlp.protocol} ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactUrl */ .BO)(plan.otlp.url)}${headers(plan.otlp.headers)}`,
    ].filter((x) => Boolean(x));
    if (where.length === 0)
        return null;
    return `${where.join(' · ')}${plan.runId ? `; run id ${plan.runId}` : ''} (a failure is a warning, never the verdict)`;
}
/** httpText: what http_version asks for these targets, in words; which each target speaks is settled at its pre-flight. */
function httpText(plan) {
    const { version, maxStreamsPerConnection } = plan.http;
    const streams = `up to ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .count */ .U9)(maxStreamsPerConnection)} HTTP/2 stream${maxStreamsPerConnection === 1 ? '' : 's'} per connection`;
    if (version === '1.1')
        return '1.1: HTTP/1.1, one request at a time per connection';
    if (version === '2')
        return `2: HTTP/2 only (h2 by ALPN over TLS, required at the pre-flight; h2c with prior knowledge over http://), ${streams}`;
    const targets = [plan.target, ...(plan.mode === 'canary' && plan.canary ? [plan.canary.productionUrl] : [])];
    if (targets.every((t) => t.startsWith('http://')))
        return 'auto: HTTP/1.1 over http:// (http_version 2 loads it over h2c)';
    return `auto: HTTP/2 where TLS chooses h2 by ALPN at the pre-flight, else HTTP/1.1; ${streams}`;
}
/** renderProgress is one line about the last second: "[00:12/01:00] 50 users · 7,310 req/s · p95 17.9ms · errors 30/s (0.41%)". */
function renderProgress(p) {
    const clock = (msValue) => {
        const total = Math.floor(msValue / 1000);
        return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
    };
    const who = p.model === 'closed' ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .count */ .U9)(p.users)} users` : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .count */ .U9)(p.arrivals)} arrivals/s`;
    const dropped = p.dropped > 0 ? ` · dropped ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .count */ .U9)(p.dropped)}` : '';
    const warm = p.elapsedMs < p.warmupMs ? ' · warm-up' : '';
    const errorShare = p.requests > 0 ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .percent */ .KN)((p.errors / p.requests) * 100)})` : '';
    return `[${clock(p.elapsedMs)}/${clock(p.durationMs)}] ${who} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .count */ .U9)(p.requests)} req/s · p95 ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__.ms)(p.p95Ms)} · errors ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .count */ .U9)(p.errors)}/s${errorShare}${dropped}${warm}`;
}
/** renderSummary is the end-of-run report for a terminal. */
function renderSummary(report) {
    const out = [];
    out.push(`${report.shard ? `SHARD ${report.shard.index}/${report.shard.count}, provisional: ` : ''}${_format_js__WEBPACK_IMPORTED_MODULE_7__/* .VERDICT_BADGE */ .Qw[report.verdict]}${report.status !== 'completed' ? ` (run ${report.status})` : ''}`);
    for (const reason of report.reasons)
        out.push(`  - ${reason}`);
    if (report.generator.delayNote)
        out.push(`  (${report.generator.delayNote})`);
    const shard = (0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .shardLine */ .d)(report);
    if (shard)
        out.push(shard);
    const decided = (0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .decisionTimeLine */ .iO)(report);
    if (decided)
        out.push(decided);
    const rollback = (0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .rollbackLine */ .Hs)(report);
    if (rollback)
        out.push(rollback);
    if (report.status === 'unreachable')
        return out.join('\n');
    out.push('');
    if (report.checks.length > 0) {
        const rows = (0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .checkRows */ .Uu)(report);
        out.push((0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .textTable */ .ed)(_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .CHECK_HEADERS */ .CZ, rows), '');
    }
    if (report.comparison)
        out.push(`Canary vs production (${report.comparison.production.target}), ${Math.round(report.comparison.confidence * 1000) / 10}% confidence:`, (0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .textTable */ .ed)(_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .COMPARISON_HEADERS */ .xC, (0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .comparisonRows */ .Vs)(report, 12)), '');
    const compared = (0,_regression_js__WEBPACK_IMPORTED_MODULE_8__/* .baselineLine */ .G)(report);
    if (compared)
        out.push(compared.replace(/\[([^\]]+)\]\([^)]+\)/, '$1'), ...(report.regression?.status === 'compared' ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .textTable */ .ed)(_regression_js__WEBPACK_IMPORTED_MODULE_8__/* .REGRESSION_HEADERS */ .d, (0,_regression_js__WEBPACK_IMPORTED_MODULE_8__/* .regressionRows */ .$N)(report, 12), _regression_js__WEBPACK_IMPORTED_MODULE_8__/* .REGRESSION_NUMERIC */ .Ks)] : []), '');
    out.push((0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .textTable */ .ed)(_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .ENDPOINT_HEADERS */ .j9, (0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .endpointRows */ .Lf)(report), _sections_js__WEBPACK_IMPORTED_MODULE_10__/* .ENDPOINT_NUMERIC */ .Cy), '');
    const checked = (0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .responseCheckRows */ .fg)(report);
    if (checked.length > 0)
        out.push((0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .textTable */ .ed)(_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .RESPONSE_CHECK_HEADERS */ .q6, checked, _sections_js__WEBPACK_IMPORTED_MODULE_10__/* .RESPONSE_CHECK_NUMERIC */ .Dj), '');
    if (report.resources)
        out.push('Target resources under load:', ...((0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .resourceRows */ .qe)(report).length ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .textTable */ .ed)(_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .RESOURCE_HEADERS */ .ue, (0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .resourceRows */ .qe)(report), _sections_js__WEBPACK_IMPORTED_MODULE_10__/* .RESOURCE_NUMERIC */ .ty)] : []), ...(0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .resourceErrors */ .wA)(report), '');
    out.push(`requests  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .count */ .U9)(report.overall.requests)} measured over ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .seconds */ .YA)(report.measuredSeconds)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .rps */ ._m)(report.overall.throughputRps)} req/s)${report.warmup.requests ? ` + ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .count */ .U9)(report.warmup.requests)} in warm-up` : ''} · latency mean ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__.ms)(report.overall.latencyMs.mean)}, min ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__.ms)(report.overall.latencyMs.min)} · error rate ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .percent */ .KN)(report.overall.errorRatePercent)}`);
    const protocol = (0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .protocolLine */ .$4)(report);
    if (protocol)
        out.push(`protocol  ${protocol}`);
    const traces = tracesLine(report);
    if (traces)
        out.push(`traces    ${traces}`);
    out.push(`statuses  ${(0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .statusSummary */ .HN)(report)}`);
    for (const line of (0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .errorSummary */ .N5)(report))
        out.push(`errors    ${line}`);
    out.push(`generator ${(0,_sections_js__WEBPACK_IMPORTED_MODULE_10__/* .generatorSummary */ .eb)(report)}`);
    return out.join('\n');
}
/** tracesLine: the slowest request's trace, and how many IDs results.json keeps; null when the run was not traced. */
function tracesLine(report) {
    const traces = report.traces;
    if (!traces)
        return null;
    const [slowest] = traces.slowest;
    const where = (id) => (0,_traces_js__WEBPACK_IMPORTED_MODULE_9__/* .traceUrl */ .rc)(traces, id) ?? id;
    const failed = traces.failed.length + traces.failedOmitted;
    return [
        slowest ? `slowest ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__.ms)(slowest.latencyMs)} on ${slowest.endpoint}: ${where(slowest.traceId)}` : 'no measured request',
        `results.json keeps ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .count */ .U9)(traces.slowest.length)} slowest${failed > 0 ? ` and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .count */ .U9)(traces.failed.length)} failed${traces.failedOmitted > 0 ? ` (of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .count */ .U9)(failed)})` : ''}` : ''}`,
    ].join(' · ');
}
/** criteriaText: the rules, each metric the comparison need not decide marked advisory. */
function criteriaText(criteria, required) {
    return Object.entries(criteria)
        .map(([metric, rules]) => `${metric} ${rules.map((r) => r.text).join(' ')}${required.includes(metric) ? '' : ' (advisory)'}`)
        .join(', ');
}
/** hookText shows a command as written and a webhook by its origin only (its path may be a secret). */
function hookText(hook) {
    return /^https?:\/\//.test(hook) ? `POST ${new URL(hook).origin}/…` : hook;
}
/** flowsText: "setup: token · on_start: login · browse 67% (product) · buy 33% (product → checkout)". */
function flowsText(flows) {
    const names = (steps) => steps.map((s) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactPath */ .tp)(s.request.name.replace(/^[^›]*› /, ''))).join(' → ');
    return [
        ...(flows.setup.length ? [`setup: ${names(flows.setup)}`] : []),
        ...(flows.onStart.length ? [`on_start: ${names(flows.onStart)}`] : []),
        ...flows.flows.map((f) => `${(0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactPath */ .tp)(f.name)} ${Math.round(f.weight * 1000) / 10}% (${names(f.steps)})`),
    ].join(' · ');
}


/***/ }),

/***/ 12011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   Qw: () => (/* binding */ VERDICT_BADGE),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   _m: () => (/* binding */ rps),
/* harmony export */   ed: () => (/* binding */ textTable),
/* harmony export */   ms: () => (/* binding */ ms)
/* harmony export */ });
/* unused harmony export fixed */
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34529);
// Number and table formatting shared by the text and markdown renderers.

const count = (n) => Math.round(n).toLocaleString('en-US');
const fixed = (n, digits) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (value) => (0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(value);
/** percent keeps two decimals (three below 0.01%), the same as the SLO checks print. */
const percent = (value) => `${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value, value > 0 && value < 0.01 ? 3 : 2)}%`;
const rps = (value) => fixed(value, 1);
const seconds = (value) => (value >= 120 ? `${fixed(value / 60, 1)} min` : `${fixed(value, 1)}s`);
const VERDICT_BADGE = { pass: '✅ PASSED', fail: '❌ FAILED', inconclusive: '⚠️ INCONCLUSIVE' };
/** textTable lines up columns for a terminal; `right` marks numeric columns. */
function textTable(headers, rows, right = new Set()) {
    const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
    const line = (cells) => cells
        .map((cell, i) => (right.has(i) ? ' '.repeat(widths[i] - width(cell)) + cell : cell + ' '.repeat(widths[i] - width(cell))))
        .join('  ')
        .trimEnd();
    return [line(headers), ...rows.map(line)].join('\n');
}
/** markdownTable renders a GitHub-flavoured table, escaping pipes in cells. */
function markdownTable(headers, rows, right = new Set()) {
    const escape = (cell) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const rule = headers.map((_, i) => (right.has(i) ? '---:' : '---'));
    return [headers, rule, ...rows].map((cells) => `| ${cells.map(escape).join(' | ')} |`).join('\n');
}
/** width counts what a terminal shows: emoji and other wide symbols take two columns. */
function width(text) {
    let w = 0;
    for (const ch of text)
        w += /[\u{1F300}-\u{1FAFF}\u2705\u274C]/u.test(ch) ? 2 : /[\uFE0F]/.test(ch) ? 0 : 1;
    return w;
}


/***/ }),

/***/ 79175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ esc)
/* harmony export */ });
// Text into HTML, for every page the reports write.
/** esc escapes for HTML, and trades the reports' emoji marks for symbols every font has (a page without emoji fonts shows boxes). */
function esc(text) {
    return text
        .replace(/✅/g, '✓')
        .replace(/❌/g, '✗')
        .replace(/⚠️/g, '⚠')
        .replace(/🚨/g, '‼')
        .replace(/↩️/g, '↩')
        .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}


/***/ }),

/***/ 74625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ renderHtmlReport)
});

// EXTERNAL MODULE: ./src/client/outcome.ts
var outcome = __webpack_require__(5847);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/regression.ts
var regression = __webpack_require__(61729);
// EXTERNAL MODULE: ./src/report/rollout.ts + 3 modules
var rollout = __webpack_require__(15009);
// EXTERNAL MODULE: ./src/report/sections.ts
var sections = __webpack_require__(43844);
;// CONCATENATED MODULE: ./src/report/charts.ts
// Time series for charts: the seconds under load, downsampled to a readable number of points so an
// hour-long run draws as clearly (and weighs as little) as a minute-long one. The job summary draws
// them as Mermaid blocks (xychart.ts), report.html with uPlot (html/charts.ts).
/**
 * secondsUnderLoad: the seconds that lie wholly within the load, for charts. The collector closes
 * the second the run ended in (the drain included) as if it were whole, so a run whose drain ends
 * 20ms into a second drew a fall to a few requests per second there; a second the load stopped
 * in, or one after it with only the drain's replies, falls the same way. Scaling such a second to
 * its length would not help: it holds mostly replies to requests sent before it, and a few of
 * those over a few milliseconds make a spike as false as the fall. So charts end where the load
 * stopped; results.json keeps every second, since every request counts there (totals, batches of
 * time, shard merges, the Locust history).
 * `durationSeconds` is when the load stopped, rounded to the millisecond, hence the allowance.
 */
function secondsUnderLoad(series, durationSeconds) {
    return series.filter((p) => p.t + 1 <= durationSeconds + 0.001);
}
/** MAX_POINTS keeps charts legible and the job summary small whatever the run's length. */
const MAX_POINTS = 60;
/** downsample groups whole seconds into at most `maxPoints` equal buckets. */
function downsample(series, maxPoints = MAX_POINTS) {
    if (series.length === 0)
        return [];
    const width = Math.ceil(series.length / maxPoints);
    const points = [];
    for (let start = 0; start < series.length; start += width) {
        const bucket = series.slice(start, start + width);
        const requests = bucket.reduce((sum, p) => sum + p.requests, 0);
        const weighted = requests > 0 ? bucket.reduce((sum, p) => sum + p.p50 * p.requests, 0) / requests : 0;
        points.push({
            startSecond: bucket[0].t,
            seconds: bucket.length,
            requestsPerSecond: requests / bucket.length,
            errorsPerSecond: bucket.reduce((sum, p) => sum + p.errors, 0) / bucket.length,
            p50: weighted,
            p95: Math.max(...bucket.map((p) => p.p95)),
            p99: Math.max(...bucket.map((p) => p.p99)),
            users: bucket[bucket.length - 1].users,
            arrivalsPerSecond: bucket.reduce((sum, p) => sum + p.arrivals, 0) / bucket.length,
            dropped: bucket.reduce((sum, p) => sum + p.dropped, 0),
            lagMs: Math.max(...bucket.map((p) => p.lagMs)),
            generatorCpuPercent: Math.max(...bucket.map((p) => p.generatorCpuPercent ?? 0)),
            warmup: bucket.some((p) => p.warmup),
        });
    }
    return points;
}
/** clock renders a second count as m:ss (or h:mm:ss). */
function clock(totalSeconds) {
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const s = totalSeconds % 60;
    const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
    return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

// EXTERNAL MODULE: ./src/metrics/histogram.ts
var metrics_histogram = __webpack_require__(85835);
;// CONCATENATED MODULE: ./src/report/html/spectrum.ts
// The latency distribution as an HDR percentile spectrum: latency against 1/(1 − p) on a log axis,
// so the median, p90, p99 and p99.9 get equal room and the tail is visible. From a histogram, or
// from a table of percentiles (a Locust baseline). Pure.

/** STEPS_PER_DECADE: points per tenfold of 1/(1 − p); 10 draws a smooth curve in a few hundred bytes. */
const STEPS_PER_DECADE = 10;
/** spectrumOfHistogram stops where the data does: beyond 1/(1 − p) ≈ n a percentile is just the maximum. */
function spectrumOfHistogram(encoded) {
    const histogram = (0,metrics_histogram/* decodeHistogram */.pr)(encoded);
    const n = histogram.totalCount;
    const spectrum = { x: [], y: [] };
    if (n === 0)
        return spectrum;
    for (let k = 0;; k++) {
        const x = 10 ** (k / STEPS_PER_DECADE);
        if (x > n)
            break;
        spectrum.x.push(round(x));
        spectrum.y.push(histogram.getValueAtPercentile((1 - 1 / x) * 100) / 1000);
    }
    spectrum.x.push(round(Math.max(n, spectrum.x[spectrum.x.length - 1] * 1.0001)));
    spectrum.y.push(histogram.getValueAtPercentile(100) / 1000);
    return spectrum;
}
/** spectrumOfTable: the table's own points (quantile, ms), the maximum drawn at 1/(1 − p) = n. */
function spectrumOfTable(table, n) {
    const points = [...table].sort((a, b) => a[0] - b[0]).map(([q, ms]) => [q < 1 ? 1 / (1 - q) : Math.max(n, 1e5), ms]);
    return { x: points.map(([x]) => round(x)), y: points.map(([, y]) => y) };
}
function round(value) {
    return Math.round(value * 1000) / 1000;
}

;// CONCATENATED MODULE: ./src/report/html/charts.ts
// What the HTML report draws, as plain data for the page's script: each chart's x values, its
// series and how each is told apart without colour (a dash pattern and a label of its own). Series
// are downsampled to at most MAX_HTML_POINTS, so an hour-long run with 50 endpoints weighs little
// more than a minute-long one. Pure.


/** MAX_HTML_POINTS: points per time series; an hour becomes 6-second buckets. */
const MAX_HTML_POINTS = 600;
/** runCharts: every chart of one run (a stage of a rollout gets its own, ids prefixed). */
function runCharts(report, prefix) {
    if (report.status === 'unreachable' || report.timeseries.length === 0)
        return { charts: [], endpoints: null };
    const points = downsample(drawnSeconds(report.timeseries, report.durationSeconds), MAX_HTML_POINTS);
    const x = points.map((p) => p.startSecond);
    const production = report.comparison ? alignTo(x, downsample(drawnSeconds(report.comparison.production.timeseries, report.durationSeconds), MAX_HTML_POINTS)) : null;
    const charts = [];
    const every = points.length > 0 ? points[0].seconds : 1;
    const per = every > 1 ? ` (per ${every}s)` : '';
    const subject = report.comparison ? 'canary' : 'this run';
    charts.push({
        id: `${prefix}throughput`,
        title: `Throughput and errors${per}`,
        kind: 'time',
        x,
        yUnit: 'req/s',
        series: [
            { label: `requests/s${report.comparison ? ' (canary)' : ''}`, values: points.map((p) => charts_round(p.requestsPerSecond)), role: 'main' },
            { label: `errors/s${report.comparison ? ' (canary)' : ''}`, values: points.map((p) => charts_round(p.errorsPerSecond)), role: 'second' },
            ...(production ? [{ label: 'requests/s (production)', values: production.map((p) => (p ? charts_round(p.requestsPerSecond) : null)), role: 'reference' }, { label: 'errors/s (production)', values: production.map((p) => (p ? charts_round(p.errorsPerSecond) : null)), role: 'fourth' }] : []),
        ],
        summary: `${subject}: ${charts_round(report.overall.throughputRps)} requests/s on average over the measured window, ${report.overall.errors} errors (${charts_round(report.overall.errorRatePercent)}%).`,
    });
    const limits = latencyLimits(report);
    charts.push({
        id: `${prefix}latency`,
        title: `Latency p50, p95, p99${per}`,
        kind: 'time',
        x,
        yUnit: 'ms',
        series: [
            { label: 'p50', values: points.map((p) => charts_round(p.p50)), role: 'main' },
            { label: 'p95', values: points.map((p) => charts_round(p.p95)), role: 'second' },
            { label: 'p99', values: points.map((p) => charts_round(p.p99)), role: 'third' },
            ...(production ? [{ label: 'p95 (production)', values: production.map((p) => (p ? charts_round(p.p95) : null)), role: 'reference' }] : []),
            ...limits.map(([key, value]) => ({ label: `${key} SLO ≤ ${value}ms`, values: x.map(() => value), role: 'limit' })),
        ],
        summary: `${subject}: p50 ${report.overall.latencyMs.p50}ms, p95 ${report.overall.latencyMs.p95}ms, p99 ${report.overall.latencyMs.p99}ms over the measured window${limits.length ? `; limits ${limits.map(([k, v]) => `${k} ≤ ${v}ms`).join(', ')}` : ''}.`,
    });
    const open = report.plan.model === 'open';
    charts.push({
        id: `${prefix}load`,
        title: open ? `Arrival rate and dropped arrivals${per}` : `Active virtual users${per}`,
        kind: 'time',
        x,
        yUnit: open ? 'arrivals/s' : 'users',
        series: open
            ? [
                { label: 'arrivals/s', values: points.map((p) => charts_round(p.arrivalsPerSecond)), role: 'main' },
                { label: 'dropped per bucket', values: points.map((p) => p.dropped), role: 'second' },
            ]
            : [{ label: 'virtual users', values: points.map((p) => p.users), role: 'main' }],
        summary: open ? `${report.arrivals?.scheduled ?? 0} arrivals scheduled, ${report.arrivals?.dropped ?? 0} dropped (${report.arrivals?.droppedPercent ?? 0}%).` : `Up to ${report.plan.peakUsers} virtual users.`,
    });
    for (const chart of resourceCharts(report, prefix))
        charts.push(chart);
    charts.push({
        id: `${prefix}generator`,
        title: `The load generator's own health${per}`,
        kind: 'time',
        x,
        yUnit: 'ms',
        rightUnit: '% of a core',
        series: [
            { label: 'longest event-loop stall (ms)', values: points.map((p) => charts_round(p.lagMs)), role: 'main' },
            { label: 'generator CPU (% of a core)', values: points.map((p) => charts_round(p.generatorCpuPercent)), role: 'second', right: true },
        ],
        summary: `Event-loop lag p99 ${report.generator.eventLoopLagMs.p99}ms (max ${report.generator.eventLoopLagMs.max}ms), CPU ${report.generator.cpuPercent}% of a core, peak memory ${report.generator.peakRssMb} MB.`,
    });
    const reference = referenceSpectrum(report);
    const overall = spectrumOfHistogram(report.overall.histograms.latency);
    charts.push(spectrumChart(`${prefix}distribution`, 'Latency distribution (percentile spectrum)', overall, reference, report.overall, subject));
    const byEndpoint = report.endpoints.map((e, i) => {
        const production = report.comparison?.production.endpoints[i]?.histograms.latency;
        const reference = production ? { label: 'production', spectrum: spectrumOfHistogram(production) } : null;
        return spectrumChart(`${prefix}endpoint-distribution`, 'Latency distribution by endpoint', spectrumOfHistogram(e.histograms.latency), reference, e, e.name);
    });
    charts.push(byEndpoint[0]);
    return { charts, endpoints: { chartId: byEndpoint[0].id, names: report.endpoints.map((e) => e.name), specs: byEndpoint } };
}
function spectrumChart(id, title, current, reference, metrics, label) {
    // One x for all series: the union of both spectra's points, each series null where it has none.
    const xs = [...new Set([...current.x, ...(reference?.spectrum.x ?? [])])].sort((a, b) => a - b);
    const at = (s) => xs.map((x) => {
        const i = s.x.indexOf(x);
        return i < 0 ? null : charts_round(s.y[i]);
    });
    return {
        id,
        title,
        kind: 'spectrum',
        x: xs,
        yUnit: 'ms',
        series: [{ label, values: at(current), role: 'main' }, ...(reference ? [{ label: reference.label, values: at(reference.spectrum), role: 'reference' }] : [])],
        summary: `${label}: p50 ${metrics.latencyMs.p50}ms, p90 ${metrics.latencyMs.p90}ms, p99 ${metrics.latencyMs.p99}ms, p99.9 ${metrics.latencyMs.p999}ms, max ${metrics.latencyMs.max}ms over ${metrics.requests} requests.`,
    };
}
/** referenceSpectrum: what this run's distribution is drawn beside: production (canary mode) or the baseline (not one the run could not be compared with: another HTTP version is not a reference). */
function referenceSpectrum(report) {
    if (report.comparison)
        return { label: 'production', spectrum: spectrumOfHistogram(report.comparison.production.overall.histograms.latency) };
    const baseline = report.regression?.status === 'not-comparable' ? null : report.regression?.baseline;
    if (!baseline)
        return null;
    if (baseline.latency.histogram)
        return { label: 'baseline', spectrum: spectrumOfHistogram(baseline.latency.histogram) };
    if (baseline.latency.quantiles)
        return { label: 'baseline (Locust percentiles)', spectrum: spectrumOfTable(baseline.latency.quantiles, baseline.requests) };
    return null;
}
function latencyLimits(report) {
    return ['p50', 'p95', 'p99'].flatMap((key) => {
        const threshold = report.plan.thresholds[key];
        return threshold ? [[key, threshold.value]] : [];
    });
}
/** resourceCharts: the target's CPU and memory, one line per container, pod or process. */
function resourceCharts(report, prefix) {
    const series = report.resources?.series ?? [];
    if (series.length === 0)
        return [];
    const times = [...new Set(series.flatMap((s) => s.samples.map((p) => Math.round(p.t))))].sort((a, b) => a - b);
    const roles = ['main', 'second', 'third', 'fourth'];
    const valueAt = (samples, t, key) => {
        const value = samples.find((p) => Math.round(p.t) === t)?.[key];
        return value === null || value === undefined ? null : charts_round(value);
    };
    const chart = (key, title, unit) => ({
        id: `${prefix}resources-${key === 'cpuPercent' ? 'cpu' : 'memory'}`,
        title,
        kind: 'time',
        x: times,
        yUnit: unit,
        series: series.slice(0, 8).map((s, i) => ({ label: `${s.name} (${s.source})`, values: times.map((t) => valueAt(s.samples, t, key)), role: roles[i % roles.length] })),
        summary: series.map((s) => `${s.name}: ${key === 'cpuPercent' ? `CPU average ${s.cpuPercent?.avg ?? '?'}%, max ${s.cpuPercent?.max ?? '?'}%` : `memory average ${s.memoryMb?.avg ?? '?'} MB, max ${s.memoryMb?.max ?? '?'} MB`}`).join('; '),
    });
    return [chart('cpuPercent', "The target's CPU under load", '% of a core'), chart('memoryMb', "The target's memory under load", 'MB')];
}
/**
 * drawnSeconds: the seconds wholly under load, since a partial last second would draw as a fall
 * (charts.ts secondsUnderLoad); a run shorter than a second keeps what it has, so its page still has charts.
 */
function drawnSeconds(series, durationSeconds) {
    const whole = secondsUnderLoad(series, durationSeconds);
    return whole.length > 0 ? whole : [...series];
}
/** alignTo: another series' buckets at this run's bucket starts (production in canary mode ran alongside). */
function alignTo(x, points) {
    const byStart = new Map(points.map((p) => [p.startSecond, p]));
    return x.map((t) => byStart.get(t) ?? null);
}
function charts_round(value) {
    return Math.round(value * 100) / 100;
}

;// CONCATENATED MODULE: ./src/report/html/client.ts
// The script inside report.html: draws the charts the page's JSON describes with uPlot (inlined in
// the page, no network), keeps each chart as wide as its box on any window, and lets the reader
// pick an endpoint's distribution. It is put into the page with Function.prototype.toString, so it
// stays self-contained: nothing from outside its body but types, which compile away.
function drawReport() {
    const UPlot = window.uPlot;
    const data = JSON.parse(document.getElementById('report-data').textContent);
    // Okabe-Ito colours (told apart with colour-blindness), and a dash pattern and marker of their own
    // for each role, so the lines read in greyscale too; the legend names every line.
    const LOOK = {
        main: { stroke: '#0072B2', dash: [], width: 2, fill: '#0072B2' },
        second: { stroke: '#D55E00', dash: [10, 5], width: 2, fill: '#ffffff' },
        third: { stroke: '#009E73', dash: [2, 4], width: 2.5, fill: '#009E73' },
        fourth: { stroke: '#CC79A7', dash: [14, 4, 3, 4], width: 2, fill: '#ffffff' },
        reference: { stroke: '#555555', dash: [6, 3], width: 2, fill: '#ffffff' },
        limit: { stroke: '#B00020', dash: [3, 3], width: 1.5, fill: null },
    };
    const clock = (seconds) => {
        const s = Math.round(seconds);
        const h = Math.floor(s / 3600);
        const m = Math.floor((s % 3600) / 60);
        return `${h > 0 ? `${h}:${String(m).padStart(2, '0')}` : m}:${String(s % 60).padStart(2, '0')}`;
    };
    const percentile = (x) => {
        const p = (1 - 1 / x) * 100;
        return `${p >= 99 ? Number(p.toFixed(4)) : Math.round(p)}%`;
    };
    // A log axis gets a tick per tenfold of 1/(1 − p): 0%, 90%, 99%, 99.9%, …
    const decades = (min, max) => {
        const ticks = [];
        for (let x = 1; x <= max * 1.0001; x *= 10)
            if (x >= min * 0.9999)
                ticks.push(x);
        return ticks;
    };
    const heightFor = (box) => (box.clientWidth < 480 ? 200 : 280);
    const options = (spec, box) => ({
        width: Math.max(240, box.clientWidth),
        height: heightFor(box),
        scales: {
            x: spec.kind === 'spectrum' ? { time: false, distr: 3, log: 10, range: (_u, _min, max) => [1, 10 ** Math.max(1, Math.ceil(Math.log10(Math.max(max, 10)) - 1e-9))] } : { time: false },
            y: { auto: true, range: (_u, min, max) => [Math.min(0, min), max > 0 ? max * 1.08 : 1] },
            ...(spec.rightUnit ? { r: { auto: true, range: (_u, _min, max) => [0, max > 0 ? max * 1.08 : 1] } } : {}),
        },
        axes: [
            spec.kind === 'spectrum'
                ? { label: 'percentile', splits: (_u, _axis, min, max) => decades(min, max), values: (_u, splits) => splits.map(percentile) }
                : { label: 'time since start', incrs: [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200], values: (_u, splits) => splits.map(clock) },
            { label: spec.yUnit, size: 60 },
            ...(spec.rightUnit ? [{ label: spec.rightUnit, scale: 'r', side: 1, grid: { show: false }, size: 60 }] : []),
        ],
        series: [
            { label: spec.kind === 'spectrum' ? 'percentile' : 'time', value: (_u, v) => (v === null || v === undefined ? '–' : spec.kind === 'spectrum' ? percentile(v) : clock(v)) },
            ...spec.series.map((s) => {
                const look = LOOK[s.role];
                return {
                    label: s.label,
                    stroke: look.stroke,
                    dash: look.dash,
                    width: look.width,
                    scale: s.right ? 'r' : 'y',
                    spanGaps: spec.kind === 'spectrum',
                    points: look.fill === null ? { show: false } : { show: true, size: 6, space: 60, fill: look.fill, stroke: look.stroke, width: 1.5 },
                    value: (_u, v) => (v === null || v === undefined ? '–' : `${v} ${s.right ? spec.rightUnit : spec.yUnit}`),
                };
            }),
        ],
        legend: { live: true },
    });
    /** drawn: what each chart drew (its series' labels and dash patterns, and how many points), for readers and tests. */
    const drawn = [];
    const plots = new Map();
    const draw = (spec) => {
        const box = document.getElementById(spec.id);
        if (!box)
            return;
        plots.get(spec.id)?.plot.destroy();
        box.textContent = '';
        const plot = new UPlot(options(spec, box), [spec.x, ...spec.series.map((s) => s.values)], box);
        plots.set(spec.id, { plot, box });
        const points = spec.series.reduce((sum, s) => sum + s.values.filter((v) => v !== null).length, 0);
        box.dataset.drawn = 'true';
        box.dataset.points = String(points);
        const record = { id: spec.id, series: spec.series.length, points, labels: spec.series.map((s) => s.label), dashes: spec.series.map((s) => LOOK[s.role].dash.join(',')) };
        const index = drawn.findIndex((d) => d.id === spec.id);
        if (index >= 0)
            drawn[index] = record;
        else
            drawn.push(record);
    };
    for (const run of data.runs) {
        for (const spec of run.charts)
            draw(spec);
        const picker = run.endpoints ? document.getElementById(`${run.endpoints.chartId}-picker`) : null;
        if (run.endpoints && picker) {
            const { specs } = run.endpoints;
            picker.addEventListener('change', () => {
                const spec = specs[Number(picker.value)];
                draw(spec);
                // The words follow the picture: the caption under the chart and what a screen reader hears.
                const box = document.getElementById(spec.id);
                box.setAttribute('aria-label', `${spec.title}. ${spec.summary}`);
                const summary = box.parentElement?.querySelector('.summary');
                if (summary)
                    summary.textContent = spec.summary;
            });
        }
    }
    // Charts follow their box: a narrow window gets narrow (and shorter) charts, not a scroll bar.
    const observer = new ResizeObserver(() => {
        for (const { plot, box } of plots.values()) {
            const width = Math.max(240, box.clientWidth);
            if (Math.abs(width - plot.width) > 4)
                plot.setSize({ width, height: heightFor(box) });
        }
    });
    for (const { box } of plots.values())
        observer.observe(box);
    window.loadtestCharts = drawn;
}

;// CONCATENATED MODULE: ./src/report/html/uplot.vendored.ts
// Generated by scripts/vendor-uplot.mjs from uplot 1.6.32 (MIT, https://github.com/leeoniya/uPlot#readme). Do not edit.
const UPLOT_VERSION = "1.6.32";
const UPLOT_JS = "/*! https://github.com/leeoniya/uPlot (v1.6.32) */\nvar uPlot=function(){\"use strict\";const l=\"u-off\",e=\"u-label\",t=\"width\",n=\"height\",i=\"top\",o=\"bottom\",s=\"left\",r=\"right\",u=\"#000\",a=u+\"0\",f=\"mousemove\",c=\"mousedown\",h=\"mouseup\",d=\"mouseenter\",p=\"mouseleave\",m=\"dblclick\",g=\"change\",x=\"dppxchange\",w=\"--\",_=\"undefined\"!=typeof window,b=_?document:null,v=_?window:null,k=_?navigator:null;let y,M;function S(l,e){if(null!=e){let t=l.classList;!t.contains(e)&&t.add(e)}}function T(l,e){let t=l.classList;t.contains(e)&&t.remove(e)}function E(l,e,t){l.style[e]=t+\"px\"}function z(l,e,t,n){let i=b.createElement(l);return null!=e&&S(i,e),null!=t&&t.insertBefore(i,n),i}function D(l,e){return z(\"div\",l,e)}const P=new WeakMap;function A(e,t,n,i,o){let s=\"translate(\"+t+\"px,\"+n+\"px)\";s!=P.get(e)&&(e.style.transform=s,P.set(e,s),0>t||0>n||t>i||n>o?S(e,l):T(e,l))}const W=new WeakMap;function Y(l,e,t){let n=e+t;n!=W.get(l)&&(W.set(l,n),l.style.background=e,l.style.borderColor=t)}const C=new WeakMap;function H(l,e,t,n){let i=e+\"\"+t;i!=C.get(l)&&(C.set(l,i),l.style.height=t+\"px\",l.style.width=e+\"px\",l.style.marginLeft=n?-e/2+\"px\":0,l.style.marginTop=n?-t/2+\"px\":0)}const F={passive:!0},R={...F,capture:!0};function G(l,e,t,n){e.addEventListener(l,t,n?R:F)}function I(l,e,t){e.removeEventListener(l,t,F)}function L(l,e,t,n){let i;t=t||0;let o=2147483647>=(n=n||e.length-1);for(;n-t>1;)i=o?t+n>>1:sl((t+n)/2),l>e[i]?t=i:n=i;return l-e[t]>e[n]-l?n:t}function O(l){return(e,t,n)=>{let i=-1,o=-1;for(let o=t;n>=o;o++)if(l(e[o])){i=o;break}for(let i=n;i>=t;i--)if(l(e[i])){o=i;break}return[i,o]}}_&&function l(){let e=devicePixelRatio;y!=e&&(y=e,M&&I(g,M,l),M=matchMedia(`(min-resolution: ${y-.001}dppx) and (max-resolution: ${y+.001}dppx)`),G(g,M,l),v.dispatchEvent(new CustomEvent(x)))}();const N=l=>null!=l,j=l=>null!=l&&l>0,U=O(N),V=O(j);function B(l,e,t,n){let i=hl(l),o=hl(e);l==e&&(-1==i?(l*=t,e/=t):(l/=t,e*=t));let s=10==t?dl:pl,r=1==o?ul:sl,u=(1==i?sl:ul)(s(ol(l))),a=r(s(ol(e))),f=cl(t,u),c=cl(t,a);return 10==t&&(0>u&&(f=Al(f,-u)),0>a&&(c=Al(c,-a))),n||2==t?(l=f*i,e=c*o):(l=Pl(l,f),e=Dl(e,c)),[l,e]}function $(l,e,t,n){let i=B(l,e,t,n);return 0==l&&(i[0]=0),0==e&&(i[1]=0),i}const J=.1,q={mode:3,pad:J},K={pad:0,soft:null,mode:0},X={min:K,max:K};function Z(l,e,t,n){return Ol(t)?ll(l,e,t):(K.pad=t,K.soft=n?0:null,K.mode=n?3:0,ll(l,e,X))}function Q(l,e){return null==l?e:l}function ll(l,e,t){let n=t.min,i=t.max,o=Q(n.pad,0),s=Q(i.pad,0),r=Q(n.hard,-gl),u=Q(i.hard,gl),a=Q(n.soft,gl),f=Q(i.soft,-gl),c=Q(n.mode,0),h=Q(i.mode,0),d=e-l,p=dl(d),m=fl(ol(l),ol(e)),g=dl(m),x=ol(g-p);(1e-24>d||x>10)&&(d=0,0!=l&&0!=e||(d=1e-24,2==c&&a!=gl&&(o=0),2==h&&f!=-gl&&(s=0)));let w=d||m||1e3,_=dl(w),b=cl(10,sl(_)),v=Al(Pl(l-w*(0==d?0==l?.1:1:o),b/10),24),k=a>l||1!=c&&(3!=c||v>a)&&(2!=c||a>v)?gl:a,y=fl(r,k>v&&l>=k?k:al(k,v)),M=Al(Dl(e+w*(0==d?0==e?.1:1:s),b/10),24),S=e>f||1!=h&&(3!=h||f>M)&&(2!=h||M>f)?-gl:f,T=al(u,M>S&&S>=e?S:fl(S,M));return y==T&&0==y&&(T=100),[y,T]}const el=new Intl.NumberFormat(_?k.language:\"en-US\"),tl=l=>el.format(l),nl=Math,il=nl.PI,ol=nl.abs,sl=nl.floor,rl=nl.round,ul=nl.ceil,al=nl.min,fl=nl.max,cl=nl.pow,hl=nl.sign,dl=nl.log10,pl=nl.log2,ml=(l,e=1)=>nl.asinh(l/e),gl=1/0;function xl(l){return 1+(0|dl((l^l>>31)-(l>>31)))}function wl(l,e,t){return al(fl(l,e),t)}function _l(l){return\"function\"==typeof l}function bl(l){return _l(l)?l:()=>l}const vl=l=>l,kl=(l,e)=>e,yl=()=>null,Ml=()=>!0,Sl=(l,e)=>l==e,Tl=/\\.\\d*?(?=9{6,}|0{6,})/gm,El=l=>{if(Il(l)||Wl.has(l))return l;const e=\"\"+l,t=e.match(Tl);if(null==t)return l;let n=t[0].length-1;if(-1!=e.indexOf(\"e-\")){let[l,t]=e.split(\"e\");return+`${El(l)}e${t}`}return Al(l,n)};function zl(l,e){return El(Al(El(l/e))*e)}function Dl(l,e){return El(ul(El(l/e))*e)}function Pl(l,e){return El(sl(El(l/e))*e)}function Al(l,e=0){if(Il(l))return l;let t=10**e;return rl(l*t*(1+Number.EPSILON))/t}const Wl=new Map;function Yl(l){return((\"\"+l).split(\".\")[1]||\"\").length}function Cl(l,e,t,n){let i=[],o=n.map(Yl);for(let s=e;t>s;s++){let e=ol(s),t=Al(cl(l,s),e);for(let r=0;n.length>r;r++){let u=10==l?+`${n[r]}e${s}`:n[r]*t,a=(0>s?e:0)+(o[r]>s?o[r]:0),f=10==l?u:Al(u,a);i.push(f),Wl.set(f,a)}}return i}const Hl={},Fl=[],Rl=[null,null],Gl=Array.isArray,Il=Number.isInteger;function Ll(l){return\"string\"==typeof l}function Ol(l){let e=!1;if(null!=l){let t=l.constructor;e=null==t||t==Object}return e}function Nl(l){return null!=l&&\"object\"==typeof l}const jl=Object.getPrototypeOf(Uint8Array),Ul=\"__proto__\";function Vl(l,e=Ol){let t;if(Gl(l)){let n=l.find((l=>null!=l));if(Gl(n)||e(n)){t=Array(l.length);for(let n=0;l.length>n;n++)t[n]=Vl(l[n],e)}else t=l.slice()}else if(l instanceof jl)t=l.slice();else if(e(l)){t={};for(let n in l)n!=Ul&&(t[n]=Vl(l[n],e))}else t=l;return t}function Bl(l){let e=arguments;for(let t=1;e.length>t;t++){let n=e[t];for(let e in n)e!=Ul&&(Ol(l[e])?Bl(l[e],Vl(n[e])):l[e]=Vl(n[e]))}return l}function $l(l,e,t){for(let n,i=0,o=-1;e.length>i;i++){let s=e[i];if(s>o){for(n=s-1;n>=0&&null==l[n];)l[n--]=null;for(n=s+1;t>n&&null==l[n];)l[o=n++]=null}}}const Jl=\"undefined\"==typeof queueMicrotask?l=>Promise.resolve().then(l):queueMicrotask,ql=[\"January\",\"February\",\"March\",\"April\",\"May\",\"June\",\"July\",\"August\",\"September\",\"October\",\"November\",\"December\"],Kl=[\"Sunday\",\"Monday\",\"Tuesday\",\"Wednesday\",\"Thursday\",\"Friday\",\"Saturday\"];function Xl(l){return l.slice(0,3)}const Zl=Kl.map(Xl),Ql=ql.map(Xl),le={MMMM:ql,MMM:Ql,WWWW:Kl,WWW:Zl};function ee(l){return(10>l?\"0\":\"\")+l}const te={YYYY:l=>l.getFullYear(),YY:l=>(l.getFullYear()+\"\").slice(2),MMMM:(l,e)=>e.MMMM[l.getMonth()],MMM:(l,e)=>e.MMM[l.getMonth()],MM:l=>ee(l.getMonth()+1),M:l=>l.getMonth()+1,DD:l=>ee(l.getDate()),D:l=>l.getDate(),WWWW:(l,e)=>e.WWWW[l.getDay()],WWW:(l,e)=>e.WWW[l.getDay()],HH:l=>ee(l.getHours()),H:l=>l.getHours(),h:l=>{let e=l.getHours();return 0==e?12:e>12?e-12:e},AA:l=>12>l.getHours()?\"AM\":\"PM\",aa:l=>12>l.getHours()?\"am\":\"pm\",a:l=>12>l.getHours()?\"a\":\"p\",mm:l=>ee(l.getMinutes()),m:l=>l.getMinutes(),ss:l=>ee(l.getSeconds()),s:l=>l.getSeconds(),fff:l=>function(l){return(10>l?\"00\":100>l?\"0\":\"\")+l}(l.getMilliseconds())};function ne(l,e){e=e||le;let t,n=[],i=/\\{([a-z]+)\\}|[^{]+/gi;for(;t=i.exec(l);)n.push(\"{\"==t[0][0]?te[t[1]]:t[0]);return l=>{let t=\"\";for(let i=0;n.length>i;i++)t+=\"string\"==typeof n[i]?n[i]:n[i](l,e);return t}}const ie=(new Intl.DateTimeFormat).resolvedOptions().timeZone,oe=l=>l%1==0,se=[1,2,2.5,5],re=Cl(10,-32,0,se),ue=Cl(10,0,32,se),ae=ue.filter(oe),fe=re.concat(ue),ce=\"{YYYY}\",he=\"\\n\"+ce,de=\"{M}/{D}\",pe=\"\\n\"+de,me=pe+\"/{YY}\",ge=\"{aa}\",xe=\"{h}:{mm}\"+ge,we=\"\\n\"+xe,_e=\":{ss}\",be=null;function ve(l){let e=1e3*l,t=60*e,n=60*t,i=24*n,o=30*i,s=365*i;return[(1==l?Cl(10,0,3,se).filter(oe):Cl(10,-3,0,se)).concat([e,5*e,10*e,15*e,30*e,t,5*t,10*t,15*t,30*t,n,2*n,3*n,4*n,6*n,8*n,12*n,i,2*i,3*i,4*i,5*i,6*i,7*i,8*i,9*i,10*i,15*i,o,2*o,3*o,4*o,6*o,s,2*s,5*s,10*s,25*s,50*s,100*s]),[[s,ce,be,be,be,be,be,be,1],[28*i,\"{MMM}\",he,be,be,be,be,be,1],[i,de,he,be,be,be,be,be,1],[n,\"{h}\"+ge,me,be,pe,be,be,be,1],[t,xe,me,be,pe,be,be,be,1],[e,_e,me+\" \"+xe,be,pe+\" \"+xe,be,we,be,1],[l,_e+\".{fff}\",me+\" \"+xe,be,pe+\" \"+xe,be,we,be,1]],function(e){return(r,u,a,f,c,h)=>{let d=[],p=c>=s,m=c>=o&&s>c,g=e(a),x=Al(g*l,3),w=Pe(g.getFullYear(),p?0:g.getMonth(),m||p?1:g.getDate()),_=Al(w*l,3);if(m||p){let t=m?c/o:0,n=p?c/s:0,i=x==_?x:Al(Pe(w.getFullYear()+n,w.getMonth()+t,1)*l,3),r=new Date(rl(i/l)),u=r.getFullYear(),a=r.getMonth();for(let o=0;f>=i;o++){let s=Pe(u+n*o,a+t*o,1),r=s-e(Al(s*l,3));i=Al((+s+r)*l,3),i>f||d.push(i)}}else{let o=i>c?c:i,s=_+(sl(a)-sl(x))+Dl(x-_,o);d.push(s);let p=e(s),m=p.getHours()+p.getMinutes()/t+p.getSeconds()/n,g=c/n,w=h/r.axes[u]._space;for(;s=Al(s+c,1==l?0:3),f>=s;)if(g>1){let l=sl(Al(m+g,6))%24,t=e(s).getHours()-l;t>1&&(t=-1),s-=t*n,m=(m+g)%24,.7>Al((s-d[d.length-1])/c,3)*w||d.push(s)}else d.push(s)}return d}}]}const[ke,ye,Me]=ve(1),[Se,Te,Ee]=ve(.001);function ze(l,e){return l.map((l=>l.map(((t,n)=>0==n||8==n||null==t?t:e(1==n||0==l[8]?t:l[1]+t)))))}function De(l,e){return(t,n,i,o,s)=>{let r,u,a,f,c,h,d=e.find((l=>s>=l[0]))||e[e.length-1];return n.map((e=>{let t=l(e),n=t.getFullYear(),i=t.getMonth(),o=t.getDate(),s=t.getHours(),p=t.getMinutes(),m=t.getSeconds(),g=n!=r&&d[2]||i!=u&&d[3]||o!=a&&d[4]||s!=f&&d[5]||p!=c&&d[6]||m!=h&&d[7]||d[1];return r=n,u=i,a=o,f=s,c=p,h=m,g(t)}))}}function Pe(l,e,t){return new Date(l,e,t)}function Ae(l,e){return e(l)}function We(l,e){return(t,n,i,o)=>null==o?w:e(l(n))}Cl(2,-53,53,[1]);const Ye={show:!0,live:!0,isolate:!1,mount:()=>{},markers:{show:!0,width:2,stroke:function(l,e){let t=l.series[e];return t.width?t.stroke(l,e):t.points.width?t.points.stroke(l,e):null},fill:function(l,e){return l.series[e].fill(l,e)},dash:\"solid\"},idx:null,idxs:null,values:[]},Ce=[0,0];function He(l,e,t,n=!0){return l=>{0==l.button&&(!n||l.target==e)&&t(l)}}function Fe(l,e,t,n=!0){return l=>{(!n||l.target==e)&&t(l)}}const Re={show:!0,x:!0,y:!0,lock:!1,move:function(l,e,t){return Ce[0]=e,Ce[1]=t,Ce},points:{one:!1,show:function(l,e){let i=l.cursor.points,o=D(),s=i.size(l,e);E(o,t,s),E(o,n,s);let r=s/-2;E(o,\"marginLeft\",r),E(o,\"marginTop\",r);let u=i.width(l,e,s);return u&&E(o,\"borderWidth\",u),o},size:function(l,e){return l.series[e].points.size},width:0,stroke:function(l,e){let t=l.series[e].points;return t._stroke||t._fill},fill:function(l,e){let t=l.series[e].points;return t._fill||t._stroke}},bind:{mousedown:He,mouseup:He,click:He,dblclick:He,mousemove:Fe,mouseleave:Fe,mouseenter:Fe},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(l,e)=>{e.stopPropagation(),e.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(l,e,t,n,i)=>n-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ge={show:!0,stroke:\"rgba(0,0,0,0.07)\",width:2},Ie=Bl({},Ge,{filter:kl}),Le=Bl({},Ie,{size:10}),Oe=Bl({},Ge,{show:!1}),Ne='12px system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", sans-serif, \"Apple Color Emoji\", \"Segoe UI Emoji\", \"Segoe UI Symbol\", \"Noto Color Emoji\"',je=\"bold \"+Ne,Ue={show:!0,scale:\"x\",stroke:u,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:je,side:2,grid:Ie,ticks:Le,border:Oe,font:Ne,lineGap:1.5,rotate:0},Ve={show:!0,scale:\"x\",auto:!1,sorted:1,min:gl,max:-gl,idxs:[]};function Be(l,e){return e.map((l=>null==l?\"\":tl(l)))}function $e(l,e,t,n,i,o,s){let r=[],u=Wl.get(i)||0;for(let l=t=s?t:Al(Dl(t,i),u);n>=l;l=Al(l+i,u))r.push(Object.is(l,-0)?0:l);return r}function Je(l,e,t,n,i){const o=[],s=l.scales[l.axes[e].scale].log,r=sl((10==s?dl:pl)(t));i=cl(s,r),10==s&&(i=fe[L(i,fe)]);let u=t,a=i*s;10==s&&(a=fe[L(a,fe)]);do{o.push(u),u+=i,10!=s||Wl.has(u)||(u=Al(u,Wl.get(i))),a>u||(a=(i=u)*s,10==s&&(a=fe[L(a,fe)]))}while(n>=u);return o}function qe(l,e,t,n,i){let o=l.scales[l.axes[e].scale].asinh,s=n>o?Je(l,e,fl(o,t),n,i):[o],r=0>n||t>0?[]:[0];return(-o>t?Je(l,e,fl(o,-n),-t,i):[o]).reverse().map((l=>-l)).concat(r,s)}const Ke=/./,Xe=/[12357]/,Ze=/[125]/,Qe=/1/,lt=(l,e,t,n)=>l.map(((l,i)=>4==e&&0==l||i%n==0&&t.test(l.toExponential()[0>l?1:0])?l:null));function et(l,e,t){let n=l.axes[t],i=n.scale,o=l.scales[i],s=l.valToPos,r=n._space,u=s(10,i),a=s(9,i)-u<r?s(7,i)-u<r?s(5,i)-u<r?Qe:Ze:Xe:Ke;if(a==Qe){let l=ol(s(1,i)-u);if(r>l)return lt(e.slice().reverse(),o.distr,a,ul(r/l)).reverse()}return lt(e,o.distr,a,1)}function tt(l,e,t){let n=l.axes[t],i=n.scale,o=n._space,s=l.valToPos,r=ol(s(1,i)-s(2,i));return o>r?lt(e.slice().reverse(),3,Ke,ul(o/r)).reverse():e}function nt(l,e,t,n){return null==n?w:null==e?\"\":tl(e)}const it={show:!0,scale:\"y\",stroke:u,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:je,side:3,grid:Ie,ticks:Le,border:Oe,font:Ne,lineGap:1.5,rotate:0},ot={scale:null,auto:!0,sorted:0,min:gl,max:-gl},st=(l,e,t,n,i)=>i,rt={show:!0,auto:!0,sorted:0,gaps:st,alpha:1,facets:[Bl({},ot,{scale:\"x\"}),Bl({},ot,{scale:\"y\"})]},ut={scale:\"y\",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:st,alpha:1,points:{show:function(l,e){let{scale:t,idxs:n}=l.series[0],i=l._data[0],o=l.valToPos(i[n[0]],t,!0),s=l.valToPos(i[n[1]],t,!0);return ol(s-o)/(l.series[e].points.space*y)>=n[1]-n[0]},filter:null},values:null,min:gl,max:-gl,idxs:[],path:null,clip:null};function at(l,e,t){return t/10}const ft={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},ct=Bl({},ft,{time:!1,ori:1}),ht={};function dt(l){let e=ht[l];return e||(e={key:l,plots:[],sub(l){e.plots.push(l)},unsub(l){e.plots=e.plots.filter((e=>e!=l))},pub(l,t,n,i,o,s,r){for(let u=0;e.plots.length>u;u++)e.plots[u]!=t&&e.plots[u].pub(l,t,n,i,o,s,r)}},null!=l&&(ht[l]=e)),e}function pt(l,e,t){const n=l.mode,i=l.series[e],o=2==n?l._data[e]:l._data,s=l.scales,r=l.bbox;let u=o[0],a=2==n?o[1]:o[e],f=2==n?s[i.facets[0].scale]:s[l.series[0].scale],c=2==n?s[i.facets[1].scale]:s[i.scale],h=r.left,d=r.top,p=r.width,m=r.height,g=l.valToPosH,x=l.valToPosV;return 0==f.ori?t(i,u,a,f,c,g,x,h,d,p,m,kt,Mt,Tt,zt,Pt):t(i,u,a,f,c,x,g,d,h,m,p,yt,St,Et,Dt,At)}function mt(l,e){let t=0,n=0,i=Q(l.bands,Fl);for(let l=0;i.length>l;l++){let o=i[l];o.series[0]==e?t=o.dir:o.series[1]==e&&(n|=1==o.dir?1:2)}return[t,1==n?-1:2==n?1:3==n?2:0]}function gt(l,e,t,n,i){let o=l.series[e],s=l.scales[2==l.mode?o.facets[1].scale:o.scale];return-1==i?s.min:1==i?s.max:3==s.distr?1==s.dir?s.min:s.max:0}function xt(l,e,t,n,i,o){return pt(l,e,((l,e,s,r,u,a,f,c,h,d,p)=>{let m=l.pxRound;const g=0==r.ori?Mt:St;let x,w;1==r.dir*(0==r.ori?1:-1)?(x=t,w=n):(x=n,w=t);let _=m(a(e[x],r,d,c)),b=m(f(s[x],u,p,h)),v=m(a(e[w],r,d,c)),k=m(f(1==o?u.max:u.min,u,p,h)),y=new Path2D(i);return g(y,v,k),g(y,_,k),g(y,_,b),y}))}function wt(l,e,t,n,i,o){let s=null;if(l.length>0){s=new Path2D;const r=0==e?Tt:Et;let u=t;for(let e=0;l.length>e;e++){let t=l[e];if(t[1]>t[0]){let l=t[0]-u;l>0&&r(s,u,n,l,n+o),u=t[1]}}let a=t+i-u,f=10;a>0&&r(s,u,n-f/2,a,n+o+f)}return s}function _t(l,e,t,n,i,o,s){let r=[],u=l.length;for(let a=1==i?t:n;a>=t&&n>=a;a+=i)if(null===e[a]){let f=a,c=a;if(1==i)for(;++a<=n&&null===e[a];)c=a;else for(;--a>=t&&null===e[a];)c=a;let h=o(l[f]),d=c==f?h:o(l[c]),p=f-i;h=s>0||0>p||p>=u?h:o(l[p]);let m=c+i;d=0>s||0>m||m>=u?d:o(l[m]),h>d||r.push([h,d])}return r}function bt(l){return 0==l?vl:1==l?rl:e=>zl(e,l)}function vt(l){let e=0==l?kt:yt,t=0==l?(l,e,t,n,i,o)=>{l.arcTo(e,t,n,i,o)}:(l,e,t,n,i,o)=>{l.arcTo(t,e,i,n,o)},n=0==l?(l,e,t,n,i)=>{l.rect(e,t,n,i)}:(l,e,t,n,i)=>{l.rect(t,e,i,n)};return(l,i,o,s,r,u=0,a=0)=>{0==u&&0==a?n(l,i,o,s,r):(u=al(u,s/2,r/2),a=al(a,s/2,r/2),e(l,i+u,o),t(l,i+s,o,i+s,o+r,u),t(l,i+s,o+r,i,o+r,a),t(l,i,o+r,i,o,a),t(l,i,o,i+s,o,u),l.closePath())}}const kt=(l,e,t)=>{l.moveTo(e,t)},yt=(l,e,t)=>{l.moveTo(t,e)},Mt=(l,e,t)=>{l.lineTo(e,t)},St=(l,e,t)=>{l.lineTo(t,e)},Tt=vt(0),Et=vt(1),zt=(l,e,t,n,i,o)=>{l.arc(e,t,n,i,o)},Dt=(l,e,t,n,i,o)=>{l.arc(t,e,n,i,o)},Pt=(l,e,t,n,i,o,s)=>{l.bezierCurveTo(e,t,n,i,o,s)},At=(l,e,t,n,i,o,s)=>{l.bezierCurveTo(t,e,i,n,s,o)};function Wt(){return(l,e,t,n,i)=>pt(l,e,((e,o,s,r,u,a,f,c,h,d,p)=>{let m,g,{pxRound:x,points:w}=e;0==r.ori?(m=kt,g=zt):(m=yt,g=Dt);const _=Al(w.width*y,3);let b=(w.size-w.width)/2*y,v=Al(2*b,3),k=new Path2D,M=new Path2D,{left:S,top:T,width:E,height:z}=l.bbox;Tt(M,S-v,T-v,E+2*v,z+2*v);const D=l=>{if(null!=s[l]){let e=x(a(o[l],r,d,c)),t=x(f(s[l],u,p,h));m(k,e+b,t),g(k,e,t,b,0,2*il)}};if(i)i.forEach(D);else for(let l=t;n>=l;l++)D(l);return{stroke:_>0?k:null,fill:k,clip:M,flags:3}}))}function Yt(l){return(e,t,n,i,o,s)=>{n!=i&&(o!=n&&s!=n&&l(e,t,n),o!=i&&s!=i&&l(e,t,i),l(e,t,s))}}const Ct=Yt(Mt),Ht=Yt(St);function Ft(l){const e=Q(l?.alignGaps,0);return(l,t,n,i)=>pt(l,t,((o,s,r,u,a,f,c,h,d,p,m)=>{[n,i]=U(r,n,i);let g,x,w=o.pxRound,_=l=>w(f(l,u,p,h)),b=l=>w(c(l,a,m,d));0==u.ori?(g=Mt,x=Ct):(g=St,x=Ht);const v=u.dir*(0==u.ori?1:-1),k={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:1},y=k.stroke;let M=!1;if(i-n<4*p)for(let l=1==v?n:i;l>=n&&i>=l;l+=v){let e=r[l];null===e?M=!0:null!=e&&g(y,_(s[l]),b(e))}else{let e,t,o,a=e=>l.posToVal(e,u.key,!0),f=null,c=null,h=_(s[1==v?n:i]),d=_(s[n]),p=_(s[i]),m=a(1==v?d+1:p-1);for(let l=1==v?n:i;l>=n&&i>=l;l+=v){let n=s[l],i=(1==v?m>n:n>m)?h:_(n),o=r[l];i==h?null!=o?(t=o,null==f?(g(y,i,b(t)),e=f=c=t):f>t?f=t:t>c&&(c=t)):null===o&&(M=!0):(null!=f&&x(y,h,b(f),b(c),b(e),b(t)),null!=o?(t=o,g(y,i,b(t)),f=c=e=t):(f=c=null,null===o&&(M=!0)),h=i,m=a(h+v))}null!=f&&f!=c&&o!=h&&x(y,h,b(f),b(c),b(e),b(t))}let[S,T]=mt(l,t);if(null!=o.fill||0!=S){let e=k.fill=new Path2D(y),r=b(o.fillTo(l,t,o.min,o.max,S)),u=_(s[n]),a=_(s[i]);-1==v&&([a,u]=[u,a]),g(e,a,r),g(e,u,r)}if(!o.spanGaps){let a=[];M&&a.push(..._t(s,r,n,i,v,_,e)),k.gaps=a=o.gaps(l,t,n,i,a),k.clip=wt(a,u.ori,h,d,p,m)}return 0!=T&&(k.band=2==T?[xt(l,t,n,i,y,-1),xt(l,t,n,i,y,1)]:xt(l,t,n,i,y,T)),k}))}function Rt(l,e,t,n,i,o,s=gl){if(l.length>1){let r=null;for(let u=0,a=1/0;l.length>u;u++)if(void 0!==e[u]){if(null!=r){let e=ol(l[u]-l[r]);a>e&&(a=e,s=ol(t(l[u],n,i,o)-t(l[r],n,i,o)))}r=u}}return s}function Gt(l,e,t,n,i){const o=l.length;if(2>o)return null;const s=new Path2D;if(t(s,l[0],e[0]),2==o)n(s,l[1],e[1]);else{let t=Array(o),n=Array(o-1),r=Array(o-1),u=Array(o-1);for(let t=0;o-1>t;t++)r[t]=e[t+1]-e[t],u[t]=l[t+1]-l[t],n[t]=r[t]/u[t];t[0]=n[0];for(let l=1;o-1>l;l++)0===n[l]||0===n[l-1]||n[l-1]>0!=n[l]>0?t[l]=0:(t[l]=3*(u[l-1]+u[l])/((2*u[l]+u[l-1])/n[l-1]+(u[l]+2*u[l-1])/n[l]),isFinite(t[l])||(t[l]=0));t[o-1]=n[o-2];for(let n=0;o-1>n;n++)i(s,l[n]+u[n]/3,e[n]+t[n]*u[n]/3,l[n+1]-u[n]/3,e[n+1]-t[n+1]*u[n]/3,l[n+1],e[n+1])}return s}const It=new Set;function Lt(){for(let l of It)l.syncRect(!0)}_&&(G(\"resize\",v,Lt),G(\"scroll\",v,Lt,!0),G(x,v,(()=>{en.pxRatio=y})));const Ot=Ft(),Nt=Wt();function jt(l,e,t,n){return(n?[l[0],l[1]].concat(l.slice(2)):[l[0]].concat(l.slice(1))).map(((l,n)=>Ut(l,n,e,t)))}function Ut(l,e,t,n){return Bl({},0==e?t:n,l)}function Vt(l,e,t){return null==e?Rl:[e,t]}const Bt=Vt;function $t(l,e,t){return null==e?Rl:Z(e,t,J,!0)}function Jt(l,e,t,n){return null==e?Rl:B(e,t,l.scales[n].log,!1)}const qt=Jt;function Kt(l,e,t,n){return null==e?Rl:$(e,t,l.scales[n].log,!1)}const Xt=Kt;function Zt(l,e,t,n,i){let o=fl(xl(l),xl(e)),s=e-l,r=L(i/n*s,t);do{let l=t[r],e=n*l/s;if(e>=i&&17>=o+(5>l?Wl.get(l):0))return[l,e]}while(++r<t.length);return[0,0]}function Qt(l){let e,t;return[l=l.replace(/(\\d+)px/,((l,n)=>(e=rl((t=+n)*y))+\"px\")),e,t]}function ln(l){l.show&&[l.font,l.labelFont].forEach((l=>{let e=Al(l[2]*y,1);l[0]=l[0].replace(/[0-9.]+px/,e+\"px\"),l[1]=e}))}function en(u,g,_){const k={mode:Q(u.mode,1)},M=k.mode;function P(l,e,t,n){let i=e.valToPct(l);return n+t*(-1==e.dir?1-i:i)}function W(l,e,t,n){let i=e.valToPct(l);return n+t*(-1==e.dir?i:1-i)}function C(l,e,t,n){return 0==e.ori?P(l,e,t,n):W(l,e,t,n)}k.valToPosH=P,k.valToPosV=W;let F=!1;k.status=0;const R=k.root=D(\"uplot\");null!=u.id&&(R.id=u.id),S(R,u.class),u.title&&(D(\"u-title\",R).textContent=u.title);const O=z(\"canvas\"),K=k.ctx=O.getContext(\"2d\"),X=D(\"u-wrap\",R);G(\"click\",X,(l=>{l.target===el&&(Nn!=Gn||jn!=In)&&Zn.click(k,l)}),!0);const ll=k.under=D(\"u-under\",X);X.appendChild(O);const el=k.over=D(\"u-over\",X),tl=+Q((u=Vl(u)).pxAlign,1),sl=bt(tl);(u.plugins||[]).forEach((l=>{l.opts&&(u=l.opts(k,u)||u)}));const hl=u.ms||.001,pl=k.series=1==M?jt(u.series||[],Ve,ut,!1):function(l,e){return l.map(((l,t)=>0==t?{}:Bl({},e,l)))}(u.series||[null],rt),xl=k.axes=jt(u.axes||[],Ue,it,!0),vl=k.scales={},Tl=k.bands=u.bands||[];Tl.forEach((l=>{l.fill=bl(l.fill||null),l.dir=Q(l.dir,-1)}));const El=2==M?pl[1].facets[0].scale:pl[0].scale,Dl={axes:function(){for(let l=0;xl.length>l;l++){let e=xl[l];if(!e.show||!e._show)continue;let t,n,u=e.side,a=u%2,f=e.stroke(k,l),c=0==u||3==u?-1:1,[h,d]=e._found;if(null!=e.label){let s=rl((e._lpos+e.labelGap*c)*y);_n(e.labelFont[0],f,\"center\",2==u?i:o),K.save(),1==a?(t=n=0,K.translate(s,rl(lt+st/2)),K.rotate((3==u?-il:il)/2)):(t=rl(Qe+ot/2),n=s);let r=_l(e.label)?e.label(k,l,h,d):e.label;K.fillText(r,t,n),K.restore()}if(0==d)continue;let p=vl[e.scale],m=0==a?ot:st,g=0==a?Qe:lt,x=e._splits,w=2==p.distr?x.map((l=>pn[l])):x,_=2==p.distr?pn[x[1]]-pn[x[0]]:h,b=e.ticks,v=e.border,M=b.show?b.size:0,S=rl(M*y),T=rl((2==e.alignTo?e._size-M-e.gap:e.gap)*y),E=e._rotate*-il/180,z=sl(e._pos*y),D=z+(S+T)*c;n=0==a?D:0,t=1==a?D:0,_n(e.font[0],f,1==e.align?s:2==e.align?r:E>0?s:0>E?r:0==a?\"center\":3==u?r:s,E||1==a?\"middle\":2==u?i:o);let P=e.font[1]*e.lineGap,A=x.map((l=>sl(C(l,p,m,g)))),W=e._values;for(let l=0;W.length>l;l++){let e=W[l];if(null!=e){0==a?t=A[l]:n=A[l],e=\"\"+e;let i=-1==e.indexOf(\"\\n\")?[e]:e.split(/\\n/gm);for(let l=0;i.length>l;l++){let e=i[l];E?(K.save(),K.translate(t,n+l*P),K.rotate(E),K.fillText(e,0,0),K.restore()):K.fillText(e,t,n+l*P)}}}b.show&&zn(A,b.filter(k,w,l,d,_),a,u,z,S,Al(b.width*y,3),b.stroke(k,l),b.dash,b.cap);let Y=e.grid;Y.show&&zn(A,Y.filter(k,w,l,d,_),a,0==a?2:1,0==a?lt:Qe,0==a?st:ot,Al(Y.width*y,3),Y.stroke(k,l),Y.dash,Y.cap),v.show&&zn([z],[1],0==a?1:0,0==a?1:2,1==a?lt:Qe,1==a?st:ot,Al(v.width*y,3),v.stroke(k,l),v.dash,v.cap)}Ci(\"drawAxes\")},series:function(){if(Gt>0){let l=pl.some((l=>l._focus))&&dn!=Tt.alpha;l&&(K.globalAlpha=dn=Tt.alpha),pl.forEach(((l,e)=>{if(e>0&&l.show&&(kn(e,!1),kn(e,!0),null==l._paths)){let t=dn;dn!=l.alpha&&(K.globalAlpha=dn=l.alpha);let n=2==M?[0,g[e][0].length-1]:function(l){let e=wl(Lt-1,0,Gt-1),t=wl(en+1,0,Gt-1);for(;null==l[e]&&e>0;)e--;for(;null==l[t]&&Gt-1>t;)t++;return[e,t]}(g[e]);l._paths=l.paths(k,e,n[0],n[1]),dn!=t&&(K.globalAlpha=dn=t)}})),pl.forEach(((l,e)=>{if(e>0&&l.show){let t=dn;dn!=l.alpha&&(K.globalAlpha=dn=l.alpha),null!=l._paths&&yn(e,!1);{let t=null!=l._paths?l._paths.gaps:null,n=l.points.show(k,e,Lt,en,t),i=l.points.filter(k,e,n,t);(n||i)&&(l.points._paths=l.points.paths(k,e,Lt,en,i),yn(e,!0))}dn!=t&&(K.globalAlpha=dn=t),Ci(\"drawSeries\",e)}})),l&&(K.globalAlpha=dn=1)}}},Pl=(u.drawOrder||[\"axes\",\"series\"]).map((l=>Dl[l]));function Cl(l){const e=3==l.distr?e=>dl(e>0?e:l.clamp(k,e,l.min,l.max,l.key)):4==l.distr?e=>ml(e,l.asinh):100==l.distr?e=>l.fwd(e):l=>l;return t=>{let n=e(t),{_min:i,_max:o}=l;return(n-i)/(o-i)}}function Il(l){let e=vl[l];if(null==e){let t=(u.scales||Hl)[l]||Hl;if(null!=t.from){Il(t.from);let e=Bl({},vl[t.from],t,{key:l});e.valToPct=Cl(e),vl[l]=e}else{e=vl[l]=Bl({},l==El?ft:ct,t),e.key=l;let n=e.time,i=e.range,o=Gl(i);if((l!=El||2==M&&!n)&&(!o||null!=i[0]&&null!=i[1]||(i={min:null==i[0]?q:{mode:1,hard:i[0],soft:i[0]},max:null==i[1]?q:{mode:1,hard:i[1],soft:i[1]}},o=!1),!o&&Ol(i))){let l=i;i=(e,t,n)=>null==t?Rl:Z(t,n,l)}e.range=bl(i||(n?Bt:l==El?3==e.distr?qt:4==e.distr?Xt:Vt:3==e.distr?Jt:4==e.distr?Kt:$t)),e.auto=bl(!o&&e.auto),e.clamp=bl(e.clamp||at),e._min=e._max=null,e.valToPct=Cl(e)}}}Il(\"x\"),Il(\"y\"),1==M&&pl.forEach((l=>{Il(l.scale)})),xl.forEach((l=>{Il(l.scale)}));for(let l in u.scales)Il(l);const jl=vl[El],Ul=jl.distr;let $l,ql;0==jl.ori?(S(R,\"u-hz\"),$l=P,ql=W):(S(R,\"u-vt\"),$l=W,ql=P);const Kl={};for(let l in vl){let e=vl[l];null==e.min&&null==e.max||(Kl[l]={min:e.min,max:e.max},e.min=e.max=null)}const Xl=u.tzDate||(l=>new Date(rl(l/hl))),Zl=u.fmtDate||ne,Ql=1==hl?Me(Xl):Ee(Xl),le=De(Xl,ze(1==hl?ye:Te,Zl)),ee=We(Xl,Ae(\"{YYYY}-{MM}-{DD} {h}:{mm}{aa}\",Zl)),te=[],ie=k.legend=Bl({},Ye,u.legend),oe=k.cursor=Bl({},Re,{drag:{y:2==M}},u.cursor),se=ie.show,re=oe.show,ue=ie.markers;let ce,he,de;ie.idxs=te,ue.width=bl(ue.width),ue.dash=bl(ue.dash),ue.stroke=bl(ue.stroke),ue.fill=bl(ue.fill);let pe,me=[],ge=[],xe=!1,we={};if(ie.live){const l=pl[1]?pl[1].values:null;xe=null!=l,pe=xe?l(k,1,0):{_:0};for(let l in pe)we[l]=w}if(se)if(ce=z(\"table\",\"u-legend\",R),de=z(\"tbody\",null,ce),ie.mount(k,ce),xe){he=z(\"thead\",null,ce,de);let l=z(\"tr\",null,he);for(var _e in z(\"th\",null,l),pe)z(\"th\",e,l).textContent=_e}else S(ce,\"u-inline\"),ie.live&&S(ce,\"u-live\");const be={show:!0},ve={show:!1},Pe=new Map;function Ce(l,e,t,n=!0){const i=Pe.get(e)||{},o=oe.bind[l](k,e,t,n);o&&(G(l,e,i[l]=o),Pe.set(e,i))}function He(l,e){const t=Pe.get(e)||{};for(let n in t)null!=l&&n!=l||(I(n,e,t[n]),delete t[n]);null==l&&Pe.delete(e)}let Fe=0,Ge=0,Ie=0,Le=0,Oe=0,Ne=0,je=Oe,Ke=Ne,Xe=Ie,Ze=Le,Qe=0,lt=0,ot=0,st=0;k.bbox={};let ht=!1,pt=!1,mt=!1,xt=!1,wt=!1,_t=!1;function vt(l,e,t){(t||l!=k.width||e!=k.height)&&kt(l,e),An(!1),mt=!0,pt=!0,Jn()}function kt(l,e){k.width=Fe=Ie=l,k.height=Ge=Le=e,Oe=Ne=0,function(){let l=!1,e=!1,t=!1,n=!1;xl.forEach((i=>{if(i.show&&i._show){let{side:o,_size:s}=i,r=s+(null!=i.label?i.labelSize:0);r>0&&(o%2?(Ie-=r,3==o?(Oe+=r,n=!0):t=!0):(Le-=r,0==o?(Ne+=r,l=!0):e=!0))}})),Ct[0]=l,Ct[1]=t,Ct[2]=e,Ct[3]=n,Ie-=Rt[1]+Rt[3],Oe+=Rt[3],Le-=Rt[2]+Rt[0],Ne+=Rt[0]}(),function(){let l=Oe+Ie,e=Ne+Le,t=Oe,n=Ne;function i(i,o){switch(i){case 1:return l+=o,l-o;case 2:return e+=o,e-o;case 3:return t-=o,t+o;case 0:return n-=o,n+o}}xl.forEach((l=>{if(l.show&&l._show){let e=l.side;l._pos=i(e,l._size),null!=l.label&&(l._lpos=i(e,l.labelSize))}}))}();let t=k.bbox;Qe=t.left=zl(Oe*y,.5),lt=t.top=zl(Ne*y,.5),ot=t.width=zl(Ie*y,.5),st=t.height=zl(Le*y,.5)}const yt=3;if(k.setSize=function({width:l,height:e}){vt(l,e)},null==oe.dataIdx){let l=oe.hover,e=l.skip=new Set(l.skip??[]);e.add(void 0);let t=l.prox=bl(l.prox),n=l.bias??=0;oe.dataIdx=(l,i,o,s)=>{if(0==i)return o;let r=o,u=t(l,i,o,s)??gl,a=u>=0&&gl>u,f=0==jl.ori?Ie:Le,c=oe.left,h=g[0],d=g[i];if(e.has(d[o])){r=null;let l,t=null,i=null;if(0==n||-1==n)for(l=o;null==t&&l-- >0;)e.has(d[l])||(t=l);if(0==n||1==n)for(l=o;null==i&&l++<d.length;)e.has(d[l])||(i=l);if(null!=t||null!=i)if(a){let l=c-(null==t?-1/0:$l(h[t],jl,f,0)),e=(null==i?1/0:$l(h[i],jl,f,0))-c;l>e?e>u||(r=i):l>u||(r=t)}else r=null==i?t:null==t||o-t>i-o?i:t}else a&&ol(c-$l(h[o],jl,f,0))>u&&(r=null);return r}}const Mt=l=>{oe.event=l};oe.idxs=te,oe._lock=!1;let St=oe.points;St.show=bl(St.show),St.size=bl(St.size),St.stroke=bl(St.stroke),St.width=bl(St.width),St.fill=bl(St.fill);const Tt=k.focus=Bl({},u.focus||{alpha:.3},oe.focus),Et=Tt.prox>=0,zt=Et&&St.one;let Dt=[],Pt=[],At=[];function Wt(l,e){let t=St.show(k,e);if(t instanceof HTMLElement)return S(t,\"u-cursor-pt\"),S(t,l.class),A(t,-10,-10,Ie,Le),el.insertBefore(t,Dt[e]),t}function Yt(t,n){if(1==M||n>0){let l=1==M&&vl[t.scale].time,e=t.value;t.value=l?Ll(e)?We(Xl,Ae(e,Zl)):e||ee:e||nt,t.label=t.label||(l?\"Time\":\"Value\")}if(zt||n>0){t.width=null==t.width?1:t.width,t.paths=t.paths||Ot||yl,t.fillTo=bl(t.fillTo||gt),t.pxAlign=+Q(t.pxAlign,tl),t.pxRound=bt(t.pxAlign),t.stroke=bl(t.stroke||null),t.fill=bl(t.fill||null),t._stroke=t._fill=t._paths=t._focus=null;let l=function(l){return Al(1*(3+2*(l||1)),3)}(fl(1,t.width)),e=t.points=Bl({},{size:l,width:fl(1,.2*l),stroke:t.stroke,space:2*l,paths:Nt,_stroke:null,_fill:null},t.points);e.show=bl(e.show),e.filter=bl(e.filter),e.fill=bl(e.fill),e.stroke=bl(e.stroke),e.paths=bl(e.paths),e.pxAlign=t.pxAlign}if(se){let i=function(t,n){if(0==n&&(xe||!ie.live||2==M))return Rl;let i=[],o=z(\"tr\",\"u-series\",de,de.childNodes[n]);S(o,t.class),t.show||S(o,l);let s=z(\"th\",null,o);if(ue.show){let l=D(\"u-marker\",s);if(n>0){let e=ue.width(k,n);e&&(l.style.border=e+\"px \"+ue.dash(k,n)+\" \"+ue.stroke(k,n)),l.style.background=ue.fill(k,n)}}let r=D(e,s);for(var u in t.label instanceof HTMLElement?r.appendChild(t.label):r.textContent=t.label,n>0&&(ue.show||(r.style.color=t.width>0?ue.stroke(k,n):ue.fill(k,n)),Ce(\"click\",s,(l=>{if(oe._lock)return;Mt(l);let e=pl.indexOf(t);if((l.ctrlKey||l.metaKey)!=ie.isolate){let l=pl.some(((l,t)=>t>0&&t!=e&&l.show));pl.forEach(((t,n)=>{n>0&&oi(n,l?n==e?be:ve:be,!0,Fi.setSeries)}))}else oi(e,{show:!t.show},!0,Fi.setSeries)}),!1),Et&&Ce(d,s,(l=>{oe._lock||(Mt(l),oi(pl.indexOf(t),ai,!0,Fi.setSeries))}),!1)),pe){let l=z(\"td\",\"u-value\",o);l.textContent=\"--\",i.push(l)}return[o,i]}(t,n);me.splice(n,0,i[0]),ge.splice(n,0,i[1]),ie.values.push(null)}if(re){te.splice(n,0,null);let l=null;zt?0==n&&(l=Wt(t,n)):n>0&&(l=Wt(t,n)),Dt.splice(n,0,l),Pt.splice(n,0,0),At.splice(n,0,0)}Ci(\"addSeries\",n)}k.addSeries=function(l,e){e=null==e?pl.length:e,l=1==M?Ut(l,e,Ve,ut):Ut(l,e,{},rt),pl.splice(e,0,l),Yt(pl[e],e)},k.delSeries=function(l){if(pl.splice(l,1),se){ie.values.splice(l,1),ge.splice(l,1);let e=me.splice(l,1)[0];He(null,e.firstChild),e.remove()}re&&(te.splice(l,1),Dt.splice(l,1)[0].remove(),Pt.splice(l,1),At.splice(l,1)),Ci(\"delSeries\",l)};const Ct=[!1,!1,!1,!1];function Ht(l,e,t){let[n,i,o,s]=t,r=e%2,u=0;return 0==r&&(s||i)&&(u=0==e&&!n||2==e&&!o?rl(Ue.size/3):0),1==r&&(n||o)&&(u=1==e&&!i||3==e&&!s?rl(it.size/2):0),u}const Ft=k.padding=(u.padding||[Ht,Ht,Ht,Ht]).map((l=>bl(Q(l,Ht)))),Rt=k._padding=Ft.map(((l,e)=>l(k,e,Ct,0)));let Gt,Lt=null,en=null;const tn=1==M?pl[0].idxs:null;let nn,on,sn,rn,un,an,fn,cn,hn,dn,pn=null,mn=!1;function gn(l,e){if(k.data=k._data=g=null==l?[]:l,2==M){Gt=0;for(let l=1;pl.length>l;l++)Gt+=g[l][0].length}else{0==g.length&&(k.data=k._data=g=[[]]),pn=g[0],Gt=pn.length;let l=g;if(2==Ul){l=g.slice();let e=l[0]=Array(Gt);for(let l=0;Gt>l;l++)e[l]=l}k._data=g=l}if(An(!0),Ci(\"setData\"),2==Ul&&(mt=!0),!1!==e){let l=jl;l.auto(k,mn)?xn():ii(El,l.min,l.max),xt=xt||oe.left>=0,_t=!0,Jn()}}function xn(){let l,e;mn=!0,1==M&&(Gt>0?(Lt=tn[0]=0,en=tn[1]=Gt-1,l=g[0][Lt],e=g[0][en],2==Ul?(l=Lt,e=en):l==e&&(3==Ul?[l,e]=B(l,l,jl.log,!1):4==Ul?[l,e]=$(l,l,jl.log,!1):jl.time?e=l+rl(86400/hl):[l,e]=Z(l,e,J,!0))):(Lt=tn[0]=l=null,en=tn[1]=e=null)),ii(El,l,e)}function wn(l,e,t,n,i,o){l??=a,t??=Fl,n??=\"butt\",i??=a,o??=\"round\",l!=nn&&(K.strokeStyle=nn=l),i!=on&&(K.fillStyle=on=i),e!=sn&&(K.lineWidth=sn=e),o!=un&&(K.lineJoin=un=o),n!=an&&(K.lineCap=an=n),t!=rn&&K.setLineDash(rn=t)}function _n(l,e,t,n){e!=on&&(K.fillStyle=on=e),l!=fn&&(K.font=fn=l),t!=cn&&(K.textAlign=cn=t),n!=hn&&(K.textBaseline=hn=n)}function bn(l,e,t,n,i=0){if(n.length>0&&l.auto(k,mn)&&(null==e||null==e.min)){let e=Q(Lt,0),o=Q(en,n.length-1),s=null==t.min?function(l,e,t,n=0,i=!1){let o=i?V:U,s=i?j:N;[e,t]=o(l,e,t);let r=l[e],u=l[e];if(e>-1)if(1==n)r=l[e],u=l[t];else if(-1==n)r=l[t],u=l[e];else for(let n=e;t>=n;n++){let e=l[n];s(e)&&(r>e?r=e:e>u&&(u=e))}return[r??gl,u??-gl]}(n,e,o,i,3==l.distr):[t.min,t.max];l.min=al(l.min,t.min=s[0]),l.max=fl(l.max,t.max=s[1])}}k.setData=gn;const vn={min:null,max:null};function kn(l,e){let t=e?pl[l].points:pl[l];t._stroke=t.stroke(k,l),t._fill=t.fill(k,l)}function yn(l,e){let t=e?pl[l].points:pl[l],{stroke:n,fill:i,clip:o,flags:s,_stroke:r=t._stroke,_fill:u=t._fill,_width:a=t.width}=t._paths;a=Al(a*y,3);let f=null,c=a%2/2;e&&null==u&&(u=a>0?\"#fff\":r);let h=1==t.pxAlign&&c>0;if(h&&K.translate(c,c),!e){let l=Qe-a/2,e=lt-a/2,t=ot+a,n=st+a;f=new Path2D,f.rect(l,e,t,n)}e?Sn(r,a,t.dash,t.cap,u,n,i,s,o):function(l,e,t,n,i,o,s,r,u,a,f){let c=!1;0!=u&&Tl.forEach(((h,d)=>{if(h.series[0]==l){let l,p=pl[h.series[1]],m=g[h.series[1]],x=(p._paths||Hl).band;Gl(x)&&(x=1==h.dir?x[0]:x[1]);let w=null;p.show&&x&&function(l,e,t){for(e=Q(e,0),t=Q(t,l.length-1);t>=e;){if(null!=l[e])return!0;e++}return!1}(m,Lt,en)?(w=h.fill(k,d)||o,l=p._paths.clip):x=null,Sn(e,t,n,i,w,s,r,u,a,f,l,x),c=!0}})),c||Sn(e,t,n,i,o,s,r,u,a,f)}(l,r,a,t.dash,t.cap,u,n,i,s,f,o),h&&K.translate(-c,-c)}const Mn=3;function Sn(l,e,t,n,i,o,s,r,u,a,f,c){wn(l,e,t,n,i),(u||a||c)&&(K.save(),u&&K.clip(u),a&&K.clip(a)),c?(r&Mn)==Mn?(K.clip(c),f&&K.clip(f),En(i,s),Tn(l,o,e)):2&r?(En(i,s),K.clip(c),Tn(l,o,e)):1&r&&(K.save(),K.clip(c),f&&K.clip(f),En(i,s),K.restore(),Tn(l,o,e)):(En(i,s),Tn(l,o,e)),(u||a||c)&&K.restore()}function Tn(l,e,t){t>0&&(e instanceof Map?e.forEach(((l,e)=>{K.strokeStyle=nn=e,K.stroke(l)})):null!=e&&l&&K.stroke(e))}function En(l,e){e instanceof Map?e.forEach(((l,e)=>{K.fillStyle=on=e,K.fill(l)})):null!=e&&l&&K.fill(e)}function zn(l,e,t,n,i,o,s,r,u,a){let f=s%2/2;1==tl&&K.translate(f,f),wn(r,s,u,a,r),K.beginPath();let c,h,d,p,m=i+(0==n||3==n?-o:o);0==t?(h=i,p=m):(c=i,d=m);for(let n=0;l.length>n;n++)null!=e[n]&&(0==t?c=d=l[n]:h=p=l[n],K.moveTo(c,h),K.lineTo(d,p));K.stroke(),1==tl&&K.translate(-f,-f)}function Dn(l){let e=!0;return xl.forEach(((t,n)=>{if(!t.show)return;let i=vl[t.scale];if(null==i.min)return void(t._show&&(e=!1,t._show=!1,An(!1)));t._show||(e=!1,t._show=!0,An(!1));let o=t.side,s=o%2,{min:r,max:u}=i,[a,f]=function(l,e,t,n){let i,o=xl[l];if(n>0){let s=o._space=o.space(k,l,e,t,n);i=Zt(e,t,o._incrs=o.incrs(k,l,e,t,n,s),n,s)}else i=[0,0];return o._found=i}(n,r,u,0==s?Ie:Le);if(0==f)return;let c=t._splits=t.splits(k,n,r,u,a,f,2==i.distr),h=2==i.distr?c.map((l=>pn[l])):c,d=2==i.distr?pn[c[1]]-pn[c[0]]:a,p=t._values=t.values(k,t.filter(k,h,n,f,d),n,f,d);t._rotate=2==o?t.rotate(k,p,n,f):0;let m=t._size;t._size=ul(t.size(k,p,n,l)),null!=m&&t._size!=m&&(e=!1)})),e}function Pn(l){let e=!0;return Ft.forEach(((t,n)=>{let i=t(k,n,Ct,l);i!=Rt[n]&&(e=!1),Rt[n]=i})),e}function An(l){pl.forEach(((e,t)=>{t>0&&(e._paths=null,l&&(1==M?(e.min=null,e.max=null):e.facets.forEach((l=>{l.min=null,l.max=null}))))}))}let Wn,Yn,Cn,Hn,Fn,Rn,Gn,In,Ln,On,Nn,jn,Un=!1,Vn=!1,Bn=[];function $n(){Vn=!1;for(let l=0;Bn.length>l;l++)Ci(...Bn[l]);Bn.length=0}function Jn(){Un||(Jl(qn),Un=!0)}function qn(){if(ht&&(function(){for(let l in vl){let e=vl[l];null==Kl[l]&&(null==e.min||null!=Kl[El]&&e.auto(k,mn))&&(Kl[l]=vn)}for(let l in vl){let e=vl[l];null==Kl[l]&&null!=e.from&&null!=Kl[e.from]&&(Kl[l]=vn)}null!=Kl[El]&&An(!0);let l={};for(let e in Kl){let t=Kl[e];if(null!=t){let n=l[e]=Vl(vl[e],Nl);if(null!=t.min)Bl(n,t);else if(e!=El||2==M)if(0==Gt&&null==n.from){let l=n.range(k,null,null,e);n.min=l[0],n.max=l[1]}else n.min=gl,n.max=-gl}}if(Gt>0){pl.forEach(((e,t)=>{if(1==M){let n=e.scale,i=Kl[n];if(null==i)return;let o=l[n];if(0==t){let l=o.range(k,o.min,o.max,n);o.min=l[0],o.max=l[1],Lt=L(o.min,g[0]),en=L(o.max,g[0]),en-Lt>1&&(o.min>g[0][Lt]&&Lt++,g[0][en]>o.max&&en--),e.min=pn[Lt],e.max=pn[en]}else e.show&&e.auto&&bn(o,i,e,g[t],e.sorted);e.idxs[0]=Lt,e.idxs[1]=en}else if(t>0&&e.show&&e.auto){let[n,i]=e.facets,o=n.scale,s=i.scale,[r,u]=g[t],a=l[o],f=l[s];null!=a&&bn(a,Kl[o],n,r,n.sorted),null!=f&&bn(f,Kl[s],i,u,i.sorted),e.min=i.min,e.max=i.max}}));for(let e in l){let t=l[e],n=Kl[e];if(null==t.from&&(null==n||null==n.min)){let l=t.range(k,t.min==gl?null:t.min,t.max==-gl?null:t.max,e);t.min=l[0],t.max=l[1]}}}for(let e in l){let t=l[e];if(null!=t.from){let n=l[t.from];if(null==n.min)t.min=t.max=null;else{let l=t.range(k,n.min,n.max,e);t.min=l[0],t.max=l[1]}}}let e={},t=!1;for(let n in l){let i=l[n],o=vl[n];if(o.min!=i.min||o.max!=i.max){o.min=i.min,o.max=i.max;let l=o.distr;o._min=3==l?dl(o.min):4==l?ml(o.min,o.asinh):100==l?o.fwd(o.min):o.min,o._max=3==l?dl(o.max):4==l?ml(o.max,o.asinh):100==l?o.fwd(o.max):o.max,e[n]=t=!0}}if(t){pl.forEach(((l,t)=>{2==M?t>0&&e.y&&(l._paths=null):e[l.scale]&&(l._paths=null)}));for(let l in e)mt=!0,Ci(\"setScale\",l);re&&oe.left>=0&&(xt=_t=!0)}for(let l in Kl)Kl[l]=null}(),ht=!1),mt&&(function(){let l=!1,e=0;for(;!l;){e++;let t=Dn(e),n=Pn(e);l=e==yt||t&&n,l||(kt(k.width,k.height),pt=!0)}}(),mt=!1),pt){if(E(ll,s,Oe),E(ll,i,Ne),E(ll,t,Ie),E(ll,n,Le),E(el,s,Oe),E(el,i,Ne),E(el,t,Ie),E(el,n,Le),E(X,t,Fe),E(X,n,Ge),O.width=rl(Fe*y),O.height=rl(Ge*y),xl.forEach((({_el:e,_show:t,_size:n,_pos:i,side:o})=>{if(null!=e)if(t){let t=o%2==1;E(e,t?\"left\":\"top\",i-(3===o||0===o?n:0)),E(e,t?\"width\":\"height\",n),E(e,t?\"top\":\"left\",t?Ne:Oe),E(e,t?\"height\":\"width\",t?Le:Ie),T(e,l)}else S(e,l)})),nn=on=sn=un=an=fn=cn=hn=rn=null,dn=1,_i(!0),Oe!=je||Ne!=Ke||Ie!=Xe||Le!=Ze){An(!1);let l=Ie/Xe,e=Le/Ze;if(re&&!xt&&oe.left>=0){oe.left*=l,oe.top*=e,Cn&&A(Cn,rl(oe.left),0,Ie,Le),Hn&&A(Hn,0,rl(oe.top),Ie,Le);for(let t=0;Dt.length>t;t++){let n=Dt[t];null!=n&&(Pt[t]*=l,At[t]*=e,A(n,ul(Pt[t]),ul(At[t]),Ie,Le))}}if(ei.show&&!wt&&ei.left>=0&&ei.width>0){ei.left*=l,ei.width*=l,ei.top*=e,ei.height*=e;for(let l in ki)E(ti,l,ei[l])}je=Oe,Ke=Ne,Xe=Ie,Ze=Le}Ci(\"setSize\"),pt=!1}Fe>0&&Ge>0&&(K.clearRect(0,0,O.width,O.height),Ci(\"drawClear\"),Pl.forEach((l=>l())),Ci(\"draw\")),ei.show&&wt&&(ni(ei),wt=!1),re&&xt&&(xi(null,!0,!1),xt=!1),ie.show&&ie.live&&_t&&(mi(),_t=!1),F||(F=!0,k.status=1,Ci(\"ready\")),mn=!1,Un=!1}function Kn(l,e){let t=vl[l];if(null==t.from){if(0==Gt){let n=t.range(k,e.min,e.max,l);e.min=n[0],e.max=n[1]}if(e.min>e.max){let l=e.min;e.min=e.max,e.max=l}if(Gt>1&&null!=e.min&&null!=e.max&&1e-16>e.max-e.min)return;l==El&&2==t.distr&&Gt>0&&(e.min=L(e.min,g[0]),e.max=L(e.max,g[0]),e.min==e.max&&e.max++),Kl[l]=e,ht=!0,Jn()}}k.batch=function(l,e=!1){Un=!0,Vn=e,l(k),qn(),e&&Bn.length>0&&queueMicrotask($n)},k.redraw=(l,e)=>{mt=e||!1,!1!==l?ii(El,jl.min,jl.max):Jn()},k.setScale=Kn;let Xn=!1;const Zn=oe.drag;let Qn=Zn.x,li=Zn.y;re&&(oe.x&&(Wn=D(\"u-cursor-x\",el)),oe.y&&(Yn=D(\"u-cursor-y\",el)),0==jl.ori?(Cn=Wn,Hn=Yn):(Cn=Yn,Hn=Wn),Nn=oe.left,jn=oe.top);const ei=k.select=Bl({show:!0,over:!0,left:0,width:0,top:0,height:0},u.select),ti=ei.show?D(\"u-select\",ei.over?el:ll):null;function ni(l,e){if(ei.show){for(let e in l)ei[e]=l[e],e in ki&&E(ti,e,l[e]);!1!==e&&Ci(\"setSelect\")}}function ii(l,e,t){Kn(l,{min:e,max:t})}function oi(e,t,n,i){null!=t.focus&&function(l){if(l!=ui){let e=null==l,t=1!=Tt.alpha;pl.forEach(((n,i)=>{if(1==M||i>0){let o=e||0==i||i==l;n._focus=e?null:o,t&&function(l,e){pl[l].alpha=e,re&&null!=Dt[l]&&(Dt[l].style.opacity=e),se&&me[l]&&(me[l].style.opacity=e)}(i,o?1:Tt.alpha)}})),ui=l,t&&Jn()}}(e),null!=t.show&&pl.forEach(((n,i)=>{0>=i||e!=i&&null!=e||(n.show=t.show,function(e){if(pl[e].show)se&&T(me[e],l);else if(se&&S(me[e],l),re){let l=zt?Dt[0]:Dt[e];null!=l&&A(l,-10,-10,Ie,Le)}}(i),2==M?(ii(n.facets[0].scale,null,null),ii(n.facets[1].scale,null,null)):ii(n.scale,null,null),Jn())})),!1!==n&&Ci(\"setSeries\",e,t),i&&Ii(\"setSeries\",k,e,t)}let si,ri,ui;k.setSelect=ni,k.setSeries=oi,k.addBand=function(l,e){l.fill=bl(l.fill||null),l.dir=Q(l.dir,-1),Tl.splice(e=null==e?Tl.length:e,0,l)},k.setBand=function(l,e){Bl(Tl[l],e)},k.delBand=function(l){null==l?Tl.length=0:Tl.splice(l,1)};const ai={focus:!0};function fi(l,e,t){let n=vl[e];t&&(l=l/y-(1==n.ori?Ne:Oe));let i=Ie;1==n.ori&&(i=Le,l=i-l),-1==n.dir&&(l=i-l);let o=n._min,s=o+l/i*(n._max-o),r=n.distr;return 3==r?cl(10,s):4==r?((l,e=1)=>nl.sinh(l)*e)(s,n.asinh):100==r?n.bwd(s):s}function ci(l,e){E(ti,s,ei.left=l),E(ti,t,ei.width=e)}function hi(l,e){E(ti,i,ei.top=l),E(ti,n,ei.height=e)}se&&Et&&Ce(p,ce,(l=>{oe._lock||(Mt(l),null!=ui&&oi(null,ai,!0,Fi.setSeries))})),k.valToIdx=l=>L(l,g[0]),k.posToIdx=function(l,e){return L(fi(l,El,e),g[0],Lt,en)},k.posToVal=fi,k.valToPos=(l,e,t)=>0==vl[e].ori?P(l,vl[e],t?ot:Ie,t?Qe:0):W(l,vl[e],t?st:Le,t?lt:0),k.setCursor=(l,e,t)=>{Nn=l.left,jn=l.top,xi(null,e,t)};let di=0==jl.ori?ci:hi,pi=1==jl.ori?ci:hi;function mi(l,e){if(null!=l&&(l.idxs?l.idxs.forEach(((l,e)=>{te[e]=l})):(l=>void 0===l)(l.idx)||te.fill(l.idx),ie.idx=te[0]),se&&ie.live){for(let l=0;pl.length>l;l++)(l>0||1==M&&!xe)&&gi(l,te[l]);!function(){if(se&&ie.live)for(let l=2==M?1:0;pl.length>l;l++){if(0==l&&xe)continue;let e=ie.values[l],t=0;for(let n in e)ge[l][t++].firstChild.nodeValue=e[n]}}()}_t=!1,!1!==e&&Ci(\"setLegend\")}function gi(l,e){let t,n=pl[l],i=0==l&&2==Ul?pn:g[l];xe?t=n.values(k,l,e)??we:(t=n.value(k,null==e?null:i[e],l,e),t=null==t?we:{_:t}),ie.values[l]=t}function xi(l,e,t){let n;Ln=Nn,On=jn,[Nn,jn]=oe.move(k,Nn,jn),oe.left=Nn,oe.top=jn,re&&(Cn&&A(Cn,rl(Nn),0,Ie,Le),Hn&&A(Hn,0,rl(jn),Ie,Le)),si=gl,ri=null;let i=0==jl.ori?Ie:Le,o=1==jl.ori?Ie:Le;if(0>Nn||0==Gt||Lt>en){n=oe.idx=null;for(let l=0;pl.length>l;l++){let e=Dt[l];null!=e&&A(e,-10,-10,Ie,Le)}Et&&oi(null,ai,!0,null==l&&Fi.setSeries),ie.live&&(te.fill(n),_t=!0)}else{let l,e,t;1==M&&(l=0==jl.ori?Nn:jn,e=fi(l,El),n=oe.idx=L(e,g[0],Lt,en),t=$l(g[0][n],jl,i,0));let s=-10,r=-10,u=0,a=0,f=!0,c=\"\",h=\"\";for(let l=2==M?1:0;pl.length>l;l++){let d=pl[l],p=te[l],m=null==p?null:1==M?g[l][p]:g[l][1][p],x=oe.dataIdx(k,l,n,e),w=null==x?null:1==M?g[l][x]:g[l][1][x];if(_t=_t||w!=m||x!=p,te[l]=x,l>0&&d.show){let e=null==x?-10:x==n?t:$l(1==M?g[0][x]:g[l][0][x],jl,i,0),p=null==w?-10:ql(w,1==M?vl[d.scale]:vl[d.facets[1].scale],o,0);if(Et&&null!=w){let e=1==jl.ori?Nn:jn,t=ol(Tt.dist(k,l,x,p,e));if(si>t){let n=Tt.bias;if(0!=n){let i=fi(e,d.scale),o=0>i?-1:1;o!=(0>w?-1:1)||(1==o?1==n?i>w:w>i:1==n?w>i:i>w)||(si=t,ri=l)}else si=t,ri=l}}if(_t||zt){let t,n;0==jl.ori?(t=e,n=p):(t=p,n=e);let i,o,d,m,g,x,w=!0,_=St.bbox;if(null!=_){w=!1;let e=_(k,l);d=e.left,m=e.top,i=e.width,o=e.height}else d=t,m=n,i=o=St.size(k,l);if(x=St.fill(k,l),g=St.stroke(k,l),zt)l!=ri||si>Tt.prox||(s=d,r=m,u=i,a=o,f=w,c=x,h=g);else{let e=Dt[l];null!=e&&(Pt[l]=d,At[l]=m,H(e,i,o,w),Y(e,x,g),A(e,ul(d),ul(m),Ie,Le))}}}}if(zt){let l=Tt.prox;if(_t||(null==ui?l>=si:si>l||ri!=ui)){let l=Dt[0];null!=l&&(Pt[0]=s,At[0]=r,H(l,u,a,f),Y(l,c,h),A(l,ul(s),ul(r),Ie,Le))}}}if(ei.show&&Xn)if(null!=l){let[e,t]=Fi.scales,[n,s]=Fi.match,[r,u]=l.cursor.sync.scales,a=l.cursor.drag;if(Qn=a._x,li=a._y,Qn||li){let a,f,c,h,d,{left:p,top:m,width:g,height:x}=l.select,w=l.scales[r].ori,_=l.posToVal,b=null!=e&&n(e,r),v=null!=t&&s(t,u);b&&Qn?(0==w?(a=p,f=g):(a=m,f=x),c=vl[e],h=$l(_(a,r),c,i,0),d=$l(_(a+f,r),c,i,0),di(al(h,d),ol(d-h))):di(0,i),v&&li?(1==w?(a=p,f=g):(a=m,f=x),c=vl[t],h=ql(_(a,u),c,o,0),d=ql(_(a+f,u),c,o,0),pi(al(h,d),ol(d-h))):pi(0,o)}else yi()}else{let l=ol(Ln-Fn),e=ol(On-Rn);if(1==jl.ori){let t=l;l=e,e=t}Qn=Zn.x&&l>=Zn.dist,li=Zn.y&&e>=Zn.dist;let t,n,s=Zn.uni;null!=s?Qn&&li&&(Qn=l>=s,li=e>=s,Qn||li||(e>l?li=!0:Qn=!0)):Zn.x&&Zn.y&&(Qn||li)&&(Qn=li=!0),Qn&&(0==jl.ori?(t=Gn,n=Nn):(t=In,n=jn),di(al(t,n),ol(n-t)),li||pi(0,o)),li&&(1==jl.ori?(t=Gn,n=Nn):(t=In,n=jn),pi(al(t,n),ol(n-t)),Qn||di(0,i)),Qn||li||(di(0,0),pi(0,0))}if(Zn._x=Qn,Zn._y=li,null==l){if(t){if(null!=Ri){let[l,e]=Fi.scales;Fi.values[0]=null!=l?fi(0==jl.ori?Nn:jn,l):null,Fi.values[1]=null!=e?fi(1==jl.ori?Nn:jn,e):null}Ii(f,k,Nn,jn,Ie,Le,n)}if(Et){let l=t&&Fi.setSeries,e=Tt.prox;null==ui?si>e||oi(ri,ai,!0,l):si>e?oi(null,ai,!0,l):ri!=ui&&oi(ri,ai,!0,l)}}_t&&(ie.idx=n,mi()),!1!==e&&Ci(\"setCursor\")}k.setLegend=mi;let wi=null;function _i(l=!1){l?wi=null:(wi=el.getBoundingClientRect(),Ci(\"syncRect\",wi))}function bi(l,e,t,n,i,o){oe._lock||Xn&&null!=l&&0==l.movementX&&0==l.movementY||(vi(l,e,t,n,i,o,0,!1,null!=l),null!=l?xi(null,!0,!0):xi(e,!0,!1))}function vi(l,e,t,n,i,o,s,r,u){if(null==wi&&_i(!1),Mt(l),null!=l)t=l.clientX-wi.left,n=l.clientY-wi.top;else{if(0>t||0>n)return Nn=-10,void(jn=-10);let[l,s]=Fi.scales,r=e.cursor.sync,[u,a]=r.values,[f,c]=r.scales,[h,d]=Fi.match,p=e.axes[0].side%2==1,m=0==jl.ori?Ie:Le,g=1==jl.ori?Ie:Le,x=p?o:i,w=p?i:o,_=p?n:t,b=p?t:n;if(t=null!=f?h(l,f)?C(u,vl[l],m,0):-10:m*(_/x),n=null!=c?d(s,c)?C(a,vl[s],g,0):-10:g*(b/w),1==jl.ori){let l=t;t=n,n=l}}!u||null!=e&&e.cursor.event.type!=f||(t>1&&Ie-1>t||(t=zl(t,Ie)),n>1&&Le-1>n||(n=zl(n,Le))),r?(Fn=t,Rn=n,[Gn,In]=oe.move(k,t,n)):(Nn=t,jn=n)}Object.defineProperty(k,\"rect\",{get:()=>(null==wi&&_i(!1),wi)});const ki={width:0,height:0,left:0,top:0};function yi(){ni(ki,!1)}let Mi,Si,Ti,Ei;function zi(l,e,t,n,i,o){Xn=!0,Qn=li=Zn._x=Zn._y=!1,vi(l,e,t,n,i,o,0,!0,!1),null!=l&&(Ce(h,b,Di,!1),Ii(c,k,Gn,In,Ie,Le,null));let{left:s,top:r,width:u,height:a}=ei;Mi=s,Si=r,Ti=u,Ei=a}function Di(l,e,t,n,i,o){Xn=Zn._x=Zn._y=!1,vi(l,e,t,n,i,o,0,!1,!0);let{left:s,top:r,width:u,height:a}=ei,f=u>0||a>0,c=Mi!=s||Si!=r||Ti!=u||Ei!=a;if(f&&c&&ni(ei),Zn.setScale&&f&&c){let l=s,e=u,t=r,n=a;if(1==jl.ori&&(l=r,e=a,t=s,n=u),Qn&&ii(El,fi(l,El),fi(l+e,El)),li)for(let l in vl){let e=vl[l];l!=El&&null==e.from&&e.min!=gl&&ii(l,fi(t+n,l),fi(t,l))}yi()}else oe.lock&&(oe._lock=!oe._lock,xi(e,!0,null!=l));null!=l&&(He(h,b),Ii(h,k,Nn,jn,Ie,Le,null))}function Pi(l){oe._lock||(Mt(l),xn(),yi(),null!=l&&Ii(m,k,Nn,jn,Ie,Le,null))}function Ai(){xl.forEach(ln),vt(k.width,k.height,!0)}G(x,v,Ai);const Wi={};Wi.mousedown=zi,Wi.mousemove=bi,Wi.mouseup=Di,Wi.dblclick=Pi,Wi.setSeries=(l,e,t,n)=>{-1!=(t=(0,Fi.match[2])(k,e,t))&&oi(t,n,!0,!1)},re&&(Ce(c,el,zi),Ce(f,el,bi),Ce(d,el,(l=>{Mt(l),_i(!1)})),Ce(p,el,(function(l){if(oe._lock)return;Mt(l);let e=Xn;if(Xn){let l,e,t=!0,n=!0,i=10;0==jl.ori?(l=Qn,e=li):(l=li,e=Qn),l&&e&&(t=i>=Nn||Nn>=Ie-i,n=i>=jn||jn>=Le-i),l&&t&&(Nn=Gn>Nn?0:Ie),e&&n&&(jn=In>jn?0:Le),xi(null,!0,!0),Xn=!1}Nn=-10,jn=-10,te.fill(null),xi(null,!0,!0),e&&(Xn=e)})),Ce(m,el,Pi),It.add(k),k.syncRect=_i);const Yi=k.hooks=u.hooks||{};function Ci(l,e,t){Vn?Bn.push([l,e,t]):l in Yi&&Yi[l].forEach((l=>{l.call(null,k,e,t)}))}(u.plugins||[]).forEach((l=>{for(let e in l.hooks)Yi[e]=(Yi[e]||[]).concat(l.hooks[e])}));const Hi=(l,e,t)=>t,Fi=Bl({key:null,setSeries:!1,filters:{pub:Ml,sub:Ml},scales:[El,pl[1]?pl[1].scale:null],match:[Sl,Sl,Hi],values:[null,null]},oe.sync);2==Fi.match.length&&Fi.match.push(Hi),oe.sync=Fi;const Ri=Fi.key,Gi=dt(Ri);function Ii(l,e,t,n,i,o,s){Fi.filters.pub(l,e,t,n,i,o,s)&&Gi.pub(l,e,t,n,i,o,s)}function Li(){Ci(\"init\",u,g),gn(g||u.data,!1),Kl[El]?Kn(El,Kl[El]):xn(),wt=ei.show&&(ei.width>0||ei.height>0),xt=_t=!0,vt(u.width,u.height)}return Gi.sub(k),k.pub=function(l,e,t,n,i,o,s){Fi.filters.sub(l,e,t,n,i,o,s)&&Wi[l](null,e,t,n,i,o,s)},k.destroy=function(){Gi.unsub(k),It.delete(k),Pe.clear(),I(x,v,Ai),R.remove(),ce?.remove(),Ci(\"destroy\")},pl.forEach(Yt),xl.forEach((function(l,e){if(l._show=l.show,l.show){let t=vl[l.scale];null==t&&(l.scale=l.side%2?pl[1].scale:El,t=vl[l.scale]);let n=t.time;l.size=bl(l.size),l.space=bl(l.space),l.rotate=bl(l.rotate),Gl(l.incrs)&&l.incrs.forEach((l=>{!Wl.has(l)&&Wl.set(l,Yl(l))})),l.incrs=bl(l.incrs||(2==t.distr?ae:n?1==hl?ke:Se:fe)),l.splits=bl(l.splits||(n&&1==t.distr?Ql:3==t.distr?Je:4==t.distr?qe:$e)),l.stroke=bl(l.stroke),l.grid.stroke=bl(l.grid.stroke),l.ticks.stroke=bl(l.ticks.stroke),l.border.stroke=bl(l.border.stroke);let i=l.values;l.values=Gl(i)&&!Gl(i[0])?bl(i):n?Gl(i)?De(Xl,ze(i,Zl)):Ll(i)?function(l,e){let t=ne(e);return(e,n)=>n.map((e=>t(l(e))))}(Xl,i):i||le:i||Be,l.filter=bl(l.filter||(3>t.distr||10!=t.log?3==t.distr&&2==t.log?tt:kl:et)),l.font=Qt(l.font),l.labelFont=Qt(l.labelFont),l._size=l.size(k,null,e,0),l._space=l._rotate=l._incrs=l._found=l._splits=l._values=null,l._size>0&&(Ct[e]=!0,l._el=D(\"u-axis\",X))}})),_?_ instanceof HTMLElement?(_.appendChild(R),Li()):_(k,Li):Li(),k}en.assign=Bl,en.fmtNum=tl,en.rangeNum=Z,en.rangeLog=B,en.rangeAsinh=$,en.orient=pt,en.pxRatio=y,en.join=function(l,e){if(function(l){let e=l[0][0],t=e.length;for(let n=1;l.length>n;n++){let i=l[n][0];if(i.length!=t)return!1;if(i!=e)for(let l=0;t>l;l++)if(i[l]!=e[l])return!1}return!0}(l)){let e=l[0].slice();for(let t=1;l.length>t;t++)e.push(...l[t].slice(1));return function(l,e=100){const t=l.length;if(1>=t)return!0;let n=0,i=t-1;for(;i>=n&&null==l[n];)n++;for(;i>=n&&null==l[i];)i--;if(n>=i)return!0;const o=fl(1,sl((i-n+1)/e));for(let e=l[n],t=n+o;i>=t;t+=o){const n=l[t];if(null!=n){if(e>=n)return!1;e=n}}return!0}(e[0])||(e=function(l){let e=l[0],t=e.length,n=Array(t);for(let l=0;n.length>l;l++)n[l]=l;n.sort(((l,t)=>e[l]-e[t]));let i=[];for(let e=0;l.length>e;e++){let o=l[e],s=Array(t);for(let l=0;t>l;l++)s[l]=o[n[l]];i.push(s)}return i}(e)),e}let t=new Set;for(let e=0;l.length>e;e++){let n=l[e][0],i=n.length;for(let l=0;i>l;l++)t.add(n[l])}let n=[Array.from(t).sort(((l,e)=>l-e))],i=n[0].length,o=new Map;for(let l=0;i>l;l++)o.set(n[0][l],l);for(let t=0;l.length>t;t++){let s=l[t],r=s[0];for(let l=1;s.length>l;l++){let u=s[l],a=Array(i).fill(void 0),f=e?e[t][l]:1,c=[];for(let l=0;u.length>l;l++){let e=u[l],t=o.get(r[l]);null===e?0!=f&&(a[t]=e,2==f&&c.push(t)):a[t]=e}$l(a,c,i),n.push(a)}}return n},en.fmtDate=ne,en.tzDate=function(l,e){let t;return\"UTC\"==e||\"Etc/UTC\"==e?t=new Date(+l+6e4*l.getTimezoneOffset()):e==ie?t=l:(t=new Date(l.toLocaleString(\"en-US\",{timeZone:e})),t.setMilliseconds(l.getMilliseconds())),t},en.sync=dt;{en.addGap=function(l,e,t){let n=l[l.length-1];n&&n[0]==e?n[1]=t:l.push([e,t])},en.clipGaps=wt;let l=en.paths={points:Wt};l.linear=Ft,l.stepped=function(l){const e=Q(l.align,1),t=Q(l.ascDesc,!1),n=Q(l.alignGaps,0),i=Q(l.extend,!1);return(l,o,s,r)=>pt(l,o,((u,a,f,c,h,d,p,m,g,x,w)=>{[s,r]=U(f,s,r);let _=u.pxRound,{left:b,width:v}=l.bbox,k=l=>_(d(l,c,x,m)),M=l=>_(p(l,h,w,g)),S=0==c.ori?Mt:St;const T={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:1},E=T.stroke,z=c.dir*(0==c.ori?1:-1);let D=M(f[1==z?s:r]),P=k(a[1==z?s:r]),A=P,W=P;i&&-1==e&&(W=b,S(E,W,D)),S(E,P,D);for(let l=1==z?s:r;l>=s&&r>=l;l+=z){let t=f[l];if(null==t)continue;let n=k(a[l]),i=M(t);1==e?S(E,n,D):S(E,A,i),S(E,n,i),D=i,A=n}let Y=A;i&&1==e&&(Y=b+v,S(E,Y,D));let[C,H]=mt(l,o);if(null!=u.fill||0!=C){let e=T.fill=new Path2D(E),t=M(u.fillTo(l,o,u.min,u.max,C));S(e,Y,t),S(e,W,t)}if(!u.spanGaps){let i=[];i.push(..._t(a,f,s,r,z,k,n));let h=u.width*y/2,d=t||1==e?h:-h,p=t||-1==e?-h:h;i.forEach((l=>{l[0]+=d,l[1]+=p})),T.gaps=i=u.gaps(l,o,s,r,i),T.clip=wt(i,c.ori,m,g,x,w)}return 0!=H&&(T.band=2==H?[xt(l,o,s,r,E,-1),xt(l,o,s,r,E,1)]:xt(l,o,s,r,E,H)),T}))},l.bars=function(l){const e=Q((l=l||Hl).size,[.6,gl,1]),t=l.align||0,n=l.gap||0;let i=l.radius;i=null==i?[0,0]:\"number\"==typeof i?[i,0]:i;const o=bl(i),s=1-e[0],r=Q(e[1],gl),u=Q(e[2],1),a=Q(l.disp,Hl),f=Q(l.each,(()=>{})),{fill:c,stroke:h}=a;return(l,e,i,d)=>pt(l,e,((p,m,g,x,w,_,b,v,k,M,S)=>{let T,E,z=p.pxRound,D=t,P=n*y,A=r*y,W=u*y;0==x.ori?[T,E]=o(l,e):[E,T]=o(l,e);const Y=x.dir*(0==x.ori?1:-1);let C,H,F,R=0==x.ori?Tt:Et,G=0==x.ori?f:(l,e,t,n,i,o,s)=>{f(l,e,t,i,n,s,o)},I=Q(l.bands,Fl).find((l=>l.series[0]==e)),L=p.fillTo(l,e,p.min,p.max,null!=I?I.dir:0),O=z(b(L,w,S,k)),N=M,j=z(p.width*y),U=!1,V=null,B=null,$=null,J=null;null==c||0!=j&&null==h||(U=!0,V=c.values(l,e,i,d),B=new Map,new Set(V).forEach((l=>{null!=l&&B.set(l,new Path2D)})),j>0&&($=h.values(l,e,i,d),J=new Map,new Set($).forEach((l=>{null!=l&&J.set(l,new Path2D)}))));let{x0:q,size:K}=a;if(null!=q&&null!=K){D=1,m=q.values(l,e,i,d),2==q.unit&&(m=m.map((e=>l.posToVal(v+e*M,x.key,!0))));let t=K.values(l,e,i,d);H=2==K.unit?t[0]*M:_(t[0],x,M,v)-_(0,x,M,v),N=Rt(m,g,_,x,M,v,N),F=N-H+P}else N=Rt(m,g,_,x,M,v,N),F=N*s+P,H=N-F;1>F&&(F=0),H/2>j||(j=0),5>F&&(z=vl);let X=F>0;H=z(wl(N-F-(X?j:0),W,A)),C=(0==D?H/2:D==Y?0:H)-D*Y*((0==D?P/2:0)+(X?j/2:0));const Z={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},ll=U?null:new Path2D;let el=null;if(null!=I)el=l.data[I.series[1]];else{let{y0:t,y1:n}=a;null!=t&&null!=n&&(g=n.values(l,e,i,d),el=t.values(l,e,i,d))}let tl=T*H,nl=E*H;for(let t=1==Y?i:d;t>=i&&d>=t;t+=Y){let n=g[t];if(null==n)continue;if(null!=el){let l=el[t]??0;if(n-l==0)continue;O=b(l,w,S,k)}let i=_(2!=x.distr||null!=a?m[t]:t,x,M,v),o=b(Q(n,L),w,S,k),s=z(i-C),r=z(fl(o,O)),u=z(al(o,O)),f=r-u;if(null!=n){let i=0>n?nl:tl,o=0>n?tl:nl;U?(j>0&&null!=$[t]&&R(J.get($[t]),s,u+sl(j/2),H,fl(0,f-j),i,o),null!=V[t]&&R(B.get(V[t]),s,u+sl(j/2),H,fl(0,f-j),i,o)):R(ll,s,u+sl(j/2),H,fl(0,f-j),i,o),G(l,e,t,s-j/2,u,H+j,f)}}return j>0?Z.stroke=U?J:ll:U||(Z._fill=0==p.width?p._fill:p._stroke??p._fill,Z.width=0),Z.fill=U?B:ll,Z}))},l.spline=function(l){return function(l,e){const t=Q(e?.alignGaps,0);return(e,n,i,o)=>pt(e,n,((s,r,u,a,f,c,h,d,p,m,g)=>{[i,o]=U(u,i,o);let x,w,_,b=s.pxRound,v=l=>b(c(l,a,m,d)),k=l=>b(h(l,f,g,p));0==a.ori?(x=kt,_=Mt,w=Pt):(x=yt,_=St,w=At);const y=a.dir*(0==a.ori?1:-1);let M=v(r[1==y?i:o]),S=M,T=[],E=[];for(let l=1==y?i:o;l>=i&&o>=l;l+=y)if(null!=u[l]){let e=v(r[l]);T.push(S=e),E.push(k(u[l]))}const z={stroke:l(T,E,x,_,w,b),fill:null,clip:null,band:null,gaps:null,flags:1},D=z.stroke;let[P,A]=mt(e,n);if(null!=s.fill||0!=P){let l=z.fill=new Path2D(D),t=k(s.fillTo(e,n,s.min,s.max,P));_(l,S,t),_(l,M,t)}if(!s.spanGaps){let l=[];l.push(..._t(r,u,i,o,y,v,t)),z.gaps=l=s.gaps(e,n,i,o,l),z.clip=wt(l,a.ori,d,p,m,g)}return 0!=A&&(z.band=2==A?[xt(e,n,i,o,D,-1),xt(e,n,i,o,D,1)]:xt(e,n,i,o,D,A)),z}))}(Gt,l)}}return en}();\n";
const UPLOT_CSS = ".uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", sans-serif, \"Apple Color Emoji\", \"Segoe UI Emoji\", \"Segoe UI Symbol\", \"Noto Color Emoji\";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: \":\";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline \"background\" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}";

// EXTERNAL MODULE: ./src/report/html/escape.ts
var html_escape = __webpack_require__(79175);
// EXTERNAL MODULE: ./src/report/traces.ts
var report_traces = __webpack_require__(12590);
;// CONCATENATED MODULE: ./src/report/html/traces.ts
// report.html's trace sections (load_test.trace): the slowest requests' traces, named after a latency
// finding when there is one, and the failed requests', each trace ID a link through trace_url.


/** HTML_TRACES: rows per table; results.json has every kept ID. */
const HTML_TRACES = 50;
/** traceSections: `prefix` keeps a rollout's stages' ids apart. */
function traceSections(report, h, prefix = '') {
    const traces = report.traces;
    if (!traces)
        return [];
    const finding = (0,report_traces/* latencyFinding */.A_)(report);
    const scope = finding?.scope ?? null;
    const slowest = (0,report_traces/* slowestFor */.JB)(traces, scope, HTML_TRACES);
    const sections = [];
    const hint = traces.url === null ? '<p class="hint">Set trace_url (e.g. https://tempo.example/trace/{trace_id}) to link these IDs to your tracing UI.</p>' : '';
    if (slowest.length > 0)
        sections.push(`<section id="${prefix}slowest-traces"><${h}>${(0,html_escape/* esc */.U)((0,report_traces/* slowestHeading */.Gl)(finding, slowest.length, scope))}</${h}>${traceTable(traces, slowest)}${hint}</section>`);
    if (traces.failed.length > 0 || (traces.unreached ?? 0) > 0) {
        const failed = traces.failed.slice(0, HTML_TRACES);
        sections.push(`<section id="${prefix}failed-traces"><${h}>Failed requests' traces</${h}><p>${(0,html_escape/* esc */.U)((0,report_traces/* failedLine */.E2)(traces, failed.length))}</p>${failed.length > 0 ? `${traceTable(traces, failed)}${hint}` : ''}</section>`);
    }
    return sections;
}
function traceTable(traces, requests) {
    const link = (r) => {
        const url = (0,report_traces/* traceUrl */.rc)(traces, r.traceId);
        return url ? `<a href="${(0,html_escape/* esc */.U)(url)}"><code>${(0,html_escape/* esc */.U)(r.traceId)}</code></a>` : `<code>${(0,html_escape/* esc */.U)(r.traceId)}</code>`;
    };
    const rows = requests.map((r, i) => {
        const cells = (0,report_traces/* traceCells */.X6)(r, i);
        return `<tr>${cells.map((c, k) => (k === 0 ? `<th scope="row">${(0,html_escape/* esc */.U)(c)}</th>` : `<td${report_traces/* TRACE_NUMERIC */.Ol.has(k) ? ' class="num"' : ''}>${(0,html_escape/* esc */.U)(c)}</td>`)).join('')}<td>${link(r)}</td></tr>`;
    });
    return `<div class="table-wrap"><table class="trace-table"><thead><tr>${report_traces/* TRACE_HEADERS */.Tc.map((c) => `<th scope="col">${(0,html_escape/* esc */.U)(c)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

;// CONCATENATED MODULE: ./src/report/html/render.ts
// report.html: one self-contained file that opens offline, from an artifact, and shows at a glance
// what happened and why the gate decided as it did. The verdict and its reasons first, then the
// tables the other reports have, then the charts (uPlot, inlined with its CSS; the page's own
// script draws them from the JSON embedded beside it). Pure: a RunReport or RolloutReport in,
// HTML text out, so a results.json renders the same after the fact.










function renderHtmlReport(report) {
    const runs = [];
    const body = report.mode === 'rollout' ? rolloutBody(report, runs) : runBody(report, '', runs, true);
    const title = `Load test ${format/* VERDICT_BADGE */.Qw[report.verdict].replace(/^\S+\s/, '')}: ${report.target}`;
    // The data goes in a JSON script element; "<" is escaped so no value can end the element early.
    const data = JSON.stringify({ runs }).replace(/</g, '\\u003c');
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${(0,html_escape/* esc */.U)(report.tool.name)} ${(0,html_escape/* esc */.U)(report.tool.version)}">
<title>${(0,html_escape/* esc */.U)(title)}</title>
<style>${UPLOT_CSS}</style>
<style>${PAGE_CSS}</style>
</head>
<body>
<main>
${body}
<footer><p>${(0,html_escape/* esc */.U)(report.tool.name)} ${(0,html_escape/* esc */.U)(report.tool.version)} · results.json schema v${report.schemaVersion} · this page needs no network: its data and chart library are inside it.</p></footer>
</main>
<script type="application/json" id="report-data">${data}</script>
<script>${UPLOT_JS}</script>
<script>(${drawReport.toString()})();</script>
</body>
</html>
`;
}
function runBody(report, prefix, runs, top) {
    const h = top ? 'h2' : 'h3';
    const parts = [];
    if (top)
        parts.push(verdictHeader(report.verdict, format/* VERDICT_BADGE */.Qw[report.verdict] + (report.status !== 'completed' ? ` (run ${report.status})` : ''), report.reasons));
    parts.push(meta([
        ['Target', report.target],
        ['Environment', report.environment ?? '(none)'],
        ['Load', (0,sections/* loadDescription */.VC)(report.plan)],
        ...((0,sections/* protocolLine */.$4)(report) ? [['Protocol', (0,sections/* protocolLine */.$4)(report)]] : []),
        ['Started', report.startedAt],
        ['Load applied', (0,format/* seconds */.YA)(report.durationSeconds)],
        ['Measured', `${(0,format/* seconds */.YA)(report.measuredSeconds)} · ${(0,format/* count */.U9)(report.overall.requests)} requests · ${(0,format/* rps */._m)(report.overall.throughputRps)} req/s · error rate ${(0,format/* percent */.KN)(report.overall.errorRatePercent)} · p95 ${(0,format.ms)(report.overall.latencyMs.p95)}`],
    ]));
    for (const line of [(0,sections/* shardLine */.d)(report), (0,sections/* decisionTimeLine */.iO)(report), (0,sections/* rollbackLine */.Hs)(report)])
        if (line)
            parts.push(`<p class="note">${(0,html_escape/* esc */.U)(line)}</p>`);
    if (report.status === 'unreachable') {
        parts.push(`<${h}>Pre-flight</${h}>`, list(report.preflight.map((s) => `${s.what}: ${s.ok ? 'ok' : s.detail} (${s.attempts} attempt${s.attempts === 1 ? '' : 's'})`)));
        return parts.join('\n');
    }
    if (report.checks.length > 0)
        parts.push(section(h, 'SLO checks', table(sections/* CHECK_HEADERS */.CZ, (0,sections/* checkRows */.Uu)(report), 'slo-table')));
    if (report.comparison) {
        const c = report.comparison;
        parts.push(section(h, 'Canary vs production', `<p>Production ${(0,html_escape/* esc */.U)(c.production.target)} got the same requests at the same moment. Differences are canary − production with ${Math.round(c.confidence * 1000) / 10}% confidence intervals. Verdict of the comparison: <strong>${(0,html_escape/* esc */.U)(c.verdict)}</strong>.</p>${table(sections/* COMPARISON_HEADERS */.xC, (0,sections/* comparisonRows */.Vs)(report), 'comparison-table')}`));
    }
    if (report.regression) {
        const r = report.regression;
        parts.push(section(h, 'Compared with the baseline', `<p>${(0,html_escape/* esc */.U)((0,regression/* baselineLine */.G)(report).replace(/\[([^\]]+)\]\([^)]+\)/, '$1'))}</p>${r.baseline?.runUrl ? `<p>Baseline run: <a href="${(0,html_escape/* esc */.U)(r.baseline.runUrl)}">${(0,html_escape/* esc */.U)(r.baseline.runUrl)}</a></p>` : ''}${r.status === 'compared' ? table(regression/* REGRESSION_HEADERS */.d, (0,regression/* regressionRows */.$N)(report), 'regression-table') : ''}`));
    }
    parts.push(...traceSections(report, h, prefix));
    parts.push(section(h, 'Endpoints', `${table(sections/* ENDPOINT_HEADERS */.j9, (0,sections/* endpointRows */.Lf)(report), 'endpoint-table')}<p class="hint">Latencies are measured from each request's intended start time.</p>`));
    const checked = (0,sections/* responseCheckRows */.fg)(report);
    if (checked.length > 0)
        parts.push(section(h, 'Checks', `${table(sections/* RESPONSE_CHECK_HEADERS */.q6, checked, 'check-table')}<p class="hint">What each step expected of its responses; a failed check counts as a check_failed error.</p>`));
    parts.push(section(h, 'Responses', responses(report)));
    const charts = runCharts(report, prefix);
    runs.push(charts);
    const over = charts.charts.filter((c) => c.kind === 'time');
    if (over.length > 0)
        parts.push(section(h, 'Over time', over.map(figure).join('\n')));
    const spectra = charts.charts.filter((c) => c.kind === 'spectrum');
    if (spectra.length > 0) {
        const [overall, byEndpoint] = spectra;
        const picker = charts.endpoints && byEndpoint
            ? `<label class="picker">Endpoint <select id="${(0,html_escape/* esc */.U)(byEndpoint.id)}-picker">${charts.endpoints.names.map((name, i) => `<option value="${i}">${(0,html_escape/* esc */.U)(name)}</option>`).join('')}</select></label>`
            : '';
        parts.push(section(h, 'Latency distribution', `<p class="hint">Latency at each percentile, on a scale that gives the median, p90, p99 and p99.9 equal room, so the tail shows.</p>${figure(overall)}${byEndpoint ? `${picker}${figure(byEndpoint)}` : ''}`));
    }
    if (report.resources?.errors.length)
        parts.push(list((0,sections/* resourceErrors */.wA)(report)));
    parts.push(section(h, 'Load generator', `<p>${(0,html_escape/* esc */.U)((0,sections/* generatorSummary */.eb)(report))}</p>${list([...report.generator.shortfall, ...report.generator.distortion, ...(report.generator.notes ?? [])])}`));
    if (report.notices.length > 0)
        parts.push(section(h, 'Notices', list(report.notices)));
    return parts.join('\n');
}
function rolloutBody(report, runs) {
    const parts = [verdictHeader(report.verdict, (0,rollout/* banner */.vK)(report), report.reasons)];
    parts.push(meta([
        ['Target', report.target],
        ['Environment', report.environment ?? '(none)'],
        ['Started', report.startedAt],
        ['Halted at', report.haltedAt ?? '(promoted)'],
    ]));
    const rollback = (0,sections/* rollbackLine */.Hs)(report);
    if (rollback)
        parts.push(`<p class="note">${(0,html_escape/* esc */.U)(rollback)}</p>`);
    parts.push(section('h2', 'Stages', table(rollout/* STAGE_HEADERS */.k$, (0,rollout/* stageRows */.U7)(report), 'stage-table')));
    if (report.hooks.length > 0)
        parts.push(section('h2', 'Hooks', list(report.hooks.map((hook) => `${hook.name}: ${hook.ok ? 'ok' : 'FAILED'} (${hook.what}) ${hook.detail.split('\n')[0]}`))));
    report.stages.forEach((stage, i) => {
        const heading = `Stage ${i + 1}: ${stage.name} (${stage.percentage}% of traffic): ${stage.verdict === 'skipped' ? 'not reached' : format/* VERDICT_BADGE */.Qw[stage.verdict]}`;
        const inner = stage.run ? `${verdictHeader(stage.run.verdict, format/* VERDICT_BADGE */.Qw[stage.run.verdict], stage.run.reasons, 'h3')}${runBody(stage.run, `stage${i + 1}-`, runs, false)}` : '<p>Not reached: an earlier stage halted the rollout.</p>';
        parts.push(`<section class="stage" id="stage-${i + 1}"><h2>${(0,html_escape/* esc */.U)(heading)}</h2>${inner}</section>`);
    });
    return parts.join('\n');
}
function verdictHeader(verdict, badge, reasons, level = 'h1') {
    return `<header class="verdict verdict-${verdict}" data-verdict="${verdict}"><${level} class="badge">${(0,html_escape/* esc */.U)(badge)}</${level}>${list(reasons, 'reasons')}</header>`;
}
function responses(report) {
    const statuses = Object.entries(report.overall.statusCodes).map(([status, n]) => [status, (0,format/* count */.U9)(n)]);
    const errors = Object.entries(report.overall.errorCodes).map(([code, n]) => [code, (0,format/* count */.U9)(n ?? 0), outcome/* ERROR_CODE_MEANING */.Tu[code]]);
    return `${statuses.length ? table(['Status', 'Responses'], statuses, 'status-table') : '<p>No responses.</p>'}${errors.length ? table(['Error', 'Count', 'Meaning'], errors, 'error-table') : '<p>No errors.</p>'}`;
}
function figure(spec) {
    return `<figure class="chart"><figcaption>${(0,html_escape/* esc */.U)(spec.title)}</figcaption><div class="plot" id="${(0,html_escape/* esc */.U)(spec.id)}" role="img" aria-label="${(0,html_escape/* esc */.U)(`${spec.title}. ${spec.summary}`)}"></div><p class="summary">${(0,html_escape/* esc */.U)(spec.summary)}</p></figure>`;
}
function section(h, title, inner) {
    return `<section><${h}>${(0,html_escape/* esc */.U)(title)}</${h}>${inner}</section>`;
}
function meta(rows) {
    return `<dl class="meta">${rows.map(([k, v]) => `<div><dt>${(0,html_escape/* esc */.U)(k)}</dt><dd>${(0,html_escape/* esc */.U)(v)}</dd></div>`).join('')}</dl>`;
}
function list(items, cls = '') {
    return items.length ? `<ul${cls ? ` class="${cls}"` : ''}>${items.map((i) => `<li>${(0,html_escape/* esc */.U)(i)}</li>`).join('')}</ul>` : '';
}
/** table: numbers right-aligned, wrapped so a narrow window scrolls the table, not the page. */
function table(headers, rows, id) {
    const numeric = (cell) => /^[−+-]?[\d.,]+(ms|s|%| req\/s| pp)?$/.test(cell.trim());
    const head = headers.map((c) => `<th scope="col">${(0,html_escape/* esc */.U)(c)}</th>`).join('');
    const body = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${(0,html_escape/* esc */.U)(c)}</th>` : `<td${numeric(c) ? ' class="num"' : ''}>${(0,html_escape/* esc */.U)(c)}</td>`)).join('')}</tr>`).join('');
    return `<div class="table-wrap"><table id="${id}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}
const PAGE_CSS = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.45; color: #1a1a1a; background: #fff; }
main { max-width: 1100px; margin: 0 auto; padding: 1rem; }
h1, h2, h3 { line-height: 1.2; }
.verdict { border: 2px solid; border-left-width: 10px; padding: .75rem 1rem; margin: 0 0 1rem; border-radius: 4px; }
.verdict .badge { margin: 0 0 .4rem; font-size: 1.6rem; }
.verdict-pass { border-color: #1b7f3b; background: #eef8f1; }
.verdict-fail { border-color: #b00020; background: #fdeef0; }
.verdict-inconclusive { border-color: #9a6700; background: #fff8e5; }
.verdict ul { margin: 0; padding-left: 1.2rem; }
.meta { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .25rem 1.5rem; margin: 0 0 1rem; }
.meta div { display: flex; gap: .5rem; }
.meta dt { font-weight: 600; min-width: 7rem; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.note { padding: .5rem .75rem; background: #f3f3f3; border-left: 4px solid #555; }
.table-wrap { overflow-x: auto; margin: .5rem 0 1rem; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border: 1px solid #ccc; padding: .3rem .55rem; text-align: left; vertical-align: top; }
thead th { background: #f0f0f0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.chart { margin: 1rem 0 1.5rem; }
.chart figcaption { font-weight: 600; margin-bottom: .25rem; }
.plot { width: 100%; min-height: 200px; }
.summary, .hint { color: #444; font-size: .9rem; margin: .25rem 0; }
.picker { display: inline-block; margin: .5rem 0; }
.picker select { max-width: 100%; font-size: 1rem; }
.stage { border-top: 3px solid #ddd; margin-top: 2rem; padding-top: .5rem; }
footer { margin-top: 2rem; color: #555; font-size: .85rem; }
@media (max-width: 600px) { main { padding: .5rem; } .verdict .badge { font-size: 1.3rem; } table { font-size: .8rem; } }
`;


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12011);
/* harmony import */ var _regression_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61729);
/* harmony import */ var _traces_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12590);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43844);
// performance_report.md: the human report, readable on GitHub and in any editor.




/** MARKDOWN_TRACES: rows per trace table in performance_report.md; results.json has them all. */
const MARKDOWN_TRACES = 50;
function renderMarkdown(report) {
    const lines = [];
    lines.push(`# Load test report: ${_format_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_BADGE */ .Qw[report.verdict]}`, '');
    lines.push(`**Target:** ${report.target}  `);
    lines.push(`**Environment:** ${report.environment ?? '(none)'}  `);
    lines.push(`**Started:** ${report.startedAt} · **Load applied:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .YA)(report.durationSeconds)} · **Measured:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .YA)(report.measuredSeconds)}${report.status !== 'completed' ? ` · **Run ${report.status}**` : ''}  `);
    const protocol = (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .protocolLine */ .$4)(report);
    lines.push(`**Load:** ${(0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .loadDescription */ .VC)(report.plan)}${protocol ? '  ' : ''}`, ...(protocol ? [`**Protocol:** ${protocol}`] : []), '');
    lines.push(report.verdict === 'pass' ? '## ✅ Verdict' : report.verdict === 'fail' ? '## ❌ SLO Violations' : '## ⚠️ Inconclusive', '');
    for (const reason of report.reasons)
        lines.push(`- ${reason}`);
    lines.push('');
    const shard = (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .shardLine */ .d)(report);
    if (shard)
        lines.push(shard, '');
    const decided = (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .decisionTimeLine */ .iO)(report);
    if (decided)
        lines.push(decided, '');
    const rollback = (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .rollbackLine */ .Hs)(report);
    if (rollback)
        lines.push(rollback, '');
    if (report.checks.length > 0)
        lines.push('## SLO checks', '', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .CHECK_HEADERS */ .CZ, (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .checkRows */ .Uu)(report)), '');
    if (report.comparison) {
        const c = report.comparison;
        lines.push('## Canary vs production', '', `Production: ${c.production.target}. The same requests went to both at the same moment; differences are canary − production, each with its confidence interval.`, '', (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .canaryConfidenceLine */ .tp)(report), '', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .COMPARISON_HEADERS */ .xC, (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .comparisonRows */ .Vs)(report)), '');
    }
    const regression = (0,_regression_js__WEBPACK_IMPORTED_MODULE_1__/* .regressionMarkdown */ .v1)(report);
    if (regression.length > 0)
        lines.push(regression[0].replace(/^###/, '##'), '', ...regression.slice(1).flatMap((part) => [part, '']));
    for (const part of (0,_traces_js__WEBPACK_IMPORTED_MODULE_2__/* .tracesMarkdown */ .qT)(report, { limit: MARKDOWN_TRACES, onlyWhenWrong: false, level: '##' }))
        lines.push(part, '');
    lines.push('## Performance Metrics', '', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['Metric', 'Value', 'Unit'], (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .metricRows */ .IN)(report), new Set([1])), '');
    lines.push('## Endpoints', '', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .ENDPOINT_HEADERS */ .j9, (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .endpointRows */ .Lf)(report), _sections_js__WEBPACK_IMPORTED_MODULE_3__/* .ENDPOINT_NUMERIC */ .Cy), '');
    lines.push('Latencies are measured from each request\'s intended start time.', '');
    const checked = (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .responseCheckRows */ .fg)(report);
    if (checked.length > 0)
        lines.push('## Checks', '', 'What each step expected of its responses (expect); a failed check counts as a check_failed error.', '', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPONSE_CHECK_HEADERS */ .q6, checked, _sections_js__WEBPACK_IMPORTED_MODULE_3__/* .RESPONSE_CHECK_NUMERIC */ .Dj), '');
    lines.push('## Responses', '', `**Status codes:** ${(0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .statusSummary */ .HN)(report)}`, '');
    const errors = (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .errorSummary */ .N5)(report);
    if (errors.length > 0)
        lines.push('**Errors:**', '', ...errors.map((e) => `- ${e}`), '');
    if (report.resources) {
        lines.push('## Target resources under load', '');
        if ((0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceRows */ .qe)(report).length)
            lines.push((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .RESOURCE_HEADERS */ .ue, (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceRows */ .qe)(report), _sections_js__WEBPACK_IMPORTED_MODULE_3__/* .RESOURCE_NUMERIC */ .ty), '');
        for (const error of (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceErrors */ .wA)(report))
            lines.push(`- ${error}`);
        lines.push('');
    }
    lines.push('## Load generator', '', (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .generatorSummary */ .eb)(report), '');
    if (report.notices.length > 0)
        lines.push('## Notices', '', ...report.notices.map((n) => `- ${n}`), '');
    if (report.preflight.length > 0)
        lines.push('## Pre-flight', '', ...report.preflight.map((s) => `- ${s.what}: ${s.ok ? 'ok' : s.detail} (${s.attempts} attempt${s.attempts === 1 ? '' : 's'})`), '');
    lines.push(`<sub>${report.tool.name} ${report.tool.version} · seed ${report.plan.seed} · results.json schema v${report.schemaVersion}</sub>`, '');
    return lines.join('\n');
}


/***/ }),

/***/ 95756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readAnyResults),
/* harmony export */   x: () => (/* binding */ readResults)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96867);
// Reading a results.json back (to render it after the fact, to merge shards, as a baseline): it
// must be one this version wrote. Pure; the caller reads the file.

/** readResults: a run's or a rollout's results.json; a capacity search's is refused, saying so (it is no baseline or shard). */
function readResults(text, source) {
    const report = readAnyResults(text, source);
    if (report.mode === 'capacity')
        throw new Error(`${source}: holds a capacity search, not a run (it can be rendered, not used as a baseline or a shard)`);
    return report;
}
/** readAnyResults: any results.json this version reads: a run, a rollout or a capacity search. */
function readAnyResults(text, source) {
    let report;
    try {
        report = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${source}: not valid JSON: ${error.message}`);
    }
    if (typeof report !== 'object' || report === null || !('schemaVersion' in report))
        throw new Error(`${source}: not a loadtest-action results.json`);
    if (!_model_js__WEBPACK_IMPORTED_MODULE_0__/* .READABLE_SCHEMA_VERSIONS */ .j6.includes(report.schemaVersion))
        throw new Error(`${source}: results.json schema version ${String(report.schemaVersion)} is not one this version reads (${_model_js__WEBPACK_IMPORTED_MODULE_0__/* .READABLE_SCHEMA_VERSIONS */ .j6.join(', ')})`);
    if (!['run', 'canary', 'rollout', 'capacity'].includes(report.mode))
        throw new Error(`${source}: unknown mode '${String(report.mode)}'`);
    return report;
}


/***/ }),

/***/ 61729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ regressionRows),
/* harmony export */   G: () => (/* binding */ baselineLine),
/* harmony export */   Ks: () => (/* binding */ REGRESSION_NUMERIC),
/* harmony export */   d: () => (/* binding */ REGRESSION_HEADERS),
/* harmony export */   v1: () => (/* binding */ regressionMarkdown)
/* harmony export */ });
/* unused harmony exports renderPullRequestComment, regressionIssueTitle, renderRegressionIssue */
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34529);
/* harmony import */ var _slo_compare_prediction_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68743);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12011);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43844);
/* harmony import */ var _traces_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12590);
// How a comparison with the baseline reads: one row per metric and scope (baseline, current,
// change, interval, samples, rule, verdict), and the texts built around it for the job summary,
// the sticky PR comment and the regression issue. Pure.





const REGRESSION_HEADERS = ['Metric', 'Scope', 'Baseline', 'Current', 'Change', 'Difference (CI)', 'n now / baseline', 'Rule', 'Verdict'];
const REGRESSION_NUMERIC = new Set([2, 3, 4]);
const MARK = { pass: '✅ pass', fail: '❌ regression', inconclusive: '⚠️ not enough data' };
/** regressionRows: whole-run rows first, then endpoints worst first, up to `limit` endpoint rows. */
function regressionRows(report, limit = Infinity) {
    const rows = report.regression?.rows ?? [];
    const rank = (r) => (r.verdict === 'fail' ? 0 : r.verdict === 'inconclusive' ? 1 : 2);
    const ordered = [...rows.filter((r) => r.scope === null), ...rows.filter((r) => r.scope !== null).sort((a, b) => rank(a) - rank(b)).slice(0, limit)];
    return ordered.map((r) => {
        const value = (v) => (r.metric === 'error_rate' ? `${v.toFixed(2)}%` : (0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(Math.round(v * 100) / 100));
        const signed = (v) => `${v >= 0 ? '+' : '−'}${r.metric === 'error_rate' ? `${Math.abs(v).toFixed(2)} pp` : (0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(Math.round(Math.abs(v) * 100) / 100)}`;
        const interval = r.low === null || r.high === null ? '' : ` (${signed(r.low)} … ${signed(r.high)})`;
        const change = r.changePercent === null ? '' : `${r.changePercent >= 0 ? '+' : '−'}${Math.abs(r.changePercent).toFixed(1)}%`;
        return [r.metric === 'error_rate' ? 'error rate' : r.metric, r.scope ?? 'all', value(r.baseline), value(r.current), change, `${signed(r.difference)}${interval}`, `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(r.nCurrent)} / ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(r.nBaseline)}`, r.rule, r.advisory && r.verdict === 'inconclusive' && !r.generatorHeld ? _sections_js__WEBPACK_IMPORTED_MODULE_2__/* .NOT_JUDGED */ .Gv : MARK[r.verdict]];
    });
}
/** baselineLine: what the run was compared with, or why it was not. */
function baselineLine(report) {
    const r = report.regression;
    if (!r)
        return null;
    if (r.status === 'no-baseline')
        return `No baseline to compare with: ${r.reasons[0]}. The regression rules were not applied.`;
    const b = r.baseline;
    const from = b.runUrl ? `[${b.source}](${b.runUrl})` : b.source;
    const when = b.startedAt ? `, started ${b.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}` : '';
    if (r.status === 'not-comparable')
        return `⚠️ Not compared with the baseline ${from} (${b.kind === 'locust' ? 'a Locust CSV' : 'results.json'}${when}): ${r.reasons[0]}.`;
    const verdict = r.verdict === 'fail' ? `❌ regressed${r.failOnRegression ? '' : ' (fail_on_regression is off: not failing the gate)'}` : r.verdict === 'inconclusive' ? '⚠️ not enough data to tell' : '✅ no regression';
    const runs = b.history?.length ?? 0;
    // What the whole run was judged against: where another run would land, from one run or from a history.
    // Below MIN_RUNS_FOR_SPREAD the runs' own spread says too little: their noise comes from batches of time.
    const against = runs >= _slo_compare_prediction_js__WEBPACK_IMPORTED_MODULE_4__/* .MIN_RUNS_FOR_SPREAD */ .a ? ` The whole run was judged against a history of ${runs} baseline runs, their run-to-run spread included.` : runs > 1 ? ` The whole run was judged against the mean of ${runs} baseline runs; with fewer than ${_slo_compare_prediction_js__WEBPACK_IMPORTED_MODULE_4__/* .MIN_RUNS_FOR_SPREAD */ .a} their run-to-run noise was estimated from batches of time, conservatively; each saved baseline adds a run.` : runs === 1 ? ' A history of one run: its run-to-run noise was estimated from its own batches of time, conservatively; each saved baseline adds a run.' : '';
    return `Compared with the baseline ${from} (${b.kind === 'locust' ? 'a Locust CSV, compared by its percentiles' : 'results.json'}${when}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(b.requests)} requests) at ${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .confidencePercent */ .qx)(r.confidence)}% confidence: ${verdict}.${against}`;
}
/** regressionMarkdown: the section for the job summary and performance_report.md. */
function regressionMarkdown(report, limit = Infinity) {
    const r = report.regression;
    if (!r)
        return [];
    const parts = ['### Compared with the baseline', baselineLine(report)];
    if (r.status === 'compared') {
        // Rows keep no per-test level, so the line says only that it is higher than the stated one.
        parts.push((0,_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .familyConfidenceLine */ .th)(r.confidence));
        parts.push((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Qj)(REGRESSION_HEADERS, regressionRows(report, limit), REGRESSION_NUMERIC));
        // A sentence the verdict's reasons already give ("regression vs baseline: …") is not listed again.
        const open = r.rows.filter((row) => row.verdict !== 'pass' && !report.reasons.some((reason) => reason.endsWith(row.reason)));
        if (open.length > 0)
            parts.push(open.slice(0, 10).map((row) => `- ${row.reason}`).join('\n'));
        if (r.unmatched.length > 0)
            parts.push(`Not in the baseline: ${r.unmatched.join(', ')}.`);
    }
    return parts;
}
/** MAX_COMMENT_CHECKS keeps a comment well under GitHub's size limit. */
const MAX_COMMENT_CHECKS = 40;
const HEADLINE = { pass: '✅ Load test passed', fail: '❌ Load test failed', inconclusive: '⚠️ Load test inconclusive' };
/** renderPullRequestComment: the sticky comment's body: verdict, SLOs, the comparison with the baseline, links. */
function renderPullRequestComment(report, links) {
    const parts = [`### ${HEADLINE[report.verdict]} · ${report.target}`, report.reasons.map((reason) => `> ${reason}`).join('\n>\n')];
    // A canary's reasons give each test's interval; the line says why its level is not the stated confidence.
    const canary = canaryConfidenceLine(report);
    if (canary)
        parts.push(canary);
    // GitHub refuses comments over 65,536 characters: with many endpoints, show the whole-run checks and the failures.
    const shown = report.checks.length > MAX_COMMENT_CHECKS ? report.checks.filter((c) => c.endpoint === null || !c.passed) : report.checks;
    if (shown.length > 0)
        parts.push(markdownTable(CHECK_HEADERS, checkRows({ ...report, checks: shown })));
    if (shown.length < report.checks.length)
        parts.push(`${report.checks.length - shown.length} more endpoint checks passed; the job summary lists them.`);
    parts.push(...regressionMarkdown(report, 20));
    // What went wrong, in the service's own traces: the slowest requests for a latency finding, the failed ones.
    parts.push(...tracesMarkdown(report, { limit: SHOWN_TRACES, onlyWhenWrong: true, level: '###' }));
    parts.push(linkLine(links));
    return `${parts.join('\n\n')}\n`;
}
/** regressionIssueTitle: stable per gate, so repeated regressions find the same open issue. */
function regressionIssueTitle(report, branch) {
    return `Performance regression on ${branch}: ${new URL(report.target).host}${report.environment ? ` (${report.environment})` : ''}`;
}
/** renderRegressionIssue: what regressed, by how much, against which baseline, and where to look. */
function renderRegressionIssue(report, links, branch) {
    const r = report.regression;
    const failed = r.rows.filter((row) => row.verdict === 'fail');
    return [
        `A load test on \`${branch}\` regressed from its baseline.`,
        `**Target:** ${report.target} · **Started:** ${report.startedAt} · **Verdict:** ${report.verdict}`,
        baselineLine(report),
        '**What regressed**',
        failed.map((row) => `- ${row.reason}`).join('\n'),
        markdownTable(REGRESSION_HEADERS, regressionRows(report, 20), REGRESSION_NUMERIC),
        ...tracesMarkdown(report, { limit: SHOWN_TRACES, onlyWhenWrong: true, level: '###' }),
        linkLine(links),
    ].join('\n\n') + '\n';
}
function linkLine(links) {
    const items = [links.runUrl && `[workflow run](${links.runUrl})`, links.artifactUrl && `[report artifact](${links.artifactUrl})`].filter(Boolean);
    return items.length ? `<sub>${items.join(' · ')} · loadtest-action</sub>` : '<sub>loadtest-action</sub>';
}


/***/ }),

/***/ 15009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k$: () => (/* binding */ STAGE_HEADERS),
  vK: () => (/* binding */ banner),
  ov: () => (/* binding */ decisiveRun),
  Jf: () => (/* binding */ renderConsoleResult),
  rQ: () => (/* binding */ renderRolloutDeploymentEntry),
  J$: () => (/* binding */ renderRolloutMarkdown),
  U7: () => (/* binding */ stageRows)
});

// UNUSED EXPORTS: renderRolloutConsole, renderRolloutJobSummary

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/client/outcome.ts
var outcome = __webpack_require__(5847);
// EXTERNAL MODULE: ./src/report/regression.ts
var regression = __webpack_require__(61729);
// EXTERNAL MODULE: ./src/report/traces.ts
var traces = __webpack_require__(12590);
;// CONCATENATED MODULE: ./src/report/xychart.ts
// Mermaid xychart-beta blocks, which GitHub draws in job summaries and markdown files. Mermaid's
// themes colour lines from a palette meant for bars: the default theme draws the first line in
// #ECECFF, nearly white on white. So every chart sets its own palette, and since xychart has no
// legend, a caption under the chart names each line with its colour.

/**
 * COLOURS: each has at least 3:1 contrast (WCAG's floor for lines) on white, on GitHub's dark page
 * (#0d1117) and on Mermaid's dark theme (#333), which GitHub uses in dark mode. Orange and green
 * are the HTML report's (Okabe-Ito, readable with colour-blindness); its blue, #0072B2, is only
 * 2.4:1 on #333, so the blue here is lighter.
 */
const COLOURS = {
    blue: '#2F80ED',
    orange: '#D55E00',
    green: '#009E73',
    grey: '#808080',
    purple: '#9C6ADE',
    olive: '#998800',
};
/** DATA_COLOURS colour the measured lines in order; LIMIT_COLOURS the flat SLO lines after them. */
const xychart_DATA_COLOURS = (/* unused pure expression or super */ null && (['blue', 'orange', 'green']));
const xychart_LIMIT_COLOURS = (/* unused pure expression or super */ null && (['grey', 'purple', 'olive']));
/** mermaidChart renders the lines over the buckets' start times, in their own colours, with the caption that names them. */
function xychart_mermaidChart(title, yLabel, points, lines) {
    const labels = points.map((p) => `"${clock(p.startSecond)}"`).join(', ');
    const top = niceCeiling(Math.max(1, ...lines.flatMap((l) => l.values)));
    const body = lines.map((l) => `  line [${l.values.map((v) => round(v)).join(', ')}]`).join('\n');
    return [
        '```mermaid',
        paletteDirective(lines),
        'xychart-beta',
        `  title "${title.replace(/"/g, "'")}"`,
        `  x-axis [${labels}]`,
        `  y-axis "${yLabel}" 0 --> ${top}`,
        body,
        '```',
        '',
        caption(lines),
    ].join('\n');
}
/** paletteDirective: Mermaid gives the nth line the palette's nth colour, so the palette is the lines' colours in order. */
function paletteDirective(lines) {
    const palette = lines.map((l) => COLOURS[l.colour]).join(', ');
    return `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`;
}
/**
 * caption: the legend xychart lacks, in drawing order. With a limit drawn it adds that an SLO is
 * judged over the whole measured window, so that a point above its line is not read as a failure.
 */
function caption(lines) {
    const names = lines.map((l) => `${l.name} **${l.colour}**`).join(' · ');
    return lines.some((l) => l.limit) ? `Lines: ${names}. An SLO holds for the whole measured window, not for each point.` : `Lines: ${names}.`;
}
function round(value) {
    return value >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}
/** niceCeiling rounds an axis maximum up to 1, 2 or 5 times a power of ten. */
function niceCeiling(value) {
    const power = 10 ** Math.floor(Math.log10(value));
    for (const step of [1, 2, 5, 10])
        if (step * power >= value)
            return step * power;
    return 10 * power;
}

;// CONCATENATED MODULE: ./src/report/summary-charts.ts
// The job summary's charts: latency and throughput over the seconds under load, each SLO limit
// that applies to a drawn line as a flat line of its own, and the same series as a table. Pure.



const DRAWN_PERCENTILES = (/* unused pure expression or super */ null && (['p50', 'p95', 'p99']));
function summary_charts_chartSections(report) {
    const points = downsample(secondsUnderLoad(report.timeseries, report.durationSeconds));
    if (points.length < 2)
        return [];
    const width = points[0].seconds;
    const per = width > 1 ? ` (per ${width}s)` : '';
    const latency = mermaidChart(`Latency (ms)${per}`, 'ms', points, latencyLines(report, points));
    const throughput = mermaidChart(`Throughput and errors (per s)${per}`, 'per second', points, throughputLines(report, points));
    return ['### Latency over time', latency, '### Throughput over time', throughput, seriesTable(report, points, per)];
}
function latencyLines(report, points) {
    const measured = DRAWN_PERCENTILES.map((key, i) => ({ name: key, colour: DATA_COLOURS[i], values: points.map((p) => p[key]) }));
    const limits = DRAWN_PERCENTILES.flatMap((key) => {
        const threshold = report.plan.thresholds[key];
        return threshold ? [{ name: `${key} SLO ≤ ${ms(threshold.value)}`, value: threshold.value }] : [];
    });
    return [...measured, ...limits.map((l, i) => flat(l.name, i, l.value, points))];
}
function throughputLines(report, points) {
    const floor = report.plan.thresholds.throughput;
    return [
        { name: 'requests/s', colour: DATA_COLOURS[0], values: points.map((p) => p.requestsPerSecond) },
        { name: 'errors/s', colour: DATA_COLOURS[1], values: points.map((p) => p.errorsPerSecond) },
        // The throughput SLO counts successful requests only (slo/checks.ts): its line is a floor under requests/s less errors/s.
        ...(floor ? [flat(`throughput SLO ≥ ${rps(floor.value)} successful req/s`, 0, floor.value, points)] : []),
    ];
}
/** flat: an SLO limit drawn as a constant line, in the nth limit colour. */
function flat(name, nth, value, points) {
    return { name, colour: LIMIT_COLOURS[nth % LIMIT_COLOURS.length], values: points.map(() => value), limit: true };
}
function seriesTable(report, points, per) {
    const open = report.plan.model === 'open';
    const headers = ['time', 'req/s', 'errors/s', 'p50', 'p95', 'p99', open ? 'arrivals/s' : 'users', ...(open ? ['dropped'] : [])];
    const rows = points.map((p) => [
        `${clock(p.startSecond)}${p.warmup ? ' (warm-up)' : ''}`,
        rps(p.requestsPerSecond),
        rps(p.errorsPerSecond),
        ms(p.p50),
        ms(p.p95),
        ms(p.p99),
        open ? rps(p.arrivalsPerSecond) : count(p.users),
        ...(open ? [count(p.dropped)] : []),
    ]);
    const left = report.timeseries.length - points.reduce((sum, p) => sum + p.seconds, 0);
    const after = left > 0 ? `; the last ${left === 1 ? 'second' : `${left} seconds`}, not wholly under load, ${left === 1 ? 'is' : 'are'} left out (results.json keeps every second)` : '';
    return `<details><summary>The same series as a table${per}: p50 is the request-weighted mean, p95 and p99 the highest second${after}</summary>\n\n${markdownTable(headers, rows, new Set([1, 2, 3, 4, 5, 6, 7]))}\n\n</details>`;
}

// EXTERNAL MODULE: ./src/report/sections.ts
var sections = __webpack_require__(43844);
;// CONCATENATED MODULE: ./src/report/job-summary.ts
// The GitHub job summary: the verdict and why, first; then the SLO table, endpoints, charts with
// their numbers, responses, the plan that ran, and where the full report is. Pure: markdown out.
// GitHub refuses summaries over 1 MiB per step, so long lists are cut to what matters and the
// series is downsampled; a 100-endpoint, one-hour run stays far below the limit.






/** MAX_ENDPOINT_ROWS: beyond this, the table shows the worst endpoints and says how many are left out. */
const MAX_ENDPOINT_ROWS = 50;
const BANNER = {
    pass: '## ✅ Load test passed',
    fail: '## ❌ Load test failed',
    inconclusive: '## ⚠️ Load test inconclusive',
};
function job_summary_renderJobSummary(report, context) {
    const parts = [];
    const where = report.environment ? ` · ${report.environment}` : '';
    const banner = report.shard && report.status === 'completed' ? `## 🧩 Shard ${report.shard.index} of ${report.shard.count} delivered its share (provisional: ${report.verdict})` : BANNER[report.verdict];
    parts.push(context.cancelled ? `## ⚠️ Load test cancelled: partial report${where}` : `${banner}${where}`);
    parts.push([...report.reasons, ...(report.generator.delayNote ? [`_${report.generator.delayNote}_`] : [])].map((r) => `> ${r}`).join('\n>\n'));
    const shard = shardLine(report);
    if (shard)
        parts.push(`**${shard}**`);
    const decided = decisionTimeLine(report);
    if (decided)
        parts.push(decided);
    const rollback = rollbackLine(report);
    if (rollback)
        parts.push(`**${rollback.split('\n')[0]}**${rollback.includes('\n') ? `\n\n\`\`\`\n${rollback.split('\n').slice(1).join('\n')}\n\`\`\`` : ''}`);
    if (report.status === 'unreachable') {
        parts.push(preflightList(report), artifactLine(context.artifact));
        return parts.join('\n\n') + '\n';
    }
    const o = report.overall;
    const protocol = protocolLine(report);
    parts.push(`**Target** ${report.target} · **Load** ${loadDescription(report.plan)}${protocol ? ` · **Protocol** ${protocol}` : ''} · **Measured** ${seconds(report.measuredSeconds)} · ` +
        `**Requests** ${count(o.requests)} · **Throughput** ${rps(o.throughputRps)} req/s · **Error rate** ${percent(o.errorRatePercent)} · ` +
        `**p95** ${ms(o.latencyMs.p95)}`);
    if (report.comparison) {
        const c = report.comparison;
        parts.push('### Canary vs production', `Production ${c.production.target}, under the same requests at the same moment. Differences are canary − production, each with its confidence interval.`, canaryConfidenceLine(report), markdownTable(COMPARISON_HEADERS, comparisonRows(report, MAX_ENDPOINT_ROWS)));
    }
    parts.push(...regressionMarkdown(report, MAX_ENDPOINT_ROWS));
    if (report.checks.length > 0)
        parts.push('### SLOs', markdownTable(CHECK_HEADERS, checkRows(report)));
    parts.push(...tracesMarkdown(report, { limit: SHOWN_TRACES, onlyWhenWrong: false, level: '###' }));
    parts.push('### Endpoints', endpointTable(report), 'Latencies are measured from each request\'s intended start time.');
    parts.push(...chartSections(report));
    parts.push('### Responses', responses(report));
    if (report.resources) {
        parts.push('### Target resources under load');
        if (resourceRows(report).length)
            parts.push(markdownTable(RESOURCE_HEADERS, resourceRows(report), RESOURCE_NUMERIC));
        if (report.resources.errors.length)
            parts.push(resourceErrors(report).join('\n\n'));
    }
    parts.push('### Load generator', [generatorSummary(report), ...[...report.generator.shortfall, ...report.generator.distortion, ...(report.generator.notes ?? [])].map((f) => `- ${f}`)].join('\n\n'));
    parts.push(planDetails(report), artifactLine(context.artifact));
    return parts.join('\n\n') + '\n';
}
function endpointTable(report) {
    const endpoints = report.endpoints;
    const shown = endpoints.length <= MAX_ENDPOINT_ROWS ? endpoints : [...endpoints].sort(worstFirst).slice(0, MAX_ENDPOINT_ROWS);
    const row = (e, name, share) => [name, share, count(e.requests), count(e.errors), percent(e.errorRatePercent), rps(e.throughputRps), ms(e.latencyMs.p50), ms(e.latencyMs.p95), ms(e.latencyMs.p99), ms(e.latencyMs.max)];
    const rows = shown.map((e) => row(e, e.name, shareText(e.weight)));
    if (endpoints.length > 1)
        rows.push(row(report.overall, '**all endpoints**', '100%'));
    const table = markdownTable(ENDPOINT_HEADERS, rows, ENDPOINT_NUMERIC);
    const left = endpoints.length - shown.length;
    const checked = responseCheckRows(report);
    const checks = checked.length > 0 ? `\n\n${markdownTable(RESPONSE_CHECK_HEADERS, checked.slice(0, MAX_ENDPOINT_ROWS), RESPONSE_CHECK_NUMERIC)}${checked.length > MAX_ENDPOINT_ROWS ? `\n\n${checked.length - MAX_ENDPOINT_ROWS} more checks are in results.json.` : ''}` : '';
    return (left > 0 ? `${table}\n\nThe ${MAX_ENDPOINT_ROWS} endpoints with the most errors and slowest p95 are shown; ${left} more are in results.json.` : table) + checks;
}
/** worstFirst orders endpoints by error rate, then by p95: the rows a reader needs when not all fit. */
function worstFirst(a, b) {
    return b.errorRatePercent - a.errorRatePercent || b.latencyMs.p95 - a.latencyMs.p95;
}
function responses(report) {
    const statuses = Object.entries(report.overall.statusCodes);
    const errors = Object.entries(report.overall.errorCodes);
    const rows = [
        ...statuses.map(([status, n]) => [`HTTP ${status}`, count(n), '']),
        ...errors.map(([code, n]) => [`\`${code}\``, count(n ?? 0), ERROR_CODE_MEANING[code]]),
    ];
    return rows.length === 0 ? 'No responses.' : markdownTable(['Status or error', 'Count', 'Meaning'], rows, new Set([1]));
}
function planDetails(report) {
    const p = report.plan;
    const thresholds = Object.entries(p.thresholds).map(([k, t]) => `${k} ${t.value} (${t.source})`);
    const rows = [
        ['target', p.target],
        ['environment', p.environment ?? '(none)'],
        ['config', p.configFile ?? '(none)'],
        ['load', loadDescription(p)],
        ['endpoints', p.endpoints.map((e) => `${e.method} ${e.path || '/'} ${Math.round(e.weight * 1000) / 10}%`).slice(0, 20).join(', ') + (p.endpoints.length > 20 ? `, … ${p.endpoints.length - 20} more` : '')],
        ['thresholds', thresholds.join(', ') || '(none)'],
        ['headers', Object.keys(p.headers).map((h) => `${h}: ***`).join(', ') || '(none)'],
        ['timeout · seed', `${ms(p.timeoutMs)} · ${p.seed}`],
        ...(p.httpVersion ? [['http_version', `${p.httpVersion}${p.httpVersion === '1.1' ? '' : ` (HTTP/2: up to ${p.maxStreamsPerConnection} streams per connection)`}`]] : []),
    ];
    return `<details><summary>The plan that ran</summary>\n\n${markdownTable(['setting', 'value'], rows)}\n\n</details>`;
}
function preflightList(report) {
    return report.preflight.map((s) => `- ${s.what}: ${s.ok ? 'ok' : s.detail} (${s.attempts} attempt${s.attempts === 1 ? '' : 's'})`).join('\n');
}
function artifactLine(artifact) {
    if (!artifact.uploaded)
        return `📦 Report artifact not uploaded: ${artifact.reason}. The files are in the report directory on the runner.`;
    const charts = '📊 Charts: open `report.html` from the artifact; it works offline.';
    return artifact.url ? `📦 Full report: [${artifact.name}](${artifact.url}) (report.html, results.json, performance_report.md, deployment_report.md)\n\n${charts}` : `📦 Full report: artifact **${artifact.name}**\n\n${charts}`;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/console.ts
var console = __webpack_require__(39475);
// EXTERNAL MODULE: ./src/ports/hooks.ts
var hooks = __webpack_require__(40856);
;// CONCATENATED MODULE: ./src/report/rollout.ts
// Renderings of a rollout: the stages and where it stopped first, then the stage that decided it.
// Each stage's own run is rendered by the run renderers.






const STAGE_HEADERS = ['Stage', 'Traffic', 'Duration', 'Verdict', 'Requests', 'p95', 'Error rate', 'Hooks'];
const STAGE_MARK = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚠️ inconclusive', skipped: '— not reached' };
function stageRows(report) {
    return report.stages.map((s, i) => [
        `${i + 1}. ${s.name}`,
        `${s.percentage}%`,
        (0,format/* seconds */.YA)(s.durationSeconds),
        STAGE_MARK[s.verdict],
        s.run ? (0,format/* count */.U9)(s.run.overall.requests) : '',
        s.run ? (0,format.ms)(s.run.overall.latencyMs.p95) : '',
        s.run ? (0,format/* percent */.KN)(s.run.overall.errorRatePercent) : '',
        s.hooks.map((h) => `${h.name} ${h.ok ? 'ok' : 'FAILED'}`).join(', '),
    ]);
}
function banner(report) {
    if (report.status === 'promoted')
        return '✅ ROLLOUT PROMOTED';
    return `${format/* VERDICT_BADGE */.Qw[report.verdict]}: rollout ${report.status}${report.haltedAt ? ` at ${report.haltedAt}` : ''}`;
}
/** decisive is the stage whose run decided the rollout: where it halted, else the last one run. */
function decisive(report) {
    return report.stages.find((s) => s.name === report.haltedAt && s.run) ?? [...report.stages].reverse().find((s) => s.run);
}
/** decisiveRun is that stage's run, as the rollout's metrics (outputs, Prometheus, Slack); null when no stage ran. */
function decisiveRun(report) {
    return decisive(report)?.run ?? null;
}
/** rolloutRollback is sections' rollbackLine naming every step of a rollout's rollback: the shift back to 0%, the on-rollback hook, the method. */
function rolloutRollback(report) {
    const r = report.rollback;
    if (!r.triggered)
        return null;
    const ran = (name) => report.hooks.some((h) => h.name === name);
    const steps = [ran(hooks/* SHIFT_BACK */.FN) && 'traffic back to 0%', ran('on-rollback') && 'on-rollback hook', r.method].filter((s) => Boolean(s));
    const how = steps.join(', ') || 'rollback';
    return r.ok ? `↩️ Auto-rollback triggered (${how}): ${r.detail.split('\n')[0]}` : `🚨 AUTO-ROLLBACK FAILED (${how}): ${r.detail}`;
}
/** renderConsoleResult: the verdict for a terminal, whichever kind of report it is. */
function renderConsoleResult(report) {
    return report.mode === 'rollout' ? renderRolloutConsole(report) : (0,console/* renderSummary */.Br)(report);
}
function renderRolloutConsole(report) {
    const lines = [banner(report), ...report.reasons.map((r) => `  - ${r}`)];
    const rollback = rolloutRollback(report);
    if (rollback)
        lines.push(rollback);
    const widths = STAGE_HEADERS.map((h, i) => Math.max(h.length, ...stageRows(report).map((r) => r[i].length)));
    lines.push('', [STAGE_HEADERS, ...stageRows(report)].map((row) => row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n'));
    for (const hook of report.hooks)
        lines.push(`hook ${hook.name}: ${hook.ok ? 'ok' : 'FAILED'} (${hook.what}) ${hook.detail.split('\n')[0]}`);
    return lines.join('\n');
}
function renderRolloutMarkdown(report) {
    const parts = [`# Progressive rollout: ${banner(report)}`, '', `**Target:** ${report.target}  `, `**Environment:** ${report.environment ?? '(none)'}  `, `**Started:** ${report.startedAt}`, ''];
    parts.push(...report.reasons.map((r) => `- ${r}`), '');
    const rollback = rolloutRollback(report);
    if (rollback)
        parts.push(rollback, '');
    parts.push('## Stages', '', (0,format/* markdownTable */.Qj)(STAGE_HEADERS, stageRows(report)), '');
    const hooks = [...report.hooks, ...report.stages.flatMap((s) => s.hooks)];
    if (hooks.length > 0)
        parts.push('## Hooks', '', ...hooks.map((h) => `- **${h.name}** ${h.ok ? 'ok' : 'FAILED'} in ${h.durationMs}ms: ${h.what}\n\n  \`\`\`\n  ${h.detail.replace(/\n/g, '\n  ')}\n  \`\`\``), '');
    for (const [i, stage] of report.stages.entries()) {
        if (!stage.run)
            continue;
        parts.push(`## Stage ${i + 1}: ${stage.name} (${stage.percentage}%)`, '', (0,markdown/* renderMarkdown */.G)(stage.run).replace(/^(#+) /gm, '#$1 '), '');
    }
    return parts.join('\n');
}
function renderRolloutJobSummary(report, context) {
    const heading = report.status === 'promoted' ? '## ✅ Rollout promoted' : `## ${report.verdict === 'fail' ? '❌' : '⚠️'} Rollout ${report.status}${report.haltedAt ? ` at ${report.haltedAt}` : ''}`;
    const parts = [context.cancelled ? '## ⚠️ Rollout cancelled: partial report' : heading, report.reasons.map((r) => `> ${r}`).join('\n>\n')];
    const rollback = rolloutRollback(report);
    if (rollback)
        parts.push(`**${rollback.split('\n')[0]}**`);
    parts.push('### Stages', markdownTable(STAGE_HEADERS, stageRows(report)));
    const stage = decisive(report);
    if (stage?.run)
        parts.push(`### ${report.status === 'promoted' ? 'Last stage' : 'The stage that stopped it'}: ${stage.name}`, renderJobSummary(stage.run, context).replace(/^(#+) /gm, '#$1 '));
    return parts.join('\n\n') + '\n';
}
function renderRolloutDeploymentEntry(report) {
    const stage = decisive(report);
    return [
        '## 📊 Load Test Performance Results',
        '',
        `**Timestamp:** ${report.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}  `,
        `**Status:** ${format/* VERDICT_BADGE */.Qw[report.verdict]}  `,
        `**Environment:** ${report.environment ?? '(none)'}  `,
        `**Target:** ${report.target}  `,
        `**Rollout:** ${report.stages.map((s) => `${s.percentage}% ${STAGE_MARK[s.verdict].split(' ')[0]}`).join(' → ')} (${report.status}${report.haltedAt ? ` at ${report.haltedAt}` : ''})  `,
        `**${report.verdict === 'pass' ? 'Pass' : 'Fail'} reason:** ${report.reasons.join('; ')}  `,
        `**Auto-rollback Triggered:** ${report.rollback.triggered ? 'Yes' : 'No'}  `,
        ...(report.rollback.triggered ? [`**Rollback:** ${report.rollback.ok ? '' : 'FAILED: '}${report.rollback.detail.split('\n')[0]}  `] : []),
        '',
        ...(stage?.run ? [`### Performance Metrics (${stage.name})`, '', (0,format/* markdownTable */.Qj)(['Metric', 'Value', 'Unit'], (0,sections/* metricRows */.IN)(stage.run), new Set([1])), ''] : []),
        '---',
        '',
    ].join('\n');
}


/***/ }),

/***/ 43844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ protocolLine),
/* harmony export */   CZ: () => (/* binding */ CHECK_HEADERS),
/* harmony export */   Cy: () => (/* binding */ ENDPOINT_NUMERIC),
/* harmony export */   Dj: () => (/* binding */ RESPONSE_CHECK_NUMERIC),
/* harmony export */   Gv: () => (/* binding */ NOT_JUDGED),
/* harmony export */   HN: () => (/* binding */ statusSummary),
/* harmony export */   Hs: () => (/* binding */ rollbackLine),
/* harmony export */   IN: () => (/* binding */ metricRows),
/* harmony export */   Lf: () => (/* binding */ endpointRows),
/* harmony export */   Lu: () => (/* binding */ shareText),
/* harmony export */   N5: () => (/* binding */ errorSummary),
/* harmony export */   Uu: () => (/* binding */ checkRows),
/* harmony export */   VC: () => (/* binding */ loadDescription),
/* harmony export */   Vs: () => (/* binding */ comparisonRows),
/* harmony export */   d: () => (/* binding */ shardLine),
/* harmony export */   eb: () => (/* binding */ generatorSummary),
/* harmony export */   fc: () => (/* binding */ renderMergeSources),
/* harmony export */   fg: () => (/* binding */ responseCheckRows),
/* harmony export */   iO: () => (/* binding */ decisionTimeLine),
/* harmony export */   j9: () => (/* binding */ ENDPOINT_HEADERS),
/* harmony export */   q6: () => (/* binding */ RESPONSE_CHECK_HEADERS),
/* harmony export */   qe: () => (/* binding */ resourceRows),
/* harmony export */   th: () => (/* binding */ familyConfidenceLine),
/* harmony export */   tp: () => (/* binding */ canaryConfidenceLine),
/* harmony export */   ty: () => (/* binding */ RESOURCE_NUMERIC),
/* harmony export */   ue: () => (/* binding */ RESOURCE_HEADERS),
/* harmony export */   wA: () => (/* binding */ resourceErrors),
/* harmony export */   xC: () => (/* binding */ COMPARISON_HEADERS)
/* harmony export */ });
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34529);
/* harmony import */ var _client_outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5847);
/* harmony import */ var _client_protocol_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55923);
/* harmony import */ var _slo_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4435);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12011);
// The rows every human-facing report shows, computed once from a RunReport; the text and markdown
// renderers only lay them out.





const CHECK_HEADERS = ['SLO', 'Endpoint', 'Threshold', 'Actual', 'Result'];
function checkRows(report) {
    return report.checks.map((c) => [
        _slo_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .METRIC_LABEL */ .SM[c.metric],
        c.endpoint ?? 'all',
        `${(0,_slo_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .isMinimum */ .pP)(c.metric) ? '≥' : '≤'} ${(0,_slo_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(c.metric, c.threshold)}`,
        c.closeCall && c.interval ? `${(0,_slo_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(c.metric, c.actual)} (${(0,_slo_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(c.metric, c.interval.low)} to ${(0,_slo_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(c.metric, c.interval.high)}: too close to call)` : (0,_slo_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(c.metric, c.actual),
        c.passed ? '✅ pass' : report.untrusted.some((u) => u.metric === c.metric && u.endpoint === c.endpoint) ? '⚠️ not judged' : '❌ fail',
    ]);
}
const ENDPOINT_HEADERS = ['Endpoint', 'Share', 'Requests', 'Errors', 'Error rate', 'req/s', 'p50', 'p95', 'p99', 'Max'];
const ENDPOINT_NUMERIC = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]);
function endpointRows(report) {
    const row = (e, name, share) => [
        name,
        share,
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(e.requests),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(e.errors),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .percent */ .KN)(e.errorRatePercent),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .rps */ ._m)(e.throughputRps),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__.ms)(e.latencyMs.p50),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__.ms)(e.latencyMs.p95),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__.ms)(e.latencyMs.p99),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_3__.ms)(e.latencyMs.max),
    ];
    const rows = report.endpoints.map((e) => row(e, e.name, shareText(e.weight)));
    if (report.endpoints.length > 1)
        rows.push(row(report.overall, 'all endpoints', '100%'));
    return rows;
}
/** shareText: an endpoint's planned share of requests; an on_start step's depends on how many users start ("per user"). */
function shareText(weight) {
    return weight === 0 ? 'per user' : `${Math.round(weight * 1000) / 10}%`;
}
const RESPONSE_CHECK_HEADERS = ['Step', 'Check', 'Passed', 'Failed', 'Pass rate'];
const RESPONSE_CHECK_NUMERIC = new Set([2, 3, 4]);
/** responseCheckRows: each step's checks (expect) with their pass rate over the measured responses; none when nothing is checked. */
function responseCheckRows(report) {
    return report.endpoints.flatMap((e) => (e.checks ?? []).map((c) => {
        const total = c.passed + c.failed;
        return [e.name, c.name, (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(c.passed), (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(c.failed), total === 0 ? 'no responses' : (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .percent */ .KN)((c.passed / total) * 100)];
    }));
}
/** metricRows is the seeds' "Performance Metrics" table: Metric, Value, Unit. */
function metricRows(report) {
    const o = report.overall;
    return [
        ['Total Requests', (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(o.requests), 'requests'],
        ['Duration', report.measuredSeconds.toFixed(1), 'seconds'],
        ['Throughput', (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .rps */ ._m)(o.throughputRps), 'req/sec'],
        ['Error Rate', o.errorRatePercent.toFixed(2), '%'],
        ['P50 Latency', o.latencyMs.p50.toFixed(1), 'ms'],
        ['P95 Latency', o.latencyMs.p95.toFixed(1), 'ms'],
        ['P99 Latency', o.latencyMs.p99.toFixed(1), 'ms'],
    ];
}
function statusSummary(report) {
    const entries = Object.entries(report.overall.statusCodes);
    return entries.length === 0 ? 'none' : entries.map(([status, n]) => `${status} ×${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(n)}`).join(' · ');
}
function errorSummary(report) {
    const broke = Object.entries(report.overall.protocolReasons ?? {}).map(([reason, n]) => `${reason} ×${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(n)}`);
    const why = (code) => {
        const reasons = Object.entries(report.overall.failureReasons?.[code] ?? {});
        if (reasons.length === 0)
            return '';
        const shown = reasons.slice(0, 5).map(([reason, n]) => `${reason} ×${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(n)}`);
        return ` (${shown.join(', ')}${reasons.length > 5 ? `, ${reasons.length - 5} more in results.json` : ''})`;
    };
    return Object.entries(report.overall.errorCodes).map(([code, n]) => `${code} ×${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(n ?? 0)} — ${_client_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .ERROR_CODE_MEANING */ .Tu[code]}${code === 'protocol' && broke.length ? ` (${broke.join(', ')})` : why(code)}`);
}
/** armProtocolText: "HTTP/2 (h2 by ALPN), 1 connection, up to 100 streams each". */
function armProtocolText(p) {
    const streams = p.streamsPerConnection !== null ? `, up to ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(p.streamsPerConnection)} stream${p.streamsPerConnection === 1 ? '' : 's'} each` : '';
    return `${(0,_client_protocol_js__WEBPACK_IMPORTED_MODULE_4__/* .describeProtocol */ .cZ)(p)}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(p.connections)} connection${p.connections === 1 ? '' : 's'}${streams}`;
}
/**
 * protocolLine: which HTTP each target's load actually went over, as settled at its pre-flight
 * (a canary and production may differ); null when no load was sent or the file predates HTTP/2.
 */
function protocolLine(report) {
    if (!report.protocol)
        return null;
    const production = report.comparison?.production.protocol;
    if (!report.comparison)
        return armProtocolText(report.protocol);
    return `canary ${armProtocolText(report.protocol)} · production ${production ? armProtocolText(production) : 'not known'}`;
}
/** loadDescription: "50 virtual users, sustained, 60s (10s warm-up)" or "200 arrivals/s, ramp-up, 5 min". */
function loadDescription(p) {
    const level = p.model === 'closed' ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(p.peakUsers)} virtual user${p.peakUsers === 1 ? '' : 's'}` : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .rps */ ._m)(p.peakRate ?? 0)} arrivals/s (up to ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(p.maxInFlight)} in flight)`;
    const extras = [p.thinkTimeMs && `think time ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__.ms)(p.thinkTimeMs.min)}–${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__.ms)(p.thinkTimeMs.max)}`, p.burst && `bursts of ${p.burst.size}, pauses ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__.ms)(p.burst.pauseMs.min)}–${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__.ms)(p.burst.pauseMs.max)}`].filter(Boolean);
    const warmup = p.warmupSeconds > 0 ? ` (first ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(p.warmupSeconds)} warm-up, not judged)` : '';
    return `${level}, ${p.pattern}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(p.durationSeconds)}${warmup}${extras.length ? `, ${extras.join(', ')}` : ''}`;
}
function generatorSummary(report) {
    const g = report.generator;
    const arrivals = report.arrivals ? ` · arrivals ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(report.arrivals.scheduled)}, dropped ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(report.arrivals.dropped)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .percent */ .KN)(report.arrivals.droppedPercent)})` : '';
    const added = g.addedDelayMs ? ` · added at most ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__.ms)(g.addedDelayMs.p50)} / ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__.ms)(g.addedDelayMs.p95)} / ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__.ms)(g.addedDelayMs.p99)} to 50 / 95 / 99% of judged responses` : '';
    return `event-loop lag p99 ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__.ms)(g.eventLoopLagMs.p99)} (max ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__.ms)(g.eventLoopLagMs.max)})${added} · CPU ${g.cpuPercent}% of a core · peak RSS ${g.peakRssMb} MB · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(g.connectionsOpened)} connections${arrivals}${g.interruptedRequests ? ` · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(g.interruptedRequests)} requests cut at the end` : ''}`;
}
const COMPARISON_HEADERS = ['Metric', 'Scope', 'Production', 'Canary', 'Difference (CI)', 'n canary / prod', 'Rule', 'Verdict'];
const VERDICT_MARK = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚠️ inconclusive' };
/** NOT_JUDGED: an advisory metric beyond what the run could resolve; it holds nothing. */
const NOT_JUDGED = '➖ not judged (advisory)';
/**
 * comparisonRows lays out canary-vs-production results. `limit` keeps every whole-run row and the
 * endpoint rows that did not pass first, then the rest, up to that many endpoint rows.
 */
function comparisonRows(report, limit = Infinity) {
    const results = report.comparison?.results ?? [];
    const overall = results.filter((r) => r.scope === null);
    const endpoints = results.filter((r) => r.scope !== null).sort((a, b) => rank(a) - rank(b)).slice(0, limit);
    return [...overall, ...endpoints].map((r) => {
        const f = (v) => (r.metric === 'error_rate' ? `${v.toFixed(2)}%` : (0,_format_js__WEBPACK_IMPORTED_MODULE_3__.ms)(v));
        const d = (v) => (r.metric === 'error_rate' ? `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)} pp` : `${v >= 0 ? '+' : '−'}${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__.ms)(Math.abs(v))}`);
        const interval = r.low === null || r.high === null ? '' : ` (${d(r.low)} … ${d(r.high)})`;
        return [r.metric === 'error_rate' ? 'error rate' : r.metric, r.scope ?? 'all', f(r.production), f(r.canary), `${d(r.difference)}${interval}`, `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(r.nCanary)} / ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(r.nProduction)}`, r.rule, r.advisory && r.verdict === 'inconclusive' && !r.generatorHeld ? NOT_JUDGED : VERDICT_MARK[r.verdict]];
    });
}
/**
 * familyConfidenceLine: why a comparison states one confidence ("98%") while each of its reasons
 * gives a higher one ("99.5% CI"). Both are right: the stated confidence holds for all the tests
 * together, so slo/compare/judge.ts gives each test a share of its error (Bonferroni), and each
 * test's interval is at that stricter level. `levels` are the per-test levels, by scope, when the
 * report keeps them; without them the line says only that they are higher.
 */
function familyConfidenceLine(confidence, levels = { run: [], endpoints: [] }) {
    const shown = (values) => [...new Set(values.filter(Number.isFinite).map(pct))].join(' or ');
    const run = shown(levels.run);
    const endpoints = shown(levels.endpoints);
    const each = run && endpoints && run !== endpoints ? `${run} for the whole run, ${endpoints} for an endpoint` : run || endpoints || 'a higher level';
    return `_${pct(confidence)} is the confidence of all the tests together: each test gets a share of the ${pct(1 - confidence)} error (Bonferroni), so its own interval is at ${each}._`;
}
/** canaryConfidenceLine: familyConfidenceLine for a canary's comparison, with the levels its results kept. */
function canaryConfidenceLine(report) {
    const c = report.comparison;
    if (!c)
        return null;
    const levels = (run) => c.results.filter((r) => (r.scope === null) === run).map((r) => r.intervalConfidence);
    return familyConfidenceLine(c.confidence, { run: levels(true), endpoints: levels(false) });
}
function rank(r) {
    return r.verdict === 'fail' ? 0 : r.verdict === 'inconclusive' ? 1 : 2;
}
/** rollbackLine says whether the gate rolled back, loudly when the rollback itself failed. */
function rollbackLine(report) {
    const r = report.rollback;
    if (!r.triggered)
        return null;
    const how = r.method ?? 'on-rollback hook';
    return r.ok ? `↩️ Auto-rollback triggered (${how}): ${r.detail.split('\n')[0]}` : `🚨 AUTO-ROLLBACK FAILED (${how}): ${r.detail}`;
}
const RESOURCE_HEADERS = ['Source', 'Container / pod / process', 'CPU min', 'CPU avg', 'CPU max', 'Memory avg', 'Memory max', 'Memory of limit, max'];
const RESOURCE_NUMERIC = new Set([2, 3, 4, 5, 6, 7]);
/** resourceRows: what each container, pod or process did under load (the measured window). */
function resourceRows(report) {
    const pct = (v) => (v === undefined ? '' : `${v}%`);
    const mb = (v) => (v === undefined ? '' : `${v} MB`);
    return (report.resources?.series ?? []).map((s) => [s.source, s.name, pct(s.cpuPercent?.min), pct(s.cpuPercent?.avg), pct(s.cpuPercent?.max), mb(s.memoryMb?.avg), mb(s.memoryMb?.max), pct(s.memoryPercent?.max)]);
}
/** resourceErrors: a line per source that could not be read. */
function resourceErrors(report) {
    return (report.resources?.errors ?? []).map((e) => `⚠️ could not read ${e}`);
}
/** shardLine: a shard's report says that its verdict is provisional; a merged one, what it was merged from. */
function shardLine(report) {
    if (report.shard)
        return `Shard ${report.shard.index} of ${report.shard.count} (${Math.round(report.shard.share * 1000) / 10}% of the load): this verdict covers this job's share only and is provisional; the merge judges the whole run.`;
    if (report.merged) {
        const m = report.merged;
        return `Merged from ${m.shards.length} shard${m.shards.length === 1 ? '' : 's'} (${m.shards.map((s) => `#${s.index} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(s.requests)} requests${s.offsetSeconds ? `, started +${s.offsetSeconds}s` : ''}`).join(' · ')}); all ran at once for ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(m.overlapSeconds)}.`;
    }
    return null;
}
/**
 * decisionTimeLine: how long a run that decides early took to decide, and at what confidence
 * ("Decided after 14 s …"), or that it ran to its maximum and what was still open; null otherwise.
 */
function decisionTimeLine(report) {
    const s = report.sequential;
    if (!s || report.status === 'unreachable')
        return null;
    const max = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(s.looksSeconds[s.looksSeconds.length - 1]);
    const levels = [s.confidence.canary !== null && `${pct(s.confidence.canary)} against production`, s.confidence.baseline !== null && `${pct(s.confidence.baseline)} against the baseline`, `${pct(s.confidence.checks)} for thresholds`].filter(Boolean).join(', ');
    const how = `decide_early${s.why === 'canary default' ? ', on by default for a canary' : ''}: ${s.looksSeconds.length} look${s.looksSeconds.length === 1 ? '' : 's'} from ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(s.looksSeconds[0])}, each at ${levels}, so that all of them together keep the stated confidence`;
    if (s.decidedAtSeconds !== null)
        return `Decided after ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(s.decidedAtSeconds)} of a maximum ${max}, at look ${s.looksTaken} (${how}).`;
    if (report.status !== 'completed')
        return `Not decided before the run was ${report.status} (${how}).`;
    const open = s.openAtLastLook.length ? `; still open at the last look before it: ${s.openAtLastLook.slice(0, 3).join('; ')}${s.openAtLastLook.length > 3 ? ` (and ${s.openAtLastLook.length - 3} more)` : ''}` : '';
    return `Ran to its maximum, ${max}: not decided earlier${open} (${how}). The verdict is on the whole run.`;
}
function pct(confidence) {
    return `${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .confidencePercent */ .qx)(confidence)}%`;
}
/** renderMergeSources lists what a merge read, before its summary. */
function renderMergeSources(report) {
    return ['Merging shards', ...(report.merged?.shards ?? []).map((s) => `  shard ${s.index}: ${s.source} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(s.requests)} requests · ${s.peakRate === null ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(s.peakUsers)} users` : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .rps */ ._m)(s.peakRate)} arrivals/s`}${s.offsetSeconds ? ` · started ${s.offsetSeconds}s after the first` : ''}`)].join('\n');
}


/***/ }),

/***/ 12590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ latencyFinding),
/* harmony export */   E2: () => (/* binding */ failedLine),
/* harmony export */   Gl: () => (/* binding */ slowestHeading),
/* harmony export */   JB: () => (/* binding */ slowestFor),
/* harmony export */   Ol: () => (/* binding */ TRACE_NUMERIC),
/* harmony export */   Tc: () => (/* binding */ TRACE_HEADERS),
/* harmony export */   X6: () => (/* binding */ traceCells),
/* harmony export */   qT: () => (/* binding */ tracesMarkdown),
/* harmony export */   rc: () => (/* binding */ traceUrl)
/* harmony export */ });
/* unused harmony export SHOWN_TRACES */
/* harmony import */ var _config_sections_trace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17246);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55285);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12011);
// Trace IDs where people look (load_test.trace): when a latency percentile regressed or broke its SLO,
// the slowest requests' traces, named after what went wrong ("p99 regressed: here are the 10 slowest
// requests' traces"); when requests failed, theirs. Each ID links through load_test.trace_url. Pure:
// the job summary, the PR comment, the regression issue, the markdown and the HTML read it.



/** SHOWN_TRACES: how many traces a summary or comment lists: the 10 a person opens first. */
const SHOWN_TRACES = 10;
/** TAIL_FIRST: the latency percentiles, the far tail first: the one the slowest requests explain best. */
const TAIL_FIRST = ['p999', 'p99', 'p95', 'p90', 'p50'];
const LABEL = { p50: 'p50', p90: 'p90', p95: 'p95', p99: 'p99', p999: 'p99.9' };
/**
 * latencyFinding: the latency percentile that regressed from the baseline, was worse than
 * production (a canary), or broke its SLO, in that order; of several, the whole run's before an
 * endpoint's and the far tail first. Null when no latency went wrong.
 */
function latencyFinding(report) {
    const first = (items, scope) => {
        const latency = items.filter((i) => TAIL_FIRST.includes(i.metric));
        const rank = (i) => (scope(i) === null ? 0 : TAIL_FIRST.length) + TAIL_FIRST.indexOf(i.metric);
        return latency.sort((a, b) => rank(a) - rank(b))[0];
    };
    const regressed = first(report.regression?.rows.filter((r) => r.verdict === 'fail') ?? [], (r) => r.scope);
    if (regressed)
        return { metric: regressed.metric, scope: regressed.scope, how: 'regressed' };
    const canary = first(report.comparison?.results.filter((r) => r.verdict === 'fail') ?? [], (r) => r.scope);
    if (canary)
        return { metric: canary.metric, scope: canary.scope, how: 'is worse than production' };
    const broken = first(report.violations, (v) => v.endpoint);
    if (broken)
        return { metric: broken.metric, scope: broken.endpoint, how: 'broke its SLO' };
    return null;
}
/** traceUrl: the link to one trace, or null without load_test.trace_url. */
function traceUrl(traces, traceId) {
    return traces.url === null ? null : traces.url.split(_config_sections_trace_js__WEBPACK_IMPORTED_MODULE_0__/* .TRACE_ID_PLACEHOLDER */ .K).join(traceId);
}
/** slowestFor: the slowest kept requests of `scope` (an endpoint; null: the whole run), slowest first. */
function slowestFor(traces, scope, limit) {
    return traces.slowest.filter((r) => scope === null || r.endpoint === scope).slice(0, limit);
}
/** EXPLAINS_BY_SLOWEST: the far-tail percentiles, which the slowest requests are: a middle percentile they do not explain. */
const EXPLAINS_BY_SLOWEST = new Set(['p99', 'p999']);
/**
 * slowestHeading: "p99 regressed: here are the 10 slowest requests' traces" for the far tail; for a
 * middle percentile, the finding and the traces side by side; a plain title without a finding. A
 * canary's are the canary's requests, and say so.
 */
function slowestHeading(finding, shown, scope) {
    const whose = finding?.how === 'is worse than production' ? "the canary's " : 'the ';
    const requests = `${whose}${shown === 1 ? "slowest request's trace" : `${shown} slowest requests' traces`}${scope ? ` on ${scope}` : ''}`;
    if (!finding)
        return `${requests[0].toUpperCase()}${requests.slice(1)}`;
    const what = `${LABEL[finding.metric] ?? finding.metric}${finding.scope ? ` of ${finding.scope}` : ''} ${finding.how}`;
    return EXPLAINS_BY_SLOWEST.has(finding.metric) ? `${what}: here ${shown === 1 ? 'is' : 'are'} ${requests}` : `${what} · ${requests}`;
}
const TRACE_HEADERS = ['#', 'Endpoint', 'Latency', 'Service time', 'Response', 'Trace'];
const TRACE_NUMERIC = new Set([2, 3]);
/** response: what the request came to: its status, and its error when it failed. */
function responseOf(r) {
    const status = r.status === 0 ? 'no response' : `HTTP ${r.status}`;
    return r.error === null ? status : `${status}, ${r.error}${r.reason ? ` (${r.reason})` : ''}`;
}
/** traceCells: a request's row up to its trace ID, which each format writes as its kind of link. */
function traceCells(r, index) {
    return [String(index + 1), r.endpoint, (0,_format_js__WEBPACK_IMPORTED_MODULE_2__.ms)(r.latencyMs), (0,_format_js__WEBPACK_IMPORTED_MODULE_2__.ms)(r.serviceTimeMs), responseOf(r)];
}
/** markdownId: the ID as a link through trace_url, else as code. */
function markdownId(traces) {
    return (r) => {
        const url = traceUrl(traces, r.traceId);
        // A link's destination ends at a space or an unmatched parenthesis: those are written escaped, as the URL means them.
        return url ? `[\`${r.traceId}\`](${url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})` : `\`${r.traceId}\``;
    };
}
/** failedLine: how many failed requests kept their IDs, how many more failed, and how many never reached the service. */
function failedLine(traces, shown) {
    const kept = traces.failed.length;
    const more = traces.failedOmitted > 0 ? `; ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(traces.failedOmitted)} more failed past each endpoint's share of the ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .FAILED_TRACES_KEPT */ .yw)} kept` : '';
    const listed = kept > shown ? `; the first ${shown} are listed, the rest are in results.json` : '';
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(kept)} failed request${kept === 1 ? '' : 's'} kept ${kept === 1 ? 'its' : 'their'} trace IDs${more}${listed}.${unreachedLine(traces)}`;
}
/** unreachedLine: failed requests with no trace to open, said apart (" 12 more never reached the service …"). */
function unreachedLine(traces) {
    const n = traces.unreached ?? 0;
    return n > 0 ? ` ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .count */ .U9)(n)} more failed before reaching the service (no connection, or a stream it refused or left unprocessed): no trace of ${n === 1 ? 'it' : 'them'} exists, so none is listed.` : '';
}
/** tracesMarkdown: the slowest requests' traces (named after a latency finding when there is one) and the failed ones', as markdown parts. */
function tracesMarkdown(report, options) {
    const traces = report.traces;
    if (!traces)
        return [];
    const finding = latencyFinding(report);
    const id = markdownId(traces);
    const table = (requests) => (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Qj)(TRACE_HEADERS, requests.map((r, i) => [...traceCells(r, i), id(r)]), TRACE_NUMERIC);
    const parts = [];
    if (finding || !options.onlyWhenWrong) {
        // A finding on one endpoint shows that endpoint's slowest; on the whole run, the run's.
        const scope = finding?.scope ?? null;
        const slowest = slowestFor(traces, scope, options.limit);
        if (slowest.length > 0) {
            parts.push(`${options.level} ${slowestHeading(finding, slowest.length, scope)}`);
            parts.push(table(slowest));
        }
    }
    if (traces.failed.length > 0) {
        const failed = traces.failed.slice(0, options.limit);
        parts.push(`${options.level} Failed requests' traces`, failedLine(traces, failed.length), table(failed));
    }
    else if ((traces.unreached ?? 0) > 0)
        parts.push(unreachedLine(traces).trim());
    if (parts.length > 0 && traces.url === null)
        parts.push('_Set `trace_url` (e.g. `https://tempo.example/trace/{trace_id}`) to link these IDs to your tracing UI._');
    return parts;
}


/***/ }),

/***/ 4435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Jn: () => (/* binding */ evaluateChecks),
/* harmony export */   Jv: () => (/* binding */ forShare),
/* harmony export */   SM: () => (/* binding */ METRIC_LABEL),
/* harmony export */   iX: () => (/* binding */ checkOutcomes),
/* harmony export */   pP: () => (/* binding */ isMinimum)
/* harmony export */ });
/* unused harmony exports actualValue, unitOf */
/* harmony import */ var _config_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29311);
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34529);
// Evaluating thresholds: pure, from plain metrics to checks that each carry a sentence a person can
// act on, in the seeds' words ("P95 latency 350.2ms exceeds threshold 250ms").


const METRIC_LABEL = {
    p50: 'P50 latency',
    p90: 'P90 latency',
    p95: 'P95 latency',
    p99: 'P99 latency',
    p999: 'P99.9 latency',
    error_rate: 'Error rate',
    throughput: 'Throughput',
    checks: 'Check pass rate',
    cpu_percent: 'CPU',
    memory_percent: 'Memory',
};
/** actualValue reads the metric a threshold applies to, in the threshold's unit. */
function actualValue(metrics, key) {
    switch (key) {
        case 'error_rate':
            return metrics.errorRatePercent;
        case 'throughput':
            // A minimum throughput is what the service sustained: failed requests (fast 404s, timeouts) are not part of it.
            return metrics.throughputRps * (1 - metrics.errorRatePercent / 100);
        case 'checks': {
            const { passed, total } = checkOutcomes(metrics);
            return total === 0 ? 0 : (passed / total) * 100;
        }
        default:
            return metrics.latencyMs[key];
    }
}
function unitOf(key) {
    return key === 'error_rate' || key === 'checks' || key === 'cpu_percent' || key === 'memory_percent' ? '%' : key === 'throughput' ? 'req/s' : 'ms';
}
/** isMinimum: the threshold is a floor (throughput, the checks' pass rate), not a ceiling. */
function isMinimum(key) {
    return key === 'throughput' || key === 'checks';
}
/** checkOutcomes: how many check outcomes a scope has, and how many passed (every check of every step in it). */
function checkOutcomes(metrics) {
    let passed = 0;
    let total = 0;
    for (const c of metrics.checks ?? []) {
        passed += c.passed;
        total += c.passed + c.failed;
    }
    return { passed, total };
}
/** formatValue prints a value as the seeds do: "350.2ms", "1.2%", "850.5 req/sec". */
function formatValue(key, value) {
    if (key === 'cpu_percent' || key === 'memory_percent')
        return `${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value, 1)}%`;
    if (key === 'error_rate')
        return `${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value, value > 0 && value < 0.01 ? 3 : 2)}%`;
    if (key === 'checks')
        return `${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value, value > 99.9 && value < 100 ? 3 : 2)}%`;
    if (key === 'throughput')
        return `${(0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .round */ .LI)(value, 1)} req/sec`;
    return (0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(value);
}
/** forShare scales a throughput minimum to a shard's share of the load; every other threshold holds for any share. */
function forShare(thresholds, share) {
    if (share === 1 || !thresholds.throughput)
        return thresholds;
    return { ...thresholds, throughput: { ...thresholds.throughput, value: thresholds.throughput.value * share } };
}
/** evaluateChecks applies every threshold: the run's own to the whole, each endpoint's to that endpoint. */
function evaluateChecks(overall, thresholds, endpoints) {
    const checks = [];
    const add = (metrics, set, endpoint) => {
        for (const key of _config_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .THRESHOLD_KEYS */ .Hj) {
            const threshold = set[key];
            if (!threshold || key === 'cpu_percent' || key === 'memory_percent')
                continue;
            // A throughput of 0 is a measurement; a latency, an error rate or a pass rate of nothing is not.
            const nothing = key === 'checks' ? checkOutcomes(metrics).total === 0 : metrics.requests === 0 && key !== 'throughput';
            checks.push(nothing ? noData(key, threshold.value, endpoint, threshold.source) : check(key, threshold.value, actualValue(metrics, key), endpoint, threshold.source));
        }
    };
    add(overall, thresholds, null);
    for (const { metrics, thresholds: own } of endpoints)
        add(metrics, own, metrics.name);
    return checks;
}
function noData(key, threshold, endpoint, source) {
    const subject = endpoint === null ? METRIC_LABEL[key] : `${endpoint}: ${METRIC_LABEL[key]}`;
    const message = `${subject} could not be judged against ${formatValue(key, threshold)}: ${key === 'checks' ? 'no checked responses' : 'no measured requests'}`;
    return { metric: key, endpoint, threshold, actual: 0, unit: unitOf(key), passed: false, noData: true, message, source };
}
function check(key, threshold, actual, endpoint, source) {
    const passed = isMinimum(key) ? actual >= threshold : actual <= threshold;
    const subject = endpoint === null ? METRIC_LABEL[key] : `${endpoint}: ${METRIC_LABEL[key]}`;
    const relation = passed ? (isMinimum(key) ? 'meets minimum' : 'within threshold') : isMinimum(key) ? 'below threshold' : 'exceeds threshold';
    const message = `${subject} ${formatValue(key, actual)} ${relation} ${formatValue(key, threshold)}`;
    return { metric: key, endpoint, threshold, actual, unit: unitOf(key), passed, message, source };
}


/***/ }),

/***/ 68743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ MIN_RUNS_FOR_SPREAD),
/* harmony export */   d: () => (/* binding */ predictionInterval)
/* harmony export */ });
/* harmony import */ var _student_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30991);
// A run against a baseline *history*: where would another run of the same service land? Runs of
// one service differ by more than their own sampling noise (a different machine, a colder cache, a
// neighbour): measured here, the spread across runs was 3–5× what each run's own noise implied, so
// an interval that knows only within-run noise false-alarms on an unchanged service.
//
// Each baseline run i gives the metric's value x_i and the variance of that value from its own
// batches of time, w_i (slo/compare/blocks.ts). With K ≥ 5 runs, their spread s² estimates the
// between-run variance plus the within-run one, so the between-run part is σ_b² = max(0, s² − w̄)
// (the one-way random-effects estimator). The new run y, with its own within-run variance w_y, is
// compared with the history's mean x̄; under no change
//     Var(y − x̄) = σ_b² (1 + 1/K) + w_y + w̄/K,
// and the interval is Student's t on K − 1 degrees of freedom: the prediction interval for a new
// observation (Hahn and Meeker, *Statistical Intervals*, Wiley 1991, ch. 4), with the within-run
// parts known from each run's own batches.
// With a single baseline run there is no spread across runs to measure, and with two to four it says
// little (two runs leave Student's t one degree of freedom). The between-run variance is then taken,
// conservatively, as the variance of one batch of time (B times the variance of the whole run's
// value, from the noisiest of the runs): whatever moves a batch may move a whole run, with the
// batches' degrees of freedom. The report says so. Pure.

/**
 * MIN_RUNS_FOR_SPREAD: the runs a history needs before their own spread is the run-to-run variance;
 * with fewer, the t quantile on K − 1 degrees of freedom is so large (K = 2: 1 degree) that a real
 * regression would read "not enough data", so fewer runs are judged as one is.
 */
const MIN_RUNS_FOR_SPREAD = 5;
/** predictionInterval: this run against the baseline history, at `confidence`; null when neither side can say how noisy it is. */
function predictionInterval(history, subject, confidence) {
    const K = history.length;
    if (K === 0)
        return null;
    const reference = history.reduce((sum, p) => sum + p.value, 0) / K;
    const withins = history.map((p) => p.within).filter((w) => w !== null);
    const wBar = withins.length > 0 ? withins.reduce((a, b) => a + b, 0) / withins.length : subject.within;
    const wY = subject.within ?? wBar;
    if (wBar === null || wY === null)
        return null;
    const tail = (df) => (0,_student_js__WEBPACK_IMPORTED_MODULE_0__/* .studentQuantile */ .F)(1 - (1 - confidence) / 2, df);
    let variance;
    let df;
    let betweenFromBatches = false;
    if (K >= MIN_RUNS_FOR_SPREAD) {
        const s2 = history.reduce((sum, p) => sum + (p.value - reference) ** 2, 0) / (K - 1);
        const between = Math.max(0, s2 - wBar);
        variance = between * (1 + 1 / K) + wY + wBar / K;
        df = K - 1;
    }
    else {
        // Too few runs for their spread to mean much (two runs give Student's t one degree of freedom):
        // a batch of time's variance stands in for the run-to-run variance, from the noisiest run.
        const batchVariance = (within, batches) => (within !== null && batches !== null ? within * batches : 0);
        const between = Math.max(batchVariance(subject.within, subject.batches), ...history.map((p) => batchVariance(p.within, p.batches)));
        variance = between * (1 + 1 / K) + wY + wBar / K;
        df = Math.max(1, Math.min(subject.batches ?? Infinity, ...history.map((p) => p.batches ?? Infinity), 1000) - 1);
        betweenFromBatches = true;
    }
    if (!Number.isFinite(variance))
        return null;
    const half = tail(df) * Math.sqrt(variance);
    const difference = subject.value - reference;
    return { reference, difference, low: difference - half, high: difference + half, runs: K, betweenFromBatches };
}


/***/ }),

/***/ 30991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ studentQuantile)
/* harmony export */ });
/* unused harmony export studentCdf */
// Student's t distribution, for intervals from a handful of batches (slo/compare/blocks.ts): its CDF
// through the regularized incomplete beta function (the continued fraction of Numerical Recipes,
// 2nd ed., §6.4), and its quantile by bisection on that CDF. Exact to well under 1e-6 for the
// degrees of freedom and tail probabilities a gate uses.
/** studentQuantile: t such that P(T ≤ t) = p on `df` degrees of freedom (p in (0, 1), df ≥ 1). */
function studentQuantile(p, df) {
    if (p === 0.5)
        return 0;
    if (p < 0.5)
        return -studentQuantile(1 - p, df);
    let low = 0;
    let high = 1;
    while (studentCdf(high, df) < p)
        high *= 2;
    for (let i = 0; i < 200 && high - low > 1e-10 * high; i++) {
        const mid = (low + high) / 2;
        if (studentCdf(mid, df) < p)
            low = mid;
        else
            high = mid;
    }
    return (low + high) / 2;
}
/** studentCdf: P(T ≤ t) on `df` degrees of freedom. */
function studentCdf(t, df) {
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t >= 0 ? 1 - tail : tail;
}
/** incompleteBeta: the regularized incomplete beta function I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    return x < (a + 1) / (a + b + 2) ? (front * betaFraction(x, a, b)) / a : 1 - (front * betaFraction(1 - x, b, a)) / b;
}
/** betaFraction: the continued fraction for I_x(a, b), by the modified Lentz method. */
function betaFraction(x, a, b) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        for (const numerator of [(m * (b - m) * x) / ((a + m2 - 1) * (a + m2)), (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))]) {
            d = 1 + numerator * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + numerator / c;
            if (Math.abs(c) < tiny)
                c = tiny;
            h *= d * c;
        }
        if (Math.abs(d * c - 1) < 1e-15)
            break;
    }
    return h;
}
/** logGamma: ln Γ(x) for x > 0 (Lanczos, g = 7). */
function logGamma(x) {
    const g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let sum = g[0];
    for (let i = 1; i < 9; i++)
        sum += g[i] / (z + i);
    const t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}


/***/ }),

/***/ 10225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ generatorFindings),
/* harmony export */   D0: () => (/* binding */ delayFor),
/* harmony export */   Y2: () => (/* binding */ uniformDelay)
/* harmony export */ });
/* harmony import */ var _config_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29311);
/* harmony import */ var _config_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58724);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55285);
// Could the generator deliver and measure the load it was asked for? Two kinds of trouble:
// - a shortfall (less load than planned: dropped arrivals, too low a rate) makes a pass meaningless;
// - a delay (a late event loop) adds to latencies measured from the intended start.
// A busy generator is not, by itself, a distorted measurement: the delay it adds is measured and
// bounded here, and the verdict holds a latency breach only when that bound could explain it
// (slo/verdict.ts). A saturated CPU can still hold a throughput minimum, which it does lower.



/** uniformDelay: the same bound at every percentile (a report written before per-percentile bounds: its longest stall). */
function uniformDelay(ms) {
    return { p50: ms, p90: ms, p95: ms, p99: ms, p999: ms };
}
/** generatorFindings: what the facts say of the generator; `vocabulary` names the option a shortfall's way out sets (config/vocabulary.ts). */
function generatorFindings(facts, vocabulary) {
    return { shortfall: shortfalls(facts, vocabulary), addedDelayMs: facts.addedDelayMs, delayShares: facts.delayShares ?? [], saturated: saturation(facts), notes: lagNotes(facts) };
}
/** delayFor: the bound that applies to a latency figure: a higher percentile is moved by rarer stalls. */
function delayFor(added, metric) {
    return _config_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .LATENCY_KEYS */ .SD.includes(metric) ? added[metric] : added.p99;
}
function shortfalls(facts, vocabulary) {
    const found = [];
    if (facts.model !== 'open' || facts.scheduled === 0)
        return found;
    const droppedPercent = (facts.dropped / facts.scheduled) * 100;
    if (droppedPercent > _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_LIMITS */ .ph.maxDroppedPercent) {
        found.push(`${round(droppedPercent)}% of arrivals (${facts.dropped.toLocaleString('en-US')} of ${facts.scheduled.toLocaleString('en-US')}) were dropped because ${facts.maxInFlight.toLocaleString('en-US')} ${facts.flows ? 'flow iterations (think times included) were already running' : 'requests were already in flight'}: raise ${(0,_config_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .optionName */ .fS)(vocabulary, 'load_test.max_in_flight')} or lower the rate`);
    }
    const sent = facts.scheduled - facts.dropped;
    if (facts.plannedArrivals > 0 && sent < facts.plannedArrivals * _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_LIMITS */ .ph.minAchievedRateShare && droppedPercent <= _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_LIMITS */ .ph.maxDroppedPercent) {
        found.push(`the generator sent ${sent.toLocaleString('en-US')} of ${Math.round(facts.plannedArrivals).toLocaleString('en-US')} planned requests (${round((sent / facts.plannedArrivals) * 100)}%): it could not keep up with the rate`);
    }
    return found;
}
function saturation(facts) {
    const cpu = facts.cpuSeries ?? [];
    const saturated = cpu.filter((share) => share >= _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_LIMITS */ .ph.saturatedCpuPercent).length;
    if (saturated === 0 || saturated < Math.max(2, cpu.length * _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_LIMITS */ .ph.meaningfulShare))
        return null;
    return `the load generator's CPU was saturated (≥${_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_LIMITS */ .ph.saturatedCpuPercent}% of a core) in ${saturated} of ${cpu.length} seconds, so it may have sent less than the service could take`;
}
function lagNotes(facts) {
    const lagging = facts.lagSeries.filter((lag) => lag > _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_LIMITS */ .ph.maxEventLoopLagMs);
    if (lagging.length === 0)
        return [];
    return [
        `the load generator's event loop lagged over ${_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .GENERATOR_LIMITS */ .ph.maxEventLoopLagMs}ms in ${lagging.length} of ${facts.lagSeries.length} seconds (longest stall ${round(Math.max(...lagging))}ms): give the generator more CPU or lower the load`,
    ];
}
function round(value) {
    return Math.round(value * 10) / 10;
}


/***/ })

};
