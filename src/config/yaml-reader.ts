// Reads YAML against the schema while the parser's positions are still at hand, so every problem
// is reported with file, line, column and key path, and every setting remembers where it was set
// (the action later puts annotations on those lines).

import { type Alias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type Pair } from 'yaml';
import { MAX_YAML_ALIASES } from '../defaults.js';
import { type ConfigIssue, type Source, didYouMean, shortSource } from './issues.js';
import { type Walker, at, deref, keyOf } from './yaml-position.js';
import { type Field, endpointItemField, flowItemField, stepItemField, fieldOf, fileField, environmentField, thresholdsField } from './schema.js';
import { describe } from './units.js';
import { readEndpoints } from './endpoints.js';
import { readFlows, readSteps } from './flows.js';

export interface Setting {
  value: unknown;
  source: Source;
}
/** SettingMap holds one layer of configuration, keyed by setting path ("thresholds.latency.p95"). */
export type SettingMap = Map<string, Setting>;

export interface FileLayers {
  /** parsed is false when the text is not YAML at all; nothing else in the file could be checked. */
  parsed: boolean;
  /** empty: the text holds no settings at all (nothing, whitespace, comments or a bare `---`). */
  empty: boolean;
  base: SettingMap;
  environments: Map<string, { settings: SettingMap; source: Source; notices: string[] }>;
  issues: ConfigIssue[];
  /** notices about the base layer (the seeds' top-level SLO block, read as thresholds). */
  notices: string[];
}

/**
 * SLO_KEYS: the seeds' SLO block (seed 002) puts latency, error_rate and throughput at the top of
 * the file, or of an environment's block, with no `thresholds:` above them. They are read as
 * thresholds, with a notice naming the canonical form.
 */
const SLO_KEYS = ['latency', 'error_rate', 'throughput'] as const;
const thresholdFields = (thresholdsField as Extract<Field, { kind: 'group' }>).fields;

/** readConfigText validates a whole performance_config.yml and splits it into the base and environment layers. */
export function readConfigText(text: string, file: string, env: Readonly<Record<string, string | undefined>>): FileLayers {
  const result: FileLayers = { parsed: false, empty: false, base: new Map(), environments: new Map(), issues: [], notices: [] };
  const walker = parseInto(text, file, env, result.issues);
  if (!walker) return result;
  result.parsed = true;
  const { w } = walker;
  const root = deref(w, walker.root);
  if (root === null || (isScalar(root) && root.value === null && root.source === '')) {
    result.empty = true;
    return result;
  }
  if (!isMap(root)) {
    w.issues.push({ source: at(w, root, '(top level)'), message: `expected a mapping of settings, got ${describe(root.toJSON())}` });
    return result;
  }
  const fields = (fileField as Extract<Field, { kind: 'group' }>).fields;
  const slo = new SloBlock('', 'thresholds');
  for (const pair of root.items) {
    const key = keyOf(pair);
    if (key === 'environments') {
      readEnvironments(w, pair, result);
      continue;
    }
    if (slo.takes(w, pair, key)) continue;
    const field = fieldOf(fields, key);
    if (!field) {
      unknownKey(w, pair, key, '', Object.keys(fields));
      continue;
    }
    walk(w, pair.value as Node | null, field, key, key, result.base);
  }
  slo.mergeInto(w, result.base, result.notices);
  return result;
}

/**
 * SloBlock collects one block's top-level latency / error_rate / throughput (the seeds' form) and
 * merges them into its thresholds; a threshold given both ways is an error naming both lines.
 */
class SloBlock {
  private readonly settings: SettingMap = new Map();
  private readonly keys: string[] = [];
  private first: Source | null = null;
  constructor(
    /** parentPath: '' for the file's top, `environments.<name>` for an environment's block. */
    private readonly parentPath: string,
    /** settingPrefix: where its settings go in the layer ("thresholds"). */
    private readonly settingPrefix: string,
  ) {}

  takes(w: Walker, pair: Pair, key: string): boolean {
    if (!(SLO_KEYS as readonly string[]).includes(key)) return false;
    const keyPath = this.parentPath ? `${this.parentPath}.${key}` : key;
    this.first ??= at(w, (pair.key as Node) ?? null, keyPath);
    this.keys.push(key);
    walk(w, pair.value as Node | null, fieldOf(thresholdFields, key)!, keyPath, `${this.settingPrefix}.${key}`, this.settings);
    return true;
  }

  mergeInto(w: Walker, layer: SettingMap, notices: string[]): void {
    if (!this.first) return;
    for (const [path, setting] of this.settings) {
      const canonical = layer.get(path);
      if (canonical) {
        const written = canonical.source.kind === 'file' ? canonical.source.keyPath : path;
        w.issues.push({ source: setting.source, message: `this threshold is given twice: here, in the seeds' form without thresholds:, and as ${written} at ${shortSource(canonical.source)}; keep one` });
        continue;
      }
      layer.set(path, setting);
    }
    const where = this.parentPath ? `${this.parentPath}.` : '';
    const listed = this.keys.map((k) => `${where}${k}`).join(', ');
    notices.push(`${shortSource(this.first)}: ${listed} ${this.keys.length === 1 ? 'is' : 'are'} read as thresholds (the seeds' SLO block); the canonical form nests ${this.keys.length === 1 ? 'it' : 'them'} under thresholds: (${where}thresholds: → ${this.keys[0] === 'latency' ? 'latency: → p95: 250ms' : `${this.keys[0]}: …`})`);
  }
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
  // One slip (a tab, a bad indent) can make every later line an error too: the first few say enough.
  for (const error of doc.errors.slice(0, MAX_YAML_ERRORS)) {
    const pos = lines.linePos(error.pos[0]);
    const duplicate = error.code === 'DUPLICATE_KEY' ? keyAt(doc, error.pos[0]) : undefined;
    const message = duplicate !== undefined ? `the key '${printable(duplicate)}' appears twice in this mapping; keys must be unique, keep one` : firstLine(error.message);
    issues.push({ source: { kind: 'file', file, line: pos.line, col: pos.col, keyPath: '(yaml)' }, message });
  }
  if (doc.errors.length > MAX_YAML_ERRORS) {
    const pos = lines.linePos(doc.errors[MAX_YAML_ERRORS].pos[0]);
    issues.push({ source: { kind: 'file', file, line: pos.line, col: pos.col, keyPath: '(yaml)' }, message: `and ${doc.errors.length - MAX_YAML_ERRORS} more YAML errors from here on, which may all follow from the first` });
  }
  if (doc.errors.length > 0) return undefined;
  if (!checkAliases(w)) return undefined;
  return { w, root: doc.contents as Node | null };
}

/**
 * checkAliases refuses, with the alias's line, what would stop the reader later: an alias with no
 * anchor before it, one inside the value it names (a loop), and an alias bomb (a few lines that
 * expand to millions of copies; YAML's maxAliasCount). Returns whether the aliases are usable.
 */
function checkAliases(w: Walker): boolean {
  const aliases: Array<{ node: Alias; ancestors: readonly unknown[] }> = [];
  visit(w.doc, {
    Alias: (_key, node, path) => {
      aliases.push({ node, ancestors: [...path] });
    },
  });
  if (aliases.length === 0) return true;
  const refuse = (node: Alias, message: string) => {
    w.issues.push({ source: at(w, node, '(yaml)'), message });
    return false;
  };
  if (aliases.length > MAX_YAML_ALIASES) return refuse(aliases[MAX_YAML_ALIASES].node, `more than ${MAX_YAML_ALIASES} aliases (*name) in one config; write the values out, or use environments: blocks`);
  for (const { node, ancestors } of aliases) {
    const target = node.resolve(w.doc);
    if (!target) return refuse(node, `alias *${node.source} has no anchor &${node.source} before it`);
    if (ancestors.includes(target)) return refuse(node, `alias *${node.source} is inside the value it names, which would never end`);
  }
  try {
    w.doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    const message = firstLine((error as Error).message);
    return refuse(aliases[0].node, /excessive alias count/i.test(message) ? `the aliases (*${aliases[0].node.source}, …) expand to more than ${MAX_YAML_ALIASES} copies, more than a config needs (an alias bomb?)` : message);
  }
  return true;
}

function readEnvironments(w: Walker, pair: Pair, result: FileLayers): void {
  const node = deref(w, pair.value as Node | null);
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isMap(node)) {
    w.issues.push({ source: at(w, node, 'environments'), message: `expected a mapping of environment names, got ${describe(node.toJSON())}` });
    return;
  }
  for (const envPair of node.items) {
    const name = keyOf(envPair);
    const keyPath = `environments.${name}`;
    const settings: SettingMap = new Map();
    const notices: string[] = [];
    result.environments.set(name, { settings, source: at(w, (envPair.key as Node) ?? node, keyPath), notices });
    const block = deref(w, envPair.value as Node | null);
    if (block === null || (isScalar(block) && block.value === null)) continue;
    if (!isMap(block)) {
      w.issues.push({ source: at(w, block, keyPath), message: `expected a mapping with thresholds or load_test, got ${describe(block.toJSON())}` });
      continue;
    }
    const fields = (environmentField as Extract<Field, { kind: 'group' }>).fields;
    const slo = new SloBlock(keyPath, 'thresholds');
    for (const inner of block.items) {
      const key = keyOf(inner);
      if (slo.takes(w, inner, key)) continue;
      const field = fieldOf(fields, key);
      if (!field) unknownKey(w, inner, key, keyPath, Object.keys(fields));
      else walk(w, inner.value as Node | null, field, `${keyPath}.${key}`, key, settings);
    }
    slo.mergeInto(w, settings, notices);
  }
}

/**
 * walk validates `node` against `field`, returns its parsed value, and records every setting unit
 * (a leaf, list or dict) into `out` under its setting path. `keyPath` is what the user sees in errors.
 */
export function walk(w: Walker, given: Node | null, field: Field, keyPath: string, settingPath: string | null, out?: SettingMap): unknown {
  const node = deref(w, given);
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
      for (const pair of node.items) {
        const key = keyOf(pair);
        // `__proto__` would set the object's prototype instead of an entry: the entry would vanish.
        if (key === '__proto__') w.issues.push({ source: at(w, (pair.key as Node) ?? node, `${keyPath}.${key}`), message: `'${key}' cannot be used as a name here` });
        else dict[key] = walk(w, pair.value as Node | null, field.value, `${keyPath}.${key}`, null);
      }
      // A dict with a bad entry is left unset rather than half-filled; the entry's error says why.
      if (w.issues.length > before) return undefined;
      value = dict;
      break;
    }
    case 'endpoints':
      value = readEndpoints(w, node, keyPath, (item, itemPath) => walk(w, item, endpointItemField, itemPath, null));
      break;
    case 'steps':
      value = readSteps(w, node, keyPath, (item, itemPath) => walk(w, item, stepItemField, itemPath, null));
      break;
    case 'flows':
      value = readFlows(w, node, keyPath, (item, itemPath) => walk(w, item, flowItemField, itemPath, null));
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
    const field = fieldOf(fields, key);
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
  const keyPath = printable(parentPath ? `${parentPath}.${key}` : key);
  w.issues.push({ source: at(w, (pair.key as Node) ?? null, keyPath), message: `unknown key '${printable(key)}'${didYouMean(key, known)}; known keys here: ${known.join(', ')}` });
}

const MAX_YAML_ERRORS = 5;

/** keyAt finds the text of the mapping key that starts at `offset` (a duplicate key's error points there). */
function keyAt(doc: ReturnType<typeof parseDocument>, offset: number): string | undefined {
  let found: string | undefined;
  visit(doc, {
    Pair: (_key, pair) => {
      const key = pair.key as Node | null;
      if (key?.range?.[0] === offset) {
        found = keyOf(pair);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** printable shows control characters in a key as \u escapes, so an error line stays one readable line. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}
