// A capacity search's report: every step (offered and achieved rate, latency, errors, outcome and
// why), the highest rate sustained within the SLOs with the bracket around it, the step that broke
// and what broke it, the knee of the latency curve, and the headroom gate. Plain data, and its
// renderings for a terminal and for a job summary. Pure.

import type { VerdictName } from '../slo/verdict.js';
import { markdownTable, textTable } from './format.js';
import type { ArmProtocol, SCHEMA_VERSION } from './model.js';
import { describeProtocol } from '../client/protocol.js';

export interface CapacityStepReport {
  /** rate: offered, requests per second. */
  rate: number;
  why: 'probe' | 'bisect' | 'confirm';
  outcome: 'pass' | 'fail' | 'hard';
  achievedRps: number;
  requests: number;
  errorRatePercent: number;
  latencyMs: { p50: number; p95: number; p99: number };
  /** seconds: how long the step's load ran (warm-up included). */
  seconds: number;
  /** verdict: the step's own verdict against the SLOs. */
  verdict: VerdictName;
  /** reasons: why it did not pass (empty for a pass). */
  reasons: string[];
  /** cancelled: cut short by the user (Ctrl-C, a cancelled job): reported, not judged. */
  cancelled?: true;
}

/** CapacityProtocol: the HTTP every step of one target's search went over, settled once before the search (the connections are each step's own). */
export type CapacityProtocol = Omit<ArmProtocol, 'connections' | 'streamsPerConnection'>;

/** CapacityArm: one target's search and its answer. */
export interface CapacityArm {
  target: string;
  steps: CapacityStepReport[];
  /** capacityRps: the highest rate that passed, confirmed by a re-run; null when none was. */
  capacityRps: number | null;
  /** bracket: the true capacity lies between the highest rate that passed and the lowest that did not (null: none yet). */
  bracket: { highestPass: number | null; lowestFail: number | null };
  /** broke: the lowest step that did not pass, and why. */
  broke: { rate: number; reasons: string[] } | null;
  /** kneeRps: where latency starts to climb with the rate (null: not enough steps, or no bend). */
  kneeRps: number | null;
  /** stopped: why the search ended. */
  stopped: 'converged' | 'reached the upper bound' | 'nothing passed' | 'time budget' | 'cancelled' | 'unreachable';
  /**
   * protocol: the HTTP every step went over: settled at a pre-flight before the search, shared by a
   * canary and production (http_version auto), and each step pinned to it; null when no load was
   * sent; absent in files written before it was recorded.
   */
  protocol?: CapacityProtocol | null;
}

/** CapacityReport: the target's search (its arm's fields), and production's beside it when compared. */
export interface CapacityReport extends CapacityArm {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: string; version: string };
  mode: 'capacity';
  startedAt: string;
  endedAt: string;
  settings: { fromRate: number; toRate: number; maxDurationSeconds: number; cooldownSeconds: number; resolutionPercent: number; ceilingMs: number };
  /** slosMs: the run-wide latency SLOs each step was judged by (for the curve's lines). */
  slosMs: Partial<Record<'p50' | 'p90' | 'p95' | 'p99' | 'p999', number>>;
  headroom: { productionPeakRps: number; required: number; ratio: number | null } | null;
  /** production: production's own search, step for step beside the target's (--production-url). */
  production: CapacityArm | null;
  /** comparison: the canary's capacity against production's: the change in percent with its interval. */
  comparison: { changePercent: number | null; interval: [number, number] | null; maxDropPercent: number; verdict: VerdictName; sentence: string } | null;
  verdict: VerdictName;
  reasons: string[];
  exitCode: number;
}

const fmt = (n: number) => (n < 100 ? String(Math.round(n * 10) / 10) : Math.round(n).toLocaleString('en-US'));

function rows(report: CapacityArm): string[][] {
  return report.steps.map((s, i) => [
    String(i + 1),
    s.why,
    fmt(s.rate),
    fmt(s.achievedRps),
    `${fmt(s.latencyMs.p50)} / ${fmt(s.latencyMs.p95)} / ${fmt(s.latencyMs.p99)}`,
    `${Math.round(s.errorRatePercent * 100) / 100}%`,
    outcomeLabel(s),
    s.reasons.join('; '),
  ]);
}

/** outcomeLabel: a step's outcome as every rendering words it. */
export function outcomeLabel(step: CapacityStepReport): string {
  return step.cancelled ? 'cancelled' : step.outcome === 'pass' ? 'pass' : step.outcome === 'hard' ? 'HARD STOP' : 'not sustained';
}

/** stepLine: one step, as it is said when it ends (the CLI's output, the action's log). */
export function stepLine(step: CapacityStepReport, index: number, arm: 'canary' | 'production' | null): string {
  const r = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
  return `${arm ? `${arm} ` : ''}step ${index + 1} (${step.why}): ${step.rate} req/s offered, ${r(step.achievedRps, 1)} achieved, p95 ${r(step.latencyMs.p95, 1)} ms, errors ${r(step.errorRatePercent, 2)}%: ${outcomeLabel(step)}${step.outcome === 'pass' ? '' : `: ${step.reasons.join('; ')}`}`;
}

const HEADERS = ['#', 'Step', 'Offered req/s', 'Achieved req/s', 'p50 / p95 / p99 ms', 'Errors', 'Outcome', 'Why'];

/** headline: the answer in one sentence. */
export function capacityHeadline(report: CapacityReport): string {
  const found = (arm: CapacityArm) =>
    arm.capacityRps !== null
      ? `sustains ${fmt(arm.capacityRps)} req/s within its SLOs${arm.bracket.lowestFail !== null ? ` (not ${fmt(arm.bracket.lowestFail)})` : ` (every rate up to the upper bound, ${fmt(report.settings.toRate)}, passed)`}`
      : arm.bracket.highestPass !== null
        ? `passed ${fmt(arm.bracket.highestPass)} req/s once, not confirmed`
        : 'sustained no rate tried within its SLOs';
  if (report.production && report.comparison) return `${report.target} ${found(report)}; production ${report.production.target} ${found(report.production)}: ${report.comparison.sentence}: ${report.verdict}`;
  const { headroom } = report;
  const gate = headroom ? `; production's peak ${fmt(headroom.productionPeakRps)} req/s${headroom.ratio !== null ? `, headroom ${Math.round(headroom.ratio * 100) / 100}×` : ''}, required ${fmt(headroom.required)} req/s` : '';
  return `${report.target} ${found(report)}${gate}: ${report.verdict}`;
}

/** NUMERIC: the columns read as numbers, right-aligned. */
const NUMERIC = new Set([2, 3, 4, 5]);

function textLines(arm: CapacityArm): string[] {
  return textTable(HEADERS, rows(arm), NUMERIC).split('\n');
}

/** protocolLine: what an arm's steps went over, in words; none for a file that does not say. */
export function protocolLine(arm: CapacityArm): string[] {
  return arm.protocol ? [`Every step over ${describeProtocol(arm.protocol)}.`] : [];
}

function armLines(arm: CapacityArm): string[] {
  return [...protocolLine(arm), ...(arm.broke ? [`Broke at ${fmt(arm.broke.rate)} req/s: ${arm.broke.reasons.join('; ')}`] : []), ...(arm.kneeRps !== null ? [`Latency starts to climb near ${fmt(arm.kneeRps)} req/s (the knee of the curve).`] : []), `Stopped: ${arm.stopped}.`];
}

export function renderCapacityText(report: CapacityReport): string {
  const production = report.production;
  return [
    ...(production ? [`The canary, ${report.target}:`] : []),
    ...textLines(report),
    ...(production ? ['', `Production, ${production.target}:`, ...textLines(production)] : []),
    '',
    capacityHeadline(report),
    ...armLines(report),
    ...(production ? armLines(production).map((l) => `Production: ${l}`) : []),
    ...report.reasons.map((r) => `- ${r}`),
  ].join('\n');
}

function markdownLines(arm: CapacityArm): string[] {
  return markdownTable(HEADERS, rows(arm), NUMERIC).split('\n');
}

export function renderCapacityMarkdown(report: CapacityReport): string {
  const icon = report.verdict === 'pass' ? '✅' : report.verdict === 'fail' ? '❌' : '⚠️';
  const production = report.production;
  const title = production && report.comparison ? `the canary ${report.comparison.changePercent === null ? 'against production' : `${report.comparison.changePercent > 0 ? '+' : ''}${report.comparison.changePercent}% against production`}` : report.capacityRps !== null ? `${fmt(report.capacityRps)} req/s` : 'not found';
  return [
    `## ${icon} Capacity: ${title}`,
    '',
    capacityHeadline(report),
    '',
    ...(production ? [`**The canary**, ${report.target}:`, ''] : []),
    ...markdownLines(report),
    '',
    ...armLines(report).flatMap((l) => [l, '']),
    ...(production ? [`**Production**, ${production.target}:`, '', ...markdownLines(production), '', ...armLines(production).flatMap((l) => [l, ''])] : []),
    ...report.reasons.map((r) => `- ${r}`),
    '',
  ].join('\n');
}
