// Before any load: each target's pre-flight (reachable, ready, and which HTTP it speaks), and the
// HTTP version a canary and production share (app/shared-version.ts). One recipe for a run
// (app/run.ts) and a capacity search (app/capacity-protocol.ts), so the two cannot check or settle
// a target differently.

import { type PreflightOptions, type PreflightStep, TargetUnreachable, preflightTarget } from '../client/preflight.js';
import type { ProtocolUsed } from '../client/protocol.js';
import type { Plan } from '../config/plan.js';
import { shareVersion } from './shared-version.js';

/** SettleOptions: the pre-flight's test seams and its waiting notice, as app/run.ts's RunOptions name them. */
export interface SettleOptions {
  sleep?: (ms: number) => Promise<void>;
  monotonic?: () => number;
  onWaiting?: (text: string) => void;
}

/** preflightOptionsOf: what a plan's targets are pre-flighted with; with trace on, a traceparent of the user's is replaced on every request, so the pre-flight does not send it either. */
export function preflightOptionsOf(plan: Plan, options: SettleOptions = {}): PreflightOptions {
  const headers = plan.trace ? Object.fromEntries(Object.entries(plan.headers).filter(([name]) => name.toLowerCase() !== 'traceparent')) : plan.headers;
  return { healthPath: plan.healthPath, headers, insecure: plan.insecure, timeoutMs: plan.load.timeoutMs, waitForReadyMs: plan.waitForReadyMs, sleep: options.sleep, now: options.monotonic, onWaiting: options.onWaiting, httpVersion: plan.http.version, vocabulary: plan.vocabulary };
}

/** offeringOnlyHttp11: a target's pre-flight run again offering only http/1.1, which it must choose by ALPN (to share, or to be held to, HTTP/1.1). */
export function offeringOnlyHttp11(options: PreflightOptions): (target: string) => ReturnType<typeof preflightTarget> {
  return (target) => preflightTarget(target, { ...options, httpVersion: '1.1', alpnRequired: true });
}

export type ArmsSettled = ({ ok: true; protocols: ProtocolUsed[] } | { ok: false; reason: string }) & { steps: PreflightStep[] };

/**
 * settleArms: each target's pre-flight, once, and the version they share (the canary first, then
 * production; one target alone is only pre-flighted), with every step it took. Not reached, or
 * unable to share: the reason, naming which arm when there are two.
 */
export async function settleArms(plan: Plan, targets: readonly string[], options: SettleOptions = {}): Promise<ArmsSettled> {
  const preflightOptions = preflightOptionsOf(plan, options);
  const steps: PreflightStep[] = [];
  const protocols: ProtocolUsed[] = [];
  for (const [i, target] of targets.entries()) {
    try {
      const found = await preflightTarget(target, preflightOptions);
      steps.push(...found.steps);
      protocols.push(found.protocol);
    } catch (error) {
      if (!(error instanceof TargetUnreachable)) throw error;
      const which = targets.length > 1 ? (i === 0 ? 'the canary ' : 'production ') : '';
      return { ok: false, reason: `${which}${error.message.split('\n').map((l) => l.trim()).join(' ')}`, steps: [...steps, ...error.steps] };
    }
  }
  const shared = await shareVersion(targets, protocols, offeringOnlyHttp11(preflightOptions));
  steps.push(...shared.steps);
  return shared.ok ? { ok: true, protocols: shared.protocols, steps } : { ok: false, reason: shared.reason, steps };
}
