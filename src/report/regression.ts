// How a comparison with the baseline reads: one row per metric and scope (baseline, current,
// change, interval, samples, rule, verdict), and the texts built around it for the job summary,
// the sticky PR comment and the regression issue. Pure.

import { confidencePercent, formatMs } from '../config/units.js';
import { MIN_RUNS_FOR_SPREAD } from '../slo/compare/prediction.js';
import { count, markdownTable } from './format.js';
import type { RegressionRow, RunReport } from './model.js';
import { CHECK_HEADERS, NOT_JUDGED, canaryConfidenceLine, checkRows, familyConfidenceLine } from './sections.js';
import { SHOWN_TRACES, tracesMarkdown } from './traces.js';

export const REGRESSION_HEADERS = ['Metric', 'Scope', 'Baseline', 'Current', 'Change', 'Difference (CI)', 'n now / baseline', 'Rule', 'Verdict'] as const;
export const REGRESSION_NUMERIC = new Set([2, 3, 4]);
const MARK = { pass: '✅ pass', fail: '❌ regression', inconclusive: '⚠️ not enough data' } as const;

/** regressionRows: whole-run rows first, then endpoints worst first, up to `limit` endpoint rows. */
export function regressionRows(report: RunReport, limit = Infinity): string[][] {
  const rows = report.regression?.rows ?? [];
  const rank = (r: RegressionRow) => (r.verdict === 'fail' ? 0 : r.verdict === 'inconclusive' ? 1 : 2);
  const ordered = [...rows.filter((r) => r.scope === null), ...rows.filter((r) => r.scope !== null).sort((a, b) => rank(a) - rank(b)).slice(0, limit)];
  return ordered.map((r) => {
    const value = (v: number) => (r.metric === 'error_rate' ? `${v.toFixed(2)}%` : formatMs(Math.round(v * 100) / 100));
    const signed = (v: number) => `${v >= 0 ? '+' : '−'}${r.metric === 'error_rate' ? `${Math.abs(v).toFixed(2)} pp` : formatMs(Math.round(Math.abs(v) * 100) / 100)}`;
    const interval = r.low === null || r.high === null ? '' : ` (${signed(r.low)} … ${signed(r.high)})`;
    const change = r.changePercent === null ? '' : `${r.changePercent >= 0 ? '+' : '−'}${Math.abs(r.changePercent).toFixed(1)}%`;
    return [r.metric === 'error_rate' ? 'error rate' : r.metric, r.scope ?? 'all', value(r.baseline), value(r.current), change, `${signed(r.difference)}${interval}`, `${count(r.nCurrent)} / ${count(r.nBaseline)}`, r.rule, r.advisory && r.verdict === 'inconclusive' && !r.generatorHeld ? NOT_JUDGED : MARK[r.verdict]];
  });
}

/** baselineLine: what the run was compared with, or why it was not. */
export function baselineLine(report: RunReport): string | null {
  const r = report.regression;
  if (!r) return null;
  if (r.status === 'no-baseline') return `No baseline to compare with: ${r.reasons[0]}. The regression rules were not applied.`;
  const b = r.baseline!;
  const from = b.runUrl ? `[${b.source}](${b.runUrl})` : b.source;
  const when = b.startedAt ? `, started ${b.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}` : '';
  if (r.status === 'not-comparable') return `⚠️ Not compared with the baseline ${from} (${b.kind === 'locust' ? 'a Locust CSV' : 'results.json'}${when}): ${r.reasons[0]}.`;
  const verdict = r.verdict === 'fail' ? `❌ regressed${r.failOnRegression ? '' : ' (fail_on_regression is off: not failing the gate)'}` : r.verdict === 'inconclusive' ? '⚠️ not enough data to tell' : '✅ no regression';
  const runs = b.history?.length ?? 0;
  // What the whole run was judged against: where another run would land, from one run or from a history.
  // Below MIN_RUNS_FOR_SPREAD the runs' own spread says too little: their noise comes from batches of time.
  const against = runs >= MIN_RUNS_FOR_SPREAD ? ` The whole run was judged against a history of ${runs} baseline runs, their run-to-run spread included.` : runs > 1 ? ` The whole run was judged against the mean of ${runs} baseline runs; with fewer than ${MIN_RUNS_FOR_SPREAD} their run-to-run noise was estimated from batches of time, conservatively; each saved baseline adds a run.` : runs === 1 ? ' A history of one run: its run-to-run noise was estimated from its own batches of time, conservatively; each saved baseline adds a run.' : '';
  return `Compared with the baseline ${from} (${b.kind === 'locust' ? 'a Locust CSV, compared by its percentiles' : 'results.json'}${when}, ${count(b.requests)} requests) at ${confidencePercent(r.confidence)}% confidence: ${verdict}.${against}`;
}

/** regressionMarkdown: the section for the job summary and performance_report.md. */
export function regressionMarkdown(report: RunReport, limit = Infinity): string[] {
  const r = report.regression;
  if (!r) return [];
  const parts = ['### Compared with the baseline', baselineLine(report)!];
  if (r.status === 'compared') {
    // Rows keep no per-test level, so the line says only that it is higher than the stated one.
    parts.push(familyConfidenceLine(r.confidence));
    parts.push(markdownTable(REGRESSION_HEADERS, regressionRows(report, limit), REGRESSION_NUMERIC));
    // A sentence the verdict's reasons already give ("regression vs baseline: …") is not listed again.
    const open = r.rows.filter((row) => row.verdict !== 'pass' && !report.reasons.some((reason) => reason.endsWith(row.reason)));
    if (open.length > 0) parts.push(open.slice(0, 10).map((row) => `- ${row.reason}`).join('\n'));
    if (r.unmatched.length > 0) parts.push(`Not in the baseline: ${r.unmatched.join(', ')}.`);
  }
  return parts;
}

/** MAX_COMMENT_CHECKS keeps a comment well under GitHub's size limit. */
const MAX_COMMENT_CHECKS = 40;

export interface Links {
  runUrl: string | null;
  artifactUrl: string | null;
}

const HEADLINE = { pass: '✅ Load test passed', fail: '❌ Load test failed', inconclusive: '⚠️ Load test inconclusive' } as const;

/** renderPullRequestComment: the sticky comment's body: verdict, SLOs, the comparison with the baseline, links. */
export function renderPullRequestComment(report: RunReport, links: Links): string {
  const parts = [`### ${HEADLINE[report.verdict]} · ${report.target}`, report.reasons.map((reason) => `> ${reason}`).join('\n>\n')];
  // A canary's reasons give each test's interval; the line says why its level is not the stated confidence.
  const canary = canaryConfidenceLine(report);
  if (canary) parts.push(canary);
  // GitHub refuses comments over 65,536 characters: with many endpoints, show the whole-run checks and the failures.
  const shown = report.checks.length > MAX_COMMENT_CHECKS ? report.checks.filter((c) => c.endpoint === null || !c.passed) : report.checks;
  if (shown.length > 0) parts.push(markdownTable(CHECK_HEADERS, checkRows({ ...report, checks: shown })));
  if (shown.length < report.checks.length) parts.push(`${report.checks.length - shown.length} more endpoint checks passed; the job summary lists them.`);
  parts.push(...regressionMarkdown(report, 20));
  // What went wrong, in the service's own traces: the slowest requests for a latency finding, the failed ones.
  parts.push(...tracesMarkdown(report, { limit: SHOWN_TRACES, onlyWhenWrong: true, level: '###' }));
  parts.push(linkLine(links));
  return `${parts.join('\n\n')}\n`;
}

/** regressionIssueTitle: stable per gate, so repeated regressions find the same open issue. */
export function regressionIssueTitle(report: RunReport, branch: string): string {
  return `Performance regression on ${branch}: ${new URL(report.target).host}${report.environment ? ` (${report.environment})` : ''}`;
}

/** renderRegressionIssue: what regressed, by how much, against which baseline, and where to look. */
export function renderRegressionIssue(report: RunReport, links: Links, branch: string): string {
  const r = report.regression!;
  const failed = r.rows.filter((row) => row.verdict === 'fail');
  return [
    `A load test on \`${branch}\` regressed from its baseline.`,
    `**Target:** ${report.target} · **Started:** ${report.startedAt} · **Verdict:** ${report.verdict}`,
    baselineLine(report)!,
    '**What regressed**',
    failed.map((row) => `- ${row.reason}`).join('\n'),
    markdownTable(REGRESSION_HEADERS, regressionRows(report, 20), REGRESSION_NUMERIC),
    ...tracesMarkdown(report, { limit: SHOWN_TRACES, onlyWhenWrong: true, level: '###' }),
    linkLine(links),
  ].join('\n\n') + '\n';
}

function linkLine(links: Links): string {
  const items = [links.runUrl && `[workflow run](${links.runUrl})`, links.artifactUrl && `[report artifact](${links.artifactUrl})`].filter(Boolean);
  return items.length ? `<sub>${items.join(' · ')} · loadtest-action</sub>` : '<sub>loadtest-action</sub>';
}
