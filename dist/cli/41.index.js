export const id = 41;
export const ids = [41];
export const modules = {

/***/ 61041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  capacityCommand: () => (/* binding */ capacityCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/plan.ts
var config_plan = __webpack_require__(29311);
;// CONCATENATED MODULE: ./src/pacing/capacity.ts
// The capacity search as arithmetic: which rate to offer next, given the steps so far. Probe up by
// a factor from the starting rate until a step does not pass, then bisect between the highest
// passing and the lowest failing rate until they are within the resolution, then re-run the
// highest passing rate to confirm it. A step that hit the hard limits (errors exploding, latency
// past the ceiling) is never exceeded again. Never above `toRate`. Pure: the driver runs the steps.
/**
 * bracketOf: the highest passing rate below the lowest failing one (a pass above a failure is
 * noise the search does not trust), and whether a confirm step passed it after the bracket moved.
 */
function bracketOf(steps) {
    const fails = steps.filter((s) => s.outcome !== 'pass').map((s) => s.rate);
    const lowestFail = fails.length ? Math.min(...fails) : null;
    const passes = steps.filter((s) => s.outcome === 'pass' && (lowestFail === null || s.rate < lowestFail)).map((s) => s.rate);
    const highestPass = passes.length ? Math.max(...passes) : null;
    const confirmed = highestPass !== null && steps.filter((s) => s.rate === highestPass && s.outcome === 'pass').length >= 2 && steps.some((s) => s.confirm && s.rate === highestPass && s.outcome === 'pass');
    return { highestPass, lowestFail, confirmed };
}
function nextStep(steps, options) {
    if (steps.length === 0)
        return { kind: 'step', rate: round(Math.min(options.fromRate, options.toRate)), why: 'probe' };
    const { highestPass, lowestFail, confirmed } = bracketOf(steps);
    if (highestPass === null) {
        // Nothing passed yet: step down by the growth factor from the lowest failure.
        const down = round(lowestFail / options.growth);
        return down < options.floorRate ? { kind: 'done', why: 'nothing passed' } : { kind: 'step', rate: down, why: 'probe' };
    }
    const confirm = (why) => (confirmed ? { kind: 'done', why } : { kind: 'step', rate: highestPass, why: 'confirm' });
    if (lowestFail === null) {
        if (highestPass >= options.toRate)
            return confirm('reached --to');
        return { kind: 'step', rate: round(Math.min(options.toRate, highestPass * options.growth)), why: 'probe' };
    }
    if ((lowestFail - highestPass) / highestPass <= options.resolution)
        return confirm('converged');
    const middle = round((highestPass + lowestFail) / 2);
    // Rounding can land on a rate already tried: then the bracket is as closed as rates can make it.
    return middle <= highestPass || middle >= lowestFail ? confirm('converged') : { kind: 'step', rate: middle, why: 'bisect' };
}
/** round: rates to a tenth of a request per second below 100, whole ones above (what a person reads). */
function round(rate) {
    return rate < 100 ? Math.round(rate * 10) / 10 : Math.round(rate);
}
/**
 * stepRequests: how many measured requests a step needs so that its judged tail has `tail`
 * requests beyond the highest judged percentile (p99: 100 × tail), and at least `minRequests`.
 */
function stepRequests(highestPercentile, minRequests, tail = 25) {
    const forTail = highestPercentile === null ? 0 : Math.ceil(tail / (1 - highestPercentile / 100));
    return Math.max(minRequests, forTail);
}
/**
 * kneeOf: the knee of the latency-versus-rate curve (Kneedle: the point farthest below the chord
 * from the first point to the last, both axes scaled to 0–1); null with fewer than three points
 * or a curve that does not bend upwards.
 */
function kneeOf(points) {
    const sorted = [...points].sort((a, b) => a.rate - b.rate);
    if (sorted.length < 3)
        return null;
    const [first, last] = [sorted[0], sorted[sorted.length - 1]];
    const spanX = last.rate - first.rate;
    const spanY = Math.max(...sorted.map((p) => p.latencyMs)) - Math.min(...sorted.map((p) => p.latencyMs));
    if (spanX <= 0 || spanY <= 0)
        return null;
    const minY = Math.min(...sorted.map((p) => p.latencyMs));
    let best = null;
    for (const p of sorted) {
        const gap = (p.rate - first.rate) / spanX - (p.latencyMs - minY) / spanY;
        if (best === null || gap > best.gap)
            best = { rate: p.rate, gap };
    }
    return best !== null && best.gap > 0 ? best.rate : null;
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
;// CONCATENATED MODULE: ./src/app/capacity.ts
// The capacity search, run: open-model steps at the rates pacing/capacity.ts asks for, each long
// enough for its judged tail and judged like any run (its SLOs' upper bounds, the generator's
// shortfall and distortion), a pause between steps, never past the time budget or --to; a step
// that hits the hard limits stops the climb at once. Then the answer and the headroom gate.




/** HARD_ERROR_PERCENT: errors at or past this share are a hard stop: the service is falling over. */
const HARD_ERROR_PERCENT = 50;
/** ACHIEVED_SHARE: a step passes only when the service answered at least this share of the offered rate. */
const ACHIEVED_SHARE = 0.95;
/** stepPlan: the base plan at one open-model rate, for `measuredMs` after a warm-up, stopping early when an SLO is lost. */
function stepPlan(plan, rate, warmupMs, measuredMs, minRequests, index) {
    const durationMs = warmupMs + measuredMs;
    return {
        ...plan,
        sequential: null,
        load: { ...plan.load, model: 'open', pattern: 'sustained', profile: [{ durationMs, from: rate, to: rate }], durationMs, warmupMs, peakRate: rate, peakUsers: 0, minRequests, abortOnFail: true, seed: plan.load.seed + index },
    };
}
/** highestPercentile: the highest latency percentile any of the plan's SLOs judges (99 for p99), or null. */
function highestPercentile(plan) {
    const keys = [plan.thresholds, ...plan.endpoints.map((e) => e.thresholds)].flatMap((t) => config_plan/* LATENCY_KEYS */.SD.filter((k) => t[k] !== undefined));
    const percentiles = keys.map((k) => (k === 'p999' ? 99.9 : Number(k.slice(1))));
    return percentiles.length ? Math.max(...percentiles) : null;
}
async function searchCapacity(plan, settings, ports) {
    const startedAt = ports.now();
    const began = ports.monotonicMs();
    const warmupMs = Math.max(1000, plan.load.warmupMs);
    const requests = stepRequests(highestPercentile(plan), plan.load.minRequests);
    const steps = [];
    const search = [];
    let stopped = null;
    for (;;) {
        if (ports.signal?.aborted) {
            stopped = 'cancelled';
            break;
        }
        const next = nextStep(search, { fromRate: settings.fromRate, toRate: settings.toRate, growth: settings.growth, resolution: settings.resolution, floorRate: Math.max(0.1, settings.fromRate / 64) });
        if (next.kind === 'done') {
            stopped = next.why;
            break;
        }
        const measuredMs = Math.max(settings.minStepMs, Math.ceil((requests / next.rate) * 1000));
        const elapsed = ports.monotonicMs() - began;
        // The next step (with the pause before it) must fit in what is left of the budget, drain included.
        if (elapsed + (steps.length > 0 ? settings.cooldownMs : 0) + warmupMs + measuredMs + plan.load.timeoutMs > settings.maxDurationMs) {
            stopped = 'time budget';
            break;
        }
        if (steps.length > 0)
            await ports.sleep(settings.cooldownMs);
        // The hard limits, watched second by second: the step stops at once rather than hammer a service that is falling over.
        const stop = new AbortController();
        const onUserStop = () => stop.abort();
        ports.signal?.addEventListener('abort', onUserStop, { once: true });
        let hardStop = null;
        const onProgress = (view) => {
            if (hardStop !== null || view.elapsedMs <= warmupMs)
                return;
            hardStop = hardLimit(view.requests, view.errors, view.p95Ms, settings.ceilingMs);
            if (hardStop !== null)
                stop.abort();
        };
        const report = await ports.measure(stepPlan(plan, next.rate, warmupMs, measuredMs, Math.min(requests, Math.floor((next.rate * measuredMs) / 1000)), steps.length), { signal: stop.signal, onProgress });
        ports.signal?.removeEventListener('abort', onUserStop);
        if (report.status === 'unreachable') {
            stopped = 'unreachable';
            steps.push(stepOf(next.rate, next.why, report, 'fail', report.reasons));
            break;
        }
        if (ports.signal?.aborted && hardStop === null) {
            // Cut short by the user: reported, but no evidence either way for the search.
            steps.push({ ...stepOf(next.rate, next.why, report, 'fail', ['cancelled before the step ended: not judged']), cancelled: true });
            stopped = 'cancelled';
            break;
        }
        const { outcome, reasons } = hardStop !== null ? { outcome: 'hard', reasons: [`${hardStop}: stopped the step and offered no more`] } : outcomeOf(next.rate, report, settings.ceilingMs);
        const step = stepOf(next.rate, next.why, report, outcome, reasons);
        steps.push(step);
        search.push({ rate: next.rate, outcome, confirm: next.why === 'confirm' });
        ports.onStep?.(step, steps.length - 1);
        if (ports.signal?.aborted) {
            stopped = 'cancelled';
            break;
        }
    }
    return finish(plan, settings, steps, search, stopped, startedAt, ports.now());
}
/** hardLimit: a second in which half the requests failed, or p95 reached the ceiling; null when neither. */
function hardLimit(requests, errors, p95Ms, ceilingMs) {
    if (requests >= 10 && errors / requests >= HARD_ERROR_PERCENT / 100)
        return `${Math.round((errors / requests) * 100)}% of a second's requests failed`;
    if (requests >= 10 && p95Ms >= ceilingMs)
        return `p95 reached ${Math.round(p95Ms)} ms, past the ceiling of ${ceilingMs} ms`;
    return null;
}
/** outcomeOf: pass only when the rate was achieved and the verdict passed; hard when the service is falling over. */
function outcomeOf(rate, report, ceilingMs) {
    const { overall } = report;
    if (overall.errorRatePercent >= HARD_ERROR_PERCENT)
        return { outcome: 'hard', reasons: [`${Math.round(overall.errorRatePercent)}% of requests failed: not offering more`] };
    if (overall.latencyMs.p99 >= ceilingMs)
        return { outcome: 'hard', reasons: [`p99 ${Math.round(overall.latencyMs.p99)} ms reached the ceiling of ${ceilingMs} ms: not offering more`] };
    const reasons = [];
    if (overall.throughputRps < ACHIEVED_SHARE * rate)
        reasons.push(`achieved ${Math.round(overall.throughputRps * 10) / 10} req/s of ${rate} offered (under ${ACHIEVED_SHARE * 100}%)`);
    if (report.verdict !== 'pass')
        reasons.push(...report.reasons.map((r) => (report.verdict === 'inconclusive' ? `not shown to hold: ${r}` : r)));
    return { outcome: reasons.length === 0 ? 'pass' : 'fail', reasons };
}
function stepOf(rate, why, report, outcome, reasons) {
    const { overall } = report;
    return {
        rate,
        why,
        outcome,
        achievedRps: overall.throughputRps,
        requests: overall.requests,
        errorRatePercent: overall.errorRatePercent,
        latencyMs: { p50: overall.latencyMs.p50, p95: overall.latencyMs.p95, p99: overall.latencyMs.p99 },
        seconds: report.durationSeconds,
        verdict: report.verdict,
        reasons: outcome === 'pass' ? [] : reasons,
    };
}
function finish(plan, settings, steps, search, stopped, startedAt, endedAt) {
    const bracket = bracketOf(search);
    const capacityRps = bracket.confirmed ? bracket.highestPass : null;
    const brokeStep = bracket.lowestFail === null ? null : steps.find((s) => s.rate === bracket.lowestFail && s.outcome !== 'pass');
    const reasons = [];
    const why = stopped ?? 'cancelled';
    let verdict;
    let headroom = null;
    if (settings.productionPeak !== null && settings.minHeadroom !== null) {
        const required = settings.productionPeak * settings.minHeadroom;
        headroom = { productionPeakRps: settings.productionPeak, required, ratio: capacityRps === null ? null : capacityRps / settings.productionPeak };
        // A failure the service owns at or below the required rate: a fail. Not shown to hold, or not tried: inconclusive.
        const ownFailure = steps.find((s) => s.outcome !== 'pass' && !s.cancelled && s.rate <= required && s.verdict === 'fail');
        if (capacityRps !== null && capacityRps >= required)
            verdict = 'pass';
        else if (ownFailure) {
            verdict = 'fail';
            reasons.push(`at ${ownFailure.rate} req/s, at or under the ${required} req/s required (${settings.minHeadroom}× production's peak ${settings.productionPeak}), the service did not hold its SLOs: ${ownFailure.reasons.join('; ')}`);
        }
        else {
            verdict = 'inconclusive';
            reasons.push(`not shown to sustain the ${required} req/s required (${settings.minHeadroom}× production's peak ${settings.productionPeak}) before the search stopped (${why}), nor shown not to`);
        }
    }
    else if (capacityRps !== null)
        verdict = 'pass';
    else if (why === 'nothing passed' && steps.some((s) => s.verdict === 'fail' || s.outcome === 'hard')) {
        verdict = 'fail';
        reasons.push(`no rate down to ${Math.max(0.1, settings.fromRate / 64)} req/s held the SLOs`);
    }
    else {
        verdict = 'inconclusive';
        reasons.push(`no capacity confirmed before the search stopped (${why})`);
    }
    if (why === 'unreachable')
        verdict = 'fail';
    return {
        kind: 'capacity',
        target: (0,redact/* redactUrl */.BO)(plan.target),
        startedAt: startedAt.toISOString(),
        endedAt: endedAt.toISOString(),
        settings: { fromRate: settings.fromRate, toRate: settings.toRate, maxDurationSeconds: settings.maxDurationMs / 1000, cooldownSeconds: settings.cooldownMs / 1000, resolutionPercent: settings.resolution * 100, ceilingMs: settings.ceilingMs },
        steps,
        capacityRps,
        bracket: { highestPass: bracket.highestPass, lowestFail: bracket.lowestFail },
        broke: brokeStep ? { rate: brokeStep.rate, reasons: brokeStep.reasons } : null,
        kneeRps: kneeOf(steps.filter((s) => s.outcome !== 'hard' && !s.cancelled).map((s) => ({ rate: s.rate, latencyMs: s.latencyMs.p95 }))),
        stopped: steps.some((s) => s.outcome === 'hard') && why === 'converged' ? 'converged' : why,
        headroom,
        verdict,
        reasons,
        exitCode: why === 'unreachable' ? model/* EXIT_CODES */.ai.unreachable : verdict === 'pass' ? 0 : verdict === 'fail' ? 1 : model/* EXIT_CODES */.ai.inconclusive,
    };
}

// EXTERNAL MODULE: ./src/app/mode-names.ts
var mode_names = __webpack_require__(49525);
// EXTERNAL MODULE: ./src/app/run.ts + 22 modules
var run = __webpack_require__(91324);
// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __webpack_require__(11012);
// EXTERNAL MODULE: ./src/config/load.ts + 19 modules
var load = __webpack_require__(897);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: ./src/model/options.ts
var options = __webpack_require__(8247);
;// CONCATENATED MODULE: ./src/report/capacity.ts
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
        s.cancelled ? 'cancelled' : s.outcome === 'pass' ? 'pass' : s.outcome === 'hard' ? 'HARD STOP' : 'not sustained',
        s.reasons.join('; '),
    ]);
}
const HEADERS = ['#', 'Step', 'Offered req/s', 'Achieved req/s', 'p50 / p95 / p99 ms', 'Errors', 'Outcome', 'Why'];
/** headline: the answer in one sentence. */
function capacityHeadline(report) {
    const { capacityRps, bracket, headroom } = report;
    const found = capacityRps !== null
        ? `sustains ${fmt(capacityRps)} req/s within its SLOs${bracket.lowestFail !== null ? ` (not ${fmt(bracket.lowestFail)})` : ` (every rate up to --to ${fmt(report.settings.toRate)} passed)`}`
        : bracket.highestPass !== null
            ? `passed ${fmt(bracket.highestPass)} req/s once, not confirmed`
            : 'sustained no rate tried within its SLOs';
    const gate = headroom ? `; production's peak ${fmt(headroom.productionPeakRps)} req/s${headroom.ratio !== null ? `, headroom ${Math.round(headroom.ratio * 100) / 100}×` : ''}, required ${fmt(headroom.required)} req/s` : '';
    return `${report.target} ${found}${gate}: ${report.verdict}`;
}
function renderCapacityText(report) {
    const table = [HEADERS, ...rows(report)];
    const widths = HEADERS.map((_, i) => Math.max(...table.map((r) => r[i].length)));
    const lines = table.map((r) => r.map((c, i) => (i >= 2 && i <= 5 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd());
    return [
        ...lines,
        '',
        capacityHeadline(report),
        ...(report.broke ? [`Broke at ${fmt(report.broke.rate)} req/s: ${report.broke.reasons.join('; ')}`] : []),
        ...(report.kneeRps !== null ? [`Latency starts to climb near ${fmt(report.kneeRps)} req/s (the knee of the curve).`] : []),
        `Stopped: ${report.stopped}.`,
        ...report.reasons.map((r) => `- ${r}`),
    ].join('\n');
}
function renderCapacityMarkdown(report) {
    const icon = report.verdict === 'pass' ? '✅' : report.verdict === 'fail' ? '❌' : '⚠️';
    return [
        `## ${icon} Capacity: ${report.capacityRps !== null ? `${fmt(report.capacityRps)} req/s` : 'not found'}`,
        '',
        capacityHeadline(report),
        '',
        `| ${HEADERS.join(' | ')} |`,
        `|${HEADERS.map((_, i) => (i >= 2 && i <= 5 ? '---:' : '---')).join('|')}|`,
        ...rows(report).map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
        '',
        ...(report.broke ? [`Broke at **${fmt(report.broke.rate)} req/s**: ${report.broke.reasons.join('; ')}`, ''] : []),
        ...(report.kneeRps !== null ? [`Latency starts to climb near ${fmt(report.kneeRps)} req/s (the knee of the curve).`, ''] : []),
        `Stopped: ${report.stopped}.`,
        ...report.reasons.map((r) => `- ${r}`),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/report/prometheus.ts
var prometheus = __webpack_require__(38720);
;// CONCATENATED MODULE: ./src/cli/capacity.ts
// `loadtest capacity --target URL [--from 50] [--to 5000] [--max-duration 10m]
// [--production-peak R|DIR --min-headroom 1.5x]`: the highest rate the service sustains within its
// SLOs, found by steps (app/capacity.ts), each step's line printed as it ends; the report printed
// and written (capacity.json, capacity.md in the report directory); the exit code a run's.













async function capacityCommand(args, io) {
    let settings;
    try {
        settings = settingsOf(args.capacity);
    }
    catch (error) {
        if (!(error instanceof CapacityUsage))
            throw error;
        io.err(`error: ${error.message}`);
        return model/* EXIT_CODES */.ai.config;
    }
    let plan;
    try {
        plan = (0,load/* loadPlan */.Y)({
            mode: { name: 'run', needs: mode_names/* MODE_NEEDS */.g.run },
            overrides: args.overrides,
            overrideSource: (o) => ({ kind: 'flag', flag: args.flagOf?.get(o.setting) ?? o.flag }),
            configFile: args.config ? { value: args.config, source: { kind: 'flag', flag: '--config' } } : null,
            environment: args.environment ? { value: args.environment, source: { kind: 'flag', flag: '--environment' } } : null,
            env: io.env,
            readFile: (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'),
            randomSeed: Math.floor(Math.random() * 2 ** 31),
        });
    }
    catch (error) {
        if (!(error instanceof issues/* ConfigError */.xL))
            throw error;
        for (const issue of error.issues)
            io.err(`error: ${(0,issues/* formatIssue */.Hd)(issue)}`);
        return model/* EXIT_CODES */.ai.config;
    }
    if (settings.productionPeak !== null && settings.minHeadroom !== null && settings.productionPeak * settings.minHeadroom > settings.toRate) {
        io.err(`error: --to ${settings.toRate} is under the ${settings.productionPeak * settings.minHeadroom} req/s the headroom gate needs shown (${settings.minHeadroom}× production's peak ${settings.productionPeak}): raise --to`);
        return model/* EXIT_CODES */.ai.config;
    }
    io.out(`Capacity search on ${plan.target}: from ${settings.fromRate} req/s, never above ${settings.toRate}, within ${settings.maxDurationMs / 1000}s, ${settings.cooldownMs / 1000}s between steps; a p99 of ${settings.ceilingMs} ms or half the requests failing stops the climb.`);
    const report = await searchCapacity(plan, settings, {
        measure: (stepPlan, watch) => (0,run/* runLoadTest */.O1)(stepPlan, { signal: watch.signal, onProgress: watch.onProgress }),
        monotonicMs: () => performance.now(),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        now: () => new Date(),
        signal: io.signal,
        onStep: (step, i) => io.out(`step ${i + 1} (${step.why}): ${step.rate} req/s offered, ${Math.round(step.achievedRps * 10) / 10} achieved, p95 ${Math.round(step.latencyMs.p95 * 10) / 10} ms, errors ${Math.round(step.errorRatePercent * 100) / 100}%: ${step.outcome === 'pass' ? 'pass' : `${step.outcome === 'hard' ? 'HARD STOP' : 'not sustained'}: ${step.reasons.join('; ')}`}`),
    });
    io.out('');
    io.out(renderCapacityText(report));
    await (0,promises_.mkdir)(plan.reportDir, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(plan.reportDir, 'capacity.json'), `${JSON.stringify(report, null, 2)}\n`);
    await (0,promises_.writeFile)((0,external_node_path_.join)(plan.reportDir, 'capacity.md'), renderCapacityMarkdown(report));
    await (0,promises_.writeFile)((0,external_node_path_.join)(plan.reportDir, 'metrics.prom'), (0,prometheus/* renderCapacityPrometheus */.T)(report, { environment: plan.environment, target: report.target }));
    io.out(`\nReports: ${(0,external_node_path_.join)(plan.reportDir, 'capacity.json')}, ${(0,external_node_path_.join)(plan.reportDir, 'capacity.md')}, ${(0,external_node_path_.join)(plan.reportDir, 'metrics.prom')}`);
    return report.exitCode;
}
class CapacityUsage extends Error {
}
function settingsOf(raw) {
    const rate = (flag, text, fallback) => {
        if (text === null)
            return fallback;
        const value = Number(/^\s*([\d.]+)\s*(?:req\/s(?:ec)?|rps)?\s*$/i.exec(text)?.[1]);
        if (!(value > 0))
            throw new CapacityUsage(`${flag}: expected a rate in requests per second like 100, got '${text}'`);
        return value;
    };
    const duration = (flag, text, fallbackMs, minMs) => {
        if (text === null)
            return fallbackMs;
        const parsed = (0,units/* parseDuration */.E9)(text, 's', '10m');
        if (!parsed.ok || parsed.value < minMs)
            throw new CapacityUsage(`${flag}: expected a duration like 10m${minMs > 0 ? ` (at least ${minMs / 1000}s)` : ''}, got '${text}'`);
        return parsed.value;
    };
    const fromRate = rate('--from', raw.from, 10);
    const toRate = rate('--to', raw.to, 10_000);
    if (fromRate > toRate)
        throw new CapacityUsage(`--from ${fromRate} is above --to ${toRate}`);
    const ceiling = duration('--ceiling', raw.ceiling, 5000, 1);
    let minHeadroom = null;
    if (raw.minHeadroom !== null) {
        const read = (0,options/* readScale */.RS)(raw.minHeadroom);
        if (!read.ok)
            throw new CapacityUsage(`--min-headroom: expected a multiple of production's peak like 1.5x, got '${raw.minHeadroom}'`);
        minHeadroom = read.value;
    }
    const productionPeak = raw.productionPeak === null ? null : peakOf(raw.productionPeak);
    if ((productionPeak === null) !== (minHeadroom === null))
        throw new CapacityUsage('the headroom gate needs both --production-peak and --min-headroom');
    return {
        fromRate,
        toRate,
        maxDurationMs: duration('--max-duration', raw.maxDuration, 10 * 60_000, 10_000),
        cooldownMs: duration('--cooldown', raw.cooldown, 5000, 0),
        ceilingMs: ceiling,
        resolution: 0.05,
        growth: 2,
        minStepMs: duration('--step-duration', raw.stepDuration, 5000, 1000),
        productionPeak,
        minHeadroom,
    };
}
/** peakOf: production's peak: a number, or what `loadtest model` found (its folder, or its model.json): the busiest minute's rate. */
function peakOf(text) {
    const number = Number(/^\s*([\d.]+)\s*(?:req\/s(?:ec)?|rps)?\s*$/i.exec(text)?.[1]);
    if (number > 0)
        return number;
    let file = text;
    try {
        if ((0,external_node_fs_.statSync)(text).isDirectory())
            file = (0,external_node_path_.join)(text, 'model.json');
        const facts = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (typeof facts.peakMinutePerSecond === 'number' && facts.peakMinutePerSecond > 0)
            return facts.peakMinutePerSecond;
        throw new Error('it holds no peakMinutePerSecond');
    }
    catch (error) {
        const code = error.code;
        throw new CapacityUsage(`--production-peak: expected a rate like 1200 or a \`loadtest model\` folder (its model.json), got '${text}'${code === 'ENOENT' ? ' (no such file)' : error instanceof SyntaxError ? ' (not JSON)' : `: ${error.message}`}`);
    }
}


/***/ })

};
