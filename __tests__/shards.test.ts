// Distributed runs: each shard generates its part of the load; the merge adds histograms exactly,
// lines the series up on the wall clock, and judges the whole, or refuses loudly and says which
// shard is missing or broken. Real HTTP against a local target; the CLI's main() in-process.

import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { shardProfile } from '../src/pacing/shard.js';
import { arrivalsBy, usersAt } from '../src/pacing/profile.js';
import { decodeHistogram, encodeHistogram, newHistogram, summarize } from '../src/metrics/histogram.js';
import { addEncoded, mergeMetrics } from '../src/metrics/merge.js';
import type { RunReport } from '../src/report/model.js';
import { configErrors, planFrom } from './helpers/plan.js';
import { failing, ok, startServer } from './helpers/servers.js';

function cli(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const done = main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), progress: () => {}, env, signal: new AbortController().signal, progressEverySeconds: 1, readLimits: () => null });
  return done.then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as RunReport;

describe('splitting the load', () => {
  test('closed model: at every moment of any profile, the shards run exactly the whole number of users', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 64 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }), (peak, count, moments) => {
        const whole = [
          { durationMs: 10_000, from: 0, to: peak },
          { durationMs: 10_000, from: peak, to: peak },
          { durationMs: 10_000, from: peak, to: Math.floor(peak / 3) },
        ];
        const shards = Array.from({ length: count }, (_, i) => shardProfile(whole, 'closed', { index: i + 1, count }));
        for (const moment of [...moments, 1 / 3, 2 / 3, 1]) {
          const t = moment * 30_000;
          expect(shards.reduce((sum, profile) => sum + usersAt(profile, t), 0)).toBe(usersAt(whole, t));
        }
      }),
    );
  });

  test('open model: the shards\' arrivals add up to the whole', () => {
    const whole = [{ durationMs: 20_000, from: 10, to: 310 }];
    const shards = [1, 2, 3].map((index) => shardProfile(whole, 'open', { index, count: 3 }));
    for (const t of [1000, 7_500, 20_000]) expect(shards.reduce((sum, p) => sum + arrivalsBy(p, t), 0)).toBeCloseTo(arrivalsBy(whole, t), 6);
  });

  test('a shard runs its share with its own seed and keeps the whole run\'s SLOs for the merge', () => {
    const flags = { '--target': 'http://127.0.0.1:1', '--concurrency': '10', '--seed': '7', '--throughput': '50', '--abort-on-fail': true };
    const plans = [1, 2, 3].map((i) => planFrom({ flags: { ...flags, '--shard': `${i}/3` } }));
    expect(plans.map((p) => p.load.peakUsers)).toEqual([4, 3, 3]);
    expect(plans.map((p) => p.shard!.share)).toEqual([0.4, 0.3, 0.3]);
    expect(new Set(plans.map((p) => p.load.seed)).size).toBe(3);
    expect(plans.every((p) => p.thresholds.throughput!.value === 50 && p.shard!.minRequests === 100 && !p.load.abortOnFail)).toBe(true);
    expect(plans[0].notices).toContain('abort_on_fail is off in a shard: only the merge sees the whole run');
  });

  test.each([
    ['0/4', 'shard 0 of 4 does not exist: shards count from 1 to 4'],
    ['5/4', 'shard 5 of 4 does not exist'],
    ['two of four', 'expected a shard like 1/4'],
  ])('--shard %s is refused', (shard, message) => {
    expect(configErrors({ flags: { '--target': 'http://127.0.0.1:1', '--shard': shard } }).join('\n')).toContain(message);
  });

  test('more shards than users, and sharded canaries, are refused', () => {
    expect(configErrors({ flags: { '--target': 'http://127.0.0.1:1', '--concurrency': '2', '--shard': '3/3' } }).join('\n')).toContain('shard 3 of 3 would run no virtual users: 2 users cannot be split 3 ways');
    expect(configErrors({ flags: { '--target': 'http://127.0.0.1:1', '--production-url': 'http://127.0.0.1:2', '--shard': '1/2' } }, 'canary').join('\n')).toContain('canary mode cannot be sharded');
  });
});

describe('merging histograms', () => {
  test('merging K shards gives exactly the percentiles of one histogram fed every value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 400 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 2 ** 31 }), (values, k, seed) => {
        const whole = newHistogram();
        const parts = Array.from({ length: k }, () => newHistogram());
        values.forEach((v, i) => {
          whole.recordValue(v);
          parts[(i * 7919 + seed) % k].recordValue(v);
        });
        const merged = addEncoded(parts.map(encodeHistogram));
        expect(summarize(merged)).toEqual(summarize(whole));
        for (const p of [1, 25, 50, 66, 90, 99, 99.9, 100]) expect(merged.getValueAtPercentile(p)).toBe(whole.getValueAtPercentile(p));
        expect(merged.totalCount).toBe(values.length);
      }),
    );
  });

  test('merged endpoint metrics add counts, statuses and throughput', () => {
    const part = (latencies: number[], statuses: Record<string, number>, errors: number) => {
      const h = newHistogram();
      for (const l of latencies) h.recordValue(l);
      return { name: 'GET /a', requests: latencies.length, errors, errorRatePercent: 0, throughputRps: latencies.length / 2, bytes: latencies.length * 10, latencyMs: summarize(h), serviceTimeMs: summarize(h), statusCodes: statuses, errorCodes: errors ? { http_5xx: errors } : {}, histograms: { latency: encodeHistogram(h), serviceTime: encodeHistogram(h) } };
    };
    const merged = mergeMetrics('GET /a', [part([1000, 2000, 3000], { '200': 2, '503': 1 }, 1), part([4000, 5000], { '200': 2 }, 0)]);
    expect(merged).toMatchObject({ requests: 5, errors: 1, errorRatePercent: 20, throughputRps: 2.5, bytes: 50, statusCodes: { '200': 4, '503': 1 }, errorCodes: { http_5xx: 1 } });
    expect(merged.latencyMs.p50).toBeCloseTo(3, 2);
    expect(decodeHistogram(merged.histograms.latency).totalCount).toBe(5);
  });
});

describe('two shards against a real target, then the merge', () => {
  test('each shard sends half the rate and passes its share; the merge adds them up exactly and judges the whole', async () => {
    const target = await startServer(ok);
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-shards-'));
    try {
      // 150 req/s is out of reach of either shard alone (100 each); only the whole meets it.
      const common = ['run', '--target', target.url, '--rate', '200', '--duration', '3s', '--throughput', '150', '--p95', '500ms', '--min-requests', '300', '-q'];
      const shards = await Promise.all([1, 2].map((i) => cli([...common, '--shard', `${i}/2`, '--output', join(dir, `shard-${i}`)])));
      expect(shards.map((s) => s.code)).toEqual([0, 0]);
      const [one, two] = [1, 2].map((i) => readReport(join(dir, `shard-${i}`)));
      expect(one.shard).toMatchObject({ index: 1, count: 2, share: 0.5, slo: { minRequests: 300 } });
      expect(one.plan.peakRate).toBe(100);
      expect(one.checks.find((c) => c.metric === 'throughput')!.threshold).toBe(75);
      expect(one.verdict).toBe('pass');
      expect(shards[0].out).toContain('SHARD 1/2, provisional: ✅ PASSED');
      expect(one.timeseries.every((p) => typeof p.histogram === 'string')).toBe(true);

      const merged = await cli(['merge', join(dir, 'shard-1'), join(dir, 'shard-2'), '--output', join(dir, 'merged')]);
      expect(merged.err).toBe('');
      expect(merged.code).toBe(0);
      const whole = readReport(join(dir, 'merged'));
      expect(whole.verdict).toBe('pass');
      expect(whole.overall.requests).toBe(one.overall.requests + two.overall.requests);
      expect(whole.overall.throughputRps).toBeCloseTo(one.overall.throughputRps + two.overall.throughputRps, 6);
      expect(whole.checks.find((c) => c.metric === 'throughput')).toMatchObject({ threshold: 150, passed: true });
      expect(whole.plan.peakRate).toBe(200);
      // Exact: the merged histogram is the sum of the shards'.
      const added = newHistogram();
      added.add(decodeHistogram(one.overall.histograms.latency));
      added.add(decodeHistogram(two.overall.histograms.latency));
      expect(whole.overall.latencyMs).toEqual(summarize(added));
      // Aligned by wall clock: every second's requests add up to the shards' totals.
      const sumSeries = (r: RunReport) => r.timeseries.reduce((s, p) => s + p.requests, 0);
      expect(sumSeries(whole)).toBe(sumSeries(one) + sumSeries(two));
      expect(whole.merged!.shards.map((s) => s.index)).toEqual([1, 2]);
      expect(whole.merged!.overlapSeconds).toBeGreaterThan(2);
      expect(merged.out).toContain('Merged from 2 shards');
      expect(merged.out).toContain('✅ PASSED');
      expect(readFileSync(join(dir, 'merged', 'performance_report.md'), 'utf8')).toContain('Merged from 2 shards');
      expect(target.received.length).toBe(one.overall.requests + two.overall.requests + one.warmup.requests + two.warmup.requests);
    } finally {
      await target.close();
    }
  });

  test('a merge judges errors on the whole: a failing target fails the merged run with exit 1', async () => {
    const target = await startServer(failing(503));
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-shards-'));
    try {
      await Promise.all([1, 2].map((i) => cli(['run', '--target', target.url, '--concurrency', '4', '--duration', '1.5s', '--shard', `${i}/2`, '--output', join(dir, `s${i}`), '-q'])));
      const merged = await cli(['merge', dir, '--output', join(dir, 'merged')]);
      expect(merged.code).toBe(1);
      expect(merged.out).toMatch(/every one of the [\d,]+ measured requests failed \(HTTP 503 ×[\d,]+\)/);
      expect(merged.out).toMatch(/Error rate\s+all\s+≤ 0\.5%\s+100%\s+❌ fail/);
    } finally {
      await target.close();
    }
  });

  test('a missing, failed or foreign shard stops the merge loudly, naming each one (exit 2)', async () => {
    const target = await startServer(ok);
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-shards-'));
    try {
      await Promise.all([1, 2, 3].map((i) => cli(['run', '--target', target.url, '--concurrency', '3', '--duration', '1s', '--shard', `${i}/3`, '--output', join(dir, `s${i}`), '-q'])));
      const missing = await cli(['merge', join(dir, 's1'), join(dir, 's3'), '--output', join(dir, 'm')]);
      expect(missing.code).toBe(2);
      expect(missing.err).toContain('shard 2 of 3 is missing');

      const broken = readReport(join(dir, 's2'));
      writeFileSync(join(dir, 's2', 'results.json'), JSON.stringify({ ...broken, status: 'unreachable', reasons: ['target unreachable: http://127.0.0.1:9/'] }));
      const failed = await cli(['merge', join(dir, 's1'), join(dir, 's2'), join(dir, 's3'), '--output', join(dir, 'm')]);
      expect(failed.code).toBe(2);
      expect(failed.err).toContain('shard 2 of 3 did not complete (unreachable): target unreachable');

      writeFileSync(join(dir, 's2', 'results.json'), JSON.stringify({ ...broken, shard: { ...broken.shard!, slo: { ...broken.shard!.slo, minRequests: 5 } } }));
      const foreign = await cli(['merge', join(dir, 's1'), join(dir, 's2'), join(dir, 's3'), join(dir, 's3', 'results.json'), '--output', join(dir, 'm')]);
      expect(foreign.err).toContain('shard 2 ran with other SLOs than shard 1');
      expect(foreign.err).toContain('shard 3 of 3 appears 2 times');

      const nothing = await cli(['merge', join(dir, 'nowhere')]);
      expect(nothing.code).toBe(2);
      expect(nothing.err).toContain('nowhere: no such file or directory');
    } finally {
      await target.close();
    }
  });

  test('merge needs paths, and --shard belongs to the load jobs', async () => {
    expect((await cli(['merge'])).err).toContain('merge needs the shards\' report directories');
    expect((await cli(['merge', 'x', '--shard', '1/2'])).err).toContain('--shard applies to the load jobs');
  });
});
