// When a run that decides early (decide_early) looks at its data: fixed before the run starts, so
// the error rate can be spent over them (slo/sequential.ts). The first look comes once the minimum
// duration (after the warm-up) has passed and the profile has reached its last level, then every
// 1.5× as much load, and the last at the maximum. Arithmetic only.

/** LOOK_GROWTH: each look after the first comes when the load has run 1.5× as long as at the one before. */
export const LOOK_GROWTH = 1.5;
/** MAX_LOOKS: more looks make every look's interval wider; a long maximum gets its looks spread geometrically instead. */
export const MAX_LOOKS = 10;
/** A look this close to the maximum (as a share of it) is left out: the maximum is about to look anyway. */
const NEAR_MAX = 0.8;

/**
 * lookSchedule: the looks (elapsed load time, ms) from the first moment a decision may be made to
 * the maximum, growing by LOOK_GROWTH in measured time (after the warm-up). A first moment at or
 * past the maximum (or not after the warm-up) leaves one look, at the maximum: an ordinary fixed run.
 */
export function lookSchedule(firstMs: number, maxMs: number, warmupMs = 0): number[] {
  if (!(firstMs < maxMs) || !(firstMs > warmupMs)) return [maxMs];
  const measured = (t: number) => t - warmupMs;
  const looks: number[] = [firstMs];
  for (let m = measured(firstMs) * LOOK_GROWTH; warmupMs + m < maxMs - (1 - NEAR_MAX) * measured(maxMs); m *= LOOK_GROWTH) looks.push(Math.round(warmupMs + m));
  if (looks.length + 1 <= MAX_LOOKS) return [...looks, maxMs];
  // Too many at 1.5×: the same span in MAX_LOOKS looks, still growing geometrically.
  const ratio = (measured(maxMs) / measured(firstMs)) ** (1 / (MAX_LOOKS - 1));
  return Array.from({ length: MAX_LOOKS }, (_, i) => (i === MAX_LOOKS - 1 ? maxMs : Math.round(warmupMs + measured(firstMs) * ratio ** i)));
}

/**
 * firstLookMs: the earliest a run may stop: the warm-up and the minimum duration over, and the
 * profile at its last level (a ramp climbed, every stage but the last sent), so that an early stop
 * never skips load the user asked for to reach.
 */
export function firstLookMs(warmupMs: number, minMs: number, profile: ReadonlyArray<{ durationMs: number }>): number {
  const lastLevelFrom = profile.slice(0, -1).reduce((sum, segment) => sum + segment.durationMs, 0);
  return Math.max(warmupMs + minMs, lastLevelFrom);
}

