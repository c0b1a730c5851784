#!/usr/bin/env node
// Benchmark: `loadtest model` against the shell pipeline people use today, on the same nginx
// combined log, in alternating rounds: `awk '{print $7}' | sort | uniq -c | sort -rn`, and
// `loadtest model --threads 1` for a runner with one core. Prints each one's median wall time and
// peak RSS (the RSS of a pipeline is its largest process's, from GNU time), and the paired ratios. The log is generated once (a realistic mix: IDs, UUID-free routes, query strings,
// slugs, ~165 bytes a line) and removed at the end.
//
//   node bench/model.mjs [--size-mb 1024] [--rounds 3]

import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/index.js');
const { values } = parseArgs({ options: { 'size-mb': { type: 'string', default: '1024' }, rounds: { type: 'string', default: '3' } } });
const work = mkdtempSync(join(tmpdir(), 'loadtest-model-bench-'));
const log = join(work, 'access.log');

async function generate(file, bytes) {
  const out = createWriteStream(file);
  let state = 1;
  const random = () => ((state = (state * 48271) % 2147483647) / 2147483647);
  const routes = [
    [0.35, 'GET', () => `/api/users/${Math.floor(random() * 100000)}`],
    [0.2, 'GET', () => `/api/orders/${Math.floor(random() * 1e6)}?expand=items`],
    [0.1, 'POST', () => '/api/orders'],
    [0.2, 'GET', () => `/api/products?page=${Math.floor(random() * 50)}&sort=price`],
    [0.05, 'GET', () => '/health'],
    [0.1, 'GET', () => `/blog/post-${Math.floor(random() * 5000)}`],
  ];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n) => String(n).padStart(2, '0');
  let t = Date.UTC(2026, 11, 7);
  let written = 0;
  const line = () => {
    t += Math.floor(random() * 20);
    const d = new Date(t);
    let u = random();
    const [, method, path] = routes.find(([w]) => (u -= w) < 0) ?? routes[routes.length - 1];
    return `10.0.${Math.floor(random() * 255)}.${Math.floor(random() * 255)} - - [${pad(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000] "${method} ${path()} HTTP/1.1" 200 ${Math.floor(random() * 5000)} "https://shop.test/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"\n`;
  };
  while (written < bytes) {
    let chunk = '';
    for (let i = 0; i < 1000; i++) chunk += line();
    written += chunk.length;
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
}

/** timed: wall seconds and peak RSS (MB) of a command, from GNU time's -v output. */
function timed(command) {
  const result = spawnSync('/usr/bin/time', ['-v', 'sh', '-c', command], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const text = result.stderr;
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(text);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  if (result.status !== 0 || !wall || !rss) throw new Error(`${command} failed: ${text.slice(-500)}`);
  return { seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), rssMb: Number(rss[1]) / 1024 };
}

if (!existsSync('/usr/bin/time')) {
  console.error('bench/model.mjs needs GNU time (/usr/bin/time; Debian package "time") to measure peak RSS');
  process.exit(2);
}
try {
  const bytes = Number(values['size-mb']) * 1024 * 1024;
  await generate(log, bytes);
  const lines = execFileSync('wc', ['-l', log], { encoding: 'utf8' }).trim().split(' ')[0];
  console.log(`loadtest model vs the awk pipeline · ${new Date().toISOString()} · node ${process.version} · ${(bytes / 1024 / 1024).toFixed(0)} MB, ${Number(lines).toLocaleString('en-US')} lines of nginx combined\n`);
  // model: as users run it (the log read in parts at once, one per core); single: --threads 1, for a one-core runner.
  const commands = {
    model: `node ${cli} model --from ${log} --out ${join(work, 'out')} > /dev/null`,
    single: `node ${cli} model --threads 1 --from ${log} --out ${join(work, 'out1')} > /dev/null`,
    awk: `awk '{print $7}' ${log} | sort | uniq -c | sort -rn > ${join(work, 'awk.txt')}`,
  };
  const runs = { model: [], single: [], awk: [] };
  for (let round = 0; round < Number(values.rounds); round++) {
    const order = round % 2 === 0 ? ['model', 'single', 'awk'] : ['awk', 'single', 'model'];
    for (const which of order) runs[which].push(timed(commands[which]));
    console.log(`  round ${round + 1}: model ${runs.model[round].seconds.toFixed(2)} s, ${runs.model[round].rssMb.toFixed(0)} MB · --threads 1 ${runs.single[round].seconds.toFixed(2)} s, ${runs.single[round].rssMb.toFixed(0)} MB · awk pipeline ${runs.awk[round].seconds.toFixed(2)} s, ${runs.awk[round].rssMb.toFixed(0)} MB`);
  }
  const ratio = (which) => median(runs[which].map((m, i) => runs.awk[i].seconds / m.seconds));
  const row = (label, which) => `| ${label} | ${median(runs[which].map((r) => r.seconds)).toFixed(2)} s | ${Math.max(...runs[which].map((r) => r.rssMb)).toFixed(0)} MB | ${which === 'awk' ? '1' : ratio(which).toFixed(2)}× |`;
  console.log(`\n| | median wall time | peak RSS | speed vs the pipeline, paired by round |\n|---|---:|---:|---:|`);
  console.log(row(`loadtest model (${availableParallelism()} cores: the log read in parts at once)`, 'model'));
  console.log(row('loadtest model --threads 1', 'single'));
  console.log(row('awk \\| sort \\| uniq -c \\| sort -rn', 'awk'));
  console.log(`\nloadtest model's speed as a share of the pipeline's: ${ratio('model').toFixed(2)}× (≥ 1 is as fast or faster); peak RSS ${Math.max(...runs.model.map((r) => r.rssMb)).toFixed(0)} MB (the bar: ≤ 200 MB)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
