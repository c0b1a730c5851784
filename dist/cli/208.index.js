export const id = 208;
export const ids = [208];
export const modules = {

/***/ 5208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OTLP_SERVICE_NAME: () => (/* binding */ OTLP_SERVICE_NAME),
/* harmony export */   exportOtlp: () => (/* binding */ exportOtlp),
/* harmony export */   resourceMetrics: () => (/* binding */ resourceMetrics)
/* harmony export */ });
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63914);
/* harmony import */ var _opentelemetry_exporter_metrics_otlp_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78816);
/* harmony import */ var _opentelemetry_exporter_metrics_otlp_proto__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8458);
/* harmony import */ var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75647);
/* harmony import */ var _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(89174);
/* harmony import */ var _opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42123);
/* harmony import */ var _opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(50643);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76670);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
// Exporting the run's telemetry over OTLP/HTTP with OpenTelemetry's own exporters: protobuf
// (exporter-metrics-otlp-proto) or JSON (exporter-metrics-otlp-http). The run is over and its
// numbers aggregated when this runs, so no meter records anything: the metrics are built directly
// in the SDK's export model (sdk-metrics' ResourceMetrics), each data point carrying the real
// window it covers (one second of the run, or the measured window), and the exporter serializes,
// sends and retries them. Names follow OpenTelemetry's semantic conventions where one exists
// (http.client.request.duration, http.request.method, server.address, url.template, error.type,
// service.*); the rest are loadtest.*. Only wiring.ts's dynamic import loads this module, when an
// OTLP endpoint is configured: the SDK stays out of every other run.
//
// The exporters read OpenTelemetry's own variables (OTEL_EXPORTER_OTLP_HEADERS, _TIMEOUT,
// _COMPRESSION, _CERTIFICATE…); the URL and headers configured here win over them.








/** url.template is still in the conventions' incubating set, which is not imported (it is large and may change): its name is copied, as OpenTelemetry advises. */
const ATTR_URL_TEMPLATE = 'url.template';
/** OTLP_SERVICE_NAME: the run's service.name, which a Prometheus backend turns into job="loadtest", as the Pushgateway's group has it. */
const OTLP_SERVICE_NAME = 'loadtest';
const BODY_SHOWN = 500;
/** EXPORT_SUCCESS: ExportResultCode.SUCCESS of @opentelemetry/core, which the exporters answer with. */
const EXPORT_SUCCESS = 0;
/** OTEL_ATTRIBUTES: the attribute each point label is exported as. */
const OTEL_ATTRIBUTES = {
    endpoint: 'loadtest.endpoint',
    method: _opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_HTTP_REQUEST_METHOD */ .n4R,
    template: ATTR_URL_TEMPLATE,
    phase: 'loadtest.phase',
    verdict: 'loadtest.verdict',
    errorType: _opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_ERROR_TYPE */ .oJb,
};
/** exportOtlp sends the run's metrics in one export and says what became of it. */
async function exportOtlp(target, telemetry) {
    const where = `OTLP ${target.protocol} ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(target.url)}`;
    const metrics = resourceMetrics(telemetry);
    const points = metrics.scopeMetrics.flatMap((s) => s.metrics).reduce((n, m) => n + m.dataPoints.length, 0);
    const Exporter = target.protocol === 'http/json' ? _opentelemetry_exporter_metrics_otlp_http__WEBPACK_IMPORTED_MODULE_2__.OTLPMetricExporter : _opentelemetry_exporter_metrics_otlp_proto__WEBPACK_IMPORTED_MODULE_3__/* .OTLPMetricExporter */ .r;
    const exporter = new Exporter({ url: target.url, headers: target.headers, userAgent: `${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL_NAME */ .l}/${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL_VERSION */ .w}` });
    // A collector that takes only part of the export says so in the answer's partial_success, which
    // the exporter passes only to OpenTelemetry's diagnostic logger: listen there while it runs.
    const partial = [];
    _opentelemetry_api__WEBPACK_IMPORTED_MODULE_5__.diag.setLogger({ error: () => undefined, warn: (message, ...args) => void (/partial success/i.test(message) && partial.push(args.join(' '))), info: () => undefined, debug: () => undefined, verbose: () => undefined }, _opentelemetry_api__WEBPACK_IMPORTED_MODULE_5__.DiagLogLevel.WARN);
    try {
        const result = await new Promise((resolve) => exporter.export(metrics, resolve));
        if (result.code === EXPORT_SUCCESS) {
            const kept = `${points} data points, service.instance.id="${telemetry.runId}"`;
            return partial.length ? { ok: false, detail: `${where} took only part of ${kept}: ${partial.join('; ').slice(0, BODY_SHOWN)}` } : { ok: true, detail: `sent to ${where}: ${kept}` };
        }
        return { ok: false, detail: `${where} ${failure(result.error)}` };
    }
    finally {
        _opentelemetry_api__WEBPACK_IMPORTED_MODULE_5__.diag.disable();
        await exporter.shutdown().catch(() => undefined);
    }
}
/** failure says what the exporter's error was: the collector's status and answer, or why it could not be reached. */
function failure(error) {
    const http = error;
    if (typeof http?.code === 'number') {
        const body = (http.data ?? '').trim();
        return `answered HTTP ${http.code}${body ? `: ${body.length > BODY_SHOWN ? `${body.slice(0, BODY_SHOWN)}…` : body}` : ''}`;
    }
    if (typeof http?.code === 'string')
        return `could not be reached (${http.code}: ${http.message})`;
    // The exporter retries 429, 502, 503, 504 and timeouts until its deadline, and then keeps neither the status nor the body.
    if (http?.message === 'Export failed with retryable status')
        return 'kept answering 429, 502, 503 or 504 (or timing out) until the export gave up';
    return `failed (${http?.message ?? 'no reason given'})`;
}
/** resourceMetrics: the run as the SDK's export model. */
function resourceMetrics(telemetry) {
    const common = telemetry.server ? { [_opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_SERVER_ADDRESS */ .Tu$]: telemetry.server.address, [_opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_SERVER_PORT */ .A2j]: telemetry.server.port } : {};
    const attributes = (labels) => ({ ...common, ...Object.fromEntries(Object.entries(labels).map(([key, value]) => [OTEL_ATTRIBUTES[key], value])) });
    const metrics = telemetry.metrics.map((m) => metricData(m, attributes));
    if (telemetry.durations.length > 0) {
        metrics.push({
            descriptor: { name: _opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_6__/* .METRIC_HTTP_CLIENT_REQUEST_DURATION */ .Hm, description: 'Latency of the measured requests, from each one\'s intended start (failures included)', unit: 's', valueType: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_5__.ValueType.DOUBLE },
            aggregationTemporality: _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_7__.AggregationTemporality.DELTA,
            dataPointType: _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_7__.DataPointType.HISTOGRAM,
            dataPoints: telemetry.durations.map((d) => ({ startTime: hrTime(d.startMs), endTime: hrTime(d.endMs), attributes: attributes(d.labels), value: { buckets: { boundaries: d.boundaries, counts: d.counts }, count: d.count, sum: d.sum, min: d.min, max: d.max } })),
        });
    }
    return {
        resource: (0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_8__.resourceFromAttributes)({
            [_opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_SERVICE_NAME */ .UX4]: OTLP_SERVICE_NAME,
            [_opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_SERVICE_VERSION */ .HZt]: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL_VERSION */ .w,
            [_opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_SERVICE_INSTANCE_ID */ .Mnv]: telemetry.runId,
            ...(telemetry.environment ? { [_opentelemetry_semantic_conventions__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_DEPLOYMENT_ENVIRONMENT_NAME */ .Cid]: telemetry.environment } : {}),
        }),
        scopeMetrics: [{ scope: { name: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL_VERSION */ .w }, metrics }],
    };
}
function metricData(m, attributes) {
    const descriptor = { name: m.otel, description: m.help, unit: m.unit, valueType: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_5__.ValueType.DOUBLE };
    const dataPoints = m.points.map((p) => ({ startTime: hrTime(p.startMs), endTime: hrTime(p.endMs), attributes: attributes(p.labels), value: p.value }));
    // A count is what happened within its window: a delta sum. A gauge has no temporality; the SDK's type asks for one all the same.
    return m.kind === 'count'
        ? { descriptor, aggregationTemporality: _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_7__.AggregationTemporality.DELTA, dataPointType: _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_7__.DataPointType.SUM, isMonotonic: true, dataPoints }
        : { descriptor, aggregationTemporality: _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_7__.AggregationTemporality.CUMULATIVE, dataPointType: _opentelemetry_sdk_metrics__WEBPACK_IMPORTED_MODULE_7__.DataPointType.GAUGE, dataPoints };
}
/** hrTime: Unix milliseconds as OpenTelemetry's [seconds, nanoseconds]. */
function hrTime(ms) {
    return [Math.floor(ms / 1000), Math.round((ms % 1000) * 1e6)];
}


/***/ })

};
