// report.html: one self-contained file that opens offline, from an artifact, and shows at a glance
// what happened and why the gate decided as it did. The verdict and its reasons first, then the
// tables the other reports have, then the charts (uPlot, inlined with its CSS; the page's own
// script draws them from the JSON embedded beside it). Pure: a RunReport or RolloutReport in,
// HTML text out, so a results.json renders the same after the fact.

import { ERROR_CODE_MEANING, type ErrorCode } from '../../client/outcome.js';
import { VERDICT_BADGE, count, ms, percent, rps, seconds } from '../format.js';
import type { RolloutReport, RunReport } from '../model.js';
import { REGRESSION_HEADERS, baselineLine, regressionRows } from '../regression.js';
import { STAGE_HEADERS, banner, stageRows } from '../rollout.js';
import { CHECK_HEADERS, COMPARISON_HEADERS, ENDPOINT_HEADERS, checkRows, comparisonRows, endpointRows, responseCheckRows, RESPONSE_CHECK_HEADERS, generatorSummary, loadDescription, resourceErrors, rollbackLine, decisionTimeLine, shardLine, protocolLine } from '../sections.js';
import { type ChartSpec, type RunCharts, runCharts } from './charts.js';
import { drawReport } from './client.js';
import { UPLOT_CSS, UPLOT_JS } from './uplot.vendored.js';
import { esc } from './escape.js';
import { traceSections } from './traces.js';

export function renderHtmlReport(report: RunReport | RolloutReport): string {
  const runs: RunCharts[] = [];
  const body = report.mode === 'rollout' ? rolloutBody(report, runs) : runBody(report, '', runs, true);
  const title = `Load test ${VERDICT_BADGE[report.verdict].replace(/^\S+\s/, '')}: ${report.target}`;
  // The data goes in a JSON script element; "<" is escaped so no value can end the element early.
  const data = JSON.stringify({ runs }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(report.tool.name)} ${esc(report.tool.version)}">
<title>${esc(title)}</title>
<style>${UPLOT_CSS}</style>
<style>${PAGE_CSS}</style>
</head>
<body>
<main>
${body}
<footer><p>${esc(report.tool.name)} ${esc(report.tool.version)} · results.json schema v${report.schemaVersion} · this page needs no network: its data and chart library are inside it.</p></footer>
</main>
<script type="application/json" id="report-data">${data}</script>
<script>${UPLOT_JS}</script>
<script>(${drawReport.toString()})();</script>
</body>
</html>
`;
}

function runBody(report: RunReport, prefix: string, runs: RunCharts[], top: boolean): string {
  const h = top ? 'h2' : 'h3';
  const parts: string[] = [];
  if (top) parts.push(verdictHeader(report.verdict, VERDICT_BADGE[report.verdict] + (report.status !== 'completed' ? ` (run ${report.status})` : ''), report.reasons));
  parts.push(meta([
    ['Target', report.target],
    ['Environment', report.environment ?? '(none)'],
    ['Load', loadDescription(report.plan)],
    ...(protocolLine(report) ? [['Protocol', protocolLine(report)!] as const] : []),
    ['Started', report.startedAt],
    ['Load applied', seconds(report.durationSeconds)],
    ['Measured', `${seconds(report.measuredSeconds)} · ${count(report.overall.requests)} requests · ${rps(report.overall.throughputRps)} req/s · error rate ${percent(report.overall.errorRatePercent)} · p95 ${ms(report.overall.latencyMs.p95)}`],
  ]));
  for (const line of [shardLine(report), decisionTimeLine(report), rollbackLine(report)]) if (line) parts.push(`<p class="note">${esc(line)}</p>`);
  if (report.status === 'unreachable') {
    parts.push(`<${h}>Pre-flight</${h}>`, list(report.preflight.map((s) => `${s.what}: ${s.ok ? 'ok' : s.detail} (${s.attempts} attempt${s.attempts === 1 ? '' : 's'})`)));
    return parts.join('\n');
  }
  if (report.checks.length > 0) parts.push(section(h, 'SLO checks', table(CHECK_HEADERS, checkRows(report), 'slo-table')));
  if (report.comparison) {
    const c = report.comparison;
    parts.push(section(h, 'Canary vs production', `<p>Production ${esc(c.production.target)} got the same requests at the same moment. Differences are canary − production with ${Math.round(c.confidence * 1000) / 10}% confidence intervals. Verdict of the comparison: <strong>${esc(c.verdict)}</strong>.</p>${table(COMPARISON_HEADERS, comparisonRows(report), 'comparison-table')}`));
  }
  if (report.regression) {
    const r = report.regression;
    parts.push(section(h, 'Compared with the baseline', `<p>${esc(baselineLine(report)!.replace(/\[([^\]]+)\]\([^)]+\)/, '$1'))}</p>${r.baseline?.runUrl ? `<p>Baseline run: <a href="${esc(r.baseline.runUrl)}">${esc(r.baseline.runUrl)}</a></p>` : ''}${r.status === 'compared' ? table(REGRESSION_HEADERS, regressionRows(report), 'regression-table') : ''}`));
  }
  parts.push(...traceSections(report, h, prefix));
  parts.push(section(h, 'Endpoints', `${table(ENDPOINT_HEADERS, endpointRows(report), 'endpoint-table')}<p class="hint">Latencies are measured from each request's intended start time.</p>`));
  const checked = responseCheckRows(report);
  if (checked.length > 0) parts.push(section(h, 'Checks', `${table(RESPONSE_CHECK_HEADERS, checked, 'check-table')}<p class="hint">What each step expected of its responses; a failed check counts as a check_failed error.</p>`));
  parts.push(section(h, 'Responses', responses(report)));
  const charts = runCharts(report, prefix);
  runs.push(charts);
  const over = charts.charts.filter((c) => c.kind === 'time');
  if (over.length > 0) parts.push(section(h, 'Over time', over.map(figure).join('\n')));
  const spectra = charts.charts.filter((c) => c.kind === 'spectrum');
  if (spectra.length > 0) {
    const [overall, byEndpoint] = spectra;
    const picker = charts.endpoints && byEndpoint
      ? `<label class="picker">Endpoint <select id="${esc(byEndpoint.id)}-picker">${charts.endpoints.names.map((name, i) => `<option value="${i}">${esc(name)}</option>`).join('')}</select></label>`
      : '';
    parts.push(section(h, 'Latency distribution', `<p class="hint">Latency at each percentile, on a scale that gives the median, p90, p99 and p99.9 equal room, so the tail shows.</p>${figure(overall)}${byEndpoint ? `${picker}${figure(byEndpoint)}` : ''}`));
  }
  if (report.resources?.errors.length) parts.push(list(resourceErrors(report)));
  parts.push(section(h, 'Load generator', `<p>${esc(generatorSummary(report))}</p>${list([...report.generator.shortfall, ...report.generator.distortion, ...(report.generator.notes ?? [])])}`));
  if (report.notices.length > 0) parts.push(section(h, 'Notices', list(report.notices)));
  return parts.join('\n');
}

function rolloutBody(report: RolloutReport, runs: RunCharts[]): string {
  const parts = [verdictHeader(report.verdict, banner(report), report.reasons)];
  parts.push(meta([
    ['Target', report.target],
    ['Environment', report.environment ?? '(none)'],
    ['Started', report.startedAt],
    ['Halted at', report.haltedAt ?? '(promoted)'],
  ]));
  const rollback = rollbackLine(report);
  if (rollback) parts.push(`<p class="note">${esc(rollback)}</p>`);
  parts.push(section('h2', 'Stages', table(STAGE_HEADERS, stageRows(report), 'stage-table')));
  if (report.hooks.length > 0) parts.push(section('h2', 'Hooks', list(report.hooks.map((hook) => `${hook.name}: ${hook.ok ? 'ok' : 'FAILED'} (${hook.what}) ${hook.detail.split('\n')[0]}`))));
  report.stages.forEach((stage, i) => {
    const heading = `Stage ${i + 1}: ${stage.name} (${stage.percentage}% of traffic): ${stage.verdict === 'skipped' ? 'not reached' : VERDICT_BADGE[stage.verdict]}`;
    const inner = stage.run ? `${verdictHeader(stage.run.verdict, VERDICT_BADGE[stage.run.verdict], stage.run.reasons, 'h3')}${runBody(stage.run, `stage${i + 1}-`, runs, false)}` : '<p>Not reached: an earlier stage halted the rollout.</p>';
    parts.push(`<section class="stage" id="stage-${i + 1}"><h2>${esc(heading)}</h2>${inner}</section>`);
  });
  return parts.join('\n');
}

function verdictHeader(verdict: RunReport['verdict'], badge: string, reasons: readonly string[], level = 'h1'): string {
  return `<header class="verdict verdict-${verdict}" data-verdict="${verdict}"><${level} class="badge">${esc(badge)}</${level}>${list(reasons, 'reasons')}</header>`;
}

function responses(report: RunReport): string {
  const statuses = Object.entries(report.overall.statusCodes).map(([status, n]) => [status, count(n)]);
  const errors = Object.entries(report.overall.errorCodes).map(([code, n]) => [code, count(n ?? 0), ERROR_CODE_MEANING[code as ErrorCode]]);
  return `${statuses.length ? table(['Status', 'Responses'], statuses, 'status-table') : '<p>No responses.</p>'}${errors.length ? table(['Error', 'Count', 'Meaning'], errors, 'error-table') : '<p>No errors.</p>'}`;
}

function figure(spec: ChartSpec): string {
  return `<figure class="chart"><figcaption>${esc(spec.title)}</figcaption><div class="plot" id="${esc(spec.id)}" role="img" aria-label="${esc(`${spec.title}. ${spec.summary}`)}"></div><p class="summary">${esc(spec.summary)}</p></figure>`;
}

function section(h: string, title: string, inner: string): string {
  return `<section><${h}>${esc(title)}</${h}>${inner}</section>`;
}

function meta(rows: ReadonlyArray<readonly [string, string]>): string {
  return `<dl class="meta">${rows.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>`;
}

function list(items: readonly string[], cls = ''): string {
  return items.length ? `<ul${cls ? ` class="${cls}"` : ''}>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : '';
}

/** table: numbers right-aligned, wrapped so a narrow window scrolls the table, not the page. */
function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, id: string): string {
  const numeric = (cell: string) => /^[−+-]?[\d.,]+(ms|s|%| req\/s| pp)?$/.test(cell.trim());
  const head = headers.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td${numeric(c) ? ' class="num"' : ''}>${esc(c)}</td>`)).join('')}</tr>`).join('');
  return `<div class="table-wrap"><table id="${id}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

const PAGE_CSS = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.45; color: #1a1a1a; background: #fff; }
main { max-width: 1100px; margin: 0 auto; padding: 1rem; }
h1, h2, h3 { line-height: 1.2; }
.verdict { border: 2px solid; border-left-width: 10px; padding: .75rem 1rem; margin: 0 0 1rem; border-radius: 4px; }
.verdict .badge { margin: 0 0 .4rem; font-size: 1.6rem; }
.verdict-pass { border-color: #1b7f3b; background: #eef8f1; }
.verdict-fail { border-color: #b00020; background: #fdeef0; }
.verdict-inconclusive { border-color: #9a6700; background: #fff8e5; }
.verdict ul { margin: 0; padding-left: 1.2rem; }
.meta { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .25rem 1.5rem; margin: 0 0 1rem; }
.meta div { display: flex; gap: .5rem; }
.meta dt { font-weight: 600; min-width: 7rem; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.note { padding: .5rem .75rem; background: #f3f3f3; border-left: 4px solid #555; }
.table-wrap { overflow-x: auto; margin: .5rem 0 1rem; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border: 1px solid #ccc; padding: .3rem .55rem; text-align: left; vertical-align: top; }
thead th { background: #f0f0f0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.chart { margin: 1rem 0 1.5rem; }
.chart figcaption { font-weight: 600; margin-bottom: .25rem; }
.plot { width: 100%; min-height: 200px; }
.summary, .hint { color: #444; font-size: .9rem; margin: .25rem 0; }
.picker { display: inline-block; margin: .5rem 0; }
.picker select { max-width: 100%; font-size: 1rem; }
.stage { border-top: 3px solid #ddd; margin-top: 2rem; padding-top: .5rem; }
footer { margin-top: 2rem; color: #555; font-size: .85rem; }
@media (max-width: 600px) { main { padding: .5rem; } .verdict .badge { font-size: 1.3rem; } table { font-size: .8rem; } }
`;
