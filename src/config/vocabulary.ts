// How a person names an option depends on where they gave it: a flag on the command line, an input
// in the workflow's `with:`. Code both entries share names an option by its id (a setting of the
// override table, or an entry option below) and words it in the vocabulary the entry chose, so the
// action never tells a workflow's author to "pass --target", nor the CLI a user to set an input.

import type { Vocabulary } from './issues.js';
import { OVERRIDES, type OverrideSetting } from './overrides.js';

export type { Vocabulary } from './issues.js';

interface Names {
  flag?: string;
  /** valueName: what the flag takes, shown after it in an instruction ("--target URL"). */
  valueName?: string;
  input?: string;
  /** env: the variable that gives the option where an entry has no name of its own for it. */
  env?: string;
  /** setting: the config key, for an entry that has no name of its own for it. */
  setting?: string;
  switch?: boolean;
}

/** ENTRY_OPTIONS: options that are not settings of the override table, as each entry names them (none: it has no name of its own). */
const ENTRY_OPTIONS = {
  environment: { flag: '--environment', valueName: 'NAME', input: 'environment', env: 'LOADTEST_ENVIRONMENT' },
  'github-token': { input: 'github-token', env: 'GITHUB_TOKEN' },
  'model.prometheusToken': { input: 'model-prometheus-token', env: 'LOADTEST_PROMETHEUS_TOKEN' },
  'capacity.from': { flag: '--from', input: 'capacity-from' },
  'capacity.to': { flag: '--to', input: 'capacity-to' },
  'capacity.maxDuration': { flag: '--max-duration', input: 'capacity-max-duration' },
  'capacity.stepDuration': { flag: '--step-duration', input: 'capacity-step-duration' },
  'capacity.cooldown': { flag: '--cooldown', input: 'capacity-cooldown' },
  'capacity.ceiling': { flag: '--ceiling', input: 'capacity-ceiling' },
  'capacity.productionPeak': { flag: '--production-peak', input: 'production-peak' },
  'capacity.minHeadroom': { flag: '--min-headroom', input: 'min-headroom' },
  'capacity.productionUrl': { flag: '--production-url', input: 'production-url' },
  'capacity.maxDrop': { flag: '--max-drop', input: 'capacity-max-drop' },
} as const satisfies Record<string, Names>;

/** OptionId: a setting of the override table ('load_test.target'), or an entry option ('capacity.to'). */
export type OptionId = OverrideSetting | keyof typeof ENTRY_OPTIONS;

/** optionName: the option as the user names it: `--target` (cli), `target-url` (action); where the entry has none, the config key or variable that sets it. */
export function optionName(vocabulary: Vocabulary, id: OptionId): string {
  const names = namesOf(id);
  return (vocabulary === 'cli' ? names.flag : names.input) ?? names.setting ?? names.env!;
}

/**
 * giveOption: how to give the option, as an instruction: `pass --target URL` (cli), `set the
 * target-url input` (action). `values` are what to give, alternatives joined by "or"; without
 * them the flag shows what it takes, and an action switch is set to true.
 */
export function giveOption(vocabulary: Vocabulary, id: OptionId, ...values: string[]): string {
  const names = namesOf(id);
  if (vocabulary === 'cli' && names.flag) {
    const given = values.length > 0 ? values : [names.valueName ?? ''];
    return `pass ${given.map((value) => (value ? `${names.flag} ${value}` : names.flag)).join(' or ')}`;
  }
  const value = values.length > 0 ? values.join(' or ') : names.switch ? 'true' : '';
  if (vocabulary === 'action' && names.input) return `set the ${names.input} input${value ? ` to ${value}` : ''}`;
  if (names.setting) return `set ${names.setting}${value ? `: ${value}` : ''} in the config`;
  return `set ${names.env}`;
}

/** namedOptions: every option the vocabularies name, with its flag and input (a test holds them to the CLI's parser and action.yml). */
export function namedOptions(): Array<{ id: OptionId; flag: string | null; input: string | null }> {
  const ids = [...OVERRIDES.map((o) => o.setting as OverrideSetting), ...(Object.keys(ENTRY_OPTIONS) as Array<keyof typeof ENTRY_OPTIONS>)];
  return ids.map((id) => ({ id, flag: namesOf(id).flag ?? null, input: namesOf(id).input ?? null }));
}

function namesOf(id: OptionId): Names {
  const override = OVERRIDES.find((o) => o.setting === id);
  if (override) return { flag: override.flag, valueName: override.valueName || undefined, input: override.input, env: override.env, setting: override.setting, switch: override.kind === 'switch' };
  return ENTRY_OPTIONS[id as keyof typeof ENTRY_OPTIONS];
}
