// A capacity search's report: every step (offered and achieved rate, latency, errors, outcome and
// why), the highest rate sustained within the SLOs with the bracket around it, the step that broke
// and what broke it, the knee of the latency curve, and the headroom gate. Plain data, and its
// renderings for a terminal and for a job summary. Pure.

import type { VerdictName } from '../slo/verdict.js';

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

export interface CapacityReport {
  kind: 'capacity';
  target: string;
  startedAt: string;
  endedAt: string;
  settings: { fromRate: number; toRate: number; maxDurationSeconds: number; cooldownSeconds: number; resolutionPercent: number; ceilingMs: number };
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
  stopped: 'converged' | 'reached --to' | 'nothing passed' | 'time budget' | 'cancelled' | 'unreachable' | 'hard limit';
  headroom: { productionPeakRps: number; required: number; ratio: number | null } | null;
  verdict: VerdictName;
  reasons: string[];
  exitCode: number;
}

const fmt = (n: number) => (n < 100 ? String(Math.round(n * 10) / 10) : Math.round(n).toLocaleString('en-US'));

function rows(report: CapacityReport): string[][] {
  return report.steps.map((s, i) => [
    String(i + 1),
    s.why,
    fmt(s.rate),
    fmt(s.achievedRps),
    `${fmt(s.latencyMs.p50)} / ${fmt(s.latencyMs.p95)} / ${fmt(s.latencyMs.p99)}`,
    `${Math.round(s.errorRatePercent * 100) / 100}%`,
    s.cancelled ? 'cancelled' : s.outcome === 'pass' ? 'pass' : s.outcome === 'hard' ? 'HARD STOP' : 'not sustained',
    s.reasons.join('; '),
  ]);
}

const HEADERS = ['#', 'Step', 'Offered req/s', 'Achieved req/s', 'p50 / p95 / p99 ms', 'Errors', 'Outcome', 'Why'];

/** headline: the answer in one sentence. */
export function capacityHeadline(report: CapacityReport): string {
  const { capacityRps, bracket, headroom } = report;
  const found =
    capacityRps !== null
      ? `sustains ${fmt(capacityRps)} req/s within its SLOs${bracket.lowestFail !== null ? ` (not ${fmt(bracket.lowestFail)})` : ` (every rate up to --to ${fmt(report.settings.toRate)} passed)`}`
      : bracket.highestPass !== null
        ? `passed ${fmt(bracket.highestPass)} req/s once, not confirmed`
        : 'sustained no rate tried within its SLOs';
  const gate = headroom ? `; production's peak ${fmt(headroom.productionPeakRps)} req/s${headroom.ratio !== null ? `, headroom ${Math.round(headroom.ratio * 100) / 100}×` : ''}, required ${fmt(headroom.required)} req/s` : '';
  return `${report.target} ${found}${gate}: ${report.verdict}`;
}

export function renderCapacityText(report: CapacityReport): string {
  const table = [HEADERS, ...rows(report)];
  const widths = HEADERS.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const lines = table.map((r) => r.map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd());
  return [
    ...lines,
    '',
    capacityHeadline(report),
    ...(report.broke ? [`Broke at ${fmt(report.broke.rate)} req/s: ${report.broke.reasons.join('; ')}`] : []),
    ...(report.kneeRps !== null ? [`Latency starts to climb near ${fmt(report.kneeRps)} req/s (the knee of the curve).`] : []),
    `Stopped: ${report.stopped}.`,
    ...report.reasons.map((r) => `- ${r}`),
  ].join('\n');
}

export function renderCapacityMarkdown(report: CapacityReport): string {
  const icon = report.verdict === 'pass' ? '✅' : report.verdict === 'fail' ? '❌' : '⚠️';
  return [
    `## ${icon} Capacity: ${report.capacityRps !== null ? `${fmt(report.capacityRps)} req/s` : 'not found'}`,
    '',
    capacityHeadline(report),
    '',
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map((_, i) => (i >= 2 && i <= 5 ? '---:' : '---')).join('|')}|`,
    ...rows(report).map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
    '',
    ...(report.broke ? [`Broke at **${fmt(report.broke.rate)} req/s**: ${report.broke.reasons.join('; ')}`, ''] : []),
    ...(report.kneeRps !== null ? [`Latency starts to climb near ${fmt(report.kneeRps)} req/s (the knee of the curve).`, ''] : []),
    `Stopped: ${report.stopped}.`,
    ...report.reasons.map((r) => `- ${r}`),
    '',
  ].join('\n');
}
