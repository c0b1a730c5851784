// The settings as every section's resolver reads them: one merged layer, with where each value
// came from, and the issues and notices the resolvers collect as they go.

import type { ConfigIssue, Source } from '../issues.js';
import type { Vocabulary } from '../vocabulary.js';
import type { SettingMap } from '../yaml-reader.js';

export const DEFAULT_SOURCE: Source = { kind: 'default' };

export interface SettingsView {
  merged: SettingMap;
  get<T>(key: string): T | undefined;
  /** sourceOf: where the key's value came from (a file line, a flag, a variable, the default). */
  sourceOf(key: string): Source;
  isSet(key: string): boolean;
  issues: ConfigIssue[];
  notices: string[];
  /** vocabulary: how the issues and notices name an option: a flag or an input (config/vocabulary.ts). */
  vocabulary: Vocabulary;
}

export function settingsView(merged: SettingMap, vocabulary: Vocabulary): SettingsView {
  return {
    merged,
    get: <T>(key: string) => merged.get(key)?.value as T | undefined,
    sourceOf: (key) => merged.get(key)?.source ?? DEFAULT_SOURCE,
    isSet: (key) => merged.has(key),
    issues: [],
    notices: [],
    vocabulary,
  };
}
