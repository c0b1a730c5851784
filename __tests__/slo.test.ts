import { describe, expect, test } from '@jest/globals';
import type { Source } from '../src/config/issues.js';
import type { Thresholds } from '../src/config/plan.js';
import { alreadyLost } from '../src/slo/abort.js';
import { type Check, evaluateChecks } from '../src/slo/checks.js';
import { generatorFindings, uniformDelay } from '../src/slo/generator.js';
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
    ['throughput', false, 'Throughput 840.3 req/sec below threshold 1000 req/sec' /* 850.5 req/s, 1.2% of them failed */],
  ])('%s', (metric, passed, message) => {
    const check = checks.find((c) => c.metric === metric)!;
    expect(check.passed).toBe(passed);
    expect(check.message).toBe(message);
    expect(check.source).toBe(src);
  });

  test('a value equal to the threshold passes', () => {
    const [check] = evaluateChecks(metrics({ requests: 500, latencyMs: { p95: 250 } }), t({ p95: 250 }), []);
    expect(check.passed).toBe(true);
  });

  test('a latency or error-rate threshold over no requests is not judged, and not passed', () => {
    const idle = metrics({ name: '/api/rare', requests: 0 });
    const checks = evaluateChecks(metrics({ requests: 500 }), {}, [{ metrics: idle, thresholds: t({ p95: 300, error_rate: 1, throughput: 5 }) }]);
    expect(checks.map((c) => [c.metric, c.passed, c.noData ?? false])).toEqual([['p95', false, true], ['error_rate', false, true], ['throughput', false, false]]);
    expect(checks[0].message).toBe('/api/rare: P95 latency could not be judged against 300ms: no measured requests');
  });

  test('endpoint thresholds apply to that endpoint and name it', () => {
    const orders = metrics({ name: '/api/orders', requests: 800, latencyMs: { p95: 420 } });
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

function delayed(ms: number, p999 = ms) {
  return { shortfall: [] as string[], addedDelayMs: { ...uniformDelay(ms), p999 }, delayShares: [] as Array<[number, number]>, saturated: null as string | null, notes: [] as string[] };
}

const base: JudgeInput = {
  checks: [],
  measuredRequests: 5000,
  minRequests: 100,
  evidenceFor: () => null,
  generator: { shortfall: [], addedDelayMs: uniformDelay(0), delayShares: [], saturated: null, notes: [] },
  stoppedBy: 'completed',
  abortReason: null,
  coverage: '60.0s of 60s',
};

describe('judge: pass, fail or inconclusive', () => {
  test.each([
    ['all checks met', {}, [check('p95', true)], 'pass'],
    ['a broken threshold fails', {}, [check('p95', false)], 'fail'],
    ['added delay that could explain a latency breach voids it (260ms vs 250ms, 12ms added)', { generator: delayed(12) }, [check('p95', false, { actual: 260 })], 'inconclusive'],
    ['added delay too small to explain a latency breach does not (400ms vs 250ms, 12ms added)', { generator: delayed(12) }, [check('p95', false, { actual: 400 })], 'fail'],
    ['added delay never turns a pass inconclusive (249ms vs 250ms, 80ms added)', { generator: delayed(80) }, [check('p95', true, { actual: 249 })], 'pass'],
    ['added delay does not void an error-rate breach', { generator: delayed(500) }, [check('error_rate', false, { actual: 5 })], 'fail'],
    ['a p99.9 breach is judged by the rarer stalls that can move it', { generator: delayed(2, 40) }, [check('p999', false, { actual: 280 })], 'inconclusive'],
    ['a p95 breach is not voided by stalls too rare to move it', { generator: delayed(2, 40) }, [check('p95', false, { actual: 280 })], 'fail'],
    ['a p50 breach is judged by the delay half the responses saw, not the tail\'s', { generator: { ...delayed(0), addedDelayMs: { p50: 0.2, p90: 5, p95: 9, p99: 14, p999: 30 } } }, [check('p50', false, { actual: 259 })], 'fail'],
    ['a saturated CPU voids a throughput breach', { generator: { ...delayed(0), saturated: 'saturated' } }, [check('throughput', false)], 'inconclusive'],
    ['a saturated CPU by itself does not touch latency', { generator: { ...delayed(0), saturated: 'saturated' } }, [check('p95', true, { actual: 4.8 })], 'pass'],
    ['a shortfall voids a throughput breach', { generator: { ...delayed(0), shortfall: ['dropped'] } }, [check('throughput', false)], 'inconclusive'],
    ['a shortfall turns a pass inconclusive', { generator: { ...delayed(0), shortfall: ['dropped'] } }, [check('p95', true)], 'inconclusive'],
    ['a shortfall does not void a latency breach (less load than planned was already too slow)', { generator: { ...delayed(0), shortfall: ['dropped'] } }, [check('p95', false, { actual: 300 })], 'fail'],
    ['a threshold with no data is never a pass', {}, [check('p95', false, { noData: true })], 'inconclusive'],
    ['every request failed fails whatever the checks say', { allFailed: [{ endpoint: null, requests: 5000, what: 'HTTP 404 ×5,000' }] }, [check('p95', true)], 'fail'],
    ['every request failed fails even with no checks at all', { allFailed: [{ endpoint: null, requests: 3, what: 'reset ×3' }], measuredRequests: 3 }, [], 'fail'],
    ['an endpoint whose every request failed fails the run', { allFailed: [{ endpoint: '/api/x', requests: 40, what: 'HTTP 500 ×40' }] }, [check('error_rate', true)], 'fail'],
    ['an endpoint with too few requests, all failed, is inconclusive', { allFailed: [{ endpoint: '/api/x', requests: 2, what: 'HTTP 500 ×2' }] }, [check('error_rate', true)], 'inconclusive'],
    ['too few requests: inconclusive pass', { measuredRequests: 40 }, [check('p95', true)], 'inconclusive'],
    ['too few requests but a clear error breach (30 of 40 failed, limit 1%)', { measuredRequests: 40, evidenceFor: () => ({ n: 40, k: 30 }) }, [check('error_rate', false)], 'fail'],
    ['too few requests and a breach chance explains (1 of 40 slow for p95)', { measuredRequests: 40, evidenceFor: () => ({ n: 40, k: 3 }) }, [check('p95', false)], 'inconclusive'],
    ['interrupted without breaches', { stoppedBy: 'interrupted' as const }, [check('p95', true)], 'inconclusive'],
    ['interrupted with a breach', { stoppedBy: 'interrupted' as const }, [check('p95', false)], 'fail'],
    ['aborted early, the final numbers within every limit: never a pass', { stoppedBy: 'aborted' as const, abortReason: 'Error rate can no longer meet 1%' }, [check('error_rate', true)], 'inconclusive'],
  ])('%s', (_, input, checks, verdict) => {
    expect(judge({ ...base, ...input, checks }).verdict).toBe(verdict);
  });

  test('reasons say why, and untrusted breaches are listed apart', () => {
    const j = judge({ ...base, checks: [check('p95', false, { actual: 300, message: 'P95 latency 300ms exceeds threshold 250ms' })], generator: delayed(60) });
    expect(j.reasons).toEqual(['P95 latency 300ms exceeds threshold 250ms (not held against the service: the generator\'s own delay could explain it: it delayed its responses, by up to 60ms for 1 in 1,000)']);
    expect(j.distortion).toEqual(['P95 latency 300ms exceeds threshold 250ms, but the generator\'s own delay could explain it: it delayed its responses, by up to 60ms for 1 in 1,000']);
    expect(j.violations).toEqual([]);
    expect(j.untrusted).toHaveLength(1);
  });

  test('with the delay grid, a breach is tested against the latency histogram, not the readable bound', () => {
    // 4% of responses delayed up to 100ms: the p95 bound reads 0, yet 300 of 5,000 requests just over the limit could be theirs.
    const shares: Array<[number, number]> = [[0, 0.04], [10, 0.036], [50, 0.02], [100, 0]];
    const generator = { ...delayed(0, 90), delayShares: shares };
    const breach = check('p95', false, { actual: 252, message: 'P95 latency 252ms exceeds threshold 250ms' });
    const near = (ms: number) => (ms < 250 ? 600 : ms < 260 ? 300 : 0);
    const far = (ms: number) => (ms < 400 ? 1500 : 0);
    const input = { ...base, checks: [breach], generator, evidenceFor: () => ({ n: 5000, k: 300 }) };
    expect(judge({ ...input, countAboveMs: (_c, ms) => near(ms) }).verdict).toBe('inconclusive');
    expect(judge({ ...input, countAboveMs: (_c, ms) => far(ms) }).verdict).toBe('fail');
    expect(judge({ ...input, countAboveMs: (_c, ms) => near(ms) }).reasons[0]).toContain('it delayed 4% of responses, by up to 90ms for 1 in 1,000');
  });

  test('a pass says how much evidence it rests on, and that the generator could not have decided it', () => {
    const checks = [check('p95', true, { actual: 21, message: 'P95 latency 21ms within threshold 250ms' }), check('error_rate', true)];
    const j = judge({ ...base, checks, generator: delayed(1.8) });
    expect(j.reasons).toEqual(['all 2 SLO checks met over 5,000 measured requests']);
    expect(j.delayNote).toBe('the generator added at most 1.8ms to 95% of responses; P95 latency 21ms vs 250ms: decided');
    const near = judge({ ...base, checks: [check('p95', false, { actual: 251, message: 'P95 latency 251ms exceeds threshold 250ms' })], generator: delayed(1.8) });
    expect(near.delayNote).toBe('the generator added at most 1.8ms to 95% of responses; P95 latency 251ms vs 250ms: not decided');
  });

  test('a run where every request failed says so first, with what they got', () => {
    const j = judge({ ...base, checks: [check('p95', true)], allFailed: [{ endpoint: null, requests: 5000, what: 'HTTP 404 ×5,000' }] });
    expect(j.reasons[0]).toBe('every one of the 5,000 measured requests failed (HTTP 404 ×5,000)');
    expect(j.violations[0]).toMatchObject({ metric: 'error_rate', endpoint: null, actual: 100 });
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
  const facts = { model: 'open' as const, plannedArrivals: 10_000, scheduled: 10_000, dropped: 0, maxInFlight: 1000, lagSeries: [1, 2, 1], addedDelayMs: { ...uniformDelay(2), p999: 3 } };
  test('a healthy run has no findings, and carries its added delay to the verdict', () => {
    expect(generatorFindings(facts, 'cli')).toEqual({ shortfall: [], addedDelayMs: { ...uniformDelay(2), p999: 3 }, delayShares: [], saturated: null, notes: [] });
  });
  test('dropped arrivals over 1% are a shortfall that says what to change', () => {
    expect(generatorFindings({ ...facts, dropped: 420 }, 'cli').shortfall).toEqual([
      '4.2% of arrivals (420 of 10,000) were dropped because 1,000 requests were already in flight: raise --max-in-flight or lower the rate',
    ]);
    // The action has no max-in-flight input: its user sets the config key.
    expect(generatorFindings({ ...facts, dropped: 420 }, 'action').shortfall[0]).toMatch(/: raise load_test\.max_in_flight or lower the rate$/);
  });
  test('sending under 90% of the plan is a shortfall', () => {
    expect(generatorFindings({ ...facts, scheduled: 8_000 }, 'cli').shortfall[0]).toMatch(/sent 8,000 of 10,000 planned requests \(80%\)/);
  });
  test('event-loop lag over 50ms is a note quoting the longest stall, not by itself a distortion', () => {
    const found = generatorFindings({ ...facts, lagSeries: [1, 80, 90, 2, 1, 1, 1, 1, 1, 1] }, 'cli');
    expect(found.notes[0]).toMatch(/lagged over 50ms in 2 of 10 seconds \(longest stall 90ms\)/);
    expect(found.shortfall).toEqual([]);
  });
});
