// The reusable workflow run here, step by step, as CI's `reusable-workflow` job calls it: the
// caller's `with:` checked against the workflow's typed inputs, the `${{ }}` forms the workflow
// uses evaluated as GitHub does (inputs with their defaults, secrets with the token fallback,
// fromJSON, outputs through steps → job → workflow → the next job's env:), `run-before` started
// in its own shell, the action's bundle under Node 24 against the demo service that started, and
// the caller's next job given the outputs through env:.
//
// Two changes from CI's call, both said where they are made: the demo service's port (8080 may be
// taken on a shared machine; a free one is used) and the run's length (5 s instead of 30 s).
// The `uses:` of the gate step names the release; here it is this checkout's bundle.

import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { runAction } from './helpers/action.js';

type Spec = { type: 'string' | 'boolean' | 'number'; default?: unknown; required?: boolean };
const workflow = parse(readFileSync('.github/workflows/loadtest.yml', 'utf8'));
const ci = parse(readFileSync('.github/workflows/ci.yml', 'utf8'));
const call = workflow.on.workflow_call as { inputs: Record<string, Spec>; secrets: Record<string, unknown>; outputs: Record<string, { value: string }> };

/** evaluate: the expression forms the workflows use, over a context; unknown forms throw. */
function evaluate(expression: string, context: Record<string, unknown>): unknown {
  const term = (text: string): unknown => {
    const t = text.trim();
    const json = /^fromJSON\((.+)\)$/.exec(t);
    if (json) return JSON.parse(String(term(json[1])));
    if (/^'.*'$/.test(t)) return t.slice(1, -1);
    if (!/^[A-Za-z][\w-]*(\.[\w-]+)*$/.test(t)) throw new Error(`an expression form this test does not evaluate: ${t}`);
    return t.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], context);
  };
  // a || b: the first truthy operand, else the last.
  const operands = expression.split('||');
  for (const operand of operands.slice(0, -1)) {
    const value = term(operand);
    if (value) return value;
  }
  return term(operands.at(-1)!);
}

/** interpolate: a value with ${{ }} in it, as a string (GitHub turns booleans and numbers into text for with: and env:). */
function interpolate(value: unknown, context: Record<string, unknown>): string {
  if (typeof value !== 'string') return String(value);
  const whole = /^\$\{\{(.+)\}\}$/.exec(value.trim());
  if (whole) return String(evaluate(whole[1], context) ?? '');
  return value.replace(/\$\{\{(.+?)\}\}/g, (_, expression: string) => String(evaluate(expression, context) ?? ''));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

const started: number[] = [];
afterAll(() => {
  // run-before leaves the demo service running, as on a runner until the job ends; end it by its group.
  for (const pgid of started) {
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
});

describe('the reusable workflow, as CI calls it', () => {
  test('inputs typed and defaulted, run-before starts the demo, the action passes it, and the outputs reach the next job through env:', async () => {
    const caller = ci.jobs['reusable-workflow'];
    const port = await freePort();
    // Change 1: a free port instead of 8080. Change 2: 5 s instead of 30 s.
    const given: Record<string, unknown> = Object.fromEntries(Object.entries(caller.with as Record<string, unknown>).map(([key, value]) => [key, typeof value === 'string' ? value.replaceAll('8080', String(port)) : value]));
    given.duration = '5s';
    given.warmup = '1s';

    // The call as GitHub checks it: every input declared, of its type; the required ones given.
    for (const [name, value] of Object.entries(given)) {
      const spec = call.inputs[name];
      expect({ name, declared: spec !== undefined }).toEqual({ name, declared: true });
      expect({ name, type: typeof value }).toEqual({ name, type: spec.type });
    }
    for (const [name, spec] of Object.entries(call.inputs)) if (spec.required) expect(given).toHaveProperty(name);
    const inputs = Object.fromEntries(Object.entries(call.inputs).map(([name, spec]) => [name, name in given ? given[name] : spec.default]));
    const context = { inputs, secrets: {}, github: { token: 'ghs_job_token' } };
    const job = workflow.jobs.loadtest;
    expect(evaluate(/^\$\{\{(.+)\}\}$/.exec(job['runs-on'])![1], context)).toBe('ubuntu-latest');
    expect(Number(interpolate(job['timeout-minutes'], context))).toBe(15);

    // The "checkout": a directory holding this repository's dist/, as the caller's checkout does in CI.
    const checkout = mkdtempSync(join(tmpdir(), 'checkout-'));
    symlinkSync(resolve('dist'), join(checkout, 'dist'));
    const [, before, gate] = job.steps as Array<{ if?: string; env?: Record<string, string>; run?: string; uses?: string; with?: Record<string, string> }>;
    expect(before.if).toBe("inputs.run-before != ''");
    const runBefore = interpolate(before.env!.RUN_BEFORE, context);
    expect(runBefore).toContain(`serve-demo --port ${port}`);
    const shell = spawn('bash', ['-c', before.run!], { cwd: checkout, env: { PATH: process.env.PATH, RUN_BEFORE: runBefore }, detached: true, stdio: 'ignore' });
    started.push(shell.pid!);
    const status = await new Promise<number | null>((done) => shell.on('close', done));
    expect(status).toBe(0);

    // The gate step: every `with:` evaluated as the runner does, then this checkout's bundle.
    const withs = Object.fromEntries(Object.entries(gate.with!).map(([name, value]) => [name, interpolate(value, context)]));
    expect(withs['github-token']).toBe('ghs_job_token');
    expect(withs['fail-on-violation']).toBe('true');
    expect(withs['target-url']).toBe(`http://127.0.0.1:${port}`);
    const r = await runAction(withs, { env: { GITHUB_JOB: 'loadtest' } });
    expect(r.stdout).not.toContain('::error');
    expect(r.status).toBe(0);

    // Outputs: step → job → workflow → the caller's next job, through env:.
    const steps = { gate: { outputs: r.outputs } };
    const jobOutputs = Object.fromEntries(Object.entries(job.outputs as Record<string, string>).map(([name, value]) => [name, interpolate(value, { steps })]));
    const workflowOutputs = Object.fromEntries(Object.entries(call.outputs).map(([name, output]) => [name, interpolate(output.value, { jobs: { loadtest: { outputs: jobOutputs } } })]));
    expect(workflowOutputs).toMatchObject({ verdict: 'pass', passed: 'true', 'exit-code': '0' });
    expect(Number(workflowOutputs.requests)).toBeGreaterThan(100);
    const next = ci.jobs['reusable-workflow-outputs'].steps[0];
    const env = Object.fromEntries(Object.entries(next.env as Record<string, string>).map(([name, value]) => [name, interpolate(value, { needs: { 'reusable-workflow': { outputs: workflowOutputs } } })]));
    const after = spawnSync('bash', ['-euo', 'pipefail', '-c', next.run], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
    expect(after.stdout).toMatch(/^verdict=pass p95=[\d.]+ms violations=\[\]$/m);
    expect(after.status).toBe(0);
  }, 60_000);
});
