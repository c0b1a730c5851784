// An issue for a regression on the default branch, in the spirit of the seeds'
// create_regression_issue.py: one open issue per gate, found by its label and title, that later
// regressions comment on instead of opening more. Needs issues: write.

import { type GitHubAccess, explainGitHubError, octokitFor } from './api.js';

export const REGRESSION_LABEL = 'performance-regression';

export async function reportRegressionIssue(access: GitHubAccess, title: string, body: string): Promise<{ ok: boolean; detail: string }> {
  const { octokit, owner, repo } = octokitFor(access);
  try {
    const open = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: 'open', labels: REGRESSION_LABEL, per_page: 100 });
    const existing = open.find((issue) => issue.title === title && !issue.pull_request);
    if (existing) {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body });
      return { ok: true, detail: `commented on the open regression issue #${existing.number}: ${data.html_url}` };
    }
    const { data } = await octokit.rest.issues.create({ owner, repo, title, body, labels: [REGRESSION_LABEL] });
    return { ok: true, detail: `opened regression issue #${data.number}: ${data.html_url}` };
  } catch (error) {
    return { ok: false, detail: explainGitHubError(error, `reporting the regression as an issue in ${access.repository}`, 'issues: write') };
  }
}
