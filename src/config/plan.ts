// The Plan: everything a run needs, validated once and frozen. Stages downstream read it and never
// change it.

import type { Source, Vocabulary } from './issues.js';
import type { HttpVersionSetting, Pattern, Range, RollbackMethod } from './schema.js';
import type { CapturePlan } from '../flow/capture.js';
import type { CheckPlan } from '../flow/check.js';
import type { Keep } from '../flow/response.js';
import type { ComparedMetric, Criteria } from './criteria.js';
import type { Segment } from '../pacing/profile.js';
import type { DataOrder, OnExhausted } from '../template/data.js';

/** Mode: the name of the mode a plan is for (app/modes.ts lists them: run, canary, rollout, merge). */
export type Mode = string;

/**
 * ModeNeeds: which of the mode-bound sections a mode's plan resolves. A mode declares its needs
 * (app/modes.ts), so config knows sections, not modes.
 */
export interface ModeNeeds {
  /** canary: production to compare with: required, allowed (each rollout stage compares), or ignored with a notice. */
  canary: 'required' | 'allowed' | 'ignored';
  /** rollout: the stages, the traffic shift and the hooks. */
  rollout: boolean;
  /** baselineIgnored: null when the mode compares with a baseline, else why a given one is ignored. */
  baselineIgnored: string | null;
  /** shard: whether the mode's load can be one share of a sharded run. */
  shard: boolean;
}

/** ModeChoice: the mode an entry chose, by name, with what its plan needs. */
export interface ModeChoice {
  name: Mode;
  needs: ModeNeeds;
}

export interface CanaryPlan {
  productionUrl: string;
  /** confidence of the whole comparison, 0–1 */
  confidence: number;
  criteria: Criteria;
  /** criteriaAreDefaults: no rules were configured and the built-in ones apply. */
  criteriaAreDefaults: boolean;
  /** required: the metrics the comparison must decide; the others with rules are judged when the run can resolve them. */
  required: ComparedMetric[];
}

/** ThresholdKey names one SLO: latency percentiles (ms), error rate (%), throughput (req/s), the checks' pass rate (%, a minimum). */
export type ThresholdKey = 'p50' | 'p90' | 'p95' | 'p99' | 'p999' | 'error_rate' | 'throughput' | 'checks' | ResourceKey;
/** ResourceKey names an SLO on the target's resources (resources.thresholds), judged per container or pod. */
export type ResourceKey = 'cpu_percent' | 'memory_percent';
export const THRESHOLD_KEYS: readonly ThresholdKey[] = ['p50', 'p90', 'p95', 'p99', 'p999', 'error_rate', 'throughput', 'checks'];
export const LATENCY_KEYS = ['p50', 'p90', 'p95', 'p99', 'p999'] as const;
export type LatencyKey = (typeof LATENCY_KEYS)[number];

export interface Threshold {
  /** value is in milliseconds for latencies, percent for error_rate, requests/s for throughput. */
  value: number;
  source: Source;
}
export type Thresholds = Partial<Record<ThresholdKey, Threshold>>;

/** thresholdSettingPath is where a threshold lives in the file ("thresholds.latency.p95"), relative to a thresholds block. */
export function thresholdSettingPath(key: ThresholdKey): string {
  return key === 'error_rate' || key === 'throughput' || key === 'checks' ? key : `latency.${key}`;
}

export interface EndpointPlan {
  name: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | null;
  /** json: the JSON body as written, when its string leaves hold templates (client/request.ts writes them); else absent. */
  json?: unknown;
  /** templated: the path, a header or the body holds {{ }}: the request is written per hit (template/request.ts). */
  templated: boolean;
  /** session: a flow step's request, written per hit with the virtual user's captured variables and cookies. */
  session: boolean;
  /** withoutHeaders: load_test.headers (lower case) not sent on this step: they read a capture not made yet (the login's own request). */
  withoutHeaders?: string[];
  /** checks: what its responses must show beyond the status; each failure is a check_failed error. */
  checks: CheckPlan[];
  /** weight is this endpoint's share of requests; the shares sum to 1. */
  weight: number;
  /** expectStatus lists the statuses that count as success; null means any 1xx, 2xx or 3xx. */
  expectStatus: number[] | null;
  thresholds: Thresholds;
  /** regression: this endpoint's own rules against the baseline; null means the run's rules. */
  regression: Criteria | null;
}

/** StepPlan: one step of a flow: its request, what it captures and checks, and the pause after it. */
export interface StepPlan {
  /** endpoint: the step's row in plan.endpoints, where its metrics go; -1 for a setup step, which is not measured. */
  endpoint: number;
  request: EndpointPlan;
  captures: CapturePlan[];
  /** thinkTime: the pause after the step, before the next one (none after the last). */
  thinkTime: Range | null;
  /** keep: what of its response to keep: the head for cookies and header captures, the body (up to the cap) for JSON and regex. */
  keep: Keep;
}

export interface FlowPlan {
  name: string;
  /** weight: the flow's share of iterations; the shares sum to 1. */
  weight: number;
  steps: StepPlan[];
}

/**
 * FlowsPlan: what a virtual user runs: setup once per run (per arm; its captures are every user's),
 * on_start once per user, then iterations of flows picked by weight. Plain endpoints with checks
 * run as one-step flows.
 */
export interface FlowsPlan {
  setup: StepPlan[];
  onStart: StepPlan[];
  flows: FlowPlan[];
  /** maxBodyBytes: how much of a body a step that reads it keeps (load_test.max_body). */
  maxBodyBytes: number;
  /** captured: every variable some step captures (templates read them from the user's session). */
  captured: string[];
}

/** HttpPlan: the HTTP the load goes over, as asked (the pre-flight finds what each target speaks). */
export interface HttpPlan {
  /** version: auto (HTTP/2 where TLS negotiates h2 by ALPN, else HTTP/1.1), 1.1, or 2 (h2 over TLS, h2c over http://). */
  version: HttpVersionSetting;
  /** maxStreamsPerConnection: HTTP/2 streams one connection carries at once (fewer when the server's SETTINGS say so). */
  maxStreamsPerConnection: number;
}

/** TracePlan: W3C trace context on every request (load_test.trace), and what of it the reports keep and link. */
export interface TracePlan {
  /** sampled: the traceparent's sampled flag (01), asking the service's tracing to record these requests; false sends 00 and leaves the choice to the service's sampler. */
  sampled: boolean;
  /** slowest: how many of each endpoint's slowest measured requests keep their trace IDs. */
  slowest: number;
  /** url: a link to one trace, with {trace_id} where its ID goes (load_test.trace_url); null: IDs only. */
  url: string | null;
}

/** Segment is one straight piece of the load profile: users (closed model) or arrivals/s (open model). */
export type { Segment } from '../pacing/profile.js';

export interface LoadPlan {
  /** closed: a fixed number of virtual users, each waiting for its response; open: arrivals at a set rate. */
  model: 'closed' | 'open';
  pattern: Pattern | 'stages';
  profile: Segment[];
  durationMs: number;
  warmupMs: number;
  /** peakUsers is the largest number of virtual users (closed model). */
  peakUsers: number;
  /** peakRate is the largest arrival rate (open model), else null. */
  peakRate: number | null;
  thinkTime: Range | null;
  burst: { size: number; pause: Range } | null;
  maxInFlight: number;
  timeoutMs: number;
  seed: number;
  minRequests: number;
  abortOnFail: boolean;
}

/**
 * SequentialPlan: a run that decides early (decide_early): it looks at its data at fixed moments
 * and stops at the first look where every part of the verdict is decided; the last look is the
 * maximum (the duration). Each look spends an equal share of the error rate (slo/sequential.ts).
 */
export interface SequentialPlan {
  /** looksMs: elapsed load time of each look; the last is the maximum. */
  looksMs: number[];
  /** minMs: the least measured load (after the warm-up) before a decision. */
  minMs: number;
  /** why: 'set' when decide_early was asked for, 'canary default' when canary mode turned it on. */
  why: 'set' | 'canary default';
}

/** DataPlan: a data file (load_test.data), read once: its columns are variables, one row drawn per hit that reads one. */
export interface DataPlan {
  /** file: the path it was read from. */
  file: string;
  order: DataOrder;
  onExhausted: OnExhausted;
  columns: string[];
  rows: string[][];
}

/** RollbackPlan: how the gate rolls back when it fails (auto-rollback-on-loadfail). */
export interface RollbackPlan {
  /** method: null in a rollout whose on-rollback hook is the whole rollback. */
  method: RollbackMethod | null;
  eventType: string;
  workflow: string | null;
  ref: string | null;
  inputs: Record<string, string>;
  command: string | null;
  url: string | null;
  /** repository for the dispatch methods; null means this run's (GITHUB_REPOSITORY). */
  repository: string | null;
  timeoutMs: number;
}

/** RolloutStage: one step of traffic to the new version, with the load test that gates it. */
export interface RolloutStage {
  name: string;
  percentage: number;
  /** load: the plan's load shape for this stage's duration. */
  load: LoadPlan;
}

export interface RolloutPlan {
  stages: RolloutStage[];
  /** shift sets the traffic weight before each stage: a command template or a webhook URL. */
  shift: string | null;
  hooks: { preRollout: string | null; postStage: string | null; onPromote: string | null; onRollback: string | null };
  hookTimeoutMs: number;
}

export type OtlpProtocol = 'http/protobuf' | 'http/json';

/**
 * ExporterPlan: where an exporter sends the run's metrics, and the headers its receiver asks for
 * (values are secrets). The URL carries no user or password: those became a Basic Authorization
 * header, since neither fetch nor Node's http sends a URL's credentials.
 */
export interface ExporterPlan {
  url: string;
  headers: Record<string, string>;
}

/** ResourcesPlan: where the target's CPU and memory are read from while it is under load. */
export interface ResourcesPlan {
  intervalMs: number;
  docker: { containers: string[]; socket: string | null } | null;
  kubernetes: { namespace: string; selector: string; kubeconfig: string | null } | null;
  prometheus: { url: string; cpu: string | null; memory: string | null; memoryLimit: string | null } | null;
  processPid: number | null;
  /** limits judged on the average over the measured window; the sources of the settings locate annotations */
  thresholds: { cpuPercent: Threshold | null; memoryPercent: Threshold | null };
}

/** BaselinePlan: the earlier run this one is compared with, and the rules a regression is judged by. */
export interface BaselinePlan {
  /** file: a results.json or a Locust _stats.csv; artifact: the newest artifact of that name from a successful run on the default branch. */
  source: { kind: 'file'; path: string } | { kind: 'artifact'; name: string };
  /** artifactName: the baseline artifact's name, for finding it and for saving this run as the next one. */
  artifactName: string;
  failOnRegression: boolean;
  /** confidence of the whole comparison (0–1) */
  confidence: number;
  criteria: Criteria;
  criteriaAreDefaults: boolean;
  /** required: as in CanaryPlan. */
  required: ComparedMetric[];
  /** rulesSource: where the regression rules were set, for annotations on that line. */
  rulesSource: Source;
}

/** ShardPlan: this job runs one share of a test split across N jobs; the merge judges the whole. */
export interface ShardPlan {
  /** index counts from 1. */
  index: number;
  count: number;
  /** share of the whole load this shard generates (its users over all users, or 1/N of the rate). */
  share: number;
  /** minRequests of the whole run, for the merge (the shard's own plan asks for its share). */
  minRequests: number;
}

export interface Plan {
  mode: Mode;
  /** variables: the values templates read as {{ name }} (load_test.variables). */
  variables: Record<string, string>;
  /** data: the data files whose columns templates read as {{ column }}, a row per hit. */
  data: DataPlan[];
  /** sequential: set when the run decides early (decide_early); null runs the whole duration. */
  sequential: SequentialPlan | null;
  /** baseline: set when this run is compared with an earlier one (--baseline). */
  baseline: BaselinePlan | null;
  /** shard: set when this job is one of N sharing the load; load is this shard's part of it. */
  shard: ShardPlan | null;
  /** resources: null when no source is configured. */
  resources: ResourcesPlan | null;
  /** pushgateway: where to push metrics, and the group's instance label (null: chosen at run time). */
  pushgateway: { url: string; instance: string | null } | null;
  /** remoteWrite: a Prometheus remote write receiver for the per-second series and the summary. */
  remoteWrite: ExporterPlan | null;
  /** otlp: an OTLP/HTTP metrics endpoint (the whole URL, /v1/metrics included) and its encoding. */
  otlp: (ExporterPlan & { protocol: OtlpProtocol }) | null;
  /** runId: the run id remote write and OTLP label the metrics with (prometheus.instance); null: chosen at run time, as the Pushgateway's instance is. */
  runId: string | null;
  /** slack: an incoming webhook and when to post to it. */
  slack: { webhookUrl: string; notify: 'failure' | 'always' } | null;
  /** rollout: the stages and hooks of a progressive rollout (rollout mode). */
  rollout: RolloutPlan | null;
  /** rollback: set when auto-rollback-on-loadfail is on. */
  rollback: RollbackPlan | null;
  target: string;
  /** canary: production to compare the target (the canary) with, in canary mode. */
  canary: CanaryPlan | null;
  environment: string | null;
  configFile: string | null;
  load: LoadPlan;
  endpoints: EndpointPlan[];
  /** flows: null for plain endpoints, whose requests go out and are counted, never read. */
  flows: FlowsPlan | null;
  /** headers go on every request; endpoint headers override them by name. */
  headers: Record<string, string>;
  thresholds: Thresholds;
  /** thresholdsAreDefaults is true when nothing configured a threshold and the built-in ones apply. */
  thresholdsAreDefaults: boolean;
  /** decision: how a check too close to call decides: by its measured value (point) or not at all (confident). */
  decision: 'point' | 'confident';
  healthPath: string | null;
  /**
   * waitForReadyMs: how long the pre-flight waits for a target that is still starting (0: one try).
   * The CLI's default is the built-in one (no entry in sources); the action's sits in a layer under
   * the config file, so sources['load_test.wait_for_ready'] is then { kind: 'default' }.
   */
  waitForReadyMs: number;
  insecure: boolean;
  /** http: which HTTP version the load goes over, and HTTP/2's streams per connection. */
  http: HttpPlan;
  /** trace: null unless load_test.trace is on (off by default: load-test traces can flood a tracing backend). */
  trace: TracePlan | null;
  reportDir: string;
  deploymentReport: string;
  /** exports: other formats written beside the reports; locustCsv is the files' path prefix. */
  exports: { locustCsv: string | null };
  /** secrets are values that must never be printed or written (header values). */
  secrets: string[];
  /** notices are things the user should know about the plan (normalised weights, ignored settings). */
  notices: string[];
  /** sources tells where each setting that was set came from. */
  sources: Record<string, Source>;
  /** vocabulary: whose words later messages use for an option (the CLI's flags, the action's inputs): the entry's choice, carried with the plan. */
  vocabulary: Vocabulary;
}
