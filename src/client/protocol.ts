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
}

/** preflightAlpn: what the pre-flight offers over TLS: HTTP/1.1 too under 2, so a server without h2 is named, not a bare TLS alert. */
export function preflightAlpn(asked: HttpVersionSetting): string[] {
  return asked === '1.1' ? ['http/1.1'] : ['h2', 'http/1.1'];
}

/** loadAlpn: what each load connection offers over TLS, once the pre-flight settled the version. */
export function loadAlpn(version: HttpVersion): string[] {
  return version === '2' ? ['h2'] : ['http/1.1'];
}

/** settleProtocol: the version a target's load goes over, or why it cannot go over what was asked. */
export function settleProtocol(asked: HttpVersionSetting, secure: boolean, alpn: string | null): { ok: true; protocol: ProtocolUsed } | { ok: false; why: string } {
  if (!secure) return { ok: true, protocol: asked === '2' ? { version: '2', how: 'prior-knowledge', asked, alpn: null } : { version: '1.1', how: 'cleartext', asked, alpn: null } };
  if (alpn === 'h2' && asked !== '1.1') return { ok: true, protocol: { version: '2', how: 'alpn', asked, alpn } };
  if (asked === '2') {
    return { ok: false, why: `the server chose ${alpn ? `'${alpn}'` : 'no protocol'} by ALPN, not 'h2': it does not speak HTTP/2 over TLS here, and http_version 2 requires it (auto would fall back to HTTP/1.1)` };
  }
  return { ok: true, protocol: { version: '1.1', how: 'alpn', asked, alpn } };
}

/** describeProtocol: "HTTP/2 (h2 by ALPN)", "HTTP/1.1 (auto offered h2; the server chose http/1.1 by ALPN)". */
export function describeProtocol(p: Pick<ProtocolUsed, 'version' | 'how' | 'asked' | 'alpn'>): string {
  const name = p.version === '2' ? 'HTTP/2' : 'HTTP/1.1';
  if (p.how === 'prior-knowledge') return `${name} over cleartext (h2c, prior knowledge)`;
  if (p.how === 'cleartext') return `${name} over cleartext (http://)`;
  if (p.version === '2') return `${name} (h2 by ALPN)`;
  const chose = p.alpn ? `chose ${p.alpn}` : 'chose no protocol';
  return p.asked === '1.1' ? `${name} (http_version 1.1; ALPN: the server ${chose})` : `${name} (auto offered h2; the server ${chose} by ALPN)`;
}
