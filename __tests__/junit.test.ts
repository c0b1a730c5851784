// report.junit.xml read the way CI reads it. Every file here is the one a real run of the CLI wrote
// (real HTTP to servers on 127.0.0.1): a pass, a failure (with a baseline comparison), an
// inconclusive run, a canary, and rollouts that fail on a stage's SLO or on a traffic shift. Each is
// parsed by a real JUnit reader (junit2json, on xml2js), validated by xmllint against
// fixtures/junit.xsd (the Jenkins xunit junit-10 shape, tightened: see the file), and held to what
// JUnit consumers rely on: counts that equal the cases, a case per SLO check and per comparison with
// failures carrying the reason, a suite per rollout stage, valid times and timestamps, and names
// that survive a conformant parser exactly (xmllint reads them back).

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type TestCase, type TestSuite, type TestSuites } from 'junit2json';
import { main } from '../src/cli/main.js';
import type { RolloutReport, RunReport } from '../src/report/model.js';
import { formatValue } from '../src/slo/checks.js';
import { failing, ok, refusedUrl, slow, startServer, type TestServer } from './helpers/servers.js';
import { installed, missingError, skipMissing } from './helpers/prometheus.js';

const XSD = join(process.cwd(), '__tests__', 'fixtures', 'junit.xsd');
const hasXmllint = installed('xmllint');
const skipXsd = skipMissing(hasXmllint, 'xmllint', 'libxml2-utils');

const dir = mkdtempSync(join(tmpdir(), 'loadtest-junit-'));
let good: TestServer;
let bad: TestServer;
let slower: TestServer;
beforeAll(async () => {
  [good, bad, slower] = await Promise.all([startServer(ok), startServer(failing(500)), startServer(slow(12))]);
});
afterAll(async () => {
  await Promise.all([good.close(), bad.close(), slower.close()]);
});

interface Written {
  code: number;
  out: string;
  xml: string;
  file: string;
  doc: TestSuites;
  results: unknown;
}

/** loadtest runs the CLI in-process into its own report directory and reads back what it wrote. */
async function loadtest(name: string, argv: string[]): Promise<Written> {
  const output = join(dir, name);
  const out: string[] = [];
  const code = await main([...argv, '--output', output, '--deployment-report', join(output, 'deployments.md'), '-q'], { out: (t) => out.push(t), err: (t) => out.push(t), progress: () => undefined, env: {}, signal: new AbortController().signal, progressEverySeconds: 10, readLimits: () => null });
  const file = join(output, 'report.junit.xml');
  const xml = readFileSync(file, 'utf8');
  const doc = (await parse(xml)) as TestSuites;
  return { code, out: out.join('\n'), xml, file, doc, results: JSON.parse(readFileSync(join(output, 'results.json'), 'utf8')) };
}

const suitesOf = (doc: TestSuites): TestSuite[] => doc.testsuite ?? [];
const casesOf = (suite: TestSuite): TestCase[] => suite.testcase ?? [];
const allCases = (doc: TestSuites): TestCase[] => suitesOf(doc).flatMap(casesOf);
const outcome = (c: TestCase) => (c.failure ? 'failure' : c.error ? 'error' : c.skipped ? 'skipped' : 'pass');
const named = (cases: TestCase[], name: string, classname?: string) => cases.filter((c) => c.name === name && (classname === undefined || c.classname === classname));
/** inXml: text as report.junit.xml can carry it: XML 1.0 has no form for C0 controls other than tab, newline and carriage return (left out), nor UTF-8 for an unpaired surrogate (U+FFFD). */
const inXml = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** interval: "95% interval 99.9% to 100%", as the report writes a check's interval. */
function interval(check: RunReport['checks'][number]): string {
  const i = check.interval!;
  return `${Math.round(i.confidence * 100)}% interval ${formatValue(check.metric, i.low)} to ${formatValue(check.metric, i.high)}`;
}

/** xsdErrors: what xmllint says against fixtures/junit.xsd ('' when valid). */
function xsdErrors(file: string): string {
  if (skipXsd) return '';
  if (!hasXmllint) throw missingError('xmllint', 'libxml2-utils');
  try {
    execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

/** xpath: a string as libxml2, a conformant parser (attribute whitespace normalised), reads it back. */
function xpath(file: string, expression: string): string {
  return execFileSync('xmllint', ['--xpath', `string(${expression})`, file], { encoding: 'utf8' }).replace(/\n$/, '');
}

/**
 * expectConsumable: what any JUnit reader relies on. Valid against the schema; every count equals
 * the cases it counts (per suite and in all); every case named, classed and timed, with at most one
 * outcome element; a failure or error has its reason as message (and in its body) and a type; the
 * times and timestamps lie within the run as results.json tells it.
 */
function expectConsumable(w: Written, window: { startedAt: string; endedAt: string }) {
  expect(xsdErrors(w.file)).toBe('');
  const { doc } = w;
  const suites = suitesOf(doc);
  expect(suites.length).toBeGreaterThan(0);
  const all = allCases(doc);
  const tally = (cases: TestCase[], what: string) => cases.filter((c) => outcome(c) === what).length;
  expect(doc).toMatchObject({ name: 'loadtest-action', tests: all.length, failures: tally(all, 'failure'), errors: tally(all, 'error') });
  expect((doc as Record<string, unknown>).skipped).toBeUndefined();
  const start = Date.parse(window.startedAt);
  const end = Date.parse(window.endedAt);
  expect(Number(doc.time)).toBeCloseTo((end - start) / 1000, 2);
  for (const suite of suites) {
    const cases = casesOf(suite);
    expect(cases.length).toBeGreaterThan(0);
    expect(suite).toMatchObject({ tests: cases.length, failures: tally(cases, 'failure'), errors: tally(cases, 'error'), skipped: tally(cases, 'skipped') });
    expect(typeof suite.name).toBe('string');
    // Ant's timestamp: UTC to the second, no zone; within the run.
    expect(suite.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    const at = Date.parse(`${suite.timestamp}Z`);
    expect(at).toBeGreaterThanOrEqual(Math.floor(start / 1000) * 1000);
    expect(at).toBeLessThanOrEqual(end);
    expect(typeof suite.time).toBe('number');
    expect(suite.time!).toBeGreaterThanOrEqual(0);
    expect(suite.time!).toBeLessThanOrEqual((end - start) / 1000 + 0.001);
    for (const c of cases) {
      expect(String(c.name).length).toBeGreaterThan(0);
      expect(String(c.classname)).toMatch(/^loadtest(\.|$)/);
      expect(typeof c.time).toBe('number');
      expect([c.failure, c.error, c.skipped].filter(Boolean).flat()).toHaveLength(outcome(c) === 'pass' ? 0 : 1);
      for (const problem of [...(c.failure ?? []), ...(c.error ?? [])]) {
        expect(String(problem.message).length).toBeGreaterThan(0);
        expect(String(problem.type).length).toBeGreaterThan(0);
        expect(String(problem.inner)).toContain(String(problem.message).split('; ')[0]);
      }
      for (const skip of c.skipped ?? []) expect(String(skip.message).length).toBeGreaterThan(0);
    }
  }
}

/** expectRunCases: a run's cases are its verdict, then one per SLO check, canary comparison and baseline comparison, each with the judgement's outcome and reason. */
function expectRunCases(cases: TestCase[], run: RunReport, prefix = 'loadtest') {
  const verdict = named(cases, 'verdict', prefix);
  expect(verdict).toHaveLength(1);
  expect(outcome(verdict[0])).toBe({ pass: 'pass', fail: 'failure', inconclusive: 'error' }[run.verdict]);
  if (run.verdict !== 'pass') expect([...(verdict[0].failure ?? []), ...(verdict[0].error ?? [])][0].message).toBe(inXml(run.reasons.join('; ')));
  const checks = cases.filter((c) => String(c.classname).startsWith(`${prefix}.slo`));
  expect(checks).toHaveLength(run.checks.length);
  run.checks.forEach((check, i) => {
    const c = checks[i];
    expect(c.classname).toBe(inXml(`${prefix}.slo${check.endpoint === null ? '' : `.${check.endpoint}`}`));
    expect(String(c.name)).toMatch(check.metric === 'throughput' || check.metric === 'checks' ? / ≥ / : / ≤ /);
    const untrusted = run.untrusted.some((u) => u.metric === check.metric && u.endpoint === check.endpoint);
    expect(outcome(c)).toBe(check.passed ? 'pass' : check.noData || untrusted ? 'error' : 'failure');
    if (outcome(c) === 'failure') expect(c.failure![0]).toMatchObject({ message: inXml(check.message), type: 'slo' });
  });
  const compared = [
    ...(run.comparison?.results ?? []).map((r) => ({ ...r, kind: 'canary', against: 'production' })),
    ...(run.regression?.rows ?? []).map((r) => ({ ...r, kind: 'regression', against: 'the baseline' })),
  ];
  const notCompared = cases.filter((c) => c.name === 'not compared with the baseline');
  expect(notCompared).toHaveLength(run.regression?.status === 'not-comparable' ? 1 : 0);
  if (notCompared.length) {
    expect(notCompared[0].classname).toBe(`${prefix}.regression`);
    expect(outcome(notCompared[0])).toBe('error');
    expect(notCompared[0].error![0]).toMatchObject({ message: inXml(run.regression!.reasons.join('; ')), type: 'inconclusive' });
  }
  const comparisonCases = cases.filter((c) => /^[^.]+(\.rollout\.stage\d+)?\.(canary|regression)/.test(String(c.classname)) && !notCompared.includes(c));
  expect(comparisonCases).toHaveLength(compared.length);
  compared.forEach((r, i) => {
    const c = comparisonCases[i];
    expect(c).toMatchObject({ name: `${r.metric} ${r.rule} against ${r.against}`, classname: `${prefix}.${r.kind}${r.scope ? `.${r.scope}` : ''}` });
    const expected = r.verdict === 'pass' ? 'pass' : r.verdict === 'fail' ? 'failure' : r.advisory && !r.generatorHeld ? 'skipped' : 'error';
    expect(outcome(c)).toBe(expected);
    const problem = c.failure?.[0] ?? c.error?.[0] ?? c.skipped?.[0];
    if (problem) expect(problem.message).toBe(r.reason);
    if (c.failure) expect(c.failure[0].type).toBe(r.kind);
    if (c.error) expect(c.error[0].type).toBe('inconclusive');
  });
  expect(cases).toHaveLength(1 + run.checks.length + compared.length + notCompared.length + (run.rollback.triggered ? 1 : 0) + cases.filter((c) => String(c.name).endsWith(' hook')).length);
}

describe('report.junit.xml from real runs, read by a JUnit reader', () => {
  let pass: Written;

  test('a pass: one suite, the verdict and every SLO check passing; a minimum reads ≥', async () => {
    pass = await loadtest('pass', ['run', '--target', good.url, '--concurrency', '2', '--duration', '1s', '--min-requests', '1', '--p95', '1s', '--error-rate', '1%', '--throughput', '1']);
    expect(pass.code).toBe(0);
    const run = pass.results as RunReport;
    expectConsumable(pass, run);
    expect(suitesOf(pass.doc)).toHaveLength(1);
    expect(suitesOf(pass.doc)[0].name).toBe(`loadtest ${run.target}`);
    expect(pass.doc).toMatchObject({ tests: 4, failures: 0, errors: 0 });
    expect(allCases(pass.doc).map((c) => [c.name, c.classname, outcome(c)])).toEqual([
      ['verdict', 'loadtest', 'pass'],
      ['P95 latency ≤ 1s', 'loadtest.slo', 'pass'],
      ['Error rate ≤ 1%', 'loadtest.slo', 'pass'],
      ['Throughput ≥ 1 req/sec', 'loadtest.slo', 'pass'],
    ]);
    expectRunCases(allCases(pass.doc), run);
    // The verdict case lasts the run; a check is a judgement, not a test that took time.
    expect(named(allCases(pass.doc), 'verdict')[0].time).toBeCloseTo(suitesOf(pass.doc)[0].time!, 3);
  });

  test('a failure: the broken SLO a <failure> with the SLO and measured vs limit, and a case per baseline comparison', async () => {
    const fail = await loadtest('fail', ['run', '--target', bad.url, '--concurrency', '2', '--duration', '1s', '--min-requests', '1', '--p95', '1s', '--baseline', join(dir, 'pass', 'results.json')]);
    expect(fail.code).toBe(1);
    const run = fail.results as RunReport;
    expectConsumable(fail, run);
    const cases = allCases(fail.doc);
    expectRunCases(cases, run);
    const errorRate = named(cases, 'Error rate ≤ 0.5%', 'loadtest.slo')[0];
    expect(errorRate.failure![0]).toMatchObject({ type: 'slo', message: 'Error rate 100% exceeds threshold 0.5%' });
    expect(named(cases, 'verdict')[0].failure![0]).toMatchObject({ type: 'verdict', message: expect.stringMatching(/^every one of the [\d,]+ measured requests failed \(HTTP 500 ×[\d,]+\)/) });
    // Against the passing run as its baseline, the error rate regressed: a failing regression case with the comparison's reason.
    const regressed = cases.filter((c) => c.classname === 'loadtest.regression' && c.failure);
    expect(regressed.map((c) => c.name)).toContain(`error_rate ${run.regression!.rows.find((r) => r.scope === null && r.metric === 'error_rate')!.rule} against the baseline`);
    expect(fail.doc.failures).toBe(cases.filter((c) => c.failure).length);
    expect(fail.doc.failures).toBeGreaterThanOrEqual(3);
  });

  test('a baseline over another HTTP version: one <error> case "not compared with the baseline" with the reason, counted in errors, and no comparison cases', async () => {
    // The pass's results.json, said to have gone over HTTP/2: this run goes over HTTP/1.1 (http://), so it is not comparable.
    const baseline = JSON.parse(readFileSync(join(dir, 'pass', 'results.json'), 'utf8')) as RunReport;
    const file = join(dir, 'h2-baseline.json');
    writeFileSync(file, JSON.stringify({ ...baseline, protocol: { ...baseline.protocol!, version: '2', how: 'prior-knowledge', asked: '2' } }));
    const w = await loadtest('not-comparable', ['run', '--target', good.url, '--concurrency', '2', '--duration', '1s', '--min-requests', '1', '--p95', '1s', '--baseline', file]);
    const run = w.results as RunReport;
    expect(run.regression).toMatchObject({ status: 'not-comparable', rows: [] });
    expectConsumable(w, run);
    expectRunCases(allCases(w.doc), run);
    const cases = named(allCases(w.doc), 'not compared with the baseline', 'loadtest.regression');
    expect(cases).toHaveLength(1);
    expect(cases[0].error![0].message).toContain("the baseline's load went over HTTP/2 (http_version 2) and this run's over HTTP/1.1");
    expect(w.doc.errors).toBe(allCases(w.doc).filter((c) => c.error).length);
    expect(w.doc.errors).toBeGreaterThanOrEqual(1);
  });

  test('an inconclusive run: the verdict an <error type="inconclusive"> with its reason, counted in errors', async () => {
    const open = await loadtest('inconclusive', ['run', '--target', good.url, '--concurrency', '2', '--duration', '0.5s', '--min-requests', '100000000']);
    expect(open.code).toBe(3);
    const run = open.results as RunReport;
    expectConsumable(open, run);
    expectRunCases(allCases(open.doc), run);
    expect(named(allCases(open.doc), 'verdict')[0].error![0]).toMatchObject({ type: 'inconclusive', message: expect.stringContaining('too few requests completed to judge') });
    expect(open.doc).toMatchObject({ failures: 0, errors: 1 });
  });

  test('a shard: its job exits 0 and the merge judges, so nothing it measured is red; what failed is skipped as provisional, with what it measured', async () => {
    const shard = await loadtest('shard', ['run', '--target', bad.url, '--shard', '1/2', '--concurrency', '2', '--duration', '1s', '--min-requests', '1']);
    expect(shard.code).toBe(0);
    const run = shard.results as RunReport;
    expect(run.verdict).toBe('fail');
    expectConsumable(shard, run);
    expect(shard.doc).toMatchObject({ failures: 0, errors: 0 });
    const verdict = allCases(shard.doc).find((c) => c.name === 'verdict')!;
    expect(verdict.skipped?.[0].message).toBe(`provisional, shard 1 of 2: the merge judges the whole run; this shard measured: ${run.reasons.join('; ')}`);
    const broken = allCases(shard.doc).filter((c) => c.classname === 'loadtest.slo' && String(c.name).startsWith('Error rate'));
    expect(broken).toHaveLength(1);
    expect(broken[0].skipped?.[0].message).toMatch(/^provisional, shard 1 of 2: .*this shard measured: Error rate 100% exceeds threshold/);
  });

  test('an unreachable target: a failing verdict case, not an empty report', async () => {
    const down = await loadtest('unreachable', ['run', '--target', await refusedUrl(), '--wait-for-ready', '0']);
    expect(down.code).toBe(4);
    expectConsumable(down, down.results as RunReport);
    expect(allCases(down.doc)[0]).toMatchObject({ name: 'verdict', failure: [{ message: expect.stringMatching(/unreachable|connect|refused/i) }] });
  });

  test('a canary: a case per comparison metric and scope against production; the slower canary\'s failures carry their reasons', async () => {
    const canary = await loadtest('canary', ['canary', '--canary-url', slower.url, '--production-url', good.url, '--concurrency', '6', '--duration', '3s', '--p95', '1s']);
    expect(canary.code).toBe(1);
    const run = canary.results as RunReport;
    expectConsumable(canary, run);
    const cases = allCases(canary.doc);
    expectRunCases(cases, run);
    expect(run.comparison!.results.length).toBeGreaterThan(3);
    const p50 = named(cases, `p50 ${run.comparison!.results.find((r) => r.metric === 'p50')!.rule} against production`, 'loadtest.canary')[0];
    expect(p50.failure![0]).toMatchObject({ type: 'canary', message: expect.stringMatching(/^p50: canary [\d.]+ms vs production [\d.]+ms, \+[\d.]+ms \(99\.\d+% CI .* is more than the allowed/) });
    // Every scope of the comparison is there: the whole run, and each endpoint.
    expect(new Set(cases.filter((c) => String(c.classname).startsWith('loadtest.canary')).map((c) => c.classname))).toEqual(new Set(['loadtest.canary', 'loadtest.canary.GET /']));
  });

  test('hostile endpoint names and secrets that are XML words survive: names exact through a conformant parser, the forbidden characters left out', async () => {
    const config = join(dir, 'hostile.yml');
    // A YAML double-quoted name: markup characters, a CDATA end, tab, CR LF, two C0 controls XML 1.0 cannot carry, an unpaired surrogate, an emoji.
    writeFileSync(config, 'load_test:\n  endpoints:\n    - name: "a<b & \\"c\\" \'d\' ]]> \\x01\\x1f\\ttab\\r\\nline \\uD800 🚀"\n      path: /x\n      thresholds:\n        error_rate: 1%\n');
    const survived = 'a<b & "c" \'d\' ]]> \ttab\r\nline \uFFFD 🚀';
    // Header values are secrets, scrubbed from every report: "test" and "quot" must not be scrubbed out of the XML's own tags and references.
    const hostile = await loadtest('hostile', ['run', '--target', bad.url, '--config', config, '--concurrency', '2', '--duration', '1s', '--min-requests', '1', '--header', 'X-Env: test', '--header', 'X-Quote: quot', '--header', 'X-Stage: load']);
    expect(hostile.code).toBe(1);
    // The same for metrics.prom: "load" is a secret here, and loadtest_… must stay a metric name.
    const metrics = readFileSync(join(dir, 'hostile', 'metrics.prom'), 'utf8');
    expect(metrics).toMatch(/^loadtest_slo_passed\{/m);
    expect(metrics).not.toContain('***');
    const run = hostile.results as RunReport;
    expect(run.plan.headers).toEqual({ 'X-Env': '***', 'X-Quote': '***', 'X-Stage': '***' });
    expectConsumable(hostile, run);
    expectRunCases(allCases(hostile.doc), run);
    const endpointCase = allCases(hostile.doc).find((c) => c.classname === `loadtest.slo.${survived}` && c.name === 'Error rate ≤ 1%');
    expect(endpointCase?.failure?.[0]).toMatchObject({ type: 'slo', message: `${survived}: Error rate 100% exceeds threshold 1%` });
    // The body: the reason, then the interval the measured value was judged with.
    const body = `${survived}: Error rate 100% exceeds threshold 1%\n${interval(run.checks.find((c) => c.endpoint !== null && c.metric === 'error_rate')!)}`;
    expect(endpointCase!.failure![0].inner).toBe(body);
    if (!skipXsd) {
      // libxml2 normalises whitespace in attributes as the XML spec says (Java's parsers, so Jenkins, too): what it reads back is what was meant.
      expect(xpath(hostile.file, '//testcase[@name="Error rate ≤ 1%" and starts-with(@classname, "loadtest.slo.a")]/@classname')).toBe(`loadtest.slo.${survived}`);
      expect(xpath(hostile.file, '//testcase[@name="Error rate ≤ 1%" and starts-with(@classname, "loadtest.slo.a")]/failure/@message')).toBe(`${survived}: Error rate 100% exceeds threshold 1%`);
      expect(xpath(hostile.file, '//testcase[@name="Error rate ≤ 1%" and starts-with(@classname, "loadtest.slo.a")]/failure')).toBe(body);
    }
  });
});

describe('report.junit.xml from real rollouts', () => {
  /** control: a router the test controls (its weight is the last percentage POSTed to /weight, refused at `refuseAt`); the service behind it fails from 25%. */
  async function rollout(name: string, refuseAt: number | null) {
    let weight = 0;
    const control = await startServer((req, res, body) => {
      const asked = req.url === '/weight' ? (JSON.parse(body) as { percentage: number }).percentage : null;
      if (asked !== null && asked === refuseAt) {
        res.writeHead(503);
        res.end('router is read-only');
        return;
      }
      if (asked !== null) weight = asked;
      res.writeHead(200);
      res.end('ok');
    });
    const target = await startServer((_req, res) => {
      res.writeHead(weight >= 25 ? 500 : 200);
      res.end();
    });
    try {
      const stages = '[{name: canary, percentage: 5, duration: 1s}, {name: "a quarter", percentage: 25, duration: 1s}, {name: all, percentage: 100, duration: 1s}]';
      return await loadtest(name, ['rollout', '--target', target.url, '--stages', stages, '--shift', `${control.url}/weight`, '--on-rollback', `${control.url}/on-rollback`, '--auto-rollback-on-loadfail', '--error-rate', '12%', '--concurrency', '4', '--min-requests', '20']);
    } finally {
      await Promise.all([control.close(), target.close()]);
    }
  }

  test('a stage that fails its SLO: a suite for the rollout and one per stage; the failing stage\'s SLO a <failure>, the stage never reached skipped, the rollback a case', async () => {
    const w = await rollout('rollout', null);
    expect(w.code).toBe(1);
    const report = w.results as RolloutReport;
    expect(report).toMatchObject({ status: 'halted', haltedAt: 'a quarter', rollback: { triggered: true, ok: true } });
    expectConsumable(w, report);
    const suites = suitesOf(w.doc);
    expect(suites.map((s) => s.name)).toEqual([`rollout ${report.target}`, 'rollout stage 1: canary (5%)', 'rollout stage 2: a quarter (25%)', 'rollout stage 3: all (100%)']);
    // The rollout as a whole: its verdict (failed, with the halt's reason), the hooks it ran, the rollback.
    expect(casesOf(suites[0]).map((c) => [c.name, c.classname, outcome(c)])).toEqual([
      ['verdict', 'loadtest.rollout', 'failure'],
      ['shift traffic back hook', 'loadtest.rollout', 'pass'],
      ['on-rollback hook', 'loadtest.rollout', 'pass'],
      ['rollback', 'loadtest.rollout', 'pass'],
    ]);
    expect(casesOf(suites[0])[0].failure![0]).toMatchObject({ type: 'verdict', message: report.reasons.join('; ') });
    expect(casesOf(suites[0])[0].failure![0].message).toMatch(/^stage 2 \(a quarter\) did not pass: /);
    // Each stage that ran: its run's cases (verdict, SLO checks) under its own classname, and its shift hook.
    for (const i of [0, 1]) {
      const cases = casesOf(suites[i + 1]);
      expectRunCases(cases, report.stages[i].run!, `loadtest.rollout.stage${i + 1}`);
      expect(named(cases, 'shift traffic hook', `loadtest.rollout.stage${i + 1}`).map(outcome)).toEqual(['pass']);
      expect(suites[i + 1].timestamp).toBe(report.stages[i].run!.startedAt.slice(0, 19));
    }
    expect(suites[1]).toMatchObject({ failures: 0, errors: 0 });
    const broken = named(casesOf(suites[2]), 'Error rate ≤ 12%', 'loadtest.rollout.stage2.slo')[0];
    expect(broken.failure![0]).toMatchObject({ type: 'slo', message: expect.stringMatching(/^Error rate 100% exceeds threshold 12%$/) });
    expect(casesOf(suites[3])).toEqual([{ name: 'stage', classname: 'loadtest.rollout.stage3', time: 0, skipped: [{ message: expect.stringMatching(/^not reached: stage 2 \(a quarter\) did not pass/), inner: expect.any(String) }] }]);
  });

  test('a shift the router refuses: the rollout fails, so the report is red (the stage\'s shift hook a <failure>), not a green report of skipped stages', async () => {
    const w = await rollout('rollout-refused', 25);
    expect(w.code).toBe(1);
    const report = w.results as RolloutReport;
    expect(report.stages.map((s) => s.verdict)).toEqual(['pass', 'fail', 'skipped']);
    expect(report.stages[1].run).toBeNull();
    expectConsumable(w, report);
    const suites = suitesOf(w.doc);
    expect(w.doc.failures).toBeGreaterThanOrEqual(2);
    expect(suites[0].failures).toBe(1);
    expect(casesOf(suites[0])[0].failure![0].message).toMatch(/^shifting traffic to 25% \(a quarter\) failed: HTTP 503/);
    expect(casesOf(suites[2]).map((c) => [c.name, outcome(c)])).toEqual([['shift traffic hook', 'failure']]);
    expect(casesOf(suites[2])[0].failure![0]).toMatchObject({ type: 'hook', message: expect.stringMatching(/^POST http:\/\/127\.0\.0\.1:\d+\/…: HTTP 503/) });
    expect(suites[3]).toMatchObject({ tests: 1, skipped: 1, failures: 0 });
  });
});
