// Uploading the report directory as a workflow artifact. Outside GitHub (no runtime token) there is
// nothing to upload to: one notice, the files stay on disk, the step goes on.

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

export async function uploadReportDir(dir: string, name: string, retentionDays: number | undefined, env: Readonly<Record<string, string | undefined>>, log: Log): Promise<UploadResult> {
  if (!env.ACTIONS_RUNTIME_TOKEN) {
    const reason = 'not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN)';
    log.notice(`Report artifact not uploaded: ${reason}. The report stays in ${dir}.`);
    return { state: { uploaded: false, reason }, id: null };
  }
  const root = resolve(dir);
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  try {
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, root, retentionDays ? { retentionDays } : {});
    const url = id && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}` : null;
    return { state: { uploaded: true, name, url }, id: id ?? null };
  } catch (error) {
    const reason = `the upload failed: ${(error as Error).message}`;
    log.warning(`Report artifact not uploaded: ${reason}. The report stays in ${dir}.`);
    return { state: { uploaded: false, reason }, id: null };
  }
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
  const client = new DefaultArtifactClient();
  const { artifacts } = await client.listArtifacts({ latest: true });
  const artifact = artifacts.find((a) => a.name === name);
  if (!artifact) throw new Error(`no artifact named ${name} in this workflow run${artifacts.length ? ` (there are: ${artifacts.map((a) => a.name).join(', ')})` : ''}: did the job that uploads it run and finish before this one? (needs: that job)`);
  const path = join(resolve(dir), name);
  await client.downloadArtifact(artifact.id, { path });
  log.info(`Downloaded ${name} (${artifact.size} bytes) to ${path}`);
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
