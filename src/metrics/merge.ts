// Merging what several generators measured into one: counters add, HDR histograms add exactly
// (they share one set of parameters), and per-second series line up on the wall clock. Pure.

import { type Histogram, decodeHistogram, encodeHistogram, newHistogram, percentileMs, summarize } from './histogram.js';
import { type CheckCount, type EndpointMetrics, type FailureReasons, REASONED_CODES, type SecondSample } from './snapshot.js';

/** SeriesPoint: a second of the series with the generator's own health beside it (the report's TimePoint). */
export type SeriesPoint = SecondSample & { lagMs: number; generatorCpuPercent?: number; generatorRssMb?: number };

/**
 * mergeMetrics adds endpoint metrics measured at the same time by different generators. Throughput
 * adds too: the generators' rates were applied to the target together.
 */
export function mergeMetrics(name: string, parts: readonly EndpointMetrics[]): EndpointMetrics {
  const latency = addEncoded(parts.map((p) => p.histograms.latency));
  const service = addEncoded(parts.map((p) => p.histograms.serviceTime));
  const requests = sum(parts.map((p) => p.requests));
  const errors = sum(parts.map((p) => p.errors));
  return {
    name,
    requests,
    errors,
    errorRatePercent: requests === 0 ? 0 : (errors / requests) * 100,
    throughputRps: sum(parts.map((p) => p.throughputRps)),
    bytes: sum(parts.map((p) => p.bytes)),
    latencyMs: summarize(latency),
    serviceTimeMs: summarize(service),
    statusCodes: Object.fromEntries([...addCounts(parts.map((p) => p.statusCodes))].sort((a, b) => Number(a[0]) - Number(b[0]))),
    errorCodes: Object.fromEntries([...addCounts(parts.map((p) => p.errorCodes as Record<string, number>))].sort((a, b) => b[1] - a[1])),
    histograms: { latency: encodeHistogram(latency), serviceTime: encodeHistogram(service) },
    ...(parts.some((p) => p.protocolReasons) ? { protocolReasons: Object.fromEntries([...addCounts(parts.map((p) => p.protocolReasons ?? {}))].sort((a, b) => b[1] - a[1])) } : {}),
    ...(parts.some((p) => p.checks) ? { checks: addChecks(parts.map((p) => p.checks ?? [])) } : {}),
    ...(parts.some((p) => p.failureReasons) ? { failureReasons: addFailureReasons(parts.map((p) => p.failureReasons ?? {})) } : {}),
  };
}

/** addChecks: each check's outcomes added across parts, by name, in the order they first appear. */
function addChecks(parts: ReadonlyArray<readonly CheckCount[]>): CheckCount[] {
  const byName = new Map<string, CheckCount>();
  for (const part of parts) {
    for (const c of part) {
      const total = byName.get(c.name) ?? { name: c.name, passed: 0, failed: 0 };
      total.passed += c.passed;
      total.failed += c.failed;
      byName.set(c.name, total);
    }
  }
  return [...byName.values()];
}

/** addEncoded decodes and adds histograms; the sum is exact because every histogram is built alike. */
export function addEncoded(encoded: readonly string[]): Histogram {
  const total = newHistogram();
  for (const text of encoded) total.add(decodeHistogram(text));
  return total;
}

/**
 * mergeSeries lines up each part's per-second series at its offset (whole seconds after the
 * earliest start) and adds them. Percentiles come from the added per-second histograms; gauges of
 * the generators' own health (lag, CPU, memory) take the worst, since each ran on its own machine.
 */
export function mergeSeries(parts: ReadonlyArray<{ offsetSeconds: number; series: readonly SeriesPoint[] }>): SeriesPoint[] {
  const length = Math.max(0, ...parts.map((p) => p.offsetSeconds + p.series.length));
  const merged: SeriesPoint[] = [];
  for (let t = 0; t < length; t++) {
    const points = parts.map((p) => p.series[t - p.offsetSeconds]).filter((p): p is SeriesPoint => p !== undefined);
    const histogram = addEncoded(points.flatMap((p) => (p.histogram ? [p.histogram] : [])));
    merged.push({
      t,
      requests: sum(points.map((p) => p.requests)),
      errors: sum(points.map((p) => p.errors)),
      p50: percentileMs(histogram, 50),
      p95: percentileMs(histogram, 95),
      p99: percentileMs(histogram, 99),
      users: sum(points.map((p) => p.users)),
      arrivals: sum(points.map((p) => p.arrivals)),
      dropped: sum(points.map((p) => p.dropped)),
      inFlight: sum(points.map((p) => p.inFlight)),
      warmup: points.some((p) => p.warmup),
      lagMs: Math.max(0, ...points.map((p) => p.lagMs)),
      generatorCpuPercent: Math.max(0, ...points.map((p) => p.generatorCpuPercent ?? 0)),
      generatorRssMb: Math.max(0, ...points.map((p) => p.generatorRssMb ?? 0)),
      histogram: encodeHistogram(histogram),
      bytes: sum(points.map((p) => p.bytes ?? 0)),
    });
  }
  return merged;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function addCounts(maps: ReadonlyArray<Record<string, number | undefined>>): Map<string, number> {
  const total = new Map<string, number>();
  for (const map of maps) for (const [key, n] of Object.entries(map)) total.set(key, (total.get(key) ?? 0) + (n ?? 0));
  return total;
}

/** addFailureReasons: each code's reasons added across parts. */
function addFailureReasons(parts: readonly FailureReasons[]): FailureReasons {
  const out: FailureReasons = {};
  for (const code of REASONED_CODES) {
    const added = addCounts(parts.map((p) => p[code] ?? {}));
    if (added.size > 0) out[code] = Object.fromEntries([...added].sort((a, b) => b[1] - a[1]));
  }
  return out;
}
