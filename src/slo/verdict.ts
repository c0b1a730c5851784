// From checks to a verdict: pass, fail or inconclusive, with the reasons. The rules, in order:
//   1. fail when every measured request failed (the whole run, or an endpoint with enough of them),
//      whatever the thresholds say: a dead service never passes;
//   2. fail when a threshold is broken and the breach can be trusted;
//   3. inconclusive when a breach cannot be trusted, a threshold had no data to judge, or the run
//      could not show a pass (too few requests, the generator fell short, the run was interrupted,
//      requests were left unanswered at the end);
//   4. pass otherwise.
// A breach is not trusted when the generator could have caused it, judged by its effect: a latency
// breach only when the delay the generator itself added (findings.addedDelayMs, time-weighted: see
// engine/delay-bound.ts) could bring the figure back within its threshold; a throughput breach when the generator fell short or its CPU
// was saturated. Or when so few requests completed that chance could explain it. Added delay only
// ever raises latencies, so it can never turn a measured pass into a false one.

import { formatMs } from '../config/units.js';
import { type Check, formatValue } from './checks.js';
import type { FailedScope } from './failures.js';
import { couldExplain, quantileOfMetric } from './distortion.js';
import { type GeneratorFindings, delayFor } from './generator.js';
import type { Comparison } from './compare/judge.js';
import { clearlyAbove } from './significance.js';

export type VerdictName = 'pass' | 'fail' | 'inconclusive';

export interface Violation {
  metric: Check['metric'];
  endpoint: string | null;
  actual: number;
  threshold: number;
  message: string;
}

export interface Judgement {
  verdict: VerdictName;
  reasons: string[];
  violations: Violation[];
  /** untrusted are breaches that were seen but cannot be held against the service. */
  untrusted: Violation[];
  /** distortion: the latency breaches the generator's own delay could explain, in words. */
  distortion?: string[];
  /** delayNote: how much the generator added and whether that could decide the nearest latency check. */
  delayNote?: string | null;
  /** notes: what the verdict stands on that a person should know (checks too close to call under decision: point). */
  notes?: string[];
}

/** Evidence for judging a small sample: n requests, k of them beyond the threshold. */
export interface SampleEvidence {
  n: number;
  k: number;
}

export interface JudgeInput {
  checks: readonly Check[];
  measuredRequests: number;
  minRequests: number;
  /** allFailed: the scopes none of whose measured requests succeeded (slo/failures.ts). */
  allFailed?: readonly FailedScope[];
  /** evidenceFor gives, for a failed check, how many requests were beyond its threshold. */
  evidenceFor: (check: Check) => SampleEvidence | null;
  /** countAboveMs: how many of the check's scope's measured requests took longer than `ms` (from its latency histogram). */
  countAboveMs?: (check: Check, ms: number) => number;
  generator: GeneratorFindings;
  stoppedBy: 'completed' | 'interrupted' | 'aborted';
  abortReason: string | null;
  /** unanswered: requests still in flight when the drain after an on-time stop ran out. */
  unanswered?: number;
  drainSeconds?: number;
  /** coverage: e.g. "12s of 60s", used when the run was cut short. */
  coverage: string;
  /**
   * decision: how a check too close to call (its interval holds its limit: slo/check-intervals.ts)
   * decides: `point` by its measured value, said in a note; `confident` not at all: inconclusive.
   */
  decision?: 'point' | 'confident';
  /** provisional: a shard's own verdict; its close calls are the merge's to tell (over the whole run). */
  provisional?: boolean;
}

/** MIN_FAILED_TO_CONDEMN_ENDPOINT: an endpoint with fewer requests than this, all failed, is too small to fail the run on its own. */
export const MIN_FAILED_TO_CONDEMN_ENDPOINT = 5;

export function judge(input: JudgeInput): Judgement {
  const failed = input.checks.filter((c) => !c.passed);
  const tooFew = input.measuredRequests < input.minRequests;
  const trusted: Check[] = [];
  const untrusted: Check[] = [];
  for (const check of failed) (whyUntrusted(check, input, tooFew) === null ? trusted : untrusted).push(check);
  const confident = input.decision === 'confident';
  const close = input.checks.filter((c) => c.closeCall && !c.noData);
  const notes = confident || input.provisional ? [] : close.map((c) => `${closeWords(c)}: decided on the measured value (decision: point; decision: confident would hold it)`);
  const dead = (input.allFailed ?? []).filter((s) => s.endpoint === null || s.requests >= MIN_FAILED_TO_CONDEMN_ENDPOINT);
  const barelyTried = (input.allFailed ?? []).filter((s) => !dead.includes(s));
  const distortion = untrusted.filter((c) => byDelay(c, input)).map((c) => `${c.message}, but ${delayWords(input.generator)}`);

  const cautions: string[] = [];
  if (input.stoppedBy === 'interrupted') cautions.push(`the run was interrupted after ${input.coverage}`);
  // Abort-on-fail stopped the run on a projection the final numbers no longer show: a shortened run is not a pass.
  if (input.stoppedBy === 'aborted') cautions.push(`the run was aborted early after ${input.coverage}${input.abortReason ? `: ${input.abortReason}` : ''}`);
  if (input.unanswered) {
    cautions.push(`${input.unanswered.toLocaleString('en-US')} request${input.unanswered === 1 ? ' was' : 's were'} still unanswered ${(input.drainSeconds ?? 0).toFixed(1)}s after the load stopped; their latency and outcome are unknown`);
  }
  if (tooFew) cautions.push(`too few requests completed to judge: ${input.measuredRequests.toLocaleString('en-US')} measured, at least ${input.minRequests.toLocaleString('en-US')} needed (min_requests)`);
  cautions.push(...input.generator.shortfall);
  if (confident) cautions.push(...close.filter((c) => c.passed).map((c) => `${closeWords(c)}: not yet clear of its limit (decision: confident)`));
  cautions.push(...barelyTried.map((s) => `all ${s.requests} measured requests to ${s.endpoint} failed (${s.what}), too few to judge the endpoint by`));

  // A dead scope's own error-rate breach says the same thing less well: the dead violation takes its place (and its limit).
  const sameErrorCheck = (s: FailedScope) => trusted.find((c) => c.metric === 'error_rate' && c.endpoint === s.endpoint);
  const violations = [...dead.map((s) => deadViolation(s, sameErrorCheck(s))), ...trusted.filter((c) => !dead.some((s) => sameErrorCheck(s) === c)).map(toViolation)];
  const delay = delayNote(input.checks, input);
  if (violations.length > 0) {
    const reasons = [...(input.abortReason ? [`aborted early: ${input.abortReason}`] : []), ...violations.map((v) => v.message)];
    return { verdict: 'fail', reasons, violations, untrusted: untrusted.map(toViolation), distortion, delayNote: delay, notes };
  }
  if (untrusted.length > 0 || cautions.length > 0) {
    const seen = untrusted.map((c) => `${c.message} (not held against the service: ${whyUntrusted(c, input, tooFew)})`);
    return { verdict: 'inconclusive', reasons: [...cautions, ...seen], violations: [], untrusted: untrusted.map(toViolation), distortion, delayNote: delay, notes };
  }
  const judged = input.checks.length;
  return {
    verdict: 'pass',
    reasons: [`all ${judged} SLO check${judged === 1 ? '' : 's'} met over ${input.measuredRequests.toLocaleString('en-US')} measured requests`],
    violations: [],
    untrusted: [],
    distortion,
    delayNote: delay,
    notes,
  };
}

/** closeWords: "P95 latency 251.1ms vs 250ms is too close to call (95% interval 238ms to 262ms)". */
function closeWords(check: Check): string {
  const label = check.message.replace(/ (exceeds threshold|within threshold|below threshold|meets minimum) .*/, '');
  const i = check.interval!;
  return `${label} vs ${formatValue(check.metric, check.threshold)} is too close to call (${Math.round(i.confidence * 100)}% interval ${formatValue(check.metric, i.low)} to ${formatValue(check.metric, i.high)})`;
}

function whyUntrusted(check: Check, input: JudgeInput, tooFew: boolean): string | null {
  if (check.noData) return 'nothing was measured to judge it by';
  // The target's own CPU and memory were measured by the target's side: the generator cannot skew them.
  if (check.metric === 'cpu_percent' || check.metric === 'memory_percent') return null;
  if (byDelay(check, input)) return delayWords(input.generator);
  if (input.decision === 'confident' && check.closeCall && check.interval) return `too close to call: its ${Math.round(check.interval.confidence * 100)}% interval ${formatValue(check.metric, check.interval.low)} to ${formatValue(check.metric, check.interval.high)} holds the limit (decision: confident)`;
  if (check.metric === 'throughput' && (input.generator.shortfall.length > 0 || input.generator.saturated)) return `the generator could not deliver the load${input.generator.saturated ? ` (${input.generator.saturated})` : ''}`;
  if (check.metric === 'throughput' && input.stoppedBy === 'interrupted') return 'the run was interrupted';
  if (tooFew) {
    if (check.metric === 'throughput') return 'too few requests';
    const evidence = input.evidenceFor(check);
    const allowed = check.metric === 'error_rate' ? check.threshold / 100 : check.metric === 'checks' ? 1 - check.threshold / 100 : 1 - percentileOf(check.metric) / 100;
    if (!evidence || !clearlyAbove(evidence.k, evidence.n, allowed)) return 'too few requests to rule out chance';
  }
  return null;
}

/**
 * byDelay: a latency breach the generator's own delay could explain (slo/distortion.ts), tested
 * against the latency histogram; a report without the delay grid falls back to its bound.
 */
function byDelay(check: Check, input: JudgeInput): boolean {
  if (check.unit !== 'ms' || check.passed || check.noData) return false;
  const { delayShares, addedDelayMs } = input.generator;
  const n = input.evidenceFor(check)?.n;
  if (delayShares.length > 0 && input.countAboveMs && n !== undefined) return couldExplain(delayShares, quantileOfMetric(check.metric), n, check.threshold, (ms) => input.countAboveMs!(check, ms));
  const bound = delayFor(addedDelayMs, check.metric);
  return bound > 0 && check.actual - bound <= check.threshold;
}

/** delayWords: what the generator did, as the reason a breach is not held against the service. */
function delayWords(generator: GeneratorFindings): string {
  const delayed = generator.delayShares.find(([b]) => b === 0)?.[1];
  const share = delayed === undefined ? 'its responses' : `${formatShare(delayed)} of responses`;
  return `the generator's own delay could explain it: it delayed ${share}, by up to ${formatMs(generator.addedDelayMs.p999)} for 1 in 1,000`;
}

function formatShare(share: number): string {
  const percent = share * 100;
  return `${percent >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10}%`;
}

/**
 * delayNote says how much the generator added and whether that could decide the nearest latency
 * check: "the generator added at most 1.8ms to 95% of responses; P95 latency 21ms vs 250ms: decided".
 */
function delayNote(checks: readonly Check[], input: JudgeInput): string | null {
  const latency = checks.filter((c) => c.unit === 'ms' && !c.noData);
  if (latency.length === 0) return null;
  const nearest = latency.reduce((a, b) => (Math.abs(b.actual - b.threshold) < Math.abs(a.actual - a.threshold) ? b : a));
  const label = nearest.message.replace(/ (exceeds|within) threshold .*/, '');
  const percent = nearest.metric === 'p999' ? '99.9' : nearest.metric.slice(1);
  return `the generator added at most ${formatMs(delayFor(input.generator.addedDelayMs, nearest.metric))} to ${percent}% of responses; ${label} vs ${formatMs(nearest.threshold)}: ${byDelay(nearest, input) ? 'not decided' : 'decided'}`;
}

function percentileOf(metric: Check['metric']): number {
  return quantileOfMetric(metric) * 100;
}

function toViolation(check: Check): Violation {
  return { metric: check.metric, endpoint: check.endpoint, actual: check.actual, threshold: check.threshold, message: check.message };
}

function deadViolation(scope: FailedScope, errorCheck: Check | undefined): Violation {
  const where = scope.endpoint === null ? '' : ` to ${scope.endpoint}`;
  return { metric: 'error_rate', endpoint: scope.endpoint, actual: 100, threshold: errorCheck?.threshold ?? 0, message: `every one of the ${scope.requests.toLocaleString('en-US')} measured requests${where} failed (${scope.what})` };
}

/** withComparison: a canary fails if its own SLOs or the comparison with production fail; it passes only if both pass. */
export function withComparison(slo: Judgement, comparison: Pick<Comparison, 'verdict' | 'reasons'>): Judgement {
  const compared = comparison.reasons.map((r) => `vs production: ${r}`);
  if (slo.verdict === 'fail' || comparison.verdict === 'fail') {
    return { ...slo, verdict: 'fail', reasons: [...(slo.verdict === 'fail' ? slo.reasons : []), ...(comparison.verdict === 'fail' ? compared : [])] };
  }
  if (slo.verdict === 'inconclusive' || comparison.verdict === 'inconclusive') {
    return { ...slo, verdict: 'inconclusive', reasons: [...(slo.verdict === 'inconclusive' ? slo.reasons : []), ...(comparison.verdict === 'inconclusive' ? compared : [])] };
  }
  return { ...slo, reasons: [...slo.reasons, ...compared] };
}
