// The rollout section: the stages, the traffic shift and the hooks.

import * as defaults from '../../defaults.js';
import type { LoadPlan, RolloutPlan, ModeChoice } from '../plan.js';
import { formatMs } from '../units.js';
import type { SettingsView } from './view.js';

/** resolveRollout builds each stage's load for its duration; a rollout's stages replace the load profile's. */
export function resolveRollout(mode: ModeChoice, view: SettingsView, load: LoadPlan, stageLoad: (durationMs: number) => LoadPlan): RolloutPlan | null {
  const { get, sourceOf, isSet, issues, notices } = view;
  const keys = ['rollout.stages', 'rollout.shift', 'rollout.hook_timeout', 'rollout.hooks.pre_rollout', 'rollout.hooks.post_stage', 'rollout.hooks.on_promote', 'rollout.hooks.on_rollback'];
  if (!mode.needs.rollout) {
    if (keys.some(isSet)) notices.push('rollout settings are ignored: they apply to rollout mode');
    return null;
  }
  if (load.pattern === 'stages') issues.push({ source: sourceOf('load_test.stages'), message: 'in a rollout each stage\'s duration sets the length of its load test: use a pattern (sustained, ramp-up, burst) instead of load_test.stages' });
  const given = get<Array<{ name?: string; percentage?: number; duration?: number }>>('rollout.stages');
  const stages = (given ?? defaults.DEFAULT_ROLLOUT_STAGES).map((stage, i) => {
    if (stage.percentage === undefined || stage.duration === undefined) issues.push({ source: sourceOf('rollout.stages'), message: `rollout stage ${i + 1} needs a percentage and a duration` });
    const durationMs = stage.duration ?? 0;
    if (durationMs > 0 && load.warmupMs >= durationMs) issues.push({ source: sourceOf('load_test.warmup'), message: `warm-up ${formatMs(load.warmupMs)} must be shorter than rollout stage ${i + 1} (${formatMs(durationMs)})` });
    return { name: stage.name ?? `${stage.percentage}% Traffic`, percentage: stage.percentage ?? 0, load: stageLoad(durationMs) };
  });
  if (given && given.length === 0) issues.push({ source: sourceOf('rollout.stages'), message: 'expected at least one rollout stage' });
  const shift = get<string>('rollout.shift') ?? null;
  if (!shift) notices.push('no shift hook: the stages pace the load tests, but something else must move the traffic');
  const hook = (key: string) => get<string>(`rollout.hooks.${key}`) ?? null;
  return {
    stages,
    shift,
    hooks: { preRollout: hook('pre_rollout'), postStage: hook('post_stage'), onPromote: hook('on_promote'), onRollback: hook('on_rollback') },
    hookTimeoutMs: get<number>('rollout.hook_timeout') ?? defaults.DEFAULT_HOOK_TIMEOUT_MS,
  };
}
