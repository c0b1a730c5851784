// Reads YAML against the schema while the parser's positions are still at hand, so every problem
// is reported with file, line, column and key path, and every setting remembers where it was set
// (the action later puts annotations on those lines).

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { type ConfigIssue, type Source, didYouMean } from './issues.js';
import { type Walker, at, keyOf } from './yaml-position.js';
import { type Field, endpointItemField, fileField, environmentField } from './schema.js';
import { describe } from './units.js';
import { readEndpoints } from './endpoints.js';

export interface Setting {
  value: unknown;
  source: Source;
}
/** SettingMap holds one layer of configuration, keyed by setting path ("thresholds.latency.p95"). */
export type SettingMap = Map<string, Setting>;

export interface FileLayers {
  /** parsed is false when the text is not YAML at all; nothing else in the file could be checked. */
  parsed: boolean;
  base: SettingMap;
  environments: Map<string, { settings: SettingMap; source: Source }>;
  issues: ConfigIssue[];
}

/** readConfigText validates a whole performance_config.yml and splits it into the base and environment layers. */
export function readConfigText(text: string, file: string, env: Readonly<Record<string, string | undefined>>): FileLayers {
  const result: FileLayers = { parsed: false, base: new Map(), environments: new Map(), issues: [] };
  const walker = parseInto(text, file, env, result.issues);
  if (!walker) return result;
  result.parsed = true;
  const { root, w } = walker;
  if (root === null) return result;
  if (!isMap(root)) {
    w.issues.push({ source: at(w, root, '(top level)'), message: `expected a mapping of settings, got ${describe(root.toJSON())}` });
    return result;
  }
  for (const pair of root.items) {
    const key = keyOf(pair);
    if (key === 'environments') {
      readEnvironments(w, pair, result);
      continue;
    }
    const field = (fileField as Extract<Field, { kind: 'group' }>).fields[key];
    if (!field) {
      unknownKey(w, pair, key, '', Object.keys((fileField as Extract<Field, { kind: 'group' }>).fields));
      continue;
    }
    walk(w, pair.value as Node | null, field, key, key, result.base);
  }
  return result;
}

/** readInline reads a YAML value given in a flag, variable or action input (endpoints, stages) against one field. */
export function readInline(text: string, label: Source, field: Field, settingPath: string, env: Readonly<Record<string, string | undefined>>): { setting?: Setting; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const name = label.kind === 'flag' ? label.flag : label.kind === 'env' ? label.variable : label.kind === 'input' ? `input ${label.input}` : 'inline';
  const parsed = parseInto(text, name, env, issues);
  if (!parsed) return { issues };
  const settings: SettingMap = new Map();
  walk(parsed.w, parsed.root, field, settingPath, settingPath, settings);
  const setting = settings.get(settingPath);
  return { setting: setting && { value: setting.value, source: label }, issues };
}

function parseInto(text: string, file: string, env: Walker['env'], issues: ConfigIssue[]) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const w: Walker = { doc, file, lines, issues, sources: new Map(), env };
  for (const error of doc.errors) {
    const pos = lines.linePos(error.pos[0]);
    issues.push({ source: { kind: 'file', file, line: pos.line, col: pos.col, keyPath: '(yaml)' }, message: firstLine(error.message) });
  }
  if (doc.errors.length > 0) return undefined;
  return { w, root: doc.contents as Node | null };
}

function readEnvironments(w: Walker, pair: Pair, result: FileLayers): void {
  const node = pair.value as Node | null;
  if (node === null) return;
  if (!isMap(node)) {
    w.issues.push({ source: at(w, node, 'environments'), message: `expected a mapping of environment names, got ${describe(node.toJSON())}` });
    return;
  }
  for (const envPair of node.items) {
    const name = keyOf(envPair);
    const keyPath = `environments.${name}`;
    const settings: SettingMap = new Map();
    result.environments.set(name, { settings, source: at(w, (envPair.key as Node) ?? node, keyPath) });
    const block = envPair.value as Node | null;
    if (block === null) continue;
    if (!isMap(block)) {
      w.issues.push({ source: at(w, block, keyPath), message: `expected a mapping with thresholds or load_test, got ${describe(block.toJSON())}` });
      continue;
    }
    const fields = (environmentField as Extract<Field, { kind: 'group' }>).fields;
    for (const inner of block.items) {
      const key = keyOf(inner);
      if (!fields[key]) unknownKey(w, inner, key, keyPath, Object.keys(fields));
      else walk(w, inner.value as Node | null, fields[key], `${keyPath}.${key}`, key, settings);
    }
  }
}

/**
 * walk validates `node` against `field`, returns its parsed value, and records every setting unit
 * (a leaf, list or dict) into `out` under its setting path. `keyPath` is what the user sees in errors.
 */
export function walk(w: Walker, node: Node | null, field: Field, keyPath: string, settingPath: string | null, out?: SettingMap): unknown {
  const source = node ? at(w, node, keyPath) : { kind: 'file' as const, file: w.file, line: 0, col: 0, keyPath };
  let value: unknown;
  switch (field.kind) {
    case 'group':
      return walkGroup(w, node, field.fields, keyPath, settingPath, out);
    case 'leaf': {
      const raw = expandScalars(w, node, keyPath);
      if (raw === FAILED) return undefined;
      const parsed = field.parse(raw);
      if (!parsed.ok) {
        w.issues.push({ source, message: parsed.error });
        return undefined;
      }
      value = parsed.value;
      w.sources.set(keyPath, source);
      break;
    }
    case 'list': {
      if (!node || !isSeq(node)) {
        w.issues.push({ source, message: `expected a list, got ${describe(node?.toJSON())}` });
        return undefined;
      }
      const before = w.issues.length;
      value = node.items.map((item, i) => walk(w, item as Node | null, field.item, `${keyPath}[${i}]`, null));
      if (w.issues.length > before) return undefined;
      break;
    }
    case 'dict': {
      if (!node || !isMap(node)) {
        w.issues.push({ source, message: `expected a mapping, got ${describe(node?.toJSON())}` });
        return undefined;
      }
      const dict: Record<string, unknown> = {};
      const before = w.issues.length;
      for (const pair of node.items) dict[keyOf(pair)] = walk(w, pair.value as Node | null, field.value, `${keyPath}.${keyOf(pair)}`, null);
      // A dict with a bad entry is left unset rather than half-filled; the entry's error says why.
      if (w.issues.length > before) return undefined;
      value = dict;
      break;
    }
    case 'endpoints':
      value = readEndpoints(w, node, keyPath, (item, itemPath) => walk(w, item, endpointItemField, itemPath, null));
      break;
  }
  if (value !== undefined && settingPath !== null) out?.set(settingPath, { value, source });
  return value;
}

function walkGroup(w: Walker, node: Node | null, fields: Record<string, Field>, keyPath: string, settingPath: string | null, out?: SettingMap): Record<string, unknown> | undefined {
  if (node === null || (isScalar(node) && node.value === null)) return {};
  if (!isMap(node)) {
    w.issues.push({ source: at(w, node, keyPath), message: `expected a mapping with ${Object.keys(fields).join(', ')}, got ${describe(node.toJSON())}` });
    return undefined;
  }
  const value: Record<string, unknown> = {};
  for (const pair of node.items) {
    const key = keyOf(pair);
    const field = fields[key];
    if (!field) {
      unknownKey(w, pair, key, keyPath, Object.keys(fields));
      continue;
    }
    const child = walk(w, pair.value as Node | null, field, `${keyPath}.${key}`, settingPath === null ? null : `${settingPath}.${key}`, out);
    if (child !== undefined) value[key] = child;
  }
  return value;
}

const FAILED = Symbol('failed');

/**
 * expandScalars turns a node into plain data and replaces ${NAME} in its text with the variable's
 * value, so secrets stay in the CI's secret store rather than in the file. "$${" writes a literal "${".
 */
function expandScalars(w: Walker, node: Node | null, keyPath: string): unknown | typeof FAILED {
  const raw: unknown = node ? node.toJS(w.doc) : null;
  let failed = false;
  const expand = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replace(/\$?\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (match, name: string) => {
        if (match.startsWith('$$')) return match.slice(1);
        const found = w.env[name];
        if (found === undefined) {
          failed = true;
          w.issues.push({ source: at(w, node!, keyPath), message: `environment variable ${name} is not set (referenced as \${${name}})` });
          return match;
        }
        return found;
      });
    }
    if (Array.isArray(value)) return value.map(expand);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v)]));
    return value;
  };
  const expanded = expand(raw);
  return failed ? FAILED : expanded;
}

function unknownKey(w: Walker, pair: Pair, key: string, parentPath: string, known: string[]): void {
  const keyPath = parentPath ? `${parentPath}.${key}` : key;
  w.issues.push({ source: at(w, (pair.key as Node) ?? null, keyPath), message: `unknown key '${key}'${didYouMean(key, known)}; known keys here: ${known.join(', ')}` });
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}
