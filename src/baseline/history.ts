// A baseline is a history: the last K runs of the default branch (default 5), each as the values
// the comparisons read and how noisy each value was within its run, so that a run is judged
// against where another run of the same service would land (slo/compare/prediction.ts), not
// against one earlier run as if runs did not differ. Kept as baseline-history.json beside
// results.json in the baseline artifact; every run writes the history extended by itself, and a
// saved baseline carries it on. Pure.

import { COMPARED_METRICS, type ComparedMetric } from '../config/criteria.js';
import { type Block, measuredBlocks, sideVariance } from '../slo/compare/blocks.js';
import type { HistoryPoint } from '../slo/compare/prediction.js';
import type { HistoryRun, RunReport } from '../report/model.js';
import { type Baseline, BaselineError } from './model.js';

export type { HistoryRun };

export const HISTORY_KIND = 'loadtest-baseline-history';
export const HISTORY_VERSION = 1;
/** DEFAULT_HISTORY_RUNS: how many runs a baseline history keeps (the newest). */
export const DEFAULT_HISTORY_RUNS = 5;
export const HISTORY_FILE = 'baseline-history.json';

export interface BaselineHistory {
  kind: typeof HISTORY_KIND;
  version: typeof HISTORY_VERSION;
  runs: HistoryRun[];
}

/** The whole run of a report or a sample: its metric values and its measured seconds. */
export interface MeasuredRun {
  startedAt: string | null;
  runUrl: string | null;
  requests: number;
  errorRatePercent: number;
  latencyMs: Record<Exclude<ComparedMetric, 'error_rate'>, number>;
  blocks: readonly Block[];
}

/** historyRun: a run as a history keeps it. */
export function historyRun(run: MeasuredRun): HistoryRun {
  const metrics = {} as HistoryRun['metrics'];
  for (const metric of COMPARED_METRICS) {
    const spread = sideVariance(run.blocks, metric);
    metrics[metric] = { value: metric === 'error_rate' ? run.errorRatePercent : run.latencyMs[metric], within: spread?.variance ?? null, batches: spread?.batches ?? null };
  }
  return { startedAt: run.startedAt, runUrl: run.runUrl, requests: run.requests, metrics };
}

/**
 * nextHistory: the baseline history a run leaves for the next one: the history it was judged
 * against (none without a baseline) extended by itself. Null for what cannot be a baseline: a
 * shard's share, a run that measured nothing.
 */
export function nextHistory(report: RunReport, keep = DEFAULT_HISTORY_RUNS): BaselineHistory | null {
  if (report.shard || report.status === 'unreachable' || report.overall.requests === 0) return null;
  const run = historyRun({ startedAt: report.startedAt, runUrl: null, requests: report.overall.requests, errorRatePercent: report.overall.errorRatePercent, latencyMs: report.overall.latencyMs, blocks: measuredBlocks(report.timeseries) });
  return extendHistory(report.regression?.baseline?.history ?? [], run, keep);
}

/** extendHistory: the history with `run` added as its newest, keeping the last `keep` runs. */
export function extendHistory(runs: readonly HistoryRun[], run: HistoryRun, keep = DEFAULT_HISTORY_RUNS): BaselineHistory {
  const others = runs.filter((r) => r.startedAt === null || r.startedAt !== run.startedAt);
  return { kind: HISTORY_KIND, version: HISTORY_VERSION, runs: [...others, run].slice(-keep) };
}

/** pointsOf: one metric's values across the history, for the prediction interval. */
export function pointsOf(runs: readonly HistoryRun[], metric: ComparedMetric): HistoryPoint[] {
  return runs.map((r) => r.metrics[metric]).filter((p) => p !== undefined && Number.isFinite(p.value));
}

/** withHistory: a baseline judged against `runs` (a baseline-history.json), its own run the newest of them. */
export function withHistory(baseline: Baseline, runs: readonly HistoryRun[], keep = DEFAULT_HISTORY_RUNS): Baseline {
  const own = baseline.history[baseline.history.length - 1];
  const history = own ? extendHistory(runs, own, keep).runs : runs.slice(-keep);
  return { ...baseline, history, overall: { ...baseline.overall, history: historyPoints(history) } };
}

/** historyPoints: every compared metric's values across the runs, as the judge reads them (Sample.history). */
export function historyPoints(runs: readonly HistoryRun[]): Partial<Record<ComparedMetric, HistoryPoint[]>> {
  return Object.fromEntries(COMPARED_METRICS.map((m) => [m, pointsOf(runs, m)]));
}

/** parseHistory reads a baseline-history.json; a file that is not one names itself and what is wrong. */
export function parseHistory(text: string, source: string): HistoryRun[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${source}: not JSON: ${(error as Error).message}`);
  }
  const history = data as Partial<BaselineHistory>;
  if (!history || typeof history !== 'object' || history.kind !== HISTORY_KIND) throw new BaselineError(`${source}: not a baseline history (expected "kind": "${HISTORY_KIND}")`);
  if (history.version !== HISTORY_VERSION) throw new BaselineError(`${source}: baseline history version ${String(history.version)}; this version of the tool reads version ${HISTORY_VERSION}`);
  if (!Array.isArray(history.runs) || history.runs.length === 0) throw new BaselineError(`${source}: the baseline history holds no runs`);
  history.runs.forEach((run, i) => {
    const where = `${source}: run ${i + 1} of the history`;
    if (!run || typeof run !== 'object') throw new BaselineError(`${where} is not an object`);
    for (const m of COMPARED_METRICS) {
      const point = run.metrics?.[m];
      if (typeof point?.value !== 'number' || !Number.isFinite(point.value) || point.value < 0) throw new BaselineError(`${where} has no number for ${m}`);
      if (point.within !== null && !(typeof point.within === 'number' && Number.isFinite(point.within) && point.within >= 0)) throw new BaselineError(`${where}: ${m}.within must be a variance (a number ≥ 0) or null, got ${JSON.stringify(point.within)}`);
      if (point.batches !== null && !(Number.isInteger(point.batches) && point.batches >= 1)) throw new BaselineError(`${where}: ${m}.batches must be a whole number ≥ 1 or null, got ${JSON.stringify(point.batches)}`);
    }
  });
  return history.runs;
}
