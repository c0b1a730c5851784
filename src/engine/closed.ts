// The closed model: virtual users, each with its own keep-alive connection (over HTTP/2, its own
// stream on connections the users share), each sending its next request only when the last one is
// answered (plus think time, or a pause after a burst). The number of users follows the profile;
// users beyond it finish their request and park.

import { INTERRUPTED } from '../client/connection.js';
import { CONNECT_ERROR_BACKOFF_MS } from '../defaults.js';
import type { TimerHandle } from './clock.js';
import type { EngineContext, LoadModel, Sender } from './context.js';
import { usersAt } from '../pacing/profile.js';
import { type Random, between, seededRandom } from './random.js';

class VirtualUser {
  /** stopping: the profile no longer wants this user; it parks after its request. */
  stopping = false;
  /** looping: the user has a request in flight or a timer pending. */
  looping = false;
  timer: TimerHandle | null = null;
  burstLeft: number;
  readonly random: Random;

  constructor(
    readonly slot: Sender,
    seed: number,
    index: number,
    burstSize: number,
  ) {
    this.random = seededRandom(seed, index + 1);
    this.burstLeft = burstSize;
  }
}

export class ClosedModel implements LoadModel {
  private readonly roster: VirtualUser[] = [];
  private readonly bySlot = new Map<Sender, VirtualUser>();
  /** active users are roster[0 .. active-1]; the rest are stopping or parked. */
  private active = 0;
  private issuing = true;
  private busy = 0;

  constructor(private readonly ctx: EngineContext) {}

  start(): void {
    this.tick(0);
  }

  tick(nowMs: number): void {
    if (!this.issuing) return;
    const wanted = usersAt(this.ctx.load.profile, nowMs);
    while (this.active < wanted) this.activate(this.active++);
    while (this.active > wanted) this.deactivate(this.roster[--this.active]);
  }

  stopIssuing(): void {
    this.issuing = false;
    for (const user of this.roster) {
      user.slot.cancel();
      if (user.timer) {
        this.ctx.clock.clearTimeout(user.timer);
        user.timer = null;
        user.looping = false;
      }
    }
  }

  inFlight(): number {
    return this.busy;
  }

  *connections() {
    for (const user of this.roster) yield* user.slot.connections;
  }

  users(): number {
    return this.active;
  }

  private activate(index: number): void {
    let user = this.roster[index];
    if (!user) {
      const slot = this.ctx.sender((s, status, error) => this.after(s, status, error), index);
      user = new VirtualUser(slot, this.ctx.load.seed, index, this.ctx.load.burst?.size ?? 0);
      this.roster[index] = user;
      this.bySlot.set(slot, user);
    }
    user.stopping = false;
    if (!user.looping) {
      user.looping = true;
      this.next(user);
    }
  }

  private deactivate(user: VirtualUser): void {
    user.stopping = true;
    if (user.timer) {
      this.ctx.clock.clearTimeout(user.timer);
      user.timer = null;
      user.looping = false;
    }
  }

  private next(user: VirtualUser): void {
    user.timer = null;
    if (!this.issuing || user.stopping) {
      user.looping = false;
      return;
    }
    this.busy++;
    // In the closed model a user sends the moment it decides to, so the intended start is now and
    // latency equals service time; the open model is where the two part.
    user.slot.send(user.random(), user.random(), this.ctx.now());
  }

  private after(slot: Sender, status: number, error: string | null): void {
    this.busy--;
    const user = this.bySlot.get(slot)!;
    if (status === INTERRUPTED || !this.issuing || user.stopping) {
      user.looping = false;
      return;
    }
    const delay = this.pauseAfter(user, status, error);
    if (delay > 0) user.timer = this.ctx.clock.setTimeout(() => this.next(user), delay);
    else this.next(user);
  }

  private pauseAfter(user: VirtualUser, status: number, error: string | null): number {
    // A request that failed without any response (refused, reset, DNS, TLS, out of sockets) failed
    // fast; retrying at once would turn the user into a busy loop against a dead target.
    if (error !== null && status === 0 && error !== 'timeout') return CONNECT_ERROR_BACKOFF_MS;
    const { burst, thinkTime } = this.ctx.load;
    if (burst) {
      if (--user.burstLeft > 0) return 0;
      user.burstLeft = burst.size;
      return between(user.random, burst.pause.minMs, burst.pause.maxMs);
    }
    return thinkTime ? between(user.random, thinkTime.minMs, thinkTime.maxMs) : 0;
  }
}
