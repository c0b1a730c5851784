// Action inputs into the same settings layer the CLI's flags make: each input named in the
// override table maps to its setting, so the action and the CLI validate alike. The action's own
// inputs (artifact, failure policy) are read and checked here.

import { existsSync } from 'node:fs';
import type { ConfigIssue, Source } from '../config/issues.js';
import type { Chosen } from '../config/load.js';
import { OVERRIDES } from '../config/overrides.js';
import { parseBoolean, parseCount } from '../config/units.js';
import { type ActionIO, input, multilineInput } from './io.js';
import type { ArtifactName } from '../github/artifact.js';

/** DEFAULT_CONFIG_PATH is read when the `config` input is empty and the file exists. */
export const DEFAULT_CONFIG_PATH = 'deploy/performance_config.yml';
export const DEFAULT_ARTIFACT_NAME = 'loadtest-report';
/** RUN_INPUT_DEFAULTS: action.yml's defaults of the inputs that set a run's settings (a test keeps them equal). */
export const RUN_INPUT_DEFAULTS: Readonly<Record<string, string>> = { 'report-dir': 'loadtest-report', 'auto-rollback-on-loadfail': 'false' };

import { MODE_NAMES, type ModeName } from '../app/mode-names.js';
import { MODEL_INPUTS, type ModelInputs, readModelInputs } from './model-inputs.js';
import { CAPACITY_INPUTS } from './capacity-inputs.js';
import { CAPACITY_CHOOSES, CAPACITY_DOES_NOT, type RawCapacitySettings } from '../app/capacity-settings.js';

export interface ActionInputs {
  /** mode: a pipeline mode, model (production's traffic written as a config, or checked for drift), or capacity (the highest rate sustained). */
  mode: ModeName | 'model' | 'capacity';
  /** capacity: the capacity mode's settings as given; null in the other modes. */
  capacity: RawCapacitySettings | null;
  /** model: the model mode's inputs; null in the other modes. */
  model: ModelInputs | null;
  overrides: Map<string, string>;
  configFile: Chosen | null;
  environment: Chosen | null;
  failOnViolation: boolean;
  failOnInconclusive: boolean;
  artifactName: ArtifactName;
  /** artifactBase: the artifact-name input, or the default, before any matrix suffix (shards add -shard-i to it). */
  artifactBase: string;
  retentionDays: number | undefined;
  /** shards: merge mode's shard directories or results.json files; empty means download this run's shard artifacts. */
  shards: string[];
  saveBaseline: boolean;
  prComment: boolean;
  createRegressionIssue: boolean;
  /** issues with the action's own inputs, reported like config errors. */
  issues: ConfigIssue[];
}

/** readInputs reads the step's inputs from `io.env`; every header value is masked before anything can print it. */
export function readInputs(io: Pick<ActionIO, 'env' | 'setSecret'>): ActionInputs {
  const get = (name: string) => input(io.env, name);
  const issues: ConfigIssue[] = [];
  const source = (input: string): Source => ({ kind: 'input', input });
  const overrides = new Map<string, string>();
  for (const override of OVERRIDES) {
    if (!override.input) continue;
    const value = get(override.input);
    if (value === '') continue;
    if (override.kind === 'headers') maskHeaderValues(value, io.setSecret);
    overrides.set(override.setting, value);
  }
  const config = get('config');
  const environment = get('environment');
  const flag = (name: string, fallback: boolean) => {
    const raw = get(name);
    if (raw === '') return fallback;
    const parsed = parseBoolean(raw);
    if (!parsed.ok) issues.push({ source: source(name), message: parsed.error });
    return parsed.ok ? parsed.value : fallback;
  };
  const modeInput = get('mode').toLowerCase() || 'run';
  const mode = modeInput === 'model' || modeInput === 'capacity' || (MODE_NAMES as readonly string[]).includes(modeInput) ? (modeInput as ModeName | 'model' | 'capacity') : 'run';
  if (mode !== modeInput) issues.push({ source: source('mode'), message: `expected one of ${[...MODE_NAMES, 'model', 'capacity'].join(', ')}, got '${modeInput}'` });
  const capacity = mode === 'capacity' ? (Object.fromEntries(Object.entries(CAPACITY_INPUTS).map(([setting, name]) => [setting, get(name) || null])) as unknown as RawCapacitySettings) : null;
  if (mode === 'capacity') overrides.delete('canary.production_url'); // searched beside the target, not a run's canary section
  const strayCapacity = mode === 'capacity' ? undefined : Object.values(CAPACITY_INPUTS).find((name) => name !== 'production-url' && get(name) !== '');
  if (strayCapacity) issues.push({ source: source(strayCapacity), message: `${strayCapacity} applies to mode: capacity, and this step's mode is ${mode}` });
  if (mode === 'capacity') {
    // The search sets each step's rate, model and length.
    const load = OVERRIDES.find((o) => o.input && CAPACITY_CHOOSES.includes(o.setting) && overrides.has(o.setting) && get(o.input) !== RUN_INPUT_DEFAULTS[o.input]);
    if (load) issues.push({ source: source(load.input!), message: `${load.input} does not apply to mode capacity: the search chooses each step's rate and length (bound it with capacity-from, capacity-to and capacity-max-duration)` });
    const other = OVERRIDES.find((o) => o.input && overrides.has(o.setting) && get(o.input) !== RUN_INPUT_DEFAULTS[o.input] && CAPACITY_DOES_NOT.some((prefix) => o.setting.startsWith(prefix)));
    if (other) issues.push({ source: source(other.input!), message: `${other.input} does not apply to mode capacity: a search finds a rate; its steps are not gated, rolled back, compared with a baseline or pushed` });
    const followUp = ['save-baseline', 'pr-comment', 'create-regression-issue'].find((name) => parseBoolean(get(name)).ok && (parseBoolean(get(name)) as { value: boolean }).value);
    if (followUp) issues.push({ source: source(followUp), message: `${followUp} applies to a load test, not to mode capacity` });
  }
  const model = mode === 'model' ? readModelInputs(get, (name) => multilineInput(io.env, name), flag, issues) : null;
  if (model?.prometheusToken) io.setSecret(model.prometheusToken);
  // Said, not dropped: a model input in another mode does nothing.
  const stray = mode === 'model' ? undefined : MODEL_INPUTS.find((name) => get(name) !== '' && !(name === 'model-check' && get(name) === 'false'));
  if (stray) issues.push({ source: source(stray), message: `${stray} applies to mode: model, and this step's mode is ${mode}` });
  if (mode === 'model') {
    // A run's settings mean nothing to a model step (an input at action.yml's default is not the user's).
    const runInput = OVERRIDES.find((o) => o.input && overrides.has(o.setting) && get(o.input) !== RUN_INPUT_DEFAULTS[o.input])?.input ?? (environment !== '' ? 'environment' : undefined);
    if (runInput) issues.push({ source: source(runInput), message: `${runInput} applies to a load test; mode model writes the config a load test reads (set it in that config, or on the step that runs it)` });
    // The follow-ups of a load test, and its inconclusive policy, mean nothing to a model step (fail-on-violation: whether drift fails it).
    const said = (name: string, value: boolean) => {
      const parsed = parseBoolean(get(name));
      return parsed.ok && parsed.value === value;
    };
    const followUp = ['save-baseline', 'pr-comment', 'create-regression-issue'].find((name) => said(name, true)) ?? (said('fail-on-inconclusive', false) ? 'fail-on-inconclusive' : undefined);
    if (followUp) issues.push({ source: source(followUp), message: `${followUp} applies to a load test, not to mode model` });
  }
  const retention = get('retention-days');
  const retentionDays = retention === '' ? undefined : parseCount(retention, 1, 90);
  if (retentionDays && !retentionDays.ok) issues.push({ source: source('retention-days'), message: retentionDays.error });
  return {
    mode,
    model,
    capacity,
    overrides,
    configFile: config ? { value: config, source: source('config') } : existsSync(DEFAULT_CONFIG_PATH) ? { value: DEFAULT_CONFIG_PATH, source: { kind: 'default' } } : null,
    environment: environment ? { value: environment, source: source('environment') } : null,
    failOnViolation: flag('fail-on-violation', true),
    failOnInconclusive: flag('fail-on-inconclusive', true),
    artifactName: artifactName(get('artifact-name'), get('matrix-job-index'), get('matrix-job-total'), io.env.GITHUB_JOB ?? '', issues),
    artifactBase: get('artifact-name') || DEFAULT_ARTIFACT_NAME,
    retentionDays: retentionDays?.ok ? retentionDays.value : undefined,
    shards: multilineInput(io.env, 'shards'),
    saveBaseline: flag('save-baseline', false),
    prComment: flag('pr-comment', false),
    createRegressionIssue: flag('create-regression-issue', false),
    issues,
  };
}

/** maskHeaderValues registers every header value as a secret before anything can print it. */
function maskHeaderValues(text: string, setSecret: (value: string) => void): void {
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    const value = colon < 0 ? '' : line.slice(colon + 1).trim();
    if (value !== '') setSecret(value);
  }
}

/**
 * artifactName: the input as given, or a default unique per job: artifact names must be unique
 * within a workflow run, and two jobs of one run (a load test and a canary, a matrix) would
 * otherwise both say loadtest-report. The default carries the job's id (GITHUB_JOB) and, in a
 * matrix, the job's place in it. The matrix inputs default to ${{ strategy.job-index }} and
 * ${{ strategy.job-total }}; an unexpanded expression means "not in a matrix".
 */
export function artifactName(given: string, jobIndex: string, jobTotal: string, jobId: string, issues: ConfigIssue[]): ArtifactName {
  if (given !== '') {
    if (ARTIFACT_NAME_FORBIDDEN.test(given)) issues.push({ source: { kind: 'input', input: 'artifact-name' }, message: `an artifact name cannot contain " : < > | * ? \\ / or line breaks, got '${given}'` });
    return { name: given, chosen: true };
  }
  const job = jobId.replace(ARTIFACT_NAME_FORBIDDEN_ALL, '-');
  const index = Number(jobIndex);
  const total = Number(jobTotal);
  const matrix = /^\d+$/.test(jobIndex) && /^\d+$/.test(jobTotal) && total > 1 ? `-${index + 1}-of-${total}` : '';
  return { name: `${DEFAULT_ARTIFACT_NAME}${job ? `-${job}` : ''}${matrix}`, chosen: false };
}

const ARTIFACT_NAME_FORBIDDEN = /["':<>|*?\\/\r\n]/;
const ARTIFACT_NAME_FORBIDDEN_ALL = new RegExp(ARTIFACT_NAME_FORBIDDEN.source, 'g');
