// Locust's CSV output (--csv PREFIX), column for column, so dashboards and scripts built on Locust
// keep working: PREFIX_stats.csv (one row per endpoint and an Aggregated row), PREFIX_stats_history.csv
// (the Aggregated row once a second, running totals) and PREFIX_failures.csv. Values follow Locust's
// conventions: milliseconds, percentiles rounded to two significant digits as Locust stores them,
// Python's float spelling ("15.0"), "N/A" percentiles for an endpoint without requests, CRLF lines
// (Python's csv module). Pure: the caller writes the files.

import { ERROR_CODE_MEANING, type ErrorCode } from '../client/outcome.js';
import { type Histogram, decodeHistogram, newHistogram, summarize } from '../metrics/histogram.js';
import type { EndpointReport, RunReport } from './model.js';

/** LOCUST_PERCENTILES are Locust's PERCENTILES_TO_REPORT, as fractions. */
export const LOCUST_PERCENTILES = [0.5, 0.66, 0.75, 0.8, 0.9, 0.95, 0.98, 0.99, 0.999, 0.9999, 1] as const;
const PERCENTILE_COLUMNS = ['50%', '66%', '75%', '80%', '90%', '95%', '98%', '99%', '99.9%', '99.99%', '100%'];

export const STATS_COLUMNS = ['Type', 'Name', 'Request Count', 'Failure Count', 'Median Response Time', 'Average Response Time', 'Min Response Time', 'Max Response Time', 'Average Content Size', 'Requests/s', 'Failures/s', ...PERCENTILE_COLUMNS];
export const HISTORY_COLUMNS = ['Timestamp', 'User Count', 'Type', 'Name', 'Requests/s', 'Failures/s', ...PERCENTILE_COLUMNS, 'Total Request Count', 'Total Failure Count', 'Total Median Response Time', 'Total Average Response Time', 'Total Min Response Time', 'Total Max Response Time', 'Total Average Content Size'];
export const FAILURES_COLUMNS = ['Method', 'Name', 'Error', 'Occurrences'];

export interface LocustCsv {
  stats: string;
  history: string;
  failures: string;
}

/** renderLocustCsv renders a run (the canary arm of a canary run) as Locust's three CSV files. */
export function renderLocustCsv(report: RunReport): LocustCsv {
  return { stats: statsCsv(report), history: historyCsv(report), failures: failuresCsv(report) };
}

/** statsCsv covers the measured window (after the warm-up): what the verdict was judged on. */
function statsCsv(report: RunReport): string {
  const seconds = report.measuredSeconds;
  const rows = sortedEndpoints(report).map((e) => statsRow(locustType(e), locustName(e), e, seconds));
  rows.push(statsRow('', 'Aggregated', report.overall, seconds));
  return csv([STATS_COLUMNS, ...rows]);
}

function statsRow(type: string, name: string, e: EndpointReport, seconds: number): Array<string | number> {
  const histogram = decodeHistogram(e.histograms.latency);
  const summary = summarize(histogram);
  return [
    type,
    name,
    e.requests,
    e.errors,
    e.requests === 0 ? 0 : median(summary.p50, summary.min, summary.max),
    pyFloat(e.requests === 0 ? 0 : summary.mean),
    e.requests === 0 ? 0 : pyFloat(summary.min),
    e.requests === 0 ? 0 : pyFloat(summary.max),
    e.requests === 0 ? 0 : pyFloat(e.bytes / e.requests),
    pyFloat(seconds > 0 ? e.requests / seconds : 0),
    pyFloat(seconds > 0 ? e.errors / seconds : 0),
    ...percentileFields(histogram),
  ];
}

/**
 * historyCsv: one Aggregated row per second of the run, warm-up included (Locust has none), with
 * Locust's running totals; Requests/s and Failures/s are, as in Locust, the mean of the last ten seconds.
 */
function historyCsv(report: RunReport): string {
  const start = report.loadStartedAt ? Date.parse(report.loadStartedAt) : Date.parse(report.startedAt);
  const total = newHistogram();
  const rows: Array<Array<string | number>> = [];
  let requests = 0;
  let errors = 0;
  let bytes = 0;
  report.timeseries.forEach((point, i) => {
    if (point.histogram) total.add(decodeHistogram(point.histogram));
    requests += point.requests;
    errors += point.errors;
    bytes += point.bytes ?? 0;
    const window = report.timeseries.slice(Math.max(0, i - 9), i + 1);
    const summary = summarize(total);
    rows.push([
      Math.floor((start + (point.t + 1) * 1000) / 1000),
      report.plan.model === 'closed' ? point.users : point.inFlight,
      '',
      'Aggregated',
      (window.reduce((sum, p) => sum + p.requests, 0) / window.length).toFixed(6),
      (window.reduce((sum, p) => sum + p.errors, 0) / window.length).toFixed(6),
      ...percentileFields(total),
      requests,
      errors,
      requests === 0 ? 0 : median(summary.p50, summary.min, summary.max),
      pyFloat(requests === 0 ? 0 : summary.mean),
      requests === 0 ? 0 : pyFloat(summary.min),
      requests === 0 ? 0 : pyFloat(summary.max),
      requests === 0 ? 0 : pyFloat(bytes / requests),
    ]);
  });
  return csv([HISTORY_COLUMNS, ...rows]);
}

/** failuresCsv: one row per endpoint and kind of failure; HTTP failures by status, as Locust names them. */
function failuresCsv(report: RunReport): string {
  const rows: Array<Array<string | number>> = [];
  for (const e of sortedEndpoints(report)) {
    for (const [code, occurrences] of Object.entries(e.errorCodes) as Array<[ErrorCode, number]>) {
      const byStatus = statusBreakdown(e, code, occurrences);
      if (byStatus) for (const [status, n] of byStatus) rows.push([e.method, locustName(e), `HTTP ${status}`, n]);
      else rows.push([e.method, locustName(e), `${code}: ${ERROR_CODE_MEANING[code]}`, occurrences]);
    }
  }
  return csv([FAILURES_COLUMNS, ...rows]);
}

/** statusBreakdown splits an HTTP error count by status when the statuses of that class account for it exactly. */
function statusBreakdown(e: EndpointReport, code: ErrorCode, occurrences: number): Array<[string, number]> | null {
  const inClass = code === 'http_5xx' ? (s: number) => s >= 500 : code === 'http_4xx' ? (s: number) => s >= 400 && s < 500 : null;
  if (!inClass) return null;
  const statuses = Object.entries(e.statusCodes).filter(([status]) => inClass(Number(status)));
  return statuses.reduce((sum, [, n]) => sum + n, 0) === occurrences ? statuses : null;
}

/** percentileFields: Locust's percentile columns, each rounded as Locust stores response times. */
function percentileFields(histogram: Histogram): Array<string | number> {
  if (histogram.totalCount === 0) return LOCUST_PERCENTILES.map(() => 'N/A');
  return LOCUST_PERCENTILES.map((q) => locustRound(histogram.getValueAtPercentile(q * 100) / 1000));
}

/** locustRound keeps two significant digits above 100ms, as Locust's response-time buckets do (147 → 150, 3432 → 3400). */
export function locustRound(ms: number): number {
  const step = ms < 100 ? 1 : ms < 1000 ? 10 : ms < 10_000 ? 100 : 1000;
  return Math.round(ms / step) * step;
}

/** median: Locust clamps its rounded median to the exact min and max. */
function median(p50: number, min: number, max: number): number {
  return Math.min(Math.max(locustRound(p50), Math.floor(min)), Math.ceil(max));
}

function sortedEndpoints(report: RunReport): EndpointReport[] {
  return [...report.endpoints].sort((a, b) => compare(locustName(a), locustName(b)) || compare(locustType(a), locustType(b)));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function locustType(e: EndpointReport): string {
  return e.method;
}

/** locustName: the endpoint's name without a leading method ("POST /api/orders" → "/api/orders"), as Locust names requests by URL. */
export function locustName(e: Pick<EndpointReport, 'name' | 'method'>): string {
  return e.name.startsWith(`${e.method} `) ? e.name.slice(e.method.length + 1) : e.name;
}

/** pyFloat spells a number as Python's repr of a float does: integral values keep ".0". */
export function pyFloat(value: number): string {
  const rounded = Math.round(value * 1e6) / 1e6;
  return Number.isInteger(rounded) ? `${rounded}.0` : String(rounded);
}

/** csv writes rows as Python's csv.writer does: minimal quoting, doubled quotes, CRLF line ends. */
function csv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const field = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
