// The action's edge: inputs in, then app/pipeline.ts (the same run as the CLI's), then what the
// runner shows and keeps: the job summary, annotations, outputs, follow-ups, and the step's
// result (step.ts). Everything said to the runner goes through ActionIO (io.ts).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../app/pipeline.js';
import type { Plan } from '../config/plan.js';
import type { SettingMap } from '../config/yaml-reader.js';
import { ACTION_WAIT_FOR_READY_MS } from '../defaults.js';
import { emitAnnotations, fold, verdictAnnotations } from '../github/annotations.js';
import { downloadShards, shardArtifactName, uploadReportDir } from '../github/artifact.js';
import { runUrl } from '../github/context.js';
import { locator } from '../github/locate.js';
import { rolloutOutputs, runOutputs } from '../github/outputs.js';
import { renderJobSummary } from '../report/job-summary.js';
import { decisiveRun, renderRolloutJobSummary } from '../report/rollout.js';
import { sharedPorts } from '../wiring.js';
import { followUps } from './follow-ups.js';
import { readInputs } from './inputs.js';
import { runModelStep } from './model.js';
import { runCapacityStep } from './capacity.js';
import { type ActionIO, input, scrubbing } from './io.js';
import { decide, failOnConfig, maskSecrets, refused, setOutputs } from './step.js';

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
  if (token) secrets.push(token);
  if (inputs.mode === 'model') {
    if (inputs.model!.prometheusToken) secrets.push(inputs.model!.prometheusToken);
    return runModelStep(inputs, inputs.model!, io);
  }
  if (inputs.mode === 'capacity') return runCapacityStep(inputs, inputs.capacity!, ACTION_DEFAULTS, locate, secrets, io);
  const artifactNameOf = (plan: Plan) => (plan.shard ? { name: shardArtifactName(inputs.artifactBase, plan.shard.index), chosen: true } : inputs.artifactName);
  const outcome = await runPipeline(
    {
      mode: inputs.mode,
      plan: {
        overrides: inputs.overrides,
        overrideSource: (o) => ({ kind: 'input', input: o.input ?? o.flag }),
        configFile: inputs.configFile,
        environment: inputs.environment,
        randomSeed: Math.floor(Math.random() * 2 ** 31),
      },
      baseLayer: ACTION_DEFAULTS,
      // A merge reads the shards first: they name the target, and a missing shard stops everything before any plan.
      shards: inputs.mode === 'merge' ? async () => (inputs.shards.length > 0 ? inputs.shards : downloadShards(inputs.artifactBase, mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'loadtest-shards-')), env, io)) : undefined,
      vocabulary: 'action',
    },
    {
      ...sharedPorts(env, token),
      signal,
      progressEverySeconds: PROGRESS_EVERY_SECONDS,
      planned: (plan) => {
        maskSecrets(plan, io);
        secrets.push(...plan.secrets);
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
  const followed = await followUps(report, plan, files, links, { saveBaseline: inputs.saveBaseline, prComment: inputs.prComment, createRegressionIssue: inputs.createRegressionIssue, commentKey: artifactNameOf(plan).name, retentionDays: inputs.retentionDays }, io, token, outcome.clean);
  setOutputs(io, { ...runOutputs(report, paths, artifact!.id), 'baseline-saved': String(followed.baselineSaved) });
  if (report.shard) {
    // A shard's own verdict is provisional: its job fails only when it could not deliver its share.
    if (report.exitCode !== 0) io.setFailed(`Shard ${report.shard.index} of ${report.shard.count} did not deliver its share (${report.status}): ${report.reasons.join('; ')}`);
    return;
  }
  emitAnnotations(verdictAnnotations(report, locate), io);
  decide(report, inputs, signal.aborted, io);
}

/**
 * ACTION_DEFAULTS: the action's own defaults, in a layer under the config file (so the file, an
 * environment block, a variable or an input still win): a canary the action gates may have just
 * been deployed and still be starting, so the action waits longer for it than the CLI does.
 */
const ACTION_DEFAULTS: SettingMap = new Map([['load_test.wait_for_ready', { value: ACTION_WAIT_FOR_READY_MS, source: { kind: 'default' } }]]);
