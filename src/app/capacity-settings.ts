// The capacity search's settings, read from text the same way for the CLI's flags and the
// action's inputs (each names them its own way): the bounds, the budget, the protections, and the
// headroom gate's production peak (a number, or what `loadtest model` found) and headroom.

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDuration } from '../config/units.js';
import { optionName, type Vocabulary } from '../config/vocabulary.js';
import type { CapacitySettings } from './capacity.js';

/** CAPACITY_CHOOSES: the settings a capacity search sets itself, step by step. */
export const CAPACITY_CHOOSES = ['load_test.rate', 'load_test.concurrency', 'load_test.duration', 'load_test.pattern', 'load_test.stages', 'load_test.ramp_up', 'load_test.shard', 'load_test.decide_early', 'load_test.min_duration', 'load_test.abort_on_fail'];
/** CAPACITY_DOES_NOT: the settings (by prefix) of what a capacity search does not do. */
export const CAPACITY_DOES_NOT = ['baseline.', 'regression', 'rollback.', 'canary.', 'rollout.', 'report.export', 'prometheus.', 'otlp.', 'slack.', 'resources.'];

/** CapacitySettingsError: a setting that cannot be read, named as the entry names it. */
export class CapacitySettingsError extends Error {}

/** RawCapacitySettings: the settings as given (null: not given). */
export interface RawCapacitySettings {
  from: string | null;
  to: string | null;
  maxDuration: string | null;
  stepDuration: string | null;
  cooldown: string | null;
  ceiling: string | null;
  productionPeak: string | null;
  minHeadroom: string | null;
  /** productionUrl: production, to search beside the target and compare with. */
  productionUrl: string | null;
  maxDrop: string | null;
}

/** readCapacitySettings: the settings read, or a CapacitySettingsError naming the setting in the entry's vocabulary (the CLI's flag, the action's input). */
export function readCapacitySettings(raw: RawCapacitySettings, vocabulary: Vocabulary): CapacitySettings {
  const nameOf = (setting: keyof RawCapacitySettings) => optionName(vocabulary, `capacity.${setting}`);
  const rate = (name: string, text: string | null, fallback: number) => {
    if (text === null) return fallback;
    const value = Number(/^\s*([\d.]+)\s*(?:req\/s(?:ec)?|rps)?\s*$/i.exec(text)?.[1]);
    if (!(value > 0)) throw new CapacitySettingsError(`${name}: expected a rate in requests per second like 100, got '${text}'`);
    return value;
  };
  const duration = (name: string, text: string | null, fallbackMs: number, minMs: number) => {
    if (text === null) return fallbackMs;
    const parsed = parseDuration(text, 's', '10m');
    if (!parsed.ok || parsed.value < minMs) throw new CapacitySettingsError(`${name}: expected a duration like 10m${minMs > 0 ? ` (at least ${minMs / 1000}s)` : ''}, got '${text}'`);
    return parsed.value;
  };
  const fromRate = rate(nameOf('from'), raw.from, 10);
  const toRate = rate(nameOf('to'), raw.to, 10_000);
  if (fromRate > toRate) throw new CapacitySettingsError(`${nameOf('from')} ${fromRate} is above ${nameOf('to')} ${toRate}`);
  const ceiling = duration(nameOf('ceiling'), raw.ceiling, 5000, 1);
  let minHeadroom: number | null = null;
  if (raw.minHeadroom !== null) {
    const headroom = Number(/^\s*([\d.]+)\s*x?\s*$/i.exec(raw.minHeadroom)?.[1]);
    if (!(headroom >= 1 && headroom <= 1000)) throw new CapacitySettingsError(`${nameOf('minHeadroom')}: expected a multiple of production's peak of at least 1, like 1.5x, got '${raw.minHeadroom}'`);
    minHeadroom = headroom;
  }
  const productionPeak = raw.productionPeak === null ? null : peakOf(raw.productionPeak, nameOf('productionPeak'));
  if ((productionPeak === null) !== (minHeadroom === null)) throw new CapacitySettingsError(`the headroom gate needs both ${nameOf('productionPeak')} and ${nameOf('minHeadroom')}`);
  if (raw.productionUrl !== null && productionPeak !== null) throw new CapacitySettingsError(`give one gate: ${nameOf('productionUrl')} (the canary against production, searched side by side) or ${nameOf('productionPeak')} with ${nameOf('minHeadroom')}`);
  if (raw.productionUrl !== null && !/^https?:\/\/[^/]/.test(raw.productionUrl)) throw new CapacitySettingsError(`${nameOf('productionUrl')}: expected production's base URL like https://prod.internal, got '${raw.productionUrl}'`);
  if (raw.maxDrop !== null && raw.productionUrl === null) throw new CapacitySettingsError(`${nameOf('maxDrop')} applies with ${nameOf('productionUrl')}`);
  const maxDrop = raw.maxDrop === null ? 10 : Number(/^\s*-?([\d.]+)\s*%?\s*$/.exec(raw.maxDrop)?.[1]);
  if (!(maxDrop >= 0 && maxDrop < 100)) throw new CapacitySettingsError(`${nameOf('maxDrop')}: expected how much less than production the canary may sustain, like 10%, got '${raw.maxDrop}'`);
  if (productionPeak !== null && minHeadroom !== null && productionPeak * minHeadroom > toRate) {
    throw new CapacitySettingsError(`${nameOf('to')} ${toRate} is under the ${Math.round(productionPeak * minHeadroom * 100) / 100} req/s the headroom gate needs shown (${minHeadroom}× production's peak ${productionPeak}): raise ${nameOf('to')}`);
  }
  return {
    fromRate,
    toRate,
    maxDurationMs: duration(nameOf('maxDuration'), raw.maxDuration, 10 * 60_000, 10_000),
    cooldownMs: duration(nameOf('cooldown'), raw.cooldown, 5000, 0),
    ceilingMs: ceiling,
    resolution: 0.05,
    growth: 2,
    minStepMs: duration(nameOf('stepDuration'), raw.stepDuration, 5000, 1000),
    productionPeak,
    minHeadroom,
    productionUrl: raw.productionUrl,
    maxDropPercent: maxDrop,
  };
}

/** peakOf: production's peak: a number, or what `loadtest model` found (its folder, or its model.json): the busiest minute's rate. */
function peakOf(text: string, name: string): number {
  const number = Number(/^\s*([\d.]+)\s*(?:req\/s(?:ec)?|rps)?\s*$/i.exec(text)?.[1]);
  if (number > 0) return number;
  let file = text;
  try {
    if (statSync(text).isDirectory()) file = join(text, 'model.json');
    const facts = JSON.parse(readFileSync(file, 'utf8')) as { peakMinutePerSecond?: unknown };
    if (typeof facts.peakMinutePerSecond === 'number' && facts.peakMinutePerSecond > 0) return facts.peakMinutePerSecond;
    throw new Error('it holds no peakMinutePerSecond');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CapacitySettingsError(`${name}: expected a rate like 1200 or a \`loadtest model\` folder (its model.json), got '${text}'${code === 'ENOENT' ? ' (no such file)' : error instanceof SyntaxError ? ' (not JSON)' : `: ${(error as Error).message}`}`);
  }
}
