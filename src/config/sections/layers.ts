// Layers into one setting per key: a later layer wins, map-valued settings merge by key.

import type { SettingMap } from '../yaml-reader.js';

/**
 * MERGED_BY_KEY: map-valued settings that layers merge name by name, the later layer winning for
 * the same name (a flag's X-Test header joins the file's Authorization header instead of replacing
 * it). Header names compare without case, as HTTP does. Lists (endpoints, stages) and everything
 * else are replaced whole by a later layer.
 */
const MERGED_BY_KEY: Record<string, 'headers' | 'plain'> = {
  'load_test.headers': 'headers',
  'rollback.inputs': 'plain',
  'canary.criteria': 'plain',
  regression: 'plain',
};

/** mergeLayers: one setting per key, lowest layer first; map-valued settings merge by key. */
export function mergeLayers(layers: readonly SettingMap[]): SettingMap {
  const merged: SettingMap = new Map();
  for (const layer of layers) {
    for (const [key, setting] of layer) {
      const how = Object.hasOwn(MERGED_BY_KEY, key) ? MERGED_BY_KEY[key] : undefined;
      const earlier = merged.get(key);
      if (!how || !isPlainMap(setting.value)) {
        merged.set(key, setting);
        continue;
      }
      // Starting from nothing still folds two spellings of one header in a single layer into one.
      const value: Record<string, unknown> = earlier && isPlainMap(earlier.value) ? { ...earlier.value } : {};
      for (const [name, v] of Object.entries(setting.value)) {
        if (how === 'headers') for (const old of Object.keys(value)) if (old.toLowerCase() === name.toLowerCase()) delete value[old];
        value[name] = v;
      }
      merged.set(key, { ...setting, value });
    }
  }
  return merged;
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
