// The `model` mode's inputs: where production's evidence comes from (logs at paths, logs in an
// artifact of this run, or Prometheus), how the written model is shaped, and whether to check the
// config for drift instead. Read with the same readers as the CLI's flags; a bad value is an issue
// naming the input.

import type { ConfigIssue } from '../config/issues.js';
import { type Read, readRateAt, readScale, readSince, readThreshold } from '../model/options.js';
import { DEFAULT_PROMQL } from '../model/prometheus.js';

export interface ModelInputs {
  /** from: log files or folders (each file in a folder, sorted), one a line. */
  from: string[];
  /** artifact: an artifact of this workflow run holding the logs; '' for none. */
  artifact: string;
  prometheusUrl: string;
  prometheusToken: string;
  query: string;
  sinceMs: number;
  scale: number;
  rateAt: number | null;
  logFormat: string | null;
  routes: string | null;
  out: string;
  check: boolean;
  threshold: number;
}

/** MODEL_INPUTS: the inputs only the model mode reads (given in another mode, they are an issue, not ignored). */
export const MODEL_INPUTS = ['model-from', 'model-artifact', 'model-prometheus-url', 'model-prometheus-token', 'model-query', 'model-since', 'model-scale', 'model-rate-at', 'model-log-format', 'model-routes', 'model-out', 'model-check', 'model-threshold'] as const;

export function readModelInputs(get: (name: string) => string, lines: (name: string) => string[], flag: (name: string, fallback: boolean) => boolean, issues: ConfigIssue[]): ModelInputs {
  const read = <T>(name: string, fallback: string, reader: (text: string) => Read<T>): T | null => {
    const text = get(name) || fallback;
    if (text === '') return null;
    const r = reader(text);
    if (!r.ok) issues.push({ source: { kind: 'input', input: name }, message: `expected ${r.expected}` });
    return r.ok ? r.value : null;
  };
  const inputs: ModelInputs = {
    from: lines('model-from'),
    artifact: get('model-artifact'),
    prometheusUrl: get('model-prometheus-url'),
    prometheusToken: get('model-prometheus-token'),
    query: get('model-query') || DEFAULT_PROMQL,
    sinceMs: read('model-since', '1h', readSince) ?? 3_600_000,
    scale: read('model-scale', '1', readScale) ?? 1,
    rateAt: read('model-rate-at', '', readRateAt),
    logFormat: get('model-log-format') || null,
    routes: get('model-routes') || null,
    out: get('model-out') || 'loadtest-model',
    check: flag('model-check', false),
    threshold: read('model-threshold', '5', readThreshold) ?? 5,
  };
  const sources = [inputs.from.length > 0 && 'model-from', inputs.artifact !== '' && 'model-artifact', inputs.prometheusUrl !== '' && 'model-prometheus-url'].filter((s): s is string => s !== false);
  if (sources.length === 0) issues.push({ source: { kind: 'input', input: 'mode' }, message: "mode model needs production's evidence: model-from (log files), model-artifact (an artifact of this run holding them) or model-prometheus-url" });
  if (sources.length > 1) issues.push({ source: { kind: 'input', input: sources[1] }, message: `give one source of production's traffic: ${sources.join(' and ')} both given` });
  // Each source reads only some inputs: the others are said, not dropped.
  const logsOnly = ['model-log-format', 'model-routes'].filter((name) => get(name) !== '');
  const prometheusOnly = ['model-prometheus-token', 'model-query', 'model-since'].filter((name) => get(name) !== '');
  if (inputs.prometheusUrl !== '' && logsOnly.length > 0) issues.push({ source: { kind: 'input', input: logsOnly[0] }, message: `${logsOnly[0]} applies to logs (model-from or model-artifact), not to model-prometheus-url` });
  if (inputs.prometheusUrl === '' && sources.length > 0 && prometheusOnly.length > 0) issues.push({ source: { kind: 'input', input: prometheusOnly[0] }, message: `${prometheusOnly[0]} applies to model-prometheus-url, not to ${sources[0]}` });
  const shaping = ['model-scale', 'model-rate-at', 'model-out'].filter((name) => get(name) !== '');
  if (inputs.check && shaping.length > 0) issues.push({ source: { kind: 'input', input: shaping[0] }, message: `${shaping[0]} shapes a written model; model-check writes none` });
  if (!inputs.check && get('model-threshold') !== '') issues.push({ source: { kind: 'input', input: 'model-threshold' }, message: 'model-threshold applies with model-check: true' });
  if (inputs.prometheusUrl !== '' && !/^https?:\/\/[^/]/.test(inputs.prometheusUrl)) issues.push({ source: { kind: 'input', input: 'model-prometheus-url' }, message: `expected the server's URL like http://prometheus:9090, got '${inputs.prometheusUrl}'` });
  return inputs;
}
