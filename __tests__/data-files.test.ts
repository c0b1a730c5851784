// Data files (load_test.data): CSV, JSON and JSON Lines read once with the line of every mistake,
// rows drawn per hit in the file's order, unique rows never sent twice (across shards too), and
// what arrives at a real server on 127.0.0.1.

import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoadTest } from '../src/app/run.js';
import { DataError, dataSource, parseData } from '../src/template/data.js';
import { closeAfterEach } from './helpers/closers.js';
import { configErrors, planFrom } from './helpers/plan.js';
import { ok } from './helpers/servers.js';

describe('reading a data file', () => {
  test('CSV: a header, RFC 4180 quoting (commas, quotes, line breaks in a field)', () => {
    expect(parseData('id,name\n1,"Ann, ""A"""\n2,"Bo\nB"\n', 'u.csv')).toEqual({ columns: ['id', 'name'], rows: [['1', 'Ann, "A"'], ['2', 'Bo\nB']] });
  });

  test('JSON (an array of objects) and JSON Lines (an object a line): values as text', () => {
    expect(parseData('[{"id": 1, "vip": true}, {"id": 2, "vip": false}]', 'u.json')).toEqual({ columns: ['id', 'vip'], rows: [['1', 'true'], ['2', 'false']] });
    expect(parseData('{"id": 1}\n\n{"id": 2}\n', 'u.jsonl')).toEqual({ columns: ['id'], rows: [['1'], ['2']] });
  });

  test('mistakes name their line', () => {
    const lineOf = (text: string, path: string) => {
      try {
        parseData(text, path);
      } catch (error) {
        return [(error as DataError).line, (error as Error).message];
      }
      throw new Error('expected a DataError');
    };
    expect(lineOf('id,name\n1,ann\n2\n', 'u.csv')).toEqual([3, '1 value, but the header names 2 columns (id, name)']);
    expect(lineOf('{"id": 1}\n{"id": 2\n', 'u.jsonl')[0]).toBe(2);
    expect(lineOf('{"id": 1}\n{"name": "x"}\n', 'u.jsonl')).toEqual([2, "the row's keys differ from the first row's (id): no id; name not in the first row"]);
    expect(lineOf('user id,x\n1,2\n', 'u.csv')).toEqual([1, "column 'user id' cannot be a variable: use letters, digits and _ (not first a digit)"]);
    expect(lineOf('{"a": 1}', 'u.json')).toEqual([0, 'expected a JSON array of objects like [{"id": 1, "name": "ann"}]']);
    expect(lineOf('a', 'u.txt')).toEqual([0, 'expected a .csv, .json or .jsonl (JSON Lines) file']);
  });
});

describe('drawing rows', () => {
  const table = { file: 'u.csv', columns: ['id'], rows: Array.from({ length: 6 }, (_, i) => [String(i + 1)]) };
  const draw = (source: ReturnType<typeof dataSource>, n: number) => Array.from({ length: n }, () => source.next(Math.random)?.[0] ?? null);

  test('sequential goes round; unique stops at the end, saying why, or recycles; circular starts each shard apart', () => {
    expect(draw(dataSource(table, 'sequential', 'stop'), 8)).toEqual(['1', '2', '3', '4', '5', '6', '1', '2']);
    const unique = dataSource(table, 'unique', 'stop');
    expect(draw(unique, 7)).toEqual(['1', '2', '3', '4', '5', '6', null]);
    expect(unique.ranOut).toBe('the data file u.csv ran out of unique rows: each of its 6 rows was sent once (on_exhausted: stop; recycle sends them again)');
    expect(draw(dataSource(table, 'unique', 'recycle'), 7)).toEqual(['1', '2', '3', '4', '5', '6', '1']);
    expect(draw(dataSource(table, 'circular', 'stop', { index: 2, count: 2 }), 4)).toEqual(['4', '5', '6', '1']);
  });

  test('shards share sequential and unique rows out: no row twice across the run', () => {
    const one = draw(dataSource(table, 'unique', 'stop', { index: 1, count: 2 }), 4);
    const two = draw(dataSource(table, 'unique', 'stop', { index: 2, count: 2 }), 4);
    expect(one).toEqual(['1', '3', '5', null]);
    expect(two).toEqual(['2', '4', '6', null]);
  });

  test('random draws from every row, evenly', () => {
    const counts = new Map<string, number>();
    const source = dataSource(table, 'random', 'stop');
    let state = 1;
    const random = () => ((state = (state * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < 6000; i++) {
      const id = source.next(random)![0];
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(5 * Math.sqrt(6000 * (1 / 6) * (5 / 6)));
  });
});

/** inDir writes files into a fresh folder and returns the folder. */
function inDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-data-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('the config', () => {
  test('every mistake before any load: a missing file, a bad row (on its own line), a column no template can read, a clash', () => {
    const dir = inDir({ 'users.csv': 'id,name\n1,ann\n2\n', 'ok.csv': 'id,tenant\n1,a\n' });
    const config = join(dir, 'c.yml');
    writeFileSync(config, ['load_test:', '  target: http://127.0.0.1:1', '  variables: {tenant: acme}', '  data:', '    - file: missing.csv', '    - file: users.csv', '    - file: ok.csv', '      order: unique', '  endpoints:', '    "/u/{{ email }}": 1', ''].join('\n'));
    const errors = configErrors({ config });
    // A data file's own mistakes are on its own line; the others where load_test.data begins, naming the file.
    expect(errors).toEqual([
      `${config}:5:5 load_test.data: cannot read the data file ${join(dir, 'missing.csv')}: no such file`,
      `${join(dir, 'users.csv')}:3:1 load_test.data[1]: 1 value, but the header names 2 columns (id, name)`,
      `${config}:5:5 load_test.data: column 'tenant' of ${join(dir, 'ok.csv')} is also a variable of load_test.variables: a template could not tell which to read; rename one`,
      `${config}:10:23 load_test.endpoints["/u/{{ email }}"]: endpoint '/u/{{ email }}': path: 'email' in {{ email }} is defined nowhere (variables: id, tenant)`,
    ]);
  });
});

describe('at a real server', () => {
  const { server } = closeAfterEach();
  const quiet = { sleep: async () => undefined };
  const users = Array.from({ length: 150 }, (_, i) => `${i + 1},user${i + 1}@example.com`).join('\n');

  test('unique rows: each sent exactly once, then the load stops, saying the data ran out; the run cannot pass', async () => {
    const target = await server(ok);
    const dir = inDir({ 'users.csv': `id,email\n${users}\n` });
    writeFileSync(join(dir, 'c.yml'), 'load_test:\n  data:\n    - file: users.csv\n      order: unique\n  endpoints:\n    "/users/{{ id }}?e={{ email }}": 1\n');
    const plan = planFrom({ config: join(dir, 'c.yml'), flags: { '--target': target.url, '--concurrency': '4', '--duration': '30s', '--min-requests': '1' } });
    const report = await runLoadTest(plan, quiet);
    const ids = target.received.map((r) => Number(/^GET \/users\/(\d+)\?e=user(\d+)%40example\.com$/.exec(r)?.[1]));
    expect(ids.sort((a, b) => a - b)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    expect(report.status).toBe('aborted');
    expect(report.durationSeconds).toBeLessThan(30);
    expect(report.verdict).toBe('inconclusive');
    expect(report.reasons.join('\n')).toContain('the data file');
    expect(report.reasons.join('\n')).toContain('ran out of unique rows: each of its 150 rows was sent once');
  });

  test('unique rows across two shards: no row sent twice in the whole run', async () => {
    const target = await server(ok);
    const dir = inDir({ 'users.csv': `id,email\n${users}\n` });
    writeFileSync(join(dir, 'c.yml'), 'load_test:\n  data:\n    - file: users.csv\n      order: unique\n  endpoints:\n    "/users/{{ id }}": 1\n');
    const shard = (i: number) => runLoadTest(planFrom({ config: join(dir, 'c.yml'), flags: { '--target': target.url, '--concurrency': '4', '--duration': '20s', '--min-requests': '1', '--shard': `${i}/2` } }), quiet);
    await Promise.all([shard(1), shard(2)]);
    const ids = target.received.map((r) => Number(r.slice('GET /users/'.length)));
    expect(ids.length).toBe(150);
    expect(new Set(ids).size).toBe(150);
  });

  test('a canary and production get the same row for each hit', async () => {
    const [canary, production] = [await server(ok), await server(ok)];
    const dir = inDir({ 'users.jsonl': Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: i + 1 })).join('\n') });
    writeFileSync(join(dir, 'c.yml'), 'load_test:\n  data:\n    - file: users.jsonl\n      order: random\n  endpoints:\n    "/users/{{ id }}": 1\n');
    const plan = planFrom({ config: join(dir, 'c.yml'), flags: { '--target': canary.url, '--production-url': production.url, '--concurrency': '4', '--duration': '1s', '--min-requests': '1' } }, 'canary');
    await runLoadTest(plan, quiet);
    expect(canary.received.length).toBeGreaterThan(20);
    expect([...canary.received].sort()).toEqual([...production.received].sort());
    expect(new Set(canary.received).size).toBeGreaterThan(10);
  });
});

describe('values written where they stand (from a review that reproduced each)', () => {
  const { server } = closeAfterEach();
  const quiet = { sleep: async () => undefined };

  test('a value in a path is data, not structure; a header value beyond Latin-1 goes as UTF-8, control characters as spaces; a lone surrogate cannot crash the run', async () => {
    const target = await server(ok);
    const rows = [{ q: 'C# tutorial', name: '日本語' }, { q: '100% cotton', name: 'a\u0000b' }, { q: 'a&admin=true', name: 'bad\ud800' }];
    const dir = inDir({ 'rows.json': JSON.stringify(rows) });
    writeFileSync(join(dir, 'c.yml'), 'load_test:\n  variables: {tenant: acme}\n  data: [{file: rows.json}]\n  endpoints:\n    - path: "/search?q={{ q }}&t={{ tenant }}"\n      headers: {X-Name: "{{ name }}"}\n');
    const report = await runLoadTest(planFrom({ config: join(dir, 'c.yml'), flags: { '--target': target.url, '--concurrency': '1', '--duration': '0.5s', '--min-requests': '1' } }), quiet);
    expect(report.overall.errors).toBe(0);
    const got = target.received.slice(0, 3).map((line, i) => ({ query: Object.fromEntries(new URL(line.split(' ')[1], 'http://x').searchParams), name: Buffer.from(String(target.headers[i]['x-name']), 'latin1').toString('utf8') }));
    expect(got).toEqual([
      { query: { q: 'C# tutorial', t: 'acme' }, name: '日本語' },
      { query: { q: '100% cotton', t: 'acme' }, name: 'a b' },
      { query: { q: 'a&admin=true', t: 'acme' }, name: 'bad\ufffd' },
    ]);
  });

  test('load_test.headers may hold templates too', async () => {
    const target = await server(ok);
    const plan = planFrom({ flags: { '--target': target.url, '--header': 'X-Global-Id: {{ uuid() }}', '--concurrency': '1', '--duration': '0.3s', '--min-requests': '1' } });
    await runLoadTest(plan, quiet);
    expect(target.headers.length).toBeGreaterThan(2);
    expect(target.headers.every((h) => /^[0-9a-f]{8}-[0-9a-f]{4}-4/.test(String(h['x-global-id'])))).toBe(true);
  });

  test('mistakes that would reach the wire are config errors: a template in a JSON key, an unclosed CSV quote (on its line)', () => {
    const dir = inDir({ 'q.csv': 'id,name\n1,ann\n2,"bob\n3,cy\n' });
    writeFileSync(join(dir, 'c.yml'), 'load_test:\n  target: http://127.0.0.1:1\n  data: [{file: q.csv}]\n  endpoints:\n    - path: /k\n      method: POST\n      json: {"{{ name }}": 1}\n');
    expect(configErrors({ config: join(dir, 'c.yml') })).toEqual([
      `${join(dir, 'q.csv')}:3:1 load_test.data[0]: a quoted field is not closed: expected a closing "`,
      `${join(dir, 'c.yml')}:5:7 load_test.endpoints[0]: endpoint 'POST /k': the key "{{ name }}" holds a template; keys are sent as written: template a value instead (at column 1)`,
    ]);
  });

  test('open model: a unique file that runs out stops the arrivals at once; nothing goes out after the run', async () => {
    const target = await server(ok);
    const dir = inDir({ 'ids.csv': `id\n${Array.from({ length: 150 }, (_, i) => i + 1).join('\n')}\n` });
    writeFileSync(join(dir, 'c.yml'), 'load_test:\n  data: [{file: ids.csv, order: unique}]\n  endpoints:\n    "/u/{{ id }}": 0.5\n    "/static": 0.5\n');
    const report = await runLoadTest(planFrom({ config: join(dir, 'c.yml'), flags: { '--target': target.url, '--rate': '2000', '--duration': '10s', '--min-requests': '1' } }), quiet);
    const sent = target.received.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(target.received.length).toBe(sent);
    expect(target.received.filter((r) => r.startsWith('GET /u/')).length).toBe(150);
    expect(report.status).toBe('aborted');
    // Every arrival counted was sent, but the one that found the file empty.
    expect(report.arrivals!.scheduled - sent).toBeLessThanOrEqual(1);
  });

  test('a shard with no rows of its own: a sequential file lends it all of them; a unique one says why it cannot', async () => {
    const table = { file: 'two.csv', columns: ['id'], rows: [['1'], ['2']] };
    expect(dataSource(table, 'sequential', 'stop', { index: 3, count: 3 }).next(Math.random)).toEqual(['1']);
    const unique = dataSource(table, 'unique', 'stop', { index: 3, count: 3 });
    expect(unique.next(Math.random)).toBeNull();
    expect(unique.ranOut).toBe('the data file two.csv has no unique rows for shard 3 of 3: its 2 rows cannot be shared among 3 shards (use fewer shards, more rows, or on_exhausted: recycle)');
  });
});
