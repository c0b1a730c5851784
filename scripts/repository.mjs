// Where this action is published, named once: package.json's `repository` (github:OWNER/NAME) and
// `version`. The reusable workflow's `uses:` and every `uses:` in the docs are stamped from these
// (scripts/render-workflow.mjs, scripts/release.mjs), and a test keeps them equal.
//
// Until a release names the real owner, the owner is YOUR_ORG: a name GitHub cannot give to any
// account (logins hold only letters, digits and hyphens), so no one can publish code under it that
// a copied snippet would run with the caller's secrets.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PLACEHOLDER_OWNER = 'YOUR_ORG';

/** packageInfo reads the published repository ("OWNER/NAME") and version from dir's package.json. */
export function packageInfo(dir = process.cwd()) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url ?? '';
  const match = /^(?:github:|git\+https:\/\/github\.com\/|https:\/\/github\.com\/)?([A-Za-z0-9_-]+\/[A-Za-z0-9._-]+?)(?:\.git)?$/.exec(url);
  if (!match) throw new Error(`package.json: repository must be "github:OWNER/NAME", got ${JSON.stringify(url)}`);
  if (!/^\d+\.\d+\.\d+$/.test(pkg.version ?? '')) throw new Error(`package.json: version must be X.Y.Z, got ${JSON.stringify(pkg.version)}`);
  return { repository: match[1], version: pkg.version, major: `v${pkg.version.split('.')[0]}` };
}

/**
 * USES_PATTERN finds a reference to this action or its reusable workflow in a `uses:` line,
 * whatever owner and ref it names: `uses: OWNER/loadtest-action@v1`,
 * `uses: OWNER/loadtest-action/.github/workflows/loadtest.yml@v1`.
 */
export function usesPattern(name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(uses:\\s*)([A-Za-z0-9_-]+)/${escaped}((?:/\\.github/workflows/[A-Za-z0-9._-]+)?)@([A-Za-z0-9._-]+)`, 'g');
}

/**
 * stampUses rewrites every reference to this action (any owner, the name `from` has) in text to the
 * repository `to` and ref (a repository may be published under another name than it had).
 */
export function stampUses(text, from, to, ref) {
  return text.replace(usesPattern(from.split('/')[1]), (_all, uses, _owner, workflow) => `${uses}${to}${workflow}@${ref}`);
}

/** usesIn lists every reference to this action in text, as "OWNER/NAME[/workflow]@REF". */
export function usesIn(text, repository) {
  const name = repository.split('/')[1];
  return [...text.matchAll(usesPattern(name))].map((m) => `${m[2]}/${name}${m[3]}@${m[4]}`);
}
