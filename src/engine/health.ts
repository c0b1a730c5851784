// The generator watching itself: event-loop delay, CPU and memory. A late event loop inflates every
// latency measured from the intended start, and a saturated generator under-delivers load; either
// must make a verdict inconclusive rather than blame the service.

import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import { type DelayShares, delayShares } from './delay-bound.js';

export interface GeneratorHealth {
  /** event-loop delay over the run, milliseconds. */
  eventLoopLagMs: { p50: number; p99: number; max: number };
  /**
   * lagSeries is the longest event-loop stall of each second of the run (the last, partial one
   * included), milliseconds. The longest, not a percentile: the monitor samples about a hundred
   * times a second, so its p99 is the second-largest sample and one 150 ms stall a second reads as
   * a few milliseconds, while every response that arrived during it waited.
   */
  lagSeries: number[];
  /** delayShares: [b, s(b)], the share of judged responses (after the warm-up, the drain included) its event loop delayed by more than b ms. */
  delayShares: DelayShares;
  /** cpuPercent is process CPU time over wall time (100 = one core busy). */
  cpuPercent: number;
  /** cpuSeries is that share for each second of the run. */
  cpuSeries: number[];
  /** rssSeries is the resident memory at the end of each second, MB. */
  rssSeries: number[];
  peakRssMb: number;
}

/**
 * GeneratorProbe is how the engine watches its own process, once a second and at the end. A run
 * on a virtual clock (the engine's tests) has no real process to watch and passes a quiet one.
 */
export interface GeneratorProbe {
  sampleSecond(): void;
  stop(): GeneratorHealth;
}

/** RESOLUTION_MS: the delay monitor's sampling timer; every sample includes it, so it is subtracted. */
const RESOLUTION_MS = 10;
/** MIN_LAST_SECOND_MS: a last, partial second shorter than this gives its stalls but not a CPU share. */
const MIN_LAST_SECOND_MS = 500;

export class HealthMonitor implements GeneratorProbe {
  private readonly overall: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private readonly perSecond: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  /** judged: event-loop delay from about the end of the warm-up on (a second early, to be safe). */
  private readonly judged: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private judgedStarted: boolean;
  private secondsSampled = 0;
  private readonly lagSeries: number[] = [];
  private readonly cpuSeries: number[] = [];
  private readonly rssSeries: number[] = [];
  private readonly cpuAtStart = process.cpuUsage();
  private readonly wallAtStart = performance.now();
  private cpuAtSecond = process.cpuUsage();
  private wallAtSecond = performance.now();
  private peakRss = process.memoryUsage.rss();

  /** judgedFromMs: when, after the monitor starts, judged requests begin (the warm-up's end). */
  constructor(private readonly judgedFromMs = 0) {
    this.overall.enable();
    this.perSecond.enable();
    this.judged.enable();
    // With a warm-up under a second, the first judged requests fall in the first second: count from the start.
    this.judgedStarted = judgedFromMs <= 1000;
  }

  /** sampleSecond closes one second of event-loop delay and samples memory. */
  sampleSecond(): void {
    this.closeSecond();
    // The second that starts now may hold judged requests: start counting their delay with it.
    // Seconds are counted, not read off the clock, so a late sample after a stall cannot reset it away.
    this.secondsSampled++;
    if (!this.judgedStarted && (this.secondsSampled + 1) * 1000 > this.judgedFromMs) {
      this.judged.reset();
      this.judgedStarted = true;
    }
  }

  /**
   * closeSecond records the second now ending: its longest stall, its CPU share, memory at its
   * end. A short last second's CPU share is left out: over a few milliseconds it is noise that
   * could tip the saturation count; its stalls are as real as any.
   */
  private closeSecond(last = false): void {
    this.lagSeries.push(nsToMs(this.perSecond.count > 0 ? this.perSecond.max : 0));
    this.perSecond.reset();
    const wall = performance.now() - this.wallAtSecond;
    if (last && wall < MIN_LAST_SECOND_MS) return;
    const cpu = process.cpuUsage(this.cpuAtSecond);
    this.cpuSeries.push(wall > 0 ? Math.round(((cpu.user + cpu.system) / 1000 / wall) * 1000) / 10 : 0);
    this.cpuAtSecond = process.cpuUsage();
    this.wallAtSecond = performance.now();
    const rss = process.memoryUsage.rss();
    this.rssSeries.push(Math.round(rss / 104857.6) / 10);
    this.peakRss = Math.max(this.peakRss, rss);
  }

  stop(): GeneratorHealth {
    // The last second, however short, is a second of the run too: a stall in it is as real.
    if (performance.now() - this.wallAtSecond >= RESOLUTION_MS) this.closeSecond(true);
    this.overall.disable();
    this.perSecond.disable();
    this.judged.disable();
    const cpu = process.cpuUsage(this.cpuAtStart);
    const wallMs = performance.now() - this.wallAtStart;
    const has = this.overall.count > 0;
    return {
      eventLoopLagMs: {
        p50: has ? nsToMs(this.overall.percentile(50)) : 0,
        p99: has ? nsToMs(this.overall.percentile(99)) : 0,
        max: has ? nsToMs(this.overall.max) : 0,
      },
      lagSeries: this.lagSeries,
      delayShares: delayShares((p) => this.judged.percentile(p), this.judged.count, RESOLUTION_MS),
      cpuSeries: this.cpuSeries,
      rssSeries: this.rssSeries,
      cpuPercent: wallMs > 0 ? Math.round(((cpu.user + cpu.system) / 1000 / wallMs) * 1000) / 10 : 0,
      peakRssMb: Math.round(Math.max(this.peakRss, process.memoryUsage.rss()) / 1048576),
    };
  }
}

/** nsToMs turns a delay sample into the lag beyond the sampling interval, in milliseconds. */
function nsToMs(ns: number): number {
  return Math.max(0, Math.round(ns / 1000 - RESOLUTION_MS * 1000) / 1000);
}
