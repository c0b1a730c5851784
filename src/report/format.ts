// Number and table formatting shared by the text and markdown renderers.

import { formatMs, round } from '../config/units.js';
import type { VerdictName } from '../slo/verdict.js';

export const count = (n: number): string => Math.round(n).toLocaleString('en-US');
export const fixed = (n: number, digits: number): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const ms = (value: number): string => formatMs(value);
/** percent keeps two decimals (three below 0.01%), the same as the SLO checks print. */
export const percent = (value: number): string => `${round(value, value > 0 && value < 0.01 ? 3 : 2)}%`;
export const rps = (value: number): string => fixed(value, 1);
export const seconds = (value: number): string => (value >= 120 ? `${fixed(value / 60, 1)} min` : `${fixed(value, 1)}s`);

export const VERDICT_BADGE: Record<VerdictName, string> = { pass: '✅ PASSED', fail: '❌ FAILED', inconclusive: '⚠️ INCONCLUSIVE' };

/** textTable lines up columns for a terminal; `right` marks numeric columns. */
export function textTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, right: ReadonlySet<number> = new Set()): string {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (right.has(i) ? ' '.repeat(widths[i] - width(cell)) + cell : cell + ' '.repeat(widths[i] - width(cell))))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

/** markdownTable renders a GitHub-flavoured table, escaping pipes in cells. */
export function markdownTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, right: ReadonlySet<number> = new Set()): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rule = headers.map((_, i) => (right.has(i) ? '---:' : '---'));
  return [headers, rule, ...rows].map((cells) => `| ${cells.map(escape).join(' | ')} |`).join('\n');
}

/** width counts what a terminal shows: emoji and other wide symbols take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u{1F300}-\u{1FAFF}\u2705\u274C]/u.test(ch) ? 2 : /[\uFE0F]/.test(ch) ? 0 : 1;
  return w;
}
