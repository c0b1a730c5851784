// Endpoints come in two forms: the seeds' map of path → weight ("/api/users": 0.25, optionally
// "POST /api/orders": 0.3) and a list of full request descriptions that can carry their own SLOs.

import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { CheckPlan } from '../flow/check.js';
import type { Source } from './issues.js';
import type { Criteria } from './criteria.js';
import { type ThresholdKey, type LatencyKey, LATENCY_KEYS } from './plan.js';
import { HTTP_METHODS, type Range, parsePath } from './schema.js';
import { type CaptureSpec, type CaptureValue, type ExpectValue, readCaptures, readChecks } from './steps.js';
import { describe, parseNumber } from './units.js';
import { type Walker, at, deref, keyOf } from './yaml-position.js';

export interface EndpointSpec {
  name: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | null;
  /** json: the JSON body as written, whose string leaves may hold templates; body is its serialized form. */
  json?: unknown;
  /** weight as written; null means "an equal share". */
  weight: number | null;
  expectStatus: number[] | null;
  /** checks: what the response must show beyond its status (expect: json, body_contains, headers, latency). */
  checks: CheckPlan[];
  /** captures, thinkTime: a flow step's (config/flows.ts); an endpoint has none. */
  captures: CaptureSpec[];
  thinkTime: Range | null;
  thresholds: Partial<Record<ThresholdKey, { value: number; source: Source }>>;
  /** regression: the endpoint's own rules against the baseline, if it has any. */
  regression: Criteria | null;
  source: Source;
}

type ItemWalker = (item: Node | null, keyPath: string) => unknown;

export function readEndpoints(w: Walker, node: Node | null, keyPath: string, walkItem: ItemWalker): EndpointSpec[] | undefined {
  const before = w.issues.length;
  let specs: EndpointSpec[];
  if (node && isMap(node)) specs = readWeightMap(w, node, keyPath);
  else if (node && isSeq(node)) specs = node.items.map((item, i) => readItem(w, item as Node | null, `${keyPath}[${i}]`, walkItem)).filter((s): s is EndpointSpec => s !== undefined);
  else {
    w.issues.push({ source: at(w, node, keyPath), message: `expected a mapping of path to weight ("/api/users": 0.25) or a list of endpoints, got ${describe(node?.toJSON())}` });
    return undefined;
  }
  if (specs.length === 0 && w.issues.length === before) w.issues.push({ source: at(w, node, keyPath), message: 'expected at least one endpoint' });
  const seen = new Map<string, EndpointSpec>();
  for (const spec of specs) {
    const earlier = seen.get(spec.name);
    if (earlier) w.issues.push({ source: spec.source, message: `endpoint name '${spec.name}' is used twice (first at line ${earlier.source.kind === 'file' ? earlier.source.line : '?'}); give each endpoint its own name` });
    seen.set(spec.name, spec);
  }
  return w.issues.length === before ? specs : undefined;
}

function readWeightMap(w: Walker, node: YAMLMap, keyPath: string): EndpointSpec[] {
  const specs: EndpointSpec[] = [];
  for (const pair of node.items) {
    const key = keyOf(pair);
    const itemPath = `${keyPath}["${key}"]`;
    const source = at(w, (pair.value as Node | null) ?? (pair.key as Node), itemPath);
    // A path may hold templates with spaces inside their braces: "GET /users/{{ randomInt(1, 100) }}".
    const match = /^\s*(?:([A-Za-z]+)\s+)?(\/(?:\{\{.*?\}\}|\S)*)\s*$/.exec(key);
    const method = (match?.[1] ?? 'GET').toUpperCase();
    const path = parsePath(match?.[2]);
    if (!match || !path.ok || !(HTTP_METHODS as readonly string[]).includes(method)) {
      w.issues.push({ source: at(w, pair.key as Node, itemPath), message: `expected a key like "/api/users" or "POST /api/orders", got '${key}'` });
      continue;
    }
    const value = deref(w, pair.value as Node | null);
    const raw = isScalar(value) ? value.value : value?.toJSON();
    const weight = parseNumber(raw, 0, 1_000_000);
    if (!weight.ok) {
      w.issues.push({ source, message: `${weight.error} (the endpoint's share of requests)` });
      continue;
    }
    specs.push({ name: key.trim(), method, path: path.value, headers: {}, body: null, weight: weight.value, expectStatus: null, checks: [], captures: [], thinkTime: null, thresholds: {}, regression: null, source });
  }
  return specs;
}

interface ItemValue {
  name?: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  json?: unknown;
  weight?: number;
  expect?: ExpectValue;
  capture?: CaptureValue;
  think?: Range;
  thresholds?: { latency?: Partial<Record<LatencyKey, number>>; error_rate?: number; throughput?: number; checks?: number };
  regression?: Criteria;
}

export function readItem(w: Walker, item: Node | null, itemPath: string, walkItem: ItemWalker): EndpointSpec | undefined {
  const before = w.issues.length;
  const value = walkItem(item, itemPath) as ItemValue | undefined;
  if (!value || w.issues.length > before) return undefined;
  const source = at(w, item, itemPath);
  if (value.path === undefined) {
    w.issues.push({ source, message: 'an endpoint needs a path (like /api/users)' });
    return undefined;
  }
  if (value.body !== undefined && value.json !== undefined) {
    w.issues.push({ source: w.sources.get(`${itemPath}.json`) ?? source, message: 'give either body or json, not both' });
    return undefined;
  }
  const method = (value.method ?? 'GET').toUpperCase();
  const headers = { ...(value.headers ?? {}) };
  let body: string | null = value.body ?? null;
  if (value.json !== undefined) {
    body = JSON.stringify(value.json);
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  }
  const thresholds: EndpointSpec['thresholds'] = {};
  const t = value.thresholds ?? {};
  for (const key of LATENCY_KEYS) {
    const ms = t.latency?.[key];
    if (ms !== undefined) thresholds[key] = { value: ms, source: w.sources.get(`${itemPath}.thresholds.latency.${key}`) ?? source };
  }
  if (t.error_rate !== undefined) thresholds.error_rate = { value: t.error_rate, source: w.sources.get(`${itemPath}.thresholds.error_rate`) ?? source };
  if (t.throughput !== undefined) thresholds.throughput = { value: t.throughput, source: w.sources.get(`${itemPath}.thresholds.throughput`) ?? source };
  if (t.checks !== undefined) thresholds.checks = { value: t.checks, source: w.sources.get(`${itemPath}.thresholds.checks`) ?? source };
  return {
    name: value.name ?? `${method} ${value.path}`,
    method,
    path: value.path,
    headers,
    body,
    ...(value.json !== undefined ? { json: value.json } : {}),
    weight: value.weight ?? null,
    expectStatus: value.expect?.status ?? null,
    checks: readChecks(w, value.expect, itemPath, source),
    captures: readCaptures(w, value.capture, itemPath, source),
    thinkTime: value.think ?? null,
    thresholds,
    regression: value.regression ?? null,
    source,
  };
}
