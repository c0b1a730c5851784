// Progressive rollout: the rules with injected stages and hooks, then for real through the demo's
// weighted router on 127.0.0.1, with webhook and command hooks.

import { describe, expect, test } from '@jest/globals';
import { type RolloutDeps, runRollout, standardDeps } from '../src/app/rollout.js';
import { NOT_TRIGGERED } from '../src/app/rollback.js';
import { startRouter } from '../src/demo/router.js';
import type { Hook, HookResult } from '../src/integrations/hooks.js';
import { runHook } from '../src/integrations/hooks.js';
import { repositoryDispatch, workflowDispatch } from '../src/github/dispatch.js';
import type { RunReport } from '../src/report/model.js';
import { configErrors, planFrom } from './helpers/plan.js';
import { failing, ok, startServer } from './helpers/servers.js';
import { closeAfterEach } from './helpers/closers.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderRolloutConsole } from '../src/report/rollout.js';
import { renderPlan } from '../src/report/console.js';

const { closers, server } = closeAfterEach();

/** rolloutPlan: three short stages against `target`, auto-rollback on, the error rate judged. */
const rolloutPlan = (target: string, flags: Record<string, string>) =>
  planFrom({ flags: { '--target': target, '--stages': '[{name: one, percentage: 5, duration: 1s}, {name: two, percentage: 25, duration: 1s}, {name: three, percentage: 100, duration: 1s}]', '--auto-rollback-on-loadfail': true, '--error-rate': '12%', '--concurrency': '4', '--min-requests': '20', '--output': 'test-output/rollout', ...flags } }, 'rollout');
const realDeps = (plan: ReturnType<typeof planFrom>) => standardDeps(plan, { context: { github: null, runUrl: null, defaultRef: null }, executors: { repositoryDispatch, workflowDispatch, hook: runHook } });

const STAGES = '[{name: one, percentage: 5, duration: 2s}, {name: two, percentage: 25, duration: 2s}, {name: three, percentage: 100, duration: 2s}]';
const basePlan = (flags: Record<string, string | boolean> = {}) => planFrom({ flags: { '--target': 'http://127.0.0.1:9', '--stages': STAGES, '--shift': 'set-weight {percentage}', ...flags } }, 'rollout');

/** fakeDeps records every call; stage verdicts and hook outcomes are scripted. */
function fakeDeps(verdicts: Array<RunReport['verdict']>, failingHooks: string[] = []) {
  const calls: string[] = [];
  const deps: RolloutDeps = {
    runStage: async (plan, stage, index) => {
      calls.push(`test ${stage.name} ${plan.load.durationMs}ms`);
      return { verdict: verdicts[index], reasons: [`verdict ${verdicts[index]}`], status: 'completed', overall: { requests: 10, latencyMs: { p95: 1 }, errorRatePercent: 0 } } as unknown as RunReport;
    },
    hook: async (name: string, hook: Hook, values: Record<string, string | number>): Promise<HookResult> => {
      calls.push(`${name} ${JSON.stringify(values)}`);
      const ok = !failingHooks.includes(name);
      return { name, what: hook.kind === 'command' ? hook.command : hook.url, ok, detail: ok ? 'exit code 0' : 'exit code 1\nboom', durationMs: 1 };
    },
    rollBack: async (_run, stage) => {
      calls.push(`rollback method at ${stage}`);
      return { triggered: true, method: 'webhook', ok: true, detail: 'HTTP 200' };
    },
  };
  return { deps, calls };
}

describe('the rules of a rollout', () => {
  test('every stage passes: traffic shifted before each, then the on-promote hook', async () => {
    const plan = basePlan({ '--on-promote': 'promote.sh', '--post-stage': 'notify.sh' });
    const { deps, calls } = fakeDeps(['pass', 'pass', 'pass']);
    const report = await runRollout(plan, deps);
    expect(report).toMatchObject({ verdict: 'pass', status: 'promoted', haltedAt: null, exitCode: 0, rollback: NOT_TRIGGERED });
    expect(calls).toEqual([
      'shift traffic {"stage":"one","percentage":5}',
      'test one 2000ms',
      'post-stage {"stage":"one","percentage":5,"verdict":"pass"}',
      'shift traffic {"stage":"two","percentage":25}',
      'test two 2000ms',
      'post-stage {"stage":"two","percentage":25,"verdict":"pass"}',
      'shift traffic {"stage":"three","percentage":100}',
      'test three 2000ms',
      'post-stage {"stage":"three","percentage":100,"verdict":"pass"}',
      'on-promote {"stages":3}',
    ]);
    expect(report.reasons).toEqual(['every stage passed: 5% → 25% → 100%']);
  });

  test('the first stage that does not pass halts the rollout and rolls back: traffic back to 0%, the on-rollback hook, then the method', async () => {
    const plan = basePlan({ '--auto-rollback-on-loadfail': true, '--rollback': 'webhook', '--rollback-url': 'http://127.0.0.1:9/rb', '--on-rollback': 'undo.sh' });
    const { deps, calls } = fakeDeps(['pass', 'fail', 'pass']);
    const report = await runRollout(plan, deps);
    expect(report).toMatchObject({ verdict: 'fail', status: 'halted', haltedAt: 'two', exitCode: 1 });
    expect(report.stages.map((s) => s.verdict)).toEqual(['pass', 'fail', 'skipped']);
    expect(calls.slice(-3)).toEqual(['shift traffic back {"stage":"rollback","percentage":0}', 'on-rollback {"stage":"two","reason":"stage 2 (two) did not pass: verdict fail"}', 'rollback method at two']);
    expect(report.rollback).toEqual({ triggered: true, method: 'webhook', ok: true, detail: 'traffic shifted back to 0% (set-weight {percentage}): exit code 0; on-rollback hook ran (undo.sh): exit code 0; HTTP 200' });
    expect(report.hooks.map((h) => h.name)).toEqual(['shift traffic back', 'on-rollback']);
  });

  test('a shift back to 0% that fails is a failed rollback, and the on-rollback hook and the method still run', async () => {
    const plan = basePlan({ '--auto-rollback-on-loadfail': true, '--rollback': 'webhook', '--rollback-url': 'http://127.0.0.1:9/rb', '--on-rollback': 'undo.sh' });
    const { deps, calls } = fakeDeps(['fail'], ['shift traffic back']);
    const report = await runRollout(plan, deps);
    expect(calls).toEqual(['shift traffic {"stage":"one","percentage":5}', 'test one 2000ms', 'shift traffic back {"stage":"rollback","percentage":0}', 'on-rollback {"stage":"one","reason":"stage 1 (one) did not pass: verdict fail"}', 'rollback method at one']);
    expect(report.rollback).toEqual({ triggered: true, method: 'webhook', ok: false, detail: 'traffic NOT shifted back to 0%, the shift FAILED (set-weight {percentage}): exit code 1; on-rollback hook ran (undo.sh): exit code 0; HTTP 200' });
  });

  test('without a shift hook nothing moved the traffic, so only the on-rollback hook runs', async () => {
    const plan = planFrom({ flags: { '--target': 'http://127.0.0.1:9', '--stages': STAGES, '--auto-rollback-on-loadfail': true, '--on-rollback': 'undo.sh' } }, 'rollout');
    const { deps, calls } = fakeDeps(['fail']);
    const report = await runRollout(plan, deps);
    expect(calls).toEqual(['test one 2000ms', 'on-rollback {"stage":"one","reason":"stage 1 (one) did not pass: verdict fail"}']);
    expect(report.rollback).toEqual({ triggered: true, method: null, ok: true, detail: 'on-rollback hook ran (undo.sh): exit code 0' });
  });

  test('an inconclusive stage halts too: a rollout moves on only on a pass', async () => {
    const { deps } = fakeDeps(['pass', 'inconclusive', 'pass']);
    const report = await runRollout(basePlan(), deps);
    expect(report).toMatchObject({ verdict: 'inconclusive', status: 'halted', haltedAt: 'two', exitCode: 3 });
    expect(report.reasons).toEqual(['stage 2 (two) did not pass: verdict inconclusive', 'not rolled back: --auto-rollback-on-loadfail is off; traffic was left at 25% (two)']);
  });

  test('a failing shift hook stops the rollout before its load test, with the hook\'s output', async () => {
    const { deps, calls } = fakeDeps(['pass', 'pass', 'pass'], ['shift traffic']);
    const report = await runRollout(basePlan(), deps);
    expect(calls).toEqual(['shift traffic {"stage":"one","percentage":5}']);
    expect(report.reasons[0]).toBe('shifting traffic to 5% (one) failed: exit code 1\nboom');
    expect(report.stages[0].hooks[0]).toMatchObject({ name: 'shift traffic', ok: false });
  });

  test('a failing pre-rollout hook stops before any traffic moves, so nothing is rolled back', async () => {
    const plan = basePlan({ '--pre-rollout': 'check.sh', '--auto-rollback-on-loadfail': true, '--on-rollback': 'undo.sh' });
    const { deps, calls } = fakeDeps(['pass'], ['pre-rollout']);
    const report = await runRollout(plan, deps);
    expect(calls).toEqual(['pre-rollout {"stages":3}']);
    expect(report).toMatchObject({ verdict: 'fail', haltedAt: null, rollback: NOT_TRIGGERED });
  });

  test('a cancelled job halts without rolling back, saying where traffic was left', async () => {
    const controller = new AbortController();
    const { deps, calls } = fakeDeps(['pass', 'pass', 'pass']);
    const plan = basePlan({ '--auto-rollback-on-loadfail': true, '--on-rollback': 'undo.sh' });
    const report = await runRollout(plan, { ...deps, signal: controller.signal, runStage: async (p, s, i) => (controller.abort(), deps.runStage(p, s, i)) });
    expect(report).toMatchObject({ status: 'interrupted', verdict: 'inconclusive', rollback: NOT_TRIGGERED });
    expect(report.reasons).toEqual(['the rollout was interrupted before stage 2 (two)', 'not rolled back: the job was cancelled; traffic was left at 5% (one)']);
    expect(calls.some((c) => c.startsWith('on-rollback') || c.startsWith('shift traffic back'))).toBe(false);
  });

  test('a job cancelled during a stage says the traffic stayed at that stage', async () => {
    const controller = new AbortController();
    const { deps, calls } = fakeDeps(['pass', 'pass', 'pass']);
    const plan = basePlan({ '--auto-rollback-on-loadfail': true, '--on-rollback': 'undo.sh' });
    const interrupted = async (p: Parameters<RolloutDeps['runStage']>[0], s: Parameters<RolloutDeps['runStage']>[1], i: number) => {
      const run = await deps.runStage(p, s, i);
      if (i === 1) controller.abort();
      return i === 1 ? { ...run, status: 'interrupted' as const, verdict: 'inconclusive' as const } : run;
    };
    const report = await runRollout(plan, { ...deps, signal: controller.signal, runStage: interrupted });
    expect(report).toMatchObject({ status: 'interrupted', verdict: 'inconclusive', haltedAt: 'two', rollback: NOT_TRIGGERED });
    expect(report.reasons).toEqual(['the rollout was interrupted during stage 2 (two)', 'not rolled back: the job was cancelled; traffic was left at 25% (two)']);
    expect(calls.filter((c) => c.startsWith('shift traffic'))).toEqual(['shift traffic {"stage":"one","percentage":5}', 'shift traffic {"stage":"two","percentage":25}']);
  });

  test('a halt whose own shift failed says the traffic is wherever that shift left it', async () => {
    const { deps } = fakeDeps(['pass'], ['shift traffic']);
    const report = await runRollout(basePlan(), deps);
    expect(report.reasons).toEqual(['shifting traffic to 5% (one) failed: exit code 1\nboom', 'not rolled back: --auto-rollback-on-loadfail is off; traffic was left wherever the failed shift to 5% (one) put it']);
  });

  test('the plan says what a halt will do, in order', () => {
    const plan = basePlan({ '--auto-rollback-on-loadfail': true, '--rollback': 'webhook', '--rollback-url': 'http://127.0.0.1:9/rb', '--on-rollback': 'undo.sh' });
    expect(renderPlan(plan).split('\n')).toContain('  on failure   roll back (traffic back to 0% by the shift hook, then on-rollback hook, then webhook)');
    expect(renderPlan(basePlan()).split('\n')).toContain('  on failure   halt, no rollback (--auto-rollback-on-loadfail is off): traffic stays where it was');
  });

  test('the seeds\' stages are the default', () => {
    const plan = planFrom({ flags: { '--target': 'http://127.0.0.1:9' } }, 'rollout');
    expect(plan.rollout!.stages.map((s) => [s.name, s.percentage, s.load.durationMs])).toEqual([
      ['5% Traffic', 5, 300_000],
      ['25% Traffic', 25, 600_000],
      ['50% Traffic', 50, 900_000],
      ['100% Traffic', 100, 300_000],
    ]);
  });

  test('stage and warm-up mistakes are config errors before anything runs', () => {
    expect(configErrors({ flags: { '--target': 'http://127.0.0.1:9', '--stages': '[{name: a, percentage: 5, duration: 2s}]', '--warmup': '5s' } }, 'rollout')).toEqual(['--warmup: warm-up 5s must be shorter than rollout stage 1 (2s)']);
    expect(configErrors({ flags: { '--target': 'http://127.0.0.1:9', '--stages': '[{name: a, duration: 2s}]' } }, 'rollout')).toEqual(['--stages: rollout stage 1 needs a percentage and a duration']);
  });
});

describe('a real rollout through a weighted router', () => {
  test('5% passes, 25% fails on the canary\'s errors, and the rollback shifts the router back to 0% before the on-rollback hook', async () => {
    const production = await startServer(ok);
    const canary = await startServer(failing(500));
    const router = await startRouter(production.url, canary.url);
    closers.push(production.close, canary.close, router.close);
    const weights: number[] = [];
    // The on-rollback hook only records what the router's weight was when it ran: the shift back has set it already.
    const weightAtOnRollback: number[] = [];
    const onRollback = await server((_req, res) => {
      weightAtOnRollback.push(router.weight());
      res.writeHead(200);
      res.end('noted');
    });
    const plan = planFrom(
      {
        flags: {
          '--target': router.url,
          '--stages': '[{name: "5%", percentage: 5, duration: 1.5s}, {name: "25%", percentage: 25, duration: 1.5s}, {name: "100%", percentage: 100, duration: 1.5s}]',
          '--shift': router.weightUrl,
          '--on-rollback': `${onRollback.url}/rolled-back`,
          '--auto-rollback-on-loadfail': true,
          '--error-rate': '12%',
          '--concurrency': '8',
          '--output': 'test-output/rollout',
        },
      },
      'rollout',
    );
    const deps = standardDeps(plan, {
      context: { github: null, runUrl: null, defaultRef: null },
      executors: { repositoryDispatch, workflowDispatch, hook: runHook },
      onStage: ({ phase }) => {
        if (phase === 'test') weights.push(router.weight());
      },
    });
    const report = await runRollout(plan, deps);
    expect(weights).toEqual([5, 25]);
    expect(report.stages.map((s) => s.verdict)).toEqual(['pass', 'fail', 'skipped']);
    expect(report.stages[0].run!.overall.errorRatePercent).toBeLessThan(12);
    expect(report.stages[1].run!.overall.errorRatePercent).toBeGreaterThan(12);
    expect(report.haltedAt).toBe('25%');
    expect(report.rollback).toMatchObject({ triggered: true, ok: true });
    expect(router.weight()).toBe(0);
    expect(weightAtOnRollback).toEqual([0]);
    expect(report.hooks.map((h) => [h.name, h.ok, h.what])).toEqual([
      ['shift traffic back', true, `POST ${router.url}/…`],
      ['on-rollback', true, `POST ${onRollback.url}/…`],
    ]);
    expect(report.stages[0].hooks[0]).toMatchObject({ name: 'shift traffic', ok: true, what: `POST ${router.url}/…` });
  });

  test('a webhook shift: the exact bodies the router is sent are 5, 25, then 0, before the on-rollback hook', async () => {
    // A router the test controls: its weight is the last percentage POSTed to /weight; the service behind it fails from 25% on.
    let weight = 0;
    const control = await server((req, res, body) => {
      if (req.url === '/weight') weight = (JSON.parse(body) as { percentage: number }).percentage;
      res.writeHead(200);
      res.end(`weight ${weight}`);
    });
    const target = await server((_req, res) => {
      res.writeHead(weight >= 25 ? 500 : 200);
      res.end();
    });
    const plan = rolloutPlan(target.url, { '--shift': `${control.url}/weight`, '--on-rollback': `${control.url}/on-rollback` });
    const report = await runRollout(plan, realDeps(plan));
    expect(report).toMatchObject({ status: 'halted', haltedAt: 'two', rollback: { triggered: true, method: null, ok: true } });
    expect(control.received).toEqual(['POST /weight', 'POST /weight', 'POST /weight', 'POST /on-rollback']);
    expect(control.bodies.slice(0, 3).map((b) => JSON.parse(b))).toEqual([
      { stage: 'one', percentage: 5 },
      { stage: 'two', percentage: 25 },
      { stage: 'rollback', percentage: 0 },
    ]);
    expect(JSON.parse(control.bodies[3])).toEqual({ stage: 'two', reason: expect.stringMatching(/^stage 2 \(two\) did not pass: every one of the [\d,]+ measured requests failed \(HTTP 500 ×[\d,]+\)$/) });
    expect(weight).toBe(0);
    expect(report.rollback.detail).toBe(`traffic shifted back to 0% (POST ${control.url}/…): HTTP 200; on-rollback hook ran (POST ${control.url}/…): HTTP 200`);
  });

  test('a command shift: LOADTEST_PERCENTAGE and {percentage} are 5, 25, then 0, before the on-rollback command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-shift-'));
    const log = join(dir, 'calls.log');
    const weightFile = join(dir, 'weight');
    writeFileSync(weightFile, '0');
    // The script logs what it was given, by variable and by argument, then sets the weight the target reads.
    const script = join(dir, 'set-weight.sh');
    writeFileSync(script, `printf 'shift %s %s %s\\n' "$LOADTEST_STAGE" "$LOADTEST_PERCENTAGE" "$1" >> '${log}'\nprintf '%s' "$LOADTEST_PERCENTAGE" > '${weightFile}'\n`);
    const target = await server((_req, res) => {
      res.writeHead(Number(readFileSync(weightFile, 'utf8')) >= 25 ? 500 : 200);
      res.end();
    });
    const plan = rolloutPlan(target.url, { '--shift': `sh '${script}' {percentage}`, '--on-rollback': `echo "on-rollback $LOADTEST_STAGE weight $(cat '${weightFile}')" >> '${log}'` });
    const report = await runRollout(plan, realDeps(plan));
    expect(report).toMatchObject({ status: 'halted', haltedAt: 'two', rollback: { triggered: true, ok: true } });
    expect(readFileSync(log, 'utf8').split('\n')).toEqual(['shift one 5 5', 'shift two 25 25', 'shift rollback 0 0', 'on-rollback two weight 0', '']);
    expect(report.hooks[0]).toMatchObject({ name: 'shift traffic back', ok: true, what: `command: sh '${script}' 0` });
  });

  test('a shift back that fails: rollback not ok, and the on-rollback hook still runs', async () => {
    const control = await server((req, res, body) => {
      const refused = req.url === '/weight' && (JSON.parse(body) as { percentage: number }).percentage === 0;
      res.writeHead(refused ? 503 : 200);
      res.end(refused ? 'router is read-only' : 'ok');
    });
    const target = await server(failing(500));
    const plan = rolloutPlan(target.url, { '--shift': `${control.url}/weight`, '--on-rollback': `${control.url}/on-rollback` });
    const report = await runRollout(plan, realDeps(plan));
    expect(report).toMatchObject({ status: 'halted', haltedAt: 'one', verdict: 'fail', rollback: { triggered: true, ok: false } });
    expect(control.received).toEqual(['POST /weight', 'POST /weight', 'POST /on-rollback']);
    expect(report.rollback.detail).toBe(`traffic NOT shifted back to 0%, the shift FAILED (POST ${control.url}/…): HTTP 503; on-rollback hook ran (POST ${control.url}/…): HTTP 200`);
    expect(renderRolloutConsole(report)).toContain(`🚨 AUTO-ROLLBACK FAILED (traffic back to 0%, on-rollback hook): traffic NOT shifted back to 0%`);
  });

  test('a command hook that fails stops the rollout with its output in the report', async () => {
    const production = await startServer(ok);
    closers.push(production.close);
    const plan = planFrom({ flags: { '--target': production.url, '--stages': STAGES, '--shift': 'echo "cannot set weight {percentage}" >&2; exit 4' } }, 'rollout');
    const report = await runRollout(plan, standardDeps(plan, { context: { github: null, runUrl: null, defaultRef: null }, executors: { repositoryDispatch, workflowDispatch, hook: runHook } }));
    expect(report.status).toBe('halted');
    expect(report.reasons[0]).toBe('shifting traffic to 5% (one) failed: exit code 4\ncannot set weight 5');
    expect(production.received).toEqual([]);
  });
});
