// The shard section: this job's part of a distributed run.

import { type Shard, shardProfile } from '../../pacing/shard.js';
import type { ConfigIssue, Source } from '../issues.js';
import type { LoadPlan, ModeChoice, ShardPlan } from '../plan.js';

/**
 * resolveShard: a shard runs its part of the load (see pacing/shard.ts) with a seed of its
 * own, and never aborts early: only the merge sees the whole, so only the merge judges it.
 */
export function resolveShard(mode: ModeChoice, given: Shard | undefined, source: Source, load: LoadPlan, notices: string[], issues: ConfigIssue[]): { plan: ShardPlan; load: LoadPlan } | null {
  if (!given) return null;
  if (!mode.needs.shard) {
    issues.push({ source, message: `shards split a plain run across jobs; ${mode.name} mode cannot be sharded` });
    return null;
  }
  const profile = shardProfile(load.profile, load.model, given);
  const peak = Math.floor(profile.reduce((max, s) => Math.max(max, s.from, s.to), 0) + 1e-9);
  if (load.model === 'closed' && peak === 0) {
    issues.push({ source, message: `shard ${given.index} of ${given.count} would run no virtual users: ${load.peakUsers} users cannot be split ${given.count} ways; use fewer shards or more users` });
    return null;
  }
  const share = load.model === 'open' ? 1 / given.count : peak / load.peakUsers;
  if (load.abortOnFail) notices.push('abort_on_fail is off in a shard: only the merge sees the whole run');
  return {
    plan: { index: given.index, count: given.count, share, minRequests: load.minRequests },
    load: {
      ...load,
      profile,
      peakUsers: load.model === 'closed' ? peak : 0,
      peakRate: load.peakRate === null ? null : load.peakRate / given.count,
      maxInFlight: Math.max(1, Math.ceil(load.maxInFlight / given.count)),
      // Each shard draws its own endpoints and think times: the same seed everywhere would send N copies of one request sequence.
      seed: (load.seed + Math.imul(given.index - 1, 0x9e3779b9)) >>> 0,
      minRequests: Math.max(1, Math.ceil(load.minRequests * share)),
      abortOnFail: false,
    },
  };
}
