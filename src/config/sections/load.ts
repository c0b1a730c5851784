// The load section: model, pattern, profile and the knobs that shape it, checked together (a
// warm-up longer than the run, a burst with a rate).

import * as defaults from '../../defaults.js';
import { buildProfile } from '../../pacing/shapes.js';
import type { LoadPlan } from '../plan.js';
import type { Pattern, Range } from '../schema.js';
import { formatMs } from '../units.js';
import type { SettingsView } from './view.js';

export interface ResolvedLoad {
  load: LoadPlan;
  /** stageLoad: the same load for a rollout stage of `stageMs`. */
  stageLoad: (stageMs: number) => LoadPlan;
  model: 'open' | 'closed';
  /** peak: the profile's highest users (closed) or arrivals/s (open). */
  peak: number;
}

/** resolveLoad: defaultDurationMs is the duration when none is set (longer when the run decides early, see sequential.ts). */
export function resolveLoad(view: SettingsView, randomSeed: number, defaultDurationMs: number = defaults.DEFAULT_DURATION_MS): ResolvedLoad {
  const { get, sourceOf, isSet, issues, notices } = view;
  const rate = get<number>('load_test.rate');
  const model = rate !== undefined ? 'open' : 'closed';
  const stages = get<Array<{ duration?: number; target?: number }>>('load_test.stages');
  const pattern: Pattern | 'stages' = stages ? 'stages' : (get<Pattern>('load_test.pattern') ?? 'sustained');
  if (stages) {
    stages.forEach((stage, i) => {
      if (stage.duration === undefined || stage.target === undefined) issues.push({ source: sourceOf('load_test.stages'), message: `stage ${i + 1} needs both duration and target` });
    });
    if (stages.length === 0) issues.push({ source: sourceOf('load_test.stages'), message: 'expected at least one stage' });
    if (isSet('load_test.pattern')) notices.push(`pattern ${get('load_test.pattern')} is ignored: stages define the load`);
  }
  if (model === 'open' && rate === 0 && !stages) issues.push({ source: sourceOf('load_test.rate'), message: 'a rate of 0 sends nothing; give a positive rate' });
  if (model === 'open' && pattern === 'burst') issues.push({ source: sourceOf('load_test.pattern'), message: 'the burst pattern needs virtual users (concurrency); with a rate use stages for spikes' });

  const stageTotal = stages?.reduce((sum, s) => sum + (s.duration ?? 0), 0);
  const durationMs = stageTotal ?? get<number>('load_test.duration') ?? defaultDurationMs;
  if (stageTotal !== undefined && isSet('load_test.duration') && get<number>('load_test.duration') !== stageTotal) {
    notices.push(`duration ${formatMs(get<number>('load_test.duration')!)} is ignored: the stages last ${formatMs(stageTotal)}`);
  }
  if (!(durationMs > 0)) issues.push({ source: sourceOf(stages ? 'load_test.stages' : 'load_test.duration'), message: 'the run must last longer than 0s' });
  if (stageTotal !== undefined && stageTotal > defaults.MAX_RUN_MS) issues.push({ source: sourceOf('load_test.stages'), message: `the stages last ${+(stageTotal / 3_600_000).toFixed(2)}h in all; a run lasts at most ${defaults.MAX_RUN_MS / 3_600_000}h (7 days)` });

  const warmupMs = get<number>('load_test.warmup') ?? 0;
  if (warmupMs >= durationMs && durationMs > 0) issues.push({ source: sourceOf('load_test.warmup'), message: `warm-up ${formatMs(warmupMs)} must be shorter than the run (${formatMs(durationMs)}); it is part of the run, not added to it` });

  const concurrencySet = isSet('load_test.concurrency');
  const concurrency = get<number>('load_test.concurrency') ?? defaults.DEFAULT_CONCURRENCY;
  const rampUpMs = get<number>('load_test.ramp_up') ?? Math.min(defaults.DEFAULT_RAMP_UP_MS, durationMs / 2);
  if (pattern === 'ramp-up' && rampUpMs >= durationMs && durationMs > 0) issues.push({ source: sourceOf('load_test.ramp_up'), message: `ramp-up ${formatMs(rampUpMs)} must be shorter than the run (${formatMs(durationMs)})` });
  if (pattern !== 'ramp-up' && isSet('load_test.ramp_up')) notices.push(`ramp_up is ignored: it applies to the ramp-up pattern, not ${pattern}`);

  let thinkTime = get<Range>('load_test.think_time') ?? null;
  if (thinkTime && model === 'open') {
    notices.push('think_time is ignored: with a rate, arrivals do not wait for each other');
    thinkTime = null;
  }
  const burst = pattern === 'burst'
    ? { size: get<number>('load_test.burst.size') ?? defaults.DEFAULT_BURST.size, pause: get<Range>('load_test.burst.pause') ?? { minMs: defaults.DEFAULT_BURST.pauseMinMs, maxMs: defaults.DEFAULT_BURST.pauseMaxMs } }
    : null;

  const maxInFlight = get<number>('load_test.max_in_flight') ?? (model === 'open' && concurrencySet ? concurrency : defaults.DEFAULT_MAX_IN_FLIGHT);
  if (model === 'open' && concurrencySet && !isSet('load_test.max_in_flight')) notices.push(`with a rate, concurrency ${concurrency} caps the requests in flight`);

  const timeoutMs = get<number>('load_test.timeout') ?? defaults.DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0)) issues.push({ source: sourceOf('load_test.timeout'), message: 'the timeout must be longer than 0s' });

  const profile = durationMs > 0 ? buildProfile({ model, pattern, durationMs, concurrency, rate: rate ?? 0, rampUpMs, stages: (stages ?? []).map((s) => ({ durationMs: s.duration ?? 0, target: s.target ?? 0 })) }) : [];
  const peak = profile.reduce((max, s) => Math.max(max, s.from, s.to), 0);
  if (model === 'closed' && peak > defaults.MAX_VIRTUAL_USERS) issues.push({ source: sourceOf('load_test.stages'), message: `stages ask for ${peak} users; one process runs at most ${defaults.MAX_VIRTUAL_USERS.toLocaleString('en-US')}` });
  if (durationMs > 0 && peak === 0) issues.push({ source: sourceOf(stages ? 'load_test.stages' : 'load_test.rate'), message: 'this profile never sends a request: every target is 0' });
  const load: LoadPlan = {
    model,
    pattern,
    profile,
    durationMs,
    warmupMs,
    peakUsers: model === 'closed' ? peak : 0,
    peakRate: model === 'open' ? peak : null,
    thinkTime,
    burst,
    maxInFlight,
    timeoutMs,
    seed: get<number>('load_test.seed') ?? randomSeed,
    minRequests: get<number>('load_test.min_requests') ?? defaults.DEFAULT_MIN_REQUESTS,
    abortOnFail: get<boolean>('load_test.abort_on_fail') ?? false,
  };
  const stageLoad = (stageMs: number): LoadPlan => ({
    ...load,
    durationMs: stageMs,
    profile: buildProfile({ model, pattern, durationMs: stageMs, concurrency, rate: rate ?? 0, rampUpMs: Math.min(rampUpMs, stageMs / 2), stages: [] }),
  });
  return { load, stageLoad, model, peak };
}
