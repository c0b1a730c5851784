// Evaluating thresholds: pure, from plain metrics to checks that each carry a sentence a person can
// act on, in the seeds' words ("P95 latency 350.2ms exceeds threshold 250ms").

import type { Source } from '../config/issues.js';
import { type ThresholdKey, type Thresholds, THRESHOLD_KEYS } from '../config/plan.js';
import { formatMs, round } from '../config/units.js';
import type { EndpointMetrics } from '../metrics/snapshot.js';

/** MeasuredCounts: what a check reads of an endpoint's metrics (a report's, or a look's as the run goes). */
export type MeasuredCounts = Omit<EndpointMetrics, 'histograms'>;

export interface Check {
  metric: ThresholdKey;
  /** endpoint is null for the run as a whole. */
  endpoint: string | null;
  threshold: number;
  actual: number;
  unit: 'ms' | '%' | 'req/s';
  passed: boolean;
  /** noData: nothing was measured to judge this by (an endpoint that got no requests); never a pass. */
  noData?: boolean;
  message: string;
  /** source is where the threshold was set, for annotations on the config line. */
  source: Source;
  /** interval: where the true value lies with this confidence (latency percentiles and the error rate; slo/check-intervals.ts). */
  interval?: { low: number; high: number; confidence: number };
  /** closeCall: the interval holds the limit: the measured value alone decides only under decision: point. */
  closeCall?: boolean;
}

export const METRIC_LABEL: Record<ThresholdKey, string> = {
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
export function actualValue(metrics: MeasuredCounts, key: Exclude<ThresholdKey, 'cpu_percent' | 'memory_percent'>): number {
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

export function unitOf(key: ThresholdKey): Check['unit'] {
  return key === 'error_rate' || key === 'checks' || key === 'cpu_percent' || key === 'memory_percent' ? '%' : key === 'throughput' ? 'req/s' : 'ms';
}

/** isMinimum: the threshold is a floor (throughput, the checks' pass rate), not a ceiling. */
export function isMinimum(key: ThresholdKey): boolean {
  return key === 'throughput' || key === 'checks';
}

/** checkOutcomes: how many check outcomes a scope has, and how many passed (every check of every step in it). */
export function checkOutcomes(metrics: Pick<MeasuredCounts, 'checks'>): { passed: number; total: number } {
  let passed = 0;
  let total = 0;
  for (const c of metrics.checks ?? []) {
    passed += c.passed;
    total += c.passed + c.failed;
  }
  return { passed, total };
}

/** formatValue prints a value as the seeds do: "350.2ms", "1.2%", "850.5 req/sec". */
export function formatValue(key: ThresholdKey, value: number): string {
  if (key === 'cpu_percent' || key === 'memory_percent') return `${round(value, 1)}%`;
  if (key === 'error_rate') return `${round(value, value > 0 && value < 0.01 ? 3 : 2)}%`;
  if (key === 'checks') return `${round(value, value > 99.9 && value < 100 ? 3 : 2)}%`;
  if (key === 'throughput') return `${round(value, 1)} req/sec`;
  return formatMs(value);
}

/** forShare scales a throughput minimum to a shard's share of the load; every other threshold holds for any share. */
export function forShare(thresholds: Thresholds, share: number): Thresholds {
  if (share === 1 || !thresholds.throughput) return thresholds;
  return { ...thresholds, throughput: { ...thresholds.throughput, value: thresholds.throughput.value * share } };
}

/** evaluateChecks applies every threshold: the run's own to the whole, each endpoint's to that endpoint. */
export function evaluateChecks(overall: MeasuredCounts, thresholds: Thresholds, endpoints: ReadonlyArray<{ metrics: MeasuredCounts; thresholds: Thresholds }>): Check[] {
  const checks: Check[] = [];
  const add = (metrics: MeasuredCounts, set: Thresholds, endpoint: string | null) => {
    for (const key of THRESHOLD_KEYS) {
      const threshold = set[key];
      if (!threshold || key === 'cpu_percent' || key === 'memory_percent') continue;
      // A throughput of 0 is a measurement; a latency, an error rate or a pass rate of nothing is not.
      const nothing = key === 'checks' ? checkOutcomes(metrics).total === 0 : metrics.requests === 0 && key !== 'throughput';
      checks.push(nothing ? noData(key, threshold.value, endpoint, threshold.source) : check(key, threshold.value, actualValue(metrics, key), endpoint, threshold.source));
    }
  };
  add(overall, thresholds, null);
  for (const { metrics, thresholds: own } of endpoints) add(metrics, own, metrics.name);
  return checks;
}

function noData(key: ThresholdKey, threshold: number, endpoint: string | null, source: Source): Check {
  const subject = endpoint === null ? METRIC_LABEL[key] : `${endpoint}: ${METRIC_LABEL[key]}`;
  const message = `${subject} could not be judged against ${formatValue(key, threshold)}: ${key === 'checks' ? 'no checked responses' : 'no measured requests'}`;
  return { metric: key, endpoint, threshold, actual: 0, unit: unitOf(key), passed: false, noData: true, message, source };
}

function check(key: ThresholdKey, threshold: number, actual: number, endpoint: string | null, source: Source): Check {
  const passed = isMinimum(key) ? actual >= threshold : actual <= threshold;
  const subject = endpoint === null ? METRIC_LABEL[key] : `${endpoint}: ${METRIC_LABEL[key]}`;
  const relation = passed ? (isMinimum(key) ? 'meets minimum' : 'within threshold') : isMinimum(key) ? 'below threshold' : 'exceeds threshold';
  const message = `${subject} ${formatValue(key, actual)} ${relation} ${formatValue(key, threshold)}`;
  return { metric: key, endpoint, threshold, actual, unit: unitOf(key), passed, message, source };
}
