// report.html, opened in a real headless Chromium (Debian's package, driven by playwright-core):
// reports from real runs against local targets (pass, fail against a baseline, canary, rollout,
// merged shards, and the committed CLI bundle's demo) must draw every chart with data, agree with
// results.json, make no request and log no error, and fit a narrow window. Screenshots are kept in
// test-output/screenshots. Size and self-containment are checked without a browser: only the
// describe block that opens pages launches one. Without a browser that block fails, saying what to
// install (helpers/browser.ts), unless LOADTEST_SKIP_MISSING=1.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { main } from '../src/cli/main.js';
import { encodeHistogram, newHistogram, summarize, toMicros } from '../src/metrics/histogram.js';
import { runCharts } from '../src/report/html/charts.js';
import { renderHtmlReport } from '../src/report/html/render.js';
import { UPLOT_CSS, UPLOT_JS, UPLOT_VERSION } from '../src/report/html/uplot.vendored.js';
import type { RegressionReport, RolloutReport, RunReport, TimePoint } from '../src/report/model.js';
import { formatValue } from '../src/slo/checks.js';
import { seededRandom } from '../src/engine/random.js';
import { metrics } from './helpers/metrics.js';
import { planFrom } from './helpers/plan.js';
import { slow, startServer } from './helpers/servers.js';
import { buildReport } from '../src/report/build.js';
import { BROWSER_CANDIDATES, browserPath, findBrowser } from './helpers/browser.js';
import { skipMissing } from './helpers/prometheus.js';

/** The launch flags ../shared/REFERENCE.md lists for this closed network, run as root. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = resolve('test-output/screenshots');

function cli(argv: string[]) {
  const out: string[] = [];
  return main(argv, { out: (t) => out.push(t), err: (t) => out.push(t), progress: () => {}, env: {}, signal: new AbortController().signal, progressEverySeconds: 1, readLimits: () => null }).then((code) => ({ code, out: out.join('\n') }));
}

interface Opened {
  verdict: string | null;
  badge: string;
  charts: Array<{ id: string; series: number; points: number; labels: string[]; dashes: string[] }>;
  inked: Record<string, number>;
  requests: string[];
  errors: string[];
  tables: Record<string, string[][]>;
  sections: string[];
  /** captions: the words under each chart, and what a screen reader hears for it. */
  captions: Record<string, { summary: string; aria: string }>;
  overflow: number;
}

/** The browser, launched by the describe block that opens pages (and only there). */
let context: BrowserContext;

/** open loads a report.html from disk, records every request and error, does what a reader does (act), and reads what the page shows. */
async function open(file: string, name: string, width = 1200, act?: (page: Page) => Promise<void>): Promise<Opened> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file://')) requests.push(request.url());
  });
  await page.route(/^(?!file:)/, (route) => route.abort());
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(`file://${file}`);
  await page.waitForFunction(() => (window as unknown as { loadtestCharts?: unknown }).loadtestCharts !== undefined, null, { timeout: 10_000 });
  if (act) await act(page);
  const seen = await page.evaluate(() => {
    const charts = (window as unknown as { loadtestCharts: Opened['charts'] }).loadtestCharts;
    // A chart drew when its canvas has ink: count the pixels that are not blank.
    const inked: Record<string, number> = {};
    for (const chart of charts) {
      const canvas = document.getElementById(chart.id)?.querySelector('canvas');
      if (!canvas) continue;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) ink++;
      inked[chart.id] = ink;
    }
    const tables: Record<string, string[][]> = {};
    for (const table of Array.from(document.querySelectorAll('table'))) tables[table.id] = Array.from(table.querySelectorAll('tbody tr')).map((row) => Array.from(row.children).map((cell) => cell.textContent ?? ''));
    return {
      verdict: document.querySelector('header.verdict')?.getAttribute('data-verdict') ?? null,
      badge: document.querySelector('header.verdict .badge')?.textContent ?? '',
      charts,
      inked,
      tables,
      sections: Array.from(document.querySelectorAll('h2')).map((h) => h.textContent ?? ''),
      captions: Object.fromEntries(Array.from(document.querySelectorAll('.plot')).map((plot) => [plot.id, { summary: plot.parentElement?.querySelector('.summary')?.textContent ?? '', aria: plot.getAttribute('aria-label') ?? '' }])),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}px.png`), fullPage: true });
  await page.close();
  return { ...seen, requests, errors };
}

/** drewEverything: every chart has points, ink on its canvas, and lines told apart by dash pattern as well as colour. */
function expectDrawn(opened: Opened): void {
  expect(opened.charts.length).toBeGreaterThanOrEqual(5);
  for (const chart of opened.charts) {
    expect({ id: chart.id, hasPoints: chart.points > 0, inked: (opened.inked[chart.id] ?? 0) > 500 }).toEqual({ id: chart.id, hasPoints: true, inked: true });
    const lines = chart.dashes.filter((_, i) => !chart.labels[i].includes('SLO'));
    expect({ id: chart.id, distinct: new Set(lines).size === lines.length }).toEqual({ id: chart.id, distinct: true });
  }
  expect(opened.requests).toEqual([]);
  expect(opened.errors).toEqual([]);
}

const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as RunReport;
const readRollout = (dir: string) => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as RolloutReport;

(skipMissing(findBrowser() !== null, 'A Chromium or Chrome', 'chromium') ? describe.skip : describe)('report.html in Chromium, from real runs', () => {
  let dir: string;
  let fast: Awaited<ReturnType<typeof startServer>>;
  let slower: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'loadtest-chromium-')), { executablePath: browserPath(), headless: true, args: FLAGS, viewport: { width: 1200, height: 900 } });
    dir = mkdtempSync(join(tmpdir(), 'loadtest-html-'));
    [fast, slower] = await Promise.all([startServer(slow(3)), startServer(slow(15))]);
  });
  afterAll(async () => {
    await Promise.all([context?.close(), fast?.close(), slower?.close()]);
  });

  test('a pass: the verdict, the tables as in results.json, every chart drawn, nothing fetched, no error; and a narrow window', async () => {
    const run = await cli(['run', '--target', fast.url, '--endpoints', '{"/api/users": 0.6, "POST /api/orders": 0.4}', '--concurrency', '6', '--duration', '3s', '--p95', '500ms', '--p99', '1s', '--error-rate', '1%', '--output', join(dir, 'pass'), '-q']);
    expect(run.code).toBe(0);
    const report = readReport(join(dir, 'pass'));
    const page = await open(join(dir, 'pass', 'report.html'), 'pass');
    expect(page.verdict).toBe('pass');
    expect(page.badge).toBe('✓ PASSED');
    expectDrawn(page);
    expect(page.charts.map((c) => c.id)).toEqual(['throughput', 'latency', 'load', 'generator', 'distribution', 'endpoint-distribution']);
    expect(page.charts.find((c) => c.id === 'latency')!.labels).toEqual(['p50', 'p95', 'p99', 'p95 SLO ≤ 500ms', 'p99 SLO ≤ 1000ms']);
    expect(page.tables['slo-table'].map((row) => [row[0], row[3]])).toEqual(report.checks.map((c) => [expect.any(String), formatValue(c.metric, c.actual)]));
    expect(page.tables['endpoint-table'].map((row) => [row[0], row[2]])).toEqual([...report.endpoints.map((e) => [e.name, e.requests.toLocaleString('en-US')]), ['all endpoints', report.overall.requests.toLocaleString('en-US')]]);
    expect(page.tables['status-table']).toEqual(Object.entries(report.overall.statusCodes).map(([status, n]) => [status, n.toLocaleString('en-US')]));

    expect(page.charts.find((c) => c.id === 'endpoint-distribution')!.labels).toEqual(['/api/users']);
    expect(page.captions['endpoint-distribution'].summary).toContain(`/api/users: p50 ${report.endpoints[0].latencyMs.p50}ms`);

    // Picking the other endpoint redraws the chart with its distribution, and the words follow.
    const picked = await open(join(dir, 'pass', 'report.html'), 'pass-picked', 1200, (p) => p.selectOption('#endpoint-distribution-picker', '1').then(() => undefined));
    expectDrawn(picked);
    const orders = picked.charts.find((c) => c.id === 'endpoint-distribution')!;
    expect(orders.labels).toEqual(['POST /api/orders']);
    expect(orders.points).toBeGreaterThan(0);
    expect(picked.captions['endpoint-distribution'].summary).toContain(`POST /api/orders: p50 ${report.endpoints[1].latencyMs.p50}ms`);
    expect(picked.captions['endpoint-distribution'].aria).toContain(`POST /api/orders: p50 ${report.endpoints[1].latencyMs.p50}ms`);

    const narrow = await open(join(dir, 'pass', 'report.html'), 'pass', 375);
    expectDrawn(narrow);
    expect(narrow.overflow).toBeLessThanOrEqual(1);
  });

  test('a failure against a baseline: the regression table, and the baseline drawn beside this run', async () => {
    expect((await cli(['run', '--target', fast.url, '--concurrency', '6', '--duration', '2.5s', '--output', join(dir, 'base'), '-q'])).code).toBe(0);
    const run = await cli(['run', '--target', slower.url, '--concurrency', '6', '--duration', '2.5s', '--p95', '10ms', '--baseline', join(dir, 'base', 'results.json'), '--output', join(dir, 'fail'), '-q']);
    expect(run.code).toBe(1);
    const report = readReport(join(dir, 'fail'));
    const page = await open(join(dir, 'fail', 'report.html'), 'fail-vs-baseline');
    expect(page.verdict).toBe('fail');
    expect(page.badge).toBe('✗ FAILED');
    expectDrawn(page);
    expect(page.sections).toContain('Compared with the baseline');
    expect(page.tables['regression-table'].length).toBe(report.regression!.rows.length);
    expect(page.charts.find((c) => c.id === 'distribution')!.labels).toEqual(['this run', 'baseline']);
    expect(page.tables['slo-table'].find((row) => row[0] === 'P95 latency')![4]).toBe('✗ fail');
  });

  test('a canary: production and canary on the same axes, and the comparison table', async () => {
    const run = await cli(['canary', '--canary-url', slower.url, '--production-url', fast.url, '--concurrency', '6', '--duration', '3s', '--output', join(dir, 'canary'), '-q']);
    expect(run.code).toBe(1);
    const report = readReport(join(dir, 'canary'));
    const page = await open(join(dir, 'canary', 'report.html'), 'canary');
    expectDrawn(page);
    expect(page.verdict).toBe(report.verdict);
    expect(page.sections).toContain('Canary vs production');
    expect(page.tables['comparison-table'].length).toBe(report.comparison!.results.length);
    expect(page.charts.find((c) => c.id === 'distribution')!.labels).toEqual(['canary', 'production']);
    expect(page.charts.find((c) => c.id === 'latency')!.labels).toContain('p95 (production)');
    expect(page.charts.find((c) => c.id === 'throughput')!.labels).toContain('requests/s (production)');
  });

  test('a rollout: the stages, then one section per stage with its own charts', async () => {
    const run = await cli(['rollout', '--target', fast.url, '--stages', '[{name: canary, percentage: 10, duration: 1.5s}, {name: all, percentage: 100, duration: 1.5s}]', '--shift', 'true', '--concurrency', '4', '--min-requests', '10', '--output', join(dir, 'rollout'), '-q']);
    expect(run.code).toBe(0);
    const report = readRollout(join(dir, 'rollout'));
    const page = await open(join(dir, 'rollout', 'report.html'), 'rollout');
    expectDrawn(page);
    expect(page.verdict).toBe('pass');
    expect(page.tables['stage-table'].map((row) => row[0])).toEqual(report.stages.map((s, i) => `${i + 1}. ${s.name}`));
    expect(page.sections.filter((s) => /^Stage \d/.test(s))).toEqual(['Stage 1: canary (10% of traffic): ✓ PASSED', 'Stage 2: all (100% of traffic): ✓ PASSED']);
    expect(page.charts.filter((c) => c.id.startsWith('stage1-')).length).toBe(6);
    expect(page.charts.filter((c) => c.id.startsWith('stage2-')).length).toBe(6);
  });

  test('merged shards render after the fact with `report results.json --html`', async () => {
    await Promise.all([1, 2].map((i) => cli(['run', '--target', fast.url, '--concurrency', '4', '--duration', '2s', '--shard', `${i}/2`, '--output', join(dir, `shard-${i}`), '-q'])));
    expect((await cli(['merge', join(dir, 'shard-1'), join(dir, 'shard-2'), '--output', join(dir, 'merged'), '-q'])).code).toBe(0);
    const rendered = await cli(['report', join(dir, 'merged', 'results.json'), '--html', join(dir, 'after', 'merged.html')]);
    expect(rendered.out).toContain('merged from 2 shards, verdict pass');
    const page = await open(join(dir, 'after', 'merged.html'), 'merged');
    expectDrawn(page);
    expect(page.verdict).toBe('pass');
    expect(readFileSync(join(dir, 'after', 'merged.html'), 'utf8')).toContain('Merged from 2 shards');
  });

  test('header values that are common words ("true", "none") are scrubbed from text without breaking results.json or the page', async () => {
    const run = await cli(['run', '--target', fast.url, '--concurrency', '2', '--duration', '1s', '--min-requests', '1', '--header', 'X-Debug: true', '--header', 'X-Cache: none', '--output', join(dir, 'words'), '-q']);
    expect(run.code).toBe(0);
    const report = readReport(join(dir, 'words'));
    expect(report.passed).toBe(true);
    expect(report.plan.headers).toEqual({ 'X-Debug': '***', 'X-Cache': '***' });
    const html = readFileSync(join(dir, 'words', 'report.html'), 'utf8');
    expect(html).toContain(UPLOT_JS);
    expectDrawn(await open(join(dir, 'words', 'report.html'), 'common-word-headers'));
  });

  test('the committed CLI bundle\'s demo leaves a report.html that draws', async () => {
    const out = join(dir, 'demo');
    const done = spawnSync(process.execPath, ['dist/cli/index.js', 'demo', '--duration', '3s', '--output', out, '-q'], { encoding: 'utf8', timeout: 30_000 });
    expect(done.status).toBe(0);
    const page = await open(join(out, 'report.html'), 'demo');
    expectDrawn(page);
    expect(page.verdict).toBe(readReport(out).verdict);
  });
});

describe('report.html without a browser', () => {
  test('the browser is looked for in the same places as `npm test` provisions it (scripts/provision-tests.mjs)', async () => {
    const script = resolve('scripts/provision-tests.mjs');
    const provision = (await import(script)) as { BROWSER_CANDIDATES: string[]; findBrowser: (env: NodeJS.ProcessEnv) => string | null };
    expect(provision.BROWSER_CANDIDATES).toEqual(BROWSER_CANDIDATES);
    for (const env of [process.env, { CHROMIUM_PATH: process.execPath }, { CHROMIUM_PATH: '/nonexistent/chrome' }]) expect(provision.findBrowser(env)).toBe(findBrowser(env));
    expect(findBrowser({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
    expect(() => browserPath({ CHROMIUM_PATH: '/nonexistent/chrome' })).toThrow('CHROMIUM_PATH=/nonexistent/chrome is not an executable file');
  });

  test('the inlined uPlot is the installed package\'s (run `npm run vendor` after upgrading it)', () => {
    const pkg = JSON.parse(readFileSync('node_modules/uplot/package.json', 'utf8'));
    expect(UPLOT_VERSION).toBe(pkg.version);
    expect(UPLOT_JS).toBe(readFileSync('node_modules/uplot/dist/uPlot.iife.min.js', 'utf8'));
    expect(UPLOT_CSS).toBe(readFileSync('node_modules/uplot/dist/uPlot.min.css', 'utf8'));
  });

  test('an hour with 50 endpoints stays under 2 MB, and the page loads nothing from anywhere', () => {
    const random = seededRandom(9);
    const names = Array.from({ length: 50 }, (_, i) => `/api/resource-${i}`);
    const plan = planFrom({ flags: { '--target': 'https://canary.example.com', '--endpoints': JSON.stringify(Object.fromEntries(names.map((n) => [n, 1]))), '--p95': '250ms' } });
    const endpoint = (name: string) => {
      const histogram = newHistogram();
      for (let i = 0; i < 72_000; i++) histogram.recordValue(toMicros(20 * Math.exp(0.6 * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()))));
      const summary = summarize(histogram);
      return metrics({ name, requests: 72_000, throughputRps: 20, latencyMs: summary, histograms: { latency: encodeHistogram(histogram), serviceTime: encodeHistogram(histogram) }, statusCodes: { '200': 72_000 } });
    };
    const endpoints = names.map(endpoint);
    const series: TimePoint[] = Array.from({ length: 3600 }, (_, t) => ({ t, requests: 1000, errors: 1, p50: 20, p95: 50, p99: 80, users: 100, arrivals: 0, dropped: 0, inFlight: 10, warmup: false, lagMs: 1, generatorCpuPercent: 40, generatorRssMb: 120 }));
    const built = buildReport({ plan, startedAt: new Date(), endedAt: new Date(), status: 'completed', loadSeconds: 3600, snapshot: { measuredSeconds: 3600, overall: endpoints[0], endpoints, warmup: { requests: 0, errors: 0 }, arrivals: { scheduled: 0, dropped: 0 }, series }, checks: [], judgement: { verdict: 'pass', reasons: ['ok'], violations: [], untrusted: [] }, preflight: [], generator: null });
    const html = renderHtmlReport(built);
    expect(Buffer.byteLength(html)).toBeLessThan(2 * 1024 * 1024);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(\s*['"]?https?:/i);
  });

  test('a baseline over another HTTP version (not comparable) is not drawn as the reference curve; a compared one is', () => {
    const plan = planFrom({ flags: { '--target': 'https://canary.example.com', '--p95': '250ms' } });
    const histogram = newHistogram();
    for (let i = 1; i <= 200; i++) histogram.recordValue(toMicros(i / 10));
    const m = metrics({ name: 'GET /', requests: 200, latencyMs: summarize(histogram), histograms: { latency: encodeHistogram(histogram), serviceTime: encodeHistogram(histogram) } });
    const series = [0, 1].map((t) => ({ t, requests: 100, errors: 0, p50: 10, p95: 19, p99: 20, users: 1, arrivals: 0, dropped: 0, inFlight: 0, warmup: false }));
    const run = buildReport({ plan, startedAt: new Date(), endedAt: new Date(), status: 'completed', loadSeconds: 2, snapshot: { measuredSeconds: 2, overall: m, endpoints: [m], warmup: { requests: 0, errors: 0 }, arrivals: { scheduled: 0, dropped: 0 }, series }, checks: [], judgement: { verdict: 'pass', reasons: ['ok'], violations: [], untrusted: [] }, preflight: [], generator: null });
    const reason = "the baseline's load went over HTTP/2 (http_version auto) and this run's over HTTP/1.1 (http_version 1.1): latency and errors over different HTTP versions are not like for like, so the regression rules were not applied";
    const regression = (status: RegressionReport['status']): RegressionReport => ({ status, verdict: status === 'compared' ? 'pass' : 'inconclusive', reasons: status === 'compared' ? [] : [reason], baseline: { kind: 'results', source: 'base/results.json', startedAt: null, runUrl: null, requests: 200, latency: { histogram: encodeHistogram(histogram), quantiles: null }, history: [], protocol: { version: '2', asked: 'auto' } }, confidence: 0.95, criteriaAreDefaults: true, failOnRegression: true, rows: [], unmatched: [], rulesSource: { kind: 'default' } } as unknown as RegressionReport);
    const labels = (report: RunReport) => runCharts(report, '').charts.find((c) => c.id === 'distribution')!.series.map((s) => s.label);
    expect(labels({ ...run, regression: regression('compared') })).toEqual(['this run', 'baseline']);
    expect(labels({ ...run, regression: regression('not-comparable') })).toEqual(['this run']);
    // The page still says why it was not compared.
    const html = renderHtmlReport({ ...run, regression: regression('not-comparable') });
    expect(html).toContain('Compared with the baseline');
    expect(html).toContain('not like for like');
  });

  test('text from the run is escaped: an endpoint name cannot end the page\'s script or inject markup', () => {
    const plan = planFrom({ flags: { '--target': 'https://canary.example.com', '--endpoints': '[{path: "/x", name: "</script><img src=x onerror=alert(1)>"}]' } });
    const m = metrics({ name: '</script><img src=x onerror=alert(1)>', requests: 10 });
    const report = buildReport({ plan, startedAt: new Date(), endedAt: new Date(), status: 'completed', loadSeconds: 1, snapshot: { measuredSeconds: 1, overall: m, endpoints: [m], warmup: { requests: 0, errors: 0 }, arrivals: { scheduled: 0, dropped: 0 }, series: [{ t: 0, requests: 10, errors: 0, p50: 1, p95: 1, p99: 1, users: 1, arrivals: 0, dropped: 0, inFlight: 0, warmup: false }] }, checks: [], judgement: { verdict: 'pass', reasons: ['ok'], violations: [], untrusted: [] }, preflight: [], generator: null });
    const html = renderHtmlReport(report);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html.match(/<\/script>/g)!.length).toBe(3);
  });
});
