// The generator watching itself: event-loop delay, CPU and memory. A late event loop inflates every
// latency measured from the intended start, and a saturated generator under-delivers load; either
// must make a verdict inconclusive rather than blame the service.

import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';

export interface GeneratorHealth {
  /** event-loop delay over the run, milliseconds. */
  eventLoopLagMs: { p50: number; p99: number; max: number };
  /** lagSeries is the p99 event-loop delay of each second, milliseconds. */
  lagSeries: number[];
  /** cpuPercent is process CPU time over wall time (100 = one core busy). */
  cpuPercent: number;
  /** cpuSeries is that share for each second of the run. */
  cpuSeries: number[];
  /** rssSeries is the resident memory at the end of each second, MB. */
  rssSeries: number[];
  peakRssMb: number;
}

/** RESOLUTION_MS: the delay monitor's sampling timer; every sample includes it, so it is subtracted. */
const RESOLUTION_MS = 10;

export class HealthMonitor {
  private readonly overall: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private readonly perSecond: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private readonly lagSeries: number[] = [];
  private readonly cpuSeries: number[] = [];
  private readonly rssSeries: number[] = [];
  private readonly cpuAtStart = process.cpuUsage();
  private readonly wallAtStart = performance.now();
  private cpuAtSecond = process.cpuUsage();
  private wallAtSecond = performance.now();
  private peakRss = process.memoryUsage.rss();

  constructor() {
    this.overall.enable();
    this.perSecond.enable();
  }

  /** sampleSecond closes one second of event-loop delay and samples memory. */
  sampleSecond(): void {
    this.lagSeries.push(nsToMs(this.perSecond.count > 0 ? this.perSecond.percentile(99) : 0));
    this.perSecond.reset();
    const cpu = process.cpuUsage(this.cpuAtSecond);
    const wall = performance.now() - this.wallAtSecond;
    this.cpuSeries.push(wall > 0 ? Math.round(((cpu.user + cpu.system) / 1000 / wall) * 1000) / 10 : 0);
    this.cpuAtSecond = process.cpuUsage();
    this.wallAtSecond = performance.now();
    const rss = process.memoryUsage.rss();
    this.rssSeries.push(Math.round(rss / 104857.6) / 10);
    this.peakRss = Math.max(this.peakRss, rss);
  }

  stop(): GeneratorHealth {
    this.overall.disable();
    this.perSecond.disable();
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
