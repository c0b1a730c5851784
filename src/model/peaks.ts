// A route's busiest second (or minute) over a log of any length, in bounded memory: counts are
// held only for the units near the latest seen (servers write lines as requests end, so a line
// is at most a request's duration out of order) and near the first (where an earlier part of a
// split log may hold the rest of that unit's requests); a unit that falls out of both is final,
// and only the largest final count is kept. Plain data and pure functions, so a part's state can be
// posted between threads.

/** Peaks: a counter's state. `window`: how far out of order (in units) a line may be and still count with its unit. */
export interface Peaks {
  window: number;
  /** run, runCount: the unit the last lines fell in and how many did, not yet in `held` (most lines repeat the unit before: one Map write per run, not per line). */
  run: number;
  runCount: number;
  held: Map<number, number>;
  first: number;
  latest: number;
  peak: number;
}

export function newPeaks(window: number): Peaks {
  return { window, run: NaN, runCount: 0, held: new Map(), first: Infinity, latest: -Infinity, peak: 0 };
}

export function countIn(peaks: Peaks, unit: number): void {
  if (unit === peaks.run) {
    peaks.runCount++;
    return;
  }
  endRun(peaks);
  peaks.run = unit;
  peaks.runCount = 1;
  if (unit > peaks.latest) peaks.latest = unit;
  if (unit < peaks.first) peaks.first = unit;
}

/** endRun: the run's count into `held`, settling the units that are final when too many are held. */
function endRun(peaks: Peaks): void {
  if (peaks.runCount === 0) return;
  peaks.held.set(peaks.run, (peaks.held.get(peaks.run) ?? 0) + peaks.runCount);
  peaks.runCount = 0;
  peaks.run = NaN;
  if (peaks.held.size > 4 * peaks.window) settle(peaks);
}

/** absorbPeaks: the counts of another part of the same log (units held at either end add up). */
export function absorbPeaks(into: Peaks, other: Peaks): void {
  endRun(into);
  endRun(other);
  for (const [unit, n] of other.held) into.held.set(unit, (into.held.get(unit) ?? 0) + n);
  into.first = Math.min(into.first, other.first);
  into.latest = Math.max(into.latest, other.latest);
  into.peak = Math.max(into.peak, other.peak);
  settle(into);
}

/** countsOf: every unit's count still held (all of them, for a window of Infinity: a whole series). */
export function countsOf(peaks: Peaks): Map<number, number> {
  endRun(peaks);
  return peaks.held;
}

/** peakOf: the largest count of any unit, held ones included (the log is over). */
export function peakOf(peaks: Peaks): number {
  endRun(peaks);
  let peak = peaks.peak;
  for (const n of peaks.held.values()) if (n > peak) peak = n;
  return peak;
}

/** settle: units beyond the window from both ends are final: their counts go into the peak. */
function settle(peaks: Peaks): void {
  for (const [unit, n] of peaks.held) {
    if (unit < peaks.latest - peaks.window && unit > peaks.first + peaks.window) {
      if (n > peaks.peak) peaks.peak = n;
      peaks.held.delete(unit);
    }
  }
}
