// From layers of settings to one frozen Plan. Precedence, lowest first: defaults, the file's base,
// the chosen environment's block, environment variables, flags (or action inputs). Every problem,
// including ones that only show when settings meet (warm-up longer than the run), is collected
// before anything runs.

import * as defaults from '../defaults.js';
import { buildProfile } from '../pacing/shapes.js';
import { type Shard, shardProfile } from '../pacing/shard.js';
import type { EndpointSpec } from './endpoints.js';
import { type ConfigIssue, type Source, didYouMean } from './issues.js';
import { checkPercentileOrder } from './consistency.js';
import { type CanaryPlan, type ResourcesPlan, type Threshold, type LoadPlan, type RolloutPlan, type RollbackPlan, type EndpointPlan, type Mode, type Plan, type ShardPlan, type BaselinePlan, type ThresholdKey, type Thresholds, LATENCY_KEYS, thresholdSettingPath } from './plan.js';
import { type Criteria, DEFAULT_CRITERIA } from './criteria.js';
import type { Pattern, Range, RollbackMethod } from './schema.js';
import { formatMs } from './units.js';
import { redactPath, urlSecrets } from '../redact.js';
import type { Setting, SettingMap } from './yaml-reader.js';

export interface ResolveInput {
  mode: Mode;
  /** layers from lowest to highest precedence. */
  layers: readonly SettingMap[];
  environment: string | null;
  configFile: string | null;
  /** randomSeed is used when no seed is configured, and printed so the run can be repeated. */
  randomSeed: number;
}

const DEFAULT_SOURCE: Source = { kind: 'default' };

export function resolvePlan(input: ResolveInput): { plan?: Plan; issues: ConfigIssue[] } {
  const merged = mergeLayers(input.layers);
  const issues: ConfigIssue[] = [];
  const notices: string[] = [];
  const get = <T>(key: string): T | undefined => merged.get(key)?.value as T | undefined;
  const sourceOf = (key: string): Source => merged.get(key)?.source ?? DEFAULT_SOURCE;
  const isSet = (key: string): boolean => merged.has(key);

  const target = resolveTarget(get<string>('load_test.target'), sourceOf('load_test.target'), issues);

  // Load shape.
  const rate = get<number>('load_test.rate');
  const model = rate !== undefined ? 'open' : 'closed';
  const stages = get<Array<{ duration?: number; target?: number }>>('load_test.stages');
  const pattern: Pattern | 'stages' = stages ? 'stages' : (get<Pattern>('load_test.pattern') ?? 'sustained');
  if (stages) {
    stages.forEach((stage, i) => {
      if (stage.duration === undefined || stage.target === undefined) issues.push({ source: sourceOf('load_test.stages'), message: `stage ${i + 1} needs both duration and target` });
    });
    if (stages.length === 0) issues.push({ source: sourceOf('load_test.stages'), message: 'expected at least one stage' });
    if (isSet('load_test.pattern')) notices.push(`pattern ${get('load_test.pattern')} is ignored: stages define the load`);
  }
  if (model === 'open' && rate === 0 && !stages) issues.push({ source: sourceOf('load_test.rate'), message: 'a rate of 0 sends nothing; give a positive rate' });
  if (model === 'open' && pattern === 'burst') issues.push({ source: sourceOf('load_test.pattern'), message: 'the burst pattern needs virtual users (concurrency); with a rate use stages for spikes' });

  const stageTotal = stages?.reduce((sum, s) => sum + (s.duration ?? 0), 0);
  const durationMs = stageTotal ?? get<number>('load_test.duration') ?? defaults.DEFAULT_DURATION_MS;
  if (stageTotal !== undefined && isSet('load_test.duration') && get<number>('load_test.duration') !== stageTotal) {
    notices.push(`duration ${formatMs(get<number>('load_test.duration')!)} is ignored: the stages last ${formatMs(stageTotal)}`);
  }
  if (!(durationMs > 0)) issues.push({ source: sourceOf(stages ? 'load_test.stages' : 'load_test.duration'), message: 'the run must last longer than 0s' });
  if (stageTotal !== undefined && stageTotal > defaults.MAX_RUN_MS) issues.push({ source: sourceOf('load_test.stages'), message: `the stages last ${+(stageTotal / 3_600_000).toFixed(2)}h in all; a run lasts at most ${defaults.MAX_RUN_MS / 3_600_000}h (7 days)` });

  const warmupMs = get<number>('load_test.warmup') ?? 0;
  if (warmupMs >= durationMs && durationMs > 0) issues.push({ source: sourceOf('load_test.warmup'), message: `warm-up ${formatMs(warmupMs)} must be shorter than the run (${formatMs(durationMs)}); it is part of the run, not added to it` });

  const concurrencySet = isSet('load_test.concurrency');
  const concurrency = get<number>('load_test.concurrency') ?? defaults.DEFAULT_CONCURRENCY;
  const rampUpMs = get<number>('load_test.ramp_up') ?? Math.min(defaults.DEFAULT_RAMP_UP_MS, durationMs / 2);
  if (pattern === 'ramp-up' && rampUpMs >= durationMs && durationMs > 0) issues.push({ source: sourceOf('load_test.ramp_up'), message: `ramp-up ${formatMs(rampUpMs)} must be shorter than the run (${formatMs(durationMs)})` });
  if (pattern !== 'ramp-up' && isSet('load_test.ramp_up')) notices.push(`ramp_up is ignored: it applies to the ramp-up pattern, not ${pattern}`);

  let thinkTime = get<Range>('load_test.think_time') ?? null;
  if (thinkTime && model === 'open') {
    notices.push('think_time is ignored: with a rate, arrivals do not wait for each other');
    thinkTime = null;
  }
  const burst = pattern === 'burst'
    ? { size: get<number>('load_test.burst.size') ?? defaults.DEFAULT_BURST.size, pause: get<Range>('load_test.burst.pause') ?? { minMs: defaults.DEFAULT_BURST.pauseMinMs, maxMs: defaults.DEFAULT_BURST.pauseMaxMs } }
    : null;

  const maxInFlight = get<number>('load_test.max_in_flight') ?? (model === 'open' && concurrencySet ? concurrency : defaults.DEFAULT_MAX_IN_FLIGHT);
  if (model === 'open' && concurrencySet && !isSet('load_test.max_in_flight')) notices.push(`with a rate, concurrency ${concurrency} caps the requests in flight`);

  const timeoutMs = get<number>('load_test.timeout') ?? defaults.DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0)) issues.push({ source: sourceOf('load_test.timeout'), message: 'the timeout must be longer than 0s' });

  const profile = durationMs > 0 ? buildProfile({ model, pattern, durationMs, concurrency, rate: rate ?? 0, rampUpMs, stages: (stages ?? []).map((s) => ({ durationMs: s.duration ?? 0, target: s.target ?? 0 })) }) : [];
  const peak = profile.reduce((max, s) => Math.max(max, s.from, s.to), 0);
  if (model === 'closed' && peak > defaults.MAX_VIRTUAL_USERS) issues.push({ source: sourceOf('load_test.stages'), message: `stages ask for ${peak} users; one process runs at most ${defaults.MAX_VIRTUAL_USERS.toLocaleString('en-US')}` });
  if (durationMs > 0 && peak === 0) issues.push({ source: sourceOf(stages ? 'load_test.stages' : 'load_test.rate'), message: 'this profile never sends a request: every target is 0' });

  // Requests.
  const globalHeaders = withUrlCredentials(checkHeaders(get<Record<string, string>>('load_test.headers') ?? {}, sourceOf('load_test.headers'), issues), target, notices);
  const endpoints = resolveEndpoints(get<EndpointSpec[]>('load_test.endpoints'), sourceOf('load_test.endpoints'), target, issues, notices);

  // Thresholds.
  const thresholds: Thresholds = {};
  for (const key of [...LATENCY_KEYS, 'error_rate', 'throughput'] as ThresholdKey[]) {
    const setting = merged.get(`thresholds.${thresholdSettingPath(key)}`);
    if (setting) thresholds[key] = { value: setting.value as number, source: setting.source };
  }
  checkPercentileOrder(thresholds, endpoints, issues, notices);
  const thresholdsAreDefaults = Object.keys(thresholds).length === 0 && !endpoints.some((e) => Object.keys(e.thresholds).length > 0);
  const defaulted = applyDefaultThresholds(thresholds, endpoints);
  if (defaulted.length > 0) notices.push(`${thresholdsAreDefaults ? 'no thresholds configured' : 'some thresholds not configured'}: judging against the default${defaulted.length === 1 ? '' : 's'} ${defaulted.join(' and ')}`);
  checkThroughputIsReachable(thresholds, endpoints, model, peak, issues);

  const canary = resolveCanary(input.mode, get<string>('canary.production_url'), sourceOf('canary.production_url'), get<number>('canary.confidence'), get<Criteria>('canary.criteria'), issues, notices);

  const rollback = resolveRollback(input.mode, get, sourceOf, isSet, issues, notices);
  const baseline = resolveBaseline(input.mode, get, sourceOf, isSet, endpoints, notices);

  const reportDir = get<string>('report.dir') ?? defaults.DEFAULT_OUTPUT_DIR;
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
  const load: LoadPlan = {
    model,
    pattern,
    profile,
    durationMs,
    warmupMs,
    peakUsers: model === 'closed' ? peak : 0,
    peakRate: model === 'open' ? peak : null,
    thinkTime,
    burst,
    maxInFlight,
    timeoutMs,
    seed: get<number>('load_test.seed') ?? input.randomSeed,
    minRequests: get<number>('load_test.min_requests') ?? defaults.DEFAULT_MIN_REQUESTS,
    abortOnFail: get<boolean>('load_test.abort_on_fail') ?? false,
  };
  const stageLoad = (stageMs: number): LoadPlan => ({
    ...load,
    durationMs: stageMs,
    profile: buildProfile({ model, pattern, durationMs: stageMs, concurrency, rate: rate ?? 0, rampUpMs: Math.min(rampUpMs, stageMs / 2), stages: [] }),
  });
  const shard = resolveShard(input.mode, get<{ index: number; count: number }>('load_test.shard'), sourceOf('load_test.shard'), load, notices, issues);
  if (shard && baseline) notices.push('the baseline is compared at the merge, which sees the whole run, not in each shard');
  const rollout = resolveRollout(input.mode, get, sourceOf, isSet, load, stageLoad, issues, notices);
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

  if (isSet('report.export_prefix') && !get<string[]>('report.export')?.length) notices.push('export_prefix is ignored: nothing is exported (pass --export locust-csv)');
  const resources = resolveResources(merged, issues);
  if (issues.length > 0) return { issues };

  const plan: Plan = {
    mode: input.mode,
    resources,
    pushgateway: pushgatewayUrl ? { url: pushgatewayUrl, instance: get<string>('prometheus.instance') ?? null } : null,
    slack: slackUrl ? { webhookUrl: slackUrl, notify: get<'failure' | 'always'>('slack.notify') ?? 'failure' } : null,
    rollout,
    rollback,
    target: target!,
    canary,
    environment: input.environment,
    configFile: input.configFile,
    load: shard ? shard.load : load,
    shard: shard ? shard.plan : null,
    // A shard sees part of the load: the merge compares the whole with the baseline.
    baseline: shard ? null : baseline,
    endpoints,
    headers: globalHeaders,
    thresholds,
    thresholdsAreDefaults,
    healthPath: get<string>('load_test.health_path') ?? null,
    waitForReadyMs: get<number>('load_test.wait_for_ready') ?? defaults.DEFAULT_WAIT_FOR_READY_MS,
    insecure: get<boolean>('load_test.insecure') ?? false,
    reportDir,
    deploymentReport: get<string>('report.deployment_report') ?? `${reportDir.replace(/\/+$/, '')}/deployment_report.md`,
    exports: { locustCsv: get<string[]>('report.export')?.includes('locust-csv') ? (get<string>('report.export_prefix') ?? `${reportDir.replace(/\/+$/, '')}/locust`) : null },
    secrets,
    notices,
    sources,
  };
  return { plan: deepFreeze(plan), issues };
}

/**
 * MERGED_BY_KEY: map-valued settings that layers merge name by name, the later layer winning for
 * the same name (a flag's X-Test header joins the file's Authorization header instead of replacing
 * it). Header names compare without case, as HTTP does. Lists (endpoints, stages) and everything
 * else are replaced whole by a later layer.
 */
const MERGED_BY_KEY: Record<string, 'headers' | 'plain'> = {
  'load_test.headers': 'headers',
  'rollback.inputs': 'plain',
  'canary.criteria': 'plain',
  regression: 'plain',
};

/** mergeLayers: one setting per key, lowest layer first; map-valued settings merge by key. */
export function mergeLayers(layers: readonly SettingMap[]): SettingMap {
  const merged: SettingMap = new Map();
  for (const layer of layers) {
    for (const [key, setting] of layer) {
      const how = Object.hasOwn(MERGED_BY_KEY, key) ? MERGED_BY_KEY[key] : undefined;
      const earlier = merged.get(key);
      if (!how || !isPlainMap(setting.value)) {
        merged.set(key, setting);
        continue;
      }
      // Starting from nothing still folds two spellings of one header in a single layer into one.
      const value: Record<string, unknown> = earlier && isPlainMap(earlier.value) ? { ...earlier.value } : {};
      for (const [name, v] of Object.entries(setting.value)) {
        if (how === 'headers') for (const old of Object.keys(value)) if (old.toLowerCase() === name.toLowerCase()) delete value[old];
        value[name] = v;
      }
      merged.set(key, { ...setting, value });
    }
  }
  return merged;
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * applyDefaultThresholds: every run is judged on errors and on latency. The default error-rate
 * ceiling applies unless error_rate itself is set, and the default p95 unless a latency percentile
 * is set; when only some endpoints set their own, each endpoint without one gets the default. One
 * latency limit therefore never switches the error check off, and one endpoint's limit never
 * leaves the others unjudged. Returns what was defaulted, for the plan's notice.
 */
function applyDefaultThresholds(thresholds: Thresholds, endpoints: EndpointPlan[]): string[] {
  const defaulted: string[] = [];
  const value = (v: number): Threshold => ({ value: v, source: DEFAULT_SOURCE });
  const hasLatency = (t: Thresholds) => LATENCY_KEYS.some((k) => t[k]);
  if (!hasLatency(thresholds)) {
    const own = endpoints.filter((e) => hasLatency(e.thresholds));
    if (own.length === 0) thresholds.p95 = value(defaults.DEFAULT_THRESHOLDS.p95);
    else for (const e of endpoints) if (!hasLatency(e.thresholds)) e.thresholds = { ...e.thresholds, p95: value(defaults.DEFAULT_THRESHOLDS.p95) };
    if (own.length < endpoints.length) defaulted.push(`p95 ≤ ${defaults.DEFAULT_THRESHOLDS.p95}ms${own.length > 0 ? ' on each endpoint without a latency limit of its own' : ''}`);
  }
  if (!thresholds.error_rate) {
    const own = endpoints.filter((e) => e.thresholds.error_rate);
    if (own.length === 0) thresholds.error_rate = value(defaults.DEFAULT_THRESHOLDS.error_rate);
    else for (const e of endpoints) if (!e.thresholds.error_rate) e.thresholds = { ...e.thresholds, error_rate: value(defaults.DEFAULT_THRESHOLDS.error_rate) };
    if (own.length < endpoints.length) defaulted.push(`error rate ≤ ${defaults.DEFAULT_THRESHOLDS.error_rate}%${own.length > 0 ? ' on each endpoint without its own' : ''}`);
  }
  return defaulted;
}

/** resolveResources: the sources the user named, and resource SLOs only where there is a source to judge. */
function resolveResources(merged: SettingMap, issues: ConfigIssue[]): ResourcesPlan | null {
  const get = <T>(key: string): T | undefined => merged.get(key)?.value as T | undefined;
  const threshold = (key: string): Threshold | null => (merged.has(key) ? { value: get<number>(key)!, source: merged.get(key)!.source } : null);
  const docker = get<string[]>('resources.docker.containers');
  const selector = get<string>('resources.kubernetes.selector');
  const promUrl = get<string>('resources.prometheus.url');
  const pid = get<number>('resources.process.pid') ?? null;
  if (promUrl && !get('resources.prometheus.cpu') && !get('resources.prometheus.memory')) {
    issues.push({ source: merged.get('resources.prometheus.url')!.source, message: 'querying Prometheus needs a cpu or memory expression (resources.prometheus.cpu / .memory, or --prometheus-cpu / --prometheus-memory)' });
  }
  const thresholds = { cpuPercent: threshold('resources.thresholds.cpu_percent'), memoryPercent: threshold('resources.thresholds.memory_percent') };
  if (!docker && !selector && !promUrl && pid === null) {
    const limit = thresholds.cpuPercent ?? thresholds.memoryPercent;
    if (limit) issues.push({ source: limit.source, message: 'a resource limit needs a source to read: resources.docker, .kubernetes, .prometheus or .process (or --docker-containers, --k8s-selector, --prometheus-url, --process-pid)' });
    return null;
  }
  return {
    intervalMs: get<number>('resources.interval') ?? defaults.DEFAULT_RESOURCES_INTERVAL_MS,
    docker: docker ? { containers: docker, socket: get<string>('resources.docker.socket') ?? null } : null,
    kubernetes: selector ? { namespace: get<string>('resources.kubernetes.namespace') ?? 'default', selector, kubeconfig: get<string>('resources.kubernetes.kubeconfig') ?? null } : null,
    prometheus: promUrl ? { url: promUrl, cpu: get<string>('resources.prometheus.cpu') ?? null, memory: get<string>('resources.prometheus.memory') ?? null, memoryLimit: get<string>('resources.prometheus.memory_limit') ?? null } : null,
    processPid: pid,
    thresholds,
  };
}

/**
 * resolveShard: a shard runs its part of the load (see pacing/shard.ts) with a seed of its
 * own, and never aborts early: only the merge sees the whole, so only the merge judges it.
 */
function resolveShard(mode: Mode, given: Shard | undefined, source: Source, load: LoadPlan, notices: string[], issues: ConfigIssue[]): { plan: ShardPlan; load: LoadPlan } | null {
  if (!given) return null;
  if (mode !== 'run') {
    issues.push({ source, message: `shards split a plain run across jobs; ${mode} mode cannot be sharded` });
    return null;
  }
  const profile = shardProfile(load.profile, load.model, given);
  const peak = Math.floor(profile.reduce((max, s) => Math.max(max, s.from, s.to), 0) + 1e-9);
  if (load.model === 'closed' && peak === 0) {
    issues.push({ source, message: `shard ${given.index} of ${given.count} would run no virtual users: ${load.peakUsers} users cannot be split ${given.count} ways; use fewer shards or more users` });
    return null;
  }
  const share = load.model === 'open' ? 1 / given.count : peak / load.peakUsers;
  if (load.abortOnFail) notices.push('abort_on_fail is off in a shard: only the merge sees the whole run');
  return {
    plan: { index: given.index, count: given.count, share, minRequests: load.minRequests },
    load: {
      ...load,
      profile,
      peakUsers: load.model === 'closed' ? peak : 0,
      peakRate: load.peakRate === null ? null : load.peakRate / given.count,
      maxInFlight: Math.max(1, Math.ceil(load.maxInFlight / given.count)),
      // Each shard draws its own endpoints and think times: the same seed everywhere would send N copies of one request sequence.
      seed: (load.seed + Math.imul(given.index - 1, 0x9e3779b9)) >>> 0,
      minRequests: Math.max(1, Math.ceil(load.minRequests * share)),
      abortOnFail: false,
    },
  };
}

export const DEFAULT_BASELINE_ARTIFACT = 'loadtest-baseline';

/** resolveBaseline: what this run is compared with; rules with no baseline to apply them to are a notice, not an error. */
function resolveBaseline(mode: Mode, get: <T>(key: string) => T | undefined, sourceOf: (key: string) => Source, isSet: (key: string) => boolean, endpoints: readonly EndpointPlan[], notices: string[]): BaselinePlan | null {
  const given = get<string>('baseline.source')?.trim();
  const rulesGiven = isSet('regression') || endpoints.some((e) => e.regression !== null);
  if (!given) {
    if (rulesGiven) notices.push('regression rules are ignored: there is no baseline to compare with (pass --baseline FILE or --baseline artifact)');
    return null;
  }
  if (mode === 'rollout') {
    notices.push('the baseline is ignored in a rollout: each stage is gated by its SLOs (and a canary comparison, if configured)');
    return null;
  }
  const artifactName = get<string>('baseline.artifact') ?? DEFAULT_BASELINE_ARTIFACT;
  const named = /^artifact(?::(.+))?$/.exec(given);
  const criteria = get<Criteria>('regression');
  const configured = criteria !== undefined && Object.keys(criteria).length > 0;
  return {
    source: named ? { kind: 'artifact', name: named[1]?.trim() || artifactName } : { kind: 'file', path: given },
    artifactName,
    failOnRegression: get<boolean>('baseline.fail_on_regression') ?? true,
    confidence: (get<number>('baseline.confidence') ?? defaults.DEFAULT_CONFIDENCE_PERCENT) / 100,
    criteria: configured ? criteria : DEFAULT_CRITERIA,
    criteriaAreDefaults: !configured,
    rulesSource: sourceOf('regression'),
  };
}

/** resolveRollout builds each stage's load for its duration; a rollout's stages replace the load profile's. */
function resolveRollout(
  mode: Mode,
  get: <T>(key: string) => T | undefined,
  sourceOf: (key: string) => Source,
  isSet: (key: string) => boolean,
  load: LoadPlan,
  stageLoad: (durationMs: number) => LoadPlan,
  issues: ConfigIssue[],
  notices: string[],
): RolloutPlan | null {
  const keys = ['rollout.stages', 'rollout.shift', 'rollout.hook_timeout', 'rollout.hooks.pre_rollout', 'rollout.hooks.post_stage', 'rollout.hooks.on_promote', 'rollout.hooks.on_rollback'];
  if (mode !== 'rollout') {
    if (keys.some(isSet)) notices.push('rollout settings are ignored: they apply to rollout mode');
    return null;
  }
  if (load.pattern === 'stages') issues.push({ source: sourceOf('load_test.stages'), message: 'in a rollout each stage\'s duration sets the length of its load test: use a pattern (sustained, ramp-up, burst) instead of load_test.stages' });
  const given = get<Array<{ name?: string; percentage?: number; duration?: number }>>('rollout.stages');
  const stages = (given ?? defaults.DEFAULT_ROLLOUT_STAGES).map((stage, i) => {
    if (stage.percentage === undefined || stage.duration === undefined) issues.push({ source: sourceOf('rollout.stages'), message: `rollout stage ${i + 1} needs a percentage and a duration` });
    const durationMs = stage.duration ?? 0;
    if (durationMs > 0 && load.warmupMs >= durationMs) issues.push({ source: sourceOf('load_test.warmup'), message: `warm-up ${formatMs(load.warmupMs)} must be shorter than rollout stage ${i + 1} (${formatMs(durationMs)})` });
    return { name: stage.name ?? `${stage.percentage}% Traffic`, percentage: stage.percentage ?? 0, load: stageLoad(durationMs) };
  });
  if (given && given.length === 0) issues.push({ source: sourceOf('rollout.stages'), message: 'expected at least one rollout stage' });
  const shift = get<string>('rollout.shift') ?? null;
  if (!shift) notices.push('no shift hook: the stages pace the load tests, but something else must move the traffic');
  const hook = (key: string) => get<string>(`rollout.hooks.${key}`) ?? null;
  return {
    stages,
    shift,
    hooks: { preRollout: hook('pre_rollout'), postStage: hook('post_stage'), onPromote: hook('on_promote'), onRollback: hook('on_rollback') },
    hookTimeoutMs: get<number>('rollout.hook_timeout') ?? defaults.DEFAULT_HOOK_TIMEOUT_MS,
  };
}

/** resolveRollback checks that an enabled rollback has what its method needs. */
function resolveRollback(mode: Mode, get: <T>(key: string) => T | undefined, sourceOf: (key: string) => Source, isSet: (key: string) => boolean, issues: ConfigIssue[], notices: string[]): RollbackPlan | null {
  const method = get<RollbackMethod>('rollback.method') ?? null;
  const hookOnly = mode === 'rollout' && isSet('rollout.hooks.on_rollback');
  if (!get<boolean>('rollback.auto')) {
    if (method || hookOnly) notices.push('rollback is configured but not enabled: pass --auto-rollback-on-loadfail (or set rollback.auto) to roll back when the gate fails');
    return null;
  }
  if (!method && !hookOnly) {
    issues.push({ source: sourceOf('rollback.auto'), message: `auto-rollback needs a method: --rollback ${['repository_dispatch', 'workflow_dispatch', 'command', 'webhook'].join(' | ')} (or rollback.method)` });
    return null;
  }
  const need = (key: string, what: string) => {
    if (!isSet(key)) issues.push({ source: sourceOf('rollback.method'), message: `rollback by ${method} needs ${what}` });
  };
  if (method === 'workflow_dispatch') need('rollback.workflow', 'the workflow to dispatch (--rollback-workflow rollback.yml, or rollback.workflow)');
  if (method === 'command') need('rollback.command', 'the command to run (--rollback-command, or rollback.command)');
  if (method === 'webhook') need('rollback.url', 'the URL to POST to (--rollback-url, or rollback.url)');
  const url = get<string>('rollback.url');
  if (url !== undefined && !/^https?:\/\//.test(url)) issues.push({ source: sourceOf('rollback.url'), message: `expected an http:// or https:// URL, got '${redactUrlText(url)}'` });
  return {
    method: method ?? null,
    eventType: get<string>('rollback.event_type') ?? 'loadtest-rollback',
    workflow: get<string>('rollback.workflow') ?? null,
    ref: get<string>('rollback.ref') ?? null,
    inputs: get<Record<string, string>>('rollback.inputs') ?? {},
    command: get<string>('rollback.command') ?? null,
    url: url ?? null,
    repository: get<string>('rollback.repository') ?? null,
    timeoutMs: get<number>('rollback.timeout') ?? defaults.DEFAULT_ROLLBACK_TIMEOUT_MS,
  };
}

/** resolveCanary checks canary mode's settings: a production URL is required there and pointless elsewhere. */
function resolveCanary(mode: Mode, url: string | undefined, source: Source, confidence: number | undefined, criteria: Criteria | undefined, issues: ConfigIssue[], notices: string[]): CanaryPlan | null {
  if (url === undefined) {
    if (mode === 'canary') issues.push({ source, message: 'canary mode compares with production: pass --production-url URL, set LOADTEST_PRODUCTION_URL, or set canary.production_url' });
    return null;
  }
  if (mode === 'run') {
    notices.push('production_url is ignored: it applies to canary and rollout modes');
    return null;
  }
  const productionUrl = resolveTarget(url, source, issues, 'production');
  if (!productionUrl) return null;
  const configured = criteria !== undefined && Object.keys(criteria).length > 0;
  return { productionUrl, confidence: (confidence ?? defaults.DEFAULT_CONFIDENCE_PERCENT) / 100, criteria: configured ? criteria : DEFAULT_CRITERIA, criteriaAreDefaults: !configured };
}

function resolveTarget(raw: string | undefined, source: Source, issues: ConfigIssue[], what = 'target'): string | undefined {
  if (raw === undefined) {
    issues.push({ source, message: 'no target: pass --target URL, set LOADTEST_TARGET, or set load_test.target in the config' });
    return undefined;
  }
  // "localhost:8080" would parse as a URL of scheme "localhost:": a host without a scheme is the usual slip.
  const bare = raw.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(bare)) {
    const host = /^(https?):?\/*(?=[^/:])/i.exec(bare) ? bare.replace(/^(https?):?\/*/i, '') : bare;
    const scheme = host !== bare ? bare.slice(0, /^https/i.test(bare) ? 5 : 4).toLowerCase() : /^(localhost|127\.|0\.0\.0\.0|\[::1\])|:\d+([/?#]|$)/i.test(bare) ? 'http' : 'https';
    if (/^([\w-]+(\.[\w-]+)*|\[[\d:a-f.]+\])(:\d+)?([/?#](?!\/)\S*)?$/i.test(host)) {
      // The text may carry a token in its query: shown the way every URL is, redacted.
      issues.push({ source, message: `expected a ${what} URL starting with http:// or https://, got '${redactPath(redactUrlText(bare))}' (did you mean '${redactPath(redactUrlText(`${scheme}://${host}`))}'?)` });
      return undefined;
    }
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    issues.push({ source, message: `expected a ${what} URL like https://${what === 'target' ? 'canary' : 'www'}.example.com, got '${redactUrlText(raw)}'` });
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    issues.push({ source, message: `expected an http:// or https:// URL, got ${url.protocol}//…${didYouMean(url.protocol.replace(':', ''), ['http', 'https'])}` });
    return undefined;
  }
  return url.toString();
}

/** redactUrlText hides what looks like credentials in a string that failed to parse as a URL. */
function redactUrlText(text: string): string {
  return text.replace(/\/\/[^/@\s]*@/, '//***@');
}

function resolveEndpoints(specs: EndpointSpec[] | undefined, source: Source, target: string | undefined, issues: ConfigIssue[], notices: string[]): EndpointPlan[] {
  if (!specs) {
    // With no endpoints configured, the target URL itself is requested.
    const url = target ? new URL(target) : null;
    return [{ name: `GET ${url ? url.pathname + url.search : '/'}`, method: 'GET', path: '', headers: {}, body: null, weight: 1, expectStatus: null, thresholds: {}, regression: null }];
  }
  const given = specs.filter((s) => s.weight !== null).length;
  if (given > 0 && given < specs.length) {
    issues.push({ source, message: `give every endpoint a weight or none (equal shares): ${specs.length - given} of ${specs.length} have none` });
    return [];
  }
  const weights = specs.map((s) => s.weight ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) {
    issues.push({ source, message: 'endpoint weights sum to 0; at least one endpoint needs a positive weight' });
    return [];
  }
  if (given > 0 && Math.abs(sum - 1) > 1e-6) notices.push(`endpoint weights sum to ${+sum.toFixed(4)}, not 1: normalised to shares of 100%`);
  return specs.map((spec, i) => ({
    name: spec.name,
    method: spec.method,
    path: spec.path,
    headers: checkHeaders(spec.headers, spec.source, issues),
    body: spec.body,
    weight: weights[i] / sum,
    expectStatus: spec.expectStatus,
    thresholds: spec.thresholds,
    regression: spec.regression,
  }));
}

/**
 * withUrlCredentials: a target like https://user:pass@canary… is sent with Basic authorization, as
 * curl and browsers do, instead of the credentials being dropped without a word. An Authorization
 * header set anywhere wins, and the plan says the URL's credentials were not used.
 */
function withUrlCredentials(headers: Record<string, string>, target: string | undefined, notices: string[]): Record<string, string> {
  if (!target) return headers;
  const url = new URL(target);
  if (!url.username && !url.password) return headers;
  if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) {
    notices.push("the target URL's user and password are not used: an Authorization header is set");
    return headers;
  }
  const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  notices.push("the target URL's user and password are sent as Basic authorization");
  return { ...headers, Authorization: `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}` };
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * checkHeaders trims values (a YAML block scalar ends in a newline) and refuses what cannot go on
 * the wire: names that are not HTTP tokens, values with line breaks or characters outside Latin-1.
 * Values are never echoed: they may be secrets.
 */
function checkHeaders(headers: Record<string, string>, source: Source, issues: ConfigIssue[]): Record<string, string> {
  const checked: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers)) {
    const value = String(raw).trim();
    if (!HEADER_NAME.test(name)) issues.push({ source, message: `'${name}' is not a valid header name (letters, digits and !#$%&'*+.^_\`|~- only)` });
    else if (/[\r\n]/.test(value) || value.includes('\0')) issues.push({ source, message: `header ${name}: the value contains a line break, which HTTP does not allow` });
    else if ([...value].some((c) => c.charCodeAt(0) > 0xff)) issues.push({ source, message: `header ${name}: the value has characters outside Latin-1; percent-encode or base64 them` });
    else checked[name] = value;
  }
  return checked;
}

/** checkThroughputIsReachable stops a gate that can only fail: a minimum throughput above the rate it sends. */
function checkThroughputIsReachable(thresholds: Thresholds, endpoints: EndpointPlan[], model: 'open' | 'closed', peakRate: number, issues: ConfigIssue[]): void {
  if (model !== 'open') return;
  const check = (threshold: Thresholds['throughput'], share: number, what: string) => {
    if (threshold && threshold.value > peakRate * share * 1.0001) {
      issues.push({ source: threshold.source, message: `${what} throughput minimum ${threshold.value} req/s can never be met: the plan sends at most ${+(peakRate * share).toFixed(2)} req/s` });
    }
  };
  check(thresholds.throughput, 1, 'the');
  for (const endpoint of endpoints) check(endpoint.thresholds.throughput, endpoint.weight, `${endpoint.name}'s`);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

export type { Setting };
