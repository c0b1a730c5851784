// One run, measured: pre-flight → load → metrics → SLO checks, as a body (its report without a
// verdict) and its SLO judgement. In canary mode the same stream of requests goes to the canary and
// to production at the same time, the canary's own SLOs still apply, and the canary is compared with
// production. The whole verdict is then the judge's (app/judge.ts, slo/decide.ts). It never touches
// process.* or @actions/*.

import { FAILED_TRACES_KEPT } from '../defaults.js';
import type { PreflightStep } from '../client/preflight.js';
import type { SocketCounter } from '../client/connection.js';
import type { ProtocolUsed } from '../client/protocol.js';
import { prepareRequests } from '../client/request.js';
import type { Plan } from '../config/plan.js';
import { type EngineOptions, type EngineResult, runEngine, runSetup } from '../engine/engine.js';
import { arrivalsBy } from '../pacing/profile.js';
import { Collector } from '../metrics/collector.js';
import type { EndpointMetrics, MetricsSnapshot } from '../metrics/snapshot.js';
import { finishReport, NO_ROLLBACK, runBody, toComparisonReport } from '../report/build.js';
import type { ProgressView } from '../report/console.js';
import type { ArmProtocol, RunReport } from '../report/model.js';
import { redactPath, redactUrl } from '../redact.js';
import { alreadyLost } from '../slo/abort.js';
import type { Check } from '../slo/checks.js';
import { evidenceFor, latencyCounter } from '../slo/evidence.js';
import { everyRequestFailed } from '../slo/failures.js';
import { type DelayShares, combineShares, readableBounds } from '../slo/distortion.js';
import { type AddedDelay, generatorFindings } from '../slo/generator.js';
import { judge } from '../slo/verdict.js';
import type { ResourceSource } from '../ports/resources.js';
import { resourceChecks, resourceSeries } from '../slo/resources.js';
import { type JudgeableRun, judgeRun } from './judge.js';
import type { BaselineLookup } from './regression.js';
import { confidences, sequentialLooks } from './look.js';
import { canaryComparison, thresholdChecks } from './measure.js';
import { startSampling } from './resources.js';
import { heldNotice, holdToBaseline, sharedNotice } from './shared-version.js';
import { offeringOnlyHttp11, preflightOptionsOf, settleArms } from './settle-arms.js';
import { type Binding, bindingsOf } from '../template/generators.js';

/** bindingsOfPlan: every variable the plan's templates read: its variables, data columns, and what flows capture. */
function bindingsOfPlan(plan: Plan): Map<string, Binding> {
  const bindings = bindingsOf(plan.variables, plan.data);
  for (const name of plan.flows?.captured ?? []) bindings.set(name, { kind: 'session' });
  return bindings;
}

export interface RunOptions {
  /** signal stops the load (Ctrl-C, SIGTERM, a cancelled job); the partial run is still reported. */
  signal?: AbortSignal;
  onPreflight?: (steps: PreflightStep[]) => void;
  /** onWaiting: the pre-flight is waiting for a target that is still starting (said once per target). */
  onWaiting?: (text: string) => void;
  /** monotonic: a clock in ms for the pre-flight's wait (default performance.now); a test seam, with sleep. */
  monotonic?: () => number;
  onProgress?: (view: ProgressView) => void;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** maxDrainMs: see EngineOptions; a test seam. */
  maxDrainMs?: number;
  /** resources: sources of the target's CPU and memory, sampled while the load runs. */
  resources?: { sources: readonly ResourceSource[]; intervalMs: number };
  /** engine: the engine's clock, connections and self-watch; tests put a run on virtual ones. */
  engine?: Pick<EngineOptions, 'clock' | 'connect' | 'probe'>;
  /** baseline: what a run that decides early looks at as it goes (app/look.ts), and what runLoadTest judges the run against too (the pipeline judges itself, see app/judge.ts). */
  baseline?: BaselineLookup | null;
}

/** targetsOf: where the load goes: the target, and production beside a canary. */
function targetsOf(plan: Plan): string[] {
  return plan.mode === 'canary' && plan.canary !== null ? [plan.target, plan.canary.productionUrl] : [plan.target];
}

const dateClock = (options: RunOptions) => options.now ?? (() => new Date());

/** runLoadTest: one run measured, judged and reported, with no rollback: a rollout's stage, a test. */
export async function runLoadTest(plan: Plan, options: RunOptions = {}): Promise<RunReport> {
  return reported(plan, await measureRun(plan, options), options);
}

/** loadAndJudge: runLoadTest after its pre-flight (a test seam for runs on a virtual clock). */
export async function loadAndJudge(plan: Plan, steps: PreflightStep[], options: RunOptions = {}): Promise<RunReport> {
  return reported(plan, await measureLoad(plan, steps, options, dateClock(options)()), options);
}

function reported(plan: Plan, run: JudgeableRun, options: RunOptions): RunReport {
  return finishReport(run.body, { ...judgeRun(run, plan, options.baseline ?? null), rollback: NO_ROLLBACK });
}

/** measureRun: the pre-flight, then the load; a target that cannot be reached fails with what was tried. */
export async function measureRun(plan: Plan, options: RunOptions = {}): Promise<JudgeableRun> {
  const now = dateClock(options);
  const startedAt = now();
  const targets = targetsOf(plan);

  const steps: PreflightStep[] = [];
  const unreachable = (reason: string, preflight: PreflightStep[]): JudgeableRun => {
    const slo = { verdict: 'fail' as const, reasons: [reason], violations: [], untrusted: [] };
    return { slo, body: runBody({ plan, startedAt, endedAt: now(), status: 'unreachable', loadSeconds: 0, snapshot: null, checks: [], judgement: slo, preflight, generator: null }) };
  };
  // Which HTTP each target's load goes over: settled per target at its pre-flight, then made alike for a canary and production.
  const settled = await settleArms(plan, targets, options);
  steps.push(...settled.steps);
  if (!settled.ok) return unreachable(settled.reason, steps);
  // A baseline over HTTP/1.1 holds an auto run to it where the target speaks it: compared like for like.
  const held = await holdToBaseline(options.baseline?.found ? options.baseline.baseline.protocol : null, targets, settled.protocols, offeringOnlyHttp11(preflightOptionsOf(plan, options)));
  steps.push(...held.steps);
  const protocols = held.protocols;
  // Setup (a flow's service token): once per target before any load; a failure fails the run as the pre-flight does.
  let setupCaptures: Array<ReadonlyMap<string, string>> | undefined;
  if (plan.flows && plan.flows.setup.length > 0) {
    const began = options.monotonic?.() ?? performance.now();
    const bindings = bindingsOfPlan(plan);
    const setup = await runSetup({ plan, arms: targets.map((target, i) => ({ target, version: protocols[i].version, setupRequests: prepareRequests(target, plan.flows!.setup.map((s) => s.request), plan.headers, bindings, plan.trace) })), ...options.engine });
    const elapsedMs = (options.monotonic?.() ?? performance.now()) - began;
    const names = plan.flows.setup.map((s) => `'${redactPath(s.request.name.replace(/^setup › /, ''))}'`).join(', ');
    steps.push({ name: 'setup', what: `setup step${plan.flows.setup.length === 1 ? '' : 's'} ${names} on ${targets.length === 1 ? 'the target' : 'the canary and production'}`, ok: setup.ok, attempts: 1, elapsedMs, detail: setup.ok ? 'done' : setup.failure });
    if (!setup.ok) {
      const slo = { verdict: 'fail' as const, reasons: [`setup failed, so no load was sent: ${setup.failure}`], violations: [], untrusted: [] };
      options.onPreflight?.(steps);
      return { slo, body: runBody({ plan, startedAt, endedAt: now(), status: 'unreachable', loadSeconds: 0, snapshot: null, checks: [], judgement: slo, preflight: steps, generator: null }) };
    }
    setupCaptures = setup.captured;
  }
  options.onPreflight?.(steps);
  return measureLoad(plan, steps, options, startedAt, setupCaptures, protocols);
}

/** armProtocol: what a target's load went over, with its connections as the engine counted them (null: not known, a virtual run's). */
function armProtocol(protocol: ProtocolUsed | undefined, sockets: SocketCounter | undefined): ArmProtocol | null {
  if (!protocol || !sockets) return null;
  return { ...protocol, connections: sockets.opened, streamsPerConnection: protocol.version === '2' ? (sockets.streamLimit ?? null) : null };
}

/**
 * measureLoad: the run after its pre-flight: the load, its metrics, the SLO checks and their
 * judgement. `protocols`: what the pre-flight settled for each target (absent: HTTP/1.1, as a test
 * on virtual connections runs).
 */
async function measureLoad(plan: Plan, steps: PreflightStep[], options: RunOptions, startedAt: Date, setupCaptures?: ReadonlyArray<ReadonlyMap<string, string>>, protocols: readonly ProtocolUsed[] = []): Promise<JudgeableRun> {
  const now = dateClock(options);
  const targets = targetsOf(plan);
  const names = plan.endpoints.map((e) => redactPath(e.name));
  // Every side keeps its seconds' histograms: the comparisons' intervals are taken over blocks of
  // time (slo/compare/blocks.ts), a later run compares with this one's, shards merge them exactly.
  const checkNames = plan.endpoints.map((e) => e.checks.map((c) => c.name));
  const collectors = targets.map(() => {
    const collector = new Collector(names, plan.load.warmupMs, true).withChecks(checkNames);
    if (plan.trace) collector.withTraces(plan.trace.slowest, FAILED_TRACES_KEPT);
    return plan.sequential ? collector.forLooks() : collector;
  });
  const loadStartedAt = Date.now();
  const loadStartedDate = now();
  const sampling = options.resources?.sources.length ? startSampling(options.resources.sources, options.resources.intervalMs, loadStartedAt) : null;
  const looks = plan.sequential ? sequentialLooks(plan, collectors, options.baseline ?? null, protocols[0] ?? null) : null;
  const engine = await runEngine({
    plan,
    arms: targets.map((target, i) => ({ target, version: protocols[i]?.version, requests: prepareRequests(target, plan.endpoints, plan.headers, bindingsOfPlan(plan), plan.trace), collector: collectors[i] })),
    setup: setupCaptures,
    signal: options.signal,
    maxDrainMs: options.maxDrainMs,
    ...options.engine,
    onSecond: (elapsedMs, users) => {
      options.onProgress?.(progressView(plan, collectors[0], elapsedMs, users));
      const lost = plan.load.abortOnFail && elapsedMs > plan.load.warmupMs ? abortCheck(plan, collectors[0], elapsedMs) : null;
      if (lost) return { kind: 'aborted', reason: lost };
      return looks?.at(elapsedMs) ?? null;
    },
  });

  const measuredMs = Math.max(0, engine.loadEndMs - plan.load.warmupMs);
  const [snapshot, production] = collectors.map((c) => c.snapshot(engine.endMs, measuredMs));
  const sampled = sampling ? await sampling.stop(loadStartedAt + engine.loadEndMs) : null;
  const series = sampled ? resourceSeries(sampled.readings, plan.load.warmupMs / 1000, engine.loadEndMs / 1000) : [];
  const extraChecks = plan.resources ? resourceChecks(series, plan.resources.thresholds) : [];
  const lateness = collectors[0].latenessShares(engine.health.delayShares.map(([b]) => b));
  // A run that decides early judges at the level its looks spent (app/look.ts); any other at the full one.
  const confidence = confidences(plan);
  const { checks, findings, judgement } = judgeSnapshot(plan, snapshot, engine, names, extraChecks, lateness, confidence.checks);
  const comparison = production ? canaryComparison(plan, snapshot, production, confidence.canary!, false, findings.delayShares ? { shares: findings.delayShares, bounds: findings.addedDelayMs } : undefined) : null;
  const body = runBody({
    plan,
    startedAt,
    endedAt: now(),
    loadStartedAt: loadStartedDate,
    drainSeconds: (engine.endMs - engine.loadEndMs) / 1000,
    status: engine.stoppedBy,
    loadSeconds: engine.loadEndMs / 1000,
    snapshot,
    checks,
    judgement,
    preflight: steps,
    generator: { health: engine.health, connectionsOpened: engine.connectionsOpened, interruptedRequests: engine.interruptedRequests, findings },
    comparison: comparison && production ? toComparisonReport(comparison, redactUrl(plan.canary!.productionUrl), production, plan, armProtocol(protocols[1], engine.armConnections[1]), loadStartedDate) : null,
    protocol: armProtocol(protocols[0], engine.armConnections[0]),
    resources: sampled ? { series, errors: sampled.errors } : null,
    sequential: looks?.report() ?? null,
  });
  const said = [sharedNotice(protocols), heldNotice(protocols)].filter((n): n is string => n !== null);
  return { body: said.length > 0 ? { ...body, notices: [...body.notices, ...said] } : body, slo: judgement };
}

/** judgeSnapshot applies the plan's thresholds to one arm's metrics, with the generator's health. */
function judgeSnapshot(plan: Plan, snapshot: MetricsSnapshot, engine: EngineResult, names: string[], extraChecks: readonly Check[], lateness: DelayShares, checkConfidence: number) {
  const load = plan.load;
  const checks = [...thresholdChecks(plan, snapshot, checkConfidence), ...extraChecks];
  const findings = generatorFindings({
    model: load.model,
    plannedArrivals: load.model === 'open' ? arrivalsBy(load.profile, engine.loadEndMs) : 0,
    scheduled: snapshot.arrivals.scheduled,
    dropped: snapshot.arrivals.dropped,
    maxInFlight: load.maxInFlight,
    flows: plan.flows !== null,
    lagSeries: engine.health.lagSeries,
    ...generatorDelay(engine.health.delayShares, lateness),
    cpuSeries: engine.health.cpuSeries,
  }, plan.vocabulary);
  const metricsOf = (check: Check): EndpointMetrics => (check.endpoint === null ? snapshot.overall : snapshot.endpoints[names.indexOf(check.endpoint)]);
  const judgement = judge({
    checks,
    measuredRequests: snapshot.overall.requests,
    minRequests: load.minRequests,
    allFailed: everyRequestFailed(snapshot.overall, snapshot.endpoints),
    evidenceFor: (check) => evidenceFor(metricsOf(check), check),
    countAboveMs: latencyCounter(metricsOf),
    generator: findings,
    stoppedBy: engine.stoppedBy,
    abortReason: engine.abortReason,
    unanswered: engine.stoppedBy === 'completed' ? engine.interruptedRequests : 0,
    drainSeconds: (engine.endMs - engine.loadEndMs) / 1000,
    coverage: `${(engine.loadEndMs / 1000).toFixed(1)}s of ${(load.durationMs / 1000).toFixed(0)}s`,
    decision: plan.decision,
    provisional: plan.shard !== null,
  });
  return { checks, findings, judgement };
}

/** generatorDelay: what the generator added, its pacing's lateness and its loop's stalls together. */
function generatorDelay(loop: DelayShares, late: DelayShares): { addedDelayMs: AddedDelay; delayShares: DelayShares } {
  const delayShares = combineShares(loop, late);
  return { addedDelayMs: readableBounds(delayShares), delayShares };
}

function progressView(plan: Plan, collector: Collector, elapsedMs: number, users: number): ProgressView {
  const last = collector.lastSecond();
  return {
    elapsedMs,
    durationMs: plan.load.durationMs,
    warmupMs: plan.load.warmupMs,
    model: plan.load.model,
    users,
    arrivals: last?.arrivals ?? 0,
    requests: last?.requests ?? 0,
    errors: last?.errors ?? 0,
    p95Ms: last?.p95 ?? 0,
    dropped: last?.dropped ?? 0,
  };
}

/** abortCheck asks whether any threshold is already lost, projecting over the rest of the profile. */
function abortCheck(plan: Plan, collector: Collector, elapsedMs: number): string | null {
  const { profile, warmupMs, durationMs, minRequests } = plan.load;
  const atWarmupEnd = arrivalsBy(profile, warmupMs);
  const soFar = arrivalsBy(profile, elapsedMs);
  return alreadyLost({
    scopes: [
      { endpoint: null, name: null, thresholds: plan.thresholds },
      ...plan.endpoints.map((e, i) => ({ endpoint: i, name: redactPath(e.name), thresholds: e.thresholds })).filter((s) => Object.keys(s.thresholds).length > 0),
    ],
    minRequests,
    done: soFar - atWarmupEnd,
    remaining: arrivalsBy(profile, durationMs) - soFar,
    totals: (endpoint) => (endpoint === null ? collector.measuredTotals() : collector.endpointTotals(endpoint)),
    countAboveMs: (endpoint, ms) => collector.countAboveMs(endpoint, ms),
  });
}
