export const id = 824;
export const ids = [824];
export const modules = {

/***/ 75824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPlan: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __webpack_require__(11012);
// EXTERNAL MODULE: ./src/config/load.ts + 19 modules
var load = __webpack_require__(897);
// EXTERNAL MODULE: ./src/report/console.ts
var console = __webpack_require__(39475);
// EXTERNAL MODULE: ./src/report/rollout.ts + 1 modules
var rollout = __webpack_require__(46044);
// EXTERNAL MODULE: ./src/report/sections.ts
var sections = __webpack_require__(43844);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/config/criteria.ts
var criteria = __webpack_require__(87697);
// EXTERNAL MODULE: ./src/slo/compare/blocks.ts
var compare_blocks = __webpack_require__(39888);
;// CONCATENATED MODULE: ./src/baseline/model.ts
// A baseline: an earlier run this one is compared with. Read from a results.json (with latency
// histograms, compared exactly) or a Locust _stats.csv (percentiles only, compared by order
// statistics), so teams moving from Locust keep their history.
/** BaselineError: the baseline given cannot be read; the message names the file and what is wrong. */
class BaselineError extends Error {
    name = 'BaselineError';
}

;// CONCATENATED MODULE: ./src/baseline/history.ts
// A baseline is a history: the last K runs of the default branch (default 5), each as the values
// the comparisons read and how noisy each value was within its run, so that a run is judged
// against where another run of the same service would land (slo/compare/prediction.ts), not
// against one earlier run as if runs did not differ. Kept as baseline-history.json beside
// results.json in the baseline artifact; every run writes the history extended by itself, and a
// saved baseline carries it on. Pure.



const HISTORY_KIND = 'loadtest-baseline-history';
const HISTORY_VERSION = 1;
/** DEFAULT_HISTORY_RUNS: how many runs a baseline history keeps (the newest). */
const DEFAULT_HISTORY_RUNS = 5;
const HISTORY_FILE = 'baseline-history.json';
/** historyRun: a run as a history keeps it. */
function historyRun(run) {
    const metrics = {};
    for (const metric of criteria/* COMPARED_METRICS */.wo) {
        const spread = (0,compare_blocks/* sideVariance */.ho)(run.blocks, metric);
        metrics[metric] = { value: metric === 'error_rate' ? run.errorRatePercent : run.latencyMs[metric], within: spread?.variance ?? null, batches: spread?.batches ?? null };
    }
    return { startedAt: run.startedAt, runUrl: run.runUrl, requests: run.requests, metrics };
}
/**
 * nextHistory: the baseline history a run leaves for the next one: the history it was judged
 * against (none without a baseline) extended by itself. Null for what cannot be a baseline: a
 * shard's share, a run that measured nothing.
 */
function nextHistory(report, keep = DEFAULT_HISTORY_RUNS) {
    if (report.shard || report.status === 'unreachable' || report.overall.requests === 0)
        return null;
    const run = historyRun({ startedAt: report.startedAt, runUrl: null, requests: report.overall.requests, errorRatePercent: report.overall.errorRatePercent, latencyMs: report.overall.latencyMs, blocks: (0,compare_blocks/* measuredBlocks */.hb)(report.timeseries) });
    return extendHistory(report.regression?.baseline?.history ?? [], run, keep);
}
/** extendHistory: the history with `run` added as its newest, keeping the last `keep` runs. */
function extendHistory(runs, run, keep = DEFAULT_HISTORY_RUNS) {
    const others = runs.filter((r) => r.startedAt === null || r.startedAt !== run.startedAt);
    return { kind: HISTORY_KIND, version: HISTORY_VERSION, runs: [...others, run].slice(-keep) };
}
/** pointsOf: one metric's values across the history, for the prediction interval. */
function pointsOf(runs, metric) {
    return runs.map((r) => r.metrics[metric]).filter((p) => p !== undefined && Number.isFinite(p.value));
}
/** withHistory: a baseline judged against `runs` (a baseline-history.json), its own run the newest of them. */
function withHistory(baseline, runs, keep = DEFAULT_HISTORY_RUNS) {
    const own = baseline.history[baseline.history.length - 1];
    const history = own ? extendHistory(runs, own, keep).runs : runs.slice(-keep);
    return { ...baseline, history, overall: { ...baseline.overall, history: historyPoints(history) } };
}
/** historyPoints: every compared metric's values across the runs, as the judge reads them (Sample.history). */
function historyPoints(runs) {
    return Object.fromEntries(criteria/* COMPARED_METRICS */.wo.map((m) => [m, pointsOf(runs, m)]));
}
/** parseHistory reads a baseline-history.json; a file that is not one names itself and what is wrong. */
function parseHistory(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new BaselineError(`${source}: not JSON: ${error.message}`);
    }
    const history = data;
    if (!history || typeof history !== 'object' || history.kind !== HISTORY_KIND)
        throw new BaselineError(`${source}: not a baseline history (expected "kind": "${HISTORY_KIND}")`);
    if (history.version !== HISTORY_VERSION)
        throw new BaselineError(`${source}: baseline history version ${String(history.version)}; this version of the tool reads version ${HISTORY_VERSION}`);
    if (!Array.isArray(history.runs) || history.runs.length === 0)
        throw new BaselineError(`${source}: the baseline history holds no runs`);
    history.runs.forEach((run, i) => {
        const where = `${source}: run ${i + 1} of the history`;
        if (!run || typeof run !== 'object')
            throw new BaselineError(`${where} is not an object`);
        for (const m of criteria/* COMPARED_METRICS */.wo) {
            const point = run.metrics?.[m];
            if (typeof point?.value !== 'number' || !Number.isFinite(point.value) || point.value < 0)
                throw new BaselineError(`${where} has no number for ${m}`);
            if (point.within !== null && !(typeof point.within === 'number' && Number.isFinite(point.within) && point.within >= 0))
                throw new BaselineError(`${where}: ${m}.within must be a variance (a number ≥ 0) or null, got ${JSON.stringify(point.within)}`);
            if (point.batches !== null && !(Number.isInteger(point.batches) && point.batches >= 1))
                throw new BaselineError(`${where}: ${m}.batches must be a whole number ≥ 1 or null, got ${JSON.stringify(point.batches)}`);
        }
    });
    return history.runs;
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
;// CONCATENATED MODULE: ./src/report/deployment.ts
// One entry of deployment_report.md, in the seeds' format: timestamp, status, reason, metrics
// summary and whether an auto-rollback was triggered. Entries are appended, never rewritten.


const STATUS = { pass: '✅ PASSED', fail: '❌ FAILED', inconclusive: '⚠️ INCONCLUSIVE' };
function renderDeploymentEntry(report) {
    const when = report.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
    return [
        '## 📊 Load Test Performance Results',
        '',
        `**Timestamp:** ${when}  `,
        `**Status:** ${STATUS[report.verdict]}  `,
        `**Environment:** ${report.environment ?? '(none)'}  `,
        `**Target:** ${report.target}  `,
        `**${report.verdict === 'pass' ? 'Pass' : 'Fail'} reason:** ${report.reasons.join('; ')}  `,
        ...(report.comparison ? [`**Canary vs production:** ${report.comparison.verdict} (${report.comparison.production.target})  `] : []),
        ...(report.regression ? [`**Against baseline:** ${report.regression.status === 'no-baseline' ? 'no baseline' : report.regression.verdict === 'inconclusive' ? 'not enough data' : report.regression.verdict === 'fail' ? 'regressed' : 'no regression'}${report.regression.baseline ? ` (${report.regression.baseline.source})` : ''}  `] : []),
        `**Auto-rollback Triggered:** ${report.rollback.triggered ? 'Yes' : 'No'}  `,
        ...(report.rollback.triggered ? [`**Rollback:** ${report.rollback.ok ? '' : 'FAILED: '}${report.rollback.detail.split('\n')[0]}  `] : []),
        '',
        '### Performance Metrics',
        '',
        (0,format/* markdownTable */.Qj)(['Metric', 'Value', 'Unit'], (0,sections/* metricRows */.IN)(report), new Set([1])),
        '',
        '---',
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/report/html/render.ts + 5 modules
var render = __webpack_require__(44223);
// EXTERNAL MODULE: ./src/slo/checks.ts
var slo_checks = __webpack_require__(4435);
;// CONCATENATED MODULE: ./src/report/junit.ts
// report.junit.xml: the gate as a JUnit test report, so GitLab, Jenkins, Azure DevOps and
// test-report actions show it natively: one test case per SLO check, per canary comparison and per
// baseline comparison, and one for the whole verdict (which also carries a run that measured
// nothing: unreachable, every request failed). A failure carries its reason; an inconclusive
// result is an error (most tools count it red, as the gate does by default); an advisory metric
// left undecided is skipped. A rollout is one suite per stage. Pure.

function renderJunit(report) {
    const suites = report.mode === 'rollout' ? report.stages.map((stage) => ({ name: `rollout stage ${stage.name} (${stage.percentage}%)`, seconds: stage.run?.durationSeconds ?? 0, cases: stage.run ? casesOf(stage.run) : [{ name: 'stage', classname: 'loadtest.rollout', outcome: 'skipped', message: `not reached (${stage.verdict})` }] })) : [{ name: `loadtest ${report.target}`, seconds: report.durationSeconds, cases: casesOf(report) }];
    const all = suites.flatMap((s) => s.cases);
    const count = (cases, outcome) => cases.filter((c) => c.outcome === outcome).length;
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="loadtest-action" tests="${all.length}" failures="${count(all, 'fail')}" errors="${count(all, 'error')}" skipped="${count(all, 'skipped')}">`,
        ...suites.flatMap((suite) => [
            `  <testsuite name="${attr(suite.name)}" tests="${suite.cases.length}" failures="${count(suite.cases, 'fail')}" errors="${count(suite.cases, 'error')}" skipped="${count(suite.cases, 'skipped')}" time="${suite.seconds}" timestamp="${attr(report.startedAt)}">`,
            ...suite.cases.map(caseXml),
            '  </testsuite>',
        ]),
        '</testsuites>',
    ];
    return `${lines.join('\n')}\n`;
}
function casesOf(run) {
    const cases = [];
    const verdictOutcome = (verdict) => (verdict === 'pass' ? 'pass' : verdict === 'fail' ? 'fail' : 'error');
    cases.push({ name: 'verdict', classname: 'loadtest', outcome: verdictOutcome(run.verdict), message: run.reasons.join('; ') });
    for (const check of run.checks) {
        const outcome = check.noData ? 'error' : check.passed ? 'pass' : 'fail';
        cases.push({ name: `${slo_checks/* METRIC_LABEL */.SM[check.metric]} ≤ ${check.threshold}${check.unit}`, classname: `loadtest.slo${check.endpoint ? `.${check.endpoint}` : ''}`, outcome, message: check.message });
    }
    for (const r of run.comparison?.results ?? []) {
        const outcome = r.verdict === 'pass' ? 'pass' : r.verdict === 'fail' ? 'fail' : r.advisory ? 'skipped' : 'error';
        cases.push({ name: `${r.metric} ${r.rule} against production`, classname: `loadtest.canary${r.scope ? `.${r.scope}` : ''}`, outcome, message: r.reason });
    }
    for (const row of run.regression?.rows ?? []) {
        const outcome = row.verdict === 'pass' ? 'pass' : row.verdict === 'fail' ? 'fail' : 'error';
        cases.push({ name: `${row.metric} ${row.rule} against the baseline`, classname: `loadtest.regression${row.scope ? `.${row.scope}` : ''}`, outcome, message: row.reason });
    }
    return cases;
}
function caseXml(c) {
    const head = `    <testcase name="${attr(c.name)}" classname="${attr(c.classname)}"`;
    if (c.outcome === 'pass')
        return `${head}/>`;
    const tag = c.outcome === 'fail' ? 'failure' : c.outcome === 'error' ? 'error' : 'skipped';
    const type = c.outcome === 'error' ? ' type="inconclusive"' : '';
    return `${head}>\n      <${tag}${type} message="${attr(c.message)}">${junit_text(c.message)}</${tag}>\n    </testcase>`;
}
function attr(value) {
    return junit_text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
function junit_text(value) {
    // XML 1.0 allows no control characters but tab, newline and carriage return.
    // eslint-disable-next-line no-control-regex -- these are exactly the characters XML forbids
    return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// EXTERNAL MODULE: ./src/client/outcome.ts
var outcome = __webpack_require__(5847);
// EXTERNAL MODULE: ./src/metrics/histogram.ts
var metrics_histogram = __webpack_require__(85835);
;// CONCATENATED MODULE: ./src/report/locust-csv.ts
// Locust's CSV output (--csv PREFIX), column for column, so dashboards and scripts built on Locust
// keep working: PREFIX_stats.csv (one row per endpoint and an Aggregated row), PREFIX_stats_history.csv
// (the Aggregated row once a second, running totals) and PREFIX_failures.csv. Values follow Locust's
// conventions: milliseconds, percentiles rounded to two significant digits as Locust stores them,
// Python's float spelling ("15.0"), "N/A" percentiles for an endpoint without requests, CRLF lines
// (Python's csv module). Pure: the caller writes the files.


/** LOCUST_PERCENTILES are Locust's PERCENTILES_TO_REPORT, as fractions. */
const LOCUST_PERCENTILES = [0.5, 0.66, 0.75, 0.8, 0.9, 0.95, 0.98, 0.99, 0.999, 0.9999, 1];
const PERCENTILE_COLUMNS = ['50%', '66%', '75%', '80%', '90%', '95%', '98%', '99%', '99.9%', '99.99%', '100%'];
const STATS_COLUMNS = ['Type', 'Name', 'Request Count', 'Failure Count', 'Median Response Time', 'Average Response Time', 'Min Response Time', 'Max Response Time', 'Average Content Size', 'Requests/s', 'Failures/s', ...PERCENTILE_COLUMNS];
const HISTORY_COLUMNS = ['Timestamp', 'User Count', 'Type', 'Name', 'Requests/s', 'Failures/s', ...PERCENTILE_COLUMNS, 'Total Request Count', 'Total Failure Count', 'Total Median Response Time', 'Total Average Response Time', 'Total Min Response Time', 'Total Max Response Time', 'Total Average Content Size'];
const FAILURES_COLUMNS = ['Method', 'Name', 'Error', 'Occurrences'];
/** renderLocustCsv renders a run (the canary arm of a canary run) as Locust's three CSV files. */
function renderLocustCsv(report) {
    return { stats: statsCsv(report), history: historyCsv(report), failures: failuresCsv(report) };
}
/** statsCsv covers the measured window (after the warm-up): what the verdict was judged on. */
function statsCsv(report) {
    const seconds = report.measuredSeconds;
    const rows = sortedEndpoints(report).map((e) => statsRow(locustType(e), locustName(e), e, seconds));
    rows.push(statsRow('', 'Aggregated', report.overall, seconds));
    return csv([STATS_COLUMNS, ...rows]);
}
function statsRow(type, name, e, seconds) {
    const histogram = (0,metrics_histogram/* decodeHistogram */.pr)(e.histograms.latency);
    const summary = (0,metrics_histogram/* summarize */.eh)(histogram);
    return [
        type,
        name,
        e.requests,
        e.errors,
        e.requests === 0 ? 0 : median(summary.p50, summary.min, summary.max),
        pyFloat(e.requests === 0 ? 0 : summary.mean),
        e.requests === 0 ? 0 : pyFloat(summary.min),
        e.requests === 0 ? 0 : pyFloat(summary.max),
        e.requests === 0 ? 0 : pyFloat(e.bytes / e.requests),
        pyFloat(seconds > 0 ? e.requests / seconds : 0),
        pyFloat(seconds > 0 ? e.errors / seconds : 0),
        ...percentileFields(histogram),
    ];
}
/**
 * historyCsv: one Aggregated row per second of the run, warm-up included (Locust has none), with
 * Locust's running totals; Requests/s and Failures/s are, as in Locust, the mean of the last ten seconds.
 */
function historyCsv(report) {
    const start = report.loadStartedAt ? Date.parse(report.loadStartedAt) : Date.parse(report.startedAt);
    const total = (0,metrics_histogram/* newHistogram */.HL)();
    const rows = [];
    let requests = 0;
    let errors = 0;
    let bytes = 0;
    report.timeseries.forEach((point, i) => {
        if (point.histogram)
            total.add((0,metrics_histogram/* decodeHistogram */.pr)(point.histogram));
        requests += point.requests;
        errors += point.errors;
        bytes += point.bytes ?? 0;
        const window = report.timeseries.slice(Math.max(0, i - 9), i + 1);
        const summary = (0,metrics_histogram/* summarize */.eh)(total);
        rows.push([
            Math.floor((start + (point.t + 1) * 1000) / 1000),
            report.plan.model === 'closed' ? point.users : point.inFlight,
            '',
            'Aggregated',
            (window.reduce((sum, p) => sum + p.requests, 0) / window.length).toFixed(6),
            (window.reduce((sum, p) => sum + p.errors, 0) / window.length).toFixed(6),
            ...percentileFields(total),
            requests,
            errors,
            requests === 0 ? 0 : median(summary.p50, summary.min, summary.max),
            pyFloat(requests === 0 ? 0 : summary.mean),
            requests === 0 ? 0 : pyFloat(summary.min),
            requests === 0 ? 0 : pyFloat(summary.max),
            requests === 0 ? 0 : pyFloat(bytes / requests),
        ]);
    });
    return csv([HISTORY_COLUMNS, ...rows]);
}
/** failuresCsv: one row per endpoint and kind of failure; HTTP failures by status, as Locust names them. */
function failuresCsv(report) {
    const rows = [];
    for (const e of sortedEndpoints(report)) {
        for (const [code, occurrences] of Object.entries(e.errorCodes)) {
            const byStatus = statusBreakdown(e, code, occurrences);
            if (byStatus)
                for (const [status, n] of byStatus)
                    rows.push([e.method, locustName(e), `HTTP ${status}`, n]);
            else
                rows.push([e.method, locustName(e), `${code}: ${outcome/* ERROR_CODE_MEANING */.T[code]}`, occurrences]);
        }
    }
    return csv([FAILURES_COLUMNS, ...rows]);
}
/** statusBreakdown splits an HTTP error count by status when the statuses of that class account for it exactly. */
function statusBreakdown(e, code, occurrences) {
    const inClass = code === 'http_5xx' ? (s) => s >= 500 : code === 'http_4xx' ? (s) => s >= 400 && s < 500 : null;
    if (!inClass)
        return null;
    const statuses = Object.entries(e.statusCodes).filter(([status]) => inClass(Number(status)));
    return statuses.reduce((sum, [, n]) => sum + n, 0) === occurrences ? statuses : null;
}
/** percentileFields: Locust's percentile columns, each rounded as Locust stores response times. */
function percentileFields(histogram) {
    if (histogram.totalCount === 0)
        return LOCUST_PERCENTILES.map(() => 'N/A');
    return LOCUST_PERCENTILES.map((q) => locustRound(histogram.getValueAtPercentile(q * 100) / 1000));
}
/** locustRound keeps two significant digits above 100ms, as Locust's response-time buckets do (147 → 150, 3432 → 3400). */
function locustRound(ms) {
    const step = ms < 100 ? 1 : ms < 1000 ? 10 : ms < 10_000 ? 100 : 1000;
    return Math.round(ms / step) * step;
}
/** median: Locust clamps its rounded median to the exact min and max. */
function median(p50, min, max) {
    return Math.min(Math.max(locustRound(p50), Math.floor(min)), Math.ceil(max));
}
function sortedEndpoints(report) {
    return [...report.endpoints].sort((a, b) => compare(locustName(a), locustName(b)) || compare(locustType(a), locustType(b)));
}
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function locustType(e) {
    return e.method;
}
/** locustName: the endpoint's name without a leading method ("POST /api/orders" → "/api/orders"), as Locust names requests by URL. */
function locustName(e) {
    return e.name.startsWith(`${e.method} `) ? e.name.slice(e.method.length + 1) : e.name;
}
/** pyFloat spells a number as Python's repr of a float does: integral values keep ".0". */
function pyFloat(value) {
    const rounded = Math.round(value * 1e6) / 1e6;
    return Number.isInteger(rounded) ? `${rounded}.0` : String(rounded);
}
/** csv writes rows as Python's csv.writer does: minimal quoting, doubled quotes, CRLF line ends. */
function csv(rows) {
    const field = (value) => {
        const text = String(value);
        return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/prometheus.ts
var prometheus = __webpack_require__(38720);
;// CONCATENATED MODULE: ./src/report/slack.ts
// The Slack message for a run, in Block Kit: what happened, which SLOs broke (actual against
// threshold), where, and links to the run and its report. Pure; within Slack's limits (50 blocks,
// 3,000 characters a text, 10 fields).



const ICON = { pass: '✅', fail: '❌', inconclusive: '⚠️' };
const WORD = { pass: 'passed', fail: 'failed', inconclusive: 'inconclusive' };
const MAX_VIOLATIONS = 10;
function slackMessage(report, links) {
    const run = report.mode === 'rollout' ? (0,rollout/* decisiveRun */.ov)(report) : report;
    const what = report.mode === 'rollout' ? `Rollout ${report.status === 'promoted' ? 'promoted' : `${report.status}${report.haltedAt ? ` at ${report.haltedAt}` : ''}`}` : `Load test ${WORD[report.verdict]}`;
    const title = `${ICON[report.verdict]} ${what}${report.environment ? ` · ${report.environment}` : ''}`;
    const blocks = [{ type: 'header', text: { type: 'plain_text', text: title.slice(0, 150), emoji: true } }];
    const fields = [
        ['Target', report.target],
        ['Environment', report.environment ?? '(none)'],
        ...(run ? [['Requests', (0,format/* count */.U9)(run.overall.requests)], ['p95 · error rate', `${(0,format.ms)(run.overall.latencyMs.p95)} · ${(0,format/* percent */.KN)(run.overall.errorRatePercent)}`]] : []),
    ];
    blocks.push({ type: 'section', fields: fields.map(([k, v]) => ({ type: 'mrkdwn', text: `*${k}*\n${slack_escape(v)}` })) });
    const violations = run?.violations ?? [];
    if (violations.length > 0) {
        const lines = violations.slice(0, MAX_VIOLATIONS).map((v) => `• ${v.endpoint ? `${slack_escape(v.endpoint)}: ` : ''}${slo_checks/* METRIC_LABEL */.SM[v.metric]} *${(0,slo_checks/* formatValue */.Fl)(v.metric, v.actual)}* (threshold ${(0,slo_checks/* formatValue */.Fl)(v.metric, v.threshold)})`);
        if (violations.length > MAX_VIOLATIONS)
            lines.push(`…and ${violations.length - MAX_VIOLATIONS} more`);
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Violated SLOs*\n${lines.join('\n')}`.slice(0, 3000) } });
    }
    else {
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Why*\n${report.reasons.map((r) => `• ${slack_escape(r)}`).join('\n')}`.slice(0, 3000) } });
    }
    if (report.rollback.triggered)
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `${report.rollback.ok ? '↩️ *Auto-rollback triggered*' : '🚨 *Auto-rollback FAILED*'}: ${slack_escape(report.rollback.detail.split('\n')[0])}`.slice(0, 3000) } });
    const context = [links.runUrl && `<${links.runUrl}|Workflow run>`, links.artifactUrl && `<${links.artifactUrl}|Report artifact>`, `${report.tool.name} ${report.tool.version}`].filter(Boolean);
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: context.join(' · ') }] });
    return { text: `${title}: ${report.reasons[0] ?? ''}`.slice(0, 3000), blocks };
}
/** escape keeps Slack's mrkdwn from reading &, < and > as markup. */
function slack_escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./src/app/publish.ts
// Telling the rest of the world: metrics to a Prometheus Pushgateway, a message to Slack. Each is
// best effort: a failure is a warning with what the other side said, never a changed verdict.



/** prometheusText renders a run, or a rollout through the stage that decided it, with the overall verdict. */
function prometheusText(report) {
    const run = report.mode === 'rollout' ? (0,rollout/* decisiveRun */.ov)(report) : report;
    if (!run)
        return null;
    const judged = report.mode === 'rollout' ? { ...run, verdict: report.verdict, passed: report.passed } : run;
    return (0,prometheus/* renderPrometheus */.B)(judged, { environment: report.environment, target: report.target });
}
async function publish(report, plan, context, deps) {
    const published = { notes: [], warnings: [] };
    const text = prometheusText(report);
    if (plan.pushgateway && text) {
        const result = await deps.push(plan.pushgateway.url, plan.pushgateway.instance ?? context.instance, text);
        (result.ok ? published.notes : published.warnings).push(`Metrics: ${result.detail}`);
    }
    if (plan.slack && (plan.slack.notify === 'always' || report.verdict !== 'pass')) {
        const result = await deps.slack(plan.slack.webhookUrl, slackMessage(report, context));
        (result.ok ? published.notes : published.warnings).push(`Slack: ${result.detail}`);
    }
    return published;
}
/** defaultInstance names the run's Pushgateway group: the workflow run and attempt, else the time. */
function defaultInstance(env, now) {
    return env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : `loadtest-${Math.floor(now.getTime() / 1000)}`;
}
/** resourceWarnings: the resource sources that could not be read, in every stage of a rollout. */
function resourceWarnings(report) {
    const runs = report.mode === 'rollout' ? report.stages.flatMap((s) => (s.run ? [s.run] : [])) : [report];
    return [...new Set(runs.flatMap((run) => run.resources?.errors ?? []))].map((e) => `resources: could not read ${e}; that section of the report is empty`);
}

;// CONCATENATED MODULE: ./src/app/files.ts
// Writing the report directory: results.json, performance_report.md, report.html, report.junit.xml, metrics.prom, and an entry
// appended to the deployment report. Appending opens the file with O_APPEND and writes the entry in one call, so an
// existing report is never truncated, even by two runs at once.











/** writeReports writes a run's or a rollout's reports; both are results.json plus their renderings. */
async function writeReports(report, plan) {
    const dir = plan.reportDir;
    await (0,promises_.mkdir)(dir, { recursive: true });
    const files = {
        resultsJson: (0,external_node_path_.join)(dir, 'results.json'),
        markdown: (0,external_node_path_.join)(dir, 'performance_report.md'),
        html: (0,external_node_path_.join)(dir, 'report.html'),
        junit: (0,external_node_path_.join)(dir, 'report.junit.xml'),
        deploymentReport: plan.deploymentReport,
        entryCopy: null,
        metrics: null,
        exported: [],
        history: null,
    };
    // Reports are built from a redacted plan; scrubbing every string of the report again catches a
    // secret that reached free text (an error message echoing a header, say), without touching the
    // structure of JSON, HTML or CSV. The text renderings are scrubbed once more as text.
    const clean = (text) => (0,redact/* scrub */._I)(text, plan.secrets);
    const safe = (0,redact/* scrubStrings */.aV)(report, plan.secrets);
    await (0,promises_.writeFile)(files.resultsJson, `${JSON.stringify(safe, null, 2)}\n`);
    await (0,promises_.writeFile)(files.markdown, clean(safe.mode === 'rollout' ? (0,rollout/* renderRolloutMarkdown */.J$)(safe) : (0,markdown/* renderMarkdown */.G)(safe)));
    await (0,promises_.writeFile)(files.html, (0,render/* renderHtmlReport */.w)(safe));
    await (0,promises_.writeFile)(files.junit, clean(renderJunit(safe)));
    const metrics = prometheusText(safe);
    if (metrics) {
        files.metrics = (0,external_node_path_.join)(dir, 'metrics.prom');
        await (0,promises_.writeFile)(files.metrics, clean(metrics));
    }
    const history = safe.mode === 'rollout' ? null : nextHistory(safe);
    if (history) {
        files.history = (0,external_node_path_.join)(dir, HISTORY_FILE);
        await (0,promises_.writeFile)(files.history, `${JSON.stringify(history, null, 2)}\n`);
    }
    if (plan.exports.locustCsv)
        files.exported = await writeLocustCsv(safe, plan.exports.locustCsv);
    const entry = clean(safe.mode === 'rollout' ? (0,rollout/* renderRolloutDeploymentEntry */.rQ)(safe) : renderDeploymentEntry(safe));
    await appendEntry(files.deploymentReport, entry);
    // The report directory is what gets uploaded; when the log lives elsewhere, this run's entry goes with the report.
    if ((0,external_node_path_.relative)((0,external_node_path_.resolve)(dir), (0,external_node_path_.resolve)(files.deploymentReport)).startsWith('..')) {
        files.entryCopy = (0,external_node_path_.join)(dir, 'deployment_report_entry.md');
        await (0,promises_.writeFile)(files.entryCopy, entry);
    }
    return files;
}
/** writeLocustCsv writes PREFIX_stats.csv, _stats_history.csv and _failures.csv; a rollout gets one set per stage that ran. */
async function writeLocustCsv(report, prefix) {
    const runs = report.mode === 'rollout' ? report.stages.flatMap((stage, i) => (stage.run ? [{ run: stage.run, prefix: `${prefix}_stage${i + 1}` }] : [])) : [{ run: report, prefix }];
    const written = [];
    for (const { run, prefix: at } of runs) {
        const files = renderLocustCsv(run);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(at), { recursive: true });
        for (const [suffix, text] of [['_stats.csv', files.stats], ['_stats_history.csv', files.history], ['_failures.csv', files.failures]]) {
            await (0,promises_.writeFile)(`${at}${suffix}`, text);
            written.push(`${at}${suffix}`);
        }
    }
    return written;
}
/** appendEntry adds an entry to a markdown log, starting it on a fresh paragraph if the file lacks a blank line at its end. */
async function appendEntry(path, entry) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    // 'a+' positions every write at the end of the file; only the last two bytes are read, to choose the separator.
    const handle = await (0,promises_.open)(path, 'a+');
    try {
        const { size } = await handle.stat();
        const tail = Buffer.alloc(Math.min(2, size));
        if (size > 0)
            await handle.read(tail, 0, tail.length, size - tail.length);
        const end = tail.toString('utf8');
        const separator = size === 0 || end === '\n\n' ? '' : end.endsWith('\n') ? '\n' : '\n\n';
        await handle.write(separator + entry);
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/app/limits.ts
// Can this process open the sockets the plan needs? Each virtual user (or open-model slot) holds a
// socket, and a run that hits the open-files limit would fill with EMFILE errors that say nothing
// about the service. Node raises the soft limit to the hard one at startup, so the limit read from
// /proc/self/limits inside the process is the real ceiling.
/** HEADROOM_FILES covers what else the process holds open: stdio, the report files, Node's own handles. */
const HEADROOM_FILES = 64;
/** fileLimitProblem explains why the plan cannot run under the given /proc/self/limits text, or returns null. */
function fileLimitProblem(plan, limitsText) {
    const line = limitsText?.split('\n').find((l) => l.startsWith('Max open files'));
    const soft = Number(line?.split(/\s{2,}/)[1]);
    if (!Number.isFinite(soft))
        return null;
    const sockets = plan.load.model === 'closed' ? plan.load.peakUsers : plan.load.maxInFlight;
    const needed = sockets + HEADROOM_FILES;
    if (needed <= soft)
        return null;
    const what = plan.load.model === 'closed' ? `${sockets.toLocaleString('en-US')} virtual users need` : `up to ${sockets.toLocaleString('en-US')} requests in flight need`;
    return `${what} about ${needed.toLocaleString('en-US')} open files, but this process may open ${soft.toLocaleString('en-US')} (ulimit -n): raise the limit (ulimit -Hn ${needed}) or lower ${plan.load.model === 'closed' ? '--concurrency' : '--max-in-flight'}`;
}

// EXTERNAL MODULE: ./src/app/mode-names.ts
var mode_names = __webpack_require__(49525);
// EXTERNAL MODULE: ./src/report/build.ts
var build = __webpack_require__(95066);
// EXTERNAL MODULE: ./src/report/read.ts
var read = __webpack_require__(95756);
// EXTERNAL MODULE: ./src/template/data.ts
var data = __webpack_require__(51208);
;// CONCATENATED MODULE: ./src/baseline/read.ts
// Reading a baseline from text: a loadtest-action results.json, or a Locust _stats.csv (Locust 1.x
// and later, and the older "# requests" spelling). Pure; the caller reads the file.







function parseBaseline(text, source) {
    const trimmed = text.replace(/^\uFEFF/, '').trimStart();
    if (trimmed.startsWith('{'))
        return fromResults(trimmed, source);
    if (/^"?(Type|Method)"?,/.test(trimmed))
        return fromLocustCsv(trimmed, source);
    throw new BaselineError(`${source}: not a baseline: expected a loadtest-action results.json or a Locust _stats.csv (starting "Type,Name,Request Count,…")`);
}
function fromResults(text, source) {
    let report;
    try {
        report = (0,read/* readResults */.x)(text, source);
    }
    catch (error) {
        throw new BaselineError(error.message);
    }
    if (report.mode === 'rollout')
        throw new BaselineError(`${source}: a rollout's results.json holds one run per stage; use a plain run's results.json as the baseline`);
    if (report.shard)
        throw new BaselineError(`${source}: this is one shard's share of a run; use the merged results.json as the baseline`);
    if (report.status === 'unreachable' || report.overall.requests === 0)
        throw new BaselineError(`${source}: the baseline run measured no requests (${report.status})`);
    const arm = (e) => ({ name: e.name, method: e.method, path: e.path, requests: e.requests, errors: e.errors, errorRatePercent: e.errorRatePercent, latencyMs: e.latencyMs, histograms: { latency: e.histograms.latency } });
    const blocks = (0,compare_blocks/* measuredBlocks */.hb)(report.timeseries);
    // On its own, a run is a history of one: its run-to-run noise is estimated from its own batches of time.
    const history = [historyRun({ startedAt: report.startedAt, runUrl: null, requests: report.overall.requests, errorRatePercent: report.overall.errorRatePercent, latencyMs: report.overall.latencyMs, blocks })];
    return { kind: 'results', source, startedAt: report.startedAt, runUrl: null, target: report.target, overall: { ...arm(report.overall), blocks, history: historyPoints(history) }, endpoints: report.endpoints.map(arm), history };
}
/** Column names as Locust writes them, with the spellings older versions used. */
const COLUMN_ALIASES = {
    Type: ['Type', 'Method'],
    Name: ['Name'],
    'Request Count': ['Request Count', '# requests'],
    'Failure Count': ['Failure Count', '# failures'],
    'Median Response Time': ['Median Response Time', 'Median response time'],
    'Average Response Time': ['Average Response Time', 'Average response time'],
    'Min Response Time': ['Min Response Time', 'Min response time'],
    'Max Response Time': ['Max Response Time', 'Max response time'],
};
function fromLocustCsv(text, source) {
    let cells;
    try {
        cells = (0,data/* parseCsv */.Wk)(text);
    }
    catch (error) {
        throw new BaselineError(`${source}: ${error.message}`);
    }
    const [header, ...rows] = cells.filter((row) => row.some((cell) => cell.trim() !== ''));
    const column = (name) => {
        const index = header.findIndex((h) => (COLUMN_ALIASES[name] ?? [name]).some((alias) => alias.toLowerCase() === h.trim().toLowerCase()));
        if (index < 0)
            throw new BaselineError(`${source}: no '${name}' column; a Locust _stats.csv has ${Object.keys(COLUMN_ALIASES).join(', ')} and the percentile columns`);
        return index;
    };
    const at = { type: column('Type'), name: column('Name'), requests: column('Request Count'), failures: column('Failure Count'), median: column('Median Response Time'), mean: column('Average Response Time'), min: column('Min Response Time'), max: column('Max Response Time') };
    const percentileColumns = LOCUST_PERCENTILES.map((q) => [q, header.findIndex((h) => h.trim() === `${Math.round(q * 1e6) / 1e4}%`)]).filter(([, index]) => index >= 0);
    const arms = rows.map((row, i) => {
        const number = (index, what) => {
            const value = Number(row[index]);
            if (!Number.isFinite(value))
                throw new BaselineError(`${source}:${i + 2}: ${what} is '${row[index] ?? ''}', not a number`);
            return value;
        };
        const requests = number(at.requests, 'Request Count');
        const errors = number(at.failures, 'Failure Count');
        const known = requests > 0;
        const min = known ? number(at.min, 'Min Response Time') : 0;
        const max = known ? number(at.max, 'Max Response Time') : 0;
        const table = known ? [[0, min], ...percentileColumns.filter(([q]) => q < 1).map(([q, index]) => [q, number(index, `${Math.round(q * 1e6) / 1e4}%`)]), [1, max]] : [];
        const percentile = (q) => table.find(([tq]) => tq === q)?.[1] ?? 0;
        const type = (row[at.type] ?? '').trim();
        const name = (row[at.name] ?? '').trim();
        return {
            name,
            method: type === 'None' ? '' : type,
            path: name,
            requests,
            errors,
            errorRatePercent: requests === 0 ? 0 : (errors / requests) * 100,
            latencyMs: known ? { min, mean: number(at.mean, 'Average Response Time'), p50: number(at.median, 'Median Response Time'), p90: percentile(0.9), p95: percentile(0.95), p99: percentile(0.99), p999: percentile(0.999), max } : { ...metrics_histogram/* EMPTY_SUMMARY */.fB },
            quantiles: table,
            // Locust stores response times rounded to two significant digits: a value may be half a step off.
            slack: (ms) => stepOf(ms) / 2,
        };
    });
    const overall = arms.find((a) => a.name === 'Aggregated' && a.method === '') ?? arms.find((a) => a.name === 'Aggregated');
    if (!overall)
        throw new BaselineError(`${source}: no Aggregated row; is this a Locust _stats.csv (not _stats_history.csv or _failures.csv)?`);
    if (overall.requests === 0)
        throw new BaselineError(`${source}: the Locust run recorded no requests`);
    // No seconds of its own: its within-run noise is unknown, and the judge takes this run's in its place.
    const history = [historyRun({ startedAt: null, runUrl: null, requests: overall.requests, errorRatePercent: overall.errorRatePercent, latencyMs: overall.latencyMs, blocks: [] })];
    return { kind: 'locust', source, startedAt: null, runUrl: null, target: null, overall: { ...overall, method: '*', path: '*', history: historyPoints(history) }, endpoints: arms.filter((a) => a !== overall), history };
}
function stepOf(ms) {
    return ms < 100 ? 1 : ms < 1000 ? 10 : ms < 10_000 ? 100 : 1000;
}

;// CONCATENATED MODULE: ./src/app/baseline.ts
// Finding this run's baseline before any load is sent: a file, or the newest baseline artifact of
// the default branch (through the injected fetch, GitHub's REST API in practice). Only "there is no
// baseline yet" (no artifact of that name from a successful default-branch run: the first run on
// main) is a notice in the report. A baseline that cannot be read (a named file that does not
// exist or does not parse, an API call refused or failing, no token) would turn the regression
// gate off unasked: it is a mistake in the setup and stops the run, like a broken config.





async function findBaseline(plan, deps) {
    if (plan.source.kind === 'file') {
        // A directory is a report directory (or a downloaded artifact): its results.json and history.
        const path = isDirectory(plan.source.path) ? (baselineFileIn(plan.source.path) ?? (0,external_node_path_.join)(plan.source.path, 'results.json')) : plan.source.path;
        let text;
        try {
            text = deps.readFile(path);
        }
        catch (error) {
            const code = error.code;
            // A file that was named and is not there is a wrong path, not a first run: there is no artifact to wait for.
            if (code === 'ENOENT')
                throw new BaselineError(`cannot read the baseline ${path}: no such file (check the path, or use --baseline artifact for the default branch's newest baseline)`);
            throw new BaselineError(`cannot read the baseline ${path}: ${code === 'EACCES' ? 'permission denied' : error.message}`);
        }
        return { found: true, baseline: withHistoryBeside(parseBaseline(text, path), path, deps.readFile) };
    }
    const fetched = await deps.fetchArtifact(plan.source.name);
    if (!fetched.found)
        return fetched;
    const file = baselineFileIn(fetched.dir);
    if (!file)
        throw new BaselineError(`the baseline artifact ${plan.source.name} (${fetched.description}) holds no results.json or Locust _stats.csv`);
    const baseline = withHistoryBeside(parseBaseline((0,external_node_fs_.readFileSync)(file, 'utf8'), `${plan.source.name} (${fetched.description})`), file, (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'));
    return { found: true, baseline: { ...baseline, runUrl: fetched.runUrl, startedAt: baseline.startedAt ?? fetched.createdAt } };
}
/**
 * withHistoryBeside: the baseline judged against the history kept beside its results.json
 * (baseline-history.json), when there is one; a history that is there but unreadable is an error,
 * like the baseline itself.
 */
function withHistoryBeside(baseline, file, readFile) {
    if (baseline.kind !== 'results')
        return baseline;
    const path = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), HISTORY_FILE);
    let text;
    try {
        text = readFile(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return baseline;
        throw new BaselineError(`cannot read the baseline history ${path}: ${error.message}`);
    }
    return withHistory(baseline, parseHistory(text, path));
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** baselineFileIn: results.json, else a Locust _stats.csv, at the top of a downloaded artifact. */
function baselineFileIn(dir) {
    const names = (0,external_node_fs_.readdirSync)(dir);
    const name = names.find((n) => n === 'results.json') ?? names.find((n) => n.endsWith('_stats.csv'));
    return name ? (0,external_node_path_.join)(dir, name) : null;
}

// EXTERNAL MODULE: ./src/app/judge.ts + 2 modules
var judge = __webpack_require__(84073);
// EXTERNAL MODULE: ./src/config/plan.ts
var plan = __webpack_require__(29311);
;// CONCATENATED MODULE: ./src/metrics/merge.ts
// Merging what several generators measured into one: counters add, HDR histograms add exactly
// (they share one set of parameters), and per-second series line up on the wall clock. Pure.

/**
 * mergeMetrics adds endpoint metrics measured at the same time by different generators. Throughput
 * adds too: the generators' rates were applied to the target together.
 */
function mergeMetrics(name, parts) {
    const latency = addEncoded(parts.map((p) => p.histograms.latency));
    const service = addEncoded(parts.map((p) => p.histograms.serviceTime));
    const requests = sum(parts.map((p) => p.requests));
    const errors = sum(parts.map((p) => p.errors));
    return {
        name,
        requests,
        errors,
        errorRatePercent: requests === 0 ? 0 : (errors / requests) * 100,
        throughputRps: sum(parts.map((p) => p.throughputRps)),
        bytes: sum(parts.map((p) => p.bytes)),
        latencyMs: (0,metrics_histogram/* summarize */.eh)(latency),
        serviceTimeMs: (0,metrics_histogram/* summarize */.eh)(service),
        statusCodes: Object.fromEntries([...addCounts(parts.map((p) => p.statusCodes))].sort((a, b) => Number(a[0]) - Number(b[0]))),
        errorCodes: Object.fromEntries([...addCounts(parts.map((p) => p.errorCodes))].sort((a, b) => b[1] - a[1])),
        histograms: { latency: (0,metrics_histogram/* encodeHistogram */.ll)(latency), serviceTime: (0,metrics_histogram/* encodeHistogram */.ll)(service) },
        ...(parts.some((p) => p.protocolReasons) ? { protocolReasons: Object.fromEntries([...addCounts(parts.map((p) => p.protocolReasons ?? {}))].sort((a, b) => b[1] - a[1])) } : {}),
        ...(parts.some((p) => p.checks) ? { checks: addChecks(parts.map((p) => p.checks ?? [])) } : {}),
        ...(parts.some((p) => p.failureReasons) ? { failureReasons: addFailureReasons(parts.map((p) => p.failureReasons ?? {})) } : {}),
    };
}
/** addChecks: each check's outcomes added across parts, by name, in the order they first appear. */
function addChecks(parts) {
    const byName = new Map();
    for (const part of parts) {
        for (const c of part) {
            const total = byName.get(c.name) ?? { name: c.name, passed: 0, failed: 0 };
            total.passed += c.passed;
            total.failed += c.failed;
            byName.set(c.name, total);
        }
    }
    return [...byName.values()];
}
/** addEncoded decodes and adds histograms; the sum is exact because every histogram is built alike. */
function addEncoded(encoded) {
    const total = (0,metrics_histogram/* newHistogram */.HL)();
    for (const text of encoded)
        total.add((0,metrics_histogram/* decodeHistogram */.pr)(text));
    return total;
}
/**
 * mergeSeries lines up each part's per-second series at its offset (whole seconds after the
 * earliest start) and adds them. Percentiles come from the added per-second histograms; gauges of
 * the generators' own health (lag, CPU, memory) take the worst, since each ran on its own machine.
 */
function mergeSeries(parts) {
    const length = Math.max(0, ...parts.map((p) => p.offsetSeconds + p.series.length));
    const merged = [];
    for (let t = 0; t < length; t++) {
        const points = parts.map((p) => p.series[t - p.offsetSeconds]).filter((p) => p !== undefined);
        const histogram = addEncoded(points.flatMap((p) => (p.histogram ? [p.histogram] : [])));
        merged.push({
            t,
            requests: sum(points.map((p) => p.requests)),
            errors: sum(points.map((p) => p.errors)),
            p50: (0,metrics_histogram/* percentileMs */.OZ)(histogram, 50),
            p95: (0,metrics_histogram/* percentileMs */.OZ)(histogram, 95),
            p99: (0,metrics_histogram/* percentileMs */.OZ)(histogram, 99),
            users: sum(points.map((p) => p.users)),
            arrivals: sum(points.map((p) => p.arrivals)),
            dropped: sum(points.map((p) => p.dropped)),
            inFlight: sum(points.map((p) => p.inFlight)),
            warmup: points.some((p) => p.warmup),
            lagMs: Math.max(0, ...points.map((p) => p.lagMs)),
            generatorCpuPercent: Math.max(0, ...points.map((p) => p.generatorCpuPercent ?? 0)),
            generatorRssMb: Math.max(0, ...points.map((p) => p.generatorRssMb ?? 0)),
            histogram: (0,metrics_histogram/* encodeHistogram */.ll)(histogram),
            bytes: sum(points.map((p) => p.bytes ?? 0)),
        });
    }
    return merged;
}
function sum(values) {
    return values.reduce((a, b) => a + b, 0);
}
function addCounts(maps) {
    const total = new Map();
    for (const map of maps)
        for (const [key, n] of Object.entries(map))
            total.set(key, (total.get(key) ?? 0) + (n ?? 0));
    return total;
}
/** addFailureReasons: each code's reasons added across parts. */
function addFailureReasons(parts) {
    const out = {};
    for (const code of ['check_failed', 'capture_failed']) {
        const added = addCounts(parts.map((p) => p[code] ?? {}));
        if (added.size > 0)
            out[code] = Object.fromEntries([...added].sort((a, b) => b[1] - a[1]));
    }
    return out;
}

// EXTERNAL MODULE: ./src/slo/evidence.ts
var evidence = __webpack_require__(43679);
// EXTERNAL MODULE: ./src/slo/failures.ts
var failures = __webpack_require__(26697);
// EXTERNAL MODULE: ./src/slo/generator.ts
var generator = __webpack_require__(10225);
// EXTERNAL MODULE: ./src/slo/verdict.ts + 1 modules
var verdict = __webpack_require__(46616);
// EXTERNAL MODULE: ./src/slo/check-intervals.ts
var check_intervals = __webpack_require__(21319);
;// CONCATENATED MODULE: ./src/app/merge.ts
// Merging a sharded run: N jobs each ran 1/N of the load (--shard i/N) and wrote a results.json;
// the merge checks that every shard is there, complete and from the same test, adds their
// histograms and counters, lines their series up on the wall clock, and judges the whole against
// the SLOs the shards ran with, as one run (its verdict is then the judge's, as for any run: app/judge.ts).
// Pure: the entries read the files.










/** MergeError lists every reason the shards cannot be merged; nothing is judged. */
class MergeError extends Error {
    problems;
    constructor(problems) {
        super(`cannot merge the shards:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'MergeError';
    }
}
/** MIN_OVERLAP: below this share of the shortest measured window, the shards never loaded the target together for most of the run. */
const MIN_OVERLAP = 0.8;
function mergeShards(files, endedAt) {
    const shards = checkShards(files);
    const first = shards[0].report;
    const starts = shards.map((s) => Date.parse(s.report.loadStartedAt));
    const earliest = Math.min(...starts);
    const offsets = starts.map((start) => Math.round((start - earliest) / 1000));
    const overlapSeconds = measuredOverlap(shards.map((s, i) => ({ start: starts[i] / 1000 + s.report.warmup.seconds, end: starts[i] / 1000 + s.report.durationSeconds })));
    const shortest = Math.min(...shards.map((s) => s.report.measuredSeconds));
    const overall = { ...mergeMetrics('overall', shards.map((s) => s.report.overall)), method: '*', path: '*', weight: 1 };
    const endpoints = first.endpoints.map((e, i) => ({ ...mergeMetrics(e.name, shards.map((s) => s.report.endpoints[i])), method: e.method, path: e.path, weight: e.weight }));
    const slo = first.shard.slo;
    const resourceChecks = first.checks.filter((c) => c.metric === 'cpu_percent' || c.metric === 'memory_percent');
    const timeseries = mergeSeries(shards.map((s, i) => ({ offsetSeconds: offsets[i], series: s.report.timeseries })));
    const evaluated = (0,slo_checks/* evaluateChecks */.Jn)(overall, slo.thresholds, endpoints.map((metrics, i) => ({ metrics, thresholds: slo.endpoints[i] ?? {} })));
    const blocks = (0,compare_blocks/* measuredBlocks */.hb)(timeseries);
    const checks = [...(0,check_intervals/* withIntervals */.X)(evaluated, (check) => (check.endpoint === null ? { metrics: overall, blocks } : { metrics: endpoints.find((e) => e.name === check.endpoint) ?? overall })), ...resourceChecks];
    const label = (index, finding) => `shard ${index}: ${finding}`;
    const shortfall = shards.flatMap((s) => s.report.generator.shortfall.map((f) => label(s.report.shard.index, f)));
    if (shards.length > 1 && overlapSeconds < MIN_OVERLAP * shortest) {
        shortfall.push(`the shards' measured windows overlapped for only ${overlapSeconds.toFixed(1)}s of ${shortest.toFixed(1)}s: the target never carried the whole load at once for most of the run; start the shard jobs together`);
    }
    // Each shard's own delay bounds what it added to its requests; the whole is bounded by the worst.
    const delays = shards.map((s) => s.report.generator.addedDelayMs ?? (0,generator/* uniformDelay */.Y2)(s.report.generator.eventLoopLagMs.max));
    const addedDelayMs = Object.fromEntries(plan/* LATENCY_KEYS */.SD.map((k) => [k, max(delays.map((d) => d[k]))]));
    const notes = shards.flatMap((s) => (s.report.generator.notes ?? []).map((f) => label(s.report.shard.index, f)));
    const saturated = notes.find((n) => n.includes('CPU was saturated')) ?? null;
    // s(b) of the whole is a request-weighted mean of the shards'; the largest is a bound on it. A shard without one leaves none.
    const shares = shards.map((s) => s.report.generator.delayShares ?? []);
    const delayShares = shares.some((s) => s.length === 0) ? [] : shares[0].map(([b], i) => [b, max(shares.map((s) => s[i]?.[1] ?? 1))]);
    const interrupted = merge_sum(shards.map((s) => s.report.generator.interruptedRequests));
    const judgement = (0,verdict/* judge */.S4)({
        checks,
        measuredRequests: overall.requests,
        minRequests: slo.minRequests,
        evidenceFor: (check) => (0,evidence/* evidenceFor */.h)(check.endpoint === null ? overall : (endpoints.find((e) => e.name === check.endpoint) ?? overall), check),
        allFailed: (0,failures/* everyRequestFailed */.W)(overall, endpoints),
        countAboveMs: (0,evidence/* latencyCounter */.z)((check) => (check.endpoint === null ? overall : (endpoints.find((e) => e.name === check.endpoint) ?? overall))),
        generator: { shortfall, addedDelayMs, delayShares, saturated, notes },
        stoppedBy: 'completed',
        abortReason: null,
        unanswered: interrupted,
        drainSeconds: Math.max(...shards.map((s) => s.report.shard.drainSeconds)),
        coverage: `${shards.length} shards`,
        decision: slo.decision ?? 'point',
    });
    const scheduled = merge_sum(shards.map((s) => s.report.arrivals?.scheduled ?? 0));
    const dropped = merge_sum(shards.map((s) => s.report.arrivals?.dropped ?? 0));
    const merged = {
        shards: shards.map((s, i) => ({
            index: s.report.shard.index,
            source: s.source,
            loadStartedAt: s.report.loadStartedAt,
            offsetSeconds: offsets[i],
            durationSeconds: s.report.durationSeconds,
            requests: s.report.overall.requests,
            errors: s.report.overall.errors,
            peakUsers: s.report.plan.peakUsers,
            peakRate: s.report.plan.peakRate,
        })),
        overlapSeconds: Math.round(overlapSeconds * 1000) / 1000,
    };
    // The first shard's report with every measured part replaced; no shard's own verdict is carried over.
    const body = {
        ...(0,build/* bodyOf */.EN)(first),
        startedAt: new Date(Math.min(...shards.map((s) => Date.parse(s.report.startedAt)))).toISOString(),
        endedAt: endedAt.toISOString(),
        loadStartedAt: new Date(earliest).toISOString(),
        durationSeconds: Math.max(...shards.map((s, i) => offsets[i] + s.report.durationSeconds)),
        measuredSeconds: Math.max(...shards.map((s) => s.report.measuredSeconds)),
        plan: wholePlan(shards.map((s) => s.report), slo.minRequests),
        overall,
        endpoints,
        checks,
        violations: judgement.violations,
        untrusted: judgement.untrusted,
        warmup: { seconds: first.warmup.seconds, requests: merge_sum(shards.map((s) => s.report.warmup.requests)), errors: merge_sum(shards.map((s) => s.report.warmup.errors)) },
        arrivals: first.arrivals ? { scheduled, dropped, droppedPercent: scheduled ? Math.round((dropped / scheduled) * 100_000) / 1000 : 0 } : null,
        generator: {
            eventLoopLagMs: { p50: max(shards.map((s) => s.report.generator.eventLoopLagMs.p50)), p99: max(shards.map((s) => s.report.generator.eventLoopLagMs.p99)), max: max(shards.map((s) => s.report.generator.eventLoopLagMs.max)) },
            cpuPercent: max(shards.map((s) => s.report.generator.cpuPercent)),
            peakRssMb: max(shards.map((s) => s.report.generator.peakRssMb)),
            connectionsOpened: merge_sum(shards.map((s) => s.report.generator.connectionsOpened)),
            interruptedRequests: interrupted,
            shortfall,
            distortion: judgement.distortion ?? [],
            addedDelayMs,
            delayShares,
            delayNote: judgement.delayNote ?? null,
            notes,
        },
        preflight: shards.flatMap((s) => s.report.preflight.map((step) => ({ ...step, what: label(s.report.shard.index, step.what) }))),
        timeseries,
        notices: [...new Set(shards.flatMap((s) => s.report.notices))],
        comparison: null,
        shard: null,
        merged,
    };
    return { body, slo: judgement, decision: slo.decision ?? 'point' };
}
/** mergeLayer: the settings a merge's plan starts from (the target the shards tested); the merge's config and flags decide where reports go. */
function mergeLayer(run) {
    return new Map([['load_test.target', { value: run.body.target, source: { kind: 'default' } }]]);
}
/** withMergeNotices says, in the report, that thresholds given to the merge itself are not what judged it. */
function withMergeNotices(run, plan) {
    const notices = [];
    if (!plan.thresholdsAreDefaults)
        notices.push('the merge judged the whole run with the SLOs the shards ran with (recorded in their results); thresholds given to the merge itself were not used');
    if (plan.sources['thresholds.decision'] && run.decision && plan.decision !== run.decision)
        notices.push(`the merge decided close calls as the shards ran (decision: ${run.decision}, recorded in their results); decision: ${plan.decision} given to the merge was not used`);
    return notices.length === 0 ? run : { ...run, body: { ...run.body, notices: [...run.body.notices, ...notices] } };
}
/** checkShards: every shard 1..N exactly once, each complete, all from the same test; else a MergeError naming each problem. */
function checkShards(files) {
    if (files.length === 0)
        throw new MergeError(['no shard results found: give the directories (or results.json files) the shard jobs wrote']);
    const problems = [];
    const shards = files.filter((f) => {
        if (f.report.mode !== 'run' || !f.report.shard) {
            problems.push(`${f.source} is not a shard's results (run the load jobs with --shard i/N)`);
            return false;
        }
        return true;
    });
    if (shards.length === 0)
        throw new MergeError(problems);
    const count = shards[0].report.shard.count;
    const byIndex = new Map();
    for (const s of shards) {
        if (s.report.shard.count !== count)
            problems.push(`${s.source} is shard ${s.report.shard.index} of ${s.report.shard.count}, but ${shards[0].source} is one of ${count}`);
        byIndex.set(s.report.shard.index, [...(byIndex.get(s.report.shard.index) ?? []), s]);
    }
    for (let index = 1; index <= count; index++) {
        const found = byIndex.get(index) ?? [];
        if (found.length === 0)
            problems.push(`shard ${index} of ${count} is missing: its job failed, was cancelled, or did not upload its results`);
        if (found.length > 1)
            problems.push(`shard ${index} of ${count} appears ${found.length} times (${found.map((f) => f.source).join(', ')})`);
    }
    const reference = shards.find((s) => s.report.shard.index === 1) ?? shards[0];
    for (const s of shards) {
        const { index } = s.report.shard;
        if (s.report.status !== 'completed')
            problems.push(`shard ${index} of ${count} did not complete (${s.report.status}): ${s.report.reasons[0] ?? 'no reason recorded'}`);
        else if (!s.report.loadStartedAt || s.report.timeseries.some((p) => p.histogram === undefined))
            problems.push(`shard ${index} of ${count} (${s.source}) has no per-second histograms: it was written by an older version`);
        if (s === reference)
            continue;
        if (s.report.target !== reference.report.target)
            problems.push(`shard ${index} tested ${s.report.target}, shard ${reference.report.shard.index} ${reference.report.target}`);
        if (s.report.endpoints.map((e) => e.name).join('\n') !== reference.report.endpoints.map((e) => e.name).join('\n'))
            problems.push(`shard ${index} ran other endpoints than shard ${reference.report.shard.index}`);
        if (sloValues(s.report) !== sloValues(reference.report))
            problems.push(`shard ${index} ran with other SLOs than shard ${reference.report.shard.index}`);
    }
    if (problems.length > 0)
        throw new MergeError(problems);
    return [...shards].sort((a, b) => a.report.shard.index - b.report.shard.index);
}
/** sloValues: the thresholds' values, not where they were set (a flag on one job and the file on another still agree). */
function sloValues(report) {
    const values = (t) => Object.entries(t).map(([k, v]) => `${k}=${v?.value}`).sort().join(',');
    const slo = report.shard.slo;
    return [slo.minRequests, values(slo.thresholds), ...slo.endpoints.map(values)].join(';');
}
/** wholePlan: the plan of the whole run, its levels the shards' added together. */
function wholePlan(reports, minRequests) {
    const first = reports[0].plan;
    return {
        ...first,
        profile: first.profile.map((segment, i) => ({ durationSeconds: segment.durationSeconds, from: round3(merge_sum(reports.map((r) => r.plan.profile[i]?.from ?? 0))), to: round3(merge_sum(reports.map((r) => r.plan.profile[i]?.to ?? 0))) })),
        peakUsers: merge_sum(reports.map((r) => r.plan.peakUsers)),
        peakRate: first.peakRate === null ? null : round3(merge_sum(reports.map((r) => r.plan.peakRate ?? 0))),
        maxInFlight: merge_sum(reports.map((r) => r.plan.maxInFlight)),
        minRequests,
    };
}
/** measuredOverlap: how long all the windows were open at once, in seconds. */
function measuredOverlap(windows) {
    return Math.max(0, Math.min(...windows.map((w) => w.end)) - Math.max(...windows.map((w) => w.start)));
}
const merge_sum = (values) => values.reduce((a, b) => a + b, 0);
const max = (values) => Math.max(0, ...values);
const round3 = (value) => Math.round(value * 1000) / 1000;

;// CONCATENATED MODULE: ./src/app/outcome.ts
// Refusal: the pipeline's answer when nothing (or nothing more) can be run, with the settings at fault.
function refuse(what, message, source) {
    return { kind: 'refused', what, issues: source ? [{ source, message }] : [], message };
}
function isRefusal(value) {
    return value.kind === 'refused';
}

;// CONCATENATED MODULE: ./src/app/rollback.ts
// Auto-rollback: when the gate fails and rollback is enabled, tell the deployment system to roll
// back, by the configured method, with what it needs to know (verdict, reasons, key metrics, target,
// the run's URL). The executors are injected: the entries give GitHub access and the hook runner.
const NOT_TRIGGERED = { triggered: false, method: null, ok: true, detail: '' };
/** rollbackProblem says, before any load is sent, why the configured rollback could not run. */
function rollbackProblem(plan, context) {
    const rollback = plan.rollback;
    if (!rollback || (rollback.method !== 'repository_dispatch' && rollback.method !== 'workflow_dispatch'))
        return null;
    if (!context.github)
        return `auto-rollback by ${rollback.method} needs a GitHub token and repository: set GITHUB_TOKEN (the action's github-token input) and GITHUB_REPOSITORY (or rollback.repository)`;
    if (rollback.method === 'repository_dispatch' && rollback.eventType.length > 100)
        return `rollback event type is ${rollback.eventType.length} characters; GitHub allows 100`;
    if (Object.keys(rollback.inputs).length > 25)
        return `workflow_dispatch allows 25 inputs; rollback.inputs has ${Object.keys(rollback.inputs).length}`;
    return null;
}
/** rollBackIfFailed rolls back a failed run when rollback is enabled; otherwise it does nothing. */
async function rollBackIfFailed(report, plan, context, executors) {
    if (report.verdict !== 'fail')
        return NOT_TRIGGERED;
    return rollBack(rollbackFacts(report, context), plan, context, executors);
}
/** rollBack runs the configured rollback method with `facts`, when rollback is enabled and has a method. */
async function rollBack(facts, plan, context, executors) {
    const rollback = plan.rollback;
    if (!rollback || !rollback.method)
        return NOT_TRIGGERED;
    let result;
    switch (rollback.method) {
        case 'repository_dispatch':
            result = await executors.repositoryDispatch(access(rollback, context), rollback.eventType, facts);
            break;
        case 'workflow_dispatch':
            result = await executors.workflowDispatch(access(rollback, context), rollback.workflow, rollback.ref ?? context.defaultRef ?? 'main', rollback.inputs);
            break;
        case 'command':
            result = await executors.hook('rollback', { kind: 'command', command: rollback.command }, flatFacts(facts), rollback.timeoutMs);
            break;
        case 'webhook':
            result = await executors.hook('rollback', { kind: 'webhook', url: rollback.url }, flatFacts(facts), rollback.timeoutMs);
            break;
    }
    return { triggered: true, method: rollback.method, ok: result.ok, detail: result.detail };
}
function access(rollback, context) {
    return { ...context.github, repository: rollback.repository ?? context.github.repository };
}
/**
 * rollbackFacts is what the deployment system is told: at most 10 top-level keys (GitHub's limit on
 * client_payload), well under its 64 KB, with the reasons cut to the first ten.
 */
function rollbackFacts(report, context) {
    const o = report.overall;
    return {
        verdict: report.verdict,
        reasons: report.reasons.slice(0, 10).map((r) => r.slice(0, 500)),
        metrics: { p50_ms: o.latencyMs.p50, p95_ms: o.latencyMs.p95, p99_ms: o.latencyMs.p99, error_rate_percent: o.errorRatePercent, throughput_rps: Math.round(o.throughputRps * 100) / 100, requests: o.requests },
        target: report.target,
        environment: report.environment,
        mode: report.mode,
        run_url: context.runUrl,
        ...(context.stage ? { stage: context.stage } : {}),
    };
}
/** flatFacts turns the facts into flat string values for commands (LOADTEST_* variables) and webhooks. */
function flatFacts(facts) {
    const flat = {};
    for (const [key, value] of Object.entries(facts)) {
        if (value === null || value === undefined)
            continue;
        if (typeof value === 'object' && !Array.isArray(value))
            for (const [k, v] of Object.entries(value))
                flat[k] = v;
        else
            flat[key] = Array.isArray(value) ? value.join('\n') : value;
    }
    return flat;
}

// EXTERNAL MODULE: ./src/ports/hooks.ts
var ports_hooks = __webpack_require__(40856);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/app/run.ts + 22 modules
var run = __webpack_require__(91324);
;// CONCATENATED MODULE: ./src/slo/rollout-decision.ts
// A progressive rollout's verdict, as rules over plain facts: what halts it (a failed hook, a stage
// that did not pass, an interruption) and what it comes to. Every stage must pass; the first that
// does not halts the rollout with the stage's own verdict (fail, or inconclusive when it could not
// tell); a failed hook is a fail; an interruption is inconclusive; with no halt the rollout passes
// unless the on-promote hook failed. app/rollout.ts runs the stages and hooks and asks these. Pure.
function preRolloutHalt(pre) {
    return pre && !pre.ok ? { reason: `the pre-rollout hook failed: ${pre.detail}`, stage: null, trafficMoved: false, verdict: 'fail' } : null;
}
function interruptedBefore(stage) {
    return { reason: `the rollout was interrupted before stage ${stage.index + 1} (${stage.name})`, stage: stage.name, trafficMoved: stage.index > 0, verdict: 'inconclusive' };
}
function shiftHalt(stage, shift) {
    return shift && !shift.ok ? { reason: `shifting traffic to ${stage.percentage}% (${stage.name}) failed: ${shift.detail}`, stage: stage.name, trafficMoved: true, verdict: 'fail' } : null;
}
/** afterStage: the stage's own verdict, and whether its run and post-stage hook halt the rollout. */
function afterStage(stage, run, post) {
    const at = { stage: stage.name, trafficMoved: true };
    if (run.status === 'interrupted')
        return { verdict: run.verdict, halt: { ...at, reason: `the rollout was interrupted during stage ${stage.index + 1} (${stage.name})`, verdict: 'inconclusive' } };
    if (run.verdict !== 'pass')
        return { verdict: run.verdict, halt: { ...at, reason: `stage ${stage.index + 1} (${stage.name}) did not pass: ${run.reasons.join('; ')}`, verdict: run.verdict } };
    if (post && !post.ok)
        return { verdict: 'fail', halt: { ...at, reason: `the post-stage hook of ${stage.name} failed: ${post.detail}`, verdict: 'fail' } };
    return { verdict: 'pass', halt: null };
}
/** rolloutOutcome: a halt decides; with none, every stage passed and the rollout is promoted unless on-promote failed. */
function rolloutOutcome(halt, promote, percentages, interrupted) {
    if (halt)
        return { verdict: halt.verdict, status: interrupted ? 'interrupted' : 'halted', reason: halt.reason };
    if (promote && !promote.ok)
        return { verdict: 'fail', status: 'promoted', reason: `every stage passed, but the on-promote hook failed: ${promote.detail}` };
    return { verdict: 'pass', status: 'promoted', reason: `every stage passed: ${percentages.map((p) => `${p}%`).join(' → ')}` };
}

;// CONCATENATED MODULE: ./src/app/rollout.ts
// A progressive rollout: before each stage a hook shifts the traffic, then a load test (with the
// canary comparison when production is configured) gates the stage. What halts it and what it
// comes to are the judge's rules (slo/rollout-decision.ts); on a halt with auto-rollback the traffic
// is shifted back to 0% (through the same shift hook), then the on-rollback hook and the rollback
// method run. A halt that does not roll back says where the traffic was left. Hooks in Flagger's spirit: pre-rollout, post-stage,
// on-promote, on-rollback. Dependencies are injected, so this is orchestration only.







async function runRollout(plan, deps) {
    const rollout = plan.rollout;
    const now = deps.now ?? (() => new Date());
    const startedAt = now();
    const hooks = [];
    const stages = rollout.stages.map((s) => ({ name: s.name, percentage: s.percentage, durationSeconds: s.load.durationMs / 1000, verdict: 'skipped', hooks: [], run: null }));
    const runHook = async (name, value, values, into) => {
        if (!value)
            return null;
        const result = await deps.hook(name, (0,ports_hooks/* parseHook */.$Y)(value), values, rollout.hookTimeoutMs);
        into.push(result);
        return result;
    };
    let halt = null;
    // traffic: the last weight the shift hook was asked to set, and whether it said it did.
    let traffic = null;
    halt = preRolloutHalt(await runHook('pre-rollout', rollout.hooks.preRollout, { stages: rollout.stages.length }, hooks));
    for (const [index, stage] of rollout.stages.entries()) {
        if (halt)
            break;
        const ref = { index, name: stage.name, percentage: stage.percentage };
        if (deps.signal?.aborted) {
            halt = interruptedBefore(ref);
            break;
        }
        const report = stages[index];
        const values = { stage: stage.name, percentage: stage.percentage };
        deps.onStage?.({ stage, index, phase: 'shift' });
        const shift = await runHook('shift traffic', rollout.shift, values, report.hooks);
        if (shift)
            traffic = { stage, ok: shift.ok };
        halt = shiftHalt(ref, shift);
        if (halt) {
            report.verdict = 'fail';
            break;
        }
        deps.onStage?.({ stage, index, phase: 'test' });
        const run = await deps.runStage({ ...plan, mode: plan.canary ? 'canary' : 'run', load: stage.load }, stage, index);
        report.run = run;
        const post = await runHook('post-stage', rollout.hooks.postStage, { ...values, verdict: run.verdict }, report.hooks);
        deps.onStage?.({ stage, index, phase: 'done', detail: run.verdict });
        ({ verdict: report.verdict, halt } = afterStage(ref, run, post));
    }
    let rollback = NOT_TRIGGERED;
    const interrupted = deps.signal?.aborted === true;
    const promote = halt ? null : await runHook('on-promote', rollout.hooks.onPromote, { stages: rollout.stages.length }, hooks);
    const outcome = rolloutOutcome(halt, promote, rollout.stages.map((s) => s.percentage), interrupted);
    const reasons = [outcome.reason];
    if (halt?.trafficMoved && plan.rollback && !interrupted) {
        // The traffic first, through the hook that moved it, in the same shape as for a stage: users
        // stop reaching the canary before anyone else is told. A failed shift back does not stop the rest.
        const back = traffic ? await runHook(ports_hooks/* SHIFT_BACK */.FN, rollout.shift, { stage: ports_hooks/* ROLLBACK_STAGE */.im, percentage: 0 }, hooks) : null;
        const onRollback = await runHook('on-rollback', rollout.hooks.onRollback, { stage: halt.stage ?? '', reason: halt.reason.slice(0, 500) }, hooks);
        const failedRun = stages.find((s) => s.name === halt.stage)?.run ?? null;
        const method = plan.rollback.method ? await deps.rollBack(failedRun, halt.stage ?? '') : NOT_TRIGGERED;
        rollback = combineRollback(back, onRollback, method);
    }
    else if (halt?.trafficMoved) {
        const where = traffic ? `; ${trafficLeft(traffic)}` : '';
        reasons.push(`${interrupted ? 'not rolled back: the job was cancelled' : 'not rolled back: auto-rollback-on-loadfail is off'}${where}`);
    }
    return {
        schemaVersion: model/* SCHEMA_VERSION */.f$,
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        mode: 'rollout',
        verdict: outcome.verdict,
        passed: outcome.verdict === 'pass',
        reasons,
        status: outcome.status,
        exitCode: (0,model/* exitCodeOf */.FO)({ verdict: outcome.verdict, status: outcome.status, shard: null }),
        startedAt: startedAt.toISOString(),
        endedAt: now().toISOString(),
        target: (0,redact/* redactUrl */.BO)(plan.target),
        environment: plan.environment,
        stages,
        hooks,
        haltedAt: halt?.stage ?? null,
        rollback,
    };
}
/** trafficLeft says where a halt that was not rolled back left the traffic. */
function trafficLeft(traffic) {
    const { percentage, name } = traffic.stage;
    return traffic.ok ? `traffic was left at ${percentage}% (${name})` : `traffic was left wherever the failed shift to ${percentage}% (${name}) put it`;
}
/**
 * combineRollback merges the shift back to 0%, the on-rollback hook and the rollback method into one
 * result for the report: ok only when every step that ran succeeded.
 */
function combineRollback(back, hook, method) {
    if (!back && !hook)
        return method;
    const parts = [
        back && `traffic ${back.ok ? 'shifted back to 0%' : 'NOT shifted back to 0%, the shift FAILED'} (${back.what}): ${back.detail.split('\n')[0]}`,
        hook && `on-rollback hook ${hook.ok ? 'ran' : 'FAILED'} (${hook.what}): ${hook.detail.split('\n')[0]}`,
        method.triggered ? method.detail : null,
    ];
    return {
        triggered: true,
        method: method.method,
        ok: (back?.ok ?? true) && (hook?.ok ?? true) && method.ok,
        detail: parts.filter((p) => Boolean(p)).join('; '),
    };
}
/** standardDeps: each stage is a real load test; hooks and rollback go through the given executors. */
function standardDeps(plan, options) {
    return {
        runStage: (stagePlan, stage) => (0,run/* runLoadTest */.O1)(stagePlan, { signal: options.signal, resources: options.resources, onProgress: (view) => options.onProgress?.(view, stage) }),
        hook: options.executors.hook,
        rollBack: (run, stage) => {
            const context = { ...options.context, stage };
            const facts = run ? rollbackFacts(run, context) : { verdict: 'fail', reasons: [`the rollout halted at ${stage}`], target: (0,redact/* redactUrl */.BO)(plan.target), environment: plan.environment, mode: 'rollout', run_url: context.runUrl, stage };
            return rollBack(facts, plan, context, options.executors);
        },
        onStage: options.onStage,
        signal: options.signal,
    };
}

;// CONCATENATED MODULE: ./src/app/shard-files.ts
// Finding and reading the shards' results.json files: each argument is a file, or a directory
// searched (a few levels deep) for results.json, as a downloaded artifact lays it out.




const MAX_DEPTH = 4;
function readShardFiles(paths) {
    const problems = [];
    const files = [];
    for (const path of paths) {
        let found;
        try {
            found = (0,external_node_fs_.statSync)(path).isDirectory() ? findResults(path, 0) : [path];
        }
        catch (error) {
            problems.push(`${path}: ${error.code === 'ENOENT' ? 'no such file or directory' : error.message}`);
            continue;
        }
        if (found.length === 0)
            problems.push(`${path}: no results.json inside`);
        for (const file of found) {
            try {
                // A rollout's results.json reads fine here and is refused by the merge, which says why.
                files.push({ source: file, report: (0,read/* readResults */.x)((0,external_node_fs_.readFileSync)(file, 'utf8'), file) });
            }
            catch (error) {
                problems.push(error.message);
            }
        }
    }
    if (problems.length > 0)
        throw new MergeError(problems);
    return files;
}
function findResults(dir, depth) {
    const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    const here = entries.filter((e) => e.isFile() && e.name === 'results.json').map((e) => (0,external_node_path_.join)(dir, e.name));
    if (here.length > 0 || depth >= MAX_DEPTH)
        return here;
    return entries.filter((e) => e.isDirectory()).flatMap((e) => findResults((0,external_node_path_.join)(dir, e.name), depth + 1));
}

;// CONCATENATED MODULE: ./src/app/modes.ts
// The modes, in one place: what each one's plan resolves from the config (its needs), what it reads
// before its plan, and how it runs once the plan is known. The pipeline runs whichever the entry
// names. A new mode is an entry in MODES (with its stage, here or in its own file) and the
// entries' command or `mode` input that names it; config, the pipeline and the judge stay as they are.












const MODES = {
    /** run: one service under load, judged by its SLOs (and a baseline, when given). */
    run: { needs: mode_names/* MODE_NEEDS */.g.run, sendsLoad: true, run: measuredAndGated },
    /** canary: the same requests to the canary and production at once; the canary is judged by its SLOs and against production. */
    canary: { needs: mode_names/* MODE_NEEDS */.g.canary, sendsLoad: true, run: measuredAndGated },
    /** rollout: traffic shifted stage by stage, each stage gated by a load test. */
    rollout: {
        needs: mode_names/* MODE_NEEDS */.g.rollout,
        sendsLoad: true,
        run: (plan, kit) => modes_rollout(plan, kit),
    },
    /** merge: the shards of a sharded run judged as one run. */
    merge: { needs: mode_names/* MODE_NEEDS */.g.merge, sendsLoad: false, gather: gatherShards, run: (plan, kit, gathered) => gated(plan, kit, async () => withMergeNotices(gathered.run, plan)) },
};
/** gated: the baseline (before any load; unreadable is a refusal), the run, its whole verdict, the rollback, the report. */
async function gated(plan, kit, measure) {
    let baseline = null;
    if (plan.baseline) {
        try {
            baseline = await findBaseline(plan.baseline, { readFile: kit.readFile, fetchArtifact: kit.fetchArtifact() });
        }
        catch (error) {
            if (!(error instanceof BaselineError))
                throw error;
            return refuse('baseline', error.message, plan.sources['baseline.source'] ?? { kind: 'input', input: 'baseline' });
        }
        kit.detail(baseline.found ? `Baseline: ${baseline.baseline.source} (${baseline.baseline.overall.requests.toLocaleString('en-US')} requests${baseline.baseline.history.length > 1 ? `; a history of ${baseline.baseline.history.length} runs` : ''})` : `No baseline: ${baseline.reason}`);
    }
    const run = await measure(baseline);
    const { decision, regression } = (0,judge/* judgeRun */.Z)(run, plan, baseline);
    const rollback = await rollBackIfFailed({ ...run.body, ...decision }, plan, kit.context, kit.executors);
    return (0,build/* finishReport */.Ux)(run.body, { decision, regression, rollback });
}
/** measuredAndGated: a run or canary: load sent here and now, then gated. */
function measuredAndGated(plan, kit) {
    return gated(plan, kit, (baseline) => measured(plan, kit, baseline));
}
/** measured: the load, with the baseline a run that decides early looks at as it goes. */
function measured(plan, kit, baseline) {
    return (0,run/* measureRun */.uw)(plan, {
        baseline,
        signal: kit.signal,
        resources: kit.resources,
        onWaiting: kit.detail,
        onPreflight: (steps) => kit.detail(`Pre-flight: ${steps.map((s) => `${s.what} ok`).join(', ')}. Starting load.`),
        onProgress: kit.progress,
    });
}
function modes_rollout(plan, kit) {
    const total = plan.rollout.stages.length;
    return runRollout(plan, standardDeps(plan, {
        context: kit.context,
        executors: kit.executors,
        signal: kit.signal,
        resources: kit.resources,
        onProgress: kit.progress,
        onStage: ({ stage, index, phase, detail }) => {
            const what = phase === 'shift' ? `shifting ${stage.percentage}% of traffic` : phase === 'test' ? `load test for ${(stage.load.durationMs / 1000).toFixed(0)}s` : `stage ${detail === 'pass' ? 'passed' : detail === 'fail' ? 'FAILED' : detail}`;
            kit.detail(`Stage ${index + 1}/${total} ${stage.name}: ${what}`);
        },
    }));
}
/** gatherShards: every shard's results.json, merged; a missing or mismatched shard stops everything before any plan. */
async function gatherShards(sources) {
    if (!sources.shards)
        return refuse('merge', 'merge mode needs the shards\' results: give their directories or results.json files');
    try {
        const run = mergeShards(readShardFiles(await sources.shards()), new Date());
        return { run, layer: mergeLayer(run) };
    }
    catch (error) {
        return refuse('merge', error instanceof MergeError ? error.message : `cannot gather the shards: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/app/pipeline.ts
// The one orchestration, for both entries: what the mode reads first (a merge's shards) → plan →
// checks before any load → the mode's run (app/modes.ts: baseline → load → the whole verdict →
// rollback → the report, once; or a rollout) → files → artifact → publish. Every effect outside
// the process goes through a port the entry passes in; everything shown to a
// person goes through one port, `show`, scrubbed of secrets here, once. The entries keep only
// their own edge: the CLI its argv, printing and exit code; the action its inputs, masking, job
// summary, annotations, outputs and follow-ups.















async function runPipeline(request, ports) {
    const secrets = ports.token ? [ports.token] : [];
    const clean = (text) => (0,redact/* scrub */._I)(text, secrets);
    const show = (shown) => ports.show(shown.level === 'plan' ? { ...shown, text: clean(shown.text), notices: shown.notices.map(clean) } : { ...shown, text: clean(shown.text) });
    const mode = MODES[request.mode];
    const gathered = mode.gather ? await mode.gather(request) : null;
    if (gathered && isRefusal(gathered))
        return gathered;
    let plan;
    try {
        const baseLayer = new Map([...(request.baseLayer ?? []), ...(gathered?.layer ?? [])]);
        plan = (0,load/* loadPlan */.Y)({ ...request.plan, mode: { name: request.mode, needs: mode.needs }, env: ports.env, readFile: ports.readFile, baseLayer });
    }
    catch (error) {
        if (!(error instanceof issues/* ConfigError */.xL))
            throw error;
        return { kind: 'refused', what: 'config', issues: error.issues, message: `${error.issues.length} configuration error${error.issues.length === 1 ? '' : 's'}` };
    }
    ports.planned?.(plan);
    secrets.push(...plan.secrets);
    const limit = mode.sendsLoad ? fileLimitProblem(plan, ports.readLimits()) : null;
    if (limit)
        return refuse('limit', limit);
    const context = ports.rollbackContext(plan);
    const problem = rollbackProblem(plan, context);
    if (problem)
        return refuse('rollback', problem);
    const defaultEnvironment = (0,console/* defaultEnvironmentNotice */.PW)(plan, request.plan.environment !== null, ports.env, request.environmentHint);
    if (gathered)
        show({ level: 'detail', text: (0,sections/* renderMergeSources */.fc)(gathered.run.body) });
    if (mode.sendsLoad)
        show({ level: 'plan', text: (0,console/* renderPlan */.EG)(plan, { defaultEnvironment }), notices: defaultEnvironment ? [defaultEnvironment] : [] });
    const report = await mode.run(plan, {
        signal: ports.signal,
        detail: (text) => show({ level: 'detail', text }),
        progress: (view) => {
            if (Math.round(view.elapsedMs / 1000) % ports.progressEverySeconds === 0)
                show({ level: 'progress', text: (0,console/* renderProgress */.EY)(view) });
        },
        resources: plan.resources ? { sources: ports.resourceSources(plan), intervalMs: plan.resources.intervalMs } : undefined,
        context,
        executors: ports.executors,
        readFile: ports.readFile,
        fetchArtifact: () => ports.fetchArtifact((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(ports.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'loadtest-baseline-'))),
    }, gathered);
    if (isRefusal(report))
        return report;
    const files = await writeReports(report, plan);
    show({ level: 'summary', text: (0,rollout/* renderConsoleResult */.Jf)(report) });
    const artifact = ports.upload ? await ports.upload(plan) : null;
    const published = await publish(report, plan, ports.publishContext(artifact), ports.publishers);
    for (const note of published.notes)
        show({ level: 'info', text: note });
    for (const warning of [...published.warnings, ...resourceWarnings(report)])
        show({ level: 'warning', text: warning });
    return { kind: 'judged', clean, plan, report, files, artifact };
}

// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 318 modules
var lib_artifact = __webpack_require__(35690);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
;// CONCATENATED MODULE: ./src/github/api.ts
// Talking to GitHub's REST API: which repository, with what token, at which base URL
// (GITHUB_API_URL: github.com, GitHub Enterprise, or a test's stand-in), and what to say when a
// call fails, including which permission the token probably lacks.

function octokitFor(access) {
    const [owner, repo] = access.repository.split('/');
    return { octokit: (0,github/* getOctokit */.Q)(access.token, { baseUrl: access.apiUrl }), owner, repo };
}
function explainGitHubError(error, what, permission) {
    const status = error.status;
    const message = error.message;
    const hint = status === 403 || status === 404 ? ` (the token may lack '${permission}' permission on the repository, or the repository or workflow does not exist)` : status === 422 ? ' (GitHub refused the request: check the event type, ref and inputs)' : '';
    return `${what} failed: ${status ? `HTTP ${status}: ` : ''}${message}${hint}`;
}

;// CONCATENATED MODULE: ./src/github/branch.ts
// Where this run stands: its branch, the repository's default branch, and the pull request it
// checks. From the runner's environment and the event payload (GITHUB_EVENT_PATH); the default
// branch falls back to the REST API when the payload does not carry it.


function payload(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return {};
    }
}
/** currentBranch: the branch this run is on; null on a pull request's merge ref or a tag. */
function currentBranch(env) {
    const ref = env.GITHUB_REF ?? '';
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
}
/** pullRequestNumber: the pull request a pull_request (or pull_request_target) run checks. */
function pullRequestNumber(env) {
    const event = payload(env);
    const number = event.pull_request?.number ?? (env.GITHUB_EVENT_NAME?.startsWith('pull_request') ? event.number : undefined);
    if (number)
        return number;
    const ref = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
    return ref ? Number(ref[1]) : null;
}
async function defaultBranch(env, access) {
    const fromEvent = payload(env).repository?.default_branch;
    if (fromEvent)
        return fromEvent;
    if (!access)
        return null;
    try {
        const { octokit, owner, repo } = octokitFor(access);
        return (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(55285);
;// CONCATENATED MODULE: ./src/github/baseline.ts
// Baselines kept as workflow artifacts: the newest `<name>` artifact of a successful run on the
// default branch is this run's baseline (listed through the REST API, downloaded with
// @actions/artifact's findBy; the token needs actions: read), and a passing run on the default
// branch can save its results.json as the next one.
//
// Two outcomes must never be confused. "No baseline yet" (no artifact of that name from a
// successful default-branch run: the first run on main) is a notice, and the run goes on.
// "The baseline cannot be read" (no token, a refused or failed API call, a download that fails)
// would switch the regression gate off without anyone asking: it is a setup error (BaselineError),
// raised before any load is sent.






/** RUNS_TO_CHECK: how many of the newest candidates are looked at for a successful run. */
const RUNS_TO_CHECK = 10;
async function fetchBaselineArtifact(access, name, where) {
    const { octokit, owner, repo } = octokitFor(access);
    let artifacts;
    try {
        artifacts = (await octokit.rest.actions.listArtifactsForRepo({ owner, repo, name, per_page: 100 })).data.artifacts;
    }
    catch (error) {
        throw unreadable(name, error, `listing the ${name} artifacts of ${access.repository} (GET /repos/${owner}/${repo}/actions/artifacts)`, access);
    }
    const candidates = artifacts
        .filter((a) => a.name === name && !a.expired && a.workflow_run?.head_branch === where.defaultBranch && String(a.workflow_run?.id) !== where.currentRunId)
        .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
    if (candidates.length === 0)
        return { found: false, reason: `no ${name} artifact from the ${where.defaultBranch} branch of ${access.repository} yet (a run on ${where.defaultBranch} with save-baseline: true makes one)` };
    const skipped = [];
    for (const artifact of candidates.slice(0, RUNS_TO_CHECK)) {
        const runId = artifact.workflow_run.id;
        let run;
        try {
            run = (await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })).data;
        }
        catch (error) {
            throw unreadable(name, error, `reading run ${runId} of ${access.repository}, which made a ${name} artifact (GET /repos/${owner}/${repo}/actions/runs/${runId})`, access);
        }
        if (run.conclusion !== 'success') {
            skipped.push(`run ${runId} (${run.conclusion ?? run.status ?? 'unknown'})`);
            continue;
        }
        const dir = (0,external_node_path_.join)(where.dir, String(artifact.id));
        try {
            await new lib_artifact/* DefaultArtifactClient */.t9().downloadArtifact(artifact.id, { path: dir, findBy: { token: access.token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo } });
        }
        catch (error) {
            throw unreadable(name, error, `downloading the ${name} artifact ${artifact.id} of run ${runId}`, { ...access, apiUrl: '' });
        }
        return { found: true, dir, description: `run ${runId} on ${where.defaultBranch}, ${artifact.created_at ?? 'date unknown'}`, runUrl: run.html_url, createdAt: artifact.created_at ?? null };
    }
    return { found: false, reason: `the newest ${name} artifacts of ${where.defaultBranch} come from runs that did not succeed: ${skipped.join(', ')}` };
}
/**
 * unreadable: the BaselineError for a GitHub call that failed, saying what was asked, what came
 * back, and what to change: the permission the token lacks, or the API that could not be reached.
 */
function unreadable(name, error, what, access, permission = 'actions: read') {
    const status = error.status;
    const answered = error.response !== undefined;
    const message = error.message;
    const fix = status === 401
        ? 'the token was refused (expired, revoked or not a GitHub token)'
        : status === 403
            ? `the token lacks '${permission}' permission: add \`permissions: { ${permission} }\` to the job (or give a token that has it)`
            : status === 404 && answered
                ? `the repository is not visible to the token, or it lacks '${permission}' permission (add \`permissions: { ${permission} }\` to the job)`
                : null;
    // Octokit reports a request that got no answer at all (refused, DNS, reset) as a 500 without a response.
    const got = answered ? `HTTP ${status}: ${message}` : status === 500 ? `${access.apiUrl ? `the GitHub API at ${access.apiUrl}` : 'GitHub'} could not be reached (${rootCause(error)})` : rootCause(error);
    return new BaselineError(`cannot read the baseline artifact ${name}: ${what} failed: ${got}${fix ? `; ${fix}` : ''}`);
}
/** rootCause: the innermost error's message ("connect ECONNREFUSED 127.0.0.1:9"), not fetch's "fetch failed". */
function rootCause(error) {
    let inner = error;
    while (inner && typeof inner.cause === 'object' && inner.cause !== null)
        inner = inner.cause;
    return inner?.message || String(error);
}
/**
 * saveBaseline uploads results.json, and the baseline history it extends (baseline-history.json),
 * as the baseline artifact; the caller decides whether this run should be one.
 */
async function saveBaseline(files, reportDir, name, retentionDays) {
    try {
        const { id } = await new DefaultArtifactClient().uploadArtifact(name, [...files], reportDir, retentionDays ? { retentionDays } : {});
        return { ok: true, detail: `saved this run's results${files.length > 1 ? ' and the baseline history it extends' : ''} as the ${name} artifact (id ${id})` };
    }
    catch (error) {
        return { ok: false, detail: `saving the ${name} baseline artifact failed: ${error.message}` };
    }
}
/**
 * artifactFetcher: how an entry looks up a baseline artifact, given the environment and a token.
 * Without a token or a repository the artifact asked for cannot be looked up: a setup error, since
 * going on would quietly judge the run without its regression rules.
 */
function artifactFetcher(env, token, dir) {
    return async (name) => {
        const missing = [!token && 'a GitHub token (GITHUB_TOKEN, or the action\'s github-token)', !env.GITHUB_REPOSITORY && 'GITHUB_REPOSITORY'].filter(Boolean);
        if (missing.length > 0)
            throw new BaselineError(`cannot read the baseline artifact ${name}: finding it needs ${missing.join(' and ')}, and there is none; give ${missing.length === 1 ? 'it' : 'them'}, or a baseline file instead of artifact`);
        const access = { token: token, repository: env.GITHUB_REPOSITORY, apiUrl: env.GITHUB_API_URL || defaults/* DEFAULT_GITHUB_API_URL */.xw };
        const branch = (await defaultBranch(env, null)) ?? (await readDefaultBranch(access, name));
        return fetchBaselineArtifact(access, name, { defaultBranch: branch, currentRunId: env.GITHUB_RUN_ID ?? null, dir });
    };
}
/** readDefaultBranch asks the API for the repository's default branch (the event payload did not carry it). */
async function readDefaultBranch(access, name) {
    const { octokit, owner, repo } = octokitFor(access);
    let branch;
    try {
        branch = (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    }
    catch (error) {
        throw unreadable(name, error, `reading the default branch of ${access.repository} (GET /repos/${owner}/${repo})`, access, 'contents: read');
    }
    if (!branch)
        throw new BaselineError(`cannot read the baseline artifact ${name}: GET /repos/${owner}/${repo} named no default branch`);
    return branch;
}

;// CONCATENATED MODULE: ./src/github/context.ts
// What a run knows about GitHub from the environment the entry passes in: the repository, the API
// to talk to, this run's URL and ref. Outside Actions most of it is absent, and that is fine.

function rollbackContext(env, token, rollback) {
    const repository = rollback?.repository ?? env.GITHUB_REPOSITORY;
    return {
        github: token && repository ? { token, repository, apiUrl: env.GITHUB_API_URL || defaults/* DEFAULT_GITHUB_API_URL */.xw } : null,
        runUrl: runUrl(env),
        defaultRef: env.GITHUB_REF_NAME || null,
    };
}
/** runUrl is the link to this workflow run, when running in GitHub Actions. */
function runUrl(env) {
    return env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null;
}

;// CONCATENATED MODULE: ./src/github/dispatch.ts
// Rolling back through GitHub: a repository_dispatch event (needs a token with contents: write) or
// a workflow_dispatch of a rollback workflow (actions: write). Both are events a GITHUB_TOKEN may
// start workflows with. The API base comes from GITHUB_API_URL (GitHub Enterprise, or a test's
// stand-in); errors come back as text with the status and what the token likely lacks.


async function repositoryDispatch(access, eventType, payload) {
    const [owner, repo] = access.repository.split('/');
    try {
        const response = await (0,github/* getOctokit */.Q)(access.token, { baseUrl: access.apiUrl }).rest.repos.createDispatchEvent({ owner, repo, event_type: eventType, client_payload: payload });
        return { ok: true, detail: `repository_dispatch '${eventType}' sent to ${access.repository} (HTTP ${response.status})` };
    }
    catch (error) {
        return { ok: false, detail: explainGitHubError(error, `repository_dispatch to ${access.repository}`, 'contents: write') };
    }
}
async function workflowDispatch(access, workflow, ref, inputs) {
    const [owner, repo] = access.repository.split('/');
    try {
        const response = await (0,github/* getOctokit */.Q)(access.token, { baseUrl: access.apiUrl }).rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: workflow, ref, inputs });
        return { ok: true, detail: `workflow_dispatch of ${workflow} on ${ref} in ${access.repository} (HTTP ${response.status})` };
    }
    catch (error) {
        return { ok: false, detail: explainGitHubError(error, `workflow_dispatch of ${workflow} in ${access.repository}`, 'actions: write') };
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
;// CONCATENATED MODULE: ./src/integrations/hooks.ts
// Hooks into systems outside GitHub: a shell command or an HTTP webhook, each bounded by a timeout,
// each reporting what happened (exit code or status, and the tail of the output) for the report.
//
// Commands are templates: {percentage} and {stage} (and any other placeholder given) are replaced
// by shell-quoted values, never spliced raw, and the same values are passed as LOADTEST_* variables,
// so a stage name or a failure reason can never turn into shell syntax.



/** OUTPUT_TAIL_BYTES: how much of a hook's output the report keeps. */
const OUTPUT_TAIL_BYTES = 2000;
async function runHook(name, hook, values, timeoutMs) {
    const started = performance.now();
    const result = hook.kind === 'command' ? await runCommand(fillTemplate(hook.command, values), values, timeoutMs) : await postWebhook(hook.url, values, timeoutMs);
    // A webhook's path often is its secret (chat and CI webhooks); only the origin is shown.
    const what = hook.kind === 'command' ? `command: ${fillTemplate(hook.command, values)}` : `POST ${new URL(hook.url).origin}/…`;
    return { name, what, ...result, durationMs: Math.round(performance.now() - started) };
}
/** fillTemplate replaces {name} with the value, shell-quoted unless it is a plain number. */
function fillTemplate(template, values) {
    return template.replace(/\{([a-z_]+)\}/g, (match, key) => (key in values ? shellQuote(values[key]) : match));
}
function shellQuote(value) {
    const text = String(value);
    return /^[A-Za-z0-9_.,:/=+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
function runCommand(command, values, timeoutMs) {
    return new Promise((resolve) => {
        const env = { ...process.env };
        for (const [key, value] of Object.entries(values))
            env[`LOADTEST_${key.toUpperCase()}`] = String(value);
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', command], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        let output = '';
        const keep = (chunk) => {
            output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_BYTES);
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            // The whole process group, so a hook's children do not outlive it.
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        }, timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve({ ok: false, detail: `could not start: ${error.message}` });
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const tail = output.trim() ? `\n${output.trim()}` : '';
            if (timedOut)
                resolve({ ok: false, detail: `timed out after ${timeoutMs}ms and was killed${tail}` });
            else
                resolve({ ok: code === 0, detail: `${code === null ? `killed by ${signal}` : `exit code ${code}`}${tail}` });
        });
    });
}
async function postWebhook(url, values, timeoutMs) {
    try {
        const response = await (0,undici/* request */.Em)(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(values),
            signal: AbortSignal.timeout(timeoutMs),
        });
        const text = (await response.body.text()).slice(0, OUTPUT_TAIL_BYTES).trim();
        const ok = response.statusCode >= 200 && response.statusCode < 300;
        return { ok, detail: `HTTP ${response.statusCode}${text ? `\n${text}` : ''}` };
    }
    catch (error) {
        const name = error.name;
        return { ok: false, detail: name === 'TimeoutError' ? `no answer within ${timeoutMs}ms` : `request failed: ${error.code ?? error.message}` };
    }
}

;// CONCATENATED MODULE: ./src/integrations/pushgateway.ts
// Pushing the run's metrics to a Prometheus Pushgateway, grouped by job="loadtest" and the run's
// instance, so each run replaces its own group and dashboards see every run. A gateway that is
// down or refuses the push is a warning with its status and body: it never changes the verdict.

const PUSH_JOB = 'loadtest';
const PUSH_TIMEOUT_MS = 10_000;
/** pushMetrics PUTs `text` to {url}/metrics/job/loadtest/instance/{instance}, replacing that group. */
async function pushMetrics(gatewayUrl, instance, text) {
    const url = `${gatewayUrl.replace(/\/+$/, '')}/metrics/job/${PUSH_JOB}/instance/${encodeURIComponent(instance)}`;
    try {
        const response = await (0,undici/* request */.Em)(url, { method: 'PUT', headers: { 'content-type': 'text/plain; version=0.0.4' }, body: text, signal: AbortSignal.timeout(PUSH_TIMEOUT_MS) });
        const body = (await response.body.text()).trim().slice(0, 500);
        if (response.statusCode >= 200 && response.statusCode < 300)
            return { ok: true, detail: `pushed to the Pushgateway as job="${PUSH_JOB}", instance="${instance}"` };
        return { ok: false, detail: `the Pushgateway answered HTTP ${response.statusCode}${body ? `: ${body}` : ''}` };
    }
    catch (error) {
        const code = error.code ?? error.name;
        return { ok: false, detail: `the Pushgateway could not be reached (${code}: ${error.message})` };
    }
}

;// CONCATENATED MODULE: ./src/integrations/resources/docker.ts
// Docker: container stats from the Engine API over its unix socket (/var/run/docker.sock, or the
// unix:// path in DOCKER_HOST) — the usual case of a backend run as a service container in the same
// job. CPU % is computed as `docker stats` does: the container's CPU time delta over the host's,
// times the number of CPUs; memory is usage less the inactive file cache, against the limit.

function dockerSocket(env) {
    const host = env.DOCKER_HOST;
    return host?.startsWith('unix://') ? host.slice('unix://'.length) : '/var/run/docker.sock';
}
/** cpuPercentOf follows the docker CLI (calculateCPUPercentUnix). */
function cpuPercentOf(stats) {
    const cpuDelta = (stats.cpu_stats?.cpu_usage?.total_usage ?? 0) - (stats.precpu_stats?.cpu_usage?.total_usage ?? 0);
    const systemDelta = (stats.cpu_stats?.system_cpu_usage ?? 0) - (stats.precpu_stats?.system_cpu_usage ?? 0);
    const cpus = stats.cpu_stats?.online_cpus || stats.cpu_stats?.cpu_usage?.percpu_usage?.length || 1;
    return systemDelta > 0 && cpuDelta >= 0 ? (cpuDelta / systemDelta) * cpus * 100 : null;
}
/** memoryOf follows the docker CLI: usage minus the inactive file cache (cgroup v2, then v1). */
function memoryOf(stats) {
    const m = stats.memory_stats;
    if (m?.usage === undefined)
        return { used: null, limit: null };
    const cache = m.stats?.inactive_file ?? m.stats?.total_inactive_file ?? 0;
    return { used: m.usage - cache, limit: m.limit ?? null };
}
function dockerSource(containers, socketPath) {
    const client = new undici/* Client */.Kj('http://localhost', { socketPath });
    return {
        label: `docker ${containers.join(', ')}`,
        read: async () => Promise.all(containers.map(async (name) => {
            const response = await client.request({ method: 'GET', path: `/containers/${encodeURIComponent(name)}/stats?stream=false`, headersTimeout: 10_000, bodyTimeout: 10_000 });
            const body = await response.body.text();
            if (response.statusCode !== 200)
                throw new Error(`the Docker API answered ${response.statusCode} for ${name}: ${body.trim().slice(0, 200)}`);
            const stats = JSON.parse(body);
            const memory = memoryOf(stats);
            return { name, cpuPercent: cpuPercentOf(stats), memoryBytes: memory.used, memoryLimitBytes: memory.limit };
        })),
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/integrations/resources/kubernetes.ts
// Kubernetes: pod CPU and memory from the metrics.k8s.io API for a namespace and label selector,
// with each pod's memory limit from its spec. Credentials come from the pod's service account when
// running in the cluster, else from a kubeconfig (token or client certificate; exec plugins are not
// run: give the job a token).




const SERVICE_ACCOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';
/** quantity reads a Kubernetes quantity: CPU "250m" → 0.25, memory "120Mi" → 125829120. */
function quantity(text) {
    const match = /^([+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/.exec(text.trim());
    if (!match)
        throw new Error(`not a Kubernetes quantity: '${text}'`);
    const scale = { n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
    return Number(match[1]) * (match[2] ? scale[match[2]] : 1);
}
/** access finds the API server and credentials: in-cluster first, then the kubeconfig. */
function kubernetesAccess(kubeconfig, env) {
    if (!kubeconfig && env.KUBERNETES_SERVICE_HOST) {
        const token = (0,external_node_fs_.readFileSync)(`${SERVICE_ACCOUNT}/token`, 'utf8').trim();
        return { server: `https://${env.KUBERNETES_SERVICE_HOST}:${env.KUBERNETES_SERVICE_PORT ?? 443}`, headers: { authorization: `Bearer ${token}` }, dispatcher: new undici/* Agent */.g6({ connect: { ca: (0,external_node_fs_.readFileSync)(`${SERVICE_ACCOUNT}/ca.crt`) } }) };
    }
    const path = kubeconfig ?? env.KUBECONFIG?.split(':')[0] ?? `${(0,external_node_os_.homedir)()}/.kube/config`;
    const config = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(path, 'utf8'));
    const contextName = config['current-context'];
    const context = config.contexts?.find((c) => c.name === contextName)?.context;
    const cluster = config.clusters?.find((c) => c.name === context?.cluster)?.cluster;
    const user = config.users?.find((u) => u.name === context?.user)?.user ?? {};
    if (!cluster?.server)
        throw new Error(`${path}: the current context '${contextName}' has no cluster server`);
    if (user.exec)
        throw new Error(`${path}: the user of context '${contextName}' authenticates with an exec plugin, which is not run here; give the job a token`);
    const data = (b64, file) => (b64 ? Buffer.from(b64, 'base64') : file ? (0,external_node_fs_.readFileSync)(file) : undefined);
    const token = user.token ?? (user['token-file'] ? (0,external_node_fs_.readFileSync)(user['token-file'], 'utf8').trim() : undefined);
    return {
        server: cluster.server.replace(/\/+$/, ''),
        headers: token ? { authorization: `Bearer ${token}` } : {},
        dispatcher: new undici/* Agent */.g6({
            connect: {
                ca: data(cluster['certificate-authority-data'], cluster['certificate-authority']),
                cert: data(user['client-certificate-data'], user['client-certificate']),
                key: data(user['client-key-data'], user['client-key']),
                rejectUnauthorized: !cluster['insecure-skip-tls-verify'],
            },
        }),
    };
}
function kubernetesSource(target, env) {
    let access = null;
    let limits = null;
    const get = async (path) => {
        access ??= kubernetesAccess(target.kubeconfig, env);
        const response = await (0,undici/* request */.Em)(`${access.server}${path}`, { headers: { accept: 'application/json', ...access.headers }, dispatcher: access.dispatcher, headersTimeout: 10_000, bodyTimeout: 10_000 });
        const body = await response.body.text();
        if (response.statusCode !== 200)
            throw new Error(`the Kubernetes API answered ${response.statusCode} for ${path}: ${body.trim().slice(0, 200)}`);
        return JSON.parse(body);
    };
    const query = `labelSelector=${encodeURIComponent(target.selector)}`;
    const namespace = encodeURIComponent(target.namespace);
    return {
        label: `kubernetes pods ${target.selector} in ${target.namespace}`,
        read: async () => {
            limits ??= podMemoryLimits(await get(`/api/v1/namespaces/${namespace}/pods?${query}`));
            const metrics = (await get(`/apis/metrics.k8s.io/v1beta1/namespaces/${namespace}/pods?${query}`));
            return (metrics.items ?? []).map((pod) => ({
                name: pod.metadata.name,
                cpuPercent: pod.containers.reduce((sum, c) => sum + quantity(c.usage.cpu), 0) * 100,
                memoryBytes: pod.containers.reduce((sum, c) => sum + quantity(c.usage.memory), 0),
                memoryLimitBytes: limits.get(pod.metadata.name) ?? null,
            }));
        },
    };
}
/** podMemoryLimits sums each pod's container memory limits; a pod with an unlimited container has none. */
function podMemoryLimits(list) {
    const limits = new Map();
    for (const pod of list.items ?? []) {
        const each = pod.spec.containers.map((c) => c.resources?.limits?.memory);
        limits.set(pod.metadata.name, each.every((m) => m !== undefined) ? each.reduce((sum, m) => sum + quantity(m), 0) : null);
    }
    return limits;
}

;// CONCATENATED MODULE: ./src/integrations/resources/process.ts
// A local process's CPU and memory from /proc: for a service started in the same job. CPU is the
// change in utime + stime between samples over the wall time between them (clock ticks of 1/100 s,
// Linux's USER_HZ on every platform it runs on); memory is VmRSS, its share of MemTotal the "limit".

const TICKS_PER_SECOND = 100;
function processSource(pid, proc = '/proc') {
    let previous = null;
    return {
        label: `process ${pid}`,
        read: async () => {
            const [stat, status, meminfo] = await Promise.all([(0,promises_.readFile)(`${proc}/${pid}/stat`, 'utf8'), (0,promises_.readFile)(`${proc}/${pid}/status`, 'utf8'), (0,promises_.readFile)(`${proc}/meminfo`, 'utf8')]);
            // Fields after the command name (which may hold spaces and parentheses): utime is the 14th field overall, stime the 15th.
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            const ticks = Number(fields[11]) + Number(fields[12]);
            const at = performance.now();
            const cpuPercent = previous ? Math.max(0, ((ticks - previous.ticks) / TICKS_PER_SECOND / ((at - previous.at) / 1000)) * 100) : null;
            previous = { ticks, at };
            const kb = (text, key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;
            return [{ name: `pid ${pid}`, cpuPercent, memoryBytes: kb(status, 'VmRSS'), memoryLimitBytes: kb(meminfo, 'MemTotal') }];
        },
    };
}

;// CONCATENATED MODULE: ./src/integrations/resources/prometheus.ts
// Prometheus: PromQL expressions the user gives for CPU (percent of a core) and memory (bytes), and
// optionally a memory limit, queried over the test window with /api/v1/query_range once the run
// is over. Series an expression returns are summed per step.

function prometheusSource(queries) {
    const range = async (expression, startMs, endMs, step) => {
        const params = new URLSearchParams({ query: expression, start: (startMs / 1000).toFixed(3), end: (endMs / 1000).toFixed(3), step: `${step}s` });
        const response = await (0,undici/* request */.Em)(`${queries.url.replace(/\/+$/, '')}/api/v1/query_range?${params}`, { headersTimeout: 15_000, bodyTimeout: 15_000 });
        const body = await response.body.text();
        const parsed = JSON.parse(body);
        if (response.statusCode !== 200 || parsed.status !== 'success')
            throw new Error(`Prometheus refused '${expression}': ${parsed.error ?? `HTTP ${response.statusCode}`}`);
        const sums = new Map();
        for (const series of parsed.data?.result ?? [])
            for (const [ts, value] of series.values)
                sums.set(ts, (sums.get(ts) ?? 0) + Number(value));
        return sums;
    };
    return {
        label: `prometheus ${queries.url}`,
        window: async (startMs, endMs, step) => {
            const [cpu, memory, limit] = await Promise.all([queries.cpu, queries.memory, queries.memoryLimit].map((q) => (q ? range(q, startMs, endMs, step) : Promise.resolve(new Map()))));
            const times = [...new Set([...cpu.keys(), ...memory.keys()])].sort((a, b) => a - b);
            return times.map((ts) => ({ name: 'prometheus', t: Math.round((ts - startMs / 1000) * 10) / 10, cpuPercent: cpu.get(ts) ?? null, memoryBytes: memory.get(ts) ?? null, memoryLimitBytes: limit.get(ts) ?? null }));
        },
    };
}

;// CONCATENATED MODULE: ./src/integrations/resources/index.ts
// The resource sources a plan names, built with what the environment says (Docker's socket,
// Kubernetes' in-cluster service account).




function resourceSources(resources, env) {
    if (!resources)
        return [];
    const sources = [];
    if (resources.docker)
        sources.push(dockerSource(resources.docker.containers, resources.docker.socket ?? dockerSocket(env)));
    if (resources.kubernetes)
        sources.push(kubernetesSource(resources.kubernetes, env));
    if (resources.prometheus)
        sources.push(prometheusSource(resources.prometheus));
    if (resources.processPid !== null)
        sources.push(processSource(resources.processPid));
    return sources;
}

;// CONCATENATED MODULE: ./src/integrations/slack.ts
// Posting to a Slack incoming webhook. Slack rate-limits with 429 and a Retry-After header, and
// has bad minutes like any service: retry those with backoff, a few times, then give up with a
// warning. The verdict never waits on Slack beyond that.

const ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 1000;
const MAX_RETRY_AFTER_MS = 10_000;
const TIMEOUT_MS = 10_000;
async function postToSlack(webhookUrl, message, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
    let last = '';
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        let wait = FIRST_BACKOFF_MS * 2 ** (attempt - 1);
        try {
            const response = await (0,undici/* request */.Em)(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message), signal: AbortSignal.timeout(TIMEOUT_MS) });
            const body = (await response.body.text()).trim().slice(0, 300);
            if (response.statusCode >= 200 && response.statusCode < 300)
                return { ok: true, detail: `posted to Slack${attempt > 1 ? ` (attempt ${attempt})` : ''}` };
            last = `HTTP ${response.statusCode}${body ? `: ${body}` : ''}`;
            // 4xx other than 429 will not get better by asking again (a revoked webhook, a bad payload).
            if (response.statusCode !== 429 && response.statusCode < 500)
                break;
            const retryAfter = Number(response.headers['retry-after']);
            if (response.statusCode === 429 && retryAfter > 0)
                wait = Math.min(retryAfter * 1000, MAX_RETRY_AFTER_MS);
        }
        catch (error) {
            last = `${error.code ?? error.name}: ${error.message}`;
        }
        if (attempt < ATTEMPTS)
            await sleep(wait);
    }
    return { ok: false, detail: `Slack did not take the message: ${last}` };
}

;// CONCATENATED MODULE: ./src/wiring.ts
// The real implementations of the pipeline's ports that both entries share: GitHub's API for
// rollbacks and baselines, the Pushgateway and Slack, the resource sources, the disk. Each entry
// adds its own edge (what is shown, the artifact store) and calls app/pipeline.ts with them.









function sharedPorts(env, token) {
    return {
        env,
        token,
        readFile: (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'),
        readLimits,
        rollbackContext: (plan) => rollbackContext(env, token, plan.rollback),
        executors: { repositoryDispatch: repositoryDispatch, workflowDispatch: workflowDispatch, hook: runHook },
        publishers: { push: pushMetrics, slack: (url, message) => postToSlack(url, message) },
        publishContext: (artifact) => ({ runUrl: runUrl(env), artifactUrl: artifact?.state.uploaded ? artifact.state.url : null, instance: defaultInstance(env, new Date()) }),
        resourceSources: (plan) => (plan.resources ? resourceSources(plan.resources, env) : []),
        fetchArtifact: (dir) => artifactFetcher(env, token, dir),
    };
}
function readLimits() {
    try {
        return (0,external_node_fs_.readFileSync)('/proc/self/limits', 'utf8');
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/cli/run-plan.ts
// A mode's run from the command line: the pipeline with the shared ports, its output printed, the
// exit code returned.




async function runPlan(args, io, mode, options = {}) {
    const quiet = args.quiet;
    const outcome = await runPipeline({
        mode,
        plan: {
            overrides: args.overrides,
            overrideSource: (o) => ({ kind: 'flag', flag: args.flagOf?.get(o.setting) ?? o.flag }),
            configFile: args.config ? { value: args.config, source: { kind: 'flag', flag: '--config' } } : null,
            environment: args.environment ? { value: args.environment, source: { kind: 'flag', flag: '--environment' } } : null,
            randomSeed: Math.floor(Math.random() * 2 ** 31),
        },
        baseLayer: options.baseLayer,
        shards: options.shards,
        environmentHint: 'use --environment NAME',
    }, {
        ...sharedPorts(io.env, io.env.GITHUB_TOKEN),
        readLimits: io.readLimits,
        signal: io.signal,
        progressEverySeconds: io.progressEverySeconds,
        show: (shown) => {
            if (shown.level === 'summary') {
                io.out('');
                io.out(shown.text);
            }
            else if (shown.level === 'warning')
                io.err(`warning: ${shown.text}`);
            else if (shown.level === 'info')
                io.out(shown.text);
            else if (!quiet)
                (shown.level === 'progress' ? io.progress : io.out)(shown.text);
        },
    });
    if (outcome.kind === 'refused') {
        if (outcome.what === 'config') {
            for (const issue of outcome.issues)
                io.err(`error: ${(0,issues/* formatIssue */.Hd)(issue)}`);
            io.err(`${outcome.message}; nothing was run.`);
        }
        else
            io.err(`error: ${outcome.message}${outcome.what === 'baseline' ? '; nothing was run.' : ''}`);
        return model/* EXIT_CODES */.ai.config;
    }
    const { report, files } = outcome;
    io.out('');
    io.out(`Reports: ${files.resultsJson}, ${files.markdown}, ${files.html}, ${files.junit}; entry appended to ${files.deploymentReport}`);
    // The last word: a rollback that was needed and did not work leaves the bad deployment (or its traffic) in place.
    const rollback = report.rollback;
    if (rollback.triggered && !rollback.ok)
        io.err(outcome.clean(`error: AUTO-ROLLBACK FAILED${rollback.method ? ` (${rollback.method})` : ''}: ${rollback.detail.split('\n')[0]}. The rollback did not complete: check the deployment and its traffic by hand.`));
    return report.exitCode;
}


/***/ })

};
