// One run, start to verdict: pre-flight → load → metrics → checks → verdict → RunReport. Both
// entries (CLI and action) call this; it never touches process.* or @actions/*.

import { TargetUnreachable, preflight, type PreflightStep } from '../client/preflight.js';
import { prepareRequests } from '../client/request.js';
import type { Plan } from '../config/plan.js';
import { runEngine } from '../engine/engine.js';
import { arrivalsBy } from '../engine/pacing/profile.js';
import { Collector } from '../metrics/collector.js';
import { countAboveMs, decodeHistogram } from '../metrics/histogram.js';
import type { EndpointMetrics } from '../metrics/snapshot.js';
import { buildReport } from '../report/build.js';
import type { ProgressView } from '../report/console.js';
import type { RunReport } from '../report/model.js';
import { redactPath } from '../redact.js';
import { alreadyLost } from '../slo/abort.js';
import { type Check, evaluateChecks } from '../slo/checks.js';
import { generatorFindings } from '../slo/generator.js';
import { judge } from '../slo/verdict.js';

export interface RunHooks {
  /** signal stops the load (Ctrl-C, SIGTERM, a cancelled job); the partial run is still reported. */
  signal?: AbortSignal;
  onPreflight?: (steps: PreflightStep[]) => void;
  onProgress?: (view: ProgressView) => void;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** maxDrainMs: see EngineOptions; a test seam. */
  maxDrainMs?: number;
}

export async function runLoadTest(plan: Plan, hooks: RunHooks = {}): Promise<RunReport> {
  const now = hooks.now ?? (() => new Date());
  const startedAt = now();
  let steps: PreflightStep[];
  try {
    steps = await preflight(plan.target, { healthPath: plan.healthPath, headers: plan.headers, insecure: plan.insecure, timeoutMs: plan.load.timeoutMs, sleep: hooks.sleep });
  } catch (error) {
    if (!(error instanceof TargetUnreachable)) throw error;
    return buildReport({
      plan,
      startedAt,
      endedAt: now(),
      status: 'unreachable',
      loadSeconds: 0,
      snapshot: null,
      checks: [],
      judgement: { verdict: 'fail', reasons: [error.message.split('\n').map((l) => l.trim()).join(' ')], violations: [], untrusted: [] },
      preflight: error.steps,
      generator: null,
    });
  }
  hooks.onPreflight?.(steps);

  const load = plan.load;
  const names = plan.endpoints.map((e) => redactPath(e.name));
  const collector = new Collector(names, load.warmupMs);
  const engine = await runEngine({
    plan,
    requests: prepareRequests(plan.target, plan.endpoints, plan.headers),
    collector,
    signal: hooks.signal,
    maxDrainMs: hooks.maxDrainMs,
    onSecond: (elapsedMs, users) => {
      const last = collector.lastSecond();
      hooks.onProgress?.({
        elapsedMs,
        durationMs: load.durationMs,
        warmupMs: load.warmupMs,
        model: load.model,
        users,
        arrivals: last?.arrivals ?? 0,
        requests: last?.requests ?? 0,
        errors: last?.errors ?? 0,
        p95Ms: last?.p95 ?? 0,
        dropped: last?.dropped ?? 0,
      });
      return load.abortOnFail && elapsedMs > load.warmupMs ? abortCheck(plan, collector, elapsedMs) : null;
    },
  });

  const measuredMs = Math.max(0, engine.loadEndMs - load.warmupMs);
  const snapshot = collector.snapshot(engine.endMs, measuredMs);
  const checks = evaluateChecks(
    snapshot.overall,
    plan.thresholds,
    plan.endpoints.map((endpoint, i) => ({ metrics: snapshot.endpoints[i], thresholds: endpoint.thresholds })),
  );
  const findings = generatorFindings({
    model: load.model,
    plannedArrivals: load.model === 'open' ? arrivalsBy(load.profile, engine.loadEndMs) : 0,
    scheduled: snapshot.arrivals.scheduled,
    dropped: snapshot.arrivals.dropped,
    maxInFlight: load.maxInFlight,
    lagSeries: engine.health.lagSeries,
    lagP99Ms: engine.health.eventLoopLagMs.p99,
  });
  const metricsOf = (check: Check): EndpointMetrics => (check.endpoint === null ? snapshot.overall : snapshot.endpoints[names.indexOf(check.endpoint)]);
  const judgement = judge({
    checks,
    measuredRequests: snapshot.overall.requests,
    minRequests: load.minRequests,
    evidenceFor: (check) => {
      const metrics = metricsOf(check);
      if (check.metric === 'error_rate') return { n: metrics.requests, k: metrics.errors };
      if (check.metric === 'throughput') return null;
      return { n: metrics.requests, k: countAboveMs(decodeHistogram(metrics.histograms.latency), check.threshold) };
    },
    generator: findings,
    stoppedBy: engine.stoppedBy,
    abortReason: engine.abortReason,
    unanswered: engine.stoppedBy === 'completed' ? engine.interruptedRequests : 0,
    drainSeconds: (engine.endMs - engine.loadEndMs) / 1000,
    coverage: `${(engine.loadEndMs / 1000).toFixed(1)}s of ${(load.durationMs / 1000).toFixed(0)}s`,
  });
  return buildReport({
    plan,
    startedAt,
    endedAt: now(),
    status: engine.stoppedBy,
    loadSeconds: engine.loadEndMs / 1000,
    snapshot,
    checks,
    judgement,
    preflight: steps,
    generator: { health: engine.health, connectionsOpened: engine.connectionsOpened, interruptedRequests: engine.interruptedRequests, findings },
  });
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
