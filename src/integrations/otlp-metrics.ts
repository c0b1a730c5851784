// The run as OpenTelemetry's SDK models an export (sdk-metrics' ResourceMetrics), for
// integrations/otlp.ts to serialize with the SDK's own serializers. The run is over and its numbers
// aggregated when this runs, so no meter records anything: the metrics are built directly in the
// export model, each data point carrying the real window it covers (one second of the run, or the
// measured window). Names follow OpenTelemetry's semantic conventions where one exists
// (http.client.request.duration, http.request.method, server.address, url.template, error.type,
// service.*); the rest are loadtest.*.

import { type Attributes, type HrTime, ValueType } from '@opentelemetry/api';
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
import type { LabelKey, Telemetry, TelemetryMetric } from '../report/telemetry.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

/** url.template is still in the conventions' incubating set, which is not imported (it is large and may change): its name is copied, as OpenTelemetry advises. */
const ATTR_URL_TEMPLATE = 'url.template';

/** OTLP_SERVICE_NAME: the run's service.name, which a Prometheus backend turns into job="loadtest", as the Pushgateway's group has it. */
export const OTLP_SERVICE_NAME = 'loadtest';

/** OTEL_ATTRIBUTES: the attribute each point label is exported as. */
const OTEL_ATTRIBUTES: Record<LabelKey, string> = {
  endpoint: 'loadtest.endpoint',
  method: ATTR_HTTP_REQUEST_METHOD,
  template: ATTR_URL_TEMPLATE,
  phase: 'loadtest.phase',
  verdict: 'loadtest.verdict',
  errorType: ATTR_ERROR_TYPE,
};

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
