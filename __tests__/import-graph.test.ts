// The house's shape, enforced: docs/ARCHITECTURE.md lists the rooms of src/ from the top (the
// entries) down to the leaves, and a room may import only rooms listed below it. No import runs
// back up, no two rooms on one line import each other, no file is part of an import cycle, and
// every room of src/ is placed in the list.

import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const SRC = 'src';

/** rooms: the fenced ```rooms block of docs/ARCHITECTURE.md, one level per line, top first. */
function roomLevels(): Map<string, number> {
  const doc = readFileSync('docs/ARCHITECTURE.md', 'utf8');
  const block = /```rooms\n([\s\S]*?)```/.exec(doc);
  if (!block) throw new Error('docs/ARCHITECTURE.md has no ```rooms block');
  const levels = new Map<string, number>();
  block[1]
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '')
    .forEach((line, level) => {
      for (const room of line.split(/\s+/)) levels.set(room, level);
    });
  return levels;
}

/** roomOf: the top-level folder (or file, without .ts) of src/ a file is in. */
const roomOf = (file: string) => file.slice(SRC.length + 1).split('/')[0].replace(/\.ts$/, '');

function imports(): Array<{ from: string; to: string }> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(SRC, f));
  const edges: Array<{ from: string; to: string }> = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gm)) {
      edges.push({ from: file, to: normalize(join(dirname(file), match[1])).replace(/\.js$/, '.ts') });
    }
  }
  return edges;
}

/** wrongEdges: the imports that run back up, or sideways to another room on the same level. */
function wrongEdges(edges: ReadonlyArray<{ from: string; to: string }>, levels: Map<string, number>): string[] {
  return edges
    .filter(({ from, to }) => roomOf(from) !== roomOf(to) && levels.get(roomOf(to))! <= levels.get(roomOf(from))!)
    .map(({ from, to }) => `${from} imports ${to} (${roomOf(from)} → ${roomOf(to)})`);
}

describe('the import graph', () => {
  const levels = roomLevels();
  const edges = imports();

  test('reads something: every room of src/ is placed in docs/ARCHITECTURE.md', () => {
    expect(edges.length).toBeGreaterThan(200);
    const rooms = new Set(readdirSync(SRC).map((name) => name.replace(/\.ts$/, '')));
    expect([...rooms].filter((room) => !levels.has(room))).toEqual([]);
    expect([...levels.keys()].filter((room) => !rooms.has(room))).toEqual([]);
  });

  test('no import runs back up, or sideways between rooms on one level', () => {
    expect(wrongEdges(edges, levels)).toEqual([]);
  });

  test('no file is part of an import cycle', () => {
    const next = new Map<string, string[]>();
    for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const to of next.get(file) ?? []) visit(to, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of next.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  test('the check itself refuses a back-arrow and a sideways import, and allows a downward one', () => {
    const made = [
      { from: 'src/engine/engine.ts', to: 'src/app/run.ts' },
      { from: 'src/github/api.ts', to: 'src/integrations/hooks.ts' },
      { from: 'src/app/run.ts', to: 'src/engine/engine.ts' },
    ];
    expect(wrongEdges(made, levels)).toEqual(['src/engine/engine.ts imports src/app/run.ts (engine → app)', 'src/github/api.ts imports src/integrations/hooks.ts (github → integrations)']);
  });
});
