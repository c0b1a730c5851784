// The traffic model from Prometheus: a PromQL query of per-route request rates (by default
// `sum by (route, method) (rate(http_requests_total[5m]))`) over a time range gives each route's
// share (its mean rate over the range) and the peak (the busiest step's total). Prometheus holds
// no parameter values, so a route's parameters are drawn at random, and the output says so. The
// fetch is the caller's: this reads the query_range answer. Pure.

import { giveOption, type Vocabulary } from '../config/vocabulary.js';
import type { TrafficModelResult } from './model.js';
import { type Segment, kindOf } from './routes.js';

export const DEFAULT_PROMQL = 'sum by (route, method) (rate(http_requests_total[5m]))';

export class PrometheusError extends Error {}

interface RangeAnswer {
  status?: string;
  error?: string;
  data?: { resultType?: string; result?: Array<{ metric: Record<string, string>; values: Array<[number, string]> }> };
}

/** ROUTE_LABELS, METHOD_LABELS: where a route and a method are found in a series' labels. */
const ROUTE_LABELS = ['route', 'handler', 'path', 'uri', 'endpoint', 'http_route', 'url'];
const METHOD_LABELS = ['method', 'http_method', 'verb', 'http_request_method'];

/** fromQueryRange: a query_range answer (JSON text) as a traffic model over [startMs, endMs]. */
export function fromQueryRange(text: string, startMs: number, endMs: number): TrafficModelResult {
  let answer: RangeAnswer;
  try {
    answer = JSON.parse(text) as RangeAnswer;
  } catch {
    throw new PrometheusError(`Prometheus did not answer JSON: ${text.slice(0, 200)}`);
  }
  if (answer.status !== 'success') throw new PrometheusError(`Prometheus refused the query: ${answer.error ?? text.slice(0, 200)}`);
  if (answer.data?.resultType !== 'matrix') throw new PrometheusError(`expected a range query's matrix, got ${answer.data?.resultType ?? 'nothing'}`);
  const series = answer.data.result ?? [];
  if (series.length === 0) throw new PrometheusError('the query returned no series over that range: check the metric name, its labels and the time range');
  const routes = series.map((s) => {
    const routeLabel = ROUTE_LABELS.find((l) => s.metric[l] !== undefined);
    if (!routeLabel) throw new PrometheusError(`a series has no route label (one of ${ROUTE_LABELS.join(', ')}): ${JSON.stringify(s.metric)}; group the query by the route label, e.g. sum by (route, method) (…)`);
    const rates = s.values.map(([, v]) => Number(v)).filter((v) => Number.isFinite(v));
    const mean = rates.length === 0 ? 0 : rates.reduce((a, b) => a + b, 0) / rates.length;
    const method = (METHOD_LABELS.map((l) => s.metric[l]).find((v) => v !== undefined) ?? 'GET').toUpperCase();
    return { method, template: s.metric[routeLabel], segments: segmentsOfRoute(s.metric[routeLabel]), mean, peak: Math.max(0, ...rates) };
  });
  // Each step's total rate, for the peak and the per-step series (a step stands in for a minute).
  const totals = new Map<number, number>();
  for (const s of series) for (const [t, v] of s.values) if (Number.isFinite(Number(v))) totals.set(t, (totals.get(t) ?? 0) + Number(v));
  const steps = [...totals.keys()].sort((a, b) => a - b).map((t) => totals.get(t)!);
  const total = routes.reduce((n, r) => n + r.mean, 0);
  const seconds = (endMs - startMs) / 1000;
  const peak = Math.max(0, ...steps);
  return {
    requests: Math.round(total * seconds),
    firstMs: startMs,
    lastMs: endMs,
    routes: routes
      .sort((a, b) => b.mean - a.mean)
      .map((r) => ({ method: r.method, template: r.template, segments: r.segments, count: r.mean, share: total === 0 ? 0 : r.mean / total, p50Bytes: 0, statuses: {}, query: [], samples: [], peakPerSecond: r.peak, peakMinutePerSecond: r.peak, peaksExact: true })),
    peakPerSecond: peak,
    peakMinutePerSecond: peak,
    minuteRates: steps,
    unparsed: { count: 0, samples: [] },
    dropped: { secretParams: new Map(), emails: 0 },
  };
}

/** segmentsOfRoute: a router's template (/users/{id}, /users/:id, /users/<int:id>) or a concrete path, as segments. */
function segmentsOfRoute(route: string): Segment[] {
  return route
    .split('?')[0]
    .split('/')
    .slice(1)
    .map((part) => {
      const name = /^\{([^}]+)\}$|^:(\w+)$|^<(?:\w+:)?(\w+)>$/.exec(part);
      if (name) return { kind: /uuid|guid/i.test(name[1] ?? name[2] ?? name[3]) ? 'uuid' : 'id' };
      const kind = kindOf(part);
      return kind ? { kind } : part;
    });
}

/** PrometheusUnreachable: the query never got an answer it could read (down, refused, a token refused). */
export class PrometheusUnreachable extends Error {}

/**
 * queryPrometheus runs the range query over the last `sinceMs` (about 250 steps) and reads the
 * model from it. `vocabulary` words where the bearer token comes from: a variable (cli), an input (action).
 * Throws PrometheusUnreachable, or PrometheusError for an answer that is not a model.
 */
export async function queryPrometheus(base: string, query: string, sinceMs: number, token: string | undefined, vocabulary: Vocabulary, nowMs: number = Date.now()): Promise<{ result: TrafficModelResult; source: string }> {
  const startMs = nowMs - sinceMs;
  const stepSeconds = Math.max(1, Math.round(sinceMs / 1000 / 250));
  const url = new URL('/api/v1/query_range', base);
  url.search = new URLSearchParams({ query, start: String(startMs / 1000), end: String(nowMs / 1000), step: `${stepSeconds}s` }).toString();
  let text: string;
  try {
    const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(30_000) });
    text = await response.text();
    if (response.status === 401 || response.status === 403) throw new Error(`HTTP ${response.status}: ${giveOption(vocabulary, 'model.prometheusToken')} to a token that may query`);
  } catch (error) {
    throw new PrometheusUnreachable(`cannot query Prometheus at ${new URL(base).origin}: ${(error as Error).message}`);
  }
  return { result: fromQueryRange(text, startMs, nowMs), source: `Prometheus (${query}, the last ${Math.round(sinceMs / 1000)}s, every ${stepSeconds}s)` };
}
