// Fixed limits show their uncertainty (slo/check-intervals.ts): each latency and error-rate check
// carries its value's interval; one that holds its limit is too close to call, and
// thresholds.decision says whether the measured value decides (point) or nothing does (confident).

import { describe, expect, test } from '@jest/globals';
import { type Random, seededRandom } from '../src/engine/random.js';
import { encodeHistogram, newHistogram, toMicros } from '../src/metrics/histogram.js';
import { type Check, evaluateChecks } from '../src/slo/checks.js';
import { withIntervals } from '../src/slo/check-intervals.js';
import { uniformDelay } from '../src/slo/generator.js';
import { judge } from '../src/slo/verdict.js';
import { metrics } from './helpers/metrics.js';
import { configErrors, planFrom } from './helpers/plan.js';
import type { JudgeableRun } from '../src/app/judge.js';
import { withMergeNotices } from '../src/app/merge.js';

const SIGMA = 0.5;
const Z95 = 1.6448536;
/** sample: n lognormal latencies whose true p95 is `p95Ms`. */
function sample(random: Random, n: number, p95Ms: number, errors = 0) {
  const median = p95Ms / Math.exp(SIGMA * Z95);
  const h = newHistogram();
  for (let i = 0; i < n; i++) h.recordValue(toMicros(median * Math.exp(SIGMA * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()))));
  const ms = (q: number) => h.getValueAtPercentile(q) / 1000;
  return metrics({ requests: n, errors, errorRatePercent: (errors / n) * 100, latencyMs: { p50: ms(50), p90: ms(90), p95: ms(95), p99: ms(99), p999: ms(99.9) }, histograms: { latency: encodeHistogram(h), serviceTime: encodeHistogram(h) } });
}

const limits = { p95: { value: 250, source: { kind: 'default' as const } }, error_rate: { value: 1, source: { kind: 'default' as const } } };
const checked = (m: ReturnType<typeof sample>) => withIntervals(evaluateChecks(m, limits, []), () => ({ metrics: m }));
const verdictOf = (checks: Check[], n: number, decision: 'point' | 'confident') =>
  judge({ checks, measuredRequests: n, minRequests: 100, evidenceFor: () => null, generator: { shortfall: [], addedDelayMs: uniformDelay(0), delayShares: [], saturated: null, notes: [] }, stoppedBy: 'completed', abortReason: null, coverage: '30s of 30s', decision });

describe('a check\'s interval', () => {
  test('holds the true p95 in about 95% of seeded runs, and the error rate\'s Wilson interval brackets its value', () => {
    let held = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const p95 = checked(sample(seededRandom(seed, 5), 2000, 200)).find((c) => c.metric === 'p95')!;
      if (p95.interval!.low <= 200 && 200 <= p95.interval!.high) held++;
    }
    expect(held / 300).toBeGreaterThanOrEqual(0.92);
    expect(held / 300).toBeLessThanOrEqual(0.99);
    const errors = checked(sample(seededRandom(1), 2000, 200, 10)).find((c) => c.metric === 'error_rate')!;
    expect(errors.interval!.low).toBeLessThan(0.5);
    expect(errors.interval!.high).toBeGreaterThan(0.5);
    expect(errors.interval!.high).toBeLessThan(1);
    expect(errors.closeCall).toBe(false);
  });
});

describe('a service whose true p95 is 241 ms against a 250 ms limit', () => {
  const SEEDS = 200;
  const runs = Array.from({ length: SEEDS }, (_, i) => checked(sample(seededRandom(i + 1, 9), 3000, 241)));

  test('under decision: point it sometimes fails on a hair, and every such fail is flagged too close to call, with a notice', () => {
    const failed = runs.filter((checks) => verdictOf(checks, 3000, 'point').verdict === 'fail');
    expect(failed.length).toBeGreaterThan(0);
    for (const checks of failed) expect(checks.find((c) => c.metric === 'p95')!.closeCall).toBe(true);
    const notes = verdictOf(failed[0], 3000, 'point').notes!;
    expect(notes[0]).toMatch(/^P95 latency [\d.]+ms vs 250ms is too close to call \(95% interval [\d.]+ms to [\d.]+ms\): decided on the measured value \(decision: point; decision: confident would hold it\)$/);
  });

  test('under decision: confident it never fails: a close call is inconclusive, saying why', () => {
    const verdicts = runs.map((checks) => verdictOf(checks, 3000, 'confident'));
    expect(verdicts.filter((v) => v.verdict === 'fail')).toEqual([]);
    const held = verdicts.find((v) => v.verdict === 'inconclusive')!;
    expect(held.reasons.join('\n')).toMatch(/too close to call/);
  });

  test('under decision: confident a clearly slow service (true p95 300 ms) still fails, and a clearly fast one (150 ms) passes', () => {
    let slowFailed = 0;
    let fastPassed = 0;
    for (let seed = 1; seed <= 100; seed++) {
      if (verdictOf(checked(sample(seededRandom(seed, 11), 3000, 300)), 3000, 'confident').verdict === 'fail') slowFailed++;
      if (verdictOf(checked(sample(seededRandom(seed, 12), 3000, 150)), 3000, 'confident').verdict === 'pass') fastPassed++;
    }
    expect(slowFailed).toBeGreaterThanOrEqual(95);
    expect(fastPassed).toBeGreaterThanOrEqual(95);
  });
});

describe('thresholds.decision', () => {
  const target = { '--target': 'http://127.0.0.1:9' };
  test('point by default; confident from a flag or the file; a wrong word is an error with the choices; an endpoint cannot set it', () => {
    expect(planFrom({ flags: target }).decision).toBe('point');
    expect(planFrom({ flags: { ...target, '--decision': 'confident' } }).decision).toBe('confident');
    expect(planFrom({ files: { 'p.yml': 'thresholds:\n  decision: confident\n' }, config: 'p.yml', flags: target }).decision).toBe('confident');
    expect(configErrors({ files: { 'p.yml': 'thresholds:\n  decision: sure\n' }, config: 'p.yml', flags: target })[0]).toMatch(/^p\.yml:2:13 thresholds\.decision: .*point.*confident/);
    const endpoint = 'load_test:\n  endpoints:\n    - path: /a\n      thresholds: {decision: confident}\n';
    expect(configErrors({ files: { 'p.yml': endpoint }, config: 'p.yml', flags: target })[0]).toMatch(/unknown key 'decision'/);
  });
});

describe('close calls that are not', () => {
  test('no errors against a 0% limit is clear, not too close to call', () => {
    const m = sample(seededRandom(3), 5000, 100);
    const [errors] = withIntervals(evaluateChecks(m, { error_rate: { value: 0, source: { kind: 'default' } } }, []), () => ({ metrics: m }));
    expect(errors).toMatchObject({ passed: true, closeCall: false });
  });

  test('a shard says nothing of its close calls: the merge judges the whole run', () => {
    const close = runsNear241().find((checks) => checks.some((c) => c.closeCall))!;
    expect(verdictOf(close, 3000, 'point').notes!.length).toBeGreaterThan(0);
    expect(judgeProvisional(close).notes).toEqual([]);
  });

  test('a merge given a decision other than its shards\' says it was not used', () => {
    const plan = planFrom({ flags: { '--target': 'http://127.0.0.1:9', '--decision': 'confident' } });
    const run = { body: { notices: [] } as unknown as JudgeableRun['body'], slo: { verdict: 'pass' as const, reasons: [], violations: [], untrusted: [] }, decision: 'point' as const };
    expect(withMergeNotices(run, plan).body.notices).toContain('the merge decided close calls as the shards ran (decision: point, recorded in their results); decision: confident given to the merge was not used');
    expect(withMergeNotices({ ...run, decision: 'confident' }, plan).body.notices).toEqual([]);
  });
});

function runsNear241() {
  return Array.from({ length: 100 }, (_, i) => checked(sample(seededRandom(i + 1, 9), 3000, 241)));
}

function judgeProvisional(checks: Check[]) {
  return judge({ checks, measuredRequests: 3000, minRequests: 100, evidenceFor: () => null, generator: { shortfall: [], addedDelayMs: uniformDelay(0), delayShares: [], saturated: null, notes: [] }, stoppedBy: 'completed', abortReason: null, coverage: '30s of 30s', decision: 'point', provisional: true });
}
