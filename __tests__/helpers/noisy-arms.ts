// Simulated canary arms with the noise real runs have: latencies lognormal (median 20 ms) with a 1%
// tail five times slower, and every second moved as a whole, by machine noise both arms share and
// by each arm's own (its GC, its scheduler), both autocorrelated from second to second (AR(1) in
// log-latency). Requests within a second are independent; seconds are not.

import type { Random } from '../../src/engine/random.js';
import { encodeHistogram, newHistogram, toMicros } from '../../src/metrics/histogram.js';
import type { Block } from '../../src/slo/compare/blocks.js';
import type { Sample } from '../../src/slo/compare/judge.js';

export interface Noise {
  /** shared: SD of the log-factor all arms share in a second; own: each arm's own. */
  shared: number;
  own: number;
  /** rho: the factors' correlation from one second to the next. */
  rho: number;
}

export const REALISTIC_NOISE: Noise = { shared: 0.1, own: 0.04, rho: 0.5 };

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** ar1 is an AR(1) series of `length` with stationary SD `sd` and lag-1 correlation `rho`. */
function ar1(random: Random, length: number, sd: number, rho: number): number[] {
  const out: number[] = [];
  let x = gaussian(random) * sd;
  for (let i = 0; i < length; i++) {
    out.push(x);
    x = rho * x + Math.sqrt(1 - rho * rho) * sd * gaussian(random);
  }
  return out;
}

/** noisyArms: `arms` arms of `seconds` seconds at `perSecond` requests, each arm's latencies times its `slowdown`. */
export function noisyArms(random: Random, options: { seconds: number; perSecond: number; noise: Noise; slowdowns: readonly number[]; errorRate?: number }): Sample[] {
  const { seconds, perSecond, noise } = options;
  const shared = ar1(random, seconds, noise.shared, noise.rho);
  return options.slowdowns.map((slowdown) => {
    const own = ar1(random, seconds, noise.own, noise.rho);
    const blocks: Block[] = [];
    const all = newHistogram();
    let errors = 0;
    for (let t = 0; t < seconds; t++) {
      const factor = slowdown * Math.exp(shared[t] + own[t]);
      const second = new Map<number, number>();
      let secondErrors = 0;
      for (let i = 0; i < perSecond; i++) {
        const tail = random() < 0.01 ? 5 : 1;
        const us = toMicros(20 * tail * factor * Math.exp(0.35 * gaussian(random)));
        all.recordValue(us);
        // The second's own values, to the microsecond: a run's per-second histogram, already decoded.
        second.set(us / 1000, (second.get(us / 1000) ?? 0) + 1);
        if (random() < (options.errorRate ?? 0.002)) secondErrors++;
      }
      errors += secondErrors;
      blocks.push({ t, requests: perSecond, errors: secondErrors, bins: [...second] });
    }
    const ms = (q: number) => all.getValueAtPercentile(q) / 1000;
    const requests = seconds * perSecond;
    return { requests, errors, errorRatePercent: (errors / requests) * 100, latencyMs: { min: all.minNonZeroValue / 1000, mean: all.mean / 1000, p50: ms(50), p90: ms(90), p95: ms(95), p99: ms(99), p999: ms(99.9), max: all.maxValue / 1000 }, histograms: { latency: encodeHistogram(all) }, blocks };
  });
}
