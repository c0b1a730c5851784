// The requests section: the target, the endpoints, headers and credentials in the URL.

import type { EndpointSpec } from '../endpoints.js';
import { type ConfigIssue, type Source, didYouMean } from '../issues.js';
import type { EndpointPlan } from '../plan.js';
import { giveOption, type Vocabulary } from '../vocabulary.js';
import { redactPath } from '../../redact.js';
import { type Binding, CompileError } from '../../template/generators.js';
import { TemplateError } from '../../template/parse.js';
import { compileEndpoint, isTemplated } from '../../template/request.js';

export function resolveTarget(raw: string | undefined, source: Source, issues: ConfigIssue[], vocabulary: Vocabulary, what = 'target'): string | undefined {
  if (raw === undefined) {
    issues.push({ source, message: `no target: ${giveOption(vocabulary, 'load_test.target')}, set LOADTEST_TARGET, or set load_test.target in the config` });
    return undefined;
  }
  // "localhost:8080" would parse as a URL of scheme "localhost:": a host without a scheme is the usual slip.
  const bare = raw.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(bare)) {
    const host = /^(https?):?\/*(?=[^/:])/i.exec(bare) ? bare.replace(/^(https?):?\/*/i, '') : bare;
    const scheme = host !== bare ? bare.slice(0, /^https/i.test(bare) ? 5 : 4).toLowerCase() : /^(localhost|127\.|0\.0\.0\.0|\[::1\])|:\d+([/?#]|$)/i.test(bare) ? 'http' : 'https';
    if (/^([\w-]+(\.[\w-]+)*|\[[\d:a-f.]+\])(:\d+)?([/?#](?!\/)\S*)?$/i.test(host)) {
      // The text may carry a token in its query: shown the way every URL is, redacted.
      issues.push({ source, message: `expected a ${what} URL starting with http:// or https://, got '${redactPath(redactUrlText(bare))}' (did you mean '${redactPath(redactUrlText(`${scheme}://${host}`))}'?)` });
      return undefined;
    }
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    issues.push({ source, message: `expected a ${what} URL like https://${what === 'target' ? 'canary' : 'www'}.example.com, got '${redactUrlText(raw)}'` });
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    issues.push({ source, message: `expected an http:// or https:// URL, got ${url.protocol}//…${didYouMean(url.protocol.replace(':', ''), ['http', 'https'])}` });
    return undefined;
  }
  return url.toString();
}

/** redactUrlText hides what looks like credentials in a string that failed to parse as a URL. */
export function redactUrlText(text: string): string {
  return text.replace(/\/\/[^/@\s]*@/, '//***@');
}

export function resolveEndpoints(specs: EndpointSpec[] | undefined, source: Source, target: string | undefined, issues: ConfigIssue[], notices: string[], known: ReadonlyMap<string, Binding> = new Map(), globalHeaders: Readonly<Record<string, string>> = {}): EndpointPlan[] {
  if (!specs) {
    // With no endpoints configured, the target URL itself is requested.
    const url = target ? new URL(target) : null;
    const name = `GET ${url ? url.pathname + url.search : '/'}`;
    // Its only templates can be load_test.headers'.
    const templates = templatesOf({ name, method: 'GET', path: '', headers: {}, body: null, weight: 1, expectStatus: null, checks: [], captures: [], thinkTime: null, thresholds: {}, regression: null, source }, known, issues, globalHeaders);
    return [{ name, method: 'GET', path: '', headers: {}, body: null, ...templates, session: false, checks: [], weight: 1, expectStatus: null, thresholds: {}, regression: null }];
  }
  const given = specs.filter((s) => s.weight !== null).length;
  if (given > 0 && given < specs.length) {
    issues.push({ source, message: `give every endpoint a weight or none (equal shares): ${specs.length - given} of ${specs.length} have none` });
    return [];
  }
  const weights = specs.map((s) => s.weight ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) {
    issues.push({ source, message: 'endpoint weights sum to 0; at least one endpoint needs a positive weight' });
    return [];
  }
  if (given > 0 && Math.abs(sum - 1) > 1e-6) notices.push(`endpoint weights sum to ${+sum.toFixed(4)}, not 1: normalised to shares of 100%`);
  return specs.map((spec, i) => ({
    name: spec.name,
    method: spec.method,
    path: spec.path,
    headers: checkHeaders(spec.headers, spec.source, issues),
    body: spec.body,
    ...templatesOf(spec, known, issues, globalHeaders),
    session: false,
    checks: spec.checks,
    weight: weights[i] / sum,
    expectStatus: spec.expectStatus,
    thresholds: spec.thresholds,
    regression: spec.regression,
  }));
}

/**
 * templatesOf: whether an endpoint is templated, its templates checked once against the variables
 * there will be (every mistake, with the endpoint's line: a syntax error, an unknown function or
 * variable, wrong arguments), before any load.
 */
export function templatesOf(spec: EndpointSpec, known: ReadonlyMap<string, Binding>, issues: ConfigIssue[], globalHeaders: Readonly<Record<string, string>>): Pick<EndpointPlan, 'templated' | 'json'> {
  // load_test.headers are every endpoint's, templates included (an endpoint's own header of the same name wins).
  const own = new Set(Object.keys(spec.headers).map((name) => name.toLowerCase()));
  const headers = { ...Object.fromEntries(Object.entries(globalHeaders).filter(([name]) => !own.has(name.toLowerCase()))), ...spec.headers };
  const fields = { path: spec.path, headers, body: spec.body, ...(spec.json !== undefined ? { json: spec.json } : {}) };
  if (!isTemplated(fields)) return { templated: false };
  try {
    compileEndpoint(fields, known);
  } catch (error) {
    if (!(error instanceof TemplateError || error instanceof CompileError)) throw error;
    issues.push({ source: spec.source, message: `endpoint '${spec.name}': ${error.message}${error instanceof TemplateError ? ` (at column ${error.column})` : ''}` });
    return { templated: false };
  }
  return { templated: true, ...(spec.json !== undefined ? { json: spec.json } : {}) };
}

/**
 * withUrlCredentials: a target like https://user:pass@canary… is sent with Basic authorization, as
 * curl and browsers do, instead of the credentials being dropped without a word. An Authorization
 * header set anywhere wins, and the plan says the URL's credentials were not used.
 */
export function withUrlCredentials(headers: Record<string, string>, target: string | undefined, notices: string[]): Record<string, string> {
  if (!target) return headers;
  const url = new URL(target);
  if (!url.username && !url.password) return headers;
  if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) {
    notices.push("the target URL's user and password are not used: an Authorization header is set");
    return headers;
  }
  const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  notices.push("the target URL's user and password are sent as Basic authorization");
  return { ...headers, Authorization: `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}` };
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * checkHeaders trims values (a YAML block scalar ends in a newline) and refuses what cannot go on
 * the wire: names that are not HTTP tokens, values with line breaks or characters outside Latin-1.
 * Values are never echoed: they may be secrets.
 */
export function checkHeaders(headers: Record<string, string>, source: Source, issues: ConfigIssue[]): Record<string, string> {
  const checked: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers)) {
    const value = String(raw).trim();
    if (!HEADER_NAME.test(name)) issues.push({ source, message: `'${name}' is not a valid header name (letters, digits and !#$%&'*+.^_\`|~- only)` });
    else if (/[\r\n]/.test(value) || value.includes('\0')) issues.push({ source, message: `header ${name}: the value contains a line break, which HTTP does not allow` });
    else if ([...value].some((c) => c.charCodeAt(0) > 0xff)) issues.push({ source, message: `header ${name}: the value has characters outside Latin-1; percent-encode or base64 them` });
    else checked[name] = value;
  }
  return checked;
}
