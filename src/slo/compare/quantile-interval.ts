// A distribution-free interval for the difference of one percentile between two runs, for when
// one side has no histogram to resample, only a table of percentiles (a Locust _stats.csv).
//
// For n values, the rank of the q-quantile is uncertain by about z·√(n·q·(1−q)) (the binomial
// spread of how many values fall below it), so the true q-quantile lies between the values at
// ranks q ± z·√(q(1−q)/n) (+1/n for the discreteness). Each side's interval holds at a confidence
// that leaves half the error to the other side (Bonferroni), and the difference takes their
// extremes, which is conservative: it says "not enough data" rather than pass a regression.

import { type Histogram, decodeHistogram } from '../../metrics/histogram.js';
import { normalQuantile } from './rank.js';

/** QuantileSource: one run's latency distribution, as far as it is known. */
export interface QuantileSource {
  n: number;
  /** valueAt(q): the q-quantile in ms, for q in [0, 1]. */
  valueAt(q: number): number;
  /** slack(ms): how far a reported value may be from the true one (the source's own rounding). */
  slack(ms: number): number;
}

export function histogramSource(encoded: string, n: number): QuantileSource {
  let histogram: Histogram | null = null;
  return {
    n,
    valueAt: (q) => {
      histogram ??= decodeHistogram(encoded);
      return histogram.totalCount === 0 ? 0 : histogram.getValueAtPercentile(Math.min(100, Math.max(0, q * 100))) / 1000;
    },
    slack: () => 0,
  };
}

/**
 * tableSource reads a table of (quantile, ms) points, from (0, min) to (1, max), by linear
 * interpolation; `slack` is the table's own rounding of each value.
 */
export function tableSource(points: ReadonlyArray<readonly [number, number]>, n: number, slack: (ms: number) => number): QuantileSource {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  return {
    n,
    valueAt: (q) => {
      if (sorted.length === 0) return 0;
      if (q <= sorted[0][0]) return sorted[0][1];
      for (let i = 1; i < sorted.length; i++) {
        const [q1, v1] = sorted[i];
        const [q0, v0] = sorted[i - 1];
        if (q <= q1) return q1 === q0 ? v1 : v0 + ((v1 - v0) * (q - q0)) / (q1 - q0);
      }
      return sorted[sorted.length - 1][1];
    },
    slack,
  };
}

export interface QuantileDifference {
  estimate: number;
  low: number;
  high: number;
}

/** quantileDifference: subject − reference at quantile q, with an interval holding at `confidence` for both sides together. */
export function quantileDifference(subject: QuantileSource, reference: QuantileSource, q: number, confidence: number): QuantileDifference {
  const z = normalQuantile(1 - (1 - confidence) / 4);
  const bounds = (source: QuantileSource): [number, number] => {
    const half = z * Math.sqrt((q * (1 - q)) / Math.max(1, source.n)) + 1 / Math.max(1, source.n);
    const low = source.valueAt(Math.max(0, q - half));
    const high = source.valueAt(Math.min(1, q + half));
    return [low - source.slack(low), high + source.slack(high)];
  };
  const [subjectLow, subjectHigh] = bounds(subject);
  const [referenceLow, referenceHigh] = bounds(reference);
  return { estimate: subject.valueAt(q) - reference.valueAt(q), low: subjectLow - referenceHigh, high: subjectHigh - referenceLow };
}
