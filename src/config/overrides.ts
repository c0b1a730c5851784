// Every setting that can be overridden from outside the file, with its flag, its environment
// variable and its action input. One table, so the CLI help, the action and the docs cannot drift.

import { type ConfigIssue, type Source } from './issues.js';
import { fieldAt } from './schema.js';
import type { Setting, SettingMap } from './yaml-reader.js';
import { readInline } from './yaml-reader.js';

export interface Override {
  setting: string;
  flag: string;
  env: string;
  /** input is the action input name; absent where the action has no such input. */
  input?: string;
  /** kind says how the text is read: by the setting's own parser, as inline YAML, as a switch, or as header lines. */
  kind: 'value' | 'yaml' | 'switch' | 'headers';
  valueName: string;
  help: string;
}

const TABLE = [
  { setting: 'load_test.target', flag: '--target', env: 'LOADTEST_TARGET', input: 'target-url', kind: 'value', valueName: 'URL', help: 'base URL of the service under test' },
  { setting: 'load_test.concurrency', flag: '--concurrency', env: 'LOADTEST_CONCURRENCY', input: 'concurrency', kind: 'value', valueName: 'N', help: 'virtual users (closed model), 1 to 10,000' },
  { setting: 'load_test.rate', flag: '--rate', env: 'LOADTEST_RATE', input: 'rate', kind: 'value', valueName: 'R', help: 'arrivals per second (open model), e.g. 200 or "200 req/sec"' },
  { setting: 'load_test.duration', flag: '--duration', env: 'LOADTEST_DURATION', input: 'duration', kind: 'value', valueName: 'D', help: 'run length, e.g. 60s, 5m (plain numbers are seconds)' },
  { setting: 'load_test.pattern', flag: '--pattern', env: 'LOADTEST_PATTERN', input: 'pattern', kind: 'value', valueName: 'P', help: 'sustained | burst | ramp-up' },
  { setting: 'load_test.ramp_up', flag: '--ramp-up', env: 'LOADTEST_RAMP_UP', kind: 'value', valueName: 'D', help: 'ramp-up period (default 30s, at most half the run)' },
  { setting: 'load_test.stages', flag: '--load-stages', env: 'LOADTEST_LOAD_STAGES', kind: 'yaml', valueName: 'YAML', help: 'load profile as YAML/JSON: [{duration: 30s, target: 50}, ...]' },
  { setting: 'load_test.warmup', flag: '--warmup', env: 'LOADTEST_WARMUP', input: 'warmup', kind: 'value', valueName: 'D', help: 'first part of the run excluded from the SLOs' },
  { setting: 'load_test.timeout', flag: '--timeout', env: 'LOADTEST_TIMEOUT', kind: 'value', valueName: 'D', help: 'per-request timeout (default 10s)' },
  { setting: 'load_test.think_time', flag: '--think-time', env: 'LOADTEST_THINK_TIME', kind: 'value', valueName: 'D', help: 'pause between a user\'s requests: 100ms or 10ms-100ms' },
  { setting: 'load_test.burst.size', flag: '--burst-size', env: 'LOADTEST_BURST_SIZE', kind: 'value', valueName: 'N', help: 'requests per burst (burst pattern, default 10)' },
  { setting: 'load_test.burst.pause', flag: '--burst-pause', env: 'LOADTEST_BURST_PAUSE', kind: 'value', valueName: 'D', help: 'pause after a burst (default 500ms-2s)' },
  { setting: 'load_test.max_in_flight', flag: '--max-in-flight', env: 'LOADTEST_MAX_IN_FLIGHT', kind: 'value', valueName: 'N', help: 'open model: cap on requests in flight (default 1000)' },
  { setting: 'load_test.http_version', flag: '--http-version', env: 'LOADTEST_HTTP_VERSION', input: 'http-version', kind: 'value', valueName: 'V', help: '1.1 (default) | auto (HTTP/2 where TLS negotiates h2 by ALPN, else HTTP/1.1) | 2 (h2 over TLS, required at the pre-flight; h2c with prior knowledge over http://)' },
  { setting: 'load_test.max_streams_per_connection', flag: '--max-streams-per-connection', env: 'LOADTEST_MAX_STREAMS_PER_CONNECTION', input: 'max-streams-per-connection', kind: 'value', valueName: 'N', help: 'HTTP/2: streams one connection carries at once; more users or requests in flight open more connections (default 100, never above the server\'s SETTINGS_MAX_CONCURRENT_STREAMS)' },
  { setting: 'load_test.trace', flag: '--trace', env: 'LOADTEST_TRACE', input: 'trace', kind: 'switch', valueName: '', help: 'send a W3C traceparent on every request and keep the slowest requests\' trace IDs (and every failed one\'s) in the report (default off: load-test traces can flood a tracing backend)' },
  { setting: 'load_test.trace_sampled', flag: '--trace-sampled', env: 'LOADTEST_TRACE_SAMPLED', input: 'trace-sampled', kind: 'value', valueName: 'B', help: 'the traceparent\'s sampled flag: true (default: 01, record these requests) | false (00: the service\'s sampler decides)' },
  { setting: 'load_test.trace_url', flag: '--trace-url', env: 'LOADTEST_TRACE_URL', input: 'trace-url', kind: 'value', valueName: 'URL', help: 'link to one trace in the reports, with {trace_id} where its ID goes, e.g. https://tempo.example/trace/{trace_id}' },
  { setting: 'load_test.trace_slowest', flag: '--trace-slowest', env: 'LOADTEST_TRACE_SLOWEST', input: 'trace-slowest', kind: 'value', valueName: 'N', help: 'slowest requests per endpoint whose trace IDs are kept (default 10, at most 100)' },
  { setting: 'load_test.seed', flag: '--seed', env: 'LOADTEST_SEED', kind: 'value', valueName: 'N', help: 'random seed, for a reproducible request sequence' },
  { setting: 'load_test.shard', flag: '--shard', env: 'LOADTEST_SHARD', input: 'shard', kind: 'value', valueName: 'I/N', help: 'run shard I of N: 1/N of the users or rate, its own seed; merge the shards with `merge`' },
  { setting: 'load_test.endpoints', flag: '--endpoints', env: 'LOADTEST_ENDPOINTS', input: 'endpoints', kind: 'yaml', valueName: 'YAML', help: 'endpoints as YAML: {"/api/users": 0.7, "/api/orders": 0.3}' },
  { setting: 'load_test.headers', flag: '--header', env: 'LOADTEST_HEADERS', input: 'headers', kind: 'headers', valueName: '"Name: value"', help: 'request header (repeatable; values are treated as secrets)' },
  { setting: 'load_test.health_path', flag: '--health-path', env: 'LOADTEST_HEALTH_PATH', input: 'health-path', kind: 'value', valueName: 'PATH', help: 'pre-flight GET that must answer 2xx, e.g. /api/health' },
  { setting: 'load_test.wait_for_ready', flag: '--wait-for-ready', env: 'LOADTEST_WAIT_FOR_READY', input: 'wait-for-ready', kind: 'value', valueName: 'D', help: 'wait up to this long for a target that is still starting (connection refused, 502/503/504) before giving up; 0 fails at once (default 10s; the action 60s)' },
  { setting: 'load_test.insecure', flag: '--insecure', env: 'LOADTEST_INSECURE', kind: 'switch', valueName: '', help: 'accept invalid TLS certificates (self-signed canaries)' },
  { setting: 'load_test.min_requests', flag: '--min-requests', env: 'LOADTEST_MIN_REQUESTS', kind: 'value', valueName: 'N', help: 'fewer measured requests than this is inconclusive (default 100)' },
  { setting: 'load_test.decide_early', flag: '--decide-early', env: 'LOADTEST_DECIDE_EARLY', input: 'decide-early', kind: 'switch', valueName: '', help: 'duration becomes the maximum: stop as soon as every SLO and comparison is decided, with the error rate spent over fixed looks (default: on for canary, off for run; LOADTEST_DECIDE_EARLY=false turns it off)' },
  { setting: 'load_test.min_duration', flag: '--min-duration', env: 'LOADTEST_MIN_DURATION', input: 'min-duration', kind: 'value', valueName: 'D', help: 'with decide-early: no decision before this much measured load (default 10s)' },
  { setting: 'load_test.abort_on_fail', flag: '--abort-on-fail', env: 'LOADTEST_ABORT_ON_FAIL', kind: 'switch', valueName: '', help: 'stop early once an SLO can no longer be met' },
  { setting: 'thresholds.latency.p50', flag: '--p50', env: 'LOADTEST_P50', input: 'p50-ms', kind: 'value', valueName: 'MS', help: 'p50 latency limit, e.g. 100ms' },
  { setting: 'thresholds.latency.p90', flag: '--p90', env: 'LOADTEST_P90', kind: 'value', valueName: 'MS', help: 'p90 latency limit' },
  { setting: 'thresholds.latency.p95', flag: '--p95', env: 'LOADTEST_P95', input: 'p95-ms', kind: 'value', valueName: 'MS', help: 'p95 latency limit, e.g. 250ms' },
  { setting: 'thresholds.latency.p99', flag: '--p99', env: 'LOADTEST_P99', input: 'p99-ms', kind: 'value', valueName: 'MS', help: 'p99 latency limit, e.g. 400ms' },
  { setting: 'thresholds.latency.p999', flag: '--p999', env: 'LOADTEST_P999', kind: 'value', valueName: 'MS', help: 'p99.9 latency limit' },
  { setting: 'thresholds.error_rate', flag: '--error-rate', env: 'LOADTEST_ERROR_RATE', input: 'max-error-rate', kind: 'value', valueName: 'PCT', help: 'maximum error rate, e.g. 0.5%' },
  { setting: 'thresholds.throughput', flag: '--throughput', env: 'LOADTEST_THROUGHPUT', input: 'min-throughput', kind: 'value', valueName: 'RPS', help: 'minimum throughput, e.g. "1000 req/sec"' },
  { setting: 'thresholds.decision', flag: '--decision', env: 'LOADTEST_DECISION', input: 'decision', kind: 'value', valueName: 'HOW', help: 'a threshold check too close to call (its 95% interval holds the limit): point (decide on the measured value, default) | confident (inconclusive until clear)' },
  { setting: 'canary.production_url', flag: '--production-url', env: 'LOADTEST_PRODUCTION_URL', input: 'production-url', kind: 'value', valueName: 'URL', help: 'canary mode: production, measured under the same load at the same time' },
  { setting: 'canary.confidence', flag: '--confidence', env: 'LOADTEST_CONFIDENCE', input: 'confidence', kind: 'value', valueName: 'PCT', help: 'canary mode: confidence of the comparison (default 98%)' },
  { setting: 'canary.criteria', flag: '--criteria', env: 'LOADTEST_CRITERIA', input: 'canary-criteria', kind: 'yaml', valueName: 'YAML', help: 'canary mode: rules, e.g. {p95: "<=+10%", error_rate: "<=+0.5"}' },
  { setting: 'canary.required', flag: '--required', env: 'LOADTEST_REQUIRED', input: 'required-metrics', kind: 'value', valueName: 'LIST', help: 'canary mode: metrics the comparison must decide, e.g. p50,p95,p99,error_rate (default: those of p50, p90, p95 and the error rate with rules; p99 and p99.9 are judged when the run can resolve them)' },
  { setting: 'baseline.source', flag: '--baseline', env: 'LOADTEST_BASELINE', input: 'baseline', kind: 'value', valueName: 'FILE|artifact', help: 'compare with a baseline: a results.json or Locust _stats.csv, or "artifact" (the newest baseline artifact of the default branch)' },
  { setting: 'baseline.artifact', flag: '--baseline-artifact', env: 'LOADTEST_BASELINE_ARTIFACT', input: 'baseline-artifact', kind: 'value', valueName: 'NAME', help: 'name of the baseline artifact to look for and to save (default loadtest-baseline)' },
  { setting: 'regression', flag: '--regression', env: 'LOADTEST_REGRESSION', input: 'regression-rules', kind: 'yaml', valueName: 'YAML', help: 'regression rules vs the baseline, e.g. {p95: "<=+10%", error_rate: "<=+0.5"}' },
  { setting: 'baseline.fail_on_regression', flag: '--fail-on-regression', env: 'LOADTEST_FAIL_ON_REGRESSION', input: 'fail-on-regression', kind: 'value', valueName: 'BOOL', help: 'a regression against the baseline fails the gate (default true)' },
  { setting: 'baseline.required', flag: '--regression-required', env: 'LOADTEST_REGRESSION_REQUIRED', input: 'regression-required', kind: 'value', valueName: 'LIST', help: 'metrics the baseline comparison must decide (default: those of p50, p90, p95 and the error rate with rules)' },
  { setting: 'baseline.confidence', flag: '--baseline-confidence', env: 'LOADTEST_BASELINE_CONFIDENCE', input: 'baseline-confidence', kind: 'value', valueName: 'PCT', help: 'confidence of the baseline comparison (default 98%)' },
  { setting: 'rollback.auto', flag: '--auto-rollback-on-loadfail', env: 'LOADTEST_AUTO_ROLLBACK', input: 'auto-rollback-on-loadfail', kind: 'switch', valueName: '', help: 'roll back when the gate fails' },
  { setting: 'rollback.method', flag: '--rollback', env: 'LOADTEST_ROLLBACK', input: 'rollback', kind: 'value', valueName: 'HOW', help: 'repository_dispatch | workflow_dispatch | command | webhook' },
  { setting: 'rollback.event_type', flag: '--rollback-event-type', env: 'LOADTEST_ROLLBACK_EVENT_TYPE', input: 'rollback-event-type', kind: 'value', valueName: 'TYPE', help: 'repository_dispatch event type (default loadtest-rollback)' },
  { setting: 'rollback.workflow', flag: '--rollback-workflow', env: 'LOADTEST_ROLLBACK_WORKFLOW', input: 'rollback-workflow', kind: 'value', valueName: 'FILE', help: 'workflow_dispatch: the workflow file or id, e.g. rollback.yml' },
  { setting: 'rollback.ref', flag: '--rollback-ref', env: 'LOADTEST_ROLLBACK_REF', input: 'rollback-ref', kind: 'value', valueName: 'REF', help: 'workflow_dispatch: the branch or tag (default: this run\'s, else main)' },
  { setting: 'rollback.inputs', flag: '--rollback-inputs', env: 'LOADTEST_ROLLBACK_INPUTS', input: 'rollback-inputs', kind: 'yaml', valueName: 'YAML', help: 'workflow_dispatch: inputs, e.g. {service: backend-v2}' },
  { setting: 'rollback.command', flag: '--rollback-command', env: 'LOADTEST_ROLLBACK_COMMAND', input: 'rollback-command', kind: 'value', valueName: 'CMD', help: 'command: e.g. "kubectl rollout undo deployment/backend-v2"' },
  { setting: 'rollback.url', flag: '--rollback-url', env: 'LOADTEST_ROLLBACK_URL', input: 'rollback-url', kind: 'value', valueName: 'URL', help: 'webhook: POSTed the verdict as JSON' },
  { setting: 'rollback.repository', flag: '--rollback-repository', env: 'LOADTEST_ROLLBACK_REPOSITORY', input: 'rollback-repository', kind: 'value', valueName: 'OWNER/NAME', help: 'dispatch to this repository (default: GITHUB_REPOSITORY)' },
  { setting: 'rollout.stages', flag: '--stages', env: 'LOADTEST_ROLLOUT_STAGES', input: 'rollout-stages', kind: 'yaml', valueName: 'YAML', help: 'rollout stages: [{name, percentage, duration}, ...] (default 5%/5m, 25%/10m, 50%/15m, 100%/5m)' },
  { setting: 'rollout.shift', flag: '--shift', env: 'LOADTEST_SHIFT', input: 'shift', kind: 'value', valueName: 'CMD|URL', help: 'rollout: sets the traffic weight before each stage; a command ({percentage}, {stage}) or a webhook URL' },
  { setting: 'rollout.hooks.pre_rollout', flag: '--pre-rollout', env: 'LOADTEST_PRE_ROLLOUT', input: 'pre-rollout', kind: 'value', valueName: 'CMD|URL', help: 'rollout: runs before the first stage' },
  { setting: 'rollout.hooks.post_stage', flag: '--post-stage', env: 'LOADTEST_POST_STAGE', input: 'post-stage', kind: 'value', valueName: 'CMD|URL', help: 'rollout: runs after each stage\'s load test' },
  { setting: 'rollout.hooks.on_promote', flag: '--on-promote', env: 'LOADTEST_ON_PROMOTE', input: 'on-promote', kind: 'value', valueName: 'CMD|URL', help: 'rollout: runs when every stage passed' },
  { setting: 'rollout.hooks.on_rollback', flag: '--on-rollback', env: 'LOADTEST_ON_ROLLBACK', input: 'on-rollback', kind: 'value', valueName: 'CMD|URL', help: 'rollout: runs when the rollout halts' },
  { setting: 'rollout.hook_timeout', flag: '--hook-timeout', env: 'LOADTEST_HOOK_TIMEOUT', input: 'hook-timeout', kind: 'value', valueName: 'D', help: 'rollout: how long a hook may take (default 60s)' },
  { setting: 'prometheus.pushgateway_url', flag: '--pushgateway-url', env: 'PROMETHEUS_PUSHGATEWAY_URL', input: 'pushgateway-url', kind: 'value', valueName: 'URL', help: 'push the run\'s metrics to this Prometheus Pushgateway' },
  { setting: 'prometheus.instance', flag: '--pushgateway-instance', env: 'LOADTEST_PUSHGATEWAY_INSTANCE', input: 'pushgateway-instance', kind: 'value', valueName: 'NAME', help: 'instance label of the pushed group (default: the workflow run, else loadtest-<time>)' },
  { setting: 'prometheus.remote_write_url', flag: '--prometheus-remote-write', env: 'PROMETHEUS_REMOTE_WRITE_URL', input: 'prometheus-remote-write', kind: 'value', valueName: 'URL', help: 'send the run\'s per-second series and its summary with the verdict to this Prometheus remote write receiver (user:password@ in the URL goes as Basic auth)' },
  { setting: 'prometheus.remote_write_headers', flag: '--prometheus-remote-write-header', env: 'LOADTEST_PROMETHEUS_REMOTE_WRITE_HEADERS', input: 'prometheus-remote-write-headers', kind: 'headers', valueName: '"Name: value"', help: 'header sent with remote write, e.g. "Authorization: Bearer …" or "X-Scope-OrgID: team" (repeatable; values are treated as secrets)' },
  { setting: 'otlp.endpoint', flag: '--otlp-endpoint', env: 'LOADTEST_OTLP_ENDPOINT', input: 'otlp-endpoint', kind: 'value', valueName: 'URL', help: 'export the same metrics over OTLP/HTTP to this OpenTelemetry Collector, e.g. http://collector:4318 (/v1/metrics is added unless the path ends in it)' },
  { setting: 'otlp.protocol', flag: '--otlp-protocol', env: 'LOADTEST_OTLP_PROTOCOL', input: 'otlp-protocol', kind: 'value', valueName: 'P', help: 'http/protobuf (default) | http/json' },
  { setting: 'otlp.headers', flag: '--otlp-header', env: 'LOADTEST_OTLP_HEADERS', input: 'otlp-headers', kind: 'headers', valueName: '"Name: value"', help: 'header sent with the OTLP export, e.g. "Authorization: Bearer …" (repeatable; values are treated as secrets)' },
  { setting: 'slack.webhook_url', flag: '--slack-webhook-url', env: 'SLACK_WEBHOOK_URL', input: 'slack-webhook-url', kind: 'value', valueName: 'URL', help: 'Slack incoming webhook told about failed runs (a secret)' },
  { setting: 'slack.notify', flag: '--slack-notify', env: 'LOADTEST_SLACK_NOTIFY', input: 'slack-notify', kind: 'value', valueName: 'WHEN', help: 'failure (default: fail or inconclusive) | always' },
  { setting: 'resources.docker.containers', flag: '--docker-containers', env: 'LOADTEST_DOCKER_CONTAINERS', input: 'docker-containers', kind: 'value', valueName: 'NAMES', help: 'sample these containers\' CPU and memory from the Docker socket' },
  { setting: 'resources.kubernetes.selector', flag: '--k8s-selector', env: 'LOADTEST_K8S_SELECTOR', input: 'k8s-selector', kind: 'value', valueName: 'LABELS', help: 'sample pods matching this label selector (metrics.k8s.io)' },
  { setting: 'resources.kubernetes.namespace', flag: '--k8s-namespace', env: 'LOADTEST_K8S_NAMESPACE', input: 'k8s-namespace', kind: 'value', valueName: 'NS', help: 'the pods\' namespace (default: default)' },
  { setting: 'resources.kubernetes.kubeconfig', flag: '--kubeconfig', env: 'LOADTEST_KUBECONFIG', input: 'kubeconfig', kind: 'value', valueName: 'FILE', help: 'kubeconfig (default: in-cluster account, else KUBECONFIG or ~/.kube/config)' },
  { setting: 'resources.prometheus.url', flag: '--prometheus-url', env: 'LOADTEST_PROMETHEUS_URL', input: 'prometheus-url', kind: 'value', valueName: 'URL', help: 'query the target\'s CPU and memory from this Prometheus' },
  { setting: 'resources.prometheus.cpu', flag: '--prometheus-cpu', env: 'LOADTEST_PROMETHEUS_CPU', input: 'prometheus-cpu', kind: 'value', valueName: 'PROMQL', help: 'PromQL giving CPU in percent of a core' },
  { setting: 'resources.prometheus.memory', flag: '--prometheus-memory', env: 'LOADTEST_PROMETHEUS_MEMORY', input: 'prometheus-memory', kind: 'value', valueName: 'PROMQL', help: 'PromQL giving memory in bytes' },
  { setting: 'resources.process.pid', flag: '--process-pid', env: 'LOADTEST_PROCESS_PID', input: 'process-pid', kind: 'value', valueName: 'PID', help: 'sample a local process from /proc (a service started in the job)' },
  { setting: 'resources.interval', flag: '--resources-interval', env: 'LOADTEST_RESOURCES_INTERVAL', input: 'resources-interval', kind: 'value', valueName: 'D', help: 'how often to sample the target\'s resources (default 5s)' },
  { setting: 'resources.thresholds.cpu_percent', flag: '--max-cpu', env: 'LOADTEST_MAX_CPU', input: 'max-cpu-percent', kind: 'value', valueName: 'PCT', help: 'SLO: the target\'s average CPU under load, percent of a core' },
  { setting: 'resources.thresholds.memory_percent', flag: '--max-memory', env: 'LOADTEST_MAX_MEMORY', input: 'max-memory-percent', kind: 'value', valueName: 'PCT', help: 'SLO: the target\'s average memory under load, percent of its limit' },
  { setting: 'report.dir', flag: '--output', env: 'LOADTEST_OUTPUT', input: 'report-dir', kind: 'value', valueName: 'DIR', help: 'report directory (default ./loadtest-report)' },
  { setting: 'report.export', flag: '--export', env: 'LOADTEST_EXPORT', input: 'export', kind: 'value', valueName: 'FORMAT', help: 'also write this format: locust-csv (Locust\'s _stats.csv, _stats_history.csv, _failures.csv)' },
  { setting: 'report.export_prefix', flag: '--export-prefix', env: 'LOADTEST_EXPORT_PREFIX', input: 'export-prefix', kind: 'value', valueName: 'PREFIX', help: 'path prefix of exported files (default <output>/locust, giving locust_stats.csv)' },
  { setting: 'report.deployment_report', flag: '--deployment-report', env: 'LOADTEST_DEPLOYMENT_REPORT', input: 'deployment-report', kind: 'value', valueName: 'FILE', help: 'deployment report to append to (default <output>/deployment_report.md)' },
] as const satisfies readonly Override[];

export const OVERRIDES: readonly Override[] = TABLE;

/** OverrideSetting: a setting the table holds (config/vocabulary.ts names an option by it). */
export type OverrideSetting = (typeof TABLE)[number]['setting'];

/** RawOverrides are texts as given: flag values by setting path (a list for repeatable flags). */
export type RawOverrides = ReadonlyMap<string, string | readonly string[] | boolean>;

/**
 * readOverrides parses flags, variables or action inputs into a settings layer with the same
 * parsers the file uses, so "--p95 fast" fails exactly like "p95: fast" does.
 */
export function readOverrides(raw: RawOverrides, sourceOf: (o: Override) => Source, env: Readonly<Record<string, string | undefined>>): { settings: SettingMap; issues: ConfigIssue[] } {
  const settings: SettingMap = new Map();
  const issues: ConfigIssue[] = [];
  for (const override of OVERRIDES) {
    const given = raw.get(override.setting);
    if (given === undefined) continue;
    const source = sourceOf(override);
    const setting = readOne(override, given, source, env, issues);
    if (setting) settings.set(override.setting, setting);
  }
  return { settings, issues };
}

function readOne(override: Override, given: string | readonly string[] | boolean, source: Source, env: Readonly<Record<string, string | undefined>>, issues: ConfigIssue[]): Setting | undefined {
  const field = fieldAt(override.setting);
  if (!field) throw new Error(`override table names unknown setting ${override.setting}`);
  const texts = typeof given === 'boolean' ? [String(given)] : typeof given === 'string' ? [given] : [...given];
  switch (override.kind) {
    case 'headers': {
      const headers = parseHeaderLines(texts.flatMap((t) => t.split(/\r?\n/)), source, issues);
      return headers && { value: headers, source };
    }
    case 'yaml': {
      const read = readInline(texts[texts.length - 1], source, field, override.setting, env);
      issues.push(...read.issues);
      return read.setting;
    }
    case 'switch':
    case 'value': {
      if (field.kind !== 'leaf') throw new Error(`override ${override.flag} must name a leaf setting`);
      const parsed = field.parse(texts[texts.length - 1]);
      if (!parsed.ok) {
        issues.push({ source, message: parsed.error });
        return undefined;
      }
      return { value: parsed.value, source };
    }
  }
}

/** parseHeaderLines reads "Name: value" lines (blank lines skipped), as in a multi-line action input. */
export function parseHeaderLines(lines: readonly string[], source: Source, issues: ConfigIssue[]): Record<string, string> | undefined {
  const headers: Record<string, string> = {};
  let ok = true;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    const expected = `expected a header line like "Authorization: Bearer …"`;
    const which = lines.length > 1 ? `line ${i + 1}` : 'the line';
    // The value may be a secret, and a line without a colon may be nothing but a token: quote at
    // most the name before the colon, never anything after it.
    if (colon < 0) issues.push({ source, message: `${expected}; ${which} has no ':' (${line.trim().length} characters, not shown: it may be a secret)` });
    else if (name === '') issues.push({ source, message: `${expected}; ${which} has nothing before its ':'` });
    else if (name === '__proto__') issues.push({ source, message: `'${name}' cannot be used as a header name` });
    else if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) issues.push({ source, message: `${expected}; '${name.slice(0, 40)}${name.length > 40 ? '…' : ''}' (before the ':' on ${which}) is not a valid header name (letters, digits and !#$%&'*+.^_\`|~- only)` });
    else {
      headers[name] = line.slice(colon + 1).trim();
      continue;
    }
    ok = false;
  }
  return ok ? headers : undefined;
}
