// The one judge's composition rules, as pure functions: a run's whole verdict from its SLO
// judgement, a canary's comparison and the baseline's part (slo/decide.ts), and a rollout's halt
// and outcome (slo/rollout-decision.ts).

import { describe, expect, test } from '@jest/globals';
import { decide, type RegressionPart } from '../src/slo/decide.js';
import { afterStage, interruptedBefore, preRolloutHalt, rolloutOutcome, shiftHalt } from '../src/slo/rollout-decision.js';
import type { Judgement, VerdictName } from '../src/slo/verdict.js';

const slo = (verdict: VerdictName, reasons = [`SLOs: ${verdict}`]): Judgement => ({ verdict, reasons, violations: [], untrusted: [] });
const compared = (verdict: VerdictName) => ({ verdict, reasons: [`p95: ${verdict}`] });
const regression = (verdict: VerdictName | null, over: Partial<RegressionPart> = {}): RegressionPart => ({ verdict, reasons: [`p50: ${verdict}`], failOnRegression: true, heldReasons: [], notComparable: null, notices: [], ...over });

describe('a canary: fails if its SLOs or the comparison fail, passes only if both pass', () => {
  test.each<[VerdictName, VerdictName, VerdictName, string[]]>([
    ['pass', 'pass', 'pass', ['SLOs: pass', 'vs production: p95: pass']],
    ['pass', 'fail', 'fail', ['vs production: p95: fail']],
    ['fail', 'pass', 'fail', ['SLOs: fail']],
    ['fail', 'fail', 'fail', ['SLOs: fail', 'vs production: p95: fail']],
    ['pass', 'inconclusive', 'inconclusive', ['vs production: p95: inconclusive']],
    ['inconclusive', 'pass', 'inconclusive', ['SLOs: inconclusive']],
    ['inconclusive', 'fail', 'fail', ['vs production: p95: fail']],
  ])('SLOs %s, comparison %s → %s', (own, comparison, verdict, reasons) => {
    expect(decide({ slo: slo(own), comparison: compared(comparison), regression: null })).toMatchObject({ verdict, reasons, notices: [] });
  });

  test('the SLO judgement\'s findings survive the composition', () => {
    const violation = { metric: 'p95' as const, endpoint: null, actual: 300, threshold: 250, message: 'P95 300ms exceeds threshold 250ms' };
    const decision = decide({ slo: { ...slo('fail'), violations: [violation], delayNote: 'decided' }, comparison: compared('pass'), regression: null });
    expect(decision).toMatchObject({ violations: [violation], delayNote: 'decided' });
  });
});

describe('the baseline\'s part', () => {
  test('a regression fails a passing run and adds its reasons to a failing one', () => {
    expect(decide({ slo: slo('pass'), comparison: null, regression: regression('fail') })).toMatchObject({ verdict: 'fail', reasons: ['regression vs baseline: p50: fail'] });
    expect(decide({ slo: slo('fail'), comparison: null, regression: regression('fail') }).reasons).toEqual(['SLOs: fail', 'regression vs baseline: p50: fail']);
  });

  test('with fail_on_regression off a regression changes nothing and says so', () => {
    const decision = decide({ slo: slo('pass'), comparison: null, regression: regression('fail', { failOnRegression: false, notices: ['the baseline has no numbers for GET /new'] }) });
    expect(decision).toMatchObject({ verdict: 'pass', notices: ['the baseline has no numbers for GET /new', 'this run regressed from the baseline, but fail_on_regression is off: the gate does not fail on it'] });
  });

  test('no baseline is a notice, never a pass of the rules nor a fail', () => {
    const decision = decide({ slo: slo('pass'), comparison: null, regression: regression(null, { notices: ['no baseline to compare with: none yet'] }) });
    expect(decision).toMatchObject({ verdict: 'pass', reasons: ['SLOs: pass'], notices: ['no baseline to compare with: none yet'] });
  });

  test('a canary and a baseline compose: the comparison first, then the baseline', () => {
    const decision = decide({ slo: slo('pass'), comparison: compared('inconclusive'), regression: regression('fail') });
    expect(decision).toMatchObject({ verdict: 'fail', reasons: ['vs production: p95: inconclusive', 'regression vs baseline: p50: fail'] });
  });
});

describe('a rollout', () => {
  const stage = { index: 1, name: '50%', percentage: 50 };
  const run = (verdict: VerdictName, status = 'completed') => ({ verdict, status, reasons: [`run ${verdict}`] });

  test('a stage that passes, with its post-stage hook, goes on', () => {
    expect(afterStage(stage, run('pass'), { ok: true, detail: 'ok' })).toEqual({ verdict: 'pass', halt: null });
    expect(afterStage(stage, run('pass'), null)).toEqual({ verdict: 'pass', halt: null });
  });

  test('a stage that does not pass halts with its own verdict', () => {
    expect(afterStage(stage, run('fail'), null)).toEqual({ verdict: 'fail', halt: { reason: 'stage 2 (50%) did not pass: run fail', stage: '50%', trafficMoved: true, verdict: 'fail' } });
    expect(afterStage(stage, run('inconclusive'), null).halt?.verdict).toBe('inconclusive');
  });

  test('a failed post-stage hook fails a passing stage; an interruption is inconclusive whatever the hook said', () => {
    expect(afterStage(stage, run('pass'), { ok: false, detail: 'exit 1' })).toMatchObject({ verdict: 'fail', halt: { reason: 'the post-stage hook of 50% failed: exit 1', verdict: 'fail' } });
    expect(afterStage(stage, run('pass', 'interrupted'), { ok: false, detail: 'exit 1' })).toMatchObject({ verdict: 'pass', halt: { reason: 'the rollout was interrupted during stage 2 (50%)', verdict: 'inconclusive' } });
  });

  test('hooks before the load: a failed pre-rollout hook moved no traffic; a failed shift did', () => {
    expect(preRolloutHalt({ ok: false, detail: 'exit 2' })).toEqual({ reason: 'the pre-rollout hook failed: exit 2', stage: null, trafficMoved: false, verdict: 'fail' });
    expect(preRolloutHalt({ ok: true, detail: '' })).toBeNull();
    expect(preRolloutHalt(null)).toBeNull();
    expect(shiftHalt(stage, { ok: false, detail: 'timeout' })).toEqual({ reason: 'shifting traffic to 50% (50%) failed: timeout', stage: '50%', trafficMoved: true, verdict: 'fail' });
    expect(shiftHalt(stage, null)).toBeNull();
    expect(interruptedBefore({ ...stage, index: 0 }).trafficMoved).toBe(false);
    expect(interruptedBefore(stage)).toMatchObject({ trafficMoved: true, verdict: 'inconclusive' });
  });

  test('the outcome: a halt decides; otherwise promoted, and a failed on-promote hook fails it', () => {
    const halt = afterStage(stage, run('fail'), null).halt;
    expect(rolloutOutcome(halt, null, [10, 50, 100], false)).toEqual({ verdict: 'fail', status: 'halted', reason: halt!.reason });
    expect(rolloutOutcome(halt, null, [10, 50, 100], true).status).toBe('interrupted');
    expect(rolloutOutcome(null, null, [10, 50, 100], false)).toEqual({ verdict: 'pass', status: 'promoted', reason: 'every stage passed: 10% → 50% → 100%' });
    expect(rolloutOutcome(null, { ok: false, detail: 'exit 3' }, [100], false)).toEqual({ verdict: 'fail', status: 'promoted', reason: 'every stage passed, but the on-promote hook failed: exit 3' });
  });
});
