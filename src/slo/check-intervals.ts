// Fixed limits show their uncertainty. A run measures its p95 (or error rate) with sampling error,
// and a value a hair over its limit may be a service that meets it: a true p95 of 241 ms read as
// 251.1 ms once against 250 ms. Each latency and error-rate check gets the interval of its value:
//   - a percentile's from the order statistics of its histogram (distribution-free: the ranks
//     n·q ∓ z·√(n·q·(1−q)) bracket the true percentile), an error rate's Wilson interval;
//   - widened, as the comparisons are, to what the run's batches of time show (slo/compare/blocks.ts);
//     an endpoint takes the whole run's widening for the same metric.
// A check whose interval holds its limit is "too close to call". Under `decision: point` (the
// default) that is said and the measured value decides; under `decision: confident` the check
// decides only when its interval is clear of the limit (slo/verdict.ts). Pure.

import { type ComparedMetric } from '../config/criteria.js';
import { type ThresholdKey } from '../config/plan.js';
import { binsOfEncoded } from '../metrics/histogram.js';
import type { EndpointMetrics, LatencyBins } from '../metrics/snapshot.js';
import type { Check } from './checks.js';
import { type Block, sideHalfWidth } from './compare/blocks.js';
import { valueAtRank } from './compare/bootstrap.js';
import { wilson } from './compare/proportions.js';
import { normalQuantile, toBins } from './compare/rank.js';
import { quantileOfMetric } from './distortion.js';

/** CHECK_CONFIDENCE: each threshold check's interval; a check is one claim, not a family of tests. */
export const CHECK_CONFIDENCE = 0.95;

export interface CheckScope {
  /** metrics: with encoded histograms (a report's), or decoded bins (a look's: app/look.ts). */
  metrics: Pick<EndpointMetrics, 'requests' | 'errors'> & ({ histograms: EndpointMetrics['histograms'] } | { bins: LatencyBins });
  /** blocks: the whole run's measured seconds; endpoints have none of their own. */
  blocks?: readonly Block[];
}

/** withIntervals adds each latency and error-rate check's interval and whether it is too close to call. */
export function withIntervals(checks: readonly Check[], scopeOf: (check: Check) => CheckScope | null, confidence = CHECK_CONFIDENCE): Check[] {
  const widening = new Map<ThresholdKey, number>();
  // The whole run's checks first: their widening is the endpoints' too.
  const order = [...checks.keys()].sort((a, b) => Number(checks[a].endpoint !== null) - Number(checks[b].endpoint !== null));
  const out = [...checks];
  for (const i of order) {
    const check = checks[i];
    const scope = scopeOf(check);
    if (!scope || check.noData || !intervalled(check.metric) || scope.metrics.requests === 0) continue;
    const perRequest = check.metric === 'error_rate' ? errorRateInterval(scope.metrics.errors, scope.metrics.requests, confidence) : percentileInterval(scope.metrics, check.metric, confidence);
    if (!perRequest) continue;
    if (check.endpoint === null && scope.blocks) {
      const spread = sideHalfWidth(scope.blocks, check.metric as ComparedMetric, confidence);
      const half = (perRequest.high - perRequest.low) / 2;
      if (spread && half > 0) widening.set(check.metric, Math.max(1, spread.halfWidth / half));
    }
    const factor = widening.get(check.metric) ?? 1;
    const low = Math.max(0, check.actual - factor * (check.actual - perRequest.low));
    const high = check.actual + factor * (perRequest.high - check.actual);
    // Strictly inside: an error rate of 0 against a 0% limit (a lower bound of 0 on the limit) is clear, not close.
    out[i] = { ...check, interval: { low, high, confidence }, closeCall: low < check.threshold && check.threshold < high };
  }
  return out;
}

function intervalled(metric: ThresholdKey): boolean {
  return metric === 'p50' || metric === 'p90' || metric === 'p95' || metric === 'p99' || metric === 'p999' || metric === 'error_rate';
}

/** percentileInterval: the values at the ranks that bracket the percentile with the given confidence. */
function percentileInterval(metrics: CheckScope['metrics'], metric: ThresholdKey, confidence: number): { low: number; high: number } | null {
  const decoded = 'bins' in metrics ? metrics.bins : metrics.histograms?.latency ? binsOfEncoded(metrics.histograms.latency) : null;
  if (!decoded) return null;
  const bins = toBins(decoded);
  const n = bins.total;
  if (n === 0) return null;
  const q = quantileOfMetric(metric);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const spread = z * Math.sqrt(n * q * (1 - q));
  const at = (rank: number) => valueAtRank(bins.values, bins.counts, rank);
  return { low: at(Math.max(1, Math.floor(n * q - spread))), high: at(Math.min(n, Math.ceil(n * q + spread) + 1)) };
}

/** errorRateInterval: the Wilson score interval of an error rate, in percent. */
function errorRateInterval(errors: number, n: number, confidence: number): { low: number; high: number } {
  const [low, high] = wilson(errors, n, normalQuantile(1 - (1 - confidence) / 2));
  return { low: low * 100, high: high * 100 };
}
