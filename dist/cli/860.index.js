export const id = 860;
export const ids = [860];
export const modules = {

/***/ 2860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  capacityCommand: () => (/* binding */ capacityCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __webpack_require__(11012);
// EXTERNAL MODULE: ./src/config/load.ts + 20 modules
var load = __webpack_require__(79723);
// EXTERNAL MODULE: ./src/report/capacity.ts
var capacity = __webpack_require__(63632);
// EXTERNAL MODULE: ./src/report/html/capacity.ts
var html_capacity = __webpack_require__(75592);
// EXTERNAL MODULE: ./src/report/prometheus.ts
var prometheus = __webpack_require__(38720);
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
        return { kind: 'step', rate: Math.min(options.toRate, round(options.fromRate)), why: 'probe' };
    const { highestPass, lowestFail, confirmed } = bracketOf(steps);
    if (highestPass === null) {
        // Nothing passed yet: step down by the growth factor from the lowest failure.
        const down = round(lowestFail / options.growth);
        return down < options.floorRate ? { kind: 'done', why: 'nothing passed' } : { kind: 'step', rate: down, why: 'probe' };
    }
    const confirm = (why) => (confirmed ? { kind: 'done', why } : { kind: 'step', rate: highestPass, why: 'confirm' });
    if (lowestFail === null) {
        if (highestPass >= options.toRate)
            return confirm('reached the upper bound');
        return { kind: 'step', rate: Math.min(options.toRate, round(highestPass * options.growth)), why: 'probe' };
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
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
;// CONCATENATED MODULE: ./src/app/capacity-protocol.ts
// Which HTTP a capacity search's steps go over, settled once before any load. Each step is a run of
// its own (app/run runLoadTest on one target), and under http_version auto each would settle its
// own version at its pre-flight: a canary searched over h2 beside a production searched over
// HTTP/1.1 would be compared as if alike. So both targets are settled first, as a canary run's
// are (app/settle-arms.ts: pre-flighted, made to share one version; an arm that cannot share fails
// before any load), and every step's plan is then pinned to what was settled: http_version 1.1 or 2, which a step's own pre-flight can only
// confirm or fail, never settle differently.
/**
 * pinnedTo: a step's plan with http_version set to the version its target settled: '1.1' offers
 * only http/1.1 by ALPN (or speaks HTTP/1.1 over http://), '2' requires h2 (by ALPN over TLS, h2c
 * by prior knowledge over http://), so the step's own pre-flight cannot settle another.
 */
function pinnedTo(plan, protocol) {
    return { ...plan, http: { ...plan.http, version: protocol.version } };
}

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
        // A step passes on its SLOs' upper bounds: a value too close to call is not a pass.
        decision: 'confident',
        // Only the first step waits for a target that is still starting: one that goes away mid-search is unreachable at once.
        waitForReadyMs: index === 0 ? plan.waitForReadyMs : 0,
        load: { ...plan.load, model: 'open', pattern: 'sustained', profile: [{ durationMs, from: rate, to: rate }], durationMs, warmupMs, peakRate: rate, peakUsers: 0, minRequests, abortOnFail: true, seed: plan.load.seed + index },
    };
}
/**
 * ERROR_EVIDENCE: errors' worth of requests a step needs under an error-rate SLO (10 / 0.5% =
 * 2,000): with none or a few errors, the upper bound of the rate must come under the limit, or a
 * healthy service could never pass (0 errors in 500 requests still leaves 0.76% possible).
 */
const ERROR_EVIDENCE = 10;
/**
 * requestsPerStep: the measured requests a step needs for every SLO to be decidable on a healthy
 * service: the judged latency tail (pacing/capacity stepRequests) and the error rate, run-wide and
 * for each endpoint with SLOs of its own (which sees only its share of the requests).
 */
function requestsPerStep(plan) {
    const forScope = (t) => {
        const percentiles = config_plan/* LATENCY_KEYS */.SD.filter((k) => t[k] !== undefined).map((k) => (k === 'p999' ? 99.9 : Number(k.slice(1))));
        const tail = stepRequests(percentiles.length ? Math.max(...percentiles) : null, 0);
        const errors = t.error_rate ? Math.ceil(ERROR_EVIDENCE / Math.max(t.error_rate.value / 100, 1e-4)) : 0;
        return Math.max(tail, errors);
    };
    const perEndpoint = plan.endpoints.filter((e) => e.weight > 0 && Object.keys(e.thresholds).length > 0).map((e) => Math.ceil(forScope(e.thresholds) / e.weight));
    return Math.max(plan.load.minRequests, forScope(plan.thresholds), ...perEndpoint);
}
/**
 * searchCapacity: the search on the plan's target, and on production's beside it when
 * settings.productionUrl is set: their steps alternate (a canary step, then production's), so
 * both are measured under the same conditions, within one budget, over one HTTP version: settled
 * for both before the first step, and every step pinned to it.
 */
async function searchCapacity(plan, settings, ports) {
    const startedAt = ports.now();
    const began = ports.monotonicMs();
    const warmupMs = Math.max(1000, plan.load.warmupMs);
    const requests = requestsPerStep(plan);
    const arms = [plan.target, ...(settings.productionUrl ? [settings.productionUrl] : [])].map((target) => ({ target, steps: [], search: [], stopped: null, protocol: null }));
    let stepsRun = 0;
    let turn = 0;
    const stopAll = (why) => {
        for (const arm of arms)
            arm.stopped ??= why;
    };
    // Both arms over one HTTP version, or no load at all: as a canary run's pre-flight does.
    const settled = await ports.settle(plan, arms.map((arm) => arm.target));
    if (!settled.ok) {
        stopAll('unreachable');
        return finish(plan, settings, arms, startedAt, ports.now(), settled.reason);
    }
    for (const [i, arm] of arms.entries())
        arm.protocol = settled.protocols[i];
    for (;;) {
        const open = arms.filter((arm) => arm.stopped === null);
        if (open.length === 0)
            break;
        if (ports.signal?.aborted) {
            stopAll('cancelled');
            break;
        }
        const arm = open[turn++ % open.length];
        const next = nextStep(arm.search, { fromRate: settings.fromRate, toRate: settings.toRate, growth: settings.growth, resolution: settings.resolution, floorRate: Math.max(0.1, settings.fromRate / 64) });
        if (next.kind === 'done') {
            arm.stopped = next.why;
            continue;
        }
        const measuredMs = Math.max(settings.minStepMs, Math.ceil((requests / next.rate) * 1000));
        const elapsed = ports.monotonicMs() - began;
        // The next step (with the pause before it) must fit in what is left of the budget, drain included.
        if (elapsed + (stepsRun > 0 ? settings.cooldownMs : plan.waitForReadyMs) + warmupMs + measuredMs + plan.load.timeoutMs > settings.maxDurationMs) {
            stopAll('time budget');
            break;
        }
        if (stepsRun > 0)
            await pause(ports, settings.cooldownMs);
        if (ports.signal?.aborted) {
            stopAll('cancelled');
            break;
        }
        // The hard limits, watched second by second: the step stops at once rather than hammer a service that is falling over.
        const stop = new AbortController();
        const onUserStop = () => stop.abort();
        ports.signal?.addEventListener('abort', onUserStop, { once: true });
        let hardStop = null;
        let unanswered = 0;
        const onProgress = (view) => {
            if (hardStop !== null)
                return;
            // From the first second: errors in the warm-up are the service's too. A service that stops
            // answering shows as arrivals without responses: three such seconds in a row are a hard stop.
            unanswered = view.arrivals >= 5 && view.requests < 0.1 * view.arrivals && view.elapsedMs > 1000 ? unanswered + 1 : 0;
            hardStop = unanswered >= 3 ? `the service answered ${view.requests} of ${view.arrivals} requests in a second` : hardLimit(view.requests, view.errors, view.p95Ms, settings.ceilingMs);
            if (hardStop !== null)
                stop.abort();
        };
        const step = pinnedTo(stepPlan(plan, next.rate, warmupMs, measuredMs, Math.min(requests, Math.floor((next.rate * measuredMs) / 1000)), stepsRun), arm.protocol);
        const report = await ports.measure({ ...step, target: arm.target }, { signal: stop.signal, onProgress });
        ports.signal?.removeEventListener('abort', onUserStop);
        stepsRun++;
        if (report.status === 'unreachable') {
            arm.steps.push(stepOf(next.rate, next.why, report, 'fail', report.reasons));
            arm.stopped = 'unreachable';
            stopAll('unreachable');
            break;
        }
        if (ports.signal?.aborted && hardStop === null) {
            // Cut short by the user: reported, but no evidence either way for the search.
            arm.steps.push({ ...stepOf(next.rate, next.why, report, 'fail', ['cancelled before the step ended: not judged']), cancelled: true });
            stopAll('cancelled');
            break;
        }
        const { outcome, reasons } = hardStop !== null ? { outcome: 'hard', reasons: [`${hardStop}: stopped the step and offered no more`] } : outcomeOf(next.rate, report, settings.ceilingMs);
        const measured = stepOf(next.rate, next.why, report, outcome, reasons);
        arm.steps.push(measured);
        arm.search.push({ rate: next.rate, outcome, confirm: next.why === 'confirm' });
        ports.onStep?.(measured, arm.steps.length - 1, arms.length > 1 ? (arm === arms[0] ? 'canary' : 'production') : null);
    }
    return finish(plan, settings, arms, startedAt, ports.now());
}
/** pause: the cool-down between steps, cut short when the user stops the search. */
async function pause(ports, ms) {
    if (!ports.signal)
        return ports.sleep(ms);
    if (ports.signal.aborted)
        return;
    let onAbort = () => undefined;
    await Promise.race([ports.sleep(ms), new Promise((resolve) => ports.signal.addEventListener('abort', (onAbort = () => resolve()), { once: true }))]);
    ports.signal.removeEventListener('abort', onAbort);
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
    if (overall.latencyMs.p95 >= ceilingMs)
        return { outcome: 'hard', reasons: [`p95 ${Math.round(overall.latencyMs.p95)} ms reached the ceiling of ${ceilingMs} ms: not offering more`] };
    if (overall.requests < 0.5 * rate * report.measuredSeconds)
        return { outcome: 'hard', reasons: [`the service answered ${overall.requests} of about ${Math.round(rate * report.measuredSeconds)} requests: not offering more`] };
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
/** armResult: one target's answer: the confirmed capacity, the bracket, the step that broke it, the knee. */
function armResult(arm) {
    const bracket = bracketOf(arm.search);
    const brokeStep = bracket.lowestFail === null ? null : arm.steps.find((s) => s.rate === bracket.lowestFail && s.outcome !== 'pass' && !s.cancelled);
    return {
        target: (0,redact/* redactUrl */.BO)(arm.target),
        steps: arm.steps,
        capacityRps: bracket.confirmed ? bracket.highestPass : null,
        bracket: { highestPass: bracket.highestPass, lowestFail: bracket.lowestFail },
        broke: brokeStep ? { rate: brokeStep.rate, reasons: brokeStep.reasons } : null,
        kneeRps: kneeOf(arm.steps.filter((s) => s.outcome !== 'hard' && !s.cancelled).map((s) => ({ rate: s.rate, latencyMs: s.latencyMs.p95 }))),
        stopped: arm.stopped ?? 'cancelled',
        protocol: arm.protocol && capacityProtocol(arm.protocol),
    };
}
/** capacityProtocol: what the report records of a settled protocol: the version, how, what was asked, ALPN's choice, and whether it was settled again to share. */
function capacityProtocol(p) {
    return { version: p.version, how: p.how, asked: p.asked, alpn: p.alpn, ...(p.sharedVersion ? { sharedVersion: true } : {}) };
}
/** finish: the report; `notReached`: why no load was sent at all (a pre-flight failed, or the arms could not share an HTTP version). */
function finish(plan, settings, arms, startedAt, endedAt, notReached = null) {
    const canary = armResult(arms[0]);
    const production = arms[1] ? armResult(arms[1]) : null;
    const { capacityRps, steps } = canary;
    const why = canary.stopped;
    const reasons = notReached === null ? [] : [notReached];
    let verdict;
    let headroom = null;
    let comparison = null;
    if (production) {
        comparison = compareCapacities(canary, production, settings);
        verdict = comparison.verdict;
        reasons.push(comparison.sentence);
    }
    else if (settings.productionPeak !== null && settings.minHeadroom !== null) {
        const required = settings.productionPeak * settings.minHeadroom;
        headroom = { productionPeakRps: settings.productionPeak, required, ratio: capacityRps === null ? null : capacityRps / settings.productionPeak };
        // A failure the service owns at or below the required rate: a fail. Not shown to hold, or not tried: inconclusive.
        const ownFailure = steps.find((s) => !s.cancelled && s.rate <= required && (s.outcome === 'hard' || (s.outcome === 'fail' && s.verdict === 'fail')));
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
    const unreachable = why === 'unreachable' || production?.stopped === 'unreachable';
    if (unreachable)
        verdict = 'fail';
    return {
        schemaVersion: model/* SCHEMA_VERSION */.f$,
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        mode: 'capacity',
        ...canary,
        target: (0,redact/* redactUrl */.BO)(plan.target),
        startedAt: startedAt.toISOString(),
        endedAt: endedAt.toISOString(),
        settings: { fromRate: settings.fromRate, toRate: settings.toRate, maxDurationSeconds: settings.maxDurationMs / 1000, cooldownSeconds: settings.cooldownMs / 1000, resolutionPercent: settings.resolution * 100, ceilingMs: settings.ceilingMs },
        slosMs: Object.fromEntries(config_plan/* LATENCY_KEYS */.SD.flatMap((k) => (plan.thresholds[k] ? [[k, plan.thresholds[k].value]] : []))),
        headroom,
        production,
        comparison,
        verdict,
        reasons,
        exitCode: unreachable ? model/* EXIT_CODES */.ai.unreachable : verdict === 'pass' ? 0 : verdict === 'fail' ? 1 : model/* EXIT_CODES */.ai.inconclusive,
    };
}
/**
 * compareCapacities: the canary's capacity against production's, as a change with an interval:
 * each true capacity lies in its bracket (highest passing to lowest failing rate), so the change
 * lies between the worst and best pairing. Worse than the allowed drop for certain: fail; no worse
 * for certain: pass; else inconclusive. Both sustaining the upper bound shows no drop within it.
 */
function compareCapacities(canary, production, settings) {
    const allowed = settings.maxDropPercent;
    const top = (arm) => arm.bracket.lowestFail ?? (arm.capacityRps !== null && arm.capacityRps >= settings.toRate ? Infinity : null);
    const [cLow, cHigh, pLow, pHigh] = [canary.capacityRps, top(canary), production.capacityRps, top(production)];
    const pct = (x) => Math.round(x * 1000) / 10;
    if (cLow !== null && pLow !== null && cHigh === Infinity && pHigh === Infinity) {
        return { changePercent: 0, interval: null, maxDropPercent: allowed, verdict: 'pass', sentence: `both sustained every rate up to the upper bound (${settings.toRate} req/s): no drop shown within it` };
    }
    const change = cLow !== null && pLow !== null ? cLow / pLow - 1 : null;
    const low = cLow !== null && pHigh !== null && pHigh !== Infinity ? cLow / pHigh - 1 : cLow === null && pLow !== null ? null : null;
    const high = cHigh !== null && pLow !== null ? (cHigh === Infinity ? Infinity : cHigh / pLow - 1) : null;
    const described = change === null ? 'could not be compared' : `sustains ${pct(Math.abs(change))}% ${change < 0 ? 'less' : 'more'} than production`;
    const interval = low !== null && high !== null && high !== Infinity ? [pct(low), pct(high)] : null;
    const range = interval ? ` (between ${interval[0]}% and ${interval[1] > 0 ? '+' : ''}${interval[1]}%)` : '';
    if (high !== null && high !== Infinity && high < -allowed / 100)
        return { changePercent: change === null ? null : pct(change), interval, maxDropPercent: allowed, verdict: 'fail', sentence: `the canary ${described}${range}: more than the ${allowed}% drop allowed` };
    if (low !== null && low >= -allowed / 100)
        return { changePercent: change === null ? null : pct(change), interval, maxDropPercent: allowed, verdict: 'pass', sentence: `the canary ${described}${range}: within the ${allowed}% drop allowed` };
    return { changePercent: change === null ? null : pct(change), interval, maxDropPercent: allowed, verdict: 'inconclusive', sentence: `the canary ${described}${range}: not shown to be within the ${allowed}% drop allowed, nor beyond it` };
}

// EXTERNAL MODULE: ./src/app/capacity-settings.ts
var capacity_settings = __webpack_require__(7853);
// EXTERNAL MODULE: ./src/app/settle-arms.ts
var settle_arms = __webpack_require__(99770);
// EXTERNAL MODULE: ./src/app/mode-names.ts
var mode_names = __webpack_require__(49525);
// EXTERNAL MODULE: ./src/app/run.ts + 26 modules
var run = __webpack_require__(99908);
;// CONCATENATED MODULE: ./src/app/capacity-run.ts
// A capacity search from either entry: the settings read, the plan loaded (as a run's: the same
// config, environment, variables and flags or inputs), the search run, its reports written to the
// plan's report directory. Refusals (a setting, a config error) come back before any load.














async function runCapacity(request, ports) {
    let settings;
    try {
        settings = (0,capacity_settings/* readCapacitySettings */.qQ)(request.settings, request.vocabulary);
    }
    catch (error) {
        if (!(error instanceof capacity_settings/* CapacitySettingsError */.qj))
            throw error;
        return { kind: 'refused', message: error.message, issues: [] };
    }
    let plan;
    try {
        plan = (0,load/* loadPlan */.Y)({ ...request.plan, mode: { name: 'run', needs: { ...mode_names/* MODE_NEEDS */.g.run, canary: 'allowed', shard: false, baselineIgnored: 'in a capacity search: each step is judged by its SLOs alone' } }, env: ports.env, readFile: (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'), vocabulary: request.vocabulary });
    }
    catch (error) {
        if (!(error instanceof issues/* ConfigError */.xL))
            throw error;
        return { kind: 'refused', message: `${error.issues.length} configuration error${error.issues.length === 1 ? '' : 's'}; nothing was run`, issues: [...error.issues] };
    }
    // What a search cannot judge is refused, not left to fail every step.
    const refusal = capacityRefusal(plan);
    if (refusal)
        return { kind: 'refused', message: refusal, issues: [] };
    // A production URL from the config (canary.production_url) is the comparison's, as the flag's would be.
    if (settings.productionUrl === null && plan.canary)
        settings = { ...settings, productionUrl: plan.canary.productionUrl };
    // What a config file set that a search does not do is said, not dropped.
    const unused = [plan.rollback && 'rollback', plan.pushgateway && 'the Pushgateway', plan.remoteWrite && 'Prometheus remote write', plan.otlp && 'OTLP', plan.slack && 'Slack', plan.exports.locustCsv !== null && 'report.export'].filter((x) => typeof x === 'string');
    const notices = [...plan.notices, ...(unused.length ? [`not used by a capacity search: ${unused.join(', ')}`] : [])];
    ports.started?.(plan, `${notices.map((n) => `notice: ${n}\n`).join('')}Capacity search on ${(0,redact/* redactUrl */.BO)(plan.target)}${settings.productionUrl ? ` beside production ${(0,redact/* redactUrl */.BO)(settings.productionUrl)}` : ''}: from ${settings.fromRate} req/s, never above ${settings.toRate}, within ${settings.maxDurationMs / 1000}s, ${settings.cooldownMs / 1000}s between steps; half a second's requests failing or a p95 of ${settings.ceilingMs} ms stops the climb.`);
    const report = await searchCapacity(plan, settings, { ...ports, measure: ports.measure ?? ((step, watch) => (0,run/* runLoadTest */.O1)(step, { signal: watch.signal, onProgress: watch.onProgress })), settle: ports.settle ?? ((p, targets) => (0,settle_arms/* settleArms */.n3)(p, targets)) });
    await (0,promises_.mkdir)(plan.reportDir, { recursive: true });
    // The names a run's report directory has, so whatever collects them finds a search's too.
    const files = { json: (0,external_node_path_.join)(plan.reportDir, 'results.json'), markdown: (0,external_node_path_.join)(plan.reportDir, 'performance_report.md'), html: (0,external_node_path_.join)(plan.reportDir, 'report.html'), metrics: (0,external_node_path_.join)(plan.reportDir, 'metrics.prom') };
    // Secrets (header values) must not reach a file even through a step's reason: scrubbed, as a run's reports are.
    const safe = (0,redact/* scrubStrings */.aV)(report, plan.secrets);
    await (0,promises_.writeFile)(files.json, `${JSON.stringify(safe, null, 2)}\n`);
    await (0,promises_.writeFile)(files.markdown, (0,capacity/* renderCapacityMarkdown */.cD)(safe));
    await (0,promises_.writeFile)(files.html, (0,html_capacity/* renderCapacityHtml */.w)(safe));
    await (0,promises_.writeFile)(files.metrics, (0,prometheus/* renderCapacityPrometheus */.T7)(safe, { environment: plan.environment, target: safe.target }));
    return { kind: 'judged', plan, report: safe, files };
}
/**
 * capacityRefusal: what a plan asks that a search cannot honestly do: flows (their rate counts
 * iterations, not requests, so --to and the achieved rate would not be requests a second), a
 * throughput SLO (the search sets the rate), CPU and memory SLOs (not sampled during steps yet).
 */
function capacityRefusal(plan) {
    if (plan.flows)
        return 'a capacity search offers requests a second, and this config has flows (whose rate counts iterations): search with plain endpoints';
    const scopes = [plan.thresholds, ...plan.endpoints.map((e) => e.thresholds)];
    if (scopes.some((t) => t.throughput !== undefined))
        return 'a throughput SLO does not apply to a capacity search: the search sets the rate (remove thresholds.throughput for it)';
    if (plan.resources)
        return 'CPU and memory SLOs are not sampled during a capacity search yet: remove the resources section (or its thresholds) for it';
    return null;
}

// EXTERNAL MODULE: ./src/cli/run-plan.ts + 37 modules
var run_plan = __webpack_require__(68372);
;// CONCATENATED MODULE: ./src/cli/capacity.ts
// `loadtest capacity --target URL [--from 50] [--to 5000] [--max-duration 10m]
// [--production-peak R|DIR --min-headroom 1.5x]`: the highest rate the service sustains within its
// SLOs, found by steps (app/capacity.ts), each step's line printed as it ends; the report printed
// and written (results.json, performance_report.md, report.html, metrics.prom in the report
// directory, as a run's are named); the exit code a run's.





async function capacityCommand(args, io) {
    const outcome = await runCapacity({
        plan: (0,run_plan/* planChoice */.R)(args),
        settings: args.capacity,
        vocabulary: 'cli',
    }, {
        env: io.env,
        monotonicMs: () => performance.now(),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        now: () => new Date(),
        signal: io.signal,
        started: (_, text) => io.out(text),
        onStep: (step, i, arm) => io.out((0,capacity/* stepLine */.l6)(step, i, arm)),
    });
    if (outcome.kind === 'refused') {
        for (const issue of outcome.issues)
            io.err(`error: ${(0,issues/* formatIssue */.Hd)(issue)}`);
        io.err(outcome.issues.length ? `${outcome.message}.` : `error: ${outcome.message}`);
        return model/* EXIT_CODES */.ai.config;
    }
    const { report, files } = outcome;
    io.out('');
    io.out((0,capacity/* renderCapacityText */.w)(report));
    io.out(`\nReports: ${files.json}, ${files.markdown}, ${files.html}, ${files.metrics}`);
    return report.exitCode;
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
