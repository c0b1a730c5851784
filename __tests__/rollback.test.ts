// Auto-rollback: each method against a real receiver on 127.0.0.1 (a local stand-in for GitHub's
// REST API at GITHUB_API_URL for the dispatches), asserting exactly what was sent.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RollbackContext, rollBackIfFailed, rollbackProblem } from '../src/app/rollback.js';
import { runLoadTest } from '../src/app/run.js';
import { runRollout, standardDeps } from '../src/app/rollout.js';
import { rollbackContext } from '../src/github/context.js';
import { repositoryDispatch, workflowDispatch } from '../src/github/dispatch.js';
import { fillTemplate, runHook } from '../src/integrations/hooks.js';
import type { RunReport } from '../src/report/model.js';
import { type FakeGitHub, startFakeGitHub } from './helpers/github.js';
import { configErrors, planFrom } from './helpers/plan.js';
import { type TestServer, failing, ok, startServer } from './helpers/servers.js';

const executors = { repositoryDispatch, workflowDispatch, hook: runHook };
let broken: TestServer;
let healthy: TestServer;
let github: FakeGitHub;
let receiver: TestServer;
beforeAll(async () => {
  [broken, healthy, github, receiver] = await Promise.all([startServer(failing(503)), startServer(ok), startFakeGitHub(), startServer(ok)]);
});
afterAll(async () => {
  await Promise.all([broken.close(), healthy.close(), github.close(), receiver.close()]);
});

const env = () => ({ GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '991', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REF_NAME: 'release/7' });
async function failedRun(flags: Record<string, string | boolean>): Promise<{ report: RunReport; plan: ReturnType<typeof planFrom> }> {
  const plan = planFrom({ flags: { '--target': broken.url, '--duration': '0.5s', '--concurrency': '2', '--auto-rollback-on-loadfail': true, '--output': 'test-output/rollback', ...flags } });
  return { report: await runLoadTest(plan), plan };
}

describe('auto-rollback on a failed gate', () => {
  test('repository_dispatch: the exact request GitHub receives', async () => {
    const { report, plan } = await failedRun({ '--rollback': 'repository_dispatch' });
    const before = github.requests.length;
    const result = await rollBackIfFailed(report, plan, rollbackContext(env(), 'ghs_test_token', plan.rollback), executors);
    expect(result).toEqual({ triggered: true, method: 'repository_dispatch', ok: true, detail: "repository_dispatch 'loadtest-rollback' sent to acme/shop (HTTP 204)" });
    const sent = github.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].method).toBe('POST');
    expect(sent[0].path).toBe('/repos/acme/shop/dispatches');
    expect(sent[0].headers.authorization).toBe('token ghs_test_token');
    const body = JSON.parse(sent[0].body.toString());
    expect(body.event_type).toBe('loadtest-rollback');
    expect(Object.keys(body.client_payload).length).toBeLessThanOrEqual(10);
    expect(body.client_payload).toEqual({
      verdict: 'fail',
      reasons: [`every one of the ${report.overall.requests.toLocaleString('en-US')} measured requests failed (HTTP 503 ×${report.overall.requests.toLocaleString('en-US')})`],
      metrics: expect.objectContaining({ error_rate_percent: 100, requests: report.overall.requests }),
      target: `${broken.url}/`,
      environment: null,
      mode: 'run',
      run_url: 'https://github.com/acme/shop/actions/runs/991',
    });
  });

  test('workflow_dispatch: the workflow, this run\'s ref unless told otherwise, and the inputs', async () => {
    const { report, plan } = await failedRun({ '--rollback': 'workflow_dispatch', '--rollback-workflow': 'rollback.yml', '--rollback-inputs': '{service: backend-v2, to: stable}' });
    const before = github.requests.length;
    const result = await rollBackIfFailed(report, plan, rollbackContext(env(), 'ghs_test_token', plan.rollback), executors);
    expect(result.ok).toBe(true);
    const [sent] = github.requests.slice(before);
    expect(sent.path).toBe('/repos/acme/shop/actions/workflows/rollback.yml/dispatches');
    expect(JSON.parse(sent.body.toString())).toEqual({ ref: 'release/7', inputs: { service: 'backend-v2', to: 'stable' } });
  });

  test('a dispatch GitHub refuses is a failed rollback that says what the token lacks', async () => {
    const { report, plan } = await failedRun({ '--rollback': 'repository_dispatch', '--rollback-repository': 'acme/other' });
    github.failDispatch = 403;
    try {
      const result = await rollBackIfFailed(report, plan, rollbackContext(env(), 'ghs_test_token', plan.rollback), executors);
      expect(result.triggered).toBe(true);
      expect(result.ok).toBe(false);
      expect(result.detail).toMatch(/^repository_dispatch to acme\/other failed: HTTP 403: Resource not accessible by integration.*the token may lack 'contents: write' permission/);
    } finally {
      github.failDispatch = null;
    }
  });

  test('command: the facts arrive as LOADTEST_* variables, never spliced into the shell', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'loadtest-rb-')), 'rolled-back.txt');
    const { report, plan } = await failedRun({ '--rollback': 'command', '--rollback-command': `echo "$LOADTEST_VERDICT $LOADTEST_P95_MS $LOADTEST_REQUESTS" > ${out}; echo rolled back` });
    const result = await rollBackIfFailed(report, plan, rollbackContext({}, undefined, plan.rollback), executors);
    expect(result).toMatchObject({ triggered: true, method: 'command', ok: true });
    expect(result.detail).toBe('exit code 0\nrolled back');
    expect(readFileSync(out, 'utf8')).toBe(`fail ${report.overall.latencyMs.p95} ${report.overall.requests}\n`);
  });

  test('webhook: the verdict and key metrics are POSTed as JSON', async () => {
    const { report, plan } = await failedRun({ '--rollback': 'webhook', '--rollback-url': `${receiver.url}/hooks/rollback` });
    const result = await rollBackIfFailed(report, plan, rollbackContext({}, undefined, plan.rollback), executors);
    expect(result).toMatchObject({ triggered: true, method: 'webhook', ok: true, detail: 'HTTP 200\nok' });
    const body = JSON.parse(receiver.bodies.at(-1)!);
    expect(body).toMatchObject({ verdict: 'fail', error_rate_percent: 100, target: `${broken.url}/` });
    expect(receiver.received.at(-1)).toBe('POST /hooks/rollback');
  });

  test('a halted rollout: traffic back to 0% first, then the dispatch; a refused dispatch makes the whole rollback not ok', async () => {
    const plan = planFrom({ flags: { '--target': broken.url, '--stages': '[{name: first, percentage: 10, duration: 0.5s}]', '--shift': `${receiver.url}/weight`, '--concurrency': '2', '--auto-rollback-on-loadfail': true, '--rollback': 'repository_dispatch', '--output': 'test-output/rollback' } }, 'rollout');
    const context = rollbackContext(env(), 'ghs_test_token', plan.rollback);
    const [seenHooks, seenGitHub] = [receiver.received.length, github.requests.length];
    github.failDispatch = 403;
    try {
      const report = await runRollout(plan, standardDeps(plan, { context, executors }));
      expect(report.rollback.triggered).toBe(true);
      expect(report.rollback.ok).toBe(false);
      expect(report.rollback.detail).toMatch(new RegExp(`^traffic shifted back to 0% \\(POST ${receiver.url}/…\\): HTTP 200; repository_dispatch to acme/shop failed: HTTP 403`));
    } finally {
      github.failDispatch = null;
    }
    expect(receiver.received.slice(seenHooks)).toEqual(['POST /weight', 'POST /weight']);
    expect(receiver.bodies.slice(seenHooks).map((b) => JSON.parse(b))).toEqual([{ stage: 'first', percentage: 10 }, { stage: 'rollback', percentage: 0 }]);
    const dispatch = github.requests.slice(seenGitHub).find((q) => q.path === '/repos/acme/shop/dispatches')!;
    expect(JSON.parse(dispatch.body.toString()).client_payload).toMatchObject({ verdict: 'fail', stage: 'first', mode: 'run' });
  });

  test('a passing gate does not roll back', async () => {
    const plan = planFrom({ flags: { '--target': healthy.url, '--duration': '0.5s', '--min-requests': '1', '--auto-rollback-on-loadfail': true, '--rollback': 'webhook', '--rollback-url': `${receiver.url}/x` } });
    const report = await runLoadTest(plan);
    const before = receiver.received.length;
    expect(await rollBackIfFailed(report, plan, rollbackContext({}, undefined, plan.rollback), executors)).toMatchObject({ triggered: false });
    expect(receiver.received.length).toBe(before);
  });
});

describe('rollback configuration is checked before any load', () => {
  const target = { '--target': 'http://127.0.0.1:9' };
  test.each([
    [{ '--auto-rollback-on-loadfail': true }, '--auto-rollback-on-loadfail: auto-rollback needs a method: pass --rollback repository_dispatch | workflow_dispatch | command | webhook (or rollback.method)'],
    [{ '--auto-rollback-on-loadfail': true, '--rollback': 'workflow_dispatch' }, '--rollback: rollback by workflow_dispatch needs the workflow to dispatch (pass --rollback-workflow rollback.yml, or rollback.workflow)'],
    [{ '--auto-rollback-on-loadfail': true, '--rollback': 'telepathy' }, "--rollback: expected one of repository_dispatch, workflow_dispatch, command, webhook, got 'telepathy'"],
  ])('%p', (flags, message) => {
    expect(configErrors({ flags: { ...target, ...flags } })).toContain(message);
  });

  test('a dispatch without a token or repository is refused before the run', () => {
    const plan = planFrom({ flags: { ...target, '--auto-rollback-on-loadfail': true, '--rollback': 'repository_dispatch' } });
    const context: RollbackContext = rollbackContext({}, undefined, plan.rollback);
    expect(rollbackProblem(plan, context)).toBe('auto-rollback by repository_dispatch needs a GitHub token and repository: set GITHUB_TOKEN and GITHUB_REPOSITORY (or rollback.repository)');
    expect(rollbackProblem(plan, rollbackContext({ GITHUB_REPOSITORY: 'a/b' }, 't', plan.rollback))).toBeNull();
  });
});

describe('hooks', () => {
  test('templates quote what is not a plain word', () => {
    expect(fillTemplate('set-weight {percentage} --stage {stage} {unknown}', { percentage: 25, stage: "50% (it's fine); rm -rf /" })).toBe("set-weight 25 --stage '50% (it'\\''s fine); rm -rf /' {unknown}");
  });

  test('a command that hangs is killed at its timeout, with its output kept', async () => {
    const result = await runHook('shift traffic', { kind: 'command', command: 'echo starting; sleep 30' }, {}, 300);
    // Killed, not waited for: the hook's 30 s sleep did not run out.
    expect(result.durationMs).toBeLessThan(20_000);
    expect(result).toMatchObject({ name: 'shift traffic', ok: false, detail: 'timed out after 300ms and was killed\nstarting' });
  });

  test('a failing command and a webhook that answers 500 are failures with their output', async () => {
    expect(await runHook('h', { kind: 'command', command: 'echo nope >&2; exit 3' }, {}, 5000)).toMatchObject({ ok: false, detail: 'exit code 3\nnope' });
    const down = await startServer(failing(500));
    try {
      const result = await runHook('h', { kind: 'webhook', url: `${down.url}/secret-path/xyz` }, { stage: 'one' }, 5000);
      expect(result).toMatchObject({ ok: false, detail: 'HTTP 500\nnope', what: `POST ${down.url}/…` });
    } finally {
      await down.close();
    }
  });
});
