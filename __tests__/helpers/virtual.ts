// A virtual clock and virtual connections for the engine: pacing, the drain, timeout sweeping and
// stopping run on time that only moves when nothing is left to do now, so a 30 s run takes a few
// milliseconds and every figure it produces is exact, however busy the machine is.
//
// Time jumps to the next timer whenever the real event loop has turned (setImmediate), so promise
// continuations and real I/O the run awaits (pre-flight, writing files) still run in between.

import { classifyStatus } from '../../src/client/classify.js';
import { type Done, INTERRUPTED, type Origin, type SocketCounter } from '../../src/client/connection.js';
import type { ErrorCode } from '../../src/client/outcome.js';
import type { PreparedRequest } from '../../src/client/request.js';
import type { Clock, TimerHandle } from '../../src/engine/clock.js';
import type { Channel, Connect } from '../../src/engine/context.js';
import { delayShares } from '../../src/engine/delay-bound.js';
import type { GeneratorProbe } from '../../src/engine/health.js';
import type { EngineOptions } from '../../src/engine/engine.js';

interface Entry {
  at: number;
  seq: number;
  wake: () => void;
  cancelled: boolean;
}

export class VirtualClock implements Clock {
  private t = 0;
  private seq = 0;
  private readonly heap: Entry[] = [];
  private immediates: Entry[] = [];
  private pumping = false;

  now(): number {
    return this.t;
  }

  setTimeout(wake: () => void, ms: number): TimerHandle {
    const entry = { at: this.t + Math.max(1, ms), seq: this.seq++, wake, cancelled: false };
    this.push(entry);
    this.kick();
    return entry;
  }

  clearTimeout(handle: TimerHandle): void {
    (handle as Entry).cancelled = true;
  }

  setImmediate(wake: () => void): TimerHandle {
    const entry = { at: this.t, seq: this.seq++, wake, cancelled: false };
    this.immediates.push(entry);
    this.kick();
    return entry;
  }

  clearImmediate(handle: TimerHandle): void {
    (handle as Entry).cancelled = true;
  }

  /** stall freezes the generator for `forMs` from `atMs`, as a GC pause would: every wait due meanwhile runs late. */
  stall(atMs: number, forMs: number): void {
    this.setTimeout(() => (this.t += forMs), atMs - this.t);
  }

  private kick(): void {
    if (this.pumping) return;
    this.pumping = true;
    setImmediate(this.step);
  }

  private readonly step = () => {
    this.pumping = false;
    if (this.immediates.length > 0) {
      const turn = this.immediates;
      this.immediates = [];
      for (const entry of turn) {
        if (!entry.cancelled) entry.wake();
      }
    } else {
      const entry = this.pop();
      if (entry) {
        this.t = Math.max(this.t, entry.at);
        entry.wake();
      }
    }
    if (this.immediates.length > 0 || this.heap.length > 0) this.kick();
  };

  private push(entry: Entry): void {
    const heap = this.heap;
    heap.push(entry);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  /** pop takes the earliest live timer (cancelled ones are discarded on the way). */
  private pop(): Entry | null {
    const heap = this.heap;
    while (heap.length > 0) {
      const top = heap[0];
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < heap.length && before(heap[l], heap[m])) m = l;
          if (r < heap.length && before(heap[r], heap[m])) m = r;
          if (m === i) break;
          [heap[i], heap[m]] = [heap[m], heap[i]];
          i = m;
        }
      }
      if (!top.cancelled) return top;
    }
    return null;
  }
}

const before = (a: Entry, b: Entry) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

/** Reply is how the virtual service answers one request: after `afterMs`, a status or an error; or never. */
export type Reply = { afterMs: number; status: number; bytes?: number; close?: boolean } | { afterMs: number; error: ErrorCode } | 'hang';

/** Received is one request as the virtual service saw it. */
export interface Received {
  method: string;
  path: string;
  atMs: number;
  /** connection: which virtual TCP connection it came on (numbered from 1). */
  connection: number;
}

/** VirtualService answers the engine's requests on the virtual clock and keeps what it received. */
export class VirtualService {
  readonly received: Received[] = [];
  private connections = 0;

  constructor(
    readonly clock: VirtualClock,
    private readonly answer: (request: Received, index: number) => Reply,
  ) {}

  readonly connect: Connect = (_origin: Origin, sockets: SocketCounter) => new VirtualChannel(this, sockets);

  /** accept numbers a new connection. */
  accept(sockets: SocketCounter): number {
    sockets.opened++;
    return ++this.connections;
  }

  receive(request: PreparedRequest, connection: number): Reply {
    const [method, path] = request.bytes.toString('latin1', 0, request.bytes.indexOf(13)).split(' ');
    const received = { method, path, atMs: this.clock.now(), connection };
    this.received.push(received);
    return this.answer(received, this.received.length - 1);
  }
}

class VirtualChannel implements Channel {
  startedAtMs = -1;
  private connection = 0;
  private timer: TimerHandle | null = null;
  private done: Done | null = null;

  constructor(
    private readonly service: VirtualService,
    private readonly sockets: SocketCounter,
  ) {}

  get busy(): boolean {
    return this.startedAtMs >= 0;
  }

  send(request: PreparedRequest, nowMs: number, done: Done): void {
    this.startedAtMs = nowMs;
    this.done = done;
    if (this.connection === 0) this.connection = this.service.accept(this.sockets);
    const reply = this.service.receive(request, this.connection);
    if (reply === 'hang') return;
    this.timer = this.service.clock.setTimeout(() => {
      this.timer = null;
      if ('error' in reply) {
        this.connection = 0;
        this.finish(0, 0, reply.error);
        return;
      }
      if (reply.close) this.connection = 0;
      this.finish(reply.status, reply.bytes ?? 0, classifyStatus(reply.status, request.expected));
    }, reply.afterMs);
  }

  timeOut(): void {
    if (!this.busy) return;
    this.drop();
    this.finish(0, 0, 'timeout');
  }

  interrupt(): void {
    if (!this.busy) return;
    this.drop();
    this.finish(INTERRUPTED, 0, null);
  }

  destroy(): void {
    this.drop();
  }

  private drop(): void {
    if (this.timer) this.service.clock.clearTimeout(this.timer);
    this.timer = null;
    this.connection = 0;
  }

  private finish(status: number, bytes: number, error: ErrorCode | null): void {
    const done = this.done;
    this.done = null;
    this.startedAtMs = -1;
    done?.(status, bytes, error);
  }
}

/**
 * quietProbe: a virtual run has no process of its own to watch, so its event loop never lags; the
 * shares still come on the real grid, so the pacing lateness of a stall is judged as in a real run.
 */
export const quietProbe = (): GeneratorProbe => {
  const seconds: number[] = [];
  return {
    sampleSecond: () => seconds.push(0),
    stop: () => ({ eventLoopLagMs: { p50: 0, p99: 0, max: 0 }, lagSeries: seconds, delayShares: delayShares(() => 0, 0, 10), cpuPercent: 0, cpuSeries: [...seconds], rssSeries: [...seconds], peakRssMb: 0 }),
  };
};

/** virtualEngine: the engine options that put a run on `service`'s virtual clock and connections. */
export function virtualEngine(service: VirtualService): Pick<EngineOptions, 'clock' | 'connect' | 'probe'> {
  return { clock: service.clock, connect: service.connect, probe: quietProbe };
}
