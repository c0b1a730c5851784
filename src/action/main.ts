// The action: inputs → plan → run → reports → artifact → job summary → annotations → outputs →
// pass or fail the step. Everything GitHub-specific goes through src/github; the run itself is the
// same as the CLI's.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Refusal, runPipeline } from '../app/pipeline.js';
import { type ConfigIssue, formatIssue } from '../config/issues.js';
import type { Plan } from '../config/plan.js';
import type { SettingMap } from '../config/yaml-reader.js';
import { ACTION_WAIT_FOR_READY_MS } from '../defaults.js';
import { type Locate, configAnnotations, emitAnnotations, fold, verdictAnnotations } from '../github/annotations.js';
import { downloadShards, shardArtifactName, uploadReportDir } from '../github/artifact.js';
import { runUrl } from '../github/context.js';
import { locator } from '../github/locate.js';
import { type StepOutputs, rolloutOutputs, runOutputs, setupErrorOutputs } from '../github/outputs.js';
import { scrub } from '../redact.js';
import { renderJobSummary } from '../report/job-summary.js';
import type { RolloutReport, RunReport } from '../report/model.js';
import { decisiveRun, renderRolloutJobSummary } from '../report/rollout.js';
import { sharedPorts } from '../wiring.js';
import { followUps } from './follow-ups.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { type ActionIO, input, scrubbing } from './io.js';

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
  const token = input(env, 'github-token') || undefined;
  const artifactNameOf = (plan: Plan) => (plan.shard ? shardArtifactName(inputs.artifactBase, plan.shard.index) : inputs.artifactName);
  const outcome = await runPipeline(
    {
      plan: {
        mode: inputs.mode === 'merge' ? 'run' : inputs.mode,
        overrides: inputs.overrides,
        overrideSource: (o) => ({ kind: 'input', input: o.input ?? o.flag }),
        configFile: inputs.configFile,
        environment: inputs.environment,
        randomSeed: Math.floor(Math.random() * 2 ** 31),
      },
      baseLayer: ACTION_DEFAULTS,
      // A merge reads the shards first: they name the target, and a missing shard stops everything before any plan.
      shards: inputs.mode === 'merge' ? async () => (inputs.shards.length > 0 ? inputs.shards : downloadShards(inputs.artifactBase, mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'loadtest-shards-')), env, io)) : undefined,
      environmentHint: 'set the environment input',
    },
    {
      ...sharedPorts(env, token),
      signal,
      progressEverySeconds: PROGRESS_EVERY_SECONDS,
      planned: (plan) => {
        maskSecrets(plan, io);
        secrets.push(...plan.secrets, ...(token ? [token] : []));
      },
      show: (shown) => {
        if (shown.level === 'warning') io.warning(shown.text);
        else io.info(shown.text);
        if (shown.level === 'plan') for (const notice of shown.notices) io.notice(notice);
      },
      upload: (plan) => uploadReportDir(plan.reportDir, artifactNameOf(plan), inputs.retentionDays, env, io),
    },
  );
  if (outcome.kind === 'refused') return refused(outcome, locate, io);
  const { plan, report, files, artifact } = outcome;
  const artifactState = artifact!.state;
  const paths = { reportDir: plan.reportDir, resultsJson: files.resultsJson };
  if (report.mode === 'rollout') {
    await io.appendSummary(renderRolloutJobSummary(report, { artifact: artifactState, cancelled: signal.aborted }));
    const decisive = decisiveRun(report);
    const annotations = decisive ? verdictAnnotations(decisive, locate) : [];
    if (report.status !== 'promoted') annotations.unshift({ level: report.verdict === 'fail' ? 'error' : 'warning', title: `Rollout ${report.status}${report.haltedAt ? ` at ${report.haltedAt}` : ''}`, message: report.reasons.join('\n') });
    emitAnnotations(fold(annotations), io);
    setOutputs(io, rolloutOutputs(report, decisive, paths, artifact!.id));
    return decide(report, inputs, signal.aborted, io, 'Rollout');
  }
  await io.appendSummary(renderJobSummary(report, { artifact: artifactState, cancelled: signal.aborted }));
  const links = { runUrl: runUrl(env), artifactUrl: artifactState.uploaded ? artifactState.url : null };
  const clean = (text: string) => scrub(text, secrets);
  const followed = await followUps(report, plan, files, links, { saveBaseline: inputs.saveBaseline, prComment: inputs.prComment, createRegressionIssue: inputs.createRegressionIssue, commentKey: artifactNameOf(plan), retentionDays: inputs.retentionDays }, io, token, clean);
  setOutputs(io, { ...runOutputs(report, paths, artifact!.id), 'baseline-saved': String(followed.baselineSaved) });
  if (report.shard) {
    // A shard's own verdict is provisional: its job fails only when it could not deliver its share.
    if (report.exitCode !== 0) io.setFailed(`Shard ${report.shard.index} of ${report.shard.count} did not deliver its share (${report.status}): ${report.reasons.join('; ')}`);
    return;
  }
  emitAnnotations(verdictAnnotations(report, locate), io);
  decide(report, inputs, signal.aborted, io);
}

function setOutputs(io: ActionIO, outputs: StepOutputs): void {
  for (const [name, value] of Object.entries(outputs)) io.setOutput(name, value);
}

/** refused: the step could not run; verdict=error, and the reason where a reviewer looks. */
async function refused(refusal: Refusal, locate: Locate, io: ActionIO): Promise<void> {
  if (refusal.what === 'config' || refusal.what === 'baseline') return failOnConfig(refusal.issues, locate, io);
  if (refusal.what === 'merge') await io.appendSummary(`## ❌ Merge failed: the sharded run cannot be judged\n\n\`\`\`\n${refusal.message}\n\`\`\`\n`);
  setOutputs(io, setupErrorOutputs());
  io.setFailed(refusal.what === 'rollback' ? `${refusal.message}; no load was sent` : refusal.message);
}

/**
 * ACTION_DEFAULTS: the action's own defaults, in a layer under the config file (so the file, an
 * environment block, a variable or an input still win): a canary the action gates may have just
 * been deployed and still be starting, so the action waits longer for it than the CLI does.
 */
const ACTION_DEFAULTS: SettingMap = new Map([['load_test.wait_for_ready', { value: ACTION_WAIT_FOR_READY_MS, source: { kind: 'default' } }]]);

/** decide fails the step or not: a rollback that was needed and failed always does, whatever fail-on-violation says. */
function decide(report: RunReport | RolloutReport, inputs: ActionInputs, cancelled: boolean, io: ActionIO, what = 'Load test'): void {
  const { verdict, reasons, rollback } = report;
  if (rollback.triggered && !rollback.ok) io.setFailed(`Auto-rollback FAILED${rollback.method ? ` (${rollback.method})` : ''}: ${rollback.detail}`);
  else if (verdict === 'fail' && inputs.failOnViolation) io.setFailed(`${what} failed: ${reasons.join('; ')}`);
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
