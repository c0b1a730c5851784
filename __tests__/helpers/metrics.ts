import type { EndpointMetrics } from '../../src/metrics/snapshot.js';
import { emptyMetrics } from '../../src/report/build.js';

/** metrics builds an EndpointMetrics with the given numbers (latencies in ms). */
export function metrics(overrides: Partial<Omit<EndpointMetrics, 'latencyMs'>> & { latencyMs?: Partial<EndpointMetrics['latencyMs']> } = {}): EndpointMetrics {
  const base = emptyMetrics(overrides.name ?? 'overall');
  return { ...base, ...overrides, latencyMs: { ...base.latencyMs, ...(overrides.latencyMs ?? {}) } };
}
