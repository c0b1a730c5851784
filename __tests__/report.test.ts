import { describe, expect, test } from '@jest/globals';
import { uniformDelay } from '../src/slo/generator.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendEntry } from '../src/app/files.js';
import { buildReport } from '../src/report/build.js';
import { exitCodeOf } from '../src/report/model.js';
import { renderDeploymentEntry } from '../src/report/deployment.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderProgress, renderSummary } from '../src/report/console.js';
import { redactPath, redactUrl, scrub } from '../src/redact.js';
import { evaluateChecks } from '../src/slo/checks.js';
import { judge } from '../src/slo/verdict.js';
import { metrics } from './helpers/metrics.js';
import { planFrom } from './helpers/plan.js';

function sampleReport(p95: number) {
  const plan = planFrom({ flags: { '--target': 'https://user:hunter2@canary.example.com/?token=abc', '--p95': '250ms', '--header': ['Authorization: Bearer s3cr3t-value'] } });
  const overall = metrics({ requests: 15_750, errors: 24, errorRatePercent: 0.152, throughputRps: 1050.3, latencyMs: { p50: 95.5, p95, p99: 398.7 }, statusCodes: { '200': 15_726, '503': 24 }, errorCodes: { http_5xx: 24 } });
  const checks = evaluateChecks(overall, plan.thresholds, []);
  const judgement = judge({ checks, measuredRequests: 15_750, minRequests: 100, evidenceFor: () => null, generator: { shortfall: [], addedDelayMs: uniformDelay(0), delayShares: [], saturated: null, notes: [] }, stoppedBy: 'completed', abortReason: null, coverage: '' });
  return buildReport({
    plan,
    startedAt: new Date('2025-01-27T10:30:00Z'),
    endedAt: new Date('2025-01-27T10:35:00Z'),
    status: 'completed',
    loadSeconds: 300,
    snapshot: { measuredSeconds: 300, overall, endpoints: [{ ...overall, name: 'GET /?token=***' }], warmup: { requests: 0, errors: 0 }, arrivals: { scheduled: 0, dropped: 0 }, series: [] },
    checks,
    judgement,
    preflight: [],
    generator: null,
  });
}

describe('deployment report entry (the seeds\' format)', () => {
  test('an entry says which HTTP the load went over, when the run knows', () => {
    const entry = renderDeploymentEntry({ ...sampleReport(245.2), protocol: { version: '2', how: 'alpn', asked: 'auto', alpn: 'h2', connections: 3, streamsPerConnection: 100 } });
    expect(entry).toMatch(/^\*\*Target:\*\* .*\n\*\*Protocol:\*\* HTTP\/2 .*3 connections, up to 100 streams each {2}$/m);
    expect(renderDeploymentEntry(sampleReport(245.2))).not.toContain('Protocol');
  });
  test('passing entry', () => {
    expect(renderDeploymentEntry(sampleReport(245.2))).toBe(
      [
        '## 📊 Load Test Performance Results',
        '',
        '**Timestamp:** 2025-01-27 10:30:00 UTC  ',
        '**Status:** ✅ PASSED  ',
        '**Environment:** (none)  ',
        '**Target:** https://***:***@canary.example.com/?token=***  ',
        '**Pass reason:** all 2 SLO checks met over 15,750 measured requests  ',
        '**Auto-rollback Triggered:** No  ',
        '',
        '### Performance Metrics',
        '',
        '| Metric | Value | Unit |',
        '| --- | ---: | --- |',
        '| Total Requests | 15,750 | requests |',
        '| Duration | 300.0 | seconds |',
        '| Throughput | 1,050.3 | req/sec |',
        '| Error Rate | 0.15 | % |',
        '| P50 Latency | 95.5 | ms |',
        '| P95 Latency | 245.2 | ms |',
        '| P99 Latency | 398.7 | ms |',
        '',
        '---',
        '',
      ].join('\n'),
    );
  });

  test('failing entry gives the fail reason', () => {
    const entry = renderDeploymentEntry(sampleReport(350.2));
    expect(entry).toContain('**Status:** ❌ FAILED  ');
    expect(entry).toContain('**Fail reason:** P95 latency 350.2ms exceeds threshold 250ms  ');
  });
});

describe('appendEntry never loses an earlier entry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-append-'));
  test.each([
    ['a new file', null, 'ENTRY\n'],
    ['a file ending in a blank line', 'old\n\n', 'old\n\nENTRY\n'],
    ['a file ending in one newline', 'old\n', 'old\n\nENTRY\n'],
    ['a file without a final newline', 'old', 'old\n\nENTRY\n'],
  ])('%s', async (name, before, after) => {
    const path = join(dir, `${name.replace(/ /g, '-')}/deployment_report.md`);
    if (before !== null) {
      await appendEntry(path, '');
      writeFileSync(path, before);
    }
    await appendEntry(path, 'ENTRY\n');
    expect(readFileSync(path, 'utf8')).toBe(after);
  });

  test('many appends keep every entry, in order', async () => {
    const path = join(dir, 'many.md');
    writeFileSync(path, '# Deployment report\n\nhand-written history\n');
    for (let i = 0; i < 20; i++) await appendEntry(path, `entry ${i}\n`);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('# Deployment report\n\nhand-written history\n')).toBe(true);
    expect(text.match(/^entry \d+$/gm)).toEqual(Array.from({ length: 20 }, (_, i) => `entry ${i}`));
  });
});

describe('redaction', () => {
  test.each([
    ['https://user:pass@host.example/x', 'https://***:***@host.example/x'],
    ['https://host.example/x?api_key=123&page=2', 'https://host.example/x?api_key=***&page=2'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080/'],
  ])('redactUrl(%p)', (url, redacted) => expect(redactUrl(url)).toBe(redacted));

  test('redactPath hides token-like query values only', () => {
    expect(redactPath('/api/x?token=abc&q=shoes&Signature=zz')).toBe('/api/x?token=***&q=shoes&Signature=***');
  });

  test('scrub removes known secrets from free text (short values are left: they are not secrets)', () => {
    expect(scrub('Bearer s3cr3t-value failed; v=1', ['Bearer s3cr3t-value', '1'])).toBe('*** failed; v=1');
    // A secret of hex digits alone is scrubbed everywhere but inside a trace-id or span-id, where random hex holds it by chance.
    const id = '0af7651916cd43dd8448eb2024c80319';
    expect(scrub(`X-Api-Version 2024; trace [${id}](https://tempo.example/trace/${id}) "2024" 2024abc`, ['2024'])).toBe(`X-Api-Version ***; trace [${id}](https://tempo.example/trace/${id}) "***" ***abc`);
    // A secret that is itself 32 (or 16) hex digits, an API key, is scrubbed wherever it stands.
    const key = '9f86d081884c7d659a2feaa0c55ad015';
    expect(scrub(`answered 401: invalid api key ${key}; trace ${id}`, [key])).toBe(`answered 401: invalid api key ***; trace ${id}`);
    expect(scrub(`span ${key.slice(0, 16)}`, [key.slice(0, 16)])).toBe('span ***');
  });

  test('a report never contains a header value or URL credential', () => {
    const report = sampleReport(100);
    const everything = [JSON.stringify(report), renderMarkdown(report), renderDeploymentEntry(report), renderSummary(report)].join('\n');
    for (const secret of ['s3cr3t-value', 'hunter2', 'token=abc']) expect(everything).not.toContain(secret);
    expect(report.plan.headers).toEqual({ Authorization: '***' });
  });
});

describe('console', () => {
  test('progress line', () => {
    expect(renderProgress({ elapsedMs: 12_300, durationMs: 60_000, warmupMs: 0, model: 'closed', users: 50, arrivals: 0, requests: 7310, errors: 30, p95Ms: 17.94, dropped: 0 })).toBe(
      '[00:12/01:00] 50 users · 7,310 req/s · p95 17.9ms · errors 30/s (0.41%)',
    );
    expect(renderProgress({ elapsedMs: 3_000, durationMs: 60_000, warmupMs: 10_000, model: 'open', users: 0, arrivals: 200, requests: 180, errors: 0, p95Ms: 5, dropped: 20 })).toBe(
      '[00:03/01:00] 200 arrivals/s · 180 req/s · p95 5ms · errors 0/s (0%) · dropped 20 · warm-up',
    );
  });

  test('summary leads with the verdict and its reasons', () => {
    const text = renderSummary(sampleReport(350.2));
    expect(text.split('\n').slice(0, 2)).toEqual(['❌ FAILED', '  - P95 latency 350.2ms exceeds threshold 250ms']);
    expect(text).toContain('statuses  200 ×15,726 · 503 ×24');
    expect(text).toContain('errors    http_5xx ×24 — a 5xx status');
  });

  test('markdown report has the violations section, the SLO table and the seeds\' metrics table', () => {
    const md = renderMarkdown(sampleReport(350.2));
    expect(md).toContain('## ❌ SLO Violations\n\n- P95 latency 350.2ms exceeds threshold 250ms\n');
    expect(md).toContain('| P95 latency | all | ≤ 250ms | 350.2ms | ❌ fail |');
    expect(md).toContain('| P95 Latency | 350.2 | ms |');
  });
});

test('exitCodeOf is the one rule from verdict to exit code: unreachable first, then a shard\'s delivery, then the verdict', () => {
  expect(exitCodeOf({ verdict: 'fail', status: 'unreachable', shard: null })).toBe(4);
  expect(exitCodeOf({ verdict: 'fail', status: 'completed', shard: { index: 1 } })).toBe(0);
  expect(exitCodeOf({ verdict: 'pass', status: 'interrupted', shard: { index: 1 } })).toBe(3);
  expect(exitCodeOf({ verdict: 'fail', status: 'unreachable', shard: { index: 1 } })).toBe(4);
  expect(['pass', 'fail', 'inconclusive'].map((verdict) => exitCodeOf({ verdict: verdict as 'pass', status: 'completed', shard: null }))).toEqual([0, 1, 3]);
});
