// The one judge's last step: a run's whole verdict from its parts, before any report exists.
//   1. the SLO judgement (slo/verdict.ts): thresholds, a dead service, the generator's findings;
//   2. a canary's comparison with production: it fails if either fails, passes only if both pass;
//   3. the baseline's part (slo/regression-verdict.ts): a regression fails the gate unless
//      fail_on_regression is off; one the generator's own delay could explain holds a pass.
// What the parts decided but did not change, and what the SLO verdict stands on (a check too close
// to call), is said as notices. Pure.

import type { Comparison } from './compare/judge.js';
import { type RegressionFacts, withRegressionVerdict } from './regression-verdict.js';
import { type Judgement, withComparison } from './verdict.js';

/** RegressionPart: the baseline comparison's facts, with what it has to say that decides nothing. */
export interface RegressionPart extends RegressionFacts {
  notices: readonly string[];
}

export interface VerdictParts {
  slo: Judgement;
  /** comparison: a canary's against production; null outside canary mode or when nothing was sent. */
  comparison: Pick<Comparison, 'verdict' | 'reasons'> | null;
  /** regression: against the baseline; null when none was asked for or nothing was sent. */
  regression: RegressionPart | null;
}

/** Decision: the whole verdict, with the SLO judgement's findings and the notices the parts add. */
export interface Decision extends Judgement {
  notices: string[];
}

export function decide(parts: VerdictParts): Decision {
  const judged = parts.comparison ? withComparison(parts.slo, parts.comparison) : parts.slo;
  const sloNotes = parts.slo.notes ?? [];
  if (!parts.regression) return { ...judged, notices: [...sloNotes] };
  const outcome = withRegressionVerdict(judged, parts.regression);
  return { ...judged, verdict: outcome.verdict, reasons: outcome.reasons, notices: [...sloNotes, ...parts.regression.notices, ...(outcome.note ? [outcome.note] : [])] };
}
