// Could the generator's own delay alone have pushed a latency figure past its limit? Judged from
// the run's latency histogram and s(b), the share of responses the generator delayed by more than
// b (engine/delay-bound.ts), so a verdict is held only when the distortion could change it.
//
// If the true q-quantile were within the limit, at most (1 − q)·n requests would truly take longer
// than it, and at most s(b)·n more could be pushed beyond limit + b by a delay over b. So when, for
// some b, more than (1 − q + s(b))·n requests took longer than limit + b, the breach is the
// service's; otherwise the generator could explain it. Added delay only ever raises latencies, so
// this never turns a measured pass into a false one. Pure.

import type { LatencyKey } from '../config/plan.js';

/** DelayShares: [b, s(b)] pairs, b in ms, on one grid. */
export type DelayShares = ReadonlyArray<readonly [number, number]>;

/**
 * combineShares: s(b) of two delays added together (a request sent late by the generator's pacing,
 * then read late by its stalled loop), on the grid they share. A total over b needs one part over
 * b1 or the other over b2 for any b1 + b2 ≤ b, so s(b) ≤ min over such splits of late(b1) + loop(b2).
 */
export function combineShares(loop: DelayShares, late: DelayShares): Array<[number, number]> {
  if (late.length === 0) return loop.map(([b, s]) => [b, s]);
  return loop.map(([b]) => {
    let best = 1;
    for (const [b1, s1] of late) for (const [b2, s2] of loop) if (b1 + b2 <= b + 1e-9) best = Math.min(best, s1 + s2);
    return [b, Math.min(1, best)];
  });
}

/** READ_SHARES: the share each readable bound is read at: p95's is the delay at most 5% of responses exceeded. */
const READ_SHARES: Record<LatencyKey, number> = { p50: 0.5, p90: 0.1, p95: 0.05, p99: 0.01, p999: 0.001 };

/**
 * readableBounds: per percentile, the smallest b of the grid that at most its share of responses
 * waited longer than (95% waited no longer than p95). For reading only: a percentile can move by
 * more than this, because the few delayed responses push others across it; couldExplain decides.
 */
export function readableBounds(shares: DelayShares): Record<LatencyKey, number> {
  const read = (share: number) => shares.find(([, s]) => s <= share)?.[0] ?? shares.at(-1)?.[0] ?? 0;
  return { p50: read(READ_SHARES.p50), p90: read(READ_SHARES.p90), p95: read(READ_SHARES.p95), p99: read(READ_SHARES.p99), p999: read(READ_SHARES.p999) };
}

export function couldExplain(shares: DelayShares, q: number, n: number, limitMs: number, countAboveMs: (ms: number) => number): boolean {
  if (n === 0 || shares.length === 0) return false;
  for (const [b, share] of shares) if (countAboveMs(limitMs + b) > (1 - q + share) * n) return false;
  return true;
}

/**
 * lowestQuantile: the lowest the true q-quantile could be, were the generator's delay taken away:
 * the smallest value couldExplain still allows, found by bisection between 0 and the measured
 * value (couldExplain only grows with the limit). With no delay, the measured value itself.
 */
export function lowestQuantile(shares: DelayShares, q: number, n: number, measuredMs: number, countAboveMs: (ms: number) => number): number {
  if (n === 0 || shares.length === 0 || !(measuredMs > 0)) return measuredMs;
  let low = 0;
  let high = measuredMs;
  if (couldExplain(shares, q, n, 0, countAboveMs)) return 0;
  // 0 is not allowed, measuredMs is (nothing above it beyond the share): bisect to a hundredth of a percent.
  while (high - low > Math.max(0.001, measuredMs * 1e-4)) {
    const mid = (low + high) / 2;
    if (couldExplain(shares, q, n, mid, countAboveMs)) high = mid;
    else low = mid;
  }
  return high;
}

/** quantileOfMetric: the quantile (0–1) a latency metric names: p95 → 0.95, p999 → 0.999. */
export function quantileOfMetric(metric: string): number {
  return metric === 'p999' ? 0.999 : Number(metric.slice(1)) / 100;
}
