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

/**
 * holdToBaseline: under auto, a baseline recorded over HTTP/1.1 holds every arm that chose h2 to
 * HTTP/1.1 where it speaks it (its pre-flight run again offering only http/1.1), so this run is
 * judged against its baseline like for like. An arm that cannot speak HTTP/1.1 is left as settled,
 * and the comparison then says it cannot be made (baseline/comparable.ts). A baseline over HTTP/2
 * holds nothing: an arm that chose HTTP/1.1 offered h2 and the server declined it.
 */
export async function holdToBaseline(baseline: Pick<ProtocolUsed, 'version'> | null | undefined, targets: readonly string[], protocols: readonly ProtocolUsed[], resettle: (target: string) => Promise<{ steps: PreflightStep[]; protocol: ProtocolUsed }>): Promise<{ protocols: ProtocolUsed[]; steps: PreflightStep[] }> {
  const settled = [...protocols];
  const steps: PreflightStep[] = [];
  if (baseline?.version !== '1.1') return { protocols: settled, steps };
  for (const [i, protocol] of protocols.entries()) {
    if (protocol.version !== '2' || protocol.asked !== 'auto') continue;
    try {
      const again = await resettle(targets[i]);
      steps.push(...again.steps.map((s) => (s.name === 'connect' ? { ...s, what: `${s.what}, offering only http/1.1 (the baseline's version)` } : s)));
      settled[i] = { ...again.protocol, asked: protocol.asked, heldToBaseline: true };
    } catch (error) {
      // It speaks only HTTP/2: loaded as settled, and the comparison says why it cannot be made.
      if (!(error instanceof TargetUnreachable)) throw error;
    }
  }
  return { protocols: settled, steps };
}

/** heldNotice: said once in the run's notices when holdToBaseline held an arm to HTTP/1.1; null otherwise. */
export function heldNotice(protocols: readonly ProtocolUsed[]): string | null {
  const held = protocols.flatMap((p, i) => (p.heldToBaseline ? [protocols.length > 1 ? ARMS[i] : 'the target'] : []));
  if (held.length === 0) return null;
  return `${held.join(' and ')} chose h2, but the baseline went over HTTP/1.1: loaded over HTTP/1.1 so that this run is compared with its baseline like for like (http_version auto; with http_version 2 it is loaded over HTTP/2, and the baseline is then not compared)`;
}
