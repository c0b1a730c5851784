// The one orchestration, for both entries: plan → (shards) → checks before any load → baseline →
// run or rollout → the whole verdict (app/judge.ts) → rollback → the report, once → files →
// artifact → publish. Every
// effect outside the process goes through a port the entry passes in; everything shown to a
// person goes through one port, `show`, scrubbed of secrets here, once. The entries keep only
// their own edge: the CLI its argv, printing and exit code; the action its inputs, masking, job
// summary, annotations, outputs and follow-ups.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConfigIssue, Source } from '../config/issues.js';
import { ConfigError } from '../config/issues.js';
import { type LoadPlanOptions, loadPlan } from '../config/load.js';
import type { Plan } from '../config/plan.js';
import type { SettingMap } from '../config/yaml-reader.js';
import type { ResourceSource } from '../ports/resources.js';
import type { ArtifactState } from '../report/job-summary.js';
import type { RolloutReport, RunReport } from '../report/model.js';
import { type ProgressView, defaultEnvironmentNotice, renderPlan, renderProgress, renderSummary } from '../report/console.js';
import { renderRolloutConsole } from '../report/rollout.js';
import { renderMergeSources } from '../report/sections.js';
import { finishReport } from '../report/build.js';
import { scrub } from '../redact.js';
import { BaselineError } from '../baseline/model.js';
import { type BaselineDeps, findBaseline } from './baseline.js';
import { type WrittenFiles, writeReports } from './files.js';
import { fileLimitProblem } from './limits.js';
import { type JudgeableRun, judgeRun } from './judge.js';
import { MergeError, mergeLayer, mergeShards, withMergeNotices } from './merge.js';
import { type PublishContext, type PublishDeps, publish, resourceWarnings } from './publish.js';
import type { BaselineLookup } from './regression.js';
import { type RollbackContext, type RollbackExecutors, rollBackIfFailed, rollbackProblem } from './rollback.js';
import { runRollout, standardDeps } from './rollout.js';
import { measureRun } from './run.js';
import { readShardFiles } from './shard-files.js';

/**
 * Shown is one thing to show a person. `detail` is what the run is doing (a quiet CLI hides it),
 * `progress` a live line, `summary` the verdict, `info` a fact always shown. A `plan` carries the
 * notices it contains, which the action also makes annotations of.
 */
export type Shown = { level: 'plan'; text: string; notices: string[] } | { level: 'detail' | 'progress' | 'info' | 'summary' | 'warning'; text: string };

/** ArtifactUpload is what became of the report directory's upload (the action's artifact store). */
export interface ArtifactUpload {
  state: ArtifactState;
  id: number | null;
}

export interface PipelinePorts {
  env: Readonly<Record<string, string | undefined>>;
  signal: AbortSignal;
  /** show: everything for a person; the text is already scrubbed of the plan's secrets and the token. */
  show: (shown: Shown) => void;
  readFile: (path: string) => string;
  /** readLimits returns /proc/self/limits, or null where there is none. */
  readLimits: () => string | null;
  /** progressEverySeconds: how often a live progress line is shown. */
  progressEverySeconds: number;
  /** token: the GitHub token for rollbacks and baselines, if any; scrubbed from everything shown. */
  token: string | undefined;
  /** planned: the plan is known, before anything can show it (the action registers its secrets). */
  planned?: (plan: Plan) => void;
  rollbackContext: (plan: Plan) => RollbackContext;
  executors: RollbackExecutors;
  publishers: PublishDeps;
  /** publishContext: the links and instance name a published result carries. */
  publishContext: (artifact: ArtifactUpload | null) => PublishContext;
  resourceSources: (plan: Plan) => readonly ResourceSource[];
  /** fetchArtifact: downloads a baseline artifact (see app/baseline.ts); given a directory to put it in. */
  fetchArtifact: (dir: string) => BaselineDeps['fetchArtifact'];
  /** upload: the artifact store; absent outside GitHub Actions' runner (the CLI). */
  upload?: (plan: Plan) => Promise<ArtifactUpload>;
}

export interface PipelineRequest {
  /** plan: how the entry chose its settings; mode, env, readFile and the base layer are added here. */
  plan: Omit<LoadPlanOptions, 'env' | 'readFile' | 'baseLayer'>;
  /** baseLayer: settings under the config file (the action's defaults, a demo's target). */
  baseLayer?: SettingMap;
  /** shards: merge mode: where the shards' results are (downloads them when needed). */
  shards?: () => Promise<string[]>;
  /** environmentHint: how this entry's user chooses an environment, for the default-environment notice. */
  environmentHint: string;
}

/** Refusal: why nothing (or nothing more) was run; `issues` point at the settings at fault. */
export interface Refusal {
  kind: 'refused';
  /** what: config (a setting is wrong), baseline (unreadable), limit (open files), rollback (cannot work), merge (shards). */
  what: 'config' | 'baseline' | 'limit' | 'rollback' | 'merge';
  issues: readonly ConfigIssue[];
  message: string;
}

export interface Judged {
  kind: 'judged';
  /** clean scrubs a text of the plan's secrets and the token, as `show` was: for what the entry says beyond it. */
  clean: (text: string) => string;
  plan: Plan;
  report: RunReport | RolloutReport;
  files: WrittenFiles;
  artifact: ArtifactUpload | null;
}

export async function runPipeline(request: PipelineRequest, ports: PipelinePorts): Promise<Refusal | Judged> {
  const secrets: string[] = ports.token ? [ports.token] : [];
  const clean = (text: string) => scrub(text, secrets);
  const show = (shown: Shown) => ports.show(shown.level === 'plan' ? { ...shown, text: clean(shown.text), notices: shown.notices.map(clean) } : { ...shown, text: clean(shown.text) });

  let merged: JudgeableRun | null = null;
  if (request.shards) {
    try {
      merged = mergeShards(readShardFiles(await request.shards()), new Date());
    } catch (error) {
      return refuse('merge', error instanceof MergeError ? error.message : `cannot gather the shards: ${(error as Error).message}`);
    }
  }
  let plan: Plan;
  try {
    const baseLayer = new Map([...(request.baseLayer ?? []), ...(merged ? mergeLayer(merged) : [])]);
    plan = loadPlan({ ...request.plan, env: ports.env, readFile: ports.readFile, baseLayer });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { kind: 'refused', what: 'config', issues: error.issues, message: `${error.issues.length} configuration error${error.issues.length === 1 ? '' : 's'}` };
  }
  ports.planned?.(plan);
  secrets.push(...plan.secrets);
  const limit = merged ? null : fileLimitProblem(plan, ports.readLimits());
  if (limit) return refuse('limit', limit);
  const context = ports.rollbackContext(plan);
  const problem = rollbackProblem(plan, context);
  if (problem) return refuse('rollback', problem);

  const defaultEnvironment = defaultEnvironmentNotice(plan, request.plan.environment !== null, ports.env, request.environmentHint);
  if (merged) show({ level: 'detail', text: renderMergeSources(merged.body) });
  else show({ level: 'plan', text: renderPlan(plan, { defaultEnvironment }), notices: defaultEnvironment ? [defaultEnvironment] : [] });
  const resources = plan.resources ? { sources: ports.resourceSources(plan), intervalMs: plan.resources.intervalMs } : undefined;
  const progress = (view: ProgressView) => {
    if (Math.round(view.elapsedMs / 1000) % ports.progressEverySeconds === 0) show({ level: 'progress', text: renderProgress(view) });
  };

  if (plan.mode === 'rollout') {
    const total = plan.rollout!.stages.length;
    const report = await runRollout(
      plan,
      standardDeps(plan, {
        context,
        executors: ports.executors,
        signal: ports.signal,
        resources,
        onProgress: progress,
        onStage: ({ stage, index, phase, detail }) => {
          const what = phase === 'shift' ? `shifting ${stage.percentage}% of traffic` : phase === 'test' ? `load test for ${(stage.load.durationMs / 1000).toFixed(0)}s` : `stage ${detail === 'pass' ? 'passed' : detail === 'fail' ? 'FAILED' : detail}`;
          show({ level: 'detail', text: `Stage ${index + 1}/${total} ${stage.name}: ${what}` });
        },
      }),
    );
    return finish(plan, report, renderRolloutConsole(report));
  }

  let baseline: BaselineLookup | null = null;
  if (plan.baseline) {
    try {
      baseline = await findBaseline(plan.baseline, { readFile: ports.readFile, fetchArtifact: ports.fetchArtifact(mkdtempSync(join(ports.env.RUNNER_TEMP || tmpdir(), 'loadtest-baseline-'))) });
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error;
      return refuse('baseline', error.message, plan.sources['baseline.source'] ?? { kind: 'input', input: 'baseline' });
    }
    show({ level: 'detail', text: baseline.found ? `Baseline: ${baseline.baseline.source} (${baseline.baseline.overall.requests.toLocaleString('en-US')} requests)` : `No baseline: ${baseline.reason}` });
  }
  const measured = merged
    ? withMergeNotices(merged, plan)
    : await measureRun(plan, {
        signal: ports.signal,
        resources,
        onWaiting: (text) => show({ level: 'detail', text }),
        onPreflight: (steps) => show({ level: 'detail', text: `Pre-flight: ${steps.map((s) => `${s.what} ok`).join(', ')}. Starting load.` }),
        onProgress: progress,
      });
  const { decision, regression } = judgeRun(measured, plan, baseline);
  const rollback = await rollBackIfFailed({ ...measured.body, ...decision }, plan, context, ports.executors);
  const report = finishReport(measured.body, { decision, regression, rollback });
  return finish(plan, report, renderSummary(report));

  async function finish(plan: Plan, report: RunReport | RolloutReport, summary: string): Promise<Judged> {
    const files = await writeReports(report, plan);
    show({ level: 'summary', text: summary });
    const artifact = ports.upload ? await ports.upload(plan) : null;
    const published = await publish(report, plan, ports.publishContext(artifact), ports.publishers);
    for (const note of published.notes) show({ level: 'info', text: note });
    for (const warning of [...published.warnings, ...resourceWarnings(report)]) show({ level: 'warning', text: warning });
    return { kind: 'judged', clean, plan, report, files, artifact };
  }
}

function refuse(what: Refusal['what'], message: string, source?: Source): Refusal {
  return { kind: 'refused', what, issues: source ? [{ source, message }] : [], message };
}
