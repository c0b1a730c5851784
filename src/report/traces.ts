// Trace IDs where people look (load_test.trace): when a latency percentile regressed or broke its SLO,
// the slowest requests' traces, named after what went wrong ("p99 regressed: here are the 10 slowest
// requests' traces"); when requests failed, theirs. Each ID links through load_test.trace_url. Pure:
// the job summary, the PR comment, the regression issue, the markdown and the HTML read it.

import { TRACE_ID_PLACEHOLDER } from '../config/sections/trace.js';
import { FAILED_TRACES_KEPT } from '../defaults.js';
import { count, markdownTable, ms } from './format.js';
import type { RunReport, TraceReport, TracedRequestReport } from './model.js';

/** SHOWN_TRACES: how many traces a summary or comment lists: the 10 a person opens first. */
export const SHOWN_TRACES = 10;

/** TAIL_FIRST: the latency percentiles, the far tail first: the one the slowest requests explain best. */
const TAIL_FIRST = ['p999', 'p99', 'p95', 'p90', 'p50'];
const LABEL: Record<string, string> = { p50: 'p50', p90: 'p90', p95: 'p95', p99: 'p99', p999: 'p99.9' };

/** LatencyFinding: the latency that went wrong: which percentile, where (null: the whole run), and how. */
export interface LatencyFinding {
  metric: string;
  scope: string | null;
  how: 'regressed' | 'is worse than production' | 'broke its SLO';
}

/**
 * latencyFinding: the latency percentile that regressed from the baseline, was worse than
 * production (a canary), or broke its SLO, in that order; of several, the whole run's before an
 * endpoint's and the far tail first. Null when no latency went wrong.
 */
export function latencyFinding(report: RunReport): LatencyFinding | null {
  const first = <T extends { metric: string }>(items: readonly T[], scope: (item: T) => string | null): T | undefined => {
    const latency = items.filter((i) => TAIL_FIRST.includes(i.metric));
    const rank = (i: T) => (scope(i) === null ? 0 : TAIL_FIRST.length) + TAIL_FIRST.indexOf(i.metric);
    return latency.sort((a, b) => rank(a) - rank(b))[0];
  };
  const regressed = first(report.regression?.rows.filter((r) => r.verdict === 'fail') ?? [], (r) => r.scope);
  if (regressed) return { metric: regressed.metric, scope: regressed.scope, how: 'regressed' };
  const canary = first(report.comparison?.results.filter((r) => r.verdict === 'fail') ?? [], (r) => r.scope);
  if (canary) return { metric: canary.metric, scope: canary.scope, how: 'is worse than production' };
  const broken = first(report.violations, (v) => v.endpoint);
  if (broken) return { metric: broken.metric, scope: broken.endpoint, how: 'broke its SLO' };
  return null;
}

/** traceUrl: the link to one trace, or null without load_test.trace_url. */
export function traceUrl(traces: Pick<TraceReport, 'url'>, traceId: string): string | null {
  return traces.url === null ? null : traces.url.split(TRACE_ID_PLACEHOLDER).join(traceId);
}

/** slowestFor: the slowest kept requests of `scope` (an endpoint; null: the whole run), slowest first. */
export function slowestFor(traces: TraceReport, scope: string | null, limit: number): TracedRequestReport[] {
  return traces.slowest.filter((r) => scope === null || r.endpoint === scope).slice(0, limit);
}

/** EXPLAINS_BY_SLOWEST: the far-tail percentiles, which the slowest requests are: a middle percentile they do not explain. */
const EXPLAINS_BY_SLOWEST = new Set(['p99', 'p999']);

/**
 * slowestHeading: "p99 regressed: here are the 10 slowest requests' traces" for the far tail; for a
 * middle percentile, the finding and the traces side by side; a plain title without a finding. A
 * canary's are the canary's requests, and say so.
 */
export function slowestHeading(finding: LatencyFinding | null, shown: number, scope: string | null): string {
  const whose = finding?.how === 'is worse than production' ? "the canary's " : 'the ';
  const requests = `${whose}${shown === 1 ? "slowest request's trace" : `${shown} slowest requests' traces`}${scope ? ` on ${scope}` : ''}`;
  if (!finding) return `${requests[0].toUpperCase()}${requests.slice(1)}`;
  const what = `${LABEL[finding.metric] ?? finding.metric}${finding.scope ? ` of ${finding.scope}` : ''} ${finding.how}`;
  return EXPLAINS_BY_SLOWEST.has(finding.metric) ? `${what}: here ${shown === 1 ? 'is' : 'are'} ${requests}` : `${what} · ${requests}`;
}

export const TRACE_HEADERS = ['#', 'Endpoint', 'Latency', 'Service time', 'Response', 'Trace'] as const;
export const TRACE_NUMERIC = new Set([2, 3]);

/** response: what the request came to: its status, and its error when it failed. */
function responseOf(r: TracedRequestReport): string {
  const status = r.status === 0 ? 'no response' : `HTTP ${r.status}`;
  return r.error === null ? status : `${status}, ${r.error}${r.reason ? ` (${r.reason})` : ''}`;
}

/** traceCells: a request's row up to its trace ID, which each format writes as its kind of link. */
export function traceCells(r: TracedRequestReport, index: number): string[] {
  return [String(index + 1), r.endpoint, ms(r.latencyMs), ms(r.serviceTimeMs), responseOf(r)];
}

/** markdownId: the ID as a link through trace_url, else as code. */
function markdownId(traces: TraceReport): (r: TracedRequestReport) => string {
  return (r) => {
    const url = traceUrl(traces, r.traceId);
    // A link's destination ends at a space or an unmatched parenthesis: those are written escaped, as the URL means them.
    return url ? `[\`${r.traceId}\`](${url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})` : `\`${r.traceId}\``;
  };
}

/** failedLine: how many failed requests kept their IDs, how many more failed, and how many never reached the service. */
export function failedLine(traces: TraceReport, shown: number): string {
  const kept = traces.failed.length;
  const more = traces.failedOmitted > 0 ? `; ${count(traces.failedOmitted)} more failed past each endpoint's share of the ${count(FAILED_TRACES_KEPT)} kept` : '';
  const listed = kept > shown ? `; the first ${shown} are listed, the rest are in results.json` : '';
  return `${count(kept)} failed request${kept === 1 ? '' : 's'} kept ${kept === 1 ? 'its' : 'their'} trace IDs${more}${listed}.${unreachedLine(traces)}`;
}

/** unreachedLine: failed requests with no trace to open, said apart (" 12 more never reached the service …"). */
function unreachedLine(traces: TraceReport): string {
  const n = traces.unreached ?? 0;
  return n > 0 ? ` ${count(n)} more failed before reaching the service (no connection, or a stream it refused or left unprocessed): no trace of ${n === 1 ? 'it' : 'them'} exists, so none is listed.` : '';
}

export interface TraceMarkdownOptions {
  /** limit: rows per table. */
  limit: number;
  /** onlyWhenWrong: list traces only for a latency finding (the slowest) or failed requests (theirs): a PR comment's measure. */
  onlyWhenWrong: boolean;
  /** level: the heading's markdown level. */
  level: '##' | '###';
}

/** tracesMarkdown: the slowest requests' traces (named after a latency finding when there is one) and the failed ones', as markdown parts. */
export function tracesMarkdown(report: RunReport, options: TraceMarkdownOptions): string[] {
  const traces = report.traces;
  if (!traces) return [];
  const finding = latencyFinding(report);
  const id = markdownId(traces);
  const table = (requests: readonly TracedRequestReport[]) => markdownTable(TRACE_HEADERS, requests.map((r, i) => [...traceCells(r, i), id(r)]), TRACE_NUMERIC);
  const parts: string[] = [];
  if (finding || !options.onlyWhenWrong) {
    // A finding on one endpoint shows that endpoint's slowest; on the whole run, the run's.
    const scope = finding?.scope ?? null;
    const slowest = slowestFor(traces, scope, options.limit);
    if (slowest.length > 0) {
      parts.push(`${options.level} ${slowestHeading(finding, slowest.length, scope)}`);
      parts.push(table(slowest));
    }
  }
  if (traces.failed.length > 0) {
    const failed = traces.failed.slice(0, options.limit);
    parts.push(`${options.level} Failed requests' traces`, failedLine(traces, failed.length), table(failed));
  } else if ((traces.unreached ?? 0) > 0) parts.push(unreachedLine(traces).trim());
  if (parts.length > 0 && traces.url === null) parts.push('_Set `trace_url` (e.g. `https://tempo.example/trace/{trace_id}`) to link these IDs to your tracing UI._');
  return parts;
}
