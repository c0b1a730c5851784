// The CLI's work, given its arguments and a few I/O functions; returns the exit code. index.ts wires
// it to the real process (argv, env, signals, stdout).

import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { runPipeline } from '../app/pipeline.js';
import { formatIssue } from '../config/issues.js';
import type { Mode } from '../config/plan.js';
import { boundedDuration } from '../config/schema.js';
import { parsePercent } from '../config/units.js';
import type { SettingMap } from '../config/yaml-reader.js';
import { MAX_LATENCY_MS } from '../defaults.js';
import { DEMO_CHILD_VARIABLE, serveDemoChild } from '../demo/child.js';
import { DEFAULT_DEMO, type DemoServer, startDemoServer } from '../demo/server.js';
import { stageDemo } from '../demo/stage.js';
import { scrub } from '../redact.js';
import { renderHtmlReport } from '../report/html/render.js';
import { EXIT_CODES, type RolloutReport, type RunReport } from '../report/model.js';
import { readResults } from '../report/read.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { sharedPorts } from '../wiring.js';
import { type CliArgs, UsageError, parseCliArgs } from './args.js';
import { helpText } from './help.js';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** progress writes a transient line (a terminal rewrites it in place). */
  progress: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  signal: AbortSignal;
  /** progressEverySeconds: 1 on a terminal, more in a CI log. */
  progressEverySeconds: number;
  /** readLimits returns /proc/self/limits, or null where there is none. */
  readLimits: () => string | null;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}`);
    return EXIT_CODES.config;
  }
  if (args.command === 'help') {
    io.out(helpText());
    return 0;
  }
  if (args.command === 'version') {
    io.out(`${TOOL_NAME} ${TOOL_VERSION}`);
    return 0;
  }

  if (args.command === 'serve-demo') return serveDemo(args, io);
  if (args.command === 'report') return renderReportFile(args, io);
  // merge judges the shards of a sharded run as one run; the config and flags still choose where reports go.
  if (args.command === 'merge') return runPlan(args, io, 'run', { shards: async () => args.paths });
  if (args.command !== 'demo') return runPlan(args, io, args.command === 'canary' || args.command === 'rollout' ? args.command : 'run');

  const options = demoOptions(args);
  if (typeof options === 'string') {
    io.err(`error: ${options}`);
    return EXIT_CODES.config;
  }
  const demo = await stageDemo(args.demo, options);
  try {
    io.out(demo.description);
    return await runPlan(args, io, demo.mode, { baseLayer: demo.layer });
  } finally {
    const last = await demo.close();
    if (last) io.out(last);
  }
}

/** runPlan runs the pipeline for `mode` and prints it; the exit code is the report's, or 2 for a refusal. */
async function runPlan(args: CliArgs, io: CliIO, mode: Mode, options: { baseLayer?: SettingMap; shards?: () => Promise<string[]> } = {}): Promise<number> {
  const quiet = args.quiet;
  const outcome = await runPipeline(
    {
      plan: {
        mode,
        overrides: args.overrides,
        overrideSource: (o) => ({ kind: 'flag', flag: args.flagOf?.get(o.setting) ?? o.flag }),
        configFile: args.config ? { value: args.config, source: { kind: 'flag', flag: '--config' } } : null,
        environment: args.environment ? { value: args.environment, source: { kind: 'flag', flag: '--environment' } } : null,
        randomSeed: Math.floor(Math.random() * 2 ** 31),
      },
      baseLayer: options.baseLayer,
      shards: options.shards,
      environmentHint: 'use --environment NAME',
    },
    {
      ...sharedPorts(io.env, io.env.GITHUB_TOKEN),
      readLimits: io.readLimits,
      signal: io.signal,
      progressEverySeconds: io.progressEverySeconds,
      show: (shown) => {
        if (shown.level === 'summary') {
          io.out('');
          io.out(shown.text);
        } else if (shown.level === 'warning') io.err(`warning: ${shown.text}`);
        else if (shown.level === 'info') io.out(shown.text);
        else if (!quiet) (shown.level === 'progress' ? io.progress : io.out)(shown.text);
      },
    },
  );
  if (outcome.kind === 'refused') {
    if (outcome.what === 'config') {
      for (const issue of outcome.issues) io.err(`error: ${formatIssue(issue)}`);
      io.err(`${outcome.message}; nothing was run.`);
    } else io.err(`error: ${outcome.message}${outcome.what === 'baseline' ? '; nothing was run.' : ''}`);
    return EXIT_CODES.config;
  }
  const { report, files } = outcome;
  io.out('');
  io.out(`Reports: ${files.resultsJson}, ${files.markdown}, ${files.html}; entry appended to ${files.deploymentReport}`);
  // The last word: a rollback that was needed and did not work leaves the bad deployment (or its traffic) in place.
  const rollback = report.rollback;
  const secrets = [...outcome.plan.secrets, ...(io.env.GITHUB_TOKEN ? [io.env.GITHUB_TOKEN] : [])];
  if (rollback.triggered && !rollback.ok) io.err(scrub(`error: AUTO-ROLLBACK FAILED${rollback.method ? ` (${rollback.method})` : ''}: ${rollback.detail.split('\n')[0]}. The rollback did not complete: check the deployment and its traffic by hand.`, secrets));
  return report.exitCode;
}

/** renderReportFile renders a results.json (a run, a canary, a rollout or merged shards) as report.html, after the fact. */
async function renderReportFile(args: CliArgs, io: CliIO): Promise<number> {
  const source = args.paths[0];
  const target = args.html ?? join(dirname(source), 'report.html');
  let report: RunReport | RolloutReport;
  try {
    report = readResults(readFileSync(source, 'utf8'), source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`error: ${code === 'ENOENT' ? `${source}: no such file` : (error as Error).message}`);
    return EXIT_CODES.config;
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, renderHtmlReport(report));
  io.out(`Wrote ${target} (${report.mode === 'rollout' ? `rollout, ${report.stages.length} stages` : `${report.mode}${report.merged ? `, merged from ${report.merged.shards.length} shards` : ''}`}, verdict ${report.verdict})`);
  return 0;
}

/** serveDemo runs the demo service alone until a signal, for a workflow to load-test it. */
async function serveDemo(args: CliArgs, io: CliIO): Promise<number> {
  // A demo's own service, started by `demo` in a process of its own (src/demo/child.ts).
  const childSpec = io.env[DEMO_CHILD_VARIABLE];
  if (childSpec) return serveDemoChild(childSpec, args.port, io);
  const options = demoOptions(args);
  if (typeof options === 'string') {
    io.err(`error: ${options}`);
    return EXIT_CODES.config;
  }
  let demo: DemoServer;
  try {
    demo = await startDemoServer({ ...options, port: args.port });
  } catch (error) {
    io.err(`error: cannot listen on 127.0.0.1:${args.port}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return EXIT_CODES.config;
  }
  io.out(`Demo service listening on ${demo.url} (median latency ${options.medianLatencyMs}ms, ${options.errorRatePercent}% errors); stop it with Ctrl-C`);
  await new Promise<void>((resolve) => (io.signal.aborted ? resolve() : io.signal.addEventListener('abort', () => resolve(), { once: true })));
  await demo.close();
  io.out(`Demo service stopped after ${demo.requests().toLocaleString('en-US')} requests`);
  return 0;
}

function demoOptions(args: CliArgs) {
  const latency = args.demoLatency === null ? { ok: true as const, value: DEFAULT_DEMO.medianLatencyMs } : boundedDuration(args.demoLatency, 'ms', MAX_LATENCY_MS);
  if (!latency.ok) return `--demo-latency: ${latency.error}`;
  const errors = args.demoErrorRate === null ? { ok: true as const, value: DEFAULT_DEMO.errorRatePercent } : parsePercent(args.demoErrorRate);
  if (!errors.ok) return `--demo-error-rate: ${errors.error}`;
  return { medianLatencyMs: latency.value, errorRatePercent: errors.value };
}
