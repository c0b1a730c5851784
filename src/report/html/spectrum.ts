// The latency distribution as an HDR percentile spectrum: latency against 1/(1 − p) on a log axis,
// so the median, p90, p99 and p99.9 get equal room and the tail is visible. From a histogram, or
// from a table of percentiles (a Locust baseline). Pure.

import { decodeHistogram } from '../../metrics/histogram.js';

export interface Spectrum {
  /** x: 1/(1 − p), from 1 (p = 0) upwards. */
  x: number[];
  /** y: latency at that percentile, ms. */
  y: number[];
}

/** STEPS_PER_DECADE: points per tenfold of 1/(1 − p); 10 draws a smooth curve in a few hundred bytes. */
const STEPS_PER_DECADE = 10;

/** spectrumOfHistogram stops where the data does: beyond 1/(1 − p) ≈ n a percentile is just the maximum. */
export function spectrumOfHistogram(encoded: string): Spectrum {
  const histogram = decodeHistogram(encoded);
  const n = histogram.totalCount;
  const spectrum: Spectrum = { x: [], y: [] };
  if (n === 0) return spectrum;
  for (let k = 0; ; k++) {
    const x = 10 ** (k / STEPS_PER_DECADE);
    if (x > n) break;
    spectrum.x.push(round(x));
    spectrum.y.push(histogram.getValueAtPercentile((1 - 1 / x) * 100) / 1000);
  }
  spectrum.x.push(round(Math.max(n, spectrum.x[spectrum.x.length - 1] * 1.0001)));
  spectrum.y.push(histogram.getValueAtPercentile(100) / 1000);
  return spectrum;
}

/** spectrumOfTable: the table's own points (quantile, ms), the maximum drawn at 1/(1 − p) = n. */
export function spectrumOfTable(table: ReadonlyArray<readonly [number, number]>, n: number): Spectrum {
  const points = [...table].sort((a, b) => a[0] - b[0]).map(([q, ms]) => [q < 1 ? 1 / (1 - q) : Math.max(n, 1e5), ms] as const);
  return { x: points.map(([x]) => round(x)), y: points.map(([, y]) => y) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
