// Baselines and regressions: reading a results.json or a Locust _stats.csv, judging a run against
// it (noise-aware: "not enough data" rather than a silent pass or fail), folding a regression into
// the gate, and the CLI end to end against real local targets.

import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBaseline } from '../src/baseline/read.js';
import { main } from '../src/cli/main.js';
import { type Random, seededRandom } from '../src/engine/random.js';
import { decodeHistogram, encodeHistogram, newHistogram, summarize, toMicros } from '../src/metrics/histogram.js';
import type { EndpointMetrics } from '../src/metrics/snapshot.js';
import { LOCUST_PERCENTILES, locustRound } from '../src/report/locust-csv.js';
import type { RunReport } from '../src/report/model.js';
import { DEFAULT_CRITERIA } from '../src/config/criteria.js';
import { type Sample, compareSamples } from '../src/slo/compare/judge.js';
import { configErrors, planFrom } from './helpers/plan.js';
import { runLoadTest } from '../src/app/run.js';
import { findBaseline } from '../src/app/baseline.js';
import { withStalls } from './helpers/stalls.js';
import { ok, slow, startServer } from './helpers/servers.js';

function cli(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), progress: () => {}, env, signal: new AbortController().signal, progressEverySeconds: 1, readLimits: () => null }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}
const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as RunReport;

/** sampled: n log-normal latencies around `medianMs`, as a run's endpoint metrics with their histogram. */
function sampled(random: Random, n: number, medianMs: number, errorRate = 0.002): EndpointMetrics {
  const histogram = newHistogram();
  let errors = 0;
  for (let i = 0; i < n; i++) {
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    histogram.recordValue(toMicros(medianMs * Math.exp(0.5 * z)));
    if (random() < errorRate) errors++;
  }
  const summary = summarize(histogram);
  return { name: 'overall', requests: n, errors, errorRatePercent: (errors / n) * 100, throughputRps: 0, bytes: 0, latencyMs: summary, serviceTimeMs: summary, statusCodes: {}, errorCodes: {}, histograms: { latency: encodeHistogram(histogram), serviceTime: encodeHistogram(histogram) } };
}

/** asLocust: what a Locust _stats.csv keeps of the same run: its percentile columns, rounded as Locust rounds. */
function asLocust(m: EndpointMetrics): Sample {
  const histogram = newHistogram();
  histogram.add(decode(m));
  const table: Array<[number, number]> = [[0, m.latencyMs.min], ...LOCUST_PERCENTILES.filter((q) => q < 1).map((q) => [q, locustRound(histogram.getValueAtPercentile(q * 100) / 1000)] as [number, number]), [1, m.latencyMs.max]];
  const step = (ms: number) => (ms < 100 ? 1 : ms < 1000 ? 10 : 100);
  return { requests: m.requests, errors: m.errors, errorRatePercent: m.errorRatePercent, latencyMs: m.latencyMs, quantiles: table, slack: (ms) => step(ms) / 2 };
}

const decode = (m: EndpointMetrics) => decodeHistogram(m.histograms.latency);

const judgeAgainst = (current: Sample, baseline: Sample, seed: number) => compareSamples({ scopes: [{ name: null, subject: current, reference: baseline }], criteria: DEFAULT_CRITERIA, confidence: 0.98, random: seededRandom(seed, 1), names: { subject: 'this run', reference: 'baseline' } });

describe('reading a baseline', () => {
  /** As Locust 2.x writes it: CRLF, an empty Type on the Aggregated row, float averages, "N/A" for an endpoint without requests. */
  const LOCUST_STATS = [
    'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%',
    'GET,/health,2650,0,10,10.331,8.912,48.0012,15.0,2.94,0.0,10,10,11,11,12,13,15,17,40,48,48',
    'GET,/v1/models,5142,3,2,2.0199,1.0015,31.2,512.0,5.71,0.0033,2,2,2,2,3,3,4,5,21,31,31',
    'POST,/v1/idle,0,0,0,0.0,0,0,0,0.0,0.0,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A',
    ',Aggregated,7792,3,3,4.847,1.0015,48.0012,343.0,8.65,0.0033,3,4,9,10,11,12,14,16,35,48,48',
    '',
  ].join('\r\n');

  test('a Locust _stats.csv: every endpoint and the Aggregated row, with its percentile table', () => {
    const b = parseBaseline(LOCUST_STATS, 'locust_stats.csv');
    expect(b.kind).toBe('locust');
    expect(b.overall).toMatchObject({ requests: 7792, errors: 3, latencyMs: { p50: 3, p95: 12, p99: 16, max: 48.0012, mean: 4.847 } });
    expect(b.overall.quantiles![0]).toEqual([0, 1.0015]);
    expect(b.overall.quantiles!.find(([q]) => q === 0.95)).toEqual([0.95, 12]);
    expect(b.endpoints.map((e) => `${e.method} ${e.name} ${e.requests}`)).toEqual(['GET /health 2650', 'GET /v1/models 5142', 'POST /v1/idle 0']);
    expect(b.endpoints[1].errorRatePercent).toBeCloseTo((3 / 5142) * 100, 9);
  });

  test('the older Locust spelling ("# requests", "Method", "None") reads the same', () => {
    const old = ['"Method","Name","# requests","# failures","Median response time","Average response time","Min response time","Max response time","Average Content Size","Requests/s","50%","66%","75%","80%","90%","95%","98%","99%","100%"', '"GET","/","100","1","20","21.5","10","90","2","10.0","20","22","24","25","30","40","60","80","90"', '"None","Aggregated","100","1","20","21.5","10","90","2","10.0","20","22","24","25","30","40","60","80","90"'].join('\n');
    const b = parseBaseline(old, 'old_stats.csv');
    expect(b.overall).toMatchObject({ requests: 100, errors: 1, latencyMs: { p50: 20, p95: 40, p99: 80 } });
    expect(b.endpoints).toHaveLength(1);
  });

  test.each([
    ['not a baseline at all', 'hello', 'x.txt: not a baseline: expected a loadtest-action results.json or a Locust _stats.csv'],
    ['broken JSON', '{"schemaVersion": 1,', 'x.txt: not valid JSON'],
    ['a rollout', JSON.stringify({ schemaVersion: 1, mode: 'rollout' }), "a rollout's results.json holds one run per stage"],
    ['a future schema', JSON.stringify({ schemaVersion: 9 }), 'results.json schema version 9 is not one this version reads (1, 2, 3)'],
    ['a history file', 'Timestamp,User Count,Type,Name\r\n1,2,,Aggregated\r\n', "x.txt: not a baseline"],
    ['a CSV without its Aggregated row', 'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time\r\nGET,/,1,0,1,1,1,1\r\n', 'no Aggregated row'],
    ['a CSV with a word for a number', 'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time\r\nGET,/,many,0,1,1,1,1\r\n', 'x.txt:2: Request Count is \'many\', not a number'],
  ])('%s is refused with the file and what is wrong', (_, text, message) => {
    expect(() => parseBaseline(text, 'x.txt')).toThrow(message);
  });
});

describe('judging a run against its baseline', () => {
  test('the same service again: no regression reported in 100 seeded pairs (at most 2 false alarms); 25% slower: caught', () => {
    let falseAlarms = 0;
    let caught = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const random = seededRandom(seed);
      const baseline = sampled(random, 3000, 20);
      if (judgeAgainst(sampled(random, 3000, 20), baseline, seed).verdict === 'fail') falseAlarms++;
      if (judgeAgainst(sampled(random, 3000, 25), baseline, seed).verdict === 'fail') caught++;
    }
    expect(falseAlarms).toBeLessThanOrEqual(2);
    expect(caught).toBeGreaterThanOrEqual(90);
  });

  test('against a Locust baseline (percentiles only): the same service passes or says not enough data; 30% slower is caught', () => {
    let falseAlarms = 0;
    let caught = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const random = seededRandom(seed);
      const baseline = asLocust(sampled(random, 5000, 40));
      if (judgeAgainst(sampled(random, 5000, 40), baseline, seed).verdict === 'fail') falseAlarms++;
      if (judgeAgainst(sampled(random, 5000, 52), baseline, seed).verdict === 'fail') caught++;
    }
    expect(falseAlarms).toBeLessThanOrEqual(1);
    expect(caught).toBeGreaterThanOrEqual(45);
  });

  test('a small run says "not enough data", never a silent pass', () => {
    const random = seededRandom(3);
    const result = judgeAgainst(sampled(random, 120, 20), sampled(random, 150, 20), 3);
    expect(result.verdict).toBe('inconclusive');
    expect(result.results.find((r) => r.metric === 'p99')!.reason).toContain('too few requests to compare');
  });
});

describe('regression settings', () => {
  test('rules by metric and per endpoint, the artifact source, and fail_on_regression', () => {
    const plan = planFrom({
      files: { 'p.yml': 'load_test:\n  target: http://127.0.0.1:1\n  endpoints:\n    - {path: /a, regression: {p95: "<=+5%"}}\n    - {path: /b}\nregression:\n  p95: "<=+10%"\n  error_rate: "<=+0.5"\nbaseline:\n  source: artifact\n  fail_on_regression: false\n' },
      config: 'p.yml',
    });
    expect(plan.baseline).toMatchObject({ source: { kind: 'artifact', name: 'loadtest-baseline' }, failOnRegression: false, confidence: 0.98, criteriaAreDefaults: false, rulesSource: { kind: 'file', file: 'p.yml', line: 7 } });
    expect(Object.keys(plan.baseline!.criteria)).toEqual(['p95', 'error_rate']);
    expect(plan.endpoints[0].regression!.p95![0].text).toBe('<=+5%');
    expect(plan.endpoints[1].regression).toBeNull();
    expect(planFrom({ flags: { '--target': 'http://127.0.0.1:1', '--baseline': 'artifact:perf-main' } }).baseline!.source).toEqual({ kind: 'artifact', name: 'perf-main' });
    expect(planFrom({ flags: { '--target': 'http://127.0.0.1:1', '--baseline': 'base/results.json' } }).baseline).toMatchObject({ source: { kind: 'file', path: 'base/results.json' }, criteriaAreDefaults: true, failOnRegression: true });
  });

  test('a broken rule names the file, line and key; rules without a baseline are a notice; shards leave it to the merge', () => {
    expect(configErrors({ files: { 'p.yml': 'load_test: {target: "http://127.0.0.1:1"}\nregression:\n  p95: faster\n' }, config: 'p.yml' })[0]).toMatch(/^p\.yml:3:\d+ regression: p95: expected a rule like "<=\+10%"/);
    expect(configErrors({ files: { 'p.yml': 'load_test: {target: "http://127.0.0.1:1"}\nregression:\n  p96: "<=+1%"\n' }, config: 'p.yml' })[0]).toContain("p.yml:3:3 regression: unknown metric 'p96' (did you mean 'p90'?)");
    expect(planFrom({ flags: { '--target': 'http://127.0.0.1:1', '--regression': '{p95: "<=+10%"}' } }).notices).toContain('regression rules are ignored: there is no baseline to compare with (pass --baseline FILE or --baseline artifact)');
    const shard = planFrom({ flags: { '--target': 'http://127.0.0.1:1', '--baseline': 'b.json', '--shard': '1/2' } });
    expect(shard.baseline).toBeNull();
    expect(shard.notices).toContain('the baseline is compared at the merge, which sees the whole run, not in each shard');
  });
});

describe('the CLI with a baseline, against real targets', () => {
  test('a slower service regresses from its baseline: exit 1, the table in the summary and in results.json', async () => {
    const fast = await startServer(slow(4));
    const slower = await startServer(slow(12));
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-baseline-'));
    try {
      const common = ['--concurrency', '8', '--duration', '2.5s', '--p95', '1s', '--export', 'locust-csv', '-q'];
      expect((await cli(['run', '--target', fast.url, ...common, '--output', join(dir, 'base')])).code).toBe(0);
      const same = await cli(['run', '--target', fast.url, ...common, '--output', join(dir, 'same'), '--baseline', join(dir, 'base', 'results.json')]);
      // An A/A pair never regresses. On a busy machine the server (in this process) slows with the
      // generator: then the difference is one the generator's own delay could explain, and the run
      // says so as inconclusive rather than blaming the service.
      const sameReport = readReport(join(dir, 'same'));
      expect(sameReport.regression!.verdict).not.toBe('fail');
      if (same.code !== 0) {
        expect(same.code).toBe(3);
        expect(sameReport.regression!.rows.some((r) => r.generatorHeld)).toBe(true);
      }

      const worse = await cli(['run', '--target', slower.url, ...common, '--output', join(dir, 'worse'), '--baseline', join(dir, 'base', 'results.json')]);
      expect(worse.code).toBe(1);
      expect(worse.out).toMatch(/regression vs baseline: p50: this run [\d.]+ms vs baseline [\d.]+ms, \+[\d.]+ms \(99\.\d% CI/);
      expect(worse.out).toContain('Compared with the baseline');
      const report = readReport(join(dir, 'worse'));
      expect(report.verdict).toBe('fail');
      expect(report.regression).toMatchObject({ status: 'compared', verdict: 'fail', baseline: { kind: 'results' } });
      const p50 = report.regression!.rows.find((r) => r.scope === null && r.metric === 'p50')!;
      expect(p50.changePercent!).toBeGreaterThan(50);
      expect(p50.verdict).toBe('fail');
      expect(readFileSync(join(dir, 'worse', 'performance_report.md'), 'utf8')).toContain('## Compared with the baseline');

      // A Locust CSV of the fast run works as the baseline too.
      const locust = await cli(['run', '--target', slower.url, ...common, '--output', join(dir, 'vs-locust'), '--baseline', join(dir, 'base', 'locust_stats.csv')]);
      expect(locust.code).toBe(1);
      expect(readReport(join(dir, 'vs-locust')).regression!.baseline!.kind).toBe('locust');

      // With fail-on-regression false the gate stands on its SLOs, and says what it saw.
      const lenient = await cli(['run', '--target', slower.url, ...common, '--output', join(dir, 'lenient'), '--baseline', join(dir, 'base', 'results.json'), '--fail-on-regression', 'false']);
      expect(lenient.code).toBe(0);
      expect(readReport(join(dir, 'lenient')).notices).toContain('this run regressed from the baseline, but fail_on_regression is off: the gate does not fail on it');
    } finally {
      await Promise.all([fast.close(), slower.close()]);
    }
  });

  test('a baseline file that is named and missing, or unreadable, stops the run before any load (exit 2)', async () => {
    const target = await startServer(ok);
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-baseline-'));
    try {
      // The user named the file: a wrong path is a mistake to fix, never "no baseline yet" (which would turn the gate off).
      const missing = await cli(['run', '--target', target.url, '--concurrency', '2', '--duration', '0.5s', '--min-requests', '1', '--output', join(dir, 'r'), '--baseline', join(dir, 'nope.json')]);
      expect(missing.code).toBe(2);
      expect(missing.err).toBe(`error: cannot read the baseline ${join(dir, 'nope.json')}: no such file (check the path, or pass --baseline artifact for the default branch's newest baseline); nothing was run.`);
      expect(missing.out).not.toContain('No baseline');
      expect(target.received).toEqual([]);

      writeFileSync(join(dir, 'garbage.json'), '{"schemaVersion": 1, "mode": ');
      const sent = target.received.length;
      const broken = await cli(['run', '--target', target.url, '--duration', '0.5s', '--output', join(dir, 'r2'), '--baseline', join(dir, 'garbage.json')]);
      expect(broken.code).toBe(2);
      expect(broken.err).toContain(`${join(dir, 'garbage.json')}: not valid JSON`);
      expect(target.received.length).toBe(sent);
    } finally {
      await target.close();
    }
  });
});

describe('the generator\'s own stalls are never a regression', () => {
  test('paused 100 ms twice a second, a run against its own baseline is held inconclusive, naming the generator, never failed', async () => {
    const server = await startServer(slow(5));
    try {
      const flags = { '--target': server.url, '--concurrency': '8', '--duration': '4s', '--p95': '1s', '--output': 'test-output/baseline-stalls' };
      const base = await runLoadTest(planFrom({ flags }));
      expect(base.verdict).toBe('pass');
      const dir = mkdtempSync(join(tmpdir(), 'loadtest-stalls-'));
      writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
      const plan = planFrom({ flags: { ...flags, '--baseline': join(dir, 'base.json') } });
      const lookup = await findBaseline(plan.baseline!, plan.vocabulary, { readFile: (path) => readFileSync(path, 'utf8'), fetchArtifact: async () => ({ found: false, reason: 'none' }) });
      // The generator (this process) stalls 100 ms, twice a second.
      const stalled = await withStalls(100, 500, () => runLoadTest(plan, { baseline: lookup }));
      expect(stalled.verdict).not.toBe('fail');
      expect(stalled.generator.notes?.join('\n')).toMatch(/event loop lagged over 50ms in \d+ of \d+ seconds/);
      if (stalled.verdict === 'inconclusive') expect(stalled.reasons.join('\n')).toMatch(/generator/);
      expect(stalled.regression!.rows.filter((r) => r.verdict === 'fail')).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
