// Error rates of two arms: Fisher's exact test for "the canary fails more often", and Newcombe's
// hybrid score interval for the difference of the two proportions (the interval reported and used
// to tell whether a run was large enough to rule out the allowed increase).

import { normalQuantile } from './rank.js';

/**
 * fisherGreater is the one-sided p-value of Fisher's exact test that the canary's error proportion
 * (k1 of n1) exceeds production's (k2 of n2): P(X ≥ k1) for X hypergeometric with the margins fixed.
 */
export function fisherGreater(k1: number, n1: number, k2: number, n2: number): number {
  const errors = k1 + k2;
  const total = n1 + n2;
  const high = Math.min(errors, n1);
  if (k1 > high) return 0;
  const logP = (x: number) => logChoose(n1, x) + logChoose(n2, errors - x) - logChoose(total, errors);
  // Sum the tail in log space from the largest term, so long tails of tiny terms stay exact.
  const terms: number[] = [];
  for (let x = k1; x <= high; x++) terms.push(logP(x));
  const top = Math.max(...terms);
  return Math.min(1, Math.exp(top) * terms.reduce((sum, t) => sum + Math.exp(t - top), 0));
}

/** wilson is the Wilson score interval of k successes in n. */
export function wilson(k: number, n: number, z: number): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** newcombe is the interval of p1 − p2 (Newcombe's method 10), two-sided at `confidence`. */
export function newcombe(k1: number, n1: number, k2: number, n2: number, confidence: number): [number, number] {
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p1 = n1 ? k1 / n1 : 0;
  const p2 = n2 ? k2 / n2 : 0;
  const [l1, u1] = wilson(k1, n1, z);
  const [l2, u2] = wilson(k2, n2, z);
  const d = p1 - p2;
  return [d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}

const logFactorials: number[] = [0];
function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) logFactorials[i] = logFactorials[i - 1] + Math.log(i);
  return logFactorials[n];
}

function logChoose(n: number, k: number): number {
  return k < 0 || k > n ? -Infinity : logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
