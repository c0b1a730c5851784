// Talking to GitHub's REST API: which repository, with what token, at which base URL
// (GITHUB_API_URL: github.com, GitHub Enterprise, or a test's stand-in), and what to say when a
// call fails, including which permission the token probably lacks.

import { getOctokit } from '@actions/github';

import type { GitHubAccess } from '../ports/effects.js';

export type { GitHubAccess } from '../ports/effects.js';

export function octokitFor(access: GitHubAccess) {
  const [owner, repo] = access.repository.split('/');
  return { octokit: getOctokit(access.token, { baseUrl: access.apiUrl }), owner, repo };
}

export function explainGitHubError(error: unknown, what: string, permission: string): string {
  const status = (error as { status?: number }).status;
  const message = (error as Error).message;
  const hint = status === 403 || status === 404 ? ` (the token may lack '${permission}' permission on the repository, or the repository or workflow does not exist)` : status === 422 ? ' (GitHub refused the request: check the event type, ref and inputs)' : '';
  return `${what} failed: ${status ? `HTTP ${status}: ` : ''}${message}${hint}`;
}
