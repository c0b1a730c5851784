import { describe, expect, test } from '@jest/globals';
import { uniformDelay } from '../src/slo/generator.js';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifactName } from '../src/action/inputs.js';
import type { ConfigIssue } from '../src/config/issues.js';
import type { Plan } from '../src/config/plan.js';
import { ANNOTATIONS_PER_TYPE, type Annotation, configAnnotations, fold, verdictAnnotations } from '../src/github/annotations.js';
import { locator } from '../src/github/locate.js';
import { buildReport } from '../src/report/build.js';
import { downsample, secondsUnderLoad } from '../src/report/charts.js';
import { runCharts } from '../src/report/html/charts.js';
import { COLOURS, type Colour, niceCeiling } from '../src/report/xychart.js';
import { renderJobSummary } from '../src/report/job-summary.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderPullRequestComment } from '../src/report/regression.js';
import type { RunReport, TimePoint } from '../src/report/model.js';
import type { EndpointMetrics, SecondSample } from '../src/metrics/snapshot.js';
import { evaluateChecks } from '../src/slo/checks.js';
import { judge } from '../src/slo/verdict.js';
import { metrics } from './helpers/metrics.js';
import { planFrom } from './helpers/plan.js';

const second = (t: number, over: Partial<SecondSample> = {}): TimePoint => ({ t, requests: 100, errors: 1, p50: 10, p95: 20, p99: 30, users: 50, arrivals: 0, dropped: 0, inFlight: 5, warmup: false, lagMs: 1, ...over });

/** reportFor judges `endpoints` against `plan` as a run would, with a series of `seconds` (or `series`), the load stopping at `loadSeconds`. */
function reportFor(plan: Plan, endpoints: EndpointMetrics[], seconds: number, { loadSeconds = seconds, series = Array.from({ length: seconds }, (_, t) => second(t)) }: { loadSeconds?: number; series?: TimePoint[] } = {}): RunReport {
  const worst = (of: (e: EndpointMetrics) => number) => Math.max(...endpoints.map(of));
  const overall = metrics({
    requests: endpoints.reduce((s, e) => s + e.requests, 0),
    errorRatePercent: worst((e) => e.errorRatePercent),
    throughputRps: 1000,
    latencyMs: { p50: 10, p95: worst((e) => e.latencyMs.p95), p99: worst((e) => e.latencyMs.p99) },
    statusCodes: endpoints[0].statusCodes,
    errorCodes: endpoints[0].errorCodes,
  });
  const checks = evaluateChecks(overall, plan.thresholds, plan.endpoints.map((e, i) => ({ metrics: endpoints[i], thresholds: e.thresholds })));
  const judgement = judge({ checks, measuredRequests: overall.requests, minRequests: 100, evidenceFor: () => null, generator: { shortfall: [], addedDelayMs: uniformDelay(0), delayShares: [], saturated: null, notes: [] }, stoppedBy: 'completed', abortReason: null, coverage: '' });
  return buildReport({
    plan,
    startedAt: new Date('2026-11-22T10:00:00Z'),
    endedAt: new Date('2026-11-22T11:00:00Z'),
    status: 'completed',
    loadSeconds,
    snapshot: { measuredSeconds: seconds, overall, endpoints, warmup: { requests: 0, errors: 0 }, arrivals: { scheduled: 0, dropped: 0 }, series },
    checks,
    judgement,
    preflight: [],
    generator: null,
  });
}

describe('downsample', () => {
  test('an hour of seconds becomes 60 one-minute points; rates average, tails keep their worst second', () => {
    const series = Array.from({ length: 3600 }, (_, t) => second(t, { requests: t < 60 ? 50 : 100, p95: t === 90 ? 900 : 20, warmup: t < 30 }));
    const points = downsample(series);
    expect(points).toHaveLength(60);
    expect(points[0]).toMatchObject({ startSecond: 0, seconds: 60, requestsPerSecond: 50, warmup: true, p95: 20 });
    expect(points[1]).toMatchObject({ startSecond: 60, requestsPerSecond: 100, warmup: false, p95: 900 });
    expect(points[59].startSecond).toBe(3540);
  });

  test('a short run is kept second by second', () => {
    expect(downsample(Array.from({ length: 20 }, (_, t) => second(t)))).toHaveLength(20);
    expect(downsample([])).toEqual([]);
  });

  test.each([
    [0.7, 1],
    [7, 10],
    [130, 200],
    [401, 500],
  ])('axis maximum for %p is %p', (value, top) => expect(niceCeiling(value)).toBe(top));
});

describe('renderJobSummary', () => {
  const plan = planFrom({ flags: { '--target': 'https://canary.example.com', '--p95': '250ms', '--error-rate': '1%', '--header': ['Authorization: Bearer abc12345'] } });
  const fast = metrics({ name: 'GET /', requests: 60_000, errorRatePercent: 0.1, throughputRps: 1000, latencyMs: { p50: 10, p95: 30, p99: 40 }, statusCodes: { '200': 59_940, '503': 60 }, errorCodes: { http_5xx: 60 } });

  test('a pass leads with the banner and reason, then the SLO table, endpoints, charts with their table, responses, the plan and the artifact link', () => {
    const md = renderJobSummary(reportFor(plan, [fast], 120), { artifact: { uploaded: true, name: 'loadtest-report', url: 'https://github.com/a/b/actions/runs/1/artifacts/2' }, cancelled: false });
    expect(md.split('\n').slice(0, 3)).toEqual(['## ✅ Load test passed', '', '> all 2 SLO checks met over 60,000 measured requests']);
    const order = ['### SLOs', '### Endpoints', '### Latency over time', 'xychart-beta\n  title "Latency (ms) (per 2s)"', '### Throughput over time', '<details><summary>The same series as a table (per 2s)', '### Responses', '<details><summary>The plan that ran</summary>', '📦 Full report: [loadtest-report](https://github.com/a/b/actions/runs/1/artifacts/2)'];
    const positions = order.map((marker) => md.indexOf(marker));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(md).toContain('| P95 latency | all | ≤ 250ms | 30ms | ✅ pass |');
    expect(md).toContain('| `http_5xx` | 60 | a 5xx status |');
    expect(md).toContain('| headers | Authorization: *** |');
    expect(md).not.toContain('abc12345');
  });

  test('a failure, and a cancelled partial run, say so first', () => {
    const slow = metrics({ ...fast, latencyMs: { p50: 100, p95: 350.2, p99: 500 } });
    const report = reportFor(plan, [slow], 30);
    expect(renderJobSummary(report, { artifact: { uploaded: false, reason: 'not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN)' }, cancelled: false })).toMatch(
      /^## ❌ Load test failed\n\n> P95 latency 350\.2ms exceeds threshold 250ms\n[\s\S]*📦 Report artifact not uploaded: not running inside GitHub Actions \(no ACTIONS_RUNTIME_TOKEN\)\. The files are in the report directory on the runner\.\n$/,
    );
    expect(renderJobSummary(report, { artifact: { uploaded: false, reason: 'x' }, cancelled: true })).toMatch(/^## ⚠️ Load test cancelled: partial report\n/);
  });

  test('100 endpoints over an hour stay far below GitHub\'s 1 MiB step limit, showing the worst endpoints first', () => {
    const endpoints = Array.from({ length: 100 }, (_, i) => `/api/resource-${i}/items`);
    const many = planFrom({ flags: { '--target': 'https://canary.example.com', '--endpoints': JSON.stringify(Object.fromEntries(endpoints.map((e) => [e, 1]))), '--p95': '250ms' } });
    const measured = endpoints.map((name, i) => metrics({ ...fast, name, errorRatePercent: i === 73 ? 12 : 0.1, latencyMs: { p50: 10, p95: 30 + i, p99: 60 } }));
    const md = renderJobSummary(reportFor(many, measured, 3600), { artifact: { uploaded: false, reason: 'x' }, cancelled: false });
    expect(Buffer.byteLength(md)).toBeLessThan(64 * 1024);
    expect(md).toContain('The 50 endpoints with the most errors and slowest p95 are shown; 50 more are in results.json.');
    const firstRow = md.split('\n').find((line) => line.startsWith('| /api/resource-'));
    expect(firstRow).toMatch(/^\| \/api\/resource-73\/items \|/);
    expect(md).toContain('(per 60s)');
  });
});

describe('the job summary reads right at a glance', () => {
  const plan = planFrom({ flags: { '--target': 'https://canary.example.com', '--p95': '250ms', '--p99': '400ms', '--throughput': '50 req/sec', '--error-rate': '1%' } });
  const fast = metrics({ name: 'GET /', requests: 3_000, errorRatePercent: 0.1, throughputRps: 100, latencyMs: { p50: 10, p95: 30, p99: 40 }, statusCodes: { '200': 3_000 } });
  const context = { artifact: { uploaded: false as const, reason: 'x' }, cancelled: false };

  /** charts: each Mermaid block of a summary, its init directive's palette, its lines' values and the caption under it. */
  const charts = (md: string) =>
    [...md.matchAll(/```mermaid\n(?:%%\{init: (.*)\}%%\n)?xychart-beta\n([\s\S]*?)```(?:\n\n(Lines: .*))?/g)].map(([, init, body, caption]) => ({
      palette: init ? (JSON.parse(init).themeVariables.xyChart.plotColorPalette as string).split(',').map((c) => c.trim()) : [],
      lines: [...body.matchAll(/^ {2}line \[(.*)\]$/gm)].map(([, values]) => values.split(', ').map(Number)),
      caption,
      xLabels: body.match(/x-axis \[(.*)\]/)![1].split(', '),
    }));

  test("every line is drawn in a colour of its own, at least 3:1 on white, GitHub's dark page and Mermaid's dark theme", () => {
    const drawn = charts(renderJobSummary(reportFor(plan, [fast], 30), context));
    expect(drawn).toHaveLength(2);
    for (const chart of drawn) {
      // Mermaid colours the nth line with the palette's nth colour: one colour per line, none repeated.
      expect(chart.palette).toHaveLength(chart.lines.length);
      expect(new Set(chart.palette).size).toBe(chart.palette.length);
      expect(chart.palette).not.toContain('#ECECFF');
      for (const colour of chart.palette) for (const background of ['#ffffff', '#0d1117', '#333333']) expect(contrast(colour, background)).toBeGreaterThanOrEqual(3);
    }
  });

  test('each drawn SLO is a flat line of its own, and the caption names every line, in palette order, by its colour', () => {
    const [latency, throughput] = charts(renderJobSummary(reportFor(plan, [fast], 30), context));
    expect(latency.lines).toHaveLength(5);
    expect(latency.lines.slice(3)).toEqual([Array(30).fill(250), Array(30).fill(400)]);
    expect(latency.caption).toBe('Lines: p50 **blue** · p95 **orange** · p99 **green** · p95 SLO ≤ 250ms **grey** · p99 SLO ≤ 400ms **purple**. An SLO holds for the whole measured window, not for each point.');
    expect(throughput.lines[2]).toEqual(Array(30).fill(50));
    expect(throughput.caption).toMatch(/^Lines: requests\/s \*\*blue\*\* · errors\/s \*\*orange\*\* · throughput SLO ≥ 50\.0 successful req\/s \*\*grey\*\*\./);
    for (const chart of [latency, throughput]) {
      const named = [...chart.caption.matchAll(/\*\*(\w+)\*\*/g)].map(([, name]) => COLOURS[name as Colour]);
      expect(named).toEqual(chart.palette);
    }
    // The axis reaches the highest limit, so the limit is on the chart even when the run is far below it.
    expect(renderJobSummary(reportFor(plan, [fast], 30), context)).toContain('y-axis "ms" 0 --> 500');
  });

  test('the last, partial second is left out of the charts and their table, and kept in the report', () => {
    // The load stopped at 30.02 s; the series' last second holds 20 ms of the drain's replies.
    const series = [...Array.from({ length: 30 }, (_, t) => second(t)), second(30, { requests: 2, errors: 0, p50: 9, p95: 11, p99: 12 })];
    const report = reportFor(plan, [fast], 30, { loadSeconds: 30.02, series });
    const md = renderJobSummary(report, context);
    const [latency, throughput] = charts(md);
    expect(throughput.xLabels.at(-1)).toBe('"0:29"');
    expect(throughput.lines[0]).toEqual(Array(30).fill(100));
    expect(latency.lines[0]).toHaveLength(30);
    expect(md).not.toMatch(/^\| 0:30 \|/m);
    expect(md).toContain('the last second, not wholly under load, is left out (results.json keeps every second)');
    // What every other consumer reads is untouched: the report's own series, and report.html's charts end where the summary's do.
    expect(report.timeseries).toHaveLength(31);
    const html = runCharts(report, '').charts.find((c) => c.id === 'throughput')!;
    expect(html.x.at(-1)).toBe(29);
    expect(html.series[0].values.every((v) => v === 100)).toBe(true);
  });

  test('a run that ends on the second keeps its last second; one shorter than a second still has report.html charts', () => {
    expect(secondsUnderLoad(Array.from({ length: 30 }, (_, t) => second(t)), 30)).toHaveLength(30);
    expect(secondsUnderLoad(Array.from({ length: 31 }, (_, t) => second(t)), 29.6)).toHaveLength(29);
    const short = reportFor(plan, [fast], 1, { loadSeconds: 0.6 });
    expect(runCharts(short, '').charts.find((c) => c.id === 'throughput')!.x).toEqual([0]);
  });
});

describe('the PR comment and the summary say each thing once, and why two confidences', () => {
  const plan = planFrom({ flags: { '--target': 'https://canary.example.com', '--p95': '250ms' } });
  const fast = metrics({ name: 'GET /', requests: 60_000, errorRatePercent: 0.1, throughputRps: 1000, latencyMs: { p50: 10, p95: 30, p99: 40 }, statusCodes: { '200': 60_000 } });
  const links = { runUrl: null, artifactUrl: null };
  const context = { artifact: { uploaded: false as const, reason: 'x' }, cancelled: false };
  const occurrences = (text: string, part: string) => text.split(part).length - 1;

  test('a regression sentence the verdict gives is not listed again under the table; an undecided one still is', () => {
    const regressed = 'p50: this run 26ms vs baseline 20ms, +6ms (99.5% CI +4.5ms … +7.5ms; n 60,000 / 60,000) is more than the allowed <=+10% (+2ms)';
    const undecided = 'not enough data: p999: too few requests to compare (n 900 / 900, at least 10,000 each needed)';
    const row = { scope: null, baseline: 20, current: 26, changePercent: 30, difference: 6, low: 4.5, high: 7.5, nBaseline: 60_000, nCurrent: 60_000, rule: '<=+10%' };
    const base = reportFor(plan, [fast], 60);
    const report: RunReport = {
      ...base,
      verdict: 'fail',
      reasons: [`regression vs baseline: ${regressed}`],
      regression: { status: 'compared', verdict: 'fail', reasons: [regressed], baseline: { kind: 'results', source: 'loadtest-baseline (run 100 on main)', startedAt: null, runUrl: null, requests: 60_000, latency: { histogram: null, quantiles: null }, history: [] }, confidence: 0.98, criteriaAreDefaults: true, failOnRegression: true, rows: [{ ...row, metric: 'p50', verdict: 'fail', reason: regressed }, { ...row, metric: 'p999', verdict: 'inconclusive', reason: undecided }], unmatched: [], rulesSource: { kind: 'default' } },
    };
    for (const text of [renderPullRequestComment(report, links), renderJobSummary(report, context), renderMarkdown(report)]) {
      expect(occurrences(text, regressed)).toBe(1);
      expect(text).toContain(`- ${undecided}`);
      expect(text).toContain('_98% is the confidence of all the tests together: each test gets a share of the 2% error (Bonferroni), so its own interval is at a higher level._');
    }
  });

  test("a canary's 98% and its reasons' 99.5% CI are explained in one line, in the summary, the PR comment and the markdown report", () => {
    const reason = 'vs production: p50: canary 14.9ms vs production 5.86ms, +9.07ms (99.5% CI +9.01ms … +9.14ms; n 1,906 / 1,906) is more than the allowed <=+10% (+0.59ms)';
    const result = { metric: 'p50' as const, canary: 14.9, production: 5.86, difference: 9.07, low: 9.01, high: 9.14, nCanary: 1906, nProduction: 1906, pValue: 0.001, rule: '<=+10%', allowed: 0.59, verdict: 'fail' as const, reason };
    const base = reportFor(plan, [fast], 60);
    const report: RunReport = {
      ...base,
      verdict: 'fail',
      reasons: [reason],
      comparison: { verdict: 'fail', reasons: [reason], confidence: 0.98, criteriaAreDefaults: true, production: { target: 'https://prod.example.com/', overall: base.overall, endpoints: base.endpoints, timeseries: base.timeseries }, results: [{ ...result, scope: null, intervalConfidence: 0.995 }, { ...result, scope: 'GET /', intervalConfidence: 0.99875 }] },
    };
    const line = '_98% is the confidence of all the tests together: each test gets a share of the 2% error (Bonferroni), so its own interval is at 99.5% for the whole run, 99.9% for an endpoint._';
    for (const text of [renderJobSummary(report, context), renderPullRequestComment(report, links), renderMarkdown(report)]) expect(occurrences(text, line)).toBe(1);
    expect(renderJobSummary(report, context)).not.toContain('with 98% confidence intervals');
  });
});

/** contrast: WCAG's contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

describe('the comparison with the baseline, at scale', () => {
  test('100 endpoints with their own SLOs, compared on six metrics: the summary stays small and the PR comment under GitHub\'s 65,536 characters', () => {
    const names = Array.from({ length: 100 }, (_, i) => `/api/resource-${i}/items`);
    const many = planFrom({ flags: { '--target': 'https://canary.example.com', '--endpoints': JSON.stringify(names.map((path) => ({ path, thresholds: { latency: { p95: '250ms', p99: '400ms' }, error_rate: '1%' } }))), '--p95': '250ms' } });
    const fast = metrics({ requests: 60_000, errorRatePercent: 0.1, throughputRps: 1000, latencyMs: { p50: 10, p95: 30, p99: 40 }, statusCodes: { '200': 60_000 } });
    const report = reportFor(many, names.map((name) => metrics({ ...fast, name: `GET ${name}` })), 3600);
    const metricsCompared = ['p50', 'p90', 'p95', 'p99', 'p999', 'error_rate'] as const;
    const rows = [null, ...report.endpoints.map((e) => e.name)].flatMap((scope) =>
      metricsCompared.map((metric, i) => ({ scope, metric, baseline: 20, current: 26, changePercent: 30, difference: 6, low: 4.5, high: 7.5, nBaseline: 60_000, nCurrent: 60_000, rule: '<=+10%', verdict: i % 2 ? ('fail' as const) : ('pass' as const), reason: `${scope ?? 'all'}: ${metric}: this run 26ms vs baseline 20ms, +6ms (99.9% CI +4.5ms … +7.5ms; n 60,000 / 60,000) is more than the allowed <=+10% (+2ms)` })),
    );
    const compared: RunReport = { ...report, regression: { status: 'compared', verdict: 'fail', reasons: ['p50 regressed'], baseline: { kind: 'results', source: 'loadtest-baseline (run 100 on main)', startedAt: null, runUrl: 'https://github.com/a/b/actions/runs/100', requests: 60_000, latency: { histogram: null, quantiles: null }, history: [] }, confidence: 0.98, criteriaAreDefaults: true, failOnRegression: true, rows, unmatched: [], rulesSource: { kind: 'default' } } };
    const summary = renderJobSummary(compared, { artifact: { uploaded: false, reason: 'x' }, cancelled: false });
    expect(Buffer.byteLength(summary)).toBeLessThan(256 * 1024);
    expect(summary).toContain('### Compared with the baseline');
    const comment = renderPullRequestComment(compared, { runUrl: 'https://github.com/a/b/actions/runs/1', artifactUrl: null });
    expect(comment.length).toBeLessThan(65_536);
    expect(comment).toContain('more endpoint checks passed; the job summary lists them.');
    expect(comment).toContain('| p50 | all | 20ms | 26ms | +30.0% |');
  });
});

describe('annotations', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'loadtest-annotate-'));
  mkdirSync(join(workspace, 'deploy'));
  const configPath = join(workspace, 'deploy/performance_config.yml');
  writeFileSync(
    configPath,
    ['thresholds:', '  latency:', '    p95: 250ms', '  error_rate: 0.5%', 'load_test:', '  endpoints:', '    - path: /api/orders', '      thresholds:', '        latency: {p95: 300ms}', '    - path: /api/users', ''].join('\n'),
  );
  const plan = planFrom({ config: configPath, flags: { '--target': 'http://127.0.0.1:9', '--p99': '400ms' } });
  const orders = metrics({ name: 'GET /api/orders', requests: 1000, errorRatePercent: 2, latencyMs: { p95: 420, p99: 500 } });
  const users = metrics({ name: 'GET /api/users', requests: 1000, latencyMs: { p95: 50, p99: 600 } });

  test('each violated SLO is an error on the line of the config that sets its threshold, titled with the metric', () => {
    const annotations = verdictAnnotations(reportFor(plan, [orders, users], 60), locator(workspace));
    expect(annotations).toEqual([
      { level: 'error', title: 'P95 latency SLO violated', message: 'P95 latency 420ms exceeds threshold 250ms', file: 'deploy/performance_config.yml', startLine: 3, startColumn: 10 },
      { level: 'error', title: 'P99 latency SLO violated', message: 'P99 latency 600ms exceeds threshold 400ms' },
      { level: 'error', title: 'Error rate SLO violated', message: 'Error rate 2% exceeds threshold 0.5%', file: 'deploy/performance_config.yml', startLine: 4, startColumn: 15 },
      { level: 'error', title: 'P95 latency SLO violated on GET /api/orders', message: 'GET /api/orders: P95 latency 420ms exceeds threshold 300ms', file: 'deploy/performance_config.yml', startLine: 9, startColumn: 24 },
    ]);
  });

  test('config errors land on the offending line; inputs have no line', () => {
    const issues: ConfigIssue[] = [
      { source: { kind: 'file', file: configPath, line: 3, col: 10, keyPath: 'thresholds.latency.p95' }, message: "expected a duration like 250ms, got 'fast'" },
      { source: { kind: 'input', input: 'concurrency' }, message: "expected a whole number from 1 to 10,000, got 'lots'" },
    ];
    expect(configAnnotations(issues, locator(workspace))).toEqual([
      { level: 'error', title: 'Invalid load-test config at thresholds.latency.p95', message: "expected a duration like 250ms, got 'fast'", file: 'deploy/performance_config.yml', startLine: 3, startColumn: 10 },
      { level: 'error', title: 'Invalid load-test config at input concurrency', message: "expected a whole number from 1 to 10,000, got 'lots'" },
    ]);
  });

  test('more than GitHub shows are folded: eight kept, the ninth lists the rest', () => {
    const many: Annotation[] = Array.from({ length: 12 }, (_, i) => ({ level: 'error', title: `t${i}`, message: `m${i}` }));
    const folded = fold([...many, { level: 'warning', title: 'w', message: 'w' }]);
    expect(folded.filter((a) => a.level === 'error')).toHaveLength(ANNOTATIONS_PER_TYPE);
    expect(folded[8]).toEqual({ level: 'error', title: '4 more', message: 't8: m8\nt9: m9\nt10: m10\nt11: m11' });
    expect(folded[9]).toEqual({ level: 'warning', title: 'w', message: 'w' });
  });

  test('a setting from a file outside the repository keeps its own path; a missing file gets no position', () => {
    const locate = locator(join(workspace, 'deploy'));
    expect(locate({ kind: 'file', file: configPath, line: 1, col: 1, keyPath: 'x' })).toEqual({ file: 'performance_config.yml', startLine: 1, startColumn: 1 });
    expect(locate({ kind: 'file', file: '<built-in demo plan>', line: 1, col: 1, keyPath: 'x' })).toBeNull();
  });
});

describe('artifactName', () => {
  test.each([
    ['', '0', '1', 'load-test', { name: 'loadtest-report-load-test', chosen: false }],
    ['', '2', '4', 'load-test', { name: 'loadtest-report-load-test-3-of-4', chosen: false }],
    ['', '${{ strategy.job-index }}', '${{ strategy.job-total }}', 'canary', { name: 'loadtest-report-canary', chosen: false }],
    // Outside GitHub there is no job id: the name is the plain default.
    ['', '', '', '', { name: 'loadtest-report', chosen: false }],
    ['perf-eu', '2', '4', 'load-test', { name: 'perf-eu', chosen: true }],
  ])('given %p in job %p of %p, job id %p: %p', (given, index, total, job, name) => {
    const issues: ConfigIssue[] = [];
    expect(artifactName(given, index, total, job, issues)).toEqual(name);
    expect(issues).toEqual([]);
  });

  test('two jobs of one run get different default names', () => {
    const issues: ConfigIssue[] = [];
    expect(artifactName('', '', '', 'load-test', issues).name).not.toBe(artifactName('', '', '', 'canary', issues).name);
  });

  test('a name GitHub would refuse is an input error', () => {
    const issues: ConfigIssue[] = [];
    artifactName('report:eu/west', '', '', 'job', issues);
    expect(issues[0].message).toMatch(/^an artifact name cannot contain/);
  });
});
