// A baseline is a history: prediction intervals that know run-to-run noise
// (slo/compare/prediction.ts), the history kept and read (baseline/history.ts), a calibration over
// seeded runs of one unchanged service whose runs differ, and the history carried from run to run
// through the CLI against a real server.

import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_HISTORY_RUNS, HISTORY_FILE, extendHistory, historyPoints, historyRun, parseHistory } from '../src/baseline/history.js';
import { DEFAULT_CRITERIA, DEFAULT_REQUIRED } from '../src/config/criteria.js';
import { seededRandom } from '../src/engine/random.js';
import type { Random } from '../src/engine/random.js';
import { compareSamples, type Sample } from '../src/slo/compare/judge.js';
import { predictionInterval } from '../src/slo/compare/prediction.js';
import { studentQuantile } from '../src/slo/compare/student.js';
import type { HistoryRun } from '../src/report/model.js';
import { closeAfterEach } from './helpers/closers.js';
import { noisyArms } from './helpers/noisy-arms.js';
import { main } from '../src/cli/main.js';
import { slow } from './helpers/servers.js';

describe('the prediction interval', () => {
  test('with K runs: the between-run variance over what their own noise explains, the new run\'s own noise, t on K − 1 degrees of freedom', () => {
    const history = [10, 12, 11, 13, 9].map((value) => ({ value, within: 0.5, batches: 20 }));
    const p = predictionInterval(history, { value: 14, within: 0.8, batches: 20 }, 0.95)!;
    // mean 11, s² 2.5, between 2.5 − 0.5 = 2: 2·(1 + 1/5) + 0.8 + 0.5/5 = 3.3
    expect(p.reference).toBe(11);
    expect(p.difference).toBe(3);
    expect(p.high - p.difference).toBeCloseTo(studentQuantile(0.975, 4) * Math.sqrt(3.3), 10);
    expect(p.runs).toBe(5);
  });

  test('runs that agree more than their own noise would let them still leave that noise in the interval', () => {
    const history = [10, 10, 10, 10, 10].map((value) => ({ value, within: 1, batches: 20 }));
    const p = predictionInterval(history, { value: 10, within: 1, batches: 20 }, 0.95)!;
    expect(p.high).toBeCloseTo(studentQuantile(0.975, 4) * Math.sqrt(1 + 1 / 5), 10);
    expect(p.betweenFromBatches).toBe(false);
  });

  test('one run: its run-to-run noise is one batch of time\'s variance, from the noisier side; the result says so', () => {
    const p = predictionInterval([{ value: 10, within: 0.1, batches: 20 }], { value: 10, within: 0.2, batches: 10 }, 0.95)!;
    // between = max(0.1·20, 0.2·10) = 2, twice (the new run's and the history's); + 0.2 + 0.1; t on min(20, 10) − 1 = 9.
    expect(p.high).toBeCloseTo(studentQuantile(0.975, 9) * Math.sqrt(4.3), 10);
    expect(p.betweenFromBatches).toBe(true);
  });

  test('two runs are judged as one is, against their mean: their spread alone would leave t one degree of freedom', () => {
    const p = predictionInterval([{ value: 10, within: 0.1, batches: 20 }, { value: 12, within: 0.1, batches: 20 }], { value: 11, within: 0.1, batches: 20 }, 0.95)!;
    // between = 0.1·20 = 2: 2·(1 + 1/2) + 0.1 + 0.1/2; t on 19.
    expect(p.reference).toBe(11);
    expect(p.high).toBeCloseTo(studentQuantile(0.975, 19) * Math.sqrt(3.15), 10);
    expect(p.betweenFromBatches).toBe(true);
    expect(p.runs).toBe(2);
  });

  test('nothing known of either side\'s noise: no interval, rather than a guess', () => {
    expect(predictionInterval([{ value: 10, within: null, batches: null }], { value: 11, within: null, batches: null }, 0.95)).toBeNull();
    expect(predictionInterval([], { value: 11, within: 1, batches: 10 }, 0.95)).toBeNull();
  });
});

describe('the history file', () => {
  const run = (startedAt: string, p95: number): HistoryRun => ({ startedAt, runUrl: null, requests: 100, metrics: Object.fromEntries(['p50', 'p90', 'p95', 'p99', 'p999', 'error_rate'].map((m) => [m, { value: m === 'p95' ? p95 : 1, within: 0.1, batches: 10 }])) as HistoryRun['metrics'] });

  test('keeps the newest five runs, the run itself last, never the same run twice', () => {
    const runs = [1, 2, 3, 4, 5].map((i) => run(`2026-01-0${i}T00:00:00Z`, i));
    const next = extendHistory(runs, run('2026-01-06T00:00:00Z', 6));
    expect(next.runs.map((r) => r.metrics.p95.value)).toEqual([2, 3, 4, 5, 6]);
    expect(DEFAULT_HISTORY_RUNS).toBe(5);
    expect(extendHistory(runs, runs[4]).runs).toHaveLength(5);
  });

  test('a file that is not a history names itself and what is wrong', () => {
    expect(() => parseHistory('{"kind":"x"}', 'h.json')).toThrow('h.json: not a baseline history (expected "kind": "loadtest-baseline-history")');
    expect(() => parseHistory('{', 'h.json')).toThrow(/^h\.json: not JSON/);
    expect(() => parseHistory(JSON.stringify({ kind: 'loadtest-baseline-history', version: 1, runs: [{ metrics: {} }] }), 'h.json')).toThrow('h.json: run 1 of the history has no number for p50');
    expect(parseHistory(JSON.stringify(extendHistory([], run('t', 3))), 'h.json')[0].metrics.p95.value).toBe(3);
    // A malformed noise figure would make every interval NaN and switch the comparison off unseen.
    const bad = extendHistory([], run('t', 3));
    (bad.runs[0].metrics.p50 as { within: unknown }).within = 'n/a';
    expect(() => parseHistory(JSON.stringify(bad), 'h.json')).toThrow('h.json: run 1 of the history: p50.within must be a variance (a number ≥ 0) or null, got "n/a"');
    (bad.runs[0].metrics.p50 as { within: unknown }).within = 0.1;
    (bad.runs[0].metrics.p50 as { batches: unknown }).batches = 0;
    expect(() => parseHistory(JSON.stringify(bad), 'h.json')).toThrow('h.json: run 1 of the history: p50.batches must be a whole number ≥ 1 or null, got 0');
  });
});

/**
 * RUN_NOISE: runs of one service measured on a CI runner: within a run, seconds move together (a
 * log SD of 2% shared with the machine and 2% of its own, ρ 0.5); between runs, the whole run moves
 * by a log SD of 3% (another runner, a colder cache). Run-to-run spread is then about 3× what each
 * run's own batches imply, as measured on real runs against an identical server (3–5×).
 */
const RUN_NOISE = { within: { shared: 0.02, own: 0.02, rho: 0.5 }, betweenSd: 0.03 };

/** runsOf: independent runs of one service, 30 s at 200 requests/s each; the last `slowdownLast` times slower. */
function runsOf(random: Random, count: number, slowdownLast = 1): Sample[] {
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Array.from({ length: count }, (_, i) => noisyArms(random, { seconds: 30, perSecond: 200, noise: RUN_NOISE.within, slowdowns: [Math.exp(RUN_NOISE.betweenSd * gaussian()) * (i === count - 1 ? slowdownLast : 1)] })[0]);
}

const asHistory = (runs: readonly Sample[]) => runs.map((r, i) => historyRun({ startedAt: `run ${i}`, runUrl: null, requests: r.requests, errorRatePercent: r.errorRatePercent, latencyMs: r.latencyMs, blocks: r.blocks! }));
const judge = (subject: Sample, reference: Sample, random: Random) => compareSamples({ scopes: [{ name: null, subject, reference }], criteria: DEFAULT_CRITERIA, required: DEFAULT_REQUIRED, confidence: 0.98, random, replicates: 40, pairedInTime: false, names: { subject: 'this run', reference: 'baseline' } });

describe('calibration: an unchanged service whose runs differ by more than their own noise', () => {
  const SEEDS = 200;
  const tally = { history: 0, single: 0, withinOnly: 0, few: 0, slower: { by20: 0, by30: 0, single30: 0, few30: 0 } };
  for (let seed = 1; seed <= SEEDS; seed++) {
    const random = seededRandom(seed, 0xba5e);
    const runs = runsOf(random, 6);
    const [current, latest] = [runs[5], runs[4]];
    if (judge(current, { ...latest, history: historyPoints(asHistory(runs.slice(0, 5))) }, random).verdict === 'fail') tally.history++;
    if (judge(current, { ...latest, history: historyPoints(asHistory([latest])) }, random).verdict === 'fail') tally.single++;
    if (judge(current, latest, random).verdict === 'fail') tally.withinOnly++;
    // Two and three runs: every history passes through them on its way to five.
    const few = { ...latest, history: historyPoints(asHistory(runs.slice(5 - (2 + (seed % 2)), 5))) };
    if (judge(current, few, random).verdict === 'fail') tally.few++;
    if (seed <= 100) {
      const history = { ...latest, history: historyPoints(asHistory(runs.slice(0, 5))) };
      if (judge(runsOf(random, 1, 1.2)[0], history, random).verdict === 'fail') tally.slower.by20++;
      const by30 = runsOf(random, 1, 1.3)[0];
      if (judge(by30, history, random).verdict === 'fail') tally.slower.by30++;
      if (judge(by30, { ...latest, history: historyPoints(asHistory([latest])) }, random).verdict === 'fail') tally.slower.single30++;
      if (judge(by30, { ...latest, history: historyPoints(asHistory(runs.slice(3, 5))) }, random).verdict === 'fail') tally.slower.few30++;
    }
  }

  test('judged against one run as if runs did not differ, an unchanged service false-alarms beyond its 1%: the noise is real', () => {
    expect(tally.withinOnly).toBeGreaterThan(SEEDS * 0.02);
  });

  test('against a 5-run history, false alarms are at most 2%', () => {
    expect(tally.history).toBeLessThanOrEqual(SEEDS * 0.02);
  });

  test('against a single run, with its run-to-run noise estimated from its batches, at most 2% too', () => {
    expect(tally.single).toBeLessThanOrEqual(SEEDS * 0.02);
  });

  test('against two or three runs, at most 2% too: fewer than five are judged as one is', () => {
    expect(tally.few).toBeLessThanOrEqual(SEEDS * 0.02);
  });

  test('regressions beyond the runs\' spread are caught: 30% slower, against 5 runs, against 2, and against one', () => {
    process.stdout.write(`baseline calibration: false alarms within-only ${tally.withinOnly}/${SEEDS}, 5-run history ${tally.history}/${SEEDS}, 2–3 runs ${tally.few}/${SEEDS}, single run ${tally.single}/${SEEDS}; caught against 5 runs: 20% slower ${tally.slower.by20}/100, 30% slower ${tally.slower.by30}/100; against 2 runs: 30% slower ${tally.slower.few30}/100; against 1 run: 30% slower ${tally.slower.single30}/100\n`);
    expect(tally.slower.by30).toBeGreaterThanOrEqual(80);
    expect(tally.slower.by20).toBeGreaterThanOrEqual(40);
    expect(tally.slower.few30).toBeGreaterThanOrEqual(80);
    expect(tally.slower.single30).toBeGreaterThanOrEqual(80);
  });
});

/** cli: main() in-process, what it prints captured (paths are absolute: no working directory needed). */
async function runCliInProcess(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), progress: () => undefined, env: {}, signal: new AbortController().signal, progressEverySeconds: 10, readLimits: () => null });
  return { code, out, err };
}

describe('the history from run to run, through the CLI against a real server', () => {
  const { server } = closeAfterEach();

  test('each run writes the history it was judged against, extended by itself; the next run is judged against all of it', async () => {
    const target = await server(slow(3));
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-history-'));
    // 6 s: enough seconds for batches of time, which say how noisy each run was.
    const run = (i: number, baseline: string | null) => runCliInProcess(['run', '--target', target.url, '--concurrency', '4', '--duration', '6s', '--output', join(dir, `r${i}`), '--deployment-report', join(dir, `r${i}`, 'd.md'), '--quiet', ...(baseline ? ['--baseline', baseline] : [])]);
    await run(1, null);
    const first = JSON.parse(readFileSync(join(dir, 'r1', HISTORY_FILE), 'utf8'));
    expect(first).toMatchObject({ kind: 'loadtest-baseline-history', version: 1 });
    expect(first.runs).toHaveLength(1);
    // A report directory is a baseline: its results.json and its history.
    const second = await run(2, join(dir, 'r1'));
    expect(second.out).toMatch(/A history of one run: its run-to-run noise was estimated from its own batches of time/);
    await run(3, join(dir, 'r2', 'results.json'));
    const third = JSON.parse(readFileSync(join(dir, 'r3', 'results.json'), 'utf8'));
    expect(third.regression.baseline.history).toHaveLength(2);
    expect(third.regression.rows.find((r: { scope: string | null; metric: string }) => r.scope === null && r.metric === 'p50').baselineRuns).toBe(2);
    expect(JSON.parse(readFileSync(join(dir, 'r3', HISTORY_FILE), 'utf8')).runs.map((r: HistoryRun) => r.startedAt)).toEqual([first.runs[0].startedAt, third.regression.baseline.startedAt, third.startedAt]);
    expect(existsSync(join(dir, 'r3', HISTORY_FILE))).toBe(true);
  });

  test('a history beside the baseline that cannot be read stops the run before any load, like the baseline itself', async () => {
    const target = await server(slow(1));
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-history-'));
    await runCliInProcess(['run', '--target', target.url, '--concurrency', '2', '--duration', '1s', '--output', dir, '--deployment-report', join(dir, 'd.md'), '--quiet']);
    writeFileSync(join(dir, HISTORY_FILE), '{"kind": "something else"}');
    const before = target.received.length;
    const r = await runCliInProcess(['run', '--target', target.url, '--duration', '1s', '--output', join(dir, 'next'), '--deployment-report', join(dir, 'next', 'd.md'), '--baseline', join(dir, 'results.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${join(dir, HISTORY_FILE)}: not a baseline history`);
    expect(target.received.length).toBe(before);
  });
});
