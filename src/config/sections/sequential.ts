// decide_early: a run whose duration is a maximum, stopped as soon as every part of its verdict is
// decided (slo/sequential.ts spends the error rate over the looks; pacing/looks.ts times them). On
// by default where the question is only a comparison (a canary against production); off for a plain
// run, which is also a soak: a user who asks for five minutes of load gets five minutes.

import * as defaults from '../../defaults.js';
import { firstLookMs, lookSchedule } from '../../pacing/looks.js';
import { formatMs } from '../units.js';
import type { LoadPlan, ModeChoice, SequentialPlan } from '../plan.js';
import type { SettingsView } from './view.js';

/**
 * decidesEarly: whether the run decides early, before its load is resolved, since an unset duration
 * then means the longer default maximum. A mode that compares with production turns it on unless
 * the user turned it off; a rollout's stages last as long as their traffic does, so never there.
 */
export function decidesEarly(mode: ModeChoice, view: SettingsView): boolean {
  if (mode.needs.rollout) return false;
  // A shard runs the time its run was given: only the merge sees the whole run.
  if (mode.needs.shard && view.isSet('load_test.shard')) return false;
  // The target's CPU and memory SLOs are judged on the readings over the whole run; no look has them.
  if (RESOURCE_LIMITS.some((key) => view.isSet(key))) return false;
  return view.get<boolean>('load_test.decide_early') ?? mode.needs.canary === 'required';
}

const RESOURCE_LIMITS = ['resources.thresholds.cpu_percent', 'resources.thresholds.memory_percent'];

/** resolveSequential: the looks of a run that decides early, or null (with a notice for a min_duration that then means nothing). */
export function resolveSequential(mode: ModeChoice, view: SettingsView, load: LoadPlan, early: boolean): SequentialPlan | null {
  const { get, isSet, sourceOf, issues, notices } = view;
  const asked = get<boolean>('load_test.decide_early') ?? (mode.needs.canary === 'required' ? 'canary default' : false);
  if (asked) {
    if (mode.needs.rollout) notices.push('decide_early is ignored in a rollout: each stage lasts as long as its traffic does');
    else if (mode.needs.shard && isSet('load_test.shard')) notices.push('decide_early is off in a shard: the shards must run the same time, and only the merge sees the whole run');
    else if (RESOURCE_LIMITS.some((key) => isSet(key))) notices.push(`${asked === 'canary default' ? 'the canary does not decide early (its default)' : 'decide_early is off'}: the CPU and memory SLOs (resources.thresholds) are judged on the readings over the whole run, so the run takes its whole duration`);
  }
  if (!early) {
    if (isSet('load_test.min_duration')) notices.push('min_duration is ignored: it applies when decide_early is on');
    return null;
  }
  const minMs = get<number>('load_test.min_duration') ?? defaults.DEFAULT_MIN_DURATION_MS;
  if (!(minMs > 0)) {
    issues.push({ source: sourceOf('load_test.min_duration'), message: 'min_duration must be longer than 0s: no decision can rest on no load' });
    return null;
  }
  if (load.warmupMs + minMs >= load.durationMs && !isSet('load_test.decide_early') && !isSet('load_test.min_duration')) {
    // Only the canary's default asked for it: a short run the user chose runs as chosen.
    notices.push(`the run does not decide early: its ${formatMs(load.durationMs)} leave no room after the minimum ${formatMs(minMs)}${load.warmupMs ? ` and the warm-up` : ''}, so it runs the whole duration`);
    return null;
  }
  if (load.warmupMs + minMs > load.durationMs) {
    issues.push({ source: sourceOf(isSet('load_test.min_duration') ? 'load_test.min_duration' : 'load_test.duration'), message: `min_duration ${formatMs(minMs)}${load.warmupMs ? ` after the warm-up (${formatMs(load.warmupMs)})` : ''} is longer than the run's maximum duration (${formatMs(load.durationMs)}); with decide_early, duration is the longest the run may take` });
    return null;
  }
  const first = firstLookMs(load.warmupMs, minMs, load.profile);
  return { looksMs: lookSchedule(first, load.durationMs, load.warmupMs), minMs, why: isSet('load_test.decide_early') ? 'set' : 'canary default' };
}
