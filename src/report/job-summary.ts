// The GitHub job summary: the verdict and why, first; then the SLO table, endpoints, charts with
// their numbers, responses, the plan that ran, and where the full report is. Pure: markdown out.
// GitHub refuses summaries over 1 MiB per step, so long lists are cut to what matters and the
// series is downsampled; a 100-endpoint, one-hour run stays far below the limit.

import { ERROR_CODE_MEANING, type ErrorCode } from '../client/outcome.js';
import { regressionMarkdown } from './regression.js';
import { SHOWN_TRACES, tracesMarkdown } from './traces.js';
import { count, markdownTable, ms, percent, rps, seconds } from './format.js';
import type { EndpointReport, RunReport } from './model.js';
import { chartSections } from './summary-charts.js';
import { CHECK_HEADERS, COMPARISON_HEADERS, canaryConfidenceLine, ENDPOINT_HEADERS, ENDPOINT_NUMERIC, RESOURCE_HEADERS, RESOURCE_NUMERIC, checkRows, comparisonRows, generatorSummary, responseCheckRows, RESPONSE_CHECK_HEADERS, RESPONSE_CHECK_NUMERIC, shareText, loadDescription, resourceErrors, resourceRows, rollbackLine, decisionTimeLine, shardLine, protocolLine } from './sections.js';

/** MAX_ENDPOINT_ROWS: beyond this, the table shows the worst endpoints and says how many are left out. */
export const MAX_ENDPOINT_ROWS = 50;

export type ArtifactState = { uploaded: true; name: string; url: string | null } | { uploaded: false; reason: string };

export interface SummaryContext {
  artifact: ArtifactState;
  /** cancelled: the job was cancelled and this is the partial report. */
  cancelled: boolean;
}

const BANNER = {
  pass: '## ✅ Load test passed',
  fail: '## ❌ Load test failed',
  inconclusive: '## ⚠️ Load test inconclusive',
} as const;

export function renderJobSummary(report: RunReport, context: SummaryContext): string {
  const parts: string[] = [];
  const where = report.environment ? ` · ${report.environment}` : '';
  const banner = report.shard && report.status === 'completed' ? `## 🧩 Shard ${report.shard.index} of ${report.shard.count} delivered its share (provisional: ${report.verdict})` : BANNER[report.verdict];
  parts.push(context.cancelled ? `## ⚠️ Load test cancelled: partial report${where}` : `${banner}${where}`);
  parts.push([...report.reasons, ...(report.generator.delayNote ? [`_${report.generator.delayNote}_`] : [])].map((r) => `> ${r}`).join('\n>\n'));
  const shard = shardLine(report);
  if (shard) parts.push(`**${shard}**`);
  const decided = decisionTimeLine(report);
  if (decided) parts.push(decided);
  const rollback = rollbackLine(report);
  if (rollback) parts.push(`**${rollback.split('\n')[0]}**${rollback.includes('\n') ? `\n\n\`\`\`\n${rollback.split('\n').slice(1).join('\n')}\n\`\`\`` : ''}`);
  if (report.status === 'unreachable') {
    parts.push(preflightList(report), artifactLine(context.artifact));
    return parts.join('\n\n') + '\n';
  }
  const o = report.overall;
  const protocol = protocolLine(report);
  parts.push(
    `**Target** ${report.target} · **Load** ${loadDescription(report.plan)}${protocol ? ` · **Protocol** ${protocol}` : ''} · **Measured** ${seconds(report.measuredSeconds)} · ` +
      `**Requests** ${count(o.requests)} · **Throughput** ${rps(o.throughputRps)} req/s · **Error rate** ${percent(o.errorRatePercent)} · ` +
      `**p95** ${ms(o.latencyMs.p95)}`,
  );
  if (report.comparison) {
    const c = report.comparison;
    parts.push(
      '### Canary vs production',
      `Production ${c.production.target}, under the same requests at the same moment. Differences are canary − production, each with its confidence interval.`,
      canaryConfidenceLine(report)!,
      markdownTable(COMPARISON_HEADERS, comparisonRows(report, MAX_ENDPOINT_ROWS)),
    );
  }
  parts.push(...regressionMarkdown(report, MAX_ENDPOINT_ROWS));
  if (report.checks.length > 0) parts.push('### SLOs', markdownTable(CHECK_HEADERS, checkRows(report)));
  parts.push(...tracesMarkdown(report, { limit: SHOWN_TRACES, onlyWhenWrong: false, level: '###' }));
  parts.push('### Endpoints', endpointTable(report), 'Latencies are measured from each request\'s intended start time.');
  parts.push(...chartSections(report));
  parts.push('### Responses', responses(report));
  if (report.resources) {
    parts.push('### Target resources under load');
    if (resourceRows(report).length) parts.push(markdownTable(RESOURCE_HEADERS, resourceRows(report), RESOURCE_NUMERIC));
    if (report.resources.errors.length) parts.push(resourceErrors(report).join('\n\n'));
  }
  parts.push('### Load generator', [generatorSummary(report), ...[...report.generator.shortfall, ...report.generator.distortion, ...(report.generator.notes ?? [])].map((f) => `- ${f}`)].join('\n\n'));
  parts.push(planDetails(report), artifactLine(context.artifact));
  return parts.join('\n\n') + '\n';
}

function endpointTable(report: RunReport): string {
  const endpoints = report.endpoints;
  const shown = endpoints.length <= MAX_ENDPOINT_ROWS ? endpoints : [...endpoints].sort(worstFirst).slice(0, MAX_ENDPOINT_ROWS);
  const row = (e: EndpointReport, name: string, share: string) => [name, share, count(e.requests), count(e.errors), percent(e.errorRatePercent), rps(e.throughputRps), ms(e.latencyMs.p50), ms(e.latencyMs.p95), ms(e.latencyMs.p99), ms(e.latencyMs.max)];
  const rows = shown.map((e) => row(e, e.name, shareText(e.weight)));
  if (endpoints.length > 1) rows.push(row(report.overall, '**all endpoints**', '100%'));
  const table = markdownTable(ENDPOINT_HEADERS, rows, ENDPOINT_NUMERIC);
  const left = endpoints.length - shown.length;
  const checked = responseCheckRows(report);
  const checks = checked.length > 0 ? `\n\n${markdownTable(RESPONSE_CHECK_HEADERS, checked.slice(0, MAX_ENDPOINT_ROWS), RESPONSE_CHECK_NUMERIC)}${checked.length > MAX_ENDPOINT_ROWS ? `\n\n${checked.length - MAX_ENDPOINT_ROWS} more checks are in results.json.` : ''}` : '';
  return (left > 0 ? `${table}\n\nThe ${MAX_ENDPOINT_ROWS} endpoints with the most errors and slowest p95 are shown; ${left} more are in results.json.` : table) + checks;
}

/** worstFirst orders endpoints by error rate, then by p95: the rows a reader needs when not all fit. */
function worstFirst(a: EndpointReport, b: EndpointReport): number {
  return b.errorRatePercent - a.errorRatePercent || b.latencyMs.p95 - a.latencyMs.p95;
}

function responses(report: RunReport): string {
  const statuses = Object.entries(report.overall.statusCodes);
  const errors = Object.entries(report.overall.errorCodes);
  const rows: string[][] = [
    ...statuses.map(([status, n]) => [`HTTP ${status}`, count(n), '']),
    ...errors.map(([code, n]) => [`\`${code}\``, count(n ?? 0), ERROR_CODE_MEANING[code as ErrorCode]]),
  ];
  return rows.length === 0 ? 'No responses.' : markdownTable(['Status or error', 'Count', 'Meaning'], rows, new Set([1]));
}

function planDetails(report: RunReport): string {
  const p = report.plan;
  const thresholds = Object.entries(p.thresholds).map(([k, t]) => `${k} ${t!.value} (${t!.source})`);
  const rows = [
    ['target', p.target],
    ['environment', p.environment ?? '(none)'],
    ['config', p.configFile ?? '(none)'],
    ['load', loadDescription(p)],
    ['endpoints', p.endpoints.map((e) => `${e.method} ${e.path || '/'} ${Math.round(e.weight * 1000) / 10}%`).slice(0, 20).join(', ') + (p.endpoints.length > 20 ? `, … ${p.endpoints.length - 20} more` : '')],
    ['thresholds', thresholds.join(', ') || '(none)'],
    ['headers', Object.keys(p.headers).map((h) => `${h}: ***`).join(', ') || '(none)'],
    ['timeout · seed', `${ms(p.timeoutMs)} · ${p.seed}`],
    ...(p.httpVersion ? [['http_version', `${p.httpVersion}${p.httpVersion === '1.1' ? '' : ` (HTTP/2: up to ${p.maxStreamsPerConnection} streams per connection)`}`]] : []),
  ];
  return `<details><summary>The plan that ran</summary>\n\n${markdownTable(['setting', 'value'], rows)}\n\n</details>`;
}

function preflightList(report: RunReport): string {
  return report.preflight.map((s) => `- ${s.what}: ${s.ok ? 'ok' : s.detail} (${s.attempts} attempt${s.attempts === 1 ? '' : 's'})`).join('\n');
}

function artifactLine(artifact: ArtifactState): string {
  if (!artifact.uploaded) return `📦 Report artifact not uploaded: ${artifact.reason}. The files are in the report directory on the runner.`;
  const charts = '📊 Charts: open `report.html` from the artifact; it works offline.';
  return artifact.url ? `📦 Full report: [${artifact.name}](${artifact.url}) (report.html, results.json, performance_report.md, deployment_report.md)\n\n${charts}` : `📦 Full report: artifact **${artifact.name}**\n\n${charts}`;
}
