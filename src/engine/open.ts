// The open model: arrivals follow the schedule whatever the service does, as real traffic does.
// Each arrival takes an idle connection, opens a new one up to the in-flight cap, or is dropped
// and counted: never delayed, because a delayed arrival would hide exactly the slowness we measure.
// (Over HTTP/2 a "connection" here is a stream slot: a new one takes a free stream, and opens a
// connection only when every one is full; see client/http2-pool.ts.)
//
// Pacing: fire every arrival that is due, then sleep on a timer until the next one. Node's timers
// wake about a millisecond late, so an arrival goes out up to that late; its latency still counts
// from its intended start, so the lateness is recorded, never hidden. Polling with setImmediate
// instead would send on time but burn a whole core from about 500 arrivals/s up, and a generator
// that saturates its own CPU measures itself, not the service.

import type { TimerHandle } from './clock.js';
import type { Channel, EngineContext, LoadModel, Sender } from './context.js';
import { ArrivalSchedule } from '../pacing/profile.js';
import { type Random, seededRandom } from './random.js';

/**
 * MAX_BATCH bounds the arrivals fired in one turn of the event loop. A rate the generator cannot
 * keep up with (or arrivals dropped at the in-flight cap, which cost almost nothing) would
 * otherwise keep fireDue looping for ever, and a stop signal would never be heard. It is well above
 * what falls due in one timer wake-up at any rate one process can send (about 100 at 100k/s), so
 * only a backlog is split: then the responses read between batches free their connections for the
 * next batch, instead of every late arrival opening a new one and the backlog feeding itself.
 */
export const MAX_BATCH = 256;

export class OpenModel implements LoadModel {
  private readonly schedule: ArrivalSchedule;
  private nextArrival: number | null = null;
  private readonly idle: Sender[] = [];
  private readonly all: Sender[] = [];
  private busy = 0;
  private issuing = true;
  private timer: TimerHandle | null = null;
  private immediate: TimerHandle | null = null;
  private readonly random: Random;
  private readonly pump = () => this.wake();

  constructor(private readonly ctx: EngineContext) {
    this.schedule = new ArrivalSchedule(ctx.load.profile);
    this.random = seededRandom(ctx.load.seed, 0);
  }

  start(): void {
    this.nextArrival = this.schedule.nextArrivalMs();
    this.wake();
  }

  tick(): void {}

  stopIssuing(onTime = false): void {
    // The engine's end-of-run timer and ours can fall due in the same millisecond (and Node may run
    // it a fraction early): every arrival of the profile still belongs to a run that ran its full
    // length. An interruption sends nothing more.
    if (this.issuing && onTime) while (this.fireDue(this.ctx.load.durationMs, this.ctx.now()));
    this.issuing = false;
    this.cancelWake();
    for (const slot of this.all) slot.cancel();
  }

  inFlight(): number {
    return this.busy;
  }

  connections(): Channel[] {
    return this.all.flatMap((slot) => slot.connections);
  }

  users(): number {
    return 0;
  }

  private wake(): void {
    this.timer = null;
    this.immediate = null;
    if (!this.issuing) return;
    const backlog = this.fireDue(this.ctx.now());
    if (this.nextArrival === null) return;
    if (backlog) {
      this.immediate = this.ctx.clock.setImmediate(this.pump);
      return;
    }
    // A whole number of milliseconds, at least one: Node keeps one timer list per duration.
    const wait = Math.max(1, Math.ceil(this.nextArrival - this.ctx.now()));
    this.timer = this.ctx.clock.setTimeout(this.pump, wait);
  }

  /** fireDue sends the arrivals due by `dueByMs`, at most MAX_BATCH; true when more are due. */
  private fireDue(dueByMs: number, nowMs = dueByMs): boolean {
    // issuing: a hit can stop the run from inside fire() (a unique data file ran out): nothing more goes.
    for (let fired = 0; this.issuing && this.nextArrival !== null && this.nextArrival <= dueByMs; fired++) {
      if (fired === MAX_BATCH) return true;
      this.fire(this.nextArrival, nowMs);
      this.nextArrival = this.schedule.nextArrivalMs();
    }
    return false;
  }

  private cancelWake(): void {
    if (this.timer) this.ctx.clock.clearTimeout(this.timer);
    if (this.immediate) this.ctx.clock.clearImmediate(this.immediate);
    this.timer = null;
    this.immediate = null;
  }

  private fire(intendedMs: number, nowMs: number): void {
    let slot = this.idle.pop();
    if (!slot) {
      if (this.all.length >= this.ctx.load.maxInFlight) {
        for (const arm of this.ctx.arms) arm.collector.noteArrival(nowMs, true);
        return;
      }
      slot = this.ctx.sender((s) => this.after(s), this.all.length);
      this.all.push(slot);
    }
    for (const arm of this.ctx.arms) arm.collector.noteArrival(nowMs, false);
    this.busy++;
    slot.send(this.random(), this.random(), intendedMs);
  }

  private after(slot: Sender): void {
    this.busy--;
    this.idle.push(slot);
  }
}
