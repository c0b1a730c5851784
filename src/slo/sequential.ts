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
  /** thresholds: each threshold check, whether it is settled (its interval is clear of its limit, it has data), and whether it then failed. */
  thresholds: ReadonlyArray<{ what: string; settled: boolean; failed?: boolean }>;
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
 * lookOutcome: a look is decided when the verdict can no longer change: a part has clearly failed
 * (a comparison beyond its rule at the spent level, a threshold broken with its interval clear of
 * the limit: a fail is a fail whatever the rest says), or every part is decided: each threshold
 * clear of its limit, enough requests, each comparison a pass.
 */
export function lookOutcome(facts: LookFacts): LookOutcome {
  const failed = facts.comparisons.some((c) => c.verdict === 'fail') || facts.thresholds.some((c) => c.settled && c.failed === true);
  const open: string[] = [];
  if (!facts.enoughRequests) open.push('too few requests so far (min_requests)');
  for (const check of facts.thresholds) if (!check.settled) open.push(`${check.what}: too close to its limit to call yet`);
  for (const comparison of facts.comparisons) if (comparison.verdict === 'inconclusive') open.push(...comparison.open.map((reason) => `${comparison.what}: ${reason}`));
  return { decided: failed || open.length === 0, open: failed ? [] : open };
}
