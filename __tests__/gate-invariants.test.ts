// The gate's one promise, kept as a table: what the target does × how the user configured the gate
// → the verdict and exit code the gate must give. Every row runs the real CLI path in-process
// (config files, flags and variables as a user gives them) against real servers on 127.0.0.1.
// Every later change must keep this file green: it is what "the gate does not lie" means.
//   - never fail open: a run where every request failed never passes, a threshold with no data is
//     never a pass, a baseline that was asked for and cannot be read stops the run, and nothing a
//     user set (a header in any layer) is dropped;
//   - never cry wolf: a busy generator against a healthy, fast service passes when the SLOs are far
//     from the measured values, and "inconclusive" always names its actionable reason.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { uniformDelay } from '../src/slo/generator.js';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import type { RunReport } from '../src/report/model.js';
import { emptyMetrics } from '../src/report/build.js';
import { evaluateChecks } from '../src/slo/checks.js';
import { everyRequestFailed } from '../src/slo/failures.js';
import { judge } from '../src/slo/verdict.js';
import { startNginx } from './helpers/nginx.js';
import { closeAfterEach } from './helpers/closers.js';
import { planFrom } from './helpers/plan.js';
import { failing, freePort, startHangingServer } from './helpers/servers.js';

const { closers, server } = closeAfterEach();

interface Outcome {
  code: number;
  out: string;
  report: RunReport | null;
}

/** gate runs the CLI in-process in a fresh directory holding `files`; the report is read back from results.json. */
async function gate(argv: string[], options: { files?: Record<string, string>; env?: Record<string, string>; quiet?: boolean } = {}): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-invariant-'));
  for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(join(dir, name), text);
  const withFiles = argv.map((a) => (options.files && a in options.files ? join(dir, a) : a));
  const out: string[] = [];
  const code = await main([...withFiles, '--output', join(dir, 'report'), ...(options.quiet === false ? [] : ['-q'])], {
    out: (t) => out.push(t),
    err: (t) => out.push(t),
    progress: () => {},
    env: options.env ?? {},
    signal: new AbortController().signal,
    progressEverySeconds: 1,
    readLimits: () => null,
  });
  let report: RunReport | null = null;
  try {
    report = JSON.parse(readFileSync(join(dir, 'report', 'results.json'), 'utf8')) as RunReport;
  } catch {
    report = null;
  }
  return { code, out: out.join('\n'), report };
}

/** A raw TCP target that resets every connection as soon as a request arrives. */
async function startResettingServer(): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const sockets = new Set<Socket>();
  const tcp = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    socket.on('data', () => {
      requests++;
      socket.resetAndDestroy();
    });
  });
  await new Promise<void>((resolve) => tcp.listen({ port: 0, host: '127.0.0.1' }, resolve));
  return {
    url: `http://127.0.0.1:${(tcp.address() as AddressInfo).port}`,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        tcp.close(() => resolve());
      }),
  };
}

type Behaviour = '404' | '500' | 'reset' | 'timeout';
const BEHAVIOURS: Behaviour[] = ['404', '500', 'reset', 'timeout'];

async function deadTarget(behaviour: Behaviour): Promise<{ url: string; requests: () => number }> {
  if (behaviour === '404' || behaviour === '500') {
    const s = await server(failing(Number(behaviour)));
    return { url: s.url, requests: () => s.received.length };
  }
  if (behaviour === 'reset') {
    const s = await startResettingServer();
    closers.push(s.close);
    return s;
  }
  const s = await startHangingServer();
  closers.push(s.close);
  return { url: s.url, requests: s.connections };
}

/** Ways of configuring thresholds: none at all, a latency only, the loosest error rate only, per endpoint only, an environment block only. */
const CONFIGS: Record<string, { args: string[]; files?: Record<string, string> }> = {
  'no thresholds': { args: [] },
  'latency only (--p95)': { args: ['--p95', '250ms'] },
  'error rate only, and allowing 100%': { args: ['--error-rate', '100%'] },
  'per-endpoint thresholds only': {
    args: ['--config', 'perf.yml'],
    files: { 'perf.yml': 'load_test:\n  endpoints:\n    - path: /api/users\n      thresholds:\n        latency: {p95: 1s}\n    - path: /api/orders\n      thresholds:\n        latency: {p99: 2s}\n' },
  },
  'an environment block only': {
    args: ['--config', 'perf.yml', '--environment', 'production'],
    files: { 'perf.yml': 'environments:\n  production:\n    thresholds:\n      latency:\n        p95: 200ms\n' },
  },
};

const ROWS = BEHAVIOURS.flatMap((behaviour) => Object.keys(CONFIGS).map((config) => [behaviour, config] as const));

describe('every request failed: never a pass, whatever is configured', () => {
  test.each(ROWS)('every request %s, %s → fail, exit 1', async (behaviour, config) => {
    const target = await deadTarget(behaviour);
    const { args, files } = CONFIGS[config];
    const r = await gate(['run', '--target', target.url, '--concurrency', '4', '--duration', '600ms', '--timeout', '250ms', ...args], { files });
    expect(target.requests()).toBeGreaterThan(0);
    expect({ code: r.code, verdict: r.report?.verdict }).toEqual({ code: 1, verdict: 'fail' });
    expect(r.report!.reasons[0]).toMatch(/^every one of the [\d,]+ measured requests failed \(/);
    expect(r.report!.violations[0]).toMatchObject({ metric: 'error_rate', actual: 100 });
  }, 30_000);

  test('a throughput minimum with no completions at all fails, it is not met by default', async () => {
    const target = await deadTarget('timeout');
    const r = await gate(['run', '--target', target.url, '--concurrency', '2', '--duration', '500ms', '--timeout', '200ms', '--throughput', '1 req/sec']);
    expect(r.code).toBe(1);
    // Timed-out requests are not throughput: the minimum counts answered, successful requests.
    expect(r.report!.checks.find((c) => c.metric === 'throughput')).toMatchObject({ passed: false, actual: 0 });
  }, 30_000);
});

describe('no data is never a pass', () => {
  test('a run that measured no requests at all is inconclusive, exit 3', async () => {
    const s = await server((_req, res) => res.end('ok'));
    // One arrival every two seconds for one second: the only one falls in the warm-up.
    const r = await gate(['run', '--target', s.url, '--rate', '0.5', '--duration', '1s', '--warmup', '500ms']);
    expect(r.report!.overall.requests).toBe(0);
    expect({ code: r.code, verdict: r.report!.verdict }).toEqual({ code: 3, verdict: 'inconclusive' });
    expect(r.report!.reasons.join('\n')).toMatch(/too few requests completed to judge: 0 measured/);
  }, 30_000);

  test('an endpoint with thresholds of its own that got no requests is not judged a pass', async () => {
    const s = await server((_req, res) => res.end('ok'));
    const files = { 'perf.yml': 'load_test:\n  endpoints:\n    - path: /busy\n      weight: 1\n    - path: /never\n      weight: 0\n      thresholds:\n        latency: {p95: 1s}\n' };
    const r = await gate(['run', '--target', s.url, '--concurrency', '4', '--duration', '800ms', '--config', 'perf.yml'], { files });
    expect(s.received.some((line) => line.endsWith('/never'))).toBe(false);
    expect(r.report!.checks.find((c) => c.endpoint === 'GET /never')).toMatchObject({ passed: false, noData: true });
    expect({ code: r.code, verdict: r.report!.verdict }).toEqual({ code: 3, verdict: 'inconclusive' });
    expect(r.report!.reasons.join('\n')).toContain('GET /never: P95 latency could not be judged against 1s: no measured requests');
  }, 30_000);
});

describe('one threshold never switches the error check off', () => {
  test('--p95 alone, against a service whose every other answer is a 500: the default error ceiling fails it', async () => {
    let n = 0;
    const s = await server((_req, res) => {
      res.writeHead(n++ % 2 === 0 ? 200 : 500);
      res.end();
    });
    const r = await gate(['run', '--target', s.url, '--concurrency', '4', '--duration', '800ms', '--p95', '250ms']);
    expect(r.code).toBe(1);
    expect(r.report!.checks.find((c) => c.metric === 'error_rate')).toMatchObject({ threshold: 0.5, passed: false, source: { kind: 'default' } });
  }, 30_000);
});

describe('headers from every layer reach the service', () => {
  test('config file, environment block, LOADTEST_HEADERS and --header merge by name, the later layer winning', async () => {
    const s = await server((_req, res) => res.end('ok'));
    const files = {
      'perf.yml': 'load_test:\n  headers:\n    Authorization: Bearer ${API_TOKEN}\n    X-Layer: file\nenvironments:\n  production:\n    load_test:\n      headers:\n        X-Env-Block: yes\n',
    };
    const r = await gate(['run', '--target', s.url, '--concurrency', '2', '--duration', '500ms', '--config', 'perf.yml', '--environment', 'production', '--header', 'X-Flag: 1', '--header', 'x-layer: flag'], {
      files,
      env: { API_TOKEN: 'tok-0123456789', LOADTEST_HEADERS: 'X-Variable: 2' },
    });
    expect(r.code).toBe(0);
    expect(s.headers.length).toBeGreaterThan(0);
    for (const h of s.headers) {
      expect(h).toMatchObject({ authorization: 'Bearer tok-0123456789', 'x-env-block': 'yes', 'x-variable': '2', 'x-flag': '1', 'x-layer': 'flag' });
    }
    expect(r.out).not.toContain('tok-0123456789');
  }, 30_000);
});

describe('credentials in the target URL', () => {
  test('reach the service as Basic authorization, and never the output', async () => {
    const s = await server((_req, res) => res.end('ok'));
    const r = await gate(['run', '--target', s.url.replace('http://', 'http://ops:pa55-w0rd-x@'), '--concurrency', '2', '--duration', '500ms'], { quiet: false });
    expect(r.code).toBe(0);
    expect(s.headers.length).toBeGreaterThan(0);
    for (const h of s.headers) expect(h.authorization).toBe(`Basic ${Buffer.from('ops:pa55-w0rd-x').toString('base64')}`);
    expect(r.out).not.toContain('pa55-w0rd-x');
    expect(r.out).not.toContain(Buffer.from('ops:pa55-w0rd-x').toString('base64'));
    expect(JSON.stringify(r.report)).not.toContain('pa55-w0rd-x');
  }, 30_000);
});

describe('baselines: "none yet" is a notice, "cannot be read" stops the run before any load', () => {
  test('a named baseline file that does not exist: exit 2, nothing sent', async () => {
    const s = await server((_req, res) => res.end('ok'));
    const r = await gate(['run', '--target', s.url, '--concurrency', '2', '--duration', '500ms', '--baseline', '/nonexistent/results.json']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('/nonexistent/results.json');
    expect(s.received).toEqual([]);
  }, 30_000);

  test('a corrupt baseline file: exit 2, nothing sent', async () => {
    const s = await server((_req, res) => res.end('ok'));
    const r = await gate(['run', '--target', s.url, '--concurrency', '2', '--duration', '500ms', '--baseline', 'base.json'], { files: { 'base.json': '{"schemaVersion": 1, "overall": ' } });
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/base\.json/);
    expect(s.received).toEqual([]);
  }, 30_000);

  test('an artifact baseline the token may not read (403): exit 2 naming actions: read, nothing sent', async () => {
    const s = await server((_req, res) => res.end('ok'));
    const api = await server(failing(403));
    const env = { GITHUB_TOKEN: 'ghs_invariantToken0123456789', GITHUB_REPOSITORY: 'acme/shop', GITHUB_API_URL: api.url };
    const r = await gate(['run', '--target', s.url, '--concurrency', '2', '--duration', '500ms', '--baseline', 'artifact'], { env });
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/actions: read|contents: read/);
    expect(api.received.length).toBeGreaterThan(0);
    expect(api.received.every((line) => line.startsWith('GET /repos/acme/shop'))).toBe(true);
    expect(s.received).toEqual([]);
  }, 30_000);

  test('an artifact baseline that does not exist yet (first run on main): the run goes on, says so, and passes', async () => {
    const s = await server((_req, res) => res.end('ok'));
    const api = await server((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(req.url!.includes('/actions/artifacts') ? { total_count: 0, artifacts: [] } : { default_branch: 'main' }));
    });
    const env = { GITHUB_TOKEN: 'ghs_invariantToken0123456789', GITHUB_REPOSITORY: 'acme/shop', GITHUB_API_URL: api.url };
    const r = await gate(['run', '--target', s.url, '--concurrency', '2', '--duration', '800ms', '--baseline', 'artifact'], { env });
    expect(r.code).toBe(0);
    expect(r.report!.regression).toMatchObject({ status: 'no-baseline' });
    expect(s.received.length).toBeGreaterThan(0);
  }, 30_000);
});

describe('a target that is late, then up', () => {
  test('a service that starts listening 1.5s after the run starts is waited for, and passes', async () => {
    const port = await freePort();
    const listener = createHttpServer((_req, res) => res.end('ok'));
    const timer = setTimeout(() => listener.listen({ port, host: '127.0.0.1' }), 1500);
    closers.push(async () => {
      clearTimeout(timer);
      if (listener.listening) await new Promise<void>((resolve) => (listener.closeAllConnections(), listener.close(() => resolve())));
    });
    const r = await gate(['run', '--target', `http://127.0.0.1:${port}`, '--concurrency', '2', '--duration', '800ms', '--wait-for-ready', '10s'], { quiet: false });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/[Ww]aiting up to 10s/);
  }, 30_000);

  test('with --wait-for-ready 0 the same late service fails at once, exit 4, saying what was tried', async () => {
    const port = await freePort();
    const r = await gate(['run', '--target', `http://127.0.0.1:${port}`, '--concurrency', '2', '--duration', '800ms', '--wait-for-ready', '0']);
    expect(r.code).toBe(4);
    expect(r.out).toMatch(/ECONNREFUSED|refused/);
  }, 30_000);
});


describe('a busy generator is not a distorted measurement', () => {
  // nginx, not a Node server: on a loaded 2-core machine a Node target at 5,000 req/s is itself
  // slow, and then a fail is the target's, honestly, not the generator's.
  let fast: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    fast = await startNginx();
  });
  afterAll(async () => {
    await fast.close();
  });

  test.each([
    ['the open model at 100 req/s', ['--rate', '100']],
    ['the open model at 1,000 req/s', ['--rate', '1000']],
    ['the open model at 5,000 req/s', ['--rate', '5000', '--max-in-flight', '2000']],
    ['the closed model at full speed', ['--concurrency', '50']],
  ])('%s against a fast server, SLOs far from the measured values: pass', async (_, load) => {
    const r = await gate(['run', '--target', fast.url, ...load, '--duration', '2s', '--p95', '1s', '--p99', '2s', '--error-rate', '1%']);
    expect({ code: r.code, verdict: r.report!.verdict, reasons: r.report!.reasons }).toEqual({ code: 0, verdict: 'pass', reasons: [expect.stringMatching(/^all \d+ SLO checks met/)] });
    expect(r.report!.generator.delayNote).toMatch(/: decided$/);
  }, 60_000);

  test.each([
    ['the open model at 1,000 req/s', ['--rate', '1000']],
    ['the closed model at full speed', ['--concurrency', '50']],
  ])('%s with a p95 limit below the measured value: never a pass, and an inconclusive names the generator\'s delay', async (_, load) => {
    const r = await gate(['run', '--target', fast.url, ...load, '--duration', '2s', '--p95', '0.05ms']);
    expect(r.report!.verdict).not.toBe('pass');
    if (r.report!.verdict === 'inconclusive') expect(r.report!.reasons.join('\n')).toMatch(/the generator's own delay could explain it/);
    else expect(r.code).toBe(1);
  }, 60_000);
});

describe('property: for any configuration, "every request failed" never yields pass', () => {
  const thresholdArb = fc.record(
    {
      p50: fc.integer({ min: 1, max: 60_000 }),
      p95: fc.integer({ min: 1, max: 60_000 }),
      p99: fc.integer({ min: 1, max: 60_000 }),
      error_rate: fc.double({ min: 0, max: 100, noNaN: true }),
      throughput: fc.double({ min: 0.001, max: 100, noNaN: true }),
    },
    { requiredKeys: [] },
  );
  const flagsOf = (t: Partial<Record<string, number>>) => {
    const flags: Record<string, string> = {};
    // Percentile limits in order (a lower percentile never slower), as a valid config must have them.
    const keys = (['p50', 'p95', 'p99'] as const).filter((k) => t[k] !== undefined);
    const limits = keys.map((k) => t[k]!).sort((a, b) => a - b);
    keys.forEach((key, i) => (flags[`--${key}`] = `${limits[i]}ms`));
    if (t.error_rate !== undefined) flags["--error-rate"] = `${t.error_rate.toFixed(3)}%`;
    if (t.throughput !== undefined) flags["--throughput"] = `${t.throughput.toFixed(3)} req/sec`;
    return flags;
  };

  // Everything else the judge weighs, drawn at random too: how the run stopped, what the generator
  // did, how many requests, how many endpoints. None of it may turn "every request failed" into a pass.
  const runArb = fc.record({
    stoppedBy: fc.constantFrom('completed' as const, 'interrupted' as const, 'aborted' as const),
    shortfall: fc.boolean(),
    saturated: fc.boolean(),
    delayMs: fc.double({ min: 0, max: 5000, noNaN: true }),
    delayedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    endpoints: fc.integer({ min: 1, max: 4 }),
    endpointP95: fc.option(fc.integer({ min: 1, max: 60_000 }), { nil: undefined }),
    unanswered: fc.integer({ min: 0, max: 50 }),
  });

  test('random thresholds, random failures, random volumes, random runs', () => {
    fc.assert(
      fc.property(thresholdArb, runArb, fc.integer({ min: 1, max: 50_000 }), fc.constantFrom(404, 500, 502, 503, 0), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 100_000 }), (t, run, requests, status, minRequests, latencyUs) => {
        const endpointList = Array.from({ length: run.endpoints }, (_, i) => `{path: /e${i}${run.endpointP95 !== undefined && i === 0 ? `, thresholds: {latency: {p95: ${run.endpointP95}ms}}` : ''}}`);
        const plan = planFrom({ flags: { '--target': 'http://127.0.0.1:9', '--min-requests': String(minRequests), '--endpoints': `[${endpointList.join(', ')}]`, ...flagsOf(t) } });
        const ms = latencyUs / 1000;
        const failed = (name: string, n: number) => ({
          ...emptyMetrics(name),
          requests: n,
          errors: n,
          errorRatePercent: 100,
          throughputRps: n / 10,
          latencyMs: { ...emptyMetrics(name).latencyMs, p50: ms, p90: ms, p95: ms, p99: ms, p999: ms },
          statusCodes: status ? { [String(status)]: n } : {},
          errorCodes: status ? {} : { reset: n },
        });
        const share = Math.floor(requests / run.endpoints);
        const endpoints = plan.endpoints.map((e, i) => failed(e.name, i === 0 ? requests - share * (run.endpoints - 1) : share));
        const overall = failed('overall', requests);
        const checks = evaluateChecks(overall, plan.thresholds, plan.endpoints.map((e, i) => ({ metrics: endpoints[i], thresholds: e.thresholds })));
        const verdict = judge({
          checks,
          measuredRequests: requests,
          minRequests,
          allFailed: everyRequestFailed(overall, endpoints),
          evidenceFor: () => ({ n: requests, k: requests }),
          countAboveMs: () => 0,
          generator: {
            shortfall: run.shortfall ? ['dropped'] : [],
            addedDelayMs: uniformDelay(run.delayMs),
            delayShares: [[0, run.delayedShare], [run.delayMs, 0]],
            saturated: run.saturated ? 'saturated' : null,
            notes: [],
          },
          stoppedBy: run.stoppedBy,
          abortReason: run.stoppedBy === 'aborted' ? 'Error rate can no longer meet its limit' : null,
          unanswered: run.unanswered,
          coverage: '',
        }).verdict;
        return verdict === 'fail';
      }),
      { numRuns: 400, seed: 20261201 },
    );
  });
});
