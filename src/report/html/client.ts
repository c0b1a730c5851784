// The script inside report.html: draws the charts the page's JSON describes with uPlot (inlined in
// the page, no network), keeps each chart as wide as its box on any window, and lets the reader
// pick an endpoint's distribution. It is put into the page with Function.prototype.toString, so it
// stays self-contained: nothing from outside its body but types, which compile away.

import type uPlot from 'uplot';
import type { ChartSpec, Role, RunCharts } from './charts.js';

export function drawReport(): void {
  type UPlotClass = typeof uPlot;
  const UPlot = (window as unknown as { uPlot: UPlotClass }).uPlot;
  const data = JSON.parse(document.getElementById('report-data')!.textContent!) as { runs: RunCharts[] };

  // Okabe-Ito colours (told apart with colour-blindness), and a dash pattern and marker of their own
  // for each role, so the lines read in greyscale too; the legend names every line.
  const LOOK: Record<Role, { stroke: string; dash: number[]; width: number; fill: string | null }> = {
    main: { stroke: '#0072B2', dash: [], width: 2, fill: '#0072B2' },
    second: { stroke: '#D55E00', dash: [10, 5], width: 2, fill: '#ffffff' },
    third: { stroke: '#009E73', dash: [2, 4], width: 2.5, fill: '#009E73' },
    fourth: { stroke: '#CC79A7', dash: [14, 4, 3, 4], width: 2, fill: '#ffffff' },
    reference: { stroke: '#555555', dash: [6, 3], width: 2, fill: '#ffffff' },
    limit: { stroke: '#B00020', dash: [3, 3], width: 1.5, fill: null },
  };

  const clock = (seconds: number) => {
    const s = Math.round(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    return `${h > 0 ? `${h}:${String(m).padStart(2, '0')}` : m}:${String(s % 60).padStart(2, '0')}`;
  };
  const percentile = (x: number) => {
    const p = (1 - 1 / x) * 100;
    return `${p >= 99 ? Number(p.toFixed(4)) : Math.round(p)}%`;
  };
  // A log axis gets a tick per tenfold of 1/(1 − p): 0%, 90%, 99%, 99.9%, …
  const decades = (min: number, max: number) => {
    const ticks: number[] = [];
    for (let x = 1; x <= max * 1.0001; x *= 10) if (x >= min * 0.9999) ticks.push(x);
    return ticks;
  };
  const heightFor = (box: HTMLElement) => (box.clientWidth < 480 ? 200 : 280);

  const options = (spec: ChartSpec, box: HTMLElement): uPlot.Options => ({
    width: Math.max(240, box.clientWidth),
    height: heightFor(box),
    scales: {
      x: spec.kind === 'spectrum' ? { time: false, distr: 3, log: 10, range: (_u, _min, max): [number, number] => [1, 10 ** Math.max(1, Math.ceil(Math.log10(Math.max(max, 10)) - 1e-9))] } : { time: false },
      y: { auto: true, range: (_u, min, max) => [Math.min(0, min), max > 0 ? max * 1.08 : 1] },
      ...(spec.rightUnit ? { r: { auto: true, range: (_u: uPlot, _min: number, max: number): [number, number] => [0, max > 0 ? max * 1.08 : 1] } } : {}),
    },
    axes: [
      spec.kind === 'spectrum'
        ? { label: 'percentile', splits: (_u, _axis, min, max) => decades(min, max), values: (_u, splits) => splits.map(percentile) }
        : { label: 'time since start', incrs: [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200], values: (_u, splits) => splits.map(clock) },
      { label: spec.yUnit, size: 60 },
      ...(spec.rightUnit ? [{ label: spec.rightUnit, scale: 'r', side: 1 as const, grid: { show: false }, size: 60 }] : []),
    ],
    series: [
      { label: spec.kind === 'spectrum' ? 'percentile' : 'time', value: (_u, v) => (v === null || v === undefined ? '–' : spec.kind === 'spectrum' ? percentile(v) : clock(v)) },
      ...spec.series.map((s) => {
        const look = LOOK[s.role];
        return {
          label: s.label,
          stroke: look.stroke,
          dash: look.dash,
          width: look.width,
          scale: s.right ? 'r' : 'y',
          spanGaps: spec.kind === 'spectrum',
          points: look.fill === null ? { show: false } : { show: true, size: 6, space: 60, fill: look.fill, stroke: look.stroke, width: 1.5 },
          value: (_u: uPlot, v: number | null) => (v === null || v === undefined ? '–' : `${v} ${s.right ? spec.rightUnit : spec.yUnit}`),
        };
      }),
    ],
    legend: { live: true },
  });

  /** drawn: what each chart drew (its series' labels and dash patterns, and how many points), for readers and tests. */
  const drawn: Array<{ id: string; series: number; points: number; labels: string[]; dashes: string[] }> = [];
  const plots = new Map<string, { plot: uPlot; box: HTMLElement }>();

  const draw = (spec: ChartSpec) => {
    const box = document.getElementById(spec.id);
    if (!box) return;
    plots.get(spec.id)?.plot.destroy();
    box.textContent = '';
    const plot = new UPlot(options(spec, box), [spec.x, ...spec.series.map((s) => s.values)] as uPlot.AlignedData, box);
    plots.set(spec.id, { plot, box });
    const points = spec.series.reduce((sum, s) => sum + s.values.filter((v) => v !== null).length, 0);
    box.dataset.drawn = 'true';
    box.dataset.points = String(points);
    const record = { id: spec.id, series: spec.series.length, points, labels: spec.series.map((s) => s.label), dashes: spec.series.map((s) => LOOK[s.role].dash.join(',')) };
    const index = drawn.findIndex((d) => d.id === spec.id);
    if (index >= 0) drawn[index] = record;
    else drawn.push(record);
  };

  for (const run of data.runs) {
    for (const spec of run.charts) draw(spec);
    const picker = run.endpoints ? (document.getElementById(`${run.endpoints.chartId}-picker`) as HTMLSelectElement | null) : null;
    if (run.endpoints && picker) {
      const { specs } = run.endpoints;
      picker.addEventListener('change', () => {
        const spec = specs[Number(picker.value)];
        draw(spec);
        // The words follow the picture: the caption under the chart and what a screen reader hears.
        const box = document.getElementById(spec.id)!;
        box.setAttribute('aria-label', `${spec.title}. ${spec.summary}`);
        const summary = box.parentElement?.querySelector('.summary');
        if (summary) summary.textContent = spec.summary;
      });
    }
  }

  // Charts follow their box: a narrow window gets narrow (and shorter) charts, not a scroll bar.
  const observer = new ResizeObserver(() => {
    for (const { plot, box } of plots.values()) {
      const width = Math.max(240, box.clientWidth);
      if (Math.abs(width - plot.width) > 4) plot.setSize({ width, height: heightFor(box) });
    }
  });
  for (const { box } of plots.values()) observer.observe(box);
  (window as unknown as { loadtestCharts: typeof drawn }).loadtestCharts = drawn;
}
