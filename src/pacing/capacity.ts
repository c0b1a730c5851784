// The capacity search as arithmetic: which rate to offer next, given the steps so far. Probe up by
// a factor from the starting rate until a step does not pass, then bisect between the highest
// passing and the lowest failing rate until they are within the resolution, then re-run the
// highest passing rate to confirm it. A step that hit the hard limits (errors exploding, latency
// past the ceiling) is never exceeded again. Never above `toRate`. Pure: the driver runs the steps.

export type StepOutcome =
  /** pass: achieved ≥ 95% of the offered rate, and every SLO's upper bound within it. */
  | 'pass'
  /** fail: not a pass (an SLO broken or not shown to hold, the rate not achieved). */
  | 'fail'
  /** hard: errors exploded or latency passed the ceiling: the target is protected from anything higher. */
  | 'hard';

export interface SearchStep {
  rate: number;
  outcome: StepOutcome;
  /** confirm: a re-run of the highest passing rate. */
  confirm: boolean;
}

export interface SearchOptions {
  fromRate: number;
  toRate: number;
  /** growth: the probe's factor from one step to the next (2: 100, 200, 400 …). */
  growth: number;
  /** resolution: the bracket is closed when (lowest failing − highest passing) / highest passing is at most this. */
  resolution: number;
  /** floorRate: below this the search gives up going down (the service fails even at a trickle). */
  floorRate: number;
}

export type NextStep = { kind: 'step'; rate: number; why: 'probe' | 'bisect' | 'confirm' } | { kind: 'done'; why: DoneWhy };

export type DoneWhy =
  /** converged: the bracket closed and its highest passing rate was confirmed. */
  | 'converged'
  /** ceiling: every rate up to toRate passed (confirmed): the capacity is at least toRate. */
  | 'reached the upper bound'
  /** floor: no rate down to floorRate passed. */
  | 'nothing passed';

/** Bracket: what the steps say so far: the highest rate that passed (and was not contradicted) and the lowest that did not. */
export interface Bracket {
  highestPass: number | null;
  lowestFail: number | null;
  /** confirmed: highestPass was passed again by a confirming step. */
  confirmed: boolean;
}

/**
 * bracketOf: the highest passing rate below the lowest failing one (a pass above a failure is
 * noise the search does not trust), and whether a confirm step passed it after the bracket moved.
 */
export function bracketOf(steps: readonly SearchStep[]): Bracket {
  const fails = steps.filter((s) => s.outcome !== 'pass').map((s) => s.rate);
  const lowestFail = fails.length ? Math.min(...fails) : null;
  const passes = steps.filter((s) => s.outcome === 'pass' && (lowestFail === null || s.rate < lowestFail)).map((s) => s.rate);
  const highestPass = passes.length ? Math.max(...passes) : null;
  const confirmed = highestPass !== null && steps.filter((s) => s.rate === highestPass && s.outcome === 'pass').length >= 2 && steps.some((s) => s.confirm && s.rate === highestPass && s.outcome === 'pass');
  return { highestPass, lowestFail, confirmed };
}

export function nextStep(steps: readonly SearchStep[], options: SearchOptions): NextStep {
  if (steps.length === 0) return { kind: 'step', rate: Math.min(options.toRate, round(options.fromRate)), why: 'probe' };
  const { highestPass, lowestFail, confirmed } = bracketOf(steps);
  if (highestPass === null) {
    // Nothing passed yet: step down by the growth factor from the lowest failure.
    const down = round(lowestFail! / options.growth);
    return down < options.floorRate ? { kind: 'done', why: 'nothing passed' } : { kind: 'step', rate: down, why: 'probe' };
  }
  const confirm = (why: DoneWhy): NextStep => (confirmed ? { kind: 'done', why } : { kind: 'step', rate: highestPass, why: 'confirm' });
  if (lowestFail === null) {
    if (highestPass >= options.toRate) return confirm('reached the upper bound');
    return { kind: 'step', rate: Math.min(options.toRate, round(highestPass * options.growth)), why: 'probe' };
  }
  if ((lowestFail - highestPass) / highestPass <= options.resolution) return confirm('converged');
  const middle = round((highestPass + lowestFail) / 2);
  // Rounding can land on a rate already tried: then the bracket is as closed as rates can make it.
  return middle <= highestPass || middle >= lowestFail ? confirm('converged') : { kind: 'step', rate: middle, why: 'bisect' };
}

/** round: rates to a tenth of a request per second below 100, whole ones above (what a person reads). */
function round(rate: number): number {
  return rate < 100 ? Math.round(rate * 10) / 10 : Math.round(rate);
}

/**
 * stepRequests: how many measured requests a step needs so that its judged tail has `tail`
 * requests beyond the highest judged percentile (p99: 100 × tail), and at least `minRequests`.
 */
export function stepRequests(highestPercentile: number | null, minRequests: number, tail = 25): number {
  const forTail = highestPercentile === null ? 0 : Math.ceil(tail / (1 - highestPercentile / 100));
  return Math.max(minRequests, forTail);
}

/**
 * kneeOf: the knee of the latency-versus-rate curve (Kneedle: the point farthest below the chord
 * from the first point to the last, both axes scaled to 0–1); null with fewer than three points
 * or a curve that does not bend upwards.
 */
export function kneeOf(points: ReadonlyArray<{ rate: number; latencyMs: number }>): number | null {
  const sorted = [...points].sort((a, b) => a.rate - b.rate);
  if (sorted.length < 3) return null;
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  const spanX = last.rate - first.rate;
  const spanY = Math.max(...sorted.map((p) => p.latencyMs)) - Math.min(...sorted.map((p) => p.latencyMs));
  if (spanX <= 0 || spanY <= 0) return null;
  const minY = Math.min(...sorted.map((p) => p.latencyMs));
  let best: { rate: number; gap: number } | null = null;
  for (const p of sorted) {
    const gap = (p.rate - first.rate) / spanX - (p.latencyMs - minY) / spanY;
    if (best === null || gap > best.gap) best = { rate: p.rate, gap };
  }
  return best !== null && best.gap > 0 ? best.rate : null;
}
