export const id = 481;
export const ids = [481];
export const modules = {

/***/ 35481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderReportFile: () => (/* binding */ renderReportFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _report_html_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74625);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96867);
/* harmony import */ var _report_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95756);
/* harmony import */ var _report_html_capacity_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75592);
// `loadtest report results.json --html FILE`: a report.html from a results.json, after the fact.







/** renderReportFile renders a results.json (a run, a canary, a rollout, merged shards or a capacity search) as report.html, after the fact. */
async function renderReportFile(args, io) {
    const source = args.paths[0];
    const target = args.html ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(source), 'report.html');
    let report;
    try {
        report = (0,_report_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readAnyResults */ .X)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(source, 'utf8'), source);
    }
    catch (error) {
        const code = error.code;
        io.err(`error: ${code === 'ENOENT' ? `${source}: no such file` : error.message}`);
        return _report_model_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_CODES */ .ai.config;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(target, report.mode === 'capacity' ? (0,_report_html_capacity_js__WEBPACK_IMPORTED_MODULE_6__/* .renderCapacityHtml */ .w)(report) : (0,_report_html_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderHtmlReport */ .w)(report));
    io.out(`Wrote ${target} (${report.mode === 'capacity' ? `capacity search, ${report.steps.length} steps` : report.mode === 'rollout' ? `rollout, ${report.stages.length} stages` : `${report.mode}${report.merged ? `, merged from ${report.merged.shards.length} shards` : ''}`}, verdict ${report.verdict})`);
    return 0;
}


/***/ }),

/***/ 63632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ protocolLine),
/* harmony export */   FR: () => (/* binding */ outcomeLabel),
/* harmony export */   TR: () => (/* binding */ capacityHeadline),
/* harmony export */   cD: () => (/* binding */ renderCapacityMarkdown),
/* harmony export */   l6: () => (/* binding */ stepLine),
/* harmony export */   w: () => (/* binding */ renderCapacityText)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12011);
/* harmony import */ var _client_protocol_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55923);
// A capacity search's report: every step (offered and achieved rate, latency, errors, outcome and
// why), the highest rate sustained within the SLOs with the bracket around it, the step that broke
// and what broke it, the knee of the latency curve, and the headroom gate. Plain data, and its
// renderings for a terminal and for a job summary. Pure.


const fmt = (n) => (n < 100 ? String(Math.round(n * 10) / 10) : Math.round(n).toLocaleString('en-US'));
function rows(report) {
    return report.steps.map((s, i) => [
        String(i + 1),
        s.why,
        fmt(s.rate),
        fmt(s.achievedRps),
        `${fmt(s.latencyMs.p50)} / ${fmt(s.latencyMs.p95)} / ${fmt(s.latencyMs.p99)}`,
        `${Math.round(s.errorRatePercent * 100) / 100}%`,
        outcomeLabel(s),
        s.reasons.join('; '),
    ]);
}
/** outcomeLabel: a step's outcome as every rendering words it. */
function outcomeLabel(step) {
    return step.cancelled ? 'cancelled' : step.outcome === 'pass' ? 'pass' : step.outcome === 'hard' ? 'HARD STOP' : 'not sustained';
}
/** stepLine: one step, as it is said when it ends (the CLI's output, the action's log). */
function stepLine(step, index, arm) {
    const r = (n, places) => Math.round(n * 10 ** places) / 10 ** places;
    return `${arm ? `${arm} ` : ''}step ${index + 1} (${step.why}): ${step.rate} req/s offered, ${r(step.achievedRps, 1)} achieved, p95 ${r(step.latencyMs.p95, 1)} ms, errors ${r(step.errorRatePercent, 2)}%: ${outcomeLabel(step)}${step.outcome === 'pass' ? '' : `: ${step.reasons.join('; ')}`}`;
}
const HEADERS = ['#', 'Step', 'Offered req/s', 'Achieved req/s', 'p50 / p95 / p99 ms', 'Errors', 'Outcome', 'Why'];
/** headline: the answer in one sentence. */
function capacityHeadline(report) {
    const found = (arm) => arm.capacityRps !== null
        ? `sustains ${fmt(arm.capacityRps)} req/s within its SLOs${arm.bracket.lowestFail !== null ? ` (not ${fmt(arm.bracket.lowestFail)})` : ` (every rate up to the upper bound, ${fmt(report.settings.toRate)}, passed)`}`
        : arm.bracket.highestPass !== null
            ? `passed ${fmt(arm.bracket.highestPass)} req/s once, not confirmed`
            : 'sustained no rate tried within its SLOs';
    if (report.production && report.comparison)
        return `${report.target} ${found(report)}; production ${report.production.target} ${found(report.production)}: ${report.comparison.sentence}: ${report.verdict}`;
    const { headroom } = report;
    const gate = headroom ? `; production's peak ${fmt(headroom.productionPeakRps)} req/s${headroom.ratio !== null ? `, headroom ${Math.round(headroom.ratio * 100) / 100}×` : ''}, required ${fmt(headroom.required)} req/s` : '';
    return `${report.target} ${found(report)}${gate}: ${report.verdict}`;
}
/** NUMERIC: the columns read as numbers, right-aligned. */
const NUMERIC = new Set([2, 3, 4, 5]);
function textLines(arm) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .textTable */ .ed)(HEADERS, rows(arm), NUMERIC).split('\n');
}
/** protocolLine: what an arm's steps went over, in words; none for a file that does not say. */
function protocolLine(arm) {
    return arm.protocol ? [`Every step over ${(0,_client_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .describeProtocol */ .cZ)(arm.protocol)}.`] : [];
}
function armLines(arm) {
    return [...protocolLine(arm), ...(arm.broke ? [`Broke at ${fmt(arm.broke.rate)} req/s: ${arm.broke.reasons.join('; ')}`] : []), ...(arm.kneeRps !== null ? [`Latency starts to climb near ${fmt(arm.kneeRps)} req/s (the knee of the curve).`] : []), `Stopped: ${arm.stopped}.`];
}
function renderCapacityText(report) {
    const production = report.production;
    return [
        ...(production ? [`The canary, ${report.target}:`] : []),
        ...textLines(report),
        ...(production ? ['', `Production, ${production.target}:`, ...textLines(production)] : []),
        '',
        capacityHeadline(report),
        ...armLines(report),
        ...(production ? armLines(production).map((l) => `Production: ${l}`) : []),
        ...report.reasons.map((r) => `- ${r}`),
    ].join('\n');
}
function markdownLines(arm) {
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(HEADERS, rows(arm), NUMERIC).split('\n');
}
function renderCapacityMarkdown(report) {
    const icon = report.verdict === 'pass' ? '✅' : report.verdict === 'fail' ? '❌' : '⚠️';
    const production = report.production;
    const title = production && report.comparison ? `the canary ${report.comparison.changePercent === null ? 'against production' : `${report.comparison.changePercent > 0 ? '+' : ''}${report.comparison.changePercent}% against production`}` : report.capacityRps !== null ? `${fmt(report.capacityRps)} req/s` : 'not found';
    return [
        `## ${icon} Capacity: ${title}`,
        '',
        capacityHeadline(report),
        '',
        ...(production ? [`**The canary**, ${report.target}:`, ''] : []),
        ...markdownLines(report),
        '',
        ...armLines(report).flatMap((l) => [l, '']),
        ...(production ? [`**Production**, ${production.target}:`, '', ...markdownLines(production), '', ...armLines(production).flatMap((l) => [l, ''])] : []),
        ...report.reasons.map((r) => `- ${r}`),
        '',
    ].join('\n');
}


/***/ }),

/***/ 75592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ renderCapacityHtml)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12011);
/* harmony import */ var _capacity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63632);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79175);
// report.html for a capacity search: one self-contained page: the verdict and the answer, the
// latency-versus-offered-rate curve (p50, p95, p99 of every step, the latency SLOs as lines, the
// capacity found marked), the achieved-versus-offered curve (a service that keeps up stays on the
// diagonal), production's curves beside the canary's when compared, and the steps' table with the
// HTTP version they went over. The charts are inline SVG: no script, no network. Pure.



const WIDTH = 640;
const HEIGHT = 300;
const PAD = { left: 56, right: 16, top: 16, bottom: 40 };
/** COLOURS: Okabe-Ito, told apart without colour by the dash patterns too. */
const COLOURS = { p50: '#0072B2', p95: '#D55E00', p99: '#CC79A7', production: '#009E73', limit: '#555555' };
function renderCapacityHtml(report) {
    const arms = [[report.production ? 'canary' : 'this service', report], ...(report.production ? [['production', report.production]] : [])];
    const latencyLines = arms.flatMap(([name, arm], i) => ['p50', 'p95', 'p99'].map((k) => ({ label: `${k}${arms.length > 1 ? ` (${name})` : ''}`, points: arm.steps.filter((s) => !s.cancelled).map((s) => [s.rate, Math.max(0.1, s.latencyMs[k])]), dash: i === 0 ? '' : '6 4', colour: i === 0 ? COLOURS[k] : COLOURS.production })));
    const achievedLines = arms.map(([name, arm], i) => ({ label: `achieved (${name})`, points: arm.steps.filter((s) => !s.cancelled).map((s) => [s.rate, s.achievedRps]), dash: i === 0 ? '' : '6 4', colour: i === 0 ? COLOURS.p50 : COLOURS.production }));
    const maxRate = Math.max(1, ...arms.flatMap(([, arm]) => arm.steps.map((s) => s.rate)));
    const marks = arms.flatMap(([name, arm]) => (arm.capacityRps !== null ? [{ x: arm.capacityRps, label: `capacity${arms.length > 1 ? ` (${name})` : ''} ${arm.capacityRps} req/s` }] : []));
    const slos = Object.entries(report.slosMs).map(([k, v]) => ({ y: v, label: `${k} SLO ${v} ms` }));
    const latency = chart('latency-curve', 'Latency against the offered rate', latencyLines, { xMax: maxRate, yLog: true, yUnit: 'ms', hLines: slos, vLines: marks });
    const achieved = chart('achieved-curve', 'Achieved against offered rate', achievedLines, { xMax: maxRate, yLog: false, yUnit: 'req/s', hLines: [], vLines: marks, diagonal: true });
    const tables = arms.map(([name, arm]) => `<h2>Steps${arms.length > 1 ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(name)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(arm.target)})` : ''}</h2>${(0,_capacity_js__WEBPACK_IMPORTED_MODULE_1__/* .protocolLine */ .$4)(arm).map((l) => `<p class="protocol">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(l)}</p>`).join('')}${stepTable(arm)}`).join('\n');
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(`Capacity ${_format_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_BADGE */ .Qw[report.verdict].replace(/^\S+\s/, '')}: ${report.target}`)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 720px; padding: 1rem; color: #1a1a1a; }
figure { margin: 1rem 0; } svg { width: 100%; height: auto; } table { border-collapse: collapse; font-size: 0.9rem; }
td, th { border-bottom: 1px solid #ddd; padding: 0.25rem 0.5rem; text-align: left; } td.n { text-align: right; }
.verdict-pass { color: #006400; } .verdict-fail { color: #a00000; } .verdict-inconclusive { color: #8a5a00; }
</style>
</head>
<body>
<h1 class="verdict-${report.verdict}">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_BADGE */ .Qw[report.verdict].replace(/^\S+\s/, ''))}: capacity ${report.capacityRps === null ? 'not found' : `${report.capacityRps} req/s`}</h1>
<p>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)((0,_capacity_js__WEBPACK_IMPORTED_MODULE_1__/* .capacityHeadline */ .TR)(report))}</p>
${report.reasons.length ? `<ul>${report.reasons.map((r) => `<li>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(r)}</li>`).join('')}</ul>` : ''}
${latency}
${achieved}
${tables}
<p><small>Every step is an open-model load at one rate, judged like a run; a step passes when 95% of its rate was achieved and its SLOs held. The search stopped: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(report.stopped)}.</small></p>
</body>
</html>
`;
}
/** chart: an SVG line chart of the steps (points joined in rate order), with reference lines, and its data in words. */
function chart(id, title, lines, options) {
    const values = [...lines.flatMap((l) => l.points.map(([, y]) => y)), ...options.hLines.map((h) => h.y)];
    const yMaxRaw = Math.max(1, ...values);
    const yMin = options.yLog ? 10 ** Math.floor(Math.log10(Math.max(0.1, Math.min(...values.filter((v) => v > 0), yMaxRaw)))) : 0;
    const yMax = options.yLog ? 10 ** Math.ceil(Math.log10(yMaxRaw)) : yMaxRaw * 1.1;
    const xMax = options.xMax * 1.05;
    const sx = (x) => PAD.left + (x / xMax) * (WIDTH - PAD.left - PAD.right);
    const sy = (y) => {
        const f = options.yLog ? (Math.log10(Math.max(y, yMin)) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin)) : y / yMax;
        return HEIGHT - PAD.bottom - f * (HEIGHT - PAD.top - PAD.bottom);
    };
    const parts = [];
    const yTicks = options.yLog ? Array.from({ length: Math.round(Math.log10(yMax / yMin)) + 1 }, (_, i) => yMin * 10 ** i) : [0, yMax / 4, yMax / 2, (3 * yMax) / 4];
    for (const t of yTicks)
        parts.push(`<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${sy(t)}" y2="${sy(t)}" stroke="#eee"/><text x="${PAD.left - 6}" y="${sy(t) + 4}" text-anchor="end" font-size="11">${round(t)}</text>`);
    for (const t of [0, xMax / 4, xMax / 2, (3 * xMax) / 4])
        parts.push(`<text x="${sx(t)}" y="${HEIGHT - PAD.bottom + 16}" text-anchor="middle" font-size="11">${round(t)}</text>`);
    parts.push(`<text x="${(WIDTH + PAD.left) / 2}" y="${HEIGHT - 6}" text-anchor="middle" font-size="12">offered rate, req/s</text><text x="14" y="${PAD.top + 4}" font-size="12">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(options.yUnit)}</text>`);
    if (options.diagonal)
        parts.push(`<line class="diagonal" x1="${sx(0)}" y1="${sy(0)}" x2="${sx(xMax)}" y2="${sy(Math.min(xMax, yMax))}" stroke="${COLOURS.limit}" stroke-dasharray="2 3"/>`);
    for (const h of options.hLines)
        parts.push(`<line class="slo" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${sy(h.y)}" y2="${sy(h.y)}" stroke="${COLOURS.limit}" stroke-dasharray="8 4"/><text x="${WIDTH - PAD.right - 4}" y="${sy(h.y) - 4}" text-anchor="end" font-size="11">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(h.label)}</text>`);
    for (const v of options.vLines)
        parts.push(`<line class="capacity" x1="${sx(v.x)}" x2="${sx(v.x)}" y1="${PAD.top}" y2="${HEIGHT - PAD.bottom}" stroke="#000" stroke-width="1.5"/><text x="${sx(v.x) + 4}" y="${PAD.top + 12}" font-size="11">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(v.label)}</text>`);
    for (const line of lines) {
        const sorted = [...line.points].sort((a, b) => a[0] - b[0]);
        if (sorted.length > 1)
            parts.push(`<polyline fill="none" stroke="${line.colour}" stroke-width="2" stroke-dasharray="${line.dash}" points="${sorted.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ')}"><title>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(line.label)}</title></polyline>`);
        for (const [x, y] of sorted)
            parts.push(`<circle class="step" cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="3" fill="${line.colour}"><title>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(`${line.label}: ${round(y)} ${options.yUnit} at ${x} req/s`)}</title></circle>`);
    }
    const legend = lines.map((l) => `<span style="color:${l.colour}">${l.dash ? '╌' : '—'} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(l.label)}</span>`).join(' · ');
    const words = lines.map((l) => `${l.label}: ${[...l.points].sort((a, b) => a[0] - b[0]).map(([x, y]) => `${round(y)} at ${x}`).join(', ')}`).join('; ');
    return `<figure id="${id}"><figcaption><strong>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(title)}</strong><br>${legend}</figcaption><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(`${title}: ${words}`)}">${parts.join('')}</svg></figure>`;
}
function stepTable(arm) {
    const rows = arm.steps.map((s, i) => `<tr><td class="n">${i + 1}</td><td>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(s.why)}</td><td class="n">${s.rate}</td><td class="n">${round(s.achievedRps)}</td><td class="n">${round(s.latencyMs.p50)} / ${round(s.latencyMs.p95)} / ${round(s.latencyMs.p99)}</td><td class="n">${round(s.errorRatePercent)}%</td><td>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)((0,_capacity_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeLabel */ .FR)(s))}</td><td>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .esc */ .U)(s.reasons.join('; '))}</td></tr>`);
    return `<table><thead><tr><th>#</th><th>Step</th><th>Offered req/s</th><th>Achieved req/s</th><th>p50 / p95 / p99 ms</th><th>Errors</th><th>Outcome</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function round(n) {
    return String(n < 10 ? Math.round(n * 100) / 100 : n < 100 ? Math.round(n * 10) / 10 : Math.round(n));
}


/***/ })

};
