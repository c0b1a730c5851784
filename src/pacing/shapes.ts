// The seeds' load patterns as profiles of straight segments. A closed-model level is a number of
// virtual users; an open-model level is arrivals per second.

import type { Segment } from './profile.js';

/** PATTERNS: the load shapes a plan can name. */
export const PATTERNS = ['sustained', 'burst', 'ramp-up'] as const;
export type Pattern = (typeof PATTERNS)[number];

export interface ShapeInput {
  model: 'closed' | 'open';
  pattern: Pattern | 'stages';
  durationMs: number;
  concurrency: number;
  rate: number;
  rampUpMs: number;
  stages: ReadonlyArray<{ durationMs: number; target: number }>;
}

/**
 * buildProfile: sustained and burst hold one level for the whole run (bursts are a per-user
 * behaviour, not a change of level); ramp-up climbs from 0 to the level over the ramp and holds;
 * stages go straight from each target to the next, starting at 0.
 */
export function buildProfile(input: ShapeInput): Segment[] {
  const level = input.model === 'open' ? input.rate : input.concurrency;
  switch (input.pattern) {
    case 'sustained':
    case 'burst':
      return [{ durationMs: input.durationMs, from: level, to: level }];
    case 'ramp-up':
      return [
        { durationMs: input.rampUpMs, from: 0, to: level },
        { durationMs: input.durationMs - input.rampUpMs, from: level, to: level },
      ].filter((segment) => segment.durationMs > 0);
    case 'stages': {
      let previous = 0;
      return input.stages.map((stage) => {
        const segment = { durationMs: stage.durationMs, from: previous, to: stage.target };
        previous = stage.target;
        return segment;
      });
    }
  }
}
