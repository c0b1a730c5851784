// The pre-flight waits for a target that is still starting, up to wait_for_ready, and fails at once
// on an answer that waiting cannot fix. Real servers on 127.0.0.1; the clock and the pauses are
// injected, so every test counts attempts and never waits out (or measures) wall time.

import { describe, expect, test } from '@jest/globals';
import { createServer } from 'node:http';
import { type PreflightOptions, TargetUnreachable, preflight } from '../src/client/preflight.js';
import { closeAfterEach } from './helpers/closers.js';
import { ok, refusedUrl, selfSignedCert } from './helpers/servers.js';

const { closers, server } = closeAfterEach();

/** fakeTime: a clock that moves only when the pre-flight pauses; onPause runs before each pause returns. */
function fakeTime(onPause: (pauses: number) => void | Promise<void> = () => undefined) {
  let nowMs = 0;
  const pauses: number[] = [];
  return {
    pauses,
    now: () => nowMs,
    sleep: async (ms: number) => {
      pauses.push(ms);
      nowMs += ms;
      await onPause(pauses.length);
    },
  };
}

const base = (time: ReturnType<typeof fakeTime>, more: Partial<PreflightOptions> = {}): PreflightOptions => ({ healthPath: null, headers: {}, insecure: false, timeoutMs: 2000, waitForReadyMs: 10_000, sleep: time.sleep, now: time.now, vocabulary: 'cli', ...more });

async function unreachable(promise: Promise<unknown>): Promise<TargetUnreachable> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TargetUnreachable) return error;
    throw error;
  }
  throw new Error('expected the pre-flight to fail');
}

/** listenLater serves `ok` on a port that was reserved (bound and released) once `listen` is called. */
async function reservedPort() {
  const url = await refusedUrl();
  const port = Number(new URL(url).port);
  return {
    url,
    port,
    listen: () =>
      new Promise<void>((resolve) => {
        const s = createServer((_req, res) => ok(_req, res, ''));
        s.listen({ port, host: '127.0.0.1' }, resolve);
        closers.push(() => new Promise<void>((done) => (s.closeAllConnections(), s.close(() => done()))));
      }),
  };
}

describe('waiting for a target that is still starting', () => {
  test('a server that starts listening after 3 refused connections: waited for, said once, ready on the 4th try', async () => {
    const late = await reservedPort();
    const time = fakeTime(async (pauses) => {
      if (pauses === 3) await late.listen();
    });
    const said: string[] = [];
    const steps = await preflight(late.url, { ...base(time), healthPath: '/api/health', onWaiting: (text) => said.push(text) });
    expect(steps).toEqual([
      expect.objectContaining({ name: 'connect', ok: true, attempts: 4, what: `TCP connect to 127.0.0.1:${late.port}` }),
      expect.objectContaining({ name: 'health', ok: true, attempts: 1, what: 'GET /api/health' }),
    ]);
    expect(time.pauses).toEqual([250, 500, 1000]);
    expect(said).toEqual([`Waiting up to 10s for ${late.url}/ to accept connections and /api/health to answer 2xx (wait_for_ready; 0 fails at once)…`]);
  });

  test('a health check answering 503 (a load balancer before its backend is up), then 200: waited for', async () => {
    let calls = 0;
    const s = await server((_req, res) => {
      calls++;
      res.writeHead(calls <= 2 ? 503 : 200);
      res.end();
    });
    const time = fakeTime();
    const said: string[] = [];
    const steps = await preflight(s.url, { ...base(time, { waitForReadyMs: 60_000 }), healthPath: '/health', onWaiting: (text) => said.push(text) });
    expect(steps[1]).toMatchObject({ name: 'health', ok: true, attempts: 3 });
    expect(s.received).toEqual(['GET /health', 'GET /health', 'GET /health']);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^Waiting up to 60s for http:\/\/127\.0\.0\.1:\d+\/ to accept connections and \/health to answer 2xx/);
  });

  test('502 and 504 are waited for like 503', async () => {
    const answers = [502, 504, 200];
    const s = await server((_req, res) => {
      res.writeHead(answers.shift() ?? 200);
      res.end();
    });
    const steps = await preflight(s.url, { ...base(fakeTime()), healthPath: '/health' });
    expect(steps[1]).toMatchObject({ ok: true, attempts: 3 });
  });

  test('a dead port is tried until wait_for_ready is used up, then says how often and for how long', async () => {
    const url = await refusedUrl();
    const time = fakeTime();
    const failure = await unreachable(preflight(url, base(time)));
    // 0, 250, 750, then once a second: the 13th try is at 10.0s, when the wait is used up.
    expect(failure.steps).toEqual([expect.objectContaining({ name: 'connect', ok: false, attempts: 13 })]);
    expect(time.pauses.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(failure.message).toBe(
      `target unreachable: ${url}/\n  tried TCP connect to 127.0.0.1:${new URL(url).port} 13 times over 10.0s; last: connection refused: nothing listening on the port (ECONNREFUSED);\n  still not ready after wait_for_ready (10s); raise it if the target takes longer to start;\n  no load was sent.`,
    );
  });

  test('wait_for_ready 0 fails at once on a dead port, without a pause or a waiting line', async () => {
    const url = await refusedUrl();
    const time = fakeTime();
    const said: string[] = [];
    const failure = await unreachable(preflight(url, { ...base(time, { waitForReadyMs: 0 }), onWaiting: (text) => said.push(text) }));
    expect(failure.steps[0]).toMatchObject({ ok: false, attempts: 1 });
    expect(time.pauses).toEqual([]);
    expect(said).toEqual([]);
    expect(failure.message).toContain('tried TCP connect to 127.0.0.1:');
    expect(failure.message).toContain(' once; last: connection refused');
    expect(failure.message).toContain('wait_for_ready is 0: not waited for');
  });

  test('a name that does not resolve (yet) is waited for too', async () => {
    const time = fakeTime();
    const failure = await unreachable(preflight('http://no-such-host.invalid/', base(time, { waitForReadyMs: 2000 })));
    expect(failure.steps[0].attempts).toBeGreaterThan(1);
    expect(failure.steps[0].detail).toMatch(/^DNS lookup of no-such-host\.invalid failed: the host name did not resolve \((ENOTFOUND|EAI_AGAIN)\)$/);
  });
});

describe('answers that waiting cannot fix fail at once', () => {
  test.each([
    [404, 'the health path is wrong'],
    [401, 'the health check needs credentials'],
    [500, 'the service is up and failing'],
  ])('%i on the health path (%s): one try, no pause, what was seen', async (status) => {
    const s = await server((_req, res) => {
      res.writeHead(status);
      res.end();
    });
    const time = fakeTime();
    const failure = await unreachable(preflight(s.url, { ...base(time, { waitForReadyMs: 60_000 }), healthPath: '/api/health' }));
    expect(failure.steps.map((step) => [step.name, step.ok, step.attempts])).toEqual([
      ['connect', true, 1],
      ['health', false, 1],
    ]);
    expect(time.pauses).toEqual([]);
    expect(s.received).toEqual(['GET /api/health']);
    expect(failure.message).toContain(`tried GET /api/health once; last: answered ${status}, expected 2xx;\n  this is not a service that is still starting, so it was not waited for`);
  });

  test('a certificate that is not trusted: one try, with the way to accept it', async () => {
    const s = await server(ok, { tls: selfSignedCert() });
    const time = fakeTime();
    const failure = await unreachable(preflight(s.url, base(time, { waitForReadyMs: 60_000 })));
    expect(failure.steps[0]).toMatchObject({ name: 'connect', ok: false, attempts: 1, what: `TLS connect to 127.0.0.1:${s.port}` });
    expect(failure.steps[0].detail).toContain('pass --insecure to accept a self-signed certificate');
    expect(time.pauses).toEqual([]);
  });
});
