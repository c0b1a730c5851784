// Assembling the RunReport from the stages' plain outputs: its body from the measurement and the SLO
// judgement, then, once the whole verdict is decided, the verdict itself. Pure: no clock, no files.

import type { PreflightStep } from '../client/preflight.js';
import { type Plan, type ThresholdKey, type TracePlan, THRESHOLD_KEYS } from '../config/plan.js';
import { shortSource } from '../config/issues.js';
import { EMPTY_SUMMARY, encodeHistogram, newHistogram } from '../metrics/histogram.js';
import type { EndpointMetrics, MetricsSnapshot } from '../metrics/snapshot.js';
import type { TraceSample, TracedRequest } from '../metrics/traces.js';
import type { Check } from '../slo/checks.js';
import { type GeneratorFindings, uniformDelay } from '../slo/generator.js';
import type { Judgement } from '../slo/verdict.js';
import type { Decision } from '../slo/decide.js';
import type { GeneratorHealth } from '../engine/health.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { Comparison } from '../slo/compare/judge.js';
import { type ArmProtocol, type ComparisonReport, type EndpointReport, type PlanSummary, type RegressionReport, type RunReport, type RunStatus, SCHEMA_VERSION, type TraceReport, type TracedRequestReport, exitCodeOf } from './model.js';
import { redactHeaders, redactPath, redactUrl } from '../redact.js';

export interface BuildInput {
  plan: Plan;
  startedAt: Date;
  endedAt: Date;
  /** loadStartedAt: when the load began (null when none was sent). */
  loadStartedAt?: Date | null;
  /** drainSeconds: how long in-flight requests were waited for after the load stopped. */
  drainSeconds?: number;
  status: RunStatus;
  /** loadSeconds: how long load was applied. */
  loadSeconds: number;
  snapshot: MetricsSnapshot | null;
  checks: readonly Check[];
  judgement: Judgement;
  preflight: PreflightStep[];
  generator: { health: GeneratorHealth; connectionsOpened: number; interruptedRequests: number; findings: GeneratorFindings } | null;
  comparison?: ComparisonReport | null;
  resources?: RunReport['resources'];
  sequential?: RunReport['sequential'];
  /** protocol: what the target's load went over (null: no load was sent). */
  protocol?: ArmProtocol | null;
}

/** VerdictFields: what the whole verdict decides, set once by finishReport; the rest of a report is its body. */
export type VerdictFields = 'verdict' | 'passed' | 'reasons' | 'exitCode' | 'rollback' | 'regression';
export type RunBody = Omit<RunReport, VerdictFields>;

/** The whole verdict as the judge composed it (slo/decide.ts), and what became of it. */
export interface Finished {
  decision: Pick<Decision, 'verdict' | 'reasons' | 'notices'>;
  regression: RegressionReport | null;
  rollback: RunReport['rollback'];
}

export const NO_ROLLBACK: RunReport['rollback'] = { triggered: false, method: null, ok: true, detail: '' };

/** finishReport: the one place a run's verdict, its exit code (exitCodeOf) and its rollback enter the report. */
export function finishReport(body: RunBody, { decision, regression, rollback }: Finished): RunReport {
  const { verdict, reasons } = decision;
  return { ...body, verdict, passed: verdict === 'pass', reasons, exitCode: exitCodeOf({ verdict, status: body.status, shard: body.shard }), notices: [...body.notices, ...decision.notices], rollback, regression };
}

/** bodyOf: a finished report without its verdict (a shard's, before the merge judges the whole). */
export function bodyOf(report: RunReport): RunBody {
  const { verdict: _verdict, passed: _passed, reasons: _reasons, exitCode: _exitCode, rollback: _rollback, regression: _regression, ...body } = report;
  return body;
}

/** buildReport: a run judged by its SLOs alone (a rollout's stage, a test), reported at once. */
export function buildReport(input: BuildInput): RunReport {
  return finishReport(runBody(input), { decision: { ...input.judgement, notices: [] }, regression: null, rollback: NO_ROLLBACK });
}

/** runBody: a run's report before its whole verdict: metrics, checks, the SLO judgement's findings, the plan. */
export function runBody(input: BuildInput): RunBody {
  const { plan, snapshot, judgement } = input;
  const endpointMetrics = snapshot?.endpoints ?? plan.endpoints.map((e) => emptyMetrics(e.name));
  const endpoints = withPlan(endpointMetrics, plan);
  const health = input.generator?.health;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode: plan.mode === 'canary' && plan.canary ? 'canary' : 'run',
    status: input.status,
    startedAt: input.startedAt.toISOString(),
    endedAt: input.endedAt.toISOString(),
    loadStartedAt: input.loadStartedAt ? input.loadStartedAt.toISOString() : null,
    durationSeconds: round3(input.loadSeconds),
    measuredSeconds: round3(snapshot?.measuredSeconds ?? 0),
    target: redactUrl(plan.target),
    environment: plan.environment,
    protocol: input.protocol ?? null,
    plan: summarizePlan(plan),
    overall: { ...(snapshot?.overall ?? emptyMetrics('overall')), method: '*', path: '*', weight: 1 },
    endpoints,
    checks: input.checks.map((c) => ({ ...c })),
    violations: judgement.violations,
    untrusted: judgement.untrusted,
    warmup: { seconds: plan.load.warmupMs / 1000, requests: snapshot?.warmup.requests ?? 0, errors: snapshot?.warmup.errors ?? 0 },
    arrivals: plan.load.model === 'open' && snapshot ? { ...snapshot.arrivals, droppedPercent: snapshot.arrivals.scheduled ? round3((snapshot.arrivals.dropped / snapshot.arrivals.scheduled) * 100) : 0 } : null,
    generator: {
      eventLoopLagMs: input.generator?.health.eventLoopLagMs ?? { p50: 0, p99: 0, max: 0 },
      cpuPercent: input.generator?.health.cpuPercent ?? 0,
      peakRssMb: input.generator?.health.peakRssMb ?? 0,
      connectionsOpened: input.generator?.connectionsOpened ?? 0,
      interruptedRequests: input.generator?.interruptedRequests ?? 0,
      shortfall: input.generator?.findings.shortfall ?? [],
      distortion: judgement.distortion ?? [],
      addedDelayMs: input.generator?.findings.addedDelayMs ?? uniformDelay(0),
      delayShares: input.generator?.findings.delayShares ?? [],
      delayNote: judgement.delayNote ?? null,
      notes: input.generator ? [...input.generator.findings.notes, ...(input.generator.findings.saturated ? [input.generator.findings.saturated] : [])] : [],
    },
    preflight: input.preflight,
    timeseries: (snapshot?.series ?? []).map((point, i) => ({ ...point, lagMs: health?.lagSeries[i] ?? 0, generatorCpuPercent: health?.cpuSeries[i] ?? 0, generatorRssMb: health?.rssSeries[i] ?? 0 })),
    notices: [...plan.notices],
    comparison: input.comparison ?? null,
    resources: input.resources ?? null,
    sequential: input.sequential ?? null,
    shard: plan.shard
      ? {
          index: plan.shard.index,
          count: plan.shard.count,
          share: round3(plan.shard.share),
          slo: { minRequests: plan.shard.minRequests, thresholds: plan.thresholds, endpoints: plan.endpoints.map((e) => e.thresholds), decision: plan.decision },
          drainSeconds: round3(input.drainSeconds ?? 0),
        }
      : null,
    merged: null,
    ...(snapshot?.traces && plan.trace ? { traces: traceReport(snapshot.traces, plan.trace, input.loadStartedAt ?? input.startedAt) } : {}),
  };
}

/** traceReport: the kept trace IDs with the times they were sent at, and how to link them. */
export function traceReport(sample: TraceSample, trace: TracePlan, loadStartedAt: Date): TraceReport {
  const timed = (r: TracedRequest): TracedRequestReport => ({ ...r, at: new Date(loadStartedAt.getTime() + r.offsetMs).toISOString() });
  return { sampled: trace.sampled, url: trace.url, slowestPerEndpoint: sample.slowestPerEndpoint, slowest: sample.slowest.map(timed), failed: sample.failed.map(timed), failedOmitted: sample.failedOmitted, unreached: sample.unreached };
}

/** withPlan adds each endpoint's method, path and planned weight to its metrics. */
function withPlan(metrics: readonly EndpointMetrics[], plan: Plan): EndpointReport[] {
  return metrics.map((m, i) => ({ ...m, method: plan.endpoints[i].method, path: redactPath(plan.endpoints[i].path), weight: plan.endpoints[i].weight }));
}

/** toComparisonReport keeps the comparison and production's own metrics; unbounded intervals become null. */
export function toComparisonReport(comparison: Comparison, productionTarget: string, production: MetricsSnapshot, plan: Plan, protocol: ArmProtocol | null = null, loadStartedAt: Date | null = null): ComparisonReport {
  const bound = (v: number) => (Number.isFinite(v) ? v : null);
  return {
    verdict: comparison.verdict,
    reasons: comparison.reasons,
    confidence: comparison.confidence,
    criteriaAreDefaults: plan.canary?.criteriaAreDefaults ?? true,
    production: { target: productionTarget, overall: { ...production.overall, method: '*', path: '*', weight: 1 }, endpoints: withPlan(production.endpoints, plan), timeseries: production.series.map((p) => ({ ...p, lagMs: 0 })), protocol, ...(production.traces && plan.trace && loadStartedAt ? { traces: traceReport(production.traces, plan.trace, loadStartedAt) } : {}) },
    results: comparison.results.map(({ subject, reference, nSubject, nReference, ...r }) => ({ ...r, canary: subject, production: reference, nCanary: nSubject, nProduction: nReference, low: bound(r.low), high: bound(r.high) })),
  };
}

/** summarizePlan is the plan as reports show it: every secret redacted, bodies reduced to their size. */
export function summarizePlan(plan: Plan): PlanSummary {
  const thresholds: PlanSummary['thresholds'] = {};
  for (const key of THRESHOLD_KEYS) {
    const threshold = plan.thresholds[key];
    if (threshold) thresholds[key] = { value: threshold.value, source: shortSource(threshold.source) };
  }
  const load = plan.load;
  const level = (value: number) => (load.model === 'closed' ? Math.floor(value + 1e-9) : value);
  return {
    target: redactUrl(plan.target),
    environment: plan.environment,
    configFile: plan.configFile,
    model: load.model,
    pattern: load.pattern,
    // Users are whole: a shard's profile carries a fraction that only the engine's rounding reads (pacing/shard.ts).
    profile: load.profile.map((s) => ({ durationSeconds: s.durationMs / 1000, from: level(s.from), to: level(s.to) })),
    durationSeconds: load.durationMs / 1000,
    warmupSeconds: load.warmupMs / 1000,
    peakUsers: load.peakUsers,
    peakRate: load.peakRate,
    thinkTimeMs: load.thinkTime && { min: load.thinkTime.minMs, max: load.thinkTime.maxMs },
    burst: load.burst && { size: load.burst.size, pauseMs: { min: load.burst.pause.minMs, max: load.burst.pause.maxMs } },
    maxInFlight: load.maxInFlight,
    timeoutMs: load.timeoutMs,
    seed: load.seed,
    minRequests: load.minRequests,
    abortOnFail: load.abortOnFail,
    healthPath: plan.healthPath && redactPath(plan.healthPath),
    insecure: plan.insecure,
    httpVersion: plan.http.version,
    maxStreamsPerConnection: plan.http.maxStreamsPerConnection,
    headers: redactHeaders(plan.headers),
    endpoints: plan.endpoints.map((e) => ({
      name: redactPath(e.name),
      method: e.method,
      path: redactPath(e.path),
      weight: e.weight,
      headers: redactHeaders(e.headers),
      body: e.body === null ? null : `(${Buffer.byteLength(e.body)} bytes)`,
      expectStatus: e.expectStatus,
      thresholds: Object.fromEntries(Object.entries(e.thresholds).map(([k, t]) => [k, t!.value])) as Partial<Record<ThresholdKey, number>>,
    })),
    thresholds,
    thresholdsAreDefaults: plan.thresholdsAreDefaults,
    // Step names as the rows name them (a route, never a rendered URL), redacted like every name.
    flows: plan.flows && {
      setup: plan.flows.setup.map((s) => redactPath(s.request.name)),
      onStart: plan.flows.onStart.map((s) => redactPath(s.request.name)),
      flows: plan.flows.flows.map((f) => ({ name: redactPath(f.name), weight: f.weight, steps: f.steps.map((s) => redactPath(s.request.name)) })),
    },
  };
}

export function emptyMetrics(name: string): EndpointMetrics {
  const empty = encodeHistogram(newHistogram());
  return {
    name,
    requests: 0,
    errors: 0,
    errorRatePercent: 0,
    throughputRps: 0,
    bytes: 0,
    latencyMs: { ...EMPTY_SUMMARY },
    serviceTimeMs: { ...EMPTY_SUMMARY },
    statusCodes: {},
    errorCodes: {},
    histograms: { latency: empty, serviceTime: empty },
  };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
