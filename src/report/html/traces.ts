// report.html's trace sections (load_test.trace): the slowest requests' traces, named after a latency
// finding when there is one, and the failed requests', each trace ID a link through trace_url.

import type { RunReport, TraceReport, TracedRequestReport } from '../model.js';
import { TRACE_HEADERS, TRACE_NUMERIC, failedLine, latencyFinding, slowestFor, slowestHeading, traceCells, traceUrl } from '../traces.js';
import { esc } from './escape.js';

/** HTML_TRACES: rows per table; results.json has every kept ID. */
const HTML_TRACES = 50;

/** traceSections: `prefix` keeps a rollout's stages' ids apart. */
export function traceSections(report: RunReport, h: string, prefix = ''): string[] {
  const traces = report.traces;
  if (!traces) return [];
  const finding = latencyFinding(report);
  const scope = finding?.scope ?? null;
  const slowest = slowestFor(traces, scope, HTML_TRACES);
  const sections: string[] = [];
  const hint = traces.url === null ? '<p class="hint">Set trace_url (e.g. https://tempo.example/trace/{trace_id}) to link these IDs to your tracing UI.</p>' : '';
  if (slowest.length > 0) sections.push(`<section id="${prefix}slowest-traces"><${h}>${esc(slowestHeading(finding, slowest.length, scope))}</${h}>${traceTable(traces, slowest)}${hint}</section>`);
  if (traces.failed.length > 0 || (traces.unreached ?? 0) > 0) {
    const failed = traces.failed.slice(0, HTML_TRACES);
    sections.push(`<section id="${prefix}failed-traces"><${h}>Failed requests' traces</${h}><p>${esc(failedLine(traces, failed.length))}</p>${failed.length > 0 ? `${traceTable(traces, failed)}${hint}` : ''}</section>`);
  }
  return sections;
}

function traceTable(traces: TraceReport, requests: readonly TracedRequestReport[]): string {
  const link = (r: TracedRequestReport) => {
    const url = traceUrl(traces, r.traceId);
    return url ? `<a href="${esc(url)}"><code>${esc(r.traceId)}</code></a>` : `<code>${esc(r.traceId)}</code>`;
  };
  const rows = requests.map((r, i) => {
    const cells = traceCells(r, i);
    return `<tr>${cells.map((c, k) => (k === 0 ? `<th scope="row">${esc(c)}</th>` : `<td${TRACE_NUMERIC.has(k) ? ' class="num"' : ''}>${esc(c)}</td>`)).join('')}<td>${link(r)}</td></tr>`;
  });
  return `<div class="table-wrap"><table class="trace-table"><thead><tr>${TRACE_HEADERS.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
