// What a load model needs from the engine, passed in so models stay small and testable.

import type { Connection, Done } from '../client/connection.js';
import type { PreparedRequest } from '../client/request.js';
import type { LoadPlan } from '../config/plan.js';
import type { Collector } from '../metrics/collector.js';
import type { WeightedPicker } from './picker.js';

export interface EngineContext {
  load: LoadPlan;
  requests: readonly PreparedRequest[];
  picker: WeightedPicker;
  collector: Collector;
  /** now is milliseconds since the run started. */
  now(): number;
  newConnection(): Connection;
  /** settled is called after each finished request, so the engine can notice the drain is over. */
  settled(): void;
}

export interface LoadModel {
  start(): void;
  /** tick runs every few tens of milliseconds while the load runs (the closed model adjusts its users). */
  tick(nowMs: number): void;
  /** stopIssuing: no new requests from now on; those in flight may finish. */
  stopIssuing(): void;
  inFlight(): number;
  connections(): Iterable<Connection>;
  /** users running now (closed model), for the series and progress. */
  users(): number;
}

/**
 * InFlightRequest is one request's bookkeeping, reused across requests on the same connection so
 * the hot path allocates nothing but the Outcome it records.
 */
export class InFlightRequest {
  endpoint = 0;
  intendedMs = 0;
  startMs = 0;
  readonly done: Done;

  constructor(
    readonly connection: Connection,
    private readonly ctx: EngineContext,
    private readonly after: (request: InFlightRequest, status: number, error: string | null) => void,
  ) {
    this.done = (status, bytes, error) => {
      if (status >= 0) {
        this.ctx.collector.record({ endpoint: this.endpoint, intendedMs: this.intendedMs, startMs: this.startMs, endMs: this.ctx.now(), status, bytes, error });
      }
      this.after(this, status, error);
      this.ctx.settled();
    };
  }

  /** send picks the next endpoint with `u` (uniform in [0, 1)) and sends it, measured from `intendedMs`. */
  send(u: number, intendedMs: number): void {
    const request = this.ctx.requests[this.ctx.picker.pick(u)];
    this.endpoint = request.endpoint;
    this.intendedMs = intendedMs;
    this.startMs = this.ctx.now();
    this.connection.send(request, this.startMs, this.done);
  }
}
