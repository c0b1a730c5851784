// Which HTTP a capacity search's steps go over, settled once before any load. Each step is a run of
// its own (app/run runLoadTest on one target), and under http_version auto each would settle its
// own version at its pre-flight: a canary searched over h2 beside a production searched over
// HTTP/1.1 would be compared as if alike. So both targets are pre-flighted here, as a canary run's
// are (the same options as app/run.ts), made to share one version as a canary run's are
// (app/shared-version.ts: an arm that cannot share fails before any load), and every step's plan is
// then pinned to what was settled: http_version 1.1 or 2, which a step's own pre-flight can only
// confirm or fail, never settle differently.

import { TargetUnreachable, preflightTarget } from '../client/preflight.js';
import type { ProtocolUsed } from '../client/protocol.js';
import type { Plan } from '../config/plan.js';
import { shareVersion } from './shared-version.js';
import { type SettleOptions, preflightOptionsOf } from './preflight-options.js';

export type { SettleOptions } from './preflight-options.js';

export type ArmsSettled = { ok: true; protocols: ProtocolUsed[] } | { ok: false; reason: string };

/**
 * settleArms: each target's pre-flight, once, and the version they share (the canary first, then
 * production; one target alone is only pre-flighted). Not reached, or unable to share: the reason,
 * worded as a canary run's pre-flight words it.
 */
export async function settleArms(plan: Plan, targets: readonly string[], options: SettleOptions = {}): Promise<ArmsSettled> {
  const preflightOptions = preflightOptionsOf(plan, options);
  const protocols: ProtocolUsed[] = [];
  for (const [i, target] of targets.entries()) {
    try {
      protocols.push((await preflightTarget(target, preflightOptions)).protocol);
    } catch (error) {
      if (!(error instanceof TargetUnreachable)) throw error;
      const which = targets.length > 1 ? (i === 0 ? 'the canary ' : 'production ') : '';
      return { ok: false, reason: `${which}${error.message.split('\n').map((l) => l.trim()).join(' ')}` };
    }
  }
  const shared = await shareVersion(targets, protocols, (target) => preflightTarget(target, { ...preflightOptions, httpVersion: '1.1', alpnRequired: true }));
  return shared.ok ? { ok: true, protocols: shared.protocols } : { ok: false, reason: shared.reason };
}

/**
 * pinnedTo: a step's plan with http_version set to the version its target settled: '1.1' offers
 * only http/1.1 by ALPN (or speaks HTTP/1.1 over http://), '2' requires h2 (by ALPN over TLS, h2c
 * by prior knowledge over http://), so the step's own pre-flight cannot settle another.
 */
export function pinnedTo(plan: Plan, protocol: Pick<ProtocolUsed, 'version'>): Plan {
  return { ...plan, http: { ...plan.http, version: protocol.version } };
}
