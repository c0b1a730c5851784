// The action with baselines, against a local stand-in for GitHub at GITHUB_API_URL: finding the
// newest baseline artifact of a successful default-branch run and downloading it (REST list, run,
// zip redirect), saving a passing run as the next baseline, one sticky PR comment updated in
// place, and one regression issue commented on rather than duplicated. Every request is asserted.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoadTest } from '../src/app/run.js';
import { extendHistory, historyRun, nextHistory } from '../src/baseline/history.js';
import type { RunReport } from '../src/report/model.js';
import type { runActionInProcess as RunInProcess } from './helpers/action.js';
import { type FakeGitHub, THIS_RUN, startFakeGitHub } from './helpers/github.js';
import { planFrom } from './helpers/plan.js';
import { type TestServer, refusedUrl, slow, startServer } from './helpers/servers.js';
import { refusing } from './helpers/refusing.js';

let github: FakeGitHub;
let fast: TestServer;
let slower: TestServer;
let baselineJson: string;
const TOKEN = 'ghs_baselineTestToken0123456789';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

/** event writes a workflow event payload and returns the variables the runner sets for it. */
function event(name: 'push' | 'pull_request', ref: string, payload: object): Record<string, string> {
  const path = join(mkdtempSync(join(tmpdir(), 'loadtest-event-')), 'event.json');
  writeFileSync(path, JSON.stringify({ repository: { default_branch: 'main' }, ...payload }));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: path, GITHUB_REF: ref };
}
const onMain = () => event('push', 'refs/heads/main', {});
const onPullRequest = (number: number) => event('pull_request', `refs/pull/${number}/merge`, { pull_request: { number } });

let runActionInProcess: typeof RunInProcess;
let apiUrlBefore: string | undefined;

beforeAll(async () => {
  [github, fast, slower] = await Promise.all([startFakeGitHub(), startServer(slow(3)), startServer(slow(12))]);
  // @actions/github fixes its default API URL when it is first imported (@actions/artifact's
  // downloads use that default), as the runner's GITHUB_API_URL is fixed before the step starts:
  // the action is imported once the stand-in for GitHub is listening.
  apiUrlBefore = process.env.GITHUB_API_URL;
  process.env.GITHUB_API_URL = github.env.GITHUB_API_URL;
  ({ runActionInProcess } = await import('./helpers/action.js'));
  const report = await runLoadTest(planFrom({ flags: { '--target': fast.url, '--concurrency': '6', '--duration': '2s' } }));
  baselineJson = JSON.stringify(report);
  // The baseline to find: run 100 on main, which succeeded. Newer candidates that must be passed over:
  // a failed run on main, a run on a feature branch, an expired artifact; none of them is a readable baseline.
  github.runs.set(100, { id: 100, headBranch: 'main', conclusion: 'success' });
  github.runs.set(101, { id: 101, headBranch: 'main', conclusion: 'failure' });
  github.runs.set(102, { id: 102, headBranch: 'feature/x', conclusion: 'success' });
  github.addArtifact({ name: 'loadtest-baseline', runId: 100, files: { 'results.json': baselineJson }, createdAt: hoursAgo(5) });
  github.addArtifact({ name: 'loadtest-baseline', runId: 101, files: { 'results.json': 'not json' }, createdAt: hoursAgo(3) });
  github.addArtifact({ name: 'loadtest-baseline', runId: 102, files: { 'results.json': 'not json' }, createdAt: hoursAgo(2) });
  github.addArtifact({ name: 'loadtest-baseline', runId: 100, files: { 'results.json': 'not json' }, createdAt: hoursAgo(1), expired: true });
  github.issues.push({ number: 7, title: 'Make checkout faster', body: '', labels: [], state: 'open', pullRequest: true, comments: [{ id: 1, body: 'LGTM' }] });
});
afterAll(async () => {
  if (apiUrlBefore === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = apiUrlBefore;
  await Promise.all([github.close(), fast.close(), slower.close()]);
});

const inputs = (target: string, more: Record<string, string> = {}) => ({ 'target-url': target, concurrency: '6', duration: '2s', 'github-token': TOKEN, ...more });

describe('baselines in the action', () => {
  test('baseline: artifact finds the newest successful default-branch baseline, and a slower PR fails on the regression', async () => {
    const seen = github.requests.length;
    const r = await runActionInProcess(inputs(slower.url, { baseline: 'artifact' }), { env: { ...github.env, ...onPullRequest(7) } });
    const rest = github.requests.slice(seen).filter((q) => q.path.startsWith('/repos/') || q.path.startsWith('/download/'));
    expect(rest.map((q) => `${q.method} ${q.path}`)).toEqual([
      'GET /repos/acme/shop/actions/artifacts?name=loadtest-baseline&per_page=100',
      'GET /repos/acme/shop/actions/runs/101',
      'GET /repos/acme/shop/actions/runs/100',
      `GET /repos/acme/shop/actions/artifacts/${4242}/zip`,
      `GET /download/${4242}.zip?sig=fake-signature`,
    ]);
    for (const q of rest.filter((q) => q.path.startsWith('/repos/'))) expect(q.headers.authorization).toBe(`token ${TOKEN}`);
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', regression: 'fail' });
    expect(r.stdout).toContain('Baseline: loadtest-baseline (run 100 on main');
    expect(r.stdout).toMatch(/::error title=P50 regressed from the baseline::p50: this run [\d.]+ms vs baseline [\d.]+ms/);
    expect(r.summary).toContain('### Compared with the baseline');
    expect(r.summary).toContain('(https://github.com/acme/shop/actions/runs/100)');
    expect(r.summary).toMatch(/\| p50 \| all \| [\d.]+ms \| [\d.]+ms \| \+\d+\.\d% \|/);
    expect(r.stdout).not.toContain(TOKEN);
  });

  test('no baseline artifact: a notice and the output no-baseline, never a pass of the rules', async () => {
    const r = await runActionInProcess(inputs(fast.url, { baseline: 'artifact', 'baseline-artifact': 'perf-baseline' }), { env: { ...github.env, ...onMain() } });
    expect(r.status).toBe(0);
    expect(r.outputs.regression).toBe('no-baseline');
    expect(r.stdout).toContain('::notice title=No baseline to compare with::no perf-baseline artifact from the main branch of acme/shop');
    expect(r.summary).toContain('No baseline to compare with: no perf-baseline artifact from the main branch');
  });

  test('save-baseline on the default branch uploads results.json and the history it starts; on a pull request it does not', async () => {
    const saved = await runActionInProcess(inputs(fast.url, { 'save-baseline': 'true', 'baseline-artifact': 'saved-baseline', baseline: 'artifact' }), { env: { ...github.env, ...onMain() } });
    expect(saved.status).toBe(0);
    expect(saved.outputs['baseline-saved']).toBe('true');
    const files = github.uploaded('saved-baseline');
    // The artifact's files in any order: the zip lists them as they were added, which the upload does not fix.
    expect(Object.keys(files).sort()).toEqual(['baseline-history.json', 'results.json']);
    expect(JSON.parse(files['results.json']).verdict).toBe('pass');
    // No saved-baseline artifact yet: the history starts with this run.
    expect(JSON.parse(files['baseline-history.json']).runs.map((r: { startedAt: string }) => r.startedAt)).toEqual([JSON.parse(files['results.json']).startedAt]);
    expect(saved.stdout).toContain('::notice::The saved baseline history starts with this run: this step compared with no saved-baseline baseline');

    const creates = () => github.requests.filter((q) => q.path.endsWith('/CreateArtifact') && JSON.parse(q.body.toString()).name === 'pr-baseline').length;
    const pr = await runActionInProcess(inputs(fast.url, { 'save-baseline': 'true', 'baseline-artifact': 'pr-baseline', baseline: 'artifact' }), { env: { ...github.env, ...onPullRequest(7) } });
    expect(pr.outputs['baseline-saved']).toBe('false');
    expect(pr.stdout).toContain('::notice::Baseline not saved: this run is on refs/pull/7/merge, and baselines come from the default branch (main).');
    expect(creates()).toBe(0);
  });

  test('a baseline over another HTTP version: the run is inconclusive (its regression check was not made), yet on the default branch it becomes the new baseline, or none ever could', async () => {
    const overHttp2 = { ...(JSON.parse(baselineJson) as RunReport), protocol: { version: '2', how: 'alpn', asked: 'auto', alpn: 'h2', connections: 1, streamsPerConnection: 100 } };
    github.addArtifact({ name: 'h2-baseline', runId: 100, files: { 'results.json': JSON.stringify(overHttp2) }, createdAt: hoursAgo(2) });
    const onPr = await runActionInProcess(inputs(fast.url, { 'save-baseline': 'true', 'baseline-artifact': 'h2-baseline', baseline: 'artifact' }), { env: { ...github.env, ...onPullRequest(9) } });
    expect(onPr.outputs.verdict).toBe('inconclusive');
    expect(onPr.outputs.regression).toBe('not-comparable');
    expect(onPr.outputs['baseline-saved']).toBe('false');
    const main = await runActionInProcess(inputs(fast.url, { 'save-baseline': 'true', 'baseline-artifact': 'h2-baseline', baseline: 'artifact' }), { env: { ...github.env, ...onMain() } });
    expect(main.outputs.verdict).toBe('inconclusive');
    expect(main.outputs['baseline-saved']).toBe('true');
    expect(main.stdout).toContain('::notice::Saved as the new h2-baseline baseline although inconclusive: everything but the baseline comparison passed');
    expect(JSON.parse(github.uploaded('h2-baseline')['results.json']).protocol).toMatchObject({ version: '1.1' });
  });

  test('a baseline artifact with a history: the run is judged against all of it, and saving extends it by this run', async () => {
    const own = JSON.parse(baselineJson) as RunReport;
    const older = { ...historyRun({ startedAt: hoursAgo(30), runUrl: null, requests: own.overall.requests, errorRatePercent: own.overall.errorRatePercent, latencyMs: own.overall.latencyMs, blocks: [] }) };
    const history = extendHistory([older], nextHistory(own)!.runs[0]);
    github.addArtifact({ name: 'history-baseline', runId: 100, files: { 'results.json': baselineJson, 'baseline-history.json': JSON.stringify(history) }, createdAt: hoursAgo(4) });
    // What is tested is the history, not the comparison: 2 s runs are too short for batches of time, and
    // their per-request comparison could call noise a regression, which would keep the run from being saved.
    const r = await runActionInProcess(inputs(fast.url, { 'save-baseline': 'true', 'baseline-artifact': 'history-baseline', baseline: 'artifact', 'fail-on-regression': 'false' }), { env: { ...github.env, ...onMain() } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Baseline: history-baseline (run 100 on main');
    expect(r.stdout).toContain('; a history of 2 runs)');
    const saved = JSON.parse(github.uploaded('history-baseline')['baseline-history.json']);
    const results = JSON.parse(github.uploaded('history-baseline')['results.json']);
    expect(saved.runs.map((run: { startedAt: string }) => run.startedAt)).toEqual([older.startedAt, own.startedAt, results.startedAt]);
    expect(r.stdout).not.toContain('The saved baseline history starts with this run');
  });

  test('pr-comment keeps one comment on the pull request, updated in place', async () => {
    // The first run is the baseline's own server again: an A/A pair that a busy CI machine can push
    // past +10% on p50, so it does not fail on the comparison; the comment is what is under test here.
    const first = await runActionInProcess(inputs(fast.url, { baseline: 'artifact', 'pr-comment': 'true', 'artifact-name': 'pr-gate', 'fail-on-regression': 'false' }), { env: { ...github.env, ...onPullRequest(7) } });
    expect(first.status).toBe(0);
    const pr = github.issues.find((i) => i.number === 7)!;
    const mine = () => pr.comments.filter((c) => c.body.includes('<!-- loadtest-action:pr-comment:pr-gate -->'));
    expect(mine()).toHaveLength(1);
    expect(mine()[0].body).toContain('### ✅ Load test passed');
    expect(mine()[0].body).toContain('Compared with the baseline');
    const id = mine()[0].id;

    const second = await runActionInProcess(inputs(slower.url, { baseline: 'artifact', 'pr-comment': 'true', 'artifact-name': 'pr-gate' }), { env: { ...github.env, ...onPullRequest(7) } });
    expect(second.status).toBe(1);
    expect(mine()).toHaveLength(1);
    expect(mine()[0].id).toBe(id);
    expect(mine()[0].body).toContain('### ❌ Load test failed');
    // Each regression sentence the verdict quotes is said once, not again as a bullet under the table.
    const quoted = [...mine()[0].body.matchAll(/^> regression vs baseline: (.*)$/gm)].map(([, sentence]) => sentence);
    expect(quoted.length).toBeGreaterThan(0);
    const lines = mine()[0].body.split('\n');
    for (const sentence of quoted) expect(lines.filter((line) => line === `> regression vs baseline: ${sentence}` || line === `- ${sentence}`)).toHaveLength(1);
    expect(mine()[0].body).toContain('_98% is the confidence of all the tests together');
    expect(pr.comments[0].body).toBe('LGTM');
    const patches = github.requests.filter((q) => q.method === 'PATCH');
    expect(patches.map((q) => q.path)).toEqual([`/repos/acme/shop/issues/comments/${id}`]);
  });

  test('create-regression-issue opens one issue on the default branch, then comments on it', async () => {
    const issuesBefore = github.issues.length;
    const run = () => runActionInProcess(inputs(slower.url, { baseline: 'artifact', 'create-regression-issue': 'true' }), { env: { ...github.env, ...onMain(), GITHUB_RUN_ID: String(THIS_RUN) } });
    const first = await run();
    expect(first.status).toBe(1);
    expect(github.issues.length).toBe(issuesBefore + 1);
    const issue = github.issues[github.issues.length - 1];
    expect(issue.title).toBe(`Performance regression on main: ${new URL(slower.url).host}`);
    expect(issue.labels).toEqual(['performance-regression']);
    expect(issue.body).toContain('**What regressed**');
    expect(issue.body).toContain('https://github.com/acme/shop/actions/runs/100');
    expect(first.stdout).toContain(`opened regression issue #${issue.number}`);

    const second = await run();
    expect(second.status).toBe(1);
    expect(github.issues.length).toBe(issuesBefore + 1);
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0].body).toContain('regressed from its baseline');
    const listed = github.requests.filter((q) => q.method === 'GET' && q.path.startsWith('/repos/acme/shop/issues?'));
    expect(listed.length).toBe(2);
    expect(listed[0].path).toContain('labels=performance-regression');
    expect(listed[0].path).toContain('state=open');
  });
});

describe('a baseline that cannot be read fails the step before any load, as a setup error', () => {
  test('403 on listing the artifacts: an error annotation naming actions: read, verdict error, nothing sent to the target', async () => {
    const front = await refusing(github.url, { 'GET /repos/acme/shop/actions/artifacts': 403 });
    const sent = fast.received.length;
    try {
      const r = await runActionInProcess(inputs(fast.url, { baseline: 'artifact' }), { env: { ...github.env, GITHUB_API_URL: front.url, ...onMain() } });
      expect(r.status).toBe(1);
      expect(r.outputs).toMatchObject({ verdict: 'error', passed: 'false' });
      expect(r.stdout).toContain("::error title=Invalid load-test config at input baseline::cannot read the baseline artifact loadtest-baseline: listing the loadtest-baseline artifacts of acme/shop (GET /repos/acme/shop/actions/artifacts) failed: HTTP 403: Resource not accessible by integration - https://docs.github.com/rest; the token lacks 'actions: read' permission: add `permissions: { actions: read }` to the job");
      expect(r.stdout).not.toContain('::notice title=No baseline');
      expect(r.summary).toContain('No load was sent.');
      // The event names the default branch: the only call is the refused list.
      expect(front.seen).toEqual(['GET /repos/acme/shop/actions/artifacts?name=loadtest-baseline&per_page=100']);
      expect(fast.received.length).toBe(sent);
    } finally {
      await front.close();
    }
  });

  test('a corrupt results.json in the newest successful baseline artifact', async () => {
    github.runs.set(300, { id: 300, headBranch: 'main', conclusion: 'success' });
    github.addArtifact({ name: 'corrupt-baseline', runId: 300, files: { 'results.json': '{"schemaVersion": 1, "mode": ' } });
    const since = github.requests.length;
    const sent = fast.received.length;
    const r = await runActionInProcess(inputs(fast.url, { baseline: 'artifact', 'baseline-artifact': 'corrupt-baseline' }), { env: { ...github.env, ...onMain() } });
    expect(r.status).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    expect(r.stdout).toMatch(/::error title=Invalid load-test config at input baseline::corrupt-baseline \(run 300 on main, [^)]+\): not valid JSON/);
    expect(github.requests.slice(since).filter((q) => q.path.startsWith('/repos/') || q.path.startsWith('/download/')).map((q) => `${q.method} ${q.path}`)).toEqual([
      'GET /repos/acme/shop/actions/artifacts?name=corrupt-baseline&per_page=100',
      'GET /repos/acme/shop/actions/runs/300',
      expect.stringMatching(/^GET \/repos\/acme\/shop\/actions\/artifacts\/\d+\/zip$/),
      expect.stringMatching(/^GET \/download\/\d+\.zip\?sig=fake-signature$/),
    ]);
    expect(fast.received.length).toBe(sent);
  });

  test('an API that cannot be reached', async () => {
    const closed = await refusedUrl();
    const sent = fast.received.length;
    const r = await runActionInProcess(inputs(fast.url, { baseline: 'artifact' }), { env: { ...github.env, GITHUB_API_URL: closed, ...onMain() } });
    expect(r.status).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    expect(r.stdout).toContain(`failed: the GitHub API at ${closed} could not be reached (`);
    expect(fast.received.length).toBe(sent);
  });

  test('a named baseline file that does not exist names the path', async () => {
    const sent = fast.received.length;
    const r = await runActionInProcess(inputs(fast.url, { baseline: 'perf/baseline.json' }), { env: { ...github.env, ...onMain() } });
    expect(r.status).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    expect(r.stdout).toContain('::error title=Invalid load-test config at input baseline::cannot read the baseline perf/baseline.json: no such file');
    expect(fast.received.length).toBe(sent);
  });
});
