export const id = 509;
export const ids = [509];
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

/***/ 78509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportOtlp: () => (/* binding */ exportOtlp)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/integrations/http-post.ts
var http_post = __webpack_require__(19098);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/otlp-transformer/build/src/index.js
var src = __webpack_require__(69107);
;// CONCATENATED MODULE: ./src/integrations/otlp-encoding.ts
// OTLP/HTTP on the wire, both ways: the request encoded by OpenTelemetry's own serializers (the ones
// its exporters use, from @opentelemetry/otlp-transformer), and the collector's answer read back: a
// success's partial_success (deserialized by the same serializers), and the message of a refusal's
// google.rpc.Status, which OTLP/HTTP sends as protobuf to a protobuf request.

const OTLP_ENCODINGS = {
    'http/protobuf': { contentType: 'application/x-protobuf', serializer: src/* ProtobufMetricsSerializer */.Dm },
    'http/json': { contentType: 'application/json', serializer: src/* JsonMetricsSerializer */.Ko },
};
/**
 * partialSuccess reads a success's answer. OTLP/JSON spells int64 as a string and its fields in
 * lowerCamelCase, though a collector may answer in the proto's own snake_case: both are read. An
 * answer that does not decode is no partial success, as OpenTelemetry's exporter took it.
 */
function partialSuccess(encoding, body) {
    let answer;
    try {
        answer = encoding.serializer.deserializeResponse(body);
    }
    catch {
        return null;
    }
    const partial = (answer?.partialSuccess ?? answer?.partial_success);
    if (!partial || typeof partial !== 'object')
        return null;
    const rejected = Number(partial.rejectedDataPoints ?? partial.rejected_data_points ?? 0);
    const message = String(partial.errorMessage ?? partial.error_message ?? '').trim();
    // An empty partial_success is, by the specification, a full success.
    if (!(rejected > 0) && !message)
        return null;
    return { rejected: Number.isFinite(rejected) ? rejected : 0, message };
}
/**
 * statusMessage: google.rpc.Status's message (field 2) in a protobuf refusal; null for any other
 * body, which is shown as its text. Read by hand, a dozen lines: protobufjs's reader would bring
 * 150 kB into every OTLP export for one string.
 */
function statusMessage(body, contentType) {
    if (!/protobuf/i.test(contentType) || body.length === 0)
        return null;
    let at = 0;
    const varint = () => {
        let value = 0;
        for (let shift = 0; shift < 64; shift += 7) {
            if (at >= body.length)
                break;
            const byte = body[at++];
            value += (byte & 0x7f) * 2 ** shift;
            if (byte < 0x80)
                return value;
        }
        throw new Error('a truncated varint');
    };
    try {
        while (at < body.length) {
            const tag = varint();
            const wire = tag % 8;
            if (wire === 0)
                varint();
            else if (wire === 1 || wire === 5)
                at += wire === 1 ? 8 : 4;
            else if (wire === 2) {
                const length = varint();
                const end = at + length;
                if (end > body.length)
                    throw new Error('a truncated field');
                if (Math.floor(tag / 8) === 2)
                    return Buffer.from(body.subarray(at, end)).toString('utf8');
                at = end;
            }
            else
                throw new Error(`wire type ${wire}`);
        }
        // A Status without a message: there is nothing more to say than the status.
        return '';
    }
    catch {
        // Not a Status after all: its text is shown as it is.
        return null;
    }
}

;// CONCATENATED MODULE: ./src/integrations/otlp-environment.ts
// OpenTelemetry's own OTLP variables, read as its exporter read them when the export went through
// it: each OTEL_EXPORTER_OTLP_METRICS_* over its OTEL_EXPORTER_OTLP_* (headers merged, the
// metrics-specific ones winning), an invalid value ignored. What is honored: the headers, the
// timeout (the whole export's deadline), gzip compression, and the TLS files (a private CA, a client
// certificate and key). The endpoint variables are not read: the configured endpoint is always
// given, and OTEL_EXPORTER_OTLP_ENDPOINT alone does not turn the export on.
/** DEFAULT_TIMEOUT_MS: the specification's default for OTEL_EXPORTER_OTLP_TIMEOUT. */
const DEFAULT_TIMEOUT_MS = 10_000;
/**
 * MAX_TIMER_MS: the longest Node's timers wait (2^31 − 1 ms, about 24.8 days). A longer one fires
 * after 1 ms instead, and AbortSignal.timeout throws on a fraction: the deadline is a whole number
 * of milliseconds within [1, MAX_TIMER_MS].
 */
const MAX_TIMER_MS = 2 ** 31 - 1;
function otlpEnvironment(env) {
    const ignored = [];
    const names = (setting) => [`OTEL_EXPORTER_OTLP_METRICS_${setting}`, `OTEL_EXPORTER_OTLP_${setting}`];
    /** first: the first variable of `setting` that is set and valid, metrics-specific first. */
    const first = (setting, parse, expected) => {
        for (const name of names(setting)) {
            const value = env[name]?.trim();
            if (!value)
                continue;
            const parsed = parse(value, name);
            if (parsed !== null)
                return parsed;
            ignored.push(`${name}=${JSON.stringify(value)} is ignored: ${expected}`);
        }
        return null;
    };
    const milliseconds = (value, name) => {
        const ms = Number(value);
        if (!Number.isFinite(ms) || ms <= 0)
            return null;
        if (ms > MAX_TIMER_MS)
            ignored.push(`${name}=${JSON.stringify(value)} is longer than a timer can wait: ${MAX_TIMER_MS} ms is used`);
        return Math.max(1, Math.min(MAX_TIMER_MS, Math.floor(ms)));
    };
    const timeoutMs = first('TIMEOUT', milliseconds, 'expected milliseconds above 0') ?? DEFAULT_TIMEOUT_MS;
    const compression = first('COMPRESSION', (v) => (v === 'gzip' || v === 'none' ? v : null), "expected 'gzip' or 'none'");
    const tls = ['ca', 'cert', 'key'].flatMap((option) => {
        const setting = { ca: 'CERTIFICATE', cert: 'CLIENT_CERTIFICATE', key: 'CLIENT_KEY' }[option];
        const variable = names(setting).find((name) => env[name]?.trim());
        return variable ? [{ option, variable, path: env[variable].trim() }] : [];
    });
    const [specific, general] = names('HEADERS').map((name) => keyPairs(env[name], (entry, why) => ignored.push(`entry ${entry} of ${name} was skipped: ${why}`)));
    return { headers: { ...general, ...specific }, timeoutMs, gzip: compression === 'gzip', tls, ignored };
}
/**
 * keyPairs reads the W3C Baggage-like list the OTLP header variables use: name=value,name=value,
 * URL-encoded; an entry that does not read is skipped, as OpenTelemetry skips it, and `skipped` is
 * told which (by number and why, never its text: a header's value is often a credential, and a
 * malformed entry may be one with its name missing). An empty entry (a trailing comma) is no mistake.
 */
function keyPairs(text, skipped) {
    const pairs = {};
    (text ?? '').split(',').forEach((entry, index) => {
        const pair = entry.split(';')[0];
        if (!pair.trim())
            return;
        const said = (why) => skipped(index + 1, why);
        const at = pair.indexOf('=');
        if (at <= 0)
            return said('expected name=value');
        let name;
        let value;
        try {
            name = decodeURIComponent(pair.slice(0, at).trim());
            value = decodeURIComponent(pair.slice(at + 1).trim());
        }
        catch {
            return said('a malformed %-escape');
        }
        if (!name || !value)
            return said(`its ${name ? 'value' : 'name'} is empty`);
        pairs[name] = value;
    });
    return pairs;
}

// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/build/src/index.js
var build_src = __webpack_require__(63914);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/resources/build/src/index.js
var resources_build_src = __webpack_require__(75647);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-metrics/build/src/index.js
var sdk_metrics_build_src = __webpack_require__(89174);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/semantic-conventions/dist/stable_attributes.mjs
var stable_attributes = __webpack_require__(42123);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/semantic-conventions/dist/stable_metrics.mjs
var stable_metrics = __webpack_require__(50643);
;// CONCATENATED MODULE: ./src/integrations/otlp-metrics.ts
// The run as OpenTelemetry's SDK models an export (sdk-metrics' ResourceMetrics), for
// integrations/otlp.ts to serialize with the SDK's own serializers. The run is over and its numbers
// aggregated when this runs, so no meter records anything: the metrics are built directly in the
// export model, each data point carrying the real window it covers (one second of the run, or the
// measured window). Names follow OpenTelemetry's semantic conventions where one exists
// (http.client.request.duration, http.request.method, server.address, url.template, error.type,
// service.*); the rest are loadtest.*.





/** url.template is still in the conventions' incubating set, which is not imported (it is large and may change): its name is copied, as OpenTelemetry advises. */
const ATTR_URL_TEMPLATE = 'url.template';
/** OTLP_SERVICE_NAME: the run's service.name, which a Prometheus backend turns into job="loadtest", as the Pushgateway's group has it. */
const OTLP_SERVICE_NAME = 'loadtest';
/** OTEL_ATTRIBUTES: the attribute each point label is exported as. */
const OTEL_ATTRIBUTES = {
    endpoint: 'loadtest.endpoint',
    method: stable_attributes/* ATTR_HTTP_REQUEST_METHOD */.n4R,
    template: ATTR_URL_TEMPLATE,
    phase: 'loadtest.phase',
    verdict: 'loadtest.verdict',
    errorType: stable_attributes/* ATTR_ERROR_TYPE */.oJb,
};
/** resourceMetrics: the run as the SDK's export model. */
function resourceMetrics(telemetry) {
    const common = telemetry.server ? { [stable_attributes/* ATTR_SERVER_ADDRESS */.Tu$]: telemetry.server.address, [stable_attributes/* ATTR_SERVER_PORT */.A2j]: telemetry.server.port } : {};
    const attributes = (labels) => ({ ...common, ...Object.fromEntries(Object.entries(labels).map(([key, value]) => [OTEL_ATTRIBUTES[key], value])) });
    const metrics = telemetry.metrics.map((m) => metricData(m, attributes));
    if (telemetry.durations.length > 0) {
        metrics.push({
            descriptor: { name: stable_metrics/* METRIC_HTTP_CLIENT_REQUEST_DURATION */.Hm, description: 'Latency of the measured requests, from each one\'s intended start (failures included)', unit: 's', valueType: build_src.ValueType.DOUBLE },
            aggregationTemporality: sdk_metrics_build_src.AggregationTemporality.DELTA,
            dataPointType: sdk_metrics_build_src.DataPointType.HISTOGRAM,
            dataPoints: telemetry.durations.map((d) => ({ startTime: hrTime(d.startMs), endTime: hrTime(d.endMs), attributes: attributes(d.labels), value: { buckets: { boundaries: d.boundaries, counts: d.counts }, count: d.count, sum: d.sum, min: d.min, max: d.max } })),
        });
    }
    return {
        resource: (0,resources_build_src.resourceFromAttributes)({
            [stable_attributes/* ATTR_SERVICE_NAME */.UX4]: OTLP_SERVICE_NAME,
            [stable_attributes/* ATTR_SERVICE_VERSION */.HZt]: version/* TOOL_VERSION */.w,
            [stable_attributes/* ATTR_SERVICE_INSTANCE_ID */.Mnv]: telemetry.runId,
            ...(telemetry.environment ? { [stable_attributes/* ATTR_DEPLOYMENT_ENVIRONMENT_NAME */.Cid]: telemetry.environment } : {}),
        }),
        scopeMetrics: [{ scope: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w }, metrics }],
    };
}
function metricData(m, attributes) {
    const descriptor = { name: m.otel, description: m.help, unit: m.unit, valueType: build_src.ValueType.DOUBLE };
    const dataPoints = m.points.map((p) => ({ startTime: hrTime(p.startMs), endTime: hrTime(p.endMs), attributes: attributes(p.labels), value: p.value }));
    // A count is what happened within its window: a delta sum. A gauge has no temporality; the SDK's type asks for one all the same.
    return m.kind === 'count'
        ? { descriptor, aggregationTemporality: sdk_metrics_build_src.AggregationTemporality.DELTA, dataPointType: sdk_metrics_build_src.DataPointType.SUM, isMonotonic: true, dataPoints }
        : { descriptor, aggregationTemporality: sdk_metrics_build_src.AggregationTemporality.CUMULATIVE, dataPointType: sdk_metrics_build_src.DataPointType.GAUGE, dataPoints };
}
/** hrTime: Unix milliseconds as OpenTelemetry's [seconds, nanoseconds]. */
function hrTime(ms) {
    return [Math.floor(ms / 1000), Math.round((ms % 1000) * 1e6)];
}

;// CONCATENATED MODULE: ./src/integrations/otlp.ts
// Exporting the run's telemetry over OTLP/HTTP, protobuf or JSON. The run is built in the SDK's
// export model (otlp-metrics.ts) and encoded by OpenTelemetry's own serializers (otlp-encoding.ts);
// the bytes go through the retrying POST remote write uses (http-post.ts), with OTLP's retryable
// statuses. OpenTelemetry's exporter, once it had retried a 429, 502, 503 or 504 to its deadline,
// kept neither the status nor the body; here a collector that fails is a warning with its last
// status and body and the attempts it took, as the Pushgateway's and remote write's are. Only
// wiring.ts's dynamic import loads this module, when an OTLP endpoint is configured: the SDK stays
// out of every other run.









/** OTLP_RETRIED: the statuses OTLP/HTTP's specification retries; any other 4xx or 5xx is final. */
const OTLP_RETRIED = new Set([429, 502, 503, 504]);
/** BACKOFF_MS: remote write's waits, so the two exporters retry alike: three attempts at most, within the export's deadline. */
const BACKOFF_MS = [1000, 2000];
/** exportOtlp sends the run's metrics in one export and says what became of it. */
async function exportOtlp(target, telemetry, options = {}) {
    const where = `OTLP ${target.protocol} ${(0,redact/* redactUrl */.BO)(target.url)}`;
    const environment = otlpEnvironment(options.env ?? process.env);
    const ignored = environment.ignored.map((what) => `; ${what}`).join('');
    const metrics = resourceMetrics(telemetry);
    const points = metrics.scopeMetrics.flatMap((s) => s.metrics).reduce((n, m) => n + m.dataPoints.length, 0);
    const encoding = OTLP_ENCODINGS[target.protocol];
    const serialized = encoding.serializer.serializeRequest(metrics);
    if (!serialized)
        return { ok: false, detail: `${where}: OpenTelemetry's serializer gave nothing to send${ignored}` };
    const tls = readTls(environment.tls);
    if (typeof tls === 'string')
        return { ok: false, detail: `${where} was not sent: ${tls}${ignored}` };
    // Header names are case-insensitive: lower-cased, a configured header replaces the variables' of
    // the same name, and the encoding's own replace both.
    const headers = {
        'user-agent': `${version/* TOOL_NAME */.l}/${version/* TOOL_VERSION */.w}`,
        ...lowerCased(environment.headers),
        ...lowerCased(target.headers),
        'content-type': encoding.contentType,
        ...(environment.gzip ? { 'content-encoding': 'gzip' } : {}),
    };
    // A credential may be echoed without its scheme word ("Bearer", "Basic"): both forms are hidden.
    const secrets = [...Object.values(environment.headers), ...Object.values(target.headers)].flatMap((value) => [value, value.replace(/^\S+\s+/, '')]);
    const policy = { retried: (status) => OTLP_RETRIED.has(status), backoffMs: BACKOFF_MS, attemptTimeoutMs: environment.timeoutMs, deadlineMs: environment.timeoutMs };
    const dispatcher = tls ? new undici/* Agent */.g6({ connect: tls }) : undefined;
    try {
        const body = environment.gzip ? (0,external_node_zlib_.gzipSync)(serialized) : serialized;
        const sent = await (0,http_post/* postWithRetries */.T8)({ url: target.url, headers, body, secrets, readError: statusMessage, dispatcher }, policy, options.pacing ?? http_post/* realPacing */.zX);
        if (!sent.ok)
            return { ok: false, detail: `${where} ${sent.detail}${ignored}` };
        const kept = `${points} data points, service.instance.id="${telemetry.runId}"`;
        const partial = partialSuccess(encoding, sent.body);
        const said = partial?.message ? `: ${clip((0,redact/* scrub */._I)(partial.message, secrets))}` : '';
        if (partial && partial.rejected > 0)
            return { ok: false, detail: `${where} took only part of ${kept}: it rejected ${partial.rejected}${said}${ignored}` };
        // Rejecting nothing, a collector may still warn: that is said with the success.
        return { ok: true, detail: `sent to ${where}: ${kept}${partial ? `; the collector said${said}` : ''}${ignored}` };
    }
    finally {
        await dispatcher?.close();
    }
}
/** readTls: undici's connect options from the TLS files, null when none is named, or why one cannot be read. */
function readTls(files) {
    if (files.length === 0)
        return null;
    const options = {};
    for (const file of files) {
        try {
            options[file.option] = (0,external_node_fs_.readFileSync)(file.path);
        }
        catch (error) {
            return `${file.variable} names ${file.path}, which cannot be read (${error.code ?? error.message})`;
        }
    }
    return options;
}
function lowerCased(headers) {
    return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
function clip(text) {
    return text.length > http_post/* BODY_SHOWN */.Jd ? `${text.slice(0, http_post/* BODY_SHOWN */.Jd)}…` : text;
}


/***/ })

};
