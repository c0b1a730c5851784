export const id = 337;
export const ids = [337];
export const modules = {

/***/ 28717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XR: () => (/* binding */ statusTable),
/* harmony export */   fe: () => (/* binding */ classifyError),
/* harmony export */   xo: () => (/* binding */ classifyStatus)
/* harmony export */ });
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


/***/ }),

/***/ 5847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ ERROR_CODE_MEANING)
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
    'check_failed',
    'capture_failed',
    'other',
]));
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
    check_failed: "a flow step's response failed one of its checks (expect)",
    capture_failed: "a flow step's capture found nothing; the rest of that iteration was skipped",
    other: 'another client-side error',
};


/***/ }),

/***/ 13344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ TargetUnreachable),
/* harmony export */   Lq: () => (/* binding */ waitText),
/* harmony export */   Mz: () => (/* binding */ preflight)
/* harmony export */ });
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24371);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55285);
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34529);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28717);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5847);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(76670);
// Before any load: is the target there? A connection check always (TCP, plus the TLS handshake for
// https), and with a health path a GET that must answer 2xx. A target that is still starting
// (connection refused, a name that does not resolve yet, timeouts, a load balancer's 502/503/504)
// is waited for, with doubling pauses, up to wait_for_ready; an answer that no amount of waiting
// fixes (401, 404 on the health path, a certificate error) fails at once with what was seen.









class TargetUnreachable extends Error {
    target;
    steps;
    why;
    constructor(target, steps, 
    /** why: why it stopped trying ("waited the whole wait_for_ready (10s)"). */
    why = '') {
        const failed = steps[steps.length - 1];
        const tried = failed.attempts === 1 ? 'once' : `${failed.attempts} times over ${(failed.elapsedMs / 1000).toFixed(1)}s`;
        super(`target unreachable: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .redactUrl */ .BO)(target)}\n  tried ${failed.what} ${tried}; last: ${failed.detail}${why ? `;\n  ${why}` : ''};\n  no load was sent.`);
        this.target = target;
        this.steps = steps;
        this.why = why;
        this.name = 'TargetUnreachable';
    }
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** waitText: 60000 → "60s" (as wait_for_ready is usually written), 1500 → "1.5s". */
function waitText(ms) {
    return ms % 1000 === 0 ? `${ms / 1000}s` : (0,_config_units_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMs */ ._V)(ms);
}
async function preflight(target, options) {
    const url = new URL(target);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    const secure = url.protocol === 'https:';
    const healthUrl = options.healthPath ? new URL(options.healthPath, url.origin) : null;
    const healthWhat = healthUrl ? `GET ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .redactPath */ .tp)(healthUrl.pathname + healthUrl.search)}` : '';
    const steps = [];
    let announced = false;
    const budget = {
        limitMs: Math.max(0, options.waitForReadyMs),
        spentMs: 0,
        sleep: options.sleep ?? realSleep,
        now: options.now ?? (() => performance.now()),
        announce: () => {
            if (announced)
                return;
            announced = true;
            const health = healthUrl ? ` and ${healthWhat.slice(4)} to answer 2xx` : '';
            options.onWaiting?.(`Waiting up to ${waitText(options.waitForReadyMs)} for ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .redactUrl */ .BO)(target)} to accept connections${health} (wait_for_ready; 0 fails at once)…`);
        },
    };
    const connectTimeout = Math.min(options.timeoutMs, _defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .PREFLIGHT */ .Ev.connectTimeoutMs);
    const connect = await untilReady(`${secure ? 'TLS' : 'TCP'} connect to ${host}:${port}`, 'connect', budget, () => connectOnce(host, port, secure, options.insecure, connectTimeout));
    steps.push(connect.step);
    if (!connect.step.ok)
        throw new TargetUnreachable(target, steps, connect.why);
    if (healthUrl) {
        const health = await untilReady(healthWhat, 'health', budget, () => healthOnce(healthUrl, options));
        steps.push(health.step);
        if (!health.step.ok)
            throw new TargetUnreachable(target, steps, health.why);
    }
    return steps;
}
/** untilReady tries until the step succeeds, fails in a way waiting cannot fix, or the wait is used up. */
async function untilReady(what, name, budget, once) {
    const startedAt = budget.spentMs;
    let pause = _defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .PREFLIGHT */ .Ev.firstBackoffMs;
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
            return { step: step(false, result.detail), why: 'wait_for_ready is 0: not waited for (give --wait-for-ready, or the wait-for-ready input, to wait for a target that is still starting)' };
        if (left <= 0)
            return { step: step(false, result.detail), why: `still not ready after wait_for_ready (${waitText(budget.limitMs)}); raise it if the target takes longer to start` };
        budget.announce();
        const wait = Math.min(pause, left);
        await budget.sleep(wait);
        budget.spentMs += wait;
        pause = Math.min(pause * 2, _defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .PREFLIGHT */ .Ev.maxBackoffMs);
    }
}
/** STARTING: failures a service that is still starting (or a load balancer in front of one) produces. */
const STARTING_CODES = new Set(['connect_refused', 'connect_timeout', 'timeout', 'reset']);
/** A name not resolving yet (a new DNS record, a Kubernetes service just created), a route not there yet. */
const STARTING_ERRNO = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** What a load balancer answers while its backend is not up: bad gateway, unavailable, gateway timeout. */
const STARTING_STATUS = new Set([502, 503, 504]);
async function connectOnce(host, port, secure, insecure, timeoutMs) {
    if (!(0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host)) {
        try {
            await (0,node_dns_promises__WEBPACK_IMPORTED_MODULE_0__.lookup)(host);
        }
        catch (error) {
            const code = error.code ?? '';
            return { ok: false, detail: `DNS lookup of ${host} failed: ${_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .ERROR_CODE_MEANING */ .T.dns} (${code})`, starting: STARTING_ERRNO.has(code) };
        }
    }
    return new Promise((resolve) => {
        const socket = secure
            ? (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.connect)({ host, port, servername: (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host) ? undefined : host, rejectUnauthorized: !insecure, ALPNProtocols: ['http/1.1'] }, () => done({ ok: true }))
            : (0,node_net__WEBPACK_IMPORTED_MODULE_1__.connect)({ host, port }, () => done({ ok: true }));
        const timer = setTimeout(() => done({ ok: false, detail: `no connection within ${timeoutMs}ms (the host may be down or a firewall drops the packets)`, starting: true }), timeoutMs);
        function done(result) {
            clearTimeout(timer);
            socket.destroy();
            resolve(result);
        }
        socket.on('error', (error) => {
            const code = (0,_classify_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyError */ .fe)(error);
            if (code === 'tls')
                done({ ok: false, detail: `TLS handshake failed: ${error.message} (${error.code})${insecure ? '' : '; pass --insecure to accept a self-signed certificate'}`, starting: false });
            else
                done({ ok: false, detail: `${_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .ERROR_CODE_MEANING */ .T[code]} (${error.code ?? error.message})`, starting: STARTING_CODES.has(code) || STARTING_ERRNO.has(error.code ?? '') });
        });
    });
}
async function healthOnce(url, options) {
    const client = new undici__WEBPACK_IMPORTED_MODULE_3__/* .Client */ .Kj(url.origin, { connect: { rejectUnauthorized: !options.insecure }, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs });
    try {
        const response = await client.request({ method: 'GET', path: url.pathname + url.search, headers: { ...options.headers }, signal: AbortSignal.timeout(options.timeoutMs) });
        await response.body.dump();
        if (response.statusCode >= 200 && response.statusCode < 300)
            return { ok: true };
        return { ok: false, detail: `answered ${response.statusCode}, expected 2xx`, starting: STARTING_STATUS.has(response.statusCode) };
    }
    catch (error) {
        const errno = error.code ?? '';
        const code = error.name === 'TimeoutError' ? 'timeout' : (0,_classify_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyError */ .fe)(error);
        return { ok: false, detail: `${_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .ERROR_CODE_MEANING */ .T[code]} (${errno || error.message})`, starting: STARTING_CODES.has(code) || STARTING_ERRNO.has(errno) };
    }
    finally {
        await client.destroy().catch(() => undefined);
    }
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
/* unused harmony exports buildReport, emptyMetrics */
/* harmony import */ var _config_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29311);
/* harmony import */ var _config_issues_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11012);
/* harmony import */ var _metrics_histogram_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85835);
/* harmony import */ var _slo_generator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10225);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96867);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76670);
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
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL_VERSION */ .w },
        mode: plan.mode === 'canary' && plan.canary ? 'canary' : 'run',
        status: input.status,
        startedAt: input.startedAt.toISOString(),
        endedAt: input.endedAt.toISOString(),
        loadStartedAt: input.loadStartedAt ? input.loadStartedAt.toISOString() : null,
        durationSeconds: round3(input.loadSeconds),
        measuredSeconds: round3(snapshot?.measuredSeconds ?? 0),
        target: (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactUrl */ .BO)(plan.target),
        environment: plan.environment,
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
    };
}
/** withPlan adds each endpoint's method, path and planned weight to its metrics. */
function withPlan(metrics, plan) {
    return metrics.map((m, i) => ({ ...m, method: plan.endpoints[i].method, path: (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactPath */ .tp)(plan.endpoints[i].path), weight: plan.endpoints[i].weight }));
}
/** toComparisonReport keeps the comparison and production's own metrics; unbounded intervals become null. */
function toComparisonReport(comparison, productionTarget, production, plan) {
    const bound = (v) => (Number.isFinite(v) ? v : null);
    return {
        verdict: comparison.verdict,
        reasons: comparison.reasons,
        confidence: comparison.confidence,
        criteriaAreDefaults: plan.canary?.criteriaAreDefaults ?? true,
        production: { target: productionTarget, overall: { ...production.overall, method: '*', path: '*', weight: 1 }, endpoints: withPlan(production.endpoints, plan), timeseries: production.series.map((p) => ({ ...p, lagMs: 0 })) },
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
        target: (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactUrl */ .BO)(plan.target),
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
        healthPath: plan.healthPath && (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactPath */ .tp)(plan.healthPath),
        insecure: plan.insecure,
        headers: (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactHeaders */ .cA)(plan.headers),
        endpoints: plan.endpoints.map((e) => ({
            name: (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactPath */ .tp)(e.name),
            method: e.method,
            path: (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactPath */ .tp)(e.path),
            weight: e.weight,
            headers: (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactHeaders */ .cA)(e.headers),
            body: e.body === null ? null : `(${Buffer.byteLength(e.body)} bytes)`,
            expectStatus: e.expectStatus,
            thresholds: Object.fromEntries(Object.entries(e.thresholds).map(([k, t]) => [k, t.value])),
        })),
        thresholds,
        thresholdsAreDefaults: plan.thresholdsAreDefaults,
        // Step names as the rows name them (a route, never a rendered URL), redacted like every name.
        flows: plan.flows && {
            setup: plan.flows.setup.map((s) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactPath */ .tp)(s.request.name)),
            onStart: plan.flows.onStart.map((s) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactPath */ .tp)(s.request.name)),
            flows: plan.flows.flows.map((f) => ({ name: (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactPath */ .tp)(f.name), weight: f.weight, steps: f.steps.map((s) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactPath */ .tp)(s.request.name)) })),
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
/* harmony import */ var _config_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29311);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55285);
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
function generatorFindings(facts) {
    return { shortfall: shortfalls(facts), addedDelayMs: facts.addedDelayMs, delayShares: facts.delayShares ?? [], saturated: saturation(facts), notes: lagNotes(facts) };
}
/** delayFor: the bound that applies to a latency figure: a higher percentile is moved by rarer stalls. */
function delayFor(added, metric) {
    return _config_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .LATENCY_KEYS */ .SD.includes(metric) ? added[metric] : added.p99;
}
function shortfalls(facts) {
    const found = [];
    if (facts.model !== 'open' || facts.scheduled === 0)
        return found;
    const droppedPercent = (facts.dropped / facts.scheduled) * 100;
    if (droppedPercent > _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATOR_LIMITS */ .ph.maxDroppedPercent) {
        found.push(`${round(droppedPercent)}% of arrivals (${facts.dropped.toLocaleString('en-US')} of ${facts.scheduled.toLocaleString('en-US')}) were dropped because ${facts.maxInFlight.toLocaleString('en-US')} ${facts.flows ? 'flow iterations (think times included) were already running' : 'requests were already in flight'}: raise max_in_flight or lower the rate`);
    }
    const sent = facts.scheduled - facts.dropped;
    if (facts.plannedArrivals > 0 && sent < facts.plannedArrivals * _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATOR_LIMITS */ .ph.minAchievedRateShare && droppedPercent <= _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATOR_LIMITS */ .ph.maxDroppedPercent) {
        found.push(`the generator sent ${sent.toLocaleString('en-US')} of ${Math.round(facts.plannedArrivals).toLocaleString('en-US')} planned requests (${round((sent / facts.plannedArrivals) * 100)}%): it could not keep up with the rate`);
    }
    return found;
}
function saturation(facts) {
    const cpu = facts.cpuSeries ?? [];
    const saturated = cpu.filter((share) => share >= _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATOR_LIMITS */ .ph.saturatedCpuPercent).length;
    if (saturated === 0 || saturated < Math.max(2, cpu.length * _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATOR_LIMITS */ .ph.meaningfulShare))
        return null;
    return `the load generator's CPU was saturated (≥${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATOR_LIMITS */ .ph.saturatedCpuPercent}% of a core) in ${saturated} of ${cpu.length} seconds, so it may have sent less than the service could take`;
}
function lagNotes(facts) {
    const lagging = facts.lagSeries.filter((lag) => lag > _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATOR_LIMITS */ .ph.maxEventLoopLagMs);
    if (lagging.length === 0)
        return [];
    return [
        `the load generator's event loop lagged over ${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .GENERATOR_LIMITS */ .ph.maxEventLoopLagMs}ms in ${lagging.length} of ${facts.lagSeries.length} seconds (longest stall ${round(Math.max(...lagging))}ms): give the generator more CPU or lower the load`,
    ];
}
function round(value) {
    return Math.round(value * 10) / 10;
}


/***/ })

};
