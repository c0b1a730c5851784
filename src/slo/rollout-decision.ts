// A progressive rollout's verdict, as rules over plain facts: what halts it (a failed hook, a stage
// that did not pass, an interruption) and what it comes to. Every stage must pass; the first that
// does not halts the rollout with the stage's own verdict (fail, or inconclusive when it could not
// tell); a failed hook is a fail; an interruption is inconclusive; with no halt the rollout passes
// unless the on-promote hook failed. app/rollout.ts runs the stages and hooks and asks these. Pure.

import type { VerdictName } from './verdict.js';

export interface Halt {
  reason: string;
  /** stage: where it halted; null before the first stage (the pre-rollout hook). */
  stage: string | null;
  /** trafficMoved: whether traffic may have left where it was before the rollout. */
  trafficMoved: boolean;
  verdict: 'fail' | 'inconclusive';
}

export interface HookOutcome {
  ok: boolean;
  detail: string;
}

export interface StageRef {
  index: number;
  name: string;
  percentage: number;
}

export function preRolloutHalt(pre: HookOutcome | null): Halt | null {
  return pre && !pre.ok ? { reason: `the pre-rollout hook failed: ${pre.detail}`, stage: null, trafficMoved: false, verdict: 'fail' } : null;
}

export function interruptedBefore(stage: StageRef): Halt {
  return { reason: `the rollout was interrupted before stage ${stage.index + 1} (${stage.name})`, stage: stage.name, trafficMoved: stage.index > 0, verdict: 'inconclusive' };
}

export function shiftHalt(stage: StageRef, shift: HookOutcome | null): Halt | null {
  return shift && !shift.ok ? { reason: `shifting traffic to ${stage.percentage}% (${stage.name}) failed: ${shift.detail}`, stage: stage.name, trafficMoved: true, verdict: 'fail' } : null;
}

/** afterStage: the stage's own verdict, and whether its run and post-stage hook halt the rollout. */
export function afterStage(stage: StageRef, run: { verdict: VerdictName; status: string; reasons: readonly string[] }, post: HookOutcome | null): { verdict: VerdictName; halt: Halt | null } {
  const at = { stage: stage.name, trafficMoved: true };
  if (run.status === 'interrupted') return { verdict: run.verdict, halt: { ...at, reason: `the rollout was interrupted during stage ${stage.index + 1} (${stage.name})`, verdict: 'inconclusive' } };
  if (run.verdict !== 'pass') return { verdict: run.verdict, halt: { ...at, reason: `stage ${stage.index + 1} (${stage.name}) did not pass: ${run.reasons.join('; ')}`, verdict: run.verdict } };
  if (post && !post.ok) return { verdict: 'fail', halt: { ...at, reason: `the post-stage hook of ${stage.name} failed: ${post.detail}`, verdict: 'fail' } };
  return { verdict: 'pass', halt: null };
}

/** rolloutOutcome: a halt decides; with none, every stage passed and the rollout is promoted unless on-promote failed. */
export function rolloutOutcome(halt: Halt | null, promote: HookOutcome | null, percentages: readonly number[], interrupted: boolean): { verdict: VerdictName; status: 'promoted' | 'halted' | 'interrupted'; reason: string } {
  if (halt) return { verdict: halt.verdict, status: interrupted ? 'interrupted' : 'halted', reason: halt.reason };
  if (promote && !promote.ok) return { verdict: 'fail', status: 'promoted', reason: `every stage passed, but the on-promote hook failed: ${promote.detail}` };
  return { verdict: 'pass', status: 'promoted', reason: `every stage passed: ${percentages.map((p) => `${p}%`).join(' → ')}` };
}
