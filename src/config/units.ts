// Units as people write them in config files and flags: "250ms", "1m30s", "0.5%", "1000 req/sec".
// Each parser returns a number in the unit the rest of the code uses, or an error sentence that
// finishes "expected …, got …" so config errors read the same wherever the value came from.

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (expected: string, got: unknown): Parsed<never> => ({
  ok: false,
  error: `expected ${expected}, got ${describe(got)}`,
});

/** describe renders a bad value the way the user wrote it, quoted when it was text. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

const DURATION_UNIT_MS: Record<string, number> = {
  us: 0.001,
  µs: 0.001,
  ms: 1,
  s: 1000,
  sec: 1000,
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
};

const DURATION_PART = /(\d+(?:\.\d+)?)\s*(us|µs|ms|sec|s|min|m|h)/y;

/**
 * parseDuration reads "250ms", "1.5s", "1m30s" or a plain number. A plain number is in
 * `plainUnit` because the seeds use milliseconds for latencies ("p95: 250") and seconds for run
 * lengths ("--duration 300"). Returns milliseconds.
 */
export function parseDuration(input: unknown, plainUnit: 'ms' | 's', example = plainUnit === 'ms' ? '250ms' : '30s'): Parsed<number> {
  const expected = `a duration like ${example}`;
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) return fail(expected, input);
    return ok(plainUnit === 'ms' ? input : input * 1000);
  }
  if (typeof input !== 'string') return fail(expected, input);
  const text = input.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return parseDuration(Number(text), plainUnit, example);
  let total = 0;
  let pos = 0;
  DURATION_PART.lastIndex = 0;
  while (pos < text.length) {
    DURATION_PART.lastIndex = pos;
    const match = DURATION_PART.exec(text);
    if (!match) return fail(expected, input);
    total += Number(match[1]) * DURATION_UNIT_MS[match[2]];
    pos = DURATION_PART.lastIndex;
    while (text[pos] === ' ') pos++;
  }
  if (pos === 0) return fail(expected, input);
  return ok(total);
}

/** parsePercent reads "0.5%" or a plain 0.5 (already a percentage, as in the seeds). Returns percent. */
export function parsePercent(input: unknown): Parsed<number> {
  const expected = 'a percentage like 0.5%';
  let value: number;
  if (typeof input === 'number') value = input;
  else if (typeof input === 'string' && /^\s*\d+(\.\d+)?\s*%?\s*$/.test(input)) value = Number(input.replace('%', '').trim());
  else return fail(expected, input);
  if (!Number.isFinite(value) || value < 0 || value > 100) return fail('a percentage between 0% and 100%', input);
  return ok(value);
}

const RATE_UNITS: Array<[RegExp, number]> = [
  [/^(req(uests)?\s*\/\s*s(ec(ond)?)?|rps|\/\s*s(ec(ond)?)?|per\s+second)$/i, 1],
  [/^(req(uests)?\s*\/\s*m(in(ute)?)?|rpm|\/\s*m(in(ute)?)?|per\s+minute)$/i, 1 / 60],
];

/** parseRate reads "1000 req/sec", "1000 rps", "50/s", "600/min" or a plain number. Returns per second. */
export function parseRate(input: unknown): Parsed<number> {
  const expected = 'a rate like 1000 req/sec';
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 ? ok(input) : fail(expected, input);
  if (typeof input !== 'string') return fail(expected, input);
  const match = /^\s*(\d+(?:\.\d+)?)\s*(.*?)\s*$/.exec(input);
  if (!match) return fail(expected, input);
  const amount = Number(match[1]);
  if (match[2] === '') return ok(amount);
  for (const [pattern, factor] of RATE_UNITS) if (pattern.test(match[2])) return ok(amount * factor);
  return fail(expected, input);
}

/** parseCount reads a whole number within [min, max], such as a number of virtual users. */
export function parseCount(input: unknown, min: number, max: number): Parsed<number> {
  const value = typeof input === 'string' && /^\s*\d+\s*$/.test(input) ? Number(input) : input;
  if (typeof value !== 'number' || !Number.isInteger(value)) return fail('a whole number', input);
  if (value < min || value > max) return fail(`a whole number from ${min} to ${max.toLocaleString('en-US')}`, input);
  return ok(value);
}

/** parseNumber reads a finite number within [min, max] (weights, factors). */
export function parseNumber(input: unknown, min: number, max: number): Parsed<number> {
  const value = typeof input === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(input) ? Number(input) : input;
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail('a number', input);
  if (value < min || value > max) return fail(`a number from ${min} to ${max}`, input);
  return ok(value);
}

/** parseBoolean reads YAML booleans and the words people type in flags and variables. */
export function parseBoolean(input: unknown): Parsed<boolean> {
  if (typeof input === 'boolean') return ok(input);
  if (typeof input === 'string') {
    const word = input.trim().toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(word)) return ok(true);
    if (['false', 'no', 'off', '0'].includes(word)) return ok(false);
  }
  return fail('true or false', input);
}

/** formatMs renders milliseconds the way thresholds are written: 250ms, 1.5s, 2m. */
export function formatMs(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000}s`;
  if (ms >= 10_000) return `${round(ms / 1000, 1)}s`;
  return `${round(ms, ms < 10 ? 2 : 1)}ms`;
}

/** round keeps `digits` decimals and drops trailing zeros. */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * confidencePercent: a confidence as a percentage with as many decimals as it takes not to round
 * up to 100 (99.97%, not "100%": no interval is certain).
 */
export function confidencePercent(confidence: number): string {
  for (let decimals = 1; decimals < 6; decimals++) {
    const shown = Math.round(confidence * 100 * 10 ** decimals) / 10 ** decimals;
    if (shown < 100 || confidence >= 1) return String(shown);
  }
  return String(confidence * 100);
}
