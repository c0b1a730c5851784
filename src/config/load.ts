// The one way to get a Plan: read the config file, pick the environment, lay variables and flags
// over it, validate everything at once. Both entries (CLI and action) call this; neither reads
// process.env itself here, they pass it in.

import { DEFAULT_ENVIRONMENT } from '../defaults.js';
import { type ConfigIssue, type Source, ConfigError, didYouMean } from './issues.js';
import { type Override, type RawOverrides, OVERRIDES, readOverrides } from './overrides.js';
import type { ModeChoice, Plan } from './plan.js';
import { resolvePlan } from './resolve.js';
import type { Vocabulary } from './vocabulary.js';
import { type SettingMap, readConfigText } from './yaml-reader.js';

export interface Chosen {
  value: string;
  source: Source;
}

export interface LoadPlanOptions {
  /** mode: the mode chosen (app/modes.ts), with the sections its plan needs. */
  mode: ModeChoice;
  /** overrides from flags or action inputs (highest precedence), by setting path. */
  overrides: RawOverrides;
  overrideSource: (override: Override) => Source;
  /** configFile chosen by --config / LOADTEST_CONFIG / the action input; null for none. */
  configFile: Chosen | null;
  /** environment chosen by --environment or the action input; variables are consulted here. */
  environment: Chosen | null;
  env: Readonly<Record<string, string | undefined>>;
  readFile: (path: string) => string;
  randomSeed: number;
  /** baseLayer sits under the file (the demo's target and plan). */
  baseLayer?: SettingMap;
  /** vocabulary: whose words messages use for an option (the CLI's flags, the action's inputs); the plan carries it on. */
  vocabulary: Vocabulary;
}

export function loadPlan(options: LoadPlanOptions): Plan {
  const issues: ConfigIssue[] = [];
  const env = options.env;

  const configFile = options.configFile ?? chosenFromEnv(env, 'LOADTEST_CONFIG');
  let fileBase: SettingMap = new Map();
  let fileEnvironments = new Map<string, { settings: SettingMap; source: Source; notices: string[] }>();
  let fileUnreadable = false;
  const fileNotices: string[] = [];
  if (configFile) {
    const text = readConfig(configFile, options.readFile, issues);
    const read = text === undefined ? undefined : readConfigText(text, configFile.value, env);
    fileUnreadable = !read?.parsed;
    if (read) {
      issues.push(...read.issues);
      fileBase = read.base;
      fileEnvironments = read.environments;
      fileNotices.push(...read.notices);
      // A file named on purpose that holds nothing is a mistake (the wrong path, a bad checkout);
      // the action's default deploy/performance_config.yml may be empty.
      if (read.empty && configFile.source.kind !== 'default') {
        issues.push({ source: { kind: 'file', file: configFile.value, line: 1, col: 1, keyPath: '(top level)' }, message: `the config file ${configFile.value} is empty (nothing but whitespace or comments); give settings such as thresholds: and load_test:, or drop ${describeChoice(configFile.source)}` });
        fileUnreadable = true;
      }
    }
  }

  const environment = options.environment ?? chosenFromEnv(env, 'LOADTEST_ENVIRONMENT') ?? chosenFromEnv(env, 'ENVIRONMENT');
  let environmentName: string | null = environment?.value ?? null;
  let environmentLayer: SettingMap = new Map();
  if (environment && fileEnvironments.size > 0) {
    const block = fileEnvironments.get(environment.value);
    if (block) {
      environmentLayer = block.settings;
      fileNotices.push(...block.notices);
    } else {
      const known = [...fileEnvironments.keys()];
      issues.push({ source: environment.source, message: `environment '${environment.value}' is not defined in ${configFile!.value}${didYouMean(environment.value, known)}; defined: ${known.join(', ')}` });
    }
  } else if (!environment && fileEnvironments.has(DEFAULT_ENVIRONMENT)) {
    environmentName = DEFAULT_ENVIRONMENT;
    environmentLayer = fileEnvironments.get(DEFAULT_ENVIRONMENT)!.settings;
    fileNotices.push(...fileEnvironments.get(DEFAULT_ENVIRONMENT)!.notices);
  }

  const fromEnv = readOverrides(envOverrides(env), (o) => ({ kind: 'env', variable: o.env }), env);
  const fromFlags = readOverrides(options.overrides, options.overrideSource, env);
  issues.push(...fromEnv.issues, ...fromFlags.issues);

  // A file that could not be read or parsed hides every setting in it; what resolving would then
  // report missing (the target, say) is noise, so stop at the reading errors.
  if (fileUnreadable) throw new ConfigError(issues);

  const resolved = resolvePlan({
    mode: options.mode,
    layers: [options.baseLayer ?? new Map(), fileBase, environmentLayer, fromEnv.settings, fromFlags.settings],
    environment: environmentName,
    configFile: configFile?.value ?? null,
    randomSeed: options.randomSeed,
    readFile: options.readFile,
    vocabulary: options.vocabulary,
  });
  issues.push(...resolved.issues);
  if (issues.length > 0 || !resolved.plan) throw new ConfigError(issues);
  if (fileNotices.length === 0) return resolved.plan;
  // The plan is frozen: a copy carries the reader's notices ahead of the resolver's.
  return Object.freeze({ ...resolved.plan, notices: Object.freeze([...fileNotices, ...resolved.plan.notices]) as string[] });
}

/** describeChoice names how the file was chosen, for "drop --config". */
function describeChoice(source: Source): string {
  return source.kind === 'flag' ? source.flag : source.kind === 'env' ? source.variable : source.kind === 'input' ? `the ${source.input} input` : 'it';
}

function readConfig(file: Chosen, readFile: (path: string) => string, issues: ConfigIssue[]): string | undefined {
  try {
    return readFile(file.value);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    issues.push({ source: file.source, message: `cannot read config file ${file.value}: ${why}` });
    return undefined;
  }
}

function chosenFromEnv(env: LoadPlanOptions['env'], variable: string): Chosen | null {
  const value = env[variable];
  return value !== undefined && value.trim() !== '' ? { value: value.trim(), source: { kind: 'env', variable } } : null;
}

/** envOverrides picks the LOADTEST_* variables that are set; an empty variable counts as unset, as in GitHub's env blocks. */
function envOverrides(env: LoadPlanOptions['env']): RawOverrides {
  const raw = new Map<string, string>();
  for (const override of OVERRIDES) {
    const value = env[override.env];
    if (value !== undefined && value.trim() !== '') raw.set(override.setting, value);
  }
  return raw;
}
