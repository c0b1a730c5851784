import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { seededRandom, type Random } from '../src/engine/random.js';
import { encodeHistogram, newHistogram, toMicros } from '../src/metrics/histogram.js';
import { binomial, bootstrapDifference, quantileOf } from '../src/slo/compare/bootstrap.js';
import { allowedIncrease, parseCriteria, type Criteria } from '../src/config/criteria.js';
import { compareSamples } from '../src/slo/compare/judge.js';
import { fisherGreater, newcombe } from '../src/slo/compare/proportions.js';
import { normalCdf, normalQuantile, rankTest, toBins, uSigma, uStatistic } from '../src/slo/compare/rank.js';
import { metrics } from './helpers/metrics.js';

const bins = (values: number[]) => toBins(values.map((v) => [v, 1] as [number, number]));

/** bruteU counts pairs directly: the definition, for checking the merge. */
function bruteU(c: number[], p: number[], shift = 0): number {
  let u = 0;
  for (const x of c) for (const y of p) u += x - shift > y ? 1 : x - shift === y ? 0.5 : 0;
  return u;
}

describe('normal distribution', () => {
  test.each([
    [0.975, 1.959964],
    [0.99, 2.326348],
    [0.5, 0],
    [0.001, -3.090232],
  ])('Φ⁻¹(%p) = %p', (p, x) => expect(normalQuantile(p)).toBeCloseTo(x, 5));
  test.each([
    [1.96, 0.9750021],
    [0, 0.5],
    [-2.5067, 0.0060932],
  ])('Φ(%p) = %p', (x, p) => expect(normalCdf(x)).toBeCloseTo(p, 6));
});

describe('Mann-Whitney U from bins', () => {
  test('a textbook case: 6..10 against 1..5', () => {
    const t = rankTest(bins([6, 7, 8, 9, 10]), bins([1, 2, 3, 4, 5]), 0.95)!;
    expect(t.u).toBe(25);
    // z = (25 − 12.5 − 0.5) / √(25·11/12) = 2.5067; one-sided p = 0.0061 (normal approximation with continuity correction)
    expect(t.z).toBeCloseTo(2.5067, 4);
    expect(t.pGreater).toBeCloseTo(0.0061, 4);
    expect(t.shift).toBeCloseTo(5, 6);
  });

  test('U, the tie-corrected sigma and the Hodges-Lehmann shift match brute force on tied samples (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 2, maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 2, maxLength: 40 }), (c, p) => {
        const cb = bins(c);
        const pb = bins(p);
        expect(uStatistic(cb, pb)).toBe(bruteU(c, p));
        expect(uStatistic(cb, pb, 2.5)).toBe(bruteU(c, p, 2.5));
        // σ² = nm/12·((N+1) − Σ(t³−t)/(N(N−1)))
        const all = [...c, ...p];
        const ties = [...new Set(all)].map((v) => all.filter((x) => x === v).length);
        const N = all.length;
        const expected = Math.sqrt(((c.length * p.length) / 12) * (N + 1 - ties.reduce((s, t) => s + t ** 3 - t, 0) / (N * (N - 1))));
        expect(uSigma(cb, pb)).toBeCloseTo(expected, 9);
        // The Hodges-Lehmann estimate is a median of the pairwise differences.
        const diffs = c.flatMap((x) => p.map((y) => x - y)).sort((a, b) => a - b);
        const shift = rankTest(cb, pb, 0.95)!.shift;
        const below = diffs.filter((d) => d < shift - 1e-6).length;
        const above = diffs.filter((d) => d > shift + 1e-6).length;
        expect(below).toBeLessThanOrEqual(diffs.length / 2);
        expect(above).toBeLessThanOrEqual(diffs.length / 2);
      }),
      { numRuns: 200 },
    );
  });

  test('the shift interval inverts the test: it brackets the order statistics of the pairwise differences', () => {
    const random = seededRandom(3);
    const c = Array.from({ length: 60 }, () => Math.round(100 + random() * 50));
    const p = Array.from({ length: 50 }, () => Math.round(90 + random() * 50));
    const t = rankTest(bins(c), bins(p), 0.95)!;
    const diffs = c.flatMap((x) => p.map((y) => x - y)).sort((a, b) => a - b);
    const k = Math.floor((c.length * p.length) / 2 - 1.959964 * uSigma(bins(c), bins(p)));
    // Moses' interval [D(k), D(nm−k+1)], to within the samples' resolution of 1.
    expect(Math.abs(t.low - diffs[k - 1])).toBeLessThanOrEqual(1);
    expect(Math.abs(t.high - diffs[diffs.length - k])).toBeLessThanOrEqual(1);
    expect(t.low).toBeLessThan(t.shift);
    expect(t.high).toBeGreaterThan(t.shift);
  });
});

describe('error proportions', () => {
  test('Fisher\'s exact test: the lady tasting tea (3 of 4 right) has p = 17/70', () => {
    expect(fisherGreater(3, 4, 1, 4)).toBeCloseTo(17 / 70, 10);
  });

  test('Fisher\'s exact test matches a direct hypergeometric sum', () => {
    const choose = (n: number, k: number) => (k < 0 || k > n ? 0 : Array.from({ length: k }, (_, i) => (n - i) / (i + 1)).reduce((a, b) => a * b, 1));
    const direct = (k1: number, n1: number, k2: number, n2: number) => {
      let sum = 0;
      for (let x = k1; x <= Math.min(n1, k1 + k2); x++) sum += (choose(n1, x) * choose(n2, k1 + k2 - x)) / choose(n1 + n2, k1 + k2);
      return sum;
    };
    for (const [k1, n1, k2, n2] of [[10, 100, 2, 100], [0, 50, 5, 50], [7, 40, 7, 40], [30, 200, 10, 220]]) expect(fisherGreater(k1, n1, k2, n2)).toBeCloseTo(direct(k1, n1, k2, n2), 10);
  });

  test('Newcombe\'s interval reproduces his paper\'s example: 56/70 − 48/80, 95% CI 0.0524 to 0.3339', () => {
    const [low, high] = newcombe(56, 70, 48, 80, 0.95);
    expect(low).toBeCloseTo(0.0524, 4);
    expect(high).toBeCloseTo(0.3339, 4);
  });
});

describe('bootstrap', () => {
  test('binomial draws have the right mean and variance, small and large', () => {
    const random = seededRandom(11);
    for (const [n, p] of [[20, 0.1], [1000, 0.3], [50_000, 0.002]] as const) {
      const draws = Array.from({ length: 4000 }, () => binomial(n, p, random));
      const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
      const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length;
      expect(mean).toBeCloseTo(n * p, n * p > 100 ? -1 : 0);
      expect(variance / (n * p * (1 - p))).toBeGreaterThan(0.85);
      expect(variance / (n * p * (1 - p))).toBeLessThan(1.15);
    }
  });

  test('quantileOf follows HdrHistogram\'s definition', () => {
    const b = bins([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(quantileOf(b.values, b.counts, b.total, 0.95)).toBe(10);
    expect(quantileOf(b.values, b.counts, b.total, 0.5)).toBe(5);
  });

  test('identical arms give an interval around 0; a shifted tail is found', () => {
    const random = seededRandom(5);
    const sample = (scale: number) => Array.from({ length: 4000 }, () => Math.round(scale * Math.exp(0.5 * gaussian(random)) * 100) / 100);
    const a = toBins(sample(20).map((v) => [v, 1] as [number, number]));
    const b = toBins(sample(20).map((v) => [v, 1] as [number, number]));
    const [same] = bootstrapDifference(a, b, [0.95], 0.98, 400, random);
    expect(same.low).toBeLessThan(0);
    expect(same.high).toBeGreaterThan(0);
    const slow = toBins(sample(26).map((v) => [v, 1] as [number, number]));
    const [shifted] = bootstrapDifference(slow, b, [0.95], 0.98, 400, random);
    expect(shifted.low).toBeGreaterThan(0);
    expect(shifted.estimate).toBeGreaterThan(10);
  });
});

describe('criteria', () => {
  test.each([
    ['<=+10%', 'p95', [{ kind: 'relative', percent: 10, strict: false, text: '<=+10%' }]],
    ['<=+50ms', 'p95', [{ kind: 'increase', amount: 50, strict: false, text: '<=+50ms' }]],
    ['<800ms', 'p95', [{ kind: 'cap', value: 800, strict: true, text: '<800ms' }]],
    ['<=+0.5', 'error_rate', [{ kind: 'increase', amount: 0.5, strict: false, text: '<=+0.5' }]],
    ['<2%', 'error_rate', [{ kind: 'cap', value: 2, strict: true, text: '<2%' }]],
  ])('%p for %s', (text, metric, rules) => {
    expect(parseCriteria(text, metric as 'p95')).toEqual({ ok: true, value: rules });
  });

  test.each([
    ['faster', 'p95'],
    ['<=+5ms', 'error_rate'],
    ['<80%', 'p95'],
  ])('%p for %s is refused with an example', (text, metric) => {
    const parsed = parseCriteria(text, metric as 'p95');
    expect(parsed.ok).toBe(false);
  });

  test('the tightest of several delta rules is the one that binds', () => {
    const rules = (parseCriteria(['<=+10%', '<=+20ms', '<900ms'], 'p95') as unknown as { value: never }).value;
    expect(allowedIncrease(rules, 300)).toBe(20);
    expect(allowedIncrease(rules, 100)).toBe(10);
  });
});

// ---- the judge, on simulated arms ----------------------------------------------------------

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** arm simulates n latencies (log-normal around a median) with an error rate, as the collector would record them. */
function arm(random: Random, n: number, medianMs: number, errorRate: number, name = 'overall') {
  const h = newHistogram();
  let errors = 0;
  for (let i = 0; i < n; i++) {
    h.recordValue(toMicros(medianMs * Math.exp(0.5 * gaussian(random))));
    if (random() < errorRate) errors++;
  }
  const ms = (q: number) => h.getValueAtPercentile(q) / 1000;
  return metrics({ name, requests: n, errors, errorRatePercent: (errors / n) * 100, latencyMs: { p50: ms(50), p90: ms(90), p95: ms(95), p99: ms(99), p999: ms(99.9) }, histograms: { latency: encodeHistogram(h), serviceTime: encodeHistogram(h) } });
}

const criteria: Criteria = {
  p50: [{ kind: 'relative', percent: 10, strict: false, text: '<=+10%' }],
  p95: [{ kind: 'relative', percent: 10, strict: false, text: '<=+10%' }],
  p99: [{ kind: 'relative', percent: 20, strict: false, text: '<=+20%' }],
  error_rate: [{ kind: 'increase', amount: 0.5, strict: false, text: '<=+0.5' }],
};

describe('compareSamples', () => {
  test('a slower canary fails with the numbers a person needs', () => {
    const random = seededRandom(1);
    const result = compareSamples({ scopes: [{ name: null, subject: arm(random, 4000, 26, 0.002), reference: arm(random, 4000, 20, 0.002) }], criteria, confidence: 0.98, random, replicates: 300 });
    expect(result.verdict).toBe('fail');
    const p95 = result.results.find((r) => r.metric === 'p95')!;
    expect(p95.verdict).toBe('fail');
    expect(p95.reason).toMatch(/^p95: canary [\d.]+ms vs production [\d.]+ms, \+[\d.]+ms \(99\.5% CI \+[\d.]+ms … \+[\d.]+ms; n 4,000 \/ 4,000\) is more than the allowed <=\+10% \(\+[\d.]+ms\)$/);
  });

  test('a tiny run cannot pass: it is inconclusive, saying it is too small', () => {
    const random = seededRandom(2);
    const result = compareSamples({ scopes: [{ name: null, subject: arm(random, 80, 20, 0), reference: arm(random, 80, 20, 0) }], criteria, confidence: 0.98, random, replicates: 300 });
    expect(result.verdict).toBe('inconclusive');
    expect(result.reasons.join('\n')).toMatch(/the run is too small to rule out more than the allowed/);
  });

  test('a cap breaks on the canary\'s own value; more errors are caught by Fisher\'s test', () => {
    const random = seededRandom(4);
    const caps: Criteria = { p95: [{ kind: 'cap', value: 30, strict: true, text: '<30ms' }], error_rate: [{ kind: 'increase', amount: 0.5, strict: false, text: '<=+0.5' }] };
    const result = compareSamples({ scopes: [{ name: null, subject: arm(random, 5000, 20, 0.03), reference: arm(random, 5000, 20, 0.002) }], criteria: caps, confidence: 0.98, random, replicates: 300 });
    expect(result.results.map((r) => [r.metric, r.verdict])).toEqual([
      ['p95', 'fail'],
      ['error_rate', 'fail'],
    ]);
    expect(result.results[0].reason).toMatch(/^p95: canary [\d.]+ms breaks the cap <30ms$/);
    expect(result.results[1].pValue!).toBeLessThan(1e-6);
  });

  test('an endpoint too small to judge is reported but does not hold the gate; an endpoint that regresses fails it', () => {
    const random = seededRandom(6);
    const overall = { name: null, subject: arm(random, 6000, 20, 0), reference: arm(random, 6000, 20, 0) };
    const tiny = { name: '/api/health', subject: arm(random, 20, 2, 0, '/api/health'), reference: arm(random, 20, 2, 0, '/api/health') };
    const ok = compareSamples({ scopes: [overall, tiny], criteria: { p95: criteria.p95 }, confidence: 0.98, random, replicates: 300 });
    expect(ok.verdict).toBe('pass');
    expect(ok.results[1]).toMatchObject({ scope: '/api/health', verdict: 'inconclusive' });
    const slow = { name: '/api/orders', subject: arm(random, 3000, 40, 0, '/api/orders'), reference: arm(random, 3000, 20, 0, '/api/orders') };
    expect(compareSamples({ scopes: [overall, slow], criteria: { p95: criteria.p95 }, confidence: 0.98, random, replicates: 300 }).verdict).toBe('fail');
  });

  describe('required and advisory metrics', () => {
    // 4,000 requests per side: enough for p50 and p95 at +10%, not for p99 at +5%.
    const tight: Criteria = { p50: criteria.p50, p95: criteria.p95, p99: [{ kind: 'relative', percent: 5, strict: false, text: '<=+5%' }] };
    const pair = (seed: number, slower = 1) => {
      const random = seededRandom(seed);
      return { random, scopes: [{ name: null, subject: arm(random, 4000, 20 * slower, 0), reference: arm(random, 4000, 20, 0) }] };
    };

    test('a p99 the run cannot resolve is "not judged" and holds nothing when advisory, and says what would resolve it', () => {
      const { random, scopes } = pair(11);
      const required = compareSamples({ scopes, criteria: tight, confidence: 0.98, random, replicates: 200 });
      const p99 = required.results.find((r) => r.metric === 'p99')!;
      expect(required.verdict).toBe('inconclusive');
      expect(p99.reason).toMatch(/^p99: .*: the run is too small to rule out more than the allowed <=\+5% \(\+[\d.]+ms\); resolving it needs ≈ [\d,]+ requests per side$/);
      const needs = Number(/≈ ([\d,]+) requests/.exec(p99.reason)![1].replace(/,/g, ''));
      expect(needs).toBeGreaterThan(4000);

      const advisory = compareSamples({ scopes, criteria: tight, required: ['p50', 'p95'], confidence: 0.98, random: seededRandom(11), replicates: 200 });
      expect(advisory.verdict).toBe('pass');
      expect(advisory.results.find((r) => r.metric === 'p99')).toMatchObject({ verdict: 'inconclusive', advisory: true });
      expect(advisory.results.find((r) => r.metric === 'p99')!.reason).toMatch(/^p99: not judged: .*; resolving it needs ≈ [\d,]+ requests per side; advisory$/);
      expect(advisory.reasons[0]).toMatch(/on all 2 metrics judged at 98% confidence; not judged: p99 \(advisory, beyond what this run can resolve\)$/);
    });

    test('nothing judged is never a pass: with every metric advisory and none resolved, the comparison is inconclusive', () => {
      const { random, scopes } = pair(13);
      const result = compareSamples({ scopes, criteria: { p99: tight.p99 }, required: [], confidence: 0.98, random, replicates: 200 });
      expect(result.results[0]).toMatchObject({ metric: 'p99', verdict: 'inconclusive', advisory: true });
      expect(result.verdict).toBe('inconclusive');
    });

    test('an advisory metric the run does resolve still fails the canary', () => {
      const { random, scopes } = pair(12, 1.6);
      const result = compareSamples({ scopes, criteria: { p99: criteria.p99 }, required: [], confidence: 0.98, random, replicates: 200 });
      expect(result.verdict).toBe('fail');
      expect(result.results[0]).toMatchObject({ metric: 'p99', verdict: 'fail', advisory: true });
    });
  });

  test('A/A runs fail no more often than the stated 2% false-alarm rate, and a 20% p95 regression at the demo\'s sample sizes is caught', () => {
    const random = seededRandom(2026);
    const runs = 100;
    let falseAlarms = 0;
    let caught = 0;
    for (let i = 0; i < runs; i++) {
      const production = arm(random, 3000, 20, 0.002);
      if (compareSamples({ scopes: [{ name: null, subject: arm(random, 3000, 20, 0.002), reference: production }], criteria, confidence: 0.98, random, replicates: 200 }).verdict === 'fail') falseAlarms++;
      if (compareSamples({ scopes: [{ name: null, subject: arm(random, 3000, 24, 0.002), reference: production }], criteria: { p95: criteria.p95 }, confidence: 0.98, random, replicates: 200 }).verdict === 'fail') caught++;
    }
    expect(falseAlarms / runs).toBeLessThanOrEqual(0.02);
    expect(caught / runs).toBeGreaterThanOrEqual(0.9);
  });
});
