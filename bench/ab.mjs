#!/usr/bin/env node
// Two builds of the generator side by side: the same static endpoint against the same nginx, in
// alternating rounds, and the median paired ratio of their req/s. For a change near the hot path:
// build the commit before it into a worktree and compare.
//
//   git worktree add /tmp/before <commit> && node bench/ab.mjs /tmp/before/dist/cli/index.js [dist/cli/index.js] [--rounds 6] [--seconds 6]
//
// Or one build with and without a setting: `--now-args=--trace` adds those arguments to the
// "now" side only (node bench/ab.mjs dist/cli/index.js dist/cli/index.js --now-args=--trace), and
// `--before-args` to the other (a header of the same size, to tell the setting's cost from the bytes').

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median, run, startNginx } from './lib.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '6' }, seconds: { type: 'string', default: '6' }, 'now-args': { type: 'string', default: '' }, 'before-args': { type: 'string', default: '' } } });
const [before, now = 'dist/cli/index.js'] = positionals;
if (!before) {
  console.error('usage: node bench/ab.mjs BEFORE_CLI [NOW_CLI] [--rounds N] [--seconds S]');
  process.exit(2);
}
const seconds = Number(values.seconds);
const work = mkdtempSync(join(tmpdir(), 'loadtest-ab-'));
const target = await startNginx(work, 18_090);
const nowArgs = values['now-args'].split(' ').filter(Boolean);
const beforeArgs = values['before-args'] ? [values['before-args'].slice(0, values['before-args'].indexOf(' ')), values['before-args'].slice(values['before-args'].indexOf(' ') + 1)] : [];
const rps = async (cli, extra = []) => {
  const out = join(work, `run-${Date.now()}`);
  await run([process.execPath, cli, 'run', ...extra, '--target', target.url, '--concurrency', '100', '--duration', `${seconds}s`, '--quiet', '--output', out, '--error-rate', '100', '--p95', '1h', '--timeout', '30s'], { timeoutMs: (seconds + 60) * 1000 });
  return JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).overall.throughputRps;
};
const ratios = [];
try {
  for (let round = 0; round < Number(values.rounds); round++) {
    // Alternate which goes first, so neither always meets a warm or a cold machine.
    const pair = {};
    for (const which of round % 2 === 0 ? ['before', 'now'] : ['now', 'before']) pair[which] = await (which === 'before' ? rps(before, beforeArgs) : rps(now, nowArgs));
    ratios.push(pair.now / pair.before);
    console.log(`round ${round + 1}: before ${Math.round(pair.before).toLocaleString('en-US')} · now ${Math.round(pair.now).toLocaleString('en-US')} req/s · ${(pair.now / pair.before).toFixed(3)}`);
  }
} finally {
  target.stop();
}
console.log(`median now/before: ${median(ratios).toFixed(3)}`);
