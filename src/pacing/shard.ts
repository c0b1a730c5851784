// One shard's part of a load profile, when N jobs share one test. Open model: each shard sends 1/N
// of the arrivals. Closed model: virtual users are dealt out round-robin (user k goes to shard
// ((k − 1) mod N) + 1), so at every level the shards' users add up to exactly the whole: shard i
// runs ⌊(v + N − i) / N⌋ of v users, which is the profile v/N + (N − i)/N under the engine's floor.

import { type Segment, usersAt } from './profile.js';

export interface Shard {
  /** index counts from 1. */
  index: number;
  count: number;
}

export function shardProfile(profile: readonly Segment[], model: 'closed' | 'open', shard: Shard): Segment[] {
  const { index, count } = shard;
  const level = model === 'open' ? (v: number) => v / count : (v: number) => v / count + (count - index) / count;
  return profile.map((s) => ({ durationMs: s.durationMs, from: level(s.from), to: level(s.to) }));
}

/** shardUsers is how many of `users` virtual users shard `index` of `count` runs. */
export function shardUsers(users: number, shard: Shard): number {
  return usersAt(shardProfile([{ durationMs: 1, from: users, to: users }], 'closed', shard), 0);
}
