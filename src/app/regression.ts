// This run against its baseline: the comparison judge with this run as the subject and the baseline
// as the reference, each endpoint by its own rules where it has them. What that means for the verdict
// is the judge's (slo/decide.ts): here are the comparison's rows and its facts. Too little data to
// tell is said as such; no baseline at all is a notice, never a pass of the rules. Pure.

import type { Baseline, BaselineSample } from '../baseline/model.js';
import type { BaselinePlan, EndpointPlan } from '../config/plan.js';
import { seededRandom } from '../engine/random.js';
import type { RunBody } from '../report/build.js';
import type { RegressionReport, RegressionRow } from '../report/model.js';
import { compareSamples, notJudged, type Sample, type Scope } from '../slo/compare/judge.js';
import { measuredBlocks } from '../slo/compare/blocks.js';
import type { RegressionPart } from '../slo/decide.js';
import { uniformDelay } from '../slo/generator.js';

export type BaselineLookup = { found: true; baseline: Baseline } | { found: false; reason: string };

/** Compared: what of a run (before its verdict, or a look at it as it goes: app/look.ts) is compared with the baseline. */
export type Compared = {
  overall: Sample;
  endpoints: ReadonlyArray<Sample & Pick<BaselineSample, 'name' | 'method' | 'path'>>;
  timeseries: Parameters<typeof measuredBlocks>[0];
  plan: Pick<RunBody['plan'], 'seed'>;
  generator: Pick<RunBody['generator'], 'delayShares' | 'addedDelayMs' | 'eventLoopLagMs'>;
};

export function compareWithBaseline(report: Compared, lookup: BaselineLookup, plan: BaselinePlan, endpoints: readonly Pick<EndpointPlan, 'regression'>[]): RegressionReport {
  const common = { confidence: plan.confidence, criteriaAreDefaults: plan.criteriaAreDefaults, failOnRegression: plan.failOnRegression, rulesSource: plan.rulesSource };
  if (!lookup.found) return { ...common, status: 'no-baseline', verdict: null, reasons: [lookup.reason], baseline: null, rows: [], unmatched: [] };
  const { baseline } = lookup;
  const scopes: Scope[] = [{ name: null, subject: { ...report.overall, blocks: measuredBlocks(report.timeseries) }, reference: baseline.overall }];
  const unmatched: string[] = [];
  report.endpoints.forEach((endpoint, i) => {
    const match = matchEndpoint(endpoint, baseline.endpoints);
    if (!match) unmatched.push(endpoint.name);
    else scopes.push({ name: endpoint.name, subject: endpoint, reference: match, criteria: endpoints[i]?.regression ?? undefined });
  });
  const comparison = compareSamples({
    scopes,
    criteria: plan.criteria,
    confidence: plan.confidence,
    random: seededRandom(report.plan.seed, 0xba5e),
    names: { subject: 'this run', reference: 'baseline' },
    // The baseline ran at another time: each side's seconds give its own spread.
    pairedInTime: false,
    required: plan.required,
    // The baseline ran on another machine at another time: what this run's generator added is not in it.
    subjectDelay: report.generator.delayShares?.length ? { shares: report.generator.delayShares, bounds: report.generator.addedDelayMs ?? uniformDelay(report.generator.eventLoopLagMs.max) } : undefined,
  });
  const rows: RegressionRow[] = comparison.results.map((r) => ({
    scope: r.scope,
    metric: r.metric,
    baseline: r.reference,
    current: r.subject,
    changePercent: r.reference === 0 ? null : Math.round(((r.subject - r.reference) / r.reference) * 100_000) / 1000,
    difference: r.difference,
    low: Number.isFinite(r.low) ? r.low : null,
    high: Number.isFinite(r.high) ? r.high : null,
    nBaseline: r.nReference,
    nCurrent: r.nSubject,
    rule: r.rule,
    verdict: r.verdict,
    reason: r.verdict === 'inconclusive' && !r.generatorHeld && !notJudged(r) ? `not enough data: ${r.reason}` : r.reason,
    ...(r.generatorHeld ? { generatorHeld: true } : {}),
    ...(r.advisory ? { advisory: true } : {}),
    ...(r.timeBlocks ? { timeBlocks: r.timeBlocks } : {}),
    ...(r.baselineRuns ? { baselineRuns: r.baselineRuns, ...(r.betweenFromBatches ? { betweenFromBatches: true } : {}) } : {}),
  }));
  const decisive = (r: RegressionRow) => r.verdict === comparison.verdict && (r.verdict === 'fail' || (r.scope === null && !(r.advisory && !r.generatorHeld)));
  const reasons = comparison.verdict === 'pass' ? [comparison.reasons[0].replace('the comparison rules', 'the regression rules')] : rows.filter(decisive).map((r) => r.reason);
  return {
    ...common,
    status: 'compared',
    verdict: comparison.verdict,
    reasons,
    baseline: {
      kind: baseline.kind,
      source: baseline.source,
      startedAt: baseline.startedAt,
      runUrl: baseline.runUrl,
      requests: baseline.overall.requests,
      latency: { histogram: baseline.overall.histograms?.latency ?? null, quantiles: baseline.overall.quantiles ? baseline.overall.quantiles.map(([q, ms]) => [q, ms]) : null },
      history: baseline.history,
    },
    rows,
    unmatched,
  };
}

/** regressionPart: the comparison's facts for the judge (slo/decide.ts), and the notices it adds whatever the verdict. */
export function regressionPart(regression: RegressionReport): RegressionPart {
  const notices: string[] = [];
  if (regression.status === 'no-baseline') notices.push(`no baseline to compare with: ${regression.reasons[0]}; the regression rules were not applied`);
  else if (regression.verdict === 'inconclusive' && regression.rows.some((r) => r.verdict === 'inconclusive' && !r.generatorHeld && !r.advisory)) notices.push(`not enough data to tell whether this run regressed from the baseline (${regression.reasons.length} metric${regression.reasons.length === 1 ? '' : 's'} undecided)`);
  if (regression.unmatched.length > 0) notices.push(`the baseline has no numbers for ${regression.unmatched.join(', ')}`);
  return {
    verdict: regression.verdict,
    reasons: regression.reasons,
    failOnRegression: regression.failOnRegression,
    heldReasons: regression.rows.filter((r) => r.generatorHeld).map((r) => r.reason),
    notices,
  };
}

/** matchEndpoint finds an endpoint's baseline by name, else by method and path (Locust names requests by path). */
function matchEndpoint(endpoint: { name: string; method: string; path: string }, candidates: readonly BaselineSample[]): BaselineSample | undefined {
  const bare = endpoint.name.startsWith(`${endpoint.method} `) ? endpoint.name.slice(endpoint.method.length + 1) : endpoint.name;
  return (
    candidates.find((c) => c.name === endpoint.name) ??
    candidates.find((c) => c.method === endpoint.method && (c.path === endpoint.path || c.name === bare)) ??
    candidates.find((c) => c.method === '' && c.name === bare)
  );
}
