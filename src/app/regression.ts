// This run against its baseline: the comparison judge with this run as the subject and the baseline
// as the reference, each endpoint by its own rules where it has them. What that means for the verdict
// is the judge's (slo/decide.ts): here are the comparison's rows and its facts. Too little data to
// tell is said as such; no baseline at all is a notice, never a pass of the rules; a baseline that
// cannot be compared with this run (its load went over another HTTP version: baseline/comparable.ts)
// is not judged against, and says why, never a pass of the rules either. Pure.

import type { Baseline, BaselineSample } from '../baseline/model.js';
import { unlikeProtocol } from '../baseline/comparable.js';
import type { BaselinePlan, EndpointPlan } from '../config/plan.js';
import type { Vocabulary } from '../config/vocabulary.js';
import { seededRandom } from '../engine/random.js';
import type { RunBody } from '../report/build.js';
import type { ArmProtocol, RegressionReport, RegressionRow } from '../report/model.js';
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
  /** protocol: what this run's load went over (the canary's in a canary run); null or absent when not known. */
  protocol?: Pick<ArmProtocol, 'version' | 'asked' | 'sharedVersion'> | null;
};

/** compareWithBaseline: `vocabulary` words the way out of a baseline that cannot be compared (config/vocabulary.ts). */
export function compareWithBaseline(report: Compared, lookup: BaselineLookup, plan: BaselinePlan, endpoints: readonly Pick<EndpointPlan, 'regression'>[], vocabulary: Vocabulary): RegressionReport {
  const common = { confidence: plan.confidence, criteriaAreDefaults: plan.criteriaAreDefaults, failOnRegression: plan.failOnRegression, rulesSource: plan.rulesSource };
  if (!lookup.found) return { ...common, status: 'no-baseline', verdict: null, reasons: [lookup.reason], baseline: null, rows: [], unmatched: [] };
  const { baseline } = lookup;
  const unlike = unlikeProtocol(baseline.protocol, report.protocol, vocabulary);
  // Judged against nothing: no rows, and no history carried on (the next baseline's starts with this run).
  if (unlike) return { ...common, status: 'not-comparable', verdict: 'inconclusive', reasons: [unlike], baseline: baselineSummary(baseline, []), rows: [], unmatched: [] };
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
    baseline: baselineSummary(baseline, baseline.history),
    rows,
    unmatched,
  };
}

/** baselineSummary: where the baseline came from and its latency for charts; `history`: the runs this run was judged against. */
function baselineSummary(baseline: Baseline, history: Baseline['history']): NonNullable<RegressionReport['baseline']> {
  return {
    kind: baseline.kind,
    source: baseline.source,
    startedAt: baseline.startedAt,
    runUrl: baseline.runUrl,
    requests: baseline.overall.requests,
    latency: { histogram: baseline.overall.histograms?.latency ?? null, quantiles: baseline.overall.quantiles ? baseline.overall.quantiles.map(([q, ms]) => [q, ms]) : null },
    history,
    protocol: baseline.protocol,
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
    // The verdict's rule says it: as the reason of a held pass, else as a notice.
    notComparable: regression.status === 'not-comparable' ? regression.reasons[0] : null,
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
