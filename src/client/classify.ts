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
