// A big log read in parts at once (`loadtest model --threads N`): every line read exactly once
// whatever the cut points, the parts' models merged into exactly the counts, routes and peaks of a
// model fed the whole log, and the merged samples as fair as one reservoir's. Real worker threads
// run through the built CLI.

import { describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { main } from '../src/cli/main.js';
import { byteRanges, eachLineIn } from '../src/model/lines.js';
import { parseLogLine } from '../src/model/access-log.js';
import { TrafficModel } from '../src/model/model.js';
import { readLogs } from '../src/model/read-logs.js';

/** seeded: a deterministic 0…1 generator (Park–Miller), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

async function linesIn(file: string, start: number, end: number): Promise<string[]> {
  const lines: string[] = [];
  await eachLineIn(file, start, end, (line) => lines.push(line));
  return lines;
}

const dir = mkdtempSync(join(tmpdir(), 'loadtest-model-parts-'));

describe('reading a plain file in byte ranges', () => {
  test('property: for every cut point, the two ranges give every line exactly once, in order (CRLF, empty lines, no final newline)', async () => {
    const random = seeded(7);
    for (let round = 0; round < 20; round++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 12) }, () => 'x'.repeat(Math.floor(random() * 6)) + String(Math.floor(random() * 100)));
      const crlf = random() < 0.3;
      const finalNewline = random() < 0.5;
      const text = lines.join(crlf ? '\r\n' : '\n') + (finalNewline ? (crlf ? '\r\n' : '\n') : '');
      const file = join(dir, `cut-${round}.log`);
      writeFileSync(file, text);
      const whole = await linesIn(file, 0, Infinity);
      expect(whole).toEqual(lines);
      for (let cut = 0; cut <= text.length; cut++) {
        const parts = [...(await linesIn(file, 0, cut)), ...(await linesIn(file, cut, text.length))];
        expect({ round, cut, parts }).toEqual({ round, cut, parts: lines });
      }
    }
  });

  test('a line longer than a read (1 MB), cut anywhere; byteRanges cover the file in N parts', async () => {
    const long = 'L'.repeat(2_500_000);
    const lines = ['first', long, 'third', 'fourth'];
    const file = join(dir, 'long.log');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const size = readFileSync(file).length;
    for (const cut of [1, 6, 7, 1_000_000, 2_500_006, 2_500_007, 2_500_010]) {
      expect([...(await linesIn(file, 0, cut)), ...(await linesIn(file, cut, size))]).toEqual(lines);
    }
    for (const n of [1, 2, 3, 7]) {
      const ranges = byteRanges(size, n);
      expect(ranges[0].start).toBe(0);
      expect(ranges[n - 1].end).toBe(size);
      const read: string[] = [];
      for (const { start, end } of ranges) read.push(...(await linesIn(file, start, end)));
      expect(read).toEqual(lines);
    }
  });
});

/** accessLog: a combined log of known routes: IDs, slugs past the fold, a secret and an e-mail in queries, a few lines that are not requests. */
function accessLog(lines: number, seed: number): string[] {
  const random = seeded(seed);
  const out: string[] = [];
  let t = Date.UTC(2026, 11, 7, 9);
  for (let i = 0; i < lines; i++) {
    t += Math.floor(random() * 40);
    const u = random();
    const target =
      u < 0.4 ? `/api/users/${Math.floor(random() * 3000)}` : u < 0.6 ? `/blog/post-${Math.floor(random() * 700)}` : u < 0.8 ? `/api/search?q=w${Math.floor(random() * 9)}&token=s3cr3t${i}` : u < 0.9 ? `/api/invite?to=user${i % 7}%40example.com` : u < 0.995 ? '/health' : null;
    const d = new Date(t);
    const stamp = `${String(d.getUTCDate()).padStart(2, '0')}/Dec/2026:${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')} +0000`;
    out.push(target === null ? `garbage line ${i}` : `10.0.0.${i % 250} - - [${stamp}] "GET ${target} HTTP/1.1" ${random() < 0.05 ? 503 : 200} ${Math.floor(random() * 4000)} "-" "bench"`);
  }
  return out;
}

function modelOf(lines: readonly string[]): TrafficModel {
  const model = new TrafficModel();
  for (const line of lines) {
    const record = parseLogLine(line);
    if (record) model.add(record);
    else model.addUnparsed(line);
  }
  return model;
}

describe('merging the parts’ models', () => {
  test('parts absorbed in order give exactly the whole log’s requests, routes, status mix, query names, peaks, minute rates and what was dropped', () => {
    const lines = accessLog(40_000, 3);
    const whole = modelOf(lines).result();
    const exact = (r: ReturnType<TrafficModel['result']>) => ({
      requests: r.requests,
      firstMs: r.firstMs,
      lastMs: r.lastMs,
      routes: r.routes.map((route) => ({ method: route.method, template: route.template, count: route.count, share: route.share, statuses: route.statuses, query: route.query, peakPerSecond: route.peakPerSecond, peakMinutePerSecond: route.peakMinutePerSecond })),
      peakPerSecond: r.peakPerSecond,
      peakMinutePerSecond: r.peakMinutePerSecond,
      minuteRates: r.minuteRates,
      unparsed: r.unparsed.count,
      dropped: { secretParams: [...r.dropped.secretParams], emails: r.dropped.emails },
    });
    expect(whole.routes.map((r) => r.template)).toEqual(['/api/users/{id}', '/blog/{slug}', '/api/search', '/api/invite', '/health']);
    for (const parts of [2, 3, 5]) {
      // Cut at uneven points: mid-second, and one part far smaller than the others.
      const cuts = [0, ...Array.from({ length: parts - 1 }, (_, k) => Math.floor((lines.length * (k + 1) ** 2) / parts ** 2) + 1), lines.length];
      const merged = new TrafficModel();
      for (let k = 0; k < parts; k++) merged.absorb(modelOf(lines.slice(cuts[k], cuts[k + 1])).snapshot());
      const result = merged.result();
      expect(exact(result)).toEqual(exact(whole));
      // Samples: as many as one reservoir holds, each a real value of its route.
      for (const route of result.routes) {
        expect(route.samples.length).toBe(Math.min(1000, route.count));
        if (route.template === '/api/users/{id}') expect(route.samples.every((s) => Number(s.path[0]) < 3000)).toBe(true);
        if (route.template === '/blog/{slug}') expect(route.samples.every((s) => /^post-\d+$/.test(s.path[0]))).toBe(true);
      }
    }
  });

  test('calibration: a merged sample takes each part in proportion to its requests (200 merges of 9:1 parts: mean share 10% ± 1 point, each within 6.5–13.5%)', () => {
    const shares: number[] = [];
    for (let run = 0; run < 200; run++) {
      const big = 9000 + run * 7;
      const small = Math.round(big / 9);
      const line = (id: number, second: number) => `10.0.0.1 - - [07/Dec/2026:10:${String(Math.floor(second / 60) % 60).padStart(2, '0')}:${String(second % 60).padStart(2, '0')} +0000] "GET /items/${id} HTTP/1.1" 200 10 "-" "-"`;
      const a = modelOf(Array.from({ length: big }, (_, i) => line(i, i % 3600)));
      const b = modelOf(Array.from({ length: small }, (_, i) => line(1_000_000 + i, i % 3600)));
      a.absorb(b.snapshot());
      const samples = a.result().routes[0].samples;
      expect(samples).toHaveLength(1000);
      shares.push(samples.filter((s) => Number(s.path[0]) >= 1_000_000).length / samples.length);
    }
    const mean = shares.reduce((sum, s) => sum + s, 0) / shares.length;
    expect(Math.abs(mean - 0.1)).toBeLessThan(0.01);
    // Binomial(1000, 0.1) has a standard deviation of 0.95 points: 3.5 points is beyond 3.6 sigma.
    expect(shares.filter((s) => s < 0.065 || s > 0.135)).toEqual([]);
  });
});

describe("each route's peaks", () => {
  /** bruteForce: each route's busiest second and minute, counted over every line at once. */
  function bruteForce(lines: readonly string[]): Record<string, [number, number]> {
    const template = (target: string) => (target.startsWith('/api/users/') ? '/api/users/{id}' : target.startsWith('/blog/') ? '/blog/{slug}' : target.split('?')[0]);
    const counts = new Map<string, { seconds: Map<number, number>; minutes: Map<number, number> }>();
    for (const line of lines) {
      const record = parseLogLine(line);
      if (!record) continue;
      const key = template(record.target);
      if (!counts.has(key)) counts.set(key, { seconds: new Map(), minutes: new Map() });
      const c = counts.get(key)!;
      const second = Math.floor(record.timeMs / 1000);
      c.seconds.set(second, (c.seconds.get(second) ?? 0) + 1);
      c.minutes.set(Math.floor(second / 60), (c.minutes.get(Math.floor(second / 60)) ?? 0) + 1);
    }
    return Object.fromEntries([...counts].map(([key, c]) => [key, [Math.max(...c.seconds.values()), Math.max(...c.minutes.values()) / 60]]));
  }
  const peaks = (model: TrafficModel) => Object.fromEntries(model.result().routes.map((r) => [r.template, [r.peakPerSecond, r.peakMinutePerSecond]]));

  test('exactly the busiest second and minute of each route, over hours of log, with lines out of order by up to 30 s, whole or in parts', () => {
    const lines = accessLog(250_000, 5);
    // Servers log a request when it ends: shuffle lines within blocks of ~30 s.
    const random = seeded(9);
    for (let block = 0; block < lines.length; block += 1500) {
      for (let i = Math.min(lines.length, block + 1500) - 1; i > block; i--) {
        const j = block + Math.floor(random() * (i - block + 1));
        [lines[i], lines[j]] = [lines[j], lines[i]];
      }
    }
    const expected = bruteForce(lines);
    expect(peaks(modelOf(lines))).toEqual(expected);
    const merged = new TrafficModel();
    for (const [start, end] of [[0, 123_457], [123_457, 123_500], [123_500, 250_000]]) merged.absorb(modelOf(lines.slice(start, end)).snapshot());
    expect(peaks(merged)).toEqual(expected);
    // Hours of log, so most seconds were settled along the way rather than held to the end.
    const hours = (parseLogLine(lines[lines.length - 1])!.timeMs - parseLogLine(lines[0])!.timeMs) / 3_600_000;
    expect(hours).toBeGreaterThan(1);
  });

  test('several logs: two servers of the same hours give the exact total peaks, their routes\' peaks said to be lower bounds; days given newest first stay exact', async () => {
    const web1 = accessLog(30_000, 21);
    const web2 = accessLog(30_000, 22);
    writeFileSync(join(dir, 'web1.log'), `${web1.join('\n')}\n`);
    writeFileSync(join(dir, 'web2.log'), `${web2.join('\n')}\n`);
    const both = [...web1, ...web2];
    const exactSeconds = new Map<number, number>();
    for (const line of both) {
      const record = parseLogLine(line);
      if (record) exactSeconds.set(Math.floor(record.timeMs / 1000), (exactSeconds.get(Math.floor(record.timeMs / 1000)) ?? 0) + 1);
    }
    for (const threads of [1, 3]) {
      const servers = await readLogs([join(dir, 'web1.log'), join(dir, 'web2.log')], { known: [], logFormat: null, threads });
      expect(servers.peakPerSecond).toBe(Math.max(...exactSeconds.values()));
      expect(servers.minuteRates).toEqual(modelOf(both).result().minuteRates);
      expect(servers.routes.every((r) => !r.peaksExact)).toBe(true);
      const routesOf = bruteForce(both);
      for (const r of servers.routes) expect(r.peakPerSecond).toBeLessThanOrEqual(routesOf[r.template][0]);
    }
    // One server's log rotated into two days, read newest first: nothing overlaps, everything exact.
    const day = accessLog(40_000, 23);
    writeFileSync(join(dir, 'day1.log'), `${day.slice(0, 20_000).join('\n')}\n`);
    writeFileSync(join(dir, 'day2.log'), `${day.slice(20_000).join('\n')}\n`);
    const rotated = await readLogs([join(dir, 'day2.log'), join(dir, 'day1.log')], { known: [], logFormat: null, threads: 1 });
    expect(rotated.routes.every((r) => r.peaksExact)).toBe(true);
    expect(Object.fromEntries(rotated.routes.map((r) => [r.template, [r.peakPerSecond, r.peakMinutePerSecond]]))).toEqual(bruteForce(day));
  });

  test('words folded into a {slug} in one part and still routes of their own in another end up in one route', async () => {
    const line = (path: string, i: number) => `10.0.0.1 - - [07/Dec/2026:10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} +0000] "GET ${path} HTTP/1.1" 200 10 "-" "-"`;
    const lines = [...Array.from({ length: 600 }, (_, i) => line(`/blog/${['alpha', 'beta', 'gamma'][i % 3]}`, i)), ...Array.from({ length: 600 }, (_, i) => line(`/blog/post-${i}`, 600 + i))];
    writeFileSync(join(dir, 'blog.log'), `${lines.join('\n')}\n`);
    for (const threads of [1, 2, 3]) {
      const result = await readLogs([join(dir, 'blog.log')], { known: [], logFormat: null, threads });
      expect({ threads, routes: result.routes.map((r) => [r.template, r.count]) }).toEqual({ threads, routes: [['/blog/{slug}', 1200]] });
    }
  });

  test('a busiest second cut in two by the parts is whole again when they merge', () => {
    const line = (second: number) => `10.0.0.1 - - [07/Dec/2026:10:${String(Math.floor(second / 60)).padStart(2, '0')}:${String(second % 60).padStart(2, '0')} +0000] "GET /health HTTP/1.1" 200 2 "-" "-"`;
    // Part one: 3 requests a second for 20 minutes, the last second included; part two: that second again 3 times, then 4 a second.
    const one = Array.from({ length: 1200 * 3 }, (_, i) => line(Math.floor(i / 3)));
    const two = [...Array.from({ length: 3 }, () => line(1199)), ...Array.from({ length: 1200 * 4 }, (_, i) => line(1200 + Math.floor(i / 4)))];
    expect(peaks(modelOf([...one, ...two]))).toEqual({ '/health': [6, 4] });
    const merged = new TrafficModel();
    merged.absorb(modelOf(one).snapshot());
    merged.absorb(modelOf(two).snapshot());
    expect(peaks(merged)).toEqual({ '/health': [6, 4] });
  });
});

describe('loadtest model --threads', () => {
  const log = join(dir, 'access.log');
  writeFileSync(log, `${accessLog(60_000, 11).join('\n')}\n`);

  async function inProcess(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['model', ...argv], { out: (t) => out.push(t), err: (t) => err.push(t), progress: () => undefined, env: {}, signal: new AbortController().signal, progressEverySeconds: 10, readLimits: () => null });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  /** mix: what a written config says of the traffic: each endpoint's path and weight, and the rate. */
  const mix = (out: string) => {
    const config = parse(readFileSync(join(out, 'performance_config.yml'), 'utf8'));
    return { rate: config.load_test.rate, endpoints: config.load_test.endpoints.map((e: { name: string; path: string; weight: number }) => [e.name, e.path, e.weight]) };
  };

  test('in parts or whole, the same config: routes, weights and rate; a bad --threads is a usage error', async () => {
    const whole = await inProcess(['--threads', '1', '--from', log, '--out', join(dir, 'one')]);
    expect(whole.code).toBe(0);
    const parts = await inProcess(['--threads', '3', '--from', log, '--out', join(dir, 'three')]);
    expect(parts.code).toBe(0);
    expect(mix(join(dir, 'three'))).toEqual(mix(join(dir, 'one')));
    expect(mix(join(dir, 'one')).endpoints.map((e: string[]) => e[0])).toEqual(['GET /api/users/{id}', 'GET /blog/{slug}', 'GET /api/search', 'GET /api/invite', 'GET /health']);
    for (const bad of ['0', '1.5', 'many']) {
      const r = await inProcess(['--threads', bad, '--from', log]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`--threads: expected how many parts of a log to read at once, 1 to 64, got '${bad}'`);
    }
  });

  test('the built CLI reads the parts on worker threads: the same config as one thread, and a missing file is still named', async () => {
    const cli = resolve('dist/cli/index.js');
    const run = (argv: string[]) => promisify(execFile)(process.execPath, [cli, 'model', ...argv], { encoding: 'utf8' });
    await run(['--threads', '1', '--from', log, '--out', join(dir, 'cli-one')]);
    const threads = await run(['--threads', '4', '--from', log, '--out', join(dir, 'cli-four')]);
    expect(threads.stdout).toContain('GET     /api/users/{id}');
    expect(mix(join(dir, 'cli-four'))).toEqual(mix(join(dir, 'cli-one')));
    // Started as `node dist/cli/index` (no .js for a thread to start): the parts are read on the one thread.
    await promisify(execFile)(process.execPath, [cli.replace(/\.js$/, ''), 'model', '--threads', '3', '--from', log, '--out', join(dir, 'cli-bare')], { encoding: 'utf8' });
    expect(mix(join(dir, 'cli-bare'))).toEqual(mix(join(dir, 'cli-one')));
    const missing = await run(['--threads', '2', '--from', join(dir, 'nope.log')]).catch((error: { code: number; stderr: string }) => error);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('nope.log: no such file') });
  }, 60_000);
});
