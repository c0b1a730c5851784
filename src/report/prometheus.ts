// The run's key numbers in the Prometheus text format: written to metrics.prom with every report
// and pushed to a Pushgateway when one is configured. Labels carry the environment and the target
// (credentials and token-like query values already redacted), never a header or a secret.

import type { CapacityReport } from './capacity.js';
import type { RunReport } from './model.js';

export interface PrometheusLabels {
  environment: string | null;
  target: string;
}

/**
 * SummaryFamily: one of the run's key numbers, for the whole run and each endpoint, under its
 * Prometheus name (metrics.prom, the Pushgateway, remote write) and its OpenTelemetry name (OTLP).
 */
export interface SummaryFamily {
  name: string;
  type: 'gauge' | 'counter';
  help: string;
  /** otel and unit: the name and UCUM unit the OTLP export uses (report/telemetry.ts). */
  otel: string;
  unit: string;
  /** value: of the whole run, and of each endpoint */
  value: (m: RunReport['overall']) => number;
}

export const SUMMARY_FAMILIES: readonly SummaryFamily[] = [
  { name: 'loadtest_latency_p50_ms', type: 'gauge', help: 'P50 latency of the measured window, milliseconds', otel: 'loadtest.latency.p50', unit: 'ms', value: (m) => m.latencyMs.p50 },
  { name: 'loadtest_latency_p95_ms', type: 'gauge', help: 'P95 latency of the measured window, milliseconds', otel: 'loadtest.latency.p95', unit: 'ms', value: (m) => m.latencyMs.p95 },
  { name: 'loadtest_latency_p99_ms', type: 'gauge', help: 'P99 latency of the measured window, milliseconds', otel: 'loadtest.latency.p99', unit: 'ms', value: (m) => m.latencyMs.p99 },
  { name: 'loadtest_throughput_rps', type: 'gauge', help: 'Requests per second of the measured window', otel: 'loadtest.throughput', unit: '{request}/s', value: (m) => m.throughputRps },
  { name: 'loadtest_error_rate_percent', type: 'gauge', help: 'Failed requests, percent of the measured requests', otel: 'loadtest.error_rate', unit: '%', value: (m) => m.errorRatePercent },
  { name: 'loadtest_requests_total', type: 'counter', help: 'Requests measured after the warm-up', otel: 'loadtest.requests', unit: '{request}', value: (m) => m.requests },
];

/** renderPrometheus is the exposition text: one series for the run, one per endpoint (label `endpoint`). */
export function renderPrometheus(report: RunReport, labels: PrometheusLabels): string {
  const base: Record<string, string> = { ...(labels.environment ? { environment: labels.environment } : {}), target: labels.target };
  const lines: string[] = [];
  for (const family of SUMMARY_FAMILIES) {
    lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`);
    lines.push(`${family.name}${labelText(base)} ${number(family.value(report.overall))}`);
    for (const endpoint of report.endpoints) lines.push(`${family.name}${labelText({ ...base, endpoint: endpoint.name })} ${number(family.value(endpoint))}`);
  }
  lines.push('# HELP loadtest_slo_passed 1 when the verdict was pass, else 0', '# TYPE loadtest_slo_passed gauge', `loadtest_slo_passed${labelText({ ...base, verdict: report.verdict })} ${report.passed ? 1 : 0}`);
  lines.push('# HELP loadtest_slo_violations_count SLO thresholds broken', '# TYPE loadtest_slo_violations_count gauge', `loadtest_slo_violations_count${labelText(base)} ${report.violations.length}`);
  lines.push('# HELP loadtest_run_timestamp_seconds When the run started, Unix time', '# TYPE loadtest_run_timestamp_seconds gauge', `loadtest_run_timestamp_seconds${labelText(base)} ${Math.floor(Date.parse(report.startedAt) / 1000)}`);
  return `${lines.join('\n')}\n`;
}

/** renderCapacityPrometheus: a capacity search's answer: the rate sustained, its bracket, the headroom, the verdict. */
export function renderCapacityPrometheus(report: CapacityReport, labels: PrometheusLabels): string {
  const base: Record<string, string> = { ...(labels.environment ? { environment: labels.environment } : {}), target: labels.target };
  const gauge = (name: string, help: string, value: number | null, extra: Record<string, string> = {}) => [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name}${labelText({ ...base, ...extra })} ${value === null ? 'NaN' : number(value)}`];
  return `${[
    ...gauge('loadtest_capacity_rps', 'The highest rate sustained within the SLOs and confirmed, requests per second (NaN: none)', report.capacityRps),
    ...gauge('loadtest_capacity_first_failing_rps', 'The lowest rate that was not sustained, requests per second (NaN: none tried)', report.bracket.lowestFail),
    ...(report.headroom ? gauge('loadtest_headroom_ratio', "Capacity over production's peak (NaN: no capacity confirmed)", report.headroom.ratio) : []),
    ...(report.headroom ? gauge('loadtest_headroom_required_rps', "Production's peak times the headroom required, requests per second", report.headroom.required) : []),
    ...(report.comparison ? gauge('loadtest_capacity_change_percent', "The canary's capacity against production's, percent (NaN: not compared)", report.comparison.changePercent) : []),
    ...(report.production ? gauge('loadtest_capacity_rps', "Production's capacity, requests per second (NaN: none confirmed)", report.production.capacityRps, { arm: 'production' }).slice(2) : []),
    ...gauge('loadtest_capacity_steps', 'Steps the search ran', report.steps.length),
    ...gauge('loadtest_slo_passed', '1 when the verdict was pass, else 0', report.verdict === 'pass' ? 1 : 0, { verdict: report.verdict }),
    ...gauge('loadtest_run_timestamp_seconds', 'When the search started, Unix time', Math.floor(Date.parse(report.startedAt) / 1000)),
  ].join('\n')}\n`;
}

function labelText(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

function number(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : 'NaN';
}
