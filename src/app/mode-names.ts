// The modes by name, with what each needs of a plan: the light half of modes.ts, which entries
// read to parse their arguments before (and without) loading the machinery that runs a mode.

import type { ModeNeeds } from '../config/plan.js';

const SINGLE_RUN: Omit<ModeNeeds, 'canary'> = { rollout: false, baselineIgnored: null, shard: true };

export const MODE_NEEDS = {
  run: { ...SINGLE_RUN, canary: 'ignored' },
  canary: { ...SINGLE_RUN, canary: 'required', shard: false },
  rollout: { canary: 'allowed', rollout: true, baselineIgnored: 'in a rollout: each stage is gated by its SLOs (and a canary comparison, if configured)', shard: false },
  merge: { ...SINGLE_RUN, canary: 'ignored' },
} satisfies Record<string, ModeNeeds>;

export type ModeName = keyof typeof MODE_NEEDS;
export const MODE_NAMES = Object.keys(MODE_NEEDS) as ModeName[];
