// Flows against real servers on 127.0.0.1: what arrives server-side is what a person would
// expect of logged-in users: a token captured at login sent on that user's later steps and no
// one else's, cookies kept per user, failed checks and captures counted under their own codes,
// setup once per run, and in canary mode the same rendered requests with each arm's own session.

import { describe, expect, test } from '@jest/globals';
import Ajv from 'ajv';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoadTest } from '../src/app/run.js';
import { parseBaseline } from '../src/baseline/read.js';
import { CookieJar } from '../src/flow/cookies.js';
import { JsonPathError, jsonAt, parseJsonPath } from '../src/flow/json-path.js';
import { closeAfterEach } from './helpers/closers.js';
import { configErrors, planFrom } from './helpers/plan.js';

const quiet = { sleep: async () => undefined };

/** A request as the shop saw it: its socket (one per virtual user and arm), line, token, cookie and body. */
interface Seen {
  socket: number;
  line: string;
  token: string | null;
  cookie: string | null;
  body: string;
}

/**
 * shop: a small API behind a login. POST /login answers a fresh token (prefixed, so each arm's
 * are told apart) and a session cookie; every other route needs the token. `options` make it
 * misbehave on purpose: every Nth login without a token, every Nth product with a wrong body.
 */
function shop(prefix: string, options: { tokenlessEvery?: number; wrongEvery?: number } = {}) {
  const seen: Seen[] = [];
  const issued = new Map<string, number>();
  let logins = 0;
  let products = 0;
  const handler = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const socket = req.socket.remotePort!;
    const token = /^Bearer (.*)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
    seen.push({ socket, line: `${req.method} ${req.url}`, token, cookie: req.headers.cookie ?? null, body });
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(value));
    };
    if (req.url === '/login') {
      logins++;
      if (options.tokenlessEvery && logins % options.tokenlessEvery === 0) return json(200, { error: 'try again' });
      const issuedToken = `${prefix}-${logins}`;
      issued.set(issuedToken, socket);
      return json(200, { token: issuedToken, user: JSON.parse(body || '{}').user }, { 'set-cookie': `sid=${prefix}s${logins}; Path=/; HttpOnly` });
    }
    if (token === null || !issued.has(token)) return json(401, { error: 'who are you' });
    if (req.url?.startsWith('/products/')) {
      products++;
      const id = Number(req.url.slice('/products/'.length));
      return json(200, options.wrongEvery && products % options.wrongEvery === 0 ? { id, name: null } : { id, name: `product ${id}`, stock: 3 });
    }
    if (req.url === '/orders' && req.method === 'POST') return json(201, { order: seen.length });
    return json(404, {});
  };
  return { seen, issued, handler };
}

function inDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-flows-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const SHOP_FLOW = `load_test:
  on_start:
    - name: login
      method: POST
      path: /login
      json: { user: "user{{ seq() }}" }
      capture:
        token: { json: $.token }
  flows:
    - name: shop
      steps:
        - name: product
          path: /products/{{ randomInt(1, 50) }}
          headers: { Authorization: "Bearer {{ token }}" }
          expect:
            json:
              - { path: $.name, matches: "^product \\\\d+$" }
        - name: order
          method: POST
          path: /orders
          headers: { Authorization: "Bearer {{ token }}" }
          json: { product: 1 }
          expect:
            status: [201]
`;

describe('the pieces a step reads its response with', () => {
  test('JSON paths: names, quoted names, indexes from either end; one value or none, never a guess', () => {
    const doc = { data: { items: [{ id: 1 }, { id: 2 }], 'odd key': 'x', nothing: null } };
    const at = (path: string) => jsonAt(doc, parseJsonPath(path));
    expect(at('$.data.items[1].id')).toEqual({ found: true, value: 2 });
    expect(at('$.data.items[-1].id')).toEqual({ found: true, value: 2 });
    expect(at("$.data['odd key']")).toEqual({ found: true, value: 'x' });
    expect(at('$.data.nothing')).toEqual({ found: true, value: null });
    expect(at('$.data.items[2]')).toEqual({ found: false });
    expect(at('$.data.items.id')).toEqual({ found: false });
    expect(() => parseJsonPath('$..id')).toThrow(JsonPathError);
    expect(() => parseJsonPath('$.items[?(@.id)]')).toThrow('wildcards and filters are not supported');
  });

  test('the cookie jar: Path, Max-Age over Expires, deletion, a Domain the host is not in refused', () => {
    const jar = new CookieJar('shop.test');
    const now = Date.UTC(2026, 11, 7);
    jar.take('sid=1; Path=/', '/login', now);
    jar.take('cart=9; Path=/cart', '/cart/add', now);
    jar.take('old=x; Expires=Wed, 01 Jan 2020 00:00:00 GMT', '/', now);
    jar.take('short=y; Max-Age=10; Expires=Wed, 01 Jan 2020 00:00:00 GMT', '/', now);
    jar.take('evil=z; Domain=other.test', '/', now);
    jar.take('sub=w; Domain=.shop.test', '/', now);
    expect(jar.header('/cart/list', now)).toBe('cart=9; sid=1; short=y; sub=w');
    expect(jar.header('/cartoon', now)).toBe('sid=1; short=y; sub=w');
    expect(jar.header('/', now + 11_000)).toBe('sid=1; sub=w');
    jar.take('sid=gone; Max-Age=0; Path=/', '/', now);
    expect(jar.value('sid', '/', now)).toBeNull();
  });
});

describe('flows at a real server', () => {
  const { server } = closeAfterEach();

  test("a token captured at login goes on every later step of that user, and only that user's; cookies are kept per user", async () => {
    const api = shop('t');
    const target = await server(api.handler);
    const dir = inDir({ 'c.yml': SHOP_FLOW });
    const report = await runLoadTest(planFrom({ config: join(dir, 'c.yml'), flags: { '--target': target.url, '--concurrency': '3', '--duration': '1s', '--min-requests': '1' } }), quiet);
    expect(report.overall.errors).toBe(0);
    const logins = api.seen.filter((s) => s.line === 'POST /login');
    expect(logins.length).toBe(3);
    const later = api.seen.filter((s) => s.line !== 'POST /login');
    expect(later.length).toBeGreaterThan(30);
    // Each user's own token on each of its requests, issued to it (on its connection), and its own cookie.
    for (const request of later) {
      expect(api.issued.get(request.token!)).toBe(request.socket);
      expect(request.cookie).toBe(`sid=ts${request.token!.slice(2)}`);
    }
    expect(new Set(later.map((s) => s.token)).size).toBe(3);
    // Rows by step, never by rendered URL: 50 product IDs are one row.
    expect(report.endpoints.map((e) => e.name)).toEqual(['on_start › login', 'shop › product', 'shop › order']);
    expect(report.endpoints[1].checks).toEqual([{ name: '$.name matches /^product \\d+$/', passed: report.endpoints[1].requests, failed: 0 }]);
  });

  test('a failed check and a failed capture are counted under their own codes; a failed capture sends nothing more of that iteration', async () => {
    const api = shop('t', { tokenlessEvery: 2, wrongEvery: 4 });
    const target = await server(api.handler);
    const dir = inDir({ 'c.yml': SHOP_FLOW });
    const report = await runLoadTest(planFrom({ config: join(dir, 'c.yml'), flags: { '--target': target.url, '--concurrency': '2', '--duration': '1s', '--min-requests': '1' } }), quiet);
    const [login, product, order] = report.endpoints;
    const logins = api.seen.filter((s) => s.line === 'POST /login').length;
    const tokenless = Math.floor(logins / 2);
    expect(tokenless).toBeGreaterThan(0);
    // Every tokenless login is one capture_failed, and the user logs in again next iteration.
    expect(login.errorCodes).toEqual({ capture_failed: tokenless });
    expect(login.failureReasons).toEqual({ capture_failed: { 'token from JSON $.token: $.token is not in the body': tokenless } });
    expect(login.requests).toBe(logins);
    // Nothing was sent without a token, or with {{token}} written out.
    expect(api.seen.every((s) => s.line === 'POST /login' || (s.token !== null && api.issued.has(s.token)))).toBe(true);
    // Every 4th product's body is wrong: that many check_failed, and the check's own count says the same.
    const products = api.seen.filter((s) => s.line.startsWith('GET /products/')).length;
    expect(product.requests).toBe(products);
    expect(product.errorCodes).toEqual({ check_failed: Math.floor(products / 4) });
    expect(report.overall.failureReasons!.check_failed).toEqual({ 'shop › product › $.name matches /^product \\d+$/': Math.floor(products / 4) });
    expect(product.checks).toEqual([{ name: '$.name matches /^product \\d+$/', passed: products - Math.floor(products / 4), failed: Math.floor(products / 4) }]);
    // A failed check does not cut the flow: every product is followed by its order, but those whose iteration the end of the run cut (one per user at most).
    expect(product.requests - order.requests).toBeGreaterThanOrEqual(0);
    expect(product.requests - order.requests).toBeLessThanOrEqual(2);
    expect(order.errors).toBe(0);
    expect(report.verdict).toBe('fail');
  });

  test('setup runs once per run; its capture goes to every user; a setup that fails fails the run before any load', async () => {
    const api = shop('svc');
    const target = await server(api.handler);
    const config = `load_test:
  variables: { client: loadtest }
  setup:
    - name: service token
      method: POST
      path: /login
      json: { user: "{{ client }}-{{ randomInt(1, 9) }}" }
      capture: { service: { json: $.token } }
  endpoints:
    - path: /products/{{ randomInt(1, 9) }}
      headers: { Authorization: "Bearer {{ service }}" }
`;
    const dir = inDir({ 'c.yml': config });
    const report = await runLoadTest(planFrom({ config: join(dir, 'c.yml'), flags: { '--target': target.url, '--concurrency': '3', '--duration': '0.5s', '--min-requests': '1' } }), quiet);
    expect(report.overall.errors).toBe(0);
    expect(api.seen.filter((s) => s.line === 'POST /login').length).toBe(1);
    // Setup's own templates are written like any step's.
    expect(api.seen[0].body).toMatch(/^\{"user":"loadtest-[1-9]"\}$/);
    expect(new Set(api.seen.slice(1).map((s) => s.token))).toEqual(new Set(['svc-1']));
    // Setup is not measured: the rows are the endpoints'.
    expect(report.endpoints.map((e) => e.name)).toEqual(['GET /products/{{ randomInt(1, 9) }}']);

    const broken = shop('svc', { tokenlessEvery: 1 });
    const brokenTarget = await server(broken.handler);
    const failed = await runLoadTest(planFrom({ config: join(dir, 'c.yml'), flags: { '--target': brokenTarget.url, '--concurrency': '3', '--duration': '0.5s', '--min-requests': '1' } }), quiet);
    expect(failed.verdict).toBe('fail');
    expect(failed.exitCode).toBe(4);
    expect(failed.reasons).toEqual(["setup failed, so no load was sent: step 'setup › service token': capture service from JSON $.token failed: $.token is not in the body"]);
    expect(broken.seen.map((s) => s.line)).toEqual(['POST /login']);
  });

  test('canary mode: both arms get the same rendered requests, each with its own session', async () => {
    const canaryShop = shop('c');
    const productionShop = shop('p');
    const [canary, production] = [await server(canaryShop.handler), await server(productionShop.handler)];
    const dir = inDir({ 'c.yml': SHOP_FLOW });
    const plan = planFrom({ config: join(dir, 'c.yml'), flags: { '--target': canary.url, '--production-url': production.url, '--concurrency': '2', '--duration': '1s', '--min-requests': '1', '--decide-early': 'false' } }, 'canary');
    await runLoadTest(plan, quiet);
    const rendered = (seen: Seen[]) => seen.map((s) => `${s.line} ${s.body}`).sort();
    expect(canaryShop.seen.length).toBeGreaterThan(20);
    // Paths (random IDs) and bodies (user{{ seq() }}) byte for byte the same on both arms.
    expect(rendered(canaryShop.seen)).toEqual(rendered(productionShop.seen));
    // Each arm's tokens and cookies are its own.
    expect(canaryShop.seen.filter((s) => s.token !== null).every((s) => s.token!.startsWith('c-') && s.cookie!.startsWith('sid=cs'))).toBe(true);
    expect(productionShop.seen.filter((s) => s.token !== null).every((s) => s.token!.startsWith('p-') && s.cookie!.startsWith('sid=ps'))).toBe(true);
  });
});

describe('sessions that go wrong (from a review that reproduced each)', () => {
  const { server } = closeAfterEach();

  test('an on_start that fails (a 503, no capture to fail) is tried again after a pause; the flow never runs without it', async () => {
    const seen: string[] = [];
    let logins = 0;
    const target = await server((req: IncomingMessage, res: ServerResponse) => {
      seen.push(`${req.method} ${req.url} ${req.headers.cookie ?? '-'}`);
      if (req.url === '/login') {
        if (++logins === 1) {
          res.writeHead(503);
          return res.end('busy');
        }
        res.writeHead(200, { 'set-cookie': 'sid=s1; Path=/' });
        return res.end('{}');
      }
      res.writeHead(req.headers.cookie ? 200 : 401);
      res.end('{}');
    });
    const dir = inDir({ 'c.yml': 'load_test:\n  on_start:\n    - {name: login, method: POST, path: /login, expect: {status: [200]}}\n  flows:\n    - steps:\n        - path: /me\n' });
    const report = await runLoadTest(planFrom({ config: join(dir, 'c.yml'), flags: { '--target': target.url, '--concurrency': '1', '--duration': '0.5s', '--min-requests': '1' } }), quiet);
    expect(seen.slice(0, 3)).toEqual(['POST /login -', 'POST /login -', 'GET /me sid=s1']);
    expect(logins).toBe(2);
    expect(report.endpoints.map((e) => [e.name, e.requests, e.errorCodes])).toEqual([
      ['on_start › login', 2, { http_5xx: 1 }],
      ['flow 1 › GET /me', seen.length - 2, {}],
    ]);
  });

  test('a request that got no answer fails every check of its step: a pass rate cannot rise because requests timed out', async () => {
    let n = 0;
    const target = await server((_req: IncomingMessage, res: ServerResponse) => {
      if (++n % 4 === 0) return; // never answers
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
    const dir = inDir({ 'c.yml': 'load_test:\n  timeout: 200ms\n  endpoints:\n    - path: /me\n      expect: {latency: 100ms}\nthresholds:\n  error_rate: 50%\n  checks: 99%\n' });
    const report = await runLoadTest(planFrom({ config: join(dir, 'c.yml'), flags: { '--target': target.url, '--concurrency': '4', '--duration': '1s', '--min-requests': '1' } }), quiet);
    const [me] = report.endpoints;
    expect(me.errorCodes.timeout).toBeGreaterThan(0);
    expect(me.checks![0].failed).toBe(me.errorCodes.timeout);
    expect(report.verdict).toBe('fail');
    expect(report.reasons.join('\n')).toMatch(/Check pass rate \d+(\.\d+)?% below threshold 99%/);
  });

  test('on_start steps are measured as users start, warm-up or not: their own SLOs are judged, not held for want of data', async () => {
    const target = await server((_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"token":"t"}');
    });
    const dir = inDir({ 'c.yml': 'load_test:\n  warmup: 1s\n  on_start:\n    - name: login\n      method: POST\n      path: /login\n      capture: {token: {json: $.token}}\n      thresholds: {latency: {p95: 500ms}}\n  flows:\n    - steps:\n        - {path: /me, headers: {Authorization: "Bearer {{ token }}"}}\n' });
    const report = await runLoadTest(planFrom({ config: join(dir, 'c.yml'), flags: { '--target': target.url, '--concurrency': '2', '--duration': '1.5s', '--min-requests': '1' } }), quiet);
    expect(report.endpoints[0]).toMatchObject({ name: 'on_start › login', requests: 2 });
    expect(report.verdict).toBe('pass');
  });

  test("a user's data row is the user's: the row its login drew is the one every later step reads", async () => {
    const seen: Array<{ socket: number; line: string }> = [];
    const target = await server((req: IncomingMessage, res: ServerResponse) => {
      seen.push({ socket: req.socket.remotePort!, line: `${req.method} ${req.url}` });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"token":"t"}');
    });
    const dir = inDir({ 'users.csv': `name\n${Array.from({ length: 20 }, (_, i) => `u${i + 1}`).join('\n')}\n`, 'c.yml': 'load_test:\n  data: [{file: users.csv, order: unique}]\n  on_start:\n    - {name: login, method: POST, path: "/login/{{ name }}"}\n  flows:\n    - steps:\n        - {name: me, path: "/users/{{ name }}"}\n        - {name: again, path: "/users/{{ name }}/orders"}\n' });
    await runLoadTest(planFrom({ config: join(dir, 'c.yml'), flags: { '--target': target.url, '--concurrency': '3', '--duration': '0.5s', '--min-requests': '1' } }), quiet);
    const userOf = new Map(seen.filter((s) => s.line.startsWith('POST /login/')).map((s) => [s.socket, s.line.slice('POST /login/'.length)]));
    expect(userOf.size).toBe(3);
    expect(new Set(userOf.values()).size).toBe(3);
    const later = seen.filter((s) => !s.line.startsWith('POST'));
    expect(later.length).toBeGreaterThan(30);
    for (const s of later) expect(s.line).toMatch(new RegExp(`^GET /users/${userOf.get(s.socket)}(/orders)?$`));
  });

  test('load_test.headers may read a capture: the header goes from the capture on, and the plan says the login goes without it', async () => {
    const api = shop('t');
    const target = await server(api.handler);
    const dir = inDir({ 'c.yml': 'load_test:\n  headers: {Authorization: "Bearer {{ token }}"}\n  on_start:\n    - {name: login, method: POST, path: /login, capture: {token: {json: $.token}}}\n  endpoints:\n    - path: /products/{{ randomInt(1, 9) }}\n' });
    const plan = planFrom({ config: join(dir, 'c.yml'), flags: { '--target': target.url, '--concurrency': '2', '--duration': '0.5s', '--min-requests': '1' } });
    expect(plan.notices).toContain('load_test.headers authorization reads a variable captured by a step: it is sent once that capture is made, not on on_start › login');
    const report = await runLoadTest(plan, quiet);
    expect(report.overall.errors).toBe(0);
    expect(api.seen.filter((s) => s.line === 'POST /login').map((s) => s.token)).toEqual([null, null]);
    expect(api.seen.filter((s) => s.line !== 'POST /login').every((s) => api.issued.get(s.token!) === s.socket)).toBe(true);
  });

  test('setup steps judge nothing: regression rules on one are a config error', () => {
    expect(configErrors({ files: { 'c.yml': 'load_test:\n  target: http://127.0.0.1:1\n  setup:\n    - {path: /login, regression: {p95: "<=+10%"}}\n' }, config: 'c.yml' })).toEqual([
      "c.yml:4:7 load_test.setup[0]: setup step 'GET /login' has regression rules, but setup runs before the load and is not measured; put them on a flow step",
    ]);
  });
});

describe('results.json with flows', () => {
  const { server } = closeAfterEach();

  test('validates against the schema (version 2, with the flows and each step\'s checks); a version 1 file still reads as a baseline', async () => {
    const api = shop('t', { wrongEvery: 10 });
    const target = await server(api.handler);
    const dir = inDir({ 'c.yml': SHOP_FLOW });
    const report = await runLoadTest(planFrom({ config: join(dir, 'c.yml'), flags: { '--target': target.url, '--concurrency': '2', '--duration': '0.5s', '--min-requests': '1' } }), quiet);
    const ajv = new (Ajv as unknown as typeof Ajv.default)({ allErrors: true, strict: false });
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    const validate = ajv.compile(JSON.parse(readFileSync('docs/results.schema.json', 'utf8')));
    const written = JSON.parse(JSON.stringify(report));
    expect(validate(written) ? [] : validate.errors).toEqual([]);
    expect(written.schemaVersion).toBe(3);
    expect(written.plan.flows).toEqual({ setup: [], onStart: ['on_start › login'], flows: [{ name: 'shop', weight: 1, steps: ['shop › product', 'shop › order'] }] });
    expect(written.overall.checks).toEqual([{ name: 'shop › product › $.name matches /^product \\d+$/', passed: expect.any(Number), failed: expect.any(Number) }]);
    // What a schema 1 file was: no flows, no checks.
    const old = { ...written, schemaVersion: 1, plan: { ...written.plan, flows: undefined }, overall: { ...written.overall, checks: undefined }, endpoints: written.endpoints.map((e: { checks?: unknown }) => ({ ...e, checks: undefined })) };
    const baseline = parseBaseline(JSON.stringify(old), 'old/results.json');
    expect(baseline.endpoints.map((e) => e.name)).toEqual(['on_start › login', 'shop › product', 'shop › order']);
    expect(baseline.overall.requests).toBe(report.overall.requests);
  });

  test('a pass rate on the checks is an SLO like any other: judged per step and overall, and never a pass without checked responses', async () => {
    const api = shop('t', { wrongEvery: 10 });
    const target = await server(api.handler);
    const dir = inDir({ 'c.yml': `${SHOP_FLOW}thresholds:\n  error_rate: 50%\n  checks: 99%\n` });
    const report = await runLoadTest(planFrom({ config: join(dir, 'c.yml'), flags: { '--target': target.url, '--concurrency': '2', '--duration': '1s', '--min-requests': '1' } }), quiet);
    const check = report.checks.find((c) => c.metric === 'checks')!;
    expect(check.actual).toBeCloseTo(90, 0);
    expect(check.passed).toBe(false);
    expect(check.message).toMatch(/^Check pass rate 9\d(\.\d+)?% below threshold 99%$/);
    expect(report.verdict).toBe('fail');
    expect(configErrors({ files: { 'c.yml': 'load_test:\n  target: http://127.0.0.1:1\nthresholds:\n  checks: 99%\n' }, config: 'c.yml' })).toEqual([
      'c.yml:4:11 thresholds.checks: thresholds.checks sets a pass rate, but no measured step or endpoint checks its responses (expect: json, body_contains, headers or latency; setup steps are not measured)',
    ]);
  });
});

describe('flows checked before any load', () => {
  test('every mistake at once, each on its line', () => {
    const dir = inDir({});
    const config = join(dir, 'c.yml');
    writeFileSync(
      config,
      [
        'load_test:',
        '  target: http://127.0.0.1:1',
        '  variables: { user: ann }',
        '  flows:',
        '    - name: checkout',
        '      steps:',
        '        - path: /cart',
        '        - path: /pay',
        '          headers: { Authorization: "Bearer {{ token }}" }',
        '        - path: /login',
        '          capture:',
        '            token: { json: "$.data[*].token" }',
        '            user: { header: x-user }',
        '            csrf: { regex: "name=(" }',
        '        - path: /x',
        '          expect:',
        '            json:',
        '              - { path: "data.id", exists: true }',
        '              - { path: $.id }',
        '',
      ].join('\n'),
    );
    expect(configErrors({ config })).toEqual([
      `${config}:12:28 load_test.flows[0].steps[2].capture.token.json: capture token: wildcards and filters are not supported in '$.data[*].token': a capture takes one value; name it by index, like [0]`,
      `${config}:14:28 load_test.flows[0].steps[2].capture.csrf.regex: capture csrf: 'name=(' is not a valid regular expression: /name=(/: Unterminated group`,
      `${config}:18:25 load_test.flows[0].steps[3].expect.json[0].path: a JSON path starts with $ (like $.token or $.items[0].id), got 'data.id'`,
      `${config}:19:25 load_test.flows[0].steps[3].expect.json[1].path: a JSON check on $.id takes exactly one of exists, equals or matches`,
    ]);
    writeFileSync(config, ['load_test:', '  target: http://127.0.0.1:1', '  variables: { user: ann }', '  flows:', '    - name: checkout', '      steps:', '        - path: /pay', '          headers: { Authorization: "Bearer {{ token }}" }', '        - path: /login', '          capture:', '            token: { json: $.token }', '            user: { header: x-user }', '        - path: "/u/{{ nobody }}"', ''].join('\n'));
    expect(configErrors({ config })).toEqual([
      `${config}:12:29 load_test.flows[0].steps[1].capture.user.header: step 2 of flow checkout captures 'user', which is also a variable of load_test.variables: a template could not tell which to read; rename the capture`,
      `${config}:7:11 load_test.flows[0].steps[0]: 'token' is used in step 1 of flow checkout but captured nowhere before it (captured in step 2 of flow checkout; a capture lasts one iteration of its flow: capture it in on_start to share it)`,
      `${config}:13:11 load_test.flows[0].steps[2]: endpoint 'checkout › GET /u/{{ nobody }}': path: 'nobody' in {{ nobody }} is defined nowhere (variables: token, user)`,
    ]);
  });

  test('endpoints and flows together is one mistake, said once', () => {
    expect(configErrors({ files: { 'c.yml': 'load_test:\n  target: http://127.0.0.1:1\n  endpoints: {"/a": 1}\n  flows:\n    - steps: [{path: /b}]\n' }, config: 'c.yml' })).toEqual([
      'c.yml:3:14 load_test.endpoints: give load_test.endpoints or load_test.flows, not both: a flow step is an endpoint with its place in a sequence',
    ]);
  });
});
