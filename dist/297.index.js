export const id = 297;
export const ids = [297];
export const modules = {

/***/ 19098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jd: () => (/* binding */ BODY_SHOWN),
/* harmony export */   T8: () => (/* binding */ postWithRetries),
/* harmony export */   zX: () => (/* binding */ realPacing)
/* harmony export */ });
/* unused harmony export retryAfterMs */
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24371);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76670);
// One POST to a telemetry receiver, retried as the receivers' specifications ask, and what came of
// it in words a warning can carry: the receiver's last status and body, and how many attempts it
// took. Remote write and OTLP both send through here, so they retry alike and say alike; each names
// the statuses worth asking again (remote write: any 5xx and 429; OTLP: 429, 502, 503, 504). Every
// attempt and wait fits in one deadline, so a receiver that never answers costs a bounded time, and
// a Retry-After that would pass the deadline is said rather than waited for.


/** BODY_SHOWN: how much of an answer a warning carries. */
const BODY_SHOWN = 500;
/** BODY_KEPT: how much of an answer is read at all; telemetry receivers answer in a few bytes, and a runaway body must not fill memory. */
const BODY_KEPT = 64 * 1024;
/** CERTIFICATE_REFUSED: a connection refused over its certificate (untrusted, expired, for another name) is refused again on every attempt. */
const CERTIFICATE_REFUSED = /CERT|SIGNATURE|ERR_TLS|ERR_SSL/;
const realPacing = { wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), now: Date.now };
/** postWithRetries sends `post` until it is taken, refused for good, out of attempts or out of time. */
async function postWithRetries(post, policy, pacing = realPacing) {
    const deadline = pacing.now() + policy.deadlineMs;
    // A final failure that is not an answer (a timeout) still names the receiver's last answer, if it gave one.
    let lastAnswer = null;
    for (let attempt = 1;; attempt++) {
        const sent = await attemptOnce(post, Math.max(1, Math.min(policy.attemptTimeoutMs, deadline - pacing.now())));
        if (sent.kind === 'taken')
            return { ok: true, status: sent.status, body: sent.body, attempts: attempt };
        if (sent.kind === 'answered')
            lastAnswer = sent;
        // The attempts are said whenever there could have been more than one.
        const failed = (retryable, why = '') => {
            const earlier = sent.kind === 'unanswered' && lastAnswer ? `; it last ${lastAnswer.said}` : '';
            return { ok: false, status: lastAnswer?.status ?? null, detail: `${sent.said}${attempt > 1 || retryable ? `, ${attempts(attempt)}${why}` : ''}${earlier}`, attempts: attempt };
        };
        if (sent.kind === 'answered' ? !policy.retried(sent.status) : sent.final)
            return failed(false);
        if (attempt > policy.backoffMs.length)
            return failed(true);
        const asked = sent.kind === 'answered' ? sent.retryAfterMs : null;
        const pause = asked ?? policy.backoffMs[attempt - 1];
        if (pacing.now() + pause >= deadline)
            return failed(true, asked !== null ? ` (it asked to wait ${seconds(asked)}, past the ${seconds(policy.deadlineMs)} deadline)` : ` (the ${seconds(policy.deadlineMs)} deadline came first)`);
        await pacing.wait(pause);
    }
}
async function attemptOnce(post, timeoutMs) {
    try {
        const response = await (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(post.url, { method: 'POST', headers: post.headers, body: post.body, signal: AbortSignal.timeout(timeoutMs), ...(post.dispatcher ? { dispatcher: post.dispatcher } : {}) });
        const body = await readKept(response.body);
        if (response.statusCode >= 200 && response.statusCode < 300)
            return { kind: 'taken', status: response.statusCode, body };
        const contentType = String(response.headers['content-type'] ?? '');
        const text = (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)((post.readError?.(body, contentType) ?? Buffer.from(body).toString('utf8')).trim(), post.secrets);
        const shown = text.length > BODY_SHOWN ? `${text.slice(0, BODY_SHOWN)}…` : text;
        return { kind: 'answered', status: response.statusCode, said: `answered HTTP ${response.statusCode}${shown ? `: ${shown}` : ''}`, retryAfterMs: retryAfterMs(response.headers['retry-after']) };
    }
    catch (error) {
        // AbortSignal.timeout's DOMException carries a numeric code (23), which names nothing.
        if (error.name === 'TimeoutError')
            return { kind: 'unanswered', said: `did not answer within ${seconds(timeoutMs)}`, final: false };
        const code = error.code ?? error.name;
        return { kind: 'unanswered', said: `could not be reached (${code}: ${error.message})`, final: CERTIFICATE_REFUSED.test(code) };
    }
}
async function readKept(body) {
    const chunks = [];
    let size = 0;
    // Leaving the loop early destroys the stream: the rest is never read.
    for await (const chunk of body) {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= BODY_KEPT)
            break;
    }
    return Buffer.concat(chunks).subarray(0, BODY_KEPT);
}
/** retryAfterMs reads Retry-After: seconds, or an HTTP date; null when absent or unreadable. */
function retryAfterMs(header, now = Date.now()) {
    const value = Array.isArray(header) ? header[0] : header;
    if (value === undefined || value.trim() === '')
        return null;
    if (/^\s*\d+\s*$/.test(value))
        return Number(value) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? null : Math.max(0, at - now);
}
function attempts(n) {
    return n === 1 ? '1 attempt' : `${n} attempts`;
}
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}


/***/ }),

/***/ 84297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeRemote: () => (/* binding */ writeRemote)
});

// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/integrations/http-post.ts
var http_post = __webpack_require__(19098);
// EXTERNAL MODULE: ./node_modules/protobufjs/index.js
var protobufjs = __webpack_require__(81853);
var protobufjs_default = /*#__PURE__*/__webpack_require__.n(protobufjs);
// EXTERNAL MODULE: ./node_modules/snappyjs/index.js
var snappyjs = __webpack_require__(64528);
;// CONCATENATED MODULE: ./src/integrations/remote-write-request.ts
// The run's telemetry as Prometheus remote write 1.0 requests: protobuf WriteRequests (encoded by
// protobufjs from the specification's own message definitions, below) compressed with snappy's
// block format (snappyjs: pure JavaScript, so the bundle carries no native module).


/**
 * The messages of remote write 1.0 that are sent (prometheus/prompb types.proto and remote.proto,
 * same names and field numbers): exemplars and native histograms are left out, since the run has
 * neither to send.
 */
const REMOTE_WRITE_PROTO = `
syntax = "proto3";
package prometheus;
message WriteRequest {
  repeated TimeSeries timeseries = 1;
  reserved 2;
  repeated MetricMetadata metadata = 3;
}
message TimeSeries {
  repeated Label labels = 1;
  repeated Sample samples = 2;
}
message Label {
  string name = 1;
  string value = 2;
}
message Sample {
  double value = 1;
  int64 timestamp = 2;
}
message MetricMetadata {
  enum MetricType {
    UNKNOWN = 0;
    COUNTER = 1;
    GAUGE = 2;
    HISTOGRAM = 3;
    GAUGEHISTOGRAM = 4;
    SUMMARY = 5;
    INFO = 6;
    STATESET = 7;
  }
  MetricType type = 1;
  string metric_family_name = 2;
  string help = 4;
  string unit = 5;
}
`;
const WriteRequest = protobufjs_default().parse(REMOTE_WRITE_PROTO).root.lookupType('prometheus.WriteRequest');
/** JOB: the job label of every series, as the Pushgateway's group has it. */
const REMOTE_WRITE_JOB = 'loadtest';
/**
 * MAX_SAMPLES_PER_REQUEST: a long run is sent in several requests, oldest samples first. A
 * receiver refuses samples too far behind its newest one (Prometheus: about an hour); in parts,
 * the newer ones still land.
 */
const MAX_SAMPLES_PER_REQUEST = 5000;
/** Prometheus label names of the point labels; a null one is not sent (the endpoint's name already says it). */
const PROMETHEUS_LABELS = { endpoint: 'endpoint', method: null, template: null, phase: 'phase', verdict: 'verdict', errorType: 'error_type' };
/** remoteWriteRequests: every sample, in time order, in requests of at most `maxSamples`. */
function remoteWriteRequests(telemetry, maxSamples = MAX_SAMPLES_PER_REQUEST) {
    // Array.prototype.sort is stable: each series keeps its own samples in time order.
    const samples = telemetry.metrics.flatMap((metric) => metric.points.map((point) => ({ metric, sample: { labels: seriesLabels(telemetry, metric, point.labels), value: point.value, timestamp: point.endMs } })));
    samples.sort((a, b) => a.sample.timestamp - b.sample.timestamp);
    const requests = [];
    for (let i = 0; i < samples.length; i += maxSamples) {
        const part = samples.slice(i, i + maxSamples);
        const series = new Map();
        for (const { sample } of part) {
            const key = JSON.stringify(sample.labels);
            const entry = series.get(key) ?? { labels: sample.labels, samples: [] };
            entry.samples.push({ value: sample.value, timestamp: sample.timestamp });
            series.set(key, entry);
        }
        const metadata = [...new Set(part.map((p) => p.metric))].map((m) => ({ type: m.kind === 'count' ? 'COUNTER' : 'GAUGE', metricFamilyName: m.prometheus, help: m.help, unit: m.unit }));
        const message = WriteRequest.fromObject({ timeseries: [...series.values()], metadata });
        requests.push({ body: snappyjs.compress(WriteRequest.encode(message).finish()), samples: part.length, series: series.size });
    }
    return requests;
}
/** decodeWriteRequest reads a request back (for tests, and to check the encoding round-trips). */
function decodeWriteRequest(body) {
    const message = WriteRequest.decode(SnappyJS.uncompress(body));
    return WriteRequest.toObject(message, { longs: Number, enums: String, defaults: true, arrays: true });
}
/** seriesLabels: __name__, the run's labels and the point's, sorted by name as remote write requires; empty values left out (an empty label is no label). */
function seriesLabels(telemetry, metric, point) {
    const labels = {
        __name__: metric.prometheus,
        job: REMOTE_WRITE_JOB,
        run_id: telemetry.runId,
        environment: telemetry.environment ?? undefined,
        server_address: telemetry.server?.address,
        server_port: telemetry.server ? String(telemetry.server.port) : undefined,
    };
    for (const [key, value] of Object.entries(point)) {
        const name = PROMETHEUS_LABELS[key];
        if (name)
            labels[name] = value;
    }
    return Object.entries(labels)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, value]) => ({ name, value }));
}

;// CONCATENATED MODULE: ./src/integrations/remote-write.ts
// Sending the run's telemetry to a Prometheus remote write receiver (Prometheus itself with
// --web.enable-remote-write-receiver, Mimir, Thanos, Grafana Cloud, VictoriaMetrics…). As the
// specification asks, a 5xx, a 429 or a connection that fails is retried with a backoff, anything
// else is final (integrations/http-post.ts, which OTLP sends through too). A receiver that is down
// or refuses is a warning with its status and body: it never changes the verdict.




/** REMOTE_WRITE_RETRIES: three attempts, 1 s and 2 s apart (or as Retry-After asks), within 30 s for each part. */
const REMOTE_WRITE_RETRIES = { retried: (status) => status >= 500 || status === 429, backoffMs: [1000, 2000], attemptTimeoutMs: 10_000, deadlineMs: 30_000 };
/** writeRemote sends every sample; `pacing` is the backoff's clock (tests pass a wait that returns at once). */
async function writeRemote(target, telemetry, pacing = http_post/* realPacing */.zX) {
    const where = `Prometheus remote write ${(0,redact/* redactUrl */.BO)(target.url)}`;
    const requests = remoteWriteRequests(telemetry);
    const total = requests.reduce((n, r) => n + r.samples, 0);
    const headers = {
        'content-type': 'application/x-protobuf',
        'content-encoding': 'snappy',
        'x-prometheus-remote-write-version': '0.1.0',
        'user-agent': `${version/* TOOL_NAME */.l}/${version/* TOOL_VERSION */.w}`,
        ...target.headers,
    };
    // A credential may be echoed without its scheme word ("Bearer", "Basic"): both forms are hidden.
    const secrets = Object.values(target.headers).flatMap((value) => [value, value.replace(/^\S+\s+/, '')]);
    let taken = 0;
    let refused = null;
    for (const part of requests) {
        const sent = await (0,http_post/* postWithRetries */.T8)({ url: target.url, headers, body: part.body, secrets }, REMOTE_WRITE_RETRIES, pacing);
        if (sent.ok)
            taken += part.samples;
        else {
            refused ??= sent;
            // A refused part may be about its own samples (too old, out of order): the newer parts still
            // go. Anything else (unreachable, unauthorized, not found) would refuse them all alike.
            if (sent.status !== 400)
                break;
        }
    }
    const ofRun = `run_id="${telemetry.runId}"`;
    if (!refused)
        return { ok: true, detail: `sent to ${where}: ${total} samples, ${ofRun}` };
    const share = requests.length > 1 ? ` (${taken} of ${total} samples were taken)` : '';
    return { ok: false, detail: `${where} ${refused.detail}${share}` };
}


/***/ })

};
