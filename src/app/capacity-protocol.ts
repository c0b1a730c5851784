// Which HTTP a capacity search's steps go over, settled once before any load. Each step is a run of
// its own (app/run runLoadTest on one target), and under http_version auto each would settle its
// own version at its pre-flight: a canary searched over h2 beside a production searched over
// HTTP/1.1 would be compared as if alike. So both targets are settled first, as a canary run's
// are (app/settle-arms.ts: pre-flighted, made to share one version; an arm that cannot share fails
// before any load), and every step's plan is then pinned to what was settled: http_version 1.1 or 2, which a step's own pre-flight can only
// confirm or fail, never settle differently.

import type { ProtocolUsed } from '../client/protocol.js';
import type { Plan } from '../config/plan.js';

/** ArmsSettled: what a search needs of the settling (app/settle-arms.ts settleArms): the protocols, or why it cannot start. */
export type ArmsSettled = { ok: true; protocols: ProtocolUsed[] } | { ok: false; reason: string };

/**
 * pinnedTo: a step's plan with http_version set to the version its target settled: '1.1' offers
 * only http/1.1 by ALPN (or speaks HTTP/1.1 over http://), '2' requires h2 (by ALPN over TLS, h2c
 * by prior knowledge over http://), so the step's own pre-flight cannot settle another.
 */
export function pinnedTo(plan: Plan, protocol: Pick<ProtocolUsed, 'version'>): Plan {
  return { ...plan, http: { ...plan.http, version: protocol.version } };
}
