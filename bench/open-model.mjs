#!/usr/bin/env node
// Benchmark: what the open model costs per request, beside the closed model at the same rate, in
// the same round. The open model fires its due arrivals and sleeps on a timer; closed virtual users
// with a think time sleep on timers too, so the two should cost about the same per request. Also
// checks that the open model delivers the rate it was asked for.
//
// The closed model runs twice: with a think time drawn from a range, its users drift apart and
// send one by one, spread over time as open-model arrivals are; with a constant think time they
// stay in step and send in bursts, each wake-up sending many requests, which is cheaper per
// request than any evenly spread schedule can be.
//
//   node bench/open-model.mjs [--rates 1000,5000,20000] [--rounds 4] [--seconds 6] [--cli dist/cli/index.js]
//
// CPU per request is the generator's own figure (results.json, timeseries[].generatorCpuPercent)
// over the whole seconds after a 1 s warm-up, so start-up and pre-flight are left out. Each run is
// killed if it outlives --seconds + 4 s. Targets nginx when installed, else a Node server, on
// 127.0.0.1, the generator on core 0 and the target on core 1.

import { mkdtempSync, readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median, pinned, run, startTarget } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    rates: { type: 'string', default: '1000,5000,20000' },
    rounds: { type: 'string', default: '4' },
    seconds: { type: 'string', default: '6' },
    cli: { type: 'string', default: join(root, 'dist/cli/index.js') },
  },
});
const rates = values.rates.split(',').map(Number);
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const work = mkdtempSync(join(tmpdir(), 'loadtest-bench-open-'));
/** THINK_MS paces the closed users: about THINK_MS plus a millisecond of timer lateness per request. */
const THINK_MS = 9;

async function loadtest(url, flags) {
  const out = join(work, `run-${Date.now()}`);
  await run([process.execPath, values.cli, 'run', '--target', url, '--duration', `${seconds}s`, '--warmup', '1s', '--quiet', '--output', out, '--error-rate', '100', '--p95', '1h', ...flags], { timeoutMs: (seconds + 4) * 1000 });
  const report = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
  // Whole seconds after the warm-up, but the last: the run stops before that second's CPU is sampled.
  const judged = report.timeseries.filter((s) => !s.warmup && s.t < Math.floor(report.durationSeconds) - 1);
  const cpuUs = judged.reduce((sum, s) => sum + s.generatorCpuPercent * 10_000, 0);
  const requests = judged.reduce((sum, s) => sum + s.requests, 0);
  return {
    cpuPerRequestUs: cpuUs / requests,
    cpuPercent: median(judged.map((s) => s.generatorCpuPercent)),
    rps: report.overall.throughputRps,
    arrivals: report.arrivals,
    p50: report.overall.latencyMs.p50,
    errors: report.overall.errors,
  };
}

// Users enough to reach the rate when each waits THINK_MS on average (+ ~1 ms) between requests.
const users = (rate) => String(Math.round((rate * (THINK_MS + 1)) / 1000));
const models = [
  ['open', (url, rate) => loadtest(url, ['--rate', String(rate), '--max-in-flight', '10000'])],
  ['spread', (url, rate) => loadtest(url, ['--concurrency', users(rate), '--think-time', `${THINK_MS / 2}ms-${(THINK_MS * 3) / 2}ms`])],
  ['lockstep', (url, rate) => loadtest(url, ['--concurrency', users(rate), '--think-time', `${THINK_MS}ms`])],
];
const perRequest = (run) => `${run.cpuPerRequestUs.toFixed(1)}µs/req (${run.rps.toFixed(0)} req/s, p50 ${run.p50}ms)`;

console.log(`open-model benchmark · ${new Date().toISOString()} · node ${process.version} · ${cpus().length} cores · ${pinned ? 'generator on core 0, target on core 1' : 'NOT pinned (taskset missing or one core)'}`);
console.log(`${rounds} rounds × ${seconds}s per run (1s warm-up) · rates ${rates.join(', ')}/s · ${values.cli}\n`);

const target = await startTarget(work, 18_090);
const results = new Map(rates.map((rate) => [rate, Object.fromEntries(models.map(([name]) => [name, []]))]));
try {
  for (let round = 0; round < rounds; round++) {
    for (const rate of rates) {
      const r = results.get(rate);
      // Rotate which model goes first, so none always meets a warmer or a busier machine.
      const order = models.map((_, i) => models[(i + round) % models.length]);
      for (const [name, fn] of order) r[name].push(await fn(target.url, rate));
      const ratio = (name) => (r.open.at(-1).cpuPerRequestUs / r[name].at(-1).cpuPerRequestUs).toFixed(2);
      console.log(`  round ${round + 1} · ${rate}/s: open ${perRequest(r.open.at(-1))} · closed spread ${perRequest(r.spread.at(-1))} · closed lock-step ${perRequest(r.lockstep.at(-1))} · ratios ${ratio('spread')}, ${ratio('lockstep')}`);
    }
  }
} finally {
  target.stop();
}

console.log(`\nagainst ${target.name}; CPU per request from the generator's own per-second CPU share\n`);
console.log('| rate | open µs/req | closed spread µs/req | **open / spread** | closed lock-step µs/req | open / lock-step | open CPU | open sent / planned | open req/s / rate | p50 open · spread · lock-step |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const [rate, r] of results) {
  const cpu = (name) => median(r[name].map((run) => run.cpuPerRequestUs)).toFixed(1);
  const ratio = (name) => median(r.open.map((run, i) => run.cpuPerRequestUs / r[name][i].cpuPerRequestUs)).toFixed(2);
  const p50 = (name) => `${median(r[name].map((run) => run.p50)).toFixed(2)}ms`;
  const planned = rate * seconds;
  const cells = [
    rate.toLocaleString('en-US'),
    cpu('open'),
    cpu('spread'),
    `**${ratio('spread')}**`,
    cpu('lockstep'),
    ratio('lockstep'),
    `${median(r.open.map((run) => run.cpuPercent)).toFixed(1)}%`,
    median(r.open.map((run) => (run.arrivals.scheduled - run.arrivals.dropped) / planned)).toFixed(4),
    median(r.open.map((run) => run.rps / rate)).toFixed(4),
    `${p50('open')} · ${p50('spread')} · ${p50('lockstep')}`,
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
