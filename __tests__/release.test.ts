// scripts/release.mjs in a temporary git repository shaped like this one (the real action.yml, a
// README and docs naming the action, a CHANGELOG, a source file and the dist/ a build script makes
// of it), with a bare repository as origin: it tags, moves the major tag, stamps the repository
// into the reusable workflow and the docs, and refuses a dirty tree, a stale dist/, failing tests,
// an old version and an empty changelog.

import { beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const RELEASE = resolve('scripts/release.mjs');
const RENDER = resolve('scripts/render-workflow.mjs');
const BUILD = "node build.mjs";
const TESTS = 'node -e "process.exit(0)"';
const DATE = '2026-12-07';

let repo: string;
let origin: string;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const read = (file: string) => readFileSync(join(repo, file), 'utf8');
const write = (file: string, text: string) => writeFileSync(join(repo, file), text);
const commit = (message: string) => {
  git('add', '--all');
  git('commit', '-q', '-m', message);
};
const tagAt = (tag: string) => git('rev-list', '-n', '1', tag);
const tags = () => git('tag', '--list').split('\n').filter(Boolean).sort();

/** release runs the script as a maintainer would, without the GitHub environment. */
function release(...args: string[]): { status: number | null; output: string } {
  const env = { ...process.env };
  delete env.GITHUB_REPOSITORY;
  const run = spawnSync(process.execPath, [RELEASE, ...args], { cwd: repo, env, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'release-'));
  origin = join(root, 'origin.git');
  repo = join(root, 'work');
  execFileSync('git', ['init', '-q', '--bare', origin]);
  mkdirSync(join(repo, 'src'), { recursive: true });
  mkdirSync(join(repo, 'docs'));
  mkdirSync(join(repo, '.github/workflows'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Release Test');
  git('config', 'user.email', 'release@example.com');
  git('config', 'commit.gpgsign', 'false');
  git('config', 'tag.gpgsign', 'false');
  git('remote', 'add', 'origin', origin);
  write('package.json', `${JSON.stringify({ name: 'loadtest-action', version: '1.0.0', license: 'MIT', repository: 'github:YOUR_ORG/loadtest-action' }, null, 2)}\n`);
  write('action.yml', readFileSync('action.yml', 'utf8'));
  write('CHANGELOG.md', '# Changelog\n\n## Unreleased\n\n- The first release.\n');
  write('README.md', '# loadtest-action\n\n```yaml\n      - uses: YOUR_ORG/loadtest-action@v1\n```\n');
  write('docs/GUIDE.md', '```yaml\n    uses: YOUR_ORG/loadtest-action/.github/workflows/loadtest.yml@v1\n```\n');
  write('src/version.ts', "export const TOOL_VERSION = '1.0.0';\n");
  write('src/main.js', 'export const answer = 42;\n');
  // The build: dist/ is the source plus the version it was built for, as ncc's bundle carries it.
  write('build.mjs', "import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';\nmkdirSync('dist', { recursive: true });\nwriteFileSync('dist/index.js', readFileSync('src/main.js', 'utf8') + readFileSync('src/version.ts', 'utf8'));\n");
  execFileSync(process.execPath, ['build.mjs'], { cwd: repo });
  execFileSync(process.execPath, [RENDER], { cwd: repo });
  commit('The action');
});

describe('a release', () => {
  test('tags vX.Y.Z and vX on one commit whose dist, version, workflow and docs name the release', () => {
    const r = release('1.0.0', '--repository', 'acme/loadtest-action', '--build', BUILD, '--test', TESTS, '--date', DATE, '--notes', join(repo, '..', 'notes.md'));
    expect(r.output).toContain('Released v1.0.0 of acme/loadtest-action');
    expect(r.status).toBe(0);
    expect(tags()).toEqual(['v1', 'v1.0.0']);
    const head = git('rev-parse', 'HEAD');
    expect([tagAt('v1.0.0'), tagAt('v1')]).toEqual([head, head]);
    expect(git('log', '-1', '--format=%s')).toBe('Release v1.0.0');
    expect(git('status', '--porcelain')).toBe('');
    expect(JSON.parse(read('package.json'))).toMatchObject({ version: '1.0.0', repository: 'github:acme/loadtest-action' });
    const workflow = parse(read('.github/workflows/loadtest.yml'));
    expect(workflow.jobs.loadtest.steps.find((s: { id?: string }) => s.id === 'gate').uses).toBe('acme/loadtest-action@v1');
    expect(read('README.md')).toContain('uses: acme/loadtest-action@v1\n');
    expect(read('docs/GUIDE.md')).toContain('uses: acme/loadtest-action/.github/workflows/loadtest.yml@v1\n');
    expect(read('docs/INPUTS.md')).toContain('`uses: acme/loadtest-action@v1`');
    expect(read('CHANGELOG.md')).toBe('# Changelog\n\n## Unreleased\n\n## 1.0.0 - 2026-12-07\n\n- The first release.\n');
    expect(readFileSync(join(repo, '..', 'notes.md'), 'utf8')).toBe('- The first release.\n');
    expect(git('tag', '-l', '--format=%(contents)', 'v1.0.0')).toBe('v1.0.0\n\n- The first release.');
    expect(read('dist/index.js')).toContain("TOOL_VERSION = '1.0.0'");
  });

  test('the next minor moves v1 and leaves v1.0.0 where it was; a major starts v2 and leaves v1', () => {
    expect(release('1.0.0', '--repository', 'acme/loadtest-action', '--build', BUILD, '--test', TESTS).status).toBe(0);
    const first = git('rev-parse', 'HEAD');
    write('src/main.js', 'export const answer = 43;\n');
    execFileSync(process.execPath, ['build.mjs'], { cwd: repo });
    write('CHANGELOG.md', read('CHANGELOG.md').replace('## Unreleased\n', '## Unreleased\n\n- A better answer.\n'));
    commit('A better answer');

    const minor = release('1.1.0', '--build', BUILD, '--test', TESTS, '--date', DATE);
    expect(minor.status).toBe(0);
    const second = git('rev-parse', 'HEAD');
    expect(tagAt('v1.0.0')).toBe(first);
    expect([tagAt('v1.1.0'), tagAt('v1')]).toEqual([second, second]);
    expect(JSON.parse(read('package.json')).version).toBe('1.1.0');
    expect(read('dist/index.js')).toContain("TOOL_VERSION = '1.1.0'");
    expect(read('CHANGELOG.md')).toContain('## Unreleased\n\n## 1.1.0 - 2026-12-07\n\n- A better answer.\n\n## 1.0.0 - ');

    write('CHANGELOG.md', read('CHANGELOG.md').replace('## Unreleased\n', '## Unreleased\n\n- Inputs renamed.\n'));
    commit('Inputs renamed');
    expect(release('2.0.0', '--build', BUILD, '--test', TESTS).status).toBe(0);
    const third = git('rev-parse', 'HEAD');
    expect([tagAt('v2.0.0'), tagAt('v2'), tagAt('v1')]).toEqual([third, third, second]);
    expect(read('README.md')).toContain('uses: acme/loadtest-action@v2\n');
    expect(parse(read('.github/workflows/loadtest.yml')).jobs.loadtest.steps.find((s: { id?: string }) => s.id === 'gate').uses).toBe('acme/loadtest-action@v2');
  });

  test('--push sends the branch and both tags, and moves the major tag on origin', () => {
    expect(release('1.0.0', '--repository', 'acme/loadtest-action', '--build', BUILD, '--test', TESTS, '--push').status).toBe(0);
    const remote = (ref: string) => execFileSync('git', ['--git-dir', origin, 'rev-list', '-n', '1', ref], { encoding: 'utf8' }).trim();
    expect([remote('main'), remote('v1.0.0'), remote('v1')]).toEqual(Array(3).fill(git('rev-parse', 'HEAD')));
    write('CHANGELOG.md', read('CHANGELOG.md').replace('## Unreleased\n', '## Unreleased\n\n- More.\n'));
    commit('More');
    expect(release('1.0.1', '--build', BUILD, '--test', TESTS, '--push').status).toBe(0);
    expect(remote('v1')).toBe(git('rev-parse', 'HEAD'));
    expect(remote('v1.0.0')).not.toBe(remote('v1'));
  });
});

describe('a release refused', () => {
  const refused = (r: { status: number | null; output: string }, reason: RegExp) => {
    expect(r.output).toMatch(reason);
    expect(r.status).toBe(1);
    expect(tags()).toEqual([]);
    expect(git('log', '-1', '--format=%s')).not.toMatch(/^Release/);
  };

  test('with changes not committed', () => {
    write('README.md', `${read('README.md')}\nA note.\n`);
    refused(release('1.0.0', '--repository', 'acme/loadtest-action', '--build', BUILD, '--test', TESTS), /release refused: the working tree has changes that are not committed.*\n M README\.md/);
  });

  test('with a dist/ that is not a fresh build of the source, and the tree is put back', () => {
    write('src/main.js', 'export const answer = 41;\n');
    commit('Changed the source, forgot to build');
    refused(release('1.0.0', '--repository', 'acme/loadtest-action', '--build', BUILD, '--test', TESTS), /release refused: dist\/ is stale: a fresh build changes it\. Run `node build\.mjs` and commit dist\/ first:\n M dist\/index\.js/);
    expect(git('status', '--porcelain')).toBe('');
  });

  test('when the tests fail', () => {
    refused(release('1.0.0', '--repository', 'acme/loadtest-action', '--build', BUILD, '--test', 'node -e "process.exit(3)"'), /release refused: the tests failed \(`node -e "process.exit\(3\)"` exited with 3\)/);
  });

  test('with nothing under "Unreleased"', () => {
    write('CHANGELOG.md', '# Changelog\n\n## Unreleased\n\n## 0.9.0 - 2026-01-01\n\n- Old.\n');
    commit('Empty changelog');
    refused(release('1.0.0', '--repository', 'acme/loadtest-action', '--build', BUILD, '--test', TESTS), /release refused: CHANGELOG\.md says nothing under "## Unreleased"/);
  });

  test('while the owner is still the placeholder and nothing names it', () => {
    refused(release('1.0.0', '--build', BUILD, '--test', TESTS), /release refused: the repository to release is still YOUR_ORG\/…: give --repository OWNER\/NAME/);
  });

  test('with --push, when the tag is already on origin (not fetched here), before the tests run', () => {
    git('push', '-q', 'origin', 'HEAD:refs/heads/main', 'HEAD:refs/tags/v1.0.0');
    refused(release('1.0.0', '--repository', 'acme/loadtest-action', '--build', BUILD, '--test', 'node -e "require(\'fs\').writeFileSync(\'../tests-ran\', \'\')"', '--push'), /release refused: v1\.0\.0 is already on origin/);
    expect(existsSync(join(repo, '..', 'tests-ran'))).toBe(false);
  });

  test('with --push from a detached HEAD, before the tests run', () => {
    git('checkout', '-q', '--detach');
    refused(release('1.0.0', '--repository', 'acme/loadtest-action', '--build', BUILD, '--test', TESTS, '--push'), /release refused: HEAD is detached/);
  });

  test('when the push fails: nothing is published, and the commit and tags are undone here', () => {
    expect(release('1.0.0', '--repository', 'acme/loadtest-action', '--build', BUILD, '--test', TESTS, '--push').status).toBe(0);
    const released = git('rev-parse', 'HEAD');
    const v1 = git('rev-parse', 'refs/tags/v1');
    write('CHANGELOG.md', read('CHANGELOG.md').replace('## Unreleased\n', '## Unreleased\n\n- More.\n'));
    commit('More');
    const more = git('rev-parse', 'HEAD');
    // Someone else pushed to main meanwhile: the atomic push is refused as a whole.
    const other = join(repo, '..', 'other');
    execFileSync('git', ['clone', '-q', '-b', 'main', origin, other]);
    execFileSync('git', ['-c', 'user.name=O', '-c', 'user.email=o@example.com', 'commit', '-q', '--allow-empty', '-m', 'Meanwhile'], { cwd: other });
    execFileSync('git', ['push', '-q', 'origin', 'HEAD:main'], { cwd: other });
    const r = release('1.0.1', '--build', BUILD, '--test', TESTS, '--push');
    expect(r.output).toMatch(/release refused: the push to origin failed, so nothing was published and the release commit and tags were undone here/);
    expect(r.status).toBe(1);
    expect(git('rev-parse', 'HEAD')).toBe(more);
    expect(tags()).toEqual(['v1', 'v1.0.0']);
    expect(git('rev-parse', 'refs/tags/v1')).toBe(v1);
    const remote = (ref: string) => execFileSync('git', ['--git-dir', origin, 'rev-parse', ref], { encoding: 'utf8' }).trim();
    expect(execFileSync('git', ['--git-dir', origin, 'tag', '--list'], { encoding: 'utf8' }).trim().split('\n')).toEqual(['v1', 'v1.0.0']);
    expect(remote('v1^{commit}')).toBe(released);
  });

  test('for a version that is not X.Y.Z, or not newer than the last release', () => {
    refused(release('v1.0', '--repository', 'acme/loadtest-action'), /release refused: give the version to release as X\.Y\.Z/);
    expect(release('1.2.0', '--repository', 'acme/loadtest-action', '--build', BUILD, '--test', TESTS).status).toBe(0);
    write('CHANGELOG.md', read('CHANGELOG.md').replace('## Unreleased\n', '## Unreleased\n\n- More.\n'));
    commit('More');
    const r = release('1.1.9', '--build', BUILD, '--test', TESTS);
    expect(r.output).toMatch(/release refused: v1\.1\.9 is not newer than v1\.2\.0, the newest release/);
    expect(r.status).toBe(1);
    expect(tags()).toEqual(['v1', 'v1.2.0']);
  });
});
