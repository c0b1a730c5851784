// The run's metrics as the exporters send them (Prometheus remote write, OTLP): the per-second
// series, each second stamped with its real time, and the summary with the verdict. Each metric is
// named once for Prometheus and once in OpenTelemetry's style, so both exporters send the same
// content; each exporter names the labels its own way. Labels are bounded: the run id, the
// environment, the target's host and port, an endpoint's configured name, method and path template,
// never a request's own URL (a series per URL is a series per user id, and a receiver's cardinality
// limit refuses the run).
//
// The numbers are already aggregated when the run ends, so nothing here is measured again: a
// second's percentiles are the collector's for that second, the summary is results.json's.

import { binsOfEncoded } from '../metrics/histogram.js';
import type { EndpointReport, RunReport, TimePoint } from './model.js';
import { SUMMARY_FAMILIES } from './prometheus.js';

/** LabelKey: what a point may be labelled with beyond the run's own labels (each exporter names them). */
export type LabelKey = 'endpoint' | 'method' | 'template' | 'phase' | 'verdict' | 'errorType';

export interface TelemetryPoint {
  labels: Partial<Record<LabelKey, string>>;
  value: number;
  /** startMs, endMs: the window the value is of (Unix ms); a Prometheus sample is stamped with its end. */
  startMs: number;
  endMs: number;
}

export interface TelemetryMetric {
  prometheus: string;
  otel: string;
  help: string;
  /** unit: UCUM, as OpenTelemetry writes it (ms, %, {request}). */
  unit: string;
  /** gauge: a value of its window; count: how many happened within it (a Prometheus counter, an OTLP delta sum). */
  kind: 'gauge' | 'count';
  points: TelemetryPoint[];
}

/**
 * DurationHistogram: one endpoint's judged latencies over the measured window as explicit buckets, in
 * seconds, at the HDR histogram's resolution (0.1%): counts[i] holds latencies above
 * boundaries[i-1] and at most boundaries[i]; the last, those above every boundary.
 */
export interface DurationHistogram {
  labels: Partial<Record<LabelKey, string>>;
  startMs: number;
  endMs: number;
  boundaries: number[];
  counts: number[];
  count: number;
  sum: number;
  min: number;
  max: number;
}

export interface Telemetry {
  runId: string;
  environment: string | null;
  /** server: the target's host and port (never its path, query or credentials). */
  server: { address: string; port: number } | null;
  metrics: TelemetryMetric[];
  durations: DurationHistogram[];
}

/** DURATION_BOUNDARIES: OpenTelemetry's advised buckets for http.client.request.duration, seconds. */
export const DURATION_BOUNDARIES: readonly number[] = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

interface SecondSeries {
  prometheus: string;
  otel: string;
  help: string;
  unit: string;
  /** value of one second; null leaves the second out (no latency without a request). */
  value: (p: TimePoint) => number | null;
  model?: 'closed' | 'open';
}

const SECOND_SERIES: readonly SecondSeries[] = [
  { prometheus: 'loadtest_second_requests', otel: 'loadtest.second.requests', unit: '{request}', help: 'Requests completed in the second: its throughput, requests per second', value: (p) => p.requests },
  { prometheus: 'loadtest_second_errors', otel: 'loadtest.second.errors', unit: '{request}', help: 'Failed requests among those completed in the second', value: (p) => p.errors },
  { prometheus: 'loadtest_second_error_rate_percent', otel: 'loadtest.second.error_rate', unit: '%', help: "Failed requests, percent of the second's requests", value: (p) => (p.requests > 0 ? (p.errors / p.requests) * 100 : null) },
  { prometheus: 'loadtest_second_latency_p50_ms', otel: 'loadtest.second.latency.p50', unit: 'ms', help: 'P50 latency of the requests completed in the second, milliseconds', value: (p) => (p.requests > 0 ? p.p50 : null) },
  { prometheus: 'loadtest_second_latency_p95_ms', otel: 'loadtest.second.latency.p95', unit: 'ms', help: 'P95 latency of the requests completed in the second, milliseconds', value: (p) => (p.requests > 0 ? p.p95 : null) },
  { prometheus: 'loadtest_second_latency_p99_ms', otel: 'loadtest.second.latency.p99', unit: 'ms', help: 'P99 latency of the requests completed in the second, milliseconds', value: (p) => (p.requests > 0 ? p.p99 : null) },
  { prometheus: 'loadtest_second_in_flight', otel: 'loadtest.second.in_flight', unit: '{request}', help: 'Requests in flight at the end of the second', value: (p) => p.inFlight },
  { prometheus: 'loadtest_second_users', otel: 'loadtest.second.users', unit: '{user}', help: 'Virtual users running at the end of the second', value: (p) => p.users, model: 'closed' },
  { prometheus: 'loadtest_second_arrivals', otel: 'loadtest.second.arrivals', unit: '{arrival}', help: 'Arrivals scheduled in the second', value: (p) => p.arrivals, model: 'open' },
  { prometheus: 'loadtest_second_dropped', otel: 'loadtest.second.dropped', unit: '{arrival}', help: 'Arrivals dropped in the second (max_in_flight reached)', value: (p) => p.dropped, model: 'open' },
];

/**
 * telemetryOf: a judged run (a rollout's deciding stage, with the rollout's verdict) as the
 * exporters send it, labelled with `runId`.
 */
export function telemetryOf(run: RunReport, runId: string): Telemetry {
  const endedMs = Date.parse(run.endedAt);
  const loadMs = run.loadStartedAt ? Date.parse(run.loadStartedAt) : null;
  const summaryWindow = { startMs: loadMs === null ? Date.parse(run.startedAt) : loadMs + run.warmup.seconds * 1000, endMs: endedMs };

  const seconds = loadMs === null ? [] : run.timeseries.map((p) => ({ p, startMs: loadMs + p.t * 1000, endMs: Math.min(loadMs + (p.t + 1) * 1000, endedMs) }));
  const perSecond: TelemetryMetric[] = SECOND_SERIES.filter((s) => !s.model || s.model === run.plan.model).map((s) => ({
    prometheus: s.prometheus,
    otel: s.otel,
    help: s.help,
    unit: s.unit,
    kind: 'gauge',
    points: seconds.flatMap(({ p, startMs, endMs }) => {
      const value = s.value(p);
      return value === null ? [] : [{ labels: { phase: p.warmup ? 'warmup' : 'measured' }, value, startMs, endMs }];
    }),
  }));

  const scopes: Array<{ labels: Partial<Record<LabelKey, string>>; metrics: EndpointReport }> = [{ labels: {}, metrics: run.overall }, ...run.endpoints.map((e) => ({ labels: endpointLabels(e), metrics: e }))];
  const point = (labels: Partial<Record<LabelKey, string>>, value: number): TelemetryPoint => ({ labels, value, ...summaryWindow });
  const summary: TelemetryMetric[] = [
    ...SUMMARY_FAMILIES.map((f) => ({ prometheus: f.name, otel: f.otel, help: f.help, unit: f.unit, kind: f.type === 'counter' ? ('count' as const) : ('gauge' as const), points: scopes.map((s) => point(s.labels, f.value(s.metrics))) })),
    {
      prometheus: 'loadtest_errors_total',
      otel: 'loadtest.errors',
      help: 'Failed requests measured after the warm-up, by what went wrong',
      unit: '{request}',
      kind: 'count',
      points: scopes.flatMap((s) => Object.entries(s.metrics.errorCodes).map(([code, n]) => point({ ...s.labels, errorType: code }, n ?? 0))),
    },
    { prometheus: 'loadtest_slo_passed', otel: 'loadtest.slo.passed', help: '1 when the verdict was pass, else 0', unit: '1', kind: 'gauge', points: [point({ verdict: run.verdict }, run.passed ? 1 : 0)] },
    { prometheus: 'loadtest_slo_violations_count', otel: 'loadtest.slo.violations', help: 'SLO thresholds broken', unit: '{violation}', kind: 'gauge', points: [point({}, run.violations.length)] },
    { prometheus: 'loadtest_run_timestamp_seconds', otel: 'loadtest.run.start', help: 'When the run started, Unix time', unit: 's', kind: 'gauge', points: [point({}, Math.floor(Date.parse(run.startedAt) / 1000))] },
  ];

  return {
    runId,
    environment: run.environment,
    server: serverOf(run.target),
    metrics: [...perSecond, ...summary].filter((m) => m.points.length > 0),
    durations: run.endpoints.flatMap((e) => {
      const histogram = durationHistogram(e.histograms.latency);
      return histogram ? [{ labels: endpointLabels(e), ...summaryWindow, ...histogram }] : [];
    }),
  };
}

/** endpointLabels: the endpoint's configured name, method and path template (its query left out: it may hold a token). */
function endpointLabels(e: EndpointReport): Partial<Record<LabelKey, string>> {
  const template = e.path.split('?')[0];
  return { endpoint: e.name, method: e.method, ...(template.startsWith('/') ? { template } : {}) };
}

function serverOf(target: string): Telemetry['server'] {
  try {
    const url = new URL(target);
    return { address: url.hostname, port: url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80 };
  } catch {
    return null;
  }
}

/** durationHistogram: an encoded latency histogram (ms) as OpenTelemetry's buckets (s); null when it recorded nothing. */
function durationHistogram(encoded: string): Omit<DurationHistogram, 'labels' | 'startMs' | 'endMs'> | null {
  const bins = binsOfEncoded(encoded);
  if (bins.length === 0) return null;
  const counts = new Array<number>(DURATION_BOUNDARIES.length + 1).fill(0);
  let count = 0;
  let sum = 0;
  for (const [ms, n] of bins) {
    const seconds = ms / 1000;
    const bucket = DURATION_BOUNDARIES.findIndex((bound) => seconds <= bound);
    counts[bucket === -1 ? DURATION_BOUNDARIES.length : bucket] += n;
    count += n;
    sum += seconds * n;
  }
  return { boundaries: [...DURATION_BOUNDARIES], counts, count, sum, min: bins[0][0] / 1000, max: bins[bins.length - 1][0] / 1000 };
}
