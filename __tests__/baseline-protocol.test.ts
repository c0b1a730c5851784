// A baseline recorded over another HTTP version than this run is not judged against: latency and
// errors across HTTP versions are not like for like. The comparison is inconclusive with the
// reason and the way out, never a silent pass; a baseline over the same version, or one whose file
// does not say (older files, Locust), is compared exactly as before. The rule is tested pure; the
// rest through the CLI against a real TLS server on 127.0.0.1 that speaks both HTTP/2 and HTTP/1.1.

import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareWithBaseline } from '../src/app/regression.js';
import { unlikeProtocol } from '../src/baseline/comparable.js';
import { HISTORY_FILE } from '../src/baseline/history.js';
import { parseBaseline } from '../src/baseline/read.js';
import { main } from '../src/cli/main.js';
import { verdictAnnotations } from '../src/github/annotations.js';
import { renderPullRequestComment } from '../src/report/regression.js';
import { runOutputs } from '../src/github/outputs.js';
import type { ArmProtocol, RunReport } from '../src/report/model.js';
import { closeAfterEach } from './helpers/closers.js';
import { versionServer } from './helpers/version-servers.js';
import { planFrom } from './helpers/plan.js';

const { closers } = closeAfterEach();

describe('the rule, pure', () => {
  const run = (version: '1.1' | '2', asked: ArmProtocol['asked']): Pick<ArmProtocol, 'version' | 'asked'> => ({ version, asked });

  test('the same version, or a side that does not say: compared as before', () => {
    expect(unlikeProtocol({ version: '1.1', asked: '1.1' }, run('1.1', '1.1'), 'cli')).toBeNull();
    expect(unlikeProtocol({ version: '2', asked: 'auto' }, run('2', '2'), 'cli')).toBeNull();
    expect(unlikeProtocol(null, run('2', 'auto'), 'cli')).toBeNull();
    expect(unlikeProtocol(undefined, run('2', 'auto'), 'cli')).toBeNull();
    expect(unlikeProtocol({ version: '1.1', asked: '1.1' }, null, 'cli')).toBeNull();
  });

  test('another version: both versions, the setting this run had, and the two ways out', () => {
    expect(unlikeProtocol({ version: '1.1', asked: '1.1' }, run('2', 'auto'), 'cli')).toBe("the baseline's load went over HTTP/1.1 (http_version 1.1) and this run's over HTTP/2 (http_version auto): latency and errors over different HTTP versions are not like for like, so the regression rules were not applied; pass --http-version 1.1 to compare with this baseline, or refresh the baseline with a run over HTTP/2");
    // A baseline over HTTP/2 that auto chose, this run at the default 1.1: auto loads it as the baseline was.
    expect(unlikeProtocol({ version: '2', asked: 'auto' }, run('1.1', '1.1'), 'action')).toBe("the baseline's load went over HTTP/2 (http_version auto) and this run's over HTTP/1.1 (http_version 1.1): latency and errors over different HTTP versions are not like for like, so the regression rules were not applied; set the http-version input to auto to compare with this baseline, or refresh the baseline with a run over HTTP/1.1");
    // Under auto already (the server no longer chose h2): only 2 asks for HTTP/2, and its pre-flight says whether the target still speaks it.
    expect(unlikeProtocol({ version: '2', asked: 'auto' }, run('1.1', 'auto'), 'cli')).toContain('pass --http-version 2 to compare with this baseline');
    expect(unlikeProtocol({ version: '2', asked: '2' }, run('1.1', '1.1'), 'cli')).toContain('pass --http-version 2 to compare with this baseline');
    // A canary held to HTTP/1.1 by a production without h2 cannot be loaded over HTTP/2: the way out is a baseline over HTTP/1.1, not a setting of this run.
    const held = unlikeProtocol({ version: '2', asked: 'auto' }, { version: '1.1', asked: 'auto', sharedVersion: true }, 'cli')!;
    expect(held).toContain("this run's over HTTP/1.1, because production does not offer h2");
    expect(held).toContain('only a baseline recorded over HTTP/1.1 can be compared');
    expect(held).not.toContain('to compare with this baseline');
  });
});

/** bothServer: node:http2 over TLS offering h2 and http/1.1 by ALPN; `versions` is what each request came over, as the server read it. */
const bothServer = () => versionServer(closers, true);

/** cli: the CLI in-process, a run against `target` with its report written under `dir`. */
async function cli(target: string, dir: string, flags: string[]): Promise<{ code: number; out: string; report: RunReport }> {
  const out: string[] = [];
  const argv = ['run', '--target', target, '--insecure', '--concurrency', '4', '--duration', '1.5s', '--p95', '1s', '--wait-for-ready', '0', '--output', dir, ...flags];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => out.push(t), progress: () => {}, env: {}, signal: new AbortController().signal, progressEverySeconds: 1, readLimits: () => null });
  return { code, out: out.join('\n'), report: JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as RunReport };
}

describe('against a real server speaking both HTTP/2 and HTTP/1.1', () => {
  test('a baseline recorded over HTTP/1.1 holds a run under auto to HTTP/1.1 where the target speaks it: compared like for like, and said so', async () => {
    const server = await bothServer();
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-baseline-protocol-'));
    const base = await cli(server.url, join(dir, 'base'), ['--http-version', '1.1']);
    expect(base.report.protocol).toMatchObject({ version: '1.1', asked: '1.1' });
    server.versions.length = 0;

    const { report } = await cli(server.url, join(dir, 'now'), ['--http-version', 'auto', '--baseline', join(dir, 'base', 'results.json')]);
    // The server's own view: every request of the load over HTTP/1.1.
    expect(new Set(server.versions)).toEqual(new Set(['1.1']));
    expect(report.protocol).toMatchObject({ version: '1.1', asked: 'auto', heldToBaseline: true });
    expect(report.regression).toMatchObject({ status: 'compared' });
    expect(report.regression!.rows.length).toBeGreaterThan(0);
    expect(report.notices).toContain('the target chose h2, but the baseline went over HTTP/1.1: loaded over HTTP/1.1 so that this run is compared with its baseline like for like (http_version auto; with http_version 2 it is loaded over HTTP/2, and the baseline is then not compared)');
    expect(report.preflight.some((s) => s.what.endsWith("offering only http/1.1 (the baseline's version)"))).toBe(true);
  });

  test('a target that speaks only HTTP/2 cannot be held to an HTTP/1.1 baseline: loaded over HTTP/2, not compared, inconclusive; the failed attempt is no pre-flight failure', async () => {
    const both = await bothServer();
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-baseline-protocol-'));
    await cli(both.url, join(dir, 'base'), ['--http-version', '1.1']);
    const h2only = await versionServer(closers, false);
    const { code, report } = await cli(h2only.url, join(dir, 'now'), ['--http-version', 'auto', '--baseline', join(dir, 'base', 'results.json'), '--duration', '0.5s']);
    expect(report.protocol).toMatchObject({ version: '2', asked: 'auto' });
    expect(report.protocol!.heldToBaseline).toBeUndefined();
    expect(report.preflight.every((s) => s.ok)).toBe(true);
    expect(report.regression).toMatchObject({ status: 'not-comparable', verdict: 'inconclusive' });
    expect(report.verdict).toBe('inconclusive');
    expect(code).toBe(3);
  });

  test('a baseline that cannot be compared (recorded over HTTP/2, a run pinned to 1.1): the check asked for was not made, so a passing run is inconclusive with the way out, never a silent pass', async () => {
    const server = await bothServer();
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-baseline-protocol-'));
    const base = await cli(server.url, join(dir, 'base'), ['--http-version', 'auto']);
    expect(base.report.protocol).toMatchObject({ version: '2', asked: 'auto' });
    const { code, out, report } = await cli(server.url, join(dir, 'now'), ['--baseline', join(dir, 'base', 'results.json')]);
    expect(report.protocol).toMatchObject({ version: '1.1', asked: '1.1' });
    const reason = "the baseline's load went over HTTP/2 (http_version auto) and this run's over HTTP/1.1 (http_version 1.1): latency and errors over different HTTP versions are not like for like, so the regression rules were not applied; pass --http-version auto to compare with this baseline, or refresh the baseline with a run over HTTP/1.1";
    expect(report.regression).toMatchObject({ status: 'not-comparable', verdict: 'inconclusive', reasons: [reason], rows: [], unmatched: [], baseline: { kind: 'results', protocol: { version: '2', asked: 'auto' }, history: [] } });
    expect(report.verdict).toBe('inconclusive');
    expect(report.reasons).toEqual([`regression vs baseline not judged: ${reason}`]);
    expect(code).toBe(3);
    expect(runOutputs(report, { reportDir: 'r', resultsJson: 'r/results.json' }, null).regression).toBe('not-comparable');
    expect(out).toContain(`⚠️ Not compared with the baseline ${join(dir, 'base', 'results.json')} (results.json, started `);
    expect(verdictAnnotations(report, () => ({}))).toContainEqual({ level: 'warning', title: 'Not compared with the baseline', message: reason });
    expect(renderPullRequestComment(report, { runUrl: null, artifactUrl: null })).toContain(reason);
    // The history this run leaves starts with it: HTTP/2 runs are not carried into an HTTP/1.1 baseline's.
    const history = JSON.parse(readFileSync(join(dir, 'now', HISTORY_FILE), 'utf8')) as { runs: Array<{ startedAt: string }> };
    expect(history.runs.map((r) => r.startedAt)).toEqual([report.startedAt]);

    // With fail_on_regression off the gate stands on its SLOs, and says what it did not do.
    const lenient = await cli(server.url, join(dir, 'lenient'), ['--baseline', join(dir, 'base', 'results.json'), '--fail-on-regression', 'false']);
    expect(lenient.report.verdict).toBe('pass');
    expect(lenient.code).toBe(0);
    expect(lenient.report.notices).toContain(`not compared with the baseline: ${reason}`);
  });

  test('over the same version, the comparison is exactly what it was before the baseline said its version; an older file without it is compared as before', async () => {
    const server = await bothServer();
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-baseline-protocol-'));
    const base = await cli(server.url, join(dir, 'base'), ['--http-version', '1.1']);
    const now = await cli(server.url, join(dir, 'now'), ['--http-version', '1.1', '--baseline', join(dir, 'base', 'results.json')]);
    expect(now.report.regression).toMatchObject({ status: 'compared', baseline: { protocol: { version: '1.1', asked: '1.1' } } });
    expect(now.report.regression!.rows.length).toBeGreaterThan(0);

    // The same run against the same baseline with its protocol taken out (a file from before it was recorded): the same judgement, row for row.
    const text = readFileSync(join(dir, 'base', 'results.json'), 'utf8');
    const { protocol: _protocol, ...older } = JSON.parse(text) as RunReport;
    const plan = planFrom({ flags: { '--target': server.url, '--baseline': 'b.json' } });
    const judged = (file: string) => compareWithBaseline(now.report, { found: true, baseline: parseBaseline(file, 'b.json') }, plan.baseline!, plan.endpoints, 'cli');
    const withVersion = judged(text);
    const without = judged(JSON.stringify(older));
    expect(withVersion.status).toBe('compared');
    expect({ ...withVersion, baseline: { ...withVersion.baseline!, protocol: null } }).toEqual(without);

    // An older baseline file and a run over HTTP/2: compared as before (nothing says they differ).
    writeFileSync(join(dir, 'older.json'), JSON.stringify(older));
    const h2 = await cli(server.url, join(dir, 'h2'), ['--http-version', 'auto', '--baseline', join(dir, 'older.json')]);
    expect(h2.report.protocol).toMatchObject({ version: '2' });
    expect(h2.report.regression).toMatchObject({ status: 'compared', baseline: { protocol: null } });
    expect(h2.report.regression!.rows.length).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'h2', HISTORY_FILE))).toBe(true);
    expect(base.report.regression ?? null).toBeNull();
  });

  test('deciding early: a baseline that cannot be compared holds no look open', async () => {
    const server = await bothServer();
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-baseline-protocol-'));
    await cli(server.url, join(dir, 'base'), ['--http-version', 'auto']);
    const { report } = await cli(server.url, join(dir, 'now'), ['--baseline', join(dir, 'base', 'results.json'), '--decide-early', '--min-duration', '1s', '--duration', '6s']);
    expect(report.regression).toMatchObject({ status: 'not-comparable' });
    expect(report.sequential!.openAtLastLook.filter((what) => what.startsWith('vs baseline'))).toEqual([]);
  });
});
