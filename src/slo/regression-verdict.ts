// The baseline's part of the verdict, as a rule over plain facts: a regression fails the gate
// unless fail_on_regression is off; a comparison the generator's own delay held, or a baseline that
// could not be compared with this run at all (another HTTP version), is "inconclusive" for a run
// that would otherwise pass: the regression check the user asked for was not made, and a pass would
// say it was. Anything else leaves the verdict as the SLOs made it.

import type { VerdictName } from './verdict.js';

export interface RegressionFacts {
  /** verdict of the comparison; null when there was no baseline to compare with. */
  verdict: VerdictName | null;
  reasons: readonly string[];
  failOnRegression: boolean;
  /** heldReasons: the metrics the generator's own delay kept from being decided, with why. */
  heldReasons: readonly string[];
  /** notComparable: why the baseline could not be compared with this run at all (baseline/comparable.ts); null when it could. */
  notComparable: string | null;
}

/** NOT_JUDGED_AGAINST_BASELINE: how a verdict held by a baseline that could not be compared says so (its reasons start with it). */
export const NOT_JUDGED_AGAINST_BASELINE = 'regression vs baseline not judged: ';

export interface RegressionOutcome {
  verdict: VerdictName;
  reasons: string[];
  /** note: a notice to add (a regression that fail_on_regression lets through), or null. */
  note: string | null;
}

export function withRegressionVerdict(run: { verdict: VerdictName; reasons: readonly string[] }, regression: RegressionFacts): RegressionOutcome {
  const unchanged = { verdict: run.verdict, reasons: [...run.reasons], note: null };
  if (regression.verdict !== 'fail') {
    // Not "too little data": the run could not tell because its own generator was slow; that is the verdict.
    if (regression.heldReasons.length > 0 && run.verdict === 'pass' && regression.failOnRegression) return { verdict: 'inconclusive', reasons: regression.heldReasons.map((r) => `regression vs baseline not decided: ${r}`), note: null };
    // Asked for and not made: a person has to compare like for like (the reason says how) or take a new baseline.
    if (regression.notComparable !== null && run.verdict === 'pass' && regression.failOnRegression) return { verdict: 'inconclusive', reasons: [`${NOT_JUDGED_AGAINST_BASELINE}${regression.notComparable}`], note: null };
    if (regression.notComparable !== null) return { ...unchanged, note: `not compared with the baseline: ${regression.notComparable}` };
    return unchanged;
  }
  if (!regression.failOnRegression) return { ...unchanged, note: 'this run regressed from the baseline, but fail_on_regression is off: the gate does not fail on it' };
  const reasons = regression.reasons.map((r) => `regression vs baseline: ${r}`);
  return { verdict: 'fail', reasons: run.verdict === 'pass' ? reasons : [...run.reasons, ...reasons], note: null };
}
