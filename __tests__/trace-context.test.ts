// W3C trace context (load_test.trace): a traceparent on every request, over HTTP/1.1 and HTTP/2, and
// the trace IDs the report keeps: each endpoint's slowest requests and every failed one. The servers
// here log the traceparent they received with their own latency, and the report is held to their log.

import { describe, expect, test } from '@jest/globals';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { renderJobSummary } from '../src/report/job-summary.js';
import { renderPullRequestComment, renderRegressionIssue } from '../src/report/regression.js';
import { runLoadTest } from '../src/app/run.js';
import { TraceIds, idsIn, traceparentHeader } from '../src/client/trace-context.js';
import { TraceKeeper, keepSlowest } from '../src/metrics/traces.js';
import type { ErrorCode } from '../src/client/outcome.js';
import { slowestHeading } from '../src/report/traces.js';
import type { RunReport, TracedRequestReport } from '../src/report/model.js';
import { planFrom } from './helpers/plan.js';
import { failing, slow, startServer } from './helpers/servers.js';
import { startH2Server } from './helpers/h2-servers.js';
import { constants } from 'node:http2';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-(0[01])$/;

/** ServerLog: each request as the server saw it: the traceparent's IDs, its path, and how long the server itself took. */
interface Logged {
  traceId: string;
  spanId: string;
  flags: string;
  path: string;
  serverMs: number;
  /** receivedAt: when the server got it, on the wall clock (Date.now()). */
  receivedAt: number;
  /** bad: the server answered it with what the endpoint's check rejects. */
  bad: boolean;
}

/**
 * slowLog: most requests answered at once; after the warm-up (WARMUP_MS, so no connection's first
 * request is among them), every 13th held for a distinct, long time (SLOW_MS, the kept ones 150 ms
 * apart and 150 ms above the rest, so neither the network nor a busy runner can reorder them), and
 * every 7th answered with a body the check rejects.
 */
const SLOW_MS = [900, 750, 600, 450, 300, 150, 100, 50];
const WARMUP_MS = 500;
function slowLog() {
  const log: Logged[] = [];
  let n = 0;
  let slowNext = 0;
  let firstAt = 0;
  const answer = (traceparent: string | undefined, path: string, respond: (status: number, body: string) => void) => {
    const started = process.hrtime.bigint();
    const receivedAt = Date.now();
    firstAt ||= receivedAt;
    const match = TRACEPARENT.exec(traceparent ?? '');
    const k = ++n;
    const hold = receivedAt - firstAt > WARMUP_MS + 300 && k % 13 === 0 && slowNext < SLOW_MS.length ? SLOW_MS[slowNext++] : 0;
    const bad = k % 7 === 0;
    setTimeout(() => {
      respond(200, bad ? '{"ok":false}' : '{"ok":true}');
      log.push({ traceId: match?.[1] ?? '', spanId: match?.[2] ?? '', flags: match?.[3] ?? '', path, serverMs: Number(process.hrtime.bigint() - started) / 1e6, receivedAt, bad });
    }, hold);
    if (!match) throw new Error(`no valid traceparent: ${traceparent}`);
  };
  return { log, answer };
}

const bySlowest = (log: readonly Logged[]) => [...log].sort((a, b) => b.serverMs - a.serverMs);
const ids = (rows: ReadonlyArray<{ traceId: string }>) => rows.map((r) => r.traceId);

/** heldToTheLog: the report's kept IDs against the server's own log; `checked`: the endpoint's check rejects the bad answers. */
function heldToTheLog(report: RunReport, log: readonly Logged[], slowest: number, checked = true) {
  const traces = report.traces!;
  // Every request the server saw carried its own IDs, the sampled flag set.
  expect(log.length).toBe(report.overall.requests + report.warmup.requests);
  expect(new Set(ids(log)).size).toBe(log.length);
  expect(new Set(log.map((l) => l.spanId)).size).toBe(log.length);
  expect(new Set(log.map((l) => l.flags))).toEqual(new Set(['01']));
  // The report's slowest are exactly the server's slowest (of the requests after the warm-up, which alone are judged), in the same order.
  const loadStart = Date.parse(report.loadStartedAt!);
  expect(ids(traces.slowest)).toEqual(ids(bySlowest(log.filter((l) => l.receivedAt - loadStart >= WARMUP_MS + 100)).slice(0, slowest)));
  const logged = new Map(log.map((l) => [l.traceId, l]));
  // They are the held ones, each as long as it was held.
  // (A busy runner fires a timer late, never early: the server's own time is its hold and a little more.)
  traces.slowest.forEach((kept, i) => {
    expect(logged.get(kept.traceId)!.serverMs).toBeGreaterThanOrEqual(SLOW_MS[i] - 2);
    expect(logged.get(kept.traceId)!.serverMs).toBeLessThan(SLOW_MS[i] + 140);
  });
  for (const kept of traces.slowest) {
    expect(kept.spanId).toBe(logged.get(kept.traceId)!.spanId);
    // What the client measured holds what the server took; it was sent when the server got it.
    expect(kept.serviceTimeMs).toBeGreaterThanOrEqual(logged.get(kept.traceId)!.serverMs - 1);
    expect(kept.latencyMs).toBeGreaterThanOrEqual(kept.serviceTimeMs);
    expect(Math.abs(Date.parse(kept.at) - logged.get(kept.traceId)!.receivedAt)).toBeLessThan(250);
    expect(kept.offsetMs).toBeGreaterThanOrEqual(0);
    expect(kept.offsetMs).toBeLessThanOrEqual(report.durationSeconds * 1000);
  }
  if (!checked) {
    expect(traces.failed).toEqual([]);
    return;
  }
  // Every measured request the check failed, and only those: the warm-up's are not judged, so not kept.
  const failed = new Set(ids(traces.failed));
  const bad = log.filter((l) => l.bad);
  expect(traces.failed.length).toBe(report.overall.errorCodes.check_failed);
  expect([...failed].every((id) => bad.some((l) => l.traceId === id))).toBe(true);
  expect(bad.filter((l) => l.receivedAt - loadStart > WARMUP_MS + 50).every((l) => failed.has(l.traceId))).toBe(true);
  expect(bad.filter((l) => l.receivedAt - loadStart < WARMUP_MS - 50).some((l) => failed.has(l.traceId))).toBe(false);
  expect(traces.failed.every((f) => f.error === 'check_failed' && f.status === 200)).toBe(true);
  expect(traces.failedOmitted).toBe(0);
}

const CHECKED = 'load_test:\n  endpoints:\n    - name: item\n      path: /item\n      expect:\n        json:\n          - { path: $.ok, equals: true }\n';

describe('a traceparent on every request, and the trace IDs of the slowest and the failed', () => {
  test('HTTP/1.1: the report\'s slowest trace IDs are exactly the server\'s slowest requests, and its failed ones the requests the check failed', async () => {
    const { log, answer } = slowLog();
    const s = await startServer((req: IncomingMessage, res: ServerResponse) =>
      answer(req.headers.traceparent as string | undefined, req.url ?? '', (status, body) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(body);
      }),
    );
    try {
      const report = await runLoadTest(planFrom({ files: { 'c.yml': CHECKED }, config: 'c.yml', flags: { '--target': s.url, '--concurrency': '4', '--duration': '3s', '--warmup': `${WARMUP_MS}ms`, '--min-requests': '1', '--trace': true, '--trace-slowest': '5', '--trace-url': 'https://tempo.example/trace/{trace_id}' } }));
      expect(report.traces).toMatchObject({ sampled: true, url: 'https://tempo.example/trace/{trace_id}', slowestPerEndpoint: 5 });
      heldToTheLog(report, log, 5);
    } finally {
      await s.close();
    }
  });

  test.each([['h2c, a checked endpoint (written per hit)', false, true], ['TLS, a checked endpoint', true, true], ['h2c, a plain endpoint (read as HTTP/2 once, its IDs anew each hit)', false, false]])('HTTP/2 (%s): the same, each stream its own IDs', async (_, tls, checked) => {
    const { log, answer } = slowLog();
    const s = await startH2Server(
      (stream, request) =>
        answer(request.headers.traceparent as string | undefined, request.path, (status, body) => {
          if (stream.destroyed) return;
          stream.respond({ ':status': status, 'content-type': 'application/json' });
          stream.end(body);
        }),
      { tls },
    );
    try {
      const config = checked ? { files: { 'c.yml': CHECKED }, config: 'c.yml' } : {};
      const report = await runLoadTest(planFrom({ ...config, flags: { '--target': s.url, '--insecure': tls, '--http-version': '2', '--concurrency': '4', '--duration': '3s', '--warmup': `${WARMUP_MS}ms`, '--min-requests': '1', '--trace': true, '--trace-slowest': '5' } }));
      expect(report.protocol?.version).toBe('2');
      expect(report.traces?.url).toBeNull();
      heldToTheLog(report, log, 5, checked);
    } finally {
      await s.close();
    }
  });

  test('a flow: every step of every iteration carries its own IDs, setup\'s too; a failed check is kept with its reason', async () => {
    const seen: Array<{ path: string; traceparent: string }> = [];
    let orders = 0;
    const s = await startServer((req, res) => {
      seen.push({ path: req.url ?? '', traceparent: String(req.headers.traceparent) });
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url === '/token') return res.end('{"token":"t1"}');
      res.end(++orders % 5 === 0 ? '{"state":"lost"}' : '{"state":"placed"}');
    });
    try {
      const config = 'load_test:\n  setup:\n    - {name: token, path: /token, capture: {t: {json: $.token}}}\n  flows:\n    - steps:\n        - {name: order, path: /order, headers: {X-T: "{{ t }}"}, expect: {json: [{path: $.state, equals: placed}]}}\n';
      const report = await runLoadTest(planFrom({ files: { 'c.yml': config }, config: 'c.yml', flags: { '--target': s.url, '--concurrency': '2', '--think-time': '10ms', '--duration': '1s', '--min-requests': '1', '--trace': true, '--trace-sampled': 'false' } }));
      expect(seen[0].path).toBe('/token');
      const parsed = seen.map((r) => TRACEPARENT.exec(r.traceparent));
      expect(parsed.every((m) => m !== null && m[3] === '00')).toBe(true);
      expect(new Set(parsed.map((m) => m![1])).size).toBe(seen.length);
      expect(report.traces!.sampled).toBe(false);
      const lost = seen.filter((_, i) => i > 0).filter((__, k) => (k + 1) % 5 === 0).map((r) => TRACEPARENT.exec(r.traceparent)![1]);
      expect(lost.length).toBeGreaterThan(5);
      expect(new Set(ids(report.traces!.failed))).toEqual(new Set(lost));
      expect(report.traces!.failed[0]).toMatchObject({ endpoint: 'flow 1 › order', error: 'check_failed', reason: expect.stringContaining('$.state') });
    } finally {
      await s.close();
    }
  });

  test('off by default: no traceparent is sent, the report has no traces, and the trace settings given alone are said to be ignored', async () => {
    const s = await startServer((_req, res) => res.end('ok'));
    try {
      const plan = planFrom({ flags: { '--target': s.url, '--concurrency': '1', '--duration': '0.3s', '--min-requests': '1', '--trace-url': 'https://tempo.example/trace/{trace_id}', '--trace-sampled': 'false' } });
      expect(plan.trace).toBeNull();
      expect(plan.notices).toEqual(expect.arrayContaining([expect.stringMatching(/^--trace-url is ignored: trace is off.*pass --trace/), expect.stringMatching(/^--trace-sampled is ignored/)]));
      const report = await runLoadTest(plan);
      expect(s.headers.every((h) => h.traceparent === undefined)).toBe(true);
      expect(report.traces).toBeUndefined();
    } finally {
      await s.close();
    }
  });

  test('a traceparent the user set is replaced (and said so); every other header is as set', async () => {
    const s = await startServer((_req, res) => res.end('ok'));
    try {
      const plan = planFrom({ flags: { '--target': s.url, '--concurrency': '1', '--duration': '0.3s', '--min-requests': '1', '--trace': true, '--endpoints': '[{path: "/item/{{ seq() }}"}, {path: /plain}]', '--header': ['traceparent: 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', 'X-Team: perf'] } });
      expect(plan.notices).toContain('the traceparent header you set is replaced: with trace on, every request gets its own (its IDs are the ones the report keeps)');
      await runLoadTest(plan);
      // A templated endpoint (written per hit) and a literal one (copied per hit) alike.
      expect(s.received.some((r) => r.startsWith('GET /item/'))).toBe(true);
      expect(s.received).toContain('GET /plain');
      expect(new Set(s.headers.map((h) => h.traceparent)).size).toBe(s.headers.length);
      for (const h of s.headers) {
        expect(h.traceparent).toMatch(TRACEPARENT);
        expect(h.traceparent).not.toContain('0af7651916cd43dd8448eb211c80319c');
        expect(h['x-team']).toBe('perf');
      }
    } finally {
      await s.close();
    }
  });

  test('a canary: each arm its own IDs, production\'s kept beside the canary\'s', async () => {
    const servers = await Promise.all([0, 1].map(() => startServer((_req, res) => res.end('ok'))));
    try {
      const report = await runLoadTest(planFrom({ flags: { '--target': servers[0].url, '--production-url': servers[1].url, '--concurrency': '2', '--duration': '0.5s', '--min-requests': '1', '--trace': true } }, 'canary'), { sleep: async () => undefined });
      const sent = servers.map((s) => s.headers.map((h) => TRACEPARENT.exec(String(h.traceparent))![1]));
      expect(sent[0].filter((id) => sent[1].includes(id))).toEqual([]);
      expect(ids(report.traces!.slowest).every((id) => sent[0].includes(id))).toBe(true);
      expect(ids(report.comparison!.production.traces!.slowest).every((id) => sent[1].includes(id))).toBe(true);
      expect(report.comparison!.production.traces!.slowest.length).toBeGreaterThan(0);
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });

  test('a malformed trace_url, or one carrying a credential every report would publish, is a config error naming the key', () => {
    expect(() => planFrom({ flags: { '--target': 'http://127.0.0.1:1', '--trace': true, '--trace-url': 'https://tempo.example/trace/' } })).toThrow(/--trace-url.*\{trace_id\}/s);
    for (const url of ['https://admin:hunter22@tempo.example/trace/{trace_id}', 'https://grafana.example/explore?trace={trace_id}&api_key=glsa_abcdef123']) {
      let message = '';
      try {
        planFrom({ flags: { '--target': 'http://127.0.0.1:1', '--trace': true, '--trace-url': url } });
      } catch (error) {
        message = String(error);
      }
      expect(message).toMatch(/--trace-url.*cannot carry a user, password or token/s);
      expect(message).not.toMatch(/hunter22|glsa_abcdef123/);
    }
  });

  test('over HTTP/2, streams the server refused never reached it: counted apart, never listed as traces', async () => {
    let n = 0;
    const s = await startH2Server((stream) => {
      if (++n % 3 === 0) return stream.close(constants.NGHTTP2_REFUSED_STREAM);
      stream.respond({ ':status': 503 });
      stream.end('busy');
    });
    try {
      const report = await runLoadTest(planFrom({ flags: { '--target': s.url, '--http-version': '2', '--concurrency': '2', '--duration': '0.5s', '--min-requests': '1', '--trace': true } }));
      const refused = report.overall.errorCodes.h2_refused_stream ?? 0;
      expect(refused).toBeGreaterThan(0);
      expect(report.traces!.unreached).toBe(refused);
      expect(report.traces!.failed.every((f) => f.error === 'http_5xx')).toBe(true);
      expect(report.traces!.failed.length).toBe(report.overall.errorCodes.http_5xx);
      expect(renderPullRequestComment(report, NO_LINKS)).toContain(`${refused.toLocaleString('en-US')} more failed before reaching the service`);
    } finally {
      await s.close();
    }
  });

  test('the pre-flight does not send the traceparent the user set either: with trace on it is replaced everywhere', async () => {
    const s = await startServer((_req, res) => res.end('ok'));
    try {
      await runLoadTest(planFrom({ flags: { '--target': s.url, '--health-path': '/health', '--concurrency': '1', '--duration': '0.3s', '--min-requests': '1', '--trace': true, '--header': 'traceparent: 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' } }));
      expect(s.received[0]).toBe('GET /health');
      expect(s.headers[0].traceparent).toBeUndefined();
      expect(s.headers.slice(1).every((h) => TRACEPARENT.test(String(h.traceparent)))).toBe(true);
    } finally {
      await s.close();
    }
  });
});

describe('the pieces', () => {
  /** prepared: a request as client/request.ts prepares a traced one: the traceparent first, its IDs zeroed. */
  const prepared = (sampled = true) => {
    const [name, value] = traceparentHeader(sampled);
    return Buffer.from(`GET /a HTTP/1.1\r\n${name}: ${value}\r\nHost: x\r\n\r\n`, 'latin1');
  };

  test('IDs: lower-case hex, never all zeros, unique over 100,000 stamps of one request', () => {
    const source = new TraceIds();
    const bytes = prepared();
    const pairs = Array.from({ length: 100_000 }, () => {
      source.stamp(bytes);
      return idsIn(bytes);
    });
    expect(pairs.filter((pair) => !/^[0-9a-f]{48}$/.test(pair))).toEqual([]);
    expect(new Set(pairs.map((pair) => pair.slice(0, 32))).size).toBe(100_000);
    expect(new Set(pairs.map((pair) => pair.slice(32))).size).toBe(100_000);
  });

  test('stamping writes over the zeros only, and refuses a request prepared without the line', () => {
    for (const sampled of [true, false]) {
      const bytes = prepared(sampled);
      new TraceIds().stamp(bytes);
      const ids = idsIn(bytes);
      expect(bytes.toString('latin1')).toBe(`GET /a HTTP/1.1\r\ntraceparent: 00-${ids.slice(0, 32)}-${ids.slice(32)}-${sampled ? '01' : '00'}\r\nHost: x\r\n\r\n`);
      expect(ids).not.toMatch(/^0+$/);
    }
    expect(() => new TraceIds().stamp(Buffer.from('GET /a HTTP/1.1\r\nHost: x\r\n\r\n'))).toThrow('not prepared with a traceparent line');
  });

  test('the keeper: the N slowest per endpoint by service time (the first seen wins a tie), each endpoint\'s failures up to its share, the unreached counted apart', () => {
    const keeper = new TraceKeeper(['a', 'b'], 2, 20);
    const at = (i: number, endpoint: number, waitedMs: number, serviceMs: number, error: ErrorCode | null = null) =>
      keeper.note({ endpoint, intendedMs: 0, startMs: waitedMs, endMs: waitedMs + serviceMs, status: error === null ? 200 : error === 'http_5xx' ? 500 : 0, error, trace: Buffer.from(`GET / HTTP/1.1\r\ntraceparent: 00-${String(i).padStart(32, '0')}-${'1'.repeat(16)}-01\r\n\r\n`) });
    at(1, 0, 0, 10);
    at(2, 0, 0, 30);
    // The longest latency, but the generator's own wait: its trace would show a fast service.
    at(3, 0, 500, 20);
    at(4, 0, 0, 30);
    at(5, 1, 0, 5, 'http_5xx');
    for (let i = 6; i < 20; i++) at(i, 1, 0, 1, 'http_5xx');
    at(20, 0, 0, 3000, 'connect_timeout');
    at(21, 0, 0, 1, 'h2_refused_stream');
    const sample = keeper.sample();
    expect(sample.slowest.map((r) => [r.endpoint, r.serviceTimeMs, Number(r.traceId)])).toEqual([['a', 30, 2], ['a', 30, 4], ['b', 5, 5], ['b', 1, 6]]);
    // 20 kept across 2 endpoints: 10 each at least; b's first 10.
    expect(sample.failed.map((r) => Number(r.traceId))).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(sample.failedOmitted).toBe(5);
    expect(sample.unreached).toBe(2);
  });

  test('headings: "here are" for the far tail, the finding beside the traces for a middle percentile, the canary\'s named as such', () => {
    expect(slowestHeading({ metric: 'p99', scope: null, how: 'regressed' }, 10, null)).toBe("p99 regressed: here are the 10 slowest requests' traces");
    expect(slowestHeading({ metric: 'p999', scope: 'GET /a', how: 'broke its SLO' }, 3, 'GET /a')).toBe("p99.9 of GET /a broke its SLO: here are the 3 slowest requests' traces on GET /a");
    expect(slowestHeading({ metric: 'p50', scope: null, how: 'regressed' }, 10, null)).toBe("p50 regressed · the 10 slowest requests' traces");
    expect(slowestHeading({ metric: 'p99', scope: null, how: 'is worse than production' }, 10, null)).toBe("p99 is worse than production: here are the canary's 10 slowest requests' traces");
    expect(slowestHeading(null, 1, null)).toBe("The slowest request's trace");
  });

  test('keepSlowest, for merged shards: each endpoint\'s N slowest of them all', () => {
    const r = (endpoint: string, serviceTimeMs: number) => ({ endpoint, serviceTimeMs }) as TracedRequestReport;
    expect(keepSlowest([r('a', 1), r('b', 9), r('a', 5), r('a', 3), r('b', 2)], 2).map((x) => `${x.endpoint}${x.serviceTimeMs}`)).toEqual(['b9', 'a5', 'a3', 'b2']);
  });
});

function cli(argv: string[]) {
  const out: string[] = [];
  return main(argv, { out: (t) => out.push(t), err: () => {}, progress: () => {}, env: {}, signal: new AbortController().signal, progressEverySeconds: 1, readLimits: () => null }).then((code) => ({ code, out: out.join('\n') }));
}
const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as RunReport;
const NO_LINKS = { runUrl: null, artifactUrl: null };
const TEMPO = 'https://tempo.example/trace/{trace_id}';
/** linked: the trace IDs a markdown text links to through TEMPO, in order. */
const linked = (text: string) => [...text.matchAll(/\]\(https:\/\/tempo\.example\/trace\/([0-9a-f]{32})\)/g)].map((m) => m[1]);

describe('the trace IDs where people look', () => {
  test('p99 regressed: the PR comment, the regression issue, the job summary, the markdown and the HTML link the 10 slowest requests\' traces', async () => {
    const fast = await startServer(slow(2));
    // Slower, and with a tail: every 25th request waits 60 ms more.
    let n = 0;
    const slower = await startServer((_req, res) => setTimeout(() => res.end('slow'), ++n % 25 === 0 ? 70 : 10));
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-traces-'));
    try {
      const common = ['--concurrency', '8', '--duration', '2.5s', '--p95', '1s', '-q', '--trace', '--trace-url', TEMPO];
      expect((await cli(['run', '--target', fast.url, ...common, '--output', join(dir, 'base')])).code).toBe(0);
      const worse = await cli(['run', '--target', slower.url, ...common, '--output', join(dir, 'worse'), '--baseline', join(dir, 'base', 'results.json')]);
      expect(worse.code).toBe(1);
      const report = readReport(join(dir, 'worse'));
      const slowest10 = ids(report.traces!.slowest.slice(0, 10));
      expect(slowest10).toHaveLength(10);
      // The far tail that regressed names the heading; the whole run's did.
      const tail = ['p999', 'p99', 'p95', 'p90', 'p50'].find((m) => report.regression!.rows.some((r) => r.scope === null && r.metric === m && r.verdict === 'fail'))!;
      const heading = `### ${tail === 'p999' ? 'p99.9' : tail} regressed: here are the 10 slowest requests' traces`;

      const comment = renderPullRequestComment(report, NO_LINKS);
      expect(comment).toContain(heading);
      expect(linked(comment)).toEqual(slowest10);
      const issue = renderRegressionIssue(report, NO_LINKS, 'main');
      expect(issue).toContain(heading);
      expect(linked(issue)).toEqual(slowest10);
      const summary = renderJobSummary(report, { artifact: { uploaded: false, reason: 'test' }, cancelled: false });
      expect(summary).toContain(heading);
      expect(linked(summary)).toEqual(slowest10);
      const markdown = readFileSync(join(dir, 'worse', 'performance_report.md'), 'utf8');
      expect(markdown).toContain(heading.replace('### ', '## ').replace('the 10', `the ${report.traces!.slowest.length}`));
      expect(linked(markdown)).toEqual(ids(report.traces!.slowest));
      const html = readFileSync(join(dir, 'worse', 'report.html'), 'utf8');
      expect([...html.matchAll(/<a href="https:\/\/tempo\.example\/trace\/([0-9a-f]{32})">/g)].map((m) => m[1])).toEqual(ids(report.traces!.slowest));
      // The console names the slowest request's trace.
      expect(worse.out).toMatch(new RegExp(`^traces {4}slowest [\\d.]+ms on GET /: https://tempo\\.example/trace/${slowest10[0]} · results\\.json keeps \\d+ slowest$`, 'm'));
    } finally {
      await Promise.all([fast.close(), slower.close()]);
    }
  });

  test('nothing wrong: the comment lists no traces; the summary lists the slowest, as IDs, and says how to link them', async () => {
    const s = await startServer(slow(1));
    try {
      const report = await runLoadTest(planFrom({ flags: { '--target': s.url, '--concurrency': '2', '--duration': '0.5s', '--min-requests': '1', '--trace': true } }));
      expect(report.verdict).toBe('pass');
      expect(renderPullRequestComment(report, NO_LINKS)).not.toContain('traces');
      const summary = renderJobSummary(report, { artifact: { uploaded: false, reason: 'test' }, cancelled: false });
      expect(summary).toContain('### The 10 slowest requests\' traces');
      for (const id of ids(report.traces!.slowest.slice(0, 10))) expect(summary).toContain(`\`${id}\``);
      expect(summary).toContain('Set `trace_url`');
    } finally {
      await s.close();
    }
  });

  test('failed requests: the comment lists the first 10 failed requests\' traces and counts the rest', async () => {
    const s = await startServer(failing(503));
    try {
      const report = await runLoadTest(planFrom({ flags: { '--target': s.url, '--concurrency': '2', '--duration': '0.5s', '--min-requests': '1', '--trace': true, '--trace-url': TEMPO } }));
      expect(report.verdict).toBe('fail');
      const comment = renderPullRequestComment(report, NO_LINKS);
      expect(comment).toContain('### Failed requests\' traces');
      expect(comment).toContain(`${report.traces!.failed.length.toLocaleString('en-US')} failed requests kept their trace IDs`);
      expect(linked(comment.slice(comment.indexOf('### Failed requests')))).toEqual(ids(report.traces!.failed.slice(0, 10)));
      expect(report.traces!.failed.every((f) => f.status === 503 && f.error === 'http_5xx')).toBe(true);
    } finally {
      await s.close();
    }
  });

  test('a trace_url with characters markdown or HTML would read as their own is written so the link still opens the trace', async () => {
    const s = await startServer((_req, res) => res.end('ok'));
    try {
      const url = 'https://grafana.example/explore?left={"queries":[{"query":"{trace_id}"}]}&x=(a b)';
      const report = await runLoadTest(planFrom({ flags: { '--target': s.url, '--concurrency': '1', '--duration': '0.3s', '--min-requests': '1', '--trace': true, '--trace-url': url } }));
      const id = report.traces!.slowest[0].traceId;
      const summary = renderJobSummary(report, { artifact: { uploaded: false, reason: 'test' }, cancelled: false });
      expect(summary).toContain(`](https://grafana.example/explore?left={"queries":[{"query":"${id}"}]}&x=%28a%20b%29)`);
      const { renderHtmlReport } = await import('../src/report/html/render.js');
      expect(renderHtmlReport(report)).toContain(`<a href="https://grafana.example/explore?left={&quot;queries&quot;:[{&quot;query&quot;:&quot;${id}&quot;}]}&amp;x=(a b)">`);
    } finally {
      await s.close();
    }
  });
});
