// HTTP/2 on the hot path (issue 18): node:http2 servers on 127.0.0.1, over TLS (a throwaway
// certificate) and h2c, each counting what it saw; every test asserts the report against the
// server's own count. Runs are short (under 2 s) and bounded in requests by their servers.

import { describe, expect, test } from '@jest/globals';
import { constants } from 'node:http2';
import { type AddressInfo, connect as tcpConnect, createServer as createTcpServer, type Socket } from 'node:net';
import { runLoadTest } from '../src/app/run.js';
import { classifyStreamEnd } from '../src/client/classify.js';
import { h2Message } from '../src/client/h2-request.js';
import { settleProtocol } from '../src/client/protocol.js';
import { type PreparedRequest, prepareRequests } from '../src/client/request.js';
import { originOf } from '../src/client/connection.js';
import { Http2Pool } from '../src/client/http2-pool.js';
import { Http2Channel } from '../src/client/http2-stream.js';
import type { EndpointPlan } from '../src/config/plan.js';
import { type HttpVersionSetting, parseHttpVersion } from '../src/config/schema.js';
import { renderPlan, renderSummary } from '../src/report/console.js';
import { renderHtmlReport } from '../src/report/html/render.js';
import { renderJobSummary } from '../src/report/job-summary.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { RunReport } from '../src/report/model.js';
import { closeAfterEach } from './helpers/closers.js';
import { type H2Handler, type H2Request, type H2Server, h2ok, startH2Server } from './helpers/h2-servers.js';
import { configErrors, planFrom } from './helpers/plan.js';
import { selfSignedCert, startHangingServer } from './helpers/servers.js';
import { type Blackhole, startBlackhole } from './helpers/blackhole.js';

const { closers, server: h1server } = closeAfterEach();

async function h2server(...args: Parameters<typeof startH2Server>): Promise<H2Server> {
  const s = await startH2Server(...args);
  closers.push(s.close);
  return s;
}

const quick = { '--duration': '600ms', '--min-requests': '1', '--wait-for-ready': '0' };
const run = (flags: Record<string, string | boolean>) => runLoadTest(planFrom({ flags: { ...quick, ...flags } }), { sleep: async () => undefined });

/** answered: how many requests of the report got a response, by status. */
const statuses = (report: RunReport) => Object.values(report.overall.statusCodes).reduce((a, b) => a + b, 0);

/** endpoint: a plain endpoint's plan, as config/ resolves one. */
const endpoint = (e: Partial<EndpointPlan>): EndpointPlan => ({ name: e.path ?? '/', method: 'GET', path: '/', headers: {}, body: null, templated: false, session: false, checks: [], weight: 1, expectStatus: null, thresholds: {}, regression: null, ...e });

describe('the pieces, pure', () => {
  test('a request as HTTP/2 sends it: read from the bytes HTTP/1.1 writes, connection-specific headers left out', () => {
    const [get, post] = prepareRequests('https://shop.test:8443/base', [endpoint({ path: '/a?b=1', headers: { 'X-Id': '7', Connection: 'close', 'Keep-Alive': '5', TE: 'gzip', Upgrade: 'h2c' } }), endpoint({ method: 'POST', path: '/p', body: '{"x":1}' })], { Cookie: 'a=1' });
    expect(h2Message(get.bytes, 'https')).toEqual({
      headers: { ':method': 'GET', ':path': '/base/a?b=1', ':scheme': 'https', ':authority': 'shop.test:8443', 'user-agent': expect.stringMatching(/^loadtest-action\//), accept: '*/*', cookie: 'a=1', 'x-id': '7' },
      body: null,
    });
    expect(h2Message(post.bytes, 'http')).toEqual({ headers: expect.objectContaining({ ':method': 'POST', ':path': '/base/p', ':scheme': 'http', 'content-length': '7' }), body: Buffer.from('{"x":1}') });
    // TE: trailers is the one TE HTTP/2 allows.
    expect(h2Message(Buffer.from('GET / HTTP/1.1\r\nHost: h\r\nTE: trailers\r\n\r\n'), 'http').headers.te).toBe('trailers');
  });

  test.each([
    ['auto', false, null, { version: '1.1', how: 'cleartext' }],
    ['1.1', false, null, { version: '1.1', how: 'cleartext' }],
    ['2', false, null, { version: '2', how: 'prior-knowledge' }],
    ['auto', true, 'h2', { version: '2', how: 'alpn' }],
    ['auto', true, 'http/1.1', { version: '1.1', how: 'alpn' }],
    ['auto', true, null, { version: '1.1', how: 'alpn' }],
    ['1.1', true, 'http/1.1', { version: '1.1', how: 'alpn' }],
    ['2', true, 'h2', { version: '2', how: 'alpn' }],
    ['2', true, 'http/1.1', null],
    ['2', true, null, null],
  ] as Array<[HttpVersionSetting, boolean, string | null, { version: string; how: string } | null]>)('http_version %s, TLS %s, the server chose %s by ALPN → %j', (asked, secure, alpn, expected) => {
    const settled = settleProtocol(asked, secure, alpn);
    if (expected === null) expect(settled).toEqual({ ok: false, why: expect.stringContaining('http_version 2 requires it') });
    else expect(settled).toEqual({ ok: true, protocol: { ...expected, asked, alpn } });
  });

  test.each([
    ['a stream above the last-stream-id of a graceful GOAWAY (NO_ERROR): not processed, may go again', { rstCode: 7, streamId: 9, goawayLastStreamId: 5, goawayCode: 0 }, { error: 'h2_goaway', retry: true }],
    ['a stream never sent when a graceful GOAWAY came: may go again', { rstCode: 7, streamId: undefined, goawayLastStreamId: 5, goawayCode: 0 }, { error: 'h2_goaway', retry: true }],
    ['a stream above the last-stream-id of a GOAWAY with an error code: counted, never sent again', { rstCode: 7, streamId: 9, goawayLastStreamId: 5, goawayCode: 11 }, { error: 'h2_goaway' }],
    ['a stream never sent when a GOAWAY with an error code came: counted', { rstCode: 7, streamId: undefined, goawayLastStreamId: 5, goawayCode: 2 }, { error: 'h2_goaway' }],
    ['a stream at or below it, cut when the server went away with an error', { rstCode: 11, streamId: 3, goawayLastStreamId: 5, goawayCode: 11, sessionDestroyed: true }, { error: 'h2_goaway' }],
    ['a stream at or below a graceful GOAWAY\'s last-stream-id, cut when the connection closed: it may have been processed, so counted', { rstCode: 0, streamId: 3, goawayLastStreamId: 5, goawayCode: 0, sessionDestroyed: true }, { error: 'h2_goaway' }],
    ['a stream at or below it, reset on its own later', { rstCode: 2, streamId: 3, goawayLastStreamId: 5, goawayCode: 0 }, { error: 'h2_stream_reset', reason: 'INTERNAL_ERROR' }],
    ['REFUSED_STREAM', { rstCode: 7, streamId: 3 }, { error: 'h2_refused_stream' }],
    ['a connection reset under it', { rstCode: 8, streamId: 3, sessionError: Object.assign(new Error('reset'), { code: 'ECONNRESET' }), sessionDestroyed: true }, { error: 'reset' }],
    ['a connection closed under it', { rstCode: 8, streamId: 3, sessionDestroyed: true }, { error: 'reset' }],
    ['RST_STREAM CANCEL from the server', { rstCode: 8, streamId: 3 }, { error: 'h2_stream_reset', reason: 'CANCEL' }],
    ['RST_STREAM NO_ERROR before any response', { rstCode: 0, streamId: 3 }, { error: 'h2_stream_reset', reason: 'NO_ERROR' }],
    ['a code HTTP/2 does not define', { rstCode: 99, streamId: 3 }, { error: 'h2_stream_reset', reason: 'code 99' }],
  ])('%s', (_, end, expected) => {
    expect(classifyStreamEnd({ goawayLastStreamId: null, goawayCode: null, sessionError: null, sessionDestroyed: false, ...end })).toEqual(expected);
  });

  test('http_version reads auto, 1.1 and 2 (YAML numbers too), and nothing else', () => {
    for (const [raw, value] of [['auto', 'auto'], [' AUTO ', 'auto'], ['1.1', '1.1'], [1.1, '1.1'], [2, '2'], ['2', '2'], ['2.0', '2'], ['HTTP/2', '2']] as const) expect(parseHttpVersion(raw)).toEqual({ ok: true, value });
    for (const raw of ['1', 1, '3', 'h2', '', true]) expect(parseHttpVersion(raw)).toEqual({ ok: false, error: expect.stringContaining('expected one of auto, 1.1, 2') });
    expect(configErrors({ flags: { '--target': 'http://a', '--http-version': 'h2c' } })).toEqual([expect.stringContaining("--http-version: expected one of auto, 1.1, 2, got 'h2c'")]);
    expect(configErrors({ flags: { '--target': 'http://a', '--max-streams-per-connection': '0' } })).toEqual([expect.stringContaining('--max-streams-per-connection')]);
  });

  test('max_streams_per_connection that cannot apply is said, not dropped silently', () => {
    expect(planFrom({ flags: { '--target': 'https://a', '--http-version': '1.1', '--max-streams-per-connection': '8' } }).notices).toContain('max_streams_per_connection is ignored: with http_version 1.1 a connection carries one request at a time');
    expect(planFrom({ flags: { '--target': 'http://a', '--http-version': 'auto', '--max-streams-per-connection': '8' } }).notices).toContain('max_streams_per_connection is ignored: http_version auto loads an http:// target over HTTP/1.1 (set http_version 2 for HTTP/2 without TLS, h2c)');
    expect(planFrom({ flags: { '--target': 'https://a', '--http-version': 'auto', '--max-streams-per-connection': '8' } }).notices.filter((n) => n.includes('max_streams'))).toEqual([]);
    // HTTP/2 is asked for, never switched on unasked: the default is 1.1, and streams then cannot apply.
    expect(planFrom({ flags: { '--target': 'https://a', '--max-streams-per-connection': '8' } }).notices).toContain('max_streams_per_connection is ignored: with http_version 1.1 a connection carries one request at a time');
    expect(planFrom({ flags: { '--target': 'https://a' } }).http).toEqual({ version: '1.1', maxStreamsPerConnection: 100 });
  });
});

describe('methods, headers and bodies over HTTP/2', () => {
  test.each([
    ['h2c (http_version 2 over http://)', false, { version: '2', how: 'prior-knowledge', alpn: null }],
    ['h2 over TLS, chosen by ALPN under auto', true, { version: '2', how: 'alpn', alpn: 'h2' }],
  ])('%s: each request arrives as written; the report names the protocol', async (_, tls, protocol) => {
    const s = await h2server(h2ok, { tls });
    const endpoints = `[
      {path: /get, headers: {X-Trace: abc, Connection: keep-alive}},
      {path: /post, method: POST, json: {n: "{{ seq() }}", s: "é"}},
      {path: /put, method: PUT, body: "plain body"},
      {path: /delete, method: DELETE},
      {path: /head, method: HEAD},
      {path: "/q?x=1&y=%20", method: PATCH, body: ""}]`;
    const report = await run({ '--target': s.url, '--endpoints': endpoints, '--concurrency': '3', ...(tls ? { '--insecure': true, '--http-version': 'auto' } : { '--http-version': '2' }) });
    expect(report.overall.errors).toBe(0);
    // Every request the server answered is in the report, and nothing else.
    expect(statuses(report) + report.generator.interruptedRequests).toBe(s.requests.length);
    expect(report.protocol).toEqual({ ...protocol, asked: tls ? 'auto' : '2', connections: 1, streamsPerConnection: 100 });
    const seen = (path: string) => s.requests.find((r) => r.path === path)!;
    expect(seen('/get')).toMatchObject({ method: 'GET', headers: expect.objectContaining({ 'x-trace': 'abc', ':authority': `127.0.0.1:${s.port}`, ':scheme': tls ? 'https' : 'http', 'user-agent': expect.stringMatching(/^loadtest-action\//) }) });
    // A header HTTP/2 has no place for is not sent (RFC 9113 §8.2.2); the rest is.
    expect(seen('/get').headers.connection).toBeUndefined();
    const post = s.requests.filter((r) => r.path === '/post');
    expect(post.length).toBeGreaterThan(0);
    for (const r of post) {
      expect(r.method).toBe('POST');
      expect(JSON.parse(r.body)).toEqual({ n: expect.any(Number), s: "é" });
      expect(Number(r.headers['content-length'])).toBe(Buffer.byteLength(r.body));
    }
    // Templated values are drawn per hit: the sequence never repeats.
    expect(new Set(post.map((r) => JSON.parse(r.body).n)).size).toBe(post.length);
    expect(seen('/put')).toMatchObject({ method: 'PUT', body: 'plain body' });
    expect(seen('/delete').method).toBe('DELETE');
    expect(seen('/head').method).toBe('HEAD');
    expect(seen('/q?x=1&y=%20')).toMatchObject({ method: 'PATCH', body: '' });
    // Bodies are counted as HTTP/1.1 counts them: 'ok' for each, none for HEAD.
    const head = report.endpoints.find((e) => e.name === 'HEAD /head')!;
    expect(head.bytes).toBe(0);
    expect(report.endpoints.find((e) => e.name === 'GET /get')!.bytes).toBe(2 * report.endpoints.find((e) => e.name === 'GET /get')!.requests);
  });
});

describe('what a target speaks, settled at the pre-flight', () => {
  test('auto against a TLS server that speaks only HTTP/1.1: the load goes over HTTP/1.1, and the report says the server chose it', async () => {
    const versions: string[] = [];
    const counting = await h1server((req, res) => {
      versions.push(req.httpVersion);
      res.end('ok');
    }, { tls: selfSignedCert() });
    const report = await run({ '--target': counting.url, '--concurrency': '2', '--insecure': true, '--http-version': 'auto' });
    expect(report.overall.errors).toBe(0);
    expect(versions.length).toBeGreaterThan(0);
    expect(new Set(versions)).toEqual(new Set(['1.1']));
    expect(report.protocol).toEqual({ version: '1.1', how: 'alpn', asked: 'auto', alpn: 'http/1.1', connections: 2, streamsPerConnection: null });
  });

  test('auto against a TLS server offering both: HTTP/2 is chosen, and HTTP/1.1 is never used', async () => {
    const s = await h2server(h2ok, { tls: true, allowHTTP1: true });
    const report = await run({ '--target': s.url, '--concurrency': '4', '--insecure': true, '--http-version': 'auto' });
    expect(report.protocol).toMatchObject({ version: '2', how: 'alpn', alpn: 'h2', connections: 1 });
    expect(s.requests.length).toBeGreaterThan(0);
    expect(s.requests.filter((r) => r.session === 0)).toEqual([]);
  });

  test('http_version 2 against a TLS server that speaks only HTTP/1.1: refused at the pre-flight, before any load, saying why', async () => {
    const received: string[] = [];
    const s = await h1server((req, res) => (received.push(req.url!), res.end('ok')), { tls: selfSignedCert() });
    const report = await run({ '--target': s.url, '--http-version': '2', '--insecure': true });
    expect(report.status).toBe('unreachable');
    expect(report.exitCode).toBe(4);
    expect(report.reasons.join('\n')).toContain("the server chose 'http/1.1' by ALPN, not 'h2': it does not speak HTTP/2 over TLS here, and http_version 2 requires it (auto would fall back to HTTP/1.1)");
    expect(report.preflight).toEqual([expect.objectContaining({ name: 'connect', ok: false, attempts: 1 })]);
    expect(received).toEqual([]);
    expect(report.protocol).toBeNull();
  });

  test('http_version 2 (h2c) against a cleartext server that speaks only HTTP/1.1: refused at the pre-flight, saying why', async () => {
    const s = await h1server((_req, res) => res.end('ok'));
    const report = await run({ '--target': s.url, '--http-version': '2' });
    expect(report.status).toBe('unreachable');
    expect(report.reasons.join('\n')).toMatch(/no HTTP\/2 answer to the connection preface \(h2c, prior knowledge\).*the server may speak only HTTP\/1\.1 without TLS/);
    expect(s.received).toEqual([]);
  });

  test('http_version 2 against a server that accepts the connection and never answers the preface: said as such', async () => {
    const s = await startHangingServer();
    closers.push(s.close);
    const report = await run({ '--target': s.url, '--http-version': '2', '--timeout': '300ms' });
    expect(report.status).toBe('unreachable');
    expect(report.preflight[0]).toMatchObject({ ok: false, detail: 'connected, but no HTTP/2 SETTINGS came within 300ms (h2c, prior knowledge: a server speaking only HTTP/1.1 may wait for a request line)' });
  });

  test('auto and 1.1 over http:// are HTTP/1.1 as before; http_version 1.1 over TLS offers only http/1.1, even to an h2 server', async () => {
    const h1 = await h1server((_req, res) => res.end('ok'));
    for (const version of ['auto', '1.1']) {
      const report = await run({ '--target': h1.url, '--http-version': version, '--concurrency': '2' });
      expect(report.protocol).toEqual({ version: '1.1', how: 'cleartext', asked: version, alpn: null, connections: 2, streamsPerConnection: null });
    }
    const h2 = await h2server(h2ok, { tls: true, allowHTTP1: true });
    const report = await run({ '--target': h2.url, '--http-version': '1.1', '--concurrency': '2', '--insecure': true });
    expect(report.protocol).toEqual({ version: '1.1', how: 'alpn', asked: '1.1', alpn: 'http/1.1', connections: 2, streamsPerConnection: null });
    expect(h2.requests.length).toBeGreaterThan(0);
    expect(h2.requests.every((r) => r.session === 0)).toBe(true);
  });

  test('a health path is checked over HTTP/2 when the load goes over it (h2c: undici would speak HTTP/1.1)', async () => {
    const s = await h2server((stream, request) => {
      stream.respond({ ':status': request.path === '/health' ? 503 : 200 });
      stream.end();
    });
    const report = await run({ '--target': s.url, '--http-version': '2', '--health-path': '/health' });
    expect(report.status).toBe('unreachable');
    expect(report.preflight[1]).toMatchObject({ name: 'health', ok: false, detail: 'answered 503, expected 2xx' });
    expect(s.requests.map((r) => r.path)).toEqual(['/health']);
  });
});

/** later: a handler answering after `ms`, as a service under load does. */
const later = (ms: number): H2Handler => (stream) => {
  setTimeout(() => {
    if (stream.closed || stream.destroyed) return;
    stream.respond({ ':status': 200 });
    stream.end('ok');
  }, ms);
};

describe('streams per connection', () => {
  test("closed model: 10 users on a server allowing 4 streams per connection: never more than 4 open on one (the server's count), 3 connections", async () => {
    const s = await h2server(later(20), { settings: { maxConcurrentStreams: 4 } });
    const report = await run({ '--target': s.url, '--http-version': '2', '--concurrency': '10', '--duration': '800ms' });
    expect(report.overall.errors).toBe(0);
    expect(s.maxOpenStreams()).toBe(4);
    expect(s.sessions()).toBe(3);
    expect(report.protocol).toMatchObject({ version: '2', connections: 3, streamsPerConnection: 4 });
    // Every user is one stream: 10 in flight at once, over the three connections.
    expect(s.maxOpenStreamsInAll()).toBe(10);
    expect(statuses(report) + report.generator.interruptedRequests).toBe(s.requests.length);
  });

  test('max_streams_per_connection 3 below an unlimited server: 7 users share 3 connections, at most 3 streams each', async () => {
    const s = await h2server(later(20));
    const report = await run({ '--target': s.url, '--http-version': '2', '--concurrency': '7', '--max-streams-per-connection': '3' });
    expect(report.overall.errors).toBe(0);
    expect(s.maxOpenStreams()).toBe(3);
    expect(s.sessions()).toBe(3);
    expect(report.protocol).toMatchObject({ connections: 3, streamsPerConnection: 3 });
    expect(report.plan).toMatchObject({ httpVersion: '2', maxStreamsPerConnection: 3 });
  });

  test('open model: an arrival takes a free stream or opens a connection; beyond max_in_flight it is dropped and counted', async () => {
    // 400 arrivals/s at 100ms each would want 40 in flight; 12 are allowed, 5 streams per connection.
    const s = await h2server(later(100), { settings: { maxConcurrentStreams: 5 } });
    const report = await run({ '--target': s.url, '--http-version': '2', '--rate': '400', '--max-in-flight': '12', '--duration': '1s' });
    expect(report.overall.errors).toBe(0);
    expect(s.maxOpenStreamsInAll()).toBe(12);
    expect(s.maxOpenStreams()).toBeLessThanOrEqual(5);
    expect(s.sessions()).toBe(3);
    expect(report.arrivals!.dropped).toBeGreaterThan(0);
    // Every arrival was sent or dropped, and every one sent was answered (or cut at the end).
    expect(report.arrivals!.scheduled - report.arrivals!.dropped).toBe(statuses(report) + report.generator.interruptedRequests);
    expect(statuses(report) + report.generator.interruptedRequests).toBe(s.requests.length);
  });
});

/** seen: how many times the server received each path (a templated path names each request). */
function seen(s: H2Server): Map<string, H2Request[]> {
  const byPath = new Map<string, H2Request[]>();
  for (const r of s.requests) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r]);
  return byPath;
}

/**
 * goawayOnFirst: the first connection holds its first `open` streams, then sends GOAWAY(`code`)
 * with the `processed`-th stream's id as its last-stream-id and answers the streams at or below
 * it; the rest it never processes (`dropped`). Later connections answer everything.
 */
function goawayOnFirst(open: number, processed: number, code: number) {
  const dropped: string[] = [];
  const held: Array<{ stream: Parameters<H2Handler>[0]; request: H2Request }> = [];
  const handler: H2Handler = (stream, request, session) => {
    if (request.session > 1) return h2ok(stream, request, session);
    held.push({ stream, request });
    if (held.length !== open) return;
    held.sort((a, b) => a.request.streamId - b.request.streamId);
    const last = held[processed - 1].request.streamId;
    session.goaway(code, last);
    for (const h of held) {
      if (h.request.streamId <= last) h2ok(h.stream, h.request, session);
      else dropped.push(h.request.path);
    }
  };
  return { handler, dropped };
}

/** Each request names itself, so the server's count says how often each one came. */
const numbered = { '--endpoints': '[{path: "/r/{{ seq() }}"}]' };

describe("GOAWAY: what a graceful one left unprocessed goes again, once; what one with an error code dropped is counted", () => {
  test('GOAWAY(NO_ERROR) with 12 streams open, 5 processed: the other 7 go again on a new connection and succeed, each once (the server\'s count), no error', async () => {
    const goaway = goawayOnFirst(12, 5, constants.NGHTTP2_NO_ERROR);
    const s = await h2server(goaway.handler);
    const report = await run({ '--target': s.url, '--http-version': '2', '--concurrency': '12', ...numbered });
    expect(goaway.dropped).toHaveLength(7);
    expect(report.overall.errors).toBe(0);
    const byPath = seen(s);
    // Each dropped request came twice, the second time on another connection; every other request once.
    for (const path of goaway.dropped) expect(byPath.get(path)!.map((r) => r.session > 1)).toEqual([false, true]);
    for (const [path, requests] of byPath) if (!goaway.dropped.includes(path)) expect(requests).toHaveLength(1);
    // Each request is counted once, the retried ones as the 200 they came to.
    expect(report.overall.requests + report.generator.interruptedRequests).toBe(byPath.size);
    expect(report.overall.statusCodes[200]).toBe(report.overall.requests);
    expect(s.sessions()).toBeGreaterThan(1);
    expect(report.protocol!.connections).toBe(s.sessions());
  });

  test.each([
    ['ENHANCE_YOUR_CALM', constants.NGHTTP2_ENHANCE_YOUR_CALM],
    ['INTERNAL_ERROR', constants.NGHTTP2_INTERNAL_ERROR],
  ])('GOAWAY(%s) with 12 streams open: the server is shedding load: what it did not finish is h2_goaway, and nothing goes again (the server\'s count)', async (_, code) => {
    const goaway = goawayOnFirst(12, 5, code);
    const s = await h2server(goaway.handler);
    const report = await run({ '--target': s.url, '--http-version': '2', '--concurrency': '12', ...numbered });
    expect(goaway.dropped).toHaveLength(7);
    // node:http2 drops the whole connection on a GOAWAY with an error code, so the 5 the server
    // answered after it are lost too: every request of the first connection is an h2_goaway.
    expect(report.overall.errorCodes).toEqual({ h2_goaway: 12 });
    const byPath = seen(s);
    for (const requests of byPath.values()) expect(requests).toHaveLength(1);
    expect(report.overall.requests + report.generator.interruptedRequests).toBe(byPath.size);
    expect(report.overall.statusCodes[200] + report.generator.interruptedRequests).toBe(s.requests.filter((r) => r.session > 1).length);
  });

  test('a server that sends GOAWAY(NO_ERROR) on every connection at once, processing nothing: each request goes twice, then is one h2_goaway; never a loop', async () => {
    const s = await h2server(h2ok, { onConnection: (session) => session.goaway(constants.NGHTTP2_NO_ERROR) });
    const report = await run({ '--target': s.url, '--http-version': '2', '--concurrency': '1', '--duration': '300ms' });
    expect(report.overall.requests).toBeGreaterThan(2);
    expect(report.overall.errorCodes).toEqual({ h2_goaway: report.overall.requests });
    expect(s.requests).toEqual([]);
    // One user, one request at a time: each went on a connection, again on a new one, and was
    // counted: two connections per request after the pre-flight's (a request cut at the end, one or two more).
    const extra = s.connections() - 1 - 2 * report.overall.requests;
    expect(extra).toBeGreaterThanOrEqual(0);
    expect(extra).toBeLessThanOrEqual(2 * report.generator.interruptedRequests);
  });

  test.each([
    ['NO_ERROR: every request waiting for that connection goes once more on a new one and is answered', constants.NGHTTP2_NO_ERROR],
    ['ENHANCE_YOUR_CALM: every request waiting for that connection is h2_goaway, and none goes again', constants.NGHTTP2_ENHANCE_YOUR_CALM],
  ])('GOAWAY on connect, on the first connection only, with three requests waiting for its SETTINGS: %s', async (_, code) => {
    const s = await h2server(h2ok, { onConnection: (session, accepted) => accepted === 1 && session.goaway(code) });
    const stats = { opened: 0 };
    const pool = new Http2Pool(originOf(s.url, false, '2'), stats, 100);
    const channels = [1, 2, 3].map(() => new Http2Channel(pool, 'http'));
    const [request] = prepareRequests(s.url, [endpoint({ path: '/w' })], {});
    try {
      const outcomes = await Promise.all(channels.map((channel) => new Promise<[number, string | null]>((resolve) => channel.send(request, 0, (status, _bytes, error) => resolve([status, error])))));
      const graceful = code === constants.NGHTTP2_NO_ERROR;
      expect(outcomes).toEqual(Array(3).fill(graceful ? [200, null] : [0, 'h2_goaway']));
      // The first connection carried nothing the server processed; a graceful one's requests came once each on the second.
      expect(s.requests.map((r) => r.session)).toEqual(graceful ? [1, 1, 1] : []);
      expect(stats.opened).toBe(graceful ? 2 : 1);
      expect(s.connections()).toBe(stats.opened);
    } finally {
      pool.close();
    }
  });

  test('a GOAWAY before the server\'s SETTINGS breaks HTTP/2 (the server\'s first frame must be SETTINGS): nghttp2 drops the connection as a protocol error, and what waited for it is counted so', async () => {
    // A raw TCP server: it reads the client's preface, then sends GOAWAY(NO_ERROR) and only then its SETTINGS.
    const frame = (type: number, payload: Buffer) => Buffer.concat([Buffer.from([0, 0, payload.length, type, 0, 0, 0, 0, 0]), payload]);
    const goaway = Buffer.alloc(8);
    const sockets = new Set<Socket>();
    const raw = createTcpServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.once('data', () => socket.write(Buffer.concat([frame(7, goaway), frame(4, Buffer.alloc(0))])));
    });
    await new Promise<void>((resolve) => raw.listen({ port: 0, host: '127.0.0.1' }, resolve));
    closers.push(() => new Promise<void>((resolve) => (sockets.forEach((x) => x.destroy()), raw.close(() => resolve()))));
    const url = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
    const stats = { opened: 0 };
    const pool = new Http2Pool(originOf(url, false, '2'), stats, 100);
    const channels = [1, 2].map(() => new Http2Channel(pool, 'http'));
    const [request] = prepareRequests(url, [endpoint({ path: '/w' })], {});
    try {
      const outcomes = await Promise.all(channels.map((channel) => new Promise<[number, string | null]>((resolve) => channel.send(request, 0, (status, _bytes, error) => resolve([status, error])))));
      expect(outcomes).toEqual([[0, 'protocol'], [0, 'protocol']]);
      expect(stats.opened).toBe(1);
    } finally {
      pool.close();
    }
  });

  test('Ctrl-C, then a graceful GOAWAY during the drain: what it left unprocessed is not sent again, no new connection opens, and the stop is not held up', async () => {
    // The first request is answered (its stream is the GOAWAY's last-stream-id); the next three are
    // held. Once all three users wait, the run is interrupted, and the server then goes away.
    const controller = new AbortController();
    let firstId = 0;
    const held: H2Request[] = [];
    const s = await h2server((stream, request, session) => {
      if (firstId === 0) {
        firstId = request.streamId;
        return h2ok(stream, request, session);
      }
      held.push(request);
      if (held.length !== 3) return;
      controller.abort();
      setTimeout(() => session.goaway(constants.NGHTTP2_NO_ERROR, firstId), 20);
    });
    const startedAt = Date.now();
    const report = await runLoadTest(planFrom({ flags: { ...quick, '--target': s.url, '--http-version': '2', '--concurrency': '3', '--duration': '10s', ...numbered } }), { sleep: async () => undefined, signal: controller.signal });
    expect(report.status).toBe('interrupted');
    expect(held).toHaveLength(3);
    // The pre-flight's connection and the load's: none for a retry; each request came once.
    expect(s.connections()).toBe(2);
    expect(new Set(s.requests.map((r) => r.path)).size).toBe(4);
    expect(report.overall).toMatchObject({ requests: 1, errors: 0 });
    // Cut as soon as the GOAWAY came, not at the drain's end (750ms).
    expect(Date.now() - startedAt).toBeLessThan(700);
  });

  test('a stream sent again keeps its first send\'s start: its timeout and latency run from there', async () => {
    let startedOnRetry = -1;
    let channel: Http2Channel | null = null;
    const s = await h2server(
      (stream, request, session) => {
        startedOnRetry = channel!.startedAtMs;
        h2ok(stream, request, session);
      },
      { onConnection: (session, accepted) => accepted === 1 && session.goaway(constants.NGHTTP2_NO_ERROR) },
    );
    const stats = { opened: 0 };
    const pool = new Http2Pool(originOf(s.url, false, '2'), stats, 100);
    channel = new Http2Channel(pool, 'http');
    const [request] = prepareRequests(s.url, [endpoint({ path: '/once' })], {});
    try {
      const outcome = await new Promise<[number, string | null]>((resolve) => channel!.send(request, 1234, (status, _bytes, error) => resolve([status, error])));
      expect(outcome).toEqual([200, null]);
      expect(startedOnRetry).toBe(1234);
      expect(stats.opened).toBe(2);
      expect(s.connections()).toBe(2);
      expect(s.requests.map((r) => r.path)).toEqual(['/once']);
    } finally {
      pool.close();
    }
  });
});

describe('what the server refuses or resets is counted, never retried', () => {
  test('RST_STREAM: REFUSED_STREAM is h2_refused_stream, any other code h2_stream_reset with the code as its reason, each as often as the server sent it', async () => {
    const sent = { refused: 0, internal: 0 };
    const s = await h2server((stream, request) => {
      if (request.path === '/refuse') {
        sent.refused++;
        stream.close(constants.NGHTTP2_REFUSED_STREAM);
      } else if (request.path === '/reset') {
        sent.internal++;
        stream.close(constants.NGHTTP2_INTERNAL_ERROR);
      } else h2ok(stream, request, stream.session!);
    });
    const report = await run({ '--target': s.url, '--http-version': '2', '--concurrency': '4', '--endpoints': '{/ok: 1, /refuse: 1, /reset: 1}' });
    const byName = (name: string) => report.endpoints.find((e) => `${e.method} ${e.path}` === name)!;
    expect(sent.refused).toBeGreaterThan(0);
    expect(sent.internal).toBeGreaterThan(0);
    expect(byName('GET /refuse').errorCodes).toEqual({ h2_refused_stream: sent.refused });
    expect(byName('GET /reset').errorCodes).toEqual({ h2_stream_reset: sent.internal });
    expect(byName('GET /reset').failureReasons).toEqual({ h2_stream_reset: { INTERNAL_ERROR: sent.internal } });
    expect(byName('GET /ok').errors).toBe(0);
    // A reset stream leaves its connection to the others.
    expect(s.sessions()).toBe(1);
  });

  test('a timeout cancels its stream (the server sees CANCEL) and keeps the connection for the other streams', async () => {
    // /hang starts its answer and never ends it. (A stream whose connection reads nothing at all
    // while it waits makes the pool doubt the connection: a new one may open during the PING; see
    // the tests of connections that go silent.)
    const s = await h2server((stream, request, session) => {
      if (request.path !== '/hang') h2ok(stream, request, session);
      else stream.respond({ ':status': 200 });
    });
    const report = await run({ '--target': s.url, '--http-version': '2', '--concurrency': '2', '--timeout': '150ms', '--endpoints': '{/ok: 1, /hang: 1}', '--duration': '1s' });
    const hang = report.endpoints.find((e) => e.path === '/hang')!;
    expect(hang.errorCodes).toEqual({ timeout: hang.requests });
    expect(hang.requests).toBeGreaterThan(0);
    expect(report.endpoints.find((e) => e.path === '/ok')!.errors).toBe(0);
    // Each timed-out request's stream was reset with CANCEL: the server counted as many (those cut at the end of the drain too).
    await new Promise((r) => setTimeout(r, 50));
    expect(s.cancelled()).toBe(hang.requests + report.generator.interruptedRequests);
    expect(s.sessions()).toBe(1);
  });

  test('a connection that never sends its SETTINGS: what waits for it times out, and later requests go on a new connection', async () => {
    // A TCP relay before an h2c server: the pre-flight's connection and every one after the second
    // are relayed; the second (the load's first) is accepted and never answered.
    const s = await h2server(h2ok);
    let accepted = 0;
    const sockets = new Set<Socket>();
    const relay = createTcpServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      if (++accepted === 2) return;
      const upstream = tcpConnect({ host: '127.0.0.1', port: s.port });
      sockets.add(upstream);
      upstream.on('error', () => socket.destroy());
      socket.pipe(upstream).pipe(socket);
    });
    await new Promise<void>((resolve) => relay.listen({ port: 0, host: '127.0.0.1' }, resolve));
    closers.push(() => new Promise<void>((resolve) => (sockets.forEach((x) => x.destroy()), relay.close(() => resolve()))));
    const report = await run({ '--target': `http://127.0.0.1:${(relay.address() as AddressInfo).port}`, '--http-version': '2', '--concurrency': '3', '--timeout': '200ms', '--duration': '800ms' });
    // Only the users' first requests, which waited for the silent connection, can time out: all three
    // when one sweep finds them due together; fewer when the first to time out drops the connection
    // before the others are due, and they are moved to a new one in time (a busy runner staggers them).
    expect(Object.keys(report.overall.errorCodes)).toEqual(['timeout']);
    expect(report.overall.errorCodes.timeout).toBeGreaterThanOrEqual(1);
    expect(report.overall.errorCodes.timeout).toBeLessThanOrEqual(3);
    expect(report.overall.statusCodes[200]).toBeGreaterThan(0);
    expect(report.overall.statusCodes[200] + report.generator.interruptedRequests).toBe(s.requests.length);
    expect(report.protocol!.connections).toBe(2);
  });

  test('a connection is retired before its stream IDs run out: later requests open a new one, none fails', async () => {
    // The budget is 2^30 − 1024 streams (client stream IDs are odd, below 2^31); 5 here, to see it happen.
    const s = await h2server(h2ok);
    const stats = { opened: 0 };
    const pool = new Http2Pool(originOf(s.url, false, '2'), stats, 100, { budget: 5 });
    const channel = new Http2Channel(pool, 'http');
    const [request] = prepareRequests(s.url, [endpoint({ path: '/n' })], {});
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push(await new Promise<number>((resolve) => channel.send(request, 0, (status) => resolve(status))));
      expect(statuses).toEqual(Array(12).fill(200));
      expect(s.sessions()).toBe(3);
      expect(stats.opened).toBe(3);
      expect(s.requests.map((r) => r.session)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3]);
    } finally {
      pool.close();
    }
  });

  test('the drain: requests in flight when the load stops are answered and counted, as over HTTP/1.1', async () => {
    // Every answer takes 300ms and the load lasts 500ms: each user's second request is in flight at the stop.
    const s = await h2server(later(300));
    const report = await run({ '--target': s.url, '--http-version': '2', '--concurrency': '5', '--duration': '500ms' });
    expect(report.generator.interruptedRequests).toBe(0);
    expect(report.overall.errors).toBe(0);
    expect(report.overall.requests).toBeGreaterThan(5);
    expect(report.overall.requests).toBe(s.requests.length);
  });
});

describe('a connection that goes silent is retired; a slow server keeps its connection', () => {
  /** blackholed: an h2c server behind a relay that can drop its connections without a word (helpers/blackhole.ts). */
  async function blackholed(handler: H2Handler) {
    const s = await h2server(handler);
    const relay = await startBlackhole(s.port);
    closers.push(relay.close);
    return { s, relay };
  }
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const outcome = (channel: Http2Channel, request: PreparedRequest) => new Promise<[number, string | null]>((resolve) => channel.send(request, 0, (status, _bytes, error) => resolve([status, error])));

  test('a stream times out with nothing read on its connection and the PING goes unanswered: the connection is retired, its other stream times out when due, the next request opens a new one and succeeds', async () => {
    const { s, relay } = await blackholed(h2ok);
    const stats = { opened: 0 };
    const pool = new Http2Pool(originOf(relay.url, false, '2'), stats, 100, { timeoutMs: 100 });
    const [a, b] = [new Http2Channel(pool, 'http'), new Http2Channel(pool, 'http')];
    const [request] = prepareRequests(relay.url, [endpoint({ path: '/r' })], {});
    try {
      expect(await outcome(a, request)).toEqual([200, null]);
      relay.blackhole();
      const lostA = outcome(a, request);
      const lostB = outcome(b, request);
      await sleep(20);
      a.timeOut();
      expect(await lostA).toEqual([0, 'timeout']);
      // The PING's deadline (the 100ms timeout here) passes; the connection is retired, B's stream still on it.
      await sleep(300);
      expect(b.busy).toBe(true);
      expect(await outcome(a, request)).toEqual([200, null]);
      expect(relay.connections()).toBe(2);
      expect(stats.opened).toBe(2);
      b.timeOut();
      expect(await lostB).toEqual([0, 'timeout']);
      // The blackholed connection carried the first request; the new one the last.
      expect(s.requests.map((r) => r.session)).toEqual([1, 2]);
    } finally {
      pool.close();
    }
  });

  test('a stream times out with nothing read because the server holds it, but the server answers the PING: the connection stays', async () => {
    const { s, relay } = await blackholed((stream, request, session) => {
      if (request.path !== '/hang') h2ok(stream, request, session);
    });
    const stats = { opened: 0 };
    const pool = new Http2Pool(originOf(relay.url, false, '2'), stats, 100, { timeoutMs: 100 });
    const channel = new Http2Channel(pool, 'http');
    const [hang, ok] = prepareRequests(relay.url, [endpoint({ path: '/hang' }), endpoint({ path: '/ok' })], {});
    try {
      expect(await outcome(channel, ok)).toEqual([200, null]);
      const held = outcome(channel, hang);
      await sleep(20);
      channel.timeOut();
      expect(await held).toEqual([0, 'timeout']);
      await sleep(300);
      expect(await outcome(channel, ok)).toEqual([200, null]);
      expect(stats.opened).toBe(1);
      expect(s.sessions()).toBe(1);
    } finally {
      pool.close();
    }
  });

  test('while the PING is out, no new stream opens on the suspected connection: the next requests go on a new one at once, and the dead one is retired when the PING goes unanswered', async () => {
    // A 2 s timeout: the PING has 1 s (PING_ACK_MS) to be answered.
    const { s, relay } = await blackholed(h2ok);
    const stats = { opened: 0 };
    const pool = new Http2Pool(originOf(relay.url, false, '2'), stats, 100, { timeoutMs: 2000 });
    const [a, b] = [new Http2Channel(pool, 'http'), new Http2Channel(pool, 'http')];
    const [request] = prepareRequests(relay.url, [endpoint({ path: '/r' })], {});
    /** prompt: the outcome, or 'stuck' if it takes longer than a fraction of the PING's window. */
    const prompt = (channel: Http2Channel) => Promise.race([outcome(channel, request), sleep(400).then(() => 'stuck')]);
    try {
      expect(await outcome(a, request)).toEqual([200, null]);
      relay.blackhole();
      const lostA = outcome(a, request);
      const lostB = outcome(b, request);
      await sleep(20);
      // Both time out together, as the users of a closed model stuck on one connection do.
      a.timeOut();
      b.timeOut();
      expect(await lostA).toEqual([0, 'timeout']);
      expect(await lostB).toEqual([0, 'timeout']);
      // Within the PING's window, both go again on a new connection and are answered.
      expect(await prompt(a)).toEqual([200, null]);
      expect(await prompt(b)).toEqual([200, null]);
      expect(relay.connections()).toBe(2);
      // The window passes unanswered: the dead connection is retired; the live one carries on.
      await sleep(1100);
      expect(await prompt(a)).toEqual([200, null]);
      expect(stats.opened).toBe(2);
      expect(s.requests.map((r) => r.session)).toEqual([1, 2, 2, 2]);
    } finally {
      pool.close();
    }
  });

  test('a slow server answers the PING: its connection is offered again after the ack and gets the next stream', async () => {
    const { s, relay } = await blackholed((stream, request, session) => {
      if (request.path !== '/hang') h2ok(stream, request, session);
    });
    const stats = { opened: 0 };
    const pool = new Http2Pool(originOf(relay.url, false, '2'), stats, 100, { timeoutMs: 2000 });
    const channel = new Http2Channel(pool, 'http');
    const [hang, ok] = prepareRequests(relay.url, [endpoint({ path: '/hang' }), endpoint({ path: '/ok' })], {});
    try {
      expect(await outcome(channel, ok)).toEqual([200, null]);
      const held = outcome(channel, hang);
      await sleep(20);
      channel.timeOut();
      expect(await held).toEqual([0, 'timeout']);
      // Sent before the ack can have come: not on the suspected connection.
      expect(await outcome(channel, ok)).toEqual([200, null]);
      await sleep(100);
      // Acked: the first connection takes streams again, and is not retired when the PING's window passes.
      expect(await outcome(channel, ok)).toEqual([200, null]);
      await sleep(1100);
      expect(await outcome(channel, ok)).toEqual([200, null]);
      expect(s.requests.map((r) => [r.path, r.session])).toEqual([['/ok', 1], ['/hang', 1], ['/ok', 2], ['/ok', 1], ['/ok', 1]]);
      expect(stats.opened).toBe(2);
    } finally {
      pool.close();
    }
  });

  test('closed model, a 2 s timeout: users stuck on a connection that went silent time out once each, then go on a new connection; none lands on the dead one again', async () => {
    let relay: Blackhole | null = null;
    let onFirst = 0;
    const { s, relay: started } = await blackholed((stream, request, session) => {
      if (request.session === 1 && ++onFirst === 20) relay!.blackhole();
      h2ok(stream, request, session);
    });
    relay = started;
    const report = await run({ '--target': relay.url, '--http-version': '2', '--concurrency': '3', '--timeout': '2s', '--duration': '2600ms' });
    // Each user's request in flight when the connection went silent, and nothing more.
    expect(report.overall.errorCodes).toEqual({ timeout: 3 });
    expect(s.requests.filter((r) => r.session === 1).length).toBe(onFirst);
    expect(s.requests.filter((r) => r.session === 2).length).toBeGreaterThan(0);
    expect(s.sessions()).toBe(2);
    // Every other request was answered.
    expect(report.overall.statusCodes[200] + 3).toBe(report.overall.requests);
  });

  test('under load: the connection goes silent mid-run; once streams time out, later requests go on a new connection and succeed', async () => {
    let relay: Blackhole | null = null;
    let onFirst = 0;
    const { s, relay: started } = await blackholed((stream, request, session) => {
      // At the 20th request on the first connection, that connection stops carrying anything either
      // way: this request's answer, and any already on their way, never reach the client.
      if (request.session === 1 && ++onFirst === 20) relay!.blackhole();
      h2ok(stream, request, session);
    });
    relay = started;
    const report = await run({ '--target': relay.url, '--http-version': '2', '--concurrency': '3', '--timeout': '250ms', '--duration': '1500ms' });
    // The 20th, and any whose bytes had already passed the relay.
    expect(onFirst).toBeGreaterThanOrEqual(20);
    // The pre-flight's connection, the one that went silent, and one new one: not a new one per timeout.
    expect(relay.connections()).toBe(3);
    expect(s.sessions()).toBe(2);
    expect(Object.keys(report.overall.errorCodes)).toEqual(['timeout']);
    const onNew = s.requests.filter((r) => r.session === 2).length;
    expect(onNew).toBeGreaterThan(0);
    // Each request on the new connection was answered; the other 200s are of the 19 the first carried back.
    const fromFirst = report.overall.statusCodes[200] + report.generator.interruptedRequests - onNew;
    expect(fromFirst).toBeGreaterThanOrEqual(0);
    expect(fromFirst).toBeLessThanOrEqual(19);
    expect(report.overall.errorCodes.timeout).toBe(report.overall.requests - report.overall.statusCodes[200]);
  });
});

describe('flows over HTTP/2', () => {
  /** An API behind a login, as an HTTP/2 server: a fresh token and session cookie per login, a request id header to echo; every 4th product's body is wrong. */
  function h2shop() {
    const issued = new Set<string>();
    const seen: Array<{ path: string; token: string | null; cookie: string | null; echo: string | null; session: number }> = [];
    let logins = 0;
    let products = 0;
    let wrong = 0;
    const handler: H2Handler = (stream, request) => {
      const token = /^Bearer (.*)$/.exec(String(request.headers.authorization ?? ''))?.[1] ?? null;
      seen.push({ path: request.path, token, cookie: (request.headers.cookie as string | undefined) ?? null, echo: (request.headers['x-echo'] as string | undefined) ?? null, session: request.session });
      const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        stream.respond({ ':status': status, 'content-type': 'application/json', ...headers });
        stream.end(JSON.stringify(value));
      };
      if (request.path === '/login') {
        const t = `t${++logins}`;
        issued.add(t);
        return json(200, { token: t, user: JSON.parse(request.body).user }, { 'set-cookie': `sid=s${t}; Path=/`, 'x-request-id': `r${t}` });
      }
      if (token === null || !issued.has(token)) return json(401, {});
      if (request.path.startsWith('/products/')) {
        const bad = ++products % 4 === 0;
        if (bad) wrong++;
        return json(200, bad ? { name: null } : { name: `product ${request.path.slice(10)}` });
      }
      return json(201, { ok: true });
    };
    return { handler, seen, issued, counts: () => ({ logins, products, wrong }) };
  }

  test('captures (JSON and header), cookies and checks work as over HTTP/1.1: each user its own token and cookie, failed checks counted exactly', async () => {
    const shop = h2shop();
    const s = await h2server(shop.handler, { tls: true });
    const config = `load_test:
  on_start:
    - name: login
      method: POST
      path: /login
      json: { user: "user{{ seq() }}" }
      capture:
        token: { json: $.token }
        rid: { header: x-request-id }
  flows:
    - name: shop
      steps:
        - name: product
          path: /products/{{ randomInt(1, 50) }}
          headers: { Authorization: "Bearer {{ token }}", X-Echo: "{{ rid }}" }
          expect:
            json:
              - { path: $.name, matches: "^product \\\\d+$" }
        - name: order
          method: POST
          path: /orders
          headers: { Authorization: "Bearer {{ token }}" }
          json: { product: 1 }
          expect:
            status: [201]
`;
    const report = await runLoadTest(planFrom({ files: { 'c.yml': config }, config: 'c.yml', flags: { '--target': s.url, '--insecure': true, '--http-version': 'auto', '--concurrency': '3', '--duration': '800ms', '--min-requests': '1' } }), { sleep: async () => undefined });
    expect(report.protocol).toMatchObject({ version: '2', how: 'alpn', connections: 1 });
    const { logins, products, wrong } = shop.counts();
    expect(logins).toBe(3);
    const later = shop.seen.filter((r) => r.path !== '/login');
    expect(later.length).toBeGreaterThan(20);
    for (const r of later) {
      expect(shop.issued.has(r.token!)).toBe(true);
      // The cookie and the echoed header are the same user's as the token.
      expect(r.cookie).toBe(`sid=s${r.token}`);
      if (r.path.startsWith('/products/')) expect(r.echo).toBe(`r${r.token}`);
    }
    expect(new Set(later.map((r) => r.token)).size).toBe(3);
    const [login, product, order] = report.endpoints;
    expect(login.errors).toBe(0);
    expect(product.requests).toBe(products);
    expect(product.errorCodes).toEqual(wrong > 0 ? { check_failed: wrong } : {});
    expect(product.checks).toEqual([{ name: '$.name matches /^product \\d+$/', passed: products - wrong, failed: wrong }]);
    expect(order.errors).toBe(0);
  });

  test('setup runs once over HTTP/2 (h2c), its capture on every request', async () => {
    const shop = h2shop();
    const s = await h2server(shop.handler);
    const config = `load_test:
  setup:
    - { name: token, method: POST, path: /login, json: { user: svc }, capture: { service: { json: $.token } } }
  endpoints:
    - path: /products/{{ randomInt(1, 9) }}
      headers: { Authorization: "Bearer {{ service }}" }
`;
    const report = await runLoadTest(planFrom({ files: { 'c.yml': config }, config: 'c.yml', flags: { '--target': s.url, '--http-version': '2', '--concurrency': '2', '--duration': '500ms', '--min-requests': '1' } }), { sleep: async () => undefined });
    expect(shop.counts().logins).toBe(1);
    expect(report.preflight.map((p) => [p.name, p.ok])).toEqual([['connect', true], ['setup', true]]);
    expect(shop.seen.filter((r) => r.path !== '/login').every((r) => r.token === 't1')).toBe(true);
    expect(report.overall.errors).toBe(0);
    expect(report.overall.requests).toBe(shop.seen.length - 1);
  });
});

describe('the report says what each target actually spoke', () => {
  // Over one HTTP version (the arms of a canary are compared alike: canary-protocol.test.ts), settled each its own way.
  test('a canary over HTTP/2 by ALPN (TLS) beside production over h2c: both in results.json, the summary, performance_report.md, report.html and the job summary', async () => {
    const canary = await h2server(h2ok, { tls: true });
    const production = await h2server(h2ok);
    const report = await runLoadTest(planFrom({ flags: { ...quick, '--target': canary.url, '--production-url': production.url, '--insecure': true, '--http-version': '2', '--concurrency': '3' }, env: { LOADTEST_DECIDE_EARLY: 'false' } }, 'canary'), { sleep: async () => undefined });
    expect(report.protocol).toEqual({ version: '2', how: 'alpn', asked: '2', alpn: 'h2', connections: 1, streamsPerConnection: 100 });
    expect(report.comparison!.production.protocol).toEqual({ version: '2', how: 'prior-knowledge', asked: '2', alpn: null, connections: 1, streamsPerConnection: 100 });
    // The same requests went to both, each over its own connection.
    expect(canary.requests.length).toBe(production.requests.length);
    const line = 'canary HTTP/2 (h2 by ALPN), 1 connection, up to 100 streams each · production HTTP/2 over cleartext (h2c, prior knowledge), 1 connection, up to 100 streams each';
    expect(renderSummary(report)).toContain(`protocol  ${line}`);
    expect(renderMarkdown(report)).toContain(`**Protocol:** ${line}`);
    expect(renderJobSummary(report, { artifact: { uploaded: false, reason: 'test' }, cancelled: false })).toContain(`**Protocol** ${line}`);
    expect(renderHtmlReport(report)).toContain('HTTP/2 (h2 by ALPN), 1 connection, up to 100 streams each · production HTTP/2 over cleartext (h2c, prior knowledge)');
  });

  test('the plan says what http_version asks for, and where it was set', () => {
    const plan = (flags: Record<string, string>) => renderPlan(planFrom({ flags: { '--target': 'https://shop.test', ...flags } }));
    expect(plan({})).toContain('http         1.1: HTTP/1.1, one request at a time per connection\n');
    expect(plan({ '--http-version': 'auto' })).toContain('http         auto: HTTP/2 where TLS chooses h2 by ALPN at the pre-flight, else HTTP/1.1; up to 100 HTTP/2 streams per connection  (--http-version)\n');
    expect(plan({ '--http-version': '2', '--max-streams-per-connection': '20' })).toContain('http         2: HTTP/2 only (h2 by ALPN over TLS, required at the pre-flight; h2c with prior knowledge over http://), up to 20 HTTP/2 streams per connection  (--http-version)');
    expect(plan({ '--http-version': '1.1' })).toContain('http         1.1: HTTP/1.1, one request at a time per connection  (--http-version)');
    expect(renderPlan(planFrom({ flags: { '--target': 'http://shop.test', '--http-version': 'auto' } }))).toContain('http         auto: HTTP/1.1 over http:// (http_version 2 loads it over h2c)  (--http-version)');
  });
});
