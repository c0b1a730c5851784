// A canary and production loaded over one HTTP version. Under http_version auto each arm's
// pre-flight settles its own (client/protocol.ts), and arms over different versions would then be
// compared as if alike: HTTP/2 carries many requests on a few connections, HTTP/1.1 one at a time
// on each, and latencies and failures differ for that alone. So when one arm chose HTTP/2 and the
// other speaks only HTTP/1.1, the HTTP/2 arm's pre-flight is run again offering only http/1.1, and
// both are loaded over HTTP/1.1; an arm that cannot speak it fails the pre-flight, before any
// load. With http_version 2 or 1.1 the arms already agree and nothing happens here.

import { type PreflightStep, TargetUnreachable } from '../client/preflight.js';
import { type ProtocolUsed, sharedArms, whyHttp11 } from '../client/protocol.js';

/** ARMS: how the reasons and notices name a canary run's targets, in targetsOf's order. */
const ARMS = ['the canary', 'production'] as const;

export type Shared = { ok: true; protocols: ProtocolUsed[]; steps: PreflightStep[] } | { ok: false; reason: string; steps: PreflightStep[] };

/**
 * shareVersion: the arms' protocols once they agree, with the pre-flight steps that took.
 * `resettle` runs a target's pre-flight again offering only http/1.1, which it must choose by ALPN.
 */
export async function shareVersion(targets: readonly string[], protocols: readonly ProtocolUsed[], resettle: (target: string) => Promise<{ steps: PreflightStep[]; protocol: ProtocolUsed }>): Promise<Shared> {
  const settled = [...protocols];
  const steps: PreflightStep[] = [];
  const offeringHttp11 = (s: PreflightStep): PreflightStep => (s.name === 'connect' ? { ...s, what: `${s.what}, offering only http/1.1` } : s);
  for (const i of sharedArms(protocols)) {
    const other = protocols.findIndex((p) => p.version === '1.1');
    try {
      const again = await resettle(targets[i]);
      steps.push(...again.steps.map(offeringHttp11));
      // Still what was asked (auto), marked as settled to share the other arm's version.
      settled[i] = { ...again.protocol, asked: protocols[i].asked, sharedVersion: true };
    } catch (error) {
      if (!(error instanceof TargetUnreachable)) throw error;
      steps.push(...error.steps.map(offeringHttp11));
      // What was tried and why it stopped, without "target unreachable": the target answered, in HTTP/2.
      const tried = error.message.split('\n').slice(1).map((l) => l.trim()).join(' ');
      const reason = `${ARMS[i]} cannot be loaded over HTTP/1.1 like ${ARMS[other]}: http_version auto loads a canary and production over the HTTP version they share, so that they are compared like for like, and ${ARMS[other]} does not offer h2 (${whyHttp11(protocols[other])}); offered only http/1.1, ${ARMS[i]} failed: ${tried}`;
      return { ok: false, reason, steps };
    }
  }
  return { ok: true, protocols: settled, steps };
}

/** sharedNotice: said once in the run's notices when an arm was settled again to share the other's HTTP/1.1; null otherwise. */
export function sharedNotice(protocols: readonly ProtocolUsed[]): string | null {
  const moved = protocols.findIndex((p) => p.sharedVersion);
  const stayed = protocols.findIndex((p) => !p.sharedVersion);
  if (moved < 0 || stayed < 0) return null;
  return `${ARMS[stayed]} does not offer h2 (${whyHttp11(protocols[stayed])}): both arms loaded over HTTP/1.1 so the comparison is like for like (http_version auto; ${ARMS[moved]} chose h2, and was then offered only http/1.1)`;
}
