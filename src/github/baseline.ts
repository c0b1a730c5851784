// Baselines kept as workflow artifacts: the newest `<name>` artifact of a successful run on the
// default branch is this run's baseline (listed through the REST API, downloaded with
// @actions/artifact's findBy; the token needs actions: read), and a passing run on the default
// branch can save its results.json as the next one.

import { DefaultArtifactClient } from '@actions/artifact';
import { join } from 'node:path';
import type { FetchedArtifact } from '../app/baseline.js';
import { type GitHubAccess, explainGitHubError, octokitFor } from './api.js';
import { defaultBranch } from './branch.js';

/** RUNS_TO_CHECK: how many of the newest candidates are looked at for a successful run. */
const RUNS_TO_CHECK = 10;

export async function fetchBaselineArtifact(access: GitHubAccess, name: string, where: { defaultBranch: string; currentRunId: string | null; dir: string }): Promise<FetchedArtifact> {
  const { octokit, owner, repo } = octokitFor(access);
  let artifacts: Array<{ id: number; name: string; expired: boolean; created_at?: string | null; workflow_run?: { id?: number; head_branch?: string | null } | null }>;
  try {
    artifacts = (await octokit.rest.actions.listArtifactsForRepo({ owner, repo, name, per_page: 100 })).data.artifacts;
  } catch (error) {
    return { found: false, reason: explainGitHubError(error, `listing the ${name} artifacts of ${access.repository}`, 'actions: read') };
  }
  const candidates = artifacts
    .filter((a) => a.name === name && !a.expired && a.workflow_run?.head_branch === where.defaultBranch && String(a.workflow_run?.id) !== where.currentRunId)
    .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
  if (candidates.length === 0) return { found: false, reason: `no ${name} artifact from the ${where.defaultBranch} branch of ${access.repository} (a run on ${where.defaultBranch} with save-baseline: true makes one)` };
  const skipped: string[] = [];
  for (const artifact of candidates.slice(0, RUNS_TO_CHECK)) {
    const runId = artifact.workflow_run!.id!;
    let run: { conclusion: string | null; status: string | null; html_url: string };
    try {
      run = (await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })).data;
    } catch (error) {
      return { found: false, reason: explainGitHubError(error, `reading run ${runId} of ${access.repository}`, 'actions: read') };
    }
    if (run.conclusion !== 'success') {
      skipped.push(`run ${runId} (${run.conclusion ?? run.status ?? 'unknown'})`);
      continue;
    }
    const dir = join(where.dir, String(artifact.id));
    try {
      await new DefaultArtifactClient().downloadArtifact(artifact.id, { path: dir, findBy: { token: access.token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo } });
    } catch (error) {
      return { found: false, reason: explainGitHubError(error, `downloading the ${name} artifact of run ${runId}`, 'actions: read') };
    }
    return { found: true, dir, description: `run ${runId} on ${where.defaultBranch}, ${artifact.created_at ?? 'date unknown'}`, runUrl: run.html_url, createdAt: artifact.created_at ?? null };
  }
  return { found: false, reason: `the newest ${name} artifacts of ${where.defaultBranch} come from runs that did not succeed: ${skipped.join(', ')}` };
}

/** saveBaseline uploads results.json as the baseline artifact; the caller decides whether this run should be one. */
export async function saveBaseline(resultsJson: string, reportDir: string, name: string, retentionDays: number | undefined): Promise<{ ok: boolean; detail: string }> {
  try {
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, [resultsJson], reportDir, retentionDays ? { retentionDays } : {});
    return { ok: true, detail: `saved this run's results as the ${name} artifact (id ${id})` };
  } catch (error) {
    return { ok: false, detail: `saving the ${name} baseline artifact failed: ${(error as Error).message}` };
  }
}

/**
 * artifactFetcher: how an entry looks up a baseline artifact, given the environment and a token;
 * without a token or repository there is nothing to ask, and that is said as the reason.
 */
export function artifactFetcher(env: Readonly<Record<string, string | undefined>>, token: string | undefined, dir: string): (name: string) => Promise<FetchedArtifact> {
  return async (name) => {
    if (!token || !env.GITHUB_REPOSITORY) return { found: false, reason: `finding the ${name} artifact needs a GitHub token (GITHUB_TOKEN, or the action's github-token) and GITHUB_REPOSITORY` };
    const access = { token, repository: env.GITHUB_REPOSITORY, apiUrl: env.GITHUB_API_URL || 'https://api.github.com' };
    const branch = await defaultBranch(env, access);
    if (!branch) return { found: false, reason: `the default branch of ${access.repository} could not be read (the token may lack 'contents: read')` };
    return fetchBaselineArtifact(access, name, { defaultBranch: branch, currentRunId: env.GITHUB_RUN_ID ?? null, dir });
  };
}
