// Could the generator deliver and measure the load it was asked for? Two kinds of trouble:
// - a shortfall (less load than planned: dropped arrivals, too low a rate) makes a pass meaningless;
// - a delay (a late event loop) adds to latencies measured from the intended start.
// A busy generator is not, by itself, a distorted measurement: the delay it adds is measured and
// bounded here, and the verdict holds a latency breach only when that bound could explain it
// (slo/verdict.ts). A saturated CPU can still hold a throughput minimum, which it does lower.

import { type LatencyKey, LATENCY_KEYS } from '../config/plan.js';
import { optionName, type Vocabulary } from '../config/vocabulary.js';
import { GENERATOR_LIMITS } from '../defaults.js';
import type { DelayShares } from './distortion.js';

export interface GeneratorFindings {
  shortfall: string[];
  /**
   * addedDelayMs bounds what the generator itself added to judged latencies (engine/delay-bound.ts),
   * per percentile: the q-th percentile of latency moved by at most the q-th percentile of it.
   */
  addedDelayMs: AddedDelay;
  /** delayShares: [b, s(b)], the share of judged responses it delayed by more than b ms; empty when unknown (an older report). */
  delayShares: DelayShares;
  /** saturated: the sentence saying the generator's CPU was saturated for a meaningful share of the run, else null. */
  saturated: string | null;
  /** notes: facts about the generator's health that do not, by themselves, hold the verdict. */
  notes: string[];
}

export type AddedDelay = Record<LatencyKey, number>;

/** uniformDelay: the same bound at every percentile (a report written before per-percentile bounds: its longest stall). */
export function uniformDelay(ms: number): AddedDelay {
  return { p50: ms, p90: ms, p95: ms, p99: ms, p999: ms };
}

export interface GeneratorFacts {
  model: 'closed' | 'open';
  /** open model: arrivals the profile planned up to when the load stopped. */
  plannedArrivals: number;
  scheduled: number;
  dropped: number;
  maxInFlight: number;
  /** flows: an arrival is a flow iteration (think times included), so max_in_flight caps iterations, not requests. */
  flows?: boolean;
  /** the longest event-loop stall of each second of the run, ms. */
  lagSeries: readonly number[];
  addedDelayMs: AddedDelay;
  delayShares?: DelayShares;
  /** the generator's CPU share of each second (100 = one core) */
  cpuSeries?: readonly number[];
}

/** generatorFindings: what the facts say of the generator; `vocabulary` names the option a shortfall's way out sets (config/vocabulary.ts). */
export function generatorFindings(facts: GeneratorFacts, vocabulary: Vocabulary): GeneratorFindings {
  return { shortfall: shortfalls(facts, vocabulary), addedDelayMs: facts.addedDelayMs, delayShares: facts.delayShares ?? [], saturated: saturation(facts), notes: lagNotes(facts) };
}

/** delayFor: the bound that applies to a latency figure: a higher percentile is moved by rarer stalls. */
export function delayFor(added: AddedDelay, metric: string): number {
  return (LATENCY_KEYS as readonly string[]).includes(metric) ? added[metric as LatencyKey] : added.p99;
}

function shortfalls(facts: GeneratorFacts, vocabulary: Vocabulary): string[] {
  const found: string[] = [];
  if (facts.model !== 'open' || facts.scheduled === 0) return found;
  const droppedPercent = (facts.dropped / facts.scheduled) * 100;
  if (droppedPercent > GENERATOR_LIMITS.maxDroppedPercent) {
    found.push(
      `${round(droppedPercent)}% of arrivals (${facts.dropped.toLocaleString('en-US')} of ${facts.scheduled.toLocaleString('en-US')}) were dropped because ${facts.maxInFlight.toLocaleString('en-US')} ${facts.flows ? 'flow iterations (think times included) were already running' : 'requests were already in flight'}: raise ${optionName(vocabulary, 'load_test.max_in_flight')} or lower the rate`,
    );
  }
  const sent = facts.scheduled - facts.dropped;
  if (facts.plannedArrivals > 0 && sent < facts.plannedArrivals * GENERATOR_LIMITS.minAchievedRateShare && droppedPercent <= GENERATOR_LIMITS.maxDroppedPercent) {
    found.push(`the generator sent ${sent.toLocaleString('en-US')} of ${Math.round(facts.plannedArrivals).toLocaleString('en-US')} planned requests (${round((sent / facts.plannedArrivals) * 100)}%): it could not keep up with the rate`);
  }
  return found;
}

function saturation(facts: GeneratorFacts): string | null {
  const cpu = facts.cpuSeries ?? [];
  const saturated = cpu.filter((share) => share >= GENERATOR_LIMITS.saturatedCpuPercent).length;
  if (saturated === 0 || saturated < Math.max(2, cpu.length * GENERATOR_LIMITS.meaningfulShare)) return null;
  return `the load generator's CPU was saturated (≥${GENERATOR_LIMITS.saturatedCpuPercent}% of a core) in ${saturated} of ${cpu.length} seconds, so it may have sent less than the service could take`;
}

function lagNotes(facts: GeneratorFacts): string[] {
  const lagging = facts.lagSeries.filter((lag) => lag > GENERATOR_LIMITS.maxEventLoopLagMs);
  if (lagging.length === 0) return [];
  return [
    `the load generator's event loop lagged over ${GENERATOR_LIMITS.maxEventLoopLagMs}ms in ${lagging.length} of ${facts.lagSeries.length} seconds (longest stall ${round(Math.max(...lagging))}ms): give the generator more CPU or lower the load`,
  ];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
