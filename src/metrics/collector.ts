// The collector counts what happened: per endpoint, HDR histograms of latency (from the intended
// start) and service time (from the actual start), status and error counts, and a per-second
// series. Requests whose intended start falls in the warm-up are counted apart and never judged.
// Memory is fixed per endpoint and per second, whatever the request count.

import type { ErrorCode, Outcome } from '../client/outcome.js';
import { EMPTY_SUMMARY, type Histogram, binsOfHistogram, countAboveMs, summaryOfBins, encodeHistogram, mergeHistograms, newHistogram, percentileMs, summarize, toMicros } from './histogram.js';
import { type KeptOutcome, TraceKeeper } from './traces.js';
import type { CheckCount, EndpointMetrics, FailureReasons, LatencyBins, LookMetrics, LookSnapshot, MetricsSnapshot, SecondSample } from './snapshot.js';

class EndpointCounters {
  requests = 0;
  errors = 0;
  bytes = 0;
  readonly statusCodes = new Map<number, number>();
  readonly errorCodes = new Map<ErrorCode, number>();
  /** protocolReasons: what the 'protocol' errors' responses broke, by the parser's stable reason. */
  readonly protocolReasons = new Map<string, number>();
  /** failureReasons: for check_failed and capture_failed, which check failed or what a capture missed. */
  readonly failureReasons = new Map<string, number>();
  readonly latency = newHistogram();
  readonly service = newHistogram();
  /** checkPassed, checkFailed: per check of the endpoint (withChecks), measured responses only. */
  checkPassed: number[] = [];
  checkFailed: number[] = [];
}

interface OpenSecond {
  requests: number;
  errors: number;
  arrivals: number;
  dropped: number;
  bytes: number;
}

export interface Gauges {
  /** users: virtual users running (closed model); 0 in the open model. */
  users: number;
  inFlight: number;
}

export class Collector {
  private readonly endpoints: EndpointCounters[];
  private warmupRequests = 0;
  private warmupErrors = 0;
  private scheduled = 0;
  private dropped = 0;
  private readonly series: SecondSample[] = [];
  /** secondBins: each closed second's latencies, decoded, for looks (kept only when asked: keepSecondBins). */
  private readonly secondBins: LatencyBins[] = [];
  private keepSecondBins = false;
  private checkNames: ReadonlyArray<readonly string[]> = [];
  /** traces: which traced requests keep their IDs (withTraces); null when the run is not traced. */
  private traces: TraceKeeper | null = null;
  private readonly secondLatency = newHistogram();
  private second = 0;
  private current: OpenSecond = { requests: 0, errors: 0, arrivals: 0, dropped: 0, bytes: 0 };
  private gauges: Gauges = { users: 0, inFlight: 0 };
  /** lateness: how long after its intended start each measured request was handed to its connection (the generator's own pacing). */
  private readonly lateness = newHistogram();

  /**
   * keepSecondHistograms also keeps each second's latency histogram and bytes (a few hundred bytes
   * to a few KB a second): comparisons take their intervals over batches of seconds, shards need
   * them for an exact merge, the Locust history for its running percentiles.
   */
  constructor(
    private readonly endpointNames: readonly string[],
    private readonly warmupEndMs: number,
    private readonly keepSecondHistograms = false,
  ) {
    this.endpoints = endpointNames.map(() => new EndpointCounters());
  }

  /** record counts one finished request. Called once per request: keep it lean. */
  record(outcome: Outcome): void {
    this.advanceTo(outcome.endMs);
    const latencyUs = toMicros(outcome.endMs - outcome.intendedMs);
    const failed = outcome.error !== null;
    this.current.requests++;
    this.current.bytes += outcome.bytes;
    if (failed) this.current.errors++;
    this.secondLatency.recordValue(latencyUs);
    if (outcome.intendedMs < this.warmupEndMs && outcome.measured !== true) {
      this.warmupRequests++;
      if (failed) this.warmupErrors++;
      return;
    }
    const counters = this.endpoints[outcome.endpoint];
    counters.requests++;
    counters.bytes += outcome.bytes;
    counters.latency.recordValue(latencyUs);
    counters.service.recordValue(toMicros(outcome.endMs - outcome.startMs));
    this.lateness.recordValue(toMicros(Math.max(0, outcome.startMs - outcome.intendedMs)));
    if (outcome.status !== 0) counters.statusCodes.set(outcome.status, (counters.statusCodes.get(outcome.status) ?? 0) + 1);
    if (failed) {
      counters.errors++;
      counters.errorCodes.set(outcome.error!, (counters.errorCodes.get(outcome.error!) ?? 0) + 1);
      if (outcome.reason !== undefined) {
        const reasons = outcome.error === 'protocol' ? counters.protocolReasons : counters.failureReasons;
        const key = outcome.error === 'protocol' ? outcome.reason : `${outcome.error}\u0000${outcome.reason}`;
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
      }
    }
    if (outcome.trace !== undefined && this.traces) this.traces.note(outcome as KeptOutcome);
  }

  /** withTraces: keep the trace IDs of each endpoint's `slowest` measured requests, and of up to `failedCap` failed ones. */
  withTraces(slowest: number, failedCap: number): this {
    this.traces = new TraceKeeper(this.endpointNames, slowest, failedCap);
    return this;
  }

  /** recordCheck counts one check's outcome on one response (a flow step's); warm-up responses are not judged, so not counted. */
  recordCheck(endpoint: number, check: number, passed: boolean, intendedMs: number): void {
    if (intendedMs < this.warmupEndMs) return;
    const counters = this.endpoints[endpoint];
    if (passed) counters.checkPassed[check]++;
    else counters.checkFailed[check]++;
  }

  /** withChecks: the names of each endpoint's checks, in the order recordCheck numbers them. */
  withChecks(names: ReadonlyArray<readonly string[]>): this {
    this.checkNames = names;
    this.endpoints.forEach((c, i) => {
      c.checkPassed = (names[i] ?? []).map(() => 0);
      c.checkFailed = (names[i] ?? []).map(() => 0);
    });
    return this;
  }

  /** noteArrival counts an open-model arrival, and whether it had to be dropped at the in-flight cap. */
  noteArrival(nowMs: number, dropped: boolean): void {
    this.advanceTo(nowMs);
    this.scheduled++;
    this.current.arrivals++;
    if (dropped) {
      this.dropped++;
      this.current.dropped++;
    }
  }

  setGauges(nowMs: number, gauges: Gauges): void {
    this.advanceTo(nowMs);
    this.gauges = gauges;
  }

  /** advanceTo closes every whole second before `nowMs` into the series. */
  advanceTo(nowMs: number): void {
    while (nowMs >= (this.second + 1) * 1000) this.closeSecond();
  }

  private closeSecond(): void {
    const c = this.current;
    this.series.push({
      t: this.second,
      requests: c.requests,
      errors: c.errors,
      p50: percentileMs(this.secondLatency, 50),
      p95: percentileMs(this.secondLatency, 95),
      p99: percentileMs(this.secondLatency, 99),
      users: this.gauges.users,
      arrivals: c.arrivals,
      dropped: c.dropped,
      inFlight: this.gauges.inFlight,
      warmup: this.second * 1000 < this.warmupEndMs,
      ...(this.keepSecondHistograms ? { histogram: encodeHistogram(this.secondLatency), bytes: c.bytes } : {}),
    });
    if (this.keepSecondBins) this.secondBins.push(binsOfHistogram(this.secondLatency));
    this.secondLatency.reset();
    this.current = { requests: 0, errors: 0, arrivals: 0, dropped: 0, bytes: 0 };
    this.second++;
  }

  /** lastSecond is the most recent closed second, for live progress. */
  lastSecond(): SecondSample | undefined {
    return this.series[this.series.length - 1];
  }

  /** measured totals so far (after warm-up), for live progress and early abort. */
  measuredTotals(): { requests: number; errors: number } {
    let requests = 0;
    let errors = 0;
    for (const e of this.endpoints) {
      requests += e.requests;
      errors += e.errors;
    }
    return { requests, errors };
  }

  /** endpointTotals are one endpoint's measured counts so far. */
  endpointTotals(index: number): { requests: number; errors: number } {
    return { requests: this.endpoints[index].requests, errors: this.endpoints[index].errors };
  }

  /** countAboveMs counts measured latencies above `ms`, for one endpoint or (index null) all of them. */
  countAboveMs(index: number | null, ms: number): number {
    const histogram = index === null ? mergeHistograms(this.endpoints.map((e) => e.latency)) : this.endpoints[index].latency;
    return countAboveMs(histogram, ms);
  }

  /**
   * snapshot turns the counters into plain data for a measured window of `measuredMs`, closing the
   * partial last second at `endMs` so the series covers the whole run.
   */
  /** latenessShares: for each b of `gridMs`, the share of measured requests sent more than b ms after their intended start. */
  latenessShares(gridMs: readonly number[]): Array<[number, number]> {
    const total = this.lateness.totalCount;
    return gridMs.map((b) => [b, total > 0 ? countAboveMs(this.lateness, b) / total : 0]);
  }

  /** forLooks: keep each second's latencies decoded from now on, for look() (a run that decides early). */
  forLooks(): this {
    this.keepSecondBins = true;
    return this;
  }

  /**
   * look: the run so far for a look (decide_early), read at a whole second already closed: the same
   * numbers as a snapshot, latencies as bins, nothing encoded and nothing closed early, so that a
   * look costs the generator little and changes nothing the final snapshot reads.
   */
  look(measuredMs: number, endpointLatencies: (index: number) => boolean): LookSnapshot {
    const seconds = measuredMs / 1000;
    // Each walk of a histogram's buckets costs a millisecond or more: one per latency read, none for
    // service times (no look judges them), none for an endpoint whose latencies no look judges.
    const lookAt = (name: string, c: Pick<EndpointCounters, 'requests' | 'errors' | 'bytes' | 'statusCodes' | 'errorCodes' | 'protocolReasons'>, latency: Histogram | null): LookMetrics => {
      const bins = latency ? binsOfHistogram(latency) : [];
      const counts = c.requests;
      return {
        name,
        requests: counts,
        errors: c.errors,
        errorRatePercent: counts === 0 ? 0 : (c.errors / counts) * 100,
        throughputRps: seconds > 0 ? counts / seconds : 0,
        bytes: c.bytes,
        latencyMs: summaryOfBins(bins),
        serviceTimeMs: { ...EMPTY_SUMMARY },
        statusCodes: {},
        errorCodes: {},
        bins,
      };
    };
    return {
      measuredSeconds: seconds,
      overall: this.withCheckCounts(null, lookAt('overall', this.totals(), mergeHistograms(this.endpoints.map((c) => c.latency)))),
      endpoints: this.endpoints.map((c, i) => this.withCheckCounts(i, lookAt(this.endpointNames[i], c, endpointLatencies(i) ? c.latency : null))),
      series: this.series.map(({ t, requests, errors, warmup }, i) => ({ t, requests, errors, warmup, bins: this.secondBins[i] ?? [] })),
    };
  }

  /** checkCounts: an endpoint's checks with their outcomes, or (null) every endpoint's, each named after its endpoint. */
  private checkCounts(index: number | null): CheckCount[] {
    if (index !== null) return (this.checkNames[index] ?? []).map((name, k) => ({ name, passed: this.endpoints[index].checkPassed[k], failed: this.endpoints[index].checkFailed[k] }));
    return this.endpoints.flatMap((_, i) => this.checkCounts(i).map((c) => ({ ...c, name: `${this.endpointNames[i]} › ${c.name}` })));
  }

  /** withCheckCounts: `metrics` with its scope's check outcomes, when it has checks. */
  private withCheckCounts<M extends object>(index: number | null, metrics: M): M & { checks?: CheckCount[] } {
    const checks = this.checkCounts(index);
    return checks.length > 0 ? { ...metrics, checks } : metrics;
  }

  /** totals: every endpoint's counts added up. */
  private totals() {
    return {
      requests: sum(this.endpoints, (c) => c.requests),
      errors: sum(this.endpoints, (c) => c.errors),
      bytes: sum(this.endpoints, (c) => c.bytes),
      statusCodes: mergeCounts(this.endpoints.map((c) => c.statusCodes)),
      errorCodes: mergeCounts(this.endpoints.map((c) => c.errorCodes)),
      protocolReasons: mergeCounts(this.endpoints.map((c) => c.protocolReasons)),
      // The whole run's reasons name their step: the same check can be on several.
      failureReasons: mergeCounts(this.endpoints.map((c, i) => new Map([...c.failureReasons].map(([key, n]) => [key.replace('\u0000', `\u0000${this.endpointNames[i]} › `), n])))),
    };
  }

  snapshot(endMs: number, measuredMs: number): MetricsSnapshot {
    this.advanceTo(endMs);
    if (this.series.length * 1000 < endMs) this.closeSecond();
    const seconds = measuredMs / 1000;
    const endpoints = this.endpoints.map((c, i) => this.withCheckCounts(i, toMetrics(this.endpointNames[i], c.requests, c.errors, c.bytes, c.statusCodes, c.errorCodes, c.latency, c.service, seconds, c.protocolReasons, c.failureReasons)));
    const totals = this.totals();
    const overall = this.withCheckCounts(null, toMetrics('overall', totals.requests, totals.errors, totals.bytes, totals.statusCodes, totals.errorCodes, mergeHistograms(this.endpoints.map((c) => c.latency)), mergeHistograms(this.endpoints.map((c) => c.service)), seconds, totals.protocolReasons, totals.failureReasons));
    return {
      measuredSeconds: seconds,
      overall,
      endpoints,
      warmup: { requests: this.warmupRequests, errors: this.warmupErrors },
      arrivals: { scheduled: this.scheduled, dropped: this.dropped },
      series: [...this.series],
      ...(this.traces ? { traces: this.traces.sample() } : {}),
    };
  }
}

function toMetrics(...args: Parameters<typeof countsOf>): EndpointMetrics {
  const [, , , , , , latency, service] = args;
  return { ...countsOf(...args), histograms: { latency: encodeHistogram(latency), serviceTime: encodeHistogram(service) } };
}

/** countsOf: an endpoint's numbers without its encoded histograms (a look's; toMetrics adds them). */
function countsOf(
  name: string,
  requests: number,
  errors: number,
  bytes: number,
  statusCodes: Map<number, number>,
  errorCodes: Map<ErrorCode, number>,
  latency: Histogram,
  service: Histogram,
  seconds: number,
  protocolReasons: Map<string, number>,
  failureReasons: Map<string, number> = new Map(),
): Omit<EndpointMetrics, 'histograms'> {
  return {
    name,
    requests,
    errors,
    errorRatePercent: requests === 0 ? 0 : (errors / requests) * 100,
    throughputRps: seconds > 0 ? requests / seconds : 0,
    bytes,
    latencyMs: summarize(latency),
    serviceTimeMs: summarize(service),
    statusCodes: Object.fromEntries([...statusCodes].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v])),
    errorCodes: Object.fromEntries([...errorCodes].sort((a, b) => b[1] - a[1])),
    ...(protocolReasons.size > 0 ? { protocolReasons: Object.fromEntries([...protocolReasons].sort((a, b) => b[1] - a[1])) } : {}),
    ...(failureReasons.size > 0 ? { failureReasons: failureReasonsOf(failureReasons) } : {}),
  };
}

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  return items.reduce((total, item) => total + of(item), 0);
}

function mergeCounts<K>(maps: ReadonlyArray<Map<K, number>>): Map<K, number> {
  const merged = new Map<K, number>();
  for (const map of maps) for (const [key, count] of map) merged.set(key, (merged.get(key) ?? 0) + count);
  return merged;
}

/** failureReasonsOf: the counts keyed "code\0reason" as { check_failed: { reason: n }, capture_failed: { … } }, most frequent first. */
function failureReasonsOf(counts: Map<string, number>): FailureReasons {
  const out: FailureReasons = {};
  for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1])) {
    const [code, reason] = key.split('\u0000') as [keyof FailureReasons, string];
    (out[code] ??= {})[reason] = n;
  }
  return out;
}
