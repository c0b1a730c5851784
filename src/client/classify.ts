// Maps whatever Node, undici or the server produced into our stable error codes.

import type { ErrorCode } from './outcome.js';

const BY_CODE: Record<string, ErrorCode> = {
  ECONNREFUSED: 'connect_refused',
  UND_ERR_CONNECT_TIMEOUT: 'connect_timeout',
  ETIMEDOUT: 'connect_timeout',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NODATA: 'dns',
  EAI_NONAME: 'dns',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
  EPROTO: 'tls',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'tls',
  SELF_SIGNED_CERT_IN_CHAIN: 'tls',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'tls',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'tls',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'protocol',
  UND_ERR_RES_EXCEEDED_MAX_SIZE: 'protocol',
  // node:http2: a session that broke HTTP/2's framing (an HTTP/1.1 server answering the h2c
  // preface), and one the server ended with a GOAWAY carrying an error code.
  ERR_HTTP2_ERROR: 'protocol',
  ERR_HTTP2_SESSION_ERROR: 'h2_goaway',
};

/** classifyError names a failed request's cause with one of our codes. */
export function classifyError(error: unknown): ErrorCode {
  const code = String((error as { code?: unknown })?.code ?? '');
  const known = BY_CODE[code];
  if (known) return known;
  if (/^(ERR_TLS|ERR_SSL|CERT_)/.test(code) || /certificate|SSL routines|TLS/i.test(String((error as Error)?.message))) return 'tls';
  if (code.startsWith('HPE_')) return 'protocol';
  return 'other';
}

/**
 * statusTable turns an endpoint's expected statuses into a lookup by status code; with no list,
 * 1xx–3xx count as success (redirects are not followed: a 302 from a canary is its answer).
 */
export function statusTable(expected: readonly number[] | null): Uint8Array {
  const table = new Uint8Array(600);
  if (expected) for (const status of expected) table[status] = 1;
  else table.fill(1, 100, 400);
  return table;
}

/** classifyStatus returns null for an expected status, else the code that explains it. */
export function classifyStatus(status: number, expected: Uint8Array): ErrorCode | null {
  if (status < 600 && expected[status] === 1) return null;
  if (status >= 500) return 'http_5xx';
  if (status >= 400) return 'http_4xx';
  return 'unexpected_status';
}

/** H2_CODE_NAMES: RST_STREAM and GOAWAY error codes by number (RFC 9113 §7). */
export const H2_CODE_NAMES = ['NO_ERROR', 'PROTOCOL_ERROR', 'INTERNAL_ERROR', 'FLOW_CONTROL_ERROR', 'SETTINGS_TIMEOUT', 'STREAM_CLOSED', 'FRAME_SIZE_ERROR', 'REFUSED_STREAM', 'CANCEL', 'COMPRESSION_ERROR', 'CONNECT_ERROR', 'ENHANCE_YOUR_CALM', 'INADEQUATE_SECURITY', 'HTTP_1_1_REQUIRED'] as const;
const NO_ERROR = 0;
const REFUSED_STREAM = 7;

/** StreamEnd: how an HTTP/2 stream ended without a whole response, as node:http2 told it. */
export interface StreamEnd {
  /** rstCode: the stream's close code (RST_STREAM's, or the GOAWAY's when the session went away). */
  rstCode: number;
  /** streamId: undefined when the stream never went out (its HEADERS were still queued). */
  streamId: number | undefined;
  /** goawayLastStreamId: set when the server sent GOAWAY on the stream's connection. */
  goawayLastStreamId: number | null;
  /** goawayCode: that GOAWAY's error code (NO_ERROR: a graceful close, such as nginx's keepalive_requests); null without one. */
  goawayCode: number | null;
  /** sessionError: what ended the connection, when it failed (a reset socket, a TLS error). */
  sessionError: Error | null;
  /** sessionDestroyed: the connection was gone when the stream closed. */
  sessionDestroyed: boolean;
}

/**
 * classifyStreamEnd names why an HTTP/2 stream ended without its whole response. A GOAWAY on its
 * connection explains it first (a stream above the last-stream-id was not processed; one at or
 * below it was cut when the server went away with an error); then a refusal (REFUSED_STREAM: not
 * processed either); then a connection that failed or closed under it, as HTTP/1.1 counts those;
 * any other RST_STREAM is a reset, its code the reason.
 *
 * `retry`: the server closed the connection gracefully (GOAWAY NO_ERROR) without processing this
 * stream, which RFC 9113 §8.7 says may be sent again whatever its method: it is, once, on another
 * connection (client/http2-stream.ts), so a server rotating its connections does not show as
 * failing. A GOAWAY with an error code, or REFUSED_STREAM, is the server shedding load: counted.
 */
export function classifyStreamEnd(end: StreamEnd): { error: ErrorCode; reason?: string; retry?: true } {
  const last = end.goawayLastStreamId;
  if (last !== null && (end.streamId === undefined || end.streamId > last)) return end.goawayCode === NO_ERROR ? { error: 'h2_goaway', retry: true } : { error: 'h2_goaway' };
  if (last !== null && end.sessionDestroyed) return { error: 'h2_goaway' };
  if (end.rstCode === REFUSED_STREAM) return { error: 'h2_refused_stream' };
  if (end.sessionError) return { error: classifyError(end.sessionError) };
  if (end.sessionDestroyed) return { error: 'reset' };
  return { error: 'h2_stream_reset', reason: H2_CODE_NAMES[end.rstCode] ?? `code ${end.rstCode}` };
}
