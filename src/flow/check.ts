// Checks (`expect`): what a step's response must show beyond its status. A failed check makes the
// request an error with the stable code check_failed (client/outcome.ts), and each check's pass
// rate is reported per step and may carry an SLO. Each check has a name people read in reports,
// made from what it tests. Pure.

import { type JsonPathSegment, asText, jsonAt } from './json-path.js';
import type { InspectedResponse } from './response.js';

export type CheckTest =
  | { kind: 'json-exists'; path: JsonPathSegment[] }
  | { kind: 'json-equals'; path: JsonPathSegment[]; value: unknown }
  | { kind: 'json-matches'; path: JsonPathSegment[]; pattern: RegExp }
  | { kind: 'body-contains'; text: string }
  | { kind: 'header-equals'; name: string; value: string }
  | { kind: 'latency'; maxMs: number };

export interface CheckPlan {
  name: string;
  test: CheckTest;
}

/** checkReadsBody: whether a check needs the response body kept. */
export function checkReadsBody(test: CheckTest): boolean {
  return test.kind === 'json-exists' || test.kind === 'json-equals' || test.kind === 'json-matches' || test.kind === 'body-contains';
}

/** passes: whether `response` passes the check. */
export function passes(test: CheckTest, response: InspectedResponse): boolean {
  switch (test.kind) {
    case 'latency':
      return response.latencyMs <= test.maxMs;
    case 'body-contains':
      return response.bodyText().includes(test.text);
    case 'header-equals':
      return response.headers(test.name).some((v) => v === test.value);
    default: {
      const document = response.document();
      if (!document.ok) return false;
      const at = jsonAt(document.value, test.path);
      if (!at.found) return false;
      if (test.kind === 'json-exists') return true;
      if (test.kind === 'json-matches') return at.value !== null && typeof at.value !== 'object' && test.pattern.test(asText(at.value));
      return deepEqual(at.value, test.value);
    }
  }
}

/** deepEqual: JSON values equal as values (object keys in any order). */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => deepEqual(v, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
