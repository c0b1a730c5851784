// dist/ is what the runner executes: it must be exactly a fresh build of src/, and it must run
// under Node 24, the runtime action.yml declares.

import { expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { TOOL_VERSION } from '../src/version.js';
import { RUN_INPUT_DEFAULTS } from '../src/action/inputs.js';
import { OVERRIDES } from '../src/config/overrides.js';

const NCC = resolve('node_modules/@vercel/ncc/dist/ncc/cli.js');

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (name.isFile()) {
      const path = join(name.parentPath, name.name);
      out[path.slice(dir.length + 1)] = readFileSync(path, 'utf8');
    }
  }
  return out;
}

test('dist/ is exactly a fresh build of src/ (run `npm run build` and commit dist/ if this fails)', async () => {
  const out = mkdtempSync(join(tmpdir(), 'loadtest-dist-'));
  // The two bundles build side by side. A build takes 25 s on an idle 2-core machine and several
  // times that on a busy one, so the timeout is generous: it catches a hung build, not a slow one.
  const ncc = (entry: string, to: string) => promisify(execFile)(process.execPath, [NCC, 'build', entry, '-o', to, '--license', 'licenses.txt'], { maxBuffer: 64 * 1024 * 1024 });
  await Promise.all([ncc('src/action/index.ts', out), ncc('src/cli/index.ts', join(out, 'cli'))]);
  const fresh = files(out);
  const committed = files(resolve('dist'));
  expect(Object.keys(committed).sort()).toEqual(Object.keys(fresh).sort());
  for (const [path, text] of Object.entries(fresh)) expect({ path, same: committed[path] === text }).toEqual({ path, same: true });
}, 300_000);

test('the version in reports matches package.json', () => {
  expect(TOOL_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});

test('action.yml runs dist/index.js on node24, and every input the code reads is declared', () => {
  const action = parse(readFileSync('action.yml', 'utf8'));
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  const source = readFileSync('src/action/inputs.ts', 'utf8') + readFileSync('src/config/overrides.ts', 'utf8');
  const read = [...source.matchAll(/(?:getInput\(|input: )'([a-z0-9-]+)'/g)].map((m) => m[1]);
  for (const name of new Set(read)) expect({ name, declared: name in action.inputs }).toEqual({ name, declared: true });
  // The model mode refuses a run's inputs set by the user: it must know which values are action.yml's own.
  const defaulted = OVERRIDES.filter((o) => o.input && (action.inputs[o.input]?.default ?? '') !== '').map((o) => [o.input, action.inputs[o.input!].default]);
  expect(Object.fromEntries(defaulted)).toEqual(RUN_INPUT_DEFAULTS);
});
