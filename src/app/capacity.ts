// The capacity search, run: open-model steps at the rates pacing/capacity.ts asks for, each long
// enough for its judged tail and judged like any run (its SLOs' upper bounds, the generator's
// shortfall and distortion), a pause between steps, never past the time budget or --to; a step
// that hits the hard limits stops the climb at once. Then the answer and the headroom gate.

import type { Plan, Thresholds } from '../config/plan.js';
import { LATENCY_KEYS } from '../config/plan.js';
import { type SearchStep, bracketOf, kneeOf, nextStep, stepRequests } from '../pacing/capacity.js';
import type { CapacityArm, CapacityReport, CapacityStepReport } from '../report/capacity.js';
import type { ProgressView } from '../report/console.js';
import { EXIT_CODES, type RunReport, SCHEMA_VERSION } from '../report/model.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { VerdictName } from '../slo/verdict.js';
import { redactUrl } from '../redact.js';
import type { ProtocolUsed } from '../client/protocol.js';
import { type ArmsSettled, pinnedTo } from './capacity-protocol.js';

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
  /** productionUrl: production's base URL: searched beside the target, step for step, and compared. */
  productionUrl: string | null;
  /** maxDropPercent: how much less than production the canary may sustain (10: 10% less). */
  maxDropPercent: number;
}

/** StepWatch: what a step's run reports each second, and the signal that stops it (the hard limits, or the user). */
export interface StepWatch {
  signal: AbortSignal;
  onProgress: (view: ProgressView) => void;
}

export interface CapacityPorts {
  /** measure runs one step's plan and judges it (runLoadTest), stopping when the watch's signal fires. */
  measure: (plan: Plan, watch: StepWatch) => Promise<RunReport>;
  /**
   * settle: every target pre-flighted once before any load, and a canary's and production's HTTP
   * version made one (app/capacity-protocol settleArms); each step's plan is then pinned to it.
   */
  settle: (plan: Plan, targets: readonly string[]) => Promise<ArmsSettled>;
  monotonicMs: () => number;
  sleep: (ms: number) => Promise<void>;
  now: () => Date;
  signal?: AbortSignal;
  onStep?: (step: CapacityStepReport, index: number, arm: 'canary' | 'production' | null) => void;
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
    // A step passes on its SLOs' upper bounds: a value too close to call is not a pass.
    decision: 'confident',
    // Only the first step waits for a target that is still starting: one that goes away mid-search is unreachable at once.
    waitForReadyMs: index === 0 ? plan.waitForReadyMs : 0,
    load: { ...plan.load, model: 'open', pattern: 'sustained', profile: [{ durationMs, from: rate, to: rate }], durationMs, warmupMs, peakRate: rate, peakUsers: 0, minRequests, abortOnFail: true, seed: plan.load.seed + index },
  };
}

/**
 * ERROR_EVIDENCE: errors' worth of requests a step needs under an error-rate SLO (10 / 0.5% =
 * 2,000): with none or a few errors, the upper bound of the rate must come under the limit, or a
 * healthy service could never pass (0 errors in 500 requests still leaves 0.76% possible).
 */
const ERROR_EVIDENCE = 10;

/**
 * requestsPerStep: the measured requests a step needs for every SLO to be decidable on a healthy
 * service: the judged latency tail (pacing/capacity stepRequests) and the error rate, run-wide and
 * for each endpoint with SLOs of its own (which sees only its share of the requests).
 */
export function requestsPerStep(plan: Plan): number {
  const forScope = (t: Thresholds) => {
    const percentiles = LATENCY_KEYS.filter((k) => t[k] !== undefined).map((k) => (k === 'p999' ? 99.9 : Number(k.slice(1))));
    const tail = stepRequests(percentiles.length ? Math.max(...percentiles) : null, 0);
    const errors = t.error_rate ? Math.ceil(ERROR_EVIDENCE / Math.max(t.error_rate.value / 100, 1e-4)) : 0;
    return Math.max(tail, errors);
  };
  const perEndpoint = plan.endpoints.filter((e) => e.weight > 0 && Object.keys(e.thresholds).length > 0).map((e) => Math.ceil(forScope(e.thresholds) / e.weight));
  return Math.max(plan.load.minRequests, forScope(plan.thresholds), ...perEndpoint);
}

/** Arm: one target's search: its steps, what the search made of them, and why it ended. */
interface Arm {
  target: string;
  steps: CapacityStepReport[];
  search: SearchStep[];
  stopped: CapacityReport['stopped'] | null;
  /** protocol: what its pre-flight settled before the search (null: not settled, no load sent). */
  protocol: ProtocolUsed | null;
}

/**
 * searchCapacity: the search on the plan's target, and on production's beside it when
 * settings.productionUrl is set: their steps alternate (a canary step, then production's), so
 * both are measured under the same conditions, within one budget, over one HTTP version: settled
 * for both before the first step, and every step pinned to it.
 */
export async function searchCapacity(plan: Plan, settings: CapacitySettings, ports: CapacityPorts): Promise<CapacityReport> {
  const startedAt = ports.now();
  const began = ports.monotonicMs();
  const warmupMs = Math.max(1000, plan.load.warmupMs);
  const requests = requestsPerStep(plan);
  const arms: Arm[] = [plan.target, ...(settings.productionUrl ? [settings.productionUrl] : [])].map((target): Arm => ({ target, steps: [], search: [], stopped: null, protocol: null }));
  let stepsRun = 0;
  let turn = 0;
  const stopAll = (why: CapacityReport['stopped']) => {
    for (const arm of arms) arm.stopped ??= why;
  };
  // Both arms over one HTTP version, or no load at all: as a canary run's pre-flight does.
  const settled = await ports.settle(plan, arms.map((arm) => arm.target));
  if (!settled.ok) {
    stopAll('unreachable');
    return finish(plan, settings, arms, startedAt, ports.now(), settled.reason);
  }
  for (const [i, arm] of arms.entries()) arm.protocol = settled.protocols[i];
  for (;;) {
    const open = arms.filter((arm) => arm.stopped === null);
    if (open.length === 0) break;
    if (ports.signal?.aborted) {
      stopAll('cancelled');
      break;
    }
    const arm = open[turn++ % open.length];
    const next = nextStep(arm.search, { fromRate: settings.fromRate, toRate: settings.toRate, growth: settings.growth, resolution: settings.resolution, floorRate: Math.max(0.1, settings.fromRate / 64) });
    if (next.kind === 'done') {
      arm.stopped = next.why;
      continue;
    }
    const measuredMs = Math.max(settings.minStepMs, Math.ceil((requests / next.rate) * 1000));
    const elapsed = ports.monotonicMs() - began;
    // The next step (with the pause before it) must fit in what is left of the budget, drain included.
    if (elapsed + (stepsRun > 0 ? settings.cooldownMs : plan.waitForReadyMs) + warmupMs + measuredMs + plan.load.timeoutMs > settings.maxDurationMs) {
      stopAll('time budget');
      break;
    }
    if (stepsRun > 0) await pause(ports, settings.cooldownMs);
    if (ports.signal?.aborted) {
      stopAll('cancelled');
      break;
    }
    // The hard limits, watched second by second: the step stops at once rather than hammer a service that is falling over.
    const stop = new AbortController();
    const onUserStop = () => stop.abort();
    ports.signal?.addEventListener('abort', onUserStop, { once: true });
    let hardStop: string | null = null;
    let unanswered = 0;
    const onProgress = (view: ProgressView) => {
      if (hardStop !== null) return;
      // From the first second: errors in the warm-up are the service's too. A service that stops
      // answering shows as arrivals without responses: three such seconds in a row are a hard stop.
      unanswered = view.arrivals >= 5 && view.requests < 0.1 * view.arrivals && view.elapsedMs > 1000 ? unanswered + 1 : 0;
      hardStop = unanswered >= 3 ? `the service answered ${view.requests} of ${view.arrivals} requests in a second` : hardLimit(view.requests, view.errors, view.p95Ms, settings.ceilingMs);
      if (hardStop !== null) stop.abort();
    };
    const step = pinnedTo(stepPlan(plan, next.rate, warmupMs, measuredMs, Math.min(requests, Math.floor((next.rate * measuredMs) / 1000)), stepsRun), arm.protocol!);
    const report = await ports.measure({ ...step, target: arm.target }, { signal: stop.signal, onProgress });
    ports.signal?.removeEventListener('abort', onUserStop);
    stepsRun++;
    if (report.status === 'unreachable') {
      arm.steps.push(stepOf(next.rate, next.why, report, 'fail', report.reasons));
      arm.stopped = 'unreachable';
      stopAll('unreachable');
      break;
    }
    if (ports.signal?.aborted && hardStop === null) {
      // Cut short by the user: reported, but no evidence either way for the search.
      arm.steps.push({ ...stepOf(next.rate, next.why, report, 'fail', ['cancelled before the step ended: not judged']), cancelled: true });
      stopAll('cancelled');
      break;
    }
    const { outcome, reasons } = hardStop !== null ? { outcome: 'hard' as const, reasons: [`${hardStop}: stopped the step and offered no more`] } : outcomeOf(next.rate, report, settings.ceilingMs);
    const measured = stepOf(next.rate, next.why, report, outcome, reasons);
    arm.steps.push(measured);
    arm.search.push({ rate: next.rate, outcome, confirm: next.why === 'confirm' });
    ports.onStep?.(measured, arm.steps.length - 1, arms.length > 1 ? (arm === arms[0] ? 'canary' : 'production') : null);
  }
  return finish(plan, settings, arms, startedAt, ports.now());
}

/** pause: the cool-down between steps, cut short when the user stops the search. */
async function pause(ports: CapacityPorts, ms: number): Promise<void> {
  if (!ports.signal) return ports.sleep(ms);
  if (ports.signal.aborted) return;
  let onAbort: () => void = () => undefined;
  await Promise.race([ports.sleep(ms), new Promise<void>((resolve) => ports.signal!.addEventListener('abort', (onAbort = () => resolve()), { once: true }))]);
  ports.signal.removeEventListener('abort', onAbort);
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
  if (overall.latencyMs.p95 >= ceilingMs) return { outcome: 'hard', reasons: [`p95 ${Math.round(overall.latencyMs.p95)} ms reached the ceiling of ${ceilingMs} ms: not offering more`] };
  if (overall.requests < 0.5 * rate * report.measuredSeconds) return { outcome: 'hard', reasons: [`the service answered ${overall.requests} of about ${Math.round(rate * report.measuredSeconds)} requests: not offering more`] };
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

/** armResult: one target's answer: the confirmed capacity, the bracket, the step that broke it, the knee. */
function armResult(arm: Arm): CapacityArm {
  const bracket = bracketOf(arm.search);
  const brokeStep = bracket.lowestFail === null ? null : arm.steps.find((s) => s.rate === bracket.lowestFail && s.outcome !== 'pass' && !s.cancelled)!;
  return {
    target: redactUrl(arm.target),
    steps: arm.steps,
    capacityRps: bracket.confirmed ? bracket.highestPass : null,
    bracket: { highestPass: bracket.highestPass, lowestFail: bracket.lowestFail },
    broke: brokeStep ? { rate: brokeStep.rate, reasons: brokeStep.reasons } : null,
    kneeRps: kneeOf(arm.steps.filter((s) => s.outcome !== 'hard' && !s.cancelled).map((s) => ({ rate: s.rate, latencyMs: s.latencyMs.p95 }))),
    stopped: arm.stopped ?? 'cancelled',
    protocol: arm.protocol && capacityProtocol(arm.protocol),
  };
}

/** capacityProtocol: what the report records of a settled protocol: the version, how, what was asked, ALPN's choice, and whether it was settled again to share. */
function capacityProtocol(p: ProtocolUsed): NonNullable<CapacityArm['protocol']> {
  return { version: p.version, how: p.how, asked: p.asked, alpn: p.alpn, ...(p.sharedVersion ? { sharedVersion: true as const } : {}) };
}

/** finish: the report; `notReached`: why no load was sent at all (a pre-flight failed, or the arms could not share an HTTP version). */
function finish(plan: Plan, settings: CapacitySettings, arms: Arm[], startedAt: Date, endedAt: Date, notReached: string | null = null): CapacityReport {
  const canary = armResult(arms[0]);
  const production = arms[1] ? armResult(arms[1]) : null;
  const { capacityRps, steps } = canary;
  const why = canary.stopped;
  const reasons: string[] = notReached === null ? [] : [notReached];
  let verdict: VerdictName;
  let headroom: CapacityReport['headroom'] = null;
  let comparison: CapacityReport['comparison'] = null;
  if (production) {
    comparison = compareCapacities(canary, production, settings);
    verdict = comparison.verdict;
    reasons.push(comparison.sentence);
  } else if (settings.productionPeak !== null && settings.minHeadroom !== null) {
    const required = settings.productionPeak * settings.minHeadroom;
    headroom = { productionPeakRps: settings.productionPeak, required, ratio: capacityRps === null ? null : capacityRps / settings.productionPeak };
    // A failure the service owns at or below the required rate: a fail. Not shown to hold, or not tried: inconclusive.
    const ownFailure = steps.find((s) => !s.cancelled && s.rate <= required && (s.outcome === 'hard' || (s.outcome === 'fail' && s.verdict === 'fail')));
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
  const unreachable = why === 'unreachable' || production?.stopped === 'unreachable';
  if (unreachable) verdict = 'fail';
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode: 'capacity',
    ...canary,
    target: redactUrl(plan.target),
    startedAt: startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    settings: { fromRate: settings.fromRate, toRate: settings.toRate, maxDurationSeconds: settings.maxDurationMs / 1000, cooldownSeconds: settings.cooldownMs / 1000, resolutionPercent: settings.resolution * 100, ceilingMs: settings.ceilingMs },
    slosMs: Object.fromEntries(LATENCY_KEYS.flatMap((k) => (plan.thresholds[k] ? [[k, plan.thresholds[k]!.value]] : []))),
    headroom,
    production,
    comparison,
    verdict,
    reasons,
    exitCode: unreachable ? EXIT_CODES.unreachable : verdict === 'pass' ? 0 : verdict === 'fail' ? 1 : EXIT_CODES.inconclusive,
  };
}

/**
 * compareCapacities: the canary's capacity against production's, as a change with an interval:
 * each true capacity lies in its bracket (highest passing to lowest failing rate), so the change
 * lies between the worst and best pairing. Worse than the allowed drop for certain: fail; no worse
 * for certain: pass; else inconclusive. Both sustaining the upper bound shows no drop within it.
 */
export function compareCapacities(canary: CapacityArm, production: CapacityArm, settings: Pick<CapacitySettings, 'maxDropPercent' | 'toRate'>): NonNullable<CapacityReport['comparison']> {
  const allowed = settings.maxDropPercent;
  const top = (arm: CapacityArm) => arm.bracket.lowestFail ?? (arm.capacityRps !== null && arm.capacityRps >= settings.toRate ? Infinity : null);
  const [cLow, cHigh, pLow, pHigh] = [canary.capacityRps, top(canary), production.capacityRps, top(production)];
  const pct = (x: number) => Math.round(x * 1000) / 10;
  if (cLow !== null && pLow !== null && cHigh === Infinity && pHigh === Infinity) {
    return { changePercent: 0, interval: null, maxDropPercent: allowed, verdict: 'pass', sentence: `both sustained every rate up to the upper bound (${settings.toRate} req/s): no drop shown within it` };
  }
  const change = cLow !== null && pLow !== null ? cLow / pLow - 1 : null;
  const low = cLow !== null && pHigh !== null && pHigh !== Infinity ? cLow / pHigh - 1 : cLow === null && pLow !== null ? null : null;
  const high = cHigh !== null && pLow !== null ? (cHigh === Infinity ? Infinity : cHigh / pLow - 1) : null;
  const described = change === null ? 'could not be compared' : `sustains ${pct(Math.abs(change))}% ${change < 0 ? 'less' : 'more'} than production`;
  const interval = low !== null && high !== null && high !== Infinity ? [pct(low), pct(high)] as [number, number] : null;
  const range = interval ? ` (between ${interval[0]}% and ${interval[1] > 0 ? '+' : ''}${interval[1]}%)` : '';
  if (high !== null && high !== Infinity && high < -allowed / 100) return { changePercent: change === null ? null : pct(change), interval, maxDropPercent: allowed, verdict: 'fail', sentence: `the canary ${described}${range}: more than the ${allowed}% drop allowed` };
  if (low !== null && low >= -allowed / 100) return { changePercent: change === null ? null : pct(change), interval, maxDropPercent: allowed, verdict: 'pass', sentence: `the canary ${described}${range}: within the ${allowed}% drop allowed` };
  return { changePercent: change === null ? null : pct(change), interval, maxDropPercent: allowed, verdict: 'inconclusive', sentence: `the canary ${described}${range}: not shown to be within the ${allowed}% drop allowed, nor beyond it` };
}
