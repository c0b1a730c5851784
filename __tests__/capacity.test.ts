// Capacity: the search as arithmetic (every rate it offers, where it stops, what it trusts), then
// real searches against local services whose true capacity is known (W workers of S ms each:
// W/S requests a second), with the services' own counts as the evidence of what was offered.

import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../src/cli/main.js';
import { requestsPerStep } from '../src/app/capacity.js';
import { planFrom } from './helpers/plan.js';
import { type SearchOptions, type SearchStep, type StepOutcome, bracketOf, kneeOf, nextStep, stepRequests } from '../src/pacing/capacity.js';
import type { CapacityReport } from '../src/report/capacity.js';
import { startPool } from './helpers/pool.js';
import Ajv from 'ajv';

const resultsSchema = JSON.parse(readFileSync('docs/results.schema.json', 'utf8'));
const validateResults = new (Ajv as unknown as typeof Ajv.default)({ allErrors: true, strict: false }).addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/).compile(resultsSchema);
import { renderCapacityHtml } from '../src/report/html/capacity.js';
import type { CapacityStepReport } from '../src/report/capacity.js';

const OPTIONS: SearchOptions = { fromRate: 100, toRate: 5000, growth: 2, resolution: 0.05, floorRate: 1 };

/** simulate: the search against a service that passes every rate up to `capacity` and fails above it. */
function simulate(capacity: number, options: SearchOptions = OPTIONS, outcome: (rate: number) => StepOutcome = (rate) => (rate <= capacity ? 'pass' : 'fail')): { steps: SearchStep[]; why: string } {
  const steps: SearchStep[] = [];
  for (let i = 0; i < 100; i++) {
    const next = nextStep(steps, options);
    if (next.kind === 'done') return { steps, why: next.why };
    steps.push({ rate: next.rate, outcome: outcome(next.rate), confirm: next.why === 'confirm' });
  }
  throw new Error('the search did not end');
}

describe('the search, as arithmetic', () => {
  test('property: for any true capacity between the bounds, it brackets it within 5%, confirms the highest pass, and never offers more than --to', () => {
    let state = 11;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 300; i++) {
      const capacity = 60 + random() * 6000;
      const { steps, why } = simulate(capacity);
      const { highestPass, lowestFail, confirmed } = bracketOf(steps);
      expect(steps.every((s) => s.rate <= OPTIONS.toRate)).toBe(true);
      if (capacity >= OPTIONS.toRate) {
        expect({ why, highestPass, confirmed }).toEqual({ why: 'reached the upper bound', highestPass: OPTIONS.toRate, confirmed: true });
        continue;
      }
      if (capacity < OPTIONS.fromRate) expect(steps[0]).toEqual({ rate: 100, outcome: 'fail', confirm: false });
      expect(why).toBe('converged');
      expect(confirmed).toBe(true);
      expect(highestPass!).toBeLessThanOrEqual(capacity);
      expect(lowestFail!).toBeGreaterThan(capacity);
      expect((lowestFail! - highestPass!) / highestPass!).toBeLessThanOrEqual(0.05 + 1 / highestPass!);
      expect(steps.length).toBeLessThanOrEqual(14);
    }
  });

  test('a hard stop is never exceeded again; a pass above a failure is not trusted; a confirm that fails moves the bracket down', () => {
    const hard = simulate(1000, OPTIONS, (rate) => (rate <= 1000 ? 'pass' : 'hard'));
    const firstHard = hard.steps.findIndex((s) => s.outcome === 'hard');
    expect(hard.steps.slice(firstHard + 1).every((s) => s.rate < hard.steps[firstHard].rate)).toBe(true);
    expect(bracketOf([{ rate: 800, outcome: 'fail', confirm: false }, { rate: 900, outcome: 'pass', confirm: false }, { rate: 400, outcome: 'pass', confirm: false }])).toEqual({ highestPass: 400, lowestFail: 800, confirmed: false });
    // A noisy rate: 1000 passes once, then fails its confirmation; the search goes on below it and confirms a lower rate.
    let tries = 0;
    const noisy = simulate(1000, OPTIONS, (rate) => (rate === 1000 ? (tries++ === 0 ? 'pass' : 'fail') : rate < 1000 ? 'pass' : 'fail'));
    expect(noisy.steps.filter((s) => s.rate === 1000).map((s) => [s.outcome, s.confirm])).toEqual([['pass', false], ['fail', true]]);
    const after = bracketOf(noisy.steps);
    expect(after.highestPass!).toBeLessThan(1000);
    expect(after.lowestFail).toBe(1000);
    expect(after.confirmed).toBe(true);
  });

  test('nothing passes: it steps down by the factor to the floor, then stops', () => {
    const { steps, why } = simulate(0, { ...OPTIONS, floorRate: 10 });
    expect(steps.map((s) => s.rate)).toEqual([100, 50, 25, 12.5]);
    expect(why).toBe('nothing passed');
  });

  test('a step is long enough for every SLO to be decidable on a healthy service: the latency tail, and the error rate (0 errors in 500 requests still leaves 0.76% possible)', () => {
    const plan = (flags: Record<string, string>, config?: string) => planFrom({ flags: { '--target': 'http://127.0.0.1:1', ...flags }, ...(config ? { config } : {}) });
    expect(requestsPerStep(plan({}))).toBe(2000); // the default p95 and 0.5% error rate
    expect(requestsPerStep(plan({ '--error-rate': '5%' }))).toBe(500); // then the p95's tail
    expect(requestsPerStep(plan({ '--error-rate': '5%', '--p99': '900ms' }))).toBe(2500);
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-capacity-steps-'));
    writeFileSync(join(dir, 'c.yml'), 'load_test:\n  endpoints:\n    - {path: /a, weight: 0.9}\n    - {path: /b, weight: 0.1, thresholds: {error_rate: 1%}}\nthresholds:\n  error_rate: 5%\n');
    // /b sees a tenth of the requests: its 1% needs 1,000 of its own.
    expect(requestsPerStep(plan({}, join(dir, 'c.yml')))).toBe(10_000);
  });

  test('a step is long enough for its judged tail; the knee is where latency starts to climb', () => {
    expect(stepRequests(99, 100)).toBe(2500);
    expect(stepRequests(95, 100)).toBe(500);
    expect(stepRequests(null, 100)).toBe(100);
    const curve = [100, 200, 300, 400, 500, 600].map((rate) => ({ rate, latencyMs: rate <= 400 ? 10 + rate / 100 : 10 + (rate - 400) * 2 }));
    expect(kneeOf(curve)).toBe(400);
    expect(kneeOf(curve.slice(0, 2))).toBeNull();
    expect(kneeOf(curve.map((p) => ({ ...p, latencyMs: 10 })))).toBeNull();
  });
});

describe('capacity.html', () => {
  const step = (rate: number, p95: number, outcome: CapacityStepReport['outcome'], why: CapacityStepReport['why'] = 'probe'): CapacityStepReport => ({ rate, why, outcome, achievedRps: rate * (outcome === 'pass' ? 1 : 0.9), requests: rate * 5, errorRatePercent: 0, latencyMs: { p50: p95 / 2, p95, p99: p95 * 1.2 }, seconds: 6, verdict: outcome === 'pass' ? 'pass' : 'fail', reasons: outcome === 'pass' ? [] : ['P95 latency over its SLO'] });
  const steps = [step(100, 20, 'pass'), step(200, 700, 'fail'), step(150, 25, 'pass', 'bisect'), step(175, 300, 'fail', 'bisect'), step(150, 24, 'pass', 'confirm')];
  const arm = { target: 'http://svc.test/<x>', steps, capacityRps: 150, bracket: { highestPass: 150, lowestFail: 175 }, broke: { rate: 175, reasons: ['P95 latency over its SLO'] }, kneeRps: 150, stopped: 'converged' as const };
  const report: CapacityReport = { schemaVersion: 3, tool: { name: 'loadtest-action', version: 'test' }, mode: 'capacity', ...arm, startedAt: '2026-12-07T10:00:00.000Z', endedAt: '2026-12-07T10:01:00.000Z', settings: { fromRate: 100, toRate: 400, maxDurationSeconds: 600, cooldownSeconds: 5, resolutionPercent: 5, ceilingMs: 5000 }, slosMs: { p95: 250 }, headroom: null, production: null, comparison: null, verdict: 'pass', reasons: [], exitCode: 0 };

  test('the curves: each step\'s p50, p95 and p99 against its offered rate, the SLO as a line, the capacity marked; achieved against offered; nothing fetched, the target escaped', () => {
    const html = renderCapacityHtml(report);
    const latency = html.slice(html.indexOf('id="latency-curve"'), html.indexOf('id="achieved-curve"'));
    // Five steps, four judged rates drawn per series (the confirm repeats 150): 3 series × 5 points.
    expect(latency.match(/<circle class="step"/g)).toHaveLength(15);
    expect(latency).toContain('p95 SLO 250 ms');
    expect(latency).toContain('capacity 150 req/s');
    expect(latency).toMatch(/aria-label="Latency against the offered rate: p50: 10 at 100, 12\.5 at 150/);
    expect(html.slice(html.indexOf('id="achieved-curve"'))).toMatch(/<line class="diagonal"/);
    expect(html).toContain('http://svc.test/&lt;x&gt;');
    expect(html).not.toMatch(/<script|src=|href=|@import/);
    const compared = renderCapacityHtml({ ...report, production: { ...arm, target: 'http://prod.test', capacityRps: 200 }, comparison: { changePercent: -25, interval: [-30, -20], maxDropPercent: 10, verdict: 'fail', sentence: 'the canary sustains 25% less than production' } });
    expect(compared).toContain('capacity (production) 200 req/s');
    expect(compared).toContain('Steps (production: http://prod.test)');
  });
});

/** capacity: `loadtest capacity` in-process; its exit code, output, results.json and metrics.prom. */
async function capacity(argv: string[], signal = new AbortController().signal): Promise<{ code: number; out: string; err: string; report: CapacityReport | null; metrics: string; files: string | null }> {
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-capacity-'));
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['capacity', '--output', dir, '--deployment-report', join(dir, 'deployments.md'), ...argv], { out: (t) => out.push(t), err: (t) => err.push(t), progress: () => undefined, env: {}, signal, progressEverySeconds: 10, readLimits: () => null });
  let report: CapacityReport | null = null;
  let metrics = '';
  try {
    report = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
    metrics = readFileSync(join(dir, 'metrics.prom'), 'utf8');
  } catch {
    // none written (a refusal)
  }
  return { code, out: out.join('\n'), err: err.join('\n'), report, metrics, files: report ? join(dir, 'results.json') : null };
}

describe('searching a real service', () => {
  test('4 workers × 20 ms (200 req/s): found within ±10%, confirmed, the knee and the step that broke named; never above --to', async () => {
    const pool = await startPool({ workers: 4, serviceMs: 20 });
    try {
      const r = await capacity(['--target', pool.url, '--from', '120', '--to', '400', '--p95', '120', '--error-rate', '5%', '--step-duration', '2s', '--cooldown', '300ms', '--max-duration', '3m', '--production-peak', '120', '--min-headroom', '1.5x']);
      expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
      // The headroom gate: 1.5 × 120 = 180 req/s required, shown sustained.
      expect(r.report!.headroom).toEqual({ productionPeakRps: 120, required: 180, ratio: r.report!.capacityRps! / 120 });
      expect(r.report!.verdict).toBe('pass');
      const report = r.report!;
      expect(report.capacityRps!).toBeGreaterThanOrEqual(180);
      expect(report.capacityRps!).toBeLessThanOrEqual(220);
      expect(report.stopped).toBe('converged');
      // The capacity is the rate the last confirmation passed (on a busy machine an earlier one may have failed and moved the bracket down).
      const confirms = report.steps.filter((s) => s.why === 'confirm');
      expect(confirms[confirms.length - 1]).toMatchObject({ rate: report.capacityRps, outcome: 'pass' });
      expect(report.broke!.reasons.join(' ')).toMatch(/P95|p95|achieved/);
      expect(r.out).toMatch(/sustains \d+ req\/s within its SLOs \(not \d+\); production's peak 120 req\/s, headroom 1\.\d+×, required 180 req\/s: pass/);
      expect(report.kneeRps).not.toBeNull();
      expect(readFileSync(join(dirname(r.files!), 'report.html'), 'utf8')).toContain(`capacity ${report.capacityRps} req/s`);
      // results.json, schema 3: valid against the documented schema; rendered after the fact; refused as a baseline, saying why.
      expect(validateResults(JSON.parse(readFileSync(r.files!, 'utf8'))) ? [] : validateResults.errors).toEqual([]);
      const rendered = await main(['report', r.files!, '--html', join(dirname(r.files!), 'again.html')], { out: () => undefined, err: () => undefined, progress: () => undefined, env: {}, signal: new AbortController().signal, progressEverySeconds: 10, readLimits: () => null });
      expect(rendered).toBe(0);
      expect(readFileSync(join(dirname(r.files!), 'again.html'), 'utf8')).toContain('id="latency-curve"');
      const err: string[] = [];
      const asBaseline = await main(['run', '--target', pool.url, '--duration', '1s', '--baseline', r.files!, '--output', join(dirname(r.files!), 'run')], { out: () => undefined, err: (t) => err.push(t), progress: () => undefined, env: {}, signal: new AbortController().signal, progressEverySeconds: 10, readLimits: () => null });
      expect({ code: asBaseline, err: err.join('\n') }).toEqual({ code: 2, err: expect.stringContaining('holds a capacity search, not a run') });
      expect(await capacity(['--target', pool.url, '--baseline', r.files!])).toMatchObject({ code: 2, err: expect.stringContaining('--baseline does not apply to capacity') });
      expect(r.metrics).toContain(`loadtest_capacity_rps{target="${pool.url}/"} ${report.capacityRps}\n`);
      expect(r.metrics).toContain(`loadtest_headroom_ratio{target="${pool.url}/"} ${Math.round((report.capacityRps! / 120) * 1000) / 1000}\n`);
      // A second search of the same service agrees: each capacity inside the other's bracket (give or take the resolution); its gate, 1.5 × 150 = 225, is not met: a fail the service owns.
      const again = (await capacity(['--target', pool.url, '--from', '120', '--to', '400', '--p95', '120', '--error-rate', '5%', '--step-duration', '2s', '--cooldown', '300ms', '--max-duration', '3m', '--production-peak', '150', '--min-headroom', '1.5x'])).report!;
      expect(again.capacityRps!).toBeGreaterThanOrEqual(180);
      expect(again.capacityRps!).toBeLessThanOrEqual(220);
      expect(Math.abs(again.capacityRps! - report.capacityRps!) / report.capacityRps!).toBeLessThanOrEqual(0.1);
      expect(again.capacityRps!).toBeLessThan(report.bracket.lowestFail! * 1.05);
      expect(report.capacityRps!).toBeLessThan(again.bracket.lowestFail! * 1.05);
      expect({ verdict: again.verdict, exitCode: again.exitCode }).toEqual({ verdict: 'fail', exitCode: 1 });
      expect(again.reasons[0]).toMatch(/under the 225 req\/s required \(1\.5× production's peak 150\), the service did not hold its SLOs: P95 latency/);
      expect(report.steps.every((s) => s.rate <= 400)).toBe(true);
      // The service's own count over any sliding second: never more than --to allows, give or take the
      // arrivals a busy machine sends late and together (it offered 400 at most, never the next step up).
      expect(pool.busiestSecond()).toBeLessThanOrEqual(400 * 1.1);
    } finally {
      await pool.close();
    }
  }, 240_000);

  test('Ctrl-C: the search stops, and the steps measured so far are reported (inconclusive, exit 3); bad bounds are refused before any load', async () => {
    const pool = await startPool({ workers: 8, serviceMs: 5 });
    try {
      const controller = new AbortController();
      const stop = setInterval(() => {
        // After the first step's requests (its warm-up and 2 s), mid-search.
        if (pool.received.length > 40 * 3) {
          controller.abort();
          clearInterval(stop);
        }
      }, 50);
      const r = await capacity(['--target', pool.url, '--from', '40', '--to', '1000', '--error-rate', '5%', '--step-duration', '2s', '--cooldown', '200ms', '--max-duration', '2m'], controller.signal);
      clearInterval(stop);
      expect(r.code).toBe(3);
      expect(r.report!.stopped).toBe('cancelled');
      expect(r.report!.steps.length).toBeGreaterThanOrEqual(1);
      expect(r.report!.verdict).toBe('inconclusive');
      expect(r.out).toContain('Stopped: cancelled.');
    } finally {
      await pool.close();
    }
    expect(await capacity(['--target', 'http://127.0.0.1:1', '--from', '500', '--to', '100'])).toMatchObject({ code: 2, err: 'error: --from 500 is above --to 100' });
    expect(await capacity(['--target', 'http://127.0.0.1:1', '--to', '100', '--production-peak', '80', '--min-headroom', '1.5x'])).toMatchObject({ code: 2, err: expect.stringContaining('error: --to 100 is under the 120 req/s the headroom gate needs shown') });
    expect(await capacity(['--target', 'http://127.0.0.1:1', '--rate', '100'])).toMatchObject({ code: 2, err: expect.stringContaining("--rate does not apply to capacity: the search chooses each step's rate and length") });
    expect(await capacity(['--target', 'http://127.0.0.1:1', '--production-peak', '80'])).toMatchObject({ code: 2, err: 'error: the headroom gate needs both --production-peak and --min-headroom' });
  }, 60_000);

  test('a service that falls over past 150 req/s: the climb stops at the first step that breaks it, the step is cut short, and the time budget holds', async () => {
    const pool = await startPool({ workers: 64, serviceMs: 2, cliff: { perSecond: 150, brokenMs: 1500 } });
    try {
      const r = await capacity(['--target', pool.url, '--from', '40', '--to', '1000', '--error-rate', '5%', '--step-duration', '2s', '--cooldown', '2s', '--timeout', '2s', '--max-duration', '40s']);
      const report = r.report!;
      const hard = report.steps.findIndex((s) => s.outcome === 'hard');
      expect(hard).toBeGreaterThan(0);
      expect(report.steps[hard].reasons[0]).toMatch(/\d+% of a second's requests failed: stopped the step and offered no more/);
      // Nothing after it offered as much; nothing before it went past the cliff by more than a step.
      expect(report.steps.slice(hard + 1).every((s) => s.rate < report.steps[hard].rate)).toBe(true);
      expect(Math.max(...report.steps.map((s) => s.rate))).toBe(report.steps[hard].rate);
      // Cut short by abort_on_fail: far fewer 503s than a whole step at that rate would have drawn.
      expect(report.steps[hard].seconds).toBeLessThan(3.5);
      expect(pool.brokenRequests()).toBeLessThan(report.steps[hard].rate * 3);
      // The budget: the service saw nothing after 40 s of search.
      expect(pool.received[pool.received.length - 1] - pool.received[0]).toBeLessThanOrEqual(40_000);
      expect(report.capacityRps === null || report.capacityRps <= 150).toBe(true);
    } finally {
      await pool.close();
    }
  }, 90_000);
});

describe('what a search will not do', () => {
  test('a service that hangs past 120 req/s: the step is cut as a hard stop, and the headroom it cannot give is a fail, not inconclusive', async () => {
    const pool = await startPool({ workers: 16, serviceMs: 2, stallAbove: 120 });
    try {
      const r = await capacity(['--target', pool.url, '--from', '100', '--to', '400', '--error-rate', '5%', '--timeout', '3s', '--step-duration', '1s', '--cooldown', '200ms', '--max-duration', '2m', '--production-peak', '100', '--min-headroom', '1.5x']);
      const report = r.report!;
      const hard = report.steps.filter((s) => s.outcome === 'hard');
      expect(hard.length).toBeGreaterThanOrEqual(1);
      // Hung requests show as no answers, or (once the 3 s timeout passes) as every request failing.
      expect(hard[0].reasons[0]).toMatch(/the service answered \d+ of (about )?\d+ requests|\d+% of (a second's )?requests failed/);
      expect({ code: r.code, verdict: report.verdict }).toEqual({ code: 1, verdict: 'fail' });
    } finally {
      await pool.close();
    }
  }, 150_000);

  test('0.4% errors against a 0.5% SLO: too close to call is never a pass; the gate is not met', async () => {
    const pool = await startPool({ workers: 16, serviceMs: 2, errorEvery: 250 });
    try {
      const r = await capacity(['--target', pool.url, '--from', '100', '--to', '100', '--timeout', '2s', '--step-duration', '1s', '--cooldown', '200ms', '--max-duration', '60s', '--production-peak', '50', '--min-headroom', '2x']);
      expect(r.report!.verdict).not.toBe('pass');
      expect(r.report!.steps[0].reasons.join(' ')).toMatch(/not shown to hold|too close to call/);
    } finally {
      await pool.close();
    }
  }, 120_000);

  test('Ctrl-C during the pause between steps: nothing more is sent', async () => {
    const pool = await startPool({ workers: 8, serviceMs: 2 });
    try {
      const controller = new AbortController();
      let firstStepDone = 0;
      const watch = setInterval(() => {
        // The first step (100 req/s, 500 requests for its p95, after a second's warm-up) has ended once nothing arrives for 400 ms.
        const last = pool.received[pool.received.length - 1] ?? 0;
        if (pool.received.length > 500 && Date.now() - last > 400 && firstStepDone === 0) {
          firstStepDone = pool.received.length;
          controller.abort();
        }
      }, 50);
      const r = await capacity(['--target', pool.url, '--from', '100', '--to', '1000', '--error-rate', '5%', '--step-duration', '1s', '--cooldown', '5s', '--max-duration', '2m'], controller.signal);
      clearInterval(watch);
      expect(r.report!.stopped).toBe('cancelled');
      expect(r.report!.steps).toHaveLength(1);
      expect(pool.received.length).toBe(firstStepDone);
    } finally {
      await pool.close();
    }
  }, 60_000);

  test('flows, a throughput SLO, CPU SLOs are refused; credentials in the target never printed; a config\'s production URL is compared with', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-capacity-config-'));
    writeFileSync(join(dir, 'flows.yml'), 'load_test:\n  flows:\n    - {name: a, steps: [{name: s, path: /}]}\n');
    expect(await capacity(['--target', 'http://127.0.0.1:1', '--config', join(dir, 'flows.yml')])).toMatchObject({ code: 2, err: expect.stringContaining('this config has flows') });
    expect(await capacity(['--target', 'http://127.0.0.1:1', '--throughput', '100'])).toMatchObject({ code: 2, err: expect.stringContaining('a throughput SLO does not apply to a capacity search') });
    const pool = await startPool({ workers: 8, serviceMs: 2 });
    try {
      const url = new URL(pool.url);
      const secret = `http://alice:S3CRETPW@${url.host}/?token=TOPSECRETTOKEN`;
      writeFileSync(join(dir, 'canary.yml'), 'canary:\n  production_url: http://127.0.0.1:1\n');
      const r = await capacity(['--target', secret, '--config', join(dir, 'canary.yml'), '--from', '100', '--to', '100', '--step-duration', '1s', '--max-duration', '60s']);
      expect(r.out + r.err + JSON.stringify(r.report) + r.metrics).not.toMatch(/S3CRETPW|TOPSECRETTOKEN/);
      expect(r.out).toContain('beside production http://127.0.0.1:1');
      expect(r.code).toBe(4);
    } finally {
      await pool.close();
    }
  }, 90_000);
});

describe('the canary against production, searched side by side', () => {
  const compare = (canary: string, production: string) => capacity(['--target', canary, '--production-url', production, '--from', '100', '--to', '300', '--p90', '60', '--error-rate', '5%', '--step-duration', '1s', '--cooldown', '200ms', '--max-duration', '3m']);

  test('a canary with 30% less capacity (4 workers × 28.6 ms against × 20 ms) is caught; an identical one passes', async () => {
    const [production, slower, same] = await Promise.all([startPool({ workers: 4, serviceMs: 20 }), startPool({ workers: 4, serviceMs: 28.6 }), startPool({ workers: 4, serviceMs: 20 })]);
    try {
      const caught = await compare(slower.url, production.url);
      const report = caught.report!;
      expect({ code: caught.code, verdict: report.verdict }).toEqual({ code: 1, verdict: 'fail' });
      // Steps alternate: the canary's, then production's.
      expect(report.production!.steps.length).toBeGreaterThanOrEqual(report.steps.length - 1);
      expect(report.comparison!.changePercent!).toBeLessThan(-20);
      expect(report.comparison!.changePercent!).toBeGreaterThan(-40);
      expect(report.comparison!.interval![1]).toBeLessThan(-10);
      expect(caught.out).toMatch(/the canary sustains \d+(\.\d)?% less than production \(between -\d+(\.\d)?% and -\d+(\.\d)?%\): more than the 10% drop allowed: fail/);
      expect(caught.metrics).toMatch(/loadtest_capacity_change_percent\{target="[^"]+"\} -\d+/);
      const passed = await compare(same.url, production.url);
      expect({ code: passed.code, verdict: passed.report!.verdict, sentence: passed.report!.comparison!.sentence }).toEqual({ code: 0, verdict: 'pass', sentence: expect.stringMatching(/within the 10% drop allowed$/) });
    } finally {
      await Promise.all([production.close(), slower.close(), same.close()]);
    }
  }, 240_000);
});

describe('mode: capacity in the action', () => {
  test('a search as a workflow step: the steps in the job summary, the answer in the outputs, the headroom gate; inputs of other modes refused', async () => {
    const { runActionInProcess } = await import('./helpers/action.js');
    const pool = await startPool({ workers: 8, serviceMs: 5 });
    try {
      // Rates far under the pool's 1,600 req/s, which a busy machine's generator still sends on time.
      const r = await runActionInProcess({ mode: 'capacity', 'target-url': pool.url, 'capacity-from': '100', 'capacity-to': '200', 'max-error-rate': '5%', 'capacity-step-duration': '1s', 'capacity-cooldown': '200ms', 'capacity-max-duration': '2m', 'production-peak': '100', 'min-headroom': '1.5x' });
      expect({ status: r.status, errors: r.stdout.split('\n').filter((l) => l.startsWith('::error')) }).toEqual({ status: 0, errors: [] });
      expect(r.outputs).toMatchObject({ verdict: 'pass', passed: 'true', 'exit-code': '0', 'capacity-rps': '200', 'headroom-ratio': '2' });
      expect(r.summary).toContain('## ✅ Capacity: 200 req/s');
      expect(r.summary).toContain('| # | Step | Offered req/s | Achieved req/s | p50 / p95 / p99 ms | Errors | Outcome | Why |');
      expect(r.summary).toMatch(/production's peak 100 req\/s, headroom 2×, required 150 req\/s: pass/);
      expect(JSON.parse(readFileSync(join(r.dir, r.outputs['report-dir'], 'results.json'), 'utf8')).capacityRps).toBe(200);
      // The service's own count, over any sliding second: at most the upper bound, give or take the
      // arrivals a busy machine sends late and together (the pre-flight's few requests included).
      expect(pool.busiestSecond()).toBeLessThanOrEqual(200 * 1.1);
    } finally {
      await pool.close();
    }
    const stray = await runActionInProcess({ 'target-url': 'http://127.0.0.1:1', 'capacity-to': '400' });
    expect(stray.stdout).toContain("input capacity-to::capacity-to applies to mode: capacity, and this step's mode is run");
    const rate = await runActionInProcess({ mode: 'capacity', 'target-url': 'http://127.0.0.1:1', rate: '100' });
    expect(rate.stdout).toContain("input rate::rate does not apply to mode capacity: the search chooses each step's rate and length");
    const bounds = await runActionInProcess({ mode: 'capacity', 'target-url': 'http://127.0.0.1:1', 'capacity-from': '500', 'capacity-to': '100' });
    expect(bounds.stdout).toContain('::error::capacity-from 500 is above capacity-to 100');
    expect(bounds.outputs.verdict).toBe('error');
  }, 60_000);
});
