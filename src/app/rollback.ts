// Auto-rollback: when the gate fails and rollback is enabled, tell the deployment system to roll
// back, by the configured method, with what it needs to know (verdict, reasons, key metrics, target,
// the run's URL). The executors are injected: the entries give GitHub access and the hook runner.

import type { Plan, RollbackPlan } from '../config/plan.js';
import { giveOption } from '../config/vocabulary.js';
import type { EffectResult as DispatchResult, GitHubAccess } from '../ports/effects.js';
import type { Hook, HookResult } from '../ports/hooks.js';
import type { RunReport } from '../report/model.js';

export interface RollbackResult {
  triggered: boolean;
  method: RollbackPlan['method'];
  ok: boolean;
  detail: string;
}

export const NOT_TRIGGERED: RollbackResult = { triggered: false, method: null, ok: true, detail: '' };

export interface RollbackContext {
  /** github: access for the dispatch methods; null outside GitHub without a token. */
  github: GitHubAccess | null;
  runUrl: string | null;
  /** defaultRef: this run's ref, used when rollback.ref is not set. */
  defaultRef: string | null;
  /** stage: the rollout stage that failed, when in a rollout. */
  stage?: string;
}

export interface RollbackExecutors {
  repositoryDispatch: (access: GitHubAccess, eventType: string, payload: Record<string, unknown>) => Promise<DispatchResult>;
  workflowDispatch: (access: GitHubAccess, workflow: string, ref: string, inputs: Record<string, string>) => Promise<DispatchResult>;
  hook: (name: string, hook: Hook, values: Record<string, string | number>, timeoutMs: number) => Promise<HookResult>;
}

/** rollbackProblem says, before any load is sent, why the configured rollback could not run. */
export function rollbackProblem(plan: Plan, context: RollbackContext): string | null {
  const rollback = plan.rollback;
  if (!rollback || (rollback.method !== 'repository_dispatch' && rollback.method !== 'workflow_dispatch')) return null;
  if (!context.github) return `auto-rollback by ${rollback.method} needs a GitHub token and repository: ${giveOption(plan.vocabulary, 'github-token')} and GITHUB_REPOSITORY (or rollback.repository)`;
  if (rollback.method === 'repository_dispatch' && rollback.eventType.length > 100) return `rollback event type is ${rollback.eventType.length} characters; GitHub allows 100`;
  if (Object.keys(rollback.inputs).length > 25) return `workflow_dispatch allows 25 inputs; rollback.inputs has ${Object.keys(rollback.inputs).length}`;
  return null;
}

/** RolledBackRun: what of a judged run the deployment system is told (before its report is finished). */
export type RolledBackRun = Pick<RunReport, 'verdict' | 'reasons' | 'overall' | 'target' | 'environment' | 'mode'>;

/** rollBackIfFailed rolls back a failed run when rollback is enabled; otherwise it does nothing. */
export async function rollBackIfFailed(report: RolledBackRun, plan: Plan, context: RollbackContext, executors: RollbackExecutors): Promise<RollbackResult> {
  if (report.verdict !== 'fail') return NOT_TRIGGERED;
  return rollBack(rollbackFacts(report, context), plan, context, executors);
}

/** rollBack runs the configured rollback method with `facts`, when rollback is enabled and has a method. */
export async function rollBack(facts: Record<string, unknown>, plan: Plan, context: RollbackContext, executors: RollbackExecutors): Promise<RollbackResult> {
  const rollback = plan.rollback;
  if (!rollback || !rollback.method) return NOT_TRIGGERED;
  let result: { ok: boolean; detail: string };
  switch (rollback.method) {
    case 'repository_dispatch':
      result = await executors.repositoryDispatch(access(rollback, context), rollback.eventType, facts);
      break;
    case 'workflow_dispatch':
      result = await executors.workflowDispatch(access(rollback, context), rollback.workflow!, rollback.ref ?? context.defaultRef ?? 'main', rollback.inputs);
      break;
    case 'command':
      result = await executors.hook('rollback', { kind: 'command', command: rollback.command! }, flatFacts(facts), rollback.timeoutMs);
      break;
    case 'webhook':
      result = await executors.hook('rollback', { kind: 'webhook', url: rollback.url! }, flatFacts(facts), rollback.timeoutMs);
      break;
  }
  return { triggered: true, method: rollback.method, ok: result.ok, detail: result.detail };
}

function access(rollback: RollbackPlan, context: RollbackContext): GitHubAccess {
  return { ...context.github!, repository: rollback.repository ?? context.github!.repository };
}

/**
 * rollbackFacts is what the deployment system is told: at most 10 top-level keys (GitHub's limit on
 * client_payload), well under its 64 KB, with the reasons cut to the first ten.
 */
export function rollbackFacts(report: RolledBackRun, context: RollbackContext): Record<string, unknown> {
  const o = report.overall;
  return {
    verdict: report.verdict,
    reasons: report.reasons.slice(0, 10).map((r) => r.slice(0, 500)),
    metrics: { p50_ms: o.latencyMs.p50, p95_ms: o.latencyMs.p95, p99_ms: o.latencyMs.p99, error_rate_percent: o.errorRatePercent, throughput_rps: Math.round(o.throughputRps * 100) / 100, requests: o.requests },
    target: report.target,
    environment: report.environment,
    mode: report.mode,
    run_url: context.runUrl,
    ...(context.stage ? { stage: context.stage } : {}),
  };
}

/** flatFacts turns the facts into flat string values for commands (LOADTEST_* variables) and webhooks. */
function flatFacts(facts: Record<string, unknown>): Record<string, string | number> {
  const flat: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(facts)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) flat[k] = v as number;
    else flat[key] = Array.isArray(value) ? value.join('\n') : (value as string | number);
  }
  return flat;
}
