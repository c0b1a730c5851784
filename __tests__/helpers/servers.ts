// Real servers on 127.0.0.1 for the engine, client and CLI tests. Each returns its URL, what it
// received, and close(); every test closes what it starts.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestServer {
  url: string;
  port: number;
  /** received lists "METHOD path" of every request, in arrival order. */
  received: string[];
  /** bodies holds each request's body text, in arrival order. */
  bodies: string[];
  headers: IncomingMessage['headers'][];
  close: () => Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

export async function startServer(handler: Handler, options: { keepAliveTimeout?: number; tls?: { key: string; cert: string } } = {}): Promise<TestServer> {
  const received: string[] = [];
  const bodies: string[] = [];
  const headers: IncomingMessage['headers'][] = [];
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push(`${req.method} ${req.url}`);
      bodies.push(body);
      headers.push(req.headers);
      handler(req, res, body);
    });
  };
  const server = options.tls ? createHttpsServer({ ...options.tls }, listener) : createServer(listener);
  server.keepAliveTimeout = options.keepAliveTimeout ?? 60_000;
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    received,
    bodies,
    headers,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const ok: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('ok');
};

export const slow =
  (delayMs: number): Handler =>
  (_req, res) => {
    setTimeout(() => {
      res.writeHead(200);
      res.end('slow');
    }, delayMs);
  };

export const failing =
  (status: number): Handler =>
  (_req, res) => {
    res.writeHead(status);
    res.end('nope');
  };

/** listenTcp serves raw sockets on a loopback port; close() destroys every open socket, then stops listening. */
async function listenTcp(onSocket: (socket: Socket) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    onSocket(socket);
  });
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** hanging accepts connections and requests but never answers, like a wedged service. */
export async function startHangingServer(): Promise<{ url: string; close: () => Promise<void>; connections: () => number }> {
  let seen = 0;
  const server = await listenTcp((socket) => {
    seen++;
    socket.on('data', () => undefined);
  });
  return { ...server, connections: () => seen };
}

/** rawServer answers every request with the exact bytes `respond` returns, split into the given pieces. */
export function startRawServer(respond: (request: string) => Buffer[], options: { closeAfter?: boolean } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  return listenTcp((socket) => {
    let pending = '';
    socket.on('data', (data) => {
      pending += data.toString('latin1');
      let end: number;
      while ((end = pending.indexOf('\r\n\r\n')) >= 0) {
        const request = pending.slice(0, end);
        pending = pending.slice(end + 4);
        const pieces = respond(request);
        let delay = 0;
        for (const piece of pieces) setTimeout(() => socket.writable && socket.write(piece), (delay += 2));
        if (options.closeAfter) setTimeout(() => socket.end(), delay + 5);
      }
    });
  });
}

/** freePort is a loopback port nothing listens on (bound, then released). */
export async function freePort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** refusedUrl is a loopback URL where nothing listens. */
export async function refusedUrl(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}`;
}

let selfSigned: { key: string; cert: string } | null = null;
/** selfSignedCert makes a throwaway certificate for 127.0.0.1 with openssl. */
export function selfSignedCert(): { key: string; cert: string } {
  if (selfSigned) return selfSigned;
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  selfSigned = { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  return selfSigned;
}
