// Which requests keep their trace IDs (load_test.trace): each endpoint's slowest measured requests,
// and every failed one (up to a cap, the rest counted). The slowest are what a person opens when a
// tail regresses; the failed ones, what they open when errors do. Memory is fixed: N per endpoint
// and the cap, whatever the request count.

import type { ErrorCode } from '../client/outcome.js';
import { spanIdOf, traceIdOf } from '../client/trace-context.js';

/** TracedRequest: one request whose trace ID was kept, with what the run measured of it. */
export interface TracedRequest {
  traceId: string;
  spanId: string;
  /** endpoint: its name, as the report's endpoints are named. */
  endpoint: string;
  /** latencyMs: from its intended start, as the latency SLOs judge it; serviceTimeMs: from when it was handed to its connection. */
  latencyMs: number;
  serviceTimeMs: number;
  /** status: 0 when no response arrived. */
  status: number;
  error: ErrorCode | null;
  /** reason: which check failed, what broke (Outcome.reason), when there is one. */
  reason?: string;
  /** offsetMs: its intended start, from the start of the load (as the timeseries counts seconds). */
  offsetMs: number;
}

/** TraceSample: what a run kept: the slowest (each endpoint's, slowest first across them all) and the failed. */
export interface TraceSample {
  /** slowestPerEndpoint: how many each endpoint keeps (load_test.trace_slowest). */
  slowestPerEndpoint: number;
  slowest: TracedRequest[];
  failed: TracedRequest[];
  /** failedOmitted: failed requests past the cap, counted but not kept. */
  failedOmitted: number;
}

/** KeptOutcome: what the keeper reads of a finished, measured request. */
export interface KeptOutcome {
  endpoint: number;
  intendedMs: number;
  startMs: number;
  endMs: number;
  status: number;
  error: ErrorCode | null;
  reason?: string;
  trace: string;
}

export class TraceKeeper {
  /** slowest: per endpoint, at most `perEndpoint`, slowest first. */
  private readonly slowest: KeptOutcome[][];
  private readonly failed: KeptOutcome[] = [];
  private failedOmitted = 0;

  constructor(
    private readonly endpointNames: readonly string[],
    private readonly perEndpoint: number,
    private readonly failedCap: number,
  ) {
    this.slowest = endpointNames.map(() => []);
  }

  /** note: one measured request that carried a traceparent. Most are faster than the slowest kept: one comparison. */
  note(outcome: KeptOutcome): void {
    if (outcome.error !== null) {
      if (this.failed.length < this.failedCap) this.failed.push(copy(outcome));
      else this.failedOmitted++;
    }
    const kept = this.slowest[outcome.endpoint];
    const latency = outcome.endMs - outcome.intendedMs;
    // Ties keep the one seen first.
    if (kept.length === this.perEndpoint && latency <= latencyOf(kept[kept.length - 1])) return;
    let at = kept.length;
    while (at > 0 && latencyOf(kept[at - 1]) < latency) at--;
    kept.splice(at, 0, copy(outcome));
    if (kept.length > this.perEndpoint) kept.pop();
  }

  sample(): TraceSample {
    const traced = (o: KeptOutcome) => tracedRequest(o, this.endpointNames[o.endpoint]);
    return {
      slowestPerEndpoint: this.perEndpoint,
      slowest: slowestFirst(this.slowest.flat().map(traced)),
      failed: this.failed.map(traced),
      failedOmitted: this.failedOmitted,
    };
  }
}

/** keepSlowest: each endpoint's `perEndpoint` slowest of `requests` (several generators' together), slowest first across them all. */
export function keepSlowest<R extends TracedRequest>(requests: readonly R[], perEndpoint: number): R[] {
  const kept = new Map<string, number>();
  return slowestFirst(requests).filter((r) => {
    const n = kept.get(r.endpoint) ?? 0;
    kept.set(r.endpoint, n + 1);
    return n < perEndpoint;
  });
}

/** slowestFirst: requests by latency, slowest first; equal latencies in the order given. */
export function slowestFirst<R extends TracedRequest>(requests: readonly R[]): R[] {
  return [...requests].sort((a, b) => b.latencyMs - a.latencyMs);
}

const latencyOf = (o: KeptOutcome) => o.endMs - o.intendedMs;

/** copy: the fields kept, not the caller's object (the engine's outcome records are its own). */
function copy(o: KeptOutcome): KeptOutcome {
  return { endpoint: o.endpoint, intendedMs: o.intendedMs, startMs: o.startMs, endMs: o.endMs, status: o.status, error: o.error, ...(o.reason !== undefined ? { reason: o.reason } : {}), trace: o.trace };
}

function tracedRequest(o: KeptOutcome, endpoint: string): TracedRequest {
  return {
    traceId: traceIdOf(o.trace),
    spanId: spanIdOf(o.trace),
    endpoint,
    latencyMs: microseconds(o.endMs - o.intendedMs),
    serviceTimeMs: microseconds(o.endMs - o.startMs),
    status: o.status,
    error: o.error,
    ...(o.reason !== undefined ? { reason: o.reason } : {}),
    offsetMs: microseconds(o.intendedMs),
  };
}

/** microseconds: a time in ms to the microsecond, as the histograms count. */
const microseconds = (ms: number) => Math.round(ms * 1000) / 1000;
