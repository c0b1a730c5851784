// `loadtest model`: logs that a real nginx wrote (combined and a JSON log_format), fed a known mix
// by our own generator, modelled back into routes, weights and real values; secrets in the log
// never reach the written config or data files; any set of IDs collapses, fixed words never do.

import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { runLoadTest } from '../src/app/run.js';
import { main } from '../src/cli/main.js';
import { nginxFormat, parseCombined, parseJsonLine, parseLogLine } from '../src/model/access-log.js';
import { TrafficModel } from '../src/model/model.js';
import { startNginx } from './helpers/nginx.js';
import { installed, skipMissing, startPrometheus } from './helpers/prometheus.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { planFrom } from './helpers/plan.js';
import { closeAfterEach } from './helpers/closers.js';

const quiet = { sleep: async () => undefined };

/** runModel: `loadtest model` in-process; its exit code, what it printed, and what it wrote. */
async function runModel(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['model', ...argv], { out: (t) => out.push(t), err: (t) => err.push(t), progress: () => undefined, env: {}, signal: new AbortController().signal, progressEverySeconds: 10, readLimits: () => null });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('reading access log lines', () => {
  test('combined and common, with the time zone; JSON lines; AWS ALB; Envoy; anything else is not a request', () => {
    expect(parseCombined('10.0.0.1 - ann [07/Dec/2026:10:15:32 +0100] "GET /api/users/7?x=1 HTTP/1.1" 200 512 "-" "curl/8"')).toEqual({ timeMs: Date.UTC(2026, 11, 7, 9, 15, 32), method: 'GET', target: '/api/users/7?x=1', status: 200, bytes: 512 });
    expect(parseCombined('10.0.0.1 - - [07/Dec/2026:10:15:32 -0000] "POST /api/orders HTTP/1.0" 201 -')).toMatchObject({ method: 'POST', status: 201, bytes: 0 });
    expect(parseJsonLine('{"time_iso8601":"2026-12-07T10:15:32+00:00","request_method":"GET","request_uri":"/a?b=1","status":404,"body_bytes_sent":9}')).toEqual({ timeMs: Date.UTC(2026, 11, 7, 10, 15, 32), method: 'GET', target: '/a?b=1', status: 404, bytes: 9 });
    expect(parseLogLine('https 2026-12-07T10:15:32.186641Z app/lb/50dc 192.168.1.9:2817 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET https://shop.test:443/api/x?y=1 HTTP/1.1" "curl/8" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2')).toEqual({ timeMs: Date.parse('2026-12-07T10:15:32.186641Z'), method: 'GET', target: '/api/x?y=1', status: 200, bytes: 366 });
    expect(parseLogLine('[2026-12-07T10:15:32.310Z] "POST /api/v1/locations HTTP/2" 204 - 154 0 226 100 "10.0.35.28" "nsq2http" "cc21d9b0" "locations" "tcp://10.0.2.1:80"')).toEqual({ timeMs: Date.parse('2026-12-07T10:15:32.310Z'), method: 'POST', target: '/api/v1/locations', status: 204, bytes: 0 });
    expect(() => nginxFormat('$remote_addr "$request"')).toThrow('the format logs no $status');
    expect(parseCombined('not a log line')).toBeNull();
    expect(parseJsonLine('{"msg":"hello"}')).toBeNull();
  });
});

describe('route templates', () => {
  const templatesOf = (paths: readonly string[]) => {
    const model = new TrafficModel();
    paths.forEach((path, i) => model.add({ timeMs: i, method: 'GET', target: path, status: 200, bytes: 2 }));
    return model.result().routes.map((r) => r.template).sort();
  };

  test('property: any set of identifiers collapses to one template; fixed words never do', () => {
    let state = 7;
    const random = () => ((state = (state * 48271) % 2147483647) / 2147483647);
    const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
    const ids: Array<() => string> = [() => String(Math.floor(random() * 1e9)), () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`, () => `${hex(20)}1`, () => `post-${Math.floor(random() * 1e6)}`];
    const words = ['users', 'orders', 'products', 'search', 'cart', 'checkout', 'health', 'login', 'logout', 'admin', 'settings', 'profile', 'billing', 'invoices', 'reports', 'stats'];
    for (let trial = 0; trial < 50; trial++) {
      const make = ids[trial % ids.length];
      const n = 30 + Math.floor(random() * 200);
      const paths = Array.from({ length: n }, () => `/api/things/${make()}/detail`);
      expect(templatesOf(paths)).toHaveLength(1);
      // Fixed words, however often each is hit, stay themselves.
      const chosen = words.slice(0, 2 + (trial % (words.length - 1)));
      const fixed = Array.from({ length: n }, (_, i) => `/api/${chosen[i % chosen.length]}`);
      expect(templatesOf(fixed)).toEqual([...new Set(fixed)].sort());
    }
    expect(templatesOf(['/api/users/1', '/api/users/2', '/api/users/me'])).toEqual(['/api/users/me', '/api/users/{id}']);
  });
});

describe('modelling logs a real nginx wrote', () => {
  test('the known mix, recovered: weights within a point of what was sent, templates exactly, real IDs in the data, no secret anywhere', async () => {
    const nginx = await startNginx({ accessLogs: true });
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-model-'));
    let sent;
    try {
      writeFileSync(
        join(dir, 'mix.yml'),
        [
          'load_test:',
          '  endpoints:',
          '    "GET /api/users/{{ randomInt(1, 5000) }}": 0.35',
          '    "GET /api/orders/{{ uuid() }}": 0.2',
          '    "GET /api/products?page={{ randomInt(1, 40) }}": 0.15',
          '    "GET /blog/post-{{ randomInt(1, 900) }}": 0.1',
          '    "GET /api/me?view=full&token={{ randomString(24) }}": 0.1',
          '    "GET /api/people/{{ randomItem([\'ann@example.com\', \'bob@example.org\']) }}/card": 0.05',
          '    "/health": 0.05',
          '',
        ].join('\n'),
      );
      sent = await runLoadTest(planFrom({ config: join(dir, 'mix.yml'), flags: { '--target': nginx.url, '--concurrency': '8', '--duration': '2s', '--min-requests': '1' } }), quiet);
    } finally {
      await nginx.close();
    }
    const sentShare = Object.fromEntries(sent.endpoints.map((e) => [e.name, e.requests / sent.overall.requests]));
    for (const log of ['access.log', 'access.json']) {
      const out = join(dir, `model-${log}`);
      const r = await runModel(['--from', join(nginx.dir, log), '--out', out, '--scale', '2x']);
      expect(r.code).toBe(0);
      const config = parse(readFileSync(join(out, 'performance_config.yml'), 'utf8'));
      const endpoints = config.load_test.endpoints as Array<{ name: string; path: string; weight: number }>;
      expect(Object.fromEntries(endpoints.map((e) => [e.name, e.path]))).toEqual({
        'GET /api/users/{id}': '/api/users/{{ users_id }}',
        'GET /api/orders/{uuid}': '/api/orders/{{ orders_uuid }}',
        'GET /api/products': '/api/products?page={{ products_page }}',
        'GET /blog/{slug}': '/blog/{{ blog_slug }}',
        'GET /api/me': '/api/me?view={{ me_view }}',
        'GET /api/people/{email}/card': '/api/people/user{{ seq() }}@example.test/card',
        'GET /health': '/health',
      });
      const weight = Object.fromEntries(endpoints.map((e) => [e.name, e.weight]));
      const pairs: Array<[string, string]> = [
        ['GET /api/users/{{ randomInt(1, 5000) }}', 'GET /api/users/{id}'],
        ['GET /api/orders/{{ uuid() }}', 'GET /api/orders/{uuid}'],
        ['GET /api/products?page={{ randomInt(1, 40) }}', 'GET /api/products'],
        ['GET /blog/post-{{ randomInt(1, 900) }}', 'GET /blog/{slug}'],
        ['GET /api/me?view=full&token=***', 'GET /api/me'], // the report redacts a token in a name
        ["GET /api/people/{{ randomItem(['ann@example.com', 'bob@example.org']) }}/card", 'GET /api/people/{email}/card'],
        ['/health', 'GET /health'],
      ];
      expect(Object.keys(sentShare).sort()).toEqual(pairs.map(([name]) => name).sort());
      for (const [name, route] of pairs) expect(Math.abs(weight[route] - sentShare[name])).toBeLessThan(0.01);
      // Real IDs, sampled from the log, in the data files; the rate is twice the busiest minute's.
      const users = readFileSync(join(out, 'data', 'get-api-users-id.csv'), 'utf8').trim().split('\n');
      expect(users[0]).toBe('users_id');
      expect(users.slice(1).every((id) => Number(id) >= 1 && Number(id) <= 5000)).toBe(true);
      expect(new Set(users.slice(1)).size).toBeGreaterThan(100);
      expect(config.load_test.rate).toBeGreaterThan(0);
      // No token, no e-mail address, in anything written.
      const written = [readFileSync(join(out, 'performance_config.yml'), 'utf8'), ...readdirSync(join(out, 'data')).map((f) => readFileSync(join(out, 'data', f), 'utf8'))].join('\n');
      expect(written).not.toMatch(/token=|ann@example|bob@example|%40example\.(com|org)/);
      expect(r.out).toMatch(/never copied: the query parameters token \([\d,]+×\), whose names say they are credentials/);
      // What was written runs: a plan of the modelled routes and their data.
      const plan = planFrom({ config: join(out, 'performance_config.yml'), flags: { '--target': 'http://127.0.0.1:1' } });
      expect(plan.load.model).toBe('open');
      expect(plan.endpoints).toHaveLength(7);
    }
  }, 60_000);

  test('a custom nginx log_format (--log-format) with Authorization and cookies logged: modelled, and neither copied', async () => {
    const format = '$remote_addr [$time_local] "$request" $status $body_bytes_sent auth="$http_authorization" cookie="$http_cookie" rt=$request_time';
    const nginx = await startNginx({ accessLogs: true, customFormat: format });
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-model-'));
    try {
      writeFileSync(join(dir, 'mix.yml'), 'load_test:\n  headers: {Authorization: "Bearer s3cr3t-bearer-token", Cookie: "session=c00kie-value-123"}\n  endpoints:\n    "GET /api/users/{{ randomInt(1, 500) }}": 0.7\n    "POST /api/orders": 0.3\n');
      await runLoadTest(planFrom({ config: join(dir, 'mix.yml'), flags: { '--target': nginx.url, '--concurrency': '4', '--duration': '1s', '--min-requests': '1' } }), quiet);
    } finally {
      await nginx.close();
    }
    expect(readFileSync(join(nginx.dir, 'custom.log'), 'utf8')).toContain('auth="Bearer s3cr3t-bearer-token"');
    const out = join(dir, 'model');
    const r = await runModel(['--from', join(nginx.dir, 'custom.log'), '--log-format', format, '--out', out]);
    expect(r.code).toBe(0);
    const config = readFileSync(join(out, 'performance_config.yml'), 'utf8');
    expect(parse(config).load_test.endpoints.map((e: { name: string }) => e.name).sort()).toEqual(['GET /api/users/{id}', 'POST /api/orders']);
    const written = [config, ...readdirSync(join(out, 'data')).map((f) => readFileSync(join(out, 'data', f), 'utf8'))].join('\n');
    expect(written).not.toMatch(/s3cr3t|c00kie|Bearer/);
    expect(await runModel(['--from', join(nginx.dir, 'custom.log'), '--log-format', '$remote_addr "$request"'])).toMatchObject({ code: 2, err: 'error: --log-format: the format logs no $status' });
  }, 30_000);

  test('--check: the checked-in mix against production: routes new, gone or shifted by more than the threshold exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-model-'));
    const log = (mix: Array<[string, number]>) =>
      mix.flatMap(([path, n], k) => Array.from({ length: n }, (_, i) => `10.0.0.1 - - [07/Dec/2026:10:00:${String((i + k) % 60).padStart(2, '0')} +0000] "GET ${path.replace('{n}', String(i + 1))} HTTP/1.1" 200 10 "-" "x"`)).join('\n');
    writeFileSync(join(dir, 'before.log'), log([['/api/users/{n}', 600], ['/api/orders', 300], ['/health', 100]]));
    writeFileSync(join(dir, 'after.log'), log([['/api/users/{n}', 450], ['/api/orders', 300], ['/api/cart/{n}', 250]]));
    // A hand-written config: a template and a literal ID read as the same route.
    writeFileSync(join(dir, 'hand.yml'), 'load_test:\n  endpoints:\n    "/api/users/{{ randomInt(1, 9) }}": 0.5\n    "/api/users/7": 0.1\n    "/api/orders": 0.3\n    "/health": 0.1\n');
    expect((await runModel(['--from', join(dir, 'before.log'), '--out', join(dir, 'm')])).code).toBe(0);
    const same = await runModel(['--from', join(dir, 'before.log'), '--check', join(dir, 'm', 'performance_config.yml')]);
    expect(same.code).toBe(0);
    expect(same.out).toContain('No drift: every route of');
    const hand = await runModel(['--from', join(dir, 'before.log'), '--check', join(dir, 'hand.yml')]);
    expect(hand.code).toBe(0);
    const drift = await runModel(['--from', join(dir, 'after.log'), '--check', join(dir, 'hand.yml')]);
    expect(drift.code).toBe(1);
    expect(drift.out.split('\n').slice(0, 5)).toEqual([
      'Route               Checked in  Production   Change',
      'GET /api/cart/{*}           0%         25%  +25 pts  new',
      'GET /api/users/{*}         60%         45%  -15 pts  shifted',
      'GET /health                10%          0%  -10 pts  gone',
      'GET /api/orders            30%         30%    0 pts',
    ]);
    expect(drift.out).toContain('Drift: 3 routes moved by more than 5 points of share');
    expect((await runModel(['--from', join(dir, 'after.log'), '--check', join(dir, 'hand.yml'), '--threshold', '30'])).code).toBe(0);
  });

  test('--routes: the router table wins over the guess: a word that is a parameter, a number that is not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-model-'));
    const lines = ['/api/products/shoe-red', '/api/products/hat-blue', '/api/v/2024', '/api/users/7'].flatMap((path, k) => Array.from({ length: 10 }, (_, i) => `10.0.0.1 - - [07/Dec/2026:10:00:${String(i + k).padStart(2, '0')} +0000] "GET ${path} HTTP/1.1" 200 10 "-" "x"`));
    writeFileSync(join(dir, 'access.log'), lines.join('\n'));
    writeFileSync(join(dir, 'routes.txt'), '# the router table\nGET /api/products/{sku}\n/api/v/2024\n');
    const r = await runModel(['--from', join(dir, 'access.log'), '--routes', join(dir, 'routes.txt'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(0);
    const endpoints = parse(readFileSync(join(dir, 'out', 'performance_config.yml'), 'utf8')).load_test.endpoints as Array<{ name: string; path: string }>;
    expect(Object.fromEntries(endpoints.map((e) => [e.name, e.path]))).toEqual({
      'GET /api/products/{sku}': '/api/products/{{ products_sku }}',
      'GET /api/v/2024': '/api/v/2024',
      'GET /api/users/{id}': '/api/users/{{ users_id }}',
    });
    expect(readFileSync(join(dir, 'out', 'data', 'get-api-products-sku.csv'), 'utf8').split('\n').slice(1, -1).sort()).toEqual([...Array(10).fill('hat-blue'), ...Array(10).fill('shoe-red')].sort());
    writeFileSync(join(dir, 'bad.txt'), 'GET /ok\nnot a route\n');
    expect(await runModel(['--from', join(dir, 'access.log'), '--routes', join(dir, 'bad.txt')])).toMatchObject({ code: 2, err: `error: ${join(dir, 'bad.txt')}:2: expected a route like "GET /api/users/{id}" or "/api/users/:id", got 'not a route'` });
  });

  test('gzip is read as it comes; lines that do not parse are counted and shown, never dropped in silence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-model-'));
    const lines = Array.from({ length: 200 }, (_, i) => `10.0.0.1 - - [07/Dec/2026:10:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} +0000] "GET /api/items/${i} HTTP/1.1" 200 10 "-" "x"`);
    lines.splice(50, 0, 'garbage line one', '2026-12-07 something else');
    writeFileSync(join(dir, 'access.log.1'), gzipSync(lines.join('\n')));
    const r = await runModel(['--from', join(dir, 'access.log.1'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 lines did not parse and were left out, e.g. "garbage line one", "2026-12-07 something else"');
    expect(r.out).toMatch(/200 requests, 1 route · peak 1 req\/s in a second, 1 req\/s over the busiest minute/);
    expect(existsSync(join(dir, 'out', 'performance_config.yml'))).toBe(true);
    const bad = await runModel(['--from', join(dir, 'missing.log')]);
    expect(bad).toMatchObject({ code: 2, err: `error: ${join(dir, 'missing.log')}: no such file` });
  });
});

describe('the written config', () => {
  const lines = Array.from({ length: 120 }, (_, i) => `10.0.0.1 - - [07/Dec/2026:10:00:${String(i % 60).padStart(2, '0')} +0000] "GET ${i % 4 === 0 ? '/health' : `/api/items/${i}`} HTTP/1.1" 200 10 "-" "x"`);

  test('--config: the user\'s own config with production\'s traffic: its SLOs and comments kept, its flows replaced, and said so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-model-'));
    writeFileSync(join(dir, 'access.log'), lines.join('\n'));
    writeFileSync(join(dir, 'perf.yml'), ['# Agreed with the product team.', 'load_test:', '  target: https://staging.example', '  concurrency: 3', '  flows:', '    - name: one', '      steps: [{name: home, path: /}]', 'thresholds:', '  latency: {p99: 900ms}  # the contract', ''].join('\n'));
    const r = await runModel(['--from', join(dir, 'access.log'), '--config', join(dir, 'perf.yml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'out', 'performance_config.yml'), 'utf8');
    expect(text).toContain(`# ${join(dir, 'perf.yml')} with its traffic from production (replaced: load_test.flows, load_test.concurrency); its other settings as written.`);
    expect(text).toContain('# Agreed with the product team.');
    expect(text).toContain('# the contract');
    const config = parse(text);
    expect(config.load_test.target).toBe('https://staging.example');
    expect(config.thresholds).toEqual({ latency: { p99: '900ms' } });
    expect(Object.keys(config.load_test).sort()).toEqual(['data', 'endpoints', 'rate', 'target']);
    expect(r.out).toMatch(/run it with: loadtest run --config \S+performance_config.yml$/);
    // A plan of it loads: what was written runs.
    expect(planFrom({ config: join(dir, 'out', 'performance_config.yml') }).endpoints.map((e) => e.name)).toEqual(['GET /api/items/{id}', 'GET /health']);
    writeFileSync(join(dir, 'broken.yml'), 'load_test:\n  target: [unclosed\n');
    expect(await runModel(['--from', join(dir, 'access.log'), '--config', join(dir, 'broken.yml')])).toMatchObject({ code: 2, err: expect.stringMatching(new RegExp(`^error: ${join(dir, 'broken.yml')}:\\d+: `)) });
    expect(await runModel(['--from', join(dir, 'access.log'), '--config', join(dir, 'none.yml')])).toMatchObject({ code: 2, err: `error: --config ${join(dir, 'none.yml')}: no such file` });
  });

  test('--config of any shape: an empty load_test, environments with traffic of their own, stages, a burst, an alias: the written config loads and runs at the modelled rate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-model-'));
    writeFileSync(join(dir, 'access.log'), lines.join('\n'));
    const bases: Record<string, string> = {
      empty: 'load_test:\nthresholds:\n  error_rate: 1%\n',
      environments: ['load_test:', '  target: https://x.example', 'environments:', '  staging:', '    load_test:', '      concurrency: 5', '      flows:', '        - {name: a, steps: [{name: s, path: /}]}', '  production:', '    load_test: {stages: [{duration: 30s, target: 50}]}', ''].join('\n'),
      burst: 'load_test:\n  target: https://x.example\n  pattern: burst\n  burst: {size: 5, pause: 1s}\n  concurrency: 10\n',
    };
    for (const [name, text] of Object.entries(bases)) {
      writeFileSync(join(dir, `${name}.yml`), text);
      const r = await runModel(['--from', join(dir, 'access.log'), '--config', join(dir, `${name}.yml`), '--out', join(dir, name)]);
      expect({ name, code: r.code, err: r.err }).toEqual({ name, code: 0, err: '' });
      for (const environment of name === 'environments' ? ['staging', 'production'] : [undefined]) {
        const plan = planFrom({ config: join(dir, name, 'performance_config.yml'), environment, flags: { '--target': 'http://127.0.0.1:1' } });
        expect({ name, environment, model: plan.load.model, rate: plan.load.peakRate, pattern: plan.load.pattern, flows: plan.flows }).toEqual({ name, environment, model: 'open', rate: parse(readFileSync(join(dir, name, 'performance_config.yml'), 'utf8')).load_test.rate, pattern: 'sustained', flows: null });
      }
    }
    expect(readFileSync(join(dir, 'environments', 'performance_config.yml'), 'utf8')).toContain('(replaced: environments.staging.load_test.flows, environments.staging.load_test.concurrency, environments.production.load_test.stages)');
    writeFileSync(join(dir, 'alias.yml'), 'load_test:\n  endpoints: &eps\n    - {name: a, path: /a}\nenvironments:\n  x:\n    headers: *eps\n');
    expect(await runModel(['--from', join(dir, 'access.log'), '--config', join(dir, 'alias.yml')])).toMatchObject({ code: 2, err: expect.stringContaining(`error: ${join(dir, 'alias.yml')}: `) });
  });

  test('a line that did not parse is shown with its secrets masked; the table cannot be made into links', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-model-'));
    const bad = ['"GET /login?token=sk_live_SECRET123&email=bob@example.com&page=2 garbage', '{"time":"x","uri":"/login?password=hunter2","auth":"Bearer eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl"}', 'Authorization: Basic dXNlcjpwYXNz [click](https://evil.example)'];
    writeFileSync(join(dir, 'access.log'), [...lines, ...bad].join('\n'));
    const r = await runModel(['--from', join(dir, 'access.log'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(0);
    const written = readFileSync(join(dir, 'out', 'performance_config.yml'), 'utf8');
    for (const secret of ['sk_live_SECRET123', 'bob@example.com', 'hunter2', 'eyJhbGciOi', 'dXNlcjpwYXNz']) {
      expect({ secret, inOutput: r.out.includes(secret), inConfig: written.includes(secret) }).toEqual({ secret, inOutput: false, inConfig: false });
    }
    expect(r.out).toContain('token=***');
    expect(r.out).toContain('page=2');
  });

  test("a run's flags are refused by model, report and import, not dropped", async () => {
    expect(await runModel(['--from', 'x.log', '--rate', '100'])).toMatchObject({ code: 2, err: "error: --rate applies to runs (run, canary, rollout, merge, demo), not to model: set it in the written config, or on the run that reads it" });
    expect(await runModel(['--from', 'x.log', '--environment', 'staging'])).toMatchObject({ code: 2, err: 'error: --environment applies to runs, not to model' });
    expect(await runModel(['--from', 'x.log', '--check', 'a.yml', '--config', 'b.yml'])).toMatchObject({ code: 2, err: expect.stringContaining('give one of them') });
    // Options a source does not read.
    expect(await runModel(['--openapi', 'spec.yaml', '--threads', '3'])).toMatchObject({ code: 2, err: 'error: --threads does not apply to model --openapi: it writes endpoints or flows without a rate, from the document alone' });
    expect(await runModel(['--har', 'a.har', '--config', 'c.yml'])).toMatchObject({ code: 2, err: expect.stringContaining('--config does not apply to model --har') });
    expect(await runModel(['--prometheus', 'http://p:9090', '--routes', 'r.txt'])).toMatchObject({ code: 2, err: 'error: --routes does not apply to model --prometheus' });
    expect(await runModel(['--from', 'x.log', '--since', '2h'])).toMatchObject({ code: 2, err: 'error: --since does not apply to model --from' });
    expect(await runModel(['--from', 'x.log', '--check', 'a.yml', '--scale', '2x'])).toMatchObject({ code: 2, err: 'error: --scale shapes a written model; --check writes none' });
    const other = async (argv: string[]) => {
      const err: string[] = [];
      const code = await main(argv, { out: () => undefined, err: (t) => err.push(t), progress: () => undefined, env: {}, signal: new AbortController().signal, progressEverySeconds: 10, readLimits: () => null });
      return { code, err: err.join('\n') };
    };
    expect(await other(['report', 'results.json', '--target', 'http://x'])).toMatchObject({ code: 2, err: 'error: --target applies to runs (run, canary, rollout, merge, demo), not to report' });
    expect(await other(['import', 'har', 'a.har', '--config', 'c.yml'])).toMatchObject({ code: 2, err: 'error: --config applies to runs, not to import' });
  });
});

describe('modelling from an OpenAPI 3 document', () => {
  const { server } = closeAfterEach();

  test('every operation an endpoint: path and query parameters drawn from their schemas, a body from its schema; it runs against a real server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-model-'));
    writeFileSync(
      join(dir, 'openapi.yaml'),
      [
        'openapi: 3.0.3',
        'servers: [{url: "https://api.example.test/v1"}]',
        'paths:',
        '  /users/{id}:',
        '    get:',
        '      parameters: [{name: id, in: path, required: true, schema: {type: integer, minimum: 1, maximum: 500}}]',
        '  /orders/{orderId}:',
        '    parameters: [{name: orderId, in: path, required: true, schema: {type: string, format: uuid}}]',
        '    get: {}',
        '    delete: {}',
        '  /orders:',
        '    post:',
        '      requestBody:',
        '        content:',
        '          application/json:',
        "            schema: {$ref: '#/components/schemas/NewOrder'}",
        '  /search:',
        '    get:',
        '      parameters: [{name: q, in: query, required: true, schema: {type: string, enum: [shoes, hats]}}, {name: page, in: query, schema: {type: integer}}]',
        'components:',
        '  schemas:',
        '    NewOrder:',
        '      type: object',
        '      properties:',
        '        sku: {type: string, example: SKU-1}',
        '        quantity: {type: integer, minimum: 1, maximum: 9}',
        '        id: {type: string, readOnly: true}',
        '        note: {type: string, example: "${HOME}"}',
        '',
      ].join('\n'),
    );
    const r = await runModel(['--openapi', join(dir, 'openapi.yaml'), '--out', join(dir, 'out')]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('5 operations from');
    const target = await server((req, res) => {
      res.writeHead(req.method === 'POST' ? 201 : 200);
      res.end('{}');
    });
    const report = await runLoadTest(planFrom({ config: join(dir, 'out', 'performance_config.yml'), env: { HOME: '/root' }, flags: { '--target': target.url, '--concurrency': '2', '--duration': '0.5s', '--min-requests': '1' } }), quiet);
    expect(report.overall.errors).toBe(0);
    expect(report.endpoints.map((e) => e.name).sort()).toEqual(['DELETE /v1/orders/{orderId}', 'GET /v1/orders/{orderId}', 'GET /v1/search', 'GET /v1/users/{id}', 'POST /v1/orders']);
    expect(target.received.length).toBeGreaterThan(20);
    for (const [i, line] of target.received.entries()) {
      if (line.startsWith('GET /v1/users/')) expect(Number(line.slice('GET /v1/users/'.length))).toBeLessThanOrEqual(500);
      else if (/^(GET|DELETE) \/v1\/orders\//.test(line)) expect(line).toMatch(/\/v1\/orders\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      else if (line.startsWith('GET /v1/search')) expect(line).toMatch(/^GET \/v1\/search\?q=(shoes|hats)$/);
      else {
        expect(line).toBe('POST /v1/orders');
        const body = JSON.parse(target.bodies[i]);
        // Typed from the schema; the read-only id left out; an example's ${…} sent as written.
        expect(Object.keys(body).sort()).toEqual(['note', 'quantity', 'sku']);
        expect(body.sku).toBe('SKU-1');
        expect(Number.isInteger(body.quantity) && body.quantity >= 1 && body.quantity <= 9).toBe(true);
        expect(body.note).toBe('${HOME}');
      }
    }
    expect(await runModel(['--openapi', join(dir, 'missing.yaml')])).toMatchObject({ code: 2 });
    writeFileSync(join(dir, 'swagger.yaml'), 'swagger: "2.0"\npaths: {}\n');
    expect((await runModel(['--openapi', join(dir, 'swagger.yaml')])).err).toBe(`error: ${join(dir, 'swagger.yaml')}: expected an OpenAPI 3 document ("openapi: 3.x"), got Swagger 2.0`);
  });
});

// Without Prometheus this fails (startPrometheus says what to install), unless LOADTEST_SKIP_MISSING=1.
const noPrometheus = skipMissing(installed('prometheus'), 'prometheus', 'prometheus');
(noPrometheus ? describe.skip : describe)('modelling from a real Prometheus', () => {
  test('per-route counters with a known mix, scraped by Prometheus: the shares and routes come back', async () => {
    const started = Date.now();
    const mix: Array<[string, string, number]> = [['/api/users/{id}', 'GET', 50], ['/api/orders', 'POST', 30], ['/api/products/:sku', 'GET', 20]];
    const exporter = createServer((_req, res) => {
      const seconds = (Date.now() - started) / 1000;
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      res.end(`# TYPE http_requests_total counter\n${mix.map(([route, method, rate]) => `http_requests_total{route="${route}",method="${method}",status="200"} ${Math.floor(rate * seconds)}`).join('\n')}\n`);
    });
    await new Promise<void>((resolve) => exporter.listen(0, '127.0.0.1', resolve));
    const prometheus = await startPrometheus([`127.0.0.1:${(exporter.address() as AddressInfo).port}`]);
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-model-'));
    try {
      await new Promise((resolve) => setTimeout(resolve, 9000));
      const r = await runModel(['--prometheus', prometheus.url, '--query', 'sum by (route, method) (rate(http_requests_total[5s]))', '--since', '10s', '--out', dir]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const endpoints = parse(readFileSync(join(dir, 'performance_config.yml'), 'utf8')).load_test.endpoints as Array<{ name: string; path: string; weight: number; method?: string }>;
      const byName = Object.fromEntries(endpoints.map((e) => [e.name, e]));
      expect(Object.keys(byName).sort()).toEqual(['GET /api/products/:sku', 'GET /api/users/{id}', 'POST /api/orders']);
      expect(Math.abs(byName['GET /api/users/{id}'].weight - 0.5)).toBeLessThan(0.01);
      expect(Math.abs(byName['POST /api/orders'].weight - 0.3)).toBeLessThan(0.01);
      expect(Math.abs(byName['GET /api/products/:sku'].weight - 0.2)).toBeLessThan(0.01);
      // No values in Prometheus: parameters drawn at random, and the output says so.
      expect(byName['GET /api/users/{id}'].path).toBe('/api/users/{{ randomInt(1, 100000) }}');
      expect(r.out).toContain('no real values were seen for the parameters of 2 routes');
      planFrom({ config: join(dir, 'performance_config.yml'), flags: { '--target': 'http://127.0.0.1:1' } });
    } finally {
      await prometheus.stop();
      await new Promise<void>((resolve) => exporter.close(() => resolve()));
    }
  }, 40_000);
});
