// Artifact names in one workflow run, and GitHub Enterprise Server, where @actions/artifact v2 has
// no service: against the local stand-in for GitHub, which (as GitHub does) refuses a second
// artifact of the same name in a run with 409 Conflict.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runActionInProcess } from './helpers/action.js';
import { type FakeGitHub, startFakeGitHub } from './helpers/github.js';
import { type TestServer, ok, startServer } from './helpers/servers.js';

let target: TestServer;
let github: FakeGitHub;
beforeAll(async () => {
  [target, github] = await Promise.all([startServer(ok), startFakeGitHub()]);
});
afterAll(async () => {
  await Promise.all([target.close(), github.close()]);
});

const load = { duration: '0.5s', concurrency: '2', 'fail-on-inconclusive': 'false' };
const created = () => github.requests.filter((q) => q.path.endsWith('/CreateArtifact')).map((q) => JSON.parse(q.body.toString()).name as string);
const ghes = { GITHUB_SERVER_URL: 'https://ghes.example.com' };

describe('artifact names in one workflow run', () => {
  test('two jobs of one run upload under different default names: each job id is in its name', async () => {
    const [loadTest, canary] = [
      await runActionInProcess({ 'target-url': target.url, ...load }, { env: { ...github.env, GITHUB_JOB: 'load-test' } }),
      await runActionInProcess({ 'target-url': target.url, ...load }, { env: { ...github.env, GITHUB_JOB: 'canary' } }),
    ];
    expect([loadTest.status, canary.status]).toEqual([0, 0]);
    expect(created()).toEqual(['loadtest-report-load-test', 'loadtest-report-canary']);
    expect(JSON.parse(github.uploaded('loadtest-report-canary')['results.json']).verdict).toBe('pass');
    for (const r of [loadTest, canary]) expect(r.stdout).not.toContain('::warning');
  });

  test('the same job id twice in a run (two calls of the reusable workflow): the second report is kept under -2, with a notice', async () => {
    const before = created().length;
    const first = await runActionInProcess({ 'target-url': target.url, ...load }, { env: { ...github.env, GITHUB_JOB: 'loadtest' } });
    const second = await runActionInProcess({ 'target-url': target.url, ...load }, { env: { ...github.env, GITHUB_JOB: 'loadtest' } });
    expect(created().slice(before)).toEqual(['loadtest-report-loadtest', 'loadtest-report-loadtest', 'loadtest-report-loadtest-2']);
    expect(first.stdout).not.toContain('is taken');
    expect(second.stdout).toMatch(/^::notice::The artifact name loadtest-report-loadtest is taken in this workflow run \(by another job\); the report was uploaded as loadtest-report-loadtest-2\. Set artifact-name to choose one\.$/m);
    expect(second.outputs['artifact-id']).not.toBe('');
    expect(second.summary).toContain('📦 Full report: [loadtest-report-loadtest-2]');
    expect(Object.keys(github.uploaded('loadtest-report-loadtest-2'))).toContain('results.json');
  });

  test('a name the user chose is not changed: when it is taken, a warning names the input and the report stays on disk', async () => {
    await runActionInProcess({ 'target-url': target.url, ...load, 'artifact-name': 'perf' }, { env: github.env });
    const again = await runActionInProcess({ 'target-url': target.url, ...load, 'artifact-name': 'perf' }, { env: github.env });
    expect(again.status).toBe(0);
    expect(created().filter((name) => name.startsWith('perf'))).toEqual(['perf', 'perf']);
    expect(again.stdout).toMatch(/^::warning::Report artifact not uploaded: the name perf is taken by another artifact of this workflow run\. The report stays in loadtest-report: set artifact-name to a name unique in the run/m);
    expect(again.outputs['artifact-id']).toBe('');
  });
});

describe('on GitHub Enterprise Server', () => {
  test('the report is not uploaded: a warning says why and what to use instead, and nothing is sent to the artifact service', async () => {
    const before = github.requests.length;
    const r = await runActionInProcess({ 'target-url': target.url, ...load }, { env: { ...github.env, ...ghes } });
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.stdout).toMatch(/^::warning::Report artifact not uploaded: GitHub Enterprise Server \(https:\/\/ghes\.example\.com\) has no artifact service for @actions\/artifact v2, which this action uses\. The report stays in loadtest-report: upload it with actions\/upload-artifact@v3/m);
    expect(github.requests.slice(before)).toEqual([]);
  });

  test('a baseline artifact asked for cannot be read: a setup error that says to give a path, before any load', async () => {
    const before = target.received.length;
    const apiCalls = github.requests.length;
    const r = await runActionInProcess({ 'target-url': target.url, ...load, baseline: 'artifact', 'github-token': 'ghs_example' }, { env: { ...github.env, ...ghes } });
    expect(r.status).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    expect(r.stdout).toMatch(/cannot read the baseline artifact loadtest-baseline: GitHub Enterprise Server \(https:\/\/ghes\.example\.com\) has no artifact service .* give its path in the baseline input instead of artifact/);
    expect(target.received.length).toBe(before);
    expect(github.requests.length).toBe(apiCalls);
  });

  test('mode merge without shards: an error naming the shards input', async () => {
    const r = await runActionInProcess({ mode: 'merge' }, { env: { ...github.env, ...ghes } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/GitHub Enterprise Server \(https:\/\/ghes\.example\.com\) has no artifact service .*, so the shards' artifacts cannot be downloaded: download them with actions\/download-artifact@v3 and give their directories in the shards input/);
  });

  test('mode model from an artifact: an error naming model-from', async () => {
    const r = await runActionInProcess({ mode: 'model', 'model-artifact': 'access-logs' }, { env: { ...github.env, ...ghes } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/the artifact access-logs cannot be downloaded: download it with actions\/download-artifact@v3 and give the logs' paths in model-from/);
  });
});
