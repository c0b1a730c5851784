// Time series for charts: the seconds under load, downsampled to a readable number of points so an
// hour-long run draws as clearly (and weighs as little) as a minute-long one. The job summary draws
// them as Mermaid blocks (xychart.ts), report.html with uPlot (html/charts.ts).

import type { TimePoint } from './model.js';

export interface SeriesPoint {
  /** startSecond of the bucket, since the run started. */
  startSecond: number;
  seconds: number;
  requestsPerSecond: number;
  errorsPerSecond: number;
  /** p50: request-weighted mean of the seconds' medians; p95/p99: the highest of the seconds', so no spike is hidden. */
  p50: number;
  p95: number;
  p99: number;
  users: number;
  arrivalsPerSecond: number;
  dropped: number;
  lagMs: number;
  /** generatorCpuPercent: the generator's highest CPU in the bucket (100 = one core). */
  generatorCpuPercent: number;
  warmup: boolean;
}

/**
 * secondsUnderLoad: the seconds that lie wholly within the load, for charts. The collector closes
 * the second the run ended in (the drain included) as if it were whole, so a run whose drain ends
 * 20ms into a second drew a fall to a few requests per second there; a second the load stopped
 * in, or one after it with only the drain's replies, falls the same way. Scaling such a second to
 * its length would not help: it holds mostly replies to requests sent before it, and a few of
 * those over a few milliseconds make a spike as false as the fall. So charts end where the load
 * stopped; results.json keeps every second, since every request counts there (totals, batches of
 * time, shard merges, the Locust history).
 * `durationSeconds` is when the load stopped, rounded to the millisecond, hence the allowance.
 */
export function secondsUnderLoad<T extends { t: number }>(series: readonly T[], durationSeconds: number): T[] {
  return series.filter((p) => p.t + 1 <= durationSeconds + 0.001);
}

/** MAX_POINTS keeps charts legible and the job summary small whatever the run's length. */
export const MAX_POINTS = 60;

/** downsample groups whole seconds into at most `maxPoints` equal buckets. */
export function downsample(series: readonly TimePoint[], maxPoints = MAX_POINTS): SeriesPoint[] {
  if (series.length === 0) return [];
  const width = Math.ceil(series.length / maxPoints);
  const points: SeriesPoint[] = [];
  for (let start = 0; start < series.length; start += width) {
    const bucket = series.slice(start, start + width);
    const requests = bucket.reduce((sum, p) => sum + p.requests, 0);
    const weighted = requests > 0 ? bucket.reduce((sum, p) => sum + p.p50 * p.requests, 0) / requests : 0;
    points.push({
      startSecond: bucket[0].t,
      seconds: bucket.length,
      requestsPerSecond: requests / bucket.length,
      errorsPerSecond: bucket.reduce((sum, p) => sum + p.errors, 0) / bucket.length,
      p50: weighted,
      p95: Math.max(...bucket.map((p) => p.p95)),
      p99: Math.max(...bucket.map((p) => p.p99)),
      users: bucket[bucket.length - 1].users,
      arrivalsPerSecond: bucket.reduce((sum, p) => sum + p.arrivals, 0) / bucket.length,
      dropped: bucket.reduce((sum, p) => sum + p.dropped, 0),
      lagMs: Math.max(...bucket.map((p) => p.lagMs)),
      generatorCpuPercent: Math.max(...bucket.map((p) => p.generatorCpuPercent ?? 0)),
      warmup: bucket.some((p) => p.warmup),
    });
  }
  return points;
}

/** clock renders a second count as m:ss (or h:mm:ss). */
export function clock(totalSeconds: number): string {
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
