// `loadtest import har`: a browser recording becomes a flow that runs: API requests in order, the
// token taken from the login's JSON and the CSRF value from its cookie, static assets, preflights
// and other origins dropped, and no secret of the recording anywhere in what is written.

import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runLoadTest } from '../src/app/run.js';
import { main } from '../src/cli/main.js';
import { HarError, importHar } from '../src/har/import.js';
import { closeAfterEach } from './helpers/closers.js';
import { planFrom } from './helpers/plan.js';

const SECRETS = { password: 'hunter2-very-secret', token: 'eyJhbGciOi.payload.sig', session: 's3cr3t-session-id', csrf: 'csrf-value-123456', apiKey: 'key-from-nowhere-987', remember: 'rm-secret-777777' };

let clock = Date.UTC(2026, 11, 7, 9, 0, 0);
/** entry: one HAR entry, started `afterMs` after the previous one and taking `timeMs`. */
function entry(method: string, url: string, options: { headers?: Record<string, string>; json?: unknown; responseJson?: unknown; responseHeaders?: Record<string, string>; status?: number; type?: string; mime?: string; afterMs?: number; timeMs?: number } = {}) {
  clock += options.afterMs ?? 50;
  const time = options.timeMs ?? 20;
  const started = new Date(clock).toISOString();
  clock += time;
  return {
    startedDateTime: started,
    time,
    _resourceType: options.type ?? 'fetch',
    request: {
      method,
      url,
      headers: Object.entries({ 'User-Agent': 'Mozilla/5.0', Accept: '*/*', ...(options.json ? { 'Content-Type': 'application/json' } : {}), ...(options.headers ?? {}) }).map(([name, value]) => ({ name, value })),
      ...(options.json ? { postData: { mimeType: 'application/json', text: JSON.stringify(options.json) } } : {}),
    },
    response: {
      status: options.status ?? 200,
      headers: Object.entries(options.responseHeaders ?? {}).map(([name, value]) => ({ name, value })),
      content: { mimeType: options.mime ?? 'application/json', ...(options.responseJson !== undefined ? { text: JSON.stringify(options.responseJson) } : {}) },
    },
  };
}

function recording() {
  const auth = { Authorization: `Bearer ${SECRETS.token}` };
  return {
    log: {
      version: '1.2',
      entries: [
        entry('GET', 'https://shop.test/', { type: 'document', mime: 'text/html' }),
        entry('GET', 'https://shop.test/static/app.3f9a.js', { type: 'script', mime: 'application/javascript' }),
        entry('GET', 'https://fonts.gstatic.test/s/inter.woff2', { type: 'font', mime: 'font/woff2' }),
        entry('OPTIONS', 'https://shop.test/api/login', { headers: { 'Access-Control-Request-Method': 'POST' }, status: 204 }),
        entry('POST', 'https://shop.test/api/login', {
          json: { username: 'ann', password: SECRETS.password },
          responseJson: { data: { token: SECRETS.token, user: 'ann' } },
          responseHeaders: { 'Set-Cookie': `sid=${SECRETS.session}; Path=/; HttpOnly\ncsrf=${SECRETS.csrf}; Path=/` },
          afterMs: 1200,
        }),
        entry('GET', 'https://shop.test/api/products/42', { headers: { ...auth, Cookie: `sid=${SECRETS.session}; csrf=${SECRETS.csrf}; remember_me=${SECRETS.remember}`, 'X-CSRF-Token': SECRETS.csrf }, responseJson: { id: 42, sku: 'SKU-42' }, afterMs: 2500 }),
        entry('GET', 'https://analytics.test/collect?e=view', { type: 'xhr' }),
        entry('POST', 'https://shop.test/api/orders', { headers: { ...auth, 'X-Api-Key': SECRETS.apiKey, 'X-Request-Source': 'web' }, json: { sku: 'SKU-42', qty: 1 }, status: 201, responseJson: { order: 7 } }),
        entry('GET', `https://shop.test/api/me?access_token=${SECRETS.token}&fields=name`, { responseJson: { name: 'ann' } }),
      ],
    },
  };
}

describe('import har', () => {
  test('API requests in order; token and CSRF captured where they came from; assets, preflights, other origins dropped; no secret copied', () => {
    const imported = importHar(JSON.stringify(recording()), 'shop.har');
    for (const secret of Object.values(SECRETS)) expect(imported.yaml).not.toContain(secret);
    const config = parse(imported.yaml);
    expect(config.load_test.target).toBe('https://shop.test');
    const steps = config.load_test.flows[0].steps;
    expect(steps.map((s: { name: string }) => s.name)).toEqual(['GET /', 'POST /api/login', 'GET /api/products/42', 'POST /api/orders', 'GET /api/me']);
    const [, login, product, order, me] = steps;
    expect(login).toEqual({
      name: 'POST /api/login',
      method: 'POST',
      path: '/api/login',
      json: { username: 'ann', password: '${LOADTEST_PASSWORD}' },
      expect: { status: [200] },
      capture: { token: { json: '$.data.token' }, x_csrf_token: { cookie: 'csrf' } },
      think: '2.5s',
    });
    // The session cookie is the user's jar's; only the cookie from before the recording is asked for.
    expect(product.headers).toEqual({ Authorization: 'Bearer {{ token }}', 'X-CSRF-Token': '{{ x_csrf_token }}', Cookie: 'remember_me=${LOADTEST_COOKIE_REMEMBER_ME}' });
    expect(order.headers).toEqual({ Authorization: 'Bearer {{ token }}', 'X-Api-Key': '${LOADTEST_X_API_KEY}', 'X-Request-Source': 'web' });
    expect(order.json).toEqual({ sku: 'SKU-42', qty: 1 });
    expect(order.expect).toEqual({ status: [201] });
    expect(me.path).toBe('/api/me?access_token={{ token }}&fields=name');
    expect(imported.environment).toEqual(['LOADTEST_PASSWORD', 'LOADTEST_COOKIE_REMEMBER_ME', 'LOADTEST_X_API_KEY']);
    expect(imported.notes).toEqual([
      '5 requests to https://shop.test kept as steps, in the order recorded',
      '2 static assets dropped (scripts, styles, images, fonts)',
      '1 CORS preflight dropped (the browser sends those, not the user)',
      '1 requests to other origins dropped (analytics.test ×1)',
      '{{ token }} is captured from the response it first appeared in and sent where the recording sent it',
      '{{ x_csrf_token }} is captured from the response it first appeared in and sent where the recording sent it',
      'secrets were not copied: set LOADTEST_PASSWORD (the password field of POST /api/login), LOADTEST_COOKIE_REMEMBER_ME (the cookie remember_me of GET /api/products/42), LOADTEST_X_API_KEY (the X-Api-Key header of POST /api/orders)',
    ]);
  });

  test('what is not a HAR file says so', () => {
    expect(() => importHar('{"log": {}}', 'x.har')).toThrow(new HarError('x.har: not a HAR file: expected {"log": {"entries": [...]}} as a browser\'s "Save all as HAR" writes it'));
    expect(() => importHar('nope', 'x.har')).toThrow(/^x\.har: not a HAR file: not valid JSON/);
    expect(() => importHar(JSON.stringify({ log: { entries: [entry('GET', 'https://a.test/x.png', { type: 'image' })] } }), 'x.har')).toThrow('x.har: no API requests to import: every one of its 1 requests was a static asset, a CORS preflight or not HTTP');
  });
});

describe('import har: no secret in any form, and a config that loads (from a review that reproduced each)', () => {
  const har = (...entries: unknown[]) => JSON.stringify({ log: { entries } });
  const form = (text: string) => ({ mimeType: 'application/x-www-form-urlencoded', text });
  /** entryWith: a request with its own postData (a form, raw text) and a JSON response. */
  const entryWith = (method: string, url: string, headers: Record<string, string> = {}, post?: { mimeType: string; text: string }, response: unknown = {}) => ({
    ...entry(method, url, { headers, responseJson: response }),
    request: { method, url, headers: Object.entries(headers).map(([name, value]) => ({ name, value })), ...(post ? { postData: post } : {}) },
  });
  /** loads: the imported config reads as a plan (given its environment variables), without a config error. */
  const loads = (yaml: string, env: Record<string, string>) => planFrom({ files: { 'c.yml': yaml }, config: 'c.yml', env });

  test.each([
    ['a form password with + for its spaces', har(entryWith('POST', 'https://a.test/login', {}, form('user=ann&password=correct+horse+battery'))), ['correct+horse+battery', 'correct horse battery']],
    ['a form password with percent escapes', har(entryWith('POST', 'https://a.test/login', {}, form('user=ann&password=Pa%21ssw0rd%28x%29'))), ['Pa%21ssw0rd%28x%29', 'Pa!ssw0rd(x)']],
    ['a query token with / and = as they are', har(entryWith('GET', 'https://a.test/api/x?access_token=ab%2Bcd/ef==')), ['ab%2Bcd/ef==', 'ab+cd/ef==']],
    ['a query key in lowercase hex', har(entryWith('GET', 'https://a.test/api/x?api_key=ab%2bcd')), ['ab%2bcd', 'ab+cd']],
    ['a short PIN', har(entryWith('POST', 'https://a.test/login', {}, { mimeType: 'application/json', text: '{"user":"ann","pin":"739"}' })), ['739']],
    ['a token sent later under an innocent name', har(entryWith('GET', 'https://a.test/api/me', { Authorization: 'Bearer tok-abcdef-123' }), entryWith('GET', 'https://a.test/api/export?t=tok-abcdef-123')), ['tok-abcdef-123']],
    ['a token sent under an innocent name before it is named', har(entryWith('GET', 'https://a.test/api/export?t=tok-abcdef-123'), entryWith('GET', 'https://a.test/api/me', { Authorization: 'Bearer tok-abcdef-123' })), ['tok-abcdef-123']],
    ['a captured session in a path and the step name', har(entryWith('POST', 'https://a.test/api/login', {}, undefined, { session: 'sess-9f8e7d6c' }), entryWith('GET', 'https://a.test/api/carts/sess-9f8e7d6c', { 'X-Session': 'sess-9f8e7d6c' })), ['sess-9f8e7d6c']],
  ])('%s', (_name, text, secrets) => {
    const imported = importHar(text, 'r.har');
    expect(secrets.filter((secret) => imported.yaml.includes(secret) || imported.notes.join('\n').includes(secret))).toEqual([]);
    loads(imported.yaml, Object.fromEntries(imported.environment.map((name) => [name, 'x'])));
  });

  test('a recorded ${…} is sent as written; the same request twice gets two names; one Content-Type; a numeric secret says it goes as text', () => {
    const dollars = importHar(har(entryWith('POST', 'https://a.test/x', {}, { mimeType: 'application/json', text: '{"a":"${HOME}"}' })), 'r.har');
    expect(loads(dollars.yaml, { HOME: '/root' }).endpoints[0].body).toBe('{"a":"${HOME}"}');
    const twice = importHar(har(entryWith('GET', 'https://a.test/api/cart'), entryWith('POST', 'https://a.test/api/cart', {}, { mimeType: 'application/json', text: '{"sku":1}' }), entryWith('GET', 'https://a.test/api/cart')), 'r.har');
    expect(loads(twice.yaml, {}).endpoints.map((e) => e.name)).toEqual(['recorded › GET /api/cart', 'recorded › POST /api/cart', 'recorded › GET /api/cart (2)']);
    const lower = importHar(har(entryWith('POST', 'https://a.test/api/search', { 'content-type': 'application/x-www-form-urlencoded' }, form('q=shoes'))), 'r.har');
    expect(loads(lower.yaml, {}).endpoints[0].headers).toEqual({ 'content-type': 'application/x-www-form-urlencoded' });
    const pin = importHar(har(entryWith('POST', 'https://a.test/login', {}, { mimeType: 'application/json', text: '{"user":"ann","pin":739184}' })), 'r.har');
    expect(pin.notes[pin.notes.length - 1]).toBe('secrets were not copied: set LOADTEST_PIN (the pin field of POST /login; a number in the recording, sent as text)');
  });
});

describe('the imported flow runs', () => {
  const { server } = closeAfterEach();

  test('against a real server: the password from the environment, the captured token and CSRF value, the jar\'s session cookie', async () => {
    const seen: Array<{ line: string; authorization?: string; csrf?: string; cookie?: string; apiKey?: string; body: string }> = [];
    let issued = 0;
    const target = await server((req: IncomingMessage, res: ServerResponse, body: string) => {
      seen.push({ line: `${req.method} ${req.url}`, authorization: req.headers.authorization, csrf: req.headers['x-csrf-token'] as string | undefined, cookie: req.headers.cookie, apiKey: req.headers['x-api-key'] as string | undefined, body });
      res.setHeader('content-type', 'application/json');
      if (req.url === '/api/login') {
        issued++;
        res.setHeader('set-cookie', [`sid=sess-${issued}; Path=/; HttpOnly`, `csrf=c-${issued}; Path=/`]);
        return res.end(JSON.stringify({ data: { token: `tok-${issued}`, user: 'ann' } }));
      }
      res.writeHead(req.method === 'POST' ? 201 : 200);
      res.end(JSON.stringify({ ok: true }));
    });
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-har-'));
    const out: string[] = [];
    const errors: string[] = [];
    writeFileSync(join(dir, 'shop.har'), JSON.stringify(recording()));
    const code = await main(['import', 'har', join(dir, 'shop.har')], { out: (t) => out.push(t), err: (t) => errors.push(t), progress: () => undefined, env: {}, signal: new AbortController().signal, progressEverySeconds: 10, readLimits: () => null });
    expect(code).toBe(0);
    expect(errors[0]).toBe('5 requests to https://shop.test kept as steps, in the order recorded');
    writeFileSync(join(dir, 'flows.yml'), out.join('\n'));
    // `model --har` writes the same flow into its folder.
    const modelled: string[] = [];
    expect(await main(['model', '--har', join(dir, 'shop.har'), '--out', join(dir, 'model')], { out: (t) => modelled.push(t), err: () => undefined, progress: () => undefined, env: {}, signal: new AbortController().signal, progressEverySeconds: 10, readLimits: () => null })).toBe(0);
    expect(readFileSync(join(dir, 'model', 'performance_config.yml'), 'utf8')).toBe(out.join('\n'));
    const env = { LOADTEST_PASSWORD: 'pw-from-env', LOADTEST_X_API_KEY: 'key-from-env', LOADTEST_COOKIE_REMEMBER_ME: 'rm-from-env' };
    // The recorded think times make one iteration about 4 s: one user, one iteration's worth of run and some.
    const report = await runLoadTest(planFrom({ config: join(dir, 'flows.yml'), env, flags: { '--target': target.url, '--concurrency': '1', '--duration': '6s', '--min-requests': '1' } }), { sleep: async () => undefined });
    expect(report.overall.errors).toBe(0);
    const lines = seen.map((s) => s.line);
    expect(lines.slice(0, 5)).toEqual(['GET /', 'POST /api/login', 'GET /api/products/42', 'POST /api/orders', 'GET /api/me?access_token=tok-1&fields=name']);
    expect(JSON.parse(seen[1].body)).toEqual({ username: 'ann', password: 'pw-from-env' });
    expect(seen[2]).toMatchObject({ authorization: 'Bearer tok-1', csrf: 'c-1', cookie: 'remember_me=rm-from-env; sid=sess-1; csrf=c-1' });
    expect(seen[3]).toMatchObject({ authorization: 'Bearer tok-1', apiKey: 'key-from-env' });
  }, 30_000);
});
