// From layers of settings to one frozen Plan. Precedence, lowest first: defaults, the file's base,
// the chosen environment's block, environment variables, flags (or action inputs). Every problem,
// including ones that only show when settings meet (warm-up longer than the run), is collected
// before anything runs.

import * as defaults from '../defaults.js';
import type { EndpointSpec } from './endpoints.js';
import type { FlowSpec } from './flows.js';
import { resolveFlows, sessionBindings } from './sections/flows.js';
import type { ConfigIssue } from './issues.js';
import type { ModeChoice, Plan } from './plan.js';
import { urlSecrets } from '../redact.js';
import type { Setting, SettingMap } from './yaml-reader.js';
import { resolveBaseline } from './sections/baseline.js';
import { resolveCanary } from './sections/canary.js';
import { mergeLayers } from './sections/layers.js';
import { resolveHttp } from './sections/http.js';
import { resolveTrace } from './sections/trace.js';
import { resolveLoad } from './sections/load.js';
import { redactUrlText, resolveEndpoints, resolveTarget, checkHeaders, withUrlCredentials } from './sections/requests.js';
import { resolveResources } from './sections/resources.js';
import { resolveRollback } from './sections/rollback.js';
import { resolveRollout } from './sections/rollout.js';
import { resolveData } from './sections/data.js';
import { bindingsOf } from '../template/generators.js';
import { decidesEarly, resolveSequential } from './sections/sequential.js';
import { resolveShard } from './sections/shard.js';
import { resolveTelemetry } from './sections/telemetry.js';
import { resolveThresholds } from './sections/thresholds.js';
import { settingsView } from './sections/view.js';
import { giveOption, type Vocabulary } from './vocabulary.js';

export { mergeLayers } from './sections/layers.js';
export { DEFAULT_BASELINE_ARTIFACT } from './sections/baseline.js';

export interface ResolveInput {
  mode: ModeChoice;
  /** layers from lowest to highest precedence. */
  layers: readonly SettingMap[];
  environment: string | null;
  configFile: string | null;
  /** randomSeed is used when no seed is configured, and printed so the run can be repeated. */
  randomSeed: number;
  /** readFile reads the data files (load_test.data); none can be read without it. */
  readFile?: (path: string) => string;
  /** vocabulary: how the issues and notices name an option (config/vocabulary.ts). */
  vocabulary: Vocabulary;
}

export function resolvePlan(input: ResolveInput): { plan?: Plan; issues: ConfigIssue[] } {
  const merged = mergeLayers(input.layers);
  const view = settingsView(merged, input.vocabulary);
  const { get, sourceOf, isSet, issues, notices } = view;

  const target = resolveTarget(get<string>('load_test.target'), sourceOf('load_test.target'), issues, input.vocabulary);

  const early = decidesEarly(input.mode, view);
  const { load, stageLoad, model, peak } = resolveLoad(view, input.randomSeed, early ? defaults.DEFAULT_MAX_DURATION_MS : defaults.DEFAULT_DURATION_MS);
  const sequential = resolveSequential(input.mode, view, load, early);

  // Requests.
  const globalHeaders = withUrlCredentials(checkHeaders(get<Record<string, string>>('load_test.headers') ?? {}, sourceOf('load_test.headers'), issues), target, notices);
  const variables = get<Record<string, string>>('load_test.variables') ?? {};
  const data = resolveData(view, input.readFile ?? noFiles, input.configFile, variables);
  const endpointSpecs = get<EndpointSpec[]>('load_test.endpoints');
  const known = bindingsOf(variables, data);
  const flowSpecs = { flows: get<FlowSpec[]>('load_test.flows'), setup: get<EndpointSpec[]>('load_test.setup'), onStart: get<EndpointSpec[]>('load_test.on_start'), maxBodyBytes: get<number>('load_test.max_body') };
  // Plain endpoints may read what setup and on_start capture.
  const plainEndpoints = flowSpecs.flows ? [] : resolveEndpoints(endpointSpecs, sourceOf('load_test.endpoints'), target, issues, notices, sessionBindings(flowSpecs, known), globalHeaders);
  const { endpoints, flows } = resolveFlows(flowSpecs, { specs: endpointSpecs, plans: plainEndpoints, source: sourceOf('load_test.endpoints') }, issues, known, globalHeaders, notices);
  if (!flows && get<number>('load_test.max_body') !== undefined) notices.push('max_body is ignored: no step captures or checks a response body');

  // In the open model an arrival runs one flow iteration: it sends as many requests as its flow has steps.
  const requestsPerArrival = flows ? flows.flows.reduce((total, f) => total + f.weight * f.steps.length, 0) : 1;
  const { thresholds, thresholdsAreDefaults } = resolveThresholds(view, endpoints, model, peak * requestsPerArrival);

  const canary = resolveCanary(input.mode, view);

  const rollback = resolveRollback(input.mode, view);
  const baseline = resolveBaseline(input.mode, view, endpoints);

  const reportDir = get<string>('report.dir') ?? defaults.DEFAULT_OUTPUT_DIR;
  const http = resolveHttp(view, [target ?? '', ...(canary ? [canary.productionUrl] : [])].filter((t) => t !== ''));
  const trace = resolveTrace(view, [globalHeaders, ...endpoints.map((e) => e.headers), ...(flows?.setup ?? []).map((s) => s.request.headers)]);
  if (issues.length > 0) return { issues };

  const secrets: string[] = [
    ...Object.values(globalHeaders),
    ...endpoints.flatMap((e) => Object.values(e.headers)),
    ...urlSecrets(target!),
    ...urlSecrets(canary?.productionUrl ?? ''),
    ...urlSecrets(get<string>('load_test.health_path') ?? ''),
    ...endpoints.flatMap((e) => urlSecrets(e.path)),
  ].filter((v) => v.length >= 4);
  const sources = Object.fromEntries([...merged].map(([key, setting]) => [key, setting.source]));
  const shard = resolveShard(input.mode, get<{ index: number; count: number }>('load_test.shard'), sourceOf('load_test.shard'), load, notices, issues);
  if (shard && baseline) notices.push('the baseline is compared at the merge, which sees the whole run, not in each shard');
  const rollout = resolveRollout(input.mode, view, load, stageLoad);
  if (issues.length > 0) return { issues };
  if (rollout) secrets.push(...[rollout.shift, ...Object.values(rollout.hooks)].filter((h): h is string => h !== null && /^https?:\/\//.test(h)));

  const pushgatewayUrl = get<string>('prometheus.pushgateway_url');
  const slackUrl = get<string>('slack.webhook_url');
  for (const [key, url] of [['prometheus.pushgateway_url', pushgatewayUrl], ['slack.webhook_url', slackUrl]] as const) {
    if (url !== undefined && !/^https?:\/\//.test(url)) issues.push({ source: sourceOf(key), message: `expected an http:// or https:// URL, got '${redactUrlText(url)}'` });
  }
  if (issues.length > 0) return { issues };
  // A Slack webhook URL is a credential in full; a Pushgateway's may carry a password.
  if (slackUrl) secrets.push(slackUrl, new URL(slackUrl).pathname);
  if (pushgatewayUrl) secrets.push(...urlSecrets(pushgatewayUrl));
  if (rollback?.url) secrets.push(rollback.url, new URL(rollback.url).pathname);
  const { secrets: telemetrySecrets, ...telemetry } = resolveTelemetry(view);
  if (issues.length > 0) return { issues };
  secrets.push(...telemetrySecrets.filter((v) => v.length >= 4));

  if (isSet('report.export_prefix') && !get<string[]>('report.export')?.length) notices.push(`export_prefix is ignored: nothing is exported (${giveOption(input.vocabulary, 'report.export', 'locust-csv')})`);
  const resources = resolveResources(merged, issues, input.vocabulary);
  if (issues.length > 0) return { issues };

  const plan: Plan = {
    mode: input.mode.name,
    resources,
    pushgateway: pushgatewayUrl ? { url: pushgatewayUrl, instance: get<string>('prometheus.instance') ?? null } : null,
    ...telemetry,
    slack: slackUrl ? { webhookUrl: slackUrl, notify: get<'failure' | 'always'>('slack.notify') ?? 'failure' } : null,
    rollout,
    rollback,
    target: target!,
    canary,
    environment: input.environment,
    configFile: input.configFile,
    load: shard ? shard.load : load,
    shard: shard ? shard.plan : null,
    variables,
    data,
    sequential,
    // A shard sees part of the load: the merge compares the whole with the baseline.
    baseline: shard ? null : baseline,
    endpoints,
    flows,
    headers: globalHeaders,
    thresholds,
    thresholdsAreDefaults,
    decision: get<'point' | 'confident'>('thresholds.decision') ?? 'point',
    healthPath: get<string>('load_test.health_path') ?? null,
    waitForReadyMs: get<number>('load_test.wait_for_ready') ?? defaults.DEFAULT_WAIT_FOR_READY_MS,
    insecure: get<boolean>('load_test.insecure') ?? false,
    http,
    trace,
    reportDir,
    deploymentReport: get<string>('report.deployment_report') ?? `${reportDir.replace(/\/+$/, '')}/deployment_report.md`,
    exports: { locustCsv: get<string[]>('report.export')?.includes('locust-csv') ? (get<string>('report.export_prefix') ?? `${reportDir.replace(/\/+$/, '')}/locust`) : null },
    secrets,
    notices,
    sources,
    vocabulary: input.vocabulary,
  };
  return { plan: deepFreeze(plan), issues };
}

const noFiles = (path: string): string => {
  throw Object.assign(new Error(`no files can be read here (${path})`), { code: 'ENOENT' });
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

export type { Setting };
