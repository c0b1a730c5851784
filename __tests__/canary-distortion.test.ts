// One rule for the generator's distortion in a canary: both arms take its delay alike, so a
// failure is held only when that delay, taken from both arms at its worst, could bring the
// difference within its rule (slo/compare/judge.ts, slo/distortion.ts lowestQuantile). An identical
// canary under stalls is never failed; a clearly slower one is failed however busy the generator was.

import { describe, expect, test } from '@jest/globals';
import { DEFAULT_CRITERIA } from '../src/config/criteria.js';
import { seededRandom } from '../src/engine/random.js';
import { countAboveMs, decodeHistogram, encodeHistogram, newHistogram, toMicros } from '../src/metrics/histogram.js';
import { compareSamples, type Sample } from '../src/slo/compare/judge.js';
import { type DelayShares, lowestQuantile } from '../src/slo/distortion.js';
import { uniformDelay } from '../src/slo/generator.js';

/** arm: n latencies, lognormal around `medianMs`, a `delayed` share of them pushed `delayMs` later (the generator's stalls). */
function arm(seed: number, n: number, medianMs: number, delayed: number, delayMs: number): Sample {
  const random = seededRandom(seed);
  const h = newHistogram();
  for (let i = 0; i < n; i++) {
    const g = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    h.recordValue(toMicros(medianMs * Math.exp(0.3 * g) + (random() < delayed ? delayMs * random() : 0)));
  }
  const ms = (q: number) => h.getValueAtPercentile(q) / 1000;
  return { requests: n, errors: 0, errorRatePercent: 0, latencyMs: { min: 0, mean: h.mean / 1000, p50: ms(50), p90: ms(90), p95: ms(95), p99: ms(99), p999: ms(99.9), max: h.maxValue / 1000 }, histograms: { latency: encodeHistogram(h) } };
}

/** STALLS: 5% of responses read up to 100 ms late, as when the generator pauses 100 ms every two seconds. */
const STALLS: DelayShares = [0, 5, 10, 20, 50, 100].map((b) => [b, b >= 100 ? 0 : 0.05 * (1 - b / 100)] as const);
const judge = (canary: Sample, production: Sample, shared: boolean) =>
  compareSamples({ scopes: [{ name: null, subject: canary, reference: production }], criteria: { p99: DEFAULT_CRITERIA.p99!, p50: DEFAULT_CRITERIA.p50! }, confidence: 0.98, random: seededRandom(9), replicates: 60, ...(shared ? { sharedDelay: { shares: STALLS, bounds: uniformDelay(100) } } : {}) });

describe('lowestQuantile', () => {
  const counter = (side: Sample) => {
    const h = decodeHistogram(side.histograms!.latency);
    return (ms: number) => countAboveMs(h, ms);
  };

  test('with no delay known, the measured value', () => {
    const a = arm(1, 20_000, 20, 0.05, 100);
    expect(lowestQuantile([], 0.99, a.requests, a.latencyMs.p99, counter(a))).toBe(a.latencyMs.p99);
  });

  test('with the stalls known, a bound under the measured p99 and at most the p99 the service truly had', () => {
    const stalled = arm(1, 20_000, 20, 0.05, 100);
    const truth = arm(1, 20_000, 20, 0, 100);
    const lowest = lowestQuantile(STALLS, 0.99, stalled.requests, stalled.latencyMs.p99, counter(stalled));
    expect(lowest).toBeLessThan(stalled.latencyMs.p99);
    expect(lowest).toBeLessThanOrEqual(truth.latencyMs.p99);
  });
});

describe('a canary and production that took the generator\'s stalls alike', () => {
  test('identical arms whose p99 the stalls pushed apart are held, never failed; without the rule the same numbers fail', () => {
    // Production happened to miss most stalls, the canary caught them: p99 apart by the stall alone.
    const production = arm(2, 20_000, 20, 0.002, 100);
    const canary = arm(3, 20_000, 20, 0.05, 100);
    const p99 = (r: ReturnType<typeof judge>) => r.results.find((x) => x.metric === 'p99')!;
    expect(p99(judge(canary, production, false)).verdict).toBe('fail');
    const held = p99(judge(canary, production, true));
    expect(held.verdict).toBe('inconclusive');
    expect(held.generatorHeld).toBe(true);
    expect(held.reason).toMatch(/generator delayed both sides' responses by up to 100ms \(1 in 1,000\): with that delay taken from both alike, the difference could be within the rule$/);
  });

  test('a canary 35% slower, with both arms stalled alike, is failed: the delay cannot explain the difference', () => {
    const production = arm(4, 20_000, 20, 0.05, 100);
    const canary = arm(5, 20_000, 27, 0.05, 100);
    const result = judge(canary, production, true);
    expect(result.verdict).toBe('fail');
    expect(result.results.find((x) => x.metric === 'p50')!.generatorHeld).toBeUndefined();
  });
});
