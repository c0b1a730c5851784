// A fuzzed corpus of broken configs (issue 10): mutations of one valid performance_config.yml, each
// run through the real CLI path in-process with --target pointing at a server that counts every
// connection. Every case must be a setup mistake: exit 2, the file and line named, no stack trace,
// and nothing sent. The random part of the corpus is drawn from a fixed seed, and a failing case
// prints its config.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { planFrom } from './helpers/plan.js';

// ---- A tiny YAML model that knows the line of every key it writes. -------------------------------

type Y = { raw: string } | { map: Array<[string, Y]> } | { seq: Y[] };
const r = (raw: string): Y => ({ raw });
const m = (...entries: Array<[string, Y]>): Y => ({ map: entries });
const s = (...items: Y[]): Y => ({ seq: items });

/** A path into the model: map keys and list indexes, written "load_test.endpoints[0].path". */
function parsePath(path: string): Array<string | number> {
  if (path === '') return [];
  return path.split('.').flatMap((part) => {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part)!;
    const indexes = [...match[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    return [...(match[1] === '' ? [] : [match[1]]), ...indexes];
  });
}

function clone(y: Y): Y {
  return JSON.parse(JSON.stringify(y)) as Y;
}

function nodeAt(root: Y, path: string | Array<string | number>): Y {
  let node = root;
  for (const step of typeof path === 'string' ? parsePath(path) : path) {
    if (typeof step === 'number') node = (node as { seq: Y[] }).seq[step];
    else node = (node as { map: Array<[string, Y]> }).map.find(([k]) => k === step)![1];
    if (!node) throw new Error(`no ${path} in the base config`);
  }
  return node;
}

/** set replaces the value at path (adding the key at the end of its map when it is not there). */
function set(root: Y, path: string, value: Y): Y {
  const copy = clone(root);
  const steps = parsePath(path);
  const last = steps.pop()!;
  const parent = nodeAt(copy, steps);
  if (typeof last === 'number') (parent as { seq: Y[] }).seq[last] = value;
  else {
    const entries = (parent as { map: Array<[string, Y]> }).map;
    const found = entries.find(([k]) => k === last);
    if (found) found[1] = value;
    else entries.push([last, value]);
  }
  return copy;
}

/** add appends a key to the map at parentPath, even one that is there already (a duplicate). */
function add(root: Y, parentPath: string, key: string, value: Y): Y {
  const copy = clone(root);
  (nodeAt(copy, parentPath) as { map: Array<[string, Y]> }).map.push([key, value]);
  return copy;
}

function remove(root: Y, path: string): Y {
  const copy = clone(root);
  const steps = parsePath(path);
  const last = steps.pop() as string;
  const entries = (nodeAt(copy, steps) as { map: Array<[string, Y]> }).map;
  entries.splice(entries.findIndex(([k]) => k === last), 1);
  return copy;
}

const keyText = (key: string) => (/^[A-Za-z0-9_/$][\w ./$-]*$/.test(key) ? key : JSON.stringify(key));

/**
 * emit writes block-style YAML and returns the line (from 1) of every key path and list item;
 * lastLines has the last line of a path written twice (a duplicate key).
 */
function emit(root: Y): { text: string; lines: Map<string, number>; lastLines: Map<string, number> } {
  const out: string[] = [];
  const lines = new Map<string, number>();
  const lastLines = new Map<string, number>();
  const put = (text: string, path: string) => {
    out.push(text);
    if (!lines.has(path)) lines.set(path, out.length);
    lastLines.set(path, out.length);
  };
  const emitMap = (entries: Array<[string, Y]>, indent: number, base: string, firstPrefix: string | null) => {
    entries.forEach(([key, value], i) => {
      const prefix = i === 0 && firstPrefix !== null ? firstPrefix : ' '.repeat(indent);
      const path = base === '' ? key : `${base}.${key}`;
      if ('raw' in value) put(`${prefix}${keyText(key)}: ${value.raw}`, path);
      else if ('map' in value) {
        put(`${prefix}${keyText(key)}:`, path);
        emitMap(value.map, indent + 2, path, null);
      } else {
        put(`${prefix}${keyText(key)}:`, path);
        emitSeq(value.seq, indent + 2, path);
      }
    });
  };
  const emitSeq = (items: Y[], indent: number, base: string) => {
    items.forEach((item, j) => {
      const path = `${base}[${j}]`;
      if ('raw' in item) put(`${' '.repeat(indent)}- ${item.raw}`, path);
      else if ('map' in item) {
        lines.set(path, out.length + 1);
        emitMap(item.map, indent + 2, path, `${' '.repeat(indent)}- `);
      } else throw new Error('nested lists are not used here');
    });
  };
  emitMap((root as { map: Array<[string, Y]> }).map, 0, '', null);
  return { text: `${out.join('\n')}\n`, lines, lastLines };
}

// ---- The valid config every case starts from. ----------------------------------------------------

const BASE: Y = m(
  ['thresholds', m(['latency', m(['p50', r('100ms')], ['p95', r('250ms')], ['p99', r('400ms')])], ['error_rate', r('0.5%')], ['throughput', r('10 req/sec')])],
  [
    'environments',
    m(
      ['staging', m(['thresholds', m(['latency', m(['p95', r('300ms')])], ['error_rate', r('1%')])], ['load_test', m(['concurrency', r('3')])])],
      ['production', m(['thresholds', m(['latency', m(['p99', r('450ms')])])])],
    ),
  ],
  [
    'load_test',
    m(
      ['concurrency', r('4')],
      ['duration', r('2s')],
      ['warmup', r('500ms')],
      ['pattern', r('sustained')],
      ['ramp_up', r('1s')],
      ['timeout', r('5s')],
      ['think_time', r('10ms-20ms')],
      ['burst', m(['size', r('5')], ['pause', r('100ms-200ms')])],
      ['max_in_flight', r('100')],
      ['seed', r('42')],
      ['min_requests', r('10')],
      ['health_path', r('/health')],
      ['insecure', r('false')],
      ['abort_on_fail', r('false')],
      ['headers', m(['X-Test', r('fuzz')], ['Accept', r('application/json')])],
      [
        'endpoints',
        s(
          m(['name', r('users')], ['path', r('/api/users')], ['weight', r('0.7')], ['expect', m(['status', r('[200, 201]')])], ['thresholds', m(['latency', m(['p95', r('300ms')])], ['error_rate', r('1%')])]),
          m(['path', r('/api/orders')], ['method', r('POST')], ['json', r('{sku: abc, quantity: 2}')], ['weight', r('0.3')], ['headers', m(['Idempotency-Key', r('k1')])]),
        ),
      ],
    ),
  ],
  ['report', m(['export', r('locust-csv')])],
  ['canary', m(['confidence', r('98%')], ['criteria', r('{p95: "<=+10%"}')])],
  ['baseline', m(['confidence', r('98%')], ['fail_on_regression', r('true')])],
  ['regression', r('{p95: "<=+10%"}')],
  ['rollback', m(['method', r('command')], ['command', r('"echo rollback"')], ['timeout', r('30s')])],
  ['rollout', m(['stages', s(m(['name', r('"5%"')], ['percentage', r('5')], ['duration', r('1s')]))], ['hook_timeout', r('10s')], ['hooks', m(['pre_rollout', r('"true"')])])],
  ['prometheus', m(['instance', r('fuzz')])],
  ['slack', m(['notify', r('failure')])],
  ['resources', m(['interval', r('1s')])],
);

// ---- The corpus. ---------------------------------------------------------------------------------

interface Case {
  name: string;
  category: string;
  text: string;
  /** line: the line the error must name (null: any line of the file). */
  line: number | null;
  /** alsoLines: further lines the output must name (the other key of a contradiction). */
  alsoLines?: number[];
  /** message: a fragment the output must contain. */
  message?: string | RegExp;
  /** argv: the command and its flags before --target (default: run). */
  command?: 'run' | 'canary';
  /** noTarget: the case is about the file's own target, so no --target overrides it. */
  noTarget?: boolean;
  /** environment: the environment block to apply (default: staging, which the file defines). */
  environment?: string;
}

const corpus: Case[] = [];
const fromModel = (category: string, name: string, model: Y, where: string | null, extra: Partial<Case> = {}, alsoAt: string[] = []) => {
  const { text, lines } = emit(model);
  const line = where === null ? null : lines.get(where);
  if (line === undefined) throw new Error(`${name}: no line for ${where}`);
  const alsoLines = alsoAt.map((p) => lines.get(p)!);
  corpus.push({ category, name, text, line, ...(alsoLines.length ? { alsoLines } : {}), ...extra });
};

// 1. Wrong types, out-of-range numbers (1e12, NaN, infinity, negative, huge durations), bad units.
const BAD_LEAVES: Array<[string, string[]]> = [
  ['load_test.concurrency', ['0', '10001', '1.5', '1e12', '-3', 'many', '[1, 2]', '{a: 1}', 'true', '.nan', '.inf']],
  ['load_test.duration', ['600h', '1e12', '-5s', '5 minutes', '25d', '169h', '604801', 'forever', '.nan', '.inf', '[1]']],
  ['load_test.warmup', ['200h', '-1s', 'soon', '1e12']],
  ['load_test.ramp_up', ['200h', 'slow', '.inf']],
  ['load_test.timeout', ['2h', '1e12', '0', 'never', '-1', '{a: 1}']],
  ['load_test.think_time', ['2h', '5s-1s', '10ms-', 'a-b', '{min: 1s}', '[1, 2]', '{min: 1s, max: 2h}', '1e12']],
  ['load_test.burst.size', ['0', '10001', '1e12', 'lots']],
  ['load_test.burst.pause', ['2h', '2s-1s', '{min: 1s, max: 3s, extra: 1}']],
  ['load_test.max_in_flight', ['0', '1e12', '10001', '-1']],
  ['load_test.seed', ['-1', '4294967296', '1.5', '1e12', 'abc']],
  ['load_test.min_requests', ['0', '1e12', '1000000001', '-10']],
  ['load_test.pattern', ['spiky', '1', '[sustained]']],
  ['load_test.insecure', ['maybe', '2']],
  ['load_test.abort_on_fail', ['sometimes']],
  ['load_test.health_path', ['health', '"/a b"', '[/x]']],
  ['load_test.headers', ['[a, b]', '"X-Test: 1"']],
  ['load_test.endpoints[0].path', ['api/users', '"/a b"', '42', 'http://elsewhere/x']],
  ['load_test.endpoints[0].weight', ['-1', '1e12', 'heavy']],
  ['load_test.endpoints[0].expect.status', ['[99]', '[600]', '200', '[ok]']],
  ['load_test.endpoints[1].method', ['FETCH', '1']],
  ['thresholds.latency.p50', ['fast', '2h', '1e12', '-1', '250 mss', '.nan']],
  ['thresholds.latency.p95', ['2h', 'quick', '[250]']],
  ['thresholds.latency.p99', ['1e12', '{v: 1}']],
  ['thresholds.error_rate', ['101%', '-1', '0.5 percent', 'low', '1e12']],
  ['thresholds.throughput', ['1e12', '1000 req/fortnight', 'fast', '-5', '2000000000 rps']],
  ['environments.staging.thresholds.latency.p95', ['2h', 'slowish']],
  ['environments.staging.load_test.concurrency', ['1e12', '0']],
  ['canary.confidence', ['40%', '100%', '99.999%', 'sure']],
  ['baseline.confidence', ['49', '100']],
  ['rollback.timeout', ['0', '48h', '1e12']],
  ['rollout.hook_timeout', ['0', '25h', '1e12']],
  ['rollout.stages[0].percentage', ['101', '-1']],
  ['rollout.stages[0].duration', ['200h', '1e12']],
  ['resources.interval', ['0', '2h', '10ms', '1e12']],
  ['report.export', ['pdf', '[locust-csv, pdf]']],
  ['slack.notify', ['sometimes']],
  ['canary.criteria', ['{p95: "faster"}', '{p42: "<=+10%"}', '"<=+10%"']],
  ['regression', ['{p95: "much"}', '[a]', '{p95: "<=+10%", p96: "<=+1%"}']],
];
for (const [path, values] of BAD_LEAVES) for (const value of values) fromModel('bad value', `${path}: ${value}`, set(BASE, path, r(value)), path);

// Settings the base leaves out, added with bad values.
const BAD_ADDED: Array<[string, string[]]> = [
  ['load_test.rate', ['1e12', '1000001', '-1', 'fast', '.nan', '0', '2000000/s', '100 req/hour']],
  ['load_test.shard', ['0/4', '5/4', '1/1001', 'half']],
  ['load_test.stages', ['[{duration: 200h, target: 5}]', '[{duration: 1s, target: 1e12}]', '[{duration: 1s}]', '[{duration: 1s, target: 20000}]', '[]', '[{duration: 100h, target: 5}, {duration: 100h, target: 5}]', '[{duration: -1s, target: 5}]']],
  ['rollback.repository', ['not/a/repo/x']],
  ['resources.process', ['{pid: 0}', '{pid: 1e12}']],
];
for (const [path, values] of BAD_ADDED) for (const value of values) fromModel('bad value', `${path}: ${value}`, set(BASE, path, r(value)), path);

// 2. Unknown keys at every level, above all the members every JavaScript object inherits.
const LEVELS = [
  '',
  'thresholds',
  'thresholds.latency',
  'load_test',
  'load_test.burst',
  'load_test.endpoints[0]',
  'load_test.endpoints[0].thresholds',
  'load_test.endpoints[0].thresholds.latency',
  'load_test.endpoints[0].expect',
  'environments.staging',
  'environments.staging.thresholds',
  'environments.staging.thresholds.latency',
  'environments.staging.load_test',
  'environments.production',
  'report',
  'canary',
  'baseline',
  'rollback',
  'rollout',
  'rollout.hooks',
  'rollout.stages[0]',
  'resources',
];
const MEMBER_NAMES = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', '__defineGetter__', 'toLocaleString', 'concurency'];
for (const level of LEVELS) {
  for (const name of MEMBER_NAMES) {
    const path = level === '' ? name : `${level}.${name}`;
    fromModel('unknown key', `${path || '(top)'}`, add(BASE, level, name, r('1')), path, { message: `unknown key '${name}'` });
  }
}
// In free-form maps (headers), __proto__ would silently become the object's prototype.
for (const level of ['load_test.headers', 'load_test.endpoints[1].headers']) fromModel('unknown key', `${level}.__proto__`, add(BASE, level, '__proto__', r('x')), `${level}.__proto__`, { message: "'__proto__' cannot be used" });

// 3. Contradictory percentiles: a lower percentile with a higher limit than a higher one.
// (staging, the default environment, sets p95 to 300ms over the base's 250ms.)
fromModel('contradiction', 'p50 500ms over the p95 of 300ms', set(BASE, 'thresholds.latency.p50', r('500ms')), 'thresholds.latency.p50', { message: 'looser than p95' }, ['environments.staging.thresholds.latency.p95']);
fromModel('contradiction', 'p99 100ms under the p95 of 300ms', set(BASE, 'thresholds.latency.p99', r('100ms')), 'environments.staging.thresholds.latency.p95', { message: 'looser than p99' }, ['thresholds.latency.p99']);
fromModel('contradiction', 'p90 added above p95', set(BASE, 'thresholds.latency.p90', r('400ms')), 'thresholds.latency.p90', { message: 'looser than p95' }, ['environments.staging.thresholds.latency.p95']);
fromModel('contradiction', 'p50 and p99 swapped in the production block', set(set(BASE, 'environments.production.thresholds.latency.p50', r('450ms')), 'environments.production.thresholds.latency.p99', r('100ms')), 'environments.production.thresholds.latency.p50', { message: 'looser than p99', environment: 'production' }, ['environments.production.thresholds.latency.p99']);
fromModel('contradiction', 'p999 added below p99', set(BASE, 'thresholds.latency.p999', r('300ms')), 'thresholds.latency.p99', { message: 'looser than p99.9' }, ['thresholds.latency.p999']);
fromModel('contradiction', 'an endpoint\'s p50 above its p95', set(BASE, 'load_test.endpoints[0].thresholds.latency.p50', r('900ms')), 'load_test.endpoints[0].thresholds.latency.p50', { message: "endpoint 'users'" }, ['load_test.endpoints[0].thresholds.latency.p95']);
fromModel('contradiction', 'the staging block\'s p95 below the base p50', set(BASE, 'environments.staging.thresholds.latency.p95', r('50ms')), 'thresholds.latency.p50', { message: 'looser than p95' }, ['environments.staging.thresholds.latency.p95']);
fromModel('contradiction', 'the seeds\' top-level form, swapped', set(remove(BASE, 'thresholds'), 'latency', m(['p50', r('500ms')], ['p99', r('100ms')])), 'latency.p50', { message: 'looser than p99' }, ['latency.p99']);

// 4. The same threshold twice, and other duplicates.
fromModel('duplicate', 'seeds\' form and thresholds: both set p95', set(BASE, 'latency', m(['p95', r('200ms')])), 'latency.p95', { message: 'given twice' }, ['thresholds.latency.p95']);
fromModel('duplicate', 'seeds\' form and thresholds: both set error_rate', set(BASE, 'error_rate', r('2%')), 'error_rate', { message: 'given twice' }, ['thresholds.error_rate']);
fromModel('duplicate', 'both forms in an environment block', set(BASE, 'environments.staging.error_rate', r('2%')), 'environments.staging.error_rate', { message: 'given twice' }, ['environments.staging.thresholds.error_rate']);
fromModel('duplicate', 'two endpoints named alike', set(BASE, 'load_test.endpoints[1].name', r('users')), 'load_test.endpoints[1]', { message: 'used twice' });
{
  const duplicateKey = (name: string, level: string, key: string, value: string) => {
    const { text, lastLines } = emit(add(BASE, level, key, r(value)));
    corpus.push({ category: 'duplicate', name, text, line: lastLines.get(level === '' ? key : `${level}.${key}`)!, message: /unique|twice/ });
  };
  duplicateKey('load_test.concurrency twice', 'load_test', 'concurrency', '5');
  duplicateKey('thresholds.latency.p95 twice', 'thresholds.latency', 'p95', '200ms');
  duplicateKey('an endpoint\'s path twice', 'load_test.endpoints[1]', 'path', '/api/other');
  duplicateKey('environments.staging.load_test twice', 'environments.staging', 'load_test', '{concurrency: 2}');
  duplicateKey('a header twice', 'load_test.headers', 'X-Test', 'again');
}

// 5. Settings that are each valid but do not fit together.
fromModel('cross-setting', 'warm-up as long as the run', set(BASE, 'load_test.warmup', r('2s')), 'load_test.warmup', { message: 'warm-up' });
fromModel('cross-setting', 'ramp-up longer than the run', set(set(BASE, 'load_test.pattern', r('ramp-up')), 'load_test.ramp_up', r('5s')), 'load_test.ramp_up', { message: 'ramp-up' });
fromModel('cross-setting', 'burst with a rate', set(set(BASE, 'load_test.pattern', r('burst')), 'load_test.rate', r('50')), 'load_test.pattern', { message: 'burst' });
fromModel('cross-setting', 'a throughput a rate cannot reach', set(BASE, 'load_test.rate', r('5')), 'thresholds.throughput', { message: 'can never be met' });
fromModel('cross-setting', 'one endpoint without a weight', remove(BASE, 'load_test.endpoints[1].weight'), 'load_test.endpoints[0]', { message: 'weight' });
fromModel('cross-setting', 'weights summing to 0', set(set(BASE, 'load_test.endpoints[0].weight', r('0')), 'load_test.endpoints[1].weight', r('0')), 'load_test.endpoints[0]', { message: 'sum to 0' });
fromModel('cross-setting', 'body and json both', set(BASE, 'load_test.endpoints[1].body', r('raw')), 'load_test.endpoints[1].json', { message: 'either body or json' });
fromModel('cross-setting', 'an environment block that is not a mapping', set(BASE, 'environments.production', r('5')), 'environments.production', { message: 'expected a mapping' });
fromModel('cross-setting', 'a resource limit with nothing to read', set(BASE, 'resources.thresholds', m(['cpu_percent', r('50')])), 'resources.thresholds.cpu_percent', { message: 'needs a source' });
fromModel('cross-setting', 'rollback by workflow_dispatch without a workflow', set(set(BASE, 'rollback.auto', r('true')), 'rollback.method', r('workflow_dispatch')), 'rollback.method', { message: 'needs the workflow' });
fromModel('cross-setting', 'a variable the environment lacks', set(BASE, 'load_test.headers.Authorization', r('"Bearer ${FUZZ_UNSET_TOKEN}"')), 'load_test.headers.Authorization', { message: 'FUZZ_UNSET_TOKEN is not set' });
fromModel('cross-setting', 'the endpoint map with a bad key', set(BASE, 'load_test.endpoints', m(['/api/users', r('0.5')], ['api/orders', r('0.5')])), 'load_test.endpoints.api/orders', { message: 'expected a key like' });

// 6. Bad URLs and bad headers.
for (const url of ['ftp://pushgateway:9091', 'localhost:9091', 'not a url']) fromModel('bad url', `pushgateway_url ${url}`, set(BASE, 'prometheus.pushgateway_url', r(JSON.stringify(url))), 'prometheus.pushgateway_url', { message: 'http' });
fromModel('bad url', 'slack webhook without a scheme', set(BASE, 'slack.webhook_url', r('hooks.slack.com/services/T0/B0/x')), 'slack.webhook_url', { message: 'http' });
fromModel('bad url', 'rollback webhook without a scheme', set(set(set(BASE, 'rollback.auto', r('true')), 'rollback.method', r('webhook')), 'rollback.url', r('localhost:1/rollback')), 'rollback.url', { message: 'http' });
for (const url of ['localhost:8080', 'ftp://canary.example.com', 'http//missing-colon', '"not a url"']) fromModel('bad url', `file target ${url}`, set(BASE, 'load_test.target', r(url)), 'load_test.target', { noTarget: true, message: 'URL' });
for (const url of ['production.example.com', 'ftp://production', '"two words"']) fromModel('bad url', `canary production_url ${url}`, set(BASE, 'canary.production_url', r(url)), 'canary.production_url', { command: 'canary', message: 'URL' });
fromModel('bad header', 'a header name with a space', set(BASE, 'load_test.headers.Bad Name', r('x')), 'load_test.headers.X-Test', { message: 'not a valid header name' });
fromModel('bad header', 'a header value with a line break', set(BASE, 'load_test.headers.X-Multi', r('"a\\nb"')), 'load_test.headers.X-Test', { message: 'line break' });
fromModel('bad header', 'a header value outside Latin-1', set(BASE, 'load_test.headers.X-Snow', r('"☃"')), 'load_test.headers.X-Test', { message: 'Latin-1' });
fromModel('bad header', 'an endpoint header name with a colon', set(BASE, 'load_test.endpoints[1].headers.X:Y', r('z')), 'load_test.endpoints[1]', { message: 'not a valid header name' });
fromModel('bad header', 'headers as a list', set(BASE, 'load_test.endpoints[1].headers', r('[X-A, X-B]')), 'load_test.endpoints[1].headers', { message: 'expected a mapping' });

// 7. Not YAML at all, or not the YAML it seems: syntax errors, alias bombs, empty files.
const baseText = emit(BASE);
const baseLines = baseText.text.split('\n');
const lineOf = (path: string) => baseText.lines.get(path)!;
const edited = (name: string, path: string, replacement: (line: string) => string, line: number | null = lineOf(path)) => {
  const lines = [...baseLines];
  lines[lineOf(path) - 1] = replacement(lines[lineOf(path) - 1]);
  corpus.push({ category: 'yaml syntax', name, text: lines.join('\n'), line });
};
edited('an unclosed flow mapping', 'load_test.endpoints[0].expect.status', (l) => l.replace(']', ''), null);
edited('an unclosed quote', 'load_test.duration', (l) => l.replace('2s', '"2s'), null);
edited('a tab as indentation', 'load_test.concurrency', (l) => l.replace(/^ {2}/, '\t'));
edited('a value that is a mapping on one line', 'load_test.concurrency', (l) => `${l}: 5`);
edited('a reserved indicator', 'thresholds.error_rate', (l) => l.replace('0.5%', '@half'));
edited('a list item inside a mapping', 'load_test.seed', (l) => `${l}\n  - stray`, null);
edited('a key indented too far', 'load_test.timeout', (l) => `   ${l}`, null);
edited('an unclosed flow sequence', 'load_test.endpoints[0].expect.status', (l) => l.replace(']', ', 202'), null);
edited('a backtick at the start of a value', 'load_test.pattern', (l) => l.replace('sustained', '`sustained`'));
corpus.push({ category: 'yaml syntax', name: 'two documents in one file', text: `${baseText.text}---\nload_test:\n  concurrency: 2\n`, line: null });
corpus.push({ category: 'yaml syntax', name: 'binary junk', text: '\u0000\u0001\u0002load_test: {concurrency: 4}\n', line: null });

const laughs = (width: number, depth: number) => {
  const levels = [`a0: &a0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let d = 1; d <= depth; d++) levels.push(`a${d}: &a${d} [${Array(width).fill(`*a${d - 1}`).join(', ')}]`);
  return `{${levels.join(', ')}}`;
};
for (const [width, depth] of [[9, 9], [10, 6], [5, 4], [2, 8], [30, 2]]) fromModel('alias bomb', `laughs ${width}^${depth} in an endpoint's JSON body`, set(BASE, 'load_test.endpoints[1].json', r(laughs(width, depth))), 'load_test.endpoints[1].json', { message: 'alias' });
fromModel('alias bomb', '101 aliases of one header value', set(set(BASE, 'load_test.headers.X-Test', r('&v fuzz')), 'load_test.endpoints[1].json', r(`[${Array(101).fill('*v').join(', ')}]`)), 'load_test.endpoints[1].json', { message: 'more than 100 aliases' });
fromModel('alias bomb', 'an alias with no anchor', set(BASE, 'load_test.concurrency', r('*nowhere')), 'load_test.concurrency', { message: 'no anchor' });
fromModel('alias bomb', 'an alias inside the value it names', set(BASE, 'load_test.endpoints[1].json', r('&loop [1, *loop]')), 'load_test.endpoints[1].json', { message: 'inside the value it names' });

for (const [name, text] of [
  ['nothing at all', ''],
  ['one space', ' '],
  ['blank lines', '\n\n\n'],
  ['a comment', '# deploy/performance_config.yml\n'],
  ['comments and blank lines', '# thresholds:\n\n   #   p95: 250ms\n\n'],
  ['a bare document marker', '---\n'],
  ['markers and a comment', '--- # nothing here\n...\n'],
  ['CRLF blank lines', '\r\n\r\n'],
]) corpus.push({ category: 'empty file', name, text, line: 1, message: 'is empty' });

// 8. Random mutations from a fixed seed: two at once, anywhere in the tables above.
const FUZZ_SEED = 0x10c0ffee;
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
{
  const random = mulberry32(FUZZ_SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  for (let i = 0; i < 60; i++) {
    const [leaf, values] = pick(BAD_LEAVES);
    const value = pick(values);
    const level = pick(LEVELS);
    const name = pick(MEMBER_NAMES);
    const path = level === '' ? name : `${level}.${name}`;
    const model = add(set(BASE, leaf, r(value)), level, name, r(pick(['1', 'x', '[]', '{}', '250ms'])));
    const { text, lines } = emit(model);
    corpus.push({ category: 'random pair', name: `#${i} (seed ${FUZZ_SEED}): ${leaf}: ${value} and ${path || '(top)'}`, text, line: lines.get(path)!, alsoLines: [lines.get(leaf)!] });
  }
}

// ---- Running them. -------------------------------------------------------------------------------

let server: Server;
let targetUrl: string;
const sent = { connections: 0, requests: 0 };
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'loadtest-fuzz-'));
  server = createServer((_req, res) => {
    sent.requests++;
    res.end('ok');
  });
  server.on('connection', () => sent.connections++);
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
  targetUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

test('the base config is valid, so every case is broken by its mutation alone', () => {
  for (const command of ['run', 'canary'] as const) {
    const plan = planFrom({ config: 'base.yml', files: { 'base.yml': baseText.text }, flags: { '--target': 'http://127.0.0.1:9', ...(command === 'canary' ? { '--production-url': 'http://127.0.0.1:10' } : {}) } }, command);
    expect(plan.thresholds.p95?.value).toBe(300);
    expect(plan.endpoints).toHaveLength(2);
  }
});

test('the corpus is large and covers every category', () => {
  const categories = new Map<string, number>();
  for (const c of corpus) categories.set(c.category, (categories.get(c.category) ?? 0) + 1);
  expect(corpus.length).toBeGreaterThanOrEqual(150);
  expect([...categories.keys()].sort()).toEqual(['alias bomb', 'bad header', 'bad url', 'bad value', 'contradiction', 'cross-setting', 'duplicate', 'empty file', 'random pair', 'unknown key', 'yaml syntax']);
});

describe('every broken config is a setup mistake: exit 2, file:line, no stack trace, nothing sent', () => {
  test.each(corpus.map((c, i) => [i, c.category, c.name, c] as const))('#%i %s: %s', async (i, _category, _name, c) => {
    const file = join(dir, `case-${i}.yml`);
    writeFileSync(file, c.text);
    const output: string[] = [];
    const before = { ...sent };
    let code: number | string;
    try {
      code = await main([c.command ?? 'run', '--config', file, ...(c.noTarget ? [] : ['--target', targetUrl]), ...(c.environment ? ['--environment', c.environment] : []), '--output', join(dir, `out-${i}`), '-q'], {
        out: (t) => output.push(t),
        err: (t) => output.push(t),
        progress: (t) => output.push(t),
        env: {},
        signal: new AbortController().signal,
        progressEverySeconds: 1,
        readLimits: () => null,
      });
    } catch (error) {
      code = `threw ${(error as Error).stack ?? String(error)}`;
    }
    const text = output.join('\n');
    const problems: string[] = [];
    if (code !== 2) problems.push(`exit code ${code}, expected 2`);
    if (/^\s+at /m.test(text) || /internal error/i.test(text)) problems.push('a stack trace or internal error in the output');
    const named = [...text.matchAll(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)`, 'g'))].map((x) => Number(x[1]));
    if (named.length === 0) problems.push(`no ${file}:<line> in the output`);
    for (const line of [c.line, ...(c.alsoLines ?? [])]) if (line !== null && !named.includes(line)) problems.push(`line ${line} is not named (named: ${named.join(', ') || 'none'})`);
    if (c.message !== undefined && !(typeof c.message === 'string' ? text.includes(c.message) : c.message.test(text))) problems.push(`the output lacks ${String(c.message)}`);
    if (sent.connections !== before.connections || sent.requests !== before.requests) problems.push(`the target got ${sent.connections - before.connections} connections and ${sent.requests - before.requests} requests`);
    if (problems.length > 0) {
      const numbered = c.text.split('\n').map((l, n) => `${String(n + 1).padStart(3)} | ${l}`).join('\n');
      throw new Error(`${c.category}: ${c.name}\n${problems.map((p) => `  - ${p}`).join('\n')}\n--- config (${file}) ---\n${numbered}\n--- output ---\n${text}`);
    }
  });
});
