// The action against real targets on 127.0.0.1 and a local stand-in for GitHub's API and artifact
// service. Most tests run the sources in-process through the action's IO port (runActionInProcess);
// those about the process boundary (the artifact service, which @actions/artifact finds through
// process.env; a cancelled job's signal; what the runner's log shows) run dist/index.js exactly as
// the runner does, under Node 24 (runAction).

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, runActionInProcess } from './helpers/action.js';
import { type FakeGitHub, startFakeGitHub } from './helpers/github.js';
import { type TestServer, failing, ok, refusedUrl, slow, startServer } from './helpers/servers.js';

const CONFIG = ['# deploy/performance_config.yml', 'thresholds:', '  latency:', '    p99: 500ms', '    p95: 20ms', '  error_rate: 1%', 'load_test:', '  concurrency: 4', '  duration: 1.5s', '  min_requests: 20', ''].join('\n');

let healthy: TestServer;
let sluggish: TestServer;
let broken: TestServer;
let github: FakeGitHub;
beforeAll(async () => {
  [healthy, sluggish, broken, github] = await Promise.all([startServer(ok), startServer(slow(40)), startServer(failing(503)), startFakeGitHub()]);
});
afterAll(async () => {
  await Promise.all([healthy.close(), sluggish.close(), broken.close(), github.close()]);
});

describe('the action', () => {
  test('a passing target: exit 0, outputs, a job summary, and the report uploaded as an artifact', async () => {
    const r = await runAction({ 'target-url': healthy.url, duration: '1.5s', concurrency: '3' }, { env: github.env });
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'pass', passed: 'true', 'report-dir': 'loadtest-report', 'results-json': 'loadtest-report/results.json', 'artifact-id': '4242' });
    expect(Number(r.outputs.requests)).toBeGreaterThan(100);
    expect(Number(r.outputs['p95-ms'])).toBeGreaterThan(0);
    expect(JSON.parse(r.outputs.violations)).toEqual([]);
    expect(r.summary).toMatch(/^## ✅ Load test passed\n\n> all 2 SLO checks met over [\d,]+ measured requests\n/);
    expect(r.summary).toContain('| ✅ pass |');
    expect(r.summary).toContain('📦 Full report: [loadtest-report](https://github.com/acme/shop/actions/runs/777/artifacts/4242)');
    const create = github.requests.find((q) => q.path.endsWith('/CreateArtifact'))!;
    expect(create.headers.authorization).toBe(`Bearer ${github.env.ACTIONS_RUNTIME_TOKEN}`);
    expect(JSON.parse(create.body.toString())).toMatchObject({ workflow_run_backend_id: 'run-backend-1', workflow_job_run_backend_id: 'job-backend-1', name: 'loadtest-report' });
    const files = github.uploaded('loadtest-report');
    expect(Object.keys(files).sort()).toEqual(['baseline-history.json', 'deployment_report.md', 'metrics.prom', 'performance_report.md', 'report.html', 'report.junit.xml', 'results.json']);
    expect(files['report.html']).toMatch(/^<!doctype html>/);
    expect(r.summary).toContain('📊 Charts: open `report.html` from the artifact; it works offline.');
    expect(files['metrics.prom']).toContain('loadtest_slo_passed{');
    expect(JSON.parse(files['results.json']).verdict).toBe('pass');
    expect(files['deployment_report.md']).toContain('**Status:** ✅ PASSED');
  });

  test('a slow target: exit 1, an error annotation on the config line that sets p95, a failing summary', async () => {
    // 2.5 s: two whole seconds under load to chart; the third, cut short, is left out of the charts.
    const r = await runActionInProcess({ 'target-url': sluggish.url, config: 'deploy/performance_config.yml', duration: '2.5s' }, { files: { 'deploy/performance_config.yml': CONFIG } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error title=P95 latency SLO violated,file=deploy\/performance_config\.yml,line=5,col=10::P95 latency \d+(\.\d+)?ms exceeds threshold 20ms$/m);
    expect(r.stdout).not.toMatch(/::error title=P99/);
    expect(r.stdout).toMatch(/^::error::Load test failed: P95 latency/m);
    expect(r.outputs.verdict).toBe('fail');
    expect(JSON.parse(r.outputs.violations)).toEqual([expect.objectContaining({ metric: 'p95', endpoint: null, threshold: 20 })]);
    expect(r.summary).toMatch(/^## ❌ Load test failed\n\n> P95 latency \d+(\.\d+)?ms exceeds threshold 20ms\n/);
    expect(r.summary).toContain('| ❌ fail |');
    // Each chart sets its own palette, draws the p95 SLO (20ms) flat and names its lines under it; it ends where the load stopped.
    expect(r.summary).toMatch(/```mermaid\n%%\{init: \{"themeVariables": \{"xyChart": \{"plotColorPalette": "[^"]+"\}\}\}\}%%\nxychart-beta\n/);
    expect(r.summary).toContain('  x-axis ["0:00", "0:01"]\n');
    expect(r.summary).toContain('  line [20, 20]\n');
    expect(r.summary).toContain('· p95 SLO ≤ 20ms **grey** · p99 SLO ≤ 500ms **purple**.');
  });

  test('an erroring target: the error-rate annotation, exit 1', async () => {
    const r = await runActionInProcess({ 'target-url': broken.url, duration: '1s', 'max-error-rate': '1' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error title=Error rate SLO violated::every one of the [\d,]+ measured requests failed \(HTTP 503 ×[\d,]+\)$/m);
    expect(r.summary).toContain('| `http_5xx` |');
  });

  test('an unreachable target with wait-for-ready 0: exit 1 after one attempt, the pre-flight in the summary, no load', async () => {
    const url = await refusedUrl();
    const r = await runActionInProcess({ 'target-url': url, 'wait-for-ready': '0' });
    expect(r.status).toBe(1);
    expect(r.summary).toMatch(/tried TCP connect to 127\.0\.0\.1:\d+ once; /);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.summary).toContain(`> target unreachable: ${url}/ tried TCP connect to 127.0.0.1:`);
    expect(r.summary).toContain('connection refused');
  });

  test('a broken config: exit 1, an annotation at the offending line, the same message as the CLI, nothing sent', async () => {
    const before = healthy.received.length;
    const r = await runActionInProcess({ 'target-url': healthy.url, config: 'perf.yml' }, { files: { 'perf.yml': 'thresholds:\n  latency:\n    p95: fast\n' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("::error title=Invalid load-test config at thresholds.latency.p95,file=perf.yml,line=3,col=10::expected a duration like 250ms, got 'fast'");
    expect(r.stdout).toContain("::error::1 configuration error; no load was sent:%0Aperf.yml:3:10 thresholds.latency.p95: expected a duration like 250ms, got 'fast'");
    expect(r.summary).toContain('## ❌ Load test not run: 1 configuration error');
    expect(healthy.received.length).toBe(before);
    // The outputs say it too, so `if: steps.gate.outputs.verdict != 'pass'` steps still run.
    expect(r.outputs).toEqual({ verdict: 'error', passed: 'false', 'exit-code': '2', violations: '[]', 'rollback-triggered': 'false', 'rollback-ok': '' });
  });

  test('every setup error sets verdict error: a bad input, and a dispatch rollback without a token', async () => {
    const input = await runActionInProcess({ 'target-url': healthy.url, concurrency: 'many' });
    expect(input.status).toBe(1);
    expect(input.outputs).toMatchObject({ verdict: 'error', passed: 'false', 'exit-code': '2' });
    const rollback = await runActionInProcess({ 'target-url': healthy.url, 'auto-rollback-on-loadfail': 'true', rollback: 'repository_dispatch' });
    expect(rollback.outputs).toMatchObject({ verdict: 'error', passed: 'false', 'exit-code': '2' });
  });

  test('an environment chosen by default is a notice, in the plan and as an annotation', async () => {
    const config = 'thresholds:\n  error_rate: 5%\nenvironments:\n  staging:\n    thresholds: {error_rate: 2%}\n  production:\n    thresholds: {error_rate: 1%}\n';
    const r = await runActionInProcess({ 'target-url': healthy.url, duration: '0.5s', config: 'perf.yml', 'fail-on-inconclusive': 'false' }, { files: { 'perf.yml': config } });
    const notice = "environment 'staging' chosen by default (perf.yml defines it and none was given): its thresholds and settings apply; set the environment input to choose another";
    expect(r.stdout.split('\n')).toContain(`::notice::${notice}`);
    expect(r.stdout).toContain(`  notice: ${notice}`);
    const chosen = await runActionInProcess({ 'target-url': healthy.url, duration: '0.5s', config: 'perf.yml', environment: 'staging', 'fail-on-inconclusive': 'false' }, { files: { 'perf.yml': config } });
    expect(chosen.stdout).not.toContain('chosen by default');
    expect(JSON.parse(readFileSync(join(chosen.dir, 'loadtest-report/results.json'), 'utf8')).environment).toBe('staging');
  });

  test('a bad input is an error on that input', async () => {
    const r = await runActionInProcess({ 'target-url': healthy.url, 'p95-ms': 'fast', 'retention-days': '365' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("::error title=Invalid load-test config at input retention-days::expected a whole number from 1 to 90, got '365'");
  });

  test('outside GitHub (no runtime token): one notice, the files stay, the step still decides on the verdict', async () => {
    const r = await runActionInProcess({ 'target-url': healthy.url, duration: '1s' });
    expect(r.status).toBe(0);
    expect(r.stdout.match(/^::notice::Report artifact not uploaded: not running inside GitHub Actions \(no ACTIONS_RUNTIME_TOKEN\)\. The report stays in loadtest-report\.$/gm)).toHaveLength(1);
    expect(r.outputs['artifact-id']).toBe('');
    expect(existsSync(join(r.dir, 'loadtest-report/results.json'))).toBe(true);
    expect(r.summary).toContain('📦 Report artifact not uploaded: not running inside GitHub Actions');
  });

  test('the deployment report input is appended to, never truncated', async () => {
    const history = '# Deployments\n\n## 2025-01-01 release 41\n\nAll good.\n';
    const r = await runActionInProcess({ 'target-url': healthy.url, duration: '1s', 'deployment-report': 'deploy/deployment_report.md' }, { files: { 'deploy/deployment_report.md': history } });
    expect(r.status).toBe(0);
    const text = readFileSync(join(r.dir, 'deploy/deployment_report.md'), 'utf8');
    expect(text.startsWith(history)).toBe(true);
    expect(text).toContain('## 📊 Load Test Performance Results');
    expect(text).toContain('**Auto-rollback Triggered:** No');
    // The log lives outside the report directory, so the run's entry travels with the report.
    expect(readFileSync(join(r.dir, 'loadtest-report/deployment_report_entry.md'), 'utf8')).toBe(text.slice(history.length + 1));
  });

  test('inconclusive with fail-on-inconclusive false: a warning annotation with the cause, exit 0', async () => {
    const r = await runActionInProcess({ 'target-url': healthy.url, duration: '0.5s', concurrency: '1', 'fail-on-inconclusive': 'false', endpoints: '{"/a": 1}', config: 'c.yml' }, { files: { 'c.yml': 'load_test:\n  min_requests: 1000000\n' } });
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.stdout).toMatch(/^::warning title=Load test inconclusive::too few requests completed to judge/m);
    expect(r.summary).toMatch(/^## ⚠️ Load test inconclusive/);
  });

  test('a secret header value reaches the target but no log line, summary, output or artifact', async () => {
    const secret = 'tok_live_7f3a9c2e51';
    const r = await runAction({ 'target-url': `http://user:pa55word99@127.0.0.1:${healthy.port}`, duration: '1s', headers: `Authorization: Bearer ${secret}\nX-Trace: on` }, { env: github.env });
    expect(healthy.headers.some((h) => h.authorization === `Bearer ${secret}`)).toBe(true);
    // The only place the value may appear is the ::add-mask:: command, which the runner consumes.
    const printed = r.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(secret);
    expect(r.stdout).toContain(`::add-mask::Bearer ${secret}`);
    const files = github.uploaded('loadtest-report');
    for (const text of [r.summary, JSON.stringify(r.outputs), ...Object.values(files), readFileSync(join(r.dir, 'loadtest-report/results.json'), 'utf8')]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain('pa55word99');
    }
    expect(r.summary).toContain('Authorization: ***');
  });

  test('mode canary decides early by default: the plan says so, and the summary says when it was decided', async () => {
    const fast = await startServer(slow(2));
    try {
      const r = await runActionInProcess({ mode: 'canary', 'target-url': sluggish.url, 'production-url': fast.url, duration: '20s', 'min-duration': '2s', concurrency: '8', 'p95-ms': '1s', 'canary-criteria': '{p50: "<=+10%"}' });
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/decides +early: the load stops once every threshold, the comparison with production is decided, after 2s at least and 20s at most/);
      // Far slower than production: failed at the first look, however long the error rate takes to call.
      expect(r.summary).toMatch(/Decided after [\d.]+s of a maximum 20\.0s, at look 1 \(decide_early, on by default for a canary/);
      const results = JSON.parse(readFileSync(join(r.dir, 'loadtest-report/results.json'), 'utf8'));
      expect(results.sequential.decidedAtSeconds).toBeLessThan(20);
    } finally {
      await fast.close();
    }
  });

  test('mode canary: the comparison in the summary, an annotation per regressed metric, exit 1', async () => {
    const fast = await startServer(slow(2));
    try {
      const r = await runActionInProcess({ mode: 'canary', 'target-url': sluggish.url, 'production-url': fast.url, duration: '2s', concurrency: '8', 'p95-ms': '1s', 'canary-criteria': '{p50: "<=+10%"}' });
      expect(r.status).toBe(1);
      expect(r.summary).toContain('### Canary vs production');
      expect(r.summary).toMatch(/\| p50 \| all \| [\d.]+ms \| [\d.]+ms \| \+[\d.]+ms \(\+[\d.]+ms … \+[\d.]+ms\) \| [\d,]+ \/ [\d,]+ \| <=\+10% \| ❌ fail \|/);
      expect(r.stdout).toMatch(/^::error title=P50 worse than production::p50: canary [\d.]+ms vs production/m);
      expect(r.outputs.verdict).toBe('fail');
      expect(r.outputs['exit-code']).toBe('1');
      // The failed comparison is in violations, beside the SLOs the canary met.
      // One endpoint: the whole run and GET / each fail the rule.
      const violations = JSON.parse(r.outputs.violations);
      expect(violations).toEqual([
        { kind: 'canary', metric: 'p50', endpoint: null, actual: expect.any(Number), threshold: expect.any(Number), message: expect.stringMatching(/^p50: canary [\d.]+ms vs production [\d.]+ms, .* is more than the allowed <=\+10%/), criterion: '<=+10%', reference: expect.any(Number) },
        { kind: 'canary', metric: 'p50', endpoint: 'GET /', actual: expect.any(Number), threshold: expect.any(Number), message: expect.stringMatching(/^GET \/: p50: canary /), criterion: '<=+10%', reference: expect.any(Number) },
      ]);
      for (const v of violations) {
        expect(v.threshold).toBe(Math.round((v.reference + (v.reference * 10) / 100) * 1000) / 1000);
        expect(v.actual).toBeGreaterThan(v.threshold);
      }
    } finally {
      await fast.close();
    }
  });

  test('auto-rollback: a failed gate dispatches the rollback, says so everywhere, and outputs rollback-triggered', async () => {
    const before = github.requests.length;
    const r = await runActionInProcess(
      { 'target-url': broken.url, duration: '1s', 'auto-rollback-on-loadfail': 'true', rollback: 'repository_dispatch', 'rollback-event-type': 'canary-rollback', 'github-token': 'ghs_job_token', 'deployment-report': 'deploy/deployment_report.md' },
      { env: { ...github.env, GITHUB_API_URL: github.url } },
    );
    expect(r.status).toBe(1);
    expect(r.outputs['rollback-triggered']).toBe('true');
    expect(r.outputs['rollback-ok']).toBe('true');
    expect(JSON.parse(r.outputs.violations)).toEqual([{ kind: 'slo', metric: 'error_rate', endpoint: null, actual: 100, threshold: 0.5, message: expect.stringMatching(/^every one of the [\d,]+ measured requests failed \(HTTP 503 ×[\d,]+\)$/) }]);
    const dispatch = github.requests.slice(before).find((q) => q.path === '/repos/acme/shop/dispatches')!;
    expect(dispatch.headers.authorization).toBe('token ghs_job_token');
    expect(JSON.parse(dispatch.body.toString())).toMatchObject({ event_type: 'canary-rollback', client_payload: { verdict: 'fail', run_url: 'https://github.com/acme/shop/actions/runs/777' } });
    expect(r.summary).toContain("**↩️ Auto-rollback triggered (repository_dispatch): repository_dispatch 'canary-rollback' sent to acme/shop (HTTP 204)**");
    expect(readFileSync(join(r.dir, 'deploy/deployment_report.md'), 'utf8')).toContain('**Auto-rollback Triggered:** Yes');
    expect(r.stdout).not.toContain('ghs_job_token');
  });

  test('a rollback that fails is loud and fails the job, even with fail-on-violation false', async () => {
    github.failDispatch = 404;
    try {
      const r = await runActionInProcess(
        { 'target-url': broken.url, duration: '1s', 'fail-on-violation': 'false', 'auto-rollback-on-loadfail': 'true', rollback: 'workflow_dispatch', 'rollback-workflow': 'rollback.yml', 'github-token': 'ghs_job_token' },
        { env: { ...github.env, GITHUB_API_URL: github.url } },
      );
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/^::error::Auto-rollback FAILED \(workflow_dispatch\): workflow_dispatch of rollback\.yml in acme\/shop failed: HTTP 404/m);
      expect(r.summary).toContain('🚨 AUTO-ROLLBACK FAILED (workflow_dispatch)');
      expect(r.outputs['rollback-triggered']).toBe('true');
      expect(r.outputs['rollback-ok']).toBe('false');
    } finally {
      github.failDispatch = null;
    }
  });

  test.each([
    [403, 'repository_dispatch', {}],
    [422, 'workflow_dispatch', { 'rollback-workflow': 'rollback.yml' }],
  ])('a dispatch GitHub answers %d: rollback-triggered true, rollback-ok false, the step failed', async (status, method, extra) => {
    github.failDispatch = status;
    try {
      const r = await runActionInProcess({ 'target-url': broken.url, duration: '1s', 'auto-rollback-on-loadfail': 'true', rollback: method, 'github-token': 'ghs_job_token', ...extra }, { env: { ...github.env, GITHUB_API_URL: github.url } });
      expect(r.status).toBe(1);
      expect(r.outputs).toMatchObject({ verdict: 'fail', passed: 'false', 'exit-code': '1', 'rollback-triggered': 'true', 'rollback-ok': 'false' });
      expect(r.stdout).toMatch(new RegExp(`^::error::Auto-rollback FAILED \\(${method}\\): .* failed: HTTP ${status}`, 'm'));
    } finally {
      github.failDispatch = null;
    }
  });

  test('a dispatch rollback without a token is refused before any load', async () => {
    const before = healthy.received.length;
    const r = await runActionInProcess({ 'target-url': healthy.url, 'auto-rollback-on-loadfail': 'true', rollback: 'repository_dispatch' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::auto-rollback by repository_dispatch needs a GitHub token and repository');
    expect(healthy.received.length).toBe(before);
  });

  test('mode rollout: stages in the summary, the halting stage annotated, rollout-halted-at output', async () => {
    const r = await runActionInProcess({ mode: 'rollout', 'target-url': broken.url, 'rollout-stages': '[{name: canary 10%, percentage: 10, duration: 1s}, {name: all, percentage: 100, duration: 1s}]', shift: 'true' });
    expect(r.status).toBe(1);
    expect(r.outputs['rollout-halted-at']).toBe('canary 10%');
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs['exit-code']).toBe('1');
    expect(r.outputs['rollback-triggered']).toBe('false');
    expect(r.outputs['rollback-ok']).toBe('');
    expect(r.summary).toMatch(/^## ❌ Rollout halted at canary 10%/);
    expect(r.summary).toContain('### Stages');
    expect(r.summary).toContain('| 2. all | 100% | 1.0s | — not reached |');
    expect(r.stdout).toMatch(/^::error title=Rollout halted at canary 10%25::stage 1 \(canary 10%25\) did not pass/m);
    expect(r.stdout).toMatch(/^::error::Rollout failed: stage 1/m);
    expect(r.stdout).toContain('::error title=Error rate SLO violated::');
  });

  test('mode rollout with auto-rollback: a shift back to 0% that fails makes rollback-ok false and fails the step', async () => {
    const r = await runActionInProcess({
      mode: 'rollout',
      'target-url': broken.url,
      'rollout-stages': '[{name: first, percentage: 10, duration: 1s}]',
      shift: 'test {percentage} -ne 0 || { echo router refused >&2; exit 3; }',
      'on-rollback': 'echo told',
      'auto-rollback-on-loadfail': 'true',
    });
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', passed: 'false', 'exit-code': '1', 'rollout-halted-at': 'first', 'rollback-triggered': 'true', 'rollback-ok': 'false' });
    expect(r.stdout).toMatch(/^::error::Auto-rollback FAILED: traffic NOT shifted back to 0%25, the shift FAILED \(command: test 0 -ne 0/m);
    expect(r.stdout).toContain('on-rollback hook ran (command: echo told): exit code 0');
  });

  test('in a matrix the default artifact name is made unique per job', async () => {
    const r = await runActionInProcess({ 'target-url': healthy.url, duration: '0.5s', 'matrix-job-index': '1', 'matrix-job-total': '3', 'fail-on-inconclusive': 'false' }, { env: github.env });
    expect(r.status).toBe(0);
    const names = github.requests.filter((q) => q.path.endsWith('/CreateArtifact')).map((q) => JSON.parse(q.body.toString()).name);
    expect(names).toContain('loadtest-report-2-of-3');
  });

  test('a sharded run on a matrix: each job uploads <name>-shard-<i>; mode merge downloads them all and judges the whole', async () => {
    // The two jobs start together, but on a busy machine one bundle can take a second longer to
    // load than the other; 6 s windows keep their overlap above the 80% the merge asks for.
    const shards = await Promise.all(
      [1, 2].map((i) => runAction({ 'target-url': healthy.url, duration: '6s', concurrency: '2', shard: `${i}/2`, 'artifact-name': 'matrix', 'matrix-job-index': String(i - 1), 'matrix-job-total': '2', 'min-throughput': '10' }, { env: github.env })),
    );
    expect(shards.map((r) => r.status)).toEqual([0, 0]);
    expect(shards[0].summary).toMatch(/^## 🧩 Shard 1 of 2 delivered its share \(provisional: pass\)/);
    expect(shards[0].stdout).not.toContain('::error');
    const uploaded = [1, 2].map((i) => JSON.parse(github.uploaded(`matrix-shard-${i}`)['results.json']));
    expect(uploaded.map((r) => r.shard.index)).toEqual([1, 2]);

    const seen = github.requests.length;
    const merge = await runActionInProcess({ mode: 'merge', 'artifact-name': 'matrix' }, { env: github.env });
    expect(merge.stdout).not.toContain('::error');
    expect(merge.status).toBe(0);
    const asked = github.requests.slice(seen).map((q) => `${q.method} ${q.path.replace(/\?.*$/, '')}`);
    expect(asked).toContain('POST /twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts');
    expect(asked.filter((a) => a === 'POST /twirp/github.actions.results.api.v1.ArtifactService/GetSignedArtifactURL')).toHaveLength(2);
    expect(asked.filter((a) => /^GET \/download\/\d+\.zip$/.test(a))).toHaveLength(2);
    expect(Number(merge.outputs.requests)).toBe(uploaded[0].overall.requests + uploaded[1].overall.requests);
    expect(merge.outputs.verdict).toBe('pass');
    expect(merge.summary).toContain('Merged from 2 shards');
    const results = JSON.parse(github.uploaded('matrix')['results.json']);
    expect(results.merged.shards).toHaveLength(2);
    expect(results.checks.find((c: { metric: string }) => c.metric === 'throughput').threshold).toBe(10);
  });

  test('a merge with a shard missing fails loudly, names the shard, and judges nothing', async () => {
    const one = await runActionInProcess({ 'target-url': healthy.url, duration: '0.5s', concurrency: '2', shard: '1/2', 'artifact-name': 'partial' }, { env: github.env });
    expect(one.status).toBe(0);
    const merge = await runActionInProcess({ mode: 'merge', 'artifact-name': 'partial' }, { env: github.env });
    expect(merge.status).toBe(1);
    expect(merge.stdout).toContain('shard 2 of 2 is missing');
    expect(merge.summary).toMatch(/^## ❌ Merge failed/);
    expect(merge.outputs).toMatchObject({ verdict: 'error', passed: 'false', 'exit-code': '2' });
  });

  test('a cancelled job (SIGINT) stops the load and still writes, uploads and summarises the partial report', async () => {
    const r = await runAction({ 'target-url': healthy.url, duration: '60s', concurrency: '2', 'artifact-name': 'cancelled-run' }, { env: github.env, signalOn: 'Starting load.' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::warning::SIGINT: the job is being cancelled; stopping the load and reporting what was measured');
    expect(r.summary).toMatch(/^## ⚠️ Load test cancelled: partial report/);
    const results = JSON.parse(github.uploaded('cancelled-run')['results.json']);
    expect(results.status).toBe('interrupted');
    expect(results.durationSeconds).toBeLessThan(60);
    expect(results.overall.requests).toBeGreaterThan(0);
  });
});
