// Counting requests per second (or minute) over a log of any length, in plain data a part's state
// can be posted between threads in, with pure functions:
// - Peaks: a route's busiest unit in bounded memory: counts are held only for the units near the
//   latest seen (servers write lines as requests end, so a line is at most a request's duration
//   out of order) and near the first (where an earlier part of a split log may hold the rest of
//   that unit's requests); a unit that falls out of both is final, and only the largest final count
//   is kept. A line for a unit already final (a log more out of order than the window, or two logs
//   of the same hours) makes the peak a lower bound: `exact` turns false, and the report says so.
// - Series: every unit's exact count (the whole log's seconds and minutes: the peak and the
//   per-minute rates the written rate is read from), 4 bytes a unit over the log's span.

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
  /** exact: false once a count came for a unit already settled: the peak is then at least what it says. */
  exact: boolean;
}

export function newPeaks(window: number): Peaks {
  return { window, run: NaN, runCount: 0, held: new Map(), first: Infinity, latest: -Infinity, peak: 0, exact: true };
}

export function countIn(peaks: Peaks, unit: number): void {
  if (unit === peaks.run) {
    peaks.runCount++;
    return;
  }
  endRun(peaks);
  if (!peaks.held.has(unit) && settled(peaks, unit)) peaks.exact = false;
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
  // Parts of one log meet at their ends; logs of the same hours overlap where both settled units.
  if (into.first <= into.latest && other.first <= other.latest && other.first < into.latest - into.window && other.latest > into.first + into.window) into.exact = false;
  into.exact &&= other.exact;
  for (const [unit, n] of other.held) into.held.set(unit, (into.held.get(unit) ?? 0) + n);
  into.first = Math.min(into.first, other.first);
  into.latest = Math.max(into.latest, other.latest);
  into.peak = Math.max(into.peak, other.peak);
  settle(into);
}

/** peakOf: the largest count of any unit, held ones included (the log is over). */
export function peakOf(peaks: Peaks): number {
  endRun(peaks);
  let peak = peaks.peak;
  for (const n of peaks.held.values()) if (n > peak) peak = n;
  return peak;
}

/** settled: a unit beyond the window from both ends is final. */
function settled(peaks: Peaks, unit: number): boolean {
  return unit < peaks.latest - peaks.window && unit > peaks.first + peaks.window;
}

/** settle: the final units' counts go into the peak. */
function settle(peaks: Peaks): void {
  for (const [unit, n] of peaks.held) {
    if (settled(peaks, unit)) {
      if (n > peaks.peak) peaks.peak = n;
      peaks.held.delete(unit);
    }
  }
}

/** Series: every unit's exact count: a dense array over the log's span (up to MAX_SPAN units), any stray unit beyond it in a Map. */
export interface Series {
  origin: number;
  counts: Uint32Array;
  outside: Map<number, number>;
  run: number;
  runCount: number;
}

/** MAX_SPAN: the units held densely: 8.4 M (97 days of seconds, 32 MB); a timestamp years off goes to the Map instead. */
const MAX_SPAN = 1 << 23;
/** SLACK: room made around a unit when the array grows, for the lines a little out of order. */
const SLACK = 1024;

export function newSeries(): Series {
  return { origin: NaN, counts: new Uint32Array(0), outside: new Map(), run: NaN, runCount: 0 };
}

export function countInSeries(series: Series, unit: number): void {
  if (unit === series.run) {
    series.runCount++;
    return;
  }
  endSeriesRun(series);
  series.run = unit;
  series.runCount = 1;
}

function endSeriesRun(series: Series): void {
  if (series.runCount === 0) return;
  addAt(series, series.run, series.runCount);
  series.run = NaN;
  series.runCount = 0;
}

function addAt(series: Series, unit: number, n: number): void {
  if (Number.isNaN(series.origin)) {
    series.origin = unit - SLACK;
    series.counts = new Uint32Array(4 * SLACK);
  }
  let at = unit - series.origin;
  if (at < 0 || at >= series.counts.length) {
    // Grow towards the unit, doubling, unless the span would pass MAX_SPAN.
    const end = series.origin + series.counts.length;
    const origin = at < 0 ? Math.min(unit - SLACK, end - 2 * series.counts.length) : series.origin;
    const newEnd = at < 0 ? end : Math.max(unit + SLACK, series.origin + 2 * series.counts.length);
    if (newEnd - origin > MAX_SPAN) {
      series.outside.set(unit, (series.outside.get(unit) ?? 0) + n);
      return;
    }
    const grown = new Uint32Array(newEnd - origin);
    grown.set(series.counts, series.origin - origin);
    series.counts = grown;
    series.origin = origin;
    at = unit - origin;
  }
  series.counts[at] += n;
}

/** absorbSeries: another part's counts added in. */
export function absorbSeries(into: Series, other: Series): void {
  endSeriesRun(into);
  endSeriesRun(other);
  for (let i = 0; i < other.counts.length; i++) if (other.counts[i] > 0) addAt(into, other.origin + i, other.counts[i]);
  for (const [unit, n] of other.outside) addAt(into, unit, n);
}

/** seriesCounts: every unit with a count, in order. */
export function seriesCounts(series: Series): Array<[number, number]> {
  endSeriesRun(series);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < series.counts.length; i++) if (series.counts[i] > 0) out.push([series.origin + i, series.counts[i]]);
  for (const entry of series.outside) out.push(entry);
  return out.sort((a, b) => a[0] - b[0]);
}

/** seriesMax: the largest count of any unit. */
export function seriesMax(series: Series): number {
  endSeriesRun(series);
  let max = 0;
  for (let i = 0; i < series.counts.length; i++) if (series.counts[i] > max) max = series.counts[i];
  for (const n of series.outside.values()) if (n > max) max = n;
  return max;
}
