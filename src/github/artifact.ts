// Uploading the report directory as a workflow artifact. Outside GitHub (no runtime token) there is
// nothing to upload to: one notice, the files stay on disk, the step goes on. On GitHub Enterprise
// Server, @actions/artifact v2 has no service to talk to (it throws GHESNotSupportedError): each
// use says so up front, with the way round it (a path instead of an artifact).

import { DefaultArtifactClient } from '@actions/artifact';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArtifactState } from '../report/job-summary.js';

/** Log is where the artifact steps say what they did (the action's IO). */
export interface Log {
  info(text: string): void;
  notice(text: string): void;
  warning(text: string): void;
}

export interface UploadResult {
  state: ArtifactState;
  id: number | null;
}

/** The name to upload under, and whether the user chose it (a default may be varied when taken). */
export interface ArtifactName {
  name: string;
  chosen: boolean;
}

/** TAKEN_NAME_TRIES: how many suffixed names a default artifact name tries when it is taken. */
const TAKEN_NAME_TRIES = 20;

/**
 * ghesArtifactsUnsupported says why this run's artifacts cannot be used, on GitHub Enterprise
 * Server, or null. It is @actions/artifact's own test (any server but github.com, *.ghe.com and
 * *.localhost), asked before any call so the reason comes with the way round it.
 */
export function ghesArtifactsUnsupported(env: Readonly<Record<string, string | undefined>>): string | null {
  let host: string;
  try {
    host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
  } catch {
    return null;
  }
  if (host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost')) return null;
  return `GitHub Enterprise Server (${env.GITHUB_SERVER_URL}) has no artifact service for @actions/artifact v2, which this action uses`;
}

/** isNameTaken: the results service's answer to a second artifact of the same name in one run. */
function isNameTaken(error: unknown): boolean {
  return /\(409\)|already exists/i.test((error as Error)?.message ?? '');
}

export async function uploadReportDir(dir: string, artifact: ArtifactName, retentionDays: number | undefined, env: Readonly<Record<string, string | undefined>>, log: Log): Promise<UploadResult> {
  const skip = (reason: string, say: (text: string) => void, fix = '') => {
    say(`Report artifact not uploaded: ${reason}. The report stays in ${dir}${fix}.`);
    return { state: { uploaded: false, reason }, id: null } satisfies UploadResult;
  };
  if (!env.ACTIONS_RUNTIME_TOKEN) return skip('not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN)', (text) => log.notice(text));
  const ghes = ghesArtifactsUnsupported(env);
  if (ghes) return skip(ghes, (text) => log.warning(text), ': upload it with actions/upload-artifact@v3, which GitHub Enterprise Server supports');
  const root = resolve(dir);
  const files = filesUnder(root);
  // Artifact names are unique within a workflow run. A default name taken by another job (two
  // calls of the reusable workflow, a re-run) is varied rather than losing this job's report; a
  // name the user chose is theirs to change, since later jobs may look it up by that name.
  const names = artifact.chosen ? [artifact.name] : Array.from({ length: TAKEN_NAME_TRIES }, (_, i) => (i === 0 ? artifact.name : `${artifact.name}-${i + 1}`));
  for (const name of names) {
    try {
      const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, root, retentionDays ? { retentionDays } : {});
      const url = id && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}` : null;
      if (name !== artifact.name) log.notice(`The artifact name ${artifact.name} is taken in this workflow run (by another job); the report was uploaded as ${name}. Set artifact-name to choose one.`);
      return { state: { uploaded: true, name, url }, id: id ?? null };
    } catch (error) {
      const taken = isNameTaken(error);
      if (taken && name !== names.at(-1)) continue;
      return skip(
        taken ? `the name ${name} is taken by another artifact of this workflow run` : `the upload failed: ${(error as Error).message}`,
        (text) => log.warning(text),
        taken ? (artifact.chosen ? ': set artifact-name to a name unique in the run (e.g. with the job\'s name or matrix values in it)' : '') : '',
      );
    }
  }
  throw new Error('unreachable: every name was tried');
}

/** shardArtifactName: where shard `index` uploads its results, for the merge job to find. */
export function shardArtifactName(base: string, index: number): string {
  return `${base}-shard-${index}`;
}

/**
 * downloadShards fetches every `<base>-shard-<i>` artifact of this workflow run into
 * `dir/<artifact name>/` and returns those directories. Which shards are missing is for the merge to say.
 */
export async function downloadShards(base: string, dir: string, env: Readonly<Record<string, string | undefined>>, log: Log): Promise<string[]> {
  if (!env.ACTIONS_RUNTIME_TOKEN) throw new Error('not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN), so there are no shard artifacts to download; give the shards\' directories in the `shards` input, or run `loadtest merge DIR...`');
  const ghes = ghesArtifactsUnsupported(env);
  if (ghes) throw new Error(`${ghes}, so the shards' artifacts cannot be downloaded: download them with actions/download-artifact@v3 and give their directories in the shards input`);
  const client = new DefaultArtifactClient();
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-shard-\\d+$`);
  const { artifacts } = await client.listArtifacts({ latest: true });
  const shards = artifacts.filter((a) => pattern.test(a.name)).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  if (shards.length === 0) throw new Error(`no artifacts named ${shardArtifactName(base, 1).replace(/1$/, '<i>')} in this workflow run: did the shard jobs run (with shard: i/N) and finish before this one? (needs: the load jobs)`);
  const dirs: string[] = [];
  for (const artifact of shards) {
    const path = join(resolve(dir), artifact.name);
    await client.downloadArtifact(artifact.id, { path });
    log.info(`Downloaded ${artifact.name} (${artifact.size} bytes) to ${path}`);
    dirs.push(path);
  }
  return dirs;
}

/**
 * downloadArtifactNamed fetches the artifact of this workflow run called `name` (the newest, if a
 * job was re-run) into `dir/<name>/` and returns every file in it, sorted: the action's `model`
 * mode reads the logs an earlier job uploaded.
 */
export async function downloadArtifactNamed(name: string, dir: string, env: Readonly<Record<string, string | undefined>>, log: Log): Promise<string[]> {
  if (!env.ACTIONS_RUNTIME_TOKEN) throw new Error(`not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN), so there is no artifact ${name} to download; give the logs' paths instead`);
  const ghes = ghesArtifactsUnsupported(env);
  if (ghes) throw new Error(`${ghes}, so the artifact ${name} cannot be downloaded: download it with actions/download-artifact@v3 and give the logs' paths in model-from`);
  const client = new DefaultArtifactClient();
  const { artifacts } = await client.listArtifacts({ latest: true });
  const artifact = artifacts.find((a) => a.name === name);
  if (!artifact) throw new Error(`no artifact named ${name} in this workflow run${artifacts.length ? ` (there are: ${artifacts.map((a) => a.name).join(', ')})` : ''}: did the job that uploads it run and finish before this one? (needs: that job)`);
  const path = join(resolve(dir), name);
  await client.downloadArtifact(artifact.id, { path });
  log.info(`Downloaded ${name} (${artifact.size} bytes) to ${path}`);
  return filesUnder(path).sort();
}

/** filesUnder lists every file below dir, at any depth. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
