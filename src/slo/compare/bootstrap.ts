// A bootstrap interval for the difference of a tail percentile (p95, p99) between two arms. A rank
// test speaks about the whole distribution; a regression that only lengthens the tail needs the
// percentiles themselves compared.
//
// Each replicate redraws every arm's sample from its own histogram (a multinomial over the bins)
// and takes the percentiles again. The interval is the normal bootstrap interval, estimate ± z·SD
// of the replicated differences: after the multiple-test correction the confidence is around 99.5%,
// and the 0.25% extremes of a few hundred replicates would be noise, while their SD is stable.
//
// Only the tail is redrawn bin by bin: how many values fall below the body cutoff (well under the
// lowest percentile asked for) is one binomial draw, and no percentile asked for lies in the body
// except with vanishing probability.

import type { Random } from '../../engine/random.js';
import { normalQuantile } from './rank.js';
import type { Bins } from './rank.js';

/** quantileOf is the smallest value with at least a share q of the sample at or below it (HdrHistogram's definition). */
export function quantileOf(values: Float64Array, counts: ArrayLike<number>, total: number, q: number): number {
  return valueAtRank(values, counts, Math.max(1, Math.ceil(q * total)));
}

/** valueAtRank is the value of the rank-th smallest of the binned sample (1-based). */
export function valueAtRank(values: Float64Array, counts: ArrayLike<number>, rank: number): number {
  let seen = 0;
  for (let i = 0; i < values.length; i++) {
    seen += counts[i];
    if (seen >= rank) return values[i];
  }
  return values[values.length - 1];
}

export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

/**
 * RESAMPLE_RESOLUTION: bins are merged to this relative width before resampling. Histograms keep
 * 0.1%, hundreds of bins in a tail; an interval judged against an allowance of several percent
 * needs no finer than 0.5%. Estimates themselves come from the full resolution.
 */
export const RESAMPLE_RESOLUTION = 0.005;

/** coarsen merges neighbouring bins whose values lie within `resolution` of the group's first (keeping the highest). */
export function coarsen(bins: Bins, resolution = RESAMPLE_RESOLUTION): Bins {
  const values: number[] = [];
  const counts: number[] = [];
  let start = -Infinity;
  for (let i = 0; i < bins.values.length; i++) {
    const value = bins.values[i];
    if (values.length > 0 && value <= start * (1 + resolution)) {
      values[values.length - 1] = value;
      counts[counts.length - 1] += bins.counts[i];
    } else {
      start = value;
      values.push(value);
      counts.push(bins.counts[i]);
    }
  }
  return { values: Float64Array.from(values), counts: Float64Array.from(counts), total: bins.total };
}

/** BODY_MARGIN: the body ends this far below the lowest percentile asked for (p95 → the 80th). */
const BODY_MARGIN = 0.15;

/** TailSampler redraws one arm's sample, bin by bin above the body cutoff. */
class TailSampler {
  private readonly bodyCount: number;
  private readonly bodyLastValue: number;
  private readonly tailValues: Float64Array;
  private readonly tailCounts: Float64Array;
  readonly drawn: Float64Array;
  bodyDrawn = 0;

  constructor(
    private readonly bins: Bins,
    lowestQuantile: number,
  ) {
    const limit = Math.max(0, lowestQuantile - BODY_MARGIN) * bins.total;
    let k = 0;
    let body = 0;
    while (k < bins.values.length && body + bins.counts[k] <= limit) body += bins.counts[k++];
    this.bodyCount = body;
    this.bodyLastValue = k > 0 ? bins.values[k - 1] : bins.values[0];
    this.tailValues = bins.values.subarray(k);
    this.tailCounts = bins.counts.subarray(k);
    this.drawn = new Float64Array(this.tailValues.length);
  }

  draw(random: Random): void {
    const n = this.bins.total;
    this.bodyDrawn = binomial(n, this.bodyCount / n, random);
    let left = n - this.bodyDrawn;
    let mass = n - this.bodyCount;
    for (let i = 0; i < this.tailCounts.length; i++) {
      const count = this.tailCounts[i];
      const take = i === this.tailCounts.length - 1 ? left : binomial(left, mass > 0 ? Math.min(1, count / mass) : 0, random);
      this.drawn[i] = take;
      left -= take;
      mass -= count;
    }
  }

  quantile(q: number): number {
    const rank = Math.max(1, Math.ceil(q * this.bins.total));
    if (rank <= this.bodyDrawn) return this.bodyLastValue;
    let seen = this.bodyDrawn;
    for (let i = 0; i < this.tailValues.length; i++) {
      seen += this.drawn[i];
      if (seen >= rank) return this.tailValues[i];
    }
    return this.tailValues[this.tailValues.length - 1];
  }
}

/** bootstrapDifference is the interval of quantile(canary) − quantile(production) at each q in `quantiles`. */
export function bootstrapDifference(canary: Bins, production: Bins, quantiles: readonly number[], confidence: number, replicates: number, random: Random): Interval[] {
  const estimates = quantiles.map((q) => quantileOf(canary.values, canary.counts, canary.total, q) - quantileOf(production.values, production.counts, production.total, q));
  const lowest = Math.min(...quantiles);
  const canarySampler = new TailSampler(coarsen(canary), lowest);
  const productionSampler = new TailSampler(coarsen(production), lowest);
  const sums = quantiles.map(() => 0);
  const squares = quantiles.map(() => 0);
  for (let r = 0; r < replicates; r++) {
    canarySampler.draw(random);
    productionSampler.draw(random);
    quantiles.forEach((q, k) => {
      const d = canarySampler.quantile(q) - productionSampler.quantile(q);
      sums[k] += d;
      squares[k] += d * d;
    });
  }
  const z = normalQuantile(1 - (1 - confidence) / 2);
  return estimates.map((estimate, k) => {
    const mean = sums[k] / replicates;
    const sd = Math.sqrt(Math.max(0, squares[k] / replicates - mean * mean) * (replicates / (replicates - 1)));
    return { estimate, low: estimate - z * sd, high: estimate + z * sd };
  });
}

/** binomial draws Binomial(n, p): by inversion when the mean is small, else from the normal approximation. */
export function binomial(n: number, p: number, random: Random): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const mean = n * p;
  if (mean < 30 || n * (1 - p) < 30) {
    if (p > 0.5) return n - binomial(n, 1 - p, random);
    // Inversion: walk up the distribution from 0; expected steps are about the mean.
    const q = 1 - p;
    let probability = Math.exp(n * Math.log1p(-p));
    if (probability === 0) return Math.round(mean);
    let cumulative = probability;
    const u = random();
    let k = 0;
    while (u > cumulative && k < n) {
      probability *= ((n - k) / (k + 1)) * (p / q);
      cumulative += probability;
      k++;
    }
    return k;
  }
  const u1 = 1 - random();
  const u2 = random();
  const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return Math.min(n, Math.max(0, Math.round(mean + normal * Math.sqrt(mean * (1 - p)))));
}
