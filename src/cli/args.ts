// Command-line arguments: the command, the flags from the override table, and a few of the CLI's
// own. Mistakes are usage errors (exit 2) with a did-you-mean.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../config/issues.js';
import { OVERRIDES } from '../config/overrides.js';
import { type Read, readRateAt, readScale, readSince, readThreads, readThreshold } from '../model/options.js';
import { DEFAULT_PROMQL } from '../model/prometheus.js';

import { MODE_NAMES, type ModeName } from '../app/mode-names.js';
import { CAPACITY_CHOOSES, CAPACITY_DOES_NOT } from '../app/capacity-settings.js';

/** COMMANDS: one per mode (app/modes.ts), and the CLI's own. */
const OWN_COMMANDS = ['report', 'import', 'model', 'capacity', 'demo', 'serve-demo', 'help', 'version'] as const;
export const COMMANDS: readonly Command[] = [...MODE_NAMES, ...OWN_COMMANDS];
export const DEMOS = ['run', 'canary', 'rollout', 'flow'] as const;
export type Command = ModeName | (typeof OWN_COMMANDS)[number];

export interface CliArgs {
  command: Command;
  /** overrides by setting path, as the config loader takes them. */
  overrides: Map<string, string | string[] | boolean>;
  config: string | null;
  environment: string | null;
  quiet: boolean;
  demoLatency: string | null;
  demoErrorRate: string | null;
  /** port for serve-demo; 0 picks a free one. */
  port: number;
  /** demo: which pipeline the demo shows (a plain run, a canary comparison, a rollout). */
  demo: (typeof DEMOS)[number];
  /** paths: merge's shard directories or results.json files; report's results.json; import's .har file. */
  paths: string[];
  /** html: where `report` writes the HTML report. */
  html: string | null;
  /** flagOf: the flag that set a setting, where it is not the setting's own (--canary-url sets the target). */
  flagOf?: Map<string, string>;
  /** model: what `model` reads and writes: its logs, the output folder, the rate's scale and percentile. */
  /** capacity: the search's bounds, budget and protections, and the headroom gate (raw text, read in cli/capacity.ts). */
  capacity: { from: string | null; to: string | null; maxDuration: string | null; stepDuration: string | null; cooldown: string | null; ceiling: string | null; productionPeak: string | null; minHeadroom: string | null; productionUrl: string | null; maxDrop: string | null };
  model: { har: string | null; openapi: string | null; routes: string | null; from: string[]; out: string; scale: number; rateAt: number | null; logFormat: string | null; threads: number | null; check: string | null; threshold: number; prometheus: string | null; query: string; sinceMs: number };
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const OWN_OPTIONS = {
  config: { type: 'string', short: 'c' },
  environment: { type: 'string', short: 'e' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  'demo-latency': { type: 'string' },
  'demo-error-rate': { type: 'string' },
  port: { type: 'string' },
  'canary-url': { type: 'string' },
  html: { type: 'string' },
  from: { type: 'string', multiple: true },
  out: { type: 'string' },
  scale: { type: 'string' },
  'rate-at': { type: 'string' },
  'log-format': { type: 'string' },
  check: { type: 'string' },
  threshold: { type: 'string' },
  threads: { type: 'string' },
  to: { type: 'string' },
  'max-duration': { type: 'string' },
  'step-duration': { type: 'string' },
  cooldown: { type: 'string' },
  ceiling: { type: 'string' },
  'production-peak': { type: 'string' },
  'min-headroom': { type: 'string' },
  'max-drop': { type: 'string' },
  prometheus: { type: 'string' },
  routes: { type: 'string' },
  openapi: { type: 'string' },
  har: { type: 'string' },
  query: { type: 'string' },
  since: { type: 'string' },
} as const;

/**
 * SEED_FLAGS: the seeds' own vocabulary (canary_verify.py --shadow-test --load-test, load_test.py
 * --concurrency) and what does that here, so "unknown option" comes with a way forward.
 */
const SEED_FLAGS: Record<string, string> = {
  '--load-test': 'a load test before promotion is a command here, not a flag: `loadtest canary --canary-url URL --production-url URL` (the canary against production) or `loadtest rollout --target URL --stages YAML --shift CMD|URL` (a gated progressive rollout); `loadtest run --target URL` tests one service',
  '--shadow-test': 'shadow testing is not part of this tool: run it as its own job and this one after it (needs: shadow-test); `loadtest canary` sends the same requests to the canary and production at once',
  '--load-concurrency': 'use --concurrency N (virtual users)',
  '--load-duration': 'use --duration D (60s, 5m; plain numbers are seconds)',
  '--load-rate': 'use --rate R (arrivals per second)',
  '--load-pattern': 'use --pattern sustained|burst|ramp-up',
};

function options(): NonNullable<ParseArgsConfig['options']> {
  const all: NonNullable<ParseArgsConfig['options']> = { ...OWN_OPTIONS };
  for (const o of OVERRIDES) {
    const name = o.flag.slice(2);
    all[name] = o.kind === 'switch' ? { type: 'boolean' } : o.kind === 'headers' ? { type: 'string', multiple: true } : { type: 'string' };
  }
  return all;
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const known = options();
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: known, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '(-{1,2}[^'=]+)/.exec(message)?.[1];
    if (unknown && Object.hasOwn(SEED_FLAGS, unknown)) throw new UsageError(`unknown option ${unknown}: ${SEED_FLAGS[unknown]}; see --help`);
    if (unknown) throw new UsageError(`unknown option ${unknown}${didYouMean(unknown.replace(/^-+/, ''), Object.keys(known)).replace(/'([^']+)'/, "'--$1'")}; see --help`);
    throw new UsageError(message.replace(/\. To specify an option argument starting with a dash.*$/s, '').trim());
  }
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const positionals = [...parsed.positionals];
  let command: Command = 'run';
  if (values.help) command = 'help';
  else if (values.version) command = 'version';
  else if (positionals.length > 0 && (COMMANDS as readonly string[]).includes(positionals[0])) command = positionals.shift() as Command;
  else if (positionals.length > 0 && !/^https?:\/\//.test(positionals[0])) {
    throw new UsageError(`unknown command '${positionals[0]}'${didYouMean(positionals[0], COMMANDS)}; commands: ${COMMANDS.join(', ')}`);
  }

  const overrides = new Map<string, string | string[] | boolean>();
  for (const o of OVERRIDES) {
    const value = values[o.flag.slice(2)];
    if (value !== undefined) overrides.set(o.setting, value);
  }
  // `canary --canary-url URL` names the canary: it is the target the run judges.
  const canaryUrl = values['canary-url'] as string | undefined;
  const flagOf = new Map<string, string>();
  if (canaryUrl !== undefined) {
    if (command !== 'canary') throw new UsageError('--canary-url applies to the canary command; use --target for run');
    if (overrides.has('load_test.target')) throw new UsageError('give the canary once: --canary-url and --target both given');
    overrides.set('load_test.target', canaryUrl);
    flagOf.set('load_test.target', '--canary-url');
  }
  let demo: CliArgs['demo'] = 'run';
  if (command === 'demo' && positionals.length > 0) {
    const kind = positionals.shift()!;
    if (!(DEMOS as readonly string[]).includes(kind)) throw new UsageError(`unknown demo '${kind}'${didYouMean(kind, DEMOS)}; demos: ${DEMOS.join(', ')}`);
    demo = kind as CliArgs['demo'];
  }
  // `import har FILE.har`: what to import, then the file.
  if (command === 'import') {
    const [kind, file] = positionals.splice(0, 2);
    if (kind !== 'har') throw new UsageError(kind === undefined ? 'import needs what to import: loadtest import har recording.har > flows.yml' : `cannot import '${kind}'${didYouMean(kind, ['har'])}; import reads a browser recording: loadtest import har recording.har > flows.yml`);
    if (file === undefined) throw new UsageError('import har needs the .har file: loadtest import har recording.har > flows.yml');
    positionals.unshift(file);
  }
  // `run URL` is shorthand for `run --target URL`.
  if (positionals.length > 0 && command === 'run') {
    if (overrides.has('load_test.target')) throw new UsageError(`give the target once: '${positionals[0]}' and --target both given`);
    overrides.set('load_test.target', positionals.shift()!);
  }
  const paths = command === 'merge' || command === 'report' || command === 'import' ? positionals.splice(0) : [];
  if (command === 'import' && paths.length > 1) throw new UsageError(`import har reads one file; unexpected '${paths[1]}'`);
  if (command === 'report' && paths.length !== 1) throw new UsageError('report renders one results.json: loadtest report loadtest-report/results.json --html report.html');
  if (values.html !== undefined && command !== 'report') throw new UsageError('--html applies to the report command; every run writes report.html into its report directory');
  if (command === 'merge' && paths.length === 0) throw new UsageError('merge needs the shards\' report directories (or results.json files): loadtest merge shard-1/ shard-2/ …');
  if (command === 'merge' && overrides.has('load_test.shard')) throw new UsageError('--shard applies to the load jobs; merge reads every shard');
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  if (command === 'demo' && overrides.has('load_test.target')) throw new UsageError('demo runs against its own embedded target; use `run --target URL` for your service');
  // A run's settings mean nothing to the commands that read or write files: said, not dropped.
  if ((command === 'report' || command === 'import' || command === 'model') && overrides.size > 0) {
    const flag = OVERRIDES.find((o) => overrides.has(o.setting))!.flag;
    throw new UsageError(`${flag} applies to runs (run, canary, rollout, merge, demo), not to ${command}${command === 'model' ? ': set it in the written config, or on the run that reads it' : ''}`);
  }
  if ((command === 'report' || command === 'import') && (values.config !== undefined || values.environment !== undefined)) throw new UsageError(`--${values.config !== undefined ? 'config' : 'environment'} applies to runs, not to ${command}`);
  if (command === 'model' && values.environment !== undefined) throw new UsageError('--environment applies to runs, not to model');
  const capacityOptions = ['to', 'max-duration', 'step-duration', 'max-drop', 'cooldown', 'ceiling', 'production-peak', 'min-headroom'].filter((name) => values[name] !== undefined);
  if (command !== 'capacity' && capacityOptions.length > 0) throw new UsageError(`--${capacityOptions[0]} applies to the capacity command`);
  if (command === 'capacity') {
    // The search sets the rate, the model and each step's length: a run's load flags would be dropped.
    const load = OVERRIDES.find((o) => CAPACITY_CHOOSES.includes(o.setting) && overrides.has(o.setting));
    if (load) throw new UsageError(`${load.flag} does not apply to capacity: the search chooses each step's rate and length (bound it with --from, --to and --max-duration)`);
    const other = OVERRIDES.find((o) => overrides.has(o.setting) && o.setting !== 'canary.production_url' && CAPACITY_DOES_NOT.some((prefix) => o.setting.startsWith(prefix)));
    if (other) throw new UsageError(`${other.flag} does not apply to capacity: a search finds a rate; its steps are not gated, rolled back, compared with a baseline or pushed`);
    if (((values.from as string[] | undefined) ?? []).length > 1) throw new UsageError('capacity starts from one rate: --from 50');
  }
  // capacity --production-url searches production beside the target (not the canary section of a run).
  const capacityProduction = command === 'capacity' ? ((overrides.get('canary.production_url') as string | undefined) ?? null) : null;
  if (command === 'capacity') overrides.delete('canary.production_url');
  const modelOptions = ['from', 'out', 'scale', 'rate-at', 'log-format', 'threads', 'check', 'threshold', 'prometheus', 'routes', 'openapi', 'har', 'query', 'since'].filter((name) => values[name] !== undefined);
  if (command !== 'model' && modelOptions.some((o) => o !== 'from' || command !== 'capacity')) throw new UsageError(`--${modelOptions.find((o) => o !== 'from' || command !== 'capacity')} applies to the model command`);
  const from = command === 'capacity' ? [] : ((values.from as string[] | undefined) ?? []);
  const prometheus = (values.prometheus as string | undefined) ?? null;
  const openapi = (values.openapi as string | undefined) ?? null;
  const har = (values.har as string | undefined) ?? null;
  if ([from.length > 0, prometheus !== null, openapi !== null, har !== null].filter(Boolean).length > 1) throw new UsageError('give one source: --from logs, --prometheus URL, --openapi FILE or --har FILE');
  if (command === 'model' && from.length === 0 && prometheus === null && openapi === null && har === null) throw new UsageError('model needs production evidence: loadtest model --from access.log [--from more.log.gz] [--out DIR] [--scale 2x], or --prometheus URL [--query PROMQL] [--since 1h], or --openapi spec.yaml, or --har recording.har');
  if (from.length > 0 && prometheus !== null) throw new UsageError('give --from logs or --prometheus, not both');
  // Each source reads only some options: the others are said, not dropped.
  if (command === 'model') {
    const source = prometheus !== null ? '--prometheus' : openapi !== null ? '--openapi' : har !== null ? '--har' : '--from';
    const readBy: Record<string, string[]> = {
      '--from': ['routes', 'log-format', 'threads', 'scale', 'rate-at', 'check', 'threshold', 'config'],
      '--prometheus': ['query', 'since', 'scale', 'rate-at', 'check', 'threshold', 'config'],
      '--openapi': [],
      '--har': [],
    };
    const stray = ['routes', 'log-format', 'threads', 'scale', 'rate-at', 'check', 'threshold', 'query', 'since', 'config'].find((name) => values[name] !== undefined && !readBy[source].includes(name));
    if (stray) throw new UsageError(`--${stray} does not apply to model ${source}${source === '--openapi' || source === '--har' ? ': it writes endpoints or flows without a rate, from the document alone' : ''}`);
    if (values.check !== undefined && (values.scale !== undefined || values['rate-at'] !== undefined)) throw new UsageError(`--${values.scale !== undefined ? 'scale' : 'rate-at'} shapes a written model; --check writes none`);
  }
  if (prometheus !== null && !/^https?:\/\/[^/]/.test(prometheus)) throw new UsageError(`--prometheus: expected the server's URL like http://prometheus:9090, got '${prometheus}'`);
  const read = <T>(flag: string, text: string, reader: (text: string) => Read<T>): T => {
    const r = reader(text);
    if (!r.ok) throw new UsageError(`--${flag}: expected ${r.expected}`);
    return r.value;
  };
  const sinceMs = read('since', (values.since as string | undefined) ?? '1h', readSince);
  const scale = read('scale', (values.scale as string | undefined) ?? '1', readScale);
  const rateAt = values['rate-at'] === undefined ? null : read('rate-at', values['rate-at'] as string, readRateAt);
  const threshold = read('threshold', (values.threshold as string | undefined) ?? '5', readThreshold);
  if (values.threshold !== undefined && values.check === undefined) throw new UsageError('--threshold applies to model --check');
  if (values.check !== undefined && values.config !== undefined) throw new UsageError('--config gives model a config to write production\'s traffic into; --check compares the config it names: give one of them');
  const threads = values.threads === undefined ? null : read('threads', values.threads as string, readThreads);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: expected a port number from 0 to 65535, got '${values.port}'`);
  if (values.port !== undefined && command !== 'serve-demo') throw new UsageError('--port applies to serve-demo only');

  return {
    command,
    overrides,
    config: (values.config as string | undefined) ?? null,
    environment: (values.environment as string | undefined) ?? null,
    quiet: values.quiet === true,
    demoLatency: (values['demo-latency'] as string | undefined) ?? null,
    demoErrorRate: (values['demo-error-rate'] as string | undefined) ?? null,
    port,
    demo,
    paths,
    html: (values.html as string | undefined) ?? null,
    flagOf,
    capacity: {
      from: command === 'capacity' ? (((values.from as string[] | undefined) ?? [])[0] ?? null) : null,
      to: (values.to as string | undefined) ?? null,
      maxDuration: (values['max-duration'] as string | undefined) ?? null,
      stepDuration: (values['step-duration'] as string | undefined) ?? null,
      cooldown: (values.cooldown as string | undefined) ?? null,
      ceiling: (values.ceiling as string | undefined) ?? null,
      productionPeak: (values['production-peak'] as string | undefined) ?? null,
      minHeadroom: (values['min-headroom'] as string | undefined) ?? null,
      productionUrl: capacityProduction,
      maxDrop: (values['max-drop'] as string | undefined) ?? null,
    },
    model: { har, openapi, routes: (values.routes as string | undefined) ?? null, from, out: (values.out as string | undefined) ?? 'loadtest-model', scale, rateAt, logFormat: (values['log-format'] as string | undefined) ?? null, threads, check: (values.check as string | undefined) ?? null, threshold, prometheus, query: (values.query as string | undefined) ?? DEFAULT_PROMQL, sinceMs },
  };
}
