// What a step (or endpoint) expects of its response and what it captures from it, read from the
// walked YAML with each item's own line: JSON paths and regexes are compiled here, so a bad one
// is a config error where it was written, before any load.

import type { CapturePlan, CaptureSource } from '../flow/capture.js';
import type { CheckPlan, CheckTest } from '../flow/check.js';
import { JsonPathError, parseJsonPath } from '../flow/json-path.js';
import type { Source } from './issues.js';
import { formatMs } from './units.js';
import type { Walker } from './yaml-position.js';

export interface ExpectValue {
  status?: number[];
  latency?: number;
  body_contains?: string;
  headers?: Record<string, string>;
  json?: Array<{ path?: string; exists?: boolean; equals?: unknown; matches?: string }>;
}

export type CaptureValue = Record<string, { json?: string; header?: string; regex?: string; cookie?: string }>;

/** CaptureSpec: a capture with where it was written. */
export interface CaptureSpec {
  plan: CapturePlan;
  at: Source;
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** readChecks: the checks of an `expect` (status stays the endpoint's expected statuses), each named for reports. */
export function readChecks(w: Walker, expect: ExpectValue | undefined, itemPath: string, fallback: Source): CheckPlan[] {
  if (!expect) return [];
  const checks: CheckPlan[] = [];
  const sourceOf = (key: string) => w.sources.get(`${itemPath}.expect.${key}`) ?? fallback;
  if (expect.latency !== undefined) checks.push({ name: `latency ≤ ${formatMs(expect.latency)}`, test: { kind: 'latency', maxMs: expect.latency } });
  if (expect.body_contains !== undefined) {
    if (expect.body_contains === '') w.issues.push({ source: sourceOf('body_contains'), message: 'body_contains is empty: every body contains it; give the text the body must hold' });
    else checks.push({ name: `body contains ${JSON.stringify(expect.body_contains)}`, test: { kind: 'body-contains', text: expect.body_contains } });
  }
  for (const [name, value] of Object.entries(expect.headers ?? {})) checks.push({ name: `header ${name.toLowerCase()} = ${JSON.stringify(value)}`, test: { kind: 'header-equals', name, value: String(value).trim() } });
  (expect.json ?? []).forEach((item, i) => {
    const source = w.sources.get(`${itemPath}.expect.json[${i}].path`) ?? sourceOf(`json[${i}]`);
    if (item.path === undefined) {
      w.issues.push({ source, message: 'a JSON check needs a path, like { path: $.id, exists: true }' });
      return;
    }
    let path;
    try {
      path = parseJsonPath(item.path);
    } catch (error) {
      if (!(error instanceof JsonPathError)) throw error;
      w.issues.push({ source, message: error.message });
      return;
    }
    const given = (['exists', 'equals', 'matches'] as const).filter((k) => item[k] !== undefined);
    if (given.length !== 1) {
      w.issues.push({ source, message: `a JSON check on ${item.path} takes exactly one of exists, equals or matches${given.length ? `, got ${given.join(' and ')}` : ''}` });
      return;
    }
    let test: CheckTest;
    let name: string;
    if (item.exists !== undefined) {
      if (item.exists !== true) {
        w.issues.push({ source, message: `exists: ${JSON.stringify(item.exists)} checks nothing a JSON check can fail on usefully; write exists: true` });
        return;
      }
      test = { kind: 'json-exists', path };
      name = `${item.path} exists`;
    } else if (item.matches !== undefined) {
      const pattern = regexOf(item.matches);
      if (typeof pattern === 'string') {
        w.issues.push({ source: w.sources.get(`${itemPath}.expect.json[${i}].matches`) ?? source, message: pattern });
        return;
      }
      test = { kind: 'json-matches', path, pattern };
      name = `${item.path} matches /${item.matches}/`;
    } else {
      test = { kind: 'json-equals', path, value: item.equals };
      name = `${item.path} = ${JSON.stringify(item.equals)}`;
    }
    checks.push({ name, test });
  });
  // Names are how reports and SLOs tell checks apart: the same check twice is one check.
  const seen = new Set<string>();
  return checks.filter((c) => !seen.has(c.name) && seen.add(c.name));
}

/** readCaptures: a step's captures, each reading exactly one of json, header, regex or cookie. */
export function readCaptures(w: Walker, capture: CaptureValue | undefined, itemPath: string, fallback: Source): CaptureSpec[] {
  const specs: CaptureSpec[] = [];
  for (const [variable, from] of Object.entries(capture ?? {})) {
    const keyPath = `${itemPath}.capture.${variable}`;
    const given = (['json', 'header', 'regex', 'cookie'] as const).filter((k) => from[k] !== undefined);
    const source = w.sources.get(`${keyPath}.${given[0]}`) ?? fallback;
    if (!VARIABLE_NAME.test(variable)) {
      w.issues.push({ source, message: `'${variable}' cannot be a variable name: letters, digits and _ only, not starting with a digit` });
      continue;
    }
    if (given.length !== 1) {
      w.issues.push({ source, message: `capture ${variable} takes exactly one of json, header, regex or cookie${given.length ? `, got ${given.join(' and ')}` : ''}` });
      continue;
    }
    const kind = given[0];
    const text = String(from[kind]);
    let captureSource: CaptureSource;
    if (kind === 'json') {
      try {
        captureSource = { from: 'json', path: parseJsonPath(text), text };
      } catch (error) {
        if (!(error instanceof JsonPathError)) throw error;
        w.issues.push({ source, message: `capture ${variable}: ${error.message}` });
        continue;
      }
    } else if (kind === 'regex') {
      const pattern = regexOf(text);
      if (typeof pattern === 'string') {
        w.issues.push({ source, message: `capture ${variable}: ${pattern}` });
        continue;
      }
      captureSource = { from: 'regex', pattern };
    } else if (text.trim() === '') {
      w.issues.push({ source, message: `capture ${variable}: the ${kind} name is empty` });
      continue;
    } else captureSource = kind === 'header' ? { from: 'header', name: text.trim() } : { from: 'cookie', name: text.trim() };
    specs.push({ plan: { variable, source: captureSource }, at: source });
  }
  return specs;
}

/** regexOf: the pattern compiled, or why it cannot be. */
function regexOf(text: string): RegExp | string {
  try {
    return new RegExp(text);
  } catch (error) {
    return `'${text}' is not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`;
  }
}
