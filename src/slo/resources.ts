// What the target's resources did while under load: min, average and maximum CPU and memory of each
// container, pod or process over the measured window, and the resource SLOs judged on the average
// (a sustained level, not one spike between two samples).

import type { ResourcesPlan } from '../config/plan.js';
import type { SampledReading } from '../ports/resources.js';
import type { Check } from './checks.js';

export interface Spread {
  min: number;
  avg: number;
  max: number;
}

export interface ResourceSeries {
  source: string;
  name: string;
  samples: Array<{ t: number; cpuPercent: number | null; memoryMb: number | null; memoryPercent: number | null }>;
  /** cpuPercent, memoryMb and memoryPercent over the measured window; null where the source gave none. */
  cpuPercent: Spread | null;
  memoryMb: Spread | null;
  memoryPercent: Spread | null;
}

export function resourceSeries(readings: readonly SampledReading[], fromSecond: number, toSecond: number): ResourceSeries[] {
  const groups = new Map<string, SampledReading[]>();
  for (const reading of readings) {
    const key = `${reading.source}\u0000${reading.name}`;
    groups.set(key, [...(groups.get(key) ?? []), reading]);
  }
  return [...groups.values()].map((group) => {
    const samples = group.map((r) => ({
      t: r.t,
      cpuPercent: r.cpuPercent === null ? null : round(r.cpuPercent),
      memoryMb: r.memoryBytes === null ? null : round(r.memoryBytes / 1048576),
      memoryPercent: r.memoryBytes !== null && r.memoryLimitBytes ? round((r.memoryBytes / r.memoryLimitBytes) * 100) : null,
    }));
    const measured = samples.filter((s) => s.t >= fromSecond && s.t <= toSecond);
    const spread = (values: Array<number | null>): Spread | null => {
      const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
      return known.length === 0 ? null : { min: Math.min(...known), avg: round(known.reduce((a, b) => a + b, 0) / known.length), max: Math.max(...known) };
    };
    return {
      source: group[0].source,
      name: group[0].name,
      samples,
      cpuPercent: spread(measured.map((s) => s.cpuPercent)),
      memoryMb: spread(measured.map((s) => s.memoryMb)),
      memoryPercent: spread(measured.map((s) => s.memoryPercent)),
    };
  });
}

/** resourceChecks judges each series' average against the limits, in the seeds' words. */
export function resourceChecks(series: readonly ResourceSeries[], thresholds: ResourcesPlan['thresholds']): Check[] {
  const checks: Check[] = [];
  // A limit with no reading to judge is never a pass: no data, said as such (the verdict holds it inconclusive).
  const noReadings = (metric: 'cpu_percent' | 'memory_percent', label: string, threshold: NonNullable<ResourcesPlan['thresholds']['cpuPercent']>, name: string | null, why = 'no reading during the measured load (read more often with resources.interval, or run longer)') =>
    checks.push({ metric, endpoint: name, threshold: threshold.value, actual: 0, unit: '%', passed: false, noData: true, message: `${name ? `${name}: ` : ''}${label} could not be judged against ${threshold.value}%: ${why}`, source: threshold.source });
  if (series.length === 0) {
    if (thresholds.cpuPercent) noReadings('cpu_percent', 'CPU', thresholds.cpuPercent, null);
    if (thresholds.memoryPercent) noReadings('memory_percent', 'Memory', thresholds.memoryPercent, null);
  }
  for (const s of series) {
    for (const [metric, spread, threshold, label] of [
      ['cpu_percent', s.cpuPercent, thresholds.cpuPercent, 'CPU'],
      ['memory_percent', s.memoryPercent, thresholds.memoryPercent, 'Memory'],
    ] as const) {
      if (!threshold) continue;
      if (!spread) {
        // Memory read in MB with no limit beside it has no percentage: say that, not "no reading".
        const noLimit = metric === 'memory_percent' && s.memoryMb !== null;
        noReadings(metric, label, threshold, s.name, noLimit ? `the source gives memory in MB (${s.memoryMb!.avg} MB on average) but no limit to take a percentage of: give it one (for Prometheus, resources.prometheus.memory_limit)` : undefined);
        continue;
      }
      const passed = spread.avg <= threshold.value;
      checks.push({
        metric,
        endpoint: s.name,
        threshold: threshold.value,
        actual: spread.avg,
        unit: '%',
        passed,
        message: `${s.name}: ${label} ${spread.avg}% (average under load, peak ${spread.max}%) ${passed ? 'within threshold' : 'exceeds threshold'} ${threshold.value}%`,
        source: threshold.source,
      });
    }
  }
  return checks;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
