// Where this run stands: its branch, the repository's default branch, and the pull request it
// checks. From the runner's environment and the event payload (GITHUB_EVENT_PATH); the default
// branch falls back to the REST API when the payload does not carry it.

import { readFileSync } from 'node:fs';
import { type GitHubAccess, octokitFor } from './api.js';

type Env = Readonly<Record<string, string | undefined>>;

interface EventPayload {
  repository?: { default_branch?: string };
  pull_request?: { number?: number };
  number?: number;
}

function payload(env: Env): EventPayload {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}

/** currentBranch: the branch this run is on; null on a pull request's merge ref or a tag. */
export function currentBranch(env: Env): string | null {
  const ref = env.GITHUB_REF ?? '';
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
}

/** pullRequestNumber: the pull request a pull_request (or pull_request_target) run checks. */
export function pullRequestNumber(env: Env): number | null {
  const event = payload(env);
  const number = event.pull_request?.number ?? (env.GITHUB_EVENT_NAME?.startsWith('pull_request') ? event.number : undefined);
  if (number) return number;
  const ref = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
  return ref ? Number(ref[1]) : null;
}

export async function defaultBranch(env: Env, access: GitHubAccess | null): Promise<string | null> {
  const fromEvent = payload(env).repository?.default_branch;
  if (fromEvent) return fromEvent;
  if (!access) return null;
  try {
    const { octokit, owner, repo } = octokitFor(access);
    return (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
  } catch {
    return null;
  }
}
