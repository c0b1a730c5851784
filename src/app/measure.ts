// The parts of a run's verdict that its metrics alone decide, as one look at them: the threshold
// checks with their intervals, and a canary's comparison with production. The run's final judgement
// (app/run.ts) and a run that decides early (app/look.ts) take them the same way. Pure.

import type { Plan } from '../config/plan.js';
import { seededRandom } from '../engine/random.js';
import type { LookSnapshot, MetricsSnapshot } from '../metrics/snapshot.js';
import { redactPath } from '../redact.js';
import { withIntervals } from '../slo/check-intervals.js';
import { type Check, evaluateChecks, forShare } from '../slo/checks.js';
import { measuredBlocks } from '../slo/compare/blocks.js';
import { type Comparison, type ComparisonInput, compareSamples } from '../slo/compare/judge.js';

/** thresholdChecks: the plan's thresholds applied to one arm's metrics, each latency and error-rate check with its interval at `confidence`. */
export function thresholdChecks(plan: Plan, snapshot: MetricsSnapshot | LookSnapshot, confidence: number): Check[] {
  const names = plan.endpoints.map((e) => redactPath(e.name));
  // A shard judges its own share provisionally: it is asked for its share of the throughput.
  const share = plan.shard?.share ?? 1;
  const evaluated = evaluateChecks(
    snapshot.overall,
    forShare(plan.thresholds, share),
    plan.endpoints.map((endpoint, i) => ({ metrics: snapshot.endpoints[i], thresholds: forShare(endpoint.thresholds, share) })),
  );
  const blocks = measuredBlocks(snapshot.series);
  return withIntervals(evaluated, (check) => (check.endpoint === null ? { metrics: snapshot.overall, blocks } : { metrics: snapshot.endpoints[names.indexOf(check.endpoint)] }), confidence);
}

/**
 * canaryComparison: the canary against production, measured at the same moments, at `confidence`;
 * `wholeRunOnly` for a look, where only the whole run can hold the verdict open (the endpoints are
 * the final judgement's, on everything measured).
 */
export function canaryComparison(plan: Plan, canary: MetricsSnapshot | LookSnapshot, production: MetricsSnapshot | LookSnapshot, confidence: number, wholeRunOnly = false, sharedDelay?: ComparisonInput['sharedDelay']): Comparison {
  return compareSamples({
    // Both arms took the generator's delay alike: only what it could do to the difference holds a failure.
    ...(sharedDelay?.shares.length ? { sharedDelay } : {}),
    scopes: [
      { name: null, subject: { ...canary.overall, blocks: measuredBlocks(canary.series) }, reference: { ...production.overall, blocks: measuredBlocks(production.series) } },
      ...(wholeRunOnly ? [] : canary.endpoints.map((e, i) => ({ name: e.name, subject: e, reference: production.endpoints[i] }))),
    ],
    criteria: plan.canary!.criteria,
    confidence,
    required: plan.canary!.required,
    random: seededRandom(plan.load.seed, 0xc0ffee),
  });
}
