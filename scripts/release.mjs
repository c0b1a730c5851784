// Releases version X.Y.Z of the action from a clean checkout of the branch to release:
//
//   node scripts/release.mjs X.Y.Z [--repository OWNER/NAME] [--notes FILE] [--push]
//                                  [--build CMD] [--test CMD] [--date YYYY-MM-DD]
//
// 1. Refuses a dirty tree, a version that is not above the newest vX.Y.Z tag, a CHANGELOG.md with
//    nothing under "## Unreleased", and a dist/ that a fresh build (--build, default npm run build)
//    changes: users run dist/, so a release must be exactly its source.
// 2. Runs the tests (--test, default npm test).
// 3. Stamps the release: package.json (version, and repository when --repository or
//    GITHUB_REPOSITORY names it), src/version.ts, CHANGELOG.md ("## Unreleased" becomes
//    "## X.Y.Z - date"), the reusable workflow (re-rendered, so its `uses:` is OWNER/NAME@vX) and
//    every `uses:` of this action in the docs; rebuilds dist/ for the new version.
// 4. Commits "Release vX.Y.Z", tags it vX.Y.Z (annotated, with the release notes) and moves vX to
//    it, so `uses: OWNER/NAME@vX` picks it up. --notes writes the notes (the CHANGELOG section) to
//    FILE; --push pushes the branch and both tags to origin.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rendered } from './render-workflow.mjs';
import { packageInfo, stampUses } from './repository.mjs';

/** Where the docs name the action; each `uses:` of it is stamped on release. */
const DOC_FILES = ['README.md', 'action.yml', '.github/workflows/ci.yml'];
const DOC_DIR = 'docs';

export class ReleaseRefused extends Error {}

function git(dir, ...args) {
  return gitRaw(dir, ...args).trim();
}

/** gitRaw keeps leading spaces, which `git status --porcelain` lines start with. */
function gitRaw(dir, ...args) {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).replace(/\n+$/, '');
}

function shell(dir, command, what) {
  const run = spawnSync(command, { cwd: dir, shell: true, stdio: 'inherit' });
  if (run.status !== 0) throw new ReleaseRefused(`${what} failed (\`${command}\` exited with ${run.status ?? run.signal})`);
}

function parseVersion(text) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(text ?? '');
  return m ? m.slice(1).map(Number) : null;
}

function newer(a, b) {
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

/** changelogSection returns the text under "## Unreleased" and the CHANGELOG with it renamed. */
export function releaseChangelog(text, version, date) {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^## Unreleased\s*$/i.test(line));
  if (start < 0) throw new ReleaseRefused('CHANGELOG.md has no "## Unreleased" section to release');
  let end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  if (end < 0) end = lines.length;
  const notes = lines.slice(start + 1, end).join('\n').trim();
  if (notes === '') throw new ReleaseRefused('CHANGELOG.md says nothing under "## Unreleased": write what this release changes first');
  const renamed = [...lines.slice(0, start), '## Unreleased', '', `## ${version} - ${date}`, ...lines.slice(start + 1)].join('\n');
  return { notes, changelog: renamed };
}

function docFiles(dir) {
  const docs = existsSync(join(dir, DOC_DIR)) ? readdirSync(join(dir, DOC_DIR)).filter((f) => f.endsWith('.md')).map((f) => join(DOC_DIR, f)) : [];
  return [...DOC_FILES, ...docs].filter((f) => existsSync(join(dir, f)));
}

/** currentBranch: the branch HEAD is on, or '' when it is detached. */
function currentBranch(dir) {
  try {
    return git(dir, 'symbolic-ref', '-q', '--short', 'HEAD');
  } catch {
    return '';
  }
}

export function release(dir, args) {
  const options = { build: 'npm run build', test: 'npm test', push: false, notes: null, repository: process.env.GITHUB_REPOSITORY || null, date: new Date().toISOString().slice(0, 10) };
  const positional = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--push') options.push = true;
    else if (['--build', '--test', '--notes', '--repository', '--date'].includes(arg)) {
      if (args[i + 1] === undefined) throw new ReleaseRefused(`${arg} needs a value`);
      options[arg.slice(2)] = args[(i += 1)];
    } else if (arg.startsWith('--')) throw new ReleaseRefused(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const parts = parseVersion(positional[0]);
  if (!parts || positional.length !== 1 || positional[0].startsWith('v')) throw new ReleaseRefused(`give the version to release as X.Y.Z, e.g. 1.2.0 (got ${positional.join(' ') || 'nothing'})`);
  const version = parts.join('.');
  const tag = `v${version}`;
  const major = `v${parts[0]}`;
  if (options.repository !== null && !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(options.repository)) throw new ReleaseRefused(`--repository must be OWNER/NAME, got ${options.repository}`);

  const dirty = gitRaw(dir, 'status', '--porcelain');
  if (dirty) throw new ReleaseRefused(`the working tree has changes that are not committed; a release is made from a clean checkout:\n${dirty}`);
  const tags = git(dir, 'tag', '--list', 'v*').split('\n').filter(Boolean);
  if (tags.includes(tag)) throw new ReleaseRefused(`${tag} is already released`);
  const newest = tags.map(parseVersion).filter(Boolean).reduce((a, b) => (a === null || newer(b, a) ? b : a), null);
  if (newest && !newer(parts, newest)) throw new ReleaseRefused(`${tag} is not newer than v${newest.join('.')}, the newest release`);
  // What would only fail at the push is checked now, before the tests' minutes are spent.
  const branch = options.push ? currentBranch(dir) : '';
  if (options.push && !branch) throw new ReleaseRefused('HEAD is detached: a release is pushed to a branch, so run it on one (git switch main)');
  if (options.push && git(dir, 'ls-remote', '--tags', 'origin', `refs/tags/${tag}`)) throw new ReleaseRefused(`${tag} is already on origin (fetch its tags: git fetch --tags --force)`);
  const { notes, changelog } = releaseChangelog(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8'), version, options.date);
  const before = packageInfo(dir).repository;
  const repository = options.repository ?? before;
  if (repository.startsWith('YOUR_ORG/')) throw new ReleaseRefused('the repository to release is still YOUR_ORG/…: give --repository OWNER/NAME (the release workflow passes GITHUB_REPOSITORY)');

  // dist/ must be exactly what its source builds to, before anything is stamped.
  shell(dir, options.build, 'building dist/');
  const stale = gitRaw(dir, 'status', '--porcelain', '--', 'dist');
  if (stale) {
    git(dir, 'checkout', '--', 'dist');
    git(dir, 'clean', '-fdq', '--', 'dist');
    throw new ReleaseRefused(`dist/ is stale: a fresh build changes it. Run \`${options.build}\` and commit dist/ first:\n${stale}`);
  }
  shell(dir, options.test, 'the tests');
  const leftover = gitRaw(dir, 'status', '--porcelain');
  if (leftover) throw new ReleaseRefused(`the tests left files in the tree, which the release commit would take in; clean them (or ignore them) first:\n${leftover}`);

  const pkgPath = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  pkg.version = version;
  pkg.repository = `github:${repository}`;
  writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
  const lockPath = join(dir, 'package-lock.json');
  if (existsSync(lockPath)) {
    const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
    lock.version = version;
    if (lock.packages?.['']) lock.packages[''].version = version;
    writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  }
  const versionPath = join(dir, 'src/version.ts');
  if (existsSync(versionPath)) writeFileSync(versionPath, readFileSync(versionPath, 'utf8').replace(/TOOL_VERSION = '[^']*'/, `TOOL_VERSION = '${version}'`));
  writeFileSync(join(dir, 'CHANGELOG.md'), changelog);
  for (const [file, text] of Object.entries(rendered(dir))) writeFileSync(join(dir, file), text);
  for (const file of docFiles(dir)) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const stamped = stampUses(text, before, repository, major);
    if (stamped !== text) writeFileSync(path, stamped);
  }
  shell(dir, options.build, 'building dist/ for the new version');

  const releasedFrom = git(dir, 'rev-parse', 'HEAD');
  // The major tag's ref as it was (an annotated tag's object), to put back if the push fails.
  const majorBefore = gitRaw(dir, 'tag', '--list', major) ? git(dir, 'rev-parse', `refs/tags/${major}`) : null;
  git(dir, 'add', '--all');
  git(dir, 'commit', '-q', '-m', `Release ${tag}`);
  git(dir, 'tag', '-a', tag, '-m', `${tag}\n\n${notes}`);
  git(dir, 'tag', '-f', '-a', major, '-m', `${major}: the latest ${major}.x release, ${tag}`);
  if (options.notes) writeFileSync(options.notes, `${notes}\n`);
  if (options.push) {
    // One atomic push: the branch, the new tag and the moved major tag land together or not at all.
    try {
      git(dir, 'push', '--atomic', 'origin', `HEAD:refs/heads/${branch}`, `refs/tags/${tag}`, `+refs/tags/${major}`);
    } catch (error) {
      // Nothing was published: undo the release here too, so running it again starts clean.
      git(dir, 'tag', '-d', tag);
      if (majorBefore) git(dir, 'update-ref', `refs/tags/${major}`, majorBefore);
      else git(dir, 'tag', '-d', major);
      git(dir, 'reset', '-q', '--hard', releasedFrom);
      throw new ReleaseRefused(`the push to origin failed, so nothing was published and the release commit and tags were undone here: ${String(error.stderr || error.message).trim()}`);
    }
  }
  return { tag, major, repository, notes, commit: git(dir, 'rev-parse', 'HEAD') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const done = release(process.cwd(), process.argv.slice(2));
    console.log(`Released ${done.tag} of ${done.repository} at ${done.commit.slice(0, 12)}; ${done.major} moved to it.`);
  } catch (error) {
    console.error(`release refused: ${error.message}`);
    process.exit(error instanceof ReleaseRefused ? 1 : 2);
  }
}
