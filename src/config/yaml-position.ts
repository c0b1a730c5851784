// Positions in a YAML text: which line and column a node starts at, for error messages and annotations.

import { isAlias, isScalar, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { ConfigIssue, Source } from './issues.js';

export interface Walker {
  /** doc resolves aliases (*name) when a node is turned into plain data. */
  doc: Document;
  file: string;
  lines: LineCounter;
  issues: ConfigIssue[];
  /** sources of every leaf read, by full key path, for endpoint thresholds and annotations. */
  sources: Map<string, Source>;
  env: Readonly<Record<string, string | undefined>>;
}

export function keyOf(pair: Pair): string {
  const key = pair.key as Node | null;
  return isScalar(key) ? String(key.value) : String(key);
}

export function at(w: Walker, node: Node | null, keyPath: string): Source {
  const offset = node?.range?.[0] ?? 0;
  const pos = w.lines.linePos(offset);
  return { kind: 'file', file: w.file, line: pos.line, col: pos.col, keyPath };
}

/** deref follows an alias (*name) to the node its anchor (&name) marks; the reader has checked that it resolves. */
export function deref(w: Walker, node: Node | null): Node | null {
  if (!node || !isAlias(node)) return node;
  return (node.resolve(w.doc) as Node | undefined) ?? null;
}
