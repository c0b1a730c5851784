// A capacity search from either entry: the settings read, the plan loaded (as a run's: the same
// config, environment, variables and flags or inputs), the search run, its reports written to the
// plan's report directory. Refusals (a setting, a config error) come back before any load.

import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ConfigIssue, ConfigError } from '../config/issues.js';
import { type LoadPlanOptions, loadPlan } from '../config/load.js';
import type { Plan } from '../config/plan.js';
import type { Vocabulary } from '../config/vocabulary.js';
import { type CapacityReport, renderCapacityMarkdown } from '../report/capacity.js';
import { renderCapacityHtml } from '../report/html/capacity.js';
import { renderCapacityPrometheus } from '../report/prometheus.js';
import { type CapacityPorts, type CapacitySettings, searchCapacity } from './capacity.js';
import { redactUrl, scrubStrings } from '../redact.js';
import { CapacitySettingsError, type RawCapacitySettings, readCapacitySettings } from './capacity-settings.js';
import { settleArms } from './settle-arms.js';
import { MODE_NEEDS } from './mode-names.js';
import { runLoadTest } from './run.js';

export interface CapacityRequest {
  plan: Omit<LoadPlanOptions, 'mode' | 'env' | 'readFile' | 'vocabulary'>;
  settings: RawCapacitySettings;
  /** vocabulary: how messages name a setting or an option (--to, capacity-to): the entry's words (config/vocabulary.ts). */
  vocabulary: Vocabulary;
}

export type CapacityOutcome = { kind: 'refused'; message: string; issues: ConfigIssue[] } | { kind: 'judged'; plan: Plan; report: CapacityReport; files: { json: string; markdown: string; html: string; metrics: string } };

export interface CapacityRunPorts extends Omit<CapacityPorts, 'measure' | 'settle'> {
  env: Readonly<Record<string, string | undefined>>;
  /** measure: a step's run (default runLoadTest, stopped by the watch). */
  measure?: CapacityPorts['measure'];
  /** settle: the targets' pre-flight before the search and the HTTP version they share (default settleArms). */
  settle?: CapacityPorts['settle'];
  /** started: the plan is loaded (mask its secrets) and the search begins; `text` says how it will go. */
  started?: (plan: Plan, text: string) => void;
}

export async function runCapacity(request: CapacityRequest, ports: CapacityRunPorts): Promise<CapacityOutcome> {
  let settings: CapacitySettings;
  try {
    settings = readCapacitySettings(request.settings, request.vocabulary);
  } catch (error) {
    if (!(error instanceof CapacitySettingsError)) throw error;
    return { kind: 'refused', message: error.message, issues: [] };
  }
  let plan: Plan;
  try {
    plan = loadPlan({ ...request.plan, mode: { name: 'run', needs: { ...MODE_NEEDS.run, canary: 'allowed', shard: false, baselineIgnored: 'in a capacity search: each step is judged by its SLOs alone' } }, env: ports.env, readFile: (path) => readFileSync(path, 'utf8'), vocabulary: request.vocabulary });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { kind: 'refused', message: `${error.issues.length} configuration error${error.issues.length === 1 ? '' : 's'}; nothing was run`, issues: [...error.issues] };
  }
  // What a search cannot judge is refused, not left to fail every step.
  const refusal = capacityRefusal(plan);
  if (refusal) return { kind: 'refused', message: refusal, issues: [] };
  // A production URL from the config (canary.production_url) is the comparison's, as the flag's would be.
  if (settings.productionUrl === null && plan.canary) settings = { ...settings, productionUrl: plan.canary.productionUrl };
  // What a config file set that a search does not do is said, not dropped.
  const unused = [plan.rollback && 'rollback', plan.pushgateway && 'the Pushgateway', plan.remoteWrite && 'Prometheus remote write', plan.otlp && 'OTLP', plan.slack && 'Slack', plan.exports.locustCsv !== null && 'report.export'].filter((x): x is string => typeof x === 'string');
  const notices = [...plan.notices, ...(unused.length ? [`not used by a capacity search: ${unused.join(', ')}`] : [])];
  ports.started?.(plan, `${notices.map((n) => `notice: ${n}\n`).join('')}Capacity search on ${redactUrl(plan.target)}${settings.productionUrl ? ` beside production ${redactUrl(settings.productionUrl)}` : ''}: from ${settings.fromRate} req/s, never above ${settings.toRate}, within ${settings.maxDurationMs / 1000}s, ${settings.cooldownMs / 1000}s between steps; half a second's requests failing or a p95 of ${settings.ceilingMs} ms stops the climb.`);
  const report = await searchCapacity(plan, settings, { ...ports, measure: ports.measure ?? ((step, watch) => runLoadTest(step, { signal: watch.signal, onProgress: watch.onProgress })), settle: ports.settle ?? ((p, targets) => settleArms(p, targets)) });
  await mkdir(plan.reportDir, { recursive: true });
  // The names a run's report directory has, so whatever collects them finds a search's too.
  const files = { json: join(plan.reportDir, 'results.json'), markdown: join(plan.reportDir, 'performance_report.md'), html: join(plan.reportDir, 'report.html'), metrics: join(plan.reportDir, 'metrics.prom') };
  // Secrets (header values) must not reach a file even through a step's reason: scrubbed, as a run's reports are.
  const safe = scrubStrings(report, plan.secrets);
  await writeFile(files.json, `${JSON.stringify(safe, null, 2)}\n`);
  await writeFile(files.markdown, renderCapacityMarkdown(safe));
  await writeFile(files.html, renderCapacityHtml(safe));
  await writeFile(files.metrics, renderCapacityPrometheus(safe, { environment: plan.environment, target: safe.target }));
  return { kind: 'judged', plan, report: safe, files };
}

/**
 * capacityRefusal: what a plan asks that a search cannot honestly do: flows (their rate counts
 * iterations, not requests, so --to and the achieved rate would not be requests a second), a
 * throughput SLO (the search sets the rate), CPU and memory SLOs (not sampled during steps yet).
 */
function capacityRefusal(plan: Plan): string | null {
  if (plan.flows) return 'a capacity search offers requests a second, and this config has flows (whose rate counts iterations): search with plain endpoints';
  const scopes = [plan.thresholds, ...plan.endpoints.map((e) => e.thresholds)];
  if (scopes.some((t) => t.throughput !== undefined)) return 'a throughput SLO does not apply to a capacity search: the search sets the rate (remove thresholds.throughput for it)';
  if (plan.resources) return 'CPU and memory SLOs are not sampled during a capacity search yet: remove the resources section (or its thresholds) for it';
  return null;
}
