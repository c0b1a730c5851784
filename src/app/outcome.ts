// Refusal: the pipeline's answer when nothing (or nothing more) can be run, with the settings at fault.

import type { ConfigIssue, Source } from '../config/issues.js';

export interface Refusal {
  kind: 'refused';
  /** what: config (a setting is wrong), baseline (unreadable), limit (open files), rollback (cannot work), merge (shards). */
  what: 'config' | 'baseline' | 'limit' | 'rollback' | 'merge';
  issues: readonly ConfigIssue[];
  message: string;
}

export function refuse(what: Refusal['what'], message: string, source?: Source): Refusal {
  return { kind: 'refused', what, issues: source ? [{ source, message }] : [], message };
}

export function isRefusal(value: object): value is Refusal {
  return (value as { kind?: string }).kind === 'refused';
}
