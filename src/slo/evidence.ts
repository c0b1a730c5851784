// Evidence behind a failed check, for judging small samples: how many of n requests were beyond
// the threshold. Read from the histograms, so a merged or re-read run gives the same answer.

import { type Histogram, countAboveMs, decodeHistogram } from '../metrics/histogram.js';
import type { EndpointMetrics } from '../metrics/snapshot.js';
import { type Check, checkOutcomes } from './checks.js';
import type { SampleEvidence } from './verdict.js';

export function evidenceFor(metrics: EndpointMetrics, check: Check): SampleEvidence | null {
  if (check.metric === 'error_rate') return { n: metrics.requests, k: metrics.errors };
  if (check.metric === 'checks') {
    const { passed, total } = checkOutcomes(metrics);
    return { n: total, k: total - passed };
  }
  if (check.unit !== 'ms') return null;
  return { n: metrics.requests, k: countAboveMs(decodeHistogram(metrics.histograms.latency), check.threshold) };
}

/** latencyCounter: counts a check's scope's latencies above a value, decoding each scope's histogram once. */
export function latencyCounter(metricsOf: (check: Check) => EndpointMetrics): (check: Check, ms: number) => number {
  const decoded = new Map<EndpointMetrics, Histogram>();
  return (check, ms) => {
    const metrics = metricsOf(check);
    if (!decoded.has(metrics)) decoded.set(metrics, decodeHistogram(metrics.histograms.latency));
    return countAboveMs(decoded.get(metrics)!, ms);
  };
}
