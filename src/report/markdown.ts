// performance_report.md: the human report, readable on GitHub and in any editor.

import { VERDICT_BADGE, markdownTable, seconds } from './format.js';
import type { RunReport } from './model.js';
import { regressionMarkdown } from './regression.js';
import { tracesMarkdown } from './traces.js';
import { CHECK_HEADERS, COMPARISON_HEADERS, canaryConfidenceLine, ENDPOINT_HEADERS, ENDPOINT_NUMERIC, checkRows, comparisonRows, endpointRows, errorSummary, generatorSummary, loadDescription, metricRows, responseCheckRows, RESPONSE_CHECK_HEADERS, RESPONSE_CHECK_NUMERIC, resourceErrors, resourceRows, RESOURCE_HEADERS, RESOURCE_NUMERIC, rollbackLine, decisionTimeLine, shardLine, statusSummary, protocolLine } from './sections.js';

/** MARKDOWN_TRACES: rows per trace table in performance_report.md; results.json has them all. */
const MARKDOWN_TRACES = 50;

export function renderMarkdown(report: RunReport): string {
  const lines: string[] = [];
  lines.push(`# Load test report: ${VERDICT_BADGE[report.verdict]}`, '');
  lines.push(`**Target:** ${report.target}  `);
  lines.push(`**Environment:** ${report.environment ?? '(none)'}  `);
  lines.push(`**Started:** ${report.startedAt} · **Load applied:** ${seconds(report.durationSeconds)} · **Measured:** ${seconds(report.measuredSeconds)}${report.status !== 'completed' ? ` · **Run ${report.status}**` : ''}  `);
  const protocol = protocolLine(report);
  lines.push(`**Load:** ${loadDescription(report.plan)}${protocol ? '  ' : ''}`, ...(protocol ? [`**Protocol:** ${protocol}`] : []), '');
  lines.push(report.verdict === 'pass' ? '## ✅ Verdict' : report.verdict === 'fail' ? '## ❌ SLO Violations' : '## ⚠️ Inconclusive', '');
  for (const reason of report.reasons) lines.push(`- ${reason}`);
  lines.push('');
  const shard = shardLine(report);
  if (shard) lines.push(shard, '');
  const decided = decisionTimeLine(report);
  if (decided) lines.push(decided, '');
  const rollback = rollbackLine(report);
  if (rollback) lines.push(rollback, '');
  if (report.checks.length > 0) lines.push('## SLO checks', '', markdownTable(CHECK_HEADERS, checkRows(report)), '');
  if (report.comparison) {
    const c = report.comparison;
    lines.push('## Canary vs production', '', `Production: ${c.production.target}. The same requests went to both at the same moment; differences are canary − production, each with its confidence interval.`, '', canaryConfidenceLine(report)!, '', markdownTable(COMPARISON_HEADERS, comparisonRows(report)), '');
  }
  const regression = regressionMarkdown(report);
  if (regression.length > 0) lines.push(regression[0].replace(/^###/, '##'), '', ...regression.slice(1).flatMap((part) => [part, '']));
  for (const part of tracesMarkdown(report, { limit: MARKDOWN_TRACES, onlyWhenWrong: false, level: '##' })) lines.push(part, '');
  lines.push('## Performance Metrics', '', markdownTable(['Metric', 'Value', 'Unit'], metricRows(report), new Set([1])), '');
  lines.push('## Endpoints', '', markdownTable(ENDPOINT_HEADERS, endpointRows(report), ENDPOINT_NUMERIC), '');
  lines.push('Latencies are measured from each request\'s intended start time.', '');
  const checked = responseCheckRows(report);
  if (checked.length > 0) lines.push('## Checks', '', 'What each step expected of its responses (expect); a failed check counts as a check_failed error.', '', markdownTable(RESPONSE_CHECK_HEADERS, checked, RESPONSE_CHECK_NUMERIC), '');
  lines.push('## Responses', '', `**Status codes:** ${statusSummary(report)}`, '');
  const errors = errorSummary(report);
  if (errors.length > 0) lines.push('**Errors:**', '', ...errors.map((e) => `- ${e}`), '');
  if (report.resources) {
    lines.push('## Target resources under load', '');
    if (resourceRows(report).length) lines.push(markdownTable(RESOURCE_HEADERS, resourceRows(report), RESOURCE_NUMERIC), '');
    for (const error of resourceErrors(report)) lines.push(`- ${error}`);
    lines.push('');
  }
  lines.push('## Load generator', '', generatorSummary(report), '');
  if (report.notices.length > 0) lines.push('## Notices', '', ...report.notices.map((n) => `- ${n}`), '');
  if (report.preflight.length > 0) lines.push('## Pre-flight', '', ...report.preflight.map((s) => `- ${s.what}: ${s.ok ? 'ok' : s.detail} (${s.attempts} attempt${s.attempts === 1 ? '' : 's'})`), '');
  lines.push(`<sub>${report.tool.name} ${report.tool.version} · seed ${report.plan.seed} · results.json schema v${report.schemaVersion}</sub>`, '');
  return lines.join('\n');
}
