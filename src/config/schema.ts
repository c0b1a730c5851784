// The shape of performance_config.yml: every key the file may hold and how its value is read.
// One description serves the YAML walker (positions, unknown keys, did-you-mean), the flags and
// variables (same leaf parsers), and the config reference in the docs.

import { type Parsed, parseBoolean, parseCount, parseDuration, parseNumber, parsePercent, parseRate, describe, formatMs } from './units.js';
import {
  CONFIDENCE_PERCENT,
  MAX_BURST_SIZE,
  MAX_ENDPOINT_WEIGHT,
  MAX_HOOK_TIMEOUT_MS,
  MAX_LATENCY_MS,
  MAX_MIN_REQUESTS,
  MAX_RATE_PER_SECOND,
  MAX_RUN_MS,
  MAX_SEED,
  MAX_SHARDS,
  MAX_STREAMS_PER_CONNECTION,
  MAX_THROUGHPUT,
  MAX_TRACE_SLOWEST,
  MAX_VIRTUAL_USERS,
  RESOURCES_INTERVAL_MS,
} from '../defaults.js';
import { didYouMean } from './issues.js';
import { COMPARED_METRICS, type ComparedMetric, type Criteria, parseCriteria, parseRequired } from './criteria.js';

export type Field =
  | { kind: 'leaf'; parse: (raw: unknown) => Parsed<unknown> }
  | { kind: 'group'; fields: Record<string, Field> }
  | { kind: 'list'; item: Field }
  | { kind: 'dict'; value: Field }
  | { kind: 'endpoints' }
  | { kind: 'steps' }
  | { kind: 'flows' };

const leaf = (parse: (raw: unknown) => Parsed<unknown>): Field => ({ kind: 'leaf', parse });
const group = (fields: Record<string, Field>): Field => ({ kind: 'group', fields });

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
import { PATTERNS } from '../pacing/shapes.js';
import { DATA_ORDERS, ON_EXHAUSTED } from '../template/data.js';

export { PATTERNS, type Pattern } from '../pacing/shapes.js';

// Every number has an upper bound the engine can honour (src/defaults.ts says why each): a typo
// such as `rate: 1e12` or `duration: 600h` is an error on its line, not a hang or a timer that
// overflows and ends the run at once.
export const latency = leaf((raw) => boundedDuration(raw, 'ms', MAX_LATENCY_MS));
/** span: a run length (duration, warm-up, ramp-up, a stage): at most 7 days. */
export const span = leaf((raw) => boundedDuration(raw, 's', MAX_RUN_MS));
/** wait: a request timeout: at most the hour the latency histograms can record. */
export const wait = leaf((raw) => boundedDuration(raw, 's', MAX_LATENCY_MS, '10s'));
/** hookTimeout: how long a hook or a rollback may take: more than 0, at most a day. */
export const hookTimeout = leaf((raw) => boundedDuration(raw, 's', MAX_HOOK_TIMEOUT_MS, '60s', 1));
export const percent = leaf(parsePercent);
export const rate = leaf((raw) => boundedRate(raw, MAX_RATE_PER_SECOND, 'the most one process can send; split more across jobs with load_test.shard'));
export const throughput = leaf((raw) => boundedRate(raw, MAX_THROUGHPUT, `${MAX_SHARDS.toLocaleString('en-US')} shards at ${MAX_RATE_PER_SECOND.toLocaleString('en-US')} req/s each`));
export const bool = leaf(parseBoolean);
export const text = leaf(parseText);
export const path = leaf(parsePath);

/** boundedDuration reads a duration (see parseDuration) from minMs to maxMs. */
export function boundedDuration(raw: unknown, plainUnit: 'ms' | 's', maxMs: number, example?: string, minMs = 0): Parsed<number> {
  const parsed = parseDuration(raw, plainUnit, example);
  if (!parsed.ok) return parsed;
  if (parsed.value > maxMs) return { ok: false, error: `expected a duration of at most ${formatLimit(maxMs)}, got ${describe(raw)}` };
  if (parsed.value < minMs) return { ok: false, error: `expected a duration of at least ${formatMs(minMs)}, got ${describe(raw)}` };
  return parsed;
}

/** boundedRate reads a rate (see parseRate) of at most `max` per second; `why` explains the bound. */
export function boundedRate(raw: unknown, max: number, why: string): Parsed<number> {
  const parsed = parseRate(raw);
  if (!parsed.ok || parsed.value <= max) return parsed;
  return { ok: false, error: `expected a rate of at most ${max.toLocaleString('en-US')} req/s (${why}), got ${describe(raw)}` };
}

/** formatLimit names a bound the way people say it: 7 days (168h), 1 hour. */
function formatLimit(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours >= 24 && hours % 24 === 0) return `${hours / 24} day${hours === 24 ? '' : 's'} (${hours}h)`;
  if (hours >= 1 && Number.isInteger(hours)) return `${hours} hour${hours === 1 ? '' : 's'}`;
  return formatMs(ms);
}

export function parseText(raw: unknown): Parsed<string> {
  if (typeof raw === 'string') return { ok: true, value: raw };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { ok: true, value: String(raw) };
  return { ok: false, error: `expected text, got ${describe(raw)}` };
}

export function parsePath(raw: unknown): Parsed<string> {
  // Spaces may stand only inside a template's braces ("/users/{{ randomInt(1, 100) }}").
  // (An unclosed '{{' is the template reader's to name, with its column.)
  if (typeof raw === 'string' && raw.startsWith('/') && !/\s/.test(raw.replace(/\{\{.*?(\}\}|$)/g, ''))) return { ok: true, value: raw };
  return { ok: false, error: `expected a path starting with / (like /api/health), got ${describe(raw)}` };
}

export function parseOneOf<T extends string>(choices: readonly T[]) {
  return (raw: unknown): Parsed<T> =>
    typeof raw === 'string' && (choices as readonly string[]).includes(raw.trim().toLowerCase())
      ? { ok: true, value: raw.trim().toLowerCase() as T }
      : { ok: false, error: `expected one of ${choices.join(', ')}, got ${describe(raw)}` };
}

export interface Range {
  minMs: number;
  maxMs: number;
}

/** parseRange reads "100ms" (fixed), "10ms-100ms" or {min, max}: think times and burst pauses. */
export function parseRange(raw: unknown): Parsed<Range> {
  const expected = `expected a duration like 100ms or a range like 10ms-100ms, got ${describe(raw)}`;
  let lowRaw: unknown = raw;
  let highRaw: unknown = raw;
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const { min, max, ...rest } = raw as Record<string, unknown>;
    if (Object.keys(rest).length > 0 || min === undefined || max === undefined) return { ok: false, error: `expected {min, max}, got keys ${Object.keys(raw).join(', ')}` };
    [lowRaw, highRaw] = [min, max];
  } else if (typeof raw === 'string' && /^[^-]+-[^-]+$/.test(raw)) {
    [lowRaw, highRaw] = raw.split('-').map((part) => part.trim());
  }
  const low = parseDuration(lowRaw, 's', '100ms');
  const high = parseDuration(highRaw, 's', '100ms');
  if (!low.ok || !high.ok) return { ok: false, error: expected };
  if (high.value > MAX_LATENCY_MS) return { ok: false, error: `expected a pause of at most ${formatLimit(MAX_LATENCY_MS)}, got ${describe(raw)}` };
  if (low.value > high.value) return { ok: false, error: `the range's minimum ${describe(raw)} is above its maximum` };
  return { ok: true, value: { minMs: low.value, maxMs: high.value } };
}

/** parseShard reads "i/N": this job is shard i (from 1) of N. */
export function parseShard(raw: unknown): Parsed<{ index: number; count: number }> {
  const match = typeof raw === 'string' ? /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw) : null;
  if (!match) return { ok: false, error: `expected a shard like 1/4 (this job's number, from 1, over the number of jobs), got ${describe(raw)}` };
  const [index, count] = [Number(match[1]), Number(match[2])];
  if (count < 1 || count > MAX_SHARDS) return { ok: false, error: `expected from 1 to ${MAX_SHARDS} shards, got ${count}` };
  if (index < 1 || index > count) return { ok: false, error: `shard ${index} of ${count} does not exist: shards count from 1 to ${count}` };
  return { ok: true, value: { index, count } };
}

export const DECISIONS = ['point', 'confident'] as const;

/**
 * HTTP_VERSIONS: what load_test.http_version may say. auto: HTTP/2 where TLS negotiates h2 by ALPN,
 * else HTTP/1.1 (cleartext is always HTTP/1.1); 1.1: HTTP/1.1 only; 2: HTTP/2 only (h2 over TLS,
 * h2c with prior knowledge over http://).
 */
export const HTTP_VERSIONS = ['auto', '1.1', '2'] as const;
export type HttpVersionSetting = (typeof HTTP_VERSIONS)[number];

/** parseHttpVersion reads auto, 1.1 or 2 (YAML reads the last two as numbers; "2.0" is 2). */
export function parseHttpVersion(raw: unknown): Parsed<HttpVersionSetting> {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim().toLowerCase().replace(/^http\//, '') : null;
  const value = text === '2.0' ? '2' : text === '1' ? null : text;
  if (value !== null && (HTTP_VERSIONS as readonly string[]).includes(value)) return { ok: true, value: value as HttpVersionSetting };
  return { ok: false, error: `expected one of ${HTTP_VERSIONS.join(', ')}, got ${describe(raw)}` };
}

/** checks: the least share of check outcomes (expect: json, body_contains, headers, latency) that must pass. */
const SLO_FIELDS = { latency: group({ p50: latency, p90: latency, p95: latency, p99: latency, p999: latency }), error_rate: percent, throughput, checks: percent };

/** endpointThresholdsField: an endpoint's own limits; how a close call decides is the run's. */
export const endpointThresholdsField = group(SLO_FIELDS);

export const thresholdsField = group({ ...SLO_FIELDS, decision: leaf(parseOneOf(DECISIONS)) });

export const stageField = group({
  duration: span,
  target: leaf((raw) => parseNumber(raw, 0, MAX_RATE_PER_SECOND)),
});

const anyValue = leaf((raw) => ({ ok: true, value: raw }));

/** expectField: what a response must show: its status, and checks (flow/check.ts) whose failures are check_failed. */
export const expectField = group({
  status: { kind: 'list', item: leaf((raw) => parseCount(raw, 100, 599)) },
  latency,
  body_contains: text,
  headers: { kind: 'dict', value: text },
  json: { kind: 'list', item: group({ path: text, exists: bool, equals: anyValue, matches: text }) },
});

const requestFields = {
  name: text,
  method: leaf(parseOneOf(HTTP_METHODS.map((m) => m.toLowerCase()))),
  path,
  headers: { kind: 'dict', value: text } as Field,
  body: text,
  json: anyValue,
};
const judgedFields = { expect: expectField, thresholds: endpointThresholdsField, regression: leaf((raw) => parseCriteriaMap(raw)) };

export const endpointItemField = group({ ...requestFields, weight: leaf((raw) => parseNumber(raw, 0, MAX_ENDPOINT_WEIGHT)), ...judgedFields });

/** stepItemField: one step of a flow (or of setup / on_start): a request, what it captures, and the pause after it. */
export const stepItemField = group({
  ...requestFields,
  ...judgedFields,
  capture: { kind: 'dict', value: group({ json: text, header: text, regex: text, cookie: text }) },
  think: leaf(parseRange),
});

/** flowItemField: a flow's own keys; its steps are read by config/flows.ts. */
export const flowItemField = group({ name: text, weight: leaf((raw) => parseNumber(raw, 0, MAX_ENDPOINT_WEIGHT)), steps: { kind: 'steps' } });

export const loadTestField = group({
  target: text,
  endpoints: { kind: 'endpoints' },
  concurrency: leaf((raw) => parseCount(raw, 1, MAX_VIRTUAL_USERS)),
  rate,
  duration: span,
  pattern: leaf(parseOneOf(PATTERNS)),
  ramp_up: span,
  stages: { kind: 'list', item: stageField },
  warmup: span,
  timeout: wait,
  think_time: leaf(parseRange),
  burst: group({ size: leaf((raw) => parseCount(raw, 1, MAX_BURST_SIZE)), pause: leaf(parseRange) }),
  max_in_flight: leaf((raw) => parseCount(raw, 1, MAX_VIRTUAL_USERS)),
  /** http_version: which HTTP the load goes over (HTTP_VERSIONS); max_streams_per_connection: HTTP/2 streams one connection carries at once. */
  http_version: leaf(parseHttpVersion),
  max_streams_per_connection: leaf((raw) => parseCount(raw, 1, MAX_STREAMS_PER_CONNECTION)),
  /** trace: a W3C traceparent on every request (config/sections/trace.ts); trace_sampled its sampled flag; trace_url links a trace ID; trace_slowest: how many per endpoint are kept. */
  trace: bool,
  trace_sampled: bool,
  trace_url: text,
  trace_slowest: leaf((raw) => parseCount(raw, 1, MAX_TRACE_SLOWEST)),
  seed: leaf((raw) => parseCount(raw, 0, MAX_SEED)),
  headers: { kind: 'dict', value: text },
  /** flows: weighted sequences of steps (config/flows.ts); setup once per run, on_start once per virtual user. */
  flows: { kind: 'flows' },
  setup: { kind: 'steps' },
  on_start: { kind: 'steps' },
  /** max_body: how much of a response body a step that captures or checks it keeps. */
  max_body: leaf(parseBodySize),
  /** variables: values templates read as {{ name }}. */
  variables: { kind: 'dict', value: text },
  /** data: files of rows whose columns templates read, a row per hit (template/data.ts). */
  data: { kind: 'list', item: group({ file: text, order: leaf(parseOneOf(DATA_ORDERS)), on_exhausted: leaf(parseOneOf(ON_EXHAUSTED)) }) },
  health_path: path,
  /** wait_for_ready: how long the pre-flight waits for a target that is still starting; 0 tries once. */
  wait_for_ready: wait,
  insecure: bool,
  min_requests: leaf((raw) => parseCount(raw, 1, MAX_MIN_REQUESTS)),
  abort_on_fail: bool,
  /** decide_early: duration is a maximum; the run stops once every part of its verdict is decided. */
  decide_early: bool,
  /** min_duration: with decide_early, the least measured load before a decision. */
  min_duration: span,
  shard: leaf(parseShard),
});

/** parseBodySize reads a size like 64KB, 1MB or a number of bytes: from 1 KB to 64 MB. */
export function parseBodySize(raw: unknown): Parsed<number> {
  const match = typeof raw === 'number' ? [String(raw), String(raw), ''] : typeof raw === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib)?\s*$/i.exec(raw) : null;
  const unit = (match?.[2] ?? '').toLowerCase();
  const bytes = match ? Number(match[1]) * (unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1) : NaN;
  if (!Number.isFinite(bytes)) return { ok: false, error: `expected a size like 256KB or 1MB, got ${describe(raw)}` };
  if (bytes < 1024 || bytes > 64 * 1024 * 1024) return { ok: false, error: `expected a size from 1KB to 64MB, got ${describe(raw)}` };
  return { ok: true, value: Math.round(bytes) };
}

export const EXPORT_FORMATS = ['locust-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** parseExports reads "locust-csv", "locust-csv, …" or a YAML list of export formats. */
export function parseExports(raw: unknown): Parsed<ExportFormat[]> {
  const names = parseNameList(raw);
  if (!names.ok) return { ok: false, error: `expected one or more of ${EXPORT_FORMATS.join(', ')}, got ${describe(raw)}` };
  const unknown = names.value.find((n) => !(EXPORT_FORMATS as readonly string[]).includes(n.toLowerCase()));
  if (unknown !== undefined) return { ok: false, error: `unknown export format '${unknown}'${didYouMean(unknown, EXPORT_FORMATS)}; formats: ${EXPORT_FORMATS.join(', ')}` };
  return { ok: true, value: [...new Set(names.value.map((n) => n.toLowerCase() as ExportFormat))] };
}

/** reportField: where reports go, and what else to write beside them (export: Locust's CSV files). */
export const reportField = group({ dir: text, deployment_report: text, export: leaf(parseExports), export_prefix: text });

export const ROLLBACK_METHODS = ['repository_dispatch', 'workflow_dispatch', 'command', 'webhook'] as const;
export type RollbackMethod = (typeof ROLLBACK_METHODS)[number];

/** rollbackField: what to do when the gate fails (auto-rollback-on-loadfail). */
export const rollbackField = group({
  auto: bool,
  method: leaf(parseOneOf(ROLLBACK_METHODS)),
  event_type: text,
  workflow: text,
  ref: text,
  inputs: { kind: 'dict', value: text },
  command: text,
  url: text,
  repository: leaf((raw) => (typeof raw === 'string' && /^[\w.-]+\/[\w.-]+$/.test(raw) ? { ok: true, value: raw } : { ok: false, error: `expected owner/name, got ${describe(raw)}` })),
  timeout: hookTimeout,
});

/** rolloutStageField: one traffic stage of a progressive rollout. */
export const rolloutStageField = group({
  name: text,
  percentage: leaf((raw) => parseNumber(raw, 0, 100)),
  duration: span,
});

/** rolloutField: stages of traffic, the hook that shifts it, and Flagger-style lifecycle hooks. */
export const rolloutField = group({
  stages: { kind: 'list', item: rolloutStageField },
  shift: text,
  hook_timeout: hookTimeout,
  hooks: group({ pre_rollout: text, post_stage: text, on_promote: text, on_rollback: text }),
});

/** parseNameList reads a YAML list of names or "a, b, c". */
export function parseNameList(raw: unknown): Parsed<string[]> {
  const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : null;
  const names = items?.map((item) => String(item).trim()).filter((item) => item !== '');
  return names && names.length > 0 && items!.every((item) => typeof item === 'string' || typeof item === 'number') ? { ok: true, value: names } : { ok: false, error: `expected names like "backend, worker" or a list, got ${describe(raw)}` };
}

/** resourcesField: where to read the target's CPU and memory while it is under load, and their limits. */
export const resourcesField = group({
  interval: leaf((raw) => boundedDuration(raw, 's', RESOURCES_INTERVAL_MS.max, '5s', RESOURCES_INTERVAL_MS.min)),
  docker: group({ containers: leaf(parseNameList), socket: text }),
  kubernetes: group({ namespace: text, selector: text, kubeconfig: text }),
  prometheus: group({ url: text, cpu: text, memory: text, memory_limit: text }),
  process: group({ pid: leaf((raw) => parseCount(raw, 1, 2 ** 31)) }),
  thresholds: group({ cpu_percent: leaf((raw) => parseNumber(typeof raw === 'string' ? raw.replace('%', '') : raw, 0, 100_000)), memory_percent: percent }),
});

/**
 * prometheusField: where the run's metrics go in Prometheus: pushed to a Pushgateway, or written by
 * remote write (with the headers a receiver asks for: a bearer token, a tenant). `instance` names
 * the run in both: the pushed group's instance, remote write's run_id.
 */
export const prometheusField = group({ pushgateway_url: text, instance: text, remote_write_url: text, remote_write_headers: { kind: 'dict', value: text } });

export const OTLP_PROTOCOLS = ['http/protobuf', 'http/json'] as const;
/** otlpField: an OpenTelemetry Collector (or any OTLP/HTTP receiver) the run's metrics are exported to. */
export const otlpField = group({ endpoint: text, protocol: leaf(parseOneOf(OTLP_PROTOCOLS)), headers: { kind: 'dict', value: text } });

export const SLACK_NOTIFY = ['failure', 'always'] as const;
/** slackField: a Slack incoming webhook told about failed (or all) runs. */
export const slackField = group({ webhook_url: text, notify: leaf(parseOneOf(SLACK_NOTIFY)) });

/** canaryField: the production arm and the rules a canary is compared by (see slo/compare). */
const confidence = leaf((raw) => {
  const parsed = parsePercent(raw);
  if (!parsed.ok) return parsed;
  return parsed.value >= CONFIDENCE_PERCENT.min && parsed.value <= CONFIDENCE_PERCENT.max ? parsed : { ok: false, error: `expected a confidence from ${CONFIDENCE_PERCENT.min}% to ${CONFIDENCE_PERCENT.max}%, got ${describe(raw)}` };
});

export const canaryField = group({
  production_url: text,
  confidence,
  criteria: leaf(parseCriteriaMap),
  required: leaf(parseRequired),
});

/** baselineField: which earlier run this one is compared with, and how a regression counts; the rules are the top-level `regression`. */
export const baselineField = group({
  source: text,
  artifact: text,
  fail_on_regression: bool,
  confidence,
  required: leaf(parseRequired),
});

/** regressionField: rules in the style of Keptn's criteria, {p95: "<=+10%", error_rate: "<=+0.5"}. */
export const regressionField = leaf(parseCriteriaMap);

/** parseCriteriaMap reads {p95: "<=+10%", error_rate: ["<=+0.5", "<2%"]}. */
export function parseCriteriaMap(raw: unknown): Parsed<Criteria> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: `expected a mapping like {p95: "<=+10%"}, got ${describe(raw)}` };
  const criteria: Criteria = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(COMPARED_METRICS as readonly string[]).includes(key)) return { ok: false, error: `unknown metric '${key}'${didYouMean(key, COMPARED_METRICS)}; metrics: ${COMPARED_METRICS.join(', ')}` };
    const parsed = parseCriteria(value, key as ComparedMetric);
    if (!parsed.ok) return { ok: false, error: `${key}: ${parsed.error}` };
    criteria[key as ComparedMetric] = parsed.value;
  }
  return { ok: true, value: criteria };
}

/** environmentField is what an environments.<name> block may override. */
export const environmentField = group({ thresholds: thresholdsField, load_test: loadTestField, report: reportField, canary: canaryField, baseline: baselineField, regression: regressionField, rollback: rollbackField, rollout: rolloutField, prometheus: prometheusField, otlp: otlpField, slack: slackField, resources: resourcesField });

export const fileField = group({
  thresholds: thresholdsField,
  load_test: loadTestField,
  report: reportField,
  canary: canaryField,
  baseline: baselineField,
  regression: regressionField,
  rollback: rollbackField,
  rollout: rolloutField,
  prometheus: prometheusField,
  otlp: otlpField,
  slack: slackField,
  resources: resourcesField,
  environments: { kind: 'dict', value: environmentField },
});

/**
 * fieldOf looks a key up among a group's own fields only: `constructor`, `toString` or `__proto__`
 * are unknown keys, not the members every object inherits.
 */
export function fieldOf(fields: Record<string, Field>, key: string): Field | undefined {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

/** fieldAt finds the schema of a setting path such as "thresholds.latency.p95". */
export function fieldAt(settingPath: string): Field | undefined {
  let field: Field | undefined = fileField;
  for (const key of settingPath.split('.')) field = field?.kind === 'group' ? fieldOf(field.fields, key) : undefined;
  return field;
}
