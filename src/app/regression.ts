// This run against its baseline: the canary judge with the baseline in production's place, each
// endpoint by its own rules where it has them. A regression fails the gate like a violated SLO
// (unless fail_on_regression is off); too little data to tell is said as such and changes nothing;
// no baseline at all is a notice, never a pass of the rules. Pure.

import type { Baseline, BaselineSample } from '../baseline/model.js';
import type { BaselinePlan, EndpointPlan } from '../config/plan.js';
import { seededRandom } from '../engine/random.js';
import { withRegressionVerdict } from '../slo/regression-verdict.js';
import { type RegressionReport, exitCodeOf, type RegressionRow, type RunReport } from '../report/model.js';
import { compareSamples, type Scope } from '../slo/compare/judge.js';
import { uniformDelay } from '../slo/generator.js';

export type BaselineLookup = { found: true; baseline: Baseline } | { found: false; reason: string };

export function compareWithBaseline(report: RunReport, lookup: BaselineLookup, plan: BaselinePlan, endpoints: readonly Pick<EndpointPlan, 'regression'>[]): RegressionReport {
  const common = { confidence: plan.confidence, criteriaAreDefaults: plan.criteriaAreDefaults, failOnRegression: plan.failOnRegression, rulesSource: plan.rulesSource };
  if (!lookup.found) return { ...common, status: 'no-baseline', verdict: null, reasons: [lookup.reason], baseline: null, rows: [], unmatched: [] };
  const { baseline } = lookup;
  const scopes: Scope[] = [{ name: null, subject: report.overall, reference: baseline.overall }];
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
    reason: r.verdict === 'inconclusive' && !r.generatorHeld ? `not enough data: ${r.reason}` : r.reason,
    ...(r.generatorHeld ? { generatorHeld: true } : {}),
  }));
  const reasons = comparison.verdict === 'pass' ? [comparison.reasons[0].replace('the comparison rules', 'the regression rules')] : rows.filter((r) => r.verdict === comparison.verdict && (r.verdict === 'fail' || r.scope === null)).map((r) => r.reason);
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
    },
    rows,
    unmatched,
  };
}

/** withRegression folds the comparison into the verdict by the judge's rule (slo/regression-verdict.ts), and notes what it did not decide. */
export function withRegression(report: RunReport, regression: RegressionReport): RunReport {
  const notices = [...report.notices];
  if (regression.status === 'no-baseline') notices.push(`no baseline to compare with: ${regression.reasons[0]}; the regression rules were not applied`);
  else if (regression.verdict === 'inconclusive' && regression.rows.some((r) => r.verdict === 'inconclusive' && !r.generatorHeld)) notices.push(`not enough data to tell whether this run regressed from the baseline (${regression.reasons.length} metric${regression.reasons.length === 1 ? '' : 's'} undecided)`);
  if (regression.unmatched.length > 0) notices.push(`the baseline has no numbers for ${regression.unmatched.join(', ')}`);
  const outcome = withRegressionVerdict(report, {
    verdict: regression.verdict,
    reasons: regression.reasons,
    failOnRegression: regression.failOnRegression,
    heldReasons: regression.rows.filter((r) => r.generatorHeld).map((r) => r.reason),
  });
  if (outcome.note) notices.push(outcome.note);
  return { ...report, verdict: outcome.verdict, passed: outcome.verdict === 'pass', exitCode: exitCodeOf({ ...report, verdict: outcome.verdict }), reasons: outcome.reasons, notices, regression };
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

/** againstBaseline: the run judged against its baseline too, when one was asked for and the run sent load. */
export function againstBaseline(report: RunReport, lookup: BaselineLookup | null, plan: { baseline: BaselinePlan | null; endpoints: readonly Pick<EndpointPlan, 'regression'>[] }): RunReport {
  if (!lookup || !plan.baseline || report.status === 'unreachable') return report;
  return withRegression(report, compareWithBaseline(report, lookup, plan.baseline, plan.endpoints));
}
