// The run loop: start the load model, stop it on time (or when told), let requests in flight
// finish (up to their timeout after an on-time stop, briefly after an interruption), and cut what
// is left. Times out requests by sweeping the connections, which is
// cheaper than a timer per request at tens of thousands of requests per second.

import { INTERRUPTED as INTERRUPTED_STATUS, originOf, type SocketCounter } from '../client/connection.js';
import type { HttpVersion } from '../client/protocol.js';
import type { PreparedRequest } from '../client/request.js';
import { Transport } from '../client/transport.js';
import type { Plan } from '../config/plan.js';
import { MAX_DRAIN_MS } from '../defaults.js';
import type { Collector } from '../metrics/collector.js';
import { ClosedModel } from './closed.js';
import { type Clock, nodeClock } from './clock.js';
import { type Arm, type Connect, type EngineContext, type LoadModel, Slot } from './context.js';
import { FlowSlot } from './flow.js';
import { type GeneratorHealth, type GeneratorProbe, HealthMonitor } from './health.js';
import { OpenModel } from './open.js';
import { WeightedPicker } from './picker.js';
import { seededRandom } from './random.js';
import type { RenderContext } from '../template/generators.js';
import { dataSource } from '../template/data.js';
import { TraceIds } from '../client/trace-context.js';

/** TICK_MS: how often users are adjusted and timeouts swept; a timeout fires at most this late. */
const TICK_MS = 50;
/** INTERRUPT_DRAIN_MS: after Ctrl-C or an abort, in-flight requests get this long, so the whole stop stays under 2 s. */
const INTERRUPT_DRAIN_MS = 750;

export type StopReason = 'completed' | 'interrupted' | 'aborted';

/** EngineStop: what onSecond may ask for: an abort (abort-on-fail), or a stop because the verdict is decided (decide_early). */
export type EngineStop = { kind: 'aborted'; reason: string } | { kind: 'decided' };

export interface EngineResult {
  stoppedBy: StopReason;
  /** decidedAtMs: when a run that decides early stopped because it was decided (the load then completed early); else null. */
  decidedAtMs: number | null;
  /** abortReason explains an early abort. */
  abortReason: string | null;
  /** loadEndMs: when the load stopped (the end of the measured window). */
  loadEndMs: number;
  /** endMs: when the drain ended. */
  endMs: number;
  /** interruptedRequests were still in flight when the drain ended; they are counted nowhere else. */
  interruptedRequests: number;
  /** connectionsOpened counts TCP connections, reconnects included. */
  connectionsOpened: number;
  /** armConnections: each arm's own count (and, over HTTP/2, how many streams a connection was allowed), in the order of `arms`. */
  armConnections: SocketCounter[];
  health: GeneratorHealth;
}

export interface ArmTarget {
  /** target is the base URL this arm's requests go to. */
  target: string;
  /** version: the HTTP version its pre-flight settled (client/protocol.ts); absent: 1.1. */
  version?: HttpVersion;
  requests: readonly PreparedRequest[];
  /** setupRequests: the flows' setup steps for this arm (runSetup). */
  setupRequests?: readonly PreparedRequest[];
  collector: Collector;
}

export interface EngineOptions {
  plan: Plan;
  /** arms: one for a plain run; canary and production for a comparison. */
  arms: readonly ArmTarget[];
  /** signal stops the run early (Ctrl-C, SIGTERM, a cancelled job). */
  signal?: AbortSignal;
  /** onSecond runs once per second; it may abort the run (abort-on-fail) or end it as decided (decide_early). */
  onSecond?: (elapsedMs: number, users: number) => EngineStop | null;
  /** maxDrainMs caps the drain after an on-time stop (MAX_DRAIN_MS); tests shorten it. */
  maxDrainMs?: number;
  /** clock: what the run reads the time from and waits on (Node's timers); tests pass a virtual one. */
  clock?: Clock;
  /** connect opens the connections hits go out on (real HTTP/1.1 or HTTP/2: client/transport.ts); tests pass virtual ones with the clock. */
  connect?: Connect;
  /** probe watches the generator's own process (HealthMonitor); a virtual run has none to watch. */
  probe?: (judgedFromMs: number) => GeneratorProbe;
  /** setup: what each arm's setup steps captured (runSetup), every flow user's from the start. */
  setup?: ReadonlyArray<ReadonlyMap<string, string>>;
}

/**
 * renderContext: templates' values from the run's seed (its own stream), the plan's variables, and
 * a sequence unique across the shards of a run (shard i of n counts i, i + n, i + 2n …).
 */
function renderContext(plan: Plan): RenderContext {
  const shard = plan.shard ?? { index: 1, count: 1 };
  let hits = 0;
  return {
    random: seededRandom(plan.load.seed, 0x7e3a1e),
    vars: plan.variables,
    data: plan.data.map((file) => dataSource(file, file.order, file.onExhausted, shard)),
    rows: [],
    seq: () => shard.index + shard.count * hits++,
    // now() and isoNow() name the wall clock's time, not the run's.
    nowMs: () => Date.now(),
    session: null,
  };
}

/** connections: the run's real connections (closed at its end; told when the run is cut short), or the test's virtual ones. */
function connections(plan: Plan, connect: Connect | undefined): { connect: Connect; interrupt: () => void; close: () => void } {
  if (connect) return { connect, interrupt: () => {}, close: () => {} };
  const transport = new Transport(plan.http.maxStreamsPerConnection, plan.load.timeoutMs);
  return { connect: transport.connect, interrupt: () => transport.interrupt(), close: () => transport.close() };
}

const realProbe = (judgedFromMs: number): GeneratorProbe => new HealthMonitor(judgedFromMs);

export function runEngine(options: EngineOptions): Promise<EngineResult> {
  const { plan } = options;
  const clock = options.clock ?? nodeClock;
  const t0 = clock.now();
  const now = () => clock.now() - t0;
  const health = (options.probe ?? realProbe)(plan.load.warmupMs);
  const transport = connections(plan, options.connect);
  const arms: Arm[] = options.arms.map((arm) => ({ origin: originOf(arm.target, plan.insecure, arm.version), requests: arm.requests, setupRequests: arm.setupRequests, collector: arm.collector, sockets: { opened: 0 } }));
  let stopping: { reason: StopReason; abortReason: string | null; loadEndMs: number; drainUntilMs: number } | null = null;
  let decidedAtMs: number | null = null;

  return new Promise((resolve) => {
    const ctx: EngineContext = {
      load: plan.load,
      arms,
      // Flows are picked per iteration, endpoints per hit.
      picker: new WeightedPicker(plan.flows ? plan.flows.flows.map((f) => f.weight) : plan.endpoints.map((e) => e.weight)),
      now,
      clock,
      connect: transport.connect,
      settled: () => {
        if (stopping && model.inFlight() === 0) finish();
      },
      render: renderContext(plan),
      exhausted: (reason) => stop('aborted', reason),
      sender: (after, index) => (plan.flows ? new FlowSlot(ctx, plan.flows, after, options.setup ?? [], index) : new Slot(ctx, after)),
      traceIds: new TraceIds(),
    };
    const model: LoadModel = plan.load.model === 'closed' ? new ClosedModel(ctx) : new OpenModel(ctx);
    let nextSecond = 1000;
    let finished = false;

    const stop = (reason: StopReason, abortReason: string | null = null) => {
      if (stopping) return;
      const loadEndMs = Math.min(now(), plan.load.durationMs);
      const drainMs = reason === 'completed' ? Math.min(plan.load.timeoutMs, options.maxDrainMs ?? MAX_DRAIN_MS) : INTERRUPT_DRAIN_MS;
      stopping = { reason, abortReason, loadEndMs, drainUntilMs: now() + drainMs };
      // Cut short: what is in flight gets a brief drain, and nothing is sent again (an HTTP/2 stream a graceful GOAWAY left).
      if (reason !== 'completed') transport.interrupt();
      model.stopIssuing(reason === 'completed');
      if (model.inFlight() === 0) finish();
    };

    const tick = () => {
      const t = now();
      for (const connection of model.connections()) {
        if (connection.busy && t - connection.startedAtMs >= plan.load.timeoutMs) connection.timeOut();
      }
      if (stopping) {
        if (t >= stopping.drainUntilMs) finish();
        return;
      }
      model.tick(t);
      for (const arm of arms) arm.collector.setGauges(t, { users: model.users(), inFlight: model.inFlight() });
      while (t >= nextSecond && !stopping) {
        health.sampleSecond();
        const asked = options.onSecond?.(t, model.users()) ?? null;
        nextSecond += 1000;
        if (asked?.kind === 'aborted') stop('aborted', asked.reason);
        if (asked?.kind === 'decided') {
          // Decided: the load is done, as if its duration had come; requests in flight drain as on time.
          decidedAtMs = t;
          stop('completed');
        }
      }
    };

    const finish = () => {
      if (finished || !stopping) return;
      finished = true;
      clock.clearTimeout(ticker);
      clock.clearTimeout(endTimer);
      options.signal?.removeEventListener('abort', onSignal);
      let interruptedRequests = 0;
      const connections = [...model.connections()];
      for (const connection of connections) {
        if (connection.busy) {
          interruptedRequests++;
          connection.interrupt();
        }
      }
      for (const connection of connections) connection.destroy();
      transport.close();
      resolve({
        stoppedBy: stopping.reason,
        decidedAtMs,
        abortReason: stopping.abortReason,
        loadEndMs: stopping.loadEndMs,
        endMs: now(),
        interruptedRequests,
        connectionsOpened: arms.reduce((sum, arm) => sum + arm.sockets.opened, 0),
        armConnections: arms.map((arm) => arm.sockets),
        health: health.stop(),
      });
    };

    const onSignal = () => stop('interrupted');
    // The ticker re-arms itself after each tick (not a fixed-rate interval), so a stalled loop
    // catches up with one tick rather than a burst of them.
    let ticker = clock.setTimeout(function everyTick() {
      tick();
      if (!finished) ticker = clock.setTimeout(everyTick, TICK_MS);
    }, TICK_MS);
    const endTimer = clock.setTimeout(() => stop('completed'), plan.load.durationMs);
    if (options.signal?.aborted) {
      stop('interrupted');
      return;
    }
    options.signal?.addEventListener('abort', onSignal, { once: true });
    model.start();
  });
}

export interface SetupOptions {
  plan: Plan;
  arms: ReadonlyArray<{ target: string; version?: HttpVersion; setupRequests: readonly PreparedRequest[] }>;
  clock?: Clock;
  connect?: Connect;
}

/** SetupOutcome: each arm's captures, or why setup failed (which step, on which arm, what was wrong). */
export type SetupOutcome = { ok: true; captured: Array<ReadonlyMap<string, string>> } | { ok: false; failure: string };

/**
 * runSetup runs the flows' setup steps once, before any load, on every arm with its own session
 * (the canary's service token is the canary's). Nothing is measured. Any error, failed check or
 * failed capture ends it: a run whose setup failed cannot send the load it was asked to.
 */
export function runSetup(options: SetupOptions): Promise<SetupOutcome> {
  const { plan } = options;
  const flows = plan.flows!;
  const clock = options.clock ?? nodeClock;
  const t0 = clock.now();
  const transport = connections(plan, options.connect);
  const arms: Arm[] = options.arms.map((arm) => ({ origin: originOf(arm.target, plan.insecure, arm.version), requests: [], setupRequests: arm.setupRequests, collector: null as unknown as Collector, sockets: { opened: 0 } }));
  return new Promise((resolve) => {
    let sweep: ReturnType<Clock['setTimeout']> | null = null;
    const ctx: EngineContext = {
      load: plan.load,
      arms,
      picker: new WeightedPicker([1]),
      now: () => clock.now() - t0,
      clock,
      connect: transport.connect,
      settled: () => {},
      render: renderContext(plan),
      exhausted: () => {},
      sender: () => {
        throw new Error('setup sends through its own slot');
      },
      traceIds: new TraceIds(),
    };
    const slot = new FlowSlot(ctx, flows, () => {}, [], 0, false, true, (end, sessions) => {
      if (sweep) clock.clearTimeout(sweep);
      for (const connection of slot.connections) connection.destroy();
      transport.close();
      if (end.failure !== null || end.status === INTERRUPTED_STATUS) resolve({ ok: false, failure: end.failure ?? 'setup was interrupted' });
      else resolve({ ok: true, captured: sessions.map((s) => new Map(s)) });
    });
    // A setup request gets the run's timeout, swept as the engine sweeps.
    const tick = () => {
      const t = ctx.now();
      for (const connection of slot.connections) if (connection.busy && t - connection.startedAtMs >= plan.load.timeoutMs) connection.timeOut();
      sweep = clock.setTimeout(tick, TICK_MS);
    };
    sweep = clock.setTimeout(tick, TICK_MS);
    try {
      slot.runSteps(flows.setup, 0);
    } catch (error) {
      // A bug of ours must not leave a timer and sockets holding the process open.
      if (sweep) clock.clearTimeout(sweep);
      for (const connection of slot.connections) connection.destroy();
      transport.close();
      throw error;
    }
  });
}
