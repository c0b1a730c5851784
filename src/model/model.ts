// The traffic model: access log records folded, one at a time and in bounded memory, into routes
// (method and template), their shares, sizes and status mix, samples of their parameters' real
// values, and the per-second and per-minute rates the peak is read from. Pure: the caller streams
// the lines in.

import type { LogRecord } from './access-log.js';
import { type KnownRoute, type Segment, keyOf, matchKnown, routeKeyOf, segmentsOf, slugPositions } from './routes.js';

/** SAMPLE_ROWS: real parameter values kept per route (a reservoir: every request equally likely). */
export const SAMPLE_ROWS = 1000;
/** MAX_ROUTES: distinct routes held before high-cardinality positions are folded (memory stays bounded). */
const MAX_ROUTES = 20_000;
/** QUERY_SHARE: a query parameter in at least this share of a route's requests is part of its template. */
const QUERY_SHARE = 0.5;

/** A query parameter whose name says it is a credential is never modelled, nor its values sampled. */
export const SECRET_PARAM = /pass(word)?|secret|token|api[-_]?key|apikey|^key$|auth|session|sess(id)?|csrf|xsrf|signature|^sig$|credential|code|ticket/i;
const EMAIL_VALUE = /[^@\s]+@[^@\s]+\.[A-Za-z]{2,}/;

interface RouteStats {
  method: string;
  segments: Segment[];
  count: number;
  /** statuses: requests by status class, statuses[1] for 1xx … statuses[5] for 5xx. */
  statuses: number[];
  sizes: number[];
  /** samples: reservoir of each request's parameter values: path values, then query values by name. */
  samples: Array<{ path: string[]; query: Record<string, string> }>;
  seen: number;
  query: Map<string, number>;
  /** known: a --routes template: never folded. */
  known?: boolean;
}

export interface ModelledRoute {
  method: string;
  /** template: the route as people read it: /api/users/{id}. */
  template: string;
  segments: Segment[];
  count: number;
  share: number;
  p50Bytes: number;
  statuses: Record<string, number>;
  /** query: the query parameters most of its requests carry, secrets left out. */
  query: string[];
  samples: Array<{ path: string[]; query: Record<string, string> }>;
}

export interface TrafficModelResult {
  requests: number;
  firstMs: number;
  lastMs: number;
  routes: ModelledRoute[];
  /** peakPerSecond: the busiest second's requests; peakMinutePerSecond: the busiest minute's, per second. */
  peakPerSecond: number;
  peakMinutePerSecond: number;
  /** minuteRates: each minute's requests per second, in time order (for --rate-at). */
  minuteRates: number[];
  unparsed: { count: number; samples: string[] };
  /** dropped: what was left out for privacy: secret query parameters by name, e-mail values. */
  dropped: { secretParams: Map<string, number>; emails: number };
}

export class TrafficModel {
  /** known: the router's own templates (--routes), which win over any guess. */
  constructor(private readonly known: readonly KnownRoute[] = []) {}

  private readonly routes = new Map<string, RouteStats>();
  private readonly seconds = new Map<number, number>();
  private requests = 0;
  private firstMs = Infinity;
  private lastMs = -Infinity;
  private unparsedCount = 0;
  private readonly unparsedSamples: string[] = [];
  private readonly secretParams = new Map<string, number>();
  private emails = 0;
  private state = 0x9e3779b9;
  /** secretNames: whether a query parameter's name says it is a credential, remembered (a few hundred names repeat over millions of lines). */
  private readonly secretNames = new Map<string, boolean>();
  /** limit: routes held before folding; raised when folding cannot bring them down (a big but fixed route table). */
  private limit = MAX_ROUTES;

  /** add folds one parsed request in. Per line of a log of gigabytes: nothing is built that is not kept. */
  add(record: LogRecord): void {
    this.requests++;
    if (record.timeMs < this.firstMs) this.firstMs = record.timeMs;
    if (record.timeMs > this.lastMs) this.lastMs = record.timeMs;
    const second = Math.floor(record.timeMs / 1000);
    this.seconds.set(second, (this.seconds.get(second) ?? 0) + 1);
    const q = record.target.indexOf('?');
    const path = q < 0 ? record.target : record.target.slice(0, q);
    let values: string[] = [];
    // A route the service's router declares (--routes) wins over any guess.
    const known = this.known.length > 0 ? matchKnown(this.known, record.method, path) : null;
    if (known) values = known.values;
    let route = this.routes.get(known ? keyOf(record.method, known.route.segments) : routeKeyOf(record.method, path, values));
    if (!route && known) {
      route = { method: record.method, segments: known.route.segments, count: 0, statuses: [0, 0, 0, 0, 0, 0], sizes: [], samples: [], seen: 0, query: new Map(), known: true };
      this.routes.set(keyOf(record.method, known.route.segments), route);
    }
    if (!route) {
      const segments = segmentsOf(path).segments;
      // A route folded into a {slug} before: its requests go to the folded route.
      route = this.folded(record.method, segments, values) ?? { method: record.method, segments, count: 0, statuses: [0, 0, 0, 0, 0, 0], sizes: [], samples: [], seen: 0, query: new Map() };
      if (route.count === 0) {
        this.routes.set(keyOf(record.method, segments), route);
        if (this.routes.size > this.limit) {
          this.fold();
          if (this.routes.size > this.limit / 2) this.limit *= 2;
          route = this.routes.get(keyOf(record.method, segments)) ?? this.folded(record.method, segments, values)!;
        }
      }
    }
    route.count++;
    route.statuses[Math.floor(record.status / 100)]++;
    const sizeAt = this.slot(route.count, route.sizes.length);
    if (sizeAt >= 0) route.sizes[sizeAt] = record.bytes;
    // Which query parameters the route's requests carry (counted every time), and the secret ones left out.
    let query: string | null = null;
    if (q >= 0) {
      query = record.target.slice(q + 1);
      for (const pair of query.split('&')) {
        const eq = pair.indexOf('=');
        const name = eq < 0 ? pair : pair.slice(0, eq);
        if (name === '') continue;
        let secret = this.secretNames.get(name);
        if (secret === undefined && this.secretNames.size < 10_000) this.secretNames.set(name, (secret = SECRET_PARAM.test(name)));
        if (secret ?? SECRET_PARAM.test(name)) this.secretParams.set(name, (this.secretParams.get(name) ?? 0) + 1);
        else route.query.set(name, (route.query.get(name) ?? 0) + 1);
      }
    }
    const email = values.some((v) => v.includes('@') && EMAIL_VALUE.test(v)) || (query !== null && (query.includes('@') || query.includes('%40')) && EMAIL_VALUE.test(safeDecode(query)));
    if (email) this.emails++;
    route.seen++;
    const sampleAt = this.slot(route.seen, route.samples.length);
    if (sampleAt < 0) return;
    // Kept: only now are its values decoded; an e-mail address is never one of them (emptied, its row dropped when written).
    const sampled: Record<string, string> = {};
    if (query !== null) {
      for (const [name, value] of new URLSearchParams(query)) if (!SECRET_PARAM.test(name) && !EMAIL_VALUE.test(value)) sampled[name] = value;
    }
    route.samples[sampleAt] = { path: values.map((v) => (v.includes('@') && EMAIL_VALUE.test(v) ? '' : v)), query: sampled };
  }

  /** folded: the route this path's requests go to since a fold made one of its words a {slug}; null if none. */
  private folded(method: string, segments: readonly Segment[], values: string[]): RouteStats | null {
    for (const [i, s] of segments.entries()) {
      if (typeof s !== 'string') continue;
      const route = this.routes.get(keyOf(method, segments.map((t, j) => (j === i ? { kind: 'slug' as const } : t))));
      if (route) {
        // The word is the slug's value, in its place among the parameters.
        values.splice(segments.slice(0, i).filter((t) => typeof t !== 'string').length, 0, s);
        return route;
      }
    }
    return null;
  }

  /** addUnparsed counts a line no format read; the first few are kept for the summary, shortened. */
  addUnparsed(line: string): void {
    this.unparsedCount++;
    if (this.unparsedSamples.length < 5) this.unparsedSamples.push(line.length > 120 ? `${line.slice(0, 120)}…` : line);
  }

  result(): TrafficModelResult {
    this.fold();
    const routes = [...this.routes.values()].sort((a, b) => b.count - a.count);
    const minutes = new Map<number, number>();
    for (const [second, n] of this.seconds) minutes.set(Math.floor(second / 60), (minutes.get(Math.floor(second / 60)) ?? 0) + n);
    const minuteKeys = [...minutes.keys()].sort((a, b) => a - b);
    return {
      requests: this.requests,
      firstMs: this.firstMs,
      lastMs: this.lastMs,
      routes: routes.map((r) => ({
        method: r.method,
        template: keyOf(r.method, r.segments).slice(r.method.length + 1),
        segments: r.segments,
        count: r.count,
        share: this.requests === 0 ? 0 : r.count / this.requests,
        p50Bytes: median(r.sizes),
        statuses: Object.fromEntries(r.statuses.flatMap((n, c) => (n > 0 ? [[`${c}xx`, n]] : []))),
        query: [...r.query].filter(([, n]) => n >= QUERY_SHARE * r.count).map(([name]) => name).sort(),
        samples: r.samples,
      })),
      peakPerSecond: Math.max(0, ...this.seconds.values()),
      peakMinutePerSecond: Math.max(0, ...minutes.values()) / 60,
      minuteRates: minuteKeys.map((m) => minutes.get(m)! / 60),
      unparsed: { count: this.unparsedCount, samples: this.unparsedSamples },
      dropped: { secretParams: this.secretParams, emails: this.emails },
    };
  }

  /** fold: positions with too many distinct words become parameters, and their routes merge. */
  private fold(): void {
    const collapse = slugPositions([...this.routes.values()].filter((r) => !r.known));
    if (collapse.size === 0) return;
    for (const [key, positions] of collapse) {
      const route = this.routes.get(key);
      if (!route) continue;
      this.routes.delete(key);
      const segments = route.segments.map((s, i) => (positions.includes(i) ? { kind: 'slug' as const } : s));
      const words = positions.map((i) => route.segments[i] as string);
      const target = keyOf(route.method, segments);
      const merged = this.routes.get(target);
      // The folded words become the first values of the new parameter, in its samples.
      const samples = route.samples.map((s) => ({ ...s, path: withWords(route.segments, s.path, positions, words) }));
      if (!merged) {
        this.routes.set(target, { ...route, segments, samples });
        continue;
      }
      merged.count += route.count;
      route.statuses.forEach((n, c) => (merged.statuses[c] += n));
      for (const [name, n] of route.query) merged.query.set(name, (merged.query.get(name) ?? 0) + n);
      route.sizes.forEach((size, i) => this.reservoir(merged.sizes, size, merged.count - route.count + i + 1));
      for (const sample of samples) this.reservoir(merged.samples, sample, ++merged.seen);
    }
  }

  /** slot: where the `seen`-th item goes in a reservoir holding `held` (Algorithm R): an index, or -1 when it is not kept. */
  private slot(seen: number, held: number): number {
    if (held < SAMPLE_ROWS) return held;
    this.state ^= this.state << 13;
    this.state ^= this.state >>> 17;
    this.state ^= this.state << 5;
    const j = (this.state >>> 0) % seen;
    return j < SAMPLE_ROWS ? j : -1;
  }

  /** reservoir keeps `cap` items, each of the `seen` so far equally likely (Algorithm R), on a fixed seed. */
  private reservoir<T>(items: T[], item: T, seen: number): void {
    if (items.length < SAMPLE_ROWS) {
      items.push(item);
      return;
    }
    this.state ^= this.state << 13;
    this.state ^= this.state >>> 17;
    this.state ^= this.state << 5;
    const j = (this.state >>> 0) % seen;
    if (j < SAMPLE_ROWS) items[j] = item;
  }
}

/** withWords: a sample's path values with the folded positions' words put in their places. */
function withWords(segments: readonly Segment[], values: readonly string[], positions: readonly number[], words: readonly string[]): string[] {
  const out: string[] = [];
  let v = 0;
  segments.forEach((s, i) => {
    if (positions.includes(i)) out.push(words[positions.indexOf(i)]);
    else if (typeof s !== 'string') out.push(values[v++]);
  });
  return out;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
