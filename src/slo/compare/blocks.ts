// Intervals that respect time. Requests close together in time are not independent: a GC pause, a
// noisy neighbour or a scheduler hiccup moves a whole second's latencies together, so an interval
// computed as if every request were independent is too narrow, and identical arms "differ" more
// often than its confidence promises.
//
// The batch method measures the spread from the run's own blocks of time (Schmeiser, "Batch size
// effects in the analysis of simulation output", Operations Research 30(3), 1982; for quantiles
// Seila, "A batching approach to quantile estimation in regenerative simulations", Management
// Science 28(5), 1982). The measured seconds are cut into B consecutive batches (whole seconds,
// merged until each batch holds enough requests for the metric, and at most MAX_BATCHES of them);
// the metric is taken in every batch, and the spread of the B values, s/√B with Student's t on
// B − 1 degrees of freedom, is the half-width of the interval. Batches that still follow each
// other (noise lasting longer than a batch) make s/√B too small, so the batches are doubled in
// length while their values' lag-1 correlation exceeds MAX_LAG1 and at least MIN_BATCHES remain
// (the batch-size rule of Law and Carson, "A sequential procedure for determining the length of a
// steady-state simulation", Operations Research 27(5), 1979).
//   - A canary and production are paired in time: both are cut at the same seconds and the
//     difference is taken batch by batch, so the noise they share (the machine, the network)
//     cancels and what is left is the noise that can fake a difference.
//   - Against a baseline, recorded at another time, each side's batches give its own spread and the
//     two add (a side without per-second histograms borrows the other's, scaled by its size).
// The judge takes the wider of this and the per-request interval (slo/compare/judge.ts). Pure.

import { binsOfEncoded } from '../../metrics/histogram.js';
import { type ComparedMetric } from '../../config/criteria.js';
import { quantileOfMetric } from '../distortion.js';
import { quantileOf } from './bootstrap.js';
import { studentQuantile } from './student.js';
import { toBins } from './rank.js';

/** Block: one measured second of one side: its requests, errors and latency histogram. */
export interface Block {
  t: number;
  requests: number;
  errors: number;
  /** histogram: the second's latencies (HdrHistogram base64); absent in reports written before blocks. */
  histogram?: string;
  /** bins: the same latencies already decoded, (ms, count), where the caller has them. */
  bins?: ReadonlyArray<readonly [number, number]>;
}

/** measuredBlocks: a run's seconds after the warm-up, as blocks (its per-second series, or a report's timeseries). */
export function measuredBlocks(series: ReadonlyArray<{ t: number; requests: number; errors: number; warmup: boolean; histogram?: string; bins?: Block['bins'] }>): Block[] {
  return series.filter((s) => !s.warmup).map(({ t, requests, errors, histogram, bins }) => ({ t, requests, errors, ...(histogram ? { histogram } : {}), ...(bins ? { bins } : {}) }));
}

/** MIN_BATCHES: with fewer batches the spread itself is too uncertain to say anything. */
export const MIN_BATCHES = 5;
/** MAX_BATCHES: more batches of fewer requests would cut through the noise they are meant to hold (Schmeiser's 10–30). */
export const MAX_BATCHES = 20;
/** TAIL_PER_BATCH: values beyond a percentile each batch needs for its own estimate of it. */
const TAIL_PER_BATCH = 5;
/** MAX_LAG1: batch values correlated more than this with the next are made longer. */
const MAX_LAG1 = 0.2;

export interface BatchSpread {
  batches: number;
  /** halfWidth of the difference's interval at the confidence asked for. */
  halfWidth: number;
}

/**
 * batchHalfWidth: the time-respecting half-width for `metric`, or null when too few batches can be
 * formed. `requests` are each side's whole-run counts, which scale a side that has no blocks.
 */
export function batchHalfWidth(subject: readonly Block[], reference: readonly Block[], metric: ComparedMetric, paired: boolean, confidence: number, requests: { subject: number; reference: number }): BatchSpread | null {
  const need = neededPerBatch(metric);
  const s = usable(subject, metric);
  const r = usable(reference, metric);
  const tail = (df: number) => studentQuantile(1 - (1 - confidence) / 2, df);
  if (paired) {
    const times = new Set(r.map((b) => b.t));
    const both = s.filter((b) => times.has(b.t));
    const byTime = new Map(r.map((b) => [b.t, b]));
    const batched = uncorrelated(both, need, (b) => Math.min(b.requests, byTime.get(b.t)!.requests), (g) => valueOf(g, metric) - valueOf(g.map((b) => byTime.get(b.t)!), metric));
    if (!batched) return null;
    return { batches: batched.values.length, halfWidth: tail(batched.values.length - 1) * Math.sqrt(varianceOfMean(batched.values)) };
  }
  const sideS = side(s, need, metric);
  const sideR = side(r, need, metric);
  if (!sideS && !sideR) return null;
  // A side without blocks of its own (a Locust CSV) is taken to be as noisy per request as the
  // other: its variance is the other's, scaled by their request counts (a variance of a mean goes as 1/n).
  const total = (blocks: readonly Block[], whole: number) => blocks.reduce((n, b) => n + b.requests, 0) || whole;
  const nS = total(s, requests.subject);
  const nR = total(r, requests.reference);
  if (!(nS > 0 && nR > 0)) return null;
  const vS = sideS?.variance ?? sideR!.variance * (nR / nS);
  const vR = sideR?.variance ?? sideS!.variance * (nS / nR);
  const batches = Math.min(sideS?.batches ?? Infinity, sideR?.batches ?? Infinity);
  return { batches, halfWidth: tail(batches - 1) * Math.sqrt(vS + vR) };
}

/** sideHalfWidth: the time-respecting half-width of one run's own `metric` (a threshold check's interval), or null. */
export function sideHalfWidth(blocks: readonly Block[], metric: ComparedMetric, confidence: number): BatchSpread | null {
  const own = sideVariance(blocks, metric);
  return own && { batches: own.batches, halfWidth: studentQuantile(1 - (1 - confidence) / 2, own.batches - 1) * Math.sqrt(own.variance) };
}

/** sideVariance: the variance of one run's own whole-run `metric`, from its batches of time, with how many batches; null when too few. */
export function sideVariance(blocks: readonly Block[], metric: ComparedMetric): { batches: number; variance: number } | null {
  return side(usable(blocks, metric), neededPerBatch(metric), metric);
}

/** neededPerBatch: requests a batch needs for its own estimate of the metric. */
function neededPerBatch(metric: ComparedMetric): number {
  return metric === 'error_rate' ? 1 : Math.ceil(TAIL_PER_BATCH / (1 - quantileOfMetric(metric)));
}

/** usable: the seconds that can speak to the metric (a latency needs the second's latencies). */
function usable(blocks: readonly Block[], metric: ComparedMetric): Block[] {
  return blocks.filter((b) => b.requests > 0 && (metric === 'error_rate' || b.histogram !== undefined || b.bins !== undefined));
}

/** side: one side's batches and the variance of its whole-run value, or null with too few batches. */
function side(blocks: readonly Block[], need: number, metric: ComparedMetric): { batches: number; variance: number } | null {
  const batched = uncorrelated(blocks, need, (b) => b.requests, (g) => valueOf(g, metric));
  return batched && { batches: batched.values.length, variance: varianceOfMean(batched.values) };
}

/**
 * uncorrelated: the batches' values, with batches doubled in length until consecutive values are
 * no longer correlated beyond MAX_LAG1, or doubling again would leave fewer than MIN_BATCHES.
 */
function uncorrelated(blocks: readonly Block[], need: number, size: (block: Block) => number, value: (batch: readonly Block[]) => number): { values: number[] } | null {
  let groups = batchesOf(blocks, need, size, MAX_BATCHES);
  if (groups.length < MIN_BATCHES) return null;
  let values = groups.map(value);
  while (lag1(values) > MAX_LAG1 && Math.floor(groups.length / 2) >= MIN_BATCHES) {
    groups = batchesOf(blocks, need, size, Math.floor(groups.length / 2));
    values = groups.map(value);
  }
  return { values };
}

/** lag1: the correlation of consecutive values. */
function lag1(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < values.length; i++) {
    den += (values[i] - mean) ** 2;
    if (i > 0) num += (values[i] - mean) * (values[i - 1] - mean);
  }
  return den > 0 ? num / den : 0;
}

/**
 * batchesOf cuts consecutive blocks into batches of at least `need` requests and at least 1/`most`
 * of the whole (as counted by `size`); a short last batch joins the one before it.
 */
function batchesOf(blocks: readonly Block[], need: number, size: (block: Block) => number, most: number): Block[][] {
  const total = blocks.reduce((n, b) => n + size(b), 0);
  const target = Math.max(need, Math.ceil(total / most));
  const groups: Block[][] = [];
  let current: Block[] = [];
  let count = 0;
  for (const block of [...blocks].sort((a, b) => a.t - b.t)) {
    current.push(block);
    count += size(block);
    if (count >= target) {
      groups.push(current);
      current = [];
      count = 0;
    }
  }
  if (current.length > 0 && groups.length > 0) groups[groups.length - 1].push(...current);
  return groups;
}

/** valueOf: the metric over a batch of blocks: a percentile of their merged latencies, or their error rate in percent. */
function valueOf(batch: readonly Block[], metric: ComparedMetric): number {
  if (metric === 'error_rate') {
    const requests = batch.reduce((n, b) => n + b.requests, 0);
    return requests === 0 ? 0 : (100 * batch.reduce((n, b) => n + b.errors, 0)) / requests;
  }
  const bins = toBins(batch.flatMap(binsOf));
  return quantileOf(bins.values, bins.counts, bins.total, quantileOfMetric(metric));
}

/** binsOf: a block's latencies, decoded once however many batchings and metrics ask. */
const decoded = new WeakMap<Block, ReadonlyArray<readonly [number, number]>>();
function binsOf(block: Block): ReadonlyArray<readonly [number, number]> {
  if (block.bins) return block.bins;
  let bins = decoded.get(block);
  if (!bins) decoded.set(block, (bins = binsOfEncoded(block.histogram!)));
  return bins;
}

/** varianceOfMean: s²/B of the batch values, the variance of the whole run's value they stand for. */
function varianceOfMean(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const s2 = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
  return s2 / values.length;
}
