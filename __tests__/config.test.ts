import { describe, expect, test } from '@jest/globals';
import { configErrors, planFrom } from './helpers/plan.js';

const SEEDS = '__tests__/fixtures/performance_config.yml';
const UNITS = '__tests__/fixtures/units_config.yml';
const target = { '--target': 'http://127.0.0.1:8080' };

describe('the seeds\' config file', () => {
  test('is accepted verbatim, and staging (defined in the file) is the default environment', () => {
    const plan = planFrom({ config: SEEDS, flags: target });
    expect(plan.environment).toBe('staging');
    expect(plan.thresholds.p95?.value).toBe(300);
    expect(plan.thresholds.error_rate?.value).toBe(1);
    expect(plan.thresholds.throughput?.value).toBe(500);
    expect(plan.thresholds.p95?.source).toEqual({ kind: 'file', file: SEEDS, line: 15, col: 14, keyPath: 'environments.staging.thresholds.latency.p95' });
    expect(plan.endpoints.map((e) => [e.name, e.method, e.path, e.weight])).toEqual([
      ['/api/health', 'GET', '/api/health', 0.05],
      ['/api/users', 'GET', '/api/users', 0.25],
      ['/api/orders', 'GET', '/api/orders', 0.3],
      ['/api/products', 'GET', '/api/products', 0.2],
      ['/api/analytics', 'GET', '/api/analytics', 0.1],
      ['/api/search', 'GET', '/api/search', 0.1],
    ]);
    expect(plan.notices).toEqual([]);
  });

  test('values with units mean the same as plain numbers', () => {
    const plan = planFrom({ config: UNITS, flags: target });
    expect(Object.fromEntries(Object.entries(plan.thresholds).map(([k, t]) => [k, t!.value]))).toEqual({ p50: 100, p95: 250, p99: 400, error_rate: 0.5, throughput: 1000 });
    expect(plan.environment).toBeNull();
  });

  test.each([
    ['--environment flag', { environment: 'production' }, 200],
    ['ENVIRONMENT variable', { env: { ENVIRONMENT: 'production' } }, 200],
    ['the flag beats the variable', { environment: 'staging', env: { ENVIRONMENT: 'production' } }, 300],
  ])('the environment is chosen by %s', (_, args, p95) => {
    expect(planFrom({ config: SEEDS, flags: target, ...args }).thresholds.p95?.value).toBe(p95);
  });

  test('an environment the file does not define is an error with a suggestion', () => {
    expect(configErrors({ config: SEEDS, flags: target, environment: 'prodution' })).toEqual([
      `--environment: environment 'prodution' is not defined in ${SEEDS} (did you mean 'production'?); defined: staging, production`,
    ]);
  });
});

describe('precedence: flag > variable > environment block > base file > defaults', () => {
  const file = `thresholds:\n  latency:\n    p95: 250ms\n    p99: 400ms\nenvironments:\n  staging:\n    thresholds:\n      latency:\n        p95: 300ms\nload_test:\n  concurrency: 20\n`;
  const files = { 'perf.yml': file };

  test.each([
    ['base file only (p99)', {}, 'p99', 400, 'perf.yml:4'],
    ['environment block over base (p95)', {}, 'p95', 300, 'perf.yml:9'],
    ['variable over environment block', { env: { LOADTEST_P95: '350ms' } }, 'p95', 350, 'LOADTEST_P95'],
    ['flag over variable', { env: { LOADTEST_P95: '350ms' }, flags: { ...target, '--p95': '400' } }, 'p95', 400, '--p95'],
  ])('%s', (_, args, key, value, where) => {
    const plan = planFrom({ config: 'perf.yml', files, flags: target, ...(args as object) });
    const threshold = plan.thresholds[key as 'p95' | 'p99']!;
    expect(threshold.value).toBe(value);
    const source = threshold.source;
    expect(source.kind === 'file' ? `${source.file}:${source.line}` : source.kind === 'env' ? source.variable : source.kind === 'flag' ? source.flag : '').toBe(where);
  });

  test('load settings follow the same order, and defaults fill the rest', () => {
    const plan = planFrom({ config: 'perf.yml', files, flags: target, env: { LOADTEST_DURATION: '45' } });
    expect(plan.load.peakUsers).toBe(20);
    expect(plan.load.durationMs).toBe(45_000);
    expect(plan.load.timeoutMs).toBe(10_000);
    expect(plan.sources['load_test.duration']).toEqual({ kind: 'env', variable: 'LOADTEST_DURATION' });
    expect(plan.sources['load_test.concurrency']).toMatchObject({ kind: 'file', line: 11 });
    expect(planFrom({ config: 'perf.yml', files, flags: { ...target, '--concurrency': '5' }, env: { LOADTEST_CONCURRENCY: '7' } }).load.peakUsers).toBe(5);
  });

  test('an empty variable counts as unset (as GitHub passes unset inputs)', () => {
    expect(planFrom({ config: 'perf.yml', files, flags: target, env: { LOADTEST_P95: '' } }).thresholds.p95?.value).toBe(300);
  });
});

describe('every error at once, with file, line, column and key path', () => {
  test('the issue\'s example, exactly', () => {
    const file = 'load_test:\n  concurrency: 5\n  duration: 10s\n\nthresholds:\n  latency:\n    p95: fast\n';
    expect(configErrors({ config: 'performance_config.yml', files: { 'performance_config.yml': file }, flags: target })).toEqual([
      "performance_config.yml:7:10 thresholds.latency.p95: expected a duration like 250ms, got 'fast'",
    ]);
  });

  test('several mistakes are reported together, unknown keys with did-you-mean', () => {
    const file = [
      'thresholds:',
      '  latency:',
      '    p59: 100ms',
      '  error_rat: 1%',
      '  throughput: lots',
      'load_test:',
      '  concurency: 10',
      '  pattern: spiky',
      '  endpoints:',
      '    "/api/users": heavy',
      '    "api/orders": 0.5',
    ].join('\n');
    expect(configErrors({ config: 'c.yml', files: { 'c.yml': file }, flags: target })).toEqual([
      "c.yml:3:5 thresholds.latency.p59: unknown key 'p59' (did you mean 'p50'?); known keys here: p50, p90, p95, p99, p999",
      "c.yml:4:3 thresholds.error_rat: unknown key 'error_rat' (did you mean 'error_rate'?); known keys here: latency, error_rate, throughput",
      "c.yml:5:15 thresholds.throughput: expected a rate like 1000 req/sec, got 'lots'",
      "c.yml:7:3 load_test.concurency: unknown key 'concurency' (did you mean 'concurrency'?); known keys here: target, endpoints, concurrency, rate, duration, pattern, ramp_up, stages, warmup, timeout, think_time, burst, max_in_flight, seed, headers, health_path, insecure, min_requests, abort_on_fail, shard",
      "c.yml:8:12 load_test.pattern: expected one of sustained, burst, ramp-up, got 'spiky'",
      'c.yml:10:19 load_test.endpoints["/api/users"]: expected a number, got \'heavy\' (the endpoint\'s share of requests)',
      'c.yml:11:5 load_test.endpoints["api/orders"]: expected a key like "/api/users" or "POST /api/orders", got \'api/orders\'',
    ]);
  });

  test('a YAML syntax error names its line and stops there', () => {
    const errors = configErrors({ config: 'bad.yml', files: { 'bad.yml': 'thresholds:\n  latency:\n    p95: [250ms\n' }, flags: target });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^bad\.yml:\d+:\d+ \(yaml\): /);
  });

  test('a missing config file says so, naming where its path came from', () => {
    expect(configErrors({ config: 'nope.yml', files: {}, flags: target })).toEqual(['--config: cannot read config file nope.yml: no such file']);
  });

  test('bad flags and variables fail exactly like the file would', () => {
    expect(configErrors({ flags: { ...target, '--p95': 'fast', '--concurrency': '0' }, env: { LOADTEST_ERROR_RATE: 'none' } })).toEqual([
      "LOADTEST_ERROR_RATE: expected a percentage like 0.5%, got 'none'",
      "--concurrency: expected a whole number from 1 to 10,000, got '0'",
      "--p95: expected a duration like 250ms, got 'fast'",
    ]);
  });

  test('no target at all is explained', () => {
    expect(configErrors({})).toEqual(['default: no target: pass --target URL, set LOADTEST_TARGET, or set load_test.target in the config']);
  });

  test.each([
    ['ftp://example.com', 'expected an http:// or https:// URL, got ftp://…'],
    ['not a url', "expected a target URL like https://canary.example.com, got 'not a url'"],
    ['//user:hunter2@/x', "expected a target URL like https://canary.example.com, got '//***@/x'"],
  ])('target %p is refused without echoing credentials', (url, message) => {
    expect(configErrors({ flags: { '--target': url } })).toEqual([`--target: ${message}`]);
  });
});

describe('cross-field checks', () => {
  test.each([
    [{ '--warmup': '30s', '--duration': '30s' }, '--warmup: warm-up 30s must be shorter than the run (30s); it is part of the run, not added to it'],
    [{ '--rate': '100', '--throughput': '500' }, '--throughput: the throughput minimum 500 req/s can never be met: the plan sends at most 100 req/s'],
    [{ '--rate': '100', '--pattern': 'burst' }, '--pattern: the burst pattern needs virtual users (concurrency); with a rate use stages for spikes'],
    [{ '--pattern': 'ramp-up', '--ramp-up': '1m', '--duration': '30s' }, '--ramp-up: ramp-up 1m must be shorter than the run (30s)'],
  ])('%p', (flags, message) => {
    expect(configErrors({ flags: { ...target, ...flags } })).toContain(message);
  });
});

describe('endpoints', () => {
  test('weights that do not sum to 1 are normalised with a notice', () => {
    const plan = planFrom({ flags: { ...target, '--endpoints': '{"/a": 3, "POST /b": 1}' } });
    expect(plan.endpoints.map((e) => [e.name, e.method, e.weight])).toEqual([
      ['/a', 'GET', 0.75],
      ['POST /b', 'POST', 0.25],
    ]);
    expect(plan.notices).toContain('endpoint weights sum to 4, not 1: normalised to shares of 100%');
  });

  test('the rich form carries method, headers, JSON body, expected statuses and its own SLOs', () => {
    const file = [
      'load_test:',
      '  headers:',
      '    Authorization: Bearer ${API_TOKEN}',
      '  endpoints:',
      '    - name: create order',
      '      method: post',
      '      path: /api/orders',
      '      json: {sku: abc, qty: 2}',
      '      expect: {status: [201, 202]}',
      '      weight: 1',
      '      thresholds:',
      '        latency: {p95: 400ms}',
      '        error_rate: 2%',
      '    - path: /api/users',
      '      weight: 3',
    ].join('\n');
    const plan = planFrom({ config: 'rich.yml', files: { 'rich.yml': file }, flags: target, env: { API_TOKEN: 's3cr3t-token' } });
    expect(plan.headers).toEqual({ Authorization: 'Bearer s3cr3t-token' });
    expect(plan.secrets).toContain('Bearer s3cr3t-token');
    const [order, users] = plan.endpoints;
    expect(order).toMatchObject({ name: 'create order', method: 'POST', path: '/api/orders', body: '{"sku":"abc","qty":2}', expectStatus: [201, 202], weight: 0.25 });
    expect(order.headers).toEqual({ 'content-type': 'application/json' });
    expect(order.thresholds.p95).toEqual({ value: 400, source: { kind: 'file', file: 'rich.yml', line: 12, col: 24, keyPath: 'load_test.endpoints[0].thresholds.latency.p95' } });
    expect(order.thresholds.error_rate?.value).toBe(2);
    expect(users).toMatchObject({ name: 'GET /api/users', weight: 0.75, expectStatus: null });
  });

  test('a variable the file references but the environment lacks is named', () => {
    expect(configErrors({ files: { 'r.yml': 'load_test:\n  headers:\n    Authorization: Bearer ${API_TOKEN}\n' }, config: 'r.yml', flags: target })).toEqual([
      'r.yml:3:20 load_test.headers.Authorization: environment variable API_TOKEN is not set (referenced as ${API_TOKEN})',
    ]);
  });

  test.each([
    ['- {path: /a, weight: 1}\n- {path: /b}', '--endpoints: give every endpoint a weight or none (equal shares): 1 of 2 have none'],
    ['- {path: /a, body: x, json: {a: 1}}', '--endpoints:1:29 load_test.endpoints[0].json: give either body or json, not both'],
    ['- {method: GET}', '--endpoints:1:3 load_test.endpoints[0]: an endpoint needs a path (like /api/users)'],
    ['- {path: /a}\n- {path: /a}', "--endpoints:2:3 load_test.endpoints[1]: endpoint name 'GET /a' is used twice (first at line 1); give each endpoint its own name"],
    ['{"/a": 0}', '--endpoints: endpoint weights sum to 0; at least one endpoint needs a positive weight'],
    ['- {path: /a, metod: POST}', "--endpoints:1:14 load_test.endpoints[0].metod: unknown key 'metod' (did you mean 'method'?); known keys here: name, method, path, headers, body, json, weight, expect, thresholds, regression"],
  ])('%p is refused', (yaml, message) => {
    expect(configErrors({ flags: { ...target, '--endpoints': yaml } })).toEqual([message]);
  });

  test('a YAML alias in a body is resolved, not sent as {"source": …}', () => {
    const plan = planFrom({ flags: { ...target, '--endpoints': '- {path: /a, method: POST, json: &order {sku: x, qty: 1}}\n- {path: /b, method: POST, json: *order}' } });
    expect(plan.endpoints.map((e) => e.body)).toEqual(['{"sku":"x","qty":1}', '{"sku":"x","qty":1}']);
  });

  test('header values are trimmed (a YAML block scalar ends in a newline)', () => {
    const plan = planFrom({ files: { 'h.yml': 'load_test:\n  headers:\n    Authorization: |\n      Bearer abc123\n' }, config: 'h.yml', flags: target });
    expect(plan.headers).toEqual({ Authorization: 'Bearer abc123' });
  });

  test.each([
    ['load_test:\n  headers:\n    "Bad Name": x\n', "h.yml:3:5 load_test.headers: 'Bad Name' is not a valid header name (letters, digits and !#$%&'*+.^_`|~- only)"],
    ['load_test:\n  headers:\n    X-Two: "one\\ntwo"\n', 'h.yml:3:5 load_test.headers: header X-Two: the value contains a line break, which HTTP does not allow'],
    ['load_test:\n  headers:\n    X-Name: "Zoë ☃"\n', 'h.yml:3:5 load_test.headers: header X-Name: the value has characters outside Latin-1; percent-encode or base64 them'],
  ])('a header that cannot go on the wire is a config error, its value never echoed: %p', (file, message) => {
    expect(configErrors({ files: { 'h.yml': file }, config: 'h.yml', flags: target })).toEqual([message]);
  });

  test('with no endpoints, the target URL itself is requested', () => {
    const plan = planFrom({ flags: { '--target': 'http://127.0.0.1:9/status?deep=1' } });
    expect(plan.endpoints).toEqual([{ name: 'GET /status?deep=1', method: 'GET', path: '', headers: {}, body: null, weight: 1, expectStatus: null, thresholds: {}, regression: null }]);
  });
});

describe('load shapes', () => {
  test('rate selects the open model; stages set the profile and the duration', () => {
    const plan = planFrom({ flags: { ...target, '--rate': '50', '--load-stages': '[{duration: 10s, target: 100}, {duration: 20s, target: 100}]' } });
    expect(plan.load.model).toBe('open');
    expect(plan.load.profile).toEqual([
      { durationMs: 10_000, from: 0, to: 100 },
      { durationMs: 20_000, from: 100, to: 100 },
    ]);
    expect(plan.load.durationMs).toBe(30_000);
    expect(plan.load.peakRate).toBe(100);
  });

  test('ramp-up defaults to 30s, or half of a shorter run', () => {
    expect(planFrom({ flags: { ...target, '--pattern': 'ramp-up', '--duration': '5m', '--concurrency': '100' } }).load.profile[0]).toEqual({ durationMs: 30_000, from: 0, to: 100 });
    expect(planFrom({ flags: { ...target, '--pattern': 'ramp-up', '--duration': '20s', '--concurrency': '100' } }).load.profile[0]).toEqual({ durationMs: 10_000, from: 0, to: 100 });
  });

  test('burst uses the seeds\' 10 requests and 0.5–2 s pauses unless told otherwise', () => {
    expect(planFrom({ flags: { ...target, '--pattern': 'burst' } }).load.burst).toEqual({ size: 10, pause: { minMs: 500, maxMs: 2000 } });
    expect(planFrom({ flags: { ...target, '--pattern': 'burst', '--burst-size': '3', '--burst-pause': '100ms-200ms' } }).load.burst).toEqual({ size: 3, pause: { minMs: 100, maxMs: 200 } });
  });

  test('with a rate, an explicit concurrency caps requests in flight', () => {
    const plan = planFrom({ flags: { ...target, '--rate': '100', '--concurrency': '20' } });
    expect(plan.load.maxInFlight).toBe(20);
    expect(plan.notices).toContain('with a rate, concurrency 20 caps the requests in flight');
  });

  test('no thresholds anywhere means the seeds\' defaults, said out loud', () => {
    const plan = planFrom({ flags: target });
    expect(plan.thresholdsAreDefaults).toBe(true);
    expect(Object.fromEntries(Object.entries(plan.thresholds).map(([k, t]) => [k, t!.value]))).toEqual({ p95: 250, error_rate: 0.5 });
    expect(plan.notices[0]).toMatch(/^no thresholds configured/);
  });

  test('the plan is frozen', () => {
    const plan = planFrom({ flags: target });
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.load.profile[0])).toBe(true);
  });
});
