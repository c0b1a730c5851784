// The capacity search, run: open-model steps at the rates pacing/capacity.ts asks for, each long
// enough for its judged tail and judged like any run (its SLOs' upper bounds, the generator's
// shortfall and distortion), a pause between steps, never past the time budget or --to; a step
// that hits the hard limits stops the climb at once. Then the answer and the headroom gate.

import type { Plan } from '../config/plan.js';
import { LATENCY_KEYS } from '../config/plan.js';
import { type SearchStep, bracketOf, kneeOf, nextStep, stepRequests } from '../pacing/capacity.js';
import type { CapacityReport, CapacityStepReport } from '../report/capacity.js';
import type { ProgressView } from '../report/console.js';
import { EXIT_CODES, type RunReport } from '../report/model.js';
import type { VerdictName } from '../slo/verdict.js';
import { redactUrl } from '../redact.js';

export interface CapacitySettings {
  fromRate: number;
  toRate: number;
  maxDurationMs: number;
  cooldownMs: number;
  /** resolution: the bracket is closed at this relative width (0.05: within 5%). */
  resolution: number;
  /** ceilingMs: a p99 at or past this is a hard stop, whatever the SLOs say. */
  ceilingMs: number;
  /** growth: the probe's factor (2). */
  growth: number;
  /** minStepMs: the least measured time of a step, however few requests its judged tail needs. */
  minStepMs: number;
  productionPeak: number | null;
  minHeadroom: number | null;
}

/** StepWatch: what a step's run reports each second, and the signal that stops it (the hard limits, or the user). */
export interface StepWatch {
  signal: AbortSignal;
  onProgress: (view: ProgressView) => void;
}

export interface CapacityPorts {
  /** measure runs one step's plan and judges it (runLoadTest), stopping when the watch's signal fires. */
  measure: (plan: Plan, watch: StepWatch) => Promise<RunReport>;
  monotonicMs: () => number;
  sleep: (ms: number) => Promise<void>;
  now: () => Date;
  signal?: AbortSignal;
  onStep?: (step: CapacityStepReport, index: number) => void;
}

/** HARD_ERROR_PERCENT: errors at or past this share are a hard stop: the service is falling over. */
const HARD_ERROR_PERCENT = 50;
/** ACHIEVED_SHARE: a step passes only when the service answered at least this share of the offered rate. */
const ACHIEVED_SHARE = 0.95;

/** stepPlan: the base plan at one open-model rate, for `measuredMs` after a warm-up, stopping early when an SLO is lost. */
export function stepPlan(plan: Plan, rate: number, warmupMs: number, measuredMs: number, minRequests: number, index: number): Plan {
  const durationMs = warmupMs + measuredMs;
  return {
    ...plan,
    sequential: null,
    load: { ...plan.load, model: 'open', pattern: 'sustained', profile: [{ durationMs, from: rate, to: rate }], durationMs, warmupMs, peakRate: rate, peakUsers: 0, minRequests, abortOnFail: true, seed: plan.load.seed + index },
  };
}

/** highestPercentile: the highest latency percentile any of the plan's SLOs judges (99 for p99), or null. */
export function highestPercentile(plan: Plan): number | null {
  const keys = [plan.thresholds, ...plan.endpoints.map((e) => e.thresholds)].flatMap((t) => LATENCY_KEYS.filter((k) => t[k] !== undefined));
  const percentiles = keys.map((k) => (k === 'p999' ? 99.9 : Number(k.slice(1))));
  return percentiles.length ? Math.max(...percentiles) : null;
}

export async function searchCapacity(plan: Plan, settings: CapacitySettings, ports: CapacityPorts): Promise<CapacityReport> {
  const startedAt = ports.now();
  const began = ports.monotonicMs();
  const warmupMs = Math.max(1000, plan.load.warmupMs);
  const requests = stepRequests(highestPercentile(plan), plan.load.minRequests);
  const steps: CapacityStepReport[] = [];
  const search: SearchStep[] = [];
  let stopped: CapacityReport['stopped'] | null = null;
  for (;;) {
    if (ports.signal?.aborted) {
      stopped = 'cancelled';
      break;
    }
    const next = nextStep(search, { fromRate: settings.fromRate, toRate: settings.toRate, growth: settings.growth, resolution: settings.resolution, floorRate: Math.max(0.1, settings.fromRate / 64) });
    if (next.kind === 'done') {
      stopped = next.why;
      break;
    }
    const measuredMs = Math.max(settings.minStepMs, Math.ceil((requests / next.rate) * 1000));
    const elapsed = ports.monotonicMs() - began;
    // The next step (with the pause before it) must fit in what is left of the budget, drain included.
    if (elapsed + (steps.length > 0 ? settings.cooldownMs : 0) + warmupMs + measuredMs + plan.load.timeoutMs > settings.maxDurationMs) {
      stopped = 'time budget';
      break;
    }
    if (steps.length > 0) await ports.sleep(settings.cooldownMs);
    // The hard limits, watched second by second: the step stops at once rather than hammer a service that is falling over.
    const stop = new AbortController();
    const onUserStop = () => stop.abort();
    ports.signal?.addEventListener('abort', onUserStop, { once: true });
    let hardStop: string | null = null;
    const onProgress = (view: ProgressView) => {
      if (hardStop !== null || view.elapsedMs <= warmupMs) return;
      hardStop = hardLimit(view.requests, view.errors, view.p95Ms, settings.ceilingMs);
      if (hardStop !== null) stop.abort();
    };
    const report = await ports.measure(stepPlan(plan, next.rate, warmupMs, measuredMs, Math.min(requests, Math.floor((next.rate * measuredMs) / 1000)), steps.length), { signal: stop.signal, onProgress });
    ports.signal?.removeEventListener('abort', onUserStop);
    if (report.status === 'unreachable') {
      stopped = 'unreachable';
      steps.push(stepOf(next.rate, next.why, report, 'fail', report.reasons));
      break;
    }
    if (ports.signal?.aborted && hardStop === null) {
      // Cut short by the user: reported, but no evidence either way for the search.
      steps.push({ ...stepOf(next.rate, next.why, report, 'fail', ['cancelled before the step ended: not judged']), cancelled: true });
      stopped = 'cancelled';
      break;
    }
    const { outcome, reasons } = hardStop !== null ? { outcome: 'hard' as const, reasons: [`${hardStop}: stopped the step and offered no more`] } : outcomeOf(next.rate, report, settings.ceilingMs);
    const step = stepOf(next.rate, next.why, report, outcome, reasons);
    steps.push(step);
    search.push({ rate: next.rate, outcome, confirm: next.why === 'confirm' });
    ports.onStep?.(step, steps.length - 1);
    if (ports.signal?.aborted) {
      stopped = 'cancelled';
      break;
    }
  }
  return finish(plan, settings, steps, search, stopped, startedAt, ports.now());
}

/** hardLimit: a second in which half the requests failed, or p95 reached the ceiling; null when neither. */
function hardLimit(requests: number, errors: number, p95Ms: number, ceilingMs: number): string | null {
  if (requests >= 10 && errors / requests >= HARD_ERROR_PERCENT / 100) return `${Math.round((errors / requests) * 100)}% of a second's requests failed`;
  if (requests >= 10 && p95Ms >= ceilingMs) return `p95 reached ${Math.round(p95Ms)} ms, past the ceiling of ${ceilingMs} ms`;
  return null;
}

/** outcomeOf: pass only when the rate was achieved and the verdict passed; hard when the service is falling over. */
function outcomeOf(rate: number, report: RunReport, ceilingMs: number): { outcome: CapacityStepReport['outcome']; reasons: string[] } {
  const { overall } = report;
  if (overall.errorRatePercent >= HARD_ERROR_PERCENT) return { outcome: 'hard', reasons: [`${Math.round(overall.errorRatePercent)}% of requests failed: not offering more`] };
  if (overall.latencyMs.p99 >= ceilingMs) return { outcome: 'hard', reasons: [`p99 ${Math.round(overall.latencyMs.p99)} ms reached the ceiling of ${ceilingMs} ms: not offering more`] };
  const reasons: string[] = [];
  if (overall.throughputRps < ACHIEVED_SHARE * rate) reasons.push(`achieved ${Math.round(overall.throughputRps * 10) / 10} req/s of ${rate} offered (under ${ACHIEVED_SHARE * 100}%)`);
  if (report.verdict !== 'pass') reasons.push(...report.reasons.map((r) => (report.verdict === 'inconclusive' ? `not shown to hold: ${r}` : r)));
  return { outcome: reasons.length === 0 ? 'pass' : 'fail', reasons };
}

function stepOf(rate: number, why: CapacityStepReport['why'], report: RunReport, outcome: CapacityStepReport['outcome'], reasons: string[]): CapacityStepReport {
  const { overall } = report;
  return {
    rate,
    why,
    outcome,
    achievedRps: overall.throughputRps,
    requests: overall.requests,
    errorRatePercent: overall.errorRatePercent,
    latencyMs: { p50: overall.latencyMs.p50, p95: overall.latencyMs.p95, p99: overall.latencyMs.p99 },
    seconds: report.durationSeconds,
    verdict: report.verdict,
    reasons: outcome === 'pass' ? [] : reasons,
  };
}

function finish(plan: Plan, settings: CapacitySettings, steps: CapacityStepReport[], search: SearchStep[], stopped: CapacityReport['stopped'] | null, startedAt: Date, endedAt: Date): CapacityReport {
  const bracket = bracketOf(search);
  const capacityRps = bracket.confirmed ? bracket.highestPass : null;
  const brokeStep = bracket.lowestFail === null ? null : steps.find((s) => s.rate === bracket.lowestFail && s.outcome !== 'pass')!;
  const reasons: string[] = [];
  const why = stopped ?? 'cancelled';
  let verdict: VerdictName;
  let headroom: CapacityReport['headroom'] = null;
  if (settings.productionPeak !== null && settings.minHeadroom !== null) {
    const required = settings.productionPeak * settings.minHeadroom;
    headroom = { productionPeakRps: settings.productionPeak, required, ratio: capacityRps === null ? null : capacityRps / settings.productionPeak };
    // A failure the service owns at or below the required rate: a fail. Not shown to hold, or not tried: inconclusive.
    const ownFailure = steps.find((s) => s.outcome !== 'pass' && !s.cancelled && s.rate <= required && s.verdict === 'fail');
    if (capacityRps !== null && capacityRps >= required) verdict = 'pass';
    else if (ownFailure) {
      verdict = 'fail';
      reasons.push(`at ${ownFailure.rate} req/s, at or under the ${required} req/s required (${settings.minHeadroom}× production's peak ${settings.productionPeak}), the service did not hold its SLOs: ${ownFailure.reasons.join('; ')}`);
    } else {
      verdict = 'inconclusive';
      reasons.push(`not shown to sustain the ${required} req/s required (${settings.minHeadroom}× production's peak ${settings.productionPeak}) before the search stopped (${why}), nor shown not to`);
    }
  } else if (capacityRps !== null) verdict = 'pass';
  else if (why === 'nothing passed' && steps.some((s) => s.verdict === 'fail' || s.outcome === 'hard')) {
    verdict = 'fail';
    reasons.push(`no rate down to ${Math.max(0.1, settings.fromRate / 64)} req/s held the SLOs`);
  } else {
    verdict = 'inconclusive';
    reasons.push(`no capacity confirmed before the search stopped (${why})`);
  }
  if (why === 'unreachable') verdict = 'fail';
  return {
    kind: 'capacity',
    target: redactUrl(plan.target),
    startedAt: startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    settings: { fromRate: settings.fromRate, toRate: settings.toRate, maxDurationSeconds: settings.maxDurationMs / 1000, cooldownSeconds: settings.cooldownMs / 1000, resolutionPercent: settings.resolution * 100, ceilingMs: settings.ceilingMs },
    steps,
    capacityRps,
    bracket: { highestPass: bracket.highestPass, lowestFail: bracket.lowestFail },
    broke: brokeStep ? { rate: brokeStep.rate, reasons: brokeStep.reasons } : null,
    kneeRps: kneeOf(steps.filter((s) => s.outcome !== 'hard' && !s.cancelled).map((s) => ({ rate: s.rate, latencyMs: s.latencyMs.p95 }))),
    stopped: steps.some((s) => s.outcome === 'hard') && why === 'converged' ? 'converged' : why,
    headroom,
    verdict,
    reasons,
    exitCode: why === 'unreachable' ? EXIT_CODES.unreachable : verdict === 'pass' ? 0 : verdict === 'fail' ? 1 : EXIT_CODES.inconclusive,
  };
}
