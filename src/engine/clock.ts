// The engine's only way to read the time and to wait: a port, so that pacing, the drain, timeout
// sweeping and stopping can be driven by a virtual clock in tests, where "exactly 400 arrivals" and
// "timed out after 300 ms" are facts rather than races with a busy machine.

/** TimerHandle is whatever the clock hands back to cancel a wait with; opaque to the engine. */
export type TimerHandle = object;

export interface Clock {
  /** now: milliseconds on a monotonic clock; only differences mean anything. */
  now(): number;
  /** setTimeout runs `wake` once, `ms` milliseconds from now (at least 1, as Node's timers). */
  setTimeout(wake: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  /** setImmediate runs `wake` on the next turn of the event loop, after pending I/O: for backlogs. */
  setImmediate(wake: () => void): TimerHandle;
  clearImmediate(handle: TimerHandle): void;
}

/** nodeClock is the real one: performance.now and Node's timers. */
export const nodeClock: Clock = {
  now: () => performance.now(),
  setTimeout: (wake, ms) => setTimeout(wake, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  setImmediate: (wake) => setImmediate(wake),
  clearImmediate: (handle) => clearImmediate(handle as NodeJS.Immediate),
};
