// A run that decides early (decide_early) looks at its data at the plan's fixed moments (pacing/
// looks.ts): its threshold checks with their intervals, a canary's comparison with production, and
// its baseline comparison, each at the look's share of the error rate (slo/sequential.ts). The
// first look where all of them are decided ends the load; the final verdict is still the judge's,
// on everything measured (every endpoint's comparison too), with the same confidence. A look reads
// the collectors as they stand, decoded and never encoded (Collector.look), and closes nothing:
// it must cost the generator it watches little, and change nothing the final snapshot reads.

import type { ProtocolUsed } from '../client/protocol.js';
import { LATENCY_KEYS, type Plan } from '../config/plan.js';
import type { EngineStop } from '../engine/engine.js';
import type { Collector } from '../metrics/collector.js';
import type { LookSnapshot } from '../metrics/snapshot.js';
import type { SequentialReport } from '../report/model.js';
import { redactPath } from '../redact.js';
import { CHECK_CONFIDENCE } from '../slo/check-intervals.js';
import { lookConfidence, lookOutcome } from '../slo/sequential.js';
import { canaryComparison, thresholdChecks } from './measure.js';
import { type BaselineLookup, compareWithBaseline } from './regression.js';

export interface Looks {
  /** at: called every second; a stop when this second is a look and everything is decided. */
  at: (elapsedMs: number) => EngineStop | null;
  /** report: what the looks found, for the run's report. */
  report: () => SequentialReport;
}

/** confidences: what each part of the verdict is judged at, every look and the final one alike. */
export function confidences(plan: Pick<Plan, 'sequential' | 'canary' | 'baseline'>): SequentialReport['confidence'] {
  const looks = plan.sequential?.looksMs.length ?? 1;
  return {
    checks: lookConfidence(CHECK_CONFIDENCE, looks),
    canary: plan.canary ? lookConfidence(plan.canary.confidence, looks) : null,
    baseline: plan.baseline ? lookConfidence(plan.baseline.confidence, looks) : null,
  };
}

/**
 * sequentialLooks: the plan's looks over the collectors; `protocol`: what the (canary's) load goes
 * over, which decides whether the baseline can be compared at all; `defer` runs a look's next part
 * after pending I/O (setImmediate).
 */
export function sequentialLooks(plan: Plan, collectors: readonly Collector[], baseline: BaselineLookup | null, protocol: ProtocolUsed | null = null, defer: (next: () => void) => void = setImmediate): Looks {
  const sequential = plan.sequential!;
  const confidence = confidences(plan);
  // The last look is the maximum: the run ends there anyway and the judge decides on all of it.
  const pending = sequential.looksMs.slice(0, -1);
  let taken = 0;
  let decidedAtMs: number | null = null;
  let open: string[] = [];
  // Only an endpoint's own latency thresholds need its latencies at a look (its comparison is the final judgement's).
  const judgedLatency = (i: number) => LATENCY_KEYS.some((key) => plan.endpoints[i].thresholds[key] !== undefined);

  // A look's parts run one macrotask each (`defer`), so the connections are read between them: one
  // look all at once would hold the event loop long enough to delay the responses it is measuring.
  let inLook = false;
  let decidedLookMs: number | null = null;
  const look = (elapsedMs: number): void => {
    inLook = true;
    // The seconds the collectors have closed; nothing encoded (Collector.look), read at once.
    const measuredMs = Math.max(0, Math.floor(elapsedMs / 1000) * 1000 - plan.load.warmupMs);
    const [snapshot, production] = collectors.map((c) => c.look(measuredMs, judgedLatency));
    const comparisons: Array<{ what: string; verdict: 'pass' | 'fail' | 'inconclusive'; open: readonly string[] }> = [];
    const parts: Array<() => void> = [];
    let thresholds: Array<{ what: string; settled: boolean }> = [];
    parts.push(() => {
      thresholds = thresholdChecks(plan, snapshot, confidence.checks).map((c) => ({ what: c.endpoint === null ? c.metric : `${c.endpoint} ${c.metric}`, settled: !c.noData && !c.closeCall && (c.interval !== undefined || c.passed), failed: !c.passed }));
    });
    if (production && plan.canary) {
      parts.push(() => {
        const canary = canaryComparison(plan, snapshot, production, confidence.canary!, true);
        comparisons.push({ what: 'vs production', verdict: canary.verdict, open: canary.reasons });
      });
    }
    if (baseline?.found && plan.baseline) {
      parts.push(() => {
        const regression = compareWithBaseline(comparedOf(plan, snapshot, protocol), baseline, { ...plan.baseline!, confidence: confidence.baseline! }, plan.endpoints, plan.vocabulary);
        // A baseline that cannot be compared is not decided by more data: it holds no look open.
        if (regression.status === 'compared' && regression.verdict) comparisons.push({ what: 'vs baseline', verdict: regression.verdict, open: regression.reasons });
      });
    }
    const next = () => {
      const part = parts.shift();
      if (part) {
        part();
        defer(next);
        return;
      }
      const outcome = lookOutcome({ thresholds, enoughRequests: snapshot.overall.requests >= plan.load.minRequests, comparisons });
      open = outcome.open;
      if (outcome.decided) decidedLookMs = elapsedMs;
      inLook = false;
    };
    defer(next);
  };

  return {
    at: (elapsedMs) => {
      // A look that found everything decided ends the load at the next second: what came since only adds data.
      if (decidedLookMs !== null) {
        decidedAtMs ??= elapsedMs;
        return { kind: 'decided' };
      }
      if (inLook || pending.length === 0 || elapsedMs < pending[0]) return null;
      // A stalled loop may have skipped past several looks: this is one look, and the others are spent unused.
      while (pending.length > 0 && elapsedMs >= pending[0]) pending.shift();
      taken++;
      look(elapsedMs);
      return null;
    },
    report: () => ({
      looksSeconds: sequential.looksMs.map((ms) => ms / 1000),
      minSeconds: sequential.minMs / 1000,
      why: sequential.why,
      confidence,
      looksTaken: taken + (decidedAtMs === null ? 1 : 0),
      decidedAtSeconds: decidedAtMs === null ? null : Math.round(decidedAtMs / 100) / 10,
      openAtLastLook: decidedAtMs === null ? open : [],
    }),
  };
}

/** comparedOf: a look's snapshot as the baseline comparison reads a run (the generator's delay is the final judge's to weigh). */
function comparedOf(plan: Plan, snapshot: LookSnapshot, protocol: ProtocolUsed | null): Parameters<typeof compareWithBaseline>[0] {
  return {
    protocol,
    overall: snapshot.overall,
    endpoints: snapshot.endpoints.map((e, i) => ({ ...e, method: plan.endpoints[i].method, path: redactPath(plan.endpoints[i].path) })),
    timeseries: snapshot.series,
    plan: { seed: plan.load.seed },
    generator: { delayShares: [], eventLoopLagMs: { p50: 0, p99: 0, max: 0 } },
  };
}
