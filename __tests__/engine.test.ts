// The engine end to end against real servers on 127.0.0.1: what the client counts, classifies and
// survives. These assert behaviour (it timed out, it stopped, it reported), never a stopwatch:
// exact timing is engine-clock.test.ts's, on a virtual clock.

import { describe, expect, test } from '@jest/globals';
import { type AddressInfo, createServer as createTcpServer, type Socket } from 'node:net';
import { runLoadTest } from '../src/app/run.js';
import type { RunReport } from '../src/report/model.js';
import { planFrom } from './helpers/plan.js';
import { failing, ok, refusedUrl, selfSignedCert, slow, startHangingServer, startRawServer } from './helpers/servers.js';
import { closeAfterEach } from './helpers/closers.js';
import { HealthMonitor } from '../src/engine/health.js';
import { blockFor } from './helpers/stalls.js';

const { closers, server } = closeAfterEach();
const noWait = async () => undefined;

/** tcpServer calls `answer` with each request's socket and its index on that connection. */
async function tcpServer(answer: (socket: Socket, request: number) => void): Promise<{ url: string }> {
  const sockets = new Set<Socket>();
  const s = createTcpServer((socket) => {
    sockets.add(socket);
    let count = 0;
    let pending = '';
    socket.on('data', (data) => {
      pending += data.toString('latin1');
      while (pending.includes('\r\n\r\n')) {
        pending = pending.slice(pending.indexOf('\r\n\r\n') + 4);
        answer(socket, count++);
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => s.listen({ port: 0, host: '127.0.0.1' }, resolve));
  closers.push(() => new Promise<void>((resolve) => {
    for (const socket of sockets) socket.destroy();
    s.close(() => resolve());
  }));
  return { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}` };
}
const run = (flags: Record<string, string | string[] | boolean>, hooks = {}): Promise<RunReport> => runLoadTest(planFrom({ flags: { '--output': 'test-output/engine', ...flags } }), { sleep: noWait, ...hooks });

describe('the generator watching its own event loop', () => {
  const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

  test('one 150 ms stall a second shows in that second, and the last, partial second is sampled too', async () => {
    const monitor = new HealthMonitor(0);
    for (let second = 0; second < 3; second++) {
      await pause(300);
      blockFor(150);
      await pause(300);
      monitor.sampleSecond();
    }
    await pause(200);
    blockFor(150);
    await pause(50);
    const health = monitor.stop();
    // A stall can only read longer on a busy machine, never shorter: the bound is what was caused.
    expect(health.lagSeries).toHaveLength(4);
    for (const lag of health.lagSeries) expect(lag).toBeGreaterThanOrEqual(100);
  });
});

describe('closed model against a healthy server', () => {
  test('every request the server answered is counted once, in the warm-up or the measured window', async () => {
    const s = await server(ok);
    const report = await run({ '--target': s.url, '--concurrency': '5', '--duration': '1.5s', '--warmup': '0.5s' });
    expect(report.verdict).toBe('pass');
    expect(report.status).toBe('completed');
    expect(report.overall.requests + report.warmup.requests).toBe(s.received.length);
    expect(report.overall.requests).toBeGreaterThan(100);
    expect(report.overall.statusCodes).toEqual({ '200': report.overall.requests });
    expect(report.overall.errors).toBe(0);
    // measuredSeconds is rounded to the millisecond in the report; throughput uses the exact window.
    expect(Math.abs(report.overall.throughputRps * report.measuredSeconds - report.overall.requests) / report.overall.requests).toBeLessThan(0.001);
    expect(report.generator.connectionsOpened).toBe(5);
    expect(report.timeseries.length).toBeGreaterThanOrEqual(2);
    expect(report.timeseries.map((p) => p.warmup)).toEqual([true, false]);
  });

  test('POST with a JSON body and headers arrives as configured', async () => {
    const s = await server((_req, res) => {
      res.writeHead(201);
      res.end();
    });
    const report = await run({
      '--target': `${s.url}/v1`,
      '--concurrency': '1',
      '--duration': '0.3s',
      '--min-requests': '1',
      '--header': ['X-Team: platform'],
      '--endpoints': '[{path: /orders, method: POST, json: {sku: abc, qty: 2}, expect: {status: [201]}}]',
    });
    expect(report.verdict).toBe('pass');
    expect(s.received[0]).toBe('POST /v1/orders');
    expect(JSON.parse(s.bodies[0])).toEqual({ sku: 'abc', qty: 2 });
    expect(s.headers[0]).toMatchObject({ 'content-type': 'application/json', 'x-team': 'platform', 'content-length': '21' });
    expect(s.headers[0]['user-agent']).toMatch(/^loadtest-action\//);
  });

  test('characters outside ASCII in a path are percent-encoded as UTF-8', async () => {
    const s = await server(ok);
    await run({ '--target': s.url, '--concurrency': '1', '--duration': '0.2s', '--min-requests': '1', '--endpoints': '{"/recherche?q=café&tri=prix%20bas": 1}' });
    expect(s.received[0]).toBe('GET /recherche?q=caf%C3%A9&tri=prix%20bas');
  });
});

describe('judging real servers', () => {
  test('a slow server fails its latency SLO, with the seeds\' sentence', async () => {
    const s = await server(slow(60));
    const report = await run({ '--target': s.url, '--concurrency': '10', '--duration': '1.5s', '--p95': '50ms', '--min-requests': '20' });
    expect(report.verdict).toBe('fail');
    expect(report.exitCode).toBe(1);
    expect(report.overall.latencyMs.p50).toBeGreaterThanOrEqual(60);
    expect(report.violations).toHaveLength(1);
    expect(report.violations[0].message).toMatch(/^P95 latency \d+(\.\d+)?ms exceeds threshold 50ms$/);
  });

  test.each([
    [503, 'http_5xx', {}],
    [404, 'http_4xx', {}],
    [200, 'unexpected_status', { '--endpoints': '[{path: /, expect: {status: [201]}}]' }],
  ])('status %i is classified as %s', async (status, code, extra) => {
    const s = await server(failing(status));
    const report = await run({ '--target': s.url, '--concurrency': '2', '--duration': '0.5s', '--min-requests': '10', ...extra });
    expect(report.verdict).toBe('fail');
    expect(report.overall.errorCodes).toEqual({ [code]: report.overall.requests });
    expect(report.overall.errorRatePercent).toBe(100);
    // Every request failed: one violation says so, with what they got, in place of the error-rate breach it implies.
    expect(report.violations).toEqual([expect.objectContaining({ metric: 'error_rate', actual: 100, threshold: 0.5 })]);
    expect(report.violations[0].message).toBe(`every one of the ${report.overall.requests.toLocaleString('en-US')} measured requests failed (HTTP ${status} ×${report.overall.requests.toLocaleString('en-US')})`);
  });

  test('credentials in the target and tokens in the health path never reach the report', async () => {
    const url = await refusedUrl();
    const withCredentials = url.replace('http://', 'http://deploy:s3cretpw@');
    const report = await runLoadTest(planFrom({ flags: { '--target': withCredentials, '--health-path': '/health?token=hp-secret-1' } }), { sleep: noWait });
    const text = JSON.stringify(report);
    expect(text).not.toContain('s3cretpw');
    expect(report.reasons[0]).toContain('target unreachable: http://***:***@127.0.0.1:');
    const s = await server(ok);
    const healthy = await run({ '--target': s.url, '--health-path': '/health?token=hp-secret-1', '--concurrency': '1', '--duration': '0.2s', '--min-requests': '1' });
    expect(JSON.stringify(healthy)).not.toContain('hp-secret-1');
    expect(healthy.preflight[1].what).toBe('GET /health?token=***');
    expect(s.received[0]).toBe('GET /health?token=hp-secret-1');
  });

  test('an unreachable target with wait_for_ready 0 fails at once with exit 4, saying what was tried, and sends nothing', async () => {
    const url = await refusedUrl();
    const report = await runLoadTest(planFrom({ flags: { '--target': url, '--wait-for-ready': '0' } }));
    expect(report.status).toBe('unreachable');
    expect(report.exitCode).toBe(4);
    expect(report.reasons[0]).toMatch(new RegExp(`^target unreachable: ${url}/ tried TCP connect to 127\\.0\\.0\\.1:\\d+ once; last: connection refused: nothing listening on the port \\(ECONNREFUSED\\); wait_for_ready is 0: not waited for .*; no load was sent\\.$`));
    expect(report.preflight).toEqual([expect.objectContaining({ name: 'connect', ok: false, attempts: 1 })]);
  });

  test('a name that does not resolve is DNS, waited for like a service still starting (0 fails at once)', async () => {
    const report = await run({ '--target': 'http://no-such-host.invalid/', '--wait-for-ready': '0' });
    expect(report.exitCode).toBe(4);
    expect(report.preflight[0].attempts).toBe(1);
    expect(report.reasons[0]).toContain('DNS lookup of no-such-host.invalid failed');
  });

  test('the health check retries a service that is still starting, and gives up on one that never is', async () => {
    let calls = 0;
    const s = await server((req, res) => {
      if (req.url === '/health') calls++;
      res.writeHead(req.url === '/health' && calls < 3 ? 503 : 200);
      res.end();
    });
    const report = await run({ '--target': s.url, '--health-path': '/health', '--concurrency': '1', '--duration': '0.2s', '--min-requests': '1' });
    expect(report.preflight[1]).toMatchObject({ name: 'health', ok: true, attempts: 3 });
    const down = await server(failing(503));
    // The wait is on a virtual clock: the attempts and their spacing are the pre-flight's, not the machine's.
    let now = 0;
    const failed = await run({ '--target': down.url, '--health-path': '/health' }, { monotonic: () => now, sleep: async (ms: number) => void (now += ms) });
    expect(failed.exitCode).toBe(4);
    expect(failed.reasons[0]).toMatch(/tried GET \/health \d+ times over (9\.\d|10\.0)s; last: answered 503, expected 2xx; still not ready after wait_for_ready \(10s\)/);
    expect(now).toBeLessThanOrEqual(10_000);
  });
});

describe('time is honoured whatever the target does', () => {
  test('requests that hang are timed out as `timeout`', async () => {
    const hanging = await startHangingServer();
    closers.push(hanging.close);
    const report = await run({ '--target': hanging.url, '--concurrency': '2', '--duration': '1.2s', '--timeout': '300ms', '--min-requests': '1' });
    expect(report.overall.errorCodes.timeout).toBeGreaterThanOrEqual(4);
    // A timeout never fires early; how late it fires on a busy machine is engine-clock.test.ts's business.
    expect(report.overall.latencyMs.min).toBeGreaterThanOrEqual(300);
    expect(report.verdict).toBe('fail');
  });

  test('the drain is bounded whatever the timeout; requests still unanswered then make a pass impossible', async () => {
    const hanging = await startHangingServer();
    closers.push(hanging.close);
    const report = await run({ '--target': hanging.url, '--concurrency': '3', '--duration': '0.5s', '--timeout': '60s', '--min-requests': '1' }, { maxDrainMs: 500 });
    expect(report.generator.interruptedRequests).toBe(3);
    expect(report.overall.requests).toBe(0);
    expect(report.verdict).toBe('inconclusive');
    expect(report.reasons[0]).toMatch(/^3 requests were still unanswered [\d.]+s after the load stopped; their latency and outcome are unknown$/);
  });

  test('a stop signal ends a real run early and still yields a report marked interrupted', async () => {
    const s = await server(slow(20));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 700);
    const report = await run({ '--target': s.url, '--concurrency': '5', '--duration': '30s', '--min-requests': '1' }, { signal: controller.signal });
    expect(report.status).toBe('interrupted');
    expect(report.overall.requests).toBeGreaterThan(0);
    expect(report.overall.requests).toBe(s.received.length - report.warmup.requests - report.generator.interruptedRequests);
    expect(report.durationSeconds).toBeLessThan(30);
    expect(report.verdict).toBe('inconclusive');
    expect(report.reasons[0]).toMatch(/^the run was interrupted after [\d.]+s of 30s$/);
  });

  test('abort-on-fail stops a run whose error rate is already lost', async () => {
    const s = await server(failing(500));
    const report = await run({ '--target': s.url, '--concurrency': '4', '--duration': '20s', '--abort-on-fail': true, '--error-rate': '1%' });
    expect(report.status).toBe('aborted');
    expect(report.durationSeconds).toBeLessThan(20);
    expect(report.verdict).toBe('fail');
    expect(report.reasons[0]).toMatch(/^aborted early: Error rate can no longer meet 1%: [\d,]+ errors already exceed/);
  });
});

describe('open model', () => {
  test('latency counts from the intended start: a stalled generator shows up in latency, not in service time', async () => {
    const s = await server(ok);
    // Stall this process's event loop for 300ms in the middle of the run, as a GC pause would.
    setTimeout(() => {
      const until = Date.now() + 300;
      while (Date.now() < until);
    }, 600);
    const report = await run({ '--target': s.url, '--rate': '100', '--duration': '1.5s', '--min-requests': '1', '--p95': '10s' });
    // About 30 arrivals fall due during the stall and are sent late, by up to 300ms. A request that
    // happened to be in flight when the stall began (more likely on a busy machine) takes the
    // stall into its service time too, and a busy machine slows every request, so service time is
    // judged on p95 and against latency: the stall opens a gap between them of well over 100ms.
    expect(report.overall.latencyMs.max).toBeGreaterThanOrEqual(250);
    expect(report.overall.latencyMs.p95 - report.overall.serviceTimeMs.p95).toBeGreaterThanOrEqual(100);
    expect(report.arrivals!.scheduled).toBe(150);
  });
});

describe('the client and real-world responses', () => {
  test('chunked and close-delimited bodies are read to the end and counted', async () => {
    const raw = await startRawServer((request) =>
      request.startsWith('GET /chunked')
        ? [Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello'), Buffer.from('\r\n6\r\n world\r\n0\r\n\r\n')]
        : [Buffer.from('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil-close')],
      { closeAfter: false },
    );
    closers.push(raw.close);
    const chunked = await run({ '--target': `${raw.url}/chunked`, '--concurrency': '2', '--duration': '0.5s', '--min-requests': '1' });
    expect(chunked.overall.errors).toBe(0);
    expect(chunked.overall.bytes).toBe(chunked.overall.requests * 11);
    expect(chunked.generator.connectionsOpened).toBe(2);
  });

  test('a response that breaks HTTP framing is a protocol error, and the report keeps which rule it broke, per endpoint', async () => {
    const raw = await startRawServer((request) =>
      request.startsWith('GET /ambiguous')
        ? [Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n')]
        : [Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n')],
      { closeAfter: true },
    );
    closers.push(raw.close);
    const report = await run({ '--target': raw.url, '--endpoints': '{"/ambiguous": 0.5, "/badchunk": 0.5}', '--concurrency': '2', '--duration': '0.5s', '--min-requests': '1' });
    const [ambiguous, badChunk] = report.endpoints;
    expect(ambiguous.errorCodes).toEqual({ protocol: ambiguous.requests });
    expect(ambiguous.protocolReasons).toEqual({ 'both Transfer-Encoding and Content-Length': ambiguous.requests });
    expect(badChunk.protocolReasons).toEqual({ 'invalid chunk size': badChunk.requests });
    expect(report.overall.protocolReasons).toEqual({ 'both Transfer-Encoding and Content-Length': ambiguous.requests, 'invalid chunk size': badChunk.requests });
  });

  test('a server that closes after each response gets a new connection each time, without errors', async () => {
    const s = await server((_req, res) => {
      res.writeHead(200, { connection: 'close' });
      res.end('bye');
    });
    const report = await run({ '--target': s.url, '--concurrency': '2', '--duration': '0.5s', '--min-requests': '1' });
    expect(report.overall.errors).toBe(0);
    expect(report.overall.requests).toBeGreaterThan(20);
    expect(report.generator.connectionsOpened).toBeGreaterThanOrEqual(report.overall.requests + report.warmup.requests);
  });

  test('an idle keep-alive connection closed by the server is reopened, not counted as an error', async () => {
    const s = await tcpServer((socket, request) => {
      if (request === 0) socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
      // Like a keep-alive timeout of 30 ms: close the connection once it has been idle that long.
      setTimeout(() => socket.destroy(), 30);
    });
    const report = await run({ '--target': s.url, '--concurrency': '2', '--duration': '1s', '--think-time': '80ms', '--min-requests': '1' });
    expect(report.overall.requests).toBeGreaterThan(10);
    expect(report.overall.errors).toBe(0);
    expect(report.generator.connectionsOpened).toBe(report.overall.requests + report.warmup.requests);
  });

  test('a request lost to the keep-alive race is retried once on a new connection; a fresh connection that dies is a reset', async () => {
    // Answer the first request on each connection; drop the connection on the second without answering,
    // as a server whose keep-alive timer fired just as the request arrived.
    const racy = await tcpServer((socket, request) => {
      if (request === 0) socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
      else socket.destroy();
    });
    const report = await run({ '--target': racy.url, '--concurrency': '1', '--duration': '0.5s', '--min-requests': '1' });
    expect(report.overall.errors).toBe(0);
    expect(report.overall.requests).toBeGreaterThan(10);
    // The same race with a POST is reported, not retried: the first attempt may have been acted on.
    const racyPost = await run({ '--target': racy.url, '--concurrency': '1', '--duration': '0.5s', '--min-requests': '1', '--endpoints': '[{path: /orders, method: POST, body: x}]' });
    expect(Object.keys(racyPost.overall.errorCodes)).toEqual(['reset']);
    const dying = await tcpServer((socket) => socket.destroy());
    const reset = await run({ '--target': dying.url, '--concurrency': '1', '--duration': '0.5s', '--min-requests': '1' });
    expect(Object.keys(reset.overall.errorCodes)).toEqual(['reset']);
    // A user whose requests fail without a response backs off (50 ms) instead of spinning.
    expect(reset.overall.requests + reset.warmup.requests).toBeLessThan(20);
  });

  test('HTTPS: a self-signed certificate is refused before any load, and accepted with --insecure', async () => {
    const s = await server(ok, { tls: selfSignedCert() });
    const refused = await run({ '--target': s.url });
    expect(refused.exitCode).toBe(4);
    expect(refused.reasons[0]).toMatch(/TLS handshake failed: .*self-signed certificate.*pass --insecure/);
    const accepted = await run({ '--target': s.url, '--insecure': true, '--concurrency': '2', '--duration': '0.5s', '--min-requests': '1' });
    expect(accepted.verdict).toBe('pass');
    expect(accepted.overall.requests).toBe(s.received.length - accepted.warmup.requests);
  });
});
