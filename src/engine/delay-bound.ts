// How much the generator itself delayed the responses it measured, from its event-loop delay.
// A response that arrives while the loop is stalled is read when the stall ends: it waits the rest
// of that stall. So what matters is not how often the loop stalled but how much of the time it
// spent stalled: a 100 ms pause twice a second is one timer sample in fifty, yet a fifth of all
// responses arrive during it. From the delay histogram this derives, for a grid of delays b, the
// share s(b) of responses that waited more than b on the generator's loop (time-weighted). Pure:
// the caller passes the histogram's quantiles.

/** STEPS: the delay distribution is read at this many evenly spaced quantiles. */
const STEPS = 2000;

/** DELAY_GRID_MS: the delays at which s(b) is kept; 0 is "delayed at all". */
export const DELAY_GRID_MS = [0, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000] as const;

/** DelayShares: [b, s(b)] pairs: the share of responses the generator delayed by more than b ms. */
export type DelayShares = Array<[number, number]>;

/**
 * StallProfile: the timer samples as stalls. A sample is the time a `resolutionMs` timer really
 * took, and stands for that much wall time; its stall is the part beyond the interval.
 */
interface StallProfile {
  stallsMs: number[];
  totalMs: number;
}

function stallProfile(quantileNs: (percentile: number) => number, samples: number, resolutionMs: number): StallProfile | null {
  if (samples === 0) return null;
  const stallsMs: number[] = [];
  let totalMs = 0;
  for (let i = 0; i < STEPS; i++) {
    const tookMs = quantileNs(((i + 0.5) / STEPS) * 100) / 1e6;
    totalMs += tookMs;
    stallsMs.push(Math.max(0, tookMs - resolutionMs));
  }
  return totalMs > 0 ? { stallsMs, totalMs } : null;
}

/** shareDelayedBeyond: s(b), the share of the time in which a response arriving would wait more than b. */
function shareDelayedBeyond(profile: StallProfile, b: number): number {
  let waiting = 0;
  for (const stall of profile.stallsMs) if (stall > b) waiting += stall - b;
  return waiting / profile.totalMs;
}

/** delayShares: s(b) at each point of DELAY_GRID_MS. */
export function delayShares(quantileNs: (percentile: number) => number, samples: number, resolutionMs: number): DelayShares {
  const profile = stallProfile(quantileNs, samples, resolutionMs);
  return DELAY_GRID_MS.map((b) => [b, profile ? round6(shareDelayedBeyond(profile, b)) : 0]);
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
