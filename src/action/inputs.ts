// Action inputs into the same settings layer the CLI's flags make: each input named in the
// override table maps to its setting, so the action and the CLI validate alike.

import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import type { Chosen } from '../config/load.js';
import { OVERRIDES } from '../config/overrides.js';

/** DEFAULT_CONFIG_PATH is read when the `config` input is empty and the file exists. */
export const DEFAULT_CONFIG_PATH = 'deploy/performance_config.yml';

export interface ActionInputs {
  overrides: Map<string, string>;
  configFile: Chosen | null;
  environment: Chosen | null;
  failOnViolation: boolean;
  failOnInconclusive: boolean;
}

export function readInputs(): ActionInputs {
  const overrides = new Map<string, string>();
  for (const override of OVERRIDES) {
    if (!override.input) continue;
    const value = core.getInput(override.input);
    if (value.trim() === '') continue;
    if (override.kind === 'headers') {
      // Header values are secrets: mask them before anything can print them.
      for (const line of value.split(/\r?\n/)) {
        const secret = line.slice(line.indexOf(':') + 1).trim();
        if (line.includes(':') && secret !== '') core.setSecret(secret);
      }
    }
    overrides.set(override.setting, value);
  }
  const config = core.getInput('config').trim();
  const environment = core.getInput('environment').trim();
  return {
    overrides,
    configFile: config ? { value: config, source: { kind: 'input', input: 'config' } } : existsSync(DEFAULT_CONFIG_PATH) ? { value: DEFAULT_CONFIG_PATH, source: { kind: 'default' } } : null,
    environment: environment ? { value: environment, source: { kind: 'input', input: 'environment' } } : null,
    failOnViolation: booleanInput('fail-on-violation', true),
    failOnInconclusive: booleanInput('fail-on-inconclusive', true),
  };
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  return ['true', 'yes', '1', 'on'].includes(value);
}
