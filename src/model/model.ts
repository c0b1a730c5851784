// The traffic model: access log records folded, one at a time and in bounded memory, into routes
// (method and template), their shares, sizes and status mix, samples of their parameters' real
// values, and the per-second and per-minute rates the peak is read from. Pure: the caller streams
// the lines in.

import type { LogRecord } from './access-log.js';
import { type Peaks, type Series, absorbPeaks, absorbSeries, countIn, countInSeries, newPeaks, newSeries, peakOf, seriesCounts, seriesMax } from './peaks.js';
import { type KnownRoute, type Segment, keyOf, matchKnown, routeKeyOf, segmentsOf, slugPositions } from './routes.js';

/** SAMPLE_ROWS: real parameter values kept per route (a reservoir: every request equally likely). */
export const SAMPLE_ROWS = 1000;
/**
 * FOLD_AT: distinct routes held before the first fold of high-cardinality positions. Folding early
 * keeps memory small (5,000 blog posts would otherwise each hold a route, with its reservoirs,
 * until the end); the limit doubles whenever folding cannot halve the routes (a big fixed table).
 */
const FOLD_AT = 256;
/** QUERY_SHARE: a query parameter in at least this share of a route's requests is part of its template. */
const QUERY_SHARE = 0.5;

/** A query parameter whose name says it is a credential is never modelled, nor its values sampled. */
export const SECRET_PARAM = /pass(word)?|secret|token|api[-_]?key|apikey|^key$|auth|session|sess(id)?|csrf|xsrf|signature|^sig$|credential|code|ticket/i;
const EMAIL_VALUE = /[^@\s]+@[^@\s]+\.[A-Za-z]{2,}/;

/** TrafficModelState: a model's whole state as plain, cloneable data (see snapshot and absorb). */
export interface TrafficModelState {
  requests: number;
  firstMs: number;
  lastMs: number;
  routes: RouteStats[];
  perSecond: Series;
  perMinute: Series;
  unparsedCount: number;
  unparsedSamples: string[];
  secretParams: Map<string, number>;
  emails: number;
}

export interface RouteStats {
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
  /** perSecond, perMinute: the route's busiest second and minute (see peaks.ts). */
  perSecond: Peaks;
  perMinute: Peaks;
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
  /** peakPerSecond: its busiest second's requests; peakMinutePerSecond: its busiest minute's, per second. */
  peakPerSecond: number;
  peakMinutePerSecond: number;
  /** peaksExact: false when logs of the same hours (or lines far out of order) made the route's peaks lower bounds. */
  peaksExact: boolean;
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
  /** perSecond, perMinute: every second's and minute's requests, exactly (the peak, and the per-minute rates the written rate is read from). */
  private readonly perSecond = newSeries();
  private readonly perMinute = newSeries();
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
  private limit = FOLD_AT;

  /** add folds one parsed request in. Per line of a log of gigabytes: nothing is built that is not kept. */
  add(record: LogRecord): void {
    this.requests++;
    if (record.timeMs < this.firstMs) this.firstMs = record.timeMs;
    if (record.timeMs > this.lastMs) this.lastMs = record.timeMs;
    const second = Math.floor(record.timeMs / 1000);
    countInSeries(this.perSecond, second);
    countInSeries(this.perMinute, Math.floor(second / 60));
    const q = record.target.indexOf('?');
    const path = q < 0 ? record.target : record.target.slice(0, q);
    let values: string[] = [];
    // A route the service's router declares (--routes) wins over any guess.
    const known = this.known.length > 0 ? matchKnown(this.known, record.method, path) : null;
    if (known) values = known.values;
    let route = this.routes.get(known ? keyOf(record.method, known.route.segments) : routeKeyOf(record.method, path, values));
    if (!route && known) {
      route = { ...emptyRoute(record.method, known.route.segments), known: true };
      this.routes.set(keyOf(record.method, known.route.segments), route);
    }
    if (!route) {
      const segments = segmentsOf(path).segments;
      // A route folded into a {slug} before: its requests go to the folded route.
      route = this.folded(record.method, segments, values) ?? emptyRoute(record.method, segments);
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
    countIn(route.perSecond, second);
    countIn(route.perMinute, Math.floor(second / 60));
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

  /** addUnparsed counts a line no format read; the first few are kept for the summary, shortened, their secrets masked. */
  addUnparsed(line: string): void {
    this.unparsedCount++;
    if (this.unparsedSamples.length < 5) {
      const masked = maskedLine(line);
      this.unparsedSamples.push(masked.length > 120 ? `${masked.slice(0, 120)}…` : masked);
    }
  }

  result(): TrafficModelResult {
    this.fold();
    const routes = [...this.routes.values()].sort((a, b) => b.count - a.count);
    const minutes = seriesCounts(this.perMinute);
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
        peakPerSecond: peakOf(r.perSecond),
        peakMinutePerSecond: peakOf(r.perMinute) / 60,
        peaksExact: r.perSecond.exact && r.perMinute.exact,
        samples: r.samples,
      })),
      peakPerSecond: seriesMax(this.perSecond),
      peakMinutePerSecond: seriesMax(this.perMinute) / 60,
      minuteRates: minutes.map(([, n]) => n / 60),
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
      this.put(foldedAt(route, positions));
    }
  }

  /** put: a route in the model: added, or combined with the one of the same template. */
  private put(route: RouteStats): void {
    const key = keyOf(route.method, route.segments);
    const into = this.routes.get(key);
    if (!into) {
      this.routes.set(key, route);
      return;
    }
    into.statuses.forEach((_, c) => (into.statuses[c] += route.statuses[c]));
    for (const [name, n] of route.query) into.query.set(name, (into.query.get(name) ?? 0) + n);
    into.sizes = this.mergedReservoir(into.sizes, into.count, route.sizes, route.count);
    into.samples = this.mergedReservoir(into.samples, into.seen, route.samples, route.seen);
    into.count += route.count;
    into.seen += route.seen;
    absorbPeaks(into.perSecond, route.perSecond);
    absorbPeaks(into.perMinute, route.perMinute);
  }

  /** snapshot: the model's state as plain data (a worker's part of a split log, posted to the thread that merges). */
  snapshot(): TrafficModelState {
    return { requests: this.requests, firstMs: this.firstMs, lastMs: this.lastMs, routes: [...this.routes.values()], perSecond: this.perSecond, perMinute: this.perMinute, unparsedCount: this.unparsedCount, unparsedSamples: this.unparsedSamples, secretParams: this.secretParams, emails: this.emails };
  }

  /**
   * absorb: another part of the same evidence (a snapshot of a model fed other lines), merged in as
   * if its lines had been added here: counts add, reservoirs merge fairly, and a route this model
   * already folded into a {slug} takes the other's requests for its words.
   */
  absorb(other: TrafficModelState): void {
    this.requests += other.requests;
    this.firstMs = Math.min(this.firstMs, other.firstMs);
    this.lastMs = Math.max(this.lastMs, other.lastMs);
    absorbSeries(this.perSecond, other.perSecond);
    absorbSeries(this.perMinute, other.perMinute);
    this.unparsedCount += other.unparsedCount;
    for (const sample of other.unparsedSamples) if (this.unparsedSamples.length < 5) this.unparsedSamples.push(sample);
    for (const [name, n] of other.secretParams) this.secretParams.set(name, (this.secretParams.get(name) ?? 0) + n);
    this.emails += other.emails;
    for (const route of other.routes) {
      if (route.known || this.routes.has(keyOf(route.method, route.segments))) {
        this.put(route);
        continue;
      }
      this.put(route);
    }
    // Either side may have folded words the other still holds as routes of their own: into the {slug}s.
    this.intoSlugs();
    if (this.routes.size > this.limit) this.fold();
  }

  /** intoSlugs: every route whose word is, at its position, a {slug} some route of the same shape already has, merged into that route. */
  private intoSlugs(): void {
    for (const [key, route] of [...this.routes]) {
      if (route.known) continue;
      const at = route.segments.findIndex((s, i) => typeof s === 'string' && this.routes.has(keyOf(route.method, route.segments.map((t, j) => (j === i ? { kind: 'slug' as const } : t)))));
      if (at < 0) continue;
      this.routes.delete(key);
      this.put(foldedAt(route, [at]));
    }
  }

  /**
   * mergedReservoir: one sample of up to SAMPLE_ROWS from two, as if one reservoir had seen both
   * streams: each draw is from the requests not yet drawn, so it takes from `a` with the chance
   * its requests are of those left (a hypergeometric split), and the item is one of `a`'s, at random.
   */
  private mergedReservoir<T>(a: T[], seenA: number, b: T[], seenB: number): T[] {
    if (b.length === 0) return a;
    if (a.length === 0) return b;
    const shuffled = (items: T[]) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = this.next() % (i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    };
    const [fromA, fromB] = [shuffled(a), shuffled(b)];
    let [leftA, leftB] = [seenA, seenB];
    const out: T[] = [];
    let [i, j] = [0, 0];
    while (out.length < SAMPLE_ROWS && (i < fromA.length || j < fromB.length)) {
      const takeA = j >= fromB.length || (i < fromA.length && (this.next() / 2 ** 32) * (leftA + leftB) < leftA);
      if (takeA) {
        out.push(fromA[i++]);
        leftA--;
      } else {
        out.push(fromB[j++]);
        leftB--;
      }
    }
    return out;
  }

  /** slot: where the `seen`-th item goes in a reservoir holding `held` (Algorithm R): an index, or -1 when it is not kept. */
  private slot(seen: number, held: number): number {
    if (held < SAMPLE_ROWS) return held;
    const j = this.next() % seen;
    return j < SAMPLE_ROWS ? j : -1;
  }

  /** next: the seeded xorshift's next value, 0 … 2^32 − 1 (the same evidence always samples the same rows). */
  private next(): number {
    this.state ^= this.state << 13;
    this.state ^= this.state >>> 17;
    this.state ^= this.state << 5;
    return this.state >>> 0;
  }
}

/**
 * maskedLine: a log line that did not parse, safe to show: credential-named values (query, cookie
 * or JSON), bearer and basic credentials, JWTs and e-mail addresses replaced by ***. It did not
 * parse, so nothing is known of its shape: every place a secret could be is masked.
 */
export function maskedLine(line: string): string {
  return line
    .replace(/(Bearer|Basic|Digest|Token)(\s+)[^\s"',;]+/gi, '$1$2***')
    .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '***')
    .replace(/("([^"\\]*)"\s*:\s*)"((?:[^"\\]|\\.)*)"/g, (all, head: string, name: string) => (SECRET_PARAM.test(name) ? `${head}"***"` : all))
    .replace(/([\w.-]+)=([^&\s"';,]+)/g, (all, name: string) => (SECRET_PARAM.test(name) ? `${name}=***` : all))
    .replace(/[^@\s/?&=;:"',<>()[\]]+(@|%40)[^@\s/?&=;:"',<>()[\]]+\.[A-Za-z]{2,}/g, '***');
}

/** PEAK_WINDOW_SECONDS: how far out of order a line may be logged and still count with its second (see peaks.ts). */
const PEAK_WINDOW_SECONDS = 60;

function emptyRoute(method: string, segments: Segment[]): RouteStats {
  return { method, segments, count: 0, statuses: [0, 0, 0, 0, 0, 0], sizes: [], samples: [], seen: 0, query: new Map(), perSecond: newPeaks(PEAK_WINDOW_SECONDS), perMinute: newPeaks(2) };
}

/** foldedAt: a route with the words at `positions` made a {slug}, the words becoming the first values of its samples. */
function foldedAt(route: RouteStats, positions: readonly number[]): RouteStats {
  const segments = route.segments.map((s, i) => (positions.includes(i) ? { kind: 'slug' as const } : s));
  const words = positions.map((i) => route.segments[i] as string);
  return { ...route, segments, samples: route.samples.map((s) => ({ ...s, path: withWords(route.segments, s.path, positions, words) })) };
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
