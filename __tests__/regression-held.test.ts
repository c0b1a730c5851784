// A regression against the baseline that this run's generator could explain holds a passing run
// inconclusive, saying why; unless the user turned regression gating off, when it changes nothing.

import { describe, expect, test } from '@jest/globals';
import { regressionPart } from '../src/app/regression.js';
import { NO_ROLLBACK, type RunBody, finishReport } from '../src/report/build.js';
import { decide } from '../src/slo/decide.js';
import { withRegressionVerdict } from '../src/slo/regression-verdict.js';
import type { Judgement } from '../src/slo/verdict.js';
import type { RegressionReport, RegressionRow } from '../src/report/model.js';

const passing: Judgement = { verdict: 'pass', reasons: ['all 2 SLO checks met over 9,000 measured requests'], violations: [], untrusted: [] };
const body = { status: 'completed', shard: null, notices: [] } as unknown as RunBody;
/** judged: the passing run's whole verdict with the comparison folded in by the judge, and the report it finishes. */
const judged = (regression: RegressionReport) => finishReport(body, { decision: decide({ slo: passing, comparison: null, regression: regressionPart(regression) }), regression, rollback: NO_ROLLBACK });
const held: RegressionRow = {
  scope: null, metric: 'p95', baseline: 20, current: 24, changePercent: 20, difference: 4, low: 3, high: 5, nBaseline: 9000, nCurrent: 9000, rule: '<=+10%',
  verdict: 'inconclusive', reason: 'p95: this run 24ms vs baseline 20ms, +4ms (…) is more than the allowed <=+10% (+2ms), but this run\'s generator delayed its responses by up to 30ms (1 in 1,000), which could explain it', generatorHeld: true,
};
const regression = (failOnRegression: boolean): RegressionReport =>
  ({ status: 'compared', verdict: 'inconclusive', reasons: [held.reason], baseline: null, rows: [held], unmatched: [], confidence: 0.98, criteriaAreDefaults: true, failOnRegression, rulesSource: { kind: 'default' } }) as unknown as RegressionReport;

describe('a regression the generator could explain', () => {
  test('holds a passing run inconclusive (exit 3), naming the generator, not "not enough data"', () => {
    const r = judged(regression(true));
    expect({ verdict: r.verdict, passed: r.passed, exitCode: r.exitCode }).toEqual({ verdict: 'inconclusive', passed: false, exitCode: 3 });
    expect(r.reasons).toEqual([`regression vs baseline not decided: ${held.reason}`]);
    expect(r.notices.some((n) => n.startsWith('not enough data'))).toBe(false);
  });

  test('changes nothing when fail_on_regression is off', () => {
    const r = judged(regression(false));
    expect({ verdict: r.verdict, exitCode: r.exitCode }).toEqual({ verdict: 'pass', exitCode: 0 });
  });
});

test('the baseline part of the verdict is one pure rule: fail on a regression, hold a pass the generator kept from being decided, note what fail_on_regression lets through', () => {
  const pass = { verdict: 'pass' as const, reasons: ['all 2 SLO checks met'] };
  const regressed = { verdict: 'fail' as const, reasons: ['p95: +40%'], failOnRegression: true, heldReasons: [], notComparable: null };
  expect(withRegressionVerdict(pass, regressed)).toEqual({ verdict: 'fail', reasons: ['regression vs baseline: p95: +40%'], note: null });
  expect(withRegressionVerdict({ verdict: 'fail', reasons: ['P95 too slow'] }, regressed).reasons).toEqual(['P95 too slow', 'regression vs baseline: p95: +40%']);
  expect(withRegressionVerdict(pass, { ...regressed, failOnRegression: false })).toEqual({ ...pass, reasons: [...pass.reasons], note: 'this run regressed from the baseline, but fail_on_regression is off: the gate does not fail on it' });
  const held = { verdict: 'inconclusive' as const, reasons: [], failOnRegression: true, heldReasons: ['p99: the generator delayed 2% of responses'], notComparable: null };
  expect(withRegressionVerdict(pass, held)).toEqual({ verdict: 'inconclusive', reasons: ['regression vs baseline not decided: p99: the generator delayed 2% of responses'], note: null });
  expect(withRegressionVerdict(pass, { ...held, failOnRegression: false }).verdict).toBe('pass');
  expect(withRegressionVerdict(pass, { verdict: null, reasons: [], failOnRegression: true, heldReasons: [], notComparable: null }).verdict).toBe('pass');
  // A baseline that could not be compared at all (another HTTP version): the check asked for was not made, so a pass is held; a fail stands.
  const unlike = { verdict: 'inconclusive' as const, reasons: ['over HTTP/1.1 and HTTP/2'], failOnRegression: true, heldReasons: [], notComparable: 'over HTTP/1.1 and HTTP/2' };
  expect(withRegressionVerdict(pass, unlike)).toEqual({ verdict: 'inconclusive', reasons: ['regression vs baseline not judged: over HTTP/1.1 and HTTP/2'], note: null });
  expect(withRegressionVerdict({ verdict: 'fail', reasons: ['P95 too slow'] }, unlike)).toEqual({ verdict: 'fail', reasons: ['P95 too slow'], note: 'not compared with the baseline: over HTTP/1.1 and HTTP/2' });
  expect(withRegressionVerdict(pass, { ...unlike, failOnRegression: false })).toEqual({ ...pass, reasons: [...pass.reasons], note: 'not compared with the baseline: over HTTP/1.1 and HTTP/2' });
});
