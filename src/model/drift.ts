// Drift: the checked-in mix against production's. Routes are compared by method and path template
// (a `{{ }}` template and an identifier-shaped literal read as the same parameter), their shares
// in percentage points. New, gone or shifted by more than the threshold is drift. Pure.

import { segmentsOf } from './routes.js';

export interface MixRoute {
  method: string;
  /** path: as written (a config's path with its templates) or as modelled (with {id}-style parameters). */
  path: string;
  /** share: of requests, 0–1. */
  share: number;
}

export interface DriftRow {
  route: string;
  checkedIn: number;
  production: number;
  /** points: production − checked in, in percentage points. */
  points: number;
  state: 'new' | 'gone' | 'shifted' | 'same';
}

/** routeKey: "GET /api/users/{*}": every parameter alike, however written; the query left out. */
export function routeKey(method: string, path: string): string {
  const bare = path.split('?')[0].replace(/\{\{.*?\}\}/g, '{*}').replace(/\{[a-z]+\}/g, '{*}');
  const { segments } = segmentsOf(bare);
  return `${method.toUpperCase()} /${segments.map((s) => (typeof s === 'string' ? (s.includes('{*}') ? '{*}' : s) : '{*}')).join('/')}`;
}

/** compareMix: each route's share on both sides; drifted: whether any moved by more than `thresholdPoints` (or appeared or went with more). */
export function compareMix(checkedIn: readonly MixRoute[], production: readonly MixRoute[], thresholdPoints: number): { rows: DriftRow[]; drifted: boolean } {
  const sum = (routes: readonly MixRoute[]) => {
    const out = new Map<string, number>();
    for (const r of routes) out.set(routeKey(r.method, r.path), (out.get(routeKey(r.method, r.path)) ?? 0) + r.share * 100);
    return out;
  };
  const mine = sum(checkedIn);
  const theirs = sum(production);
  const rows: DriftRow[] = [...new Set([...mine.keys(), ...theirs.keys()])].map((route) => {
    const a = mine.get(route) ?? 0;
    const b = theirs.get(route) ?? 0;
    const state = !mine.has(route) ? 'new' : !theirs.has(route) ? 'gone' : Math.abs(b - a) > thresholdPoints ? 'shifted' : 'same';
    return { route, checkedIn: round(a), production: round(b), points: round(b - a), state };
  });
  rows.sort((x, y) => Math.abs(y.points) - Math.abs(x.points));
  return { rows, drifted: rows.some((r) => Math.abs(r.points) > thresholdPoints) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
