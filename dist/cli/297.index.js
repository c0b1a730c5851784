export const id = 297;
export const ids = [297];
export const modules = {

/***/ 84297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeRemote: () => (/* binding */ writeRemote)
});

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
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
// else is final. A receiver that is down or refuses is a warning with its status and body: it
// never changes the verdict.




const TIMEOUT_MS = 10_000;
/** BACKOFF_MS: the waits before the second and third attempts. */
const BACKOFF_MS = [1000, 2000];
const BODY_SHOWN = 500;
/** writeRemote sends every sample; `wait` is the backoff's sleep (tests pass one that returns at once). */
async function writeRemote(target, telemetry, wait = sleep) {
    const where = `Prometheus remote write ${(0,redact/* redactUrl */.BO)(target.url)}`;
    const requests = remoteWriteRequests(telemetry);
    const total = requests.reduce((n, r) => n + r.samples, 0);
    let taken = 0;
    let refused = null;
    for (const part of requests) {
        const sent = await sendWithRetries(target, part.body, wait);
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
async function sendWithRetries(target, body, wait) {
    for (let attempt = 1;; attempt++) {
        const sent = await sendOnce(target, body);
        if (sent.ok || sent.final)
            return sent;
        if (attempt > BACKOFF_MS.length)
            return { ...sent, detail: `${sent.detail}, ${attempt} attempts` };
        await wait(BACKOFF_MS[attempt - 1]);
    }
}
async function sendOnce(target, body) {
    try {
        const response = await (0,undici/* request */.Em)(target.url, {
            method: 'POST',
            headers: {
                'content-type': 'application/x-protobuf',
                'content-encoding': 'snappy',
                'x-prometheus-remote-write-version': '0.1.0',
                'user-agent': `${version/* TOOL_NAME */.l}/${version/* TOOL_VERSION */.w}`,
                ...target.headers,
            },
            body,
            signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        const text = (await response.body.text()).trim();
        if (response.statusCode >= 200 && response.statusCode < 300)
            return { ok: true };
        const shown = text.length > BODY_SHOWN ? `${text.slice(0, BODY_SHOWN)}…` : text;
        const retried = response.statusCode >= 500 || response.statusCode === 429;
        return { ok: false, status: response.statusCode, detail: `answered HTTP ${response.statusCode}${shown ? `: ${shown}` : ''}`, final: !retried };
    }
    catch (error) {
        const code = error.code ?? error.name;
        return { ok: false, status: null, detail: `could not be reached (${code}: ${error.message})`, final: false };
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ })

};
