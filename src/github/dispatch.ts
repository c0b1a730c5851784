// Rolling back through GitHub: a repository_dispatch event (needs a token with contents: write) or
// a workflow_dispatch of a rollback workflow (actions: write). Both are events a GITHUB_TOKEN may
// start workflows with. The API base comes from GITHUB_API_URL (GitHub Enterprise, or a test's
// stand-in); errors come back as text with the status and what the token likely lacks.

import { getOctokit } from '@actions/github';
import type { EffectResult } from '../ports/effects.js';
import { type GitHubAccess, explainGitHubError as explain } from './api.js';

export type { GitHubAccess } from './api.js';

export type DispatchResult = EffectResult;

export async function repositoryDispatch(access: GitHubAccess, eventType: string, payload: Record<string, unknown>): Promise<DispatchResult> {
  const [owner, repo] = access.repository.split('/');
  try {
    const response = await getOctokit(access.token, { baseUrl: access.apiUrl }).rest.repos.createDispatchEvent({ owner, repo, event_type: eventType, client_payload: payload });
    return { ok: true, detail: `repository_dispatch '${eventType}' sent to ${access.repository} (HTTP ${response.status})` };
  } catch (error) {
    return { ok: false, detail: explain(error, `repository_dispatch to ${access.repository}`, 'contents: write') };
  }
}

export async function workflowDispatch(access: GitHubAccess, workflow: string, ref: string, inputs: Record<string, string>): Promise<DispatchResult> {
  const [owner, repo] = access.repository.split('/');
  try {
    const response = await getOctokit(access.token, { baseUrl: access.apiUrl }).rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: workflow, ref, inputs });
    return { ok: true, detail: `workflow_dispatch of ${workflow} on ${ref} in ${access.repository} (HTTP ${response.status})` };
  } catch (error) {
    return { ok: false, detail: explain(error, `workflow_dispatch of ${workflow} in ${access.repository}`, 'actions: write') };
  }
}
