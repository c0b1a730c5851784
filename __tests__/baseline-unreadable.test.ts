// "No baseline yet" against "the baseline cannot be read", through the CLI in-process, against the
// local stand-in for GitHub's API. The first is the first run on the default branch: a notice, and
// the run goes on. The second would turn the regression gate off without anyone asking: exit 2,
// saying what to fix, decided before a single request reaches the target. Every request to the
// API is asserted.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import type { RunReport } from '../src/report/model.js';
import { type FakeGitHub, startFakeGitHub } from './helpers/github.js';
import { refusing as refusingFront } from './helpers/refusing.js';
import { type TestServer, ok, refusedUrl, startServer } from './helpers/servers.js';

const TOKEN = 'ghs_unreadableBaseline0123456789';
let github: FakeGitHub;
let target: TestServer;

beforeAll(async () => {
  [github, target] = await Promise.all([startFakeGitHub(), startServer(ok)]);
});
afterAll(async () => {
  await Promise.all([github.close(), target.close()]);
});

function cli(argv: string[], env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const output = join(mkdtempSync(join(tmpdir(), 'loadtest-unreadable-')), 'r');
  return main(['run', '--target', target.url, '--concurrency', '2', '--duration', '0.5s', '--min-requests', '1', '--output', output, ...argv], { out: (t) => out.push(t), err: (t) => err.push(t), progress: () => undefined, env, signal: new AbortController().signal, progressEverySeconds: 1, readLimits: () => null }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n'), output }));
}

/** githubEnv: what the CLI needs to look up an artifact, against `apiUrl`. */
const githubEnv = (apiUrl: string, more: Record<string, string> = {}) => ({ GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'acme/shop', GITHUB_API_URL: apiUrl, GITHUB_RUN_ID: '777', ...more });

const refusing = (refuse: Record<string, number>) => refusingFront(github.url, refuse);
const apiCalls = (since: number) => github.requests.slice(since).map((q) => `${q.method} ${q.path}`);

describe('a baseline artifact that cannot be read stops the run before any load (exit 2)', () => {
  test('403 on listing the artifacts: names actions: read; nothing reaches the target', async () => {
    const front = await refusing({ 'GET /repos/acme/shop/actions/artifacts': 403 });
    const sent = target.received.length;
    try {
      const r = await cli(['--baseline', 'artifact'], githubEnv(front.url));
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        "error: cannot read the baseline artifact loadtest-baseline: listing the loadtest-baseline artifacts of acme/shop (GET /repos/acme/shop/actions/artifacts) failed: HTTP 403: Resource not accessible by integration - https://docs.github.com/rest; the token lacks 'actions: read' permission: add `permissions: { actions: read }` to the job (or give a token that has it); nothing was run.",
      );
      expect(r.out).not.toContain('No baseline');
      expect(front.seen).toEqual(['GET /repos/acme/shop', 'GET /repos/acme/shop/actions/artifacts?name=loadtest-baseline&per_page=100']);
      expect(target.received.length).toBe(sent);
    } finally {
      await front.close();
    }
  });

  test('401 (a token that was refused) says so', async () => {
    const front = await refusing({ 'GET /repos/acme/shop/actions/artifacts': 401 });
    try {
      const r = await cli(['--baseline', 'artifact'], githubEnv(front.url));
      expect(r.code).toBe(2);
      expect(r.err).toContain('HTTP 401: Bad credentials');
      expect(r.err).toContain('the token was refused (expired, revoked or not a GitHub token)');
    } finally {
      await front.close();
    }
  });

  test('a default branch that cannot be read (the event does not say, and the API refuses)', async () => {
    const front = await refusing({ 'GET /repos/acme/shop': 403 });
    const sent = target.received.length;
    try {
      const r = await cli(['--baseline', 'artifact'], githubEnv(front.url));
      expect(r.code).toBe(2);
      expect(r.err).toContain('cannot read the baseline artifact loadtest-baseline: reading the default branch of acme/shop (GET /repos/acme/shop) failed: HTTP 403');
      expect(r.err).toContain("the token lacks 'contents: read' permission");
      expect(front.seen).toEqual(['GET /repos/acme/shop']);
      expect(target.received.length).toBe(sent);
    } finally {
      await front.close();
    }
  });

  test('an API that cannot be reached (a closed port)', async () => {
    const closed = await refusedUrl();
    const sent = target.received.length;
    const r = await cli(['--baseline', 'artifact'], githubEnv(closed, { GITHUB_EVENT_PATH: eventWithDefaultBranch() }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^error: cannot read the baseline artifact loadtest-baseline: listing the loadtest-baseline artifacts of acme/shop \\(GET /repos/acme/shop/actions/artifacts\\) failed: the GitHub API at ${closed} could not be reached \\(.*ECONNREFUSED.*\\); nothing was run\\.$`));
    expect(target.received.length).toBe(sent);
  });

  test('no token, or no repository, when artifact is asked for', async () => {
    const sent = target.received.length;
    const noToken = await cli(['--baseline', 'artifact'], { GITHUB_REPOSITORY: 'acme/shop', GITHUB_API_URL: github.url });
    expect(noToken.code).toBe(2);
    expect(noToken.err).toBe("error: cannot read the baseline artifact loadtest-baseline: finding it needs a GitHub token (GITHUB_TOKEN, or the action's github-token), and there is none; give it, or a baseline file instead of artifact; nothing was run.");
    const neither = await cli(['--baseline', 'artifact'], {});
    expect(neither.err).toContain("finding it needs a GitHub token (GITHUB_TOKEN, or the action's github-token) and GITHUB_REPOSITORY, and there is none; give them");
    expect(target.received.length).toBe(sent);
  });
});

describe('no baseline yet is a notice, and the run goes on', () => {
  test('no artifact of that name on the default branch (the first run on main): regression no-baseline, exit 0', async () => {
    const since = github.requests.length;
    const r = await cli(['--baseline', 'artifact:first-baseline'], githubEnv(github.url));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('No baseline: no first-baseline artifact from the main branch of acme/shop yet (a run on main with save-baseline: true makes one)');
    expect(apiCalls(since)).toEqual(['GET /repos/acme/shop', 'GET /repos/acme/shop/actions/artifacts?name=first-baseline&per_page=100']);
    const report = JSON.parse(readFileSync(join(r.output, 'results.json'), 'utf8')) as RunReport;
    expect(report.regression).toMatchObject({ status: 'no-baseline', verdict: null });
    expect(report.notices.join('\n')).toContain('no baseline to compare with: no first-baseline artifact from the main branch of acme/shop yet');
    expect(target.received.length).toBeGreaterThan(0);
  });
});

/** eventWithDefaultBranch: a push event payload naming the default branch, as the runner writes it. */
function eventWithDefaultBranch(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'loadtest-event-')), 'event.json');
  writeFileSync(path, JSON.stringify({ repository: { default_branch: 'main' } }));
  return path;
}
