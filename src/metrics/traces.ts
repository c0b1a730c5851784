// Which requests keep their trace IDs (load_test.trace): each endpoint's slowest measured requests,
// and every failed one (up to a cap per endpoint, the rest counted). The slowest are what a person
// opens when a tail regresses; the failed ones, what they open when errors do. "Slowest" is by
// service time, from when the request left the generator: the part of its latency the service's
// own trace can show (the two are equal in the closed model). A request that never reached the
// service (UNREACHED_CODES) has no trace to open: it is counted, not kept. Memory is fixed: N per
// endpoint and the cap, whatever the request count.

import { type ErrorCode, UNREACHED_CODES } from '../client/outcome.js';
import { idsIn, spanIdOf, traceIdOf } from '../client/trace-context.js';

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
  /** failed: in the order they were sent, each endpoint's first ones up to its share of the cap. */
  failed: TracedRequest[];
  /** failedOmitted: failed requests past their endpoint's share of the cap, counted but not kept. */
  failedOmitted: number;
  /** unreached: failed requests that never reached the service (no connection, refused streams…): no trace exists, none kept. */
  unreached: number;
}

/** MIN_FAILED_PER_ENDPOINT: the least each endpoint keeps of its failures, however many endpoints share the cap. */
const MIN_FAILED_PER_ENDPOINT = 10;

/** failedPerEndpoint: each endpoint's share of the cap, so one endpoint failing from the start cannot crowd out the rest. */
export function failedPerEndpoint(cap: number, endpoints: number): number {
  return Math.max(MIN_FAILED_PER_ENDPOINT, Math.ceil(cap / Math.max(1, endpoints)));
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
  /** trace: the request's bytes, holding its IDs while the outcome is noted (client/trace-context.ts idsIn). */
  trace: Buffer;
}

/** Kept: a request the keeper holds on to, its IDs read out of the bytes the slot will reuse. */
type Kept = Omit<KeptOutcome, 'trace'> & { ids: string };

export class TraceKeeper {
  /** slowest: per endpoint, at most `perEndpoint`, slowest first. */
  private readonly slowest: Kept[][];
  private readonly failed: Kept[][];
  private readonly failedCap: number;
  private failedOmitted = 0;
  private unreached = 0;

  constructor(
    private readonly endpointNames: readonly string[],
    private readonly perEndpoint: number,
    failedCap: number,
  ) {
    this.slowest = endpointNames.map(() => []);
    this.failed = endpointNames.map(() => []);
    this.failedCap = failedPerEndpoint(failedCap, endpointNames.length);
  }

  /** note: one measured request that carried a traceparent. Most are faster than the slowest kept: one comparison. */
  note(outcome: KeptOutcome): void {
    if (outcome.error !== null) {
      if (UNREACHED_CODES.has(outcome.error)) {
        this.unreached++;
        return;
      }
      const failed = this.failed[outcome.endpoint];
      if (failed.length < this.failedCap) failed.push(copy(outcome));
      else this.failedOmitted++;
    }
    const kept = this.slowest[outcome.endpoint];
    const service = serviceOf(outcome);
    // Ties keep the one seen first.
    if (kept.length === this.perEndpoint && service <= serviceOf(kept[kept.length - 1])) return;
    let at = kept.length;
    while (at > 0 && serviceOf(kept[at - 1]) < service) at--;
    kept.splice(at, 0, copy(outcome));
    if (kept.length > this.perEndpoint) kept.pop();
  }

  sample(): TraceSample {
    const traced = (o: Kept) => tracedRequest(o, this.endpointNames[o.endpoint]);
    return {
      slowestPerEndpoint: this.perEndpoint,
      slowest: slowestFirst(this.slowest.flat().map(traced)),
      failed: inOrderSent(this.failed.flat().map(traced)),
      failedOmitted: this.failedOmitted,
      unreached: this.unreached,
    };
  }
}

/** keepSlowest: each endpoint's `perEndpoint` slowest of `requests` (several generators' together), slowest first across them all. */
export function keepSlowest<R extends TracedRequest>(requests: readonly R[], perEndpoint: number): R[] {
  return firstPerEndpoint(slowestFirst(requests), perEndpoint);
}

/** keepFailed: each endpoint's first `perEndpoint` failures of `requests` (several generators' together), in the order sent. */
export function keepFailed<R extends TracedRequest>(requests: readonly R[], perEndpoint: number): R[] {
  return firstPerEndpoint(inOrderSent(requests), perEndpoint);
}

function firstPerEndpoint<R extends TracedRequest>(requests: readonly R[], perEndpoint: number): R[] {
  const kept = new Map<string, number>();
  return requests.filter((r) => {
    const n = kept.get(r.endpoint) ?? 0;
    kept.set(r.endpoint, n + 1);
    return n < perEndpoint;
  });
}

/** slowestFirst: requests by service time, slowest first; equal times in the order given. */
function slowestFirst<R extends TracedRequest>(requests: readonly R[]): R[] {
  return [...requests].sort((a, b) => b.serviceTimeMs - a.serviceTimeMs);
}

/** inOrderSent: requests by their intended start, earliest first. */
function inOrderSent<R extends TracedRequest>(requests: readonly R[]): R[] {
  return [...requests].sort((a, b) => a.offsetMs - b.offsetMs);
}

const serviceOf = (o: Omit<KeptOutcome, 'trace'>) => o.endMs - o.startMs;

/** copy: the fields kept, not the caller's object (the engine's outcome records are its own), the IDs read out now. */
function copy(o: KeptOutcome): Kept {
  return { endpoint: o.endpoint, intendedMs: o.intendedMs, startMs: o.startMs, endMs: o.endMs, status: o.status, error: o.error, ...(o.reason !== undefined ? { reason: o.reason } : {}), ids: idsIn(o.trace) };
}

function tracedRequest(o: Kept, endpoint: string): TracedRequest {
  return {
    traceId: traceIdOf(o.ids),
    spanId: spanIdOf(o.ids),
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
