// Canary mode against real servers on 127.0.0.1: one stream of identical requests to both arms,
// the canary judged against production, and the whole through the CLI.

import { describe, expect, test } from '@jest/globals';
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { runLoadTest } from '../src/app/run.js';
import { renderJobSummary } from '../src/report/job-summary.js';
import { renderPullRequestComment } from '../src/report/regression.js';
import { planFrom } from './helpers/plan.js';
import { configErrors } from './helpers/plan.js';
import { ok, refusedUrl, slow } from './helpers/servers.js';
import { closeAfterEach } from './helpers/closers.js';
import { withStalls } from './helpers/stalls.js';

const { server } = closeAfterEach();
const canaryRun = (canary: string, production: string, flags: Record<string, string> = {}) =>
  runLoadTest(planFrom({ flags: { '--target': canary, '--production-url': production, '--output': 'test-output/canary', ...flags } }, 'canary'), { sleep: async () => undefined });

describe('the generator\'s own stalls in a canary', () => {
  test('paused 100 ms twice a second, an identical canary is never failed; a result the stalls could explain holds the verdict', async () => {
    const [canary, production] = [await server(slow(5)), await server(slow(5))];
    // The generator (this process) stalls 100 ms, twice a second.
    const report = await withStalls(100, 500, () => canaryRun(canary.url, production.url, { '--concurrency': '8', '--duration': '4s', '--p95': '1s' }));
    expect(report.verdict).not.toBe('fail');
    expect(report.comparison!.results.filter((r) => r.verdict === 'fail')).toEqual([]);
    if (report.comparison!.results.some((r) => r.generatorHeld)) expect(report.verdict).toBe('inconclusive');
  });
});

describe('the generator\'s own stalls in a canary, judged by their effect on the difference', () => {
  test('paused the same way, a canary three times slower than production is still failed: stalls both arms took alike cannot explain it', async () => {
    const [canary, production] = [await server(slow(15)), await server(slow(5))];
    const report = await withStalls(100, 500, () => canaryRun(canary.url, production.url, { '--concurrency': '8', '--duration': '4s', '--p95': '1s' }));
    expect(report.verdict).toBe('fail');
    const p50 = report.comparison!.results.find((r) => r.scope === null && r.metric === 'p50')!;
    expect(p50.verdict).toBe('fail');
    expect(p50.generatorHeld).toBeUndefined();
  });
});

describe('one request stream, two arms', () => {
  test('both arms receive the same requests, as many of each', async () => {
    const [canary, production] = [await server(ok), await server(ok)];
    const report = await canaryRun(canary.url, production.url, { '--concurrency': '4', '--duration': '1s', '--endpoints': '{"/a": 0.5, "/b": 0.3, "POST /c": 0.2}', '--min-requests': '10' });
    // However few a busy machine lets it send, every one went to both.
    expect(canary.received.length).toBeGreaterThan(10);
    // Each hit goes to both arms at once; concurrent users may interleave differently at each server.
    expect([...production.received].sort()).toEqual([...canary.received].sort());
    expect(report.mode).toBe('canary');
    expect(report.comparison!.production.overall.requests).toBe(report.overall.requests);
    expect(report.comparison!.production.target).toBe(`${production.url}/`);
  });

  test('a canary slower than production fails on the comparison even though its own SLOs pass', async () => {
    const [canary, production] = [await server(slow(14)), await server(slow(4))];
    const report = await canaryRun(canary.url, production.url, { '--concurrency': '10', '--duration': '3s', '--p95': '1s' });
    expect(report.checks.every((c) => c.passed)).toBe(true);
    expect(report.verdict).toBe('fail');
    expect(report.comparison!.verdict).toBe('fail');
    const p50 = report.comparison!.results.find((r) => r.scope === null && r.metric === 'p50')!;
    expect(p50.verdict).toBe('fail');
    // 10 ms slower by design; a busy machine delays both servers' timers, so only the sign is certain:
    // the whole interval lies above zero.
    expect(p50.low).toBeGreaterThan(0);
    expect(p50.difference).toBeGreaterThan(p50.low!);
    expect(report.reasons[0]).toMatch(/^vs production: p50: canary [\d.]+ms vs production [\d.]+ms, \+[\d.]+ms \(99\.\d+% CI/);
    // The reasons' per-test level and the stated 98% are told apart in one line, where people read them.
    const level = report.reasons[0].match(/\((99\.\d+)% CI/)![1];
    const line = `_98% is the confidence of all the tests together: each test gets a share of the 2% error (Bonferroni), so its own interval is at ${level}%`;
    expect(renderJobSummary(report, { artifact: { uploaded: false, reason: 'x' }, cancelled: false })).toContain(line);
    expect(renderPullRequestComment(report, { runUrl: null, artifactUrl: null })).toContain(line);
  });

  test('a canary as fast as production passes the comparison (enough requests to say so)', async () => {
    const [canary, production] = [await server(slow(5)), await server(slow(5))];
    const report = await canaryRun(canary.url, production.url, { '--concurrency': '20', '--duration': '4s', '--criteria': '{p50: "<=+25%", p95: "<=+50%"}' });
    expect(report.comparison!.verdict).toBe('pass');
    expect(report.verdict).toBe('pass');
    expect(report.reasons.at(-1)).toBe('vs production: the canary is within the comparison rules on all 2 metrics at 98% confidence');
  });

  test('an unreachable production stops the run before any load, naming production', async () => {
    const canary = await server(ok);
    const report = await canaryRun(canary.url, await refusedUrl());
    expect(report.status).toBe('unreachable');
    expect(report.reasons[0]).toMatch(/^production target unreachable: http:\/\/127\.0\.0\.1:\d+\/ tried TCP connect/);
    expect(canary.received).toEqual([]);
  });

  test('a canary report matches the results schema', async () => {
    const [canary, production] = [await server(ok), await server(ok)];
    const report = await canaryRun(canary.url, production.url, { '--concurrency': '2', '--duration': '0.5s', '--min-requests': '1' });
    const ajv = new (Ajv as unknown as typeof Ajv.default)({ allErrors: true, strict: false });
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    const validate = ajv.compile(JSON.parse(readFileSync('docs/results.schema.json', 'utf8')));
    expect(validate(JSON.parse(JSON.stringify(report))) ? [] : validate.errors).toEqual([]);
  });
});

describe('canary configuration', () => {
  const target = { '--target': 'http://127.0.0.1:9' };

  test('canary mode needs production', () => {
    expect(configErrors({ flags: target }, 'canary')).toEqual(['canary mode compares with production: pass --production-url URL, set LOADTEST_PRODUCTION_URL, or set canary.production_url']);
  });

  test('required metrics: by default those of p50, p90, p95 and the error rate that have rules; a named one must have a rule; mistakes are located', () => {
    const production = { ...target, '--production-url': 'http://127.0.0.1:8' };
    expect(planFrom({ flags: production }, 'canary').canary!.required).toEqual(['p50', 'p95', 'error_rate']);
    expect(planFrom({ flags: { ...production, '--required': 'p50, p99,error_rate' } }, 'canary').canary!.required).toEqual(['p50', 'p99', 'error_rate']);
    const file = ['canary:', '  production_url: http://127.0.0.1:8', '  criteria:', '    p95: "<=+10%"', '  required: [p95, p999]', ''].join('\n');
    expect(configErrors({ files: { 'c.yml': file }, config: 'c.yml', flags: target }, 'canary')).toEqual(['c.yml:5:13 canary.required: p999 is required, but canary.criteria has no rule for it: add one (e.g. p999: "<=+10%") or leave p999 out']);
    expect(configErrors({ files: { 'c.yml': file.replace('p999', 'p98') }, config: 'c.yml', flags: target }, 'canary')).toEqual(["c.yml:5:13 canary.required: unknown metric 'p98'; metrics: p50, p90, p95, p99, p999, error_rate"]);
    // Rules on none of the default-required metrics: they are all required, so the comparison judges something.
    const onlyP99 = ['canary:', '  production_url: http://127.0.0.1:8', '  criteria:', '    p99: "<=+20%"', ''].join('\n');
    expect(planFrom({ files: { 'c.yml': onlyP99 }, config: 'c.yml', flags: target }, 'canary').canary!.required).toEqual(['p99']);
    const baseline = planFrom({ flags: { ...target, '--baseline': 'b.json', '--regression-required': 'p50' } });
    expect(baseline.baseline!.required).toEqual(['p50']);
  });

  test('rules from the file, with their mistakes located', () => {
    const file = ['canary:', '  production_url: http://127.0.0.1:8', '  confidence: 95%', '  criteria:', '    p95: ["<=+10%", "<800ms"]', '    error_rate: "<=+0.5"', ''].join('\n');
    const plan = planFrom({ files: { 'c.yml': file }, config: 'c.yml', flags: target }, 'canary');
    expect(plan.canary).toMatchObject({ productionUrl: 'http://127.0.0.1:8/', confidence: 0.95, criteriaAreDefaults: false });
    expect(plan.canary!.criteria.p95!.map((r) => r.kind)).toEqual(['relative', 'cap']);
    const bad = file.replace('"<=+0.5"', '"much worse"').replace('p95:', 'p59:');
    expect(configErrors({ files: { 'c.yml': bad }, config: 'c.yml', flags: target }, 'canary')).toEqual([
      "c.yml:5:5 canary.criteria: unknown metric 'p59' (did you mean 'p50'?); metrics: p50, p90, p95, p99, p999, error_rate",
    ]);
    expect(configErrors({ files: { 'c.yml': file.replace('"<=+0.5"', '"much worse"') }, config: 'c.yml', flags: target }, 'canary')).toEqual([
      'c.yml:5:5 canary.criteria: error_rate: expected a rule like "<=+10%", "<=+0.5" (percentage points) or "<2%", got \'much worse\'',
    ]);
  });

  test('a production URL outside canary mode is said to be ignored', () => {
    expect(planFrom({ flags: { ...target, '--production-url': 'http://127.0.0.1:8' } }).notices).toContain('production_url is ignored: it applies to canary and rollout modes');
  });
});
