// Captures: a value taken from a step's response into a variable of the virtual user, for later
// steps' templates (a token from the login's JSON, a CSRF field from a page, a cookie). A capture
// that finds nothing fails the step's iteration (engine/flow.ts): sending `{{token}}` literally, or
// an empty token, would measure the service's 401 path instead of the flow. Pure.

import type { CookieJar } from './cookies.js';
import { setCookieName, setCookieValue } from './cookies.js';
import { type JsonPathSegment, asText, jsonAt } from './json-path.js';
import type { InspectedResponse } from './response.js';

export type CaptureSource =
  | { from: 'json'; path: JsonPathSegment[]; text: string }
  | { from: 'header'; name: string }
  | { from: 'regex'; pattern: RegExp }
  | { from: 'cookie'; name: string };

export interface CapturePlan {
  variable: string;
  source: CaptureSource;
}

export type Captured = { ok: true; value: string } | { ok: false; why: string };

/** describeCapture: where a capture reads, as the config said it. */
export function describeCapture(source: CaptureSource): string {
  switch (source.from) {
    case 'json':
      return `JSON ${source.text}`;
    case 'header':
      return `header ${source.name}`;
    case 'regex':
      return `regex /${source.pattern.source}/`;
    case 'cookie':
      return `cookie ${source.name}`;
  }
}

/** capture: the value a capture takes from `response`; a cookie also from the user's jar (`jar`, read for `requestPath` at `nowMs`). */
export function capture(source: CaptureSource, response: InspectedResponse, jar: CookieJar | null, requestPath: string, nowMs: number): Captured {
  switch (source.from) {
    case 'json': {
      const document = response.document();
      if (!document.ok) return { ok: false, why: document.why };
      const at = jsonAt(document.value, source.path);
      if (!at.found) return { ok: false, why: `${source.text} is not in the body` };
      if (at.value === null || at.value === '') return { ok: false, why: `${source.text} is ${at.value === null ? 'null' : 'empty'}` };
      return { ok: true, value: asText(at.value) };
    }
    case 'header': {
      const [value] = response.headers(source.name);
      return value ? { ok: true, value } : { ok: false, why: `no ${source.name} header` };
    }
    case 'regex': {
      const match = source.pattern.exec(response.bodyText());
      if (!match) return { ok: false, why: `/${source.pattern.source}/ does not match the body${response.truncated ? ' (only its start was kept: load_test.max_body)' : ''}` };
      const value = match[1] ?? match[0];
      return value ? { ok: true, value } : { ok: false, why: `/${source.pattern.source}/ matched an empty value` };
    }
    case 'cookie': {
      // This response's Set-Cookie first (the last one of the name wins, as in a browser), else what the user holds.
      const set = response.headers('set-cookie').filter((c) => setCookieName(c) === source.name);
      const value = set.length > 0 ? setCookieValue(set[set.length - 1]) : (jar?.value(source.name, requestPath, nowMs) ?? null);
      return value ? { ok: true, value } : { ok: false, why: `no cookie ${source.name}` };
    }
  }
}

/** readsBody: whether a capture needs the response body kept. */
export function captureReadsBody(source: CaptureSource): boolean {
  return source.from === 'json' || source.from === 'regex';
}
