import { describe, expect, test } from '@jest/globals';
import type { Source } from '../src/config/issues.js';
import type { Thresholds } from '../src/config/plan.js';
import { alreadyLost } from '../src/slo/abort.js';
import { type Check, evaluateChecks } from '../src/slo/checks.js';
import { generatorFindings } from '../src/slo/generator.js';
import { binomialTail, clearlyAbove } from '../src/slo/significance.js';
import { type JudgeInput, judge } from '../src/slo/verdict.js';
import { metrics } from './helpers/metrics.js';

const src: Source = { kind: 'file', file: 'perf.yml', line: 3, col: 10, keyPath: 'thresholds.latency.p95' };
const t = (values: Record<string, number>): Thresholds => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v, source: src }]));

describe('evaluateChecks speaks the seeds\' sentences', () => {
  const overall = metrics({ requests: 1000, errorRatePercent: 1.2, throughputRps: 850.5, latencyMs: { p50: 80, p95: 350.2, p99: 399 } });
  const checks = evaluateChecks(overall, t({ p50: 100, p95: 250, p99: 400, error_rate: 0.5, throughput: 1000 }), []);

  test.each([
    ['p50', true, 'P50 latency 80ms within threshold 100ms'],
    ['p95', false, 'P95 latency 350.2ms exceeds threshold 250ms'],
    ['p99', true, 'P99 latency 399ms within threshold 400ms'],
    ['error_rate', false, 'Error rate 1.2% exceeds threshold 0.5%'],
    ['throughput', false, 'Throughput 850.5 req/sec below threshold 1000 req/sec'],
  ])('%s', (metric, passed, message) => {
    const check = checks.find((c) => c.metric === metric)!;
    expect(check.passed).toBe(passed);
    expect(check.message).toBe(message);
    expect(check.source).toBe(src);
  });

  test('a value equal to the threshold passes', () => {
    const [check] = evaluateChecks(metrics({ latencyMs: { p95: 250 } }), t({ p95: 250 }), []);
    expect(check.passed).toBe(true);
  });

  test('endpoint thresholds apply to that endpoint and name it', () => {
    const orders = metrics({ name: '/api/orders', latencyMs: { p95: 420 } });
    const checks = evaluateChecks(metrics(), {}, [{ metrics: orders, thresholds: t({ p95: 300 }) }]);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ endpoint: '/api/orders', passed: false, message: '/api/orders: P95 latency 420ms exceeds threshold 300ms' });
  });
});

describe('binomialTail against known values', () => {
  test.each([
    [5, 20, 0.05, 0.00257],
    [3, 20, 0.05, 0.07548],
    [1, 10, 0.1, 0.65132],
    [3, 10, 0.5, 0.94531],
    [0, 10, 0.5, 1],
    [11, 10, 0.5, 0],
    [50, 100, 0.5, 0.53979],
  ])('P(X ≥ %i | n=%i, p=%p) = %p', (k, n, p, expected) => {
    expect(binomialTail(k, n, p)).toBeCloseTo(expected, 4);
  });

  test('clearlyAbove uses a 5% false-alarm rate', () => {
    expect(clearlyAbove(5, 20, 0.05)).toBe(true);
    expect(clearlyAbove(3, 20, 0.05)).toBe(false);
  });
});

function check(metric: Check['metric'], passed: boolean, extra: Partial<Check> = {}): Check {
  return { metric, endpoint: null, threshold: metric === 'error_rate' ? 1 : 250, actual: 0, unit: metric === 'error_rate' ? '%' : metric === 'throughput' ? 'req/s' : 'ms', passed, message: `${metric} ${passed ? 'ok' : 'broken'}`, source: src, ...extra };
}

const base: JudgeInput = {
  checks: [],
  measuredRequests: 5000,
  minRequests: 100,
  evidenceFor: () => null,
  generator: { shortfall: [], distortion: [] },
  stoppedBy: 'completed',
  abortReason: null,
  coverage: '60.0s of 60s',
};

describe('judge: pass, fail or inconclusive', () => {
  test.each([
    ['all checks met', {}, [check('p95', true)], 'pass'],
    ['a broken threshold fails', {}, [check('p95', false)], 'fail'],
    ['generator lag voids a latency breach', { generator: { shortfall: [], distortion: ['lag'] } }, [check('p95', false)], 'inconclusive'],
    ['generator lag does not void an error-rate breach', { generator: { shortfall: [], distortion: ['lag'] } }, [check('error_rate', false)], 'fail'],
    ['a shortfall voids a throughput breach', { generator: { shortfall: ['dropped'], distortion: [] } }, [check('throughput', false)], 'inconclusive'],
    ['a shortfall turns a pass inconclusive', { generator: { shortfall: ['dropped'], distortion: [] } }, [check('p95', true)], 'inconclusive'],
    ['a shortfall does not void a latency breach (less load than planned was already too slow)', { generator: { shortfall: ['dropped'], distortion: [] } }, [check('p95', false)], 'fail'],
    ['too few requests: inconclusive pass', { measuredRequests: 40 }, [check('p95', true)], 'inconclusive'],
    ['too few requests but a clear error breach (30 of 40 failed, limit 1%)', { measuredRequests: 40, evidenceFor: () => ({ n: 40, k: 30 }) }, [check('error_rate', false)], 'fail'],
    ['too few requests and a breach chance explains (1 of 40 slow for p95)', { measuredRequests: 40, evidenceFor: () => ({ n: 40, k: 3 }) }, [check('p95', false)], 'inconclusive'],
    ['interrupted without breaches', { stoppedBy: 'interrupted' as const }, [check('p95', true)], 'inconclusive'],
    ['interrupted with a breach', { stoppedBy: 'interrupted' as const }, [check('p95', false)], 'fail'],
  ])('%s', (_, input, checks, verdict) => {
    expect(judge({ ...base, ...input, checks }).verdict).toBe(verdict);
  });

  test('reasons say why, and untrusted breaches are listed apart', () => {
    const j = judge({ ...base, checks: [check('p95', false, { message: 'P95 latency 300ms exceeds threshold 250ms' })], generator: { shortfall: [], distortion: ['the load generator lagged'] } });
    expect(j.reasons).toEqual(['the load generator lagged', 'P95 latency 300ms exceeds threshold 250ms (not held against the service: the generator lagged)']);
    expect(j.violations).toEqual([]);
    expect(j.untrusted).toHaveLength(1);
  });

  test('a pass says how much evidence it rests on', () => {
    expect(judge({ ...base, checks: [check('p95', true), check('error_rate', true)] }).reasons).toEqual(['all 2 SLO checks met over 5,000 measured requests']);
  });

  test('an abort leads the reasons', () => {
    const j = judge({ ...base, checks: [check('error_rate', false)], stoppedBy: 'aborted', abortReason: 'Error rate can no longer meet 1%' });
    expect(j.reasons[0]).toBe('aborted early: Error rate can no longer meet 1%');
  });
});

describe('alreadyLost: abort only when no future can save the run', () => {
  const scope = { endpoint: null, name: null, thresholds: t({ error_rate: 1, p95: 250 }) };
  const input = (requests: number, errors: number, slow: number, done: number, remaining: number) =>
    alreadyLost({ scopes: [scope], minRequests: 100, done, remaining, totals: () => ({ requests, errors }), countAboveMs: () => slow });

  test('errors beyond the limit of the whole projected run abort', () => {
    // 1,000 requests in a fifth of the run: ~6,000 projected with headroom; 100 errors > 1% of that.
    expect(input(1000, 100, 0, 1, 4)).toMatch(/^Error rate can no longer meet 1%: 100 errors already exceed that share of the ~6,000 requests/);
  });
  test('the same errors early in a long run do not abort: the rest could dilute them', () => {
    expect(input(1000, 50, 0, 1, 9)).toBeNull();
  });
  test('slow requests beyond the percentile\'s allowance abort', () => {
    expect(input(1000, 0, 400, 1, 4)).toMatch(/^P95 latency can no longer meet 250ms: 400 requests already took longer, more than 5% of the ~6,000/);
  });
  test('no judgement before min_requests', () => {
    expect(input(50, 50, 50, 1, 0)).toBeNull();
  });
});

describe('generatorFindings', () => {
  const facts = { model: 'open' as const, plannedArrivals: 10_000, scheduled: 10_000, dropped: 0, maxInFlight: 1000, lagSeries: [1, 2, 1], lagP99Ms: 2 };
  test('a healthy run has no findings', () => {
    expect(generatorFindings(facts)).toEqual({ shortfall: [], distortion: [] });
  });
  test('dropped arrivals over 1% are a shortfall that says what to change', () => {
    expect(generatorFindings({ ...facts, dropped: 420 }).shortfall).toEqual([
      '4.2% of arrivals (420 of 10,000) were dropped because 1,000 requests were already in flight: raise max_in_flight or lower the rate',
    ]);
  });
  test('sending under 90% of the plan is a shortfall', () => {
    expect(generatorFindings({ ...facts, scheduled: 8_000 }).shortfall[0]).toMatch(/sent 8,000 of 10,000 planned requests \(80%\)/);
  });
  test('event-loop lag over 50ms in a tenth of the seconds is a distortion', () => {
    expect(generatorFindings({ ...facts, lagSeries: [1, 80, 90, 2, 1, 1, 1, 1, 1, 1], lagP99Ms: 85 }).distortion[0]).toMatch(/lagged over 50ms in 2 of 10 seconds/);
    expect(generatorFindings({ ...facts, lagSeries: [...new Array(19).fill(1), 80], lagP99Ms: 30 }).distortion).toEqual([]);
  });
});
