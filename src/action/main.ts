// The action: inputs → plan → run → reports → artifact → job summary → annotations → outputs →
// pass or fail the step. Everything GitHub-specific goes through src/github; the run itself is the
// same as the CLI's.

import { readFileSync } from 'node:fs';
import { writeReports } from '../app/files.js';
import { fileLimitProblem } from '../app/limits.js';
import { type RollbackContext, rollBackIfFailed, rollbackProblem } from '../app/rollback.js';
import { runRollout, standardDeps } from '../app/rollout.js';
import { decisiveRun, renderRolloutConsole, renderRolloutJobSummary } from '../report/rollout.js';
import { rollbackContext, runUrl } from '../github/context.js';
import { defaultInstance, publish, resourceWarnings } from '../app/publish.js';
import { resourceSources } from '../integrations/resources/index.js';
import { pushMetrics } from '../integrations/pushgateway.js';
import { postToSlack } from '../integrations/slack.js';
import type { RolloutReport, RunReport } from '../report/model.js';
import type { ArtifactState } from '../report/job-summary.js';
import { repositoryDispatch, workflowDispatch } from '../github/dispatch.js';
import { runHook } from '../integrations/hooks.js';
import { runLoadTest } from '../app/run.js';
import { ConfigError, type ConfigIssue, formatIssue } from '../config/issues.js';
import { loadPlan } from '../config/load.js';
import type { Plan } from '../config/plan.js';
import { type Locate, configAnnotations, emitAnnotations, fold, verdictAnnotations } from '../github/annotations.js';
import { downloadShards, shardArtifactName, uploadReportDir } from '../github/artifact.js';
import { MergeError, mergeLayer, mergeShards, withMergeNotices } from '../app/merge.js';
import { readShardFiles } from '../app/shard-files.js';
import { renderMergeSources } from '../report/sections.js';
import { tmpdir } from 'node:os';
import { findBaseline } from '../app/baseline.js';
import { type BaselineLookup, againstBaseline } from '../app/regression.js';
import { BaselineError } from '../baseline/model.js';
import { artifactFetcher } from '../github/baseline.js';
import { followUps } from './follow-ups.js';
import { join } from 'node:path';
import { locator } from '../github/locate.js';
import { type StepOutputs, rolloutOutputs, runOutputs, setupErrorOutputs } from '../github/outputs.js';
import { defaultEnvironmentNotice, renderPlan, renderProgress, renderSummary } from '../report/console.js';
import { renderJobSummary } from '../report/job-summary.js';
import { scrub } from '../redact.js';
import { type ActionIO, input, scrubbing } from './io.js';
import { type ActionInputs, readInputs } from './inputs.js';
import type { SettingMap } from '../config/yaml-reader.js';
import { ACTION_WAIT_FOR_READY_MS } from '../defaults.js';

/** PROGRESS_EVERY_SECONDS keeps the job log readable on long runs. */
const PROGRESS_EVERY_SECONDS = 10;

/** run is the whole step; `runner` is the runner's side (coreIO in a job, a recording one in tests). */
export async function run(runner: ActionIO): Promise<void> {
  // Everything said from here on is scrubbed of the plan's secrets and the token, once known.
  const secrets: string[] = [];
  const io = scrubbing(runner, () => secrets);
  const { env, signal } = io;
  const inputs = readInputs(io);
  const locate = locator(env.GITHUB_WORKSPACE);
  if (inputs.issues.length > 0) return failOnConfig(inputs.issues, locate, io);
  // A merge reads the shards first: they name the target, and a missing shard stops everything before any plan.
  const merged = inputs.mode === 'merge' ? await gatherShards(inputs, io) : null;
  if (merged === undefined) return;
  let plan: Plan;
  try {
    plan = loadPlan({
      mode: inputs.mode === 'merge' ? 'run' : inputs.mode,
      overrides: inputs.overrides,
      overrideSource: (o) => ({ kind: 'input', input: o.input ?? o.flag }),
      configFile: inputs.configFile,
      environment: inputs.environment,
      env,
      readFile: (path) => readFileSync(path, 'utf8'),
      randomSeed: Math.floor(Math.random() * 2 ** 31),
      baseLayer: withActionDefaults(merged ? mergeLayer(merged) : new Map()),
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    await failOnConfig(error.issues, locate, io);
    return;
  }
  maskSecrets(plan, io);
  const token = input(env, 'github-token') || undefined;
  secrets.push(...plan.secrets, ...(token ? [token] : []));
  const clean = (text: string) => scrub(text, secrets);
  const limit = fileLimitProblem(plan, readLimits());
  if (limit && !merged) {
    setOutputs(io, setupErrorOutputs());
    io.setFailed(limit);
    return;
  }

  const context = rollbackContext(env, token, plan.rollback);
  const problem = rollbackProblem(plan, context);
  if (problem) {
    setOutputs(io, setupErrorOutputs());
    io.setFailed(`${problem}; no load was sent`);
    return;
  }
  const defaultEnvironment = defaultEnvironmentNotice(plan, inputs.environment !== null, env, 'set the environment input');
  if (defaultEnvironment) io.notice(defaultEnvironment);
  if (merged) io.info(renderMergeSources(merged));
  else io.info(renderPlan(plan, { defaultEnvironment }));
  if (plan.mode === 'rollout') return rollOut(plan, inputs, io, context, locate);
  const baseline = await lookUpBaseline(plan, io, token, locate);
  if (baseline === undefined) return;
  const resources = plan.resources ? { sources: resourceSources(plan.resources, env), intervalMs: plan.resources.intervalMs } : undefined;
  const measured = merged
    ? withMergeNotices(merged, plan)
    : await runLoadTest(plan, {
        signal,
        resources,
        onWaiting: (text) => io.info(text),
        onPreflight: (steps) => io.info(`Pre-flight: ${steps.map((s) => `${s.what} ok`).join(', ')}. Starting load.`),
        onProgress: (view) => {
          if (Math.round(view.elapsedMs / 1000) % PROGRESS_EVERY_SECONDS === 0) io.info(renderProgress(view));
        },
      });
  const judged = againstBaseline(measured, baseline, plan);
  const rollback = await rollBackIfFailed(judged, plan, context, { repositoryDispatch, workflowDispatch, hook: runHook });
  const report = { ...judged, rollback };
  const files = await writeReports(report, plan);
  io.info(renderSummary(report));
  const artifactName = plan.shard ? shardArtifactName(inputs.artifactBase, plan.shard.index) : inputs.artifactName;
  const artifact = await uploadReportDir(plan.reportDir, artifactName, inputs.retentionDays, env, io);
  await tellOthers(report, plan, io, artifact.state);
  await io.appendSummary(renderJobSummary(report, { artifact: artifact.state, cancelled: signal.aborted }));
  const links = { runUrl: runUrl(env), artifactUrl: artifact.state.uploaded ? artifact.state.url : null };
  const followed = await followUps(report, plan, files, links, { saveBaseline: inputs.saveBaseline, prComment: inputs.prComment, createRegressionIssue: inputs.createRegressionIssue, commentKey: artifactName, retentionDays: inputs.retentionDays }, io, token, clean);
  setOutputs(io, { ...runOutputs(report, { reportDir: plan.reportDir, resultsJson: files.resultsJson }, artifact.id), 'baseline-saved': String(followed.baselineSaved) });
  if (report.shard) {
    // A shard's own verdict is provisional: its job fails only when it could not deliver its share.
    if (report.exitCode !== 0) io.setFailed(`Shard ${report.shard.index} of ${report.shard.count} did not deliver its share (${report.status}): ${report.reasons.join('; ')}`);
    return;
  }
  emitAnnotations(verdictAnnotations(report, locate), io);
  // A rollback that was needed and failed leaves a bad deployment in place: that fails the job whatever fail-on-violation says.
  if (rollback.triggered && !rollback.ok) io.setFailed(`Auto-rollback FAILED (${rollback.method}): ${rollback.detail}`);
  else decide(report.verdict, report.reasons, inputs, signal.aborted, io);
}

function setOutputs(io: ActionIO, outputs: StepOutputs): void {
  for (const [name, value] of Object.entries(outputs)) io.setOutput(name, value);
}

/**
 * withActionDefaults: the action's own defaults, in a layer under the config file (so the file, an
 * environment block, a variable or an input still win): a canary the action gates may have just been
 * deployed and still be starting, so the action waits longer for it than the CLI does.
 */
function withActionDefaults(layer: SettingMap): SettingMap {
  const defaults: SettingMap = new Map([['load_test.wait_for_ready', { value: ACTION_WAIT_FOR_READY_MS, source: { kind: 'default' } }]]);
  for (const [key, setting] of layer) defaults.set(key, setting);
  return defaults;
}

/** lookUpBaseline finds the baseline before any load; undefined (the step failed) when the one given cannot be read. */
async function lookUpBaseline(plan: Plan, io: ActionIO, token: string | undefined, locate: Locate): Promise<BaselineLookup | null | undefined> {
  if (!plan.baseline) return null;
  const env = io.env;
  try {
    const lookup = await findBaseline(plan.baseline, { readFile: (path) => readFileSync(path, 'utf8'), fetchArtifact: artifactFetcher(env, token, join(env.RUNNER_TEMP || tmpdir(), `loadtest-baseline-${process.pid}`)) });
    io.info(lookup.found ? `Baseline: ${lookup.baseline.source} (${lookup.baseline.overall.requests.toLocaleString('en-US')} requests)` : `No baseline: ${lookup.reason}`);
    return lookup;
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    await failOnConfig([{ source: plan.sources['baseline.source'] ?? { kind: 'input', input: 'baseline' }, message: error.message }], locate, io);
    return undefined;
  }
}

/**
 * gatherShards reads the shards named in the `shards` input, or downloads this run's shard
 * artifacts, and merges them; undefined (with the step failed) when that cannot be done.
 */
async function gatherShards(inputs: ActionInputs, io: ActionIO): Promise<RunReport | undefined> {
  try {
    const paths = inputs.shards.length > 0 ? inputs.shards : await downloadShards(inputs.artifactBase, join(io.env.RUNNER_TEMP || tmpdir(), `loadtest-shards-${process.pid}`), io.env, io);
    return mergeShards(readShardFiles(paths), new Date());
  } catch (error) {
    const message = error instanceof MergeError ? error.message : `cannot gather the shards: ${(error as Error).message}`;
    await io.appendSummary(`## ❌ Merge failed: the sharded run cannot be judged\n\n\`\`\`\n${message}\n\`\`\`\n`);
    setOutputs(io, setupErrorOutputs());
    io.setFailed(message);
    return undefined;
  }
}

async function rollOut(plan: Plan, inputs: ActionInputs, io: ActionIO, context: RollbackContext, locate: Locate): Promise<void> {
  const { env, signal } = io;
  const report = await runRollout(
    plan,
    standardDeps(plan, {
      context,
      executors: { repositoryDispatch, workflowDispatch, hook: runHook },
      signal,
      resources: plan.resources ? { sources: resourceSources(plan.resources, env), intervalMs: plan.resources.intervalMs } : undefined,
      onProgress: (view) => {
        if (Math.round(view.elapsedMs / 1000) % PROGRESS_EVERY_SECONDS === 0) io.info(renderProgress(view));
      },
      onStage: ({ stage, index, phase, detail }) =>
        io.info(`Stage ${index + 1}/${plan.rollout!.stages.length} ${stage.name}: ${phase === 'shift' ? `shifting ${stage.percentage}% of traffic` : phase === 'test' ? 'load test' : `stage ${detail}`}`),
    }),
  );
  const files = await writeReports(report, plan);
  io.info(renderRolloutConsole(report));
  const artifact = await uploadReportDir(plan.reportDir, inputs.artifactName, inputs.retentionDays, env, io);
  await tellOthers(report, plan, io, artifact.state);
  await io.appendSummary(renderRolloutJobSummary(report, { artifact: artifact.state, cancelled: signal.aborted }));
  const decisive = decisiveRun(report);
  const annotations = decisive ? verdictAnnotations(decisive, locate) : [];
  if (report.status !== 'promoted') annotations.unshift({ level: report.verdict === 'fail' ? 'error' : 'warning', title: `Rollout ${report.status}${report.haltedAt ? ` at ${report.haltedAt}` : ''}`, message: report.reasons.join('\n') });
  emitAnnotations(fold(annotations), io);
  setOutputs(io, rolloutOutputs(report, decisive, { reportDir: plan.reportDir, resultsJson: files.resultsJson }, artifact.id));
  if (report.rollback.triggered && !report.rollback.ok) io.setFailed(`Auto-rollback FAILED: ${report.rollback.detail}`);
  else decide(report.verdict, report.reasons, inputs, signal.aborted, io, 'Rollout');
}

/** tellOthers pushes metrics and posts to Slack when configured; a failure there is a warning, never a failed step. */
async function tellOthers(report: RunReport | RolloutReport, plan: Plan, io: ActionIO, artifact: ArtifactState): Promise<void> {
  const links = { runUrl: runUrl(io.env), artifactUrl: artifact.uploaded ? artifact.url : null, instance: defaultInstance(io.env, new Date()) };
  const published = await publish(report, plan, links, { push: pushMetrics, slack: (url, message) => postToSlack(url, message) });
  for (const note of published.notes) io.info(note);
  for (const warning of [...published.warnings, ...resourceWarnings(report)]) io.warning(warning);
}

function decide(verdict: string, reasons: string[], inputs: ActionInputs, cancelled: boolean, io: ActionIO, what = 'Load test'): void {
  if (verdict === 'fail' && inputs.failOnViolation) io.setFailed(`${what} failed: ${reasons.join('; ')}`);
  else if (verdict === 'inconclusive' && (inputs.failOnInconclusive || cancelled)) io.setFailed(`${what} ${cancelled ? 'cancelled' : 'inconclusive'}: ${reasons.join('; ')}`);
  else if (verdict === 'fail') io.warning(`${what} failed, but fail-on-violation is false: ${reasons.join('; ')}`);
  else if (verdict === 'inconclusive') io.warning(`${what} inconclusive, but fail-on-inconclusive is false: ${reasons.join('; ')}`);
}

async function failOnConfig(issues: readonly ConfigIssue[], locate: ReturnType<typeof locator>, io: ActionIO): Promise<void> {
  setOutputs(io, setupErrorOutputs());
  emitAnnotations(configAnnotations(issues, locate), io);
  const lines = issues.map((issue) => `- ${formatIssue(issue)}`).join('\n');
  await io.appendSummary(`## ❌ Load test not run: ${issues.length} configuration error${issues.length === 1 ? '' : 's'}\n\n${lines}\n\nNo load was sent.\n`);
  io.setFailed(`${issues.length} configuration error${issues.length === 1 ? '' : 's'}; no load was sent:\n${issues.map(formatIssue).join('\n')}`);
}

/** maskSecrets registers header values and URL credentials with the runner, which then hides them in every log line. */
function maskSecrets(plan: Plan, io: ActionIO): void {
  for (const secret of plan.secrets) io.setSecret(secret);
  const url = new URL(plan.target);
  if (url.password) io.setSecret(decodeURIComponent(url.password));
}

function readLimits(): string | null {
  try {
    return readFileSync('/proc/self/limits', 'utf8');
  } catch {
    return null;
  }
}
