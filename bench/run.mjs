#!/usr/bin/env node
// Benchmark: our generator (a static endpoint, a templated one, a 3-step flow with a JSON capture) beside autocannon and wrk against the same local target, the generator
// pinned to core 0 and the target to core 1, in alternating rounds so machine noise hits every tool
// alike. Prints each tool's median req/s and the paired ratios, the latency overhead against a
// fixed-delay server next to wrk's, and the generator's memory at 10,000 virtual users.
//
//   node bench/run.mjs [--rounds 5] [--seconds 10] [--connections 100] [--skip-memory] [--skip-latency]
//
// Uses nginx (Debian package) as the target when installed, else a minimal Node server; wrk is
// optional. Everything listens on 127.0.0.1 and stops by itself.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { has, median, pinned, run as runPinned, startNginx as startNginxIn, startNodeTarget } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/index.js');
const autocannonBin = join(root, 'node_modules/autocannon/autocannon.js');
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '100' },
    'skip-memory': { type: 'boolean', default: false },
    'skip-latency': { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const work = mkdtempSync(join(tmpdir(), 'loadtest-bench-'));
const run = (argv, { timeoutMs = (seconds + 30) * 1000 } = {}) => runPinned(argv, { timeoutMs });
const startNginx = (port) => startNginxIn(work, port);

// ---- generators ----------------------------------------------------------------------------

async function ours(url, c, extra = []) {
  const out = join(work, `ours-${Date.now()}`);
  await run([process.execPath, cli, 'run', '--target', url, '--concurrency', String(c), '--duration', `${seconds}s`, '--quiet', '--output', out, '--error-rate', '100', '--p95', '1h', '--timeout', '30s', ...extra]);
  const report = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
  return { rps: report.overall.throughputRps, p50: report.overall.latencyMs.p50, p99: report.overall.latencyMs.p99, rssMb: report.generator.peakRssMb, errors: report.overall.errors };
}

async function autocannon(url, c) {
  const result = await run([process.execPath, autocannonBin, '-c', String(c), '-d', String(seconds), '--json', url]);
  const report = JSON.parse(result.out);
  return { rps: report.requests.total / report.duration, p50: report.latency.p50, p99: report.latency.p99, errors: report.errors + report.non2xx };
}

async function wrk(url, c) {
  const result = await run(['wrk', '-t1', `-c${c}`, `-d${seconds}s`, '--latency', url]);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(result.out)?.[1]);
  const pct = (p) => {
    const m = new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`).exec(result.out);
    return m ? Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]] : NaN;
  };
  return { rps, p50: pct(50), p99: pct(99), errors: 0 };
}

// ---- the benchmark -------------------------------------------------------------------------

/** TEMPLATED: a random ID in the path and a JSON body with two random fields, written per request (src/template). */
const TEMPLATED = '[{path: "/items/{{ randomInt(1, 100000) }}", method: POST, json: {qty: "{{ randomInt(1, 1000) }}", ref: "{{ randomString(8) }}"}}]';

/** FLOW: three steps per iteration, the first's token captured from its JSON body and sent by the other two (src/engine/flow.ts). */
const FLOW = `load_test:
  flows:
    - name: three
      steps:
        - {name: login, method: POST, path: /login, json: {user: "u{{ seq() }}"}, capture: {token: {json: $.token}}}
        - {name: item, path: "/items/{{ randomInt(1, 100000) }}", headers: {Authorization: "Bearer {{ token }}"}}
        - {name: order, method: POST, path: /orders, headers: {Authorization: "Bearer {{ token }}"}, json: {qty: "{{ randomInt(1, 9) }}"}}
`;
const flowConfig = join(work, 'flow.yml');
writeFileSync(flowConfig, FLOW);

const tools = [
  ['loadtest-action', ours],
  ['loadtest-action templated', (url, c) => ours(url, c, ['--endpoints', TEMPLATED])],
  ['loadtest-action 3-step flow', (url, c) => ours(url, c, ['--config', flowConfig])],
  ['autocannon', autocannon],
  ...(has('wrk') ? [['wrk -t1', wrk]] : []),
];
console.log(`loadtest-action benchmark · ${new Date().toISOString()} · node ${process.version} · ${cpus().length} cores · ${pinned ? 'generator on core 0, target on core 1' : 'NOT pinned (taskset missing or one core)'}`);
console.log(`${rounds} rounds × ${seconds}s · ${connections} keep-alive connections, no pipelining\n`);

const target = has('nginx') ? await startNginx(18_080) : await startNodeTarget(18_080);
const results = Object.fromEntries(tools.map(([name]) => [name, []]));
try {
  console.log(`throughput against ${target.name}`);
  for (let round = 0; round < rounds; round++) {
    // Rotate the order each round so no tool always runs first (warm caches) or last.
    const order = tools.map((_, i) => tools[(i + round) % tools.length]);
    const line = [];
    for (const [name, fn] of order) {
      const r = await fn(target.url, connections);
      results[name].push(r.rps);
      // A flow whose capture failed would skip its later steps: errors are shown, never hidden in a rate.
      line.push(`${name} ${Math.round(r.rps).toLocaleString('en-US')}${r.errors ? ` (${r.errors.toLocaleString('en-US')} errors)` : ''}`);
    }
    console.log(`  round ${round + 1}: ${line.join(' · ')}`);
  }
} finally {
  target.stop();
}
const ratio = (a, b) => median(results[a].map((v, i) => v / results[b][i]));
console.log('\n| tool | median req/s | paired ratio vs autocannon |' + (results['wrk -t1'] ? ' paired ratio vs wrk |' : ''));
console.log('|---|---:|---:|' + (results['wrk -t1'] ? '---:|' : ''));
for (const [name] of tools) {
  console.log(`| ${name} | ${Math.round(median(results[name])).toLocaleString('en-US')} | ${ratio(name, 'autocannon').toFixed(2)} |` + (results['wrk -t1'] ? ` ${ratio(name, 'wrk -t1').toFixed(2)} |` : ''));
}

console.log(`\ntemplated endpoint vs the static one, paired by round: ${ratio('loadtest-action templated', 'loadtest-action').toFixed(2)}×`);
console.log(`3-step flow with a JSON capture vs the static endpoint, paired by round: ${ratio('loadtest-action 3-step flow', 'loadtest-action').toFixed(2)}×`);

if (!values['skip-latency']) {
  const delayed = await startNodeTarget(18_081, 10);
  try {
    console.log(`\nlatency against a ${delayed.name}, 10 connections (overhead = measured − 10ms)`);
    const lat = { 'loadtest-action': [], 'wrk -t1': [], autocannon: [] };
    for (let round = 0; round < Math.min(rounds, 3); round++) {
      lat['loadtest-action'].push(await ours(delayed.url, 10));
      if (has('wrk')) lat['wrk -t1'].push(await wrk(delayed.url, 10));
    }
    console.log('| tool | p50 | p99 | overhead p50 | overhead p99 |\n|---|---:|---:|---:|---:|');
    for (const [name, runs] of Object.entries(lat)) {
      if (runs.length === 0) continue;
      const p50 = median(runs.map((r) => r.p50));
      const p99 = median(runs.map((r) => r.p99));
      console.log(`| ${name} | ${p50.toFixed(2)}ms | ${p99.toFixed(2)}ms | ${(p50 - 10).toFixed(2)}ms | ${(p99 - 10).toFixed(2)}ms |`);
    }
  } finally {
    delayed.stop();
  }
}

if (!values['skip-memory']) {
  const big = has('nginx') ? await startNginx(18_082) : await startNodeTarget(18_082);
  try {
    console.log(`\nmemory at 10,000 virtual users against ${big.name} (${seconds}s)`);
    const r = await ours(big.url, 10_000);
    console.log(`  loadtest-action: peak RSS ${r.rssMb} MB (${(r.rssMb * 1024 / 10_000).toFixed(1)} KB per user), ${Math.round(r.rps).toLocaleString('en-US')} req/s, ${r.errors} errors`);
  } finally {
    big.stop();
  }
}
