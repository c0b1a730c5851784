import { describe, expect, test } from '@jest/globals';
import { WeightedPicker } from '../src/engine/picker.js';
import { seededRandom } from '../src/engine/random.js';

describe('seeded randomness', () => {
  test('the same seed and stream give the same sequence; others differ', () => {
    const draw = (seed: number, stream: number) => Array.from({ length: 5 }, seededRandom(seed, stream));
    expect(draw(42, 1)).toEqual(draw(42, 1));
    expect(draw(42, 1)).not.toEqual(draw(42, 2));
    expect(draw(42, 1)).not.toEqual(draw(43, 1));
  });

  test('draws are uniform in [0, 1)', () => {
    const random = seededRandom(7);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const u = random();
      expect(u >= 0 && u < 1).toBe(true);
      buckets[Math.floor(u * 10)]++;
    }
    // χ² with 9 degrees of freedom: 27.9 is the 0.1% critical value.
    const chi = buckets.reduce((sum, n) => sum + (n - 10_000) ** 2 / 10_000, 0);
    expect(chi).toBeLessThan(27.9);
  });
});

describe('WeightedPicker', () => {
  test('each endpoint is picked in proportion to its weight', () => {
    const weights = [0.05, 0.25, 0.3, 0.2, 0.1, 0.1];
    const picker = new WeightedPicker(weights);
    const random = seededRandom(1);
    const counts = new Array(weights.length).fill(0);
    const n = 200_000;
    for (let i = 0; i < n; i++) counts[picker.pick(random())]++;
    const chi = counts.reduce((sum, c, i) => sum + (c - n * weights[i]) ** 2 / (n * weights[i]), 0);
    expect(chi).toBeLessThan(20.5); // χ², 5 degrees of freedom, 0.1%
  });

  test('zero weights are never picked, boundaries land where they should', () => {
    const picker = new WeightedPicker([0, 1, 0, 3]);
    expect([0, 0.2499, 0.25, 0.9999].map((u) => picker.pick(u))).toEqual([1, 1, 3, 3]);
  });

  test('weights need not sum to 1, but must not all be 0', () => {
    expect(new WeightedPicker([2, 2]).pick(0.6)).toBe(1);
    expect(() => new WeightedPicker([0, 0])).toThrow('positive total weight');
  });
});
