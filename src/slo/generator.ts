// Could the generator deliver and measure the load it was asked for? Two kinds of trouble:
// a shortfall (less load than planned: dropped arrivals, too low a rate) makes a pass meaningless;
// a distortion (a late event loop) inflates latencies measured from the intended start.

import { GENERATOR_LIMITS } from '../defaults.js';

export interface GeneratorFindings {
  shortfall: string[];
  distortion: string[];
}

export interface GeneratorFacts {
  model: 'closed' | 'open';
  /** open model: arrivals the profile planned up to when the load stopped. */
  plannedArrivals: number;
  scheduled: number;
  dropped: number;
  maxInFlight: number;
  /** p99 event-loop lag of each second of the run, ms. */
  lagSeries: readonly number[];
  lagP99Ms: number;
  /** the generator's CPU share of each second (100 = one core) */
  cpuSeries?: readonly number[];
}

export function generatorFindings(facts: GeneratorFacts): GeneratorFindings {
  const findings: GeneratorFindings = { shortfall: [], distortion: [] };
  if (facts.model === 'open' && facts.scheduled > 0) {
    const droppedPercent = (facts.dropped / facts.scheduled) * 100;
    if (droppedPercent > GENERATOR_LIMITS.maxDroppedPercent) {
      findings.shortfall.push(
        `${round(droppedPercent)}% of arrivals (${facts.dropped.toLocaleString('en-US')} of ${facts.scheduled.toLocaleString('en-US')}) were dropped because ${facts.maxInFlight.toLocaleString('en-US')} requests were already in flight: raise max_in_flight or lower the rate`,
      );
    }
    const sent = facts.scheduled - facts.dropped;
    if (facts.plannedArrivals > 0 && sent < facts.plannedArrivals * GENERATOR_LIMITS.minAchievedRateShare && droppedPercent <= GENERATOR_LIMITS.maxDroppedPercent) {
      findings.shortfall.push(`the generator sent ${sent.toLocaleString('en-US')} of ${Math.round(facts.plannedArrivals).toLocaleString('en-US')} planned requests (${round((sent / facts.plannedArrivals) * 100)}%): it could not keep up with the rate`);
    }
  }
  const lagging = facts.lagSeries.filter((lag) => lag > GENERATOR_LIMITS.maxEventLoopLagMs).length;
  if (lagging > 0 && lagging >= Math.max(1, facts.lagSeries.length * 0.1)) {
    findings.distortion.push(
      `the load generator's event loop lagged over ${GENERATOR_LIMITS.maxEventLoopLagMs}ms in ${lagging} of ${facts.lagSeries.length} seconds (p99 ${round(facts.lagP99Ms)}ms), which inflates measured latencies: give the generator more CPU or lower the load`,
    );
  }
  const cpu = facts.cpuSeries ?? [];
  const saturated = cpu.filter((share) => share >= GENERATOR_LIMITS.saturatedCpuPercent).length;
  if (saturated > 0 && saturated >= Math.max(2, cpu.length * GENERATOR_LIMITS.meaningfulShare)) {
    findings.distortion.push(
      `the load generator's CPU was saturated (≥${GENERATOR_LIMITS.saturatedCpuPercent}% of a core) in ${saturated} of ${cpu.length} seconds, so responses waited to be read and latencies read high: give the generator more CPU, spread the load over shards, or lower it`,
    );
  }
  return findings;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
