import { describe, expect, test } from '@jest/globals';
import { configErrors, planFrom } from './helpers/plan.js';
import { loadPlan } from '../src/config/load.js';
import { MODES } from '../src/app/modes.js';
import { parseCliArgs } from '../src/cli/args.js';

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
      "c.yml:4:3 thresholds.error_rat: unknown key 'error_rat' (did you mean 'error_rate'?); known keys here: latency, error_rate, throughput, checks, decision",
      "c.yml:5:15 thresholds.throughput: expected a rate like 1000 req/sec, got 'lots'",
      "c.yml:7:3 load_test.concurency: unknown key 'concurency' (did you mean 'concurrency'?); known keys here: target, endpoints, concurrency, rate, duration, pattern, ramp_up, stages, warmup, timeout, think_time, burst, max_in_flight, http_version, max_streams_per_connection, trace, trace_sampled, trace_url, trace_slowest, seed, headers, flows, setup, on_start, max_body, variables, data, health_path, wait_for_ready, insecure, min_requests, abort_on_fail, decide_early, min_duration, shard",
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
    expect(configErrors({})).toEqual(['no target: pass --target URL, set LOADTEST_TARGET, or set load_test.target in the config']);
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
    expect(plan.endpoints).toEqual([{ name: 'GET /status?deep=1', method: 'GET', path: '', headers: {}, body: null, templated: false, session: false, checks: [], weight: 1, expectStatus: null, thresholds: {}, regression: null }]);
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

describe('setup mistakes get a clear answer (issue 10)', () => {
  test.each([
    ['rate: 1e12', 'load_test:\n  rate: 1e12\n', "b.yml:2:9 load_test.rate: expected a rate of at most 1,000,000 req/s (the most one process can send; split more across jobs with load_test.shard), got 1000000000000"],
    ['a duration past the timer limit', 'load_test:\n  duration: 600h\n', "b.yml:2:13 load_test.duration: expected a duration of at most 7 days (168h), got '600h'"],
    ['24.9 days in seconds', 'load_test:\n  duration: 2151360\n', 'b.yml:2:13 load_test.duration: expected a duration of at most 7 days (168h), got 2151360'],
    ['a warm-up of years', 'load_test:\n  warmup: 1e12\n', 'b.yml:2:11 load_test.warmup: expected a duration of at most 7 days (168h), got 1000000000000'],
    ['a request timeout beyond the histograms', 'load_test:\n  timeout: 2h\n', "b.yml:2:12 load_test.timeout: expected a duration of at most 1 hour, got '2h'"],
    ['a think time of hours', 'load_test:\n  think_time: 1s-3h\n', "b.yml:2:15 load_test.think_time: expected a pause of at most 1 hour, got '1s-3h'"],
    ['a hook timeout of 0', 'rollout:\n  hook_timeout: 0\n', 'b.yml:2:17 rollout.hook_timeout: expected a duration of at least 1ms, got 0'],
    ['a resource interval of 0', 'resources:\n  interval: 0\n', 'b.yml:2:13 resources.interval: expected a duration of at least 100ms, got 0'],
    ['a confidence of 100%', 'canary:\n  confidence: 100%\n', "b.yml:2:15 canary.confidence: expected a confidence from 50% to 99.99%, got '100%'"],
    ['a latency limit beyond the histograms', 'thresholds:\n  latency:\n    p95: 1e12\n', 'b.yml:3:10 thresholds.latency.p95: expected a duration of at most 1 hour, got 1000000000000'],
    ['stages of more than 7 days in all', 'load_test:\n  stages:\n    - {duration: 100h, target: 5}\n    - {duration: 100h, target: 5}\n', 'b.yml:3:5 load_test.stages: the stages last 200h in all; a run lasts at most 168h (7 days)'],
  ])('numbers are bounded by what the engine can honour: %s', (_, file, message) => {
    expect(configErrors({ files: { 'b.yml': file }, config: 'b.yml', flags: target })).toEqual([message]);
  });

  test('flags and variables are bounded alike', () => {
    expect(configErrors({ flags: { ...target, '--rate': '1e12', '--duration': '600h' }, env: { LOADTEST_TIMEOUT: '2h' } })).toEqual([
      "LOADTEST_TIMEOUT: expected a duration of at most 1 hour, got '2h'",
      "--rate: expected a rate like 1000 req/sec, got '1e12'",
      "--duration: expected a duration of at most 7 days (168h), got '600h'",
    ]);
    expect(configErrors({ flags: { ...target, '--rate': '2000000' } })).toEqual(["--rate: expected a rate of at most 1,000,000 req/s (the most one process can send; split more across jobs with load_test.shard), got '2000000'"]);
  });

  test.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])('a key named like an object member (%s) is an unknown key at every level', (name) => {
    const file = ['thresholds:', '  latency:', `    ${name}: 1`, `  ${name}: 1`, 'load_test:', `  ${name}: 1`, '  burst:', `    ${name}: 1`, '  endpoints:', '    - path: /a', `      ${name}: 1`, 'environments:', '  staging:', `    ${name}: 1`, `${name}: 1`, ''].join('\n');
    const errors = configErrors({ files: { 'p.yml': file }, config: 'p.yml', flags: target });
    expect(errors.map((e) => e.replace(/; known keys here: .*$/, ''))).toEqual([
      `p.yml:3:5 thresholds.latency.${name}: unknown key '${name}'`,
      `p.yml:4:3 thresholds.${name}: unknown key '${name}'`,
      `p.yml:6:3 load_test.${name}: unknown key '${name}'`,
      `p.yml:8:5 load_test.burst.${name}: unknown key '${name}'`,
      `p.yml:11:7 load_test.endpoints[0].${name}: unknown key '${name}'`,
      `p.yml:14:5 environments.staging.${name}: unknown key '${name}'`,
      `p.yml:15:1 ${name}: unknown key '${name}'`,
    ]);
    expect(errors[2]).toContain('; known keys here: target, endpoints, concurrency');
  });

  test('a did-you-mean still finds a near miss among own keys only', () => {
    expect(configErrors({ files: { 'p.yml': 'load_test:\n  constructors: 1\n  duratoin: 5s\n' }, config: 'p.yml', flags: target }).map((e) => e.replace(/; known keys here: .*$/, ''))).toEqual([
      "p.yml:2:3 load_test.constructors: unknown key 'constructors'",
      "p.yml:3:3 load_test.duratoin: unknown key 'duratoin' (did you mean 'duration'?)",
    ]);
  });

  test('a header named __proto__ is refused instead of vanishing', () => {
    expect(configErrors({ files: { 'h.yml': 'load_test:\n  headers:\n    __proto__: x\n' }, config: 'h.yml', flags: target })).toEqual(["h.yml:3:5 load_test.headers.__proto__: '__proto__' cannot be used as a name here"]);
  });

  test('an alias bomb is a config error on its line, not an internal error', () => {
    const bomb = ['load_test:', '  endpoints:', '    - path: /a', '      json:', '        a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', '        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', '        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', '        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n');
    expect(configErrors({ files: { 'bomb.yml': bomb }, config: 'bomb.yml', flags: target })).toEqual(['bomb.yml:6:16 (yaml): the aliases (*a, …) expand to more than 100 copies, more than a config needs (an alias bomb?)']);
    expect(configErrors({ files: { 'a.yml': 'load_test:\n  concurrency: *users\n' }, config: 'a.yml', flags: target })).toEqual(['a.yml:2:16 (yaml): alias *users has no anchor &users before it']);
  });

  test('aliases that resolve are read as the values they name', () => {
    const file = ['load_test:', '  headers: &common', '    X-Team: shop', '  endpoints:', '    - path: /a', '      headers: *common', '      weight: &w 1', '    - path: /b', '      weight: *w', 'environments:', '  staging: &block', '    thresholds: {latency: {p95: 300ms}}', '  qa: *block', ''].join('\n');
    const plan = planFrom({ files: { 'al.yml': file }, config: 'al.yml', flags: target, environment: 'qa' });
    expect(plan.endpoints.map((e) => [e.path, e.headers, e.weight])).toEqual([
      ['/a', { 'X-Team': 'shop' }, 0.5],
      ['/b', {}, 0.5],
    ]);
    expect(plan.thresholds.p95?.value).toBe(300);
  });

  test.each([
    ['nothing', ''],
    ['whitespace', '  \n\t\n'],
    ['comments', '# thresholds:\n#   p95: 250ms\n'],
  ])('a config file given explicitly that holds %s is an error naming the file', (_, text) => {
    expect(configErrors({ files: { 'empty.yml': text }, config: 'empty.yml', flags: target })).toEqual([
      'empty.yml:1:1 (top level): the config file empty.yml is empty (nothing but whitespace or comments); give settings such as thresholds: and load_test:, or drop --config',
    ]);
  });

  test('an empty file the action found by default is no error', () => {
    const plan = loadPlan({
      mode: { name: 'run', needs: MODES.run.needs },
      overrides: new Map([['load_test.target', 'http://127.0.0.1:8080']]),
      overrideSource: (o) => ({ kind: 'input', input: o.input ?? o.flag }),
      configFile: { value: 'deploy/performance_config.yml', source: { kind: 'default' } },
      environment: null,
      env: {},
      readFile: () => '# to be filled in\n',
      randomSeed: 1,
      vocabulary: 'action',
    });
    expect(plan.thresholdsAreDefaults).toBe(true);
  });

  test.each([
    ['lower above higher', 'thresholds:\n  latency:\n    p50: 500ms\n    p99: 100ms\n', "c.yml:3:10 thresholds.latency.p50: p50 ≤ 500ms is looser than p99 ≤ 100ms at c.yml:4 (thresholds.latency.p99): a lower percentile is never slower than a higher one, so this limit could never fail; are the two swapped? Make p50 ≤ p99"],
    ['in an endpoint', 'load_test:\n  endpoints:\n    - path: /a\n      thresholds: {latency: {p90: 1s, p95: 200ms}}\n', "c.yml:4:35 load_test.endpoints[0].thresholds.latency.p90: endpoint 'GET /a': p90 ≤ 1s is looser than p95 ≤ 200ms at c.yml:4 (load_test.endpoints[0].thresholds.latency.p95): a lower percentile is never slower than a higher one, so this limit could never fail; are the two swapped? Make p90 ≤ p95"],
  ])('latency limits that contradict each other are an error naming both keys and lines: %s', (_, file, message) => {
    expect(configErrors({ files: { 'c.yml': file }, config: 'c.yml', flags: target })).toEqual([message]);
  });

  test('a flag that tightens a higher percentile over the file\'s lower one is deliberate: a notice', () => {
    const plan = planFrom({ config: SEEDS, flags: { ...target, '--p95': '50ms' } });
    expect(plan.thresholds.p95?.value).toBe(50);
    expect(plan.notices).toContain(`p50 ≤ 150ms (${SEEDS}:14) can never fail: p95 ≤ 50ms (--p95) is stricter`);
    expect(configErrors({ flags: { ...target, '--p50': '500ms', '--p99': '100ms' } })).toEqual([
      '--p50: p50 ≤ 500ms is looser than p99 ≤ 100ms at --p99: a lower percentile is never slower than a higher one, so this limit could never fail; are the two swapped? Make p50 ≤ p99',
    ]);
  });
});

describe('the seeds\' SLO block (seed 002) without a thresholds: parent', () => {
  const SEED_002 = 'latency:\n  p50: 100ms\n  p95: 250ms\n  p99: 400ms\nerror_rate: 0.5%\nthroughput: 1000 req/sec\n';

  test('is read as thresholds, exactly as printed, with a notice naming the canonical form', () => {
    const plan = planFrom({ files: { 'slo.yml': SEED_002 }, config: 'slo.yml', flags: target });
    expect(Object.fromEntries(Object.entries(plan.thresholds).map(([k, t]) => [k, t!.value]))).toEqual({ p50: 100, p95: 250, p99: 400, error_rate: 0.5, throughput: 1000 });
    expect(plan.thresholds.p95?.source).toEqual({ kind: 'file', file: 'slo.yml', line: 3, col: 8, keyPath: 'latency.p95' });
    expect(plan.notices[0]).toBe("slo.yml:1: latency, error_rate, throughput are read as thresholds (the seeds' SLO block); the canonical form nests them under thresholds: (thresholds: → latency: → p95: 250ms)");
  });

  test('works in an environment block too, and layers like the canonical form', () => {
    const file = `${SEED_002}environments:\n  production:\n    latency:\n      p95: 200ms\n    error_rate: 0.1%\n`;
    const plan = planFrom({ files: { 'slo.yml': file }, config: 'slo.yml', flags: target, environment: 'production' });
    expect([plan.thresholds.p50?.value, plan.thresholds.p95?.value, plan.thresholds.error_rate?.value]).toEqual([100, 200, 0.1]);
    expect(plan.thresholds.p95?.source).toMatchObject({ line: 10, keyPath: 'environments.production.latency.p95' });
    expect(plan.notices).toContain("slo.yml:9: environments.production.latency, environments.production.error_rate are read as thresholds (the seeds' SLO block); the canonical form nests them under thresholds: (environments.production.thresholds: → latency: → p95: 250ms)");
  });

  test('the same threshold given both ways is an error naming both lines', () => {
    const file = 'thresholds:\n  latency:\n    p95: 300ms\n  error_rate: 1%\nlatency:\n  p95: 250ms\n  p99: 400ms\n';
    expect(configErrors({ files: { 'slo.yml': file }, config: 'slo.yml', flags: target })).toEqual([
      "slo.yml:6:8 latency.p95: this threshold is given twice: here, in the seeds' form without thresholds:, and as thresholds.latency.p95 at slo.yml:3; keep one",
    ]);
  });
});

describe('messages that say what to do', () => {
  test('a target without a scheme gets a suggestion, not "localhost://…"', () => {
    expect(configErrors({ flags: { '--target': 'localhost:8080' } })).toEqual(["--target: expected a target URL starting with http:// or https://, got 'localhost:8080' (did you mean 'http://localhost:8080'?)"]);
    expect(configErrors({ flags: { '--target': 'canary.example.com/api' } })).toEqual(["--target: expected a target URL starting with http:// or https://, got 'canary.example.com/api' (did you mean 'https://canary.example.com/api'?)"]);
    expect(configErrors({ flags: { '--target': 'http//canary:8080' } })).toEqual(["--target: expected a target URL starting with http:// or https://, got 'http//canary:8080' (did you mean 'http://canary:8080'?)"]);
    // A token in the query is a secret in the message too.
    const [withToken] = configErrors({ flags: { '--target': 'api.example.com/v1?api_key=s3cr3t-token-value' } });
    expect(withToken).not.toContain('s3cr3t-token-value');
    expect(withToken).toContain("did you mean 'https://api.example.com/v1?api_key=***'?");
  });

  test.each([
    ['Bearer s3cr3t-t0ken', "--header: expected a header line like \"Authorization: Bearer …\"; the line has no ':' (19 characters, not shown: it may be a secret)"],
    ['Bad Name: s3cr3t-t0ken', "--header: expected a header line like \"Authorization: Bearer …\"; 'Bad Name' (before the ':' on the line) is not a valid header name (letters, digits and !#$%&'*+.^_`|~- only)"],
    [': s3cr3t-t0ken', "--header: expected a header line like \"Authorization: Bearer …\"; the line has nothing before its ':'"],
  ])('a bad header line %p is refused without quoting its value', (line, message) => {
    const errors = configErrors({ flags: { ...target, '--header': [line] } });
    expect(errors).toEqual([message]);
    expect(errors.join('\n')).not.toContain('s3cr3t');
  });

  test('several header lines name the line at fault', () => {
    expect(configErrors({ env: { LOADTEST_HEADERS: 'X-A: 1\ns3cr3t-t0ken\n' }, flags: target })).toEqual([
      "LOADTEST_HEADERS: expected a header line like \"Authorization: Bearer …\"; line 2 has no ':' (12 characters, not shown: it may be a secret)",
    ]);
  });

  test.each([
    ['--load-test', /^unknown option --load-test: a load test before promotion is a command here, not a flag: `loadtest canary .*`loadtest rollout /],
    ['--shadow-test', /^unknown option --shadow-test: shadow testing is not part of this tool: .*`loadtest canary`/],
    ['--load-concurrency', /^unknown option --load-concurrency: use --concurrency N/],
    ['--load-duration', /^unknown option --load-duration: use --duration D/],
  ])('the seeds\' flag %s points to what does that here', (flag, message) => {
    expect(() => parseCliArgs(['run', flag, '5'])).toThrow(message);
  });
});
