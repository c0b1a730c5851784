// report.junit.xml: the gate as a JUnit report, written with every run: a test case per SLO check,
// per canary comparison and per baseline comparison, and one for the verdict, from real runs
// against local servers: a pass, a failure, and a target that cannot be reached.

import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { runLoadTest } from '../src/app/run.js';
import { renderJunit } from '../src/report/junit.js';
import { planFrom } from './helpers/plan.js';
import { failing, ok, refusedUrl, startServer } from './helpers/servers.js';

/** wellFormed: every tag closed in order, and attributes quoted (what a JUnit reader's XML parser needs). */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.replace(/^<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-z]+)((?:\s+[a-z]+="[^"<]*")*)\s*(\/?)>/g)) {
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) stack.push(m[2]);
  }
  const stripped = xml.replace(/^<\?xml[^>]*\?>/, '').replace(/<\/?[a-z]+(?:\s+[a-z]+="[^"<]*")*\s*\/?>/g, '');
  return stack.length === 0 && !/[<>]/.test(stripped);
}

const cases = (xml: string) => [...xml.matchAll(/<testcase name="([^"]*)" classname="([^"]*)"(\/?)>(?:\s*<(failure|error|skipped)[^>]*message="([^"]*)")?/g)].map((m) => ({ name: m[1], classname: m[2], outcome: m[3] ? 'pass' : m[4], message: m[5] ?? '' }));

describe('report.junit.xml', () => {
  test('a passing run: every check a passing case; a failing run: the broken SLOs as failures with their reasons; counts agree', async () => {
    const [good, bad] = await Promise.all([startServer(ok), startServer(failing(500))]);
    try {
      const flags = { '--duration': '1s', '--min-requests': '1', '--p95': '500ms' };
      const pass = renderJunit(await runLoadTest(planFrom({ flags: { ...flags, '--target': good.url } })));
      expect(wellFormed(pass)).toBe(true);
      expect(cases(pass).every((c) => c.outcome === 'pass')).toBe(true);
      expect(cases(pass).map((c) => c.name)).toEqual(['verdict', 'P95 latency ≤ 500ms', 'Error rate ≤ 0.5%']);
      expect(pass).toMatch(/<testsuites name="loadtest-action" tests="3" failures="0" errors="0" skipped="0">/);
      const fail = renderJunit(await runLoadTest(planFrom({ flags: { ...flags, '--target': bad.url } })));
      expect(wellFormed(fail)).toBe(true);
      const failed = cases(fail).filter((c) => c.outcome === 'failure');
      expect(failed.map((c) => c.name)).toEqual(expect.arrayContaining(['verdict', 'Error rate ≤ 0.5%']));
      expect(failed.find((c) => c.name === 'Error rate ≤ 0.5%')!.message).toMatch(/Error rate 100% exceeds threshold 0.5%/);
      expect(fail).toMatch(new RegExp(`failures="${failed.length}"`));
    } finally {
      await Promise.all([good.close(), bad.close()]);
    }
  });

  test('written with every run by the CLI; an unreachable target is a failing verdict case, not an empty report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-junit-'));
    const err: string[] = [];
    const code = await main(['run', '--target', await refusedUrl(), '--output', dir, '--deployment-report', join(dir, 'd.md')], { out: () => undefined, err: (t) => err.push(t), progress: () => undefined, env: {}, signal: new AbortController().signal, progressEverySeconds: 10, readLimits: () => null });
    expect(code).toBe(4);
    const xml = readFileSync(join(dir, 'report.junit.xml'), 'utf8');
    expect(wellFormed(xml)).toBe(true);
    expect(cases(xml)[0]).toMatchObject({ name: 'verdict', outcome: 'failure', message: expect.stringMatching(/connect|refused|reach/i) });
  });
});
