// report.html for a capacity search: one self-contained page: the verdict and the answer, the
// latency-versus-offered-rate curve (p50, p95, p99 of every step, the latency SLOs as lines, the
// capacity found marked), the achieved-versus-offered curve (a service that keeps up stays on the
// diagonal), production's curves beside the canary's when compared, and the steps' table with the
// HTTP version they went over. The charts are inline SVG: no script, no network. Pure.

import { VERDICT_BADGE } from '../format.js';
import { type CapacityArm, type CapacityReport, capacityHeadline, outcomeLabel, protocolLine } from '../capacity.js';
import { esc } from './escape.js';

const WIDTH = 640;
const HEIGHT = 300;
const PAD = { left: 56, right: 16, top: 16, bottom: 40 };

interface Line {
  label: string;
  points: Array<[number, number]>;
  dash: string;
  colour: string;
}

/** COLOURS: Okabe-Ito, told apart without colour by the dash patterns too. */
const COLOURS = { p50: '#0072B2', p95: '#D55E00', p99: '#CC79A7', production: '#009E73', limit: '#555555' };

export function renderCapacityHtml(report: CapacityReport): string {
  const arms: Array<[string, CapacityArm]> = [[report.production ? 'canary' : 'this service', report], ...(report.production ? [['production', report.production] as [string, CapacityArm]] : [])];
  const latencyLines: Line[] = arms.flatMap(([name, arm], i) =>
    (['p50', 'p95', 'p99'] as const).map((k) => ({ label: `${k}${arms.length > 1 ? ` (${name})` : ''}`, points: arm.steps.filter((s) => !s.cancelled).map((s) => [s.rate, Math.max(0.1, s.latencyMs[k])] as [number, number]), dash: i === 0 ? '' : '6 4', colour: i === 0 ? COLOURS[k] : COLOURS.production })),
  );
  const achievedLines: Line[] = arms.map(([name, arm], i) => ({ label: `achieved (${name})`, points: arm.steps.filter((s) => !s.cancelled).map((s) => [s.rate, s.achievedRps] as [number, number]), dash: i === 0 ? '' : '6 4', colour: i === 0 ? COLOURS.p50 : COLOURS.production }));
  const maxRate = Math.max(1, ...arms.flatMap(([, arm]) => arm.steps.map((s) => s.rate)));
  const marks = arms.flatMap(([name, arm]) => (arm.capacityRps !== null ? [{ x: arm.capacityRps, label: `capacity${arms.length > 1 ? ` (${name})` : ''} ${arm.capacityRps} req/s` }] : []));
  const slos = Object.entries(report.slosMs).map(([k, v]) => ({ y: v!, label: `${k} SLO ${v} ms` }));
  const latency = chart('latency-curve', 'Latency against the offered rate', latencyLines, { xMax: maxRate, yLog: true, yUnit: 'ms', hLines: slos, vLines: marks });
  const achieved = chart('achieved-curve', 'Achieved against offered rate', achievedLines, { xMax: maxRate, yLog: false, yUnit: 'req/s', hLines: [], vLines: marks, diagonal: true });
  const tables = arms.map(([name, arm]) => `<h2>Steps${arms.length > 1 ? ` (${esc(name)}: ${esc(arm.target)})` : ''}</h2>${protocolLine(arm).map((l) => `<p class="protocol">${esc(l)}</p>`).join('')}${stepTable(arm)}`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`Capacity ${VERDICT_BADGE[report.verdict].replace(/^\S+\s/, '')}: ${report.target}`)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 720px; padding: 1rem; color: #1a1a1a; }
figure { margin: 1rem 0; } svg { width: 100%; height: auto; } table { border-collapse: collapse; font-size: 0.9rem; }
td, th { border-bottom: 1px solid #ddd; padding: 0.25rem 0.5rem; text-align: left; } td.n { text-align: right; }
.verdict-pass { color: #006400; } .verdict-fail { color: #a00000; } .verdict-inconclusive { color: #8a5a00; }
</style>
</head>
<body>
<h1 class="verdict-${report.verdict}">${esc(VERDICT_BADGE[report.verdict].replace(/^\S+\s/, ''))}: capacity ${report.capacityRps === null ? 'not found' : `${report.capacityRps} req/s`}</h1>
<p>${esc(capacityHeadline(report))}</p>
${report.reasons.length ? `<ul>${report.reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>` : ''}
${latency}
${achieved}
${tables}
<p><small>Every step is an open-model load at one rate, judged like a run; a step passes when 95% of its rate was achieved and its SLOs held. The search stopped: ${esc(report.stopped)}.</small></p>
</body>
</html>
`;
}

interface ChartOptions {
  xMax: number;
  yLog: boolean;
  yUnit: string;
  hLines: Array<{ y: number; label: string }>;
  vLines: Array<{ x: number; label: string }>;
  diagonal?: boolean;
}

/** chart: an SVG line chart of the steps (points joined in rate order), with reference lines, and its data in words. */
function chart(id: string, title: string, lines: Line[], options: ChartOptions): string {
  const values = [...lines.flatMap((l) => l.points.map(([, y]) => y)), ...options.hLines.map((h) => h.y)];
  const yMaxRaw = Math.max(1, ...values);
  const yMin = options.yLog ? 10 ** Math.floor(Math.log10(Math.max(0.1, Math.min(...values.filter((v) => v > 0), yMaxRaw)))) : 0;
  const yMax = options.yLog ? 10 ** Math.ceil(Math.log10(yMaxRaw)) : yMaxRaw * 1.1;
  const xMax = options.xMax * 1.05;
  const sx = (x: number) => PAD.left + (x / xMax) * (WIDTH - PAD.left - PAD.right);
  const sy = (y: number) => {
    const f = options.yLog ? (Math.log10(Math.max(y, yMin)) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin)) : y / yMax;
    return HEIGHT - PAD.bottom - f * (HEIGHT - PAD.top - PAD.bottom);
  };
  const parts: string[] = [];
  const yTicks = options.yLog ? Array.from({ length: Math.round(Math.log10(yMax / yMin)) + 1 }, (_, i) => yMin * 10 ** i) : [0, yMax / 4, yMax / 2, (3 * yMax) / 4];
  for (const t of yTicks) parts.push(`<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${sy(t)}" y2="${sy(t)}" stroke="#eee"/><text x="${PAD.left - 6}" y="${sy(t) + 4}" text-anchor="end" font-size="11">${round(t)}</text>`);
  for (const t of [0, xMax / 4, xMax / 2, (3 * xMax) / 4]) parts.push(`<text x="${sx(t)}" y="${HEIGHT - PAD.bottom + 16}" text-anchor="middle" font-size="11">${round(t)}</text>`);
  parts.push(`<text x="${(WIDTH + PAD.left) / 2}" y="${HEIGHT - 6}" text-anchor="middle" font-size="12">offered rate, req/s</text><text x="14" y="${PAD.top + 4}" font-size="12">${esc(options.yUnit)}</text>`);
  if (options.diagonal) parts.push(`<line class="diagonal" x1="${sx(0)}" y1="${sy(0)}" x2="${sx(xMax)}" y2="${sy(Math.min(xMax, yMax))}" stroke="${COLOURS.limit}" stroke-dasharray="2 3"/>`);
  for (const h of options.hLines) parts.push(`<line class="slo" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${sy(h.y)}" y2="${sy(h.y)}" stroke="${COLOURS.limit}" stroke-dasharray="8 4"/><text x="${WIDTH - PAD.right - 4}" y="${sy(h.y) - 4}" text-anchor="end" font-size="11">${esc(h.label)}</text>`);
  for (const v of options.vLines) parts.push(`<line class="capacity" x1="${sx(v.x)}" x2="${sx(v.x)}" y1="${PAD.top}" y2="${HEIGHT - PAD.bottom}" stroke="#000" stroke-width="1.5"/><text x="${sx(v.x) + 4}" y="${PAD.top + 12}" font-size="11">${esc(v.label)}</text>`);
  for (const line of lines) {
    const sorted = [...line.points].sort((a, b) => a[0] - b[0]);
    if (sorted.length > 1) parts.push(`<polyline fill="none" stroke="${line.colour}" stroke-width="2" stroke-dasharray="${line.dash}" points="${sorted.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ')}"><title>${esc(line.label)}</title></polyline>`);
    for (const [x, y] of sorted) parts.push(`<circle class="step" cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="3" fill="${line.colour}"><title>${esc(`${line.label}: ${round(y)} ${options.yUnit} at ${x} req/s`)}</title></circle>`);
  }
  const legend = lines.map((l) => `<span style="color:${l.colour}">${l.dash ? '╌' : '—'} ${esc(l.label)}</span>`).join(' · ');
  const words = lines.map((l) => `${l.label}: ${[...l.points].sort((a, b) => a[0] - b[0]).map(([x, y]) => `${round(y)} at ${x}`).join(', ')}`).join('; ');
  return `<figure id="${id}"><figcaption><strong>${esc(title)}</strong><br>${legend}</figcaption><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${esc(`${title}: ${words}`)}">${parts.join('')}</svg></figure>`;
}

function stepTable(arm: CapacityArm): string {
  const rows = arm.steps.map((s, i) => `<tr><td class="n">${i + 1}</td><td>${esc(s.why)}</td><td class="n">${s.rate}</td><td class="n">${round(s.achievedRps)}</td><td class="n">${round(s.latencyMs.p50)} / ${round(s.latencyMs.p95)} / ${round(s.latencyMs.p99)}</td><td class="n">${round(s.errorRatePercent)}%</td><td>${esc(outcomeLabel(s))}</td><td>${esc(s.reasons.join('; '))}</td></tr>`);
  return `<table><thead><tr><th>#</th><th>Step</th><th>Offered req/s</th><th>Achieved req/s</th><th>p50 / p95 / p99 ms</th><th>Errors</th><th>Outcome</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function round(n: number): string {
  return String(n < 10 ? Math.round(n * 100) / 100 : n < 100 ? Math.round(n * 10) / 10 : Math.round(n));
}
