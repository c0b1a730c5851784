// From checks to a verdict: pass, fail or inconclusive, with the reasons. Three rules, in order:
//   1. fail when a threshold is broken and the breach can be trusted;
//   2. inconclusive when a breach cannot be trusted, or the run could not show a pass (too few
//      requests, the generator fell short or lagged, the run was interrupted, requests were left
//      unanswered at the end);
//   3. pass otherwise.
// A breach is not trusted when the generator could have caused it (its lag inflates latencies; its
// shortfall lowers throughput), or when so few requests completed that chance could explain it.

import type { Check } from './checks.js';
import type { GeneratorFindings } from './generator.js';
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
  /** evidenceFor gives, for a failed check, how many requests were beyond its threshold. */
  evidenceFor: (check: Check) => SampleEvidence | null;
  generator: GeneratorFindings;
  stoppedBy: 'completed' | 'interrupted' | 'aborted';
  abortReason: string | null;
  /** unanswered: requests still in flight when the drain after an on-time stop ran out. */
  unanswered?: number;
  drainSeconds?: number;
  /** coverage: e.g. "12s of 60s", used when the run was cut short. */
  coverage: string;
}

export function judge(input: JudgeInput): Judgement {
  const failed = input.checks.filter((c) => !c.passed);
  const tooFew = input.measuredRequests < input.minRequests;
  const trusted: Check[] = [];
  const untrusted: Check[] = [];
  for (const check of failed) (isTrusted(check, input, tooFew) ? trusted : untrusted).push(check);

  const cautions: string[] = [];
  if (input.stoppedBy === 'interrupted') cautions.push(`the run was interrupted after ${input.coverage}`);
  if (input.unanswered) {
    cautions.push(`${input.unanswered.toLocaleString('en-US')} request${input.unanswered === 1 ? ' was' : 's were'} still unanswered ${(input.drainSeconds ?? 0).toFixed(1)}s after the load stopped; their latency and outcome are unknown`);
  }
  if (tooFew) cautions.push(`too few requests completed to judge: ${input.measuredRequests.toLocaleString('en-US')} measured, at least ${input.minRequests.toLocaleString('en-US')} needed (min_requests)`);
  cautions.push(...input.generator.shortfall, ...input.generator.distortion);

  const violations = trusted.map(toViolation);
  if (trusted.length > 0) {
    const reasons = [...(input.abortReason ? [`aborted early: ${input.abortReason}`] : []), ...violations.map((v) => v.message)];
    return { verdict: 'fail', reasons, violations, untrusted: untrusted.map(toViolation) };
  }
  if (untrusted.length > 0 || cautions.length > 0) {
    const seen = untrusted.map((c) => `${c.message} (not held against the service: ${whyUntrusted(c, input, tooFew)})`);
    return { verdict: 'inconclusive', reasons: [...cautions, ...seen], violations: [], untrusted: untrusted.map(toViolation) };
  }
  const judged = input.checks.length;
  return {
    verdict: 'pass',
    reasons: [`all ${judged} SLO check${judged === 1 ? '' : 's'} met over ${input.measuredRequests.toLocaleString('en-US')} measured requests`],
    violations: [],
    untrusted: [],
  };
}

function isTrusted(check: Check, input: JudgeInput, tooFew: boolean): boolean {
  return whyUntrusted(check, input, tooFew) === null;
}

function whyUntrusted(check: Check, input: JudgeInput, tooFew: boolean): string | null {
  // The target's own CPU and memory were measured by the target's side: the generator cannot skew them.
  if (check.metric === 'cpu_percent' || check.metric === 'memory_percent') return null;
  const latency = check.unit === 'ms';
  if (latency && input.generator.distortion.length > 0) return 'the generator lagged';
  if (check.metric === 'throughput' && (input.generator.shortfall.length > 0 || input.generator.distortion.length > 0)) return 'the generator could not deliver the load';
  if (check.metric === 'throughput' && input.stoppedBy === 'interrupted') return 'the run was interrupted';
  if (tooFew) {
    if (check.metric === 'throughput') return 'too few requests';
    const evidence = input.evidenceFor(check);
    const allowed = check.metric === 'error_rate' ? check.threshold / 100 : 1 - percentileOf(check.metric) / 100;
    if (!evidence || !clearlyAbove(evidence.k, evidence.n, allowed)) return 'too few requests to rule out chance';
  }
  return null;
}

function percentileOf(metric: Check['metric']): number {
  return metric === 'p999' ? 99.9 : Number(metric.slice(1));
}

function toViolation(check: Check): Violation {
  return { metric: check.metric, endpoint: check.endpoint, actual: check.actual, threshold: check.threshold, message: check.message };
}
