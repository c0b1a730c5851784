// Abort-on-fail: stop a run early once a threshold can no longer be met whatever the rest of the
// run does, to spare a failing canary (and everyone's time). "Can no longer be met" is arithmetic
// on a projection of the whole run's requests: the requests so far, scaled by how much of the load
// profile is still to come, with 25% headroom so an optimistic projection never aborts a run that
// could still pass.

import type { ThresholdKey, Thresholds } from '../config/plan.js';
import { METRIC_LABEL, formatValue } from './checks.js';

const HEADROOM = 1.25;

export interface AbortScope {
  /** endpoint index, or null for the whole run. */
  endpoint: number | null;
  name: string | null;
  thresholds: Thresholds;
}

export interface AbortInput {
  scopes: readonly AbortScope[];
  minRequests: number;
  /** doneShare and remainingShare of the measured load (integrals of the profile), done > 0. */
  done: number;
  remaining: number;
  totals: (endpoint: number | null) => { requests: number; errors: number };
  countAboveMs: (endpoint: number | null, ms: number) => number;
}

/** alreadyLost returns why the run can no longer pass, or null. */
export function alreadyLost(input: AbortInput): string | null {
  if (!(input.done > 0)) return null;
  for (const scope of input.scopes) {
    const { requests, errors } = input.totals(scope.endpoint);
    if (requests < input.minRequests) continue;
    const projected = Math.round(requests * (1 + (HEADROOM * input.remaining) / input.done));
    const where = scope.name === null ? '' : `${scope.name}: `;
    const limit = scope.thresholds.error_rate;
    if (limit && (errors / projected) * 100 > limit.value) {
      return `${where}Error rate can no longer meet ${formatValue('error_rate', limit.value)}: ${errors.toLocaleString('en-US')} errors already exceed that share of the ~${projected.toLocaleString('en-US')} requests the whole run would send`;
    }
    for (const key of ['p50', 'p90', 'p95', 'p99', 'p999'] as ThresholdKey[]) {
      const threshold = scope.thresholds[key];
      if (!threshold) continue;
      const allowedShare = 1 - (key === 'p999' ? 99.9 : Number(key.slice(1))) / 100;
      const slow = input.countAboveMs(scope.endpoint, threshold.value);
      if (slow > allowedShare * projected) {
        return `${where}${METRIC_LABEL[key]} can no longer meet ${formatValue(key, threshold.value)}: ${slow.toLocaleString('en-US')} requests already took longer, more than ${+(allowedShare * 100).toFixed(1)}% of the ~${projected.toLocaleString('en-US')} the whole run would send`;
      }
    }
  }
  return null;
}
