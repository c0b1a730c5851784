// How `loadtest model` is asked to shape what it writes, read from text the same way for the
// CLI's flags and the action's inputs: each reader gives the value, or what was expected (the
// entry puts its own name for the setting in front: `--scale` or `model-scale`).

import { parseDuration } from '../config/units.js';

export type Read<T> = { ok: true; value: T } | { ok: false; expected: string };

/** readScale: a multiple of production's rate, `2x` or `0.5`. */
export function readScale(text: string): Read<number> {
  const scale = Number(/^\s*([\d.]+)\s*x?\s*$/i.exec(text)?.[1]);
  return scale > 0 && scale <= 1000 ? { ok: true, value: scale } : { ok: false, expected: `a multiple of production's rate like 2x or 0.5, got '${text}'` };
}

/** readRateAt: a percentile of the per-minute rates, `p95`. */
export function readRateAt(text: string): Read<number> {
  const rateAt = Number(/^p(\d{1,2}(?:\.\d+)?|100)$/i.exec(text.trim())?.[1]);
  return rateAt > 0 && rateAt <= 100 ? { ok: true, value: rateAt } : { ok: false, expected: `a percentile of the per-minute rates like p95, got '${text}'` };
}

/** readThreshold: points of share a route may move before it counts as drift, `5`. */
export function readThreshold(text: string): Read<number> {
  const threshold = Number(/^\s*([\d.]+)\s*(?:points?|pts?|%)?\s*$/i.exec(text)?.[1]);
  return threshold > 0 && threshold < 100 ? { ok: true, value: threshold } : { ok: false, expected: `percentage points of share like 5, got '${text}'` };
}

/** readSince: how far back a Prometheus query looks, 10 s to 31 days, `1h`. */
export function readSince(text: string): Read<number> {
  const since = parseDuration(text, 's', '1h');
  return since.ok && since.value >= 10_000 && since.value <= 31 * 24 * 3_600_000 ? { ok: true, value: since.value } : { ok: false, expected: `how far back to look, from 10s to 31 days, like 1h or 168h, got '${text}'` };
}

/** readThreads: how many parts of a log to read at once, 1 to 64. */
export function readThreads(text: string): Read<number> {
  const threads = Number(text);
  return Number.isInteger(threads) && threads >= 1 && threads <= 64 && text.trim() !== '' ? { ok: true, value: threads } : { ok: false, expected: `how many parts of a log to read at once, 1 to 64, got '${text}'` };
}
