// The rows every human-facing report shows, computed once from a RunReport; the text and markdown
// renderers only lay them out.

import { confidencePercent } from '../config/units.js';
import { ERROR_CODE_MEANING, type ErrorCode } from '../client/outcome.js';
import { describeProtocol } from '../client/protocol.js';
import { METRIC_LABEL, formatValue, isMinimum } from '../slo/checks.js';
import { count, ms, percent, rps, seconds } from './format.js';
import type { FailureReasons } from '../metrics/snapshot.js';
import type { ArmProtocol, ComparedValue, EndpointReport, PlanSummary, RunReport } from './model.js';

export const CHECK_HEADERS = ['SLO', 'Endpoint', 'Threshold', 'Actual', 'Result'] as const;

export function checkRows(report: RunReport): string[][] {
  return report.checks.map((c) => [
    METRIC_LABEL[c.metric],
    c.endpoint ?? 'all',
    `${isMinimum(c.metric) ? '≥' : '≤'} ${formatValue(c.metric, c.threshold)}`,
    c.closeCall && c.interval ? `${formatValue(c.metric, c.actual)} (${formatValue(c.metric, c.interval.low)} to ${formatValue(c.metric, c.interval.high)}: too close to call)` : formatValue(c.metric, c.actual),
    c.passed ? '✅ pass' : report.untrusted.some((u) => u.metric === c.metric && u.endpoint === c.endpoint) ? '⚠️ not judged' : '❌ fail',
  ]);
}

export const ENDPOINT_HEADERS = ['Endpoint', 'Share', 'Requests', 'Errors', 'Error rate', 'req/s', 'p50', 'p95', 'p99', 'Max'] as const;
export const ENDPOINT_NUMERIC = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]);

export function endpointRows(report: RunReport): string[][] {
  const row = (e: EndpointReport, name: string, share: string) => [
    name,
    share,
    count(e.requests),
    count(e.errors),
    percent(e.errorRatePercent),
    rps(e.throughputRps),
    ms(e.latencyMs.p50),
    ms(e.latencyMs.p95),
    ms(e.latencyMs.p99),
    ms(e.latencyMs.max),
  ];
  const rows = report.endpoints.map((e) => row(e, e.name, shareText(e.weight)));
  if (report.endpoints.length > 1) rows.push(row(report.overall, 'all endpoints', '100%'));
  return rows;
}

/** shareText: an endpoint's planned share of requests; an on_start step's depends on how many users start ("per user"). */
export function shareText(weight: number): string {
  return weight === 0 ? 'per user' : `${Math.round(weight * 1000) / 10}%`;
}

export const RESPONSE_CHECK_HEADERS = ['Step', 'Check', 'Passed', 'Failed', 'Pass rate'] as const;
export const RESPONSE_CHECK_NUMERIC = new Set([2, 3, 4]);

/** responseCheckRows: each step's checks (expect) with their pass rate over the measured responses; none when nothing is checked. */
export function responseCheckRows(report: RunReport): string[][] {
  return report.endpoints.flatMap((e) =>
    (e.checks ?? []).map((c) => {
      const total = c.passed + c.failed;
      return [e.name, c.name, count(c.passed), count(c.failed), total === 0 ? 'no responses' : percent((c.passed / total) * 100)];
    }),
  );
}

/** metricRows is the seeds' "Performance Metrics" table: Metric, Value, Unit. */
export function metricRows(report: RunReport): string[][] {
  const o = report.overall;
  return [
    ['Total Requests', count(o.requests), 'requests'],
    ['Duration', report.measuredSeconds.toFixed(1), 'seconds'],
    ['Throughput', rps(o.throughputRps), 'req/sec'],
    ['Error Rate', o.errorRatePercent.toFixed(2), '%'],
    ['P50 Latency', o.latencyMs.p50.toFixed(1), 'ms'],
    ['P95 Latency', o.latencyMs.p95.toFixed(1), 'ms'],
    ['P99 Latency', o.latencyMs.p99.toFixed(1), 'ms'],
  ];
}

export function statusSummary(report: RunReport): string {
  const entries = Object.entries(report.overall.statusCodes);
  return entries.length === 0 ? 'none' : entries.map(([status, n]) => `${status} ×${count(n)}`).join(' · ');
}

export function errorSummary(report: RunReport): string[] {
  const broke = Object.entries(report.overall.protocolReasons ?? {}).map(([reason, n]) => `${reason} ×${count(n)}`);
  const why = (code: string) => {
    const reasons = Object.entries(report.overall.failureReasons?.[code as keyof FailureReasons] ?? {});
    if (reasons.length === 0) return '';
    const shown = reasons.slice(0, 5).map(([reason, n]) => `${reason} ×${count(n)}`);
    return ` (${shown.join(', ')}${reasons.length > 5 ? `, ${reasons.length - 5} more in results.json` : ''})`;
  };
  return Object.entries(report.overall.errorCodes).map(([code, n]) => `${code} ×${count(n ?? 0)} — ${ERROR_CODE_MEANING[code as ErrorCode]}${code === 'protocol' && broke.length ? ` (${broke.join(', ')})` : why(code)}`);
}

/** armProtocolText: "HTTP/2 (h2 by ALPN), 1 connection, up to 100 streams each". */
function armProtocolText(p: ArmProtocol): string {
  const streams = p.streamsPerConnection !== null ? `, up to ${count(p.streamsPerConnection)} stream${p.streamsPerConnection === 1 ? '' : 's'} each` : '';
  return `${describeProtocol(p)}, ${count(p.connections)} connection${p.connections === 1 ? '' : 's'}${streams}`;
}

/**
 * protocolLine: which HTTP each target's load actually went over, as settled at its pre-flight
 * (a canary and production may differ); null when no load was sent or the file predates HTTP/2.
 */
export function protocolLine(report: Pick<RunReport, 'protocol' | 'comparison'>): string | null {
  if (!report.protocol) return null;
  const production = report.comparison?.production.protocol;
  if (!report.comparison) return armProtocolText(report.protocol);
  return `canary ${armProtocolText(report.protocol)} · production ${production ? armProtocolText(production) : 'not known'}`;
}

/** loadDescription: "50 virtual users, sustained, 60s (10s warm-up)" or "200 arrivals/s, ramp-up, 5 min". */
export function loadDescription(p: PlanSummary): string {
  const level = p.model === 'closed' ? `${count(p.peakUsers)} virtual user${p.peakUsers === 1 ? '' : 's'}` : `${rps(p.peakRate ?? 0)} arrivals/s (up to ${count(p.maxInFlight)} in flight)`;
  const extras = [p.thinkTimeMs && `think time ${ms(p.thinkTimeMs.min)}–${ms(p.thinkTimeMs.max)}`, p.burst && `bursts of ${p.burst.size}, pauses ${ms(p.burst.pauseMs.min)}–${ms(p.burst.pauseMs.max)}`].filter(Boolean);
  const warmup = p.warmupSeconds > 0 ? ` (first ${seconds(p.warmupSeconds)} warm-up, not judged)` : '';
  return `${level}, ${p.pattern}, ${seconds(p.durationSeconds)}${warmup}${extras.length ? `, ${extras.join(', ')}` : ''}`;
}

export function generatorSummary(report: RunReport): string {
  const g = report.generator;
  const arrivals = report.arrivals ? ` · arrivals ${count(report.arrivals.scheduled)}, dropped ${count(report.arrivals.dropped)} (${percent(report.arrivals.droppedPercent)})` : '';
  const added = g.addedDelayMs ? ` · added at most ${ms(g.addedDelayMs.p50)} / ${ms(g.addedDelayMs.p95)} / ${ms(g.addedDelayMs.p99)} to 50 / 95 / 99% of judged responses` : '';
  return `event-loop lag p99 ${ms(g.eventLoopLagMs.p99)} (max ${ms(g.eventLoopLagMs.max)})${added} · CPU ${g.cpuPercent}% of a core · peak RSS ${g.peakRssMb} MB · ${count(g.connectionsOpened)} connections${arrivals}${g.interruptedRequests ? ` · ${count(g.interruptedRequests)} requests cut at the end` : ''}`;
}

export const COMPARISON_HEADERS = ['Metric', 'Scope', 'Production', 'Canary', 'Difference (CI)', 'n canary / prod', 'Rule', 'Verdict'] as const;
const VERDICT_MARK = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚠️ inconclusive' } as const;
/** NOT_JUDGED: an advisory metric beyond what the run could resolve; it holds nothing. */
export const NOT_JUDGED = '➖ not judged (advisory)';

/**
 * comparisonRows lays out canary-vs-production results. `limit` keeps every whole-run row and the
 * endpoint rows that did not pass first, then the rest, up to that many endpoint rows.
 */
export function comparisonRows(report: RunReport, limit = Infinity): string[][] {
  const results = report.comparison?.results ?? [];
  const overall = results.filter((r) => r.scope === null);
  const endpoints = results.filter((r) => r.scope !== null).sort((a, b) => rank(a) - rank(b)).slice(0, limit);
  return [...overall, ...endpoints].map((r) => {
    const f = (v: number) => (r.metric === 'error_rate' ? `${v.toFixed(2)}%` : ms(v));
    const d = (v: number) => (r.metric === 'error_rate' ? `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(2)} pp` : `${v >= 0 ? '+' : '−'}${ms(Math.abs(v))}`);
    const interval = r.low === null || r.high === null ? '' : ` (${d(r.low)} … ${d(r.high)})`;
    return [r.metric === 'error_rate' ? 'error rate' : r.metric, r.scope ?? 'all', f(r.production), f(r.canary), `${d(r.difference)}${interval}`, `${count(r.nCanary)} / ${count(r.nProduction)}`, r.rule, r.advisory && r.verdict === 'inconclusive' && !r.generatorHeld ? NOT_JUDGED : VERDICT_MARK[r.verdict]];
  });
}

/**
 * familyConfidenceLine: why a comparison states one confidence ("98%") while each of its reasons
 * gives a higher one ("99.5% CI"). Both are right: the stated confidence holds for all the tests
 * together, so slo/compare/judge.ts gives each test a share of its error (Bonferroni), and each
 * test's interval is at that stricter level. `levels` are the per-test levels, by scope, when the
 * report keeps them; without them the line says only that they are higher.
 */
export function familyConfidenceLine(confidence: number, levels: { run: number[]; endpoints: number[] } = { run: [], endpoints: [] }): string {
  const shown = (values: number[]) => [...new Set(values.filter(Number.isFinite).map(pct))].join(' or ');
  const run = shown(levels.run);
  const endpoints = shown(levels.endpoints);
  const each = run && endpoints && run !== endpoints ? `${run} for the whole run, ${endpoints} for an endpoint` : run || endpoints || 'a higher level';
  return `_${pct(confidence)} is the confidence of all the tests together: each test gets a share of the ${pct(1 - confidence)} error (Bonferroni), so its own interval is at ${each}._`;
}

/** canaryConfidenceLine: familyConfidenceLine for a canary's comparison, with the levels its results kept. */
export function canaryConfidenceLine(report: RunReport): string | null {
  const c = report.comparison;
  if (!c) return null;
  const levels = (run: boolean) => c.results.filter((r) => (r.scope === null) === run).map((r) => r.intervalConfidence);
  return familyConfidenceLine(c.confidence, { run: levels(true), endpoints: levels(false) });
}

function rank(r: ComparedValue): number {
  return r.verdict === 'fail' ? 0 : r.verdict === 'inconclusive' ? 1 : 2;
}

/** rollbackLine says whether the gate rolled back, loudly when the rollback itself failed. */
export function rollbackLine(report: Pick<RunReport, 'rollback'>): string | null {
  const r = report.rollback;
  if (!r.triggered) return null;
  const how = r.method ?? 'on-rollback hook';
  return r.ok ? `↩️ Auto-rollback triggered (${how}): ${r.detail.split('\n')[0]}` : `🚨 AUTO-ROLLBACK FAILED (${how}): ${r.detail}`;
}

export const RESOURCE_HEADERS = ['Source', 'Container / pod / process', 'CPU min', 'CPU avg', 'CPU max', 'Memory avg', 'Memory max', 'Memory of limit, max'] as const;
export const RESOURCE_NUMERIC = new Set([2, 3, 4, 5, 6, 7]);

/** resourceRows: what each container, pod or process did under load (the measured window). */
export function resourceRows(report: RunReport): string[][] {
  const pct = (v: number | undefined) => (v === undefined ? '' : `${v}%`);
  const mb = (v: number | undefined) => (v === undefined ? '' : `${v} MB`);
  return (report.resources?.series ?? []).map((s) => [s.source, s.name, pct(s.cpuPercent?.min), pct(s.cpuPercent?.avg), pct(s.cpuPercent?.max), mb(s.memoryMb?.avg), mb(s.memoryMb?.max), pct(s.memoryPercent?.max)]);
}

/** resourceErrors: a line per source that could not be read. */
export function resourceErrors(report: RunReport): string[] {
  return (report.resources?.errors ?? []).map((e) => `⚠️ could not read ${e}`);
}

/** shardLine: a shard's report says that its verdict is provisional; a merged one, what it was merged from. */
export function shardLine(report: RunReport): string | null {
  if (report.shard) return `Shard ${report.shard.index} of ${report.shard.count} (${Math.round(report.shard.share * 1000) / 10}% of the load): this verdict covers this job's share only and is provisional; the merge judges the whole run.`;
  if (report.merged) {
    const m = report.merged;
    return `Merged from ${m.shards.length} shard${m.shards.length === 1 ? '' : 's'} (${m.shards.map((s) => `#${s.index} ${count(s.requests)} requests${s.offsetSeconds ? `, started +${s.offsetSeconds}s` : ''}`).join(' · ')}); all ran at once for ${seconds(m.overlapSeconds)}.`;
  }
  return null;
}

/**
 * decisionTimeLine: how long a run that decides early took to decide, and at what confidence
 * ("Decided after 14 s …"), or that it ran to its maximum and what was still open; null otherwise.
 */
export function decisionTimeLine(report: Pick<RunReport, 'sequential' | 'status'>): string | null {
  const s = report.sequential;
  if (!s || report.status === 'unreachable') return null;
  const max = seconds(s.looksSeconds[s.looksSeconds.length - 1]);
  const levels = [s.confidence.canary !== null && `${pct(s.confidence.canary)} against production`, s.confidence.baseline !== null && `${pct(s.confidence.baseline)} against the baseline`, `${pct(s.confidence.checks)} for thresholds`].filter(Boolean).join(', ');
  const how = `decide_early${s.why === 'canary default' ? ', on by default for a canary' : ''}: ${s.looksSeconds.length} look${s.looksSeconds.length === 1 ? '' : 's'} from ${seconds(s.looksSeconds[0])}, each at ${levels}, so that all of them together keep the stated confidence`;
  if (s.decidedAtSeconds !== null) return `Decided after ${seconds(s.decidedAtSeconds)} of a maximum ${max}, at look ${s.looksTaken} (${how}).`;
  if (report.status !== 'completed') return `Not decided before the run was ${report.status} (${how}).`;
  const open = s.openAtLastLook.length ? `; still open at the last look before it: ${s.openAtLastLook.slice(0, 3).join('; ')}${s.openAtLastLook.length > 3 ? ` (and ${s.openAtLastLook.length - 3} more)` : ''}` : '';
  return `Ran to its maximum, ${max}: not decided earlier${open} (${how}). The verdict is on the whole run.`;
}

function pct(confidence: number): string {
  return `${confidencePercent(confidence)}%`;
}

/** renderMergeSources lists what a merge read, before its summary. */
export function renderMergeSources(report: Pick<RunReport, 'merged'>): string {
  return ['Merging shards', ...(report.merged?.shards ?? []).map((s) => `  shard ${s.index}: ${s.source} · ${count(s.requests)} requests · ${s.peakRate === null ? `${count(s.peakUsers)} users` : `${rps(s.peakRate)} arrivals/s`}${s.offsetSeconds ? ` · started ${s.offsetSeconds}s after the first` : ''}`)].join('\n');
}
