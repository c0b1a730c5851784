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

import { type Attributes, DiagLogLevel, type HrTime, ValueType, diag } from '@opentelemetry/api';
import { OTLPMetricExporter as JsonExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPMetricExporter as ProtobufExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AggregationTemporality, DataPointType, type MetricData, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import {
  ATTR_DEPLOYMENT_ENVIRONMENT_NAME,
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
  ATTR_SERVICE_INSTANCE_ID,
  ATTR_SERVICE_NAME,
  ATTR_SERVICE_VERSION,
  METRIC_HTTP_CLIENT_REQUEST_DURATION,
} from '@opentelemetry/semantic-conventions';
import type { ExporterPlan, OtlpProtocol } from '../config/plan.js';
import type { EffectResult } from '../ports/effects.js';
import { redactUrl } from '../redact.js';
import type { LabelKey, Telemetry, TelemetryMetric } from '../report/telemetry.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

/** url.template is still in the conventions' incubating set, which is not imported (it is large and may change): its name is copied, as OpenTelemetry advises. */
const ATTR_URL_TEMPLATE = 'url.template';

/** OTLP_SERVICE_NAME: the run's service.name, which a Prometheus backend turns into job="loadtest", as the Pushgateway's group has it. */
export const OTLP_SERVICE_NAME = 'loadtest';
const BODY_SHOWN = 500;
/** EXPORT_SUCCESS: ExportResultCode.SUCCESS of @opentelemetry/core, which the exporters answer with. */
const EXPORT_SUCCESS = 0;

/** OTEL_ATTRIBUTES: the attribute each point label is exported as. */
const OTEL_ATTRIBUTES: Record<LabelKey, string> = {
  endpoint: 'loadtest.endpoint',
  method: ATTR_HTTP_REQUEST_METHOD,
  template: ATTR_URL_TEMPLATE,
  phase: 'loadtest.phase',
  verdict: 'loadtest.verdict',
  errorType: ATTR_ERROR_TYPE,
};

/** exportOtlp sends the run's metrics in one export and says what became of it. */
export async function exportOtlp(target: ExporterPlan & { protocol: OtlpProtocol }, telemetry: Telemetry): Promise<EffectResult> {
  const where = `OTLP ${target.protocol} ${redactUrl(target.url)}`;
  const metrics = resourceMetrics(telemetry);
  const points = metrics.scopeMetrics.flatMap((s) => s.metrics).reduce((n, m) => n + m.dataPoints.length, 0);
  const Exporter = target.protocol === 'http/json' ? JsonExporter : ProtobufExporter;
  const exporter = new Exporter({ url: target.url, headers: target.headers, userAgent: `${TOOL_NAME}/${TOOL_VERSION}` });
  // A collector that takes only part of the export says so in the answer's partial_success, which
  // the exporter passes only to OpenTelemetry's diagnostic logger: listen there while it runs.
  const partial: string[] = [];
  diag.setLogger({ error: () => undefined, warn: (message, ...args) => void (/partial success/i.test(message) && partial.push(args.join(' '))), info: () => undefined, debug: () => undefined, verbose: () => undefined }, DiagLogLevel.WARN);
  try {
    const result = await new Promise<{ code: number; error?: Error }>((resolve) => exporter.export(metrics, resolve));
    if (result.code === EXPORT_SUCCESS) {
      const kept = `${points} data points, service.instance.id="${telemetry.runId}"`;
      return partial.length ? { ok: false, detail: `${where} took only part of ${kept}: ${partial.join('; ').slice(0, BODY_SHOWN)}` } : { ok: true, detail: `sent to ${where}: ${kept}` };
    }
    return { ok: false, detail: `${where} ${failure(result.error)}` };
  } finally {
    diag.disable();
    await exporter.shutdown().catch(() => undefined);
  }
}

/** failure says what the exporter's error was: the collector's status and answer, or why it could not be reached. */
function failure(error: Error | undefined): string {
  const http = error as (Error & { code?: number | string; data?: string }) | undefined;
  if (typeof http?.code === 'number') {
    const body = (http.data ?? '').trim();
    return `answered HTTP ${http.code}${body ? `: ${body.length > BODY_SHOWN ? `${body.slice(0, BODY_SHOWN)}…` : body}` : ''}`;
  }
  if (typeof http?.code === 'string') return `could not be reached (${http.code}: ${http.message})`;
  // The exporter retries 429, 502, 503, 504 and timeouts until its deadline, and then keeps neither the status nor the body.
  if (http?.message === 'Export failed with retryable status') return 'kept answering 429, 502, 503 or 504 (or timing out) until the export gave up';
  return `failed (${http?.message ?? 'no reason given'})`;
}

/** resourceMetrics: the run as the SDK's export model. */
export function resourceMetrics(telemetry: Telemetry): ResourceMetrics {
  const common: Attributes = telemetry.server ? { [ATTR_SERVER_ADDRESS]: telemetry.server.address, [ATTR_SERVER_PORT]: telemetry.server.port } : {};
  const attributes = (labels: Partial<Record<LabelKey, string>>): Attributes => ({ ...common, ...Object.fromEntries(Object.entries(labels).map(([key, value]) => [OTEL_ATTRIBUTES[key as LabelKey], value])) });
  const metrics: MetricData[] = telemetry.metrics.map((m) => metricData(m, attributes));
  if (telemetry.durations.length > 0) {
    metrics.push({
      descriptor: { name: METRIC_HTTP_CLIENT_REQUEST_DURATION, description: 'Latency of the measured requests, from each one\'s intended start (failures included)', unit: 's', valueType: ValueType.DOUBLE },
      aggregationTemporality: AggregationTemporality.DELTA,
      dataPointType: DataPointType.HISTOGRAM,
      dataPoints: telemetry.durations.map((d) => ({ startTime: hrTime(d.startMs), endTime: hrTime(d.endMs), attributes: attributes(d.labels), value: { buckets: { boundaries: d.boundaries, counts: d.counts }, count: d.count, sum: d.sum, min: d.min, max: d.max } })),
    });
  }
  return {
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: OTLP_SERVICE_NAME,
      [ATTR_SERVICE_VERSION]: TOOL_VERSION,
      [ATTR_SERVICE_INSTANCE_ID]: telemetry.runId,
      ...(telemetry.environment ? { [ATTR_DEPLOYMENT_ENVIRONMENT_NAME]: telemetry.environment } : {}),
    }),
    scopeMetrics: [{ scope: { name: TOOL_NAME, version: TOOL_VERSION }, metrics }],
  };
}

function metricData(m: TelemetryMetric, attributes: (labels: Partial<Record<LabelKey, string>>) => Attributes): MetricData {
  const descriptor = { name: m.otel, description: m.help, unit: m.unit, valueType: ValueType.DOUBLE };
  const dataPoints = m.points.map((p) => ({ startTime: hrTime(p.startMs), endTime: hrTime(p.endMs), attributes: attributes(p.labels), value: p.value }));
  // A count is what happened within its window: a delta sum. A gauge has no temporality; the SDK's type asks for one all the same.
  return m.kind === 'count'
    ? { descriptor, aggregationTemporality: AggregationTemporality.DELTA, dataPointType: DataPointType.SUM, isMonotonic: true, dataPoints }
    : { descriptor, aggregationTemporality: AggregationTemporality.CUMULATIVE, dataPointType: DataPointType.GAUGE, dataPoints };
}

/** hrTime: Unix milliseconds as OpenTelemetry's [seconds, nanoseconds]. */
function hrTime(ms: number): HrTime {
  return [Math.floor(ms / 1000), Math.round((ms % 1000) * 1e6)];
}
