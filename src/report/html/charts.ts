// What the HTML report draws, as plain data for the page's script: each chart's x values, its
// series and how each is told apart without colour (a dash pattern and a label of its own). Series
// are downsampled to at most MAX_HTML_POINTS, so an hour-long run with 50 endpoints weighs little
// more than a minute-long one. Pure.

import type { LatencyKey } from '../../config/plan.js';
import { downsample, secondsUnderLoad } from '../charts.js';
import type { EndpointReport, RunReport } from '../model.js';
import { type Spectrum, spectrumOfHistogram, spectrumOfTable } from './spectrum.js';

/** MAX_HTML_POINTS: points per time series; an hour becomes 6-second buckets. */
export const MAX_HTML_POINTS = 600;

/** Role picks a series' look: its colour (Okabe-Ito, readable with colour-blindness) and dash pattern. */
export type Role = 'main' | 'second' | 'third' | 'fourth' | 'reference' | 'limit';

export interface ChartSeries {
  label: string;
  values: Array<number | null>;
  role: Role;
  /** axis: the right-hand axis, for a second unit in one chart. */
  right?: boolean;
}

export interface ChartSpec {
  id: string;
  title: string;
  kind: 'time' | 'spectrum';
  x: number[];
  yUnit: string;
  rightUnit?: string;
  series: ChartSeries[];
  /** summary: the chart in words, for screen readers and for readers without the picture. */
  summary: string;
}

export interface RunCharts {
  charts: ChartSpec[];
  /** endpoints: the by-endpoint distribution chart as it is for each endpoint, for the page's picker. */
  endpoints: { chartId: string; names: string[]; specs: ChartSpec[] } | null;
}

/** runCharts: every chart of one run (a stage of a rollout gets its own, ids prefixed). */
export function runCharts(report: RunReport, prefix: string): RunCharts {
  if (report.status === 'unreachable' || report.timeseries.length === 0) return { charts: [], endpoints: null };
  const points = downsample(drawnSeconds(report.timeseries, report.durationSeconds), MAX_HTML_POINTS);
  const x = points.map((p) => p.startSecond);
  const production = report.comparison ? alignTo(x, downsample(drawnSeconds(report.comparison.production.timeseries, report.durationSeconds), MAX_HTML_POINTS)) : null;
  const charts: ChartSpec[] = [];
  const every = points.length > 0 ? points[0].seconds : 1;
  const per = every > 1 ? ` (per ${every}s)` : '';
  const subject = report.comparison ? 'canary' : 'this run';

  charts.push({
    id: `${prefix}throughput`,
    title: `Throughput and errors${per}`,
    kind: 'time',
    x,
    yUnit: 'req/s',
    series: [
      { label: `requests/s${report.comparison ? ' (canary)' : ''}`, values: points.map((p) => round(p.requestsPerSecond)), role: 'main' },
      { label: `errors/s${report.comparison ? ' (canary)' : ''}`, values: points.map((p) => round(p.errorsPerSecond)), role: 'second' },
      ...(production ? [{ label: 'requests/s (production)', values: production.map((p) => (p ? round(p.requestsPerSecond) : null)), role: 'reference' as const }, { label: 'errors/s (production)', values: production.map((p) => (p ? round(p.errorsPerSecond) : null)), role: 'fourth' as const }] : []),
    ],
    summary: `${subject}: ${round(report.overall.throughputRps)} requests/s on average over the measured window, ${report.overall.errors} errors (${round(report.overall.errorRatePercent)}%).`,
  });

  const limits = latencyLimits(report);
  charts.push({
    id: `${prefix}latency`,
    title: `Latency p50, p95, p99${per}`,
    kind: 'time',
    x,
    yUnit: 'ms',
    series: [
      { label: 'p50', values: points.map((p) => round(p.p50)), role: 'main' },
      { label: 'p95', values: points.map((p) => round(p.p95)), role: 'second' },
      { label: 'p99', values: points.map((p) => round(p.p99)), role: 'third' },
      ...(production ? [{ label: 'p95 (production)', values: production.map((p) => (p ? round(p.p95) : null)), role: 'reference' as const }] : []),
      ...limits.map(([key, value]) => ({ label: `${key} SLO ≤ ${value}ms`, values: x.map(() => value), role: 'limit' as const })),
    ],
    summary: `${subject}: p50 ${report.overall.latencyMs.p50}ms, p95 ${report.overall.latencyMs.p95}ms, p99 ${report.overall.latencyMs.p99}ms over the measured window${limits.length ? `; limits ${limits.map(([k, v]) => `${k} ≤ ${v}ms`).join(', ')}` : ''}.`,
  });

  const open = report.plan.model === 'open';
  charts.push({
    id: `${prefix}load`,
    title: open ? `Arrival rate and dropped arrivals${per}` : `Active virtual users${per}`,
    kind: 'time',
    x,
    yUnit: open ? 'arrivals/s' : 'users',
    series: open
      ? [
          { label: 'arrivals/s', values: points.map((p) => round(p.arrivalsPerSecond)), role: 'main' },
          { label: 'dropped per bucket', values: points.map((p) => p.dropped), role: 'second' },
        ]
      : [{ label: 'virtual users', values: points.map((p) => p.users), role: 'main' }],
    summary: open ? `${report.arrivals?.scheduled ?? 0} arrivals scheduled, ${report.arrivals?.dropped ?? 0} dropped (${report.arrivals?.droppedPercent ?? 0}%).` : `Up to ${report.plan.peakUsers} virtual users.`,
  });

  for (const chart of resourceCharts(report, prefix)) charts.push(chart);

  charts.push({
    id: `${prefix}generator`,
    title: `The load generator's own health${per}`,
    kind: 'time',
    x,
    yUnit: 'ms',
    rightUnit: '% of a core',
    series: [
      { label: 'longest event-loop stall (ms)', values: points.map((p) => round(p.lagMs)), role: 'main' },
      { label: 'generator CPU (% of a core)', values: points.map((p) => round(p.generatorCpuPercent)), role: 'second', right: true },
    ],
    summary: `Event-loop lag p99 ${report.generator.eventLoopLagMs.p99}ms (max ${report.generator.eventLoopLagMs.max}ms), CPU ${report.generator.cpuPercent}% of a core, peak memory ${report.generator.peakRssMb} MB.`,
  });

  const reference = referenceSpectrum(report);
  const overall = spectrumOfHistogram(report.overall.histograms.latency);
  charts.push(spectrumChart(`${prefix}distribution`, 'Latency distribution (percentile spectrum)', overall, reference, report.overall, subject));

  const byEndpoint = report.endpoints.map((e, i) => {
    const production = report.comparison?.production.endpoints[i]?.histograms.latency;
    const reference = production ? { label: 'production', spectrum: spectrumOfHistogram(production) } : null;
    return spectrumChart(`${prefix}endpoint-distribution`, 'Latency distribution by endpoint', spectrumOfHistogram(e.histograms.latency), reference, e, e.name);
  });
  charts.push(byEndpoint[0]);
  return { charts, endpoints: { chartId: byEndpoint[0].id, names: report.endpoints.map((e) => e.name), specs: byEndpoint } };
}

function spectrumChart(id: string, title: string, current: Spectrum, reference: { label: string; spectrum: Spectrum } | null, metrics: EndpointReport, label: string): ChartSpec {
  // One x for all series: the union of both spectra's points, each series null where it has none.
  const xs = [...new Set([...current.x, ...(reference?.spectrum.x ?? [])])].sort((a, b) => a - b);
  const at = (s: Spectrum) => xs.map((x) => {
    const i = s.x.indexOf(x);
    return i < 0 ? null : round(s.y[i]);
  });
  return {
    id,
    title,
    kind: 'spectrum',
    x: xs,
    yUnit: 'ms',
    series: [{ label, values: at(current), role: 'main' }, ...(reference ? [{ label: reference.label, values: at(reference.spectrum), role: 'reference' as const }] : [])],
    summary: `${label}: p50 ${metrics.latencyMs.p50}ms, p90 ${metrics.latencyMs.p90}ms, p99 ${metrics.latencyMs.p99}ms, p99.9 ${metrics.latencyMs.p999}ms, max ${metrics.latencyMs.max}ms over ${metrics.requests} requests.`,
  };
}

/** referenceSpectrum: what this run's distribution is drawn beside: production (canary mode) or the baseline (not one the run could not be compared with: another HTTP version is not a reference). */
function referenceSpectrum(report: RunReport): { label: string; spectrum: Spectrum } | null {
  if (report.comparison) return { label: 'production', spectrum: spectrumOfHistogram(report.comparison.production.overall.histograms.latency) };
  const baseline = report.regression?.status === 'not-comparable' ? null : report.regression?.baseline;
  if (!baseline) return null;
  if (baseline.latency.histogram) return { label: 'baseline', spectrum: spectrumOfHistogram(baseline.latency.histogram) };
  if (baseline.latency.quantiles) return { label: 'baseline (Locust percentiles)', spectrum: spectrumOfTable(baseline.latency.quantiles, baseline.requests) };
  return null;
}

function latencyLimits(report: RunReport): Array<[LatencyKey, number]> {
  return (['p50', 'p95', 'p99'] as const).flatMap((key) => {
    const threshold = report.plan.thresholds[key];
    return threshold ? [[key, threshold.value] as [LatencyKey, number]] : [];
  });
}

/** resourceCharts: the target's CPU and memory, one line per container, pod or process. */
function resourceCharts(report: RunReport, prefix: string): ChartSpec[] {
  const series = report.resources?.series ?? [];
  if (series.length === 0) return [];
  const times = [...new Set(series.flatMap((s) => s.samples.map((p) => Math.round(p.t))))].sort((a, b) => a - b);
  const roles: Role[] = ['main', 'second', 'third', 'fourth'];
  const valueAt = (samples: ReadonlyArray<{ t: number; cpuPercent: number | null; memoryMb: number | null }>, t: number, key: 'cpuPercent' | 'memoryMb') => {
    const value = samples.find((p) => Math.round(p.t) === t)?.[key];
    return value === null || value === undefined ? null : round(value);
  };
  const chart = (key: 'cpuPercent' | 'memoryMb', title: string, unit: string): ChartSpec => ({
    id: `${prefix}resources-${key === 'cpuPercent' ? 'cpu' : 'memory'}`,
    title,
    kind: 'time',
    x: times,
    yUnit: unit,
    series: series.slice(0, 8).map((s, i) => ({ label: `${s.name} (${s.source})`, values: times.map((t) => valueAt(s.samples, t, key)), role: roles[i % roles.length] })),
    summary: series.map((s) => `${s.name}: ${key === 'cpuPercent' ? `CPU average ${s.cpuPercent?.avg ?? '?'}%, max ${s.cpuPercent?.max ?? '?'}%` : `memory average ${s.memoryMb?.avg ?? '?'} MB, max ${s.memoryMb?.max ?? '?'} MB`}`).join('; '),
  });
  return [chart('cpuPercent', "The target's CPU under load", '% of a core'), chart('memoryMb', "The target's memory under load", 'MB')];
}

/**
 * drawnSeconds: the seconds wholly under load, since a partial last second would draw as a fall
 * (charts.ts secondsUnderLoad); a run shorter than a second keeps what it has, so its page still has charts.
 */
function drawnSeconds<T extends { t: number }>(series: readonly T[], durationSeconds: number): T[] {
  const whole = secondsUnderLoad(series, durationSeconds);
  return whole.length > 0 ? whole : [...series];
}

/** alignTo: another series' buckets at this run's bucket starts (production in canary mode ran alongside). */
function alignTo<T extends { startSecond: number }>(x: readonly number[], points: readonly T[]): Array<T | null> {
  const byStart = new Map(points.map((p) => [p.startSecond, p]));
  return x.map((t) => byStart.get(t) ?? null);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

