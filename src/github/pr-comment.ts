// One comment on the pull request, updated in place on every run: found by a hidden marker, so a
// busy PR gets no pile of bot comments. Needs pull-requests: write (or issues: write).

import { type GitHubAccess, explainGitHubError, octokitFor } from './api.js';

/** commentMarker: the hidden line that identifies this gate's comment (one per artifact name, so two gates in one PR keep two comments). */
export function commentMarker(key: string): string {
  return `<!-- loadtest-action:pr-comment:${key} -->`;
}

export async function upsertPullRequestComment(access: GitHubAccess, pullRequest: number, key: string, body: string): Promise<{ ok: boolean; detail: string }> {
  const { octokit, owner, repo } = octokitFor(access);
  const marker = commentMarker(key);
  const text = `${marker}\n${body}`;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: pullRequest, per_page: 100 });
    const mine = comments.find((c) => c.body?.includes(marker));
    if (mine) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: text });
      return { ok: true, detail: `updated the comment on pull request #${pullRequest}: ${data.html_url}` };
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: pullRequest, body: text });
    return { ok: true, detail: `commented on pull request #${pullRequest}: ${data.html_url}` };
  } catch (error) {
    return { ok: false, detail: explainGitHubError(error, `commenting on pull request #${pullRequest}`, 'pull-requests: write') };
  }
}
