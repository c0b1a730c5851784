// A request serialized once per endpoint, so the hot loop writes one ready-made buffer.

import type { EndpointPlan } from '../config/plan.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { statusTable } from './classify.js';

export interface PreparedRequest {
  endpoint: number;
  method: string;
  /** bytes: request line, headers and body, exactly as written to the socket. */
  bytes: Buffer;
  /** isHead: the response to HEAD has no body whatever its headers say. */
  isHead: boolean;
  /** idempotent: safe to send again when a reused connection closed before any answer (RFC 9110 §9.2.2). */
  idempotent: boolean;
  expected: Uint8Array;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** BODY_METHODS send a content-length even when empty, as servers expect for these methods. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * prepareRequests joins each endpoint to the target's base path, merges global and endpoint
 * headers (endpoint wins, names compared without case) and serializes the result.
 */
export function prepareRequests(target: string, endpoints: readonly EndpointPlan[], globalHeaders: Readonly<Record<string, string>>): PreparedRequest[] {
  const base = new URL(target);
  const basePath = base.pathname.replace(/\/+$/, '');
  return endpoints.map((endpoint, index) => {
    // Characters outside printable ASCII are percent-encoded (as UTF-8); existing %XX escapes stay as written.
    const path = (endpoint.path === '' ? base.pathname + base.search : basePath + endpoint.path).replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
    const body = endpoint.body === null ? null : Buffer.from(endpoint.body);
    const headers = new Map<string, [string, string]>();
    headers.set('host', ['Host', base.host]);
    headers.set('user-agent', ['User-Agent', `${TOOL_NAME}/${TOOL_VERSION}`]);
    headers.set('accept', ['Accept', '*/*']);
    for (const [name, value] of [...Object.entries(globalHeaders), ...Object.entries(endpoint.headers)]) headers.set(name.toLowerCase(), [name, value]);
    // Framing is ours to set: a user's content-length or transfer-encoding could only break it.
    headers.delete('content-length');
    headers.delete('transfer-encoding');
    if (body !== null || BODY_METHODS.has(endpoint.method)) headers.set('content-length', ['Content-Length', String(body?.length ?? 0)]);
    for (const [name, value] of headers.values()) {
      if (/[\r\n]/.test(name) || /[\r\n]/.test(value)) throw new Error(`header ${name} contains a line break`);
    }
    const head = `${endpoint.method} ${path} HTTP/1.1\r\n${[...headers.values()].map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`;
    return {
      endpoint: index,
      method: endpoint.method,
      bytes: body === null ? Buffer.from(head, 'latin1') : Buffer.concat([Buffer.from(head, 'latin1'), body]),
      isHead: endpoint.method === 'HEAD',
      idempotent: IDEMPOTENT.has(endpoint.method),
      expected: statusTable(endpoint.expectStatus),
    };
  });
}
