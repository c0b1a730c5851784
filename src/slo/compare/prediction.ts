// A run against a baseline *history*: where would another run of the same service land? Runs of
// one service differ by more than their own sampling noise (a different machine, a colder cache, a
// neighbour): measured here, the spread across runs was 3–5× what each run's own noise implied, so
// an interval that knows only within-run noise false-alarms on an unchanged service.
//
// Each baseline run i gives the metric's value x_i and the variance of that value from its own
// batches of time, w_i (slo/compare/blocks.ts). With K ≥ 5 runs, their spread s² estimates the
// between-run variance plus the within-run one, so the between-run part is σ_b² = max(0, s² − w̄)
// (the one-way random-effects estimator). The new run y, with its own within-run variance w_y, is
// compared with the history's mean x̄; under no change
//     Var(y − x̄) = σ_b² (1 + 1/K) + w_y + w̄/K,
// and the interval is Student's t on K − 1 degrees of freedom: the prediction interval for a new
// observation (Hahn and Meeker, *Statistical Intervals*, Wiley 1991, ch. 4), with the within-run
// parts known from each run's own batches.
// With a single baseline run there is no spread across runs to measure, and with two to four it says
// little (two runs leave Student's t one degree of freedom). The between-run variance is then taken,
// conservatively, as the variance of one batch of time (B times the variance of the whole run's
// value, from the noisiest of the runs): whatever moves a batch may move a whole run, with the
// batches' degrees of freedom. The report says so. Pure.

import { studentQuantile } from './student.js';

/**
 * MIN_RUNS_FOR_SPREAD: the runs a history needs before their own spread is the run-to-run variance;
 * with fewer, the t quantile on K − 1 degrees of freedom is so large (K = 2: 1 degree) that a real
 * regression would read "not enough data", so fewer runs are judged as one is.
 */
export const MIN_RUNS_FOR_SPREAD = 5;

/** HistoryPoint: one baseline run's value of a metric and the variance of that value within its run (null when its batches could not say). */
export interface HistoryPoint {
  value: number;
  within: number | null;
  /** batches: how many batches of time the within-run variance came from. */
  batches: number | null;
}

export interface PredictionSide {
  value: number;
  within: number | null;
  batches: number | null;
}

export interface Prediction {
  /** reference: the history's mean, what the run is compared with. */
  reference: number;
  difference: number;
  low: number;
  high: number;
  /** runs: how many baseline runs the interval stands on. */
  runs: number;
  /** betweenFromBatches: a single run's between-run variance, estimated from its batches (conservative). */
  betweenFromBatches: boolean;
}

/** predictionInterval: this run against the baseline history, at `confidence`; null when neither side can say how noisy it is. */
export function predictionInterval(history: readonly HistoryPoint[], subject: PredictionSide, confidence: number): Prediction | null {
  const K = history.length;
  if (K === 0) return null;
  const reference = history.reduce((sum, p) => sum + p.value, 0) / K;
  const withins = history.map((p) => p.within).filter((w): w is number => w !== null);
  const wBar = withins.length > 0 ? withins.reduce((a, b) => a + b, 0) / withins.length : subject.within;
  const wY = subject.within ?? wBar;
  if (wBar === null || wY === null) return null;
  const tail = (df: number) => studentQuantile(1 - (1 - confidence) / 2, df);
  let variance: number;
  let df: number;
  let betweenFromBatches = false;
  if (K >= MIN_RUNS_FOR_SPREAD) {
    const s2 = history.reduce((sum, p) => sum + (p.value - reference) ** 2, 0) / (K - 1);
    const between = Math.max(0, s2 - wBar);
    variance = between * (1 + 1 / K) + wY + wBar / K;
    df = K - 1;
  } else {
    // Too few runs for their spread to mean much (two runs give Student's t one degree of freedom):
    // a batch of time's variance stands in for the run-to-run variance, from the noisiest run.
    const batchVariance = (within: number | null, batches: number | null) => (within !== null && batches !== null ? within * batches : 0);
    const between = Math.max(batchVariance(subject.within, subject.batches), ...history.map((p) => batchVariance(p.within, p.batches)));
    variance = between * (1 + 1 / K) + wY + wBar / K;
    df = Math.max(1, Math.min(subject.batches ?? Infinity, ...history.map((p) => p.batches ?? Infinity), 1000) - 1);
    betweenFromBatches = true;
  }
  if (!Number.isFinite(variance)) return null;
  const half = tail(df) * Math.sqrt(variance);
  const difference = subject.value - reference;
  return { reference, difference, low: difference - half, high: difference + half, runs: K, betweenFromBatches };
}
