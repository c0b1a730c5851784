// What a load model needs from the engine, passed in so models stay small and testable.

import { type Done, INTERRUPTED, type Origin, type SocketCounter } from '../client/connection.js';
import type { PreparedRequest } from '../client/request.js';
import type { LoadPlan } from '../config/plan.js';
import type { RenderContext, Value } from '../template/generators.js';
import { drawValues } from '../template/request.js';
import type { Collector } from '../metrics/collector.js';
import type { Clock } from './clock.js';
import type { TraceIds } from '../client/trace-context.js';
import type { WeightedPicker } from './picker.js';

/**
 * Channel is one keep-alive connection as the engine uses it, one request at a time:
 * client/connection.ts's Connection over HTTP/1.1, a stream slot on connections the target's users
 * share over HTTP/2 (client/http2-stream.ts), a virtual one in the engine's own tests (see Connect).
 */
export interface Channel {
  /** busy: a request is in flight. */
  readonly busy: boolean;
  /** startedAtMs: when the request in flight was sent, on the engine's clock (-1 when idle). */
  readonly startedAtMs: number;
  /** send writes `request`; `done` is called exactly once. */
  send(request: PreparedRequest, nowMs: number, done: Done): void;
  /** timeOut gives up on the request in flight as a timeout. */
  timeOut(): void;
  /** interrupt ends the request in flight because the run is stopping; it is not counted. */
  interrupt(): void;
  destroy(): void;
}

/** Connect opens a channel to one origin (over the HTTP version its pre-flight settled: Origin.version), counting its TCP connections in `sockets`. */
export type Connect = (origin: Origin, sockets: SocketCounter) => Channel;

/**
 * Arm is one target the load goes to. A plain run has one; a canary run has two (canary and
 * production), and every hit goes to both with the same request at the same moment, so noise on
 * the runner and drift over time touch both arms alike.
 */
export interface Arm {
  origin: Origin;
  requests: readonly PreparedRequest[];
  /** setupRequests: the flows' setup steps, prepared for this arm (not measured). */
  setupRequests?: readonly PreparedRequest[];
  collector: Collector;
  sockets: SocketCounter;
}

export interface EngineContext {
  load: LoadPlan;
  arms: readonly Arm[];
  picker: WeightedPicker;
  /** now is milliseconds since the run started. */
  now(): number;
  /** clock is what the models wait on (now() above is its reading, from the run's start). */
  clock: Clock;
  /** connect opens the channels the hits go out on. */
  connect: Connect;
  /** settled is called after each finished hit, so the engine can notice the drain is over. */
  settled(): void;
  /** render: what a templated endpoint's values are drawn from, once per hit for every arm (template/generators.ts). */
  render: RenderContext;
  /** exhausted: a data file ran out of unique rows (on_exhausted: stop): the load ends here, for this reason. */
  exhausted(reason: string): void;
  /** sender: a new sender for a model's user or arrival slot: a Slot for endpoints, a FlowSlot for flows. */
  sender(after: After, index: number): Sender;
  /** traceIds: where a traced request's IDs come from (PreparedRequest.traced). */
  traceIds: TraceIds;
}

/**
 * stamped: a traced request (one this send owns: written for the hit, or the slot's copy) with
 * fresh trace IDs; its bytes, which the outcome carries for the collector to read the IDs from when
 * it keeps them; undefined for a request that is not traced.
 */
export function stamped(request: PreparedRequest, ids: TraceIds): Buffer | undefined {
  if (!request.traced) return undefined;
  ids.stamp(request.bytes);
  return request.bytes;
}

export interface LoadModel {
  start(): void;
  /** tick runs every few tens of milliseconds while the load runs (the closed model adjusts its users). */
  tick(nowMs: number): void;
  /** stopIssuing: no new requests from now on; those in flight may finish. onTime: the profile ran its full length. */
  stopIssuing(onTime?: boolean): void;
  inFlight(): number;
  connections(): Iterable<Channel>;
  /** users running now (closed model), for the series and progress. */
  users(): number;
}

/** After is told when a hit (a flow's iteration) has finished on every arm: the worst status, and an error if any arm failed. */
export type After = (sender: Sender, status: number, error: string | null) => void;

/**
 * Sender is what a load model sends through: one hit at a time (Slot), or one flow iteration at a
 * time (engine/flow.ts FlowSlot), over its own connection per arm.
 */
export interface Sender {
  readonly connections: Channel[];
  /** send starts a hit (or iteration) picked with `u`; `order` decides which arm is written first; measured from `intendedMs`. */
  send(u: number, order: number, intendedMs: number): void;
  /** cancel: the load is stopping: nothing more is started (a flow between steps ends its iteration at once). */
  cancel(): void;
}

/**
 * Slot sends one hit at a time: the same request to each arm over that arm's own keep-alive
 * connection. Its bookkeeping is reused hit after hit, so the hot path allocates nothing but the
 * Outcome records.
 */
export class Slot implements Sender {
  readonly connections: Channel[];
  private readonly dones: Done[];
  private readonly startMs: number[];
  /** traces: each arm's trace IDs for the hit in flight (undefined: not traced). */
  private readonly traces: Array<Buffer | undefined>;
  private endpoint = 0;
  private intendedMs = 0;
  private pending = 0;
  private status = 0;
  private error: string | null = null;
  /** values, scratch: a templated hit's values and each arm's request, reused hit after hit (a slot sends one hit at a time). */
  private readonly values: Value[] = [];
  private readonly scratch: Array<Map<PreparedRequest, PreparedRequest>>;

  constructor(
    private readonly ctx: EngineContext,
    private readonly after: After,
  ) {
    this.connections = ctx.arms.map((arm) => ctx.connect(arm.origin, arm.sockets));
    this.startMs = ctx.arms.map(() => 0);
    this.traces = ctx.arms.map(() => undefined);
    this.scratch = ctx.arms.map(() => new Map());
    this.dones = ctx.arms.map((arm, a) => (status, bytes, error, reason) => {
      if (status >= 0) arm.collector.record({ endpoint: this.endpoint, intendedMs: this.intendedMs, startMs: this.startMs[a], endMs: ctx.now(), status, bytes, error, reason, trace: this.traces[a] });
      if (status === INTERRUPTED) this.status = INTERRUPTED;
      else if (error !== null && this.status !== INTERRUPTED && (this.error === null || status === 0)) {
        this.error = error;
        this.status = status;
      } else if (this.error === null && this.status !== INTERRUPTED) this.status = status;
      if (--this.pending === 0) {
        after(this, this.status, this.error);
        ctx.settled();
      }
    });
  }

  /** cancel: a hit is one request; the one in flight finishes or is cut by the engine. */
  cancel(): void {}

  /**
   * ownCopy: arm `a`'s request for this hit in the slot's own copy: written from the hit's values
   * (a template), or, for a literal request that is traced, copied once and stamped anew each hit
   * (the slot sends its next hit only once the last one is over, and a retry resends the same IDs).
   */
  private ownCopy(a: number, prepared: PreparedRequest, values: readonly Value[] | null): PreparedRequest {
    let request = this.scratch[a].get(prepared);
    if (!request) this.scratch[a].set(prepared, (request = { ...prepared, bytes: values ? prepared.bytes : Buffer.from(prepared.bytes) }));
    if (values) request.bytes = prepared.template!.render(values);
    return request;
  }

  /**
   * send picks the endpoint with `u` and sends it to every arm, measured from `intendedMs`; `order`
   * (uniform in [0, 1)) decides which arm is written first, so neither always goes first.
   */
  send(u: number, order: number, intendedMs: number): void {
    const arms = this.ctx.arms;
    this.endpoint = this.ctx.picker.pick(u);
    this.intendedMs = intendedMs;
    this.pending = arms.length;
    this.status = 0;
    this.error = null;
    const first = Math.floor(order * arms.length);
    // A templated endpoint's values are drawn once for the hit: every arm gets the same request.
    const template = arms[0].requests[this.endpoint].template;
    const values = template ? drawValues(template.endpoint, this.ctx.render, this.values) : null;
    if (template && values === null) {
      // A unique data file ran out: this hit is not sent (no row may go twice), and the load stops.
      this.pending = 0;
      this.ctx.exhausted(template.endpoint.files.map((f) => this.ctx.render.data[f].ranOut).find((why) => why !== null) ?? 'a data file ran out of rows');
      // Not sent, so not counted: the model frees the slot as for a hit cut at the stop.
      this.after(this, INTERRUPTED, null);
      this.ctx.settled();
      return;
    }
    for (let k = 0; k < arms.length; k++) {
      const a = (first + k) % arms.length;
      const prepared = arms[a].requests[this.endpoint];
      const request = values || prepared.traced ? this.ownCopy(a, prepared, values) : prepared;
      this.traces[a] = stamped(request, this.ctx.traceIds);
      this.startMs[a] = this.ctx.now();
      this.connections[a].send(request, this.startMs[a], this.dones[a]);
    }
  }
}
