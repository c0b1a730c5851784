// The job summary's charts: latency and throughput over the seconds under load, each SLO limit
// that applies to a drawn line as a flat line of its own, and the same series as a table. Pure.

import { clock, downsample, secondsUnderLoad, type SeriesPoint } from './charts.js';
import { count, markdownTable, ms, rps } from './format.js';
import type { RunReport } from './model.js';
import { type ChartLine, DATA_COLOURS, LIMIT_COLOURS, mermaidChart } from './xychart.js';

const DRAWN_PERCENTILES = ['p50', 'p95', 'p99'] as const;

export function chartSections(report: RunReport): string[] {
  const points = downsample(secondsUnderLoad(report.timeseries, report.durationSeconds));
  if (points.length < 2) return [];
  const width = points[0].seconds;
  const per = width > 1 ? ` (per ${width}s)` : '';
  const latency = mermaidChart(`Latency (ms)${per}`, 'ms', points, latencyLines(report, points));
  const throughput = mermaidChart(`Throughput and errors (per s)${per}`, 'per second', points, throughputLines(report, points));
  return ['### Latency over time', latency, '### Throughput over time', throughput, seriesTable(report, points, per)];
}

function latencyLines(report: RunReport, points: readonly SeriesPoint[]): ChartLine[] {
  const measured = DRAWN_PERCENTILES.map((key, i) => ({ name: key, colour: DATA_COLOURS[i], values: points.map((p) => p[key]) }));
  const limits = DRAWN_PERCENTILES.flatMap((key) => {
    const threshold = report.plan.thresholds[key];
    return threshold ? [{ name: `${key} SLO ≤ ${ms(threshold.value)}`, value: threshold.value }] : [];
  });
  return [...measured, ...limits.map((l, i) => flat(l.name, i, l.value, points))];
}

function throughputLines(report: RunReport, points: readonly SeriesPoint[]): ChartLine[] {
  const floor = report.plan.thresholds.throughput;
  return [
    { name: 'requests/s', colour: DATA_COLOURS[0], values: points.map((p) => p.requestsPerSecond) },
    { name: 'errors/s', colour: DATA_COLOURS[1], values: points.map((p) => p.errorsPerSecond) },
    // The throughput SLO counts successful requests only (slo/checks.ts): its line is a floor under requests/s less errors/s.
    ...(floor ? [flat(`throughput SLO ≥ ${rps(floor.value)} successful req/s`, 0, floor.value, points)] : []),
  ];
}

/** flat: an SLO limit drawn as a constant line, in the nth limit colour. */
function flat(name: string, nth: number, value: number, points: readonly SeriesPoint[]): ChartLine {
  return { name, colour: LIMIT_COLOURS[nth % LIMIT_COLOURS.length], values: points.map(() => value), limit: true };
}

function seriesTable(report: RunReport, points: readonly SeriesPoint[], per: string): string {
  const open = report.plan.model === 'open';
  const headers = ['time', 'req/s', 'errors/s', 'p50', 'p95', 'p99', open ? 'arrivals/s' : 'users', ...(open ? ['dropped'] : [])];
  const rows = points.map((p) => [
    `${clock(p.startSecond)}${p.warmup ? ' (warm-up)' : ''}`,
    rps(p.requestsPerSecond),
    rps(p.errorsPerSecond),
    ms(p.p50),
    ms(p.p95),
    ms(p.p99),
    open ? rps(p.arrivalsPerSecond) : count(p.users),
    ...(open ? [count(p.dropped)] : []),
  ]);
  const left = report.timeseries.length - points.reduce((sum, p) => sum + p.seconds, 0);
  const after = left > 0 ? `; the last ${left === 1 ? 'second' : `${left} seconds`}, not wholly under load, ${left === 1 ? 'is' : 'are'} left out (results.json keeps every second)` : '';
  return `<details><summary>The same series as a table${per}: p50 is the request-weighted mean, p95 and p99 the highest second${after}</summary>\n\n${markdownTable(headers, rows, new Set([1, 2, 3, 4, 5, 6, 7]))}\n\n</details>`;
}
