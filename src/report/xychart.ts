// Mermaid xychart-beta blocks, which GitHub draws in job summaries and markdown files. Mermaid's
// themes colour lines from a palette meant for bars: the default theme draws the first line in
// #ECECFF, nearly white on white. So every chart sets its own palette, and since xychart has no
// legend, a caption under the chart names each line with its colour.

import { clock, type SeriesPoint } from './charts.js';

/**
 * COLOURS: each has at least 3:1 contrast (WCAG's floor for lines) on white, on GitHub's dark page
 * (#0d1117) and on Mermaid's dark theme (#333), which GitHub uses in dark mode. Orange and green
 * are the HTML report's (Okabe-Ito, readable with colour-blindness); its blue, #0072B2, is only
 * 2.4:1 on #333, so the blue here is lighter.
 */
export const COLOURS = {
  blue: '#2F80ED',
  orange: '#D55E00',
  green: '#009E73',
  grey: '#808080',
  purple: '#9C6ADE',
  olive: '#998800',
} as const;

export type Colour = keyof typeof COLOURS;

/** DATA_COLOURS colour the measured lines in order; LIMIT_COLOURS the flat SLO lines after them. */
export const DATA_COLOURS: readonly Colour[] = ['blue', 'orange', 'green'];
export const LIMIT_COLOURS: readonly Colour[] = ['grey', 'purple', 'olive'];

export interface ChartLine {
  /** name: what the caption calls the line ("p95", "p95 SLO ≤ 250ms"). */
  name: string;
  colour: Colour;
  values: number[];
  /** limit: a flat line at an SLO's threshold, said so in the caption. */
  limit?: boolean;
}

/** mermaidChart renders the lines over the buckets' start times, in their own colours, with the caption that names them. */
export function mermaidChart(title: string, yLabel: string, points: readonly SeriesPoint[], lines: readonly ChartLine[]): string {
  const labels = points.map((p) => `"${clock(p.startSecond)}"`).join(', ');
  const top = niceCeiling(Math.max(1, ...lines.flatMap((l) => l.values)));
  const body = lines.map((l) => `  line [${l.values.map((v) => round(v)).join(', ')}]`).join('\n');
  return [
    '```mermaid',
    paletteDirective(lines),
    'xychart-beta',
    `  title "${title.replace(/"/g, "'")}"`,
    `  x-axis [${labels}]`,
    `  y-axis "${yLabel}" 0 --> ${top}`,
    body,
    '```',
    '',
    caption(lines),
  ].join('\n');
}

/** paletteDirective: Mermaid gives the nth line the palette's nth colour, so the palette is the lines' colours in order. */
export function paletteDirective(lines: readonly ChartLine[]): string {
  const palette = lines.map((l) => COLOURS[l.colour]).join(', ');
  return `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`;
}

/**
 * caption: the legend xychart lacks, in drawing order. With a limit drawn it adds that an SLO is
 * judged over the whole measured window, so that a point above its line is not read as a failure.
 */
export function caption(lines: readonly ChartLine[]): string {
  const names = lines.map((l) => `${l.name} **${l.colour}**`).join(' · ');
  return lines.some((l) => l.limit) ? `Lines: ${names}. An SLO holds for the whole measured window, not for each point.` : `Lines: ${names}.`;
}

function round(value: number): number {
  return value >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

/** niceCeiling rounds an axis maximum up to 1, 2 or 5 times a power of ten. */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
