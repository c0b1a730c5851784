// The run's telemetry as Prometheus remote write 1.0 requests: protobuf WriteRequests (encoded by
// protobufjs from the specification's own message definitions, below) compressed with snappy's
// block format (snappyjs: pure JavaScript, so the bundle carries no native module).

import protobuf from 'protobufjs';
import SnappyJS from 'snappyjs';
import type { LabelKey, Telemetry, TelemetryMetric } from '../report/telemetry.js';

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

const WriteRequest = protobuf.parse(REMOTE_WRITE_PROTO).root.lookupType('prometheus.WriteRequest');

/** JOB: the job label of every series, as the Pushgateway's group has it. */
export const REMOTE_WRITE_JOB = 'loadtest';

/**
 * MAX_SAMPLES_PER_REQUEST: a long run is sent in several requests, oldest samples first. A
 * receiver refuses samples too far behind its newest one (Prometheus: about an hour); in parts,
 * the newer ones still land.
 */
export const MAX_SAMPLES_PER_REQUEST = 5000;

/** Prometheus label names of the point labels; a null one is not sent (the endpoint's name already says it). */
const PROMETHEUS_LABELS: Record<LabelKey, string | null> = { endpoint: 'endpoint', method: null, template: null, phase: 'phase', verdict: 'verdict', errorType: 'error_type' };

interface Sample {
  labels: Array<{ name: string; value: string }>;
  value: number;
  timestamp: number;
}

export interface EncodedRequest {
  /** body: the snappy-compressed protobuf WriteRequest. */
  body: Uint8Array;
  samples: number;
  series: number;
}

/** remoteWriteRequests: every sample, in time order, in requests of at most `maxSamples`. */
export function remoteWriteRequests(telemetry: Telemetry, maxSamples = MAX_SAMPLES_PER_REQUEST): EncodedRequest[] {
  // Array.prototype.sort is stable: each series keeps its own samples in time order.
  const samples = telemetry.metrics.flatMap((metric) => metric.points.map((point) => ({ metric, sample: { labels: seriesLabels(telemetry, metric, point.labels), value: point.value, timestamp: point.endMs } })));
  samples.sort((a, b) => a.sample.timestamp - b.sample.timestamp);
  const requests: EncodedRequest[] = [];
  for (let i = 0; i < samples.length; i += maxSamples) {
    const part = samples.slice(i, i + maxSamples);
    const series = new Map<string, { labels: Sample['labels']; samples: Array<{ value: number; timestamp: number }> }>();
    for (const { sample } of part) {
      const key = JSON.stringify(sample.labels);
      const entry = series.get(key) ?? { labels: sample.labels, samples: [] };
      entry.samples.push({ value: sample.value, timestamp: sample.timestamp });
      series.set(key, entry);
    }
    const metadata = [...new Set(part.map((p) => p.metric))].map((m) => ({ type: m.kind === 'count' ? 'COUNTER' : 'GAUGE', metricFamilyName: m.prometheus, help: m.help, unit: m.unit }));
    const message = WriteRequest.fromObject({ timeseries: [...series.values()], metadata });
    requests.push({ body: SnappyJS.compress(WriteRequest.encode(message).finish()), samples: part.length, series: series.size });
  }
  return requests;
}

/** decodeWriteRequest reads a request back (for tests, and to check the encoding round-trips). */
export function decodeWriteRequest(body: Uint8Array): { timeseries: Array<{ labels: Sample['labels']; samples: Array<{ value: number; timestamp: number }> }>; metadata: Array<Record<string, unknown>> } {
  const message = WriteRequest.decode(SnappyJS.uncompress(body));
  return WriteRequest.toObject(message, { longs: Number, enums: String, defaults: true, arrays: true }) as ReturnType<typeof decodeWriteRequest>;
}

/** seriesLabels: __name__, the run's labels and the point's, sorted by name as remote write requires; empty values left out (an empty label is no label). */
function seriesLabels(telemetry: Telemetry, metric: TelemetryMetric, point: Partial<Record<LabelKey, string>>): Sample['labels'] {
  const labels: Record<string, string | undefined> = {
    __name__: metric.prometheus,
    job: REMOTE_WRITE_JOB,
    run_id: telemetry.runId,
    environment: telemetry.environment ?? undefined,
    server_address: telemetry.server?.address,
    server_port: telemetry.server ? String(telemetry.server.port) : undefined,
  };
  for (const [key, value] of Object.entries(point) as Array<[LabelKey, string]>) {
    const name = PROMETHEUS_LABELS[key];
    if (name) labels[name] = value;
  }
  return Object.entries(labels)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => ({ name, value }));
}
