export const id = 723;
export const ids = [723];
export const modules = {

/***/ 79723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ loadPlan)
});

// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(55285);
// EXTERNAL MODULE: ./src/config/issues.ts
var config_issues = __webpack_require__(11012);
// EXTERNAL MODULE: ./src/config/overrides.ts
var overrides = __webpack_require__(90423);
// EXTERNAL MODULE: ./src/flow/capture.ts
var capture = __webpack_require__(72722);
// EXTERNAL MODULE: ./src/flow/check.ts
var check = __webpack_require__(92252);
// EXTERNAL MODULE: ./src/template/parse.ts
var parse = __webpack_require__(77865);
// EXTERNAL MODULE: ./src/config/sections/requests.ts
var requests = __webpack_require__(65277);
;// CONCATENATED MODULE: ./src/config/sections/flows.ts
// The flows section: load_test.flows, setup and on_start, checked before any load (every mistake
// at once, each on its line): a variable used before any step captures it, captures named like a
// variable, templates, JSON paths and regexes (read in config/steps.ts). Each measured step becomes
// a row of plan.endpoints, named by its flow and step (never by a rendered URL, so 10,000 IDs make
// one row); plain endpoints with checks, or with setup / on_start, run as one-step flows.




/** DEFAULT_MAX_BODY_BYTES: how much of a body a step that reads it keeps, unless load_test.max_body says otherwise. */
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/**
 * resolveFlows: the endpoints (one row per measured step) and the flows plan. `endpoints` are the
 * plain endpoints already resolved (run as one-step flows when setup or on_start is given, or when
 * they check their responses); `known` are the run's variables and data columns.
 */
function resolveFlows(specs, endpoints, issues, known, globalHeaders, notices = []) {
    const sessions = specs.setup !== undefined || specs.onStart !== undefined;
    if (specs.flows && endpoints.specs) {
        issues.push({ source: endpoints.source, message: 'give load_test.endpoints or load_test.flows, not both: a flow step is an endpoint with its place in a sequence' });
        return { endpoints: [], flows: null };
    }
    const checked = endpoints.plans.some((e) => e.checks.length > 0);
    if (!specs.flows && !sessions && !checked)
        return { endpoints: endpoints.plans, flows: null };
    const maxBodyBytes = specs.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    // Every capture, wherever it is, so a variable used too early can be told where it is captured.
    const captures = [];
    const note = (steps, where) => steps?.forEach((s, i) => s.captures.forEach((c) => captures.push({ variable: c.plan.variable, where: where(i) })));
    note(specs.setup, (i) => `setup step ${i + 1}`);
    note(specs.onStart, (i) => `on_start step ${i + 1}`);
    specs.flows?.forEach((flow) => note(flow.steps, (i) => `step ${i + 1} of flow ${flow.name}`));
    for (const capture of captures) {
        const binding = known.get(capture.variable);
        if (binding)
            issues.push({ source: sourceOfCapture(specs, capture), message: `${capture.where} captures '${capture.variable}', which is also ${binding.kind === 'row' ? 'a data file column' : 'a variable of load_test.variables'}: a template could not tell which to read; rename the capture` });
    }
    const rows = [];
    const available = new Map(known);
    const session = (names) => {
        for (const name of names)
            if (!known.has(name))
                available.set(name, { kind: 'session' });
    };
    const stepsOf = (steps, scope, measured, weightOf) => steps.map((spec, i) => {
        const request = requestOf(spec, scope.rowName(spec), weightOf(i), available, captures, scope.label(i), issues, globalHeaders);
        session(spec.captures.map((c) => c.plan.variable));
        const plan = { endpoint: measured ? rows.push(request) - 1 : -1, request, captures: spec.captures.map((c) => c.plan), thinkTime: spec.thinkTime, keep: keepOf(spec.captures.map((c) => c.plan), request, maxBodyBytes) };
        if (!measured && Object.keys(spec.thresholds).length > 0)
            issues.push({ source: spec.source, message: `setup step '${spec.name}' has thresholds, but setup runs before the load and is not measured; put them on a flow step` });
        if (!measured && spec.regression)
            issues.push({ source: spec.source, message: `setup step '${spec.name}' has regression rules, but setup runs before the load and is not measured; put them on a flow step` });
        return plan;
    });
    const setup = stepsOf(specs.setup ?? [], { label: (i) => `setup step ${i + 1}`, rowName: (s) => `setup › ${s.name}` }, false, () => 0);
    const onStart = stepsOf(specs.onStart ?? [], { label: (i) => `on_start step ${i + 1}`, rowName: (s) => `on_start › ${s.name}` }, true, () => 0);
    const userScope = new Map(available);
    let flows;
    if (specs.flows) {
        const given = specs.flows.filter((f) => f.weight !== null).length;
        if (given > 0 && given < specs.flows.length)
            issues.push({ source: specs.flows[0].source, message: `give every flow a weight or none (equal shares): ${specs.flows.length - given} of ${specs.flows.length} have none` });
        const weights = specs.flows.map((f) => f.weight ?? 1);
        const sum = weights.reduce((a, b) => a + b, 0);
        if (!(sum > 0))
            issues.push({ source: specs.flows[0].source, message: 'flow weights sum to 0; at least one flow needs a positive weight' });
        // A step's share of requests: its flow's share of iterations over the requests an average iteration sends.
        const perIteration = specs.flows.reduce((total, f, i) => total + (weights[i] / (sum || 1)) * f.steps.length, 0);
        flows = specs.flows.map((flow, f) => {
            // Captures last one iteration: each flow starts from what setup and on_start captured.
            available.clear();
            for (const [name, binding] of userScope)
                available.set(name, binding);
            const share = weights[f] / (sum || 1);
            const steps = stepsOf(flow.steps, { label: (i) => `step ${i + 1} of flow ${flow.name}`, rowName: (s) => `${flow.name} › ${s.name}` }, true, () => share / (perIteration || 1));
            return { name: flow.name, weight: share, steps };
        });
    }
    else {
        // Plain endpoints (or the target itself) as one-step flows: each keeps its name, weight and
        // checks, its templates already checked against setup's and on_start's captures (sessionBindings).
        flows = endpoints.plans.map((plan) => {
            const request = { ...plan, session: true };
            const step = { endpoint: rows.push(request) - 1, request, captures: [], thinkTime: null, keep: keepOf([], request, maxBodyBytes) };
            return { name: plan.name, weight: plan.weight, steps: [step] };
        });
    }
    const heldSteps = [...setup, ...onStart, ...flows.flatMap((f) => f.steps)].filter((s) => s.request.withoutHeaders);
    for (const header of new Set(heldSteps.flatMap((s) => s.request.withoutHeaders))) {
        const steps = heldSteps.filter((s) => s.request.withoutHeaders.includes(header)).map((s) => s.request.name);
        notices.push(`load_test.headers ${header} reads a variable captured by a step: it is sent once that capture is made, not on ${steps.join(', ')}`);
    }
    return { endpoints: rows, flows: { setup, onStart, flows, maxBodyBytes, captured: [...new Set(captures.map((c) => c.variable))].filter((name) => !known.has(name)) } };
}
/** sessionBindings: `known` with what setup and on_start capture: every plain endpoint may read those. */
function sessionBindings(specs, known) {
    const out = new Map(known);
    for (const step of [...(specs.setup ?? []), ...(specs.onStart ?? [])])
        for (const c of step.captures)
            if (!known.has(c.plan.variable))
                out.set(c.plan.variable, { kind: 'session' });
    return out;
}
/** requestOf: a step's request as an EndpointPlan, its templates checked against what is captured before it. */
function requestOf(spec, name, weight, available, captures, label, issues, allGlobalHeaders) {
    const before = issues.length;
    // A load_test.headers entry that reads a capture (Authorization: Bearer {{ token }}) goes from the
    // step after that capture on: the login that captures the token is sent without it.
    const held = Object.keys(allGlobalHeaders).filter((header) => heldBack(allGlobalHeaders[header], available, captures));
    const globalHeaders = Object.fromEntries(Object.entries(allGlobalHeaders).filter(([header]) => !held.includes(header)));
    for (const variable of usedVariables(spec, globalHeaders)) {
        if (available.has(variable))
            continue;
        const elsewhere = captures.filter((c) => c.variable === variable);
        if (elsewhere.length === 0)
            continue; // defined nowhere: the template's own message says so, with the variables there are
        issues.push({ source: spec.source, message: `'${variable}' is used in ${label} but captured nowhere before it (captured in ${elsewhere.map((c) => c.where).join(', ')}${elsewhere.some((c) => c.where.includes('flow')) ? '; a capture lasts one iteration of its flow: capture it in on_start to share it' : ''})` });
    }
    const templates = issues.length > before ? { templated: false } : (0,requests/* templatesOf */.r3)({ ...spec, name }, available, issues, globalHeaders);
    return {
        name,
        method: spec.method,
        path: spec.path,
        headers: (0,requests/* checkHeaders */.ZZ)(spec.headers, spec.source, issues),
        body: spec.body,
        ...templates,
        session: true,
        ...(held.length > 0 ? { withoutHeaders: held.map((h) => h.toLowerCase()) } : {}),
        checks: spec.checks,
        weight,
        expectStatus: spec.expectStatus,
        thresholds: spec.thresholds,
        regression: spec.regression,
    };
}
/** heldBack: a header value reads a variable some step captures but that is not captured yet here. */
function heldBack(value, available, captures) {
    if (!(0,parse/* hasTemplate */.rJ)(value))
        return false;
    try {
        return (0,parse/* variablesOf */.ht)((0,parse/* parseTemplate */.QC)(value)).some((name) => !available.has(name) && captures.some((c) => c.variable === name));
    }
    catch (error) {
        if (!(error instanceof parse/* TemplateError */.$w))
            throw error;
        return false;
    }
}
/** usedVariables: every variable a step's templates read (load_test.headers' included); a template that does not parse is left to its own message. */
function usedVariables(spec, globalHeaders) {
    const texts = [spec.path, ...Object.values(globalHeaders), ...Object.values(spec.headers), ...(spec.json !== undefined ? [JSON.stringify(spec.json)] : spec.body !== null ? [spec.body] : [])];
    const names = new Set();
    for (const text of texts) {
        if (!(0,parse/* hasTemplate */.rJ)(text))
            continue;
        try {
            for (const name of (0,parse/* variablesOf */.ht)((0,parse/* parseTemplate */.QC)(text)))
                names.add(name);
        }
        catch (error) {
            if (!(error instanceof parse/* TemplateError */.$w))
                throw error;
        }
    }
    return [...names];
}
/** keepOf: the head always (cookies, header captures and checks); the body up to the cap only when a capture or check reads it. */
function keepOf(captures, request, maxBodyBytes) {
    const readsBody = captures.some((c) => (0,capture/* captureReadsBody */.mZ)(c.source)) || request.checks.some((c) => (0,check/* checkReadsBody */.g)(c.test));
    return { head: true, bodyCap: readsBody ? maxBodyBytes : -1 };
}
function sourceOfCapture(specs, capture) {
    const all = [...(specs.setup ?? []), ...(specs.onStart ?? []), ...(specs.flows ?? []).flatMap((f) => f.steps)];
    return all.find((s) => s.captures.some((c) => c.plan.variable === capture.variable))?.captures.find((c) => c.plan.variable === capture.variable)?.at ?? { kind: 'default' };
}

// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
// EXTERNAL MODULE: ./src/config/criteria.ts
var config_criteria = __webpack_require__(87697);
;// CONCATENATED MODULE: ./src/config/sections/required.ts
// Which compared metrics a comparison must decide (canary.required, baseline.required): by
// default those of the ones an ordinary run can resolve that have rules (and when the rules name
// none of them, every metric with a rule); a metric named there must have a rule to decide.

function resolveRequired(view, key, criteria, rulesKey) {
    const given = view.get(key);
    if (given === undefined) {
        // By default the resolvable metrics that have rules; rules on none of them are all required.
        const defaults = config_criteria/* DEFAULT_REQUIRED */.UI.filter((metric) => criteria[metric]?.length);
        return defaults.length > 0 ? defaults : Object.keys(criteria).filter((metric) => criteria[metric]?.length);
    }
    for (const metric of given) {
        if (!criteria[metric]?.length)
            view.issues.push({ source: view.sourceOf(key), message: `${metric} is required, but ${rulesKey} has no rule for it: add one (e.g. ${metric}: "${metric === 'error_rate' ? '<=+0.5' : '<=+10%'}") or leave ${metric} out` });
    }
    return given;
}

// EXTERNAL MODULE: ./src/config/vocabulary.ts
var config_vocabulary = __webpack_require__(58724);
;// CONCATENATED MODULE: ./src/config/sections/baseline.ts
// The baseline section: what this run is compared with, and by which rules.




const DEFAULT_BASELINE_ARTIFACT = 'loadtest-baseline';
/** resolveBaseline: what this run is compared with; rules with no baseline to apply them to are a notice, not an error. */
function resolveBaseline(mode, view, endpoints) {
    const { get, sourceOf, isSet, notices } = view;
    const given = get('baseline.source')?.trim();
    const rulesGiven = isSet('regression') || endpoints.some((e) => e.regression !== null);
    if (!given) {
        if (rulesGiven)
            notices.push(`regression rules are ignored: there is no baseline to compare with (${(0,config_vocabulary/* giveOption */.V)(view.vocabulary, 'baseline.source', 'FILE', 'artifact')})`);
        return null;
    }
    if (mode.needs.baselineIgnored !== null) {
        notices.push(`the baseline is ignored ${mode.needs.baselineIgnored}`);
        return null;
    }
    const artifactName = get('baseline.artifact') ?? DEFAULT_BASELINE_ARTIFACT;
    const named = /^artifact(?::(.+))?$/.exec(given);
    const criteria = get('regression');
    const configured = criteria !== undefined && Object.keys(criteria).length > 0;
    return {
        source: named ? { kind: 'artifact', name: named[1]?.trim() || artifactName } : { kind: 'file', path: given },
        artifactName,
        failOnRegression: get('baseline.fail_on_regression') ?? true,
        confidence: (get('baseline.confidence') ?? defaults/* DEFAULT_CONFIDENCE_PERCENT */.rx) / 100,
        criteria: configured ? criteria : config_criteria/* DEFAULT_CRITERIA */.eL,
        criteriaAreDefaults: !configured,
        required: resolveRequired(view, 'baseline.required', configured ? criteria : config_criteria/* DEFAULT_CRITERIA */.eL, 'regression'),
        rulesSource: sourceOf('regression'),
    };
}

;// CONCATENATED MODULE: ./src/config/sections/canary.ts
// The canary section: the production it is compared with, the criteria and the confidence.





/** resolveCanary checks canary mode's settings: a production URL is required there and pointless elsewhere. */
function resolveCanary(mode, view) {
    const { issues, notices } = view;
    const url = view.get('canary.production_url');
    const source = view.sourceOf('canary.production_url');
    const confidence = view.get('canary.confidence');
    const criteria = view.get('canary.criteria');
    if (url === undefined) {
        if (mode.needs.canary === 'required')
            issues.push({ source, message: `canary mode compares with production: ${(0,config_vocabulary/* giveOption */.V)(view.vocabulary, 'canary.production_url')}, set LOADTEST_PRODUCTION_URL, or set canary.production_url` });
        return null;
    }
    if (mode.needs.canary === 'ignored') {
        notices.push('production_url is ignored: it applies to canary and rollout modes');
        return null;
    }
    const productionUrl = (0,requests/* resolveTarget */.u1)(url, source, issues, view.vocabulary, 'production');
    if (!productionUrl)
        return null;
    const configured = criteria !== undefined && Object.keys(criteria).length > 0;
    const rules = configured ? criteria : config_criteria/* DEFAULT_CRITERIA */.eL;
    return { productionUrl, confidence: (confidence ?? defaults/* DEFAULT_CONFIDENCE_PERCENT */.rx) / 100, criteria: rules, criteriaAreDefaults: !configured, required: resolveRequired(view, 'canary.required', rules, 'canary.criteria') };
}

;// CONCATENATED MODULE: ./src/config/sections/layers.ts
// Layers into one setting per key: a later layer wins, map-valued settings merge by key.
/**
 * MERGED_BY_KEY: map-valued settings that layers merge name by name, the later layer winning for
 * the same name (a flag's X-Test header joins the file's Authorization header instead of replacing
 * it). Header names compare without case, as HTTP does. Lists (endpoints, stages) and everything
 * else are replaced whole by a later layer.
 */
const MERGED_BY_KEY = {
    'load_test.headers': 'headers',
    'rollback.inputs': 'plain',
    'canary.criteria': 'plain',
    regression: 'plain',
};
/** mergeLayers: one setting per key, lowest layer first; map-valued settings merge by key. */
function mergeLayers(layers) {
    const merged = new Map();
    for (const layer of layers) {
        for (const [key, setting] of layer) {
            const how = Object.hasOwn(MERGED_BY_KEY, key) ? MERGED_BY_KEY[key] : undefined;
            const earlier = merged.get(key);
            if (!how || !isPlainMap(setting.value)) {
                merged.set(key, setting);
                continue;
            }
            // Starting from nothing still folds two spellings of one header in a single layer into one.
            const value = earlier && isPlainMap(earlier.value) ? { ...earlier.value } : {};
            for (const [name, v] of Object.entries(setting.value)) {
                if (how === 'headers')
                    for (const old of Object.keys(value))
                        if (old.toLowerCase() === name.toLowerCase())
                            delete value[old];
                value[name] = v;
            }
            merged.set(key, { ...setting, value });
        }
    }
    return merged;
}
function isPlainMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/config/sections/http.ts
// The HTTP section: which HTTP version the load goes over (http_version) and how many HTTP/2
// streams share a connection (max_streams_per_connection). Which version an arm actually used is
// known only at the pre-flight (over TLS the server chooses by ALPN); the plan holds what was asked.

/** resolveHttp: `targets` are the URLs the load goes to (the target, and production beside a canary). */
function resolveHttp(view, targets) {
    const version = view.get('load_test.http_version') ?? defaults/* DEFAULT_HTTP_VERSION */.gJ;
    const maxStreamsPerConnection = view.get('load_test.max_streams_per_connection') ?? defaults/* DEFAULT_MAX_STREAMS_PER_CONNECTION */.aP;
    if (view.isSet('load_test.max_streams_per_connection')) {
        // A setting that cannot apply is said, never silently dropped.
        if (version === '1.1')
            view.notices.push('max_streams_per_connection is ignored: with http_version 1.1 a connection carries one request at a time');
        else if (version === 'auto' && targets.length > 0 && targets.every((t) => t.startsWith('http://'))) {
            view.notices.push('max_streams_per_connection is ignored: http_version auto loads an http:// target over HTTP/1.1 (set http_version 2 for HTTP/2 without TLS, h2c)');
        }
    }
    return { version, maxStreamsPerConnection };
}

// EXTERNAL MODULE: ./src/config/sections/trace.ts
var sections_trace = __webpack_require__(17246);
// EXTERNAL MODULE: ./src/pacing/shapes.ts
var shapes = __webpack_require__(10420);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
;// CONCATENATED MODULE: ./src/config/sections/load.ts
// The load section: model, pattern, profile and the knobs that shape it, checked together (a
// warm-up longer than the run, a burst with a rate).



/** resolveLoad: defaultDurationMs is the duration when none is set (longer when the run decides early, see sequential.ts). */
function resolveLoad(view, randomSeed, defaultDurationMs = defaults/* DEFAULT_DURATION_MS */.aQ) {
    const { get, sourceOf, isSet, issues, notices } = view;
    const rate = get('load_test.rate');
    const model = rate !== undefined ? 'open' : 'closed';
    const stages = get('load_test.stages');
    const pattern = stages ? 'stages' : (get('load_test.pattern') ?? 'sustained');
    if (stages) {
        stages.forEach((stage, i) => {
            if (stage.duration === undefined || stage.target === undefined)
                issues.push({ source: sourceOf('load_test.stages'), message: `stage ${i + 1} needs both duration and target` });
        });
        if (stages.length === 0)
            issues.push({ source: sourceOf('load_test.stages'), message: 'expected at least one stage' });
        if (isSet('load_test.pattern'))
            notices.push(`pattern ${get('load_test.pattern')} is ignored: stages define the load`);
    }
    if (model === 'open' && rate === 0 && !stages)
        issues.push({ source: sourceOf('load_test.rate'), message: 'a rate of 0 sends nothing; give a positive rate' });
    if (model === 'open' && pattern === 'burst')
        issues.push({ source: sourceOf('load_test.pattern'), message: 'the burst pattern needs virtual users (concurrency); with a rate use stages for spikes' });
    const stageTotal = stages?.reduce((sum, s) => sum + (s.duration ?? 0), 0);
    const durationMs = stageTotal ?? get('load_test.duration') ?? defaultDurationMs;
    if (stageTotal !== undefined && isSet('load_test.duration') && get('load_test.duration') !== stageTotal) {
        notices.push(`duration ${(0,units/* formatMs */._V)(get('load_test.duration'))} is ignored: the stages last ${(0,units/* formatMs */._V)(stageTotal)}`);
    }
    if (!(durationMs > 0))
        issues.push({ source: sourceOf(stages ? 'load_test.stages' : 'load_test.duration'), message: 'the run must last longer than 0s' });
    if (stageTotal !== undefined && stageTotal > defaults/* MAX_RUN_MS */.aC)
        issues.push({ source: sourceOf('load_test.stages'), message: `the stages last ${+(stageTotal / 3_600_000).toFixed(2)}h in all; a run lasts at most ${defaults/* MAX_RUN_MS */.aC / 3_600_000}h (7 days)` });
    const warmupMs = get('load_test.warmup') ?? 0;
    if (warmupMs >= durationMs && durationMs > 0)
        issues.push({ source: sourceOf('load_test.warmup'), message: `warm-up ${(0,units/* formatMs */._V)(warmupMs)} must be shorter than the run (${(0,units/* formatMs */._V)(durationMs)}); it is part of the run, not added to it` });
    const concurrencySet = isSet('load_test.concurrency');
    const concurrency = get('load_test.concurrency') ?? defaults/* DEFAULT_CONCURRENCY */.WH;
    const rampUpMs = get('load_test.ramp_up') ?? Math.min(defaults/* DEFAULT_RAMP_UP_MS */.Ct, durationMs / 2);
    if (pattern === 'ramp-up' && rampUpMs >= durationMs && durationMs > 0)
        issues.push({ source: sourceOf('load_test.ramp_up'), message: `ramp-up ${(0,units/* formatMs */._V)(rampUpMs)} must be shorter than the run (${(0,units/* formatMs */._V)(durationMs)})` });
    if (pattern !== 'ramp-up' && isSet('load_test.ramp_up'))
        notices.push(`ramp_up is ignored: it applies to the ramp-up pattern, not ${pattern}`);
    let thinkTime = get('load_test.think_time') ?? null;
    if (thinkTime && model === 'open') {
        notices.push('think_time is ignored: with a rate, arrivals do not wait for each other');
        thinkTime = null;
    }
    const burst = pattern === 'burst'
        ? { size: get('load_test.burst.size') ?? defaults/* DEFAULT_BURST */.Vr.size, pause: get('load_test.burst.pause') ?? { minMs: defaults/* DEFAULT_BURST */.Vr.pauseMinMs, maxMs: defaults/* DEFAULT_BURST */.Vr.pauseMaxMs } }
        : null;
    const maxInFlight = get('load_test.max_in_flight') ?? (model === 'open' && concurrencySet ? concurrency : defaults/* DEFAULT_MAX_IN_FLIGHT */.A2);
    if (model === 'open' && concurrencySet && !isSet('load_test.max_in_flight'))
        notices.push(`with a rate, concurrency ${concurrency} caps the requests in flight`);
    const timeoutMs = get('load_test.timeout') ?? defaults/* DEFAULT_TIMEOUT_MS */.t1;
    if (!(timeoutMs > 0))
        issues.push({ source: sourceOf('load_test.timeout'), message: 'the timeout must be longer than 0s' });
    const profile = durationMs > 0 ? (0,shapes/* buildProfile */.E)({ model, pattern, durationMs, concurrency, rate: rate ?? 0, rampUpMs, stages: (stages ?? []).map((s) => ({ durationMs: s.duration ?? 0, target: s.target ?? 0 })) }) : [];
    const peak = profile.reduce((max, s) => Math.max(max, s.from, s.to), 0);
    if (model === 'closed' && peak > defaults/* MAX_VIRTUAL_USERS */.KB)
        issues.push({ source: sourceOf('load_test.stages'), message: `stages ask for ${peak} users; one process runs at most ${defaults/* MAX_VIRTUAL_USERS */.KB.toLocaleString('en-US')}` });
    if (durationMs > 0 && peak === 0)
        issues.push({ source: sourceOf(stages ? 'load_test.stages' : 'load_test.rate'), message: 'this profile never sends a request: every target is 0' });
    const load = {
        model,
        pattern,
        profile,
        durationMs,
        warmupMs,
        peakUsers: model === 'closed' ? peak : 0,
        peakRate: model === 'open' ? peak : null,
        thinkTime,
        burst,
        maxInFlight,
        timeoutMs,
        seed: get('load_test.seed') ?? randomSeed,
        minRequests: get('load_test.min_requests') ?? defaults/* DEFAULT_MIN_REQUESTS */.mE,
        abortOnFail: get('load_test.abort_on_fail') ?? false,
    };
    const stageLoad = (stageMs) => ({
        ...load,
        durationMs: stageMs,
        profile: (0,shapes/* buildProfile */.E)({ model, pattern, durationMs: stageMs, concurrency, rate: rate ?? 0, rampUpMs: Math.min(rampUpMs, stageMs / 2), stages: [] }),
    });
    return { load, stageLoad, model, peak };
}

;// CONCATENATED MODULE: ./src/config/sections/resources.ts
// The resources section: where the target's CPU and memory are read, and their limits.


/** resolveResources: the sources the user named, and resource SLOs only where there is a source to judge. */
function resolveResources(merged, issues, vocabulary) {
    const name = (id) => (0,config_vocabulary/* optionName */.fS)(vocabulary, id);
    const get = (key) => merged.get(key)?.value;
    const threshold = (key) => (merged.has(key) ? { value: get(key), source: merged.get(key).source } : null);
    const docker = get('resources.docker.containers');
    const selector = get('resources.kubernetes.selector');
    const promUrl = get('resources.prometheus.url');
    const pid = get('resources.process.pid') ?? null;
    if (promUrl && !get('resources.prometheus.cpu') && !get('resources.prometheus.memory')) {
        issues.push({ source: merged.get('resources.prometheus.url').source, message: `querying Prometheus needs a cpu or memory expression (resources.prometheus.cpu / .memory, or ${name('resources.prometheus.cpu')} / ${name('resources.prometheus.memory')})` });
    }
    const thresholds = { cpuPercent: threshold('resources.thresholds.cpu_percent'), memoryPercent: threshold('resources.thresholds.memory_percent') };
    if (!docker && !selector && !promUrl && pid === null) {
        const limit = thresholds.cpuPercent ?? thresholds.memoryPercent;
        if (limit)
            issues.push({ source: limit.source, message: `a resource limit needs a source to read: resources.docker, .kubernetes, .prometheus or .process (or ${['resources.docker.containers', 'resources.kubernetes.selector', 'resources.prometheus.url', 'resources.process.pid'].map(name).join(', ')})` });
        return null;
    }
    return {
        intervalMs: get('resources.interval') ?? defaults/* DEFAULT_RESOURCES_INTERVAL_MS */.fd,
        docker: docker ? { containers: docker, socket: get('resources.docker.socket') ?? null } : null,
        kubernetes: selector ? { namespace: get('resources.kubernetes.namespace') ?? 'default', selector, kubeconfig: get('resources.kubernetes.kubeconfig') ?? null } : null,
        prometheus: promUrl ? { url: promUrl, cpu: get('resources.prometheus.cpu') ?? null, memory: get('resources.prometheus.memory') ?? null, memoryLimit: get('resources.prometheus.memory_limit') ?? null } : null,
        processPid: pid,
        thresholds,
    };
}

;// CONCATENATED MODULE: ./src/config/sections/rollback.ts
// The rollback section: how a failed gate is rolled back, and what that method needs.



/** resolveRollback checks that an enabled rollback has what its method needs. */
function resolveRollback(mode, view) {
    const { get, sourceOf, isSet, issues, notices, vocabulary } = view;
    const method = get('rollback.method') ?? null;
    const hookOnly = mode.needs.rollout && isSet('rollout.hooks.on_rollback');
    if (!get('rollback.auto')) {
        if (method || hookOnly)
            notices.push(`rollback is configured but not enabled: ${(0,config_vocabulary/* giveOption */.V)(vocabulary, 'rollback.auto')} (or set rollback.auto) to roll back when the gate fails`);
        return null;
    }
    if (!method && !hookOnly) {
        issues.push({ source: sourceOf('rollback.auto'), message: `auto-rollback needs a method: ${(0,config_vocabulary/* giveOption */.V)(vocabulary, 'rollback.method', ['repository_dispatch', 'workflow_dispatch', 'command', 'webhook'].join(' | '))} (or rollback.method)` });
        return null;
    }
    const need = (key, what) => {
        if (!isSet(key))
            issues.push({ source: sourceOf('rollback.method'), message: `rollback by ${method} needs ${what}` });
    };
    if (method === 'workflow_dispatch')
        need('rollback.workflow', `the workflow to dispatch (${(0,config_vocabulary/* giveOption */.V)(vocabulary, 'rollback.workflow', 'rollback.yml')}, or rollback.workflow)`);
    if (method === 'command')
        need('rollback.command', `the command to run (${(0,config_vocabulary/* giveOption */.V)(vocabulary, 'rollback.command')}, or rollback.command)`);
    if (method === 'webhook')
        need('rollback.url', `the URL to POST to (${(0,config_vocabulary/* giveOption */.V)(vocabulary, 'rollback.url')}, or rollback.url)`);
    const url = get('rollback.url');
    if (url !== undefined && !/^https?:\/\//.test(url))
        issues.push({ source: sourceOf('rollback.url'), message: `expected an http:// or https:// URL, got '${(0,requests/* redactUrlText */.Sl)(url)}'` });
    return {
        method: method ?? null,
        eventType: get('rollback.event_type') ?? 'loadtest-rollback',
        workflow: get('rollback.workflow') ?? null,
        ref: get('rollback.ref') ?? null,
        inputs: get('rollback.inputs') ?? {},
        command: get('rollback.command') ?? null,
        url: url ?? null,
        repository: get('rollback.repository') ?? null,
        timeoutMs: get('rollback.timeout') ?? defaults/* DEFAULT_ROLLBACK_TIMEOUT_MS */.es,
    };
}

;// CONCATENATED MODULE: ./src/config/sections/rollout.ts
// The rollout section: the stages, the traffic shift and the hooks.


/** resolveRollout builds each stage's load for its duration; a rollout's stages replace the load profile's. */
function resolveRollout(mode, view, load, stageLoad) {
    const { get, sourceOf, isSet, issues, notices } = view;
    const keys = ['rollout.stages', 'rollout.shift', 'rollout.hook_timeout', 'rollout.hooks.pre_rollout', 'rollout.hooks.post_stage', 'rollout.hooks.on_promote', 'rollout.hooks.on_rollback'];
    if (!mode.needs.rollout) {
        if (keys.some(isSet))
            notices.push('rollout settings are ignored: they apply to rollout mode');
        return null;
    }
    if (load.pattern === 'stages')
        issues.push({ source: sourceOf('load_test.stages'), message: 'in a rollout each stage\'s duration sets the length of its load test: use a pattern (sustained, ramp-up, burst) instead of load_test.stages' });
    const given = get('rollout.stages');
    const stages = (given ?? defaults/* DEFAULT_ROLLOUT_STAGES */.Qk).map((stage, i) => {
        if (stage.percentage === undefined || stage.duration === undefined)
            issues.push({ source: sourceOf('rollout.stages'), message: `rollout stage ${i + 1} needs a percentage and a duration` });
        const durationMs = stage.duration ?? 0;
        if (durationMs > 0 && load.warmupMs >= durationMs)
            issues.push({ source: sourceOf('load_test.warmup'), message: `warm-up ${(0,units/* formatMs */._V)(load.warmupMs)} must be shorter than rollout stage ${i + 1} (${(0,units/* formatMs */._V)(durationMs)})` });
        return { name: stage.name ?? `${stage.percentage}% Traffic`, percentage: stage.percentage ?? 0, load: stageLoad(durationMs) };
    });
    if (given && given.length === 0)
        issues.push({ source: sourceOf('rollout.stages'), message: 'expected at least one rollout stage' });
    const shift = get('rollout.shift') ?? null;
    if (!shift)
        notices.push('no shift hook: the stages pace the load tests, but something else must move the traffic');
    const hook = (key) => get(`rollout.hooks.${key}`) ?? null;
    return {
        stages,
        shift,
        hooks: { preRollout: hook('pre_rollout'), postStage: hook('post_stage'), onPromote: hook('on_promote'), onRollback: hook('on_rollback') },
        hookTimeoutMs: get('rollout.hook_timeout') ?? defaults/* DEFAULT_HOOK_TIMEOUT_MS */.Lp,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/template/data.ts
var data = __webpack_require__(51208);
;// CONCATENATED MODULE: ./src/config/sections/data.ts
// The data files (load_test.data): each read once, when the config is, its mistakes named with
// the file's own line; their columns become variables templates read (template/data.ts).


/**
 * resolveData reads every data file; a path is taken from the config file's folder (else the
 * working directory), as the config's other paths are read by whoever runs it from there.
 */
function resolveData(view, readFile, configFile, variables) {
    const { get, sourceOf, issues } = view;
    const given = get('load_test.data') ?? [];
    const taken = new Map(Object.keys(variables).map((name) => [name, 'load_test.variables']));
    const plans = [];
    given.forEach((setting, i) => {
        const source = sourceOf(`load_test.data[${i}].file`).kind === 'default' ? sourceOf('load_test.data') : sourceOf(`load_test.data[${i}].file`);
        if (!setting.file) {
            issues.push({ source, message: `data file ${i + 1} needs a file: a .csv, .json or .jsonl path` });
            return;
        }
        const path = (0,external_node_path_.isAbsolute)(setting.file) || !configFile ? setting.file : (0,external_node_path_.join)((0,external_node_path_.dirname)(configFile), setting.file);
        let text;
        try {
            text = readFile(path);
        }
        catch (error) {
            const code = error.code;
            issues.push({ source, message: `cannot read the data file ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : error.message}` });
            return;
        }
        let table;
        try {
            table = (0,data/* parseData */._0)(text, path);
        }
        catch (error) {
            if (!(error instanceof data/* DataError */.fL))
                throw error;
            issues.push({ source: error.line > 0 ? { kind: 'file', file: path, line: error.line, col: 1, keyPath: `load_test.data[${i}]` } : source, message: `${error.line > 0 ? '' : `${path}: `}${error.message}` });
            return;
        }
        if (table.rows.length === 0) {
            issues.push({ source, message: `the data file ${path} holds no rows` });
            return;
        }
        for (const column of table.columns) {
            const earlier = taken.get(column);
            if (earlier)
                issues.push({ source, message: `column '${column}' of ${path} is also a variable of ${earlier}: a template could not tell which to read; rename one` });
            taken.set(column, path);
        }
        if (setting.on_exhausted !== undefined && setting.order !== 'unique')
            view.notices.push(`on_exhausted is ignored for ${path}: only a unique file runs out (its order is ${setting.order ?? 'sequential'})`);
        plans.push({ file: path, order: setting.order ?? 'sequential', onExhausted: setting.on_exhausted ?? 'stop', columns: table.columns, rows: table.rows });
    });
    return plans;
}

// EXTERNAL MODULE: ./src/template/generators.ts
var generators = __webpack_require__(88182);
;// CONCATENATED MODULE: ./src/pacing/looks.ts
// When a run that decides early (decide_early) looks at its data: fixed before the run starts, so
// the error rate can be spent over them (slo/sequential.ts). The first look comes once the minimum
// duration (after the warm-up) has passed and the profile has reached its last level, then every
// 1.5× as much load, and the last at the maximum. Arithmetic only.
/** LOOK_GROWTH: each look after the first comes when the load has run 1.5× as long as at the one before. */
const LOOK_GROWTH = 1.5;
/** MAX_LOOKS: more looks make every look's interval wider; a long maximum gets its looks spread geometrically instead. */
const MAX_LOOKS = 10;
/** A look this close to the maximum (as a share of it) is left out: the maximum is about to look anyway. */
const NEAR_MAX = 0.8;
/**
 * lookSchedule: the looks (elapsed load time, ms) from the first moment a decision may be made to
 * the maximum, growing by LOOK_GROWTH in measured time (after the warm-up). A first moment at or
 * past the maximum (or not after the warm-up) leaves one look, at the maximum: an ordinary fixed run.
 */
function lookSchedule(firstMs, maxMs, warmupMs = 0) {
    if (!(firstMs < maxMs) || !(firstMs > warmupMs))
        return [maxMs];
    const measured = (t) => t - warmupMs;
    const looks = [firstMs];
    for (let m = measured(firstMs) * LOOK_GROWTH; warmupMs + m < maxMs - (1 - NEAR_MAX) * measured(maxMs); m *= LOOK_GROWTH)
        looks.push(Math.round(warmupMs + m));
    if (looks.length + 1 <= MAX_LOOKS)
        return [...looks, maxMs];
    // Too many at 1.5×: the same span in MAX_LOOKS looks, still growing geometrically.
    const ratio = (measured(maxMs) / measured(firstMs)) ** (1 / (MAX_LOOKS - 1));
    return Array.from({ length: MAX_LOOKS }, (_, i) => (i === MAX_LOOKS - 1 ? maxMs : Math.round(warmupMs + measured(firstMs) * ratio ** i)));
}
/**
 * firstLookMs: the earliest a run may stop: the warm-up and the minimum duration over, and the
 * profile at its last level (a ramp climbed, every stage but the last sent), so that an early stop
 * never skips load the user asked for to reach.
 */
function firstLookMs(warmupMs, minMs, profile) {
    const lastLevelFrom = profile.slice(0, -1).reduce((sum, segment) => sum + segment.durationMs, 0);
    return Math.max(warmupMs + minMs, lastLevelFrom);
}

;// CONCATENATED MODULE: ./src/config/sections/sequential.ts
// decide_early: a run whose duration is a maximum, stopped as soon as every part of its verdict is
// decided (slo/sequential.ts spends the error rate over the looks; pacing/looks.ts times them). On
// by default where the question is only a comparison (a canary against production); off for a plain
// run, which is also a soak: a user who asks for five minutes of load gets five minutes.



/**
 * decidesEarly: whether the run decides early, before its load is resolved, since an unset duration
 * then means the longer default maximum. A mode that compares with production turns it on unless
 * the user turned it off; a rollout's stages last as long as their traffic does, so never there.
 */
function decidesEarly(mode, view) {
    if (mode.needs.rollout)
        return false;
    // A shard runs the time its run was given: only the merge sees the whole run.
    if (mode.needs.shard && view.isSet('load_test.shard'))
        return false;
    // The target's CPU and memory SLOs are judged on the readings over the whole run; no look has them.
    if (RESOURCE_LIMITS.some((key) => view.isSet(key)))
        return false;
    return view.get('load_test.decide_early') ?? mode.needs.canary === 'required';
}
const RESOURCE_LIMITS = ['resources.thresholds.cpu_percent', 'resources.thresholds.memory_percent'];
/** resolveSequential: the looks of a run that decides early, or null (with a notice for a min_duration that then means nothing). */
function resolveSequential(mode, view, load, early) {
    const { get, isSet, sourceOf, issues, notices } = view;
    const asked = get('load_test.decide_early') ?? (mode.needs.canary === 'required' ? 'canary default' : false);
    if (asked) {
        if (mode.needs.rollout)
            notices.push('decide_early is ignored in a rollout: each stage lasts as long as its traffic does');
        else if (mode.needs.shard && isSet('load_test.shard'))
            notices.push('decide_early is off in a shard: the shards must run the same time, and only the merge sees the whole run');
        else if (RESOURCE_LIMITS.some((key) => isSet(key)))
            notices.push(`${asked === 'canary default' ? 'the canary does not decide early (its default)' : 'decide_early is off'}: the CPU and memory SLOs (resources.thresholds) are judged on the readings over the whole run, so the run takes its whole duration`);
    }
    if (!early) {
        if (isSet('load_test.min_duration'))
            notices.push('min_duration is ignored: it applies when decide_early is on');
        return null;
    }
    const minMs = get('load_test.min_duration') ?? defaults/* DEFAULT_MIN_DURATION_MS */.H2;
    if (!(minMs > 0)) {
        issues.push({ source: sourceOf('load_test.min_duration'), message: 'min_duration must be longer than 0s: no decision can rest on no load' });
        return null;
    }
    if (load.warmupMs + minMs >= load.durationMs && !isSet('load_test.decide_early') && !isSet('load_test.min_duration')) {
        // Only the canary's default asked for it: a short run the user chose runs as chosen.
        notices.push(`the run does not decide early: its ${(0,units/* formatMs */._V)(load.durationMs)} leave no room after the minimum ${(0,units/* formatMs */._V)(minMs)}${load.warmupMs ? ` and the warm-up` : ''}, so it runs the whole duration`);
        return null;
    }
    if (load.warmupMs + minMs > load.durationMs) {
        issues.push({ source: sourceOf(isSet('load_test.min_duration') ? 'load_test.min_duration' : 'load_test.duration'), message: `min_duration ${(0,units/* formatMs */._V)(minMs)}${load.warmupMs ? ` after the warm-up (${(0,units/* formatMs */._V)(load.warmupMs)})` : ''} is longer than the run's maximum duration (${(0,units/* formatMs */._V)(load.durationMs)}); with decide_early, duration is the longest the run may take` });
        return null;
    }
    const first = firstLookMs(load.warmupMs, minMs, load.profile);
    return { looksMs: lookSchedule(first, load.durationMs, load.warmupMs), minMs, why: isSet('load_test.decide_early') ? 'set' : 'canary default' };
}

;// CONCATENATED MODULE: ./src/pacing/shard.ts
// One shard's part of a load profile, when N jobs share one test. Open model: each shard sends 1/N
// of the arrivals. Closed model: virtual users are dealt out round-robin (user k goes to shard
// ((k − 1) mod N) + 1), so at every level the shards' users add up to exactly the whole: shard i
// runs ⌊(v + N − i) / N⌋ of v users, which is the profile v/N + (N − i)/N under the engine's floor.

function shardProfile(profile, model, shard) {
    const { index, count } = shard;
    const level = model === 'open' ? (v) => v / count : (v) => v / count + (count - index) / count;
    return profile.map((s) => ({ durationMs: s.durationMs, from: level(s.from), to: level(s.to) }));
}
/** shardUsers is how many of `users` virtual users shard `index` of `count` runs. */
function shardUsers(users, shard) {
    return usersAt(shardProfile([{ durationMs: 1, from: users, to: users }], 'closed', shard), 0);
}

;// CONCATENATED MODULE: ./src/config/sections/shard.ts
// The shard section: this job's part of a distributed run.

/**
 * resolveShard: a shard runs its part of the load (see pacing/shard.ts) with a seed of its
 * own, and never aborts early: only the merge sees the whole, so only the merge judges it.
 */
function resolveShard(mode, given, source, load, notices, issues) {
    if (!given)
        return null;
    if (!mode.needs.shard) {
        issues.push({ source, message: `shards split a plain run across jobs; ${mode.name} mode cannot be sharded` });
        return null;
    }
    const profile = shardProfile(load.profile, load.model, given);
    const peak = Math.floor(profile.reduce((max, s) => Math.max(max, s.from, s.to), 0) + 1e-9);
    if (load.model === 'closed' && peak === 0) {
        issues.push({ source, message: `shard ${given.index} of ${given.count} would run no virtual users: ${load.peakUsers} users cannot be split ${given.count} ways; use fewer shards or more users` });
        return null;
    }
    const share = load.model === 'open' ? 1 / given.count : peak / load.peakUsers;
    if (load.abortOnFail)
        notices.push('abort_on_fail is off in a shard: only the merge sees the whole run');
    return {
        plan: { index: given.index, count: given.count, share, minRequests: load.minRequests },
        load: {
            ...load,
            profile,
            peakUsers: load.model === 'closed' ? peak : 0,
            peakRate: load.peakRate === null ? null : load.peakRate / given.count,
            maxInFlight: Math.max(1, Math.ceil(load.maxInFlight / given.count)),
            // Each shard draws its own endpoints and think times: the same seed everywhere would send N copies of one request sequence.
            seed: (load.seed + Math.imul(given.index - 1, 0x9e3779b9)) >>> 0,
            minRequests: Math.max(1, Math.ceil(load.minRequests * share)),
            abortOnFail: false,
        },
    };
}

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
;// CONCATENATED MODULE: ./src/config/sections/telemetry.ts
// The metrics exporters beside the Pushgateway: Prometheus remote write and OTLP. Each is a URL and
// the headers its receiver asks for. A user:password@ in the URL becomes Basic authorization, as
// curl would send it (fetch and Node's http drop a URL's credentials without a word); every header
// value, and every credential in a URL, is a secret of the plan.



/** OTLP_METRICS_PATH: where an OTLP/HTTP receiver takes metrics, added to an endpoint given as a base (as OTEL_EXPORTER_OTLP_ENDPOINT is). */
const OTLP_METRICS_PATH = '/v1/metrics';
function resolveTelemetry(view) {
    const { get, sourceOf, isSet, notices } = view;
    const secrets = [];
    const exporter = (urlKey, headersKey, what) => {
        const raw = get(urlKey);
        const headers = (0,requests/* checkHeaders */.ZZ)(get(headersKey) ?? {}, sourceOf(headersKey), view.issues);
        if (raw === undefined) {
            if (isSet(headersKey))
                notices.push(`${headersKey} is ignored: no ${what} URL is set`);
            return null;
        }
        const plan = withBasicAuth(raw, headers, sourceOf(urlKey), view, what);
        // A credential may be echoed without its scheme word ("Bearer", "Basic"): both forms are secrets.
        if (plan)
            secrets.push(...(0,redact/* urlSecrets */.Fn)(raw), ...Object.values(plan.headers).flatMap((value) => [value, value.replace(/^\S+\s+/, '')]));
        return plan;
    };
    const remoteWrite = exporter('prometheus.remote_write_url', 'prometheus.remote_write_headers', 'remote write');
    const otlpBase = exporter('otlp.endpoint', 'otlp.headers', 'OTLP');
    const protocol = get('otlp.protocol');
    if (protocol !== undefined && !otlpBase)
        notices.push('otlp.protocol is ignored: no OTLP endpoint is set');
    const otlp = otlpBase ? { ...otlpBase, url: metricsUrl(otlpBase.url), protocol: protocol ?? schema/* OTLP_PROTOCOLS */.MV[0] } : null;
    return { remoteWrite, otlp, runId: get('prometheus.instance') ?? null, secrets };
}
/**
 * withBasicAuth checks the URL and moves its user and password into an Authorization header; an
 * Authorization header set by hand wins, and the plan says the URL's credentials were not used.
 */
function withBasicAuth(raw, headers, source, view, what) {
    let url;
    try {
        if (!/^https?:\/\//.test(raw))
            throw new Error('not http');
        url = new URL(raw);
    }
    catch {
        view.issues.push({ source, message: `expected an http:// or https:// URL, got '${(0,requests/* redactUrlText */.Sl)(raw)}'` });
        return null;
    }
    if (!url.username && !url.password)
        return { url: url.toString(), headers };
    const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    url.username = '';
    url.password = '';
    if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) {
        view.notices.push(`the ${what} URL's user and password are not used: an Authorization header is set`);
        return { url: url.toString(), headers };
    }
    return { url: url.toString(), headers: { ...headers, Authorization: `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}` } };
}
/** metricsUrl: an endpoint given as the collector's base gets /v1/metrics; one that already ends in it is kept. */
function metricsUrl(endpoint) {
    const url = new URL(endpoint);
    if (!url.pathname.replace(/\/+$/, '').endsWith(OTLP_METRICS_PATH))
        url.pathname = `${url.pathname.replace(/\/+$/, '')}${OTLP_METRICS_PATH}`;
    return url.toString();
}

// EXTERNAL MODULE: ./src/config/plan.ts
var plan = __webpack_require__(29311);
;// CONCATENATED MODULE: ./src/config/consistency.ts
// Settings that are each valid but cannot all be meant: latency limits whose order contradicts the
// order of the percentiles. p50 ≤ 500ms beside p99 ≤ 100ms is almost always two values swapped or
// mistyped: no run can have a median slower than its 99th percentile, so the p50 limit could never
// be the one that fails.



const LABEL = { p50: 'p50', p90: 'p90', p95: 'p95', p99: 'p99', p999: 'p99.9' };
/**
 * checkPercentileOrder checks the run's latency limits and each endpoint's own. Limits set in the
 * same kind of place (both in the config file, both flags, both variables, both inputs) that
 * contradict each other are an error naming both. When a higher layer tightens a higher percentile
 * below a lower layer's lower one (`--p95 50ms` over the file's `p50: 100ms`), the override is
 * deliberate: the plan only notes that the looser limit can never fail.
 */
function checkPercentileOrder(thresholds, endpoints, issues, notices) {
    checkOne(thresholds, '', issues, notices);
    for (const endpoint of endpoints)
        checkOne(endpoint.thresholds, `endpoint '${endpoint.name}': `, issues, notices);
}
function checkOne(thresholds, prefix, issues, notices) {
    // Built-in defaults never contradict: they only apply where nothing is configured.
    const keys = plan/* LATENCY_KEYS */.SD.filter((key) => thresholds[key] && thresholds[key].source.kind !== 'default');
    keys.forEach((lower, i) => {
        const higher = keys.slice(i + 1);
        if (higher.length === 0)
            return;
        // Against the strictest higher percentile only: one line per limit that cannot be meant.
        const strictest = higher.reduce((best, key) => (thresholds[key].value < thresholds[best].value ? key : best));
        const loose = thresholds[lower];
        const tight = thresholds[strictest];
        if (!(loose.value > tight.value))
            return;
        const what = `${LABEL[lower]} ≤ ${(0,units/* formatMs */._V)(loose.value)} is looser than ${LABEL[strictest]} ≤ ${(0,units/* formatMs */._V)(tight.value)} at ${place(tight.source)}`;
        if (loose.source.kind === tight.source.kind) {
            issues.push({ source: loose.source, message: `${prefix}${what}: a lower percentile is never slower than a higher one, so this limit could never fail; are the two swapped? Make ${LABEL[lower]} ≤ ${LABEL[strictest]}` });
        }
        else {
            notices.push(`${prefix}${LABEL[lower]} ≤ ${(0,units/* formatMs */._V)(loose.value)} (${(0,config_issues/* shortSource */.oh)(loose.source)}) can never fail: ${LABEL[strictest]} ≤ ${(0,units/* formatMs */._V)(tight.value)} (${(0,config_issues/* shortSource */.oh)(tight.source)}) is stricter`);
        }
    });
}
/** place names where a limit was set: "perf.yml:6 (thresholds.latency.p99)", "--p99". */
function place(source) {
    return source.kind === 'file' ? `${(0,config_issues/* shortSource */.oh)(source)} (${source.keyPath})` : (0,config_issues/* shortSource */.oh)(source);
}

;// CONCATENATED MODULE: ./src/config/sections/view.ts
// The settings as every section's resolver reads them: one merged layer, with where each value
// came from, and the issues and notices the resolvers collect as they go.
const DEFAULT_SOURCE = { kind: 'default' };
function settingsView(merged, vocabulary) {
    return {
        merged,
        get: (key) => merged.get(key)?.value,
        sourceOf: (key) => merged.get(key)?.source ?? DEFAULT_SOURCE,
        isSet: (key) => merged.has(key),
        issues: [],
        notices: [],
        vocabulary,
    };
}

;// CONCATENATED MODULE: ./src/config/sections/thresholds.ts
// The thresholds section: the SLOs, the defaults that apply where none is set, and the checks that
// stop a gate that could only fail.




function resolveThresholds(view, endpoints, model, peak) {
    const { merged, issues, notices } = view;
    const thresholds = {};
    for (const key of [...plan/* LATENCY_KEYS */.SD, 'error_rate', 'throughput', 'checks']) {
        const setting = merged.get(`thresholds.${(0,plan/* thresholdSettingPath */.LM)(key)}`);
        if (setting)
            thresholds[key] = { value: setting.value, source: setting.source };
    }
    checkPercentileOrder(thresholds, endpoints, issues, notices);
    const thresholdsAreDefaults = Object.keys(thresholds).length === 0 && !endpoints.some((e) => Object.keys(e.thresholds).length > 0);
    const defaulted = applyDefaultThresholds(thresholds, endpoints);
    if (defaulted.length > 0)
        notices.push(`${thresholdsAreDefaults ? 'no thresholds configured' : 'some thresholds not configured'}: judging against the default${defaulted.length === 1 ? '' : 's'} ${defaulted.join(' and ')}`);
    checkThroughputIsReachable(thresholds, endpoints, model, peak, issues);
    checkChecksExist(thresholds, endpoints, issues);
    return { thresholds, thresholdsAreDefaults };
}
/**
 * applyDefaultThresholds: every run is judged on errors and on latency. The default error-rate
 * ceiling applies unless error_rate itself is set, and the default p95 unless a latency percentile
 * is set; when only some endpoints set their own, each endpoint without one gets the default. One
 * latency limit therefore never switches the error check off, and one endpoint's limit never
 * leaves the others unjudged. Returns what was defaulted, for the plan's notice.
 */
function applyDefaultThresholds(thresholds, endpoints) {
    const defaulted = [];
    const value = (v) => ({ value: v, source: DEFAULT_SOURCE });
    const hasLatency = (t) => plan/* LATENCY_KEYS */.SD.some((k) => t[k]);
    if (!hasLatency(thresholds)) {
        const own = endpoints.filter((e) => hasLatency(e.thresholds));
        if (own.length === 0)
            thresholds.p95 = value(defaults/* DEFAULT_THRESHOLDS */.JJ.p95);
        else
            for (const e of endpoints)
                if (!hasLatency(e.thresholds))
                    e.thresholds = { ...e.thresholds, p95: value(defaults/* DEFAULT_THRESHOLDS */.JJ.p95) };
        if (own.length < endpoints.length)
            defaulted.push(`p95 ≤ ${defaults/* DEFAULT_THRESHOLDS */.JJ.p95}ms${own.length > 0 ? ' on each endpoint without a latency limit of its own' : ''}`);
    }
    if (!thresholds.error_rate) {
        const own = endpoints.filter((e) => e.thresholds.error_rate);
        if (own.length === 0)
            thresholds.error_rate = value(defaults/* DEFAULT_THRESHOLDS */.JJ.error_rate);
        else
            for (const e of endpoints)
                if (!e.thresholds.error_rate)
                    e.thresholds = { ...e.thresholds, error_rate: value(defaults/* DEFAULT_THRESHOLDS */.JJ.error_rate) };
        if (own.length < endpoints.length)
            defaulted.push(`error rate ≤ ${defaults/* DEFAULT_THRESHOLDS */.JJ.error_rate}%${own.length > 0 ? ' on each endpoint without its own' : ''}`);
    }
    return defaulted;
}
/** checkThroughputIsReachable stops a gate that can only fail: a minimum throughput above the rate it sends. */
function checkThroughputIsReachable(thresholds, endpoints, model, peakRate, issues) {
    if (model !== 'open')
        return;
    const check = (threshold, share, what) => {
        if (threshold && threshold.value > peakRate * share * 1.0001) {
            issues.push({ source: threshold.source, message: `${what} throughput minimum ${threshold.value} req/s can never be met: the plan sends at most ${+(peakRate * share).toFixed(2)} req/s` });
        }
    };
    check(thresholds.throughput, 1, 'the');
    for (const endpoint of endpoints)
        check(endpoint.thresholds.throughput, endpoint.weight, `${endpoint.name}'s`);
}
/** checkChecksExist: a pass-rate SLO where nothing is checked would judge nothing: a config error on its line, not a silent pass. */
function checkChecksExist(thresholds, endpoints, issues) {
    if (thresholds.checks && !endpoints.some((e) => e.checks.length > 0))
        issues.push({ source: thresholds.checks.source, message: 'thresholds.checks sets a pass rate, but no measured step or endpoint checks its responses (expect: json, body_contains, headers or latency; setup steps are not measured)' });
    for (const endpoint of endpoints) {
        if (endpoint.thresholds.checks && endpoint.checks.length === 0)
            issues.push({ source: endpoint.thresholds.checks.source, message: `${endpoint.name} sets a checks pass rate, but checks nothing of its responses (expect: json, body_contains, headers or latency)` });
    }
}

;// CONCATENATED MODULE: ./src/config/resolve.ts
// From layers of settings to one frozen Plan. Precedence, lowest first: defaults, the file's base,
// the chosen environment's block, environment variables, flags (or action inputs). Every problem,
// including ones that only show when settings meet (warm-up longer than the run), is collected
// before anything runs.























function resolvePlan(input) {
    const merged = mergeLayers(input.layers);
    const view = settingsView(merged, input.vocabulary);
    const { get, sourceOf, isSet, issues, notices } = view;
    const target = (0,requests/* resolveTarget */.u1)(get('load_test.target'), sourceOf('load_test.target'), issues, input.vocabulary);
    const early = decidesEarly(input.mode, view);
    const { load, stageLoad, model, peak } = resolveLoad(view, input.randomSeed, early ? defaults/* DEFAULT_MAX_DURATION_MS */.LN : defaults/* DEFAULT_DURATION_MS */.aQ);
    const sequential = resolveSequential(input.mode, view, load, early);
    // Requests.
    const globalHeaders = (0,requests/* withUrlCredentials */._y)((0,requests/* checkHeaders */.ZZ)(get('load_test.headers') ?? {}, sourceOf('load_test.headers'), issues), target, notices);
    const variables = get('load_test.variables') ?? {};
    const data = resolveData(view, input.readFile ?? noFiles, input.configFile, variables);
    const endpointSpecs = get('load_test.endpoints');
    const known = (0,generators/* bindingsOf */.kK)(variables, data);
    const flowSpecs = { flows: get('load_test.flows'), setup: get('load_test.setup'), onStart: get('load_test.on_start'), maxBodyBytes: get('load_test.max_body') };
    // Plain endpoints may read what setup and on_start capture.
    const plainEndpoints = flowSpecs.flows ? [] : (0,requests/* resolveEndpoints */.$K)(endpointSpecs, sourceOf('load_test.endpoints'), target, issues, notices, sessionBindings(flowSpecs, known), globalHeaders);
    const { endpoints, flows } = resolveFlows(flowSpecs, { specs: endpointSpecs, plans: plainEndpoints, source: sourceOf('load_test.endpoints') }, issues, known, globalHeaders, notices);
    if (!flows && get('load_test.max_body') !== undefined)
        notices.push('max_body is ignored: no step captures or checks a response body');
    // In the open model an arrival runs one flow iteration: it sends as many requests as its flow has steps.
    const requestsPerArrival = flows ? flows.flows.reduce((total, f) => total + f.weight * f.steps.length, 0) : 1;
    const { thresholds, thresholdsAreDefaults } = resolveThresholds(view, endpoints, model, peak * requestsPerArrival);
    const canary = resolveCanary(input.mode, view);
    const rollback = resolveRollback(input.mode, view);
    const baseline = resolveBaseline(input.mode, view, endpoints);
    const reportDir = get('report.dir') ?? defaults/* DEFAULT_OUTPUT_DIR */.w;
    const http = resolveHttp(view, [target ?? '', ...(canary ? [canary.productionUrl] : [])].filter((t) => t !== ''));
    const trace = (0,sections_trace/* resolveTrace */.M)(view, [globalHeaders, ...endpoints.map((e) => e.headers), ...(flows?.setup ?? []).map((s) => s.request.headers)]);
    if (issues.length > 0)
        return { issues };
    const secrets = [
        ...Object.values(globalHeaders),
        ...endpoints.flatMap((e) => Object.values(e.headers)),
        ...(0,redact/* urlSecrets */.Fn)(target),
        ...(0,redact/* urlSecrets */.Fn)(canary?.productionUrl ?? ''),
        ...(0,redact/* urlSecrets */.Fn)(get('load_test.health_path') ?? ''),
        ...endpoints.flatMap((e) => (0,redact/* urlSecrets */.Fn)(e.path)),
    ].filter((v) => v.length >= 4);
    const sources = Object.fromEntries([...merged].map(([key, setting]) => [key, setting.source]));
    const shard = resolveShard(input.mode, get('load_test.shard'), sourceOf('load_test.shard'), load, notices, issues);
    if (shard && baseline)
        notices.push('the baseline is compared at the merge, which sees the whole run, not in each shard');
    const rollout = resolveRollout(input.mode, view, load, stageLoad);
    if (issues.length > 0)
        return { issues };
    if (rollout)
        secrets.push(...[rollout.shift, ...Object.values(rollout.hooks)].filter((h) => h !== null && /^https?:\/\//.test(h)));
    const pushgatewayUrl = get('prometheus.pushgateway_url');
    const slackUrl = get('slack.webhook_url');
    for (const [key, url] of [['prometheus.pushgateway_url', pushgatewayUrl], ['slack.webhook_url', slackUrl]]) {
        if (url !== undefined && !/^https?:\/\//.test(url))
            issues.push({ source: sourceOf(key), message: `expected an http:// or https:// URL, got '${(0,requests/* redactUrlText */.Sl)(url)}'` });
    }
    if (issues.length > 0)
        return { issues };
    // A Slack webhook URL is a credential in full; a Pushgateway's may carry a password.
    if (slackUrl)
        secrets.push(slackUrl, new URL(slackUrl).pathname);
    if (pushgatewayUrl)
        secrets.push(...(0,redact/* urlSecrets */.Fn)(pushgatewayUrl));
    if (rollback?.url)
        secrets.push(rollback.url, new URL(rollback.url).pathname);
    const { secrets: telemetrySecrets, ...telemetry } = resolveTelemetry(view);
    if (issues.length > 0)
        return { issues };
    secrets.push(...telemetrySecrets.filter((v) => v.length >= 4));
    if (isSet('report.export_prefix') && !get('report.export')?.length)
        notices.push(`export_prefix is ignored: nothing is exported (${(0,config_vocabulary/* giveOption */.V)(input.vocabulary, 'report.export', 'locust-csv')})`);
    const resources = resolveResources(merged, issues, input.vocabulary);
    if (issues.length > 0)
        return { issues };
    const plan = {
        mode: input.mode.name,
        resources,
        pushgateway: pushgatewayUrl ? { url: pushgatewayUrl, instance: get('prometheus.instance') ?? null } : null,
        ...telemetry,
        slack: slackUrl ? { webhookUrl: slackUrl, notify: get('slack.notify') ?? 'failure' } : null,
        rollout,
        rollback,
        target: target,
        canary,
        environment: input.environment,
        configFile: input.configFile,
        load: shard ? shard.load : load,
        shard: shard ? shard.plan : null,
        variables,
        data,
        sequential,
        // A shard sees part of the load: the merge compares the whole with the baseline.
        baseline: shard ? null : baseline,
        endpoints,
        flows,
        headers: globalHeaders,
        thresholds,
        thresholdsAreDefaults,
        decision: get('thresholds.decision') ?? 'point',
        healthPath: get('load_test.health_path') ?? null,
        waitForReadyMs: get('load_test.wait_for_ready') ?? defaults/* DEFAULT_WAIT_FOR_READY_MS */.$6,
        insecure: get('load_test.insecure') ?? false,
        http,
        trace,
        reportDir,
        deploymentReport: get('report.deployment_report') ?? `${reportDir.replace(/\/+$/, '')}/deployment_report.md`,
        exports: { locustCsv: get('report.export')?.includes('locust-csv') ? (get('report.export_prefix') ?? `${reportDir.replace(/\/+$/, '')}/locust`) : null },
        secrets,
        notices,
        sources,
        vocabulary: input.vocabulary,
    };
    return { plan: deepFreeze(plan), issues };
}
const noFiles = (path) => {
    throw Object.assign(new Error(`no files can be read here (${path})`), { code: 'ENOENT' });
};
function deepFreeze(value) {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value))
            deepFreeze(child);
    }
    return value;
}

// EXTERNAL MODULE: ./src/config/yaml-reader.ts + 4 modules
var yaml_reader = __webpack_require__(22147);
;// CONCATENATED MODULE: ./src/config/load.ts
// The one way to get a Plan: read the config file, pick the environment, lay variables and flags
// over it, validate everything at once. Both entries (CLI and action) call this; neither reads
// process.env itself here, they pass it in.





function loadPlan(options) {
    const issues = [];
    const env = options.env;
    const configFile = options.configFile ?? chosenFromEnv(env, 'LOADTEST_CONFIG');
    let fileBase = new Map();
    let fileEnvironments = new Map();
    let fileUnreadable = false;
    const fileNotices = [];
    if (configFile) {
        const text = readConfig(configFile, options.readFile, issues);
        const read = text === undefined ? undefined : (0,yaml_reader/* readConfigText */.im)(text, configFile.value, env);
        fileUnreadable = !read?.parsed;
        if (read) {
            issues.push(...read.issues);
            fileBase = read.base;
            fileEnvironments = read.environments;
            fileNotices.push(...read.notices);
            // A file named on purpose that holds nothing is a mistake (the wrong path, a bad checkout);
            // the action's default deploy/performance_config.yml may be empty.
            if (read.empty && configFile.source.kind !== 'default') {
                issues.push({ source: { kind: 'file', file: configFile.value, line: 1, col: 1, keyPath: '(top level)' }, message: `the config file ${configFile.value} is empty (nothing but whitespace or comments); give settings such as thresholds: and load_test:, or drop ${describeChoice(configFile.source)}` });
                fileUnreadable = true;
            }
        }
    }
    const environment = options.environment ?? chosenFromEnv(env, 'LOADTEST_ENVIRONMENT') ?? chosenFromEnv(env, 'ENVIRONMENT');
    let environmentName = environment?.value ?? null;
    let environmentLayer = new Map();
    if (environment && fileEnvironments.size > 0) {
        const block = fileEnvironments.get(environment.value);
        if (block) {
            environmentLayer = block.settings;
            fileNotices.push(...block.notices);
        }
        else {
            const known = [...fileEnvironments.keys()];
            issues.push({ source: environment.source, message: `environment '${environment.value}' is not defined in ${configFile.value}${(0,config_issues/* didYouMean */.au)(environment.value, known)}; defined: ${known.join(', ')}` });
        }
    }
    else if (!environment && fileEnvironments.has(defaults/* DEFAULT_ENVIRONMENT */.Uz)) {
        environmentName = defaults/* DEFAULT_ENVIRONMENT */.Uz;
        environmentLayer = fileEnvironments.get(defaults/* DEFAULT_ENVIRONMENT */.Uz).settings;
        fileNotices.push(...fileEnvironments.get(defaults/* DEFAULT_ENVIRONMENT */.Uz).notices);
    }
    const fromEnv = (0,overrides/* readOverrides */.iP)(envOverrides(env), (o) => ({ kind: 'env', variable: o.env }), env);
    const fromFlags = (0,overrides/* readOverrides */.iP)(options.overrides, options.overrideSource, env);
    issues.push(...fromEnv.issues, ...fromFlags.issues);
    // A file that could not be read or parsed hides every setting in it; what resolving would then
    // report missing (the target, say) is noise, so stop at the reading errors.
    if (fileUnreadable)
        throw new config_issues/* ConfigError */.xL(issues);
    const resolved = resolvePlan({
        mode: options.mode,
        layers: [options.baseLayer ?? new Map(), fileBase, environmentLayer, fromEnv.settings, fromFlags.settings],
        environment: environmentName,
        configFile: configFile?.value ?? null,
        randomSeed: options.randomSeed,
        readFile: options.readFile,
        vocabulary: options.vocabulary,
    });
    issues.push(...resolved.issues);
    if (issues.length > 0 || !resolved.plan)
        throw new config_issues/* ConfigError */.xL(issues);
    if (fileNotices.length === 0)
        return resolved.plan;
    // The plan is frozen: a copy carries the reader's notices ahead of the resolver's.
    return Object.freeze({ ...resolved.plan, notices: Object.freeze([...fileNotices, ...resolved.plan.notices]) });
}
/** describeChoice names how the file was chosen, for "drop --config". */
function describeChoice(source) {
    return source.kind === 'flag' ? source.flag : source.kind === 'env' ? source.variable : source.kind === 'input' ? `the ${source.input} input` : 'it';
}
function readConfig(file, readFile, issues) {
    try {
        return readFile(file.value);
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : error.message;
        issues.push({ source: file.source, message: `cannot read config file ${file.value}: ${why}` });
        return undefined;
    }
}
function chosenFromEnv(env, variable) {
    const value = env[variable];
    return value !== undefined && value.trim() !== '' ? { value: value.trim(), source: { kind: 'env', variable } } : null;
}
/** envOverrides picks the LOADTEST_* variables that are set; an empty variable counts as unset, as in GitHub's env blocks. */
function envOverrides(env) {
    const raw = new Map();
    for (const override of overrides/* OVERRIDES */.u3) {
        const value = env[override.env];
        if (value !== undefined && value.trim() !== '')
            raw.set(override.setting, value);
    }
    return raw;
}


/***/ }),

/***/ 72722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ capture),
/* harmony export */   Kx: () => (/* binding */ describeCapture),
/* harmony export */   mZ: () => (/* binding */ captureReadsBody)
/* harmony export */ });
/* harmony import */ var _cookies_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33219);
/* harmony import */ var _json_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97322);
// Captures: a value taken from a step's response into a variable of the virtual user, for later
// steps' templates (a token from the login's JSON, a CSRF field from a page, a cookie). A capture
// that finds nothing fails the step's iteration (engine/flow.ts): sending `{{token}}` literally, or
// an empty token, would measure the service's 401 path instead of the flow. Pure.


/** describeCapture: where a capture reads, as the config said it. */
function describeCapture(source) {
    switch (source.from) {
        case 'json':
            return `JSON ${source.text}`;
        case 'header':
            return `header ${source.name}`;
        case 'regex':
            return `regex /${source.pattern.source}/`;
        case 'cookie':
            return `cookie ${source.name}`;
    }
}
/** capture: the value a capture takes from `response`; a cookie also from the user's jar (`jar`, read for `requestPath` at `nowMs`). */
function capture(source, response, jar, requestPath, nowMs) {
    switch (source.from) {
        case 'json': {
            const document = response.document();
            if (!document.ok)
                return { ok: false, why: document.why };
            const at = (0,_json_path_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonAt */ .og)(document.value, source.path);
            if (!at.found)
                return { ok: false, why: `${source.text} is not in the body` };
            if (at.value === null || at.value === '')
                return { ok: false, why: `${source.text} is ${at.value === null ? 'null' : 'empty'}` };
            return { ok: true, value: (0,_json_path_js__WEBPACK_IMPORTED_MODULE_0__/* .asText */ .e1)(at.value) };
        }
        case 'header': {
            const [value] = response.headers(source.name);
            return value ? { ok: true, value } : { ok: false, why: `no ${source.name} header` };
        }
        case 'regex': {
            const match = source.pattern.exec(response.bodyText());
            if (!match)
                return { ok: false, why: `/${source.pattern.source}/ does not match the body${response.truncated ? ' (only its start was kept: load_test.max_body)' : ''}` };
            const value = match[1] ?? match[0];
            return value ? { ok: true, value } : { ok: false, why: `/${source.pattern.source}/ matched an empty value` };
        }
        case 'cookie': {
            // This response's Set-Cookie first (the last one of the name wins, as in a browser), else what the user holds.
            const set = response.headers('set-cookie').filter((c) => (0,_cookies_js__WEBPACK_IMPORTED_MODULE_1__/* .setCookieName */ .Gp)(c) === source.name);
            const value = set.length > 0 ? (0,_cookies_js__WEBPACK_IMPORTED_MODULE_1__/* .setCookieValue */ .My)(set[set.length - 1]) : (jar?.value(source.name, requestPath, nowMs) ?? null);
            return value ? { ok: true, value } : { ok: false, why: `no cookie ${source.name}` };
        }
    }
}
/** readsBody: whether a capture needs the response body kept. */
function captureReadsBody(source) {
    return source.from === 'json' || source.from === 'regex';
}


/***/ }),

/***/ 92252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ passes),
/* harmony export */   g: () => (/* binding */ checkReadsBody)
/* harmony export */ });
/* harmony import */ var _json_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97322);
// Checks (`expect`): what a step's response must show beyond its status. A failed check makes the
// request an error with the stable code check_failed (client/outcome.ts), and each check's pass
// rate is reported per step and may carry an SLO. Each check has a name people read in reports,
// made from what it tests. Pure.

/** checkReadsBody: whether a check needs the response body kept. */
function checkReadsBody(test) {
    return test.kind === 'json-exists' || test.kind === 'json-equals' || test.kind === 'json-matches' || test.kind === 'body-contains';
}
/** passes: whether `response` passes the check. */
function passes(test, response) {
    switch (test.kind) {
        case 'latency':
            return response.latencyMs <= test.maxMs;
        case 'body-contains':
            return response.bodyText().includes(test.text);
        case 'header-equals':
            return response.headers(test.name).some((v) => v === test.value);
        default: {
            const document = response.document();
            if (!document.ok)
                return false;
            const at = (0,_json_path_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonAt */ .og)(document.value, test.path);
            if (!at.found)
                return false;
            if (test.kind === 'json-exists')
                return true;
            if (test.kind === 'json-matches')
                return at.value !== null && typeof at.value !== 'object' && test.pattern.test((0,_json_path_js__WEBPACK_IMPORTED_MODULE_0__/* .asText */ .e1)(at.value));
            return deepEqual(at.value, test.value);
        }
    }
}
/** deepEqual: JSON values equal as values (object keys in any order). */
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a))
        return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}


/***/ }),

/***/ 33219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ setCookieName),
/* harmony export */   My: () => (/* binding */ setCookieValue),
/* harmony export */   cP: () => (/* binding */ CookieJar)
/* harmony export */ });
// A cookie jar for one virtual user on one origin (a canary and production each have their own):
// what a browser would keep from Set-Cookie and send back in Cookie (RFC 6265 §5), for the
// attributes that matter against one host: Path, Max-Age and Expires; a Domain the host is not in
// is refused, as a browser refuses it (a jar serves one origin, so a Domain that matches changes
// nothing). Secure is not enforced (a canary on http://127.0.0.1 is how people test).
// Pure, with the clock passed in.
class CookieJar {
    host;
    cookies = new Map();
    /** `host`: the origin's host name, which a Set-Cookie's Domain must cover. */
    constructor(host = '') {
        this.host = host;
    }
    /** size: cookies held (expired ones included until the next read). */
    get size() {
        return this.cookies.size;
    }
    /** take stores one Set-Cookie value received for a request to `requestPath`. */
    take(setCookie, requestPath, nowMs) {
        const [pair, ...attributes] = setCookie.split(';');
        const eq = pair.indexOf('=');
        // A pair without a name is ignored: nothing could send it back under a name.
        if (eq <= 0)
            return;
        const name = pair.slice(0, eq).trim();
        const value = pair.slice(eq + 1).trim();
        let path = defaultPath(requestPath);
        let expiresMs = Infinity;
        let maxAgeSeen = false;
        for (const attribute of attributes) {
            const at = attribute.indexOf('=');
            const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
            const val = at < 0 ? '' : attribute.slice(at + 1).trim();
            if (key === 'domain' && this.host && !domainMatches(this.host, val))
                return;
            if (key === 'path' && val.startsWith('/'))
                path = val;
            else if (key === 'max-age' && /^-?\d+$/.test(val)) {
                // Max-Age wins over Expires whatever their order (§5.3 step 3).
                maxAgeSeen = true;
                expiresMs = Number(val) <= 0 ? -Infinity : nowMs + Number(val) * 1000;
            }
            else if (key === 'expires' && !maxAgeSeen) {
                const when = Date.parse(val);
                if (!Number.isNaN(when))
                    expiresMs = when;
            }
        }
        const key = `${name}\u0000${path}`;
        if (expiresMs <= nowMs)
            this.cookies.delete(key);
        else
            this.cookies.set(key, { value, path, expiresMs });
    }
    /** header: the Cookie header's value for a request to `requestPath`, or null when no cookie applies. Longer paths first (§5.4). */
    header(requestPath, nowMs) {
        const sent = [];
        for (const [key, cookie] of this.cookies) {
            if (cookie.expiresMs <= nowMs) {
                this.cookies.delete(key);
                continue;
            }
            if (pathMatches(requestPath, cookie.path))
                sent.push([key.slice(0, key.indexOf('\u0000')), cookie]);
        }
        if (sent.length === 0)
            return null;
        sent.sort((a, b) => b[1].path.length - a[1].path.length);
        return sent.map(([name, cookie]) => `${name}=${cookie.value}`).join('; ');
    }
    /** value: the value of cookie `name` that a request to `requestPath` would send, or null. */
    value(name, requestPath, nowMs) {
        let best = null;
        for (const [key, cookie] of this.cookies) {
            if (key.slice(0, key.indexOf('\u0000')) !== name || cookie.expiresMs <= nowMs || !pathMatches(requestPath, cookie.path))
                continue;
            if (!best || cookie.path.length > best.path.length)
                best = cookie;
        }
        return best?.value ?? null;
    }
    clear() {
        this.cookies.clear();
    }
}
/** domainMatches: RFC 6265 §5.1.3: the host is the domain (a leading dot ignored) or ends with '.' + it; an IP address only itself. */
function domainMatches(host, domain) {
    const d = domain.replace(/^\./, '').toLowerCase();
    const h = host.toLowerCase();
    if (d === '' || h === d)
        return true;
    return !/^[\d.]+$|:/.test(h) && h.endsWith(`.${d}`);
}
/** defaultPath: RFC 6265 §5.1.4: the request path up to its last '/', or '/'. */
function defaultPath(requestPath) {
    const path = requestPath.split('?')[0];
    const last = path.lastIndexOf('/');
    return last <= 0 ? '/' : path.slice(0, last);
}
/** pathMatches: RFC 6265 §5.1.4 path-match. */
function pathMatches(requestPath, cookiePath) {
    const path = requestPath.split('?')[0] || '/';
    if (path === cookiePath)
        return true;
    if (!path.startsWith(cookiePath))
        return false;
    return cookiePath.endsWith('/') || path[cookiePath.length] === '/';
}
/** setCookieName: the cookie name a Set-Cookie value sets, or null. */
function setCookieName(setCookie) {
    const pair = setCookie.split(';')[0];
    const eq = pair.indexOf('=');
    return eq <= 0 ? null : pair.slice(0, eq).trim();
}
/** setCookieValue: the value a Set-Cookie value sets, or null. */
function setCookieValue(setCookie) {
    const pair = setCookie.split(';')[0];
    const eq = pair.indexOf('=');
    return eq <= 0 ? null : pair.slice(eq + 1).trim();
}


/***/ })

};
