// A capacity search goes over one HTTP version per target, settled once before the first step: a
// canary and production share it as a canary run's arms do (http_version auto), and every step is
// pinned to it, so no step settles another. The search with its ports faked (which plan each step
// got), the renderings, then short real searches over TLS, with the servers' own view of every
// request as the evidence.

import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { ProtocolUsed } from '../src/client/protocol.js';
import { main } from '../src/cli/main.js';
import type { Plan } from '../src/config/plan.js';
import { pinnedTo } from '../src/app/capacity-protocol.js';
import { type CapacityPorts, type CapacitySettings, searchCapacity } from '../src/app/capacity.js';
import { type CapacityReport, renderCapacityMarkdown, renderCapacityText } from '../src/report/capacity.js';
import { renderCapacityHtml } from '../src/report/html/capacity.js';
import type { RunReport } from '../src/report/model.js';
import { closeAfterEach } from './helpers/closers.js';
import { startH2Server } from './helpers/h2-servers.js';
import { planFrom } from './helpers/plan.js';
import { ok, selfSignedCert } from './helpers/servers.js';

const { closers, server } = closeAfterEach();

const resultsSchema = JSON.parse(readFileSync('docs/results.schema.json', 'utf8'));
const validateResults = new (Ajv as unknown as typeof Ajv.default)({ allErrors: true, strict: false }).addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/).compile(resultsSchema);
const valid = (report: unknown) => (validateResults(JSON.parse(JSON.stringify(report))) ? [] : validateResults.errors);

const SETTINGS: CapacitySettings = { fromRate: 100, toRate: 100, maxDurationMs: 600_000, cooldownMs: 0, resolution: 0.05, ceilingMs: 5000, growth: 2, minStepMs: 1000, productionPeak: null, minHeadroom: null, productionUrl: null, maxDropPercent: 10 };

/** fakeSearch: the search with a step that always passes at its rate; what each step's plan asked and what was settled, in order. */
async function fakeSearch(settle: CapacityPorts['settle'], settings: Partial<CapacitySettings> = {}) {
  const log: string[] = [];
  const plans: Plan[] = [];
  let clock = 0;
  const report = await searchCapacity(planFrom({ flags: { '--target': 'https://canary.test/', '--http-version': 'auto', '--error-rate': '5%' } }), { ...SETTINGS, ...settings }, {
    settle: async (plan, targets) => {
      log.push(`settle ${targets.join(' ')}`);
      return settle(plan, targets);
    },
    measure: async (plan) => {
      log.push(`step ${plan.target} over ${plan.http.version}`);
      plans.push(plan);
      const rate = plan.load.peakRate!;
      return { status: 'completed', overall: { errorRatePercent: 0, latencyMs: { p50: 1, p95: 2, p99: 3 }, requests: rate * 10, throughputRps: rate }, measuredSeconds: 10, durationSeconds: 11, verdict: 'pass', reasons: [] } as unknown as RunReport;
    },
    monotonicMs: () => (clock += 1),
    sleep: async () => undefined,
    now: () => new Date('2026-01-01T00:00:00Z'),
  });
  return { report, log, plans };
}

const h2: ProtocolUsed = { version: '2', how: 'alpn', asked: 'auto', alpn: 'h2' };
const shared11: ProtocolUsed = { version: '1.1', how: 'alpn', asked: 'auto', alpn: 'http/1.1', sharedVersion: true };
const only11: ProtocolUsed = { version: '1.1', how: 'alpn', asked: 'auto', alpn: 'http/1.1' };

describe('the search, its ports faked', () => {
  test('both arms settled once before any step; every step pinned to its arm\'s version; each arm\'s protocol recorded', async () => {
    const { report, log, plans } = await fakeSearch(async () => ({ ok: true, protocols: [shared11, only11] }), { productionUrl: 'https://production.test/' });
    expect(log).toEqual(['settle https://canary.test/ https://production.test/', 'step https://canary.test/ over 1.1', 'step https://production.test/ over 1.1', 'step https://canary.test/ over 1.1', 'step https://production.test/ over 1.1']);
    // Pinned only in the HTTP version: the rest is the step's plan as before.
    expect(plans.every((p) => p.http.maxStreamsPerConnection === planFrom({ flags: { '--target': 'https://x.test' } }).http.maxStreamsPerConnection)).toBe(true);
    expect(report.protocol).toEqual({ version: '1.1', how: 'alpn', asked: 'auto', alpn: 'http/1.1', sharedVersion: true });
    expect(report.production!.protocol).toEqual({ version: '1.1', how: 'alpn', asked: 'auto', alpn: 'http/1.1' });
    expect(report.comparison!.verdict).toBe('pass');
    expect(valid(report)).toEqual([]);
  });

  test('one target: settled, pinned (to 2 when it chose h2), and recorded too', async () => {
    const { report, log } = await fakeSearch(async () => ({ ok: true, protocols: [h2] }));
    expect(log).toEqual(['settle https://canary.test/', 'step https://canary.test/ over 2', 'step https://canary.test/ over 2']);
    expect({ protocol: report.protocol, production: report.production, verdict: report.verdict }).toEqual({ protocol: h2, production: null, verdict: 'pass' });
    expect(valid(report)).toEqual([]);
  });

  test('arms that cannot share a version: no step at all, a fail with the reason, exit 4 as an unreachable target\'s', async () => {
    const reason = 'the canary cannot be loaded over HTTP/1.1 like production: …';
    const { report, log } = await fakeSearch(async () => ({ ok: false, reason }), { productionUrl: 'https://production.test/' });
    expect(log).toEqual(['settle https://canary.test/ https://production.test/']);
    expect({ steps: report.steps.length, stopped: report.stopped, production: report.production!.stopped, verdict: report.verdict, exitCode: report.exitCode, reason: report.reasons[0], protocol: report.protocol }).toEqual({ steps: 0, stopped: 'unreachable', production: 'unreachable', verdict: 'fail', exitCode: 4, reason, protocol: null });
    expect(valid(report)).toEqual([]);
  });

  test('pinnedTo sets only http_version', () => {
    const plan = planFrom({ flags: { '--target': 'https://x.test', '--http-version': 'auto' } });
    expect(pinnedTo(plan, { version: '1.1' })).toEqual({ ...plan, http: { ...plan.http, version: '1.1' } });
    expect(pinnedTo(plan, { version: '2' }).http.version).toBe('2');
    expect(plan.http.version).toBe('auto');
  });

  test('the renderings say what every step of each arm went over; a file that does not say renders as before', async () => {
    const { report } = await fakeSearch(async () => ({ ok: true, protocols: [shared11, only11] }), { productionUrl: 'https://production.test/' });
    const text = renderCapacityText(report);
    expect(text).toContain('Every step over HTTP/1.1 (auto: the server chose h2 by ALPN, but the other arm speaks only HTTP/1.1, so it was offered http/1.1 alone).');
    expect(text).toContain('Production: Every step over HTTP/1.1 (auto offered h2; the server chose http/1.1 by ALPN).');
    const markdown = renderCapacityMarkdown(report);
    expect(markdown.split('**Production**')[0]).toContain('Every step over HTTP/1.1 (auto: the server chose h2');
    expect(markdown.split('**Production**')[1]).toContain('Every step over HTTP/1.1 (auto offered h2');
    const html = renderCapacityHtml(report);
    expect(html.match(/<p class="protocol">Every step over HTTP\/1\.1 \([^<]*\)\.<\/p>/g)).toHaveLength(2);
    const older = { ...report, production: { ...report.production! } } as CapacityReport;
    delete older.protocol;
    delete older.production!.protocol;
    expect(renderCapacityText(older)).not.toContain('Every step over');
    expect(renderCapacityHtml(older)).not.toContain('class="protocol"');
  });
});

/** capacity: `loadtest capacity` in-process over TLS (self-signed, --insecure), short steps at one rate. */
async function capacity(argv: string[]): Promise<{ code: number; out: string; report: CapacityReport; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-capacity-protocol-'));
  const out: string[] = [];
  const code = await main(['capacity', '--output', dir, '--insecure', '--http-version', 'auto', '--wait-for-ready', '0', '--from', '300', '--to', '300', '--error-rate', '5%', '--step-duration', '1s', '--cooldown', '100ms', '--max-duration', '40s', ...argv], { out: (t) => out.push(t), err: (t) => out.push(t), progress: () => undefined, env: {}, signal: new AbortController().signal, progressEverySeconds: 10, readLimits: () => null });
  return { code, out: out.join('\n'), report: JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as CapacityReport, dir };
}

describe('real searches over TLS', () => {
  test('a canary that speaks h2 and HTTP/1.1 beside an HTTP/1.1-only production: every request of both arms over HTTP/1.1, and the report says so', async () => {
    const canary = await startH2Server(undefined, { tls: true, allowHTTP1: true });
    closers.push(canary.close);
    const production = await server(ok, { tls: selfSignedCert() });
    const r = await capacity(['--target', canary.url, '--production-url', production.url]);
    expect(r.report.steps.length).toBeGreaterThanOrEqual(1);
    expect(r.report.production!.steps.length).toBeGreaterThanOrEqual(1);
    // The canary's own view: every request came over HTTP/1.1 (session 0), and the only connection
    // that spoke h2 was the first pre-flight's, under auto: every later one offered only http/1.1,
    // which this server (that prefers h2) would otherwise have chosen.
    expect(canary.requests.length).toBeGreaterThan(300);
    expect(canary.requests.filter((q) => q.session !== 0)).toEqual([]);
    expect(canary.connections()).toBe(1);
    // Production speaks only HTTP/1.1 (node:https): all it received, it received over HTTP/1.1.
    expect(production.received.length).toBeGreaterThan(300);
    expect(r.report.protocol).toEqual({ version: '1.1', how: 'alpn', asked: 'auto', alpn: 'http/1.1', sharedVersion: true });
    expect(r.report.production!.protocol).toMatchObject({ version: '1.1', how: 'alpn', asked: 'auto' });
    expect(r.report.production!.protocol!.sharedVersion).toBeUndefined();
    expect(valid(r.report)).toEqual([]);
    expect(r.out).toContain('Every step over HTTP/1.1 (auto: the server chose h2 by ALPN, but the other arm speaks only HTTP/1.1');
    expect(readFileSync(join(r.dir, 'report.html'), 'utf8')).toContain('<p class="protocol">Every step over HTTP/1.1');
    expect(readFileSync(join(r.dir, 'performance_report.md'), 'utf8')).toContain('Every step over HTTP/1.1');
  }, 60_000);

  test('one target that speaks only h2: every step pinned to HTTP/2 over TLS, every request over h2, recorded', async () => {
    const target = await startH2Server(undefined, { tls: true });
    closers.push(target.close);
    const r = await capacity(['--target', target.url]);
    expect(r.report.steps.length).toBeGreaterThanOrEqual(1);
    expect(r.report.steps.every((s) => s.requests > 0)).toBe(true);
    expect(target.requests.length).toBeGreaterThan(300);
    expect(target.requests.filter((q) => q.session === 0)).toEqual([]);
    expect(r.report.protocol).toEqual({ version: '2', how: 'alpn', asked: 'auto', alpn: 'h2' });
    expect(r.out).toContain('Every step over HTTP/2 (h2 by ALPN).');
  }, 60_000);

  test('a canary that speaks only h2 beside an HTTP/1.1-only production: refused before any load, exit 4, with the reason', async () => {
    const canary = await startH2Server(undefined, { tls: true });
    closers.push(canary.close);
    const production = await server(ok, { tls: selfSignedCert() });
    const r = await capacity(['--target', canary.url, '--production-url', production.url]);
    expect({ code: r.code, steps: r.report.steps.length, productionSteps: r.report.production!.steps.length, verdict: r.report.verdict }).toEqual({ code: 4, steps: 0, productionSteps: 0, verdict: 'fail' });
    expect(r.report.reasons[0]).toMatch(/^the canary cannot be loaded over HTTP\/1\.1 like production/);
    expect({ canary: canary.requests.length, production: production.received.length }).toEqual({ canary: 0, production: 0 });
    expect(valid(r.report)).toEqual([]);
  }, 30_000);
});
