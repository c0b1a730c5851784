// Prometheus and Slack: the metrics text, a push to a real Pushgateway read back from its /metrics,
// and Slack's Block Kit message posted to a local receiver, with retries.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReports } from '../src/app/files.js';
import { publish } from '../src/app/publish.js';
import { runLoadTest } from '../src/app/run.js';
import { pushMetrics } from '../src/integrations/pushgateway.js';
import { postToSlack } from '../src/integrations/slack.js';
import { renderPrometheus } from '../src/report/prometheus.js';
import { slackMessage } from '../src/report/slack.js';
import type { RunReport } from '../src/report/model.js';
import { type Started, installed, sample, skipMissing, startPushgateway } from './helpers/prometheus.js';
import { planFrom } from './helpers/plan.js';
import { type TestServer, failing, ok, refusedUrl, startServer } from './helpers/servers.js';

// No test here configures remote write or OTLP (telemetry.test.ts does): one that was called would say so.
const NO_EXPORTERS = { remoteWrite: async () => ({ ok: false, detail: 'remote write was called' }), otlp: async () => ({ ok: false, detail: 'OTLP was called' }) };

let healthy: TestServer;
let broken: TestServer;
let passing: RunReport;
let failed: RunReport;
beforeAll(async () => {
  [healthy, broken] = await Promise.all([startServer(ok), startServer(failing(503))]);
  const flags = { '--duration': '1s', '--concurrency': '2', '--endpoints': '{"/api/users": 0.7, "/api/orders": 0.3}', '--min-requests': '10' };
  passing = await runLoadTest(planFrom({ files: { 'p.yml': 'environments:\n  staging: {}\n' }, config: 'p.yml', flags: { ...flags, '--target': healthy.url } }));
  failed = await runLoadTest(planFrom({ flags: { ...flags, '--target': broken.url, '--p95': '250ms', '--error-rate': '1%' } }));
});
afterAll(async () => {
  await Promise.all([healthy.close(), broken.close()]);
});

describe('Prometheus text', () => {
  test('the run and each endpoint, with environment and target labels', () => {
    const text = renderPrometheus(passing, { environment: 'staging', target: 'https://***:***@canary.example.com/' });
    expect(text).toContain('# TYPE loadtest_latency_p95_ms gauge\n');
    expect(text).toContain('# TYPE loadtest_requests_total counter\n');
    expect(sample(text, 'loadtest_latency_p95_ms', { environment: 'staging' })).toBe(Math.round(passing.overall.latencyMs.p95 * 1000) / 1000);
    expect(sample(text, 'loadtest_requests_total', { endpoint: '/api/users' })).toBe(passing.endpoints[0].requests);
    expect(sample(text, 'loadtest_slo_passed', { verdict: 'pass' })).toBe(1);
    expect(sample(text, 'loadtest_slo_violations_count', {})).toBe(0);
    expect(text).toContain('target="https://***:***@canary.example.com/"');
  });

  test('label values are escaped', () => {
    const text = renderPrometheus({ ...passing, endpoints: [{ ...passing.endpoints[0], name: 'GET /a"b\\c' }] }, { environment: null, target: 't' });
    expect(text).toContain('endpoint="GET /a\\"b\\\\c"');
  });
});

// Without the Pushgateway these fail (startPushgateway says what to install), unless LOADTEST_SKIP_MISSING=1.
(skipMissing(installed('prometheus-pushgateway'), 'prometheus-pushgateway', 'prometheus-pushgateway') ? describe.skip : describe)('a real Pushgateway', () => {
  let gateway: Started;
  beforeAll(async () => {
    gateway = await startPushgateway();
  }, 30_000);
  afterAll(async () => {
    await gateway?.stop();
  });

  test('the run is pushed as job="loadtest" and the run\'s instance, and reads back with the same values', async () => {
    const plan = planFrom({ flags: { '--target': healthy.url, '--pushgateway-url': gateway.url } });
    const published = await publish(passing, plan, { runUrl: null, artifactUrl: null, instance: 'run-4242-1' }, { push: pushMetrics, slack: postToSlack, ...NO_EXPORTERS });
    expect(published).toEqual({ notes: ['Metrics: pushed to the Pushgateway as job="loadtest", instance="run-4242-1"'], warnings: [] });
    const text = await (await fetch(`${gateway.url}/metrics`)).text();
    const labels = { job: 'loadtest', instance: 'run-4242-1', environment: 'staging' };
    expect(sample(text, 'loadtest_latency_p50_ms', labels)).toBe(Math.round(passing.overall.latencyMs.p50 * 1000) / 1000);
    expect(sample(text, 'loadtest_latency_p99_ms', labels)).toBe(Math.round(passing.overall.latencyMs.p99 * 1000) / 1000);
    expect(sample(text, 'loadtest_throughput_rps', labels)).toBe(Math.round(passing.overall.throughputRps * 1000) / 1000);
    expect(sample(text, 'loadtest_requests_total', { ...labels, endpoint: '/api/orders' })).toBe(passing.endpoints[1].requests);
    expect(sample(text, 'loadtest_error_rate_percent', labels)).toBe(0);
    expect(sample(text, 'loadtest_slo_passed', labels)).toBe(1);
  });

  test('a second run replaces its own group, and a failed run reads as passed 0 with its violations', async () => {
    const plan = planFrom({ flags: { '--target': broken.url, '--pushgateway-url': gateway.url, '--pushgateway-instance': 'canary-7' } });
    await publish(failed, plan, { runUrl: null, artifactUrl: null, instance: 'ignored' }, { push: pushMetrics, slack: postToSlack, ...NO_EXPORTERS });
    const text = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(sample(text, 'loadtest_slo_passed', { instance: 'canary-7' })).toBe(0);
    expect(sample(text, 'loadtest_slo_violations_count', { instance: 'canary-7' })).toBe(1);
    expect(sample(text, 'loadtest_error_rate_percent', { instance: 'canary-7' })).toBe(100);
  });
});

describe('a Pushgateway that is down or refuses', () => {
  test('is a warning with what happened, never an error', async () => {
    const down = await refusedUrl();
    const plan = planFrom({ flags: { '--target': healthy.url, '--pushgateway-url': down } });
    const published = await publish(passing, plan, { runUrl: null, artifactUrl: null, instance: 'x' }, { push: pushMetrics, slack: postToSlack, ...NO_EXPORTERS });
    expect(published.warnings).toEqual([expect.stringMatching(/^Metrics: the Pushgateway could not be reached \(ECONNREFUSED/)]);
    const refusing = await startServer((_req, res) => {
      res.writeHead(400);
      res.end('pushed metrics are invalid or inconsistent with existing metrics');
    });
    try {
      const result = await pushMetrics(refusing.url, 'x', 'bad');
      expect(result).toEqual({ ok: false, detail: 'the Pushgateway answered HTTP 400: pushed metrics are invalid or inconsistent with existing metrics' });
      expect(refusing.received).toEqual(['PUT /metrics/job/loadtest/instance/x']);
    } finally {
      await refusing.close();
    }
  });

  test('metrics.prom is written with every report', async () => {
    const plan = planFrom({ flags: { '--target': healthy.url, '--output': join(mkdtempSync(join(tmpdir(), 'loadtest-prom-')), 'out') } });
    const files = await writeReports(passing, plan);
    expect(readFileSync(files.metrics!, 'utf8')).toBe(renderPrometheus(passing, { environment: passing.environment, target: passing.target }));
  });
});

describe('Slack', () => {
  test('the Block Kit message: verdict, broken SLOs with actual and threshold, environment, target, links', () => {
    const message = slackMessage(failed, { runUrl: 'https://github.com/acme/shop/actions/runs/1', artifactUrl: 'https://github.com/acme/shop/actions/runs/1/artifacts/2' }) as { text: string; blocks: Array<Record<string, unknown>> };
    // Every request failed: the verdict says so first, with what they got, in place of the error-rate breach.
    expect(message.text).toMatch(/^❌ Load test failed: every one of the [\d,]+ measured requests failed \(HTTP 503 ×[\d,]+\)$/);
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: '❌ Load test failed', emoji: true } });
    expect(message.blocks[1]).toEqual({
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Target*\n${broken.url}/` },
        { type: 'mrkdwn', text: '*Environment*\n(none)' },
        { type: 'mrkdwn', text: `*Requests*\n${failed.overall.requests.toLocaleString('en-US')}` },
        { type: 'mrkdwn', text: expect.stringMatching(/^\*p95 · error rate\*\n[\d.]+ms · 100%$/) },
      ],
    });
    expect(message.blocks[2]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '*Violated SLOs*\n• Error rate *100%* (threshold 1%)' } });
    expect(message.blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: expect.stringMatching(/^<https:\/\/github\.com\/acme\/shop\/actions\/runs\/1\|Workflow run> · <https:\/\/github\.com\/acme\/shop\/actions\/runs\/1\/artifacts\/2\|Report artifact> · loadtest-action /) }] });
  });

  test('posted on failure to the receiver, not on a pass unless asked', async () => {
    const receiver = await startServer(ok);
    try {
      const plan = planFrom({ flags: { '--target': broken.url, '--slack-webhook-url': `${receiver.url}/services/T000/B000/XXXX` } });
      const deps = { push: pushMetrics, slack: (url: string, message: Record<string, unknown>) => postToSlack(url, message, async () => undefined), ...NO_EXPORTERS };
      expect(await publish(failed, plan, { runUrl: null, artifactUrl: null, instance: 'x' }, deps)).toEqual({ notes: ['Slack: posted to Slack'], warnings: [] });
      expect(receiver.received).toEqual(['POST /services/T000/B000/XXXX']);
      expect(JSON.parse(receiver.bodies[0]).blocks[0].text.text).toBe('❌ Load test failed');
      await publish(passing, plan, { runUrl: null, artifactUrl: null, instance: 'x' }, deps);
      expect(receiver.received).toHaveLength(1);
      const always = planFrom({ flags: { '--target': broken.url, '--slack-webhook-url': `${receiver.url}/hook`, '--slack-notify': 'always' } });
      await publish(passing, always, { runUrl: null, artifactUrl: null, instance: 'x' }, deps);
      expect(receiver.received).toHaveLength(2);
    } finally {
      await receiver.close();
    }
  });

  test('429 waits Retry-After, 5xx backs off, other 4xx give up at once; it never throws', async () => {
    const answers = [429, 503, 502, 200];
    const receiver = await startServer((_req, res) => {
      const status = answers.shift() ?? 200;
      res.writeHead(status, status === 429 ? { 'retry-after': '3' } : {});
      res.end(status === 200 ? 'ok' : 'try later');
    });
    const waits: number[] = [];
    try {
      expect(await postToSlack(`${receiver.url}/hook`, { text: 'x' }, async (ms) => void waits.push(ms))).toEqual({ ok: true, detail: 'posted to Slack (attempt 4)' });
      expect(waits).toEqual([3000, 2000, 4000]);
      answers.push(404);
      waits.length = 0;
      expect(await postToSlack(`${receiver.url}/hook`, { text: 'x' }, async (ms) => void waits.push(ms))).toEqual({ ok: false, detail: 'Slack did not take the message: HTTP 404: try later' });
      expect(waits).toEqual([]);
      expect(await postToSlack(await refusedUrl(), { text: 'x' }, async () => undefined)).toMatchObject({ ok: false, detail: expect.stringMatching(/^Slack did not take the message: ECONNREFUSED/) });
    } finally {
      await receiver.close();
    }
  });
});
