// What the terminal (and a CI log) shows: the effective plan before the run, a progress line while
// it goes, and a summary at the end. Pure functions returning text; the entry prints it.

import { shortSource } from '../config/issues.js';
import { type Plan, THRESHOLD_KEYS } from '../config/plan.js';
import { giveOption, optionName } from '../config/vocabulary.js';
import { DEFAULT_ENVIRONMENT } from '../defaults.js';
import { METRIC_LABEL, formatValue, isMinimum } from '../slo/checks.js';
import { summarizePlan } from './build.js';
import { redactPath, redactUrl } from '../redact.js';
import { waitText } from '../client/preflight.js';
import type { Criteria } from '../config/criteria.js';
import { VERDICT_BADGE, count, ms, percent, rps, seconds, textTable } from './format.js';
import type { RunReport } from './model.js';
import { REGRESSION_HEADERS, REGRESSION_NUMERIC, baselineLine, regressionRows } from './regression.js';
import { traceUrl } from './traces.js';
import { CHECK_HEADERS, COMPARISON_HEADERS, ENDPOINT_HEADERS, ENDPOINT_NUMERIC, checkRows, comparisonRows, endpointRows, errorSummary, generatorSummary, shareText, responseCheckRows, RESPONSE_CHECK_HEADERS, RESPONSE_CHECK_NUMERIC, loadDescription, resourceErrors, resourceRows, RESOURCE_HEADERS, RESOURCE_NUMERIC, rollbackLine, decisionTimeLine, shardLine, statusSummary, protocolLine } from './sections.js';

/**
 * defaultEnvironmentNotice: when no flag, input or variable named the environment and the config's
 * `staging` block applies only because it exists, the words saying so, and how to choose another
 * in the plan's vocabulary ("pass --environment NAME", "set the environment input").
 */
export function defaultEnvironmentNotice(plan: Plan, chosen: boolean, env: Readonly<Record<string, string | undefined>>): string | null {
  if (chosen || plan.environment !== DEFAULT_ENVIRONMENT || ENVIRONMENT_VARIABLES.some((v) => env[v]?.trim())) return null;
  return `environment '${DEFAULT_ENVIRONMENT}' chosen by default (${plan.configFile ?? 'the config'} defines it and none was given): its thresholds and settings apply; ${giveOption(plan.vocabulary, 'environment')} to choose another`;
}

/** ENVIRONMENT_VARIABLES choose the environment when no flag or input does (config/load.ts). */
const ENVIRONMENT_VARIABLES = ['LOADTEST_ENVIRONMENT', 'ENVIRONMENT'];

/** renderPlan lists the effective plan with where each setting came from; defaultEnvironment is defaultEnvironmentNotice's line. */
export function renderPlan(plan: Plan, options: { defaultEnvironment?: string | null } = {}): string {
  const summary = summarizePlan(plan);
  const from = (key: string) => {
    const source = plan.sources[key];
    return source && source.kind !== 'default' ? `  (${shortSource(source)})` : '';
  };
  const load = loadDescription(summary);
  const rows: string[][] = [
    ['target', `${summary.target}${from('load_test.target')}`],
    ...(plan.mode === 'canary' && plan.canary
      ? [['compare with', `production ${redactUrl(plan.canary.productionUrl)} (same requests, same moment), ${Math.round(plan.canary.confidence * 1000) / 10}% confidence, rules ${criteriaText(plan.canary.criteria, plan.canary.required)}${plan.canary.criteriaAreDefaults ? ' (defaults)' : ''}`]]
      : []),
    ...(plan.baseline
      ? [['baseline', `${plan.baseline.source.kind === 'artifact' ? `artifact ${plan.baseline.source.name} (newest from the default branch)` : plan.baseline.source.path}, ${Math.round(plan.baseline.confidence * 1000) / 10}% confidence, rules ${criteriaText(plan.baseline.criteria, plan.baseline.required)}${plan.baseline.criteriaAreDefaults ? ' (defaults)' : ''}${plan.baseline.failOnRegression ? '' : '; fail_on_regression off'}`]]
      : []),
    ['environment', `${plan.environment ?? '(none)'}${plan.configFile ? `  (config ${plan.configFile})` : ''}`],
    ['load', `${plan.rollout ? load.replace(/, [\d.,]+(s| min)/, ', each stage') : load}${from(plan.load.model === 'open' ? 'load_test.rate' : 'load_test.concurrency')}`],
    ...(plan.rollout
      ? [
          ['rollout', plan.rollout.stages.map((s) => `${s.name} for ${ms(s.load.durationMs)}`).join(' → ')],
          ['hooks', [['shift', plan.rollout.shift], ['pre-rollout', plan.rollout.hooks.preRollout], ['post-stage', plan.rollout.hooks.postStage], ['on-promote', plan.rollout.hooks.onPromote], ['on-rollback', plan.rollout.hooks.onRollback]].filter(([, v]) => v).map(([k, v]) => `${k}: ${hookText(v!)}`).join(' · ') || '(none)'],
          ['on failure', plan.rollback ? `roll back (${[plan.rollout.shift && 'traffic back to 0% by the shift hook', plan.rollout.hooks.onRollback && 'on-rollback hook', plan.rollback.method].filter(Boolean).join(', then ')})` : `halt, no rollback (${optionName(plan.vocabulary, 'rollback.auto')} is off): traffic stays where it was`],
        ]
      : []),
    ...(plan.sequential
      ? [['decides', `early: the load stops once every threshold${plan.canary && plan.mode === 'canary' ? ', the comparison with production' : ''}${plan.baseline ? ', the baseline comparison' : ''} is decided, after ${ms(plan.sequential.minMs)} at least and ${ms(plan.load.durationMs)} at most; ${plan.sequential.looksMs.length} looks (${plan.sequential.looksMs.map((t) => ms(t)).join(', ')}) share the error rate${plan.sequential.why === 'canary default' ? ' (on by default for a canary: decide_early: false runs the whole duration)' : from('load_test.decide_early')}`]]
      : []),
    ...(plan.shard ? [['shard', `${plan.shard.index} of ${plan.shard.count}: ${Math.round(plan.shard.share * 1000) / 10}% of the load, seed ${plan.load.seed}; the merge judges the whole run`]] : []),
    ...(plan.flows ? [['flows', flowsText(plan.flows)]] : []),
    [plan.flows ? 'steps' : 'endpoints', summary.endpoints.map((e) => `${e.name} ${shareText(e.weight)}`).join(' · ')],
    ...plan.data.map((d, i) => [i === 0 ? 'data' : '', `${d.file}: ${d.rows.length.toLocaleString('en-US')} rows of ${d.columns.join(', ')}, ${d.order}${d.order === 'unique' ? ` (at the end: ${d.onExhausted})` : ''}`]),
  ];
  for (const key of THRESHOLD_KEYS) {
    const threshold = plan.thresholds[key];
    if (threshold) rows.push([rows.some((r) => r[0] === 'thresholds') ? '' : 'thresholds', `${METRIC_LABEL[key]} ${isMinimum(key) ? '≥' : '≤'} ${formatValue(key, threshold.value)}  (${shortSource(threshold.source)})`]);
  }
  // How a close call decides, when it is not the default: a person reading the plan should know the gate holds them.
  if (plan.decision === 'confident') rows.push(['', `a check whose 95% interval holds its limit is inconclusive (decision: confident)${from('thresholds.decision')}`]);
  for (const endpoint of plan.endpoints) {
    for (const key of THRESHOLD_KEYS) {
      const threshold = endpoint.thresholds[key];
      if (threshold) rows.push(['', `${summary.endpoints[plan.endpoints.indexOf(endpoint)].name}: ${METRIC_LABEL[key]} ${isMinimum(key) ? '≥' : '≤'} ${formatValue(key, threshold.value)}  (${shortSource(threshold.source)})`]);
    }
  }
  const headerNames = Object.keys(summary.headers);
  rows.push(['requests', `timeout ${ms(plan.load.timeoutMs)} · seed ${plan.load.seed}${headerNames.length ? ` · headers ${headerNames.map((h) => `${h}: ***`).join(', ')}` : ''}${plan.insecure ? ' · TLS not verified' : ''}`]);
  rows.push(['http', `${httpText(plan)}${from('load_test.http_version')}`]);
  if (plan.trace) rows.push(['trace', `a W3C traceparent on every request, sampled flag ${plan.trace.sampled ? '01 (record)' : '00 (the service decides)'}; the trace IDs of each endpoint's ${count(plan.trace.slowest)} slowest and of every failed request are kept${plan.trace.url ? `, linked by ${plan.trace.url}` : ''}${from('load_test.trace')}`]);
  // The wait's source: a flag, variable or file line; else the action's default (a layer under the file) or the built-in one.
  const waitSource = from('load_test.wait_for_ready') || (plan.sources['load_test.wait_for_ready'] ? '  (the action\'s default)' : '  (default)');
  rows.push(['pre-flight', `${plan.healthPath ? `GET ${plan.healthPath} must answer 2xx; ` : ''}${plan.waitForReadyMs > 0 ? `wait up to ${waitText(plan.waitForReadyMs)} for the target to be ready` : 'the target must be ready at once'} (wait_for_ready)${waitSource}`]);
  rows.push(['reports', `${plan.reportDir} (deployment entry → ${plan.deploymentReport})`]);
  const metrics = metricsDestinations(plan);
  if (metrics) rows.push(['metrics', metrics]);
  const body = rows.map(([k, v]) => `  ${k.padEnd(12)} ${v}`).join('\n');
  const notices = [...(options.defaultEnvironment ? [options.defaultEnvironment] : []), ...plan.notices].map((n) => `  notice: ${n}`).join('\n');
  return `Plan\n${body}${notices ? `\n${notices}` : ''}`;
}

/** metricsDestinations: where the run's metrics go once it is judged, header names only; null when nowhere. */
function metricsDestinations(plan: Plan): string | null {
  const headers = (h: Record<string, string>) => (Object.keys(h).length ? ` (headers ${Object.keys(h).map((name) => `${name}: ***`).join(', ')})` : '');
  const where = [
    plan.pushgateway && `Pushgateway ${redactUrl(plan.pushgateway.url)}`,
    plan.remoteWrite && `Prometheus remote write ${redactUrl(plan.remoteWrite.url)}${headers(plan.remoteWrite.headers)}`,
    plan.otlp && `OTLP ${plan.otlp.protocol} ${redactUrl(plan.otlp.url)}${headers(plan.otlp.headers)}`,
  ].filter((x): x is string => Boolean(x));
  if (where.length === 0) return null;
  return `${where.join(' · ')}${plan.runId ? `; run id ${plan.runId}` : ''} (a failure is a warning, never the verdict)`;
}

/** httpText: what http_version asks for these targets, in words; which each target speaks is settled at its pre-flight. */
function httpText(plan: Plan): string {
  const { version, maxStreamsPerConnection } = plan.http;
  const streams = `up to ${count(maxStreamsPerConnection)} HTTP/2 stream${maxStreamsPerConnection === 1 ? '' : 's'} per connection`;
  if (version === '1.1') return '1.1: HTTP/1.1, one request at a time per connection';
  if (version === '2') return `2: HTTP/2 only (h2 by ALPN over TLS, required at the pre-flight; h2c with prior knowledge over http://), ${streams}`;
  const targets = [plan.target, ...(plan.mode === 'canary' && plan.canary ? [plan.canary.productionUrl] : [])];
  if (targets.every((t) => t.startsWith('http://'))) return 'auto: HTTP/1.1 over http:// (http_version 2 loads it over h2c)';
  return `auto: HTTP/2 where TLS chooses h2 by ALPN at the pre-flight, else HTTP/1.1; ${streams}`;
}

export interface ProgressView {
  elapsedMs: number;
  durationMs: number;
  warmupMs: number;
  model: 'closed' | 'open';
  users: number;
  arrivals: number;
  requests: number;
  errors: number;
  p95Ms: number;
  dropped: number;
}

/** renderProgress is one line about the last second: "[00:12/01:00] 50 users · 7,310 req/s · p95 17.9ms · errors 30/s (0.41%)". */
export function renderProgress(p: ProgressView): string {
  const clock = (msValue: number) => {
    const total = Math.floor(msValue / 1000);
    return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  };
  const who = p.model === 'closed' ? `${count(p.users)} users` : `${count(p.arrivals)} arrivals/s`;
  const dropped = p.dropped > 0 ? ` · dropped ${count(p.dropped)}` : '';
  const warm = p.elapsedMs < p.warmupMs ? ' · warm-up' : '';
  const errorShare = p.requests > 0 ? ` (${percent((p.errors / p.requests) * 100)})` : '';
  return `[${clock(p.elapsedMs)}/${clock(p.durationMs)}] ${who} · ${count(p.requests)} req/s · p95 ${ms(p.p95Ms)} · errors ${count(p.errors)}/s${errorShare}${dropped}${warm}`;
}

/** renderSummary is the end-of-run report for a terminal. */
export function renderSummary(report: RunReport): string {
  const out: string[] = [];
  out.push(`${report.shard ? `SHARD ${report.shard.index}/${report.shard.count}, provisional: ` : ''}${VERDICT_BADGE[report.verdict]}${report.status !== 'completed' ? ` (run ${report.status})` : ''}`);
  for (const reason of report.reasons) out.push(`  - ${reason}`);
  if (report.generator.delayNote) out.push(`  (${report.generator.delayNote})`);
  const shard = shardLine(report);
  if (shard) out.push(shard);
  const decided = decisionTimeLine(report);
  if (decided) out.push(decided);
  const rollback = rollbackLine(report);
  if (rollback) out.push(rollback);
  if (report.status === 'unreachable') return out.join('\n');
  out.push('');
  if (report.checks.length > 0) {
    const rows = checkRows(report);
    out.push(textTable(CHECK_HEADERS, rows), '');
  }
  if (report.comparison) out.push(`Canary vs production (${report.comparison.production.target}), ${Math.round(report.comparison.confidence * 1000) / 10}% confidence:`, textTable(COMPARISON_HEADERS, comparisonRows(report, 12)), '');
  const compared = baselineLine(report);
  if (compared) out.push(compared.replace(/\[([^\]]+)\]\([^)]+\)/, '$1'), ...(report.regression?.status === 'compared' ? [textTable(REGRESSION_HEADERS, regressionRows(report, 12), REGRESSION_NUMERIC)] : []), '');
  out.push(textTable(ENDPOINT_HEADERS, endpointRows(report), ENDPOINT_NUMERIC), '');
  const checked = responseCheckRows(report);
  if (checked.length > 0) out.push(textTable(RESPONSE_CHECK_HEADERS, checked, RESPONSE_CHECK_NUMERIC), '');
  if (report.resources) out.push('Target resources under load:', ...(resourceRows(report).length ? [textTable(RESOURCE_HEADERS, resourceRows(report), RESOURCE_NUMERIC)] : []), ...resourceErrors(report), '');
  out.push(`requests  ${count(report.overall.requests)} measured over ${seconds(report.measuredSeconds)} (${rps(report.overall.throughputRps)} req/s)${report.warmup.requests ? ` + ${count(report.warmup.requests)} in warm-up` : ''} · latency mean ${ms(report.overall.latencyMs.mean)}, min ${ms(report.overall.latencyMs.min)} · error rate ${percent(report.overall.errorRatePercent)}`);
  const protocol = protocolLine(report);
  if (protocol) out.push(`protocol  ${protocol}`);
  const traces = tracesLine(report);
  if (traces) out.push(`traces    ${traces}`);
  out.push(`statuses  ${statusSummary(report)}`);
  for (const line of errorSummary(report)) out.push(`errors    ${line}`);
  out.push(`generator ${generatorSummary(report)}`);
  return out.join('\n');
}

/** tracesLine: the slowest request's trace, and how many IDs results.json keeps; null when the run was not traced. */
function tracesLine(report: RunReport): string | null {
  const traces = report.traces;
  if (!traces) return null;
  const [slowest] = traces.slowest;
  const where = (id: string) => traceUrl(traces, id) ?? id;
  const failed = traces.failed.length + traces.failedOmitted;
  return [
    slowest ? `slowest ${ms(slowest.latencyMs)} on ${slowest.endpoint}: ${where(slowest.traceId)}` : 'no measured request',
    `results.json keeps ${count(traces.slowest.length)} slowest${failed > 0 ? ` and ${count(traces.failed.length)} failed${traces.failedOmitted > 0 ? ` (of ${count(failed)})` : ''}` : ''}`,
  ].join(' · ');
}

/** criteriaText: the rules, each metric the comparison need not decide marked advisory. */
function criteriaText(criteria: Criteria, required: readonly string[]): string {
  return Object.entries(criteria)
    .map(([metric, rules]) => `${metric} ${rules!.map((r) => r.text).join(' ')}${required.includes(metric) ? '' : ' (advisory)'}`)
    .join(', ');
}

/** hookText shows a command as written and a webhook by its origin only (its path may be a secret). */
function hookText(hook: string): string {
  return /^https?:\/\//.test(hook) ? `POST ${new URL(hook).origin}/…` : hook;
}

/** flowsText: "setup: token · on_start: login · browse 67% (product) · buy 33% (product → checkout)". */
function flowsText(flows: NonNullable<Plan['flows']>): string {
  const names = (steps: ReadonlyArray<{ request: { name: string } }>) => steps.map((s) => redactPath(s.request.name.replace(/^[^›]*› /, ''))).join(' → ');
  return [
    ...(flows.setup.length ? [`setup: ${names(flows.setup)}`] : []),
    ...(flows.onStart.length ? [`on_start: ${names(flows.onStart)}`] : []),
    ...flows.flows.map((f) => `${redactPath(f.name)} ${Math.round(f.weight * 1000) / 10}% (${names(f.steps)})`),
  ].join(' · ');
}
