// HTTP/2 against nginx (Debian's, with its http_v2_module): nginx's own access log, writing
// $server_protocol for every request, says which HTTP each run's requests came over, and how many.

import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLoadTest } from '../src/app/run.js';
import { startNginx } from './helpers/nginx.js';
import { closeAfterEach } from './helpers/closers.js';
import { planFrom } from './helpers/plan.js';

const { closers } = closeAfterEach();

/** logged: each request nginx logged, as "HTTP/2.0 GET /path 200 <connection number>". */
async function nginx(http2?: 'tls' | 'h2c', keepaliveRequests?: number) {
  const n = await startNginx({ accessLogs: true, customFormat: '$server_protocol $request_method $request_uri $status $connection', http2, keepaliveRequests });
  closers.push(n.close);
  return { ...n, logged: () => readFileSync(join(n.dir, 'custom.log'), 'utf8').split('\n').filter(Boolean) };
}

const run = (flags: Record<string, string | boolean>) => runLoadTest(planFrom({ flags: { '--duration': '700ms', '--min-requests': '1', '--wait-for-ready': '0', '--concurrency': '20', '--endpoints': '{/a: 1, "POST /b": 1}', ...flags } }), { sleep: async () => undefined });

describe("nginx's access log confirms the protocol", () => {
  test.each<[string, 'tls' | 'h2c' | undefined, Record<string, string>, string, Record<string, unknown>]>([
    ['auto over TLS: h2 by ALPN', 'tls', { '--http-version': 'auto' }, 'HTTP/2.0', { version: '2', how: 'alpn', alpn: 'h2', connections: 1 }],
    ['http_version 2 over http://: h2c with prior knowledge', 'h2c', { '--http-version': '2' }, 'HTTP/2.0', { version: '2', how: 'prior-knowledge', connections: 1 }],
    ['http_version 1.1 over TLS, to a server offering h2', 'tls', { '--http-version': '1.1' }, 'HTTP/1.1', { version: '1.1', how: 'alpn', alpn: 'http/1.1', connections: 20 }],
    ['auto over http://: HTTP/1.1 as before', undefined, { '--http-version': 'auto' }, 'HTTP/1.1', { version: '1.1', how: 'cleartext', connections: 20 }],
  ])('%s', async (_, http2, flags, logged, protocol) => {
    const n = await nginx(http2);
    const report = await run({ '--target': n.url, '--insecure': true, ...flags });
    expect(report.overall.errors).toBe(0);
    expect(report.protocol).toMatchObject(protocol);
    // A moment for the last lines to be written.
    await new Promise((r) => setTimeout(r, 100));
    const lines = n.logged();
    // Every request the run sent is in nginx's log, over the protocol the report names; nothing else.
    expect(lines.length).toBe(report.overall.requests + report.warmup.requests + report.generator.interruptedRequests);
    expect(lines.length).toBeGreaterThan(100);
    expect(new Set(lines.map((l) => l.split(' ')[0]))).toEqual(new Set([logged]));
    expect(new Set(lines.map((l) => l.split(' ').slice(1, 4).join(' ')))).toEqual(new Set(['GET /a 200', 'POST /b 200']));
  });
});

describe('nginx rotating its HTTP/2 connections (keepalive_requests)', () => {
  test.each<[string, 'tls' | 'h2c', Record<string, string>]>([
    ['h2c', 'h2c', { '--http-version': '2' }],
    ['h2 over TLS', 'tls', { '--http-version': 'auto' }],
  ])('%s: every 50 requests nginx closes the connection with GOAWAY(NO_ERROR); the streams it left unprocessed go again: no error, each request logged once', async (_, http2, flags) => {
    const n = await nginx(http2, 50);
    const report = await run({ '--target': n.url, '--insecure': true, '--duration': '1s', ...flags });
    await new Promise((r) => setTimeout(r, 100));
    const lines = n.logged();
    const connections = new Set(lines.map((l) => l.split(' ')[4]));
    // Many rotations, with 20 streams open on each connection when it came: none of them an error.
    expect(lines.length).toBeGreaterThan(1000);
    expect(connections.size).toBeGreaterThanOrEqual(lines.length / 50);
    expect(report.overall.errors).toBe(0);
    expect(report.protocol).toMatchObject({ version: '2', connections: connections.size });
    // nginx logs what it processed, and never a stream it left unprocessed: each request once.
    expect(lines.length).toBe(report.overall.requests + report.warmup.requests + report.generator.interruptedRequests);
  });
});
