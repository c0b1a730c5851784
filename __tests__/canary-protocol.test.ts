// A canary and production under http_version auto are loaded over one HTTP version: when one arm
// chooses h2 by ALPN and the other speaks only HTTP/1.1, both are loaded over HTTP/1.1, said once.
// Real TLS servers on 127.0.0.1 (a throwaway certificate), each recording the HTTP version of
// every request it answered: the tests assert the report against what the servers saw.

import { describe, expect, test } from '@jest/globals';
import Ajv from 'ajv';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedNotice } from '../src/app/shared-version.js';
import { main } from '../src/cli/main.js';
import { type ProtocolUsed, describeProtocol, settleProtocol, sharedArms } from '../src/client/protocol.js';
import type { RunReport } from '../src/report/model.js';
import { closeAfterEach } from './helpers/closers.js';
import { type VersionServer, versionServer } from './helpers/version-servers.js';
import { selfSignedCert } from './helpers/servers.js';

const { closers, server: h1server } = closeAfterEach();

/** tlsServer: node:http2 over TLS, offering h2 and, with `http1`, http/1.1 too by ALPN; every request answered 200. */
const tlsServer = (http1: boolean) => versionServer(closers, http1);

/** http11Server: node:https, HTTP/1.1 only (it chooses http/1.1 by ALPN). */
async function http11Server(): Promise<VersionServer> {
  const versions: string[] = [];
  const s = await h1server((req, res) => (versions.push(req.httpVersion), res.end('ok')), { tls: selfSignedCert() });
  return { url: s.url, versions };
}

const schema = JSON.parse(readFileSync('docs/results.schema.json', 'utf8'));
const ajv = new (Ajv as unknown as typeof Ajv.default)({ allErrors: true, strict: false });
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
const validate = ajv.compile(schema);

/** canary runs the CLI in-process and reads results.json back, as a workflow would. */
async function canary(target: string, production: string, flags: string[] = []): Promise<{ code: number; out: string; report: RunReport }> {
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-canary-protocol-'));
  const out: string[] = [];
  const argv = ['canary', '--target', target, '--production-url', production, '--insecure', '--http-version', 'auto', '--concurrency', '3', '--duration', '700ms', '--min-requests', '1', '--wait-for-ready', '0', '--output', dir, ...flags];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => out.push(t), progress: () => {}, env: { LOADTEST_DECIDE_EARLY: 'false' }, signal: new AbortController().signal, progressEverySeconds: 1, readLimits: () => null });
  const report = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as RunReport;
  validate(report);
  expect(validate.errors ?? []).toEqual([]);
  return { code, out: out.join('\n'), report };
}

describe('the rule, pure', () => {
  const arm = (version: '1.1' | '2', alpn: string | null, how: ProtocolUsed['how'] = 'alpn'): ProtocolUsed => ({ version, how, asked: 'auto', alpn });

  test('only arms that disagree are settled again, and only the HTTP/2 ones', () => {
    expect(sharedArms([arm('2', 'h2'), arm('1.1', 'http/1.1')])).toEqual([0]);
    expect(sharedArms([arm('1.1', null, 'cleartext'), arm('2', 'h2')])).toEqual([1]);
    expect(sharedArms([arm('2', 'h2'), arm('2', 'h2')])).toEqual([]);
    expect(sharedArms([arm('1.1', 'http/1.1'), arm('1.1', null, 'cleartext')])).toEqual([]);
    expect(sharedArms([arm('2', 'h2')])).toEqual([]);
  });

  test('settled again, a server known to speak ALPN must choose http/1.1: choosing nothing means it does not speak it', () => {
    expect(settleProtocol('1.1', true, null, true)).toEqual({ ok: false, why: 'offered http/1.1 by ALPN, the server chose no protocol: it does not speak HTTP/1.1 over TLS here' });
    expect(settleProtocol('1.1', true, 'http/1.1', true)).toEqual({ ok: true, protocol: { version: '1.1', how: 'alpn', asked: '1.1', alpn: 'http/1.1' } });
    // A first pre-flight still takes a server that speaks no ALPN as HTTP/1.1, as before.
    expect(settleProtocol('1.1', true, null)).toEqual({ ok: true, protocol: { version: '1.1', how: 'alpn', asked: '1.1', alpn: null } });
  });

  test('the notice names the arm that does not offer h2 and why, once; none when nothing was settled again', () => {
    const moved = { ...arm('1.1', 'http/1.1'), sharedVersion: true as const };
    expect(sharedNotice([moved, arm('1.1', 'http/1.1')])).toBe('production does not offer h2 (it chose http/1.1 by ALPN): both arms loaded over HTTP/1.1 so the comparison is like for like (http_version auto; the canary chose h2, and was then offered only http/1.1)');
    expect(sharedNotice([arm('1.1', null, 'cleartext'), moved])).toBe('the canary does not offer h2 (it is http://, which auto loads over HTTP/1.1): both arms loaded over HTTP/1.1 so the comparison is like for like (http_version auto; production chose h2, and was then offered only http/1.1)');
    expect(sharedNotice([arm('2', 'h2'), arm('2', 'h2')])).toBeNull();
    expect(describeProtocol(moved)).toBe('HTTP/1.1 (auto: the server chose h2 by ALPN, but the other arm speaks only HTTP/1.1, so it was offered http/1.1 alone)');
  });
});

describe('under auto, a canary and production are loaded over the HTTP version they share', () => {
  const NOTICE = 'does not offer h2 (it chose http/1.1 by ALPN): both arms loaded over HTTP/1.1 so the comparison is like for like';

  test('a canary offering h2 and HTTP/1.1 beside production speaking only HTTP/1.1: both loaded over HTTP/1.1, said once', async () => {
    const [canaryServer, productionServer] = [await tlsServer(true), await http11Server()];
    const { out, report } = await canary(canaryServer.url, productionServer.url);
    // Loaded to the end (its verdict, on 0.7 s of load, is the comparison's to say).
    expect(report.status).toBe('completed');
    // The servers' own view: not one request over HTTP/2, and as many to each arm.
    expect(canaryServer.versions.length).toBeGreaterThan(0);
    expect(new Set(canaryServer.versions)).toEqual(new Set(['1.1']));
    expect(new Set(productionServer.versions)).toEqual(new Set(['1.1']));
    expect(canaryServer.versions.length).toBe(productionServer.versions.length);
    // results.json: the canary was settled again to share production's version; production as it chose.
    expect(report.protocol).toEqual({ version: '1.1', how: 'alpn', asked: 'auto', alpn: 'http/1.1', connections: 3, streamsPerConnection: null, sharedVersion: true });
    expect(report.comparison!.production.protocol).toEqual({ version: '1.1', how: 'alpn', asked: 'auto', alpn: 'http/1.1', connections: 3, streamsPerConnection: null });
    expect(report.notices.filter((n) => n.includes('like for like'))).toEqual([`production ${NOTICE} (http_version auto; the canary chose h2, and was then offered only http/1.1)`]);
    // The pre-flight says what it did: the canary's connection again, offering only http/1.1.
    expect(report.preflight.map((s) => s.what)).toEqual([`TLS connect to 127.0.0.1:${new URL(canaryServer.url).port}`, `TLS connect to 127.0.0.1:${new URL(productionServer.url).port}`, `TLS connect to 127.0.0.1:${new URL(canaryServer.url).port}, offering only http/1.1`]);
    expect(out).toContain('protocol  canary HTTP/1.1 (auto: the server chose h2 by ALPN, but the other arm speaks only HTTP/1.1, so it was offered http/1.1 alone), 3 connections · production HTTP/1.1 (auto offered h2; the server chose http/1.1 by ALPN), 3 connections');
  });

  test('the reverse: a canary speaking only HTTP/1.1 beside production offering h2: production is loaded over HTTP/1.1', async () => {
    const [canaryServer, productionServer] = [await http11Server(), await tlsServer(true)];
    const { report } = await canary(canaryServer.url, productionServer.url);
    expect(report.status).toBe('completed');
    expect(productionServer.versions.length).toBeGreaterThan(0);
    expect(new Set(productionServer.versions)).toEqual(new Set(['1.1']));
    expect(new Set(canaryServer.versions)).toEqual(new Set(['1.1']));
    expect(report.protocol).toMatchObject({ version: '1.1', alpn: 'http/1.1', asked: 'auto' });
    expect(report.protocol!.sharedVersion).toBeUndefined();
    expect(report.comparison!.production.protocol).toMatchObject({ version: '1.1', alpn: 'http/1.1', asked: 'auto', sharedVersion: true });
    expect(report.notices.filter((n) => n.includes('like for like'))).toEqual([`the canary ${NOTICE} (http_version auto; production chose h2, and was then offered only http/1.1)`]);
  });

  test('a canary speaking only HTTP/2 beside production speaking only HTTP/1.1: the pre-flight fails naming http_version, and no load is sent', async () => {
    const [canaryServer, productionServer] = [await tlsServer(false), await http11Server()];
    const { code, report } = await canary(canaryServer.url, productionServer.url);
    expect(code).toBe(4);
    expect(report.status).toBe('unreachable');
    expect(report.reasons).toHaveLength(1);
    expect(report.reasons[0]).toMatch(/^the canary cannot be loaded over HTTP\/1\.1 like production: http_version auto loads a canary and production over the HTTP version they share, so that they are compared like for like, and production does not offer h2 \(it chose http\/1\.1 by ALPN\); offered only http\/1\.1, the canary failed: tried TLS connect to 127\.0\.0\.1:\d+ once; last: the server accepts none of the protocols offered by ALPN \(http\/1\.1\) and ended the TLS handshake \(no_application_protocol\): it does not speak HTTP\/1\.1 over TLS here; this is not a service that is still starting, so it was not waited for; no load was sent\.$/);
    expect(report.preflight.at(-1)).toMatchObject({ name: 'connect', ok: false, what: expect.stringMatching(/, offering only http\/1\.1$/) });
    expect(canaryServer.versions).toEqual([]);
    expect(productionServer.versions).toEqual([]);
    expect(report.protocol).toBeNull();
  });

  test('http_version 1.1 against a server speaking only HTTP/2: the pre-flight says so, not that a certificate is at fault', async () => {
    const only2 = await tlsServer(false);
    const { report } = await canary(only2.url, only2.url, ['--http-version', '1.1']);
    expect(report.status).toBe('unreachable');
    expect(report.preflight[0].detail).toBe('the server accepts none of the protocols offered by ALPN (http/1.1) and ended the TLS handshake (no_application_protocol): it does not speak HTTP/1.1 over TLS here');
    expect(only2.versions).toEqual([]);
  });

  test('arms that agree are left as they are: both offering h2 under auto, and http_version 2, load both over HTTP/2 with no notice', async () => {
    for (const version of ['auto', '2']) {
      const [canaryServer, productionServer] = [await tlsServer(true), await tlsServer(false)];
      const { report } = await canary(canaryServer.url, productionServer.url, ['--http-version', version]);
      expect(report.status).toBe('completed');
      expect(new Set(canaryServer.versions)).toEqual(new Set(['2.0']));
      expect(new Set(productionServer.versions)).toEqual(new Set(['2.0']));
      expect(report.protocol).toEqual({ version: '2', how: 'alpn', asked: version, alpn: 'h2', connections: 1, streamsPerConnection: 100 });
      expect(report.comparison!.production.protocol).toEqual({ version: '2', how: 'alpn', asked: version, alpn: 'h2', connections: 1, streamsPerConnection: 100 });
      expect(report.notices.filter((n) => n.includes('like for like'))).toEqual([]);
      expect(report.preflight.map((s) => s.what).filter((w) => w.includes('offering only'))).toEqual([]);
    }
  });
});
