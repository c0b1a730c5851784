// `loadtest model --from access.log [--from …] [--log-format FMT] [--out DIR] [--scale 2x] [--rate-at p95]`: production's
// access logs streamed (gzip read as it comes, constant memory whatever the size) into a traffic
// model; the config and its data files written to DIR, the summary table printed.

import { createReadStream, readFileSync } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { LogFormatError, type LogRecord, nginxFormat, parseLogLine } from '../model/access-log.js';
import { TrafficModel, type TrafficModelResult } from '../model/model.js';
import { compareMix } from '../model/drift.js';
import { type KnownRoute, parseRoutes } from '../model/routes.js';
import { PrometheusError, fromQueryRange } from '../model/prometheus.js';
import { OpenApiError, fromOpenApi } from '../model/openapi.js';
import { HarError, importHar } from '../har/import.js';
import { stringify } from 'yaml';
import { MODES } from '../app/modes.js';
import { loadPlan } from '../config/load.js';
import { ConfigError, formatIssue } from '../config/issues.js';
import { writeModel } from '../model/write.js';
import { EXIT_CODES } from '../report/model.js';
import type { CliArgs } from './args.js';
import type { CliIO } from './io.js';

export async function modelFiles(args: CliArgs, io: CliIO): Promise<number> {
  if (args.model.prometheus !== null) return modelPrometheus(args, io);
  if (args.model.openapi !== null) return modelOpenApi(args, io);
  if (args.model.har !== null) return modelHar(args, io);
  let known: KnownRoute[] = [];
  if (args.model.routes !== null) {
    let read;
    try {
      read = parseRoutes(readFileSync(args.model.routes, 'utf8'));
    } catch (error) {
      io.err(`error: --routes ${args.model.routes}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
      return EXIT_CODES.config;
    }
    if ('error' in read) {
      io.err(`error: ${args.model.routes}:${read.line}: ${read.error}`);
      return EXIT_CODES.config;
    }
    known = read.routes;
  }
  const model = new TrafficModel(known);
  let parse: (line: string) => LogRecord | null = parseLogLine;
  if (args.model.logFormat !== null) {
    try {
      parse = nginxFormat(args.model.logFormat);
    } catch (error) {
      if (!(error instanceof LogFormatError)) throw error;
      io.err(`error: --log-format: ${error.message}`);
      return EXIT_CODES.config;
    }
  }
  for (const file of args.model.from) {
    try {
      await eachLine(await streamOf(file), (line) => {
        if (line === '') return;
        const record = parse(line);
        if (record) model.add(record);
        else model.addUnparsed(line);
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.err(`error: ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'Z_DATA_ERROR' ? 'not valid gzip' : (error as Error).message}`);
      return EXIT_CODES.config;
    }
  }
  const result = model.result();
  return finish(args, io, result, args.model.from.join(', '));
}

/** readSource: a source file read by `read`; null (said on stderr) when it cannot be read or `read` refuses it with its own error. */
function readSource<T>(file: string, io: CliIO, read: (text: string, file: string) => T, refusal: new (...args: never[]) => Error): T | null {
  try {
    return read(readFileSync(file, 'utf8'), file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(error instanceof refusal) && code === undefined) throw error;
    io.err(`error: ${code === 'ENOENT' ? `${file}: no such file` : (error as Error).message}`);
    return null;
  }
}

/** modelHar: a browser recording as flows (the same as `loadtest import har`), written to DIR. */
async function modelHar(args: CliArgs, io: CliIO): Promise<number> {
  const file = args.model.har!;
  const imported = readSource(file, io, importHar, HarError);
  if (!imported) return EXIT_CODES.config;
  await mkdir(args.model.out, { recursive: true });
  await writeFile(join(args.model.out, 'performance_config.yml'), imported.yaml);
  io.out(imported.notes.join('\n'));
  io.out(`\nWrote ${join(args.model.out, 'performance_config.yml')}; run it with: loadtest run --config ${join(args.model.out, 'performance_config.yml')}${imported.environment.length ? ` (set ${imported.environment.join(', ')} first)` : ''}`);
  return 0;
}

/** modelOpenApi: endpoints from an OpenAPI 3 document, in equal shares (a spec holds no traffic). */
async function modelOpenApi(args: CliArgs, io: CliIO): Promise<number> {
  const file = args.model.openapi!;
  const result = readSource(file, io, fromOpenApi, OpenApiError);
  if (!result) return EXIT_CODES.config;
  // Text from the spec is sent as written: a `${` in an example must not read an environment variable.
  const literal = (value: unknown): unknown => (typeof value === 'string' ? value.replace(/\$\{/g, () => '$${') : Array.isArray(value) ? value.map(literal) : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, literal(v)])) : value);
  const endpoints = result.endpoints.map((e) => ({ name: e.name, ...(e.method !== 'GET' ? { method: e.method } : {}), path: literal(e.path), ...(e.json !== undefined ? { json: literal(e.json) } : {}) }));
  const yaml = `${[`Modelled from ${file} by \`loadtest model --openapi\`.`, ...result.notes].map((l) => `# ${l}`).join('\n')}\n${stringify({ load_test: { endpoints } }, { lineWidth: 0 })}`;
  await mkdir(args.model.out, { recursive: true });
  await writeFile(join(args.model.out, 'performance_config.yml'), yaml);
  io.out([...result.endpoints.map((e) => `${e.name.padEnd(40)}  ${e.path}`), '', ...result.notes].join('\n'));
  io.out(`\nWrote ${join(args.model.out, 'performance_config.yml')}; run it with: loadtest run --config ${join(args.model.out, 'performance_config.yml')} --target URL`);
  return 0;
}

/** modelPrometheus: the model from a PromQL range query of per-route rates (a bearer token from LOADTEST_PROMETHEUS_TOKEN). */
async function modelPrometheus(args: CliArgs, io: CliIO): Promise<number> {
  const endMs = Date.now();
  const startMs = endMs - args.model.sinceMs;
  const stepSeconds = Math.max(1, Math.round(args.model.sinceMs / 1000 / 250));
  const url = new URL('/api/v1/query_range', args.model.prometheus!);
  url.search = new URLSearchParams({ query: args.model.query, start: String(startMs / 1000), end: String(endMs / 1000), step: `${stepSeconds}s` }).toString();
  const token = io.env.LOADTEST_PROMETHEUS_TOKEN;
  let text: string;
  try {
    const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(30_000) });
    text = await response.text();
    if (response.status === 401 || response.status === 403) throw new Error(`HTTP ${response.status}: set LOADTEST_PROMETHEUS_TOKEN to a token that may query`);
  } catch (error) {
    io.err(`error: cannot query Prometheus at ${new URL(args.model.prometheus!).origin}: ${(error as Error).message}`);
    return EXIT_CODES.unreachable;
  }
  let result: TrafficModelResult;
  try {
    result = fromQueryRange(text, startMs, endMs);
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    io.err(`error: ${error.message}`);
    return EXIT_CODES.config;
  }
  return finish(args, io, result, `Prometheus (${args.model.query}, the last ${Math.round(args.model.sinceMs / 1000)}s, every ${stepSeconds}s)`);
}

async function finish(args: CliArgs, io: CliIO, result: TrafficModelResult, source: string): Promise<number> {
  if (result.requests === 0) {
    if (args.model.prometheus !== null) {
      io.err('error: the query saw no requests over that range');
      return EXIT_CODES.config;
    }
    io.err(`error: no request lines in ${args.model.from.join(', ')}: expected nginx/Apache combined or common lines, or JSON lines${result.unparsed.count ? ` (${result.unparsed.count} lines did not parse, e.g. ${JSON.stringify(result.unparsed.samples[0])})` : ''}`);
    return EXIT_CODES.config;
  }
  if (args.model.check !== null) return checkDrift(args, io, result);
  const written = writeModel(result, { source, scale: args.model.scale, rateAt: args.model.rateAt, dataDir: 'data' });
  const out = args.model.out;
  await mkdir(join(out, 'data'), { recursive: true });
  await writeFile(join(out, 'performance_config.yml'), written.yaml);
  for (const file of written.files) {
    await mkdir(dirname(join(out, file.path)), { recursive: true });
    await writeFile(join(out, file.path), file.text);
  }
  io.out(written.summary);
  io.out(`\nWrote ${join(out, 'performance_config.yml')}${written.files.length ? ` and ${written.files.length} data file${written.files.length === 1 ? '' : 's'} in ${join(out, 'data')}` : ''}; run it with: loadtest run --config ${join(out, 'performance_config.yml')} --target URL`);
  return 0;
}

/**
 * checkDrift compares the checked-in config's mix with production's: exit 1 when a route is new,
 * gone or shifted by more than the threshold (points of share), so a scheduled workflow can act.
 */
function checkDrift(args: CliArgs, io: CliIO, production: TrafficModelResult): number {
  const file = args.model.check!;
  let plan;
  try {
    // The target does not matter to the mix: a stand-in lets a config without one load.
    plan = loadPlan({ mode: { name: 'run', needs: MODES.run.needs }, overrides: new Map([['load_test.target', 'http://127.0.0.1:1']]), overrideSource: () => ({ kind: 'default' }), configFile: { value: file, source: { kind: 'flag', flag: '--check' } }, environment: null, env: io.env, readFile: (path) => readFileSync(path, 'utf8'), randomSeed: 1 });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const issue of error.issues) io.err(`error: ${formatIssue(issue)}`);
    return EXIT_CODES.config;
  }
  const checkedIn = plan.endpoints.map((e) => ({ method: e.method, path: e.path || '/', share: e.weight }));
  const { rows, drifted } = compareMix(checkedIn, production.routes.map((r) => ({ method: r.method, path: r.template, share: r.share })), args.model.threshold);
  const table = [['Route', 'Checked in', 'Production', 'Change', ''], ...rows.map((r) => [r.route, `${r.checkedIn}%`, `${r.production}%`, `${r.points > 0 ? '+' : ''}${r.points} pts`, r.state === 'same' ? '' : r.state])];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  io.out(table.map((row) => row.map((c, i) => (i > 0 && i < 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n'));
  const moved = rows.filter((r) => Math.abs(r.points) > args.model.threshold);
  io.out(
    drifted
      ? `\nDrift: ${moved.length} route${moved.length === 1 ? '' : 's'} moved by more than ${args.model.threshold} points of share since ${file} was written (${moved.map((r) => `${r.route} ${r.state}`).join(', ')}); re-run loadtest model --from … to bring it up to date`
      : `\nNo drift: every route of ${file} is within ${args.model.threshold} points of production's share (${production.requests.toLocaleString('en-US')} requests)`,
  );
  return drifted ? 1 : 0;
}

/**
 * eachLine: a stream's lines, split on the bytes and handed over synchronously, chunk by chunk
 * (readline's per-line events, or an async generator's per-line promise, cost more than the
 * parsing). Read as latin1, byte for byte: a log's request targets are ASCII, non-ASCII
 * percent-encoded, and the parsers decode those themselves. A CR before the LF is dropped.
 */
async function eachLine(stream: Readable, onLine: (line: string) => void): Promise<void> {
  let rest: Buffer | null = null;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const buffer: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let end = buffer.indexOf(10, start); end >= 0; end = buffer.indexOf(10, start)) {
      onLine(buffer.toString('latin1', start, end > start && buffer[end - 1] === 13 ? end - 1 : end));
      start = end + 1;
    }
    rest = start < buffer.length ? buffer.subarray(start) : null;
  }
  if (rest) onLine(rest.toString('latin1'));
}

/** streamOf: the file's bytes, gunzipped when it starts with gzip's magic bytes (whatever its name). */
async function streamOf(file: string): Promise<Readable> {
  const handle = await open(file, 'r');
  const head = Buffer.alloc(2);
  const { bytesRead } = await handle.read(head, 0, 2, 0);
  await handle.close();
  // Large reads: a log is read once, front to back, and each read costs a turn of the event loop.
  const raw = createReadStream(file, { highWaterMark: 1024 * 1024 });
  return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b ? raw.pipe(createGunzip()) : raw;
}
