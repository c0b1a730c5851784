// What a run knows about GitHub from the environment the entry passes in: the repository, the API
// to talk to, this run's URL and ref. Outside Actions most of it is absent, and that is fine.

import type { RollbackContext } from '../app/rollback.js';
import type { RollbackPlan } from '../config/plan.js';
import { DEFAULT_GITHUB_API_URL } from '../defaults.js';

export function rollbackContext(env: Readonly<Record<string, string | undefined>>, token: string | undefined, rollback: RollbackPlan | null): RollbackContext {
  const repository = rollback?.repository ?? env.GITHUB_REPOSITORY;
  return {
    github: token && repository ? { token, repository, apiUrl: env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL } : null,
    runUrl: runUrl(env),
    defaultRef: env.GITHUB_REF_NAME || null,
  };
}

/** runUrl is the link to this workflow run, when running in GitHub Actions. */
export function runUrl(env: Readonly<Record<string, string | undefined>>): string | null {
  return env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null;
}
