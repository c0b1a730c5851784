// RunReport: the run's result as one versioned JSON document (results.json). Every other report —
// console, markdown, deployment entry, and later the job summary and HTML — is a pure rendering of
// it. docs/RESULTS_SCHEMA.md and docs/results.schema.json describe it; bump SCHEMA_VERSION when a
// field changes meaning or disappears (adding fields does not need a bump).

import type { PreflightStep } from '../client/preflight.js';
import type { HookResult } from '../ports/hooks.js';
import type { ThresholdKey, Thresholds } from '../config/plan.js';
import type { Source } from '../config/issues.js';
import type { EndpointMetrics, SecondSample } from '../metrics/snapshot.js';
import type { TraceSample, TracedRequest } from '../metrics/traces.js';
import type { Check } from '../slo/checks.js';
import type { AddedDelay } from '../slo/generator.js';
import type { ComparisonResult } from '../slo/compare/judge.js';
import type { ComparedMetric } from '../config/criteria.js';
import type { ResourceSeries } from '../slo/resources.js';
import type { VerdictName, Violation } from '../slo/verdict.js';

export const SCHEMA_VERSION = 3;
/** READABLE_SCHEMA_VERSIONS: results.json versions this one reads (as a baseline, to merge, to render): 1 is 2 without flows; 3 adds capacity searches (mode capacity), its runs as 2's. */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2, 3];

export type RunStatus = 'completed' | 'interrupted' | 'aborted' | 'unreachable';

export const EXIT_CODES = { pass: 0, fail: 1, config: 2, inconclusive: 3, unreachable: 4 } as const;

/**
 * exitCodeOf is the one place a verdict becomes an exit code. An unreachable target is 4 whatever
 * else is said. A shard's own verdict is provisional (only the merge passes or fails the
 * service), so a shard's job exits 0 when it delivered its share, ran to the end, and 3 when not.
 * Otherwise the verdict decides.
 */
export function exitCodeOf(facts: { verdict: 'pass' | 'fail' | 'inconclusive'; status: string; shard?: object | null }): number {
  if (facts.status === 'unreachable') return EXIT_CODES.unreachable;
  if (facts.shard) return facts.status === 'completed' ? EXIT_CODES.pass : EXIT_CODES.inconclusive;
  return EXIT_CODES[facts.verdict];
}

export interface EndpointReport extends EndpointMetrics {
  method: string;
  path: string;
  /** weight is the endpoint's planned share of requests (0–1). */
  weight: number;
}

/** CheckReport is one applied threshold, as the SLO judge produced it (source locates the threshold). */
export type CheckReport = Check;

/**
 * ArmProtocol: the HTTP one target's load went over (every connection to it spoke this), how the
 * pre-flight settled it, and over how many connections.
 */
export interface ArmProtocol {
  version: '1.1' | '2';
  /** how: cleartext (http://: HTTP/1.1), alpn (TLS: the server chose from what was offered), prior-knowledge (h2c). */
  how: 'cleartext' | 'alpn' | 'prior-knowledge';
  /** asked: load_test.http_version. */
  asked: 'auto' | '1.1' | '2';
  /** alpn: what the server chose by ALPN; null over cleartext or when it chose nothing. */
  alpn: string | null;
  /** connections: connections opened to this target, reconnects included. */
  connections: number;
  /** streamsPerConnection: HTTP/2: the most streams a connection was allowed at once (max_streams_per_connection, or the server's SETTINGS_MAX_CONCURRENT_STREAMS when lower); null over HTTP/1.1, or when no connection got that far. */
  streamsPerConnection: number | null;
  /** sharedVersion: a canary run under auto: this target chose h2, the other arm speaks only HTTP/1.1, so this one was loaded over HTTP/1.1 too (app/shared-version.ts); absent otherwise. */
  sharedVersion?: true;
  /** heldToBaseline: under auto, this target chose h2 but the baseline went over HTTP/1.1, so it was loaded over HTTP/1.1 to be compared like for like (app/shared-version.ts); absent otherwise. */
  heldToBaseline?: true;
}

export interface PlanSummary {
  target: string;
  environment: string | null;
  configFile: string | null;
  model: 'closed' | 'open';
  pattern: string;
  profile: Array<{ durationSeconds: number; from: number; to: number }>;
  durationSeconds: number;
  warmupSeconds: number;
  peakUsers: number;
  peakRate: number | null;
  thinkTimeMs: { min: number; max: number } | null;
  burst: { size: number; pauseMs: { min: number; max: number } } | null;
  maxInFlight: number;
  timeoutMs: number;
  seed: number;
  minRequests: number;
  abortOnFail: boolean;
  healthPath: string | null;
  insecure: boolean;
  /** httpVersion, maxStreamsPerConnection: what was asked (load_test.http_version); absent in files before HTTP/2. */
  httpVersion?: 'auto' | '1.1' | '2';
  maxStreamsPerConnection?: number;
  headers: Record<string, string>;
  endpoints: Array<{ name: string; method: string; path: string; weight: number; headers: Record<string, string>; body: string | null; expectStatus: number[] | null; thresholds: Partial<Record<ThresholdKey, number>> }>;
  thresholds: Partial<Record<ThresholdKey, { value: number; source: string }>>;
  thresholdsAreDefaults: boolean;
  /** flows: what a virtual user ran, by step name (schema 2); null for plain endpoints, absent in a schema 1 file. */
  flows?: { setup: string[]; onStart: string[]; flows: Array<{ name: string; weight: number; steps: string[] }> } | null;
}

export interface TimePoint extends SecondSample {
  /** lagMs is the generator's longest event-loop stall in that second. */
  lagMs: number;
  /** generatorCpuPercent and generatorRssMb: the generator's own CPU (100 = one core) and memory. */
  generatorCpuPercent?: number;
  generatorRssMb?: number;
}

/**
 * ComparedValue is one canary-vs-production comparison as the judge made it. The judge's subject
 * is the canary here and its reference production, so results.json names them so; bounds are null
 * where none could be computed.
 */
export type ComparedValue = Omit<ComparisonResult, 'low' | 'high' | 'subject' | 'reference' | 'nSubject' | 'nReference'> & {
  canary: number;
  production: number;
  nCanary: number;
  nProduction: number;
  low: number | null;
  high: number | null;
};

export interface ComparisonReport {
  verdict: 'pass' | 'fail' | 'inconclusive';
  reasons: string[];
  /** confidence of the whole comparison (0–1) */
  confidence: number;
  criteriaAreDefaults: boolean;
  production: { target: string; overall: EndpointReport; endpoints: EndpointReport[]; timeseries: TimePoint[]; protocol?: ArmProtocol | null; traces?: TraceReport };
  results: ComparedValue[];
}

/** ShardInfo: one job's part of a sharded run, and what the merge needs to judge the whole. */
export interface ShardInfo {
  /** index counts from 1. */
  index: number;
  count: number;
  /** share of the whole load this shard generated. */
  share: number;
  /** slo: the whole run's thresholds as configured (sources locate annotations), minimum requests, and how close calls decide (absent in older shards: point). */
  slo: { minRequests: number; thresholds: Thresholds; endpoints: Thresholds[]; decision?: 'point' | 'confident' };
  /** drainSeconds: how long in-flight requests were waited for after the load stopped. */
  drainSeconds: number;
}

/** MergeInfo: where a merged run's shards came from and how well they overlapped in time. */
export interface MergeInfo {
  shards: Array<{ index: number; source: string; loadStartedAt: string | null; offsetSeconds: number; durationSeconds: number; requests: number; errors: number; peakUsers: number; peakRate: number | null }>;
  /** overlapSeconds: how long every shard's measured window was open at once. */
  overlapSeconds: number;
}

/** RegressionRow: one metric of this run compared with the baseline. */
export interface RegressionRow {
  /** scope: null for the whole run, else the endpoint. */
  scope: string | null;
  metric: ComparedMetric;
  baseline: number;
  current: number;
  /** changePercent: (current − baseline) / baseline, in percent; null when the baseline is 0. */
  changePercent: number | null;
  difference: number;
  /** low, high: the difference's confidence interval; null where none could be computed. */
  low: number | null;
  high: number | null;
  nBaseline: number;
  nCurrent: number;
  rule: string;
  /** inconclusive reads "not enough data": the runs were too small to tell, or (generatorHeld) this run's generator could explain the difference. */
  verdict: 'pass' | 'fail' | 'inconclusive';
  reason: string;
  /** generatorHeld: a regression the delay this run's generator added could explain; it holds the verdict inconclusive. */
  generatorHeld?: boolean;
  /** timeBlocks: the interval was widened to the spread over this many batches of time. */
  timeBlocks?: number;
  /** baselineRuns: judged against a history of this many baseline runs (a prediction interval; baseline is their mean); betweenFromBatches: one run, its run-to-run noise estimated from its batches. */
  baselineRuns?: number;
  betweenFromBatches?: boolean;
  /** advisory: the metric need not be decided (baseline.required); inconclusive then reads "not judged" and holds nothing. */
  advisory?: boolean;
}

/** HistoryRun: one run of a baseline history (baseline-history.json; baseline/history.ts). */
export interface HistoryRun {
  startedAt: string | null;
  runUrl: string | null;
  requests: number;
  /** metrics: each compared metric's whole-run value, and the variance of that value within the run (from its batches of time; null when too short to say). */
  metrics: Record<ComparedMetric, { value: number; within: number | null; batches: number | null }>;
}

/** RegressionReport: this run against its baseline, or why there was none to compare with, or why it could not be compared. */
export interface RegressionReport {
  /** not-comparable: a baseline was found but this run cannot be judged against it (its load went over another HTTP version): verdict inconclusive, no rows, the reason in reasons. */
  status: 'compared' | 'no-baseline' | 'not-comparable';
  /** verdict of the comparison; null without a baseline. */
  verdict: 'pass' | 'fail' | 'inconclusive' | null;
  reasons: string[];
  /**
   * baseline: where it came from, and its whole-run latency distribution (a histogram, or a Locust
   * percentile table) for charts; history: the runs judged against (none when not comparable);
   * protocol: the HTTP version its load went over (null when its file does not say; absent in files before it was recorded).
   */
  baseline: { kind: 'results' | 'locust'; source: string; startedAt: string | null; runUrl: string | null; requests: number; latency: { histogram: string | null; quantiles: Array<[number, number]> | null }; history: HistoryRun[]; protocol?: Pick<ArmProtocol, 'version' | 'asked'> | null } | null;
  confidence: number;
  criteriaAreDefaults: boolean;
  failOnRegression: boolean;
  rows: RegressionRow[];
  /** unmatched: endpoints of this run the baseline has no numbers for. */
  unmatched: string[];
  /** rulesSource: where the regression rules were set (annotations go on that line). */
  rulesSource: Source;
}

export interface RunReport {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: string; version: string };
  /** mode: a plain run, or a canary compared with production under the same load */
  mode: 'run' | 'canary';
  verdict: VerdictName;
  passed: boolean;
  reasons: string[];
  status: RunStatus;
  exitCode: number;
  startedAt: string;
  endedAt: string;
  /** loadStartedAt: when the load began, after the pre-flight; timeseries seconds count from here (null when no load was sent). */
  loadStartedAt: string | null;
  /** durationSeconds: how long load was applied (less than planned when interrupted or aborted). */
  durationSeconds: number;
  /** measuredSeconds: the judged window, after the warm-up. */
  measuredSeconds: number;
  target: string;
  environment: string | null;
  /** protocol: what the target's (the canary's) load went over; null when no load was sent; absent in files before HTTP/2. */
  protocol?: ArmProtocol | null;
  plan: PlanSummary;
  overall: EndpointReport;
  endpoints: EndpointReport[];
  checks: CheckReport[];
  violations: Violation[];
  /** untrusted: breaches seen but not held against the service (see reasons). */
  untrusted: Violation[];
  warmup: { seconds: number; requests: number; errors: number };
  arrivals: { scheduled: number; dropped: number; droppedPercent: number } | null;
  generator: {
    eventLoopLagMs: { p50: number; p99: number; max: number };
    cpuPercent: number;
    peakRssMb: number;
    connectionsOpened: number;
    interruptedRequests: number;
    shortfall: string[];
    /** distortion: latency breaches the generator's own added delay could explain (they were not held against the service). */
    distortion: string[];
    /** addedDelayMs: what the generator itself added to judged responses, by percentile (95% of them waited no longer than p95 to be read). */
    addedDelayMs?: AddedDelay;
    /** delayShares: [b, s(b)], the share of judged responses the generator delayed by more than b ms (the grid the verdict tests against). */
    delayShares?: ReadonlyArray<readonly [number, number]>;
    /** delayNote: "the generator added at most 1.8ms to any response; P95 latency 21ms vs 250ms: decided" */
    delayNote?: string | null;
    /** notes: the generator's health facts that did not, by themselves, hold the verdict (lag, a busy CPU). */
    notes?: string[];
  };
  preflight: PreflightStep[];
  timeseries: TimePoint[];
  notices: string[];
  /** comparison: canary mode's judgement against production; null otherwise. */
  comparison: ComparisonReport | null;
  /** resources: the target's CPU and memory while under load, by container, pod or process; null when no source was configured. */
  resources: { series: ResourceSeries[]; errors: string[] } | null;
  /** rollback: whether the gate rolled back, how, and whether that worked. */
  rollback: { triggered: boolean; method: string | null; ok: boolean; detail: string };
  /** shard: set when this run is one shard of several; its verdict is provisional, the merge judges the whole. */
  shard?: ShardInfo | null;
  /** merged: set when this report merges shards. */
  merged?: MergeInfo | null;
  /** regression: the comparison with a baseline, when one was asked for (--baseline). */
  regression?: RegressionReport | null;
  /** sequential: set when the run decided early (decide_early): its looks and when it was decided. */
  sequential?: SequentialReport | null;
  /** traces: the trace IDs of the slowest and the failed requests (load_test.trace); absent when the run was not traced. */
  traces?: TraceReport;
}

/** TracedRequestReport: a request whose trace ID was kept; `at`: its intended start, as a time (offsetMs after loadStartedAt). */
export type TracedRequestReport = TracedRequest & { at: string };

/**
 * TraceReport: what a traced run sent (the traceparent's sampled flag) and kept: each endpoint's
 * slowest measured requests (slowest first across them all) and every failed one up to a cap, with
 * the link template (load_test.trace_url) the reports open them with.
 */
export type TraceReport = Omit<TraceSample, 'slowest' | 'failed'> & {
  sampled: boolean;
  /** url: with {trace_id} where the ID goes; null: the reports show IDs only. */
  url: string | null;
  slowest: TracedRequestReport[];
  failed: TracedRequestReport[];
};

/**
 * SequentialReport: how a run that decides early (decide_early) looked at its data: when it could,
 * at what confidence each part was judged (the same at every look and at the end), and when it
 * was decided; null decidedAtSeconds means it ran to its maximum, where the verdict says the rest.
 */
export interface SequentialReport {
  /** looksSeconds: the planned looks, elapsed load time; the last is the maximum (the duration). */
  looksSeconds: number[];
  minSeconds: number;
  why: 'set' | 'canary default';
  /** confidence: each part's confidence at every look: the whole confidence spent over the looks. */
  confidence: { checks: number; canary: number | null; baseline: number | null };
  /** looksTaken: how many looks were taken, the one at the maximum included. */
  looksTaken: number;
  /** decidedAtSeconds: when every part was decided and the load stopped; null when it ran to the maximum. */
  decidedAtSeconds: number | null;
  /** openAtLastLook: what was still undecided at the last look before the maximum. */
  openAtLastLook: string[];
}

export interface StageReport {
  name: string;
  percentage: number;
  durationSeconds: number;
  /** verdict of the stage: its load test's, or fail when a hook failed; skipped when never reached. */
  verdict: VerdictName | 'skipped';
  /** hooks: the traffic shift and the post-stage hook, in order. */
  hooks: HookResult[];
  run: RunReport | null;
}

/** RolloutReport: results.json of a progressive rollout, with each stage's full run inside. */
export interface RolloutReport {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: string; version: string };
  mode: 'rollout';
  verdict: VerdictName;
  passed: boolean;
  reasons: string[];
  /** promoted: every stage passed; halted: a stage or hook stopped it; interrupted: the job was cancelled. */
  status: 'promoted' | 'halted' | 'interrupted';
  exitCode: number;
  startedAt: string;
  endedAt: string;
  target: string;
  environment: string | null;
  stages: StageReport[];
  /** hooks: pre-rollout, on-promote, and on a rollback the shift back to 0% ("shift traffic back") then on-rollback, as they ran. */
  hooks: HookResult[];
  haltedAt: string | null;
  rollback: RunReport['rollback'];
}
