// Named defaults, in one place so the docs, the help text and the code agree.

/** MAX_VIRTUAL_USERS bounds one process: each user holds a socket and ulimit -n is often 20,000. */
export const MAX_VIRTUAL_USERS = 10_000;

export const DEFAULT_CONCURRENCY = 10;
export const DEFAULT_DURATION_MS = 30_000;
/**
 * DEFAULT_MAX_DURATION_MS: an unset duration when the run decides early (decide_early, a canary's
 * default): the longest it may take. At the canary's default rules and ordinary noise, 30 s is too
 * short to tell a good canary from one 10% slower; most decide long before 2 minutes.
 */
export const DEFAULT_MAX_DURATION_MS = 120_000;
/** DEFAULT_MIN_DURATION_MS: with decide_early, no decision before 10 s of measured load: enough seconds for batches of time to mean something. */
export const DEFAULT_MIN_DURATION_MS = 10_000;
export const DEFAULT_TIMEOUT_MS = 10_000;
/** DEFAULT_RAMP_UP_MS is the seeds' 30 s ramp, shortened to half the run when the run is shorter than a minute. */
export const DEFAULT_RAMP_UP_MS = 30_000;
/** DEFAULT_BURST is the seeds' burst pattern: 10 requests back to back, then a pause of 0.5–2 s. */
export const DEFAULT_BURST = { size: 10, pauseMinMs: 500, pauseMaxMs: 2000 };
/**
 * DEFAULT_HTTP_VERSION: 1.1, HTTP/2 only when asked for (auto or 2): node:http2 costs 2-2.5x (Node 24)
 * to 4-5x (Node 20) the CPU per request of our HTTP/1.1 (docs/PERFORMANCE.md), so a run sized for HTTP/1.1 could become
 * generator-bound if an HTTPS target were switched to HTTP/2 unasked.
 */
export const DEFAULT_HTTP_VERSION = '1.1';
/** DEFAULT_MAX_STREAMS_PER_CONNECTION: HTTP/2 streams one connection carries at once, as browsers and most servers allow (fewer when the server's SETTINGS say so). */
export const DEFAULT_MAX_STREAMS_PER_CONNECTION = 100;
/** MAX_STREAMS_PER_CONNECTION: more streams than users (or requests in flight) could never be used. */
export const MAX_STREAMS_PER_CONNECTION = MAX_VIRTUAL_USERS;
/** DEFAULT_TRACE_SLOWEST: each endpoint's slowest measured requests whose trace IDs are kept (load_test.trace_slowest): the 10 a regression comment links. */
export const DEFAULT_TRACE_SLOWEST = 10;
/** MAX_TRACE_SLOWEST: enough to read a tail by its traces, few enough that results.json stays small. */
export const MAX_TRACE_SLOWEST = 100;
/** FAILED_TRACES_KEPT: every failed request's trace ID is kept up to this many per target; beyond it they are counted (a run where everything fails would otherwise write millions). */
export const FAILED_TRACES_KEPT = 1000;
/** DEFAULT_MAX_IN_FLIGHT caps open-model requests in flight; arrivals beyond it are dropped and counted. */
export const DEFAULT_MAX_IN_FLIGHT = 1000;
/** DEFAULT_MIN_REQUESTS: fewer measured requests than this are too few to judge percentiles (p99 needs ~100). */
export const DEFAULT_MIN_REQUESTS = 100;
export const DEFAULT_OUTPUT_DIR = 'loadtest-report';
export const DEFAULT_ENVIRONMENT = 'staging';

/**
 * DEFAULT_THRESHOLDS: the seeds' "P95 > 250 ms or error_rate > 0.5 %", each applied unless its own
 * kind is configured: the error-rate ceiling unless error_rate is set, p95 unless some latency
 * percentile is (see applyDefaultThresholds in config/resolve.ts).
 */
export const DEFAULT_THRESHOLDS = { p95: 250, error_rate: 0.5 } as const;

/**
 * MAX_DRAIN_MS: when the load stops on time, requests in flight may finish up to their own timeout
 * (so a service that hangs at the end of the run is recorded as timeouts, not forgotten), but for
 * no longer than this; any still unanswered then are cut, and a pass becomes inconclusive.
 */
export const MAX_DRAIN_MS = 10_000;
/** CONNECT_ERROR_BACKOFF_MS keeps a user whose connection fails from spinning in a busy loop against a dead target. */
export const CONNECT_ERROR_BACKOFF_MS = 50;

/** Pre-flight: tries with doubling waits (250 ms, then up to once a second) until the target is ready or wait_for_ready runs out. */
export const PREFLIGHT = { connectTimeoutMs: 3000, firstBackoffMs: 250, maxBackoffMs: 1000 };
/**
 * wait_for_ready: how long the pre-flight waits for a target that is still starting (connection
 * refused, a name not resolving yet, timeouts, 502/503/504). The CLI's default is short, so a typo
 * fails fast; the action's is longer, as the canary it gates may have just been deployed. 0 tries once.
 */
export const DEFAULT_WAIT_FOR_READY_MS = 10_000;
export const ACTION_WAIT_FOR_READY_MS = 60_000;

/** Generator-health limits beyond which a run cannot be trusted to have delivered or measured the load. */
export const GENERATOR_LIMITS = {
  /** Arrivals dropped at the in-flight cap, as a share of those scheduled. */
  maxDroppedPercent: 1,
  /** Achieved arrival rate below this share of the requested rate means the load was not delivered. */
  minAchievedRateShare: 0.9,
  /** A second whose longest event-loop stall exceeds this counts as lagging: responses that arrived in the stall waited for it. */
  maxEventLoopLagMs: 50,
  /** Generator CPU at or above this share of a core is saturated: responses wait to be read. */
  saturatedCpuPercent: 95,
  /** Share of the run's seconds that must be lagging or saturated before it counts. */
  meaningfulShare: 0.2,
};

// Upper bounds of the numeric settings: what one process can honour. A typo such as `rate: 1e12`
// or `duration: 600h` is then a config error on its line, never a generator spinning at 100% CPU
// or a run that "completes" at once. docs/CONFIG.md lists them.

/**
 * MAX_TIMER_MS: Node keeps a timer's delay as a signed 32-bit count of milliseconds. A longer delay
 * (24.86 days or more) overflows: Node warns and fires the timer after 1 ms, so a run of 25 days
 * would end at once. Every duration bound below stays well under it.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;
/** MAX_RATE_PER_SECOND: arrivals per second one process can schedule (`rate`, and stage targets with a rate); more needs --shard. */
export const MAX_RATE_PER_SECOND = 1_000_000;
/** MAX_SHARDS: jobs a distributed run may be split into (`--shard i/N`). */
export const MAX_SHARDS = 1000;
/** MAX_THROUGHPUT: a throughput minimum may judge a merged run: every shard at the maximum rate. */
export const MAX_THROUGHPUT = MAX_RATE_PER_SECOND * MAX_SHARDS;
/** MAX_RUN_MS: 7 days: a run's duration, warm-up and ramp-up, its load stages (each and in total), a rollout stage. */
export const MAX_RUN_MS = 7 * 24 * 3_600_000;
/** MAX_LATENCY_MS: 1 hour, the latency histograms' highest trackable value: latency limits, the request timeout, think times, burst pauses. */
export const MAX_LATENCY_MS = 3_600_000;
/** MAX_HOOK_TIMEOUT_MS: 1 day for a rollout hook (`hook_timeout`) or a rollback command or webhook (`rollback.timeout`). */
export const MAX_HOOK_TIMEOUT_MS = 24 * 3_600_000;
/** RESOURCES_INTERVAL_MS: how often the target's resources may be sampled: not in a busy loop, and at least once an hour. */
export const RESOURCES_INTERVAL_MS = { min: 100, max: 3_600_000 } as const;
/** MAX_BURST_SIZE: requests one virtual user sends back to back in the burst pattern. */
export const MAX_BURST_SIZE = 10_000;
/** MAX_MIN_REQUESTS: the largest `min_requests` (a day at 10,000 req/s is 864 million). */
export const MAX_MIN_REQUESTS = 1_000_000_000;
/** MAX_SEED: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 2 ** 32 - 1;
/** MAX_ENDPOINT_WEIGHT: weights are normalised, so any larger number is a typo. */
export const MAX_ENDPOINT_WEIGHT = 1_000_000;
/** CONFIDENCE_PERCENT: a comparison's confidence (canary, baseline); 100% would need infinitely many requests. */
export const CONFIDENCE_PERCENT = { min: 50, max: 99.99 } as const;
/** MAX_YAML_ALIASES: alias expansions a config file may make (YAML's maxAliasCount): more is an alias bomb. */
export const MAX_YAML_ALIASES = 100;

// Defaults a user gets without setting anything; the settings' documentation (docs/CONFIG.md) says the same.

/** DEFAULT_CONFIDENCE_PERCENT: a canary comparison's or a baseline's confidence: a 2% chance of a false alarm per metric compared. */
export const DEFAULT_CONFIDENCE_PERCENT = 98;
/** DEFAULT_RESOURCES_INTERVAL_MS: the target's resources are sampled every 5 s: a few samples in the shortest useful run. */
export const DEFAULT_RESOURCES_INTERVAL_MS = 5000;
/** DEFAULT_HOOK_TIMEOUT_MS: a rollout hook (shift traffic, pre/post stage) gets a minute, as a deploy command might need. */
export const DEFAULT_HOOK_TIMEOUT_MS = 60_000;
/** DEFAULT_ROLLBACK_TIMEOUT_MS: a rollback command or webhook gets a minute. */
export const DEFAULT_ROLLBACK_TIMEOUT_MS = 60_000;
/** DEFAULT_GITHUB_API_URL: GitHub's API when GITHUB_API_URL is not set (it is on every runner, GHES included). */
export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** DEFAULT_ROLLOUT_STAGES are the seeds' stages: 5%, 25%, 50% and 100% of traffic for 5, 10, 15 and 5 minutes. */
export const DEFAULT_ROLLOUT_STAGES = [
  { name: '5% Traffic', percentage: 5, duration: 300_000 },
  { name: '25% Traffic', percentage: 25, duration: 600_000 },
  { name: '50% Traffic', percentage: 50, duration: 900_000 },
  { name: '100% Traffic', percentage: 100, duration: 300_000 },
] as const;
