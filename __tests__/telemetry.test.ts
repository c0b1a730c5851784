// The run's series and summary sent where SREs already look: a real Prometheus (Debian's package,
// remote write receiver on) and a test OTLP collector receive real runs of the CLI against local
// servers, and what they hold is read back and compared with results.json, number for number.
// Then exporters that fail: a warning with the status and body, never a changed verdict or exit
// code, and never a secret shown.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { publish } from '../src/app/publish.js';
import type { OtlpProtocol } from '../src/config/plan.js';
import { runLoadTest } from '../src/app/run.js';
import { main } from '../src/cli/main.js';
import { exportOtlp } from '../src/integrations/otlp.js';
import { otlpEnvironment } from '../src/integrations/otlp-environment.js';
import { pushMetrics } from '../src/integrations/pushgateway.js';
import { decodeWriteRequest, remoteWriteRequests } from '../src/integrations/remote-write-request.js';
import { writeRemote } from '../src/integrations/remote-write.js';
import { postToSlack } from '../src/integrations/slack.js';
import { renderPlan } from '../src/report/console.js';
import type { RunReport } from '../src/report/model.js';
import { type Telemetry, telemetryOf } from '../src/report/telemetry.js';
import { TOOL_VERSION } from '../src/version.js';
import { runActionInProcess } from './helpers/action.js';
import { type Collector, type Point, startCollector } from './helpers/otlp-collector.js';
import { configErrors, planFrom } from './helpers/plan.js';
import { type Started, installed, skipMissing, startRemoteWriteReceiver } from './helpers/prometheus.js';
import { type TestServer, failing, ok, refusedUrl, selfSignedCert, slow, startServer } from './helpers/servers.js';

interface CliRun {
  code: number;
  out: string;
  err: string;
  dir: string;
  results: RunReport;
  /** files: every report file's text, for the secret checks. */
  files: string[];
}

const ENDPOINTS = '{"/api/users": 0.7, "/api/orders": 0.3}';

/** cli runs the real CLI in-process against `target`, in a directory of its own with a staging environment. */
async function cli(target: string, extra: string[]): Promise<CliRun> {
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-telemetry-'));
  writeFileSync(join(dir, 'loadtest.yml'), 'environments:\n  staging: {}\n');
  const out: string[] = [];
  const err: string[] = [];
  const argv = ['run', '--config', join(dir, 'loadtest.yml'), '--environment', 'staging', '--target', target, '--concurrency', '4', '--duration', '3s', '--warmup', '1s', '--endpoints', ENDPOINTS, '--min-requests', '10', '--output', join(dir, 'report'), ...extra];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), progress: () => undefined, env: {}, signal: new AbortController().signal, progressEverySeconds: 60, readLimits: () => null });
  const files = readdirSync(join(dir, 'report')).filter((f) => /\.(json|md|html|xml|prom)$/.test(f)).map((f) => readFileSync(join(dir, 'report', f), 'utf8'));
  return { code, out: out.join('\n'), err: err.join('\n'), dir, results: JSON.parse(readFileSync(join(dir, 'report', 'results.json'), 'utf8')), files };
}

/** secondEndMs: when a second of the run closed, as the exporters stamp it (the last one at the end of the run at most). */
const secondEndMs = (run: RunReport, t: number) => Math.min(Date.parse(run.loadStartedAt!) + (t + 1) * 1000, Date.parse(run.endedAt));
const nanos = (ms: number) => (BigInt(ms) * 1_000_000n).toString();

// Without Prometheus these fail (startRemoteWriteReceiver says what to install), unless LOADTEST_SKIP_MISSING=1.
(skipMissing(installed('prometheus'), 'prometheus', 'prometheus') ? describe.skip : describe)('a real run to a real Prometheus (remote write) and an OTLP collector', () => {
  let prometheus: Started;
  let collector: Collector;
  let healthy: TestServer;
  let broken: TestServer;
  let passing: CliRun;
  let failed: CliRun;
  const BASIC_PASSWORD = 'pa55-w0rd-rw';
  const OTLP_TOKEN = 'otlp-s3cret-token';

  beforeAll(async () => {
    [prometheus, collector, healthy, broken] = await Promise.all([startRemoteWriteReceiver(), startCollector(), startServer(slow(3)), startServer(failing(503))]);
    const exporters = (runId: string) => ['--prometheus-remote-write', `${prometheus.url.replace('://', `://loadtest:${BASIC_PASSWORD}@`)}/api/v1/write`, '--otlp-endpoint', collector.url, '--otlp-header', `Authorization: Bearer ${OTLP_TOKEN}`, '--pushgateway-instance', runId];
    passing = await cli(healthy.url, [...exporters('rw-pass-1'), '--p95', '2s']);
    failed = await cli(broken.url, [...exporters('rw-fail-1'), '--error-rate', '1%']);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([prometheus?.stop(), collector?.close(), healthy?.close(), broken?.close()]);
  });

  /** query: a PromQL instant query just after the run ended. */
  const query = async (promql: string, run: CliRun) => {
    const at = (Date.parse(run.results.endedAt) + 1000) / 1000;
    const answer = (await (await fetch(`${prometheus.url}/api/v1/query?${new URLSearchParams({ query: promql, time: String(at) })}`)).json()) as { status: string; data: { resultType: string; result: Array<{ metric: Record<string, string>; value?: [number, string]; values?: Array<[number, string]> }> } };
    expect(answer.status).toBe('success');
    return answer.data.result;
  };

  test('the runs were judged as their targets deserve, and both exporters said so', () => {
    expect([passing.code, passing.results.verdict, passing.results.exitCode]).toEqual([0, 'pass', 0]);
    expect([failed.code, failed.results.verdict, failed.results.exitCode]).toEqual([1, 'fail', 1]);
    for (const run of [passing, failed]) {
      expect(run.err).toBe('');
      expect(run.out).toMatch(new RegExp(`^Metrics: sent to Prometheus remote write ${prometheus.url.replace(/[.]/g, '\\.')}/api/v1/write: \\d+ samples, run_id="rw-(pass|fail)-1"$`, 'm'));
      expect(run.out).toMatch(new RegExp(`^Metrics: sent to OTLP http/protobuf ${collector.url.replace(/[.]/g, '\\.')}/v1/metrics: \\d+ data points, service\\.instance\\.id="rw-(pass|fail)-1"$`, 'm'));
      expect(run.out).toContain(`  metrics      Prometheus remote write ${prometheus.url}/api/v1/write (headers Authorization: ***) · OTLP http/protobuf ${collector.url}/v1/metrics (headers Authorization: ***); run id rw-`);
    }
  });

  test('PromQL returns each run\'s p95 and verdict exactly as results.json has them', async () => {
    for (const [run, id] of [[passing, 'rw-pass-1'], [failed, 'rw-fail-1']] as const) {
      const overall = await query(`loadtest_latency_p95_ms{run_id="${id}", endpoint=""}`, run);
      expect(overall).toHaveLength(1);
      expect(overall[0].metric).toEqual({ __name__: 'loadtest_latency_p95_ms', job: 'loadtest', run_id: id, environment: 'staging', server_address: '127.0.0.1', server_port: String(new URL(run.results.target).port) });
      expect(Number(overall[0].value![1])).toBe(run.results.overall.latencyMs.p95);
      expect(overall[0].value![1]).not.toBe('0');
      for (const endpoint of run.results.endpoints) {
        const [series] = await query(`loadtest_latency_p95_ms{run_id="${id}", endpoint="${endpoint.name}"}`, run);
        expect(Number(series.value![1])).toBe(endpoint.latencyMs.p95);
        const [requests] = await query(`loadtest_requests_total{run_id="${id}", endpoint="${endpoint.name}"}`, run);
        expect(Number(requests.value![1])).toBe(endpoint.requests);
      }
      const verdict = await query(`loadtest_slo_passed{run_id="${id}"}`, run);
      expect(verdict.map((s) => [s.metric.verdict, s.value![1]])).toEqual([[run.results.verdict, run.results.passed ? '1' : '0']]);
      // The summary is stamped when the run ended.
      expect(Math.round(verdict[0].value![0] * 1000)).toBe(Date.parse(run.results.endedAt) + 1000);
    }
    const [errors] = await query('loadtest_errors_total{run_id="rw-fail-1", endpoint=""}', failed);
    expect([errors.metric.error_type, Number(errors.value![1])]).toEqual(['http_5xx', failed.results.overall.errors]);
  });

  test('every second is stored at the time it closed, with the numbers of results.json\'s timeseries', async () => {
    const raw = async (name: string) => {
      const series = await query(`${name}{run_id="rw-pass-1"}[1h]`, passing);
      return series.flatMap((s) => s.values!.map(([ts, v]) => [Math.round(ts * 1000), Number(v), s.metric.phase] as const)).sort((a, b) => a[0] - b[0]);
    };
    const seconds = passing.results.timeseries;
    expect(seconds.length).toBeGreaterThanOrEqual(3);
    expect(await raw('loadtest_second_requests')).toEqual(seconds.map((p) => [secondEndMs(passing.results, p.t), p.requests, p.warmup ? 'warmup' : 'measured']));
    expect(await raw('loadtest_second_latency_p95_ms')).toEqual(seconds.filter((p) => p.requests > 0).map((p) => [secondEndMs(passing.results, p.t), p.p95, p.warmup ? 'warmup' : 'measured']));
    expect((await raw('loadtest_second_users')).map(([, v]) => v)).toEqual(seconds.map((p) => p.users));
    expect(seconds.some((p) => p.warmup) && seconds.some((p) => !p.warmup)).toBe(true);
  });

  test('the collector decodes the same content with OpenTelemetry\'s names, from each run', () => {
    expect(collector.problems).toEqual([]);
    expect(collector.exports).toHaveLength(2);
    for (const [exported, run, id] of [[collector.exports[0], passing, 'rw-pass-1'], [collector.exports[1], failed, 'rw-fail-1']] as const) {
      expect(exported.contentType).toBe('application/x-protobuf');
      expect(exported.headers.authorization).toBe(`Bearer ${OTLP_TOKEN}`);
      expect(exported.resource).toEqual({ 'service.name': 'loadtest', 'service.version': run.results.tool.version, 'service.instance.id': id, 'deployment.environment.name': 'staging' });
      expect(exported.scope).toEqual({ name: 'loadtest-action', version: run.results.tool.version });
      const server = { 'server.address': '127.0.0.1', 'server.port': Number(new URL(run.results.target).port) };
      const find = (metric: string, attributes: Record<string, string | number>) => exported.points.filter((p) => p.metric === metric && JSON.stringify(p.attributes) === JSON.stringify({ ...server, ...attributes }));
      const window = { start: nanos(Date.parse(run.results.loadStartedAt!) + run.results.warmup.seconds * 1000), time: nanos(Date.parse(run.results.endedAt)) };

      expect(find('loadtest.latency.p95', {})).toEqual([{ metric: 'loadtest.latency.p95', unit: 'ms', description: 'P95 latency of the measured window, milliseconds', kind: 'gauge', attributes: server, ...window, value: run.results.overall.latencyMs.p95 }]);
      expect(find('loadtest.slo.passed', { 'loadtest.verdict': run.results.verdict }).map((p) => p.value)).toEqual([run.results.passed ? 1 : 0]);
      for (const endpoint of run.results.endpoints) {
        const labels = { 'loadtest.endpoint': endpoint.name, 'http.request.method': 'GET', 'url.template': endpoint.path };
        expect(find('loadtest.latency.p95', labels).map((p) => p.value)).toEqual([endpoint.latencyMs.p95]);
        expect(find('loadtest.requests', labels).map((p) => [p.kind, p.temporality, p.monotonic, p.value])).toEqual([['sum', 1, true, endpoint.requests]]);
        const [duration] = find('http.client.request.duration', labels);
        expect([duration.kind, duration.unit, duration.temporality, duration.start, duration.time]).toEqual(['histogram', 's', 1, window.start, window.time]);
        const histogram = duration.value as Exclude<Point['value'], number>;
        expect(histogram.count).toBe(endpoint.requests);
        expect(histogram.bucketCounts.reduce((a, b) => a + b, 0)).toBe(endpoint.requests);
        expect(histogram.explicitBounds).toEqual([0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10]);
        // The HDR histogram's top bucket, as results.json's max.
        expect(histogram.max).toBe(endpoint.latencyMs.max / 1000);
      }
      const perSecond = exported.points.filter((p) => p.metric === 'loadtest.second.latency.p95');
      expect(perSecond.map((p) => [p.start, p.time, p.attributes['loadtest.phase'], p.value])).toEqual(
        run.results.timeseries.filter((p) => p.requests > 0).map((p) => [nanos(Date.parse(run.results.loadStartedAt!) + p.t * 1000), nanos(secondEndMs(run.results, p.t)), p.warmup ? 'warmup' : 'measured', p.p95]),
      );
    }
    const errors = collector.exports[1].points.filter((p) => p.metric === 'loadtest.errors' && !('loadtest.endpoint' in p.attributes));
    expect(errors.map((p) => [p.attributes['error.type'], p.value])).toEqual([['http_5xx', failed.results.overall.errors]]);
  });

  test('OTLP over JSON carries exactly what protobuf did', async () => {
    const json = await startCollector();
    try {
      const sent = await exportOtlp({ url: `${json.url}/v1/metrics`, headers: {}, protocol: 'http/json' }, telemetryOf(passing.results, 'rw-pass-1'));
      expect(sent).toEqual({ ok: true, detail: expect.stringMatching(/^sent to OTLP http\/json http:\/\/127\.0\.0\.1:\d+\/v1\/metrics: \d+ data points, service\.instance\.id="rw-pass-1"$/) });
      expect(json.problems).toEqual([]);
      expect(json.exports[0].contentType).toBe('application/json');
      const sorted = (points: Point[]) => [...points].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      expect(sorted(json.exports[0].points)).toEqual(sorted(collector.exports[0].points));
      expect(json.exports[0].points.length).toBeGreaterThan(40);
    } finally {
      await json.close();
    }
  });

  test('no credential reaches stdout, stderr or a report file', () => {
    for (const run of [passing, failed]) for (const text of [run.out, run.err, ...run.files]) for (const secret of [BASIC_PASSWORD, OTLP_TOKEN]) expect(text).not.toContain(secret);
    expect(passing.files.length).toBeGreaterThanOrEqual(5);
  });
});

describe('exporters that fail', () => {
  let healthy: TestServer;
  beforeAll(async () => {
    healthy = await startServer(ok);
  });
  afterAll(async () => {
    await healthy.close();
  });

  test('a receiver and a collector answering 500: a warning each with the status and body; the verdict and exit code stand', async () => {
    const TOKEN = 'rw-s3cret-bearer';
    // The answer echoes what it was sent, as some proxies do: the token must still not be shown.
    const onFire = await startServer((req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`storage is on fire (you sent ${req.headers.authorization ?? 'nothing'})`);
    });
    try {
      const run = await cli(healthy.url, ['--prometheus-remote-write', `${onFire.url}/api/v1/write`, '--prometheus-remote-write-header', `Authorization: Bearer ${TOKEN}`, '--otlp-endpoint', onFire.url]);
      expect([run.code, run.results.verdict, run.results.exitCode]).toEqual([0, 'pass', 0]);
      expect(run.err.split('\n').sort()).toEqual([
        `warning: Metrics: OTLP http/protobuf ${onFire.url}/v1/metrics answered HTTP 500: storage is on fire (you sent nothing)`,
        `warning: Metrics: Prometheus remote write ${onFire.url}/api/v1/write answered HTTP 500: storage is on fire (you sent ***), 3 attempts`,
      ]);
      // Remote write retries a 5xx, as its specification asks; OTLP's retries 429, 502, 503 and 504 only.
      expect(onFire.received.sort()).toEqual(['POST /api/v1/write', 'POST /api/v1/write', 'POST /api/v1/write', 'POST /v1/metrics']);
      expect(onFire.headers.filter((h) => h['content-encoding'] === 'snappy').map((h) => [h['content-type'], h['x-prometheus-remote-write-version'], h.authorization])).toEqual(Array(3).fill(['application/x-protobuf', '0.1.0', `Bearer ${TOKEN}`]));
      for (const text of [run.out, run.err, ...run.files]) expect(text).not.toContain(TOKEN);
      expect(run.out).toContain('✅ PASSED');
    } finally {
      await onFire.close();
    }
  }, 60_000);

  test('remote write: a 503 then a 429 are retried after 1 s and 2 s and then taken; a 400 refuses only its part, a 401 stops', async () => {
    // 6,000 samples of one series, a second apart: two parts (5,000 and 1,000).
    const telemetry: Telemetry = { runId: 'parts-1', environment: null, server: null, metrics: [{ prometheus: 'loadtest_second_requests', otel: 'loadtest.second.requests', help: 'x', unit: '{request}', kind: 'gauge', points: Array.from({ length: 6000 }, (_, i) => ({ labels: {}, value: i, startMs: 1_700_000_000_000 + i * 1000, endMs: 1_700_000_001_000 + i * 1000 })) }], durations: [] };
    const answers: number[] = [];
    const receiver = await startServer((_req, res) => {
      const status = answers.shift() ?? 204;
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status === 204 ? '' : `status ${status}`);
    });
    const waits: number[] = [];
    const pacing = { wait: async (ms: number) => void waits.push(ms), now: Date.now };
    const target = { url: `${receiver.url}/api/v1/write`, headers: {} };
    try {
      answers.push(503, 429);
      expect(await writeRemote(target, telemetry, pacing)).toEqual({ ok: true, detail: `sent to Prometheus remote write ${receiver.url}/api/v1/write: 6000 samples, run_id="parts-1"` });
      expect([receiver.received.length, waits]).toEqual([4, [1000, 2000]]);

      answers.push(400);
      expect(await writeRemote(target, telemetry, pacing)).toEqual({ ok: false, detail: `Prometheus remote write ${receiver.url}/api/v1/write answered HTTP 400: status 400 (1000 of 6000 samples were taken)` });
      // The newer part still went after the older one was refused.
      expect(receiver.received.length).toBe(6);

      answers.push(401);
      expect(await writeRemote(target, telemetry, pacing)).toEqual({ ok: false, detail: `Prometheus remote write ${receiver.url}/api/v1/write answered HTTP 401: status 401 (0 of 6000 samples were taken)` });
      expect(receiver.received.length).toBe(7);
      expect(waits).toEqual([1000, 2000]);
    } finally {
      await receiver.close();
    }
  });

  test('nothing listening: a warning each, naming the URL without its credentials; the verdict and exit code stand', async () => {
    const [rw, otlp] = await Promise.all([refusedUrl(), refusedUrl()]);
    const run = await cli(healthy.url, ['--prometheus-remote-write', `${rw.replace('://', '://admin:hunter2-rw@')}/api/v1/write`, '--otlp-endpoint', otlp, '--otlp-protocol', 'http/json']);
    expect([run.code, run.results.verdict, run.results.exitCode]).toEqual([0, 'pass', 0]);
    const warnings = run.err.split('\n').sort();
    expect(warnings).toEqual([
      expect.stringMatching(new RegExp(`^warning: Metrics: OTLP http/json ${otlp.replace(/[.]/g, '\\.')}/v1/metrics could not be reached \\(ECONNREFUSED: .*\\), 3 attempts$`)),
      expect.stringMatching(new RegExp(`^warning: Metrics: Prometheus remote write ${rw.replace(/[.]/g, '\\.')}/api/v1/write could not be reached \\(ECONNREFUSED: .*\\), 3 attempts$`)),
    ]);
    for (const text of [run.out, run.err, ...run.files]) expect(text).not.toContain('hunter2-rw');
  }, 60_000);
});

describe('OTLP: whatever the collector answers, the warning says it', () => {
  const TELEMETRY: Telemetry = { runId: 'otlp-1', environment: null, server: null, metrics: [{ prometheus: 'x', otel: 'loadtest.x', help: 'x', unit: '1', kind: 'gauge', points: [1, 2].map((value, i) => ({ labels: {}, value, startMs: 1_700_000_000_000 + i * 1000, endMs: 1_700_000_001_000 + i * 1000 })) }], durations: [] };
  /** send exports TELEMETRY to `base` with no OTEL_* variable unless given, and waits that return at once (each one recorded). */
  const send = async (base: string, options: { protocol?: OtlpProtocol; headers?: Record<string, string>; env?: Record<string, string> } = {}) => {
    const waits: number[] = [];
    const result = await exportOtlp({ url: `${base}/v1/metrics`, headers: options.headers ?? {}, protocol: options.protocol ?? 'http/protobuf' }, TELEMETRY, { env: options.env ?? {}, pacing: { wait: async (ms) => void waits.push(ms), now: Date.now } });
    return { ...result, waits };
  };
  const sentTo = (base: string, protocol = 'http/protobuf') => `sent to OTLP ${protocol} ${base}/v1/metrics: 2 data points, service.instance.id="otlp-1"`;
  const STATUS = protobuf.parse('syntax = "proto3"; package google.rpc; message Status { int32 code = 1; string message = 2; repeated bytes details = 3; }').root.lookupType('google.rpc.Status');

  test('a collector that answers 503 every time: three attempts, 1 s and 2 s apart, then a warning with the status, the body and the attempts', async () => {
    const busy = await startCollector({ refusals: Array(5).fill({ status: 503, body: 'overloaded: the queue is full' }) });
    try {
      expect(await send(busy.url)).toEqual({ ok: false, detail: `OTLP http/protobuf ${busy.url}/v1/metrics answered HTTP 503: overloaded: the queue is full, 3 attempts`, waits: [1000, 2000] });
      expect([busy.requests.length, busy.exports.length]).toEqual([3, 0]);
    } finally {
      await busy.close();
    }
  });

  test('503 and then 200: taken on the second attempt, and decoded', async () => {
    const warming = await startCollector({ refusals: [{ status: 503, body: 'warming up' }] });
    try {
      expect(await send(warming.url, { protocol: 'http/json' })).toEqual({ ok: true, detail: sentTo(warming.url, 'http/json'), waits: [1000] });
      expect(warming.requests).toEqual(['POST /v1/metrics', 'POST /v1/metrics']);
      expect(warming.exports[0].points.map((p) => [p.metric, p.value])).toEqual([['loadtest.x', 1], ['loadtest.x', 2]]);
    } finally {
      await warming.close();
    }
  });

  test('400: final at once, with the status and the body; a protobuf Status is read for its message; an echoed credential is hidden', async () => {
    const message = 'metric "loadtest.x" is invalid (you sent Bearer env-s3cret)';
    const refusing = await startCollector({
      refusals: [
        { status: 400, body: STATUS.encode(STATUS.fromObject({ code: 3, message })).finish(), headers: { 'content-type': 'application/x-protobuf' } },
        { status: 400, body: '{"code":3,"message":"bad JSON"}', headers: { 'content-type': 'application/json' } },
      ],
    });
    try {
      const env = { OTEL_EXPORTER_OTLP_HEADERS: 'Authorization=Bearer%20env-s3cret' };
      expect(await send(refusing.url, { env })).toEqual({ ok: false, detail: `OTLP http/protobuf ${refusing.url}/v1/metrics answered HTTP 400: metric "loadtest.x" is invalid (you sent ***)`, waits: [] });
      expect(await send(refusing.url, { protocol: 'http/json' })).toEqual({ ok: false, detail: `OTLP http/json ${refusing.url}/v1/metrics answered HTTP 400: {"code":3,"message":"bad JSON"}`, waits: [] });
      expect(refusing.requests).toHaveLength(2);
    } finally {
      await refusing.close();
    }
  });

  test('partial_success: a collector that took only part says so, in protobuf and JSON; one that rejects nothing but warns is a success that says it', async () => {
    for (const protocol of ['http/protobuf', 'http/json'] as const) {
      const partial = await startCollector({ partialSuccess: { rejectedDataPoints: 1, errorMessage: 'loadtest.x: a point is too old' } });
      const warning = await startCollector({ partialSuccess: { rejectedDataPoints: 0, errorMessage: 'loadtest.x: unit "1" is deprecated' } });
      try {
        expect(await send(partial.url, { protocol })).toEqual({ ok: false, detail: `OTLP ${protocol} ${partial.url}/v1/metrics took only part of 2 data points, service.instance.id="otlp-1": it rejected 1: loadtest.x: a point is too old`, waits: [] });
        expect(await send(warning.url, { protocol })).toEqual({ ok: true, detail: `${sentTo(warning.url, protocol)}; the collector said: loadtest.x: unit "1" is deprecated`, waits: [] });
        expect([partial.problems, partial.exports.length, warning.exports.length]).toEqual([[], 1, 1]);
      } finally {
        await Promise.all([partial.close(), warning.close()]);
      }
    }
  });

  test('nothing listening: "could not be reached" with the error code, after three attempts', async () => {
    const url = await refusedUrl();
    expect(await send(url)).toEqual({ ok: false, detail: expect.stringMatching(new RegExp(`^OTLP http/protobuf ${url.replace(/[.]/g, '\\.')}/v1/metrics could not be reached \\(ECONNREFUSED: .*\\), 3 attempts$`)), waits: [1000, 2000] });
  });

  test('the deadline (OTEL_EXPORTER_OTLP_METRICS_TIMEOUT over _TIMEOUT) bounds it all: a Retry-After within it is waited, one past it is said; a collector that never answers is cut at it, and its last answer said', async () => {
    const throttling = await startCollector({ refusals: [{ status: 429, body: 'slow down', headers: { 'retry-after': '3' } }, { status: 429, body: 'slow down more', headers: { 'retry-after': '60' } }] });
    const silent = await startServer(() => undefined);
    const busyThenSilent = await startServer((_req, res) => {
      if (busyThenSilent.received.length > 1) return;
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('busy');
    });
    try {
      const env = { OTEL_EXPORTER_OTLP_TIMEOUT: '5000' };
      expect(await send(throttling.url, { env })).toEqual({ ok: false, detail: `OTLP http/protobuf ${throttling.url}/v1/metrics answered HTTP 429: slow down more, 2 attempts (it asked to wait 60 s, past the 5 s deadline)`, waits: [3000] });
      expect(await send(throttling.url, { env })).toEqual({ ok: true, detail: sentTo(throttling.url), waits: [] });
      expect(await send(silent.url, { env: { OTEL_EXPORTER_OTLP_METRICS_TIMEOUT: '300', OTEL_EXPORTER_OTLP_TIMEOUT: '60000' } })).toEqual({ ok: false, detail: `OTLP http/protobuf ${silent.url}/v1/metrics did not answer within 0.3 s, 1 attempt (the 0.3 s deadline came first)`, waits: [] });
      // Busy, then silent: the warning still names the last answer there was.
      const url = (server: { url: string }) => server.url.replace(/[.]/g, '\\.');
      expect(await send(busyThenSilent.url, { env: { OTEL_EXPORTER_OTLP_TIMEOUT: '1400' } })).toEqual({ ok: false, detail: expect.stringMatching(new RegExp(`^OTLP http/protobuf ${url(busyThenSilent)}/v1/metrics did not answer within 1\\.\\d s, 2 attempts \\(the 1\\.4 s deadline came first\\); it last answered HTTP 503: busy$`)), waits: [1000] });
      expect(await send(throttling.url, { env: { OTEL_EXPORTER_OTLP_TIMEOUT: 'soon' } })).toEqual({ ok: true, detail: `${sentTo(throttling.url)}; OTEL_EXPORTER_OTLP_TIMEOUT="soon" is ignored: expected milliseconds above 0`, waits: [] });
    } finally {
      await Promise.all([throttling.close(), silent.close(), busyThenSilent.close()]);
    }
  });

  test('a header entry that does not read is skipped and said, by its number and why, never its text; the entries that read are sent', async () => {
    const collector = await startCollector();
    try {
      const env = { OTEL_EXPORTER_OTLP_HEADERS: 'x-ok=1,authorization=Bearer%zzs3cret,Bearers3cret,,x-empty=,=s3cret', OTEL_EXPORTER_OTLP_METRICS_HEADERS: 'x-metrics=yes;meta,tok%ens3cret=v' };
      const sent = await send(collector.url, { env });
      expect(sent).toEqual({
        ok: true,
        detail: `${sentTo(collector.url)}; entry 2 of OTEL_EXPORTER_OTLP_METRICS_HEADERS was skipped: a malformed %-escape; entry 2 of OTEL_EXPORTER_OTLP_HEADERS was skipped: a malformed %-escape; entry 3 of OTEL_EXPORTER_OTLP_HEADERS was skipped: expected name=value; entry 5 of OTEL_EXPORTER_OTLP_HEADERS was skipped: its value is empty; entry 6 of OTEL_EXPORTER_OTLP_HEADERS was skipped: expected name=value`,
        waits: [],
      });
      expect(sent.detail).not.toContain('s3cret');
      expect(collector.exports.map((e) => [e.headers['x-ok'], e.headers['x-metrics'], e.headers.authorization, e.headers['x-empty']])).toEqual([['1', 'yes', undefined, undefined]]);
    } finally {
      await collector.close();
    }
  });

  test('a timeout in fractions of a millisecond, or longer than a timer can wait: the export still waits for an answer (a whole number of ms, at most 2^31 − 1), and the second is said', async () => {
    // Answers after 100ms: a deadline Node's timers turned into 1 ms would cut it.
    const unhurried = await startServer(slow(100));
    try {
      expect(await send(unhurried.url, { env: { OTEL_EXPORTER_OTLP_TIMEOUT: '1500.5' } })).toEqual({ ok: true, detail: sentTo(unhurried.url), waits: [] });
      expect(await send(unhurried.url, { env: { OTEL_EXPORTER_OTLP_METRICS_TIMEOUT: '99999999999' } })).toEqual({ ok: true, detail: `${sentTo(unhurried.url)}; OTEL_EXPORTER_OTLP_METRICS_TIMEOUT="99999999999" is longer than a timer can wait: 2147483647 ms is used`, waits: [] });
      expect(unhurried.received).toEqual(['POST /v1/metrics', 'POST /v1/metrics']);
    } finally {
      await unhurried.close();
    }
    expect([['1500.5', 1500], ['0.5', 1], ['2147483647', 2 ** 31 - 1], ['1e12', 2 ** 31 - 1]].map(([value]) => otlpEnvironment({ OTEL_EXPORTER_OTLP_TIMEOUT: String(value) }).timeoutMs)).toEqual([1500, 1, 2 ** 31 - 1, 2 ** 31 - 1]);
  });

  test('OpenTelemetry\'s variables still apply: headers under the configured ones, gzip, a private CA; each protocol\'s content type, and our User-Agent', async () => {
    const collector = await startCollector();
    const tls = await startServer(ok, { tls: selfSignedCert() });
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-otlp-ca-'));
    writeFileSync(join(dir, 'ca.pem'), selfSignedCert().cert);
    try {
      const env = { OTEL_EXPORTER_OTLP_HEADERS: 'x-team=env-team,authorization=Bearer%20env', OTEL_EXPORTER_OTLP_METRICS_HEADERS: 'x-metrics=yes,X-Team=metrics-team', OTEL_EXPORTER_OTLP_COMPRESSION: 'gzip' };
      for (const protocol of ['http/protobuf', 'http/json'] as const) expect(await send(collector.url, { protocol, env, headers: { Authorization: 'Bearer configured' } })).toEqual({ ok: true, detail: sentTo(collector.url, protocol), waits: [] });
      expect(collector.problems).toEqual([]);
      expect(collector.exports.map((e) => [e.contentType, e.headers['content-encoding'], e.headers['user-agent'], e.headers.authorization, e.headers['x-team'], e.headers['x-metrics'], e.points.length])).toEqual(
        ['application/x-protobuf', 'application/json'].map((type) => [type, 'gzip', `loadtest-action/${TOOL_VERSION}`, 'Bearer configured', 'metrics-team', 'yes', 2]),
      );

      expect(await send(tls.url, { env: { OTEL_EXPORTER_OTLP_CERTIFICATE: join(dir, 'ca.pem') } })).toEqual({ ok: true, detail: sentTo(tls.url), waits: [] });
      // An untrusted certificate is refused again on every attempt: one is enough.
      expect(await send(tls.url)).toEqual({ ok: false, detail: expect.stringMatching(new RegExp(`^OTLP http/protobuf ${tls.url.replace(/[.]/g, '\\.')}/v1/metrics could not be reached \\((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN): [^)]*\\)$`)), waits: [] });
      expect(await send(tls.url, { env: { OTEL_EXPORTER_OTLP_METRICS_CERTIFICATE: join(dir, 'missing.pem') } })).toEqual({ ok: false, detail: `OTLP http/protobuf ${tls.url}/v1/metrics was not sent: OTEL_EXPORTER_OTLP_METRICS_CERTIFICATE names ${join(dir, 'missing.pem')}, which cannot be read (ENOENT)`, waits: [] });
      expect(tls.received).toEqual(['POST /v1/metrics']);
    } finally {
      await Promise.all([collector.close(), tls.close()]);
    }
  });
});

describe('the action', () => {
  test('its inputs send to both; a header value is masked before anything prints it; a refusing receiver is a warning annotation, the step passes', async () => {
    const TOKEN = 'act-s3cret-token';
    const [target, collector, refusing] = await Promise.all([
      startServer(ok),
      startCollector(),
      startServer((_req, res) => {
        res.writeHead(401, { 'content-type': 'text/plain' });
        res.end('bad token');
      }),
    ]);
    try {
      const r = await runActionInProcess({
        'target-url': target.url,
        duration: '1s',
        concurrency: '2',
        'prometheus-remote-write': `${refusing.url}/api/v1/write`,
        'prometheus-remote-write-headers': `Authorization: Bearer ${TOKEN}`,
        'otlp-endpoint': collector.url,
        'otlp-protocol': 'http/json',
        'otlp-headers': 'X-Scope-OrgID: tenant-zz',
        'pushgateway-instance': 'act-1',
      });
      expect([r.status, r.outputs.verdict]).toEqual([0, 'pass']);
      const lines = r.stdout.split('\n');
      // A 401 is final: one attempt, no retries.
      expect(lines).toContain(`::warning::Metrics: Prometheus remote write ${refusing.url}/api/v1/write answered HTTP 401: bad token`);
      expect(refusing.received).toEqual(['POST /api/v1/write']);
      expect(lines).toContain(`Metrics: sent to OTLP http/json ${collector.url}/v1/metrics: ${collector.exports[0].points.length} data points, service.instance.id="act-1"`);
      expect(collector.exports[0].headers['x-scope-orgid']).toBe('tenant-zz');
      expect(collector.exports[0].resource['service.instance.id']).toBe('act-1');
      // The masks come first; nothing else the step printed carries the values.
      const masks = lines.filter((line) => line.startsWith('::add-mask::'));
      expect(masks).toEqual(expect.arrayContaining([`::add-mask::Bearer ${TOKEN}`, '::add-mask::tenant-zz']));
      expect(lines.findIndex((line) => line.startsWith('::add-mask::Bearer'))).toBeLessThan(lines.findIndex((line) => line.startsWith('Plan')));
      const printed = lines.filter((line) => !line.startsWith('::add-mask::')).join('\n');
      for (const text of [printed, r.summary, JSON.stringify(r.outputs)]) expect(text).not.toContain(TOKEN);
    } finally {
      await Promise.all([target.close(), collector.close(), refusing.close()]);
    }
  }, 60_000);
});

describe('publishing, without a network', () => {
  let report: RunReport;
  beforeAll(async () => {
    const target = await startServer(ok);
    try {
      report = await runLoadTest(planFrom({ flags: { '--target': target.url, '--duration': '2s', '--concurrency': '2', '--endpoints': ENDPOINTS, '--min-requests': '10' } }));
    } finally {
      await target.close();
    }
  });
  const recorder = () => {
    const calls: string[] = [];
    return {
      calls,
      deps: {
        push: pushMetrics,
        slack: postToSlack,
        remoteWrite: async (target: { url: string }) => (calls.push(`remote write ${target.url}`), { ok: true, detail: 'written' }),
        otlp: async (target: { url: string }) => (calls.push(`otlp ${target.url}`), { ok: true, detail: 'exported' }),
      },
    };
  };
  const context = { runUrl: null, artifactUrl: null, instance: 'run-77-1' };

  test('no exporter configured: neither is called, nothing is said', async () => {
    const { calls, deps } = recorder();
    expect(await publish(report, planFrom({ flags: { '--target': 'http://127.0.0.1:9' } }), context, deps)).toEqual({ notes: [], warnings: [] });
    expect(calls).toEqual([]);
  });

  test('both configured: both called once, with the run id of the workflow run unless one is set', async () => {
    const { calls, deps } = recorder();
    const seen: Telemetry[] = [];
    const plan = planFrom({ flags: { '--target': 'http://127.0.0.1:9', '--prometheus-remote-write': 'http://rw.example/api/v1/write', '--otlp-endpoint': 'http://collector.example:4318' } });
    const published = await publish(report, plan, context, { ...deps, otlp: async (target, telemetry) => (seen.push(telemetry), deps.otlp(target)) });
    expect(published).toEqual({ notes: ['Metrics: written', 'Metrics: exported'], warnings: [] });
    expect(calls).toEqual(['remote write http://rw.example/api/v1/write', 'otlp http://collector.example:4318/v1/metrics']);
    expect(seen[0].runId).toBe('run-77-1');
  });

  test('an exporter that throws is a warning naming it, and the other still sends', async () => {
    const { calls, deps } = recorder();
    const plan = planFrom({ flags: { '--target': 'http://127.0.0.1:9', '--prometheus-remote-write': 'http://rw.example/api/v1/write', '--otlp-endpoint': 'http://collector.example:4318' } });
    const published = await publish(report, plan, context, { ...deps, otlp: async () => Promise.reject(new Error('Cannot find module \'./otlp.js\'')) });
    expect(published).toEqual({ notes: ['Metrics: written'], warnings: ["Metrics: OTLP failed: Cannot find module './otlp.js'"] });
    expect(calls).toEqual(['remote write http://rw.example/api/v1/write']);
  });

  test('a shard sends nothing (its run id is every shard\'s; the merge sends the whole run)', async () => {
    const { calls, deps } = recorder();
    const plan = planFrom({ flags: { '--target': 'http://127.0.0.1:9', '--otlp-endpoint': 'http://collector.example:4318' } });
    const shard = { ...report, shard: { index: 1, count: 2, share: 0.5, slo: { minRequests: 10, thresholds: {}, endpoints: [] }, drainSeconds: 0 } };
    expect(await publish(shard, plan, context, deps)).toEqual({ notes: ['Metrics: a shard sends nothing to remote write or OTLP; the merge sends the whole run'], warnings: [] });
    expect(calls).toEqual([]);
  });

  test('remote write goes in parts of at most N samples, oldest first, every series in time order, nothing lost', () => {
    const long: RunReport = { ...report, timeseries: Array.from({ length: 400 }, (_, t) => ({ ...report.timeseries[t % report.timeseries.length], t })), endedAt: new Date(Date.parse(report.loadStartedAt!) + 400_000).toISOString() };
    const telemetry = telemetryOf(long, 'long-1');
    const total = telemetry.metrics.reduce((n, m) => n + m.points.length, 0);
    const parts = remoteWriteRequests(telemetry, 1000).map((r) => ({ ...r, decoded: decodeWriteRequest(r.body) }));
    expect(parts.length).toBe(Math.ceil(total / 1000));
    expect(parts.reduce((n, p) => n + p.samples, 0)).toBe(total);
    let last = -Infinity;
    for (const part of parts) {
      const stamps = part.decoded.timeseries.flatMap((s) => s.samples.map((x) => x.timestamp));
      expect(Math.min(...stamps)).toBeGreaterThanOrEqual(last);
      last = Math.max(...stamps);
      for (const series of part.decoded.timeseries) {
        const names = series.labels.map((l) => l.name);
        expect(names).toEqual([...names].sort());
        expect(series.samples.map((x) => x.timestamp)).toEqual(series.samples.map((x) => x.timestamp).sort((a, b) => a - b));
      }
      expect(part.decoded.metadata.length).toBeGreaterThan(0);
    }
    const p95 = parts.flatMap((p) => p.decoded.timeseries).filter((s) => s.labels.some((l) => l.name === '__name__' && l.value === 'loadtest_second_latency_p95_ms')).flatMap((s) => s.samples);
    expect(p95).toHaveLength(long.timeseries.filter((p) => p.requests > 0).length);
  });
});

describe('settings', () => {
  test('flags, variables and the config file name the exporters; URL credentials become Basic authorization and secrets', () => {
    const plan = planFrom({
      flags: { '--target': 'http://127.0.0.1:9', '--prometheus-remote-write': 'https://tenant-1:gr4fana-key@prom.example/api/prom/push', '--otlp-header': ['X-Scope-OrgID: team-a', 'Authorization: Bearer abc-otlp-123'] },
      env: { LOADTEST_OTLP_ENDPOINT: 'https://otel.example/otlp/', LOADTEST_OTLP_PROTOCOL: 'http/json' },
    });
    expect(plan.remoteWrite).toEqual({ url: 'https://prom.example/api/prom/push', headers: { Authorization: `Basic ${Buffer.from('tenant-1:gr4fana-key').toString('base64')}` } });
    expect(plan.otlp).toEqual({ url: 'https://otel.example/otlp/v1/metrics', protocol: 'http/json', headers: { 'X-Scope-OrgID': 'team-a', Authorization: 'Bearer abc-otlp-123' } });
    expect(plan.secrets).toEqual(expect.arrayContaining(['gr4fana-key', 'Bearer abc-otlp-123', 'abc-otlp-123', Buffer.from('tenant-1:gr4fana-key').toString('base64')]));
    const text = renderPlan(plan);
    expect(text).toContain('  metrics      Prometheus remote write https://prom.example/api/prom/push (headers Authorization: ***) · OTLP http/json https://otel.example/otlp/v1/metrics (headers X-Scope-OrgID: ***, Authorization: ***) (a failure is a warning, never the verdict)');

    const fromFile = planFrom({ files: { 'c.yml': 'prometheus:\n  remote_write_url: http://prom:9090/api/v1/write\n  instance: canary-eu\notlp:\n  endpoint: http://collector:4318/v1/metrics\n' }, config: 'c.yml', flags: { '--target': 'http://127.0.0.1:9' } });
    expect([fromFile.remoteWrite?.url, fromFile.otlp?.url, fromFile.otlp?.protocol, fromFile.runId]).toEqual(['http://prom:9090/api/v1/write', 'http://collector:4318/v1/metrics', 'http/protobuf', 'canary-eu']);
    expect(planFrom({ flags: { '--target': 'http://127.0.0.1:9' }, env: { PROMETHEUS_REMOTE_WRITE_URL: 'http://prom:9090/api/v1/write' } }).remoteWrite?.url).toBe('http://prom:9090/api/v1/write');
  });

  test('an exporter without a URL is nothing, said; a bad URL or protocol is refused before any load', () => {
    const plan = planFrom({ flags: { '--target': 'http://127.0.0.1:9', '--otlp-header': 'Authorization: Bearer x1234', '--otlp-protocol': 'http/json' } });
    expect([plan.remoteWrite, plan.otlp]).toEqual([null, null]);
    expect(plan.notices).toEqual(expect.arrayContaining(['otlp.headers is ignored: no OTLP URL is set', 'otlp.protocol is ignored: no OTLP endpoint is set']));
    expect(configErrors({ flags: { '--target': 'http://127.0.0.1:9', '--prometheus-remote-write': 'prom:9090/api/v1/write' } })).toEqual(["--prometheus-remote-write: expected an http:// or https:// URL, got 'prom:9090/api/v1/write'"]);
    expect(configErrors({ flags: { '--target': 'http://127.0.0.1:9', '--otlp-endpoint': 'http://c:4318', '--otlp-protocol': 'grpc' } })).toEqual([expect.stringMatching(/^--otlp-protocol: .*http\/protobuf.*http\/json/)]);
  });
});
