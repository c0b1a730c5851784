// Templated requests: {{ variable }} and built-in generators in an endpoint's path, headers and
// body, compiled once and written per hit; their mistakes found before any load; and what arrives
// at real servers on 127.0.0.1: the spread of random IDs, typed JSON bodies, identical requests to
// both arms of a canary, one metrics row per template.

import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { runLoadTest } from '../src/app/run.js';
import { seededRandom } from '../src/engine/random.js';
import { type RenderContext, bindingsOf, compileParts } from '../src/template/generators.js';
import { parseTemplate } from '../src/template/parse.js';
import { compileEndpoint, drawValues, write } from '../src/template/request.js';
import { closeAfterEach } from './helpers/closers.js';
import { configErrors, planFrom } from './helpers/plan.js';
import { ok } from './helpers/servers.js';

const context = (vars: Record<string, string> = {}, seed = 1): RenderContext => {
  let n = 0;
  return { random: seededRandom(seed), vars, data: [], rows: [], seq: () => ++n, nowMs: () => Date.UTC(2026, 11, 7), session: null };
};

describe('compiled once, written per hit', () => {
  test('for any template of text and variables, the compiled rendering equals naive substitution', () => {
    const names = ['a', 'user', 'token_2'];
    const literal = fc.string({ maxLength: 8 }).filter((s) => !s.includes('{') && !s.includes('}'));
    const part = fc.oneof(literal.map((text) => ({ text })), fc.record({ name: fc.constantFrom(...names), pad: fc.constantFrom('', ' ', '  ') }));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), fc.dictionary(fc.constantFrom(...names), fc.string({ maxLength: 6 }), { minKeys: 3 }), (parts, vars) => {
        const text = parts.map((p) => ('text' in p ? p.text : `{{${p.pad}${p.name}${p.pad}}}`)).join('');
        const template = compileEndpoint({ path: '/', headers: {}, body: text }, bindingsOf(Object.fromEntries(names.map((n) => [n, '']))));
        const compiled = write(template.body!, drawValues(template, context(vars))!);
        const naive = text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => vars[name]);
        expect(compiled).toBe(naive);
      }),
      { numRuns: 500 },
    );
  });

  test('generators: their ranges and forms, drawn from the seed', () => {
    const ctx = context({ user: 'ann' });
    const one = (text: string) => compileParts(parseTemplate(text), bindingsOf({ user: '' })).map((p) => (typeof p === 'string' ? p : String(p.evaluate(ctx)))).join('');
    for (let i = 0; i < 200; i++) {
      const n = Number(one('{{ randomInt(3, 7) }}'));
      expect(n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true);
    }
    expect(one('{{ uuid() }}')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(one('{{ randomString(12) }}')).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(['x', 'y']).toContain(one('{{ randomItem(["x", \'y\']) }}'));
    expect([one('{{ seq() }}'), one('{{ seq() }}')]).toEqual(['1', '2']);
    expect(one('{{ isoNow() }}')).toBe('2026-12-07T00:00:00.000Z');
    expect(one('{{ now() }}')).toBe(String(Date.UTC(2026, 11, 7)));
    expect(one('Basic {{ base64(user) }}')).toBe(`Basic ${Buffer.from('ann').toString('base64')}`);
    expect(one('{{ base64("a:b") }}')).toBe('YTpi');
  });
});

describe('mistakes, found before any load, with the file and line', () => {
  const errorsOf = (endpoints: string, variables = '') =>
    configErrors({ files: { 'c.yml': `load_test:\n  target: http://127.0.0.1:1\n${variables}  endpoints:\n${endpoints}` }, config: 'c.yml' });

  test('each kind of mistake, every one at once', () => {
    const errors = errorsOf(
      [
        '    - path: /a/{{ randomInt(1, 10)',
        '    - path: /b/{{ randomint(1, 10) }}',
        '    - path: /c/{{ randomInt(10, 1) }}',
        '    - path: /d',
        '      headers: { Authorization: "Bearer {{ token }}" }',
        '    - path: /e',
        '      json: { n: "{{ randomItem([]) }}" }',
        '',
      ].join('\n'),
      '  variables: { tenant: acme }\n',
    );
    expect(errors).toEqual([
      "c.yml:5:7 load_test.endpoints[0]: endpoint 'GET /a/{{ randomInt(1, 10)': path: '{{' is not closed: expected '}}' (at column 4)",
      "c.yml:6:7 load_test.endpoints[1]: endpoint 'GET /b/{{ randomint(1, 10) }}': path: unknown function randomint() in {{ randomint(1, 10) }}; functions: randomInt(), randomItem(), uuid(), randomString(), seq(), now(), isoNow(), base64()",
      "c.yml:7:7 load_test.endpoints[2]: endpoint 'GET /c/{{ randomInt(10, 1) }}': path: randomInt() in {{ randomInt(10, 1) }}: expected two whole numbers min ≤ max; use randomInt(min, max), two whole numbers, min ≤ max",
      "c.yml:8:7 load_test.endpoints[3]: endpoint 'GET /d': header Authorization: 'token' in {{ token }} is defined nowhere (variables: tenant)",
      "c.yml:10:7 load_test.endpoints[4]: endpoint 'GET /e': json: randomItem() in {{ randomItem([]) }}: expected one non-empty list like [1, 2, 3] or [\"a\", \"b\"]; use randomItem([a, b, c]), a list of numbers or quoted strings",
    ]);
  });

  test('a variable named like a generator says how to call it', () => {
    expect(errorsOf('    "/x/{{ uuid }}": 1\n')[0]).toMatch(/'uuid' in \{\{ uuid \}\} is defined nowhere: set it under load_test.variables, or give a data file with that column; to call the generator write uuid\(\)$/);
  });
});

describe('at a real server', () => {
  const { server } = closeAfterEach();
  const quiet = { sleep: async () => undefined };

  test('a random ID in the path: many distinct IDs, all in range, spread evenly; one metrics row for the template', async () => {
    const target = await server(ok);
    const plan = planFrom({ files: { 'c.yml': 'load_test:\n  endpoints:\n    "GET /users/{{ randomInt(1, 1000) }}": 1\n' }, config: 'c.yml', flags: { '--target': target.url, '--concurrency': '8', '--duration': '1.5s', '--min-requests': '1' } });
    const report = await runLoadTest(plan, quiet);
    const ids = target.received.filter((r) => r.startsWith('GET /users/')).map((r) => Number(r.slice('GET /users/'.length)));
    expect(ids.length).toBeGreaterThan(500);
    expect(ids.every((id) => Number.isInteger(id) && id >= 1 && id <= 1000)).toBe(true);
    // Distinct IDs: as many as n draws from 1,000 give, far from one cache-hot ID.
    expect(new Set(ids).size).toBeGreaterThan(Math.min(ids.length, 1000) * 0.4);
    // Each tenth of the range gets its share: within 5 standard deviations of n/10.
    const tenths = Array.from({ length: 10 }, (_, k) => ids.filter((id) => Math.ceil(id / 100) === k + 1).length);
    const sd = Math.sqrt(ids.length * 0.1 * 0.9);
    for (const count of tenths) expect(Math.abs(count - ids.length / 10)).toBeLessThan(5 * sd);
    expect(report.endpoints.map((e) => e.name)).toEqual(['GET /users/{{ randomInt(1, 1000) }}']);
  });

  test('a JSON body: a value that is one expression is typed, text around one is a string; variables and headers too', async () => {
    const target = await server(ok);
    const config = [
      'load_test:',
      '  variables: { tenant: "acme \\"corp\\"" }',
      '  endpoints:',
      '    - path: /orders',
      '      method: POST',
      '      headers: { X-Request-Id: "{{ uuid() }}", X-Tenant: "{{ tenant }}" }',
      '      json: { qty: "{{ randomInt(1, 5) }}", note: "for {{ tenant }} #{{ seq() }}", items: ["{{ randomItem([\'a\', \'b\']) }}"] }',
      '',
    ].join('\n');
    const plan = planFrom({ files: { 'c.yml': config }, config: 'c.yml', flags: { '--target': target.url, '--concurrency': '2', '--duration': '0.5s', '--min-requests': '1' } });
    await runLoadTest(plan, quiet);
    expect(target.bodies.length).toBeGreaterThan(5);
    const seqs: number[] = [];
    target.bodies.forEach((text, i) => {
      const body = JSON.parse(text);
      expect(Number.isInteger(body.qty) && body.qty >= 1 && body.qty <= 5).toBe(true);
      expect(body.note).toMatch(/^for acme "corp" #\d+$/);
      seqs.push(Number(/#(\d+)$/.exec(body.note)![1]));
      expect(['a', 'b']).toContain(body.items[0]);
      expect(target.headers[i]['content-type']).toBe('application/json');
      expect(target.headers[i]['x-tenant']).toBe('acme "corp"');
      expect(target.headers[i]['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    });
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  test('a canary and production get byte-identical rendered requests, drawn once per hit', async () => {
    const [canary, production] = [await server(ok), await server(ok)];
    const config = 'load_test:\n  endpoints:\n    - path: "/items/{{ randomInt(1, 1000000) }}?q={{ randomString(8) }}"\n      method: POST\n      body: "id={{ uuid() }}"\n';
    const plan = planFrom({ files: { 'c.yml': config }, config: 'c.yml', flags: { '--target': canary.url, '--production-url': production.url, '--concurrency': '4', '--duration': '1s', '--min-requests': '1' } }, 'canary');
    await runLoadTest(plan, quiet);
    const sent = (s: typeof canary) => s.received.map((line, i) => `${line} ${s.bodies[i]}`).sort();
    expect(canary.received.length).toBeGreaterThan(10);
    expect(sent(canary)).toEqual(sent(production));
    expect(new Set(canary.received).size).toBe(canary.received.length);
  });
});
