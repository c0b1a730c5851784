// Plain data out of the collector: what the SLO judge and every report read.

import type { ErrorCode } from '../client/outcome.js';
import type { LatencySummary } from './histogram.js';
import type { TraceSample } from './traces.js';

export interface EndpointMetrics {
  name: string;
  requests: number;
  errors: number;
  errorRatePercent: number;
  /** throughputRps is requests completed per second of the measured window. */
  throughputRps: number;
  bytes: number;
  /** latencyMs is measured from each request's intended start (coordinated-omission safe). */
  latencyMs: LatencySummary;
  /** serviceTimeMs is measured from the moment the request was handed to its connection. */
  serviceTimeMs: LatencySummary;
  statusCodes: Record<string, number>;
  errorCodes: Partial<Record<ErrorCode, number>>;
  /** protocolReasons: for 'protocol' errors, how many responses broke each rule ("invalid chunk size": 3); absent when there were none. */
  protocolReasons?: Record<string, number>;
  /** histograms are HdrHistogram compressed base64, integer microseconds; merge them with add(). */
  histograms: { latency: string; serviceTime: string };
  /** failureReasons: for check_failed, which check failed first on each response; for capture_failed, what the capture missed; for h2_stream_reset, the RST_STREAM code; absent when none happened. */
  failureReasons?: FailureReasons;
  /** checks: a flow step's (or endpoint's) checks, each with how many measured responses passed and failed it; absent without checks. */
  checks?: CheckCount[];
}

/** REASONED_CODES: the error codes with reasons of their own, counted apart (the 'protocol' code's are protocolReasons). */
export const REASONED_CODES = ['check_failed', 'capture_failed', 'h2_stream_reset'] as const;

/** FailureReasons: counts by reason, per error code that has reasons of its own. */
export type FailureReasons = Partial<Record<(typeof REASONED_CODES)[number], Record<string, number>>>;

/** CheckCount: one check's outcomes over the measured responses. */
export interface CheckCount {
  name: string;
  passed: number;
  failed: number;
}

export interface SecondSample {
  /** t is the second since the run started. */
  t: number;
  requests: number;
  errors: number;
  /** latency percentiles (ms) of the requests that finished in this second. */
  p50: number;
  p95: number;
  p99: number;
  /** users running at the end of the second (closed model). */
  users: number;
  /** arrivals scheduled in this second (open model). */
  arrivals: number;
  dropped: number;
  inFlight: number;
  /** warmup: the second began inside the warm-up (its requests are not judged, or not all of them). */
  warmup: boolean;
  /** histogram of this second's latencies (HdrHistogram base64, µs) and its response bytes: for intervals over batches of time, shard merges, the Locust history. */
  histogram?: string;
  bytes?: number;
}

export interface MetricsSnapshot {
  measuredSeconds: number;
  overall: EndpointMetrics;
  endpoints: EndpointMetrics[];
  warmup: { requests: number; errors: number };
  arrivals: { scheduled: number; dropped: number };
  series: SecondSample[];
  /** traces: the trace IDs kept (load_test.trace); absent when the run was not traced. */
  traces?: TraceSample;
}

/** LatencyBins: latencies (ms, at bucket resolution) with their counts, decoded. */
export type LatencyBins = ReadonlyArray<readonly [number, number]>;

/**
 * LookMetrics: an endpoint's (or the whole run's) numbers at a look while the load goes on
 * (decide_early): counts and latencies (as decoded bins and their summary), nothing encoded, no
 * service times or status codes, since reading every histogram each look would stall the generator
 * it is measuring. An endpoint whose latencies no look judges has empty bins. Never written to a report.
 */
export type LookMetrics = Omit<EndpointMetrics, 'histograms'> & { histograms?: undefined; bins: LatencyBins };

/** LookSnapshot: the run so far, at a whole second, as a look reads it. */
export interface LookSnapshot {
  measuredSeconds: number;
  overall: LookMetrics;
  endpoints: LookMetrics[];
  /** series: the closed seconds, each with its latencies as bins. */
  series: Array<{ t: number; requests: number; errors: number; warmup: boolean; bins: LatencyBins }>;
}
