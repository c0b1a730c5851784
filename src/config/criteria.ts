// Comparison rules in the style of Keptn's criteria: "<=+10%" (at most 10% above the reference),
// "<=+50ms" or "<=+0.5" (at most that much above it, in the metric's unit: ms, or percentage points
// for the error rate), "<800ms" (an absolute cap on the canary's own value). A list means all hold.

import type { Parsed } from './units.js';
import { describe } from './units.js';

export type Criterion =
  | { kind: 'relative'; percent: number; strict: boolean; text: string }
  | { kind: 'increase'; amount: number; strict: boolean; text: string }
  | { kind: 'cap'; value: number; strict: boolean; text: string };

export const COMPARED_METRICS = ['p50', 'p90', 'p95', 'p99', 'p999', 'error_rate'] as const;
export type ComparedMetric = (typeof COMPARED_METRICS)[number];
export type Criteria = Partial<Record<ComparedMetric, Criterion[]>>;

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000 };

/** parseCriteria reads one rule or a list of rules for `metric`. */
export function parseCriteria(raw: unknown, metric: ComparedMetric): Parsed<Criterion[]> {
  const items = Array.isArray(raw) ? raw : [raw];
  const out: Criterion[] = [];
  for (const item of items) {
    const parsed = parseCriterion(item, metric);
    if (!parsed.ok) return parsed;
    out.push(parsed.value);
  }
  return out.length === 0 ? { ok: false, error: 'expected at least one rule like "<=+10%"' } : { ok: true, value: out };
}

function parseCriterion(raw: unknown, metric: ComparedMetric): Parsed<Criterion> {
  const latency = metric !== 'error_rate';
  const example = latency ? '"<=+10%", "<=+50ms" or "<800ms"' : '"<=+10%", "<=+0.5" (percentage points) or "<2%"';
  const text = typeof raw === 'number' ? `<=${raw}` : typeof raw === 'string' ? raw.trim() : null;
  const match = text === null ? null : /^(<=|<)\s*([+])?\s*(\d+(?:\.\d+)?)\s*(%|ms|s|us)?$/.exec(text);
  if (!match || (!latency && (match[4] === 'ms' || match[4] === 's' || match[4] === 'us'))) return { ok: false, error: `expected a rule like ${example}, got ${describe(raw)}` };
  const strict = match[1] === '<';
  const amount = Number(match[3]);
  const unit = match[4];
  if (match[2] === '+') {
    if (unit === '%') return { ok: true, value: { kind: 'relative', percent: amount, strict, text: text! } };
    return { ok: true, value: { kind: 'increase', amount: latency ? amount * UNIT_MS[unit ?? 'ms'] : amount, strict, text: text! } };
  }
  if (latency && unit === '%') return { ok: false, error: `a latency cap needs a duration like "<800ms", got ${describe(raw)}` };
  return { ok: true, value: { kind: 'cap', value: latency ? amount * UNIT_MS[unit ?? 'ms'] : amount, strict, text: text! } };
}

/** DEFAULT_CRITERIA: a canary may be 10% slower at the median and p95, 20% at p99, and add half a point of errors. */
export const DEFAULT_CRITERIA: Criteria = {
  p50: [{ kind: 'relative', percent: 10, strict: false, text: '<=+10%' }],
  p95: [{ kind: 'relative', percent: 10, strict: false, text: '<=+10%' }],
  p99: [{ kind: 'relative', percent: 20, strict: false, text: '<=+20%' }],
  error_rate: [{ kind: 'increase', amount: 0.5, strict: false, text: '<=+0.5' }],
};

/**
 * DEFAULT_REQUIRED: the metrics a comparison must decide. The median, p95 and the error rate can
 * be resolved by an ordinary run; p99 and p99.9 need thousands of requests per side to resolve a
 * few percent, so by default they are judged when the run can resolve them and otherwise reported
 * as not judged, without holding the verdict. Any of them can be made required.
 */
export const DEFAULT_REQUIRED: readonly ComparedMetric[] = ['p50', 'p90', 'p95', 'error_rate'];

/** parseRequired reads a list of compared metrics: [p50, p95, p99] or "p50, p95, p99". */
export function parseRequired(raw: unknown): Parsed<ComparedMetric[]> {
  const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',').map((s) => s.trim()).filter((s) => s !== '') : null;
  if (!items) return { ok: false, error: `expected a list of metrics like [p50, p95, p99], got ${describe(raw)}` };
  const out: ComparedMetric[] = [];
  for (const item of items) {
    const name = String(item).trim().toLowerCase();
    if (!(COMPARED_METRICS as readonly string[]).includes(name)) return { ok: false, error: `unknown metric ${describe(item)}; metrics: ${COMPARED_METRICS.join(', ')}` };
    if (!out.includes(name as ComparedMetric)) out.push(name as ComparedMetric);
  }
  return { ok: true, value: out };
}

/** allowedIncrease is the tightest increase the delta rules allow over `reference`, or null when there are none. */
export function allowedIncrease(rules: readonly Criterion[], reference: number): number | null {
  let allowed: number | null = null;
  for (const rule of rules) {
    const limit = rule.kind === 'relative' ? (reference * rule.percent) / 100 : rule.kind === 'increase' ? rule.amount : null;
    if (limit !== null) allowed = allowed === null ? limit : Math.min(allowed, limit);
  }
  return allowed;
}
