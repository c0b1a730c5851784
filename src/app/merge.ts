// Merging a sharded run: N jobs each ran 1/N of the load (--shard i/N) and wrote a results.json;
// the merge checks that every shard is there, complete and from the same test, adds their
// histograms and counters, lines their series up on the wall clock, and judges the whole against
// the SLOs the shards ran with, as one run (its verdict is then the judge's, as for any run: app/judge.ts).
// Pure: the entries read the files.

import { type Plan, LATENCY_KEYS } from '../config/plan.js';
import { giveOption, type Vocabulary } from '../config/vocabulary.js';
import type { SettingMap } from '../config/yaml-reader.js';
import { mergeMetrics, mergeSeries } from '../metrics/merge.js';
import { type Check, evaluateChecks } from '../slo/checks.js';
import { evidenceFor, latencyCounter } from '../slo/evidence.js';
import { everyRequestFailed } from '../slo/failures.js';
import { type AddedDelay, uniformDelay } from '../slo/generator.js';
import { judge } from '../slo/verdict.js';
import { withIntervals } from '../slo/check-intervals.js';
import { measuredBlocks } from '../slo/compare/blocks.js';
import type { ArmProtocol, EndpointReport, MergeInfo, RunReport, TraceReport, TracedRequestReport } from '../report/model.js';
import { failedPerEndpoint, keepFailed, keepSlowest } from '../metrics/traces.js';
import { FAILED_TRACES_KEPT } from '../defaults.js';
import { type RunBody, bodyOf } from '../report/build.js';
import type { JudgeableRun } from './judge.js';

/** ShardFile: one shard's results.json, and where it was read from (for messages). */
export interface ShardFile {
  source: string;
  report: RunReport;
}

/** MergeError lists every reason the shards cannot be merged; nothing is judged. */
export class MergeError extends Error {
  constructor(readonly problems: string[]) {
    super(`cannot merge the shards:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'MergeError';
  }
}

/** MIN_OVERLAP: below this share of the shortest measured window, the shards never loaded the target together for most of the run. */
const MIN_OVERLAP = 0.8;

/** mergeShards: the shards' results as one run; `vocabulary` words what the problems ask of the load jobs (config/vocabulary.ts). */
export function mergeShards(files: readonly ShardFile[], endedAt: Date, vocabulary: Vocabulary): JudgeableRun {
  const shards = checkShards(files, vocabulary);
  const first = shards[0].report;
  const starts = shards.map((s) => Date.parse(s.report.loadStartedAt!));
  const earliest = Math.min(...starts);
  const offsets = starts.map((start) => Math.round((start - earliest) / 1000));
  const overlapSeconds = measuredOverlap(shards.map((s, i) => ({ start: starts[i] / 1000 + s.report.warmup.seconds, end: starts[i] / 1000 + s.report.durationSeconds })));
  const shortest = Math.min(...shards.map((s) => s.report.measuredSeconds));

  const overall: EndpointReport = { ...mergeMetrics('overall', shards.map((s) => s.report.overall)), method: '*', path: '*', weight: 1 };
  const endpoints: EndpointReport[] = first.endpoints.map((e, i) => ({ ...mergeMetrics(e.name, shards.map((s) => s.report.endpoints[i])), method: e.method, path: e.path, weight: e.weight }));
  const slo = first.shard!.slo;
  const resourceChecks = first.checks.filter((c) => c.metric === 'cpu_percent' || c.metric === 'memory_percent');
  const timeseries = mergeSeries(shards.map((s, i) => ({ offsetSeconds: offsets[i], series: s.report.timeseries })));
  const evaluated = evaluateChecks(overall, slo.thresholds, endpoints.map((metrics, i) => ({ metrics, thresholds: slo.endpoints[i] ?? {} })));
  const blocks = measuredBlocks(timeseries);
  const checks: Check[] = [...withIntervals(evaluated, (check) => (check.endpoint === null ? { metrics: overall, blocks } : { metrics: endpoints.find((e) => e.name === check.endpoint) ?? overall })), ...resourceChecks];

  const label = (index: number, finding: string) => `shard ${index}: ${finding}`;
  const shortfall = shards.flatMap((s) => s.report.generator.shortfall.map((f) => label(s.report.shard!.index, f)));
  if (shards.length > 1 && overlapSeconds < MIN_OVERLAP * shortest) {
    shortfall.push(`the shards' measured windows overlapped for only ${overlapSeconds.toFixed(1)}s of ${shortest.toFixed(1)}s: the target never carried the whole load at once for most of the run; start the shard jobs together`);
  }
  // Each shard's own delay bounds what it added to its requests; the whole is bounded by the worst.
  const delays = shards.map((s) => s.report.generator.addedDelayMs ?? uniformDelay(s.report.generator.eventLoopLagMs.max));
  const addedDelayMs = Object.fromEntries(LATENCY_KEYS.map((k) => [k, max(delays.map((d) => d[k]))])) as AddedDelay;
  const notes = shards.flatMap((s) => (s.report.generator.notes ?? []).map((f) => label(s.report.shard!.index, f)));
  const saturated = notes.find((n) => n.includes('CPU was saturated')) ?? null;
  // s(b) of the whole is a request-weighted mean of the shards'; the largest is a bound on it. A shard without one leaves none.
  const shares = shards.map((s) => s.report.generator.delayShares ?? []);
  const delayShares: Array<[number, number]> = shares.some((s) => s.length === 0) ? [] : shares[0].map(([b], i) => [b, max(shares.map((s) => s[i]?.[1] ?? 1))]);
  const interrupted = sum(shards.map((s) => s.report.generator.interruptedRequests));
  const judgement = judge({
    checks,
    measuredRequests: overall.requests,
    minRequests: slo.minRequests,
    evidenceFor: (check) => evidenceFor(check.endpoint === null ? overall : (endpoints.find((e) => e.name === check.endpoint) ?? overall), check),
    allFailed: everyRequestFailed(overall, endpoints),
    countAboveMs: latencyCounter((check) => (check.endpoint === null ? overall : (endpoints.find((e) => e.name === check.endpoint) ?? overall))),
    generator: { shortfall, addedDelayMs, delayShares, saturated, notes },
    stoppedBy: 'completed',
    abortReason: null,
    unanswered: interrupted,
    drainSeconds: Math.max(...shards.map((s) => s.report.shard!.drainSeconds)),
    coverage: `${shards.length} shards`,
    decision: slo.decision ?? 'point',
  });
  const scheduled = sum(shards.map((s) => s.report.arrivals?.scheduled ?? 0));
  const dropped = sum(shards.map((s) => s.report.arrivals?.dropped ?? 0));
  const merged: MergeInfo = {
    shards: shards.map((s, i) => ({
      index: s.report.shard!.index,
      source: s.source,
      loadStartedAt: s.report.loadStartedAt,
      offsetSeconds: offsets[i],
      durationSeconds: s.report.durationSeconds,
      requests: s.report.overall.requests,
      errors: s.report.overall.errors,
      peakUsers: s.report.plan.peakUsers,
      peakRate: s.report.plan.peakRate,
    })),
    overlapSeconds: Math.round(overlapSeconds * 1000) / 1000,
  };
  // The first shard's report with every measured part replaced; no shard's own verdict is carried over.
  const body: RunBody = {
    ...bodyOf(first),
    startedAt: new Date(Math.min(...shards.map((s) => Date.parse(s.report.startedAt)))).toISOString(),
    endedAt: endedAt.toISOString(),
    loadStartedAt: new Date(earliest).toISOString(),
    durationSeconds: Math.max(...shards.map((s, i) => offsets[i] + s.report.durationSeconds)),
    measuredSeconds: Math.max(...shards.map((s) => s.report.measuredSeconds)),
    plan: wholePlan(shards.map((s) => s.report), slo.minRequests),
    overall,
    endpoints,
    checks,
    violations: judgement.violations,
    untrusted: judgement.untrusted,
    warmup: { seconds: first.warmup.seconds, requests: sum(shards.map((s) => s.report.warmup.requests)), errors: sum(shards.map((s) => s.report.warmup.errors)) },
    arrivals: first.arrivals ? { scheduled, dropped, droppedPercent: scheduled ? Math.round((dropped / scheduled) * 100_000) / 1000 : 0 } : null,
    generator: {
      eventLoopLagMs: { p50: max(shards.map((s) => s.report.generator.eventLoopLagMs.p50)), p99: max(shards.map((s) => s.report.generator.eventLoopLagMs.p99)), max: max(shards.map((s) => s.report.generator.eventLoopLagMs.max)) },
      cpuPercent: max(shards.map((s) => s.report.generator.cpuPercent)),
      peakRssMb: max(shards.map((s) => s.report.generator.peakRssMb)),
      connectionsOpened: sum(shards.map((s) => s.report.generator.connectionsOpened)),
      interruptedRequests: interrupted,
      shortfall,
      distortion: judgement.distortion ?? [],
      addedDelayMs,
      delayShares,
      delayNote: judgement.delayNote ?? null,
      notes,
    },
    preflight: shards.flatMap((s) => s.report.preflight.map((step) => ({ ...step, what: label(s.report.shard!.index, step.what) }))),
    timeseries,
    notices: [...new Set(shards.flatMap((s) => s.report.notices))],
    comparison: null,
    protocol: mergedProtocol(shards.map((s) => s.report.protocol)),
    shard: null,
    merged,
    traces: mergedTraces(shards.map((s) => s.report.traces), earliest),
  };
  if (body.traces === undefined) delete body.traces;
  return { body, slo: judgement, decision: slo.decision ?? 'point' };
}

/**
 * mergedProtocol: what the shards' load went over, their connections added; null when a shard
 * sent none or they differ (each shard's pre-flight settled its own), absent in older shards.
 */
function mergedProtocol(protocols: ReadonlyArray<ArmProtocol | null | undefined>): ArmProtocol | null | undefined {
  if (protocols.every((p) => p === undefined)) return undefined;
  const [first] = protocols;
  if (!first || protocols.some((p) => !p || p.version !== first.version || p.how !== first.how || p.alpn !== first.alpn)) return null;
  const limits = protocols.map((p) => p!.streamsPerConnection).filter((n): n is number => n !== null);
  return { ...first, connections: sum(protocols.map((p) => p!.connections)), streamsPerConnection: limits.length ? Math.min(...limits) : null };
}

/**
 * mergedTraces: the shards' kept trace IDs as one run's: each endpoint's slowest of them all, every
 * failed one up to the cap (the rest counted), offsets from the merged load's start. Absent unless
 * every shard was traced: a merge of some traced shards would call its slowest "the slowest".
 */
function mergedTraces(traces: ReadonlyArray<TraceReport | undefined>, loadStartedAtMs: number): TraceReport | undefined {
  if (traces.some((t) => t === undefined)) return undefined;
  const all = traces as TraceReport[];
  const [first] = all;
  const reOffset = (r: TracedRequestReport): TracedRequestReport => ({ ...r, offsetMs: Date.parse(r.at) - loadStartedAtMs });
  const failed = all.flatMap((t) => t.failed).map(reOffset);
  const perEndpoint = failedPerEndpoint(FAILED_TRACES_KEPT, new Set(all.flatMap((t) => [...t.slowest, ...t.failed].map((r) => r.endpoint))).size);
  const kept = keepFailed(failed, perEndpoint);
  return {
    sampled: first.sampled,
    url: first.url,
    slowestPerEndpoint: first.slowestPerEndpoint,
    slowest: keepSlowest(all.flatMap((t) => t.slowest).map(reOffset), first.slowestPerEndpoint),
    failed: kept,
    failedOmitted: sum(all.map((t) => t.failedOmitted)) + failed.length - kept.length,
    unreached: sum(all.map((t) => t.unreached ?? 0)),
  };
}

/** mergeLayer: the settings a merge's plan starts from (the target the shards tested); the merge's config and flags decide where reports go. */
export function mergeLayer(run: JudgeableRun): SettingMap {
  return new Map([['load_test.target', { value: run.body.target, source: { kind: 'default' } }]]);
}

/** withMergeNotices says, in the report, that thresholds given to the merge itself are not what judged it. */
export function withMergeNotices(run: JudgeableRun, plan: Plan): JudgeableRun {
  const notices: string[] = [];
  if (!plan.thresholdsAreDefaults) notices.push('the merge judged the whole run with the SLOs the shards ran with (recorded in their results); thresholds given to the merge itself were not used');
  if (plan.sources['thresholds.decision'] && run.decision && plan.decision !== run.decision) notices.push(`the merge decided close calls as the shards ran (decision: ${run.decision}, recorded in their results); decision: ${plan.decision} given to the merge was not used`);
  return notices.length === 0 ? run : { ...run, body: { ...run.body, notices: [...run.body.notices, ...notices] } };
}

/** checkShards: every shard 1..N exactly once, each complete, all from the same test; else a MergeError naming each problem. */
function checkShards(files: readonly ShardFile[], vocabulary: Vocabulary): ShardFile[] {
  if (files.length === 0) throw new MergeError(['no shard results found: give the directories (or results.json files) the shard jobs wrote']);
  const problems: string[] = [];
  const shards = files.filter((f) => {
    if (f.report.mode !== 'run' || !f.report.shard) {
      problems.push(`${f.source} is not a shard's results (run each load job as a shard: ${giveOption(vocabulary, 'load_test.shard', 'i/N')})`);
      return false;
    }
    return true;
  });
  if (shards.length === 0) throw new MergeError(problems);
  const count = shards[0].report.shard!.count;
  const byIndex = new Map<number, ShardFile[]>();
  for (const s of shards) {
    if (s.report.shard!.count !== count) problems.push(`${s.source} is shard ${s.report.shard!.index} of ${s.report.shard!.count}, but ${shards[0].source} is one of ${count}`);
    byIndex.set(s.report.shard!.index, [...(byIndex.get(s.report.shard!.index) ?? []), s]);
  }
  for (let index = 1; index <= count; index++) {
    const found = byIndex.get(index) ?? [];
    if (found.length === 0) problems.push(`shard ${index} of ${count} is missing: its job failed, was cancelled, or did not upload its results`);
    if (found.length > 1) problems.push(`shard ${index} of ${count} appears ${found.length} times (${found.map((f) => f.source).join(', ')})`);
  }
  const reference = shards.find((s) => s.report.shard!.index === 1) ?? shards[0];
  for (const s of shards) {
    const { index } = s.report.shard!;
    if (s.report.status !== 'completed') problems.push(`shard ${index} of ${count} did not complete (${s.report.status}): ${s.report.reasons[0] ?? 'no reason recorded'}`);
    else if (!s.report.loadStartedAt || s.report.timeseries.some((p) => p.histogram === undefined)) problems.push(`shard ${index} of ${count} (${s.source}) has no per-second histograms: it was written by an older version`);
    if (s === reference) continue;
    if (s.report.target !== reference.report.target) problems.push(`shard ${index} tested ${s.report.target}, shard ${reference.report.shard!.index} ${reference.report.target}`);
    if (s.report.endpoints.map((e) => e.name).join('\n') !== reference.report.endpoints.map((e) => e.name).join('\n')) problems.push(`shard ${index} ran other endpoints than shard ${reference.report.shard!.index}`);
    if (sloValues(s.report) !== sloValues(reference.report)) problems.push(`shard ${index} ran with other SLOs than shard ${reference.report.shard!.index}`);
  }
  if (problems.length > 0) throw new MergeError(problems);
  return [...shards].sort((a, b) => a.report.shard!.index - b.report.shard!.index);
}

/** sloValues: the thresholds' values, not where they were set (a flag on one job and the file on another still agree). */
function sloValues(report: RunReport): string {
  const values = (t: Record<string, { value: number } | undefined>) => Object.entries(t).map(([k, v]) => `${k}=${v?.value}`).sort().join(',');
  const slo = report.shard!.slo;
  return [slo.minRequests, values(slo.thresholds), ...slo.endpoints.map(values)].join(';');
}

/** wholePlan: the plan of the whole run, its levels the shards' added together. */
function wholePlan(reports: readonly RunReport[], minRequests: number): RunReport['plan'] {
  const first = reports[0].plan;
  return {
    ...first,
    profile: first.profile.map((segment, i) => ({ durationSeconds: segment.durationSeconds, from: round3(sum(reports.map((r) => r.plan.profile[i]?.from ?? 0))), to: round3(sum(reports.map((r) => r.plan.profile[i]?.to ?? 0))) })),
    peakUsers: sum(reports.map((r) => r.plan.peakUsers)),
    peakRate: first.peakRate === null ? null : round3(sum(reports.map((r) => r.plan.peakRate ?? 0))),
    maxInFlight: sum(reports.map((r) => r.plan.maxInFlight)),
    minRequests,
  };
}

/** measuredOverlap: how long all the windows were open at once, in seconds. */
function measuredOverlap(windows: ReadonlyArray<{ start: number; end: number }>): number {
  return Math.max(0, Math.min(...windows.map((w) => w.end)) - Math.max(...windows.map((w) => w.start)));
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const max = (values: readonly number[]) => Math.max(0, ...values);
const round3 = (value: number) => Math.round(value * 1000) / 1000;
