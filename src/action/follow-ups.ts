// What the action does on GitHub after the verdict, beyond the gate itself: save this run as the
// next baseline (a passing run on the default branch, when asked), keep one comment on the pull
// request up to date, and open or update an issue when the default branch regresses. A failure
// here is a warning: it never changes the verdict.

import { NOT_JUDGED_AGAINST_BASELINE } from '../slo/regression-verdict.js';
import type { ActionIO } from './io.js';
import type { Plan } from '../config/plan.js';
import type { GitHubAccess } from '../github/api.js';
import { saveBaseline } from '../github/baseline.js';
import { ghesArtifactsUnsupported } from '../github/artifact.js';
import { currentBranch, defaultBranch, pullRequestNumber } from '../github/branch.js';
import { upsertPullRequestComment } from '../github/pr-comment.js';
import { reportRegressionIssue } from '../github/regression-issue.js';
import type { RunReport } from '../report/model.js';
import { type Links, regressionIssueTitle, renderPullRequestComment, renderRegressionIssue } from '../report/regression.js';
import { DEFAULT_GITHUB_API_URL } from '../defaults.js';

export interface FollowUpOptions {
  saveBaseline: boolean;
  prComment: boolean;
  createRegressionIssue: boolean;
  /** commentKey tells this gate's PR comment from another's (the artifact name). */
  commentKey: string;
  retentionDays: number | undefined;
}

export interface FollowUpResult {
  baselineSaved: boolean;
}

export async function followUps(report: RunReport, plan: Plan, files: { resultsJson: string; history: string | null }, links: Links, options: FollowUpOptions, io: ActionIO, token: string | undefined, clean: (text: string) => string): Promise<FollowUpResult> {
  const env = io.env;
  const result: FollowUpResult = { baselineSaved: false };
  if (!options.saveBaseline && !options.prComment && !options.createRegressionIssue) return result;
  const access: GitHubAccess | null = token && env.GITHUB_REPOSITORY ? { token, repository: env.GITHUB_REPOSITORY, apiUrl: env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL } : null;
  const branch = currentBranch(env);
  const mainBranch = options.saveBaseline || options.createRegressionIssue ? await defaultBranch(env, access) : null;
  const onDefault = branch !== null && branch === mainBranch;
  const say = (outcome: { ok: boolean; detail: string }) => (outcome.ok ? io.info(outcome.detail) : io.warning(outcome.detail));

  if (options.saveBaseline) {
    const name = plan.baseline?.artifactName ?? 'loadtest-baseline';
    const ghes = ghesArtifactsUnsupported(env);
    // A run held only because the baseline went over another HTTP version passed everything else: on
    // the default branch it becomes the new baseline, or no run could ever replace the old one.
    const heldByUnlikeBaseline = report.verdict === 'inconclusive' && report.regression?.status === 'not-comparable' && report.reasons.length > 0 && report.reasons.every((r) => r.startsWith(NOT_JUDGED_AGAINST_BASELINE));
    if (!onDefault) io.notice(`Baseline not saved: this run is on ${branch ?? env.GITHUB_REF ?? 'no branch'}, and baselines come from the default branch (${mainBranch ?? 'unknown'}).`);
    else if ((report.verdict !== 'pass' && !heldByUnlikeBaseline) || report.shard) io.notice(`Baseline not saved: ${report.shard ? 'a shard holds only part of the run; save the merged run' : `this run's verdict is ${report.verdict}, and only a passing run becomes the baseline`}.`);
    else if (!env.ACTIONS_RUNTIME_TOKEN) io.notice('Baseline not saved: not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN).');
    else if (ghes) io.warning(`Baseline not saved: ${ghes}. Keep ${files.resultsJson} yourself (actions/upload-artifact@v3 works there) and give its path in the baseline input.`);
    else {
      const saved = await saveBaseline([files.resultsJson, ...(files.history ? [files.history] : [])], plan.reportDir, name, options.retentionDays);
      say(saved);
      // A history grows only from the one this run was judged against: without it, the saved one starts again here.
      if (saved.ok && heldByUnlikeBaseline) io.notice(`Saved as the new ${name} baseline although inconclusive: everything but the baseline comparison passed, and the baseline it replaces went over another HTTP version, so it could not be compared. Later runs are compared with this one; its history starts here.`);
      else if (saved.ok && report.regression?.status === 'not-comparable') io.notice(`The saved baseline history starts with this run: the ${name} baseline it replaces went over another HTTP version, so its history was not carried on.`);
      else if (saved.ok && !report.regression?.baseline?.history.length) io.notice(`The saved baseline history starts with this run: this step compared with no ${name} baseline, so an earlier history was not carried on. Give baseline: artifact in the same step to extend it (the last 5 runs are kept).`);
      result.baselineSaved = saved.ok;
    }
  }
  if (options.prComment) {
    const number = pullRequestNumber(env);
    if (number === null) io.info('No pull request comment: this run is not for a pull request.');
    else if (!access) io.warning('No pull request comment: it needs github-token and GITHUB_REPOSITORY.');
    else say(await upsertPullRequestComment(access, number, options.commentKey, clean(renderPullRequestComment(report, links))));
  }
  if (options.createRegressionIssue && report.regression?.verdict === 'fail') {
    if (!onDefault) io.info(`No regression issue: this run is on ${branch ?? env.GITHUB_REF ?? 'no branch'}, not the default branch; the pull request shows the regression.`);
    else if (!access) io.warning('No regression issue: it needs github-token and GITHUB_REPOSITORY.');
    else say(await reportRegressionIssue(access, regressionIssueTitle(report, branch!), clean(renderRegressionIssue(report, links, branch!))));
  }
  return result;
}
