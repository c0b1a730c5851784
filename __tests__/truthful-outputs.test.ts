// Outputs and console lines that tell the truth: every failed comparison is a violation with its
// kind, the CLI's plan names the flag that set the canary and an environment chosen by default, and
// a failed rollback is the CLI's last word. Real runs against servers on 127.0.0.1.

import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoadTest } from '../src/app/run.js';
import { main } from '../src/cli/main.js';
import { outputViolations } from '../src/github/outputs.js';
import type { RunReport } from '../src/report/model.js';
import { closeAfterEach } from './helpers/closers.js';
import { planFrom } from './helpers/plan.js';
import { failing, ok, slow } from './helpers/servers.js';

const { server } = closeAfterEach();

/** cli runs main() in-process and returns its exit code, stdout lines and stderr lines. */
async function cli(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const output = join(mkdtempSync(join(tmpdir(), 'loadtest-truth-')), 'report');
  const code = await main([...argv, '--output', output], { out: (t) => out.push(t), err: (t) => err.push(t), progress: () => undefined, env, signal: new AbortController().signal, progressEverySeconds: 1, readLimits: () => null });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('violations', () => {
  test('a canary that breaks a cap: kind canary, the cap as threshold, the rule as criterion, production as reference', async () => {
    const [canary, production] = [await server(slow(14)), await server(slow(2))];
    const plan = planFrom({ flags: { '--target': canary.url, '--production-url': production.url, '--concurrency': '6', '--duration': '1.5s', '--p95': '1s', '--criteria': '{p50: ["<=+10%", "<8ms"]}', '--output': 'test-output/truth' } }, 'canary');
    const report = await runLoadTest(plan, { sleep: async () => undefined });
    expect(report.verdict).toBe('fail');
    const overall = outputViolations(report).find((v) => v.endpoint === null)!;
    expect(overall).toEqual({ kind: 'canary', metric: 'p50', endpoint: null, actual: report.comparison!.results.find((r) => r.scope === null)!.canary, threshold: 8, message: expect.stringMatching(/^p50: canary [\d.]+ms breaks the cap <8ms$/), criterion: '<=+10% and <8ms', reference: expect.any(Number) });
    expect(outputViolations(report).every((v) => v.kind === 'canary')).toBe(true);
  });

  test('a regression that fails the gate is a violation; one that only reports (fail-on-regression off) is not', () => {
    const row = { scope: 'GET /api/users', metric: 'p95', baseline: 40, current: 52.5, changePercent: 31.25, difference: 12.5, low: 10, high: 15, nBaseline: 900, nCurrent: 900, rule: '<=+10%', verdict: 'fail', reason: 'GET /api/users: p95: this run 52.5ms vs the baseline 40ms, more than the allowed <=+10% (+4ms)' };
    const slo = { metric: 'error_rate', endpoint: null, actual: 2, threshold: 1, message: 'Error rate 2% exceeds threshold 1%' };
    const report = (failOnRegression: boolean) => ({ violations: [slo], comparison: null, regression: { status: 'compared', verdict: 'fail', failOnRegression, rows: [row, { ...row, scope: null, verdict: 'pass' }] } }) as unknown as RunReport;
    expect(outputViolations(report(true))).toEqual([
      { kind: 'slo', ...slo },
      { kind: 'regression', metric: 'p95', endpoint: 'GET /api/users', actual: 52.5, threshold: 44, message: row.reason, criterion: '<=+10%', reference: 40 },
    ]);
    expect(outputViolations(report(false))).toEqual([{ kind: 'slo', ...slo }]);
  });
});

describe('the CLI plan and its last word', () => {
  const STAGING = 'thresholds:\n  error_rate: 5%\nenvironments:\n  staging:\n    thresholds: {error_rate: 3%}\n  production:\n    thresholds: {error_rate: 1%}\n';

  test('an environment chosen by default is a line of the plan; one chosen by flag or variable is not', async () => {
    const target = await server(ok);
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-truth-config-'));
    const config = join(dir, 'perf.yml');
    writeFileSync(config, STAGING);
    const base = ['run', '--target', target.url, '--config', config, '--duration', '0.3s', '--min-requests', '1'];
    const byDefault = await cli(base);
    expect(byDefault.out.split('\n')).toContain(`  notice: environment 'staging' chosen by default (${config} defines it and none was given): its thresholds and settings apply; pass --environment NAME to choose another`);
    expect(byDefault.out).toContain(`  environment  staging  (config ${config})`);
    expect((await cli([...base, '--environment', 'staging'])).out).not.toContain('chosen by default');
    expect((await cli(base, { ENVIRONMENT: 'staging' })).out).not.toContain('chosen by default');
    // Without a staging block nothing is chosen, and nothing is said.
    writeFileSync(config, 'thresholds:\n  error_rate: 5%\n');
    expect((await cli(base)).out).not.toContain('chosen by default');
  });

  test('the canary plan names --canary-url as the source of the canary, and its mistakes too', async () => {
    const [canary, production] = [await server(ok), await server(ok)];
    const r = await cli(['canary', '--canary-url', canary.url, '--production-url', production.url, '--duration', '0.3s', '--min-requests', '1']);
    expect(r.out.split('\n')).toContain(`  target       ${canary.url}/  (--canary-url)`);
    const wrong = await cli(['canary', '--canary-url', 'ftp://canary', '--production-url', production.url]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/^error: --canary-url: /);
  });

  test('a rollback that fails is said on stderr at the end, and the exit code is not a pass', async () => {
    const [target, receiver] = [await server(failing(503)), await server(failing(500))];
    const r = await cli(['run', '--target', target.url, '--duration', '0.5s', '--concurrency', '2', '--auto-rollback-on-loadfail', '--rollback', 'webhook', '--rollback-url', `${receiver.url}/rollback`]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`🚨 AUTO-ROLLBACK FAILED (webhook): HTTP 500`);
    expect(r.err.split('\n').at(-1)).toBe('error: AUTO-ROLLBACK FAILED (webhook): HTTP 500. The rollback did not complete: check the deployment and its traffic by hand.');
    expect(receiver.received).toEqual(['POST /rollback']);
  });
});
