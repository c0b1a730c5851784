// Named defaults, in one place so the docs, the help text and the code agree.

/** MAX_VIRTUAL_USERS bounds one process: each user holds a socket and ulimit -n is often 20,000. */
export const MAX_VIRTUAL_USERS = 10_000;

export const DEFAULT_CONCURRENCY = 10;
export const DEFAULT_DURATION_MS = 30_000;
export const DEFAULT_TIMEOUT_MS = 10_000;
/** DEFAULT_RAMP_UP_MS is the seeds' 30 s ramp, shortened to half the run when the run is shorter than a minute. */
export const DEFAULT_RAMP_UP_MS = 30_000;
/** DEFAULT_BURST is the seeds' burst pattern: 10 requests back to back, then a pause of 0.5–2 s. */
export const DEFAULT_BURST = { size: 10, pauseMinMs: 500, pauseMaxMs: 2000 };
/** DEFAULT_MAX_IN_FLIGHT caps open-model requests in flight; arrivals beyond it are dropped and counted. */
export const DEFAULT_MAX_IN_FLIGHT = 1000;
/** DEFAULT_MIN_REQUESTS: fewer measured requests than this are too few to judge percentiles (p99 needs ~100). */
export const DEFAULT_MIN_REQUESTS = 100;
export const DEFAULT_OUTPUT_DIR = 'loadtest-report';
export const DEFAULT_ENVIRONMENT = 'staging';

/** DEFAULT_THRESHOLDS apply only when nothing configures any threshold: the seeds' "P95 > 250 ms or error_rate > 0.5 %". */
export const DEFAULT_THRESHOLDS = { p95: 250, error_rate: 0.5 } as const;

/**
 * MAX_DRAIN_MS: when the load stops on time, requests in flight may finish up to their own timeout
 * (so a service that hangs at the end of the run is recorded as timeouts, not forgotten), but for
 * no longer than this; any still unanswered then are cut, and a pass becomes inconclusive.
 */
export const MAX_DRAIN_MS = 10_000;
/** CONNECT_ERROR_BACKOFF_MS keeps a user whose connection fails from spinning in a busy loop against a dead target. */
export const CONNECT_ERROR_BACKOFF_MS = 50;

/** Pre-flight: a bounded number of tries with doubling waits, so a dead target fails in seconds. */
export const PREFLIGHT = { connectAttempts: 3, connectTimeoutMs: 3000, healthAttempts: 5, firstBackoffMs: 250, maxBackoffMs: 4000 };

/** Generator-health limits beyond which a run cannot be trusted to have delivered or measured the load. */
export const GENERATOR_LIMITS = {
  /** Arrivals dropped at the in-flight cap, as a share of those scheduled. */
  maxDroppedPercent: 1,
  /** Achieved arrival rate below this share of the requested rate means the load was not delivered. */
  minAchievedRateShare: 0.9,
  /** Event-loop delay (p99 over the run) above this inflates latencies measured from the intended start. */
  maxEventLoopLagMs: 50,
  /** Generator CPU at or above this share of a core is saturated: responses wait to be read. */
  saturatedCpuPercent: 95,
  /** Share of the run's seconds that must be lagging or saturated before it counts. */
  meaningfulShare: 0.2,
};
