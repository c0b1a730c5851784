// The modes, in one place: what each one's plan resolves from the config (its needs), what it reads
// before its plan, and how it runs once the plan is known. The pipeline runs whichever the entry
// names. A new mode is an entry in MODES (with its stage, here or in its own file) and the
// entries' command or `mode` input that names it; config, the pipeline and the judge stay as they are.

import type { ModeNeeds, Plan } from '../config/plan.js';
import type { Vocabulary } from '../config/vocabulary.js';
import type { SettingMap } from '../config/yaml-reader.js';
import type { ResourceSource } from '../ports/resources.js';
import { MODE_NEEDS, type ModeName } from './mode-names.js';
export { MODE_NAMES, type ModeName } from './mode-names.js';
import { BaselineError } from '../baseline/model.js';
import { finishReport } from '../report/build.js';
import type { ProgressView } from '../report/console.js';
import type { RolloutReport, RunReport } from '../report/model.js';
import { type BaselineDeps, findBaseline } from './baseline.js';
import { type JudgeableRun, judgeRun } from './judge.js';
import { MergeError, mergeLayer, mergeShards, withMergeNotices } from './merge.js';
import { type Refusal, refuse } from './outcome.js';
import type { BaselineLookup } from './regression.js';
import { type RollbackContext, type RollbackExecutors, rollBackIfFailed } from './rollback.js';
import { runRollout, standardDeps } from './rollout.js';
import { measureRun } from './run.js';
import { readShardFiles } from './shard-files.js';

/** ModeKit: what a mode runs with, from the pipeline: its ports, and `detail` for what it is doing. */
export interface ModeKit {
  signal: AbortSignal;
  detail: (text: string) => void;
  progress: (view: ProgressView) => void;
  resources: { sources: readonly ResourceSource[]; intervalMs: number } | undefined;
  context: RollbackContext;
  executors: RollbackExecutors;
  readFile: (path: string) => string;
  /** fetchArtifact: downloads a baseline artifact (see app/baseline.ts) into a fresh directory. */
  fetchArtifact: () => BaselineDeps['fetchArtifact'];
}

/** Gathered: a run measured elsewhere, read before the plan, with the settings it brings (a merge's target). */
export interface Gathered {
  run: JudgeableRun;
  layer: SettingMap;
}

export interface ModeSpec {
  needs: ModeNeeds;
  /** sendsLoad: false for a mode that judges load sent elsewhere (no open-files check, no plan shown). */
  sendsLoad: boolean;
  /** gather: what the mode reads before its plan, from the entry's sources. */
  gather?: (sources: ModeSources) => Promise<Gathered | Refusal>;
  run: (plan: Plan, kit: ModeKit, gathered: Gathered | null) => Promise<RunReport | RolloutReport | Refusal>;
}

/** ModeSources: what an entry hands a mode besides its settings (merge: where the shards' results are), and whose words its messages use. */
export interface ModeSources {
  shards?: () => Promise<string[]>;
  /** vocabulary: the entry's words for an option (the CLI's flags, the action's inputs): the plan's, and a gathering's before any plan. */
  vocabulary: Vocabulary;
}

export const MODES = {
  /** run: one service under load, judged by its SLOs (and a baseline, when given). */
  run: { needs: MODE_NEEDS.run, sendsLoad: true, run: measuredAndGated },
  /** canary: the same requests to the canary and production at once; the canary is judged by its SLOs and against production. */
  canary: { needs: MODE_NEEDS.canary, sendsLoad: true, run: measuredAndGated },
  /** rollout: traffic shifted stage by stage, each stage gated by a load test. */
  rollout: {
    needs: MODE_NEEDS.rollout,
    sendsLoad: true,
    run: (plan, kit) => rollout(plan, kit),
  },
  /** merge: the shards of a sharded run judged as one run. */
  merge: { needs: MODE_NEEDS.merge, sendsLoad: false, gather: gatherShards, run: (plan, kit, gathered) => gated(plan, kit, async () => withMergeNotices(gathered!.run, plan)) },
} satisfies Record<ModeName, ModeSpec>;

/** gated: the baseline (before any load; unreadable is a refusal), the run, its whole verdict, the rollback, the report. */
async function gated(plan: Plan, kit: ModeKit, measure: (baseline: BaselineLookup | null) => Promise<JudgeableRun>): Promise<RunReport | Refusal> {
  let baseline: BaselineLookup | null = null;
  if (plan.baseline) {
    try {
      baseline = await findBaseline(plan.baseline, plan.vocabulary, { readFile: kit.readFile, fetchArtifact: kit.fetchArtifact() });
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error;
      return refuse('baseline', error.message, plan.sources['baseline.source'] ?? { kind: 'input', input: 'baseline' });
    }
    kit.detail(baseline.found ? `Baseline: ${baseline.baseline.source} (${baseline.baseline.overall.requests.toLocaleString('en-US')} requests${baseline.baseline.history.length > 1 ? `; a history of ${baseline.baseline.history.length} runs` : ''})` : `No baseline: ${baseline.reason}`);
  }
  const run = await measure(baseline);
  const { decision, regression } = judgeRun(run, plan, baseline);
  const rollback = await rollBackIfFailed({ ...run.body, ...decision }, plan, kit.context, kit.executors);
  return finishReport(run.body, { decision, regression, rollback });
}

/** measuredAndGated: a run or canary: load sent here and now, then gated. */
function measuredAndGated(plan: Plan, kit: ModeKit): Promise<RunReport | Refusal> {
  return gated(plan, kit, (baseline) => measured(plan, kit, baseline));
}

/** measured: the load, with the baseline a run that decides early looks at as it goes. */
function measured(plan: Plan, kit: ModeKit, baseline: BaselineLookup | null): Promise<JudgeableRun> {
  return measureRun(plan, {
    baseline,
    signal: kit.signal,
    resources: kit.resources,
    onWaiting: kit.detail,
    onPreflight: (steps) => kit.detail(`Pre-flight: ${steps.map((s) => `${s.what} ok`).join(', ')}. Starting load.`),
    onProgress: kit.progress,
  });
}

function rollout(plan: Plan, kit: ModeKit): Promise<RolloutReport> {
  const total = plan.rollout!.stages.length;
  return runRollout(
    plan,
    standardDeps(plan, {
      context: kit.context,
      executors: kit.executors,
      signal: kit.signal,
      resources: kit.resources,
      onProgress: kit.progress,
      onStage: ({ stage, index, phase, detail }) => {
        const what = phase === 'shift' ? `shifting ${stage.percentage}% of traffic` : phase === 'test' ? `load test for ${(stage.load.durationMs / 1000).toFixed(0)}s` : `stage ${detail === 'pass' ? 'passed' : detail === 'fail' ? 'FAILED' : detail}`;
        kit.detail(`Stage ${index + 1}/${total} ${stage.name}: ${what}`);
      },
    }),
  );
}

/** gatherShards: every shard's results.json, merged; a missing or mismatched shard stops everything before any plan. */
async function gatherShards(sources: ModeSources): Promise<Gathered | Refusal> {
  if (!sources.shards) return refuse('merge', 'merge mode needs the shards\' results: give their directories or results.json files');
  try {
    const run = mergeShards(readShardFiles(await sources.shards()), new Date(), sources.vocabulary);
    return { run, layer: mergeLayer(run) };
  } catch (error) {
    return refuse('merge', error instanceof MergeError ? error.message : `cannot gather the shards: ${(error as Error).message}`);
  }
}
