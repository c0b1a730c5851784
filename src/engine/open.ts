// The open model: arrivals follow the schedule whatever the service does, as real traffic does.
// Each arrival takes an idle connection, opens a new one up to the in-flight cap, or is dropped
// and counted: never delayed, because a delayed arrival would hide exactly the slowness we measure.

import { type EngineContext, type LoadModel, InFlightRequest } from './context.js';
import { ArrivalSchedule } from './pacing/profile.js';
import { type Random, seededRandom } from './random.js';

/** SPIN_BELOW_MS: closer than this to the next arrival, poll with setImmediate; timers fire ~1 ms late. */
const SPIN_BELOW_MS = 2;

export class OpenModel implements LoadModel {
  private readonly schedule: ArrivalSchedule;
  private nextArrival: number | null = null;
  private readonly idle: InFlightRequest[] = [];
  private readonly all: InFlightRequest[] = [];
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

  connections() {
    return this.all.map((request) => request.connection);
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
    let request = this.idle.pop();
    if (!request) {
      if (this.all.length >= this.ctx.load.maxInFlight) {
        this.ctx.collector.noteArrival(nowMs, true);
        return;
      }
      request = new InFlightRequest(this.ctx.newConnection(), this.ctx, (r) => this.after(r));
      this.all.push(request);
    }
    this.ctx.collector.noteArrival(nowMs, false);
    this.busy++;
    request.send(this.random(), intendedMs);
  }

  private after(request: InFlightRequest): void {
    this.busy--;
    this.idle.push(request);
  }
}
