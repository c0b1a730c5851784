// How the load models pace themselves, against real servers on 127.0.0.1: the open model sleeps on
// a timer between arrivals instead of polling, never does unbounded work in one turn of the event
// loop, and so costs about what the closed model costs per request. Nothing here asserts a
// wall-clock figure: wake-ups are counted, and CPU is compared between runs of the same test.

import { describe, expect, test } from '@jest/globals';
import { prepareRequests } from '../src/client/request.js';
import { type EngineOptions, type EngineResult, runEngine } from '../src/engine/engine.js';
import { type Clock, nodeClock } from '../src/engine/clock.js';
import { MAX_BATCH } from '../src/engine/open.js';
import { ArrivalSchedule } from '../src/pacing/profile.js';
import { Collector } from '../src/metrics/collector.js';
import type { MetricsSnapshot } from '../src/metrics/snapshot.js';
import { failing, ok, slow } from './helpers/servers.js';
import { startChildServer } from './helpers/child-server.js';
import { closeAfterEach } from './helpers/closers.js';
import { planFrom } from './helpers/plan.js';

const { closers, server } = closeAfterEach();

/**
 * countingClock is Node's clock, counting the wake-ups that ran: timers (sleeps) and backlog turns
 * (yields). The engine's own ticker and end-of-run timer are timers too, so sleeps are bounded
 * from above only.
 */
function countingClock(onYield: (yields: number) => void = () => undefined) {
  const counts = { sleeps: 0, yields: 0 };
  const clock: Clock = {
    ...nodeClock,
    setTimeout: (wake, ms) =>
      nodeClock.setTimeout(() => {
        counts.sleeps++;
        wake();
      }, ms),
    setImmediate: (wake) =>
      nodeClock.setImmediate(() => {
        counts.yields++;
        onYield(counts.yields);
        wake();
      }),
  };
  return { counts, clock };
}

interface Run {
  result: EngineResult;
  snapshot: MetricsSnapshot;
  collector: Collector;
  /** cpuMicros: this process's CPU time (user + system) over the run. */
  cpuMicros: number;
}

/** engine runs the engine itself (no pre-flight, no report) with a real collector, and times its CPU. */
async function engine(flags: Record<string, string>, options: Partial<EngineOptions> = {}, onCollector: (c: Collector) => void = () => undefined): Promise<Run> {
  const plan = planFrom({ flags: { '--output': 'test-output/open-pacing', '--min-requests': '1', ...flags } });
  const collector = new Collector(plan.endpoints.map((e) => e.name), plan.load.warmupMs);
  onCollector(collector);
  const cpuBefore = process.cpuUsage();
  const result = await runEngine({ plan, arms: [{ target: plan.target, requests: prepareRequests(plan.target, plan.endpoints, plan.headers), collector }], maxDrainMs: 2000, ...options });
  const cpu = process.cpuUsage(cpuBefore);
  return { result, snapshot: collector.snapshot(result.endMs, result.loadEndMs - plan.load.warmupMs), collector, cpuMicros: cpu.user + cpu.system };
}

const sent = (run: Run) => run.snapshot.overall.requests + run.snapshot.warmup.requests;

describe('the open model sleeps between arrivals', () => {
  test('at 3,000 arrivals/s every arrival is fired, with fewer wake-ups than arrivals and no polling', async () => {
    const s = await server(ok);
    const { counts, clock } = countingClock();
    const run = await engine({ '--target': s.url, '--rate': '3000', '--duration': '1s', '--max-in-flight': '2000' }, { clock });
    expect(run.result.stoppedBy).toBe('completed');
    // Every arrival of the schedule was fired: sent, or dropped at the cap if a busy machine stalled
    // this process long enough for 2,000 to pile up in flight.
    expect(run.snapshot.arrivals.scheduled).toBe(3000);
    expect(sent(run) + run.snapshot.arrivals.dropped + run.result.interruptedRequests).toBe(3000);
    expect(s.received.length).toBeGreaterThanOrEqual(sent(run));
    // Arrivals come every third of a millisecond and a timer sleeps at least one, so most wake-ups
    // fire several arrivals; polling would have woken hundreds of times per arrival.
    expect(counts.sleeps + counts.yields).toBeLessThan(3000);
    expect(counts.sleeps).toBeGreaterThan(0);
    // A turn yields only with a backlog of a whole batch: a stall of this process long enough for
    // MAX_BATCH arrivals to fall due (about 85 ms here, which a busy machine can cause).
    expect(counts.yields).toBeLessThanOrEqual(Math.ceil(3000 / MAX_BATCH));
  });

  test('at 200 arrivals/s each arrival costs at most about two wake-ups', async () => {
    const s = await server(ok);
    const { counts, clock } = countingClock();
    const run = await engine({ '--target': s.url, '--rate': '200', '--duration': '1s' }, { clock });
    expect(run.snapshot.arrivals).toEqual({ scheduled: 200, dropped: 0 });
    // One timer per gap, and now and then a second when Node's millisecond clock wakes it a
    // fraction early, besides the engine's own (a tick every 50 ms, the end of the run): never
    // the hundreds of turns a polling loop takes to cross a 5 ms gap.
    expect(counts.sleeps).toBeLessThanOrEqual(2 * 200 + 40);
    expect(counts.yields).toBe(0);
  });

  test('arrivals still due when the run ends are sent, however late the model\'s own timer wakes', async () => {
    const s = await server(ok);
    // Every wake-up but the end of the run (the only 1,000 ms wait) comes 20 ms late, as on a busy
    // machine: when the end-of-run timer fires, the last ~20 arrivals are due and their wake-up
    // has not come yet.
    const late: Clock = { ...nodeClock, setTimeout: (wake, ms) => nodeClock.setTimeout(wake, ms === 1000 ? ms : ms + 20) };
    const run = await engine({ '--target': s.url, '--rate': '1000', '--duration': '1s' }, { clock: late });
    expect(run.snapshot.arrivals).toEqual({ scheduled: 1000, dropped: 0 });
  });

  test('after its last arrival a schedule keeps answering null', () => {
    const schedule = new ArrivalSchedule([
      { durationMs: 1000, from: 0, to: 4 },
      { durationMs: 0, from: 4, to: 10 },
      { durationMs: 500, from: 10, to: 10 },
    ]);
    const times: number[] = [];
    for (let t = schedule.nextArrivalMs(); t !== null; t = schedule.nextArrivalMs()) times.push(t);
    // 2 arrivals on the ramp (its integral), 5 in the last half second.
    expect(times).toHaveLength(7);
    expect(times[1]).toBeCloseTo(Math.sqrt(1 / 2) * 1000, 6);
    expect(times[2]).toBe(1000);
    expect(times[6]).toBeCloseTo(1400, 6);
    expect([schedule.nextArrivalMs(), schedule.nextArrivalMs()]).toEqual([null, null]);
  });
});

describe('no turn of the event loop does unbounded work', () => {
  test('a rate far beyond what the generator can send still hears a stop signal, and stops issuing at once', async () => {
    const s = await server(slow(20));
    const controller = new AbortController();
    let arrivalsAtAbort = -1;
    let yieldsAtAbort = -1;
    let collector: Collector | null = null;
    // After 20 backlog turns, ask for the stop from a separate timer: it only runs if the model
    // really gives the event loop back between batches.
    const { counts, clock } = countingClock((yields) => {
      if (yields !== 20) return;
      setTimeout(() => {
        arrivalsAtAbort = collector!.snapshot(0, 0).arrivals.scheduled;
        yieldsAtAbort = counts.yields;
        controller.abort();
      }, 0);
    });
    const run = await engine(
      { '--target': s.url, '--rate': '1000000', '--duration': '30s', '--max-in-flight': '10' },
      { clock, signal: controller.signal },
      (c) => (collector = c),
    );
    expect(run.result.stoppedBy).toBe('interrupted');
    expect(yieldsAtAbort).toBeGreaterThanOrEqual(20);
    // Nothing is fired once the stop is heard, and no turn fired more than one batch.
    expect(counts.yields).toBe(yieldsAtAbort);
    expect(run.snapshot.arrivals.scheduled).toBe(arrivalsAtAbort);
    expect(run.snapshot.arrivals.scheduled).toBeLessThanOrEqual((counts.sleeps + counts.yields + 1) * MAX_BATCH);
    // The cap held: 10 connections, and every arrival beyond them was dropped and counted.
    expect(run.result.connectionsOpened).toBeLessThanOrEqual(10);
    expect(sent(run) + run.result.interruptedRequests).toBe(run.snapshot.arrivals.scheduled - run.snapshot.arrivals.dropped);
    expect(run.snapshot.arrivals.dropped).toBeGreaterThan(run.snapshot.arrivals.scheduled * 0.99);
  });

  test('a closed model with no think time against a target that fails at once still hears a stop signal', async () => {
    const controller = new AbortController();
    let receivedAtAbort = -1;
    let answered = 0;
    const s = await server((req, res, body) => {
      failing(500)(req, res, body);
      // Once 500 requests have failed, ask for the stop from a timer, which needs the loop to turn.
      if (++answered === 500) {
        setTimeout(() => {
          receivedAtAbort = s.received.length;
          controller.abort();
        }, 0);
      }
    });
    const run = await engine({ '--target': s.url, '--concurrency': '20', '--duration': '30s' }, { signal: controller.signal });
    expect(run.result.stoppedBy).toBe('interrupted');
    expect(receivedAtAbort).toBeGreaterThanOrEqual(500);
    // Only requests already on the wire when the stop was heard can still arrive: one per user.
    expect(s.received.length - receivedAtAbort).toBeLessThanOrEqual(20);
    expect(run.snapshot.overall.errorCodes).toEqual({ http_5xx: run.snapshot.overall.requests });
  });
});

describe('CPU per request does not depend on how the schedule is paced', () => {
  test('the open model at 1,000 arrivals/s costs about what closed virtual users at the same rate cost', async () => {
    // The server runs in its own process, so this process's CPU time is the generator's alone.
    const child = await startChildServer();
    closers.push(child.close);
    const target = child.url;
    // A first short run of each warms up the code, so neither measured run pays for compiling it.
    const closedFlags = { '--target': target, '--concurrency': '4', '--think-time': '2ms-6ms' };
    await engine({ ...closedFlags, '--duration': '0.3s' });
    await engine({ '--target': target, '--rate': '1000', '--duration': '0.3s' });
    // The closed run paces 4 users with a think time of 2–6 ms: close to 1,000 requests/s, spread
    // over time as the arrivals are, each user sleeping on a timer between its requests as the open
    // model now sleeps between arrivals.
    // Two rounds, each a closed run beside an open one: a burst of the shared machine's load during
    // one run moves that round's ratio, not both; a model that really costs more shows in both.
    const ratios: number[] = [];
    for (let round = 0; round < 2; round++) {
      const closed = await engine({ ...closedFlags, '--duration': '1.5s' });
      const open = await engine({ '--target': target, '--rate': '1000', '--duration': '1.5s', '--max-in-flight': '5000' });
      expect(open.snapshot.arrivals.scheduled).toBe(1500);
      ratios.push(open.cpuMicros / sent(open) / (closed.cpuMicros / sent(closed)));
    }
    // Polling for arrivals made the open model cost over four times as much per request here;
    // sleeping brings it to about one. The bound is generous, for a shared machine.
    expect(Math.min(...ratios)).toBeLessThan(2);
  });
});
