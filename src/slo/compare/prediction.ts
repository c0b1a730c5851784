// A run against a baseline *history*: where would another run of the same service land? Runs of
// one service differ by more than their own sampling noise (a different machine, a colder cache, a
// neighbour): measured here, the spread across runs was 3–5× what each run's own noise implied, so
// an interval that knows only within-run noise false-alarms on an unchanged service.
//
// Each baseline run i gives the metric's value x_i and the variance of that value from its own
// batches of time, w_i (slo/compare/blocks.ts). With K ≥ 2 runs, their spread s² estimates the
// between-run variance plus the within-run one, so the between-run part is σ_b² = max(0, s² − w̄)
// (the one-way random-effects estimator). The new run y, with its own within-run variance w_y, is
// compared with the history's mean x̄; under no change
//     Var(y − x̄) = σ_b² (1 + 1/K) + w_y + w̄/K,
// and the interval is Student's t on K − 1 degrees of freedom: the prediction interval for a new
// observation (Hahn and Meeker, *Statistical Intervals*, Wiley 1991, ch. 4), with the within-run
// parts known from each run's own batches.
// With a single baseline run there is no spread across runs to measure. The between-run variance is
// then taken, conservatively, as the variance of one batch of time (B times the variance of the
// whole run's value, from the noisier of the two sides): whatever moves a batch may move a whole
// run. The report says so. Pure.

import { studentQuantile } from './student.js';

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
  if (K >= 2) {
    const s2 = history.reduce((sum, p) => sum + (p.value - reference) ** 2, 0) / (K - 1);
    const between = Math.max(0, s2 - wBar);
    variance = between * (1 + 1 / K) + wY + wBar / K;
    df = K - 1;
  } else {
    // One run: a batch of time's variance stands in for the run-to-run variance.
    const batchVariance = (within: number | null, batches: number | null) => (within !== null && batches !== null ? within * batches : 0);
    const between = Math.max(batchVariance(history[0].within, history[0].batches), batchVariance(subject.within, subject.batches));
    variance = between + wY + wBar;
    df = Math.max(1, Math.min(history[0].batches ?? Infinity, subject.batches ?? Infinity, 1000) - 1);
    betweenFromBatches = true;
  }
  const half = tail(df) * Math.sqrt(variance);
  const difference = subject.value - reference;
  return { reference, difference, low: difference - half, high: difference + half, runs: K, betweenFromBatches };
}
