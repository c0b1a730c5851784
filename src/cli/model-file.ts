// `loadtest model --from access.log [--from …] [--log-format FMT] [--out DIR] [--scale 2x] [--rate-at p95]`: production's
// access logs streamed (gzip read as it comes, constant memory whatever the size) into a traffic
// model; the config and its data files written to DIR, the summary table printed.

import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ConfigError, formatIssue } from '../config/issues.js';
import { HarError, importHar } from '../har/import.js';
import { LogFormatError } from '../model/access-log.js';
import { checkMix } from '../model/check.js';
import type { TrafficModelResult } from '../model/model.js';
import { OpenApiError, fromOpenApi } from '../model/openapi.js';
import { PrometheusError, PrometheusUnreachable, queryPrometheus } from '../model/prometheus.js';
import { LogReadError, RoutesFileError, WorkerStartError, checkLogFormat, readLogs, readRoutesFile } from '../model/read-logs.js';
import { saveModel } from '../model/save.js';
import { ModelBaseError, writeModel } from '../model/write.js';
import { EXIT_CODES } from '../report/model.js';
import type { CliArgs } from './args.js';
import type { CliIO } from './io.js';

export async function modelFiles(args: CliArgs, io: CliIO): Promise<number> {
  if (args.model.prometheus !== null) return modelPrometheus(args, io);
  if (args.model.openapi !== null) return modelOpenApi(args, io);
  if (args.model.har !== null) return modelHar(args, io);
  let result: TrafficModelResult;
  try {
    const known = args.model.routes === null ? [] : readRoutesFile(args.model.routes);
    if (args.model.logFormat !== null) checkLogFormat(args.model.logFormat);
    result = await readLogs(args.model.from, { known, logFormat: args.model.logFormat, threads: args.model.threads, worker: io.worker });
  } catch (error) {
    if (error instanceof LogFormatError) io.err(`error: --log-format: ${error.message}`);
    else if (error instanceof LogReadError || error instanceof WorkerStartError || error instanceof RoutesFileError) io.err(`error: ${error.message}`);
    else throw error;
    return EXIT_CODES.config;
  }
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
  try {
    const { result, source } = await queryPrometheus(args.model.prometheus!, args.model.query, args.model.sinceMs, io.env.LOADTEST_PROMETHEUS_TOKEN, 'cli');
    return await finish(args, io, result, source);
  } catch (error) {
    if (!(error instanceof PrometheusUnreachable || error instanceof PrometheusError)) throw error;
    io.err(`error: ${error.message}`);
    return error instanceof PrometheusUnreachable ? EXIT_CODES.unreachable : EXIT_CODES.config;
  }
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
  if (args.model.check !== null) {
    try {
      const check = checkMix(args.model.check, { kind: 'flag', flag: '--check' }, result, args.model.threshold, io.env, 're-run loadtest model --from … to bring it up to date', 'cli');
      io.out(check.text);
      return check.drifted ? 1 : 0;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      for (const issue of error.issues) io.err(`error: ${formatIssue(issue)}`);
      return EXIT_CODES.config;
    }
  }
  let written;
  try {
    const base = args.config === null ? undefined : { file: args.config, text: readFileSync(args.config, 'utf8') };
    written = writeModel(result, { source, scale: args.model.scale, rateAt: args.model.rateAt, dataDir: 'data', base });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(error instanceof ModelBaseError) && code === undefined) throw error;
    io.err(`error: ${code === 'ENOENT' ? `--config ${args.config}: no such file` : code === 'EISDIR' ? `--config ${args.config}: it is a directory` : code !== undefined ? `--config ${args.config}: ${(error as Error).message}` : (error as Error).message}`);
    return EXIT_CODES.config;
  }
  const config = await saveModel(args.model.out, written);
  io.out(written.summary);
  io.out(`\nWrote ${config}${written.files.length ? ` and ${written.files.length} data file${written.files.length === 1 ? '' : 's'} in ${join(args.model.out, 'data')}` : ''}; run it with: loadtest run --config ${config}${hasTarget(written.yaml) ? '' : ' --target URL'}`);
  return 0;
}

/** hasTarget: whether a written config names its target (a base config may). */
function hasTarget(yaml: string): boolean {
  const config = parse(yaml) as { load_test?: { target?: unknown } } | null;
  return typeof config?.load_test?.target === 'string';
}
