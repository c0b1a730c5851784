// The engine's timing on a virtual clock (helpers/virtual.ts): pacing, the drain, timeout sweeping,
// stopping and the load shapes, with exact figures. No real time passes and no real socket is
// opened, so nothing here depends on how busy the machine is; engine.test.ts keeps the few checks
// that need a real server, and asserts behaviour there, not a stopwatch.

import { describe, expect, test } from '@jest/globals';
import { loadAndJudge, type RunOptions } from '../src/app/run.js';
import { ArrivalSchedule } from '../src/pacing/profile.js';
import type { RunReport } from '../src/report/model.js';
import { planFrom } from './helpers/plan.js';
import { type Received, type Reply, VirtualClock, VirtualService, virtualEngine } from './helpers/virtual.js';

const TARGET = 'http://service.test';

interface VirtualRun {
  report: RunReport;
  service: VirtualService;
  clock: VirtualClock;
}

/** run drives one whole run (after its pre-flight) on a fresh virtual clock against `answer`. */
async function run(flags: Record<string, string | string[] | boolean>, answer: (request: Received, index: number) => Reply, hooks: (clock: VirtualClock) => RunOptions = () => ({})): Promise<VirtualRun> {
  const clock = new VirtualClock();
  const service = new VirtualService(clock, answer);
  const plan = planFrom({ flags: { '--target': TARGET, '--output': 'test-output/engine-clock', ...flags } });
  const report = await loadAndJudge(plan, [], { ...hooks(clock), engine: virtualEngine(service) });
  return { report, service, clock };
}

const answersIn = (ms: number, status = 200): (() => Reply) => () => ({ afterMs: ms, status, bytes: 2 });
const hangs = (): Reply => 'hang';
const sent = (report: RunReport) => report.overall.requests + report.warmup.requests;
/** drainMs: how long the run waited after the load stopped (the clock stops when the run ends). */
const drainMs = ({ report, clock }: VirtualRun) => clock.now() - report.durationSeconds * 1000;

describe('open model: arrivals keep to the schedule', () => {
  test('every arrival goes out at its scheduled moment, and the window counts exactly what fell in it', async () => {
    const { report, service } = await run({ '--rate': '200', '--duration': '2s', '--warmup': '0.5s' }, answersIn(5));
    const schedule = new ArrivalSchedule(planFrom({ flags: { '--target': TARGET, '--rate': '200', '--duration': '2s' } }).load.profile);
    const planned: number[] = [];
    for (let t = schedule.nextArrivalMs(); t !== null; t = schedule.nextArrivalMs()) planned.push(t);
    expect(planned).toHaveLength(400);
    // The virtual clock wakes on the millisecond asked for: each request is sent within a
    // millisecond of its arrival, which is Node's timer resolution.
    expect(service.received.map((r) => r.atMs - planned[service.received.indexOf(r)]).every((late) => late >= 0 && late < 1)).toBe(true);
    expect(report.arrivals).toEqual({ scheduled: 400, dropped: 0, droppedPercent: 0 });
    expect(report.overall.requests).toBe(300);
    expect(report.warmup.requests).toBe(100);
    expect(report.overall.throughputRps).toBe(200);
    expect(report.measuredSeconds).toBe(1.5);
    expect(report.verdict).toBe('pass');
  });

  test('arrivals beyond the in-flight cap are dropped and counted, never delayed, and void a pass', async () => {
    const { report, service } = await run({ '--rate': '100', '--duration': '1.5s', '--max-in-flight': '5', '--min-requests': '1' }, answersIn(200));
    // Five in flight at a time, each for 200 ms, arrivals every 10 ms: of every 20 arrivals, 5 are
    // sent and 15 dropped. None is sent late: each goes out on its own 10 ms mark.
    expect(report.arrivals!.scheduled).toBe(150);
    expect(service.received.every((r) => Math.abs(r.atMs / 10 - Math.round(r.atMs / 10)) < 0.1)).toBe(true);
    expect(service.received.length).toBe(40);
    expect(report.arrivals!.dropped).toBe(110);
    expect(sent(report) + report.arrivals!.dropped + report.generator.interruptedRequests).toBe(150);
    expect(report.verdict).toBe('inconclusive');
    expect(report.reasons.join(' ')).toMatch(/of arrivals \(110 of 150\) were dropped because 5 requests were already in flight: raise --max-in-flight or lower the rate/);
  });

  test('a stalled generator sends late and shows in latency, not service time, and says it could explain a breach', async () => {
    const { report } = await run({ '--rate': '100', '--duration': '1.5s', '--min-requests': '1', '--p95': '200ms' }, answersIn(5), (clock) => {
      // The generator freezes for 300 ms at 600 ms, as in a GC pause: 30 arrivals fall due meanwhile.
      clock.stall(600, 300);
      return {};
    });
    expect(report.arrivals!.scheduled).toBe(150);
    expect(report.overall.serviceTimeMs.max).toBeLessThan(6);
    expect(report.overall.latencyMs.max).toBeGreaterThanOrEqual(300);
    expect(report.overall.latencyMs.p95 - report.overall.serviceTimeMs.p95).toBeGreaterThanOrEqual(100);
    // The p95 breach is the generator's own doing: the verdict says so instead of failing the service.
    expect(report.verdict).toBe('inconclusive');
    expect(report.generator.addedDelayMs!.p95).toBeGreaterThanOrEqual(100);
  });
});

describe('closed model: users, think time and shapes', () => {
  test('users send back to back; the window, the throughput and the connections are exact', async () => {
    const { report, service } = await run({ '--concurrency': '5', '--duration': '1.5s', '--warmup': '0.5s' }, answersIn(10));
    // 5 users, each answered in 10 ms and sending again at once: 500 requests a second, 750 in
    // 1.5 s; the last five are answered at the very moment the load stops, and are counted.
    expect(service.received.length).toBe(750);
    expect(sent(report)).toBe(750);
    expect(report.overall.requests).toBe(500);
    expect(report.durationSeconds).toBe(1.5);
    expect(report.measuredSeconds).toBe(1);
    expect(report.overall.throughputRps).toBe(500);
    expect(report.generator.connectionsOpened).toBe(5);
    expect(report.overall.latencyMs.p50).toBeCloseTo(10, 0);
    expect(report.timeseries.map((p) => p.warmup)).toEqual([true, false]);
    expect(report.verdict).toBe('pass');
  });

  test('think time spaces each user\'s requests by a seeded draw from its range', async () => {
    const { service } = await run({ '--concurrency': '1', '--duration': '1s', '--think-time': '20ms-40ms', '--min-requests': '1' }, answersIn(10));
    const gaps = service.received.slice(1).map((r, i) => r.atMs - service.received[i].atMs);
    expect(gaps.length).toBeGreaterThan(15);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(30);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(50);
    // A seed reproduces the run to the millisecond.
    const again = await run({ '--concurrency': '1', '--duration': '1s', '--think-time': '20ms-40ms', '--min-requests': '1' }, answersIn(10));
    expect(again.service.received).toEqual(service.received);
  });

  test('ramp-up adds users over time', async () => {
    const { report } = await run({ '--pattern': 'ramp-up', '--concurrency': '20', '--duration': '3s', '--ramp-up': '2s', '--min-requests': '1' }, answersIn(5));
    // Each second's users are the last tick's (every 50 ms) of that second: 950 ms and 1,950 ms up
    // a 2 s ramp to 20 are 9 and 19 users; then the top.
    expect(report.timeseries.map((p) => p.users)).toEqual([9, 19, 20]);
  });

  test('burst sends back-to-back requests, then pauses', async () => {
    const { service } = await run({ '--pattern': 'burst', '--concurrency': '1', '--burst-size': '5', '--burst-pause': '300ms', '--duration': '1.4s', '--min-requests': '1' }, answersIn(1));
    const gaps = service.received.slice(1).map((r, i) => r.atMs - service.received[i].atMs);
    // Bursts of 5 one millisecond apart, then 300 ms (+1 for the last answer) of pause.
    expect(gaps.slice(0, 9)).toEqual([1, 1, 1, 1, 301, 1, 1, 1, 1]);
    expect(service.received.length).toBe(25);
  });

  test('a user whose requests fail without any response backs off instead of spinning', async () => {
    const { report } = await run({ '--concurrency': '1', '--duration': '0.5s', '--min-requests': '1' }, () => ({ afterMs: 1, error: 'reset' }));
    // Each attempt fails 1 ms after it is sent, then the user waits 50 ms: 10 attempts in 0.5 s.
    expect(sent(report)).toBe(10);
    expect(report.overall.errorCodes).toEqual({ reset: report.overall.requests });
  });

  test('weights shape the mix, and a seed reproduces the sequence', async () => {
    const flags = { '--concurrency': '1', '--duration': '1s', '--endpoints': '{"/a": 0.6, "/b": 0.3, "/c": 0.1}', '--seed': '7', '--min-requests': '1' };
    const first = (await run(flags, answersIn(1))).service.received.map((r) => r.path);
    const second = (await run(flags, answersIn(1))).service.received.map((r) => r.path);
    const other = (await run({ ...flags, '--seed': '8' }, answersIn(1))).service.received.map((r) => r.path);
    expect(first.length).toBe(1000);
    expect(second).toEqual(first);
    expect(other).not.toEqual(first);
    const share = (path: string) => first.filter((p) => p === path).length / first.length;
    expect(share('/a')).toBeGreaterThan(0.55);
    expect(share('/a')).toBeLessThan(0.65);
    expect(share('/c')).toBeGreaterThan(0.07);
    expect(share('/c')).toBeLessThan(0.13);
  });
});

describe('time is honoured whatever the target does', () => {
  test('requests that hang are timed out as `timeout`, at most one sweep late', async () => {
    const { report } = await run({ '--concurrency': '2', '--duration': '1.2s', '--timeout': '300ms', '--min-requests': '1' }, hangs);
    // Each user's requests time out at 300, 600, 900 and 1,200 ms (the last in the drain).
    expect(report.overall.errorCodes).toEqual({ timeout: 8 });
    expect(report.overall.latencyMs.p50).toBeGreaterThanOrEqual(300);
    expect(report.overall.latencyMs.max).toBeLessThanOrEqual(350);
    expect(report.generator.interruptedRequests).toBe(0);
    expect(report.verdict).toBe('fail');
  });

  test('a service that hangs near the end is recorded as timeouts during the drain, not forgotten', async () => {
    // Answers for the first second, then hangs, as a service that falls over under load would.
    const hanging = await run({ '--rate': '50', '--duration': '2s', '--timeout': '1.5s', '--p95': '500ms', '--error-rate': '1%', '--min-requests': '10' }, (r) => (r.atMs < 1000 ? { afterMs: 5, status: 200 } : 'hang'));
    const { report } = hanging;
    expect(report.overall.errorCodes).toEqual({ timeout: 50 });
    expect(report.generator.interruptedRequests).toBe(0);
    // The drain waited for the last of them: sent at 1,980 ms, timed out 1.5 s later, at a sweep.
    expect(drainMs(hanging)).toBeGreaterThanOrEqual(1480);
    expect(drainMs(hanging)).toBeLessThanOrEqual(1500);
    expect(report.verdict).toBe('fail');
    expect(report.violations.map((v) => v.metric).sort()).toEqual(['error_rate', 'p95']);
  });

  test('the drain is bounded whatever the timeout; requests still unanswered then make a pass impossible', async () => {
    const bounded = await run({ '--concurrency': '3', '--duration': '1s', '--timeout': '60s', '--min-requests': '1' }, hangs, () => ({ maxDrainMs: 1500 }));
    const { report } = bounded;
    expect(drainMs(bounded)).toBe(1500);
    expect(report.generator.interruptedRequests).toBe(3);
    expect(report.overall.requests).toBe(0);
    expect(report.verdict).toBe('inconclusive');
    expect(report.reasons[0]).toBe('3 requests were still unanswered 1.5s after the load stopped; their latency and outcome are unknown');
  });

  test('a stop signal stops issuing at once, waits briefly for what is in flight, and reports the run as interrupted', async () => {
    const controller = new AbortController();
    const stopped = await run({ '--concurrency': '5', '--duration': '30s', '--min-requests': '1' }, answersIn(20), (clock) => {
      clock.setTimeout(() => controller.abort(), 700);
      return { signal: controller.signal };
    });
    const { report, service } = stopped;
    expect(report.status).toBe('interrupted');
    expect(report.durationSeconds).toBe(0.7);
    // The five requests in flight at 700 ms are answered within 20 ms, inside the interruption's drain.
    expect(drainMs(stopped)).toBeLessThanOrEqual(20);
    expect(report.generator.interruptedRequests).toBe(0);
    expect(Math.max(...service.received.map((r) => r.atMs))).toBeLessThanOrEqual(700);
    expect(report.verdict).toBe('inconclusive');
    expect(report.reasons[0]).toBe('the run was interrupted after 0.7s of 30s');
  });

  test('an interruption does not wait for a hung service beyond its short drain', async () => {
    const controller = new AbortController();
    const stopped = await run({ '--concurrency': '5', '--duration': '30s', '--timeout': '60s', '--min-requests': '1' }, hangs, (clock) => {
      clock.setTimeout(() => controller.abort(), 700);
      return { signal: controller.signal };
    });
    const { report } = stopped;
    expect(report.status).toBe('interrupted');
    // 750 ms, ended at the first sweep after it.
    expect(drainMs(stopped)).toBeGreaterThanOrEqual(750);
    expect(drainMs(stopped)).toBeLessThanOrEqual(800);
    expect(report.generator.interruptedRequests).toBe(5);
  });

  test('abort-on-fail stops a run whose error rate is already lost, at the first second it is sure', async () => {
    const { report } = await run({ '--concurrency': '4', '--duration': '20s', '--abort-on-fail': true, '--error-rate': '1%' }, answersIn(2, 500));
    expect(report.status).toBe('aborted');
    expect(report.durationSeconds).toBeLessThanOrEqual(2);
    expect(report.verdict).toBe('fail');
    expect(report.reasons[0]).toMatch(/^aborted early: Error rate can no longer meet 1%: [\d,]+ errors already exceed/);
  });
});

describe('flows on the clock', () => {
  const FLOW = 'load_test:\n  flows:\n    - name: pair\n      steps:\n        - {name: first, path: /first, think: 100ms}\n        - {name: second, path: /second}\n';
  const flowRun = async (flags: Record<string, string>, stallAt?: number) => {
    const clock = new VirtualClock();
    const service = new VirtualService(clock, answersIn(5));
    if (stallAt !== undefined) clock.stall(stallAt, 300);
    const plan = planFrom({ config: 'c.yml', files: { 'c.yml': FLOW }, flags: { '--target': TARGET, '--output': 'test-output/engine-clock', '--min-requests': '1', ...flags } });
    const report = await loadAndJudge(plan, [], { engine: virtualEngine(service) });
    return { report, service };
  };

  test('open model: each arrival runs one iteration; a later step is measured from when its think time ended, so a stall shows as latency', async () => {
    const { report, service } = await flowRun({ '--rate': '10', '--duration': '2s' });
    const firsts = service.received.filter((r) => r.path === '/first');
    const seconds = service.received.filter((r) => r.path === '/second');
    // 20 arrivals; the last one's second step would go at 2,005 ms, after the load stopped: not sent.
    expect(firsts.length).toBe(20);
    expect(seconds.length).toBe(19);
    // The second step goes 5 ms (the answer) + 100 ms (the think time) after the first.
    seconds.forEach((r, i) => expect(r.atMs - firsts[i].atMs).toBe(105));
    expect(report.endpoints.map((e) => [e.name, e.requests])).toEqual([['pair › first', 20], ['pair › second', 19]]);
    expect(report.endpoints[1].latencyMs.max).toBeLessThan(6);

    // The generator freezes 300 ms during a think time: the second step goes late, and its latency says so.
    const stalled = await flowRun({ '--rate': '10', '--duration': '2s' }, 620);
    const second = stalled.report.endpoints[1];
    expect(second.latencyMs.max).toBeGreaterThanOrEqual(200);
    expect(second.serviceTimeMs.max).toBeLessThan(6);
  });

  test('closed model: each user loops over its flow; the load stopping between steps ends the iteration, nothing is sent after', async () => {
    const { report, service } = await flowRun({ '--concurrency': '2', '--duration': '1s' });
    const last = Math.max(...service.received.map((r) => r.atMs));
    expect(last).toBeLessThan(1000);
    // Two users, each iteration 5 + 100 + 5 ms: 9 whole iterations in a second, and the tenth's first step.
    expect(service.received.filter((r) => r.path === '/first').length).toBe(20);
    expect(service.received.filter((r) => r.path === '/second').length).toBe(18);
    expect(report.generator.interruptedRequests).toBe(0);
  });
});
