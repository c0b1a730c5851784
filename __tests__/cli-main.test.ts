// The CLI's main() in-process, with its I/O captured: the effective plan, live progress, the summary.

import { expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
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
