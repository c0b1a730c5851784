// The traffic model written as what a person checks in: a load_test section (endpoints with route
// templates, weights, the open model at a stated rate), a data file of real parameter values per
// route, and a summary table. Pure: text out, the caller writes the files.

import { isMap, isScalar, parseDocument, stringify } from 'yaml';
import type { ModelledRoute, TrafficModelResult } from './model.js';
import type { Segment } from './routes.js';

/** MAX_ROUTES_WRITTEN: routes beyond the busiest this many are left out, and the summary says how much traffic that was. */
export const MAX_ROUTES_WRITTEN = 100;

export interface ModelOptions {
  /** source: what was read, for the header ("access.log"). */
  source: string;
  /** scale: the rate as a multiple of the observed rate (1 = production's). */
  scale: number;
  /** rateAt: the per-minute percentile the rate is taken at; null for the busiest minute. */
  rateAt: number | null;
  /** dataDir: where the data files go, relative to the config. */
  dataDir: string;
  /**
   * base: the user's own config (its text and name): written back with its traffic replaced by
   * production's (endpoints, data and rate; its flows, setup, on_start and concurrency removed, and
   * the header says so), its SLOs, target and every other setting kept, comments too.
   */
  base?: { file: string; text: string };
}

export interface WrittenModel {
  yaml: string;
  files: Array<{ path: string; text: string }>;
  /** summary: the table and notes for a terminal; markdown: the same for a job summary. */
  summary: string;
  markdown: string;
  rate: number;
  /** routes: how many were written (the busiest MAX_ROUTES_WRITTEN at most). */
  routes: number;
  /** facts: what the model found, as data (model.json): what `loadtest capacity --production-peak DIR` reads. */
  facts: { source: string; requests: number; firstMs: number; lastMs: number; peakPerSecond: number; peakMinutePerSecond: number; rate: number; scale: number };
}

/** ModelBaseError: the base config cannot take the model (it does not parse, or its load_test is not a section). */
export class ModelBaseError extends Error {}

/** TRAFFIC_KEYS: what a base config's load_test says of its traffic and its shape, all replaced by the model's one stated rate. */
const TRAFFIC_KEYS = ['flows', 'setup', 'on_start', 'concurrency', 'endpoints', 'data', 'rate', 'pattern', 'ramp_up', 'stages', 'think_time', 'burst'];

export function writeModel(model: TrafficModelResult, options: ModelOptions): WrittenModel {
  const kept = model.routes.slice(0, MAX_ROUTES_WRITTEN);
  const left = model.routes.slice(MAX_ROUTES_WRITTEN);
  const taken = new Set<string>();
  const files: WrittenModel['files'] = [];
  const data: Array<{ file: string; order: string }> = [];
  const endpoints = kept.map((route) => {
    const { path: written, columns, rows } = templateOf(route, taken);
    // No real values to draw from (Prometheus keeps none): each parameter is drawn at random by its kind.
    const path = columns.length > 0 && rows.length === 0 ? columns.reduce((p, column) => p.replace(`{{ ${column} }}`, `{{ ${GENERATED[column.slice(column.lastIndexOf('_') + 1)] ?? 'randomString(12)'} }}`), written) : written;
    if (columns.length > 0 && rows.length > 0) {
      const file = `${options.dataDir}/${fileNameOf(route)}.csv`;
      files.push({ path: file, text: csv(columns, rows) });
      data.push({ file, order: 'random' });
    }
    return { name: `${route.method} ${route.template}`, ...(route.method !== 'GET' ? { method: route.method } : {}), path, weight: 0 };
  });
  // Shares to four places, the busiest route taking the rounding so they sum to exactly 1.
  const total = kept.reduce((n, r) => n + r.count, 0);
  kept.forEach((route, i) => (endpoints[i].weight = round(route.count / total, 4)));
  if (endpoints.length > 0) endpoints[0].weight = round(1 - endpoints.slice(1).reduce((n, e) => n + e.weight, 0), 4);

  const base = options.rateAt === null ? model.peakMinutePerSecond : percentile(model.minuteRates, options.rateAt);
  const rate = Math.max(0.1, round(base * options.scale, 1));
  const why = `${options.scale === 1 ? '' : `${options.scale}× `}${options.rateAt === null ? "the busiest minute's" : `the p${options.rateAt} minute's`} ${round(base, 2)} req/s`;
  const header = [
    `Modelled from ${options.source} by \`loadtest model\`: ${model.requests.toLocaleString('en-US')} requests from ${iso(model.firstMs)} to ${iso(model.lastMs)}.`,
    `rate: ${why}. The open model: production's requests arrive whatever the service does, so the test sends them at a stated rate too.`,
    ...notes(model, left),
  ];
  const loadTest = { rate, ...(data.length ? { data } : {}), endpoints };
  const yaml = options.base ? intoBase(options.base, loadTest, header) : `${header.map((l) => `# ${l}`).join('\n')}\n${stringify({ load_test: loadTest }, { lineWidth: 0 })}`;
  const table = tableOf(model, kept, left, rate, why);
  const facts = { source: options.source, requests: model.requests, firstMs: model.firstMs, lastMs: model.lastMs, peakPerSecond: model.peakPerSecond, peakMinutePerSecond: round(model.peakMinutePerSecond, 3), rate, scale: options.scale };
  return { yaml, files, summary: textOf(table), markdown: markdownOf(table), rate, routes: kept.length, facts };
}

/**
 * intoBase: the base config's text with its load_test traffic replaced by the model's (in every
 * environment block too, which would otherwise put it back), the rest, comments too, as it was.
 */
function intoBase(base: { file: string; text: string }, loadTest: Record<string, unknown>, header: string[]): string {
  const doc = parseDocument(base.text);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new ModelBaseError(`${base.file}:${e.linePos?.[0].line ?? 1}: ${e.message.split('\n')[0]}`);
  }
  if (doc.contents !== null && !isMap(doc.contents)) throw new ModelBaseError(`${base.file}: expected a config (a mapping with a load_test section)`);
  const replaced: string[] = [];
  const clear = (path: Array<string>) => {
    const section = doc.getIn(path);
    if (section === undefined || section === null) return;
    if (!isMap(section)) throw new ModelBaseError(`${base.file}: ${path.join('.')} is not a section (a mapping)`);
    for (const key of TRAFFIC_KEYS) {
      if (!section.has(key)) continue;
      section.delete(key);
      replaced.push(`${path.join('.')}.${key}`);
    }
  };
  clear(['load_test']);
  const environments = doc.get('environments');
  if (isMap(environments)) for (const pair of environments.items) clear(['environments', String(isScalar(pair.key) ? pair.key.value : pair.key), 'load_test']);
  // An empty `load_test:` is a null: a section is made for the model's keys.
  if (!isMap(doc.get('load_test'))) doc.set('load_test', doc.createNode({}));
  for (const [key, value] of Object.entries(loadTest)) doc.setIn(['load_test', key], doc.createNode(value));
  const said = [`${base.file} with its traffic from production${replaced.length ? ` (replaced: ${replaced.join(', ')})` : ''}; its other settings as written.`, ...header];
  doc.commentBefore = [...said, ...(doc.commentBefore ? [doc.commentBefore] : [])].join('\n').replace(/^/gm, ' ');
  try {
    return doc.toString({ lineWidth: 0 });
  } catch (error) {
    // An alias (*name) elsewhere of an anchor (&name) on a setting the model replaced.
    throw new ModelBaseError(`${base.file}: ${(error as Error).message.split('\n')[0]}: an alias refers to a traffic setting the model replaces; write its value out`);
  }
}

/** GENERATED: what stands in for a parameter of each kind when no real value was seen. */
const GENERATED: Readonly<Record<string, string>> = { id: 'randomInt(1, 100000)', uuid: 'uuid()', hash: 'randomString(32)', slug: 'randomString(12)' };

/** templateOf: a route's path with its parameters as {{ columns }}, and its sampled rows for them. */
function templateOf(route: ModelledRoute, taken: Set<string>): { path: string; columns: string[]; rows: string[][] } {
  const columns: string[] = [];
  const pathColumn: Array<number | null> = [];
  const parts: string[] = [];
  route.segments.forEach((segment, i) => {
    if (typeof segment === 'string') {
      parts.push(encodeURIComponent(segment));
      return;
    }
    if (segment.kind === 'email') {
      // Real addresses are never copied: a made-up one stands in.
      parts.push('user{{ seq() }}@example.test');
      pathColumn.push(null);
      return;
    }
    const previous = route.segments[i - 1];
    const column = unique(`${typeof previous === 'string' ? variable(previous) : `p${i}`}_${segment.name ? variable(segment.name) : segment.kind}`, taken);
    columns.push(column);
    pathColumn.push(columns.length - 1);
    parts.push(`{{ ${column} }}`);
  });
  const queryColumns = route.query.map((name) => unique(`${variable(lastWord(route.segments))}_${variable(name)}`, taken));
  columns.push(...queryColumns);
  const query = route.query.map((name, k) => `${encodeURIComponent(name)}={{ ${queryColumns[k]} }}`).join('&');
  const rows = route.samples
    .map((sample) => {
      const pathValues = sample.path.filter((_, k) => pathColumn[k] !== null);
      return [...pathValues, ...route.query.map((name) => sample.query[name] ?? '')];
    })
    // A row with a value left out (an e-mail address, a missing parameter) is not a real request's.
    .filter((row) => row.length === columns.length && row.every((v) => v !== ''));
  return { path: `/${parts.join('/')}${query ? `?${query}` : ''}`, columns, rows };
}

function lastWord(segments: readonly Segment[]): string {
  const words = segments.filter((s): s is string => typeof s === 'string' && s !== '');
  return words[words.length - 1] ?? 'root';
}

function variable(text: string): string {
  const cleaned = text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z_]/.test(cleaned) ? cleaned : `v_${cleaned}`;
}

function unique(name: string, taken: Set<string>): string {
  let out = name;
  for (let i = 2; taken.has(out); i++) out = `${name}_${i}`;
  taken.add(out);
  return out;
}

function fileNameOf(route: ModelledRoute): string {
  return `${route.method}${route.template}`.toLowerCase().replace(/[{}]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function csv(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v);
  return `${columns.join(',')}\n${rows.map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

function notes(model: TrafficModelResult, left: readonly ModelledRoute[]): string[] {
  const out: string[] = [];
  const unsampled = model.routes.filter((r) => r.samples.length === 0 && r.segments.some((s) => typeof s !== 'string'));
  if (unsampled.length > 0) out.push(`no real values were seen for the parameters of ${unsampled.length} route${unsampled.length === 1 ? '' : 's'} (${unsampled.slice(0, 3).map((r) => `${r.method} ${r.template}`).join(', ')}${unsampled.length > 3 ? ', …' : ''}): they are drawn at random; a data file of real IDs makes the test hit what production hits`);
  if (model.unparsed.count > 0) out.push(`${model.unparsed.count.toLocaleString('en-US')} lines did not parse and were left out, e.g. ${model.unparsed.samples.map((s) => JSON.stringify(s)).join(', ')}`);
  if (model.dropped.secretParams.size > 0) out.push(`never copied: the query parameters ${[...model.dropped.secretParams].map(([name, n]) => `${name} (${n.toLocaleString('en-US')}×)`).join(', ')}, whose names say they are credentials`);
  if (model.dropped.emails > 0) out.push(`never copied: e-mail addresses in ${model.dropped.emails.toLocaleString('en-US')} requests (a made-up address stands in a path; a row holding one is left out of the data)`);
  if (left.length > 0) out.push(`${left.length} rarer routes (${round((left.reduce((n, r) => n + r.count, 0) / model.requests) * 100, 2)}% of requests) are left out; the weights are of the routes written`);
  return out;
}

interface Table {
  headers: string[];
  rows: string[][];
  totals: string;
  notes: string[];
}

function tableOf(model: TrafficModelResult, kept: readonly ModelledRoute[], left: readonly ModelledRoute[], rate: number, why: string): Table {
  const rows = kept.map((r) => [
    r.method,
    r.template,
    `${round(r.share * 100, 1)}%`,
    r.samples.length === 0 && r.p50Bytes === 0 ? '—' : `${r.p50Bytes.toLocaleString('en-US')} B`,
    `${r.peaksExact ? '' : '≥ '}${round(r.peakPerSecond, 2).toLocaleString('en-US')}`,
    `${r.peaksExact ? '' : '≥ '}${round(r.peakMinutePerSecond, 2).toLocaleString('en-US')}`,
    Object.entries(r.statuses).map(([s, n]) => `${s} ${round((n / r.count) * 100, 1)}%`).join(' ') || '—',
  ]);
  return {
    headers: ['Method', 'Route', 'Share', 'p50 size', 'Peak req/s (second)', '(minute)', 'Status mix'],
    rows,
    totals: `${model.requests.toLocaleString('en-US')} requests, ${kept.length} route${kept.length === 1 ? '' : 's'}${left.length ? ` (+${left.length} rarer left out)` : ''} · peak ${model.peakPerSecond.toLocaleString('en-US')} req/s in a second, ${round(model.peakMinutePerSecond, 2)} req/s over the busiest minute · rate ${rate} req/s (${why})`,
    notes: notes(model, left),
  };
}

/** NUMERIC: the columns read as numbers, right-aligned. */
const NUMERIC = new Set([2, 3, 4, 5]);

function textOf(table: Table): string {
  const widths = table.headers.map((h, i) => Math.max(h.length, ...table.rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (NUMERIC.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(table.headers), ...table.rows.map(line), '', table.totals, ...table.notes].join('\n');
}

function markdownOf(table: Table): string {
  // Text from the log (a route, a line that did not parse) must not become a link or markup in the summary.
  const cell = (text: string) => text.replace(/[\\`*_[\]|]/g, (c) => `\\${c}`).replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    `| ${table.headers.join(' | ')} |`,
    `|${table.headers.map((_, i) => (NUMERIC.has(i) ? '---:' : '---')).join('|')}|`,
    ...table.rows.map((r) => `| ${r.map((c, i) => (i === 1 ? `\`${c}\`` : cell(c))).join(' | ')} |`),
    '',
    table.totals,
    ...(table.notes.length ? ['', ...table.notes.map((n) => `- ${cell(n)}`)] : []),
  ].join('\n');
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

function iso(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : '-';
}
