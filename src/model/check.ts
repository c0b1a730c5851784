// `model --check`: a checked-in config's mix against production's, read through the config loader
// (so its endpoints are what a run would send), compared route by route (drift.ts), and said for a
// terminal and for a job summary.

import { readFileSync } from 'node:fs';
import { MODE_NEEDS } from '../app/mode-names.js';
import type { Source } from '../config/issues.js';
import { loadPlan } from '../config/load.js';
import type { Vocabulary } from '../config/vocabulary.js';
import { type DriftRow, compareMix } from './drift.js';
import type { TrafficModelResult } from './model.js';

export interface DriftCheck {
  rows: DriftRow[];
  drifted: boolean;
  /** verdict: one sentence: what moved, or that nothing did. */
  verdict: string;
  text: string;
  markdown: string;
}

/**
 * checkMix loads `file` (a ConfigError when it does not load) and compares its endpoints' shares
 * with production's. `source` names where the file was given; `rerun` says how to bring it up to date;
 * `vocabulary` is how the config's errors name an option (config/vocabulary.ts).
 */
export function checkMix(file: string, source: Source, production: TrafficModelResult, threshold: number, env: Readonly<Record<string, string | undefined>>, rerun: string, vocabulary: Vocabulary): DriftCheck {
  // The target does not matter to the mix: a stand-in lets a config without one load.
  const plan = loadPlan({ mode: { name: 'run', needs: MODE_NEEDS.run }, overrides: new Map([['load_test.target', 'http://127.0.0.1:1']]), overrideSource: () => ({ kind: 'default' }), configFile: { value: file, source }, environment: null, env, readFile: (path) => readFileSync(path, 'utf8'), randomSeed: 1, vocabulary });
  const checkedIn = plan.endpoints.map((e) => ({ method: e.method, path: e.path || '/', share: e.weight }));
  const { rows, drifted } = compareMix(checkedIn, production.routes.map((r) => ({ method: r.method, path: r.template, share: r.share })), threshold);
  const moved = rows.filter((r) => Math.abs(r.points) > threshold);
  const verdict = drifted
    ? `Drift: ${moved.length} route${moved.length === 1 ? '' : 's'} moved by more than ${threshold} points of share since ${file} was written (${moved.map((r) => `${r.route} ${r.state}`).join(', ')}); ${rerun}`
    : `No drift: every route of ${file} is within ${threshold} points of production's share (${production.requests.toLocaleString('en-US')} requests)`;
  const cells = rows.map((r) => [r.route, `${r.checkedIn}%`, `${r.production}%`, `${r.points > 0 ? '+' : ''}${r.points} pts`, r.state === 'same' ? '' : r.state]);
  const headers = ['Route', 'Checked in', 'Production', 'Change', ''];
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i].length)));
  const text = [headers, ...cells].map((row) => row.map((c, i) => (i > 0 && i < 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
  const markdown = ['| Route | Checked in | Production | Change | |', '|---|---:|---:|---:|---|', ...cells.map((row) => `| \`${row[0]}\` | ${row.slice(1).join(' | ')} |`)].join('\n');
  return { rows, drifted, verdict, text: `${text}\n\n${verdict}`, markdown: `${markdown}\n\n${verdict}` };
}
