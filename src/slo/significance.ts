// When few requests completed, a threshold is judged broken only if the data rule out chance: a
// one-sided binomial test. If the true p95 were at the threshold, each request would exceed it with
// probability 5%; seeing k of n above it is then unlikely beyond 95% confidence only for large k.

/** SIGNIFICANCE is the false-alarm rate accepted when judging small samples. */
export const SIGNIFICANCE = 0.05;

/** binomialTail is P(X ≥ k) for X ~ Binomial(n, p), summed in log space to stay exact for large n. */
export function binomialTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let total = 0;
  for (let i = k; i <= n; i++) {
    const term = logChoose(n, i) + i * logP + (n - i) * logQ;
    total += Math.exp(term);
  }
  return Math.min(1, total);
}

/** clearlyAbove: k of n events is significantly more than a rate of p allows. */
export function clearlyAbove(k: number, n: number, p: number): boolean {
  return binomialTail(k, n, p) < SIGNIFICANCE;
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

const cache: number[] = [0, 0];
function logFactorial(n: number): number {
  for (let i = cache.length; i <= n; i++) cache[i] = cache[i - 1] + Math.log(i);
  return cache[n];
}
