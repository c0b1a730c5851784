// The load profile as arithmetic: how many virtual users (closed model) or how many arrivals per
// second (open model) at any moment, built from straight segments. No clock, no sockets.

/** Segment: a stretch of the profile, from one level to another (users or arrivals per second), linearly. */
export interface Segment {
  durationMs: number;
  from: number;
  to: number;
}

/** totalDurationMs is the length of the whole profile. */
export function totalDurationMs(profile: readonly Segment[]): number {
  return profile.reduce((sum, segment) => sum + segment.durationMs, 0);
}

/** valueAt is the profile's level at `tMs` (interpolated inside a segment, held after the end). */
export function valueAt(profile: readonly Segment[], tMs: number): number {
  let start = 0;
  for (const segment of profile) {
    if (tMs < start + segment.durationMs) {
      const progress = (tMs - start) / segment.durationMs;
      return segment.from + (segment.to - segment.from) * Math.max(0, progress);
    }
    start += segment.durationMs;
  }
  return profile.length > 0 ? profile[profile.length - 1].to : 0;
}

/** usersAt is the number of virtual users that should be running at `tMs`: user k starts when the level reaches k. */
export function usersAt(profile: readonly Segment[], tMs: number): number {
  return Math.floor(valueAt(profile, tMs) + 1e-9);
}

/** arrivalsBy is how many arrivals an open-model profile (levels in arrivals/s) has scheduled in [0, tMs). */
export function arrivalsBy(profile: readonly Segment[], tMs: number): number {
  let start = 0;
  let total = 0;
  for (const segment of profile) {
    const inside = Math.min(Math.max(tMs - start, 0), segment.durationMs) / 1000;
    const slope = (segment.to - segment.from) / (segment.durationMs / 1000 || 1);
    total += segment.from * inside + (slope * inside * inside) / 2;
    start += segment.durationMs;
    if (tMs <= start) break;
  }
  return total;
}

/**
 * ArrivalSchedule yields the intended start time of each arrival in order. Arrival k (from 0) is
 * due when the integral of the rate reaches k, so a constant 100/s gives 0, 10, 20 … ms and a ramp
 * packs arrivals closer as the rate grows. Inside a segment the rate is a + b·t, the integral
 * a·t + b·t²/2, and the time for m more arrivals is t = 2m / (a + √(a² + 2bm)): the root of that
 * quadratic written in the form that stays exact when b is zero or negative.
 *
 * nextArrivalMs runs once per arrival, tens of thousands of times a second: a segment's constants
 * are worked out once, when the schedule enters it, so each call is a square root and a few sums.
 */
export class ArrivalSchedule {
  private segmentIndex = -1;
  private segmentStartMs = 0;
  private segmentMs = 0;
  /** the current segment's rate at its start (a, per second), its slope (b, per second²) and its arrivals */
  private a = 0;
  private b = 0;
  private inSegment = 0;
  /** arrivals scheduled before the current segment began */
  private arrivalsBefore = 0;
  private next = 0;

  constructor(private readonly profile: readonly Segment[]) {}

  /** nextArrivalMs returns the next arrival's offset from the start, or null once the profile is over. */
  nextArrivalMs(): number | null {
    while (this.next - this.arrivalsBefore >= this.inSegment - 1e-9) {
      if (!this.enterNextSegment()) return null;
    }
    const m = this.next - this.arrivalsBefore;
    const root = this.a * this.a + 2 * this.b * m;
    const t = m === 0 ? 0 : (2 * m) / (this.a + Math.sqrt(Math.max(root, 0)));
    this.next++;
    return this.segmentStartMs + Math.min(t * 1000, this.segmentMs);
  }

  /** enterNextSegment moves past the current segment (none at first); false once the profile is over. */
  private enterNextSegment(): boolean {
    if (this.segmentIndex >= this.profile.length) return false;
    this.arrivalsBefore += this.inSegment;
    this.segmentStartMs += this.segmentMs;
    const segment = this.profile[++this.segmentIndex];
    if (!segment) {
      // Over: the loop in nextArrivalMs always comes back here, which answers false.
      this.inSegment = -Infinity;
      return false;
    }
    const seconds = segment.durationMs / 1000;
    this.segmentMs = segment.durationMs;
    this.a = segment.from;
    this.b = seconds > 0 ? (segment.to - segment.from) / seconds : 0;
    this.inSegment = seconds > 0 ? this.a * seconds + (this.b * seconds * seconds) / 2 : 0;
    return true;
  }
}
