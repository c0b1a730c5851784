// The pre-flight a plan's targets get, one recipe for a run (app/run.ts) and a capacity search's
// settling of its arms (app/capacity-protocol.ts), so the two cannot check a target differently.

import type { PreflightOptions } from '../client/preflight.js';
import type { Plan } from '../config/plan.js';

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

