// A request serialized once per endpoint, so the hot loop writes one ready-made buffer.

import type { EndpointPlan } from '../config/plan.js';
import type { Binding } from '../template/generators.js';
import { type EndpointTemplate, type Piece, type Value, compileEndpoint, write } from '../template/request.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { statusTable } from './classify.js';
import type { Keep } from '../flow/response.js';
import { traceparentHeader } from './trace-context.js';

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
  /**
   * template: set for a templated endpoint: `bytes` is then written anew for each hit by render,
   * from values drawn once per hit (template/request.ts drawValues) and shared by every arm.
   */
  template?: {
    endpoint: EndpointTemplate;
    /** render writes the request from one hit's values; `cookie`: a flow user's Cookie header value, if any. */
    render: (values: readonly Value[], cookie?: string | null) => Buffer;
    /** path: the request's path (and query) as written from the values, which a cookie's Path is matched against. */
    path: (values: readonly Value[]) => string;
  };
  /** keep: what of the response to keep for a flow step's captures, checks and cookies; absent: nothing (counted and dropped). */
  keep?: Keep;
  /** traced: `bytes` carry a traceparent line, zeroed, right after the request line, for each send to stamp (trace-context.ts). */
  traced?: boolean;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** BODY_METHODS send a content-length even when empty, as servers expect for these methods. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * prepareRequests joins each endpoint to the target's base path, merges global and endpoint
 * headers (endpoint wins, names compared without case) and serializes the result. `trace`: each
 * request leads its headers with a traceparent for every send to stamp; one the user set is replaced
 * (config/sections/requests.ts says so).
 */
export function prepareRequests(target: string, endpoints: readonly EndpointPlan[], globalHeaders: Readonly<Record<string, string>>, known: ReadonlyMap<string, Binding> = new Map(), trace: { sampled: boolean } | null = null): PreparedRequest[] {
  const base = new URL(target);
  const basePath = base.pathname.replace(/\/+$/, '');
  return endpoints.map((endpoint, index) => {
    const headers = new Map<string, [string, string]>();
    // First, so that a send finds it right after the request line (trace-context.ts stampTraceparent).
    if (trace) headers.set('traceparent', traceparentHeader(trace.sampled));
    headers.set('host', ['Host', base.host]);
    headers.set('user-agent', ['User-Agent', `${TOOL_NAME}/${TOOL_VERSION}`]);
    headers.set('accept', ['Accept', '*/*']);
    const without = new Set(endpoint.withoutHeaders ?? []);
    for (const [name, value] of [...Object.entries(globalHeaders).filter(([name]) => !without.has(name.toLowerCase())), ...Object.entries(endpoint.headers)]) {
      if (!(trace && name.toLowerCase() === 'traceparent')) headers.set(name.toLowerCase(), [name, value]);
    }
    // Framing is ours to set: a user's content-length or transfer-encoding could only break it.
    headers.delete('content-length');
    headers.delete('transfer-encoding');
    for (const [name, value] of headers.values()) {
      if (/[\r\n]/.test(name) || /[\r\n]/.test(value)) throw new Error(`header ${name} contains a line break`);
    }
    // Templates anywhere in the request, load_test.headers' included, as they will be sent.
    // A flow step is written per hit even without templates: its cookies and captured values are the user's.
    const template = endpoint.templated || endpoint.session ? compileEndpoint({ path: endpoint.path, headers: Object.fromEntries([...headers.values()]), body: endpoint.body, ...(endpoint.json !== undefined ? { json: endpoint.json } : {}) }, known) : null;
    const framed = endpoint.body !== null || BODY_METHODS.has(endpoint.method);
    const common = { endpoint: index, method: endpoint.method, isHead: endpoint.method === 'HEAD', idempotent: IDEMPOTENT.has(endpoint.method), expected: statusTable(endpoint.expectStatus), ...(trace ? { traced: true } : {}) };
    if (template) {
      // No path of its own: the target's, as a literal request sends it.
      const pathBase = endpoint.path === '' ? encodedPath(base.pathname + base.search) : basePath;
      const render = templatedWriter(endpoint.method, pathBase, template, headers, framed);
      const pathPieces = joined(template.path.map((piece) => (typeof piece === 'string' ? encodedPath(piece) : piece)));
      return { ...common, bytes: Buffer.alloc(0), template: { endpoint: template, render, path: (values: readonly Value[]) => pathBase + write(pathPieces, values) } };
    }
    const path = encodedPath(endpoint.path === '' ? base.pathname + base.search : basePath + endpoint.path);
    const body = endpoint.body === null ? null : Buffer.from(endpoint.body);
    if (framed) headers.set('content-length', ['Content-Length', String(body?.length ?? 0)]);
    const head = `${endpoint.method} ${path} HTTP/1.1\r\n${[...headers.values()].map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`;
    return { ...common, bytes: body === null ? Buffer.from(head, 'latin1') : Buffer.concat([Buffer.from(head, 'latin1'), body]) };
  });
}

/**
 * templatedWriter: the request written from one hit's values: the path's and the headers' pieces,
 * the body's, and a Content-Length counted from the body as written, since values change its size.
 */
function templatedWriter(method: string, basePath: string, template: EndpointTemplate, headers: ReadonlyMap<string, [string, string]>, framed: boolean): (values: readonly Value[], cookie?: string | null) => Buffer {
  // A step's own Cookie header (a session from before the recording) leads; the user's jar's cookies follow it on the same line.
  const templatedHeaders = new Map(template.headers.map(([name, pieces]) => [name.toLowerCase(), pieces]));
  const ownCookie = headers.get('cookie');
  const cookieName = ownCookie?.[0] ?? 'Cookie';
  const cookiePieces = ownCookie ? joined(templatedHeaders.get('cookie') ?? [ownCookie[1]]) : null;
  // The whole head up to Content-Length as one list of pieces, neighbouring literals joined: one
  // pass per request. Literal path text is encoded once, as a literal path is; values as written.
  const headPieces = joined([
    `${method} ${basePath}`,
    ...template.path.map((piece) => (typeof piece === 'string' ? encodedPath(piece) : piece)),
    ' HTTP/1.1\r\n',
    ...[...headers.entries()].filter(([key]) => key !== 'cookie').flatMap(([key, [name, value]]) => (templatedHeaders.has(key) ? [`${name}: `, ...templatedHeaders.get(key)!, '\r\n'] : [`${name}: ${value}\r\n`])),
  ]);
  const bodyPieces = template.body && joined(template.body);
  return (values, cookie) => {
    let head = write(headPieces, values);
    const body = bodyPieces ? write(bodyPieces, values) : null;
    const bodyBytes = body === null ? 0 : Buffer.byteLength(body);
    if (cookiePieces) head += `${cookieName}: ${write(cookiePieces, values)}${cookie ? `; ${cookie}` : ''}\r\n`;
    else if (cookie) head += `${cookieName}: ${cookie}\r\n`;
    if (framed) head += `Content-Length: ${bodyBytes}\r\n`;
    head += '\r\n';
    // One buffer, written in place: the head as latin1 (as a literal request's is), the body as UTF-8.
    const bytes = Buffer.allocUnsafe(head.length + bodyBytes);
    bytes.write(head, 0, 'latin1');
    if (body !== null) bytes.write(body, head.length, 'utf8');
    return bytes;
  };
}

/** encodedPath: a literal path as written, characters outside printable ASCII percent-encoded (as UTF-8); existing %XX escapes stay. */
function encodedPath(text: string): string {
  return text.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
}

/** joined: neighbouring literal pieces as one. */
function joined(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string' && typeof out[out.length - 1] === 'string') out[out.length - 1] += piece;
    else if (piece !== '') out.push(piece);
  }
  return out;
}
