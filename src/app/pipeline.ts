// The one orchestration, for both entries: what the mode reads first (a merge's shards) → plan →
// checks before any load → the mode's run (app/modes.ts: baseline → load → the whole verdict →
// rollback → the report, once; or a rollout) → files → artifact → publish. Every effect outside
// the process goes through a port the entry passes in; everything shown to a
// person goes through one port, `show`, scrubbed of secrets here, once. The entries keep only
// their own edge: the CLI its argv, printing and exit code; the action its inputs, masking, job
// summary, annotations, outputs and follow-ups.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../config/issues.js';
import { type LoadPlanOptions, loadPlan } from '../config/load.js';
import type { Plan } from '../config/plan.js';
import type { SettingMap } from '../config/yaml-reader.js';
import type { ResourceSource } from '../ports/resources.js';
import type { ArtifactState } from '../report/job-summary.js';
import type { RolloutReport, RunReport } from '../report/model.js';
import { type ProgressView, defaultEnvironmentNotice, renderPlan, renderProgress } from '../report/console.js';
import { renderConsoleResult } from '../report/rollout.js';
import { renderMergeSources } from '../report/sections.js';
import { scrub } from '../redact.js';
import type { BaselineDeps } from './baseline.js';
import { type WrittenFiles, writeReports } from './files.js';
import { fileLimitProblem } from './limits.js';
import { MODES, type ModeSources, type ModeSpec } from './modes.js';
import type { ModeName } from './mode-names.js';
import { type Refusal, isRefusal, refuse } from './outcome.js';
import { type PublishContext, type PublishDeps, publish, resourceWarnings } from './publish.js';
import { type RollbackContext, type RollbackExecutors, rollbackProblem } from './rollback.js';

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

export interface PipelineRequest extends ModeSources {
  /** mode: which mode to run (app/modes.ts). */
  mode: ModeName;
  /** plan: how the entry chose its settings; mode, env, readFile, the base layer and the vocabulary are added here. */
  plan: Omit<LoadPlanOptions, 'mode' | 'env' | 'readFile' | 'baseLayer' | 'vocabulary'>;
  /** baseLayer: settings under the config file (the action's defaults, a demo's target). */
  baseLayer?: SettingMap;
}

export type { Refusal } from './outcome.js';

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
  const mode: ModeSpec = MODES[request.mode];

  const gathered = mode.gather ? await mode.gather(request) : null;
  if (gathered && isRefusal(gathered)) return gathered;
  let plan: Plan;
  try {
    const baseLayer = new Map([...(request.baseLayer ?? []), ...(gathered?.layer ?? [])]);
    plan = loadPlan({ ...request.plan, mode: { name: request.mode, needs: mode.needs }, env: ports.env, readFile: ports.readFile, baseLayer, vocabulary: request.vocabulary });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { kind: 'refused', what: 'config', issues: error.issues, message: `${error.issues.length} configuration error${error.issues.length === 1 ? '' : 's'}` };
  }
  ports.planned?.(plan);
  secrets.push(...plan.secrets);
  const limit = mode.sendsLoad ? fileLimitProblem(plan, ports.readLimits()) : null;
  if (limit) return refuse('limit', limit);
  const context = ports.rollbackContext(plan);
  const problem = rollbackProblem(plan, context);
  if (problem) return refuse('rollback', problem);

  const defaultEnvironment = defaultEnvironmentNotice(plan, request.plan.environment !== null, ports.env);
  if (gathered) show({ level: 'detail', text: renderMergeSources(gathered.run.body) });
  if (mode.sendsLoad) show({ level: 'plan', text: renderPlan(plan, { defaultEnvironment }), notices: defaultEnvironment ? [defaultEnvironment] : [] });
  const report = await mode.run(plan, {
    signal: ports.signal,
    detail: (text) => show({ level: 'detail', text }),
    progress: (view: ProgressView) => {
      if (Math.round(view.elapsedMs / 1000) % ports.progressEverySeconds === 0) show({ level: 'progress', text: renderProgress(view) });
    },
    resources: plan.resources ? { sources: ports.resourceSources(plan), intervalMs: plan.resources.intervalMs } : undefined,
    context,
    executors: ports.executors,
    readFile: ports.readFile,
    fetchArtifact: () => ports.fetchArtifact(mkdtempSync(join(ports.env.RUNNER_TEMP || tmpdir(), 'loadtest-baseline-'))),
  }, gathered);
  if (isRefusal(report)) return report;

  const files = await writeReports(report, plan);
  show({ level: 'summary', text: renderConsoleResult(report) });
  const artifact = ports.upload ? await ports.upload(plan) : null;
  const published = await publish(report, plan, ports.publishContext(artifact), ports.publishers);
  for (const note of published.notes) show({ level: 'info', text: note });
  for (const warning of [...published.warnings, ...resourceWarnings(report)]) show({ level: 'warning', text: warning });
  return { kind: 'judged', clean, plan, report, files, artifact };
}
