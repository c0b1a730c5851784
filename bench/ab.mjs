#!/usr/bin/env node
// Two builds of the generator side by side: the same static endpoint against the same nginx, in
// alternating rounds, and the median paired ratio of their req/s. For a change near the hot path:
// build the commit before it into a worktree and compare.
//
//   git worktree add /tmp/before <commit> && node bench/ab.mjs /tmp/before/dist/cli/index.js [dist/cli/index.js] [--rounds 6] [--seconds 6]

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median, run, startNginx } from './lib.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '6' }, seconds: { type: 'string', default: '6' } } });
const [before, now = 'dist/cli/index.js'] = positionals;
if (!before) {
  console.error('usage: node bench/ab.mjs BEFORE_CLI [NOW_CLI] [--rounds N] [--seconds S]');
  process.exit(2);
}
const seconds = Number(values.seconds);
const work = mkdtempSync(join(tmpdir(), 'loadtest-ab-'));
const target = await startNginx(work, 18_090);
const rps = async (cli) => {
  const out = join(work, `run-${Date.now()}`);
  await run([process.execPath, cli, 'run', '--target', target.url, '--concurrency', '100', '--duration', `${seconds}s`, '--quiet', '--output', out, '--error-rate', '100', '--p95', '1h', '--timeout', '30s'], { timeoutMs: (seconds + 60) * 1000 });
  return JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).overall.throughputRps;
};
const ratios = [];
try {
  for (let round = 0; round < Number(values.rounds); round++) {
    // Alternate which goes first, so neither always meets a warm or a cold machine.
    const pair = {};
    for (const which of round % 2 === 0 ? ['before', 'now'] : ['now', 'before']) pair[which] = await rps(which === 'before' ? before : now);
    ratios.push(pair.now / pair.before);
    console.log(`round ${round + 1}: before ${Math.round(pair.before).toLocaleString('en-US')} · now ${Math.round(pair.now).toLocaleString('en-US')} req/s · ${(pair.now / pair.before).toFixed(3)}`);
  }
} finally {
  target.stop();
}
console.log(`median now/before: ${median(ratios).toFixed(3)}`);
