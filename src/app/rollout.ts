// A progressive rollout: before each stage a hook shifts the traffic, then a load test (with the
// canary comparison when production is configured) gates the stage. What halts it and what it
// comes to are the judge's rules (slo/rollout-decision.ts); on a halt with auto-rollback the traffic
// is shifted back to 0% (through the same shift hook), then the on-rollback hook and the rollback
// method run. A halt that does not roll back says where the traffic was left. Hooks in Flagger's spirit: pre-rollout, post-stage,
// on-promote, on-rollback. Dependencies are injected, so this is orchestration only.

import type { Plan, RolloutStage } from '../config/plan.js';
import { optionName } from '../config/vocabulary.js';
import type { Hook, HookResult } from '../ports/hooks.js';
import { ROLLBACK_STAGE, SHIFT_BACK, parseHook } from '../ports/hooks.js';
import { type RolloutReport, type RunReport, type StageReport, SCHEMA_VERSION, exitCodeOf } from '../report/model.js';
import { redactUrl } from '../redact.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { ProgressView } from '../report/console.js';
import type { ResourceSource } from '../ports/resources.js';
import { NOT_TRIGGERED, type RollbackContext, type RollbackExecutors, type RollbackResult, rollBack, rollbackFacts } from './rollback.js';
import { runLoadTest } from './run.js';
import { type Halt, afterStage, interruptedBefore, preRolloutHalt, rolloutOutcome, shiftHalt } from '../slo/rollout-decision.js';

export interface RolloutDeps {
  /** runStage runs one stage's load test with the given plan. */
  runStage: (plan: Plan, stage: RolloutStage, index: number) => Promise<RunReport>;
  hook: (name: string, hook: Hook, values: Record<string, string | number>, timeoutMs: number) => Promise<HookResult>;
  /** rollBack runs the configured rollback method for a failed stage's run (or the rollout's outcome). */
  rollBack: (run: RunReport | null, stage: string) => Promise<RollbackResult>;
  onStage?: (event: { stage: RolloutStage; index: number; phase: 'shift' | 'test' | 'done'; detail?: string }) => void;
  signal?: AbortSignal;
  now?: () => Date;
}

export async function runRollout(plan: Plan, deps: RolloutDeps): Promise<RolloutReport> {
  const rollout = plan.rollout!;
  const now = deps.now ?? (() => new Date());
  const startedAt = now();
  const hooks: HookResult[] = [];
  const stages: StageReport[] = rollout.stages.map((s) => ({ name: s.name, percentage: s.percentage, durationSeconds: s.load.durationMs / 1000, verdict: 'skipped', hooks: [], run: null }));
  const runHook = async (name: string, value: string | null, values: Record<string, string | number>, into: HookResult[]) => {
    if (!value) return null;
    const result = await deps.hook(name, parseHook(value), values, rollout.hookTimeoutMs);
    into.push(result);
    return result;
  };

  let halt: Halt | null = null;
  // traffic: the last weight the shift hook was asked to set, and whether it said it did.
  let traffic: { stage: RolloutStage; ok: boolean } | null = null;
  halt = preRolloutHalt(await runHook('pre-rollout', rollout.hooks.preRollout, { stages: rollout.stages.length }, hooks));

  for (const [index, stage] of rollout.stages.entries()) {
    if (halt) break;
    const ref = { index, name: stage.name, percentage: stage.percentage };
    if (deps.signal?.aborted) {
      halt = interruptedBefore(ref);
      break;
    }
    const report = stages[index];
    const values = { stage: stage.name, percentage: stage.percentage };
    deps.onStage?.({ stage, index, phase: 'shift' });
    const shift = await runHook('shift traffic', rollout.shift, values, report.hooks);
    if (shift) traffic = { stage, ok: shift.ok };
    halt = shiftHalt(ref, shift);
    if (halt) {
      report.verdict = 'fail';
      break;
    }
    deps.onStage?.({ stage, index, phase: 'test' });
    const run = await deps.runStage({ ...plan, mode: plan.canary ? 'canary' : 'run', load: stage.load }, stage, index);
    report.run = run;
    const post = await runHook('post-stage', rollout.hooks.postStage, { ...values, verdict: run.verdict }, report.hooks);
    deps.onStage?.({ stage, index, phase: 'done', detail: run.verdict });
    ({ verdict: report.verdict, halt } = afterStage(ref, run, post));
  }

  let rollback: RollbackResult = NOT_TRIGGERED;
  const interrupted = deps.signal?.aborted === true;
  const promote = halt ? null : await runHook('on-promote', rollout.hooks.onPromote, { stages: rollout.stages.length }, hooks);
  const outcome = rolloutOutcome(halt, promote, rollout.stages.map((s) => s.percentage), interrupted);
  const reasons = [outcome.reason];
  if (halt?.trafficMoved && plan.rollback && !interrupted) {
    // The traffic first, through the hook that moved it, in the same shape as for a stage: users
    // stop reaching the canary before anyone else is told. A failed shift back does not stop the rest.
    const back = traffic ? await runHook(SHIFT_BACK, rollout.shift, { stage: ROLLBACK_STAGE, percentage: 0 }, hooks) : null;
    const onRollback = await runHook('on-rollback', rollout.hooks.onRollback, { stage: halt.stage ?? '', reason: halt.reason.slice(0, 500) }, hooks);
    const failedRun = stages.find((s) => s.name === halt!.stage)?.run ?? null;
    const method = plan.rollback.method ? await deps.rollBack(failedRun, halt.stage ?? '') : NOT_TRIGGERED;
    rollback = combineRollback(back, onRollback, method);
  } else if (halt?.trafficMoved) {
    const where = traffic ? `; ${trafficLeft(traffic)}` : '';
    reasons.push(`${interrupted ? 'not rolled back: the job was cancelled' : `not rolled back: ${optionName(plan.vocabulary, 'rollback.auto')} is off`}${where}`);
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode: 'rollout',
    verdict: outcome.verdict,
    passed: outcome.verdict === 'pass',
    reasons,
    status: outcome.status,
    exitCode: exitCodeOf({ verdict: outcome.verdict, status: outcome.status, shard: null }),
    startedAt: startedAt.toISOString(),
    endedAt: now().toISOString(),
    target: redactUrl(plan.target),
    environment: plan.environment,
    stages,
    hooks,
    haltedAt: halt?.stage ?? null,
    rollback,
  };
}

/** trafficLeft says where a halt that was not rolled back left the traffic. */
function trafficLeft(traffic: { stage: RolloutStage; ok: boolean }): string {
  const { percentage, name } = traffic.stage;
  return traffic.ok ? `traffic was left at ${percentage}% (${name})` : `traffic was left wherever the failed shift to ${percentage}% (${name}) put it`;
}

/**
 * combineRollback merges the shift back to 0%, the on-rollback hook and the rollback method into one
 * result for the report: ok only when every step that ran succeeded.
 */
function combineRollback(back: HookResult | null, hook: HookResult | null, method: RollbackResult): RollbackResult {
  if (!back && !hook) return method;
  const parts = [
    back && `traffic ${back.ok ? 'shifted back to 0%' : 'NOT shifted back to 0%, the shift FAILED'} (${back.what}): ${back.detail.split('\n')[0]}`,
    hook && `on-rollback hook ${hook.ok ? 'ran' : 'FAILED'} (${hook.what}): ${hook.detail.split('\n')[0]}`,
    method.triggered ? method.detail : null,
  ];
  return {
    triggered: true,
    method: method.method,
    ok: (back?.ok ?? true) && (hook?.ok ?? true) && method.ok,
    detail: parts.filter((p): p is string => Boolean(p)).join('; '),
  };
}

export interface StandardDepsOptions {
  /** resources: sampled during every stage's load test */
  resources?: { sources: readonly ResourceSource[]; intervalMs: number };
  context: RollbackContext;
  executors: RollbackExecutors;
  signal?: AbortSignal;
  onProgress?: (view: ProgressView, stage: RolloutStage) => void;
  onStage?: RolloutDeps['onStage'];
}

/** standardDeps: each stage is a real load test; hooks and rollback go through the given executors. */
export function standardDeps(plan: Plan, options: StandardDepsOptions): RolloutDeps {
  return {
    runStage: (stagePlan, stage) => runLoadTest(stagePlan, { signal: options.signal, resources: options.resources, onProgress: (view) => options.onProgress?.(view, stage) }),
    hook: options.executors.hook,
    rollBack: (run, stage) => {
      const context = { ...options.context, stage };
      const facts = run ? rollbackFacts(run, context) : { verdict: 'fail', reasons: [`the rollout halted at ${stage}`], target: redactUrl(plan.target), environment: plan.environment, mode: 'rollout', run_url: context.runUrl, stage };
      return rollBack(facts, plan, context, options.executors);
    },
    onStage: options.onStage,
    signal: options.signal,
  };
}
