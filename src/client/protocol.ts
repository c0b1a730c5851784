// Which HTTP version a target's load goes over, and how that was settled: the setting (auto, 1.1,
// 2), the URL's scheme, and over TLS what the server chose by ALPN at the pre-flight. Pure.
//
// Settled once per target, at the pre-flight, and then every load connection to that target offers
// only that protocol: an HTTP/1.1 target is loaded exactly as with http_version 1.1 (ALPN
// http/1.1), and a connection that could not speak the settled protocol fails and is counted.

import type { HttpVersionSetting } from '../config/schema.js';

export type HttpVersion = '1.1' | '2';

/**
 * ProtocolUsed: what a target's load goes over. how: 'cleartext' (http:// under auto or 1.1:
 * HTTP/1.1), 'alpn' (TLS: the server chose from what was offered), 'prior-knowledge' (http_version 2
 * over http://: h2c, the HTTP/2 preface sent at once).
 */
export interface ProtocolUsed {
  version: HttpVersion;
  how: 'cleartext' | 'alpn' | 'prior-knowledge';
  /** asked: the setting it was settled under. */
  asked: HttpVersionSetting;
  /** alpn: what the server chose by ALPN ('h2', 'http/1.1'); null over cleartext, or when it chose nothing. */
  alpn: string | null;
  /**
   * sharedVersion: a canary's arm that chose h2 under auto beside an arm that speaks only HTTP/1.1,
   * settled again offering only http/1.1 so that both are loaded alike (sharedArms); absent otherwise.
   */
  sharedVersion?: true;
  /**
   * heldToBaseline: an arm that chose h2 under auto while the baseline it is judged against went
   * over HTTP/1.1, settled again offering only http/1.1 so that the comparison is like for like
   * (app/shared-version.ts holdToBaseline); absent otherwise.
   */
  heldToBaseline?: true;
}

/** preflightAlpn: what the pre-flight offers over TLS: HTTP/1.1 too under 2, so a server without h2 is named, not a bare TLS alert. */
export function preflightAlpn(asked: HttpVersionSetting): string[] {
  return asked === '1.1' ? ['http/1.1'] : ['h2', 'http/1.1'];
}

/** loadAlpn: what each load connection offers over TLS, once the pre-flight settled the version. */
export function loadAlpn(version: HttpVersion): string[] {
  return version === '2' ? ['h2'] : ['http/1.1'];
}

/**
 * settleProtocol: the version a target's load goes over, or why it cannot go over what was asked.
 * `alpnRequired`: the server is known to speak ALPN (it chose h2 a moment ago), so choosing nothing
 * when offered only http/1.1 means it does not speak HTTP/1.1, not that it predates ALPN.
 */
export function settleProtocol(asked: HttpVersionSetting, secure: boolean, alpn: string | null, alpnRequired = false): { ok: true; protocol: ProtocolUsed } | { ok: false; why: string } {
  if (secure && alpnRequired && alpn === null) return { ok: false, why: `offered ${preflightAlpn(asked).join(' and ')} by ALPN, the server chose no protocol: it does not speak ${asked === '1.1' ? 'HTTP/1.1' : 'HTTP/2 or HTTP/1.1'} over TLS here` };
  if (!secure) return { ok: true, protocol: asked === '2' ? { version: '2', how: 'prior-knowledge', asked, alpn: null } : { version: '1.1', how: 'cleartext', asked, alpn: null } };
  if (alpn === 'h2' && asked !== '1.1') return { ok: true, protocol: { version: '2', how: 'alpn', asked, alpn } };
  if (asked === '2') {
    return { ok: false, why: `the server chose ${alpn ? `'${alpn}'` : 'no protocol'} by ALPN, not 'h2': it does not speak HTTP/2 over TLS here, and http_version 2 requires it (auto would fall back to HTTP/1.1)` };
  }
  return { ok: true, protocol: { version: '1.1', how: 'alpn', asked, alpn } };
}

/**
 * sharedArms: which arms of a canary run to settle again, over HTTP/1.1. A canary and production
 * are compared like for like only over one HTTP version, and under auto each settles its own: when
 * one chose HTTP/2 and the other HTTP/1.1, the HTTP/2 ones are offered only http/1.1 (the version
 * both can share), and the comparison is over HTTP/1.1. None when they agree: with http_version 2
 * or 1.1 they always do (an arm that cannot speak what was asked fails its pre-flight).
 */
export function sharedArms(protocols: ReadonlyArray<Pick<ProtocolUsed, 'version'>>): number[] {
  if (protocols.every((p) => p.version === protocols[0].version)) return [];
  return protocols.flatMap((p, i) => (p.version === '2' ? [i] : []));
}

/** whyHttp11: why an arm speaks HTTP/1.1 under auto: "it chose http/1.1 by ALPN", "it is http://, which auto loads over HTTP/1.1". */
export function whyHttp11(p: Pick<ProtocolUsed, 'how' | 'alpn'>): string {
  return p.how === 'cleartext' ? 'it is http://, which auto loads over HTTP/1.1' : `it chose ${p.alpn ?? 'no protocol'} by ALPN`;
}

/** describeProtocol: "HTTP/2 (h2 by ALPN)", "HTTP/1.1 (auto offered h2; the server chose http/1.1 by ALPN)". */
export function describeProtocol(p: Pick<ProtocolUsed, 'version' | 'how' | 'asked' | 'alpn' | 'sharedVersion' | 'heldToBaseline'>): string {
  const name = p.version === '2' ? 'HTTP/2' : 'HTTP/1.1';
  if (p.sharedVersion) return `${name} (auto: the server chose h2 by ALPN, but the other arm speaks only HTTP/1.1, so it was offered http/1.1 alone)`;
  if (p.heldToBaseline) return `${name} (auto: the server chose h2 by ALPN, but the baseline went over HTTP/1.1, so it was offered http/1.1 alone)`;
  if (p.how === 'prior-knowledge') return `${name} over cleartext (h2c, prior knowledge)`;
  if (p.how === 'cleartext') return `${name} over cleartext (http://)`;
  if (p.version === '2') return `${name} (h2 by ALPN)`;
  const chose = p.alpn ? `chose ${p.alpn}` : 'chose no protocol';
  return p.asked === '1.1' ? `${name} (http_version 1.1; ALPN: the server ${chose})` : `${name} (auto offered h2; the server ${chose} by ALPN)`;
}
