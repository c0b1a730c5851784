// The CLI's main() in-process, with its I/O captured: the effective plan, live progress, the summary.

import { expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { slow, startServer } from './helpers/servers.js';

test('prints the effective plan with sources, a progress line each second, then the summary', async () => {
  const s = await startServer(slow(5));
  const out: string[] = [];
  const progress: string[] = [];
  try {
    const code = await main(['run', '--target', s.url, '--concurrency', '4', '--duration', '3.2s', '--p95', '1s', '--output', join(mkdtempSync(join(tmpdir(), 'loadtest-main-')), 'r')], {
      out: (t) => out.push(t),
      err: (t) => out.push(`ERR ${t}`),
      progress: (t) => progress.push(t),
      env: { LOADTEST_ERROR_RATE: '2%' },
      signal: new AbortController().signal,
      progressEverySeconds: 1,
      readLimits: () => null,
    });
    expect(code).toBe(0);
  } finally {
    await s.close();
  }
  const plan = out[0].split('\n');
  expect(plan[0]).toBe('Plan');
  expect(plan).toContain(`  target       ${s.url}/  (--target)`);
  expect(plan).toContain('  load         4 virtual users, sustained, 3.2s  (--concurrency)');
  expect(plan).toContain('  thresholds   P95 latency ≤ 1s  (--p95)');
  expect(plan).toContain('               Error rate ≤ 2%  (LOADTEST_ERROR_RATE)');
  expect(progress.length).toBeGreaterThanOrEqual(2);
  expect(progress.length).toBeLessThanOrEqual(3);
  for (const line of progress) expect(line).toMatch(/^\[00:0\d\/00:03\] 4 users · [\d,]+ req\/s · p95 [\d.]+ms · errors 0\/s \(0%\)$/);
  expect(out.join('\n')).toContain('✅ PASSED');
});

test('report refuses a missing, broken or foreign results.json with the file and what is wrong (exit 2), writing nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-main-report-'));
  writeFileSync(join(dir, 'broken.json'), '{"schemaVersion": 1,');
  writeFileSync(join(dir, 'foreign.json'), JSON.stringify({ stats: [] }));
  writeFileSync(join(dir, 'future.json'), JSON.stringify({ schemaVersion: 9, mode: 'run' }));
  const render = async (...argv: string[]) => {
    const err: string[] = [];
    const code = await main(['report', ...argv, '--html', join(dir, 'out.html')], { out: () => undefined, err: (t) => err.push(t), progress: () => undefined, env: {}, signal: new AbortController().signal, progressEverySeconds: 1, readLimits: () => null });
    return { code, err: err.join('\n') };
  };
  expect(await render(join(dir, 'absent.json'))).toEqual({ code: 2, err: `error: ${join(dir, 'absent.json')}: no such file` });
  expect((await render(join(dir, 'broken.json'))).err).toContain(`${join(dir, 'broken.json')}: not valid JSON`);
  expect((await render(join(dir, 'foreign.json'))).err).toBe(`error: ${join(dir, 'foreign.json')}: not a loadtest-action results.json`);
  expect((await render(join(dir, 'future.json'))).err).toContain('results.json schema version 9 is not one this version reads (1, 2, 3)');
  expect((await render()).code).toBe(2);
  expect(existsSync(join(dir, 'out.html'))).toBe(false);
});

test('demo flow: users log in with the rows of a data file, browse by random ID and check out with their token', async () => {
  const out: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-main-'));
  const code = await main(['demo', 'flow', '--duration', '3s', '--demo-error-rate', '0', '--output', join(dir, 'r')], {
    out: (t) => out.push(t),
    err: (t) => out.push(`ERR ${t}`),
    progress: () => undefined,
    env: {},
    signal: new AbortController().signal,
    progressEverySeconds: 10,
    readLimits: () => null,
  });
  const text = out.join('\n');
  expect(code).toBe(0);
  expect(text).toContain('  flows        on_start: login · browse 66.7% (product) · buy 33.3% (product → checkout)');
  const results = JSON.parse(readFileSync(join(dir, 'r', 'results.json'), 'utf8'));
  const [login, browse, product, checkout] = results.endpoints;
  expect(results.endpoints.map((e: { name: string }) => e.name)).toEqual(['on_start › login', 'browse › product', 'buy › product', 'buy › checkout']);
  // Every checkout carried a token the shop issued (a 401 would be an error), and its checks passed.
  expect(checkout.requests).toBeGreaterThan(20);
  expect(results.overall.errors).toBe(0);
  expect(checkout.checks).toEqual([{ name: '$.order exists', passed: checkout.requests, failed: 0 }]);
  expect(browse.checks[0].passed).toBe(browse.requests);
  // Each checkout follows its product; the warm-up's end and the run's end can split a pair (one per user at each).
  expect(Math.abs(product.requests - checkout.requests)).toBeLessThanOrEqual(10);
  // Ten users logged in once each, in the warm-up: measured or not, never more than that.
  expect(login.requests + results.warmup.requests).toBeGreaterThanOrEqual(10);
  expect(text).toMatch(/\nCheck pass rate +all +≥ 99% +100%.*✅ pass\n/);
}, 30_000);
