// The rollback section: how a failed gate is rolled back, and what that method needs.

import * as defaults from '../../defaults.js';
import type { RollbackPlan, ModeChoice } from '../plan.js';
import type { RollbackMethod } from '../schema.js';
import type { SettingsView } from './view.js';
import { redactUrlText } from './requests.js';
import { giveOption } from '../vocabulary.js';

/** resolveRollback checks that an enabled rollback has what its method needs. */
export function resolveRollback(mode: ModeChoice, view: SettingsView): RollbackPlan | null {
  const { get, sourceOf, isSet, issues, notices, vocabulary } = view;
  const method = get<RollbackMethod>('rollback.method') ?? null;
  const hookOnly = mode.needs.rollout && isSet('rollout.hooks.on_rollback');
  if (!get<boolean>('rollback.auto')) {
    if (method || hookOnly) notices.push(`rollback is configured but not enabled: ${giveOption(vocabulary, 'rollback.auto')} (or set rollback.auto) to roll back when the gate fails`);
    return null;
  }
  if (!method && !hookOnly) {
    issues.push({ source: sourceOf('rollback.auto'), message: `auto-rollback needs a method: ${giveOption(vocabulary, 'rollback.method', ['repository_dispatch', 'workflow_dispatch', 'command', 'webhook'].join(' | '))} (or rollback.method)` });
    return null;
  }
  const need = (key: string, what: string) => {
    if (!isSet(key)) issues.push({ source: sourceOf('rollback.method'), message: `rollback by ${method} needs ${what}` });
  };
  if (method === 'workflow_dispatch') need('rollback.workflow', `the workflow to dispatch (${giveOption(vocabulary, 'rollback.workflow', 'rollback.yml')}, or rollback.workflow)`);
  if (method === 'command') need('rollback.command', `the command to run (${giveOption(vocabulary, 'rollback.command')}, or rollback.command)`);
  if (method === 'webhook') need('rollback.url', `the URL to POST to (${giveOption(vocabulary, 'rollback.url')}, or rollback.url)`);
  const url = get<string>('rollback.url');
  if (url !== undefined && !/^https?:\/\//.test(url)) issues.push({ source: sourceOf('rollback.url'), message: `expected an http:// or https:// URL, got '${redactUrlText(url)}'` });
  return {
    method: method ?? null,
    eventType: get<string>('rollback.event_type') ?? 'loadtest-rollback',
    workflow: get<string>('rollback.workflow') ?? null,
    ref: get<string>('rollback.ref') ?? null,
    inputs: get<Record<string, string>>('rollback.inputs') ?? {},
    command: get<string>('rollback.command') ?? null,
    url: url ?? null,
    repository: get<string>('rollback.repository') ?? null,
    timeoutMs: get<number>('rollback.timeout') ?? defaults.DEFAULT_ROLLBACK_TIMEOUT_MS,
  };
}
