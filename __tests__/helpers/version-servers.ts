// A server that says which HTTP version each request came over, as it read it itself: node:http2
// over TLS (a throwaway certificate) offering h2, and with `http1` http/1.1 too, by ALPN. For the
// tests that hold a run's arms, or a run and its baseline, to one HTTP version.

import { type Http2ServerRequest, type Http2ServerResponse, type Http2Session, createSecureServer } from 'node:http2';
import type { AddressInfo, Socket } from 'node:net';
import { selfSignedCert } from './servers.js';

export interface VersionServer {
  url: string;
  /** versions: the HTTP version of every request answered, as the server read it ('2.0', '1.1'). */
  versions: string[];
}

/** versionServer: every request answered 200 "ok"; closed (its sessions and sockets destroyed) by `closers`. */
export async function versionServer(closers: Array<() => Promise<void>>, http1: boolean): Promise<VersionServer> {
  const versions: string[] = [];
  const server = createSecureServer({ ...selfSignedCert(), allowHTTP1: http1 }, (req: Http2ServerRequest, res: Http2ServerResponse) => {
    versions.push(req.httpVersion);
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
  const sockets = new Set<Socket>();
  const sessions = new Set<Http2Session>();
  server.on('secureConnection', (socket: Socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket))));
  server.on('session', (session: Http2Session) => (sessions.add(session), session.on('error', () => undefined), session.on('close', () => sessions.delete(session))));
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        for (const session of sessions) session.destroy();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return { url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`, versions };
}
