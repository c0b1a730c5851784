// Deciding as soon as the data allows, and not before (decide_early). A run that looks at its data
// again and again and stops the first time an interval clears its rule would be wrong far more
// often than any one interval's confidence says: each look is another chance of a false alarm.
//
// The looks are fixed before the run starts: the first once the minimum duration (after the
// warm-up) has passed and the profile has reached its last level, then every 1.5× as much load, and
// the last at the maximum. The error rate α = 1 − confidence is spent over them in equal shares:
// each look's intervals are taken at confidence 1 − α/K, so by Bonferroni's inequality the
// chance that *any* look decides wrongly is at most α. This is alpha spending (Lan and DeMets,
// "Discrete sequential boundaries for clinical trials", Biometrika 70(3), 1983) with a flat
// spending function, bounded by the union rather than by the looks' joint distribution: a little
// conservative, and valid whatever the correlation between looks, which batches of time make
// hard to know. The same level is used at the maximum, so a run's reported intervals are the ones
// its decision rested on. The looks' times are pacing/looks.ts's. Pure.

/** lookConfidence: the confidence each of `looks` looks is taken at, so that all of them together keep `confidence`. */
export function lookConfidence(confidence: number, looks: number): number {
  return 1 - (1 - confidence) / Math.max(1, looks);
}

/** LookFacts: what a look knows: each part of the verdict that must be decided, and whether it is. */
export interface LookFacts {
  /** thresholds: each threshold check, and whether it is settled (its interval is clear of its limit, it has data). */
  thresholds: ReadonlyArray<{ what: string; settled: boolean }>;
  /** enoughRequests: at least min_requests measured. */
  enoughRequests: boolean;
  /** comparisons: the canary's and the baseline's, as verdicts with their open reasons; absent when there is none. */
  comparisons: ReadonlyArray<{ what: string; verdict: 'pass' | 'fail' | 'inconclusive'; open: readonly string[] }>;
}

/** LookOutcome: decided, or what is still open (for "undecided at the maximum: …"). */
export interface LookOutcome {
  decided: boolean;
  open: string[];
}

/**
 * lookOutcome: a look is decided when every part of the verdict is: each threshold clear of its
 * limit, enough requests, and each comparison a pass or a fail. A failed comparison is decided: the
 * look's interval already shows it beyond its rule at the spent level.
 */
export function lookOutcome(facts: LookFacts): LookOutcome {
  const open: string[] = [];
  if (!facts.enoughRequests) open.push('too few requests so far (min_requests)');
  for (const check of facts.thresholds) if (!check.settled) open.push(`${check.what}: too close to its limit to call yet`);
  for (const comparison of facts.comparisons) if (comparison.verdict === 'inconclusive') open.push(...comparison.open.map((reason) => `${comparison.what}: ${reason}`));
  return { decided: open.length === 0, open };
}
