// Baselines kept as workflow artifacts: the newest `<name>` artifact of a successful run on the
// default branch is this run's baseline (listed through the REST API, downloaded with
// @actions/artifact's findBy; the token needs actions: read), and a passing run on the default
// branch can save its results.json as the next one.
//
// Two outcomes must never be confused. "No baseline yet" (no artifact of that name from a
// successful default-branch run: the first run on main) is a notice, and the run goes on.
// "The baseline cannot be read" (no token, a refused or failed API call, a download that fails)
// would switch the regression gate off without anyone asking: it is a setup error (BaselineError),
// raised before any load is sent.

import { DefaultArtifactClient } from '@actions/artifact';
import { join } from 'node:path';
import type { FetchedArtifact } from '../app/baseline.js';
import { BaselineError } from '../baseline/model.js';
import { type GitHubAccess, octokitFor } from './api.js';
import { defaultBranch } from './branch.js';
import { ghesArtifactsUnsupported } from './artifact.js';
import { DEFAULT_GITHUB_API_URL } from '../defaults.js';

/** RUNS_TO_CHECK: how many of the newest candidates are looked at for a successful run. */
const RUNS_TO_CHECK = 10;

export async function fetchBaselineArtifact(access: GitHubAccess, name: string, where: { defaultBranch: string; currentRunId: string | null; dir: string }): Promise<FetchedArtifact> {
  const { octokit, owner, repo } = octokitFor(access);
  let artifacts: Array<{ id: number; name: string; expired: boolean; created_at?: string | null; workflow_run?: { id?: number; head_branch?: string | null } | null }>;
  try {
    artifacts = (await octokit.rest.actions.listArtifactsForRepo({ owner, repo, name, per_page: 100 })).data.artifacts;
  } catch (error) {
    throw unreadable(name, error, `listing the ${name} artifacts of ${access.repository} (GET /repos/${owner}/${repo}/actions/artifacts)`, access);
  }
  const candidates = artifacts
    .filter((a) => a.name === name && !a.expired && a.workflow_run?.head_branch === where.defaultBranch && String(a.workflow_run?.id) !== where.currentRunId)
    .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
  if (candidates.length === 0) return { found: false, reason: `no ${name} artifact from the ${where.defaultBranch} branch of ${access.repository} yet (a run on ${where.defaultBranch} with save-baseline: true makes one)` };
  const skipped: string[] = [];
  for (const artifact of candidates.slice(0, RUNS_TO_CHECK)) {
    const runId = artifact.workflow_run!.id!;
    let run: { conclusion: string | null; status: string | null; html_url: string };
    try {
      run = (await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })).data;
    } catch (error) {
      throw unreadable(name, error, `reading run ${runId} of ${access.repository}, which made a ${name} artifact (GET /repos/${owner}/${repo}/actions/runs/${runId})`, access);
    }
    if (run.conclusion !== 'success') {
      skipped.push(`run ${runId} (${run.conclusion ?? run.status ?? 'unknown'})`);
      continue;
    }
    const dir = join(where.dir, String(artifact.id));
    try {
      await new DefaultArtifactClient().downloadArtifact(artifact.id, { path: dir, findBy: { token: access.token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo } });
    } catch (error) {
      throw unreadable(name, error, `downloading the ${name} artifact ${artifact.id} of run ${runId}`, { ...access, apiUrl: '' });
    }
    return { found: true, dir, description: `run ${runId} on ${where.defaultBranch}, ${artifact.created_at ?? 'date unknown'}`, runUrl: run.html_url, createdAt: artifact.created_at ?? null };
  }
  return { found: false, reason: `the newest ${name} artifacts of ${where.defaultBranch} come from runs that did not succeed: ${skipped.join(', ')}` };
}

/**
 * unreadable: the BaselineError for a GitHub call that failed, saying what was asked, what came
 * back, and what to change: the permission the token lacks, or the API that could not be reached.
 */
function unreadable(name: string, error: unknown, what: string, access: GitHubAccess, permission = 'actions: read'): BaselineError {
  const status = (error as { status?: number }).status;
  const answered = (error as { response?: unknown }).response !== undefined;
  const message = (error as Error).message;
  const fix =
    status === 401
      ? 'the token was refused (expired, revoked or not a GitHub token)'
      : status === 403
        ? `the token lacks '${permission}' permission: add \`permissions: { ${permission} }\` to the job (or give a token that has it)`
        : status === 404 && answered
          ? `the repository is not visible to the token, or it lacks '${permission}' permission (add \`permissions: { ${permission} }\` to the job)`
          : null;
  // Octokit reports a request that got no answer at all (refused, DNS, reset) as a 500 without a response.
  const got = answered ? `HTTP ${status}: ${message}` : status === 500 ? `${access.apiUrl ? `the GitHub API at ${access.apiUrl}` : 'GitHub'} could not be reached (${rootCause(error)})` : rootCause(error);
  return new BaselineError(`cannot read the baseline artifact ${name}: ${what} failed: ${got}${fix ? `; ${fix}` : ''}`);
}

/** rootCause: the innermost error's message ("connect ECONNREFUSED 127.0.0.1:9"), not fetch's "fetch failed". */
function rootCause(error: unknown): string {
  let inner = error as { message?: string; cause?: unknown } | undefined;
  while (inner && typeof inner.cause === 'object' && inner.cause !== null) inner = inner.cause as typeof inner;
  return inner?.message || String(error);
}

/**
 * saveBaseline uploads results.json, and the baseline history it extends (baseline-history.json),
 * as the baseline artifact; the caller decides whether this run should be one.
 */
export async function saveBaseline(files: readonly string[], reportDir: string, name: string, retentionDays: number | undefined): Promise<{ ok: boolean; detail: string }> {
  try {
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, [...files], reportDir, retentionDays ? { retentionDays } : {});
    return { ok: true, detail: `saved this run's results${files.length > 1 ? ' and the baseline history it extends' : ''} as the ${name} artifact (id ${id})` };
  } catch (error) {
    return { ok: false, detail: `saving the ${name} baseline artifact failed: ${(error as Error).message}` };
  }
}

/**
 * artifactFetcher: how an entry looks up a baseline artifact, given the environment and a token.
 * Without a token or a repository the artifact asked for cannot be looked up: a setup error, since
 * going on would quietly judge the run without its regression rules.
 */
export function artifactFetcher(env: Readonly<Record<string, string | undefined>>, token: string | undefined, dir: string): (name: string) => Promise<FetchedArtifact> {
  return async (name) => {
    const missing = [!token && 'a GitHub token (GITHUB_TOKEN, or the action\'s github-token)', !env.GITHUB_REPOSITORY && 'GITHUB_REPOSITORY'].filter(Boolean);
    if (missing.length > 0) throw new BaselineError(`cannot read the baseline artifact ${name}: finding it needs ${missing.join(' and ')}, and there is none; give ${missing.length === 1 ? 'it' : 'them'}, or a baseline file instead of artifact`);
    const ghes = ghesArtifactsUnsupported(env);
    if (ghes) throw new BaselineError(`cannot read the baseline artifact ${name}: ${ghes}. Download the baseline's results.json with actions/download-artifact@v3 and give its path in the baseline input instead of artifact`);
    const access = { token: token!, repository: env.GITHUB_REPOSITORY!, apiUrl: env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL };
    const branch = (await defaultBranch(env, null)) ?? (await readDefaultBranch(access, name));
    return fetchBaselineArtifact(access, name, { defaultBranch: branch, currentRunId: env.GITHUB_RUN_ID ?? null, dir });
  };
}

/** readDefaultBranch asks the API for the repository's default branch (the event payload did not carry it). */
async function readDefaultBranch(access: GitHubAccess, name: string): Promise<string> {
  const { octokit, owner, repo } = octokitFor(access);
  let branch: string | undefined;
  try {
    branch = (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
  } catch (error) {
    throw unreadable(name, error, `reading the default branch of ${access.repository} (GET /repos/${owner}/${repo})`, access, 'contents: read');
  }
  if (!branch) throw new BaselineError(`cannot read the baseline artifact ${name}: GET /repos/${owner}/${repo} named no default branch`);
  return branch;
}
