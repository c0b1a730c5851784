// Reading a baseline from text: a loadtest-action results.json, or a Locust _stats.csv (Locust 1.x
// and later, and the older "# requests" spelling). Pure; the caller reads the file.

import { EMPTY_SUMMARY } from '../metrics/histogram.js';
import type { RunReport } from '../report/model.js';
import { LOCUST_PERCENTILES } from '../report/locust-csv.js';
import { readResults } from '../report/read.js';
import { measuredBlocks } from '../slo/compare/blocks.js';
import { parseCsv } from '../template/data.js';
import { historyPoints, historyRun } from './history.js';
import { type Baseline, type BaselineSample, BaselineError } from './model.js';

export function parseBaseline(text: string, source: string): Baseline {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) return fromResults(trimmed, source);
  if (/^"?(Type|Method)"?,/.test(trimmed)) return fromLocustCsv(trimmed, source);
  throw new BaselineError(`${source}: not a baseline: expected a loadtest-action results.json or a Locust _stats.csv (starting "Type,Name,Request Count,…")`);
}

function fromResults(text: string, source: string): Baseline {
  let report: ReturnType<typeof readResults>;
  try {
    report = readResults(text, source);
  } catch (error) {
    throw new BaselineError((error as Error).message);
  }
  if (report.mode === 'rollout') throw new BaselineError(`${source}: a rollout's results.json holds one run per stage; use a plain run's results.json as the baseline`);
  if (report.shard) throw new BaselineError(`${source}: this is one shard's share of a run; use the merged results.json as the baseline`);
  if (report.status === 'unreachable' || report.overall.requests === 0) throw new BaselineError(`${source}: the baseline run measured no requests (${report.status})`);
  const arm = (e: RunReport['endpoints'][number]): BaselineSample => ({ name: e.name, method: e.method, path: e.path, requests: e.requests, errors: e.errors, errorRatePercent: e.errorRatePercent, latencyMs: e.latencyMs, histograms: { latency: e.histograms.latency } });
  const blocks = measuredBlocks(report.timeseries);
  // On its own, a run is a history of one: its run-to-run noise is estimated from its own batches of time.
  const history = [historyRun({ startedAt: report.startedAt, runUrl: null, requests: report.overall.requests, errorRatePercent: report.overall.errorRatePercent, latencyMs: report.overall.latencyMs, blocks })];
  // A canary run's overall is the canary's, and so is its protocol.
  const protocol = report.protocol ? { version: report.protocol.version, asked: report.protocol.asked } : null;
  return { kind: 'results', source, startedAt: report.startedAt, runUrl: null, target: report.target, protocol, overall: { ...arm(report.overall), blocks, history: historyPoints(history) }, endpoints: report.endpoints.map(arm), history };
}

/** Column names as Locust writes them, with the spellings older versions used. */
const COLUMN_ALIASES: Record<string, string[]> = {
  Type: ['Type', 'Method'],
  Name: ['Name'],
  'Request Count': ['Request Count', '# requests'],
  'Failure Count': ['Failure Count', '# failures'],
  'Median Response Time': ['Median Response Time', 'Median response time'],
  'Average Response Time': ['Average Response Time', 'Average response time'],
  'Min Response Time': ['Min Response Time', 'Min response time'],
  'Max Response Time': ['Max Response Time', 'Max response time'],
};

function fromLocustCsv(text: string, source: string): Baseline {
  let cells: string[][];
  try {
    cells = parseCsv(text);
  } catch (error) {
    throw new BaselineError(`${source}: ${(error as Error).message}`);
  }
  const [header, ...rows] = cells.filter((row) => row.some((cell) => cell.trim() !== ''));
  const column = (name: string): number => {
    const index = header.findIndex((h) => (COLUMN_ALIASES[name] ?? [name]).some((alias) => alias.toLowerCase() === h.trim().toLowerCase()));
    if (index < 0) throw new BaselineError(`${source}: no '${name}' column; a Locust _stats.csv has ${Object.keys(COLUMN_ALIASES).join(', ')} and the percentile columns`);
    return index;
  };
  const at = { type: column('Type'), name: column('Name'), requests: column('Request Count'), failures: column('Failure Count'), median: column('Median Response Time'), mean: column('Average Response Time'), min: column('Min Response Time'), max: column('Max Response Time') };
  const percentileColumns = LOCUST_PERCENTILES.map((q) => [q, header.findIndex((h) => h.trim() === `${Math.round(q * 1e6) / 1e4}%`)] as const).filter(([, index]) => index >= 0);
  const arms: BaselineSample[] = rows.map((row, i) => {
    const number = (index: number, what: string): number => {
      const value = Number(row[index]);
      if (!Number.isFinite(value)) throw new BaselineError(`${source}:${i + 2}: ${what} is '${row[index] ?? ''}', not a number`);
      return value;
    };
    const requests = number(at.requests, 'Request Count');
    const errors = number(at.failures, 'Failure Count');
    const known = requests > 0;
    const min = known ? number(at.min, 'Min Response Time') : 0;
    const max = known ? number(at.max, 'Max Response Time') : 0;
    const table: Array<[number, number]> = known ? [[0, min], ...percentileColumns.filter(([q]) => q < 1).map(([q, index]) => [q, number(index, `${Math.round(q * 1e6) / 1e4}%`)] as [number, number]), [1, max]] : [];
    const percentile = (q: number) => table.find(([tq]) => tq === q)?.[1] ?? 0;
    const type = (row[at.type] ?? '').trim();
    const name = (row[at.name] ?? '').trim();
    return {
      name,
      method: type === 'None' ? '' : type,
      path: name,
      requests,
      errors,
      errorRatePercent: requests === 0 ? 0 : (errors / requests) * 100,
      latencyMs: known ? { min, mean: number(at.mean, 'Average Response Time'), p50: number(at.median, 'Median Response Time'), p90: percentile(0.9), p95: percentile(0.95), p99: percentile(0.99), p999: percentile(0.999), max } : { ...EMPTY_SUMMARY },
      quantiles: table,
      // Locust stores response times rounded to two significant digits: a value may be half a step off.
      slack: (ms: number) => stepOf(ms) / 2,
    };
  });
  const overall = arms.find((a) => a.name === 'Aggregated' && a.method === '') ?? arms.find((a) => a.name === 'Aggregated');
  if (!overall) throw new BaselineError(`${source}: no Aggregated row; is this a Locust _stats.csv (not _stats_history.csv or _failures.csv)?`);
  if (overall.requests === 0) throw new BaselineError(`${source}: the Locust run recorded no requests`);
  // No seconds of its own: its within-run noise is unknown, and the judge takes this run's in its place.
  const history = [historyRun({ startedAt: null, runUrl: null, requests: overall.requests, errorRatePercent: overall.errorRatePercent, latencyMs: overall.latencyMs, blocks: [] })];
  return { kind: 'locust', source, startedAt: null, runUrl: null, target: null, protocol: null, overall: { ...overall, method: '*', path: '*', history: historyPoints(history) }, endpoints: arms.filter((a) => a !== overall), history };
}

function stepOf(ms: number): number {
  return ms < 100 ? 1 : ms < 1000 ? 10 : ms < 10_000 ? 100 : 1000;
}
