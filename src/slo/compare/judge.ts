// Judging a subject against a reference: a canary against production measured under the same load
// at the same time, or this run against a baseline recorded earlier.
//
// For each metric with rules, and for the whole run and each endpoint:
//   - the difference subject − reference with a confidence interval: the Hodges-Lehmann shift and
//     its interval from the Mann-Whitney test for the median, a bootstrap for tail percentiles,
//     Newcombe's interval (and Fisher's exact test) for the error rate;
//   - fail only when the difference is significant AND larger than the rules allow;
//   - inconclusive when it is not a failure but the interval still reaches beyond what is allowed:
//     the run was too small to rule the regression out, which is never reported as a pass;
//   - caps ("<800ms") are checked on the subject's own value;
//   - every interval is widened to what the whole run's batches of time show, where that is more
//     (requests close in time are not independent: slo/compare/blocks.ts);
//   - against a baseline history, the whole run is judged by a prediction interval that holds the
//     runs' own spread (slo/compare/prediction.ts);
//   - a latency failure the generator's own delay could explain is held (inconclusive, never fail):
//     against a baseline, when the delay alone could push this run past it; for a canary, whose
//     arms took the delay alike, when that delay taken from both arms at its worst would bring the
//     difference within its rule (slo/distortion.ts lowestQuantile).
// The stated confidence holds for the whole comparison: it is divided (Bonferroni) among the tests
// of the whole run, and separately among the endpoints' tests. An endpoint too small to judge is
// reported as such but does not hold the gate; the whole-run comparison does.

import type { Random } from '../../engine/random.js';
import { type DelayShares, couldExplain, lowestQuantile, quantileOfMetric } from '../distortion.js';
import type { AddedDelay } from '../generator.js';
import { confidencePercent, formatMs, round } from '../../config/units.js';
import type { EndpointMetrics, LatencyBins } from '../../metrics/snapshot.js';
import { binsOfEncoded, countAboveMs, decodeHistogram } from '../../metrics/histogram.js';
import { bootstrapDifference } from './bootstrap.js';
import { type Block, batchHalfWidth, sideVariance } from './blocks.js';
import { type HistoryPoint, predictionInterval } from './prediction.js';
import { type ComparedMetric, type Criteria, type Criterion, COMPARED_METRICS, allowedIncrease } from '../../config/criteria.js';
import { fisherGreater, newcombe } from './proportions.js';
import { type QuantileSource, histogramSource, quantileDifference, tableSource } from './quantile-interval.js';
import { type Bins, rankTest, toBins } from './rank.js';

/**
 * Sample: one compared side's metrics (the engine's Arm is a target, not this). A run's endpoint
 * metrics carry a latency histogram; a baseline read from a Locust CSV has only a table of
 * percentiles (quantile, ms) and is compared by order statistics.
 */
export type Sample = Pick<EndpointMetrics, 'requests' | 'errors' | 'errorRatePercent' | 'latencyMs'> & {
  histograms?: { latency: string };
  /** bins: the same latencies already decoded (a look's, while the load goes on: app/look.ts). */
  bins?: LatencyBins;
  quantiles?: ReadonlyArray<readonly [number, number]>;
  /** slack: how far the table's values may be from the truth (its rounding), in ms. */
  slack?: (ms: number) => number;
  /** blocks: the whole run's measured seconds, for intervals that respect time (slo/compare/blocks.ts). */
  blocks?: readonly Block[];
  /**
   * history: a baseline's runs, each metric's value and within-run variance per run: the whole run
   * is then judged against where another run would land (slo/compare/prediction.ts).
   */
  history?: Partial<Record<ComparedMetric, readonly HistoryPoint[]>>;
};

export interface Scope {
  /** name is null for the whole run, else the endpoint. */
  name: string | null;
  /** subject: the side being judged (the canary, or this run against a baseline). */
  subject: Sample;
  /** reference: what it is judged against (production, or the baseline). */
  reference: Sample;
  /** criteria for this scope, where they differ from the comparison's (an endpoint's own rules). */
  criteria?: Criteria;
}

export interface ComparisonInput {
  scopes: readonly Scope[];
  criteria: Criteria;
  /** confidence for the whole comparison, e.g. 0.98 */
  confidence: number;
  random: Random;
  replicates?: number;
  /** minSamples per arm below which a metric is not compared at all */
  minSamples?: number;
  /** names of the two sides in messages; default canary and production. */
  names?: { subject: string; reference: string };
  /**
   * subjectDelay: the delay the generator itself may have added to the subject's latencies and not
   * the reference's (a run against a baseline recorded elsewhere): s(b) as in slo/distortion.ts,
   * with the readable bounds for messages. A latency failure this could explain is inconclusive,
   * not a regression. Absent for a canary: both sides share one generator.
   */
  subjectDelay?: { shares: DelayShares; bounds: AddedDelay };
  /**
   * sharedDelay: the delay the generator added to both sides alike (a canary and production share
   * it, request by request): a latency failure is held when, that delay taken from both sides at its
   * worst, the difference would be within its rule. Judged by its effect on the difference, so a
   * canary clearly slower than production is failed however busy the generator was.
   */
  sharedDelay?: { shares: DelayShares; bounds: AddedDelay };
  /** pairedInTime: the sides ran at the same moments (a canary and production), so their seconds pair up; false against a baseline. */
  pairedInTime?: boolean;
  /**
   * required: the metrics that must be decided (default: all with rules). Any other is advisory:
   * judged when the run resolves it, otherwise "not judged", which does not hold the verdict.
   */
  required?: readonly ComparedMetric[];
}

export type ComparisonVerdict = 'pass' | 'fail' | 'inconclusive';

export interface ComparisonResult {
  scope: string | null;
  metric: ComparedMetric;
  reference: number;
  subject: number;
  /** difference subject − reference (ms, or percentage points for the error rate) */
  difference: number;
  low: number;
  high: number;
  /** confidence of [low, high] after the multiple-test correction */
  intervalConfidence: number;
  nReference: number;
  nSubject: number;
  /** pValue of "the subject is worse", where the test gives one */
  pValue: number | null;
  rule: string;
  allowed: number | null;
  verdict: ComparisonVerdict;
  reason: string;
  /** generatorHeld: a failure the generator's own delay (subjectDelayMs) could explain, so inconclusive. */
  generatorHeld?: boolean;
  /** timeBlocks: the interval was widened to what the run's batches of time showed, over this many batches. */
  timeBlocks?: number;
  /** advisory: the metric need not be decided; an inconclusive one (not generator-held) is "not judged" and holds nothing. */
  advisory?: boolean;
  /** baselineRuns: judged against a baseline history of this many runs (a prediction interval); betweenFromBatches: one run, its run-to-run noise estimated from its batches. */
  baselineRuns?: number;
  betweenFromBatches?: boolean;
}

export interface Comparison {
  verdict: ComparisonVerdict;
  reasons: string[];
  confidence: number;
  results: ComparisonResult[];
}

export const DEFAULT_REPLICATES = 200;
export const DEFAULT_MIN_SAMPLES = 50;
/** TAIL_VALUES_NEEDED: values beyond a percentile, per arm, before it is compared (p99 needs 1,000 requests). */
const TAIL_VALUES_NEEDED = 10;

export function compareSamples(input: ComparisonInput): Comparison {
  const alpha = 1 - input.confidence;
  const names = input.names ?? { subject: 'canary', reference: 'production' };
  const rulesOf = (scope: Scope) => scope.criteria ?? input.criteria;
  const deltaTests = (scope: Scope) => COMPARED_METRICS.filter((m) => rulesOf(scope)[m]?.some((r) => r.kind !== 'cap')).length;
  const overallTests = Math.max(1, sum(input.scopes.filter((s) => s.name === null).map(deltaTests)));
  const endpointTests = Math.max(1, sum(input.scopes.filter((s) => s.name !== null).map(deltaTests)));
  const results: ComparisonResult[] = [];
  // How much wider than per-request the whole run's batches of time make each metric's interval;
  // endpoints have no seconds of their own and take the whole run's factor (its scope comes first).
  const widening = new Map<ComparedMetric, { factor: number; batches: number; halfWidth: number }>();
  for (const scope of input.scopes) {
    const criteria = rulesOf(scope);
    const metrics = COMPARED_METRICS.filter((m) => criteria[m]?.length);
    const familyAlpha = alpha / (scope.name === null ? overallTests : endpointTests);
    const measure = latenciesOf(scope.subject) && latenciesOf(scope.reference) ? fromHistograms(scope, metrics, 1 - familyAlpha, input) : fromQuantiles(scope, 1 - familyAlpha);
    for (const metric of metrics) {
      // Against a baseline history: where another run would land, run-to-run noise included. Runs
      // too short for batches of time say nothing of their noise: the per-request interval then.
      const history = scope.name === null ? scope.reference.history?.[metric] : undefined;
      const prediction = history?.length ? predicted(history, scope.subject, metric, 1 - familyAlpha) : null;
      if (prediction) {
        results.push(decide(scope, metric, criteria[metric]!, prediction, 1 - familyAlpha, familyAlpha, input.minSamples ?? DEFAULT_MIN_SAMPLES, names, metric === 'error_rate' ? undefined : input.subjectDelay, input.required?.includes(metric) ?? true));
        continue;
      }
      let measured = measure(metric);
      if (measured && scope.name === null) {
        const spread = batchHalfWidth(scope.subject.blocks ?? [], scope.reference.blocks ?? [], metric, input.pairedInTime ?? true, 1 - familyAlpha, { subject: scope.subject.requests, reference: scope.reference.requests });
        const perRequest = (measured.high - measured.low) / 2;
        if (spread && Number.isFinite(perRequest)) widening.set(metric, { factor: perRequest > 0 ? spread.halfWidth / perRequest : 1, batches: spread.batches, halfWidth: spread.halfWidth });
        // A per-request interval of no width (every value in one bin) has nothing to stretch: the batches' own half-width is the interval.
        if (spread && perRequest === 0 && spread.halfWidth > 0) measured = { ...measured, low: measured.difference - spread.halfWidth, high: measured.difference + spread.halfWidth, pValue: null, timeBlocks: spread.batches };
      }
      const wider = widening.get(metric);
      if (measured && wider && wider.factor > 1) measured = widen(measured, wider.factor, wider.batches);
      const required = input.required?.includes(metric) ?? true;
      results.push(decide(scope, metric, criteria[metric]!, measured, 1 - familyAlpha, familyAlpha, input.minSamples ?? DEFAULT_MIN_SAMPLES, names, metric === 'error_rate' ? undefined : input.subjectDelay, required, metric === 'error_rate' ? undefined : input.sharedDelay));
    }
  }
  return summarize(results, input.confidence, names);
}

/** fromHistograms: Hodges-Lehmann for the median, a bootstrap for the tails, Newcombe for errors; all from both arms' histograms. */
function fromHistograms(scope: Scope, metrics: readonly ComparedMetric[], confidence: number, input: ComparisonInput): (metric: ComparedMetric) => Measured | null {
  const subjectBins = toBins(latenciesOf(scope.subject)!);
  const referenceBins = toBins(latenciesOf(scope.reference)!);
  const tails: ComparedMetric[] = metrics.filter((m) => m !== 'p50' && m !== 'error_rate');
  const tailIntervals = tails.length && subjectBins.total && referenceBins.total ? bootstrapDifference(subjectBins, referenceBins, tails.map(quantileOfMetric), confidence, input.replicates ?? DEFAULT_REPLICATES, input.random) : [];
  return (metric) => {
    if (metric === 'p50') return medianInterval(subjectBins, referenceBins, confidence);
    if (metric === 'error_rate') return errorInterval(scope, confidence);
    const tail = tailIntervals[tails.indexOf(metric)];
    return tail ? { difference: tail.estimate, low: tail.low, high: tail.high, pValue: null } : null;
  };
}

/** latenciesOf: a side's latencies as bins, from its decoded bins or its encoded histogram; null with neither (a Locust table). */
function latenciesOf(sample: Sample): LatencyBins | null {
  return sample.bins ?? (sample.histograms ? binsOfEncoded(sample.histograms.latency) : null);
}

/** fromQuantiles: order-statistic intervals when an arm has only a table of percentiles (see quantile-interval.ts). */
function fromQuantiles(scope: Scope, confidence: number): (metric: ComparedMetric) => Measured | null {
  const source = (arm: Sample): QuantileSource | null =>
    arm.histograms ? histogramSource(arm.histograms.latency, arm.requests) : arm.quantiles ? tableSource(arm.quantiles, arm.requests, arm.slack ?? (() => 0)) : null;
  const subject = source(scope.subject);
  const reference = source(scope.reference);
  return (metric) => {
    if (metric === 'error_rate') return errorInterval(scope, confidence);
    if (!subject || !reference) return null;
    const d = quantileDifference(subject, reference, quantileOfMetric(metric), confidence);
    return { difference: d.estimate, low: d.low, high: d.high, pValue: null };
  };
}

/**
 * widen stretches an interval about its estimate by `factor`: the spread the run's batches of time
 * showed. The per-request test's p-value no longer describes it; the interval decides instead.
 */
function widen(measured: Measured, factor: number, batches: number): Measured {
  const { difference: d } = measured;
  return { difference: d, low: d - factor * (d - measured.low), high: d + factor * (measured.high - d), pValue: null, timeBlocks: batches };
}

/** predicted: this run's metric against a baseline history's prediction interval (slo/compare/prediction.ts). */
function predicted(history: readonly HistoryPoint[], subject: Sample, metric: ComparedMetric, confidence: number): Measured | null {
  const own = sideVariance(subject.blocks ?? [], metric);
  const prediction = predictionInterval(history, { value: valueOf(subject, metric), within: own?.variance ?? null, batches: own?.batches ?? null }, confidence);
  return prediction && { difference: prediction.difference, low: prediction.low, high: prediction.high, pValue: null, reference: prediction.reference, baselineRuns: prediction.runs, betweenFromBatches: prediction.betweenFromBatches };
}

interface Measured {
  difference: number;
  low: number;
  high: number;
  /** reference: what the subject is compared with, where it is not the reference's own value (a history's mean). */
  reference?: number;
  /** baselineRuns: the interval is a prediction over this many baseline runs; betweenFromBatches: one run, its run-to-run noise estimated from its batches. */
  baselineRuns?: number;
  betweenFromBatches?: boolean;
  /** timeBlocks: set when the interval is the time-respecting one (see widen). */
  timeBlocks?: number;
  pValue: number | null;
}

function medianInterval(subject: Bins, reference: Bins, confidence: number): Measured | null {
  const test = rankTest(subject, reference, confidence);
  return test && { difference: test.shift, low: test.low, high: test.high, pValue: test.pGreater };
}

function errorInterval(scope: Scope, confidence: number): Measured {
  const { subject: c, reference: p } = scope;
  const [low, high] = newcombe(c.errors, c.requests, p.errors, p.requests, confidence);
  return { difference: c.errorRatePercent - p.errorRatePercent, low: low * 100, high: high * 100, pValue: fisherGreater(c.errors, c.requests, p.errors, p.requests) };
}

function decide(scope: Scope, metric: ComparedMetric, rules: readonly Criterion[], measured: Measured | null, intervalConfidence: number, alpha: number, minSamples: number, names: { subject: string; reference: string }, subjectOnly: ComparisonInput['subjectDelay'], required: boolean, shared?: ComparisonInput['sharedDelay']): ComparisonResult {
  // A cap is on the subject's own value: any delay the generator added to it may explain a breach.
  const delay = subjectOnly ?? shared;
  const reference = measured?.reference ?? valueOf(scope.reference, metric);
  const subject = valueOf(scope.subject, metric);
  const allowed = allowedIncrease(rules, reference);
  const base = {
    scope: scope.name,
    metric,
    reference,
    subject,
    difference: measured?.difference ?? subject - reference,
    low: measured?.low ?? -Infinity,
    high: measured?.high ?? Infinity,
    intervalConfidence,
    nReference: scope.reference.requests,
    nSubject: scope.subject.requests,
    pValue: measured?.pValue ?? null,
    rule: rules.map((r) => r.text).join(' and '),
    allowed,
    ...(measured?.timeBlocks ? { timeBlocks: measured.timeBlocks } : {}),
    ...(measured?.baselineRuns ? { baselineRuns: measured.baselineRuns, ...(measured.betweenFromBatches ? { betweenFromBatches: true } : {}) } : {}),
    ...(required ? {} : { advisory: true }),
  };
  const label = `${scope.name === null ? '' : `${scope.name}: `}${metricLabel(metric)}`;
  const fmt = (v: number) => format(metric, v);
  const signed = (v: number) => (v >= 0 ? '+' : '−') + fmt(Math.abs(v));
  const values = `${names.subject} ${fmt(subject)} vs ${names.reference} ${fmt(reference)}`;
  const samples = `n ${scope.subject.requests.toLocaleString('en-US')} / ${scope.reference.requests.toLocaleString('en-US')}`;
  // limit: the value the subject's quantile may reach; could the generator's delay alone have pushed it past?
  const explainedByDelay = (limit: number) => {
    if (!delay || !scope.subject.histograms) return false;
    const histogram = decodeHistogram(scope.subject.histograms.latency);
    return couldExplain(delay.shares, quantileOfMetric(metric), scope.subject.requests, limit, (ms) => countAboveMs(histogram, ms));
  };
  const byDelay = `, but this run's generator delayed its responses by up to ${formatMs(round(delay?.bounds.p999 ?? 0, 1))} (1 in 1,000), which could explain it`;
  // Shared by both sides: only what the delay could do to the difference holds it (lowestQuantile of each side alike).
  const differenceExplainedByDelay = (): boolean => {
    if (!shared || !scope.subject.histograms || !scope.reference.histograms) return false;
    const q = quantileOfMetric(metric);
    const lowest = (side: Sample) => {
      const histogram = decodeHistogram(side.histograms!.latency);
      return lowestQuantile(shared.shares, q, side.requests, valueOf(side, metric), (ms) => countAboveMs(histogram, ms));
    };
    const subjectLow = lowest(scope.subject);
    const referenceLow = lowest(scope.reference);
    return subjectLow - referenceLow <= (allowedIncrease(rules, referenceLow) ?? Infinity);
  };
  const bothByDelay = `, but this run's generator delayed both sides' responses by up to ${formatMs(round(shared?.bounds.p999 ?? 0, 1))} (1 in 1,000): with that delay taken from both alike, the difference could be within the rule`;

  for (const rule of rules) {
    if (rule.kind !== 'cap') continue;
    if (!(rule.strict ? subject >= rule.value : subject > rule.value)) continue;
    const reason = `${label}: ${names.subject} ${fmt(subject)} breaks the cap ${rule.text}`;
    return explainedByDelay(rule.value) ? { ...base, verdict: 'inconclusive', reason: `${reason}${byDelay}`, generatorHeld: true } : { ...base, verdict: 'fail', reason };
  }
  if (allowed === null) return { ...base, verdict: 'pass', reason: `${label}: ${names.subject} ${fmt(subject)} within ${base.rule}` };
  // A percentile needs about ten values beyond it in each arm before anything can be said of it.
  const needed = metric === 'error_rate' || metric === 'p50' ? minSamples : Math.max(minSamples, Math.ceil(TAIL_VALUES_NEEDED / (1 - quantileOfMetric(metric))));
  if (!measured || Number.isNaN(measured.low) || Number.isNaN(measured.high) || scope.subject.requests < needed || scope.reference.requests < needed) {
    const few = `too few requests to compare (${samples}, at least ${needed.toLocaleString('en-US')} each needed)`;
    return { ...base, verdict: 'inconclusive', reason: required ? `${label}: ${few}` : `${label}: not judged: ${few}; advisory` };
  }
  const interval = measured.baselineRuns
    ? `${confidencePercent(intervalConfidence)}% prediction interval ${signed(measured.low)} … ${signed(measured.high)}, from ${measured.baselineRuns === 1 ? '1 baseline run' : `${measured.baselineRuns} baseline runs`}${measured.betweenFromBatches ? ', run-to-run noise estimated from batches of time (conservative until the history holds 5 runs)' : ''}; ${samples}`
    : `${confidencePercent(intervalConfidence)}% CI ${signed(measured.low)} … ${signed(measured.high)}; ${samples}${measured.timeBlocks ? `; over ${measured.timeBlocks} blocks of time` : ''}`;
  const limit = `${base.rule} (${signed(allowed)})`;
  const significant = measured.pValue !== null ? measured.pValue < alpha : measured.low > 0;
  if (significant && measured.difference > allowed) {
    const reason = `${label}: ${values}, ${signed(measured.difference)} (${interval}) is more than the allowed ${limit}`;
    if (subjectOnly) return explainedByDelay(reference + allowed) ? { ...base, verdict: 'inconclusive', reason: `${reason}${byDelay}`, generatorHeld: true } : { ...base, verdict: 'fail', reason };
    return differenceExplainedByDelay() ? { ...base, verdict: 'inconclusive', reason: `${reason}${bothByDelay}`, generatorHeld: true } : { ...base, verdict: 'fail', reason };
  }
  if (measured.high > allowed) {
    const more = measured.baselineRuns ? null : requestsToResolve(measured, allowed, Math.min(scope.subject.requests, scope.reference.requests));
    // Against a history, the spread between runs does not shrink with more requests: more runs narrow it.
    const need = measured.baselineRuns ? 'the baseline\'s run-to-run noise is too wide to rule it out; a longer baseline history (each saved baseline adds a run) narrows it' : more === null ? 'run longer or with more load' : `resolving it needs ≈ ${more.toLocaleString('en-US')} requests per side`;
    if (!required) return { ...base, verdict: 'inconclusive', reason: `${label}: not judged: ${values}, ${signed(measured.difference)} (${interval}): the run cannot resolve the allowed ${limit}; ${need}; advisory` };
    return { ...base, verdict: 'inconclusive', reason: `${label}: ${values}, ${signed(measured.difference)} (${interval}): the run is too small to rule out more than the allowed ${limit}; ${need}` };
  }
  return { ...base, verdict: 'pass', reason: `${label}: ${values}, ${signed(measured.difference)} (${interval}), within ${limit}` };
}

/** notJudged: an advisory metric the run could not resolve; one the generator held is still undecided, and holds. */
export function notJudged(result: ComparisonResult): boolean {
  return result.verdict === 'inconclusive' && result.advisory === true && !result.generatorHeld;
}

function summarize(results: ComparisonResult[], confidence: number, names: { subject: string; reference: string }): Comparison {
  const failed = results.filter((r) => r.verdict === 'fail');
  const open = results.filter((r) => r.verdict === 'inconclusive' && r.scope === null && !notJudged(r));
  if (failed.length > 0) return { verdict: 'fail', reasons: failed.map((r) => r.reason), confidence, results };
  if (open.length > 0) return { verdict: 'inconclusive', reasons: open.map((r) => r.reason), confidence, results };
  const skipped = results.filter((r) => r.scope === null && notJudged(r));
  const judged = results.filter((r) => r.scope === null).length - skipped.length;
  // Every metric advisory and none resolved: nothing was judged, and nothing judged is never a pass.
  if (judged === 0 && skipped.length > 0) return { verdict: 'inconclusive', reasons: skipped.map((r) => r.reason), confidence, results };
  const aside = skipped.length > 0 ? `; not judged: ${skipped.map((r) => metricLabel(r.metric)).join(', ')} (advisory, beyond what this run can resolve)` : '';
  return { verdict: 'pass', reasons: [`the ${names.subject} is within the comparison rules on all ${judged} metric${judged === 1 ? '' : 's'}${skipped.length > 0 ? ' judged' : ''} at ${round(confidence * 100, 1)}% confidence${aside}`], confidence, results };
}

/**
 * requestsToResolve: about how many requests per side would narrow the interval until it no
 * longer reaches past the allowance, if the difference stayed where it is (widths shrink as 1/√n);
 * null when the difference itself is at or past the allowance.
 */
function requestsToResolve(measured: Measured, allowed: number, n: number): number | null {
  const room = allowed - measured.difference;
  const reach = measured.high - measured.difference;
  if (!(room > 0) || !Number.isFinite(reach)) return null;
  return Math.ceil((n * (reach / room) ** 2) / 1000) * 1000;
}


function valueOf(metrics: Sample, metric: ComparedMetric): number {
  return metric === 'error_rate' ? metrics.errorRatePercent : metrics.latencyMs[metric];
}

function metricLabel(metric: ComparedMetric): string {
  return metric === 'error_rate' ? 'error rate' : metric === 'p999' ? 'p99.9' : metric;
}

function format(metric: ComparedMetric, value: number): string {
  if (metric === 'error_rate') return `${round(value, 2)}%`;
  return formatMs(round(value, value < 10 ? 2 : 1));
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
