#!/usr/bin/env node
// Benchmark: our HTTP/2 (100 streams on one connection) beside our HTTP/1.1 (100 connections), a
// bare node:http2 loop (bench/h2-bare.mjs: the floor under ours) and h2load (Debian's
// nghttp2-client, the same 1 connection × 100 streams, and --h1 with 100 connections), all against one nginx serving the same location over both protocols, in
// alternating rounds, the generator pinned to core 0 and nginx to core 1. Prints each tool's
// median req/s and the per-round ratios' medians.
//
//   node bench/http2.mjs [--cli dist/cli/index.js] [--rounds 5] [--seconds 8] [--streams 100] [--tls]
//
// --tls serves both ports over TLS (HTTP/2 by ALPN h2); without it HTTP/2 is h2c with prior
// knowledge. Everything listens on 127.0.0.1 and stops by itself. Needs nginx and h2load
// (apt-get install -y nginx-light nghttp2-client).

import { mkdtempSync, readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { has, median, pinned, run as runPinned, startNginxHttp2 } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    cli: { type: 'string', default: join(root, 'dist/cli/index.js') },
    rounds: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '8' },
    streams: { type: 'string', default: '100' },
    tls: { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const streams = Number(values.streams);
const work = mkdtempSync(join(tmpdir(), 'loadtest-bench-h2-'));
const run = (argv) => runPinned(argv, { timeoutMs: (seconds + 30) * 1000 });
for (const tool of ['nginx', 'h2load']) {
  if (!has(tool)) {
    console.error(`${tool} is not installed (apt-get install -y nginx-light nghttp2-client)`);
    process.exit(2);
  }
}

/** ours: a closed-model run of `streams` users; the protocol the report says it used must be the one asked for. */
async function ours(url, version) {
  const out = join(work, `ours-${Date.now()}`);
  await run([process.execPath, values.cli, 'run', '--target', url, '--http-version', version, '--concurrency', String(streams), '--duration', `${seconds}s`, '--quiet', '--output', out, '--error-rate', '100', '--p95', '1h', '--timeout', '30s', ...(values.tls ? ['--insecure'] : [])]);
  const report = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
  if (report.protocol?.version !== version) throw new Error(`asked for HTTP/${version}, the report says ${JSON.stringify(report.protocol)}`);
  return { rps: report.overall.throughputRps, errors: report.overall.errors, connections: report.protocol.connections, cpu: report.generator.cpuPercent };
}

/** bare: bench/h2-bare.mjs, the least a node:http2 client can do per request: the floor under ours. */
async function bare(url) {
  const result = await run([process.execPath, join(root, 'bench/h2-bare.mjs'), url, '--streams', String(streams), '--seconds', String(seconds), ...(values.tls ? ['--insecure'] : [])]);
  const r = JSON.parse(result.out);
  return { rps: r.rps, errors: r.errors, cpu: r.cpuPercent };
}

/** h2load: `-c 1 -m streams` over HTTP/2, or `--h1 -c streams` (one request at a time per connection) over HTTP/1.1. */
async function h2load(url, h1) {
  const result = await run(['h2load', ...(h1 ? ['--h1', '-c', String(streams), '-m', '1'] : ['-c', '1', '-m', String(streams)]), '-D', String(seconds), url]);
  const rps = Number(/finished in [\d.]+s, ([\d.]+) req\/s/.exec(result.out)?.[1]);
  const failed = Number(/requests: .* (\d+) failed/.exec(result.out)?.[1] ?? 0);
  const protocol = /Application protocol: (\S+)/.exec(result.out)?.[1];
  if (!(rps > 0)) throw new Error(`h2load printed no rate:\n${result.out}\n${result.err}`);
  return { rps, errors: failed, protocol };
}

const target = await startNginxHttp2(work, 18_180, 18_181, { tls: values.tls });
const tools = [
  [`loadtest-action HTTP/2 (${streams} streams, 1 connection)`, () => ours(target.h2, '2')],
  [`loadtest-action HTTP/1.1 (${streams} connections)`, () => ours(target.h1, '1.1')],
  [`bare node:http2 loop (${streams} streams, 1 connection)`, () => bare(target.h2)],
  [`h2load HTTP/2 (-c 1 -m ${streams})`, () => h2load(target.h2, false)],
  [`h2load HTTP/1.1 (--h1 -c ${streams})`, () => h2load(target.h1, true)],
];
const [oursH2, oursH1, bareH2, h2loadH2, h2loadH1] = tools.map(([name]) => name);
console.log(`loadtest-action HTTP/2 benchmark · ${new Date().toISOString()} · node ${process.version} · ${cpus().length} cores · ${pinned ? 'generator on core 0, target on core 1' : 'NOT pinned (taskset missing or one core)'}`);
console.log(`${rounds} rounds × ${seconds}s against ${target.name}: ${values.tls ? 'HTTP/2 by ALPN h2 over TLS' : 'HTTP/2 as h2c (prior knowledge)'}; CLI ${values.cli}\n`);
const results = Object.fromEntries(tools.map(([name]) => [name, []]));
try {
  for (let round = 0; round < rounds; round++) {
    // Rotate the order each round so no tool always runs first (warm caches) or last.
    const order = tools.map((_, i) => tools[(i + round) % tools.length]);
    const line = [];
    for (const [name, fn] of order) {
      const r = await fn();
      results[name].push(r.rps);
      line.push(`${name} ${Math.round(r.rps).toLocaleString('en-US')}${r.errors ? ` (${r.errors.toLocaleString('en-US')} errors)` : ''}${r.cpu !== undefined ? ` [CPU ${r.cpu}%]` : ''}`);
    }
    console.log(`  round ${round + 1}: ${line.join(' · ')}`);
  }
} finally {
  target.stop();
}
const ratio = (a, b) => median(results[a].map((v, i) => v / results[b][i]));
console.log('\n| tool | median req/s | paired ratio vs our HTTP/1.1 | paired ratio vs h2load HTTP/2 |');
console.log('|---|---:|---:|---:|');
for (const [name] of tools) console.log(`| ${name} | ${Math.round(median(results[name])).toLocaleString('en-US')} | ${ratio(name, oursH1).toFixed(2)} | ${ratio(name, h2loadH2).toFixed(2)} |`);
console.log(`\nour HTTP/2 vs our HTTP/1.1, paired by round: ${ratio(oursH2, oursH1).toFixed(2)}× (h2load's own HTTP/2 vs its HTTP/1.1: ${ratio(h2loadH2, h2loadH1).toFixed(2)}×)`);
console.log(`our HTTP/2 vs h2load HTTP/2, paired by round: ${ratio(oursH2, h2loadH2).toFixed(2)}×; our HTTP/1.1 vs h2load --h1: ${ratio(oursH1, h2loadH1).toFixed(2)}×`);
console.log(`our HTTP/2 vs a bare node:http2 loop, paired by round: ${ratio(oursH2, bareH2).toFixed(2)}× (the bare loop vs h2load: ${ratio(bareH2, h2loadH2).toFixed(2)}×)`);
