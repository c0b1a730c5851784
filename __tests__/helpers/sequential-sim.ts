// A run that decides early, simulated: the same looks (pacing/looks.ts), the same spent confidence
// and the same rule for "decided" (slo/sequential.ts) as app/look.ts, over simulated arms cut at
// each look. The arms' seconds are already decoded (noisy-arms.ts); a look's sample is the seconds
// before it, merged.

import { DEFAULT_CRITERIA, DEFAULT_REQUIRED } from '../../src/config/criteria.js';
import { DEFAULT_MAX_DURATION_MS, DEFAULT_MIN_DURATION_MS } from '../../src/defaults.js';
import type { Random } from '../../src/engine/random.js';
import { encodeHistogram, newHistogram, toMicros } from '../../src/metrics/histogram.js';
import { firstLookMs, lookSchedule } from '../../src/pacing/looks.js';
import { type Comparison, compareSamples, type Sample } from '../../src/slo/compare/judge.js';
import { lookConfidence, lookOutcome } from '../../src/slo/sequential.js';

/** prefix: the arm as it stood after `seconds` seconds (each arm's prefixes are made once: production is judged against several canaries). */
const prefixes = new WeakMap<Sample, Map<number, Sample>>();
export function prefix(arm: Sample, seconds: number): Sample {
  let made = prefixes.get(arm);
  if (!made) prefixes.set(arm, (made = new Map()));
  let sample = made.get(seconds);
  if (!sample) made.set(seconds, (sample = prefixOf(arm, seconds)));
  return sample;
}

function prefixOf(arm: Sample, seconds: number): Sample {
  const blocks = arm.blocks!.filter((b) => b.t < seconds);
  const all = newHistogram();
  let requests = 0;
  let errors = 0;
  for (const block of blocks) {
    for (const [ms, count] of block.bins!) all.recordValueWithCount(toMicros(ms), count);
    requests += block.requests;
    errors += block.errors;
  }
  const ms = (q: number) => all.getValueAtPercentile(q) / 1000;
  return { requests, errors, errorRatePercent: requests ? (errors / requests) * 100 : 0, latencyMs: { min: all.minNonZeroValue / 1000, mean: all.mean / 1000, p50: ms(50), p90: ms(90), p95: ms(95), p99: ms(99), p999: ms(99.9), max: all.maxValue / 1000 }, histograms: { latency: encodeHistogram(all) }, blocks };
}

export interface SequentialResult {
  verdict: Comparison['verdict'];
  /** decidedAtSeconds: the look that decided, or the maximum. */
  atSeconds: number;
  decidedEarly: boolean;
}

/** DEFAULT_LOOKS: the default canary's looks: 10 s to 2 min, no warm-up. */
export const DEFAULT_LOOKS = lookSchedule(firstLookMs(0, DEFAULT_MIN_DURATION_MS, [{ durationMs: DEFAULT_MAX_DURATION_MS }]), DEFAULT_MAX_DURATION_MS).map((ms) => ms / 1000);

/** sequentialCanary: the canary judged at each look, stopping at the first that is decided. */
export function sequentialCanary(canary: Sample, production: Sample, random: Random, options: { looks?: readonly number[]; confidence?: number; replicates?: number } = {}): SequentialResult {
  const looks = options.looks ?? DEFAULT_LOOKS;
  const confidence = lookConfidence(options.confidence ?? 0.98, looks.length);
  for (const [i, at] of looks.entries()) {
    const comparison = compareSamples({ scopes: [{ name: null, subject: prefix(canary, at), reference: prefix(production, at) }], criteria: DEFAULT_CRITERIA, required: DEFAULT_REQUIRED, confidence, random, replicates: options.replicates ?? 40 });
    const last = i === looks.length - 1;
    if (last || lookOutcome({ thresholds: [], enoughRequests: true, comparisons: [{ what: 'vs production', verdict: comparison.verdict, open: comparison.reasons }] }).decided) return { verdict: comparison.verdict, atSeconds: at, decidedEarly: !last };
  }
  throw new Error('no looks');
}
