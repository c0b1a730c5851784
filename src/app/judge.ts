// A run's whole verdict, before its report exists: the SLO judgement it was measured with, a
// canary's comparison with production (in the body), and the baseline's part, composed by the one
// judge (slo/decide.ts). Both the pipeline and a rollout's stages come through here.

import type { Plan } from '../config/plan.js';
import type { RunBody } from '../report/build.js';
import type { RegressionReport } from '../report/model.js';
import { type Decision, decide } from '../slo/decide.js';
import type { Judgement } from '../slo/verdict.js';
import { type BaselineLookup, compareWithBaseline, regressionPart } from './regression.js';

/** JudgeableRun: a run measured (or merged) and judged by its SLOs; its body is its report without a verdict. */
export interface JudgeableRun {
  body: RunBody;
  slo: Judgement;
  /** decision: how close calls were decided, where it was not the plan's (a merge decides as its shards ran). */
  decision?: 'point' | 'confident';
}

export interface RunVerdict {
  decision: Decision;
  /** regression: the comparison with the baseline; null when none was asked for or no load was sent. */
  regression: RegressionReport | null;
}

export function judgeRun(run: JudgeableRun, plan: Pick<Plan, 'baseline' | 'endpoints' | 'vocabulary'>, baseline: BaselineLookup | null): RunVerdict {
  // A run that decided early compares at the level its looks spent (app/look.ts), the one its decision rested on.
  const confidence = run.body.sequential?.confidence.baseline ?? plan.baseline?.confidence;
  const regression = baseline && plan.baseline && run.body.status !== 'unreachable' ? compareWithBaseline(run.body, baseline, { ...plan.baseline, confidence: confidence! }, plan.endpoints, plan.vocabulary) : null;
  const comparison = run.body.comparison;
  return { regression, decision: decide({ slo: run.slo, comparison, regression: regression && regressionPart(regression) }) };
}
