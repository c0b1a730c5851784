// The open model: arrivals follow the schedule whatever the service does, as real traffic does.
// Each arrival takes an idle connection, opens a new one up to the in-flight cap, or is dropped
// and counted: never delayed, because a delayed arrival would hide exactly the slowness we measure.

import type { Connection } from '../client/connection.js';
import { type EngineContext, type LoadModel, Slot } from './context.js';
import { ArrivalSchedule } from './pacing/profile.js';
import { type Random, seededRandom } from './random.js';

/** SPIN_BELOW_MS: closer than this to the next arrival, poll with setImmediate; timers fire ~1 ms late. */
const SPIN_BELOW_MS = 2;

export class OpenModel implements LoadModel {
  private readonly schedule: ArrivalSchedule;
  private nextArrival: number | null = null;
  private readonly idle: Slot[] = [];
  private readonly all: Slot[] = [];
  private busy = 0;
  private issuing = true;
  private timer: NodeJS.Timeout | null = null;
  private immediate: NodeJS.Immediate | null = null;
  private readonly random: Random;
  private readonly pump = () => this.fireDue();

  constructor(private readonly ctx: EngineContext) {
    this.schedule = new ArrivalSchedule(ctx.load.profile);
    this.random = seededRandom(ctx.load.seed, 0);
  }

  start(): void {
    this.nextArrival = this.schedule.nextArrivalMs();
    this.fireDue();
  }

  tick(): void {}

  stopIssuing(): void {
    this.issuing = false;
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = null;
    this.immediate = null;
  }

  inFlight(): number {
    return this.busy;
  }

  connections(): Connection[] {
    return this.all.flatMap((slot) => slot.connections);
  }

  users(): number {
    return 0;
  }

  private fireDue(): void {
    this.timer = null;
    this.immediate = null;
    if (!this.issuing) return;
    const now = this.ctx.now();
    while (this.nextArrival !== null && this.nextArrival <= now) {
      this.fire(this.nextArrival, now);
      this.nextArrival = this.schedule.nextArrivalMs();
    }
    if (this.nextArrival === null) return;
    const wait = this.nextArrival - this.ctx.now();
    if (wait >= SPIN_BELOW_MS) this.timer = setTimeout(this.pump, wait - 1);
    else this.immediate = setImmediate(this.pump);
  }

  private fire(intendedMs: number, nowMs: number): void {
    let slot = this.idle.pop();
    if (!slot) {
      if (this.all.length >= this.ctx.load.maxInFlight) {
        for (const arm of this.ctx.arms) arm.collector.noteArrival(nowMs, true);
        return;
      }
      slot = new Slot(this.ctx, (s) => this.after(s));
      this.all.push(slot);
    }
    for (const arm of this.ctx.arms) arm.collector.noteArrival(nowMs, false);
    this.busy++;
    slot.send(this.random(), this.random(), intendedMs);
  }

  private after(slot: Slot): void {
    this.busy--;
    this.idle.push(slot);
  }
}
