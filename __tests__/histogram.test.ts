import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { countAboveMs, decodeHistogram, encodeHistogram, mergeHistograms, newHistogram, summarize, toMicros } from '../src/metrics/histogram.js';

const latencies = fc.array(fc.integer({ min: 1, max: 60_000_000 }), { minLength: 1, maxLength: 400 });

describe('histograms in integer microseconds', () => {
  test('sub-millisecond latencies are kept, not rounded away', () => {
    const h = newHistogram();
    for (const ms of [0.12, 0.35, 0.5]) h.recordValue(toMicros(ms));
    expect(summarize(h).min).toBeCloseTo(0.12, 3);
    expect(summarize(h).max).toBeCloseTo(0.5, 3);
  });

  test('merging K shards gives exactly the percentiles of one histogram fed every value (property)', () => {
    fc.assert(
      fc.property(fc.array(latencies, { minLength: 1, maxLength: 6 }), (shards) => {
        const whole = newHistogram();
        const parts = shards.map((values) => {
          const part = newHistogram();
          for (const v of values) {
            part.recordValue(v);
            whole.recordValue(v);
          }
          return part;
        });
        const merged = mergeHistograms(parts);
        expect(summarize(merged)).toEqual(summarize(whole));
        expect(merged.totalCount).toBe(whole.totalCount);
      }),
      { numRuns: 100 },
    );
  });

  test('encode then decode loses nothing, and decoded shards merge exactly (property)', () => {
    fc.assert(
      fc.property(latencies, latencies, (a, b) => {
        const ha = newHistogram();
        const hb = newHistogram();
        const whole = newHistogram();
        a.forEach((v) => (ha.recordValue(v), whole.recordValue(v)));
        b.forEach((v) => (hb.recordValue(v), whole.recordValue(v)));
        const roundTrip = mergeHistograms([decodeHistogram(encodeHistogram(ha)), decodeHistogram(encodeHistogram(hb))]);
        expect(summarize(roundTrip)).toEqual(summarize(whole));
      }),
      { numRuns: 100 },
    );
  });

  test('countAboveMs counts values whose whole bucket lies above the limit', () => {
    const h = newHistogram();
    [100, 200, 249, 250, 251, 300, 5000].forEach((ms) => h.recordValue(toMicros(ms)));
    expect(countAboveMs(h, 250)).toBe(3);
    expect(countAboveMs(h, 10_000)).toBe(0);
    expect(countAboveMs(h, 0.001)).toBe(7);
  });

  test('percentiles are within the 0.1% resolution of the true value', () => {
    const h = newHistogram();
    for (let ms = 1; ms <= 1000; ms++) h.recordValue(toMicros(ms));
    const s = summarize(h);
    expect(s.p50).toBeGreaterThanOrEqual(500);
    expect(s.p50).toBeLessThanOrEqual(500 * 1.001);
    expect(s.p99).toBeGreaterThanOrEqual(990);
    expect(s.p99).toBeLessThanOrEqual(990 * 1.001);
    expect(s.mean).toBeCloseTo(500.5, 0);
  });
});
