// The CLI's work, given its arguments and a few I/O functions; returns the exit code. index.ts wires
// it to the real process (argv, env, signals, stdout).

import { mkdtempSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { renderHtmlReport } from '../report/html/render.js';
import { readResults } from '../report/read.js';
import { findBaseline } from '../app/baseline.js';
import { type BaselineLookup, againstBaseline } from '../app/regression.js';
import { BaselineError } from '../baseline/model.js';
import { artifactFetcher } from '../github/baseline.js';
import { runLoadTest } from '../app/run.js';
import { writeReports } from '../app/files.js';
import { fileLimitProblem } from '../app/limits.js';
import { type RollbackContext, rollBackIfFailed, rollbackProblem } from '../app/rollback.js';
import { runRollout, standardDeps } from '../app/rollout.js';
import { MergeError, mergeLayer, mergeShards, withMergeNotices } from '../app/merge.js';
import { readShardFiles } from '../app/shard-files.js';
import { renderMergeSources } from '../report/sections.js';
import type { SettingMap } from '../config/yaml-reader.js';
import { renderRolloutConsole } from '../report/rollout.js';
import { rollbackContext, runUrl } from '../github/context.js';
import { defaultInstance, publish } from '../app/publish.js';
import { pushMetrics } from '../integrations/pushgateway.js';
import { postToSlack } from '../integrations/slack.js';
import { resourceSources } from '../integrations/resources/index.js';
import { resourceWarnings } from '../app/publish.js';
import type { RolloutReport, RunReport } from '../report/model.js';
import { repositoryDispatch, workflowDispatch } from '../github/dispatch.js';
import { runHook } from '../integrations/hooks.js';
import { ConfigError, formatIssue } from '../config/issues.js';
import { loadPlan } from '../config/load.js';
import type { Mode, Plan } from '../config/plan.js';
import { parsePercent } from '../config/units.js';
import { boundedDuration } from '../config/schema.js';
import { MAX_LATENCY_MS } from '../defaults.js';
import { DEFAULT_DEMO, type DemoServer, startDemoServer } from '../demo/server.js';
import { type StagedDemo, stageDemo } from '../demo/stage.js';
import { DEMO_CHILD_VARIABLE, serveDemoChild } from '../demo/child.js';
import { type ProgressView, defaultEnvironmentNotice, renderPlan, renderProgress, renderSummary } from '../report/console.js';
import { EXIT_CODES } from '../report/model.js';
import { scrub } from '../redact.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
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
  if (args.command === 'merge') return merge(args, io);
  if (args.command === 'report') return renderReportFile(args, io);

  let demo: StagedDemo | null = null;
  try {
    if (args.command === 'demo') {
      const options = demoOptions(args);
      if (typeof options === 'string') {
        io.err(`error: ${options}`);
        return EXIT_CODES.config;
      }
      demo = await stageDemo(args.demo, options);
      io.out(demo.description);
    }
    const plan = cliPlan(args, io, demo?.mode ?? (args.command === 'canary' || args.command === 'rollout' ? args.command : 'run'), demo?.layer);
    if (typeof plan === 'number') return plan;
    const limit = fileLimitProblem(plan, io.readLimits());
    if (limit) {
      io.err(`error: ${limit}`);
      return EXIT_CODES.config;
    }
    return await runAndReport(plan, args, io);
  } finally {
    const last = await demo?.close();
    if (last) io.out(last);
  }
}

async function runAndReport(plan: Plan, args: CliArgs, io: CliIO): Promise<number> {
  const clean = (text: string) => scrub(text, [...plan.secrets, ...(io.env.GITHUB_TOKEN ? [io.env.GITHUB_TOKEN] : [])]);
  const context = rollbackContext(io.env, io.env.GITHUB_TOKEN, plan.rollback);
  const problem = rollbackProblem(plan, context);
  if (problem) {
    io.err(`error: ${problem}`);
    return EXIT_CODES.config;
  }
  if (!args.quiet) io.out(clean(renderPlan(plan, { defaultEnvironment: defaultEnvironmentNotice(plan, args.environment !== null, io.env, 'use --environment NAME') })));
  if (plan.mode === 'rollout') return rollOut(plan, args, io, context, clean);
  const baseline = await lookUpBaseline(plan, io, args.quiet);
  if (typeof baseline === 'number') return baseline;
  const measured = await runLoadTest(plan, {
    signal: io.signal,
    resources: plan.resources ? { sources: resourceSources(plan.resources, io.env), intervalMs: plan.resources.intervalMs } : undefined,
    onWaiting: (text) => {
      if (!args.quiet) io.out(clean(text));
    },
    onPreflight: (steps) => {
      if (!args.quiet) io.out(`Pre-flight: ${steps.map((s) => `${s.what} ok`).join(', ')}. Starting load.`);
    },
    onProgress: (view: ProgressView) => {
      if (!args.quiet && Math.round(view.elapsedMs / 1000) % io.progressEverySeconds === 0) io.progress(clean(renderProgress(view)));
    },
  });
  const judged = againstBaseline(measured, baseline, plan);
  const rollback = await rollBackIfFailed(judged, plan, context, { repositoryDispatch, workflowDispatch, hook: runHook });
  const report = { ...judged, rollback };
  return finish(report, renderSummary(report), plan, io, clean);
}

/** cliPlan loads the plan from the config, variables and flags; a config error prints every issue and gives exit code 2. */
function cliPlan(args: CliArgs, io: CliIO, mode: Mode, baseLayer?: SettingMap): Plan | number {
  try {
    return loadPlan({
      mode,
      overrides: args.overrides,
      overrideSource: (o) => ({ kind: 'flag', flag: args.flagOf?.get(o.setting) ?? o.flag }),
      configFile: args.config ? { value: args.config, source: { kind: 'flag', flag: '--config' } } : null,
      environment: args.environment ? { value: args.environment, source: { kind: 'flag', flag: '--environment' } } : null,
      env: io.env,
      readFile: (path) => readFileSync(path, 'utf8'),
      randomSeed: Math.floor(Math.random() * 2 ** 31),
      baseLayer,
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const issue of error.issues) io.err(`error: ${formatIssue(issue)}`);
    io.err(`${error.issues.length} configuration error${error.issues.length === 1 ? '' : 's'}; nothing was run.`);
    return EXIT_CODES.config;
  }
}

/** merge judges the shards of a sharded run as one run; the config and flags still choose where reports go. */
async function merge(args: CliArgs, io: CliIO): Promise<number> {
  let merged: RunReport;
  try {
    merged = mergeShards(readShardFiles(args.paths), new Date());
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    io.err(`error: ${error.message}`);
    return EXIT_CODES.config;
  }
  const plan = cliPlan(args, io, 'run', mergeLayer(merged));
  if (typeof plan === 'number') return plan;
  const clean = (text: string) => scrub(text, [...plan.secrets, ...(io.env.GITHUB_TOKEN ? [io.env.GITHUB_TOKEN] : [])]);
  if (!args.quiet) io.out(clean(renderMergeSources(merged)));
  const baseline = await lookUpBaseline(plan, io, args.quiet);
  if (typeof baseline === 'number') return baseline;
  const report = againstBaseline(withMergeNotices(merged, plan), baseline, plan);
  return finish(report, renderSummary(report), plan, io, clean);
}

/** lookUpBaseline finds the baseline before any load; an unreadable one is a setup mistake (exit 2), a missing one a notice. */
async function lookUpBaseline(plan: Plan, io: CliIO, quiet: boolean): Promise<BaselineLookup | null | number> {
  if (!plan.baseline) return null;
  try {
    const lookup = await findBaseline(plan.baseline, { readFile: (path) => readFileSync(path, 'utf8'), fetchArtifact: artifactFetcher(io.env, io.env.GITHUB_TOKEN, mkdtempSync(join(tmpdir(), 'loadtest-baseline-'))) });
    if (!quiet) io.out(lookup.found ? `Baseline: ${lookup.baseline.source} (${lookup.baseline.overall.requests.toLocaleString('en-US')} requests)` : `No baseline: ${lookup.reason}`);
    return lookup;
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    io.err(`error: ${error.message}; nothing was run.`);
    return EXIT_CODES.config;
  }
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

/** finish writes the reports, prints the summary, tells Prometheus and Slack, and returns the exit code. */
async function finish(report: RunReport | RolloutReport, summary: string, plan: Plan, io: CliIO, clean: (text: string) => string): Promise<number> {
  const files = await writeReports(report, plan);
  io.out('');
  io.out(clean(summary));
  await tellOthers(report, plan, io, clean);
  io.out('');
  io.out(`Reports: ${files.resultsJson}, ${files.markdown}, ${files.html}; entry appended to ${files.deploymentReport}`);
  // The last word: a rollback that was needed and did not work leaves the bad deployment (or its traffic) in place.
  const rollback = report.rollback;
  if (rollback.triggered && !rollback.ok) io.err(clean(`error: AUTO-ROLLBACK FAILED${rollback.method ? ` (${rollback.method})` : ''}: ${rollback.detail.split('\n')[0]}. The rollback did not complete: check the deployment and its traffic by hand.`));
  return report.exitCode;
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

async function rollOut(plan: Plan, args: CliArgs, io: CliIO, context: RollbackContext, clean: (text: string) => string): Promise<number> {
  const total = plan.rollout!.stages.length;
  const report = await runRollout(
    plan,
    standardDeps(plan, {
      context,
      executors: { repositoryDispatch, workflowDispatch, hook: runHook },
      signal: io.signal,
      resources: plan.resources ? { sources: resourceSources(plan.resources, io.env), intervalMs: plan.resources.intervalMs } : undefined,
      onProgress: (view) => {
        if (!args.quiet && Math.round(view.elapsedMs / 1000) % io.progressEverySeconds === 0) io.progress(clean(renderProgress(view)));
      },
      onStage: ({ stage, index, phase, detail }) => {
        if (args.quiet) return;
        const what = phase === 'shift' ? `shifting ${stage.percentage}% of traffic` : phase === 'test' ? `load test for ${(stage.load.durationMs / 1000).toFixed(0)}s` : `stage ${detail === 'pass' ? 'passed' : detail === 'fail' ? 'FAILED' : detail}`;
        io.out(clean(`Stage ${index + 1}/${total} ${stage.name}: ${what}`));
      },
    }),
  );
  return finish(report, renderRolloutConsole(report), plan, io, clean);
}

/** tellOthers pushes metrics and posts to Slack when configured; failures are warnings, never a changed exit code. */
async function tellOthers(report: RunReport | RolloutReport, plan: Plan, io: CliIO, clean: (text: string) => string): Promise<void> {
  const published = await publish(report, plan, { runUrl: runUrl(io.env), artifactUrl: null, instance: defaultInstance(io.env, new Date()) }, { push: pushMetrics, slack: (url, message) => postToSlack(url, message) });
  for (const note of published.notes) io.out(clean(note));
  for (const warning of [...published.warnings, ...resourceWarnings(report)]) io.err(clean(`warning: ${warning}`));
}

function demoOptions(args: CliArgs) {
  const latency = args.demoLatency === null ? { ok: true as const, value: DEFAULT_DEMO.medianLatencyMs } : boundedDuration(args.demoLatency, 'ms', MAX_LATENCY_MS);
  if (!latency.ok) return `--demo-latency: ${latency.error}`;
  const errors = args.demoErrorRate === null ? { ok: true as const, value: DEFAULT_DEMO.errorRatePercent } : parsePercent(args.demoErrorRate);
  if (!errors.ok) return `--demo-error-rate: ${errors.error}`;
  return { medianLatencyMs: latency.value, errorRatePercent: errors.value };
}
