// node:http2 servers on 127.0.0.1 for the HTTP/2 tests: over TLS (a throwaway certificate, ALPN h2
// only, or h2 and HTTP/1.1) or h2c (prior knowledge). Each counts what it saw with its own eyes:
// connections (sessions), streams, the most streams open at once on one connection, and every
// request's method, path, headers and body, so a test asserts the client's report against the
// server's own count. close() destroys every session, then stops listening.

import { type Http2Server, type Http2Session, type IncomingHttpHeaders, type ServerHttp2Stream, constants, createSecureServer, createServer, type Settings } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { selfSignedCert } from './servers.js';

export interface H2Request {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** session: which connection it came on: numbered from 1 by their first stream (a pre-flight's connection, which opens none, has no number); 0 for HTTP/1.1. */
  session: number;
  streamId: number;
}

/** H2Handler answers one request; it may also reset the stream or act on the session. */
export type H2Handler = (stream: ServerHttp2Stream, request: H2Request, session: Http2Session) => void;

export interface H2Server {
  url: string;
  port: number;
  requests: H2Request[];
  /** sessions: connections that carried a stream (the pre-flight's SETTINGS check opens none). */
  sessions: () => number;
  /** connections: every connection accepted, the pre-flight's included. */
  connections: () => number;
  /** maxOpenStreams: the most streams open at once on any one connection, by the server's own count. */
  maxOpenStreams: () => number;
  /** maxOpenStreamsInAll: the most streams open at once over all connections together. */
  maxOpenStreamsInAll: () => number;
  /** cancelled: streams the client reset with CANCEL (a timeout of ours). */
  cancelled: () => number;
  close: () => Promise<void>;
}

export const h2ok: H2Handler = (stream) => {
  stream.respond({ ':status': 200, 'content-type': 'text/plain' });
  stream.end('ok');
};

/**
 * startH2Server: `tls` serves https (h2 only, or with `allowHTTP1` HTTP/1.1 too); without it, h2c.
 * `onConnection` sees each connection as it is accepted (the pre-flight's is the first): a GOAWAY
 * sent there, before any stream, refuses them all (node:http2 reads a last-stream-id of 0 given
 * later as "the last one processed").
 */
export async function startH2Server(handler: H2Handler = h2ok, options: { tls?: boolean; allowHTTP1?: boolean; settings?: Settings; onConnection?: (session: Http2Session, accepted: number) => void } = {}): Promise<H2Server> {
  const requests: H2Request[] = [];
  const sessions = new Set<Http2Session>();
  let sessionCount = 0;
  let connectionCount = 0;
  let maxOpen = 0;
  let openInAll = 0;
  let maxOpenInAll = 0;
  let cancelled = 0;
  const server: Http2Server = options.tls
    ? createSecureServer({ ...selfSignedCert(), allowHTTP1: options.allowHTTP1 ?? false, settings: options.settings })
    : createServer({ settings: options.settings });
  const numbers = new WeakMap<Http2Session, { number: number; open: number }>();
  server.on('session', (session: Http2Session) => {
    sessions.add(session);
    connectionCount++;
    numbers.set(session, { number: 0, open: 0 });
    session.on('error', () => undefined);
    session.on('close', () => sessions.delete(session));
    options.onConnection?.(session, connectionCount);
  });
  server.on('stream', (stream: ServerHttp2Stream, headers: IncomingHttpHeaders) => {
    const session = stream.session!;
    const counts = numbers.get(session)!;
    if (counts.number === 0) counts.number = ++sessionCount;
    counts.open++;
    openInAll++;
    maxOpen = Math.max(maxOpen, counts.open);
    maxOpenInAll = Math.max(maxOpenInAll, openInAll);
    stream.on('error', () => undefined);
    stream.on('close', () => {
      counts.open--;
      openInAll--;
      if (stream.rstCode === constants.NGHTTP2_CANCEL) cancelled++;
    });
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const request: H2Request = { method: String(headers[':method']), path: String(headers[':path']), headers, body: Buffer.concat(chunks).toString('utf8'), session: counts.number, streamId: stream.id! };
      requests.push(request);
      if (!stream.destroyed && !stream.closed) handler(stream, request, session);
    });
  });
  // A request over HTTP/1.1 (allowHTTP1) is recorded too, as session 0 (the compatibility API also
  // sees HTTP/2 requests, which the 'stream' listener above answers).
  if (options.allowHTTP1) {
    server.on('request', (req, res) => {
      if (req.httpVersion === '2.0') return;
      requests.push({ method: req.method!, path: req.url!, headers: req.headers, body: '', session: 0, streamId: 0 });
      res.writeHead(200);
      res.end('ok, HTTP/1.1');
    });
  }
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    sessions: () => sessionCount,
    connections: () => connectionCount,
    maxOpenStreams: () => maxOpen,
    maxOpenStreamsInAll: () => maxOpenInAll,
    cancelled: () => cancelled,
    close: () =>
      new Promise<void>((resolve) => {
        for (const session of sessions) session.destroy();
        server.close(() => resolve());
      }),
  };
}
