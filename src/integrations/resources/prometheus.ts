// Prometheus: PromQL expressions the user gives for CPU (percent of a core) and memory (bytes), and
// optionally a memory limit, queried over the test window with /api/v1/query_range once the run
// is over. Series an expression returns are summed per step.

import { request } from 'undici';
import type { ResourceSource, TimedReading } from '../../ports/resources.js';

export interface PrometheusQueries {
  url: string;
  cpu: string | null;
  memory: string | null;
  memoryLimit: string | null;
}

export function prometheusSource(queries: PrometheusQueries): ResourceSource {
  const range = async (expression: string, startMs: number, endMs: number, step: number): Promise<Map<number, number>> => {
    const params = new URLSearchParams({ query: expression, start: (startMs / 1000).toFixed(3), end: (endMs / 1000).toFixed(3), step: `${step}s` });
    const response = await request(`${queries.url.replace(/\/+$/, '')}/api/v1/query_range?${params}`, { headersTimeout: 15_000, bodyTimeout: 15_000 });
    const body = await response.body.text();
    const parsed = JSON.parse(body) as { status: string; error?: string; data?: { result?: Array<{ values: Array<[number, string]> }> } };
    if (response.statusCode !== 200 || parsed.status !== 'success') throw new Error(`Prometheus refused '${expression}': ${parsed.error ?? `HTTP ${response.statusCode}`}`);
    const sums = new Map<number, number>();
    for (const series of parsed.data?.result ?? []) for (const [ts, value] of series.values) sums.set(ts, (sums.get(ts) ?? 0) + Number(value));
    return sums;
  };
  return {
    label: `prometheus ${queries.url}`,
    window: async (startMs, endMs, step): Promise<TimedReading[]> => {
      const [cpu, memory, limit] = await Promise.all([queries.cpu, queries.memory, queries.memoryLimit].map((q) => (q ? range(q, startMs, endMs, step) : Promise.resolve(new Map<number, number>()))));
      const times = [...new Set([...cpu.keys(), ...memory.keys()])].sort((a, b) => a - b);
      return times.map((ts) => ({ name: 'prometheus', t: Math.round((ts - startMs / 1000) * 10) / 10, cpuPercent: cpu.get(ts) ?? null, memoryBytes: memory.get(ts) ?? null, memoryLimitBytes: limit.get(ts) ?? null }));
    },
  };
}
