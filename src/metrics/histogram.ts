// The only importer of hdr-histogram-js. Every histogram is built with the same parameters and
// records integer microseconds, so that histograms from endpoints, seconds and shards merge
// exactly with add(), and travel as compressed base64 strings.

import * as hdr from 'hdr-histogram-js';

export type Histogram = hdr.Histogram;

/**
 * HISTOGRAM_SETTINGS: 3 significant digits (0.1% value resolution) over 1 µs … 1 hour, growing if
 * a value exceeds that. Int32 buckets record in ~110 ns on this class of machine (WebAssembly ~23 ns,
 * but it needs explicit freeing); either is under 1% of the time one request costs the generator.
 */
const HISTOGRAM_SETTINGS = {
  bitBucketSize: 32,
  lowestDiscernibleValue: 1,
  highestTrackableValue: 3_600_000_000,
  numberOfSignificantValueDigits: 3,
  autoResize: true,
} as const;

export function newHistogram(): Histogram {
  return hdr.build(HISTOGRAM_SETTINGS);
}

/** toMicros converts a duration in (fractional) milliseconds to the integer microseconds histograms record. */
export function toMicros(ms: number): number {
  return ms <= 0 ? 0 : Math.round(ms * 1000);
}

export interface LatencySummary {
  min: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

export const EMPTY_SUMMARY: LatencySummary = { min: 0, mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, p999: 0, max: 0 };

/** summarize reads a histogram's distribution in milliseconds (to the microsecond). */
export function summarize(histogram: Histogram): LatencySummary {
  if (histogram.totalCount === 0) return { ...EMPTY_SUMMARY };
  const ms = (us: number) => Math.round(us) / 1000;
  const js = histogram as unknown as JsHistogramInternals;
  // min and max at bucket resolution, like the percentiles: the encoding keeps buckets, not exact
  // extremes, so a histogram read back from results.json or merged from shards must agree with the live one.
  const lowest = histogram.minNonZeroValue === Number.MAX_SAFE_INTEGER ? 0 : js.lowestEquivalentValue(histogram.minNonZeroValue);
  return {
    min: ms(lowest),
    mean: ms(histogram.mean),
    p50: ms(histogram.getValueAtPercentile(50)),
    p90: ms(histogram.getValueAtPercentile(90)),
    p95: ms(histogram.getValueAtPercentile(95)),
    p99: ms(histogram.getValueAtPercentile(99)),
    p999: ms(histogram.getValueAtPercentile(99.9)),
    max: ms(histogram.getValueAtPercentile(100)),
  };
}

/** percentileMs is one percentile in milliseconds. */
export function percentileMs(histogram: Histogram, percentile: number): number {
  return histogram.totalCount === 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1000;
}

/**
 * countAboveMs counts recorded values that are certainly above `ms`: values whose whole equivalence
 * range lies above it. Used to tell whether a percentile threshold is already lost or clearly broken.
 */
export function countAboveMs(histogram: Histogram, ms: number): number {
  const limit = toMicros(ms);
  const js = histogram as unknown as JsHistogramInternals;
  const iterator = js.recordedValuesIterator;
  iterator.reset();
  let count = 0;
  while (iterator.hasNext()) {
    const step = iterator.next();
    if (js.lowestEquivalentValue(step.valueIteratedTo) > limit) count += step.countAtValueIteratedTo;
  }
  return count;
}

/** JsHistogramInternals: public members of the JS histogram class that the Histogram interface does not declare. */
interface JsHistogramInternals {
  lowestEquivalentValue(value: number): number;
  recordedValuesIterator: {
    reset(): void;
    hasNext(): boolean;
    next(): { valueIteratedTo: number; countAtValueIteratedTo: number };
  };
}

/** binsOfEncoded lists an encoded histogram's recorded values (ms, at bucket resolution) with their counts. */
export function binsOfEncoded(encoded: string): Array<[number, number]> {
  return binsOfHistogram(decodeHistogram(encoded));
}

/**
 * summaryOfBins: summarize() from bins already listed, without walking the histogram's buckets again
 * (each walk is over every bucket, a millisecond or more): the same percentiles, since a bin's value
 * is its bucket's highest equivalent value, as getValueAtPercentile answers; min is the lowest bin.
 */
export function summaryOfBins(bins: ReadonlyArray<readonly [number, number]>): LatencySummary {
  const total = bins.reduce((n, [, count]) => n + count, 0);
  if (total === 0) return { ...EMPTY_SUMMARY };
  const at = (percentile: number) => {
    const rank = Math.max(1, Math.floor((percentile / 100) * total + 0.5));
    let seen = 0;
    for (const [ms, count] of bins) if ((seen += count) >= rank) return ms;
    return bins[bins.length - 1][0];
  };
  const mean = bins.reduce((sum, [ms, count]) => sum + ms * count, 0) / total;
  return { min: bins[0][0], mean: Math.round(mean * 1000) / 1000, p50: at(50), p90: at(90), p95: at(95), p99: at(99), p999: at(99.9), max: at(100) };
}

/** binsOfHistogram lists a histogram's recorded values (ms, at bucket resolution) with their counts. */
export function binsOfHistogram(histogram: Histogram): Array<[number, number]> {
  const js = histogram as unknown as JsHistogramInternals;
  const iterator = js.recordedValuesIterator;
  iterator.reset();
  const bins: Array<[number, number]> = [];
  while (iterator.hasNext()) {
    const step = iterator.next();
    bins.push([step.valueIteratedTo / 1000, step.countAtValueIteratedTo]);
  }
  return bins;
}

export function encodeHistogram(histogram: Histogram): string {
  return hdr.encodeIntoCompressedBase64(histogram);
}

export function decodeHistogram(encoded: string): Histogram {
  const histogram = hdr.decodeFromCompressedBase64(encoded, HISTOGRAM_SETTINGS.bitBucketSize);
  histogram.autoResize = true;
  return histogram;
}

/** mergeHistograms adds histograms into a new one; exact, because all share the same settings. */
export function mergeHistograms(histograms: Iterable<Histogram>): Histogram {
  const total = newHistogram();
  for (const histogram of histograms) total.add(histogram);
  return total;
}
