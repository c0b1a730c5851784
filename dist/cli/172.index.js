export const id = 172;
export const ids = [172,891];
export const modules = {

/***/ 7853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k5: () => (/* binding */ CAPACITY_CHOOSES),
/* harmony export */   qQ: () => (/* binding */ readCapacitySettings),
/* harmony export */   qj: () => (/* binding */ CapacitySettingsError),
/* harmony export */   ty: () => (/* binding */ CAPACITY_DOES_NOT)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34529);
/* harmony import */ var _config_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58724);
// The capacity search's settings, read from text the same way for the CLI's flags and the
// action's inputs (each names them its own way): the bounds, the budget, the protections, and the
// headroom gate's production peak (a number, or what `loadtest model` found) and headroom.




/** CAPACITY_CHOOSES: the settings a capacity search sets itself, step by step. */
const CAPACITY_CHOOSES = ['load_test.rate', 'load_test.concurrency', 'load_test.duration', 'load_test.pattern', 'load_test.stages', 'load_test.ramp_up', 'load_test.shard', 'load_test.decide_early', 'load_test.min_duration', 'load_test.abort_on_fail'];
/** CAPACITY_DOES_NOT: the settings (by prefix) of what a capacity search does not do. */
const CAPACITY_DOES_NOT = ['baseline.', 'regression', 'rollback.', 'canary.', 'rollout.', 'report.export', 'prometheus.', 'otlp.', 'slack.', 'resources.'];
/** CapacitySettingsError: a setting that cannot be read, named as the entry names it. */
class CapacitySettingsError extends Error {
}
/** readCapacitySettings: the settings read, or a CapacitySettingsError naming the setting in the entry's vocabulary (the CLI's flag, the action's input). */
function readCapacitySettings(raw, vocabulary) {
    const nameOf = (setting) => (0,_config_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .optionName */ .fS)(vocabulary, `capacity.${setting}`);
    const rate = (name, text, fallback) => {
        if (text === null)
            return fallback;
        const value = Number(/^\s*([\d.]+)\s*(?:req\/s(?:ec)?|rps)?\s*$/i.exec(text)?.[1]);
        if (!(value > 0))
            throw new CapacitySettingsError(`${name}: expected a rate in requests per second like 100, got '${text}'`);
        return value;
    };
    const duration = (name, text, fallbackMs, minMs) => {
        if (text === null)
            return fallbackMs;
        const parsed = (0,_config_units_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(text, 's', '10m');
        if (!parsed.ok || parsed.value < minMs)
            throw new CapacitySettingsError(`${name}: expected a duration like 10m${minMs > 0 ? ` (at least ${minMs / 1000}s)` : ''}, got '${text}'`);
        return parsed.value;
    };
    const fromRate = rate(nameOf('from'), raw.from, 10);
    const toRate = rate(nameOf('to'), raw.to, 10_000);
    if (fromRate > toRate)
        throw new CapacitySettingsError(`${nameOf('from')} ${fromRate} is above ${nameOf('to')} ${toRate}`);
    const ceiling = duration(nameOf('ceiling'), raw.ceiling, 5000, 1);
    let minHeadroom = null;
    if (raw.minHeadroom !== null) {
        const headroom = Number(/^\s*([\d.]+)\s*x?\s*$/i.exec(raw.minHeadroom)?.[1]);
        if (!(headroom >= 1 && headroom <= 1000))
            throw new CapacitySettingsError(`${nameOf('minHeadroom')}: expected a multiple of production's peak of at least 1, like 1.5x, got '${raw.minHeadroom}'`);
        minHeadroom = headroom;
    }
    const productionPeak = raw.productionPeak === null ? null : peakOf(raw.productionPeak, nameOf('productionPeak'));
    if ((productionPeak === null) !== (minHeadroom === null))
        throw new CapacitySettingsError(`the headroom gate needs both ${nameOf('productionPeak')} and ${nameOf('minHeadroom')}`);
    if (raw.productionUrl !== null && productionPeak !== null)
        throw new CapacitySettingsError(`give one gate: ${nameOf('productionUrl')} (the canary against production, searched side by side) or ${nameOf('productionPeak')} with ${nameOf('minHeadroom')}`);
    if (raw.productionUrl !== null && !/^https?:\/\/[^/]/.test(raw.productionUrl))
        throw new CapacitySettingsError(`${nameOf('productionUrl')}: expected production's base URL like https://prod.internal, got '${raw.productionUrl}'`);
    if (raw.maxDrop !== null && raw.productionUrl === null)
        throw new CapacitySettingsError(`${nameOf('maxDrop')} applies with ${nameOf('productionUrl')}`);
    const maxDrop = raw.maxDrop === null ? 10 : Number(/^\s*-?([\d.]+)\s*%?\s*$/.exec(raw.maxDrop)?.[1]);
    if (!(maxDrop >= 0 && maxDrop < 100))
        throw new CapacitySettingsError(`${nameOf('maxDrop')}: expected how much less than production the canary may sustain, like 10%, got '${raw.maxDrop}'`);
    if (productionPeak !== null && minHeadroom !== null && productionPeak * minHeadroom > toRate) {
        throw new CapacitySettingsError(`${nameOf('to')} ${toRate} is under the ${Math.round(productionPeak * minHeadroom * 100) / 100} req/s the headroom gate needs shown (${minHeadroom}× production's peak ${productionPeak}): raise ${nameOf('to')}`);
    }
    return {
        fromRate,
        toRate,
        maxDurationMs: duration(nameOf('maxDuration'), raw.maxDuration, 10 * 60_000, 10_000),
        cooldownMs: duration(nameOf('cooldown'), raw.cooldown, 5000, 0),
        ceilingMs: ceiling,
        resolution: 0.05,
        growth: 2,
        minStepMs: duration(nameOf('stepDuration'), raw.stepDuration, 5000, 1000),
        productionPeak,
        minHeadroom,
        productionUrl: raw.productionUrl,
        maxDropPercent: maxDrop,
    };
}
/** peakOf: production's peak: a number, or what `loadtest model` found (its folder, or its model.json): the busiest minute's rate. */
function peakOf(text, name) {
    const number = Number(/^\s*([\d.]+)\s*(?:req\/s(?:ec)?|rps)?\s*$/i.exec(text)?.[1]);
    if (number > 0)
        return number;
    let file = text;
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(text).isDirectory())
            file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(text, 'model.json');
        const facts = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        if (typeof facts.peakMinutePerSecond === 'number' && facts.peakMinutePerSecond > 0)
            return facts.peakMinutePerSecond;
        throw new Error('it holds no peakMinutePerSecond');
    }
    catch (error) {
        const code = error.code;
        throw new CapacitySettingsError(`${name}: expected a rate like 1200 or a \`loadtest model\` folder (its model.json), got '${text}'${code === 'ENOENT' ? ' (no such file)' : error instanceof SyntaxError ? ' (not JSON)' : `: ${error.message}`}`);
    }
}


/***/ }),

/***/ 49525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ MODE_NAMES),
/* harmony export */   g: () => (/* binding */ MODE_NEEDS)
/* harmony export */ });
// The modes by name, with what each needs of a plan: the light half of modes.ts, which entries
// read to parse their arguments before (and without) loading the machinery that runs a mode.
const SINGLE_RUN = { rollout: false, baselineIgnored: null, shard: true };
const MODE_NEEDS = {
    run: { ...SINGLE_RUN, canary: 'ignored' },
    canary: { ...SINGLE_RUN, canary: 'required', shard: false },
    rollout: { canary: 'allowed', rollout: true, baselineIgnored: 'in a rollout: each stage is gated by its SLOs (and a canary comparison, if configured)', shard: false },
    merge: { ...SINGLE_RUN, canary: 'ignored' },
};
const MODE_NAMES = Object.keys(MODE_NEEDS);


/***/ }),

/***/ 84172:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/app/mode-names.ts
var mode_names = __webpack_require__(49525);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __webpack_require__(11012);
// EXTERNAL MODULE: ./src/config/overrides.ts
var config_overrides = __webpack_require__(90423);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
;// CONCATENATED MODULE: ./src/model/options.ts
// How `loadtest model` is asked to shape what it writes, read from text the same way for the
// CLI's flags and the action's inputs: each reader gives the value, or what was expected (the
// entry puts its own name for the setting in front: `--scale` or `model-scale`).

/** readScale: a multiple of production's rate, `2x` or `0.5`. */
function readScale(text) {
    const scale = Number(/^\s*([\d.]+)\s*x?\s*$/i.exec(text)?.[1]);
    return scale > 0 && scale <= 1000 ? { ok: true, value: scale } : { ok: false, expected: `a multiple of production's rate like 2x or 0.5, got '${text}'` };
}
/** readRateAt: a percentile of the per-minute rates, `p95`. */
function readRateAt(text) {
    const rateAt = Number(/^p(\d{1,2}(?:\.\d+)?|100)$/i.exec(text.trim())?.[1]);
    return rateAt > 0 && rateAt <= 100 ? { ok: true, value: rateAt } : { ok: false, expected: `a percentile of the per-minute rates like p95, got '${text}'` };
}
/** readThreshold: points of share a route may move before it counts as drift, `5`. */
function readThreshold(text) {
    const threshold = Number(/^\s*([\d.]+)\s*(?:points?|pts?|%)?\s*$/i.exec(text)?.[1]);
    return threshold > 0 && threshold < 100 ? { ok: true, value: threshold } : { ok: false, expected: `percentage points of share like 5, got '${text}'` };
}
/** readSince: how far back a Prometheus query looks, 10 s to 31 days, `1h`. */
function readSince(text) {
    const since = (0,units/* parseDuration */.E9)(text, 's', '1h');
    return since.ok && since.value >= 10_000 && since.value <= 31 * 24 * 3_600_000 ? { ok: true, value: since.value } : { ok: false, expected: `how far back to look, from 10s to 31 days, like 1h or 168h, got '${text}'` };
}
/** readThreads: how many parts of a log to read at once, 1 to 64. */
function readThreads(text) {
    const threads = Number(text);
    return Number.isInteger(threads) && threads >= 1 && threads <= 64 && text.trim() !== '' ? { ok: true, value: threads } : { ok: false, expected: `how many parts of a log to read at once, 1 to 64, got '${text}'` };
}

// EXTERNAL MODULE: ./src/model/prometheus.ts
var model_prometheus = __webpack_require__(53529);
// EXTERNAL MODULE: ./src/app/capacity-settings.ts
var capacity_settings = __webpack_require__(7853);
;// CONCATENATED MODULE: ./src/cli/args.ts
// Command-line arguments: the command, the flags from the override table, and a few of the CLI's
// own. Mistakes are usage errors (exit 2) with a did-you-mean.







/** COMMANDS: one per mode (app/modes.ts), and the CLI's own. */
const OWN_COMMANDS = ['report', 'import', 'model', 'capacity', 'demo', 'serve-demo', 'help', 'version'];
const COMMANDS = [...mode_names/* MODE_NAMES */.J, ...OWN_COMMANDS];
const DEMOS = ['run', 'canary', 'rollout', 'flow'];
class UsageError extends Error {
    name = 'UsageError';
}
const OWN_OPTIONS = {
    config: { type: 'string', short: 'c' },
    environment: { type: 'string', short: 'e' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
    'demo-latency': { type: 'string' },
    'demo-error-rate': { type: 'string' },
    port: { type: 'string' },
    'canary-url': { type: 'string' },
    html: { type: 'string' },
    from: { type: 'string', multiple: true },
    out: { type: 'string' },
    scale: { type: 'string' },
    'rate-at': { type: 'string' },
    'log-format': { type: 'string' },
    check: { type: 'string' },
    threshold: { type: 'string' },
    threads: { type: 'string' },
    to: { type: 'string' },
    'max-duration': { type: 'string' },
    'step-duration': { type: 'string' },
    cooldown: { type: 'string' },
    ceiling: { type: 'string' },
    'production-peak': { type: 'string' },
    'min-headroom': { type: 'string' },
    'max-drop': { type: 'string' },
    prometheus: { type: 'string' },
    routes: { type: 'string' },
    openapi: { type: 'string' },
    har: { type: 'string' },
    query: { type: 'string' },
    since: { type: 'string' },
};
/**
 * SEED_FLAGS: the seeds' own vocabulary (canary_verify.py --shadow-test --load-test, load_test.py
 * --concurrency) and what does that here, so "unknown option" comes with a way forward.
 */
const SEED_FLAGS = {
    '--load-test': 'a load test before promotion is a command here, not a flag: `loadtest canary --canary-url URL --production-url URL` (the canary against production) or `loadtest rollout --target URL --stages YAML --shift CMD|URL` (a gated progressive rollout); `loadtest run --target URL` tests one service',
    '--shadow-test': 'shadow testing is not part of this tool: run it as its own job and this one after it (needs: shadow-test); `loadtest canary` sends the same requests to the canary and production at once',
    '--load-concurrency': 'use --concurrency N (virtual users)',
    '--load-duration': 'use --duration D (60s, 5m; plain numbers are seconds)',
    '--load-rate': 'use --rate R (arrivals per second)',
    '--load-pattern': 'use --pattern sustained|burst|ramp-up',
};
function options() {
    const all = { ...OWN_OPTIONS };
    for (const o of config_overrides/* OVERRIDES */.u3) {
        const name = o.flag.slice(2);
        all[name] = o.kind === 'switch' ? { type: 'boolean' } : o.kind === 'headers' ? { type: 'string', multiple: true } : { type: 'string' };
    }
    return all;
}
function parseCliArgs(argv) {
    const known = options();
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], options: known, allowPositionals: true, strict: true });
    }
    catch (error) {
        const message = error.message;
        const unknown = /Unknown option '(-{1,2}[^'=]+)/.exec(message)?.[1];
        if (unknown && Object.hasOwn(SEED_FLAGS, unknown))
            throw new UsageError(`unknown option ${unknown}: ${SEED_FLAGS[unknown]}; see --help`);
        if (unknown)
            throw new UsageError(`unknown option ${unknown}${(0,issues/* didYouMean */.au)(unknown.replace(/^-+/, ''), Object.keys(known)).replace(/'([^']+)'/, "'--$1'")}; see --help`);
        throw new UsageError(message.replace(/\. To specify an option argument starting with a dash.*$/s, '').trim());
    }
    const values = parsed.values;
    const positionals = [...parsed.positionals];
    let command = 'run';
    if (values.help)
        command = 'help';
    else if (values.version)
        command = 'version';
    else if (positionals.length > 0 && COMMANDS.includes(positionals[0]))
        command = positionals.shift();
    else if (positionals.length > 0 && !/^https?:\/\//.test(positionals[0])) {
        throw new UsageError(`unknown command '${positionals[0]}'${(0,issues/* didYouMean */.au)(positionals[0], COMMANDS)}; commands: ${COMMANDS.join(', ')}`);
    }
    const overrides = new Map();
    for (const o of config_overrides/* OVERRIDES */.u3) {
        const value = values[o.flag.slice(2)];
        if (value !== undefined)
            overrides.set(o.setting, value);
    }
    // `canary --canary-url URL` names the canary: it is the target the run judges.
    const canaryUrl = values['canary-url'];
    const flagOf = new Map();
    if (canaryUrl !== undefined) {
        if (command !== 'canary')
            throw new UsageError('--canary-url applies to the canary command; use --target for run');
        if (overrides.has('load_test.target'))
            throw new UsageError('give the canary once: --canary-url and --target both given');
        overrides.set('load_test.target', canaryUrl);
        flagOf.set('load_test.target', '--canary-url');
    }
    let demo = 'run';
    if (command === 'demo' && positionals.length > 0) {
        const kind = positionals.shift();
        if (!DEMOS.includes(kind))
            throw new UsageError(`unknown demo '${kind}'${(0,issues/* didYouMean */.au)(kind, DEMOS)}; demos: ${DEMOS.join(', ')}`);
        demo = kind;
    }
    // `import har FILE.har`: what to import, then the file.
    if (command === 'import') {
        const [kind, file] = positionals.splice(0, 2);
        if (kind !== 'har')
            throw new UsageError(kind === undefined ? 'import needs what to import: loadtest import har recording.har > flows.yml' : `cannot import '${kind}'${(0,issues/* didYouMean */.au)(kind, ['har'])}; import reads a browser recording: loadtest import har recording.har > flows.yml`);
        if (file === undefined)
            throw new UsageError('import har needs the .har file: loadtest import har recording.har > flows.yml');
        positionals.unshift(file);
    }
    // `run URL` is shorthand for `run --target URL`.
    if (positionals.length > 0 && command === 'run') {
        if (overrides.has('load_test.target'))
            throw new UsageError(`give the target once: '${positionals[0]}' and --target both given`);
        overrides.set('load_test.target', positionals.shift());
    }
    const paths = command === 'merge' || command === 'report' || command === 'import' ? positionals.splice(0) : [];
    if (command === 'import' && paths.length > 1)
        throw new UsageError(`import har reads one file; unexpected '${paths[1]}'`);
    if (command === 'report' && paths.length !== 1)
        throw new UsageError('report renders one results.json: loadtest report loadtest-report/results.json --html report.html');
    if (values.html !== undefined && command !== 'report')
        throw new UsageError('--html applies to the report command; every run writes report.html into its report directory');
    if (command === 'merge' && paths.length === 0)
        throw new UsageError('merge needs the shards\' report directories (or results.json files): loadtest merge shard-1/ shard-2/ …');
    if (command === 'merge' && overrides.has('load_test.shard'))
        throw new UsageError('--shard applies to the load jobs; merge reads every shard');
    if (positionals.length > 0)
        throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (command === 'demo' && overrides.has('load_test.target'))
        throw new UsageError('demo runs against its own embedded target; use `run --target URL` for your service');
    // A run's settings mean nothing to the commands that read or write files: said, not dropped.
    if ((command === 'report' || command === 'import' || command === 'model') && overrides.size > 0) {
        const flag = config_overrides/* OVERRIDES */.u3.find((o) => overrides.has(o.setting)).flag;
        throw new UsageError(`${flag} applies to runs (run, canary, rollout, merge, demo), not to ${command}${command === 'model' ? ': set it in the written config, or on the run that reads it' : ''}`);
    }
    if ((command === 'report' || command === 'import') && (values.config !== undefined || values.environment !== undefined))
        throw new UsageError(`--${values.config !== undefined ? 'config' : 'environment'} applies to runs, not to ${command}`);
    if (command === 'model' && values.environment !== undefined)
        throw new UsageError('--environment applies to runs, not to model');
    const capacityOptions = ['to', 'max-duration', 'step-duration', 'max-drop', 'cooldown', 'ceiling', 'production-peak', 'min-headroom'].filter((name) => values[name] !== undefined);
    if (command !== 'capacity' && capacityOptions.length > 0)
        throw new UsageError(`--${capacityOptions[0]} applies to the capacity command`);
    if (command === 'capacity') {
        // The search sets the rate, the model and each step's length: a run's load flags would be dropped.
        const load = config_overrides/* OVERRIDES */.u3.find((o) => capacity_settings/* CAPACITY_CHOOSES */.k5.includes(o.setting) && overrides.has(o.setting));
        if (load)
            throw new UsageError(`${load.flag} does not apply to capacity: the search chooses each step's rate and length (bound it with --from, --to and --max-duration)`);
        const other = config_overrides/* OVERRIDES */.u3.find((o) => overrides.has(o.setting) && o.setting !== 'canary.production_url' && capacity_settings/* CAPACITY_DOES_NOT */.ty.some((prefix) => o.setting.startsWith(prefix)));
        if (other)
            throw new UsageError(`${other.flag} does not apply to capacity: a search finds a rate; its steps are not gated, rolled back, compared with a baseline or pushed`);
        if ((values.from ?? []).length > 1)
            throw new UsageError('capacity starts from one rate: --from 50');
    }
    // capacity --production-url searches production beside the target (not the canary section of a run).
    const capacityProduction = command === 'capacity' ? (overrides.get('canary.production_url') ?? null) : null;
    if (command === 'capacity')
        overrides.delete('canary.production_url');
    const modelOptions = ['from', 'out', 'scale', 'rate-at', 'log-format', 'threads', 'check', 'threshold', 'prometheus', 'routes', 'openapi', 'har', 'query', 'since'].filter((name) => values[name] !== undefined);
    if (command !== 'model' && modelOptions.some((o) => o !== 'from' || command !== 'capacity'))
        throw new UsageError(`--${modelOptions.find((o) => o !== 'from' || command !== 'capacity')} applies to the model command`);
    const from = command === 'capacity' ? [] : (values.from ?? []);
    const prometheus = values.prometheus ?? null;
    const openapi = values.openapi ?? null;
    const har = values.har ?? null;
    if ([from.length > 0, prometheus !== null, openapi !== null, har !== null].filter(Boolean).length > 1)
        throw new UsageError('give one source: --from logs, --prometheus URL, --openapi FILE or --har FILE');
    if (command === 'model' && from.length === 0 && prometheus === null && openapi === null && har === null)
        throw new UsageError('model needs production evidence: loadtest model --from access.log [--from more.log.gz] [--out DIR] [--scale 2x], or --prometheus URL [--query PROMQL] [--since 1h], or --openapi spec.yaml, or --har recording.har');
    if (from.length > 0 && prometheus !== null)
        throw new UsageError('give --from logs or --prometheus, not both');
    // Each source reads only some options: the others are said, not dropped.
    if (command === 'model') {
        const source = prometheus !== null ? '--prometheus' : openapi !== null ? '--openapi' : har !== null ? '--har' : '--from';
        const readBy = {
            '--from': ['routes', 'log-format', 'threads', 'scale', 'rate-at', 'check', 'threshold', 'config'],
            '--prometheus': ['query', 'since', 'scale', 'rate-at', 'check', 'threshold', 'config'],
            '--openapi': [],
            '--har': [],
        };
        const stray = ['routes', 'log-format', 'threads', 'scale', 'rate-at', 'check', 'threshold', 'query', 'since', 'config'].find((name) => values[name] !== undefined && !readBy[source].includes(name));
        if (stray)
            throw new UsageError(`--${stray} does not apply to model ${source}${source === '--openapi' || source === '--har' ? ': it writes endpoints or flows without a rate, from the document alone' : ''}`);
        if (values.check !== undefined && (values.scale !== undefined || values['rate-at'] !== undefined))
            throw new UsageError(`--${values.scale !== undefined ? 'scale' : 'rate-at'} shapes a written model; --check writes none`);
    }
    if (prometheus !== null && !/^https?:\/\/[^/]/.test(prometheus))
        throw new UsageError(`--prometheus: expected the server's URL like http://prometheus:9090, got '${prometheus}'`);
    const read = (flag, text, reader) => {
        const r = reader(text);
        if (!r.ok)
            throw new UsageError(`--${flag}: expected ${r.expected}`);
        return r.value;
    };
    const sinceMs = read('since', values.since ?? '1h', readSince);
    const scale = read('scale', values.scale ?? '1', readScale);
    const rateAt = values['rate-at'] === undefined ? null : read('rate-at', values['rate-at'], readRateAt);
    const threshold = read('threshold', values.threshold ?? '5', readThreshold);
    if (values.threshold !== undefined && values.check === undefined)
        throw new UsageError('--threshold applies to model --check');
    if (values.check !== undefined && values.config !== undefined)
        throw new UsageError('--config gives model a config to write production\'s traffic into; --check compares the config it names: give one of them');
    const threads = values.threads === undefined ? null : read('threads', values.threads, readThreads);
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(`--port: expected a port number from 0 to 65535, got '${values.port}'`);
    if (values.port !== undefined && command !== 'serve-demo')
        throw new UsageError('--port applies to serve-demo only');
    return {
        command,
        overrides,
        config: values.config ?? null,
        environment: values.environment ?? null,
        quiet: values.quiet === true,
        demoLatency: values['demo-latency'] ?? null,
        demoErrorRate: values['demo-error-rate'] ?? null,
        port,
        demo,
        paths,
        html: values.html ?? null,
        flagOf,
        capacity: {
            from: command === 'capacity' ? ((values.from ?? [])[0] ?? null) : null,
            to: values.to ?? null,
            maxDuration: values['max-duration'] ?? null,
            stepDuration: values['step-duration'] ?? null,
            cooldown: values.cooldown ?? null,
            ceiling: values.ceiling ?? null,
            productionPeak: values['production-peak'] ?? null,
            minHeadroom: values['min-headroom'] ?? null,
            productionUrl: capacityProduction,
            maxDrop: values['max-drop'] ?? null,
        },
        model: { har, openapi, routes: values.routes ?? null, from, out: values.out ?? 'loadtest-model', scale, rateAt, logFormat: values['log-format'] ?? null, threads, check: values.check ?? null, threshold, prometheus, query: values.query ?? model_prometheus/* DEFAULT_PROMQL */.Gi, sinceMs },
    };
}

;// CONCATENATED MODULE: ./src/cli/help.ts
// --help, built from the override table so it always lists every flag and its variable.


function helpText() {
    const flags = config_overrides/* OVERRIDES */.u3.map((o) => {
        const left = `  ${o.flag}${o.valueName ? ` ${o.valueName}` : ''}`;
        return `${left.padEnd(30)} ${o.help}  [${o.env}]`;
    });
    return `${version/* TOOL_NAME */.l} ${version/* TOOL_VERSION */.w}: load-test a deployment and gate it on its SLOs

Usage:
  loadtest run --target URL [options]     load-test your service
  loadtest canary --canary-url URL --production-url URL [options]
                                          load-test canary and production with the same requests,
                                          and judge the canary against production
  loadtest rollout --target URL --stages YAML --shift CMD|URL [options]
                                          progressive rollout: shift traffic, load-test, gate, each stage
  loadtest merge DIR|FILE... [options]    judge the shards of a sharded run (--shard i/N) as one run:
                                          histograms added exactly, one summary, one verdict
  loadtest report results.json [--html FILE]
                                          render a results.json as report.html (default: beside it)
  loadtest import har FILE.har > flows.yml
                                          a browser recording as a flow: API requests in order, tokens
                                          and cookies captured where they came from, no secret copied
  loadtest model --from access.log [--from …] [--log-format FMT] [--routes FILE] [--config FILE] [--out DIR] [--scale 2x] [--rate-at p95] [--threads N]
                                          production's access logs (nginx/Apache combined, AWS ALB,
                                          Envoy, JSON, an nginx log_format; gzip too) as a load_test:
                                          routes, weights, real IDs, each route's peaks, the rate
                                          (a plain log of 64 MB or more is read in parts at once,
                                          one per core up to 4, or N); with --config, FILE with its
                                          traffic replaced and the rest kept; or --prometheus URL
                                          [--query PROMQL] [--since 1h]; or --openapi spec.yaml;
                                          or --har recording.har (flows, as import har);
                                          with --check CONFIG
                                          [--threshold 5]: exit 1 when its mix drifted from production's
  loadtest capacity --target URL [--from 10] [--to 10000] [--max-duration 10m] [--step-duration 5s] [--cooldown 5s] [--ceiling 5s]
                  [--production-peak R|DIR --min-headroom 1.5x | --production-url URL --max-drop 10%] [options]
                                          the highest rate the service sustains within its SLOs:
                                          open-model steps, up by 2× then bisected, the best rate
                                          re-run to confirm; with production's peak (a number or a
                                          loadtest model folder), fail when the headroom is short;
                                          with --production-url, production searched step for step
                                          beside it: fail when the canary sustains too much less
  loadtest demo [canary|rollout|flow] [options]
                                          start the embedded demo service(s) and run that pipeline
  loadtest serve-demo [--port N]          only serve the demo service (until Ctrl-C), for a workflow to test
  loadtest --help | --version

Options:
  -c, --config FILE              performance_config.yml to read  [LOADTEST_CONFIG]
  -e, --environment NAME         environments.<NAME> block to apply  [ENVIRONMENT]
                                 (default: staging when the file defines it)
  -q, --quiet                    no plan or progress lines, only the summary
${flags.join('\n')}

Canary:
  --canary-url URL               the canary (same as --target)

Demo only:
  --demo-latency D               the demo service's median latency (default 15ms)
  --demo-error-rate PCT          share of demo requests that answer 500 (default 0.2%)
  --port N                       serve-demo: port on 127.0.0.1 (default: a free one)

The seeds' scripts, here:
  load_test.py --concurrency N --duration S --target URL
                                 loadtest run --target URL --concurrency N --duration S
  canary_verify.py --load-test   loadtest canary --canary-url URL --production-url URL
  progressive_rollout.py         loadtest rollout --target URL --stages YAML --shift CMD|URL
  --auto-rollback-on-loadfail    the same flag, with --rollback HOW

Precedence: flag > variable > environment block > config file > defaults.

Exit codes: 0 pass · 1 SLO violated or regressed from the baseline · 2 config or usage error, an
unreadable baseline, or shards that cannot be merged · 3 inconclusive · 4 target unreachable

Reports go to --output (default ./loadtest-report): report.html (charts, opens offline),
results.json, performance_report.md, metrics.prom, and an entry appended to deployment_report.md.
`;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI's work, given its arguments and a few I/O functions; returns the exit code. index.ts wires
// it to the real process (argv, env, signals, stdout). Each command's code is imported when that
// command runs (the bundle splits there): `loadtest model` over a gigabyte of log, or a worker of
// it, must not carry the artifact and GitHub clients in memory.





async function main(argv, io) {
    let args;
    try {
        args = parseCliArgs(argv);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        io.err(`error: ${error.message}`);
        return model/* EXIT_CODES */.ai.config;
    }
    if (args.command === 'help') {
        io.out(helpText());
        return 0;
    }
    if (args.command === 'version') {
        io.out(`${version/* TOOL_NAME */.l} ${version/* TOOL_VERSION */.w}`);
        return 0;
    }
    if (args.command === 'serve-demo')
        return (await __webpack_require__.e(/* import() */ 880).then(__webpack_require__.bind(__webpack_require__, 97880))).serveDemo(args, io);
    if (args.command === 'report')
        return (await Promise.all(/* import() */[__webpack_require__.e(961), __webpack_require__.e(246), __webpack_require__.e(212), __webpack_require__.e(481)]).then(__webpack_require__.bind(__webpack_require__, 35481))).renderReportFile(args, io);
    if (args.command === 'import')
        return (await Promise.all(/* import() */[__webpack_require__.e(10), __webpack_require__.e(176)]).then(__webpack_require__.bind(__webpack_require__, 26176))).importFile(args, io);
    if (args.command === 'model')
        return (await Promise.all(/* import() */[__webpack_require__.e(246), __webpack_require__.e(723), __webpack_require__.e(684), __webpack_require__.e(10), __webpack_require__.e(304)]).then(__webpack_require__.bind(__webpack_require__, 33304))).modelFiles(args, io);
    if (args.command === 'capacity')
        return (await Promise.all(/* import() */[__webpack_require__.e(961), __webpack_require__.e(690), __webpack_require__.e(246), __webpack_require__.e(212), __webpack_require__.e(723), __webpack_require__.e(372), __webpack_require__.e(860)]).then(__webpack_require__.bind(__webpack_require__, 2860))).capacityCommand(args, io);
    const { runPlan } = await Promise.all(/* import() */[__webpack_require__.e(961), __webpack_require__.e(690), __webpack_require__.e(246), __webpack_require__.e(212), __webpack_require__.e(723), __webpack_require__.e(372)]).then(__webpack_require__.bind(__webpack_require__, 68372));
    // merge judges the shards of a sharded run (args.paths) as one run; the config and flags still choose where reports go.
    if (mode_names/* MODE_NAMES */.J.includes(args.command))
        return runPlan(args, io, args.command, { shards: args.command === 'merge' ? async () => args.paths : undefined });
    return (await __webpack_require__.e(/* import() */ 880).then(__webpack_require__.bind(__webpack_require__, 97880))).runDemo(args, io, (mode, baseLayer) => runPlan(args, io, mode, { baseLayer }));
}

;// CONCATENATED MODULE: ./src/cli/process.ts
// The CLI's process: wires main() to argv, env, signals and stdout. Ctrl-C or SIGTERM stops the
// load and still writes the partial report; a second signal exits at once.



/** INTERNAL_ERROR_EXIT: a bug, not a verdict (sysexits' EX_SOFTWARE). */
const INTERNAL_ERROR_EXIT = 70;
const controller = new AbortController();
let signals = 0;
const onSignal = (name) => {
    signals++;
    if (signals > 1)
        process.exit(130);
    process.stderr.write(`\n${name}: stopping; a run's partial report will still be written (send it again to exit at once)\n`);
    controller.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
// A reader that goes away (`loadtest run … | head`) must not cost the run its reports: stop
// printing and carry on to the end.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED')
            throw error;
    });
}
const tty = process.stdout.isTTY === true;
let midLine = false;
const endLine = () => {
    if (midLine)
        process.stdout.write('\n');
    midLine = false;
};
main(process.argv.slice(2), {
    out: (text) => {
        endLine();
        process.stdout.write(`${text}\n`);
    },
    err: (text) => {
        endLine();
        process.stderr.write(`${text}\n`);
    },
    progress: (text) => {
        if (tty) {
            process.stdout.write(`\r\x1b[K${text}`);
            midLine = true;
        }
        else
            process.stdout.write(`${text}\n`);
    },
    env: process.env,
    // This script again, as a thread (index.ts sends it to the worker's work): the real path, since a
    // package manager's bin link has no .js to say it is a module. None when it cannot be found
    // (`node dist/cli/index`): the work then runs on this thread.
    worker: threadEntry() === null ? undefined : (workerData) => new external_node_worker_threads_.Worker(threadEntry(), { workerData }),
    signal: controller.signal,
    progressEverySeconds: tty ? 1 : 5,
    readLimits: () => {
        try {
            return (0,external_node_fs_.readFileSync)('/proc/self/limits', 'utf8');
        }
        catch {
            return null;
        }
    },
}).then((code) => {
    endLine();
    process.exitCode = code;
}, (error) => {
    endLine();
    process.stderr.write(`internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = INTERNAL_ERROR_EXIT;
});
/** threadEntry: the file this process runs, resolved, if it is one a worker thread can start. */
function threadEntry() {
    try {
        const path = (0,external_node_fs_.realpathSync)(process.argv[1]);
        return /\.[cm]?js$/.test(path) ? path : null;
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 87697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ allowedIncrease),
/* harmony export */   UI: () => (/* binding */ DEFAULT_REQUIRED),
/* harmony export */   XT: () => (/* binding */ parseRequired),
/* harmony export */   eL: () => (/* binding */ DEFAULT_CRITERIA),
/* harmony export */   vP: () => (/* binding */ parseCriteria),
/* harmony export */   wo: () => (/* binding */ COMPARED_METRICS)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34529);
// Comparison rules in the style of Keptn's criteria: "<=+10%" (at most 10% above the reference),
// "<=+50ms" or "<=+0.5" (at most that much above it, in the metric's unit: ms, or percentage points
// for the error rate), "<800ms" (an absolute cap on the canary's own value). A list means all hold.

const COMPARED_METRICS = ['p50', 'p90', 'p95', 'p99', 'p999', 'error_rate'];
const UNIT_MS = { us: 0.001, ms: 1, s: 1000 };
/** parseCriteria reads one rule or a list of rules for `metric`. */
function parseCriteria(raw, metric) {
    const items = Array.isArray(raw) ? raw : [raw];
    const out = [];
    for (const item of items) {
        const parsed = parseCriterion(item, metric);
        if (!parsed.ok)
            return parsed;
        out.push(parsed.value);
    }
    return out.length === 0 ? { ok: false, error: 'expected at least one rule like "<=+10%"' } : { ok: true, value: out };
}
function parseCriterion(raw, metric) {
    const latency = metric !== 'error_rate';
    const example = latency ? '"<=+10%", "<=+50ms" or "<800ms"' : '"<=+10%", "<=+0.5" (percentage points) or "<2%"';
    const text = typeof raw === 'number' ? `<=${raw}` : typeof raw === 'string' ? raw.trim() : null;
    const match = text === null ? null : /^(<=|<)\s*([+])?\s*(\d+(?:\.\d+)?)\s*(%|ms|s|us)?$/.exec(text);
    if (!match || (!latency && (match[4] === 'ms' || match[4] === 's' || match[4] === 'us')))
        return { ok: false, error: `expected a rule like ${example}, got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
    const strict = match[1] === '<';
    const amount = Number(match[3]);
    const unit = match[4];
    if (match[2] === '+') {
        if (unit === '%')
            return { ok: true, value: { kind: 'relative', percent: amount, strict, text: text } };
        return { ok: true, value: { kind: 'increase', amount: latency ? amount * UNIT_MS[unit ?? 'ms'] : amount, strict, text: text } };
    }
    if (latency && unit === '%')
        return { ok: false, error: `a latency cap needs a duration like "<800ms", got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
    return { ok: true, value: { kind: 'cap', value: latency ? amount * UNIT_MS[unit ?? 'ms'] : amount, strict, text: text } };
}
/** DEFAULT_CRITERIA: a canary may be 10% slower at the median and p95, 20% at p99, and add half a point of errors. */
const DEFAULT_CRITERIA = {
    p50: [{ kind: 'relative', percent: 10, strict: false, text: '<=+10%' }],
    p95: [{ kind: 'relative', percent: 10, strict: false, text: '<=+10%' }],
    p99: [{ kind: 'relative', percent: 20, strict: false, text: '<=+20%' }],
    error_rate: [{ kind: 'increase', amount: 0.5, strict: false, text: '<=+0.5' }],
};
/**
 * DEFAULT_REQUIRED: the metrics a comparison must decide. The median, p95 and the error rate can
 * be resolved by an ordinary run; p99 and p99.9 need thousands of requests per side to resolve a
 * few percent, so by default they are judged when the run can resolve them and otherwise reported
 * as not judged, without holding the verdict. Any of them can be made required.
 */
const DEFAULT_REQUIRED = ['p50', 'p90', 'p95', 'error_rate'];
/** parseRequired reads a list of compared metrics: [p50, p95, p99] or "p50, p95, p99". */
function parseRequired(raw) {
    const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',').map((s) => s.trim()).filter((s) => s !== '') : null;
    if (!items)
        return { ok: false, error: `expected a list of metrics like [p50, p95, p99], got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
    const out = [];
    for (const item of items) {
        const name = String(item).trim().toLowerCase();
        if (!COMPARED_METRICS.includes(name))
            return { ok: false, error: `unknown metric ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(item)}; metrics: ${COMPARED_METRICS.join(', ')}` };
        if (!out.includes(name))
            out.push(name);
    }
    return { ok: true, value: out };
}
/** allowedIncrease is the tightest increase the delta rules allow over `reference`, or null when there are none. */
function allowedIncrease(rules, reference) {
    let allowed = null;
    for (const rule of rules) {
        const limit = rule.kind === 'relative' ? (reference * rule.percent) / 100 : rule.kind === 'increase' ? rule.amount : null;
        if (limit !== null)
            allowed = allowed === null ? limit : Math.min(allowed, limit);
    }
    return allowed;
}


/***/ }),

/***/ 11012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ formatIssue),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   oh: () => (/* binding */ shortSource),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export describeSource */
// Where a setting came from, and what is wrong with it. Every config error names its source so
// that a user can go straight to the line, flag or variable that needs changing.
/** describeSource is the prefix of an error line: "perf.yml:7:10 thresholds.latency.p95", "--p95", "LOADTEST_P95". */
function describeSource(source) {
    switch (source.kind) {
        case 'file':
            return `${source.file}:${source.line}:${source.col} ${source.keyPath}`;
        case 'flag':
            return source.flag;
        case 'env':
            return source.variable;
        case 'input':
            return `input '${source.input}'`;
        case 'default':
            return 'default';
    }
}
/** shortSource names a source in the effective-plan listing: "perf.yml:7", "--p95", "default". */
function shortSource(source) {
    return source.kind === 'file' ? `${source.file}:${source.line}` : describeSource(source);
}
/** formatIssue is one error line; a problem with no place of its own (nothing set anywhere) is the message alone, not "default: …". */
function formatIssue(issue) {
    return issue.source.kind === 'default' ? issue.message : `${describeSource(issue.source)}: ${issue.message}`;
}
/** ConfigError carries every problem found in one pass, so users fix them all at once. */
class ConfigError extends Error {
    issues;
    constructor(issues) {
        super(issues.length === 1
            ? `configuration error: ${formatIssue(issues[0])}`
            : `${issues.length} configuration errors:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
        this.name = 'ConfigError';
        this.issues = issues;
    }
}
/** didYouMean suggests the closest known name when a key or flag is misspelt (edit distance ≤ 2, or a prefix). */
function didYouMean(word, known) {
    let best = '';
    let bestDistance = Infinity;
    for (const candidate of known) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const close = bestDistance <= Math.max(1, Math.min(2, Math.floor(best.length / 3)));
    const prefix = best !== '' && word.length >= 3 && best.toLowerCase().startsWith(word.toLowerCase());
    return close || prefix ? ` (did you mean '${best}'?)` : '';
}
/** editDistance counts insertions, deletions, substitutions and swaps of neighbours ("dmeo" → "demo" is one). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}


/***/ }),

/***/ 90423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iP: () => (/* binding */ readOverrides),
/* harmony export */   u3: () => (/* binding */ OVERRIDES)
/* harmony export */ });
/* unused harmony export parseHeaderLines */
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90131);
/* harmony import */ var _yaml_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22147);
// Every setting that can be overridden from outside the file, with its flag, its environment
// variable and its action input. One table, so the CLI help, the action and the docs cannot drift.


const TABLE = [
    { setting: 'load_test.target', flag: '--target', env: 'LOADTEST_TARGET', input: 'target-url', kind: 'value', valueName: 'URL', help: 'base URL of the service under test' },
    { setting: 'load_test.concurrency', flag: '--concurrency', env: 'LOADTEST_CONCURRENCY', input: 'concurrency', kind: 'value', valueName: 'N', help: 'virtual users (closed model), 1 to 10,000' },
    { setting: 'load_test.rate', flag: '--rate', env: 'LOADTEST_RATE', input: 'rate', kind: 'value', valueName: 'R', help: 'arrivals per second (open model), e.g. 200 or "200 req/sec"' },
    { setting: 'load_test.duration', flag: '--duration', env: 'LOADTEST_DURATION', input: 'duration', kind: 'value', valueName: 'D', help: 'run length, e.g. 60s, 5m (plain numbers are seconds)' },
    { setting: 'load_test.pattern', flag: '--pattern', env: 'LOADTEST_PATTERN', input: 'pattern', kind: 'value', valueName: 'P', help: 'sustained | burst | ramp-up' },
    { setting: 'load_test.ramp_up', flag: '--ramp-up', env: 'LOADTEST_RAMP_UP', kind: 'value', valueName: 'D', help: 'ramp-up period (default 30s, at most half the run)' },
    { setting: 'load_test.stages', flag: '--load-stages', env: 'LOADTEST_LOAD_STAGES', kind: 'yaml', valueName: 'YAML', help: 'load profile as YAML/JSON: [{duration: 30s, target: 50}, ...]' },
    { setting: 'load_test.warmup', flag: '--warmup', env: 'LOADTEST_WARMUP', input: 'warmup', kind: 'value', valueName: 'D', help: 'first part of the run excluded from the SLOs' },
    { setting: 'load_test.timeout', flag: '--timeout', env: 'LOADTEST_TIMEOUT', kind: 'value', valueName: 'D', help: 'per-request timeout (default 10s)' },
    { setting: 'load_test.think_time', flag: '--think-time', env: 'LOADTEST_THINK_TIME', kind: 'value', valueName: 'D', help: 'pause between a user\'s requests: 100ms or 10ms-100ms' },
    { setting: 'load_test.burst.size', flag: '--burst-size', env: 'LOADTEST_BURST_SIZE', kind: 'value', valueName: 'N', help: 'requests per burst (burst pattern, default 10)' },
    { setting: 'load_test.burst.pause', flag: '--burst-pause', env: 'LOADTEST_BURST_PAUSE', kind: 'value', valueName: 'D', help: 'pause after a burst (default 500ms-2s)' },
    { setting: 'load_test.max_in_flight', flag: '--max-in-flight', env: 'LOADTEST_MAX_IN_FLIGHT', kind: 'value', valueName: 'N', help: 'open model: cap on requests in flight (default 1000)' },
    { setting: 'load_test.http_version', flag: '--http-version', env: 'LOADTEST_HTTP_VERSION', input: 'http-version', kind: 'value', valueName: 'V', help: '1.1 (default) | auto (HTTP/2 where TLS negotiates h2 by ALPN, else HTTP/1.1) | 2 (h2 over TLS, required at the pre-flight; h2c with prior knowledge over http://)' },
    { setting: 'load_test.max_streams_per_connection', flag: '--max-streams-per-connection', env: 'LOADTEST_MAX_STREAMS_PER_CONNECTION', input: 'max-streams-per-connection', kind: 'value', valueName: 'N', help: 'HTTP/2: streams one connection carries at once; more users or requests in flight open more connections (default 100, never above the server\'s SETTINGS_MAX_CONCURRENT_STREAMS)' },
    { setting: 'load_test.trace', flag: '--trace', env: 'LOADTEST_TRACE', input: 'trace', kind: 'switch', valueName: '', help: 'send a W3C traceparent on every request and keep the slowest requests\' trace IDs (and every failed one\'s) in the report (default off: load-test traces can flood a tracing backend)' },
    { setting: 'load_test.trace_sampled', flag: '--trace-sampled', env: 'LOADTEST_TRACE_SAMPLED', input: 'trace-sampled', kind: 'value', valueName: 'B', help: 'the traceparent\'s sampled flag: true (default: 01, record these requests) | false (00: the service\'s sampler decides)' },
    { setting: 'load_test.trace_url', flag: '--trace-url', env: 'LOADTEST_TRACE_URL', input: 'trace-url', kind: 'value', valueName: 'URL', help: 'link to one trace in the reports, with {trace_id} where its ID goes, e.g. https://tempo.example/trace/{trace_id}' },
    { setting: 'load_test.trace_slowest', flag: '--trace-slowest', env: 'LOADTEST_TRACE_SLOWEST', input: 'trace-slowest', kind: 'value', valueName: 'N', help: 'slowest requests per endpoint whose trace IDs are kept (default 10, at most 100)' },
    { setting: 'load_test.seed', flag: '--seed', env: 'LOADTEST_SEED', kind: 'value', valueName: 'N', help: 'random seed, for a reproducible request sequence' },
    { setting: 'load_test.shard', flag: '--shard', env: 'LOADTEST_SHARD', input: 'shard', kind: 'value', valueName: 'I/N', help: 'run shard I of N: 1/N of the users or rate, its own seed; merge the shards with `merge`' },
    { setting: 'load_test.endpoints', flag: '--endpoints', env: 'LOADTEST_ENDPOINTS', input: 'endpoints', kind: 'yaml', valueName: 'YAML', help: 'endpoints as YAML: {"/api/users": 0.7, "/api/orders": 0.3}' },
    { setting: 'load_test.headers', flag: '--header', env: 'LOADTEST_HEADERS', input: 'headers', kind: 'headers', valueName: '"Name: value"', help: 'request header (repeatable; values are treated as secrets)' },
    { setting: 'load_test.health_path', flag: '--health-path', env: 'LOADTEST_HEALTH_PATH', input: 'health-path', kind: 'value', valueName: 'PATH', help: 'pre-flight GET that must answer 2xx, e.g. /api/health' },
    { setting: 'load_test.wait_for_ready', flag: '--wait-for-ready', env: 'LOADTEST_WAIT_FOR_READY', input: 'wait-for-ready', kind: 'value', valueName: 'D', help: 'wait up to this long for a target that is still starting (connection refused, 502/503/504) before giving up; 0 fails at once (default 10s; the action 60s)' },
    { setting: 'load_test.insecure', flag: '--insecure', env: 'LOADTEST_INSECURE', kind: 'switch', valueName: '', help: 'accept invalid TLS certificates (self-signed canaries)' },
    { setting: 'load_test.min_requests', flag: '--min-requests', env: 'LOADTEST_MIN_REQUESTS', kind: 'value', valueName: 'N', help: 'fewer measured requests than this is inconclusive (default 100)' },
    { setting: 'load_test.decide_early', flag: '--decide-early', env: 'LOADTEST_DECIDE_EARLY', input: 'decide-early', kind: 'switch', valueName: '', help: 'duration becomes the maximum: stop as soon as every SLO and comparison is decided, with the error rate spent over fixed looks (default: on for canary, off for run; LOADTEST_DECIDE_EARLY=false turns it off)' },
    { setting: 'load_test.min_duration', flag: '--min-duration', env: 'LOADTEST_MIN_DURATION', input: 'min-duration', kind: 'value', valueName: 'D', help: 'with decide-early: no decision before this much measured load (default 10s)' },
    { setting: 'load_test.abort_on_fail', flag: '--abort-on-fail', env: 'LOADTEST_ABORT_ON_FAIL', kind: 'switch', valueName: '', help: 'stop early once an SLO can no longer be met' },
    { setting: 'thresholds.latency.p50', flag: '--p50', env: 'LOADTEST_P50', input: 'p50-ms', kind: 'value', valueName: 'MS', help: 'p50 latency limit, e.g. 100ms' },
    { setting: 'thresholds.latency.p90', flag: '--p90', env: 'LOADTEST_P90', kind: 'value', valueName: 'MS', help: 'p90 latency limit' },
    { setting: 'thresholds.latency.p95', flag: '--p95', env: 'LOADTEST_P95', input: 'p95-ms', kind: 'value', valueName: 'MS', help: 'p95 latency limit, e.g. 250ms' },
    { setting: 'thresholds.latency.p99', flag: '--p99', env: 'LOADTEST_P99', input: 'p99-ms', kind: 'value', valueName: 'MS', help: 'p99 latency limit, e.g. 400ms' },
    { setting: 'thresholds.latency.p999', flag: '--p999', env: 'LOADTEST_P999', kind: 'value', valueName: 'MS', help: 'p99.9 latency limit' },
    { setting: 'thresholds.error_rate', flag: '--error-rate', env: 'LOADTEST_ERROR_RATE', input: 'max-error-rate', kind: 'value', valueName: 'PCT', help: 'maximum error rate, e.g. 0.5%' },
    { setting: 'thresholds.throughput', flag: '--throughput', env: 'LOADTEST_THROUGHPUT', input: 'min-throughput', kind: 'value', valueName: 'RPS', help: 'minimum throughput, e.g. "1000 req/sec"' },
    { setting: 'thresholds.decision', flag: '--decision', env: 'LOADTEST_DECISION', input: 'decision', kind: 'value', valueName: 'HOW', help: 'a threshold check too close to call (its 95% interval holds the limit): point (decide on the measured value, default) | confident (inconclusive until clear)' },
    { setting: 'canary.production_url', flag: '--production-url', env: 'LOADTEST_PRODUCTION_URL', input: 'production-url', kind: 'value', valueName: 'URL', help: 'canary mode: production, measured under the same load at the same time' },
    { setting: 'canary.confidence', flag: '--confidence', env: 'LOADTEST_CONFIDENCE', input: 'confidence', kind: 'value', valueName: 'PCT', help: 'canary mode: confidence of the comparison (default 98%)' },
    { setting: 'canary.criteria', flag: '--criteria', env: 'LOADTEST_CRITERIA', input: 'canary-criteria', kind: 'yaml', valueName: 'YAML', help: 'canary mode: rules, e.g. {p95: "<=+10%", error_rate: "<=+0.5"}' },
    { setting: 'canary.required', flag: '--required', env: 'LOADTEST_REQUIRED', input: 'required-metrics', kind: 'value', valueName: 'LIST', help: 'canary mode: metrics the comparison must decide, e.g. p50,p95,p99,error_rate (default: those of p50, p90, p95 and the error rate with rules; p99 and p99.9 are judged when the run can resolve them)' },
    { setting: 'baseline.source', flag: '--baseline', env: 'LOADTEST_BASELINE', input: 'baseline', kind: 'value', valueName: 'FILE|artifact', help: 'compare with a baseline: a results.json or Locust _stats.csv, or "artifact" (the newest baseline artifact of the default branch)' },
    { setting: 'baseline.artifact', flag: '--baseline-artifact', env: 'LOADTEST_BASELINE_ARTIFACT', input: 'baseline-artifact', kind: 'value', valueName: 'NAME', help: 'name of the baseline artifact to look for and to save (default loadtest-baseline)' },
    { setting: 'regression', flag: '--regression', env: 'LOADTEST_REGRESSION', input: 'regression-rules', kind: 'yaml', valueName: 'YAML', help: 'regression rules vs the baseline, e.g. {p95: "<=+10%", error_rate: "<=+0.5"}' },
    { setting: 'baseline.fail_on_regression', flag: '--fail-on-regression', env: 'LOADTEST_FAIL_ON_REGRESSION', input: 'fail-on-regression', kind: 'value', valueName: 'BOOL', help: 'a regression against the baseline fails the gate (default true)' },
    { setting: 'baseline.required', flag: '--regression-required', env: 'LOADTEST_REGRESSION_REQUIRED', input: 'regression-required', kind: 'value', valueName: 'LIST', help: 'metrics the baseline comparison must decide (default: those of p50, p90, p95 and the error rate with rules)' },
    { setting: 'baseline.confidence', flag: '--baseline-confidence', env: 'LOADTEST_BASELINE_CONFIDENCE', input: 'baseline-confidence', kind: 'value', valueName: 'PCT', help: 'confidence of the baseline comparison (default 98%)' },
    { setting: 'rollback.auto', flag: '--auto-rollback-on-loadfail', env: 'LOADTEST_AUTO_ROLLBACK', input: 'auto-rollback-on-loadfail', kind: 'switch', valueName: '', help: 'roll back when the gate fails' },
    { setting: 'rollback.method', flag: '--rollback', env: 'LOADTEST_ROLLBACK', input: 'rollback', kind: 'value', valueName: 'HOW', help: 'repository_dispatch | workflow_dispatch | command | webhook' },
    { setting: 'rollback.event_type', flag: '--rollback-event-type', env: 'LOADTEST_ROLLBACK_EVENT_TYPE', input: 'rollback-event-type', kind: 'value', valueName: 'TYPE', help: 'repository_dispatch event type (default loadtest-rollback)' },
    { setting: 'rollback.workflow', flag: '--rollback-workflow', env: 'LOADTEST_ROLLBACK_WORKFLOW', input: 'rollback-workflow', kind: 'value', valueName: 'FILE', help: 'workflow_dispatch: the workflow file or id, e.g. rollback.yml' },
    { setting: 'rollback.ref', flag: '--rollback-ref', env: 'LOADTEST_ROLLBACK_REF', input: 'rollback-ref', kind: 'value', valueName: 'REF', help: 'workflow_dispatch: the branch or tag (default: this run\'s, else main)' },
    { setting: 'rollback.inputs', flag: '--rollback-inputs', env: 'LOADTEST_ROLLBACK_INPUTS', input: 'rollback-inputs', kind: 'yaml', valueName: 'YAML', help: 'workflow_dispatch: inputs, e.g. {service: backend-v2}' },
    { setting: 'rollback.command', flag: '--rollback-command', env: 'LOADTEST_ROLLBACK_COMMAND', input: 'rollback-command', kind: 'value', valueName: 'CMD', help: 'command: e.g. "kubectl rollout undo deployment/backend-v2"' },
    { setting: 'rollback.url', flag: '--rollback-url', env: 'LOADTEST_ROLLBACK_URL', input: 'rollback-url', kind: 'value', valueName: 'URL', help: 'webhook: POSTed the verdict as JSON' },
    { setting: 'rollback.repository', flag: '--rollback-repository', env: 'LOADTEST_ROLLBACK_REPOSITORY', input: 'rollback-repository', kind: 'value', valueName: 'OWNER/NAME', help: 'dispatch to this repository (default: GITHUB_REPOSITORY)' },
    { setting: 'rollout.stages', flag: '--stages', env: 'LOADTEST_ROLLOUT_STAGES', input: 'rollout-stages', kind: 'yaml', valueName: 'YAML', help: 'rollout stages: [{name, percentage, duration}, ...] (default 5%/5m, 25%/10m, 50%/15m, 100%/5m)' },
    { setting: 'rollout.shift', flag: '--shift', env: 'LOADTEST_SHIFT', input: 'shift', kind: 'value', valueName: 'CMD|URL', help: 'rollout: sets the traffic weight before each stage; a command ({percentage}, {stage}) or a webhook URL' },
    { setting: 'rollout.hooks.pre_rollout', flag: '--pre-rollout', env: 'LOADTEST_PRE_ROLLOUT', input: 'pre-rollout', kind: 'value', valueName: 'CMD|URL', help: 'rollout: runs before the first stage' },
    { setting: 'rollout.hooks.post_stage', flag: '--post-stage', env: 'LOADTEST_POST_STAGE', input: 'post-stage', kind: 'value', valueName: 'CMD|URL', help: 'rollout: runs after each stage\'s load test' },
    { setting: 'rollout.hooks.on_promote', flag: '--on-promote', env: 'LOADTEST_ON_PROMOTE', input: 'on-promote', kind: 'value', valueName: 'CMD|URL', help: 'rollout: runs when every stage passed' },
    { setting: 'rollout.hooks.on_rollback', flag: '--on-rollback', env: 'LOADTEST_ON_ROLLBACK', input: 'on-rollback', kind: 'value', valueName: 'CMD|URL', help: 'rollout: runs when the rollout halts' },
    { setting: 'rollout.hook_timeout', flag: '--hook-timeout', env: 'LOADTEST_HOOK_TIMEOUT', input: 'hook-timeout', kind: 'value', valueName: 'D', help: 'rollout: how long a hook may take (default 60s)' },
    { setting: 'prometheus.pushgateway_url', flag: '--pushgateway-url', env: 'PROMETHEUS_PUSHGATEWAY_URL', input: 'pushgateway-url', kind: 'value', valueName: 'URL', help: 'push the run\'s metrics to this Prometheus Pushgateway' },
    { setting: 'prometheus.instance', flag: '--pushgateway-instance', env: 'LOADTEST_PUSHGATEWAY_INSTANCE', input: 'pushgateway-instance', kind: 'value', valueName: 'NAME', help: 'instance label of the pushed group (default: the workflow run, else loadtest-<time>)' },
    { setting: 'prometheus.remote_write_url', flag: '--prometheus-remote-write', env: 'PROMETHEUS_REMOTE_WRITE_URL', input: 'prometheus-remote-write', kind: 'value', valueName: 'URL', help: 'send the run\'s per-second series and its summary with the verdict to this Prometheus remote write receiver (user:password@ in the URL goes as Basic auth)' },
    { setting: 'prometheus.remote_write_headers', flag: '--prometheus-remote-write-header', env: 'LOADTEST_PROMETHEUS_REMOTE_WRITE_HEADERS', input: 'prometheus-remote-write-headers', kind: 'headers', valueName: '"Name: value"', help: 'header sent with remote write, e.g. "Authorization: Bearer …" or "X-Scope-OrgID: team" (repeatable; values are treated as secrets)' },
    { setting: 'otlp.endpoint', flag: '--otlp-endpoint', env: 'LOADTEST_OTLP_ENDPOINT', input: 'otlp-endpoint', kind: 'value', valueName: 'URL', help: 'export the same metrics over OTLP/HTTP to this OpenTelemetry Collector, e.g. http://collector:4318 (/v1/metrics is added unless the path ends in it)' },
    { setting: 'otlp.protocol', flag: '--otlp-protocol', env: 'LOADTEST_OTLP_PROTOCOL', input: 'otlp-protocol', kind: 'value', valueName: 'P', help: 'http/protobuf (default) | http/json' },
    { setting: 'otlp.headers', flag: '--otlp-header', env: 'LOADTEST_OTLP_HEADERS', input: 'otlp-headers', kind: 'headers', valueName: '"Name: value"', help: 'header sent with the OTLP export, e.g. "Authorization: Bearer …" (repeatable; values are treated as secrets)' },
    { setting: 'slack.webhook_url', flag: '--slack-webhook-url', env: 'SLACK_WEBHOOK_URL', input: 'slack-webhook-url', kind: 'value', valueName: 'URL', help: 'Slack incoming webhook told about failed runs (a secret)' },
    { setting: 'slack.notify', flag: '--slack-notify', env: 'LOADTEST_SLACK_NOTIFY', input: 'slack-notify', kind: 'value', valueName: 'WHEN', help: 'failure (default: fail or inconclusive) | always' },
    { setting: 'resources.docker.containers', flag: '--docker-containers', env: 'LOADTEST_DOCKER_CONTAINERS', input: 'docker-containers', kind: 'value', valueName: 'NAMES', help: 'sample these containers\' CPU and memory from the Docker socket' },
    { setting: 'resources.kubernetes.selector', flag: '--k8s-selector', env: 'LOADTEST_K8S_SELECTOR', input: 'k8s-selector', kind: 'value', valueName: 'LABELS', help: 'sample pods matching this label selector (metrics.k8s.io)' },
    { setting: 'resources.kubernetes.namespace', flag: '--k8s-namespace', env: 'LOADTEST_K8S_NAMESPACE', input: 'k8s-namespace', kind: 'value', valueName: 'NS', help: 'the pods\' namespace (default: default)' },
    { setting: 'resources.kubernetes.kubeconfig', flag: '--kubeconfig', env: 'LOADTEST_KUBECONFIG', input: 'kubeconfig', kind: 'value', valueName: 'FILE', help: 'kubeconfig (default: in-cluster account, else KUBECONFIG or ~/.kube/config)' },
    { setting: 'resources.prometheus.url', flag: '--prometheus-url', env: 'LOADTEST_PROMETHEUS_URL', input: 'prometheus-url', kind: 'value', valueName: 'URL', help: 'query the target\'s CPU and memory from this Prometheus' },
    { setting: 'resources.prometheus.cpu', flag: '--prometheus-cpu', env: 'LOADTEST_PROMETHEUS_CPU', input: 'prometheus-cpu', kind: 'value', valueName: 'PROMQL', help: 'PromQL giving CPU in percent of a core' },
    { setting: 'resources.prometheus.memory', flag: '--prometheus-memory', env: 'LOADTEST_PROMETHEUS_MEMORY', input: 'prometheus-memory', kind: 'value', valueName: 'PROMQL', help: 'PromQL giving memory in bytes' },
    { setting: 'resources.process.pid', flag: '--process-pid', env: 'LOADTEST_PROCESS_PID', input: 'process-pid', kind: 'value', valueName: 'PID', help: 'sample a local process from /proc (a service started in the job)' },
    { setting: 'resources.interval', flag: '--resources-interval', env: 'LOADTEST_RESOURCES_INTERVAL', input: 'resources-interval', kind: 'value', valueName: 'D', help: 'how often to sample the target\'s resources (default 5s)' },
    { setting: 'resources.thresholds.cpu_percent', flag: '--max-cpu', env: 'LOADTEST_MAX_CPU', input: 'max-cpu-percent', kind: 'value', valueName: 'PCT', help: 'SLO: the target\'s average CPU under load, percent of a core' },
    { setting: 'resources.thresholds.memory_percent', flag: '--max-memory', env: 'LOADTEST_MAX_MEMORY', input: 'max-memory-percent', kind: 'value', valueName: 'PCT', help: 'SLO: the target\'s average memory under load, percent of its limit' },
    { setting: 'report.dir', flag: '--output', env: 'LOADTEST_OUTPUT', input: 'report-dir', kind: 'value', valueName: 'DIR', help: 'report directory (default ./loadtest-report)' },
    { setting: 'report.export', flag: '--export', env: 'LOADTEST_EXPORT', input: 'export', kind: 'value', valueName: 'FORMAT', help: 'also write this format: locust-csv (Locust\'s _stats.csv, _stats_history.csv, _failures.csv)' },
    { setting: 'report.export_prefix', flag: '--export-prefix', env: 'LOADTEST_EXPORT_PREFIX', input: 'export-prefix', kind: 'value', valueName: 'PREFIX', help: 'path prefix of exported files (default <output>/locust, giving locust_stats.csv)' },
    { setting: 'report.deployment_report', flag: '--deployment-report', env: 'LOADTEST_DEPLOYMENT_REPORT', input: 'deployment-report', kind: 'value', valueName: 'FILE', help: 'deployment report to append to (default <output>/deployment_report.md)' },
];
const OVERRIDES = TABLE;
/**
 * readOverrides parses flags, variables or action inputs into a settings layer with the same
 * parsers the file uses, so "--p95 fast" fails exactly like "p95: fast" does.
 */
function readOverrides(raw, sourceOf, env) {
    const settings = new Map();
    const issues = [];
    for (const override of OVERRIDES) {
        const given = raw.get(override.setting);
        if (given === undefined)
            continue;
        const source = sourceOf(override);
        const setting = readOne(override, given, source, env, issues);
        if (setting)
            settings.set(override.setting, setting);
    }
    return { settings, issues };
}
function readOne(override, given, source, env, issues) {
    const field = (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldAt */ .UK)(override.setting);
    if (!field)
        throw new Error(`override table names unknown setting ${override.setting}`);
    const texts = typeof given === 'boolean' ? [String(given)] : typeof given === 'string' ? [given] : [...given];
    switch (override.kind) {
        case 'headers': {
            const headers = parseHeaderLines(texts.flatMap((t) => t.split(/\r?\n/)), source, issues);
            return headers && { value: headers, source };
        }
        case 'yaml': {
            const read = (0,_yaml_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .readInline */ .SG)(texts[texts.length - 1], source, field, override.setting, env);
            issues.push(...read.issues);
            return read.setting;
        }
        case 'switch':
        case 'value': {
            if (field.kind !== 'leaf')
                throw new Error(`override ${override.flag} must name a leaf setting`);
            const parsed = field.parse(texts[texts.length - 1]);
            if (!parsed.ok) {
                issues.push({ source, message: parsed.error });
                return undefined;
            }
            return { value: parsed.value, source };
        }
    }
}
/** parseHeaderLines reads "Name: value" lines (blank lines skipped), as in a multi-line action input. */
function parseHeaderLines(lines, source, issues) {
    const headers = {};
    let ok = true;
    for (const [i, line] of lines.entries()) {
        if (line.trim() === '')
            continue;
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        const expected = `expected a header line like "Authorization: Bearer …"`;
        const which = lines.length > 1 ? `line ${i + 1}` : 'the line';
        // The value may be a secret, and a line without a colon may be nothing but a token: quote at
        // most the name before the colon, never anything after it.
        if (colon < 0)
            issues.push({ source, message: `${expected}; ${which} has no ':' (${line.trim().length} characters, not shown: it may be a secret)` });
        else if (name === '')
            issues.push({ source, message: `${expected}; ${which} has nothing before its ':'` });
        else if (name === '__proto__')
            issues.push({ source, message: `'${name}' cannot be used as a header name` });
        else if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
            issues.push({ source, message: `${expected}; '${name.slice(0, 40)}${name.length > 40 ? '…' : ''}' (before the ':' on ${which}) is not a valid header name (letters, digits and !#$%&'*+.^_\`|~- only)` });
        else {
            headers[name] = line.slice(colon + 1).trim();
            continue;
        }
        ok = false;
    }
    return ok ? headers : undefined;
}


/***/ }),

/***/ 29311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hj: () => (/* binding */ THRESHOLD_KEYS),
/* harmony export */   LM: () => (/* binding */ thresholdSettingPath),
/* harmony export */   SD: () => (/* binding */ LATENCY_KEYS)
/* harmony export */ });
// The Plan: everything a run needs, validated once and frozen. Stages downstream read it and never
// change it.
const THRESHOLD_KEYS = ['p50', 'p90', 'p95', 'p99', 'p999', 'error_rate', 'throughput', 'checks'];
const LATENCY_KEYS = ['p50', 'p90', 'p95', 'p99', 'p999'];
/** thresholdSettingPath is where a threshold lives in the file ("thresholds.latency.p95"), relative to a thresholds block. */
function thresholdSettingPath(key) {
    return key === 'error_rate' || key === 'throughput' || key === 'checks' ? key : `latency.${key}`;
}


/***/ }),

/***/ 90131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ environmentField),
/* harmony export */   Hb: () => (/* binding */ fileField),
/* harmony export */   MV: () => (/* binding */ OTLP_PROTOCOLS),
/* harmony export */   O$: () => (/* binding */ boundedDuration),
/* harmony export */   Rr: () => (/* binding */ parsePath),
/* harmony export */   UK: () => (/* binding */ fieldAt),
/* harmony export */   Wc: () => (/* binding */ stepItemField),
/* harmony export */   _F: () => (/* binding */ fieldOf),
/* harmony export */   dg: () => (/* binding */ endpointItemField),
/* harmony export */   fs: () => (/* binding */ thresholdsField),
/* harmony export */   y8: () => (/* binding */ HTTP_METHODS),
/* harmony export */   yf: () => (/* binding */ flowItemField)
/* harmony export */ });
/* unused harmony exports latency, span, wait, hookTimeout, percent, rate, throughput, bool, text, path, boundedRate, parseText, parseOneOf, parseRange, parseShard, DECISIONS, HTTP_VERSIONS, parseHttpVersion, endpointThresholdsField, stageField, expectField, loadTestField, parseBodySize, EXPORT_FORMATS, parseExports, reportField, ROLLBACK_METHODS, rollbackField, rolloutStageField, rolloutField, parseNameList, resourcesField, prometheusField, otlpField, SLACK_NOTIFY, slackField, canaryField, baselineField, regressionField, parseCriteriaMap */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34529);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55285);
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11012);
/* harmony import */ var _criteria_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87697);
/* harmony import */ var _pacing_shapes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10420);
/* harmony import */ var _template_data_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51208);
// The shape of performance_config.yml: every key the file may hold and how its value is read.
// One description serves the YAML walker (positions, unknown keys, did-you-mean), the flags and
// variables (same leaf parsers), and the config reference in the docs.




const leaf = (parse) => ({ kind: 'leaf', parse });
const group = (fields) => ({ kind: 'group', fields });
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];



// Every number has an upper bound the engine can honour (src/defaults.ts says why each): a typo
// such as `rate: 1e12` or `duration: 600h` is an error on its line, not a hang or a timer that
// overflows and ends the run at once.
const latency = leaf((raw) => boundedDuration(raw, 'ms', _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LATENCY_MS */ .B4));
/** span: a run length (duration, warm-up, ramp-up, a stage): at most 7 days. */
const span = leaf((raw) => boundedDuration(raw, 's', _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RUN_MS */ .aC));
/** wait: a request timeout: at most the hour the latency histograms can record. */
const wait = leaf((raw) => boundedDuration(raw, 's', _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LATENCY_MS */ .B4, '10s'));
/** hookTimeout: how long a hook or a rollback may take: more than 0, at most a day. */
const hookTimeout = leaf((raw) => boundedDuration(raw, 's', _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_HOOK_TIMEOUT_MS */ .a5, '60s', 1));
const percent = leaf(_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePercent */ .lo);
const rate = leaf((raw) => boundedRate(raw, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RATE_PER_SECOND */ .bZ, 'the most one process can send; split more across jobs with load_test.shard'));
const throughput = leaf((raw) => boundedRate(raw, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_THROUGHPUT */ .o$, `${_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SHARDS */ .hH.toLocaleString('en-US')} shards at ${_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RATE_PER_SECOND */ .bZ.toLocaleString('en-US')} req/s each`));
const bool = leaf(_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG);
const text = leaf(parseText);
const path = leaf(parsePath);
/** boundedDuration reads a duration (see parseDuration) from minMs to maxMs. */
function boundedDuration(raw, plainUnit, maxMs, example, minMs = 0) {
    const parsed = (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(raw, plainUnit, example);
    if (!parsed.ok)
        return parsed;
    if (parsed.value > maxMs)
        return { ok: false, error: `expected a duration of at most ${formatLimit(maxMs)}, got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
    if (parsed.value < minMs)
        return { ok: false, error: `expected a duration of at least ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(minMs)}, got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
    return parsed;
}
/** boundedRate reads a rate (see parseRate) of at most `max` per second; `why` explains the bound. */
function boundedRate(raw, max, why) {
    const parsed = (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRate */ .WN)(raw);
    if (!parsed.ok || parsed.value <= max)
        return parsed;
    return { ok: false, error: `expected a rate of at most ${max.toLocaleString('en-US')} req/s (${why}), got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
}
/** formatLimit names a bound the way people say it: 7 days (168h), 1 hour. */
function formatLimit(ms) {
    const hours = ms / 3_600_000;
    if (hours >= 24 && hours % 24 === 0)
        return `${hours / 24} day${hours === 24 ? '' : 's'} (${hours}h)`;
    if (hours >= 1 && Number.isInteger(hours))
        return `${hours} hour${hours === 1 ? '' : 's'}`;
    return (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMs */ ._V)(ms);
}
function parseText(raw) {
    if (typeof raw === 'string')
        return { ok: true, value: raw };
    if (typeof raw === 'number' || typeof raw === 'boolean')
        return { ok: true, value: String(raw) };
    return { ok: false, error: `expected text, got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
}
function parsePath(raw) {
    // Spaces may stand only inside a template's braces ("/users/{{ randomInt(1, 100) }}").
    // (An unclosed '{{' is the template reader's to name, with its column.)
    if (typeof raw === 'string' && raw.startsWith('/') && !/\s/.test(raw.replace(/\{\{.*?(\}\}|$)/g, '')))
        return { ok: true, value: raw };
    return { ok: false, error: `expected a path starting with / (like /api/health), got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
}
function parseOneOf(choices) {
    return (raw) => typeof raw === 'string' && choices.includes(raw.trim().toLowerCase())
        ? { ok: true, value: raw.trim().toLowerCase() }
        : { ok: false, error: `expected one of ${choices.join(', ')}, got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
}
/** parseRange reads "100ms" (fixed), "10ms-100ms" or {min, max}: think times and burst pauses. */
function parseRange(raw) {
    const expected = `expected a duration like 100ms or a range like 10ms-100ms, got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}`;
    let lowRaw = raw;
    let highRaw = raw;
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
        const { min, max, ...rest } = raw;
        if (Object.keys(rest).length > 0 || min === undefined || max === undefined)
            return { ok: false, error: `expected {min, max}, got keys ${Object.keys(raw).join(', ')}` };
        [lowRaw, highRaw] = [min, max];
    }
    else if (typeof raw === 'string' && /^[^-]+-[^-]+$/.test(raw)) {
        [lowRaw, highRaw] = raw.split('-').map((part) => part.trim());
    }
    const low = (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(lowRaw, 's', '100ms');
    const high = (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(highRaw, 's', '100ms');
    if (!low.ok || !high.ok)
        return { ok: false, error: expected };
    if (high.value > _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LATENCY_MS */ .B4)
        return { ok: false, error: `expected a pause of at most ${formatLimit(_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LATENCY_MS */ .B4)}, got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
    if (low.value > high.value)
        return { ok: false, error: `the range's minimum ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)} is above its maximum` };
    return { ok: true, value: { minMs: low.value, maxMs: high.value } };
}
/** parseShard reads "i/N": this job is shard i (from 1) of N. */
function parseShard(raw) {
    const match = typeof raw === 'string' ? /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw) : null;
    if (!match)
        return { ok: false, error: `expected a shard like 1/4 (this job's number, from 1, over the number of jobs), got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
    const [index, count] = [Number(match[1]), Number(match[2])];
    if (count < 1 || count > _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SHARDS */ .hH)
        return { ok: false, error: `expected from 1 to ${_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SHARDS */ .hH} shards, got ${count}` };
    if (index < 1 || index > count)
        return { ok: false, error: `shard ${index} of ${count} does not exist: shards count from 1 to ${count}` };
    return { ok: true, value: { index, count } };
}
const DECISIONS = ['point', 'confident'];
/**
 * HTTP_VERSIONS: what load_test.http_version may say. auto: HTTP/2 where TLS negotiates h2 by ALPN,
 * else HTTP/1.1 (cleartext is always HTTP/1.1); 1.1: HTTP/1.1 only; 2: HTTP/2 only (h2 over TLS,
 * h2c with prior knowledge over http://).
 */
const HTTP_VERSIONS = ['auto', '1.1', '2'];
/** parseHttpVersion reads auto, 1.1 or 2 (YAML reads the last two as numbers; "2.0" is 2). */
function parseHttpVersion(raw) {
    const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim().toLowerCase().replace(/^http\//, '') : null;
    const value = text === '2.0' ? '2' : text === '1' ? null : text;
    if (value !== null && HTTP_VERSIONS.includes(value))
        return { ok: true, value: value };
    return { ok: false, error: `expected one of ${HTTP_VERSIONS.join(', ')}, got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
}
/** checks: the least share of check outcomes (expect: json, body_contains, headers, latency) that must pass. */
const SLO_FIELDS = { latency: group({ p50: latency, p90: latency, p95: latency, p99: latency, p999: latency }), error_rate: percent, throughput, checks: percent };
/** endpointThresholdsField: an endpoint's own limits; how a close call decides is the run's. */
const endpointThresholdsField = group(SLO_FIELDS);
const thresholdsField = group({ ...SLO_FIELDS, decision: leaf(parseOneOf(DECISIONS)) });
const stageField = group({
    duration: span,
    target: leaf((raw) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumber */ .$J)(raw, 0, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RATE_PER_SECOND */ .bZ)),
});
const anyValue = leaf((raw) => ({ ok: true, value: raw }));
/** expectField: what a response must show: its status, and checks (flow/check.ts) whose failures are check_failed. */
const expectField = group({
    status: { kind: 'list', item: leaf((raw) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCount */ .zq)(raw, 100, 599)) },
    latency,
    body_contains: text,
    headers: { kind: 'dict', value: text },
    json: { kind: 'list', item: group({ path: text, exists: bool, equals: anyValue, matches: text }) },
});
const requestFields = {
    name: text,
    method: leaf(parseOneOf(HTTP_METHODS.map((m) => m.toLowerCase()))),
    path,
    headers: { kind: 'dict', value: text },
    body: text,
    json: anyValue,
};
const judgedFields = { expect: expectField, thresholds: endpointThresholdsField, regression: leaf((raw) => parseCriteriaMap(raw)) };
const endpointItemField = group({ ...requestFields, weight: leaf((raw) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumber */ .$J)(raw, 0, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ENDPOINT_WEIGHT */ .C6)), ...judgedFields });
/** stepItemField: one step of a flow (or of setup / on_start): a request, what it captures, and the pause after it. */
const stepItemField = group({
    ...requestFields,
    ...judgedFields,
    capture: { kind: 'dict', value: group({ json: text, header: text, regex: text, cookie: text }) },
    think: leaf(parseRange),
});
/** flowItemField: a flow's own keys; its steps are read by config/flows.ts. */
const flowItemField = group({ name: text, weight: leaf((raw) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumber */ .$J)(raw, 0, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ENDPOINT_WEIGHT */ .C6)), steps: { kind: 'steps' } });
const loadTestField = group({
    target: text,
    endpoints: { kind: 'endpoints' },
    concurrency: leaf((raw) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCount */ .zq)(raw, 1, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_VIRTUAL_USERS */ .KB)),
    rate,
    duration: span,
    pattern: leaf(parseOneOf(_pacing_shapes_js__WEBPACK_IMPORTED_MODULE_5__/* .PATTERNS */ .G)),
    ramp_up: span,
    stages: { kind: 'list', item: stageField },
    warmup: span,
    timeout: wait,
    think_time: leaf(parseRange),
    burst: group({ size: leaf((raw) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCount */ .zq)(raw, 1, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_BURST_SIZE */ .ao)), pause: leaf(parseRange) }),
    max_in_flight: leaf((raw) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCount */ .zq)(raw, 1, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_VIRTUAL_USERS */ .KB)),
    /** http_version: which HTTP the load goes over (HTTP_VERSIONS); max_streams_per_connection: HTTP/2 streams one connection carries at once. */
    http_version: leaf(parseHttpVersion),
    max_streams_per_connection: leaf((raw) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCount */ .zq)(raw, 1, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_STREAMS_PER_CONNECTION */ .ET)),
    /** trace: a W3C traceparent on every request (config/sections/trace.ts); trace_sampled its sampled flag; trace_url links a trace ID; trace_slowest: how many per endpoint are kept. */
    trace: bool,
    trace_sampled: bool,
    trace_url: text,
    trace_slowest: leaf((raw) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCount */ .zq)(raw, 1, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_TRACE_SLOWEST */ .ne)),
    seed: leaf((raw) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCount */ .zq)(raw, 0, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SEED */ .He)),
    headers: { kind: 'dict', value: text },
    /** flows: weighted sequences of steps (config/flows.ts); setup once per run, on_start once per virtual user. */
    flows: { kind: 'flows' },
    setup: { kind: 'steps' },
    on_start: { kind: 'steps' },
    /** max_body: how much of a response body a step that captures or checks it keeps. */
    max_body: leaf(parseBodySize),
    /** variables: values templates read as {{ name }}. */
    variables: { kind: 'dict', value: text },
    /** data: files of rows whose columns templates read, a row per hit (template/data.ts). */
    data: { kind: 'list', item: group({ file: text, order: leaf(parseOneOf(_template_data_js__WEBPACK_IMPORTED_MODULE_4__/* .DATA_ORDERS */ .Pw)), on_exhausted: leaf(parseOneOf(_template_data_js__WEBPACK_IMPORTED_MODULE_4__/* .ON_EXHAUSTED */ .o9)) }) },
    health_path: path,
    /** wait_for_ready: how long the pre-flight waits for a target that is still starting; 0 tries once. */
    wait_for_ready: wait,
    insecure: bool,
    min_requests: leaf((raw) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCount */ .zq)(raw, 1, _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_MIN_REQUESTS */ .b9)),
    abort_on_fail: bool,
    /** decide_early: duration is a maximum; the run stops once every part of its verdict is decided. */
    decide_early: bool,
    /** min_duration: with decide_early, the least measured load before a decision. */
    min_duration: span,
    shard: leaf(parseShard),
});
/** parseBodySize reads a size like 64KB, 1MB or a number of bytes: from 1 KB to 64 MB. */
function parseBodySize(raw) {
    const match = typeof raw === 'number' ? [String(raw), String(raw), ''] : typeof raw === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib)?\s*$/i.exec(raw) : null;
    const unit = (match?.[2] ?? '').toLowerCase();
    const bytes = match ? Number(match[1]) * (unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1) : NaN;
    if (!Number.isFinite(bytes))
        return { ok: false, error: `expected a size like 256KB or 1MB, got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
    if (bytes < 1024 || bytes > 64 * 1024 * 1024)
        return { ok: false, error: `expected a size from 1KB to 64MB, got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
    return { ok: true, value: Math.round(bytes) };
}
const EXPORT_FORMATS = ['locust-csv'];
/** parseExports reads "locust-csv", "locust-csv, …" or a YAML list of export formats. */
function parseExports(raw) {
    const names = parseNameList(raw);
    if (!names.ok)
        return { ok: false, error: `expected one or more of ${EXPORT_FORMATS.join(', ')}, got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
    const unknown = names.value.find((n) => !EXPORT_FORMATS.includes(n.toLowerCase()));
    if (unknown !== undefined)
        return { ok: false, error: `unknown export format '${unknown}'${(0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(unknown, EXPORT_FORMATS)}; formats: ${EXPORT_FORMATS.join(', ')}` };
    return { ok: true, value: [...new Set(names.value.map((n) => n.toLowerCase()))] };
}
/** reportField: where reports go, and what else to write beside them (export: Locust's CSV files). */
const reportField = group({ dir: text, deployment_report: text, export: leaf(parseExports), export_prefix: text });
const ROLLBACK_METHODS = ['repository_dispatch', 'workflow_dispatch', 'command', 'webhook'];
/** rollbackField: what to do when the gate fails (auto-rollback-on-loadfail). */
const rollbackField = group({
    auto: bool,
    method: leaf(parseOneOf(ROLLBACK_METHODS)),
    event_type: text,
    workflow: text,
    ref: text,
    inputs: { kind: 'dict', value: text },
    command: text,
    url: text,
    repository: leaf((raw) => (typeof raw === 'string' && /^[\w.-]+\/[\w.-]+$/.test(raw) ? { ok: true, value: raw } : { ok: false, error: `expected owner/name, got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` })),
    timeout: hookTimeout,
});
/** rolloutStageField: one traffic stage of a progressive rollout. */
const rolloutStageField = group({
    name: text,
    percentage: leaf((raw) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumber */ .$J)(raw, 0, 100)),
    duration: span,
});
/** rolloutField: stages of traffic, the hook that shifts it, and Flagger-style lifecycle hooks. */
const rolloutField = group({
    stages: { kind: 'list', item: rolloutStageField },
    shift: text,
    hook_timeout: hookTimeout,
    hooks: group({ pre_rollout: text, post_stage: text, on_promote: text, on_rollback: text }),
});
/** parseNameList reads a YAML list of names or "a, b, c". */
function parseNameList(raw) {
    const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : null;
    const names = items?.map((item) => String(item).trim()).filter((item) => item !== '');
    return names && names.length > 0 && items.every((item) => typeof item === 'string' || typeof item === 'number') ? { ok: true, value: names } : { ok: false, error: `expected names like "backend, worker" or a list, got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
}
/** resourcesField: where to read the target's CPU and memory while it is under load, and their limits. */
const resourcesField = group({
    interval: leaf((raw) => boundedDuration(raw, 's', _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .RESOURCES_INTERVAL_MS */ .lD.max, '5s', _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .RESOURCES_INTERVAL_MS */ .lD.min)),
    docker: group({ containers: leaf(parseNameList), socket: text }),
    kubernetes: group({ namespace: text, selector: text, kubeconfig: text }),
    prometheus: group({ url: text, cpu: text, memory: text, memory_limit: text }),
    process: group({ pid: leaf((raw) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCount */ .zq)(raw, 1, 2 ** 31)) }),
    thresholds: group({ cpu_percent: leaf((raw) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumber */ .$J)(typeof raw === 'string' ? raw.replace('%', '') : raw, 0, 100_000)), memory_percent: percent }),
});
/**
 * prometheusField: where the run's metrics go in Prometheus: pushed to a Pushgateway, or written by
 * remote write (with the headers a receiver asks for: a bearer token, a tenant). `instance` names
 * the run in both: the pushed group's instance, remote write's run_id.
 */
const prometheusField = group({ pushgateway_url: text, instance: text, remote_write_url: text, remote_write_headers: { kind: 'dict', value: text } });
const OTLP_PROTOCOLS = ['http/protobuf', 'http/json'];
/** otlpField: an OpenTelemetry Collector (or any OTLP/HTTP receiver) the run's metrics are exported to. */
const otlpField = group({ endpoint: text, protocol: leaf(parseOneOf(OTLP_PROTOCOLS)), headers: { kind: 'dict', value: text } });
const SLACK_NOTIFY = ['failure', 'always'];
/** slackField: a Slack incoming webhook told about failed (or all) runs. */
const slackField = group({ webhook_url: text, notify: leaf(parseOneOf(SLACK_NOTIFY)) });
/** canaryField: the production arm and the rules a canary is compared by (see slo/compare). */
const confidence = leaf((raw) => {
    const parsed = (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePercent */ .lo)(raw);
    if (!parsed.ok)
        return parsed;
    return parsed.value >= _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIDENCE_PERCENT */ .b4.min && parsed.value <= _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIDENCE_PERCENT */ .b4.max ? parsed : { ok: false, error: `expected a confidence from ${_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIDENCE_PERCENT */ .b4.min}% to ${_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIDENCE_PERCENT */ .b4.max}%, got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
});
const canaryField = group({
    production_url: text,
    confidence,
    criteria: leaf(parseCriteriaMap),
    required: leaf(_criteria_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRequired */ .XT),
});
/** baselineField: which earlier run this one is compared with, and how a regression counts; the rules are the top-level `regression`. */
const baselineField = group({
    source: text,
    artifact: text,
    fail_on_regression: bool,
    confidence,
    required: leaf(_criteria_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRequired */ .XT),
});
/** regressionField: rules in the style of Keptn's criteria, {p95: "<=+10%", error_rate: "<=+0.5"}. */
const regressionField = leaf(parseCriteriaMap);
/** parseCriteriaMap reads {p95: "<=+10%", error_rate: ["<=+0.5", "<2%"]}. */
function parseCriteriaMap(raw) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        return { ok: false, error: `expected a mapping like {p95: "<=+10%"}, got ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(raw)}` };
    const criteria = {};
    for (const [key, value] of Object.entries(raw)) {
        if (!_criteria_js__WEBPACK_IMPORTED_MODULE_3__/* .COMPARED_METRICS */ .wo.includes(key))
            return { ok: false, error: `unknown metric '${key}'${(0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(key, _criteria_js__WEBPACK_IMPORTED_MODULE_3__/* .COMPARED_METRICS */ .wo)}; metrics: ${_criteria_js__WEBPACK_IMPORTED_MODULE_3__/* .COMPARED_METRICS */ .wo.join(', ')}` };
        const parsed = (0,_criteria_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCriteria */ .vP)(value, key);
        if (!parsed.ok)
            return { ok: false, error: `${key}: ${parsed.error}` };
        criteria[key] = parsed.value;
    }
    return { ok: true, value: criteria };
}
/** environmentField is what an environments.<name> block may override. */
const environmentField = group({ thresholds: thresholdsField, load_test: loadTestField, report: reportField, canary: canaryField, baseline: baselineField, regression: regressionField, rollback: rollbackField, rollout: rolloutField, prometheus: prometheusField, otlp: otlpField, slack: slackField, resources: resourcesField });
const fileField = group({
    thresholds: thresholdsField,
    load_test: loadTestField,
    report: reportField,
    canary: canaryField,
    baseline: baselineField,
    regression: regressionField,
    rollback: rollbackField,
    rollout: rolloutField,
    prometheus: prometheusField,
    otlp: otlpField,
    slack: slackField,
    resources: resourcesField,
    environments: { kind: 'dict', value: environmentField },
});
/**
 * fieldOf looks a key up among a group's own fields only: `constructor`, `toString` or `__proto__`
 * are unknown keys, not the members every object inherits.
 */
function fieldOf(fields, key) {
    return Object.hasOwn(fields, key) ? fields[key] : undefined;
}
/** fieldAt finds the schema of a setting path such as "thresholds.latency.p95". */
function fieldAt(settingPath) {
    let field = fileField;
    for (const key of settingPath.split('.'))
        field = field?.kind === 'group' ? fieldOf(field.fields, key) : undefined;
    return field;
}


/***/ }),

/***/ 34529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   LI: () => (/* binding */ round),
/* harmony export */   WN: () => (/* binding */ parseRate),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   lo: () => (/* binding */ parsePercent),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   qx: () => (/* binding */ confidencePercent),
/* harmony export */   yG: () => (/* binding */ parseBoolean),
/* harmony export */   zq: () => (/* binding */ parseCount)
/* harmony export */ });
// Units as people write them in config files and flags: "250ms", "1m30s", "0.5%", "1000 req/sec".
// Each parser returns a number in the unit the rest of the code uses, or an error sentence that
// finishes "expected …, got …" so config errors read the same wherever the value came from.
const ok = (value) => ({ ok: true, value });
const fail = (expected, got) => ({
    ok: false,
    error: `expected ${expected}, got ${describe(got)}`,
});
/** describe renders a bad value the way the user wrote it, quoted when it was text. */
function describe(value) {
    if (typeof value === 'string')
        return `'${value}'`;
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}
const DURATION_UNIT_MS = {
    us: 0.001,
    µs: 0.001,
    ms: 1,
    s: 1000,
    sec: 1000,
    m: 60_000,
    min: 60_000,
    h: 3_600_000,
};
const DURATION_PART = /(\d+(?:\.\d+)?)\s*(us|µs|ms|sec|s|min|m|h)/y;
/**
 * parseDuration reads "250ms", "1.5s", "1m30s" or a plain number. A plain number is in
 * `plainUnit` because the seeds use milliseconds for latencies ("p95: 250") and seconds for run
 * lengths ("--duration 300"). Returns milliseconds.
 */
function parseDuration(input, plainUnit, example = plainUnit === 'ms' ? '250ms' : '30s') {
    const expected = `a duration like ${example}`;
    if (typeof input === 'number') {
        if (!Number.isFinite(input) || input < 0)
            return fail(expected, input);
        return ok(plainUnit === 'ms' ? input : input * 1000);
    }
    if (typeof input !== 'string')
        return fail(expected, input);
    const text = input.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return parseDuration(Number(text), plainUnit, example);
    let total = 0;
    let pos = 0;
    DURATION_PART.lastIndex = 0;
    while (pos < text.length) {
        DURATION_PART.lastIndex = pos;
        const match = DURATION_PART.exec(text);
        if (!match)
            return fail(expected, input);
        total += Number(match[1]) * DURATION_UNIT_MS[match[2]];
        pos = DURATION_PART.lastIndex;
        while (text[pos] === ' ')
            pos++;
    }
    if (pos === 0)
        return fail(expected, input);
    return ok(total);
}
/** parsePercent reads "0.5%" or a plain 0.5 (already a percentage, as in the seeds). Returns percent. */
function parsePercent(input) {
    const expected = 'a percentage like 0.5%';
    let value;
    if (typeof input === 'number')
        value = input;
    else if (typeof input === 'string' && /^\s*\d+(\.\d+)?\s*%?\s*$/.test(input))
        value = Number(input.replace('%', '').trim());
    else
        return fail(expected, input);
    if (!Number.isFinite(value) || value < 0 || value > 100)
        return fail('a percentage between 0% and 100%', input);
    return ok(value);
}
const RATE_UNITS = [
    [/^(req(uests)?\s*\/\s*s(ec(ond)?)?|rps|\/\s*s(ec(ond)?)?|per\s+second)$/i, 1],
    [/^(req(uests)?\s*\/\s*m(in(ute)?)?|rpm|\/\s*m(in(ute)?)?|per\s+minute)$/i, 1 / 60],
];
/** parseRate reads "1000 req/sec", "1000 rps", "50/s", "600/min" or a plain number. Returns per second. */
function parseRate(input) {
    const expected = 'a rate like 1000 req/sec';
    if (typeof input === 'number')
        return Number.isFinite(input) && input >= 0 ? ok(input) : fail(expected, input);
    if (typeof input !== 'string')
        return fail(expected, input);
    const match = /^\s*(\d+(?:\.\d+)?)\s*(.*?)\s*$/.exec(input);
    if (!match)
        return fail(expected, input);
    const amount = Number(match[1]);
    if (match[2] === '')
        return ok(amount);
    for (const [pattern, factor] of RATE_UNITS)
        if (pattern.test(match[2]))
            return ok(amount * factor);
    return fail(expected, input);
}
/** parseCount reads a whole number within [min, max], such as a number of virtual users. */
function parseCount(input, min, max) {
    const value = typeof input === 'string' && /^\s*\d+\s*$/.test(input) ? Number(input) : input;
    if (typeof value !== 'number' || !Number.isInteger(value))
        return fail('a whole number', input);
    if (value < min || value > max)
        return fail(`a whole number from ${min} to ${max.toLocaleString('en-US')}`, input);
    return ok(value);
}
/** parseNumber reads a finite number within [min, max] (weights, factors). */
function parseNumber(input, min, max) {
    const value = typeof input === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(input) ? Number(input) : input;
    if (typeof value !== 'number' || !Number.isFinite(value))
        return fail('a number', input);
    if (value < min || value > max)
        return fail(`a number from ${min} to ${max}`, input);
    return ok(value);
}
/** parseBoolean reads YAML booleans and the words people type in flags and variables. */
function parseBoolean(input) {
    if (typeof input === 'boolean')
        return ok(input);
    if (typeof input === 'string') {
        const word = input.trim().toLowerCase();
        if (['true', 'yes', 'on', '1'].includes(word))
            return ok(true);
        if (['false', 'no', 'off', '0'].includes(word))
            return ok(false);
    }
    return fail('true or false', input);
}
/** formatMs renders milliseconds the way thresholds are written: 250ms, 1.5s, 2m. */
function formatMs(ms) {
    if (ms >= 60_000 && ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms >= 1000 && ms % 1000 === 0)
        return `${ms / 1000}s`;
    if (ms >= 10_000)
        return `${round(ms / 1000, 1)}s`;
    return `${round(ms, ms < 10 ? 2 : 1)}ms`;
}
/** round keeps `digits` decimals and drops trailing zeros. */
function round(value, digits) {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}
/**
 * confidencePercent: a confidence as a percentage with as many decimals as it takes not to round
 * up to 100 (99.97%, not "100%": no interval is certain).
 */
function confidencePercent(confidence) {
    for (let decimals = 1; decimals < 6; decimals++) {
        const shown = Math.round(confidence * 100 * 10 ** decimals) / 10 ** decimals;
        if (shown < 100 || confidence >= 1)
            return String(shown);
    }
    return String(confidence * 100);
}


/***/ }),

/***/ 58724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ giveOption),
/* harmony export */   fS: () => (/* binding */ optionName)
/* harmony export */ });
/* unused harmony export namedOptions */
/* harmony import */ var _overrides_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90423);
// How a person names an option depends on where they gave it: a flag on the command line, an input
// in the workflow's `with:`. Code both entries share names an option by its id (a setting of the
// override table, or an entry option below) and words it in the vocabulary the entry chose, so the
// action never tells a workflow's author to "pass --target", nor the CLI a user to set an input.

/** ENTRY_OPTIONS: options that are not settings of the override table, as each entry names them (none: it has no name of its own). */
const ENTRY_OPTIONS = {
    environment: { flag: '--environment', valueName: 'NAME', input: 'environment', env: 'LOADTEST_ENVIRONMENT' },
    'github-token': { input: 'github-token', env: 'GITHUB_TOKEN' },
    'model.prometheusToken': { input: 'model-prometheus-token', env: 'LOADTEST_PROMETHEUS_TOKEN' },
    'capacity.from': { flag: '--from', input: 'capacity-from' },
    'capacity.to': { flag: '--to', input: 'capacity-to' },
    'capacity.maxDuration': { flag: '--max-duration', input: 'capacity-max-duration' },
    'capacity.stepDuration': { flag: '--step-duration', input: 'capacity-step-duration' },
    'capacity.cooldown': { flag: '--cooldown', input: 'capacity-cooldown' },
    'capacity.ceiling': { flag: '--ceiling', input: 'capacity-ceiling' },
    'capacity.productionPeak': { flag: '--production-peak', input: 'production-peak' },
    'capacity.minHeadroom': { flag: '--min-headroom', input: 'min-headroom' },
    'capacity.productionUrl': { flag: '--production-url', input: 'production-url' },
    'capacity.maxDrop': { flag: '--max-drop', input: 'capacity-max-drop' },
};
/** optionName: the option as the user names it: `--target` (cli), `target-url` (action); where the entry has none, the config key or variable that sets it. */
function optionName(vocabulary, id) {
    const names = namesOf(id);
    return (vocabulary === 'cli' ? names.flag : names.input) ?? names.setting ?? names.env;
}
/**
 * giveOption: how to give the option, as an instruction: `pass --target URL` (cli), `set the
 * target-url input` (action). `values` are what to give, alternatives joined by "or"; without
 * them the flag shows what it takes, and an action switch is set to true.
 */
function giveOption(vocabulary, id, ...values) {
    const names = namesOf(id);
    if (vocabulary === 'cli' && names.flag) {
        const given = values.length > 0 ? values : [names.valueName ?? ''];
        return `pass ${given.map((value) => (value ? `${names.flag} ${value}` : names.flag)).join(' or ')}`;
    }
    const value = values.length > 0 ? values.join(' or ') : names.switch ? 'true' : '';
    if (vocabulary === 'action' && names.input)
        return `set the ${names.input} input${value ? ` to ${value}` : ''}`;
    if (names.setting)
        return `set ${names.setting}${value ? `: ${value}` : ''} in the config`;
    return `set ${names.env}`;
}
/** namedOptions: every option the vocabularies name, with its flag and input (a test holds them to the CLI's parser and action.yml). */
function namedOptions() {
    const ids = [...OVERRIDES.map((o) => o.setting), ...Object.keys(ENTRY_OPTIONS)];
    return ids.map((id) => ({ id, flag: namesOf(id).flag ?? null, input: namesOf(id).input ?? null }));
}
function namesOf(id) {
    const override = _overrides_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDES */ .u3.find((o) => o.setting === id);
    if (override)
        return { flag: override.flag, valueName: override.valueName || undefined, input: override.input, env: override.env, setting: override.setting, switch: override.kind === 'switch' };
    return ENTRY_OPTIONS[id];
}


/***/ }),

/***/ 22147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  im: () => (/* binding */ readConfigText),
  SG: () => (/* binding */ readInline)
});

// UNUSED EXPORTS: walk

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(55285);
// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __webpack_require__(11012);
;// CONCATENATED MODULE: ./src/config/yaml-position.ts
// Positions in a YAML text: which line and column a node starts at, for error messages and annotations.

function keyOf(pair) {
    const key = pair.key;
    return (0,dist/* isScalar */.jn)(key) ? String(key.value) : String(key);
}
function at(w, node, keyPath) {
    const offset = node?.range?.[0] ?? 0;
    const pos = w.lines.linePos(offset);
    return { kind: 'file', file: w.file, line: pos.line, col: pos.col, keyPath };
}
/** deref follows an alias (*name) to the node its anchor (&name) marks; the reader has checked that it resolves. */
function deref(w, node) {
    if (!node || !(0,dist/* isAlias */.Vj)(node))
        return node;
    return node.resolve(w.doc) ?? null;
}

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: ./src/config/plan.ts
var plan = __webpack_require__(29311);
// EXTERNAL MODULE: ./src/flow/json-path.ts
var json_path = __webpack_require__(97322);
;// CONCATENATED MODULE: ./src/config/steps.ts
// What a step (or endpoint) expects of its response and what it captures from it, read from the
// walked YAML with each item's own line: JSON paths and regexes are compiled here, so a bad one
// is a config error where it was written, before any load.


const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** readChecks: the checks of an `expect` (status stays the endpoint's expected statuses), each named for reports. */
function readChecks(w, expect, itemPath, fallback) {
    if (!expect)
        return [];
    const checks = [];
    const sourceOf = (key) => w.sources.get(`${itemPath}.expect.${key}`) ?? fallback;
    if (expect.latency !== undefined)
        checks.push({ name: `latency ≤ ${(0,units/* formatMs */._V)(expect.latency)}`, test: { kind: 'latency', maxMs: expect.latency } });
    if (expect.body_contains !== undefined) {
        if (expect.body_contains === '')
            w.issues.push({ source: sourceOf('body_contains'), message: 'body_contains is empty: every body contains it; give the text the body must hold' });
        else
            checks.push({ name: `body contains ${JSON.stringify(expect.body_contains)}`, test: { kind: 'body-contains', text: expect.body_contains } });
    }
    for (const [name, value] of Object.entries(expect.headers ?? {}))
        checks.push({ name: `header ${name.toLowerCase()} = ${JSON.stringify(value)}`, test: { kind: 'header-equals', name, value: String(value).trim() } });
    (expect.json ?? []).forEach((item, i) => {
        const source = w.sources.get(`${itemPath}.expect.json[${i}].path`) ?? sourceOf(`json[${i}]`);
        if (item.path === undefined) {
            w.issues.push({ source, message: 'a JSON check needs a path, like { path: $.id, exists: true }' });
            return;
        }
        let path;
        try {
            path = (0,json_path/* parseJsonPath */.Hf)(item.path);
        }
        catch (error) {
            if (!(error instanceof json_path/* JsonPathError */.UK))
                throw error;
            w.issues.push({ source, message: error.message });
            return;
        }
        const given = ['exists', 'equals', 'matches'].filter((k) => item[k] !== undefined);
        if (given.length !== 1) {
            w.issues.push({ source, message: `a JSON check on ${item.path} takes exactly one of exists, equals or matches${given.length ? `, got ${given.join(' and ')}` : ''}` });
            return;
        }
        let test;
        let name;
        if (item.exists !== undefined) {
            if (item.exists !== true) {
                w.issues.push({ source, message: `exists: ${JSON.stringify(item.exists)} checks nothing a JSON check can fail on usefully; write exists: true` });
                return;
            }
            test = { kind: 'json-exists', path };
            name = `${item.path} exists`;
        }
        else if (item.matches !== undefined) {
            const pattern = regexOf(item.matches);
            if (typeof pattern === 'string') {
                w.issues.push({ source: w.sources.get(`${itemPath}.expect.json[${i}].matches`) ?? source, message: pattern });
                return;
            }
            test = { kind: 'json-matches', path, pattern };
            name = `${item.path} matches /${item.matches}/`;
        }
        else {
            test = { kind: 'json-equals', path, value: item.equals };
            name = `${item.path} = ${JSON.stringify(item.equals)}`;
        }
        checks.push({ name, test });
    });
    // Names are how reports and SLOs tell checks apart: the same check twice is one check.
    const seen = new Set();
    return checks.filter((c) => !seen.has(c.name) && seen.add(c.name));
}
/** readCaptures: a step's captures, each reading exactly one of json, header, regex or cookie. */
function readCaptures(w, capture, itemPath, fallback) {
    const specs = [];
    for (const [variable, from] of Object.entries(capture ?? {})) {
        const keyPath = `${itemPath}.capture.${variable}`;
        const given = ['json', 'header', 'regex', 'cookie'].filter((k) => from[k] !== undefined);
        const source = w.sources.get(`${keyPath}.${given[0]}`) ?? fallback;
        if (!VARIABLE_NAME.test(variable)) {
            w.issues.push({ source, message: `'${variable}' cannot be a variable name: letters, digits and _ only, not starting with a digit` });
            continue;
        }
        if (given.length !== 1) {
            w.issues.push({ source, message: `capture ${variable} takes exactly one of json, header, regex or cookie${given.length ? `, got ${given.join(' and ')}` : ''}` });
            continue;
        }
        const kind = given[0];
        const text = String(from[kind]);
        let captureSource;
        if (kind === 'json') {
            try {
                captureSource = { from: 'json', path: (0,json_path/* parseJsonPath */.Hf)(text), text };
            }
            catch (error) {
                if (!(error instanceof json_path/* JsonPathError */.UK))
                    throw error;
                w.issues.push({ source, message: `capture ${variable}: ${error.message}` });
                continue;
            }
        }
        else if (kind === 'regex') {
            const pattern = regexOf(text);
            if (typeof pattern === 'string') {
                w.issues.push({ source, message: `capture ${variable}: ${pattern}` });
                continue;
            }
            captureSource = { from: 'regex', pattern };
        }
        else if (text.trim() === '') {
            w.issues.push({ source, message: `capture ${variable}: the ${kind} name is empty` });
            continue;
        }
        else
            captureSource = kind === 'header' ? { from: 'header', name: text.trim() } : { from: 'cookie', name: text.trim() };
        specs.push({ plan: { variable, source: captureSource }, at: source });
    }
    return specs;
}
/** regexOf: the pattern compiled, or why it cannot be. */
function regexOf(text) {
    try {
        return new RegExp(text);
    }
    catch (error) {
        return `'${text}' is not a valid regular expression: ${error.message.replace(/^Invalid regular expression: /, '')}`;
    }
}

;// CONCATENATED MODULE: ./src/config/endpoints.ts
// Endpoints come in two forms: the seeds' map of path → weight ("/api/users": 0.25, optionally
// "POST /api/orders": 0.3) and a list of full request descriptions that can carry their own SLOs.






function readEndpoints(w, node, keyPath, walkItem) {
    const before = w.issues.length;
    let specs;
    if (node && (0,dist/* isMap */.jh)(node))
        specs = readWeightMap(w, node, keyPath);
    else if (node && (0,dist/* isSeq */.oP)(node))
        specs = node.items.map((item, i) => readItem(w, item, `${keyPath}[${i}]`, walkItem)).filter((s) => s !== undefined);
    else {
        w.issues.push({ source: at(w, node, keyPath), message: `expected a mapping of path to weight ("/api/users": 0.25) or a list of endpoints, got ${(0,units/* describe */.q0)(node?.toJSON())}` });
        return undefined;
    }
    if (specs.length === 0 && w.issues.length === before)
        w.issues.push({ source: at(w, node, keyPath), message: 'expected at least one endpoint' });
    const seen = new Map();
    for (const spec of specs) {
        const earlier = seen.get(spec.name);
        if (earlier)
            w.issues.push({ source: spec.source, message: `endpoint name '${spec.name}' is used twice (first at line ${earlier.source.kind === 'file' ? earlier.source.line : '?'}); give each endpoint its own name` });
        seen.set(spec.name, spec);
    }
    return w.issues.length === before ? specs : undefined;
}
function readWeightMap(w, node, keyPath) {
    const specs = [];
    for (const pair of node.items) {
        const key = keyOf(pair);
        const itemPath = `${keyPath}["${key}"]`;
        const source = at(w, pair.value ?? pair.key, itemPath);
        // A path may hold templates with spaces inside their braces: "GET /users/{{ randomInt(1, 100) }}".
        const match = /^\s*(?:([A-Za-z]+)\s+)?(\/(?:\{\{.*?\}\}|\S)*)\s*$/.exec(key);
        const method = (match?.[1] ?? 'GET').toUpperCase();
        const path = (0,schema/* parsePath */.Rr)(match?.[2]);
        if (!match || !path.ok || !schema/* HTTP_METHODS */.y8.includes(method)) {
            w.issues.push({ source: at(w, pair.key, itemPath), message: `expected a key like "/api/users" or "POST /api/orders", got '${key}'` });
            continue;
        }
        const value = deref(w, pair.value);
        const raw = (0,dist/* isScalar */.jn)(value) ? value.value : value?.toJSON();
        const weight = (0,units/* parseNumber */.$J)(raw, 0, 1_000_000);
        if (!weight.ok) {
            w.issues.push({ source, message: `${weight.error} (the endpoint's share of requests)` });
            continue;
        }
        specs.push({ name: key.trim(), method, path: path.value, headers: {}, body: null, weight: weight.value, expectStatus: null, checks: [], captures: [], thinkTime: null, thresholds: {}, regression: null, source });
    }
    return specs;
}
function readItem(w, item, itemPath, walkItem) {
    const before = w.issues.length;
    const value = walkItem(item, itemPath);
    if (!value || w.issues.length > before)
        return undefined;
    const source = at(w, item, itemPath);
    if (value.path === undefined) {
        w.issues.push({ source, message: 'an endpoint needs a path (like /api/users)' });
        return undefined;
    }
    if (value.body !== undefined && value.json !== undefined) {
        w.issues.push({ source: w.sources.get(`${itemPath}.json`) ?? source, message: 'give either body or json, not both' });
        return undefined;
    }
    const method = (value.method ?? 'GET').toUpperCase();
    const headers = { ...(value.headers ?? {}) };
    let body = value.body ?? null;
    if (value.json !== undefined) {
        body = JSON.stringify(value.json);
        if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type'))
            headers['content-type'] = 'application/json';
    }
    const thresholds = {};
    const t = value.thresholds ?? {};
    for (const key of plan/* LATENCY_KEYS */.SD) {
        const ms = t.latency?.[key];
        if (ms !== undefined)
            thresholds[key] = { value: ms, source: w.sources.get(`${itemPath}.thresholds.latency.${key}`) ?? source };
    }
    if (t.error_rate !== undefined)
        thresholds.error_rate = { value: t.error_rate, source: w.sources.get(`${itemPath}.thresholds.error_rate`) ?? source };
    if (t.throughput !== undefined)
        thresholds.throughput = { value: t.throughput, source: w.sources.get(`${itemPath}.thresholds.throughput`) ?? source };
    if (t.checks !== undefined)
        thresholds.checks = { value: t.checks, source: w.sources.get(`${itemPath}.thresholds.checks`) ?? source };
    return {
        name: value.name ?? `${method} ${value.path}`,
        method,
        path: value.path,
        headers,
        body,
        ...(value.json !== undefined ? { json: value.json } : {}),
        weight: value.weight ?? null,
        expectStatus: value.expect?.status ?? null,
        checks: readChecks(w, value.expect, itemPath, source),
        captures: readCaptures(w, value.capture, itemPath, source),
        thinkTime: value.think ?? null,
        thresholds,
        regression: value.regression ?? null,
        source,
    };
}

;// CONCATENATED MODULE: ./src/config/flows.ts
// Flows as written: `load_test.flows`, a weighted list of named flows, each a list of steps; and
// `load_test.setup` / `load_test.on_start`, lists of steps run once per run and once per virtual
// user. A step is an endpoint's request (config/endpoints.ts readItem) with what it captures and
// the pause after it. Read with every item's line, so later validation (config/sections/flows.ts)
// can say where a mistake is.




/** readSteps: a list of steps, each named (by default its method and path as written: a route, never a rendered URL). */
function readSteps(w, node, keyPath, walkStep) {
    if (!node || !(0,dist/* isSeq */.oP)(node) || node.items.length === 0) {
        w.issues.push({ source: at(w, node, keyPath), message: `expected a list of steps (each with a path, like - path: /api/login), got ${(0,units/* describe */.q0)(node?.toJSON())}` });
        return undefined;
    }
    const before = w.issues.length;
    const steps = node.items.map((item, i) => readItem(w, item, `${keyPath}[${i}]`, walkStep));
    if (w.issues.length > before)
        return undefined;
    const seen = new Map();
    for (const step of steps) {
        const earlier = seen.get(step.name);
        if (earlier)
            w.issues.push({ source: step.source, message: `step name '${step.name}' is used twice here (first at line ${earlier.source.kind === 'file' ? earlier.source.line : '?'}); give each step its own name` });
        seen.set(step.name, step);
        if (step.weight !== null)
            w.issues.push({ source: step.source, message: `a step has no weight of its own: its flow's weight decides how often it runs` });
    }
    return w.issues.length > before ? undefined : steps;
}
/** readFlows: the flows, each with a unique name (by default "flow N") and its steps (walked as flowItemField's `steps`, by readSteps). */
function readFlows(w, node, keyPath, walkFlow) {
    if (!node || !(0,dist/* isSeq */.oP)(node) || node.items.length === 0) {
        w.issues.push({ source: at(w, node, keyPath), message: `expected a list of flows (each with a name and steps), got ${(0,units/* describe */.q0)(node?.toJSON())}` });
        return undefined;
    }
    const before = w.issues.length;
    const flows = [];
    node.items.forEach((item, i) => {
        const itemPath = `${keyPath}[${i}]`;
        const issuesBefore = w.issues.length;
        const value = walkFlow(item, itemPath);
        if (!value || w.issues.length > issuesBefore)
            return;
        const source = at(w, item, itemPath);
        if (!value.steps) {
            w.issues.push({ source, message: `flow '${value.name ?? i + 1}' needs steps: a list of requests` });
            return;
        }
        flows.push({ name: value.name ?? `flow ${i + 1}`, weight: value.weight ?? null, steps: value.steps, source });
    });
    const seen = new Set();
    for (const flow of flows) {
        if (seen.has(flow.name))
            w.issues.push({ source: flow.source, message: `flow name '${flow.name}' is used twice; give each flow its own name` });
        seen.add(flow.name);
    }
    return w.issues.length > before ? undefined : flows;
}

;// CONCATENATED MODULE: ./src/config/yaml-reader.ts
// Reads YAML against the schema while the parser's positions are still at hand, so every problem
// is reported with file, line, column and key path, and every setting remembers where it was set
// (the action later puts annotations on those lines).








/**
 * SLO_KEYS: the seeds' SLO block (seed 002) puts latency, error_rate and throughput at the top of
 * the file, or of an environment's block, with no `thresholds:` above them. They are read as
 * thresholds, with a notice naming the canonical form.
 */
const SLO_KEYS = ['latency', 'error_rate', 'throughput'];
const thresholdFields = schema/* thresholdsField */.fs.fields;
/** readConfigText validates a whole performance_config.yml and splits it into the base and environment layers. */
function readConfigText(text, file, env) {
    const result = { parsed: false, empty: false, base: new Map(), environments: new Map(), issues: [], notices: [] };
    const walker = parseInto(text, file, env, result.issues);
    if (!walker)
        return result;
    result.parsed = true;
    const { w } = walker;
    const root = deref(w, walker.root);
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null && root.source === '')) {
        result.empty = true;
        return result;
    }
    if (!(0,dist/* isMap */.jh)(root)) {
        w.issues.push({ source: at(w, root, '(top level)'), message: `expected a mapping of settings, got ${(0,units/* describe */.q0)(root.toJSON())}` });
        return result;
    }
    const fields = schema/* fileField */.Hb.fields;
    const slo = new SloBlock('', 'thresholds');
    for (const pair of root.items) {
        const key = keyOf(pair);
        if (key === 'environments') {
            readEnvironments(w, pair, result);
            continue;
        }
        if (slo.takes(w, pair, key))
            continue;
        const field = (0,schema/* fieldOf */._F)(fields, key);
        if (!field) {
            unknownKey(w, pair, key, '', Object.keys(fields));
            continue;
        }
        walk(w, pair.value, field, key, key, result.base);
    }
    slo.mergeInto(w, result.base, result.notices);
    return result;
}
/**
 * SloBlock collects one block's top-level latency / error_rate / throughput (the seeds' form) and
 * merges them into its thresholds; a threshold given both ways is an error naming both lines.
 */
class SloBlock {
    parentPath;
    settingPrefix;
    settings = new Map();
    keys = [];
    first = null;
    constructor(
    /** parentPath: '' for the file's top, `environments.<name>` for an environment's block. */
    parentPath, 
    /** settingPrefix: where its settings go in the layer ("thresholds"). */
    settingPrefix) {
        this.parentPath = parentPath;
        this.settingPrefix = settingPrefix;
    }
    takes(w, pair, key) {
        if (!SLO_KEYS.includes(key))
            return false;
        const keyPath = this.parentPath ? `${this.parentPath}.${key}` : key;
        this.first ??= at(w, pair.key ?? null, keyPath);
        this.keys.push(key);
        walk(w, pair.value, (0,schema/* fieldOf */._F)(thresholdFields, key), keyPath, `${this.settingPrefix}.${key}`, this.settings);
        return true;
    }
    mergeInto(w, layer, notices) {
        if (!this.first)
            return;
        for (const [path, setting] of this.settings) {
            const canonical = layer.get(path);
            if (canonical) {
                const written = canonical.source.kind === 'file' ? canonical.source.keyPath : path;
                w.issues.push({ source: setting.source, message: `this threshold is given twice: here, in the seeds' form without thresholds:, and as ${written} at ${(0,issues/* shortSource */.oh)(canonical.source)}; keep one` });
                continue;
            }
            layer.set(path, setting);
        }
        const where = this.parentPath ? `${this.parentPath}.` : '';
        const listed = this.keys.map((k) => `${where}${k}`).join(', ');
        notices.push(`${(0,issues/* shortSource */.oh)(this.first)}: ${listed} ${this.keys.length === 1 ? 'is' : 'are'} read as thresholds (the seeds' SLO block); the canonical form nests ${this.keys.length === 1 ? 'it' : 'them'} under thresholds: (${where}thresholds: → ${this.keys[0] === 'latency' ? 'latency: → p95: 250ms' : `${this.keys[0]}: …`})`);
    }
}
/** readInline reads a YAML value given in a flag, variable or action input (endpoints, stages) against one field. */
function readInline(text, label, field, settingPath, env) {
    const issues = [];
    const name = label.kind === 'flag' ? label.flag : label.kind === 'env' ? label.variable : label.kind === 'input' ? `input ${label.input}` : 'inline';
    const parsed = parseInto(text, name, env, issues);
    if (!parsed)
        return { issues };
    const settings = new Map();
    walk(parsed.w, parsed.root, field, settingPath, settingPath, settings);
    const setting = settings.get(settingPath);
    return { setting: setting && { value: setting.value, source: label }, issues };
}
function parseInto(text, file, env, issues) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const w = { doc, file, lines, issues, sources: new Map(), env };
    // One slip (a tab, a bad indent) can make every later line an error too: the first few say enough.
    for (const error of doc.errors.slice(0, MAX_YAML_ERRORS)) {
        const pos = lines.linePos(error.pos[0]);
        const duplicate = error.code === 'DUPLICATE_KEY' ? keyAt(doc, error.pos[0]) : undefined;
        const message = duplicate !== undefined ? `the key '${printable(duplicate)}' appears twice in this mapping; keys must be unique, keep one` : firstLine(error.message);
        issues.push({ source: { kind: 'file', file, line: pos.line, col: pos.col, keyPath: '(yaml)' }, message });
    }
    if (doc.errors.length > MAX_YAML_ERRORS) {
        const pos = lines.linePos(doc.errors[MAX_YAML_ERRORS].pos[0]);
        issues.push({ source: { kind: 'file', file, line: pos.line, col: pos.col, keyPath: '(yaml)' }, message: `and ${doc.errors.length - MAX_YAML_ERRORS} more YAML errors from here on, which may all follow from the first` });
    }
    if (doc.errors.length > 0)
        return undefined;
    if (!checkAliases(w))
        return undefined;
    return { w, root: doc.contents };
}
/**
 * checkAliases refuses, with the alias's line, what would stop the reader later: an alias with no
 * anchor before it, one inside the value it names (a loop), and an alias bomb (a few lines that
 * expand to millions of copies; YAML's maxAliasCount). Returns whether the aliases are usable.
 */
function checkAliases(w) {
    const aliases = [];
    (0,dist/* visit */.YR)(w.doc, {
        Alias: (_key, node, path) => {
            aliases.push({ node, ancestors: [...path] });
        },
    });
    if (aliases.length === 0)
        return true;
    const refuse = (node, message) => {
        w.issues.push({ source: at(w, node, '(yaml)'), message });
        return false;
    };
    if (aliases.length > defaults/* MAX_YAML_ALIASES */.ap)
        return refuse(aliases[defaults/* MAX_YAML_ALIASES */.ap].node, `more than ${defaults/* MAX_YAML_ALIASES */.ap} aliases (*name) in one config; write the values out, or use environments: blocks`);
    for (const { node, ancestors } of aliases) {
        const target = node.resolve(w.doc);
        if (!target)
            return refuse(node, `alias *${node.source} has no anchor &${node.source} before it`);
        if (ancestors.includes(target))
            return refuse(node, `alias *${node.source} is inside the value it names, which would never end`);
    }
    try {
        w.doc.toJS({ maxAliasCount: defaults/* MAX_YAML_ALIASES */.ap });
    }
    catch (error) {
        const message = firstLine(error.message);
        return refuse(aliases[0].node, /excessive alias count/i.test(message) ? `the aliases (*${aliases[0].node.source}, …) expand to more than ${defaults/* MAX_YAML_ALIASES */.ap} copies, more than a config needs (an alias bomb?)` : message);
    }
    return true;
}
function readEnvironments(w, pair, result) {
    const node = deref(w, pair.value);
    if (node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null))
        return;
    if (!(0,dist/* isMap */.jh)(node)) {
        w.issues.push({ source: at(w, node, 'environments'), message: `expected a mapping of environment names, got ${(0,units/* describe */.q0)(node.toJSON())}` });
        return;
    }
    for (const envPair of node.items) {
        const name = keyOf(envPair);
        const keyPath = `environments.${name}`;
        const settings = new Map();
        const notices = [];
        result.environments.set(name, { settings, source: at(w, envPair.key ?? node, keyPath), notices });
        const block = deref(w, envPair.value);
        if (block === null || ((0,dist/* isScalar */.jn)(block) && block.value === null))
            continue;
        if (!(0,dist/* isMap */.jh)(block)) {
            w.issues.push({ source: at(w, block, keyPath), message: `expected a mapping with thresholds or load_test, got ${(0,units/* describe */.q0)(block.toJSON())}` });
            continue;
        }
        const fields = schema/* environmentField */.CD.fields;
        const slo = new SloBlock(keyPath, 'thresholds');
        for (const inner of block.items) {
            const key = keyOf(inner);
            if (slo.takes(w, inner, key))
                continue;
            const field = (0,schema/* fieldOf */._F)(fields, key);
            if (!field)
                unknownKey(w, inner, key, keyPath, Object.keys(fields));
            else
                walk(w, inner.value, field, `${keyPath}.${key}`, key, settings);
        }
        slo.mergeInto(w, settings, notices);
    }
}
/**
 * walk validates `node` against `field`, returns its parsed value, and records every setting unit
 * (a leaf, list or dict) into `out` under its setting path. `keyPath` is what the user sees in errors.
 */
function walk(w, given, field, keyPath, settingPath, out) {
    const node = deref(w, given);
    const source = node ? at(w, node, keyPath) : { kind: 'file', file: w.file, line: 0, col: 0, keyPath };
    let value;
    switch (field.kind) {
        case 'group':
            return walkGroup(w, node, field.fields, keyPath, settingPath, out);
        case 'leaf': {
            const raw = expandScalars(w, node, keyPath);
            if (raw === FAILED)
                return undefined;
            const parsed = field.parse(raw);
            if (!parsed.ok) {
                w.issues.push({ source, message: parsed.error });
                return undefined;
            }
            value = parsed.value;
            w.sources.set(keyPath, source);
            break;
        }
        case 'list': {
            if (!node || !(0,dist/* isSeq */.oP)(node)) {
                w.issues.push({ source, message: `expected a list, got ${(0,units/* describe */.q0)(node?.toJSON())}` });
                return undefined;
            }
            const before = w.issues.length;
            value = node.items.map((item, i) => walk(w, item, field.item, `${keyPath}[${i}]`, null));
            if (w.issues.length > before)
                return undefined;
            break;
        }
        case 'dict': {
            if (!node || !(0,dist/* isMap */.jh)(node)) {
                w.issues.push({ source, message: `expected a mapping, got ${(0,units/* describe */.q0)(node?.toJSON())}` });
                return undefined;
            }
            const dict = {};
            const before = w.issues.length;
            for (const pair of node.items) {
                const key = keyOf(pair);
                // `__proto__` would set the object's prototype instead of an entry: the entry would vanish.
                if (key === '__proto__')
                    w.issues.push({ source: at(w, pair.key ?? node, `${keyPath}.${key}`), message: `'${key}' cannot be used as a name here` });
                else
                    dict[key] = walk(w, pair.value, field.value, `${keyPath}.${key}`, null);
            }
            // A dict with a bad entry is left unset rather than half-filled; the entry's error says why.
            if (w.issues.length > before)
                return undefined;
            value = dict;
            break;
        }
        case 'endpoints':
            value = readEndpoints(w, node, keyPath, (item, itemPath) => walk(w, item, schema/* endpointItemField */.dg, itemPath, null));
            break;
        case 'steps':
            value = readSteps(w, node, keyPath, (item, itemPath) => walk(w, item, schema/* stepItemField */.Wc, itemPath, null));
            break;
        case 'flows':
            value = readFlows(w, node, keyPath, (item, itemPath) => walk(w, item, schema/* flowItemField */.yf, itemPath, null));
            break;
    }
    if (value !== undefined && settingPath !== null)
        out?.set(settingPath, { value, source });
    return value;
}
function walkGroup(w, node, fields, keyPath, settingPath, out) {
    if (node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null))
        return {};
    if (!(0,dist/* isMap */.jh)(node)) {
        w.issues.push({ source: at(w, node, keyPath), message: `expected a mapping with ${Object.keys(fields).join(', ')}, got ${(0,units/* describe */.q0)(node.toJSON())}` });
        return undefined;
    }
    const value = {};
    for (const pair of node.items) {
        const key = keyOf(pair);
        const field = (0,schema/* fieldOf */._F)(fields, key);
        if (!field) {
            unknownKey(w, pair, key, keyPath, Object.keys(fields));
            continue;
        }
        const child = walk(w, pair.value, field, `${keyPath}.${key}`, settingPath === null ? null : `${settingPath}.${key}`, out);
        if (child !== undefined)
            value[key] = child;
    }
    return value;
}
const FAILED = Symbol('failed');
/**
 * expandScalars turns a node into plain data and replaces ${NAME} in its text with the variable's
 * value, so secrets stay in the CI's secret store rather than in the file. "$${" writes a literal "${".
 */
function expandScalars(w, node, keyPath) {
    const raw = node ? node.toJS(w.doc) : null;
    let failed = false;
    const expand = (value) => {
        if (typeof value === 'string') {
            return value.replace(/\$?\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (match, name) => {
                if (match.startsWith('$$'))
                    return match.slice(1);
                const found = w.env[name];
                if (found === undefined) {
                    failed = true;
                    w.issues.push({ source: at(w, node, keyPath), message: `environment variable ${name} is not set (referenced as \${${name}})` });
                    return match;
                }
                return found;
            });
        }
        if (Array.isArray(value))
            return value.map(expand);
        if (value !== null && typeof value === 'object')
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v)]));
        return value;
    };
    const expanded = expand(raw);
    return failed ? FAILED : expanded;
}
function unknownKey(w, pair, key, parentPath, known) {
    const keyPath = printable(parentPath ? `${parentPath}.${key}` : key);
    w.issues.push({ source: at(w, pair.key ?? null, keyPath), message: `unknown key '${printable(key)}'${(0,issues/* didYouMean */.au)(key, known)}; known keys here: ${known.join(', ')}` });
}
const MAX_YAML_ERRORS = 5;
/** keyAt finds the text of the mapping key that starts at `offset` (a duplicate key's error points there). */
function keyAt(doc, offset) {
    let found;
    (0,dist/* visit */.YR)(doc, {
        Pair: (_key, pair) => {
            const key = pair.key;
            if (key?.range?.[0] === offset) {
                found = keyOf(pair);
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    return found;
}
/** printable shows control characters in a key as \u escapes, so an error line stays one readable line. */
function printable(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function firstLine(message) {
    return message.split('\n')[0];
}


/***/ }),

/***/ 55285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ DEFAULT_WAIT_FOR_READY_MS),
/* harmony export */   A2: () => (/* binding */ DEFAULT_MAX_IN_FLIGHT),
/* harmony export */   B4: () => (/* binding */ MAX_LATENCY_MS),
/* harmony export */   C6: () => (/* binding */ MAX_ENDPOINT_WEIGHT),
/* harmony export */   Ct: () => (/* binding */ DEFAULT_RAMP_UP_MS),
/* harmony export */   ET: () => (/* binding */ MAX_STREAMS_PER_CONNECTION),
/* harmony export */   Ev: () => (/* binding */ PREFLIGHT),
/* harmony export */   H2: () => (/* binding */ DEFAULT_MIN_DURATION_MS),
/* harmony export */   He: () => (/* binding */ MAX_SEED),
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   KB: () => (/* binding */ MAX_VIRTUAL_USERS),
/* harmony export */   LN: () => (/* binding */ DEFAULT_MAX_DURATION_MS),
/* harmony export */   Lp: () => (/* binding */ DEFAULT_HOOK_TIMEOUT_MS),
/* harmony export */   Qj: () => (/* binding */ CONNECT_ERROR_BACKOFF_MS),
/* harmony export */   Qk: () => (/* binding */ DEFAULT_ROLLOUT_STAGES),
/* harmony export */   Uz: () => (/* binding */ DEFAULT_ENVIRONMENT),
/* harmony export */   Vr: () => (/* binding */ DEFAULT_BURST),
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   a5: () => (/* binding */ MAX_HOOK_TIMEOUT_MS),
/* harmony export */   aC: () => (/* binding */ MAX_RUN_MS),
/* harmony export */   aP: () => (/* binding */ DEFAULT_MAX_STREAMS_PER_CONNECTION),
/* harmony export */   aQ: () => (/* binding */ DEFAULT_DURATION_MS),
/* harmony export */   ao: () => (/* binding */ MAX_BURST_SIZE),
/* harmony export */   ap: () => (/* binding */ MAX_YAML_ALIASES),
/* harmony export */   b4: () => (/* binding */ CONFIDENCE_PERCENT),
/* harmony export */   b9: () => (/* binding */ MAX_MIN_REQUESTS),
/* harmony export */   bZ: () => (/* binding */ MAX_RATE_PER_SECOND),
/* harmony export */   es: () => (/* binding */ DEFAULT_ROLLBACK_TIMEOUT_MS),
/* harmony export */   fd: () => (/* binding */ DEFAULT_RESOURCES_INTERVAL_MS),
/* harmony export */   gJ: () => (/* binding */ DEFAULT_HTTP_VERSION),
/* harmony export */   hH: () => (/* binding */ MAX_SHARDS),
/* harmony export */   l: () => (/* binding */ MAX_DRAIN_MS),
/* harmony export */   lD: () => (/* binding */ RESOURCES_INTERVAL_MS),
/* harmony export */   mE: () => (/* binding */ DEFAULT_MIN_REQUESTS),
/* harmony export */   mc: () => (/* binding */ DEFAULT_TRACE_SLOWEST),
/* harmony export */   ne: () => (/* binding */ MAX_TRACE_SLOWEST),
/* harmony export */   o$: () => (/* binding */ MAX_THROUGHPUT),
/* harmony export */   ph: () => (/* binding */ GENERATOR_LIMITS),
/* harmony export */   rx: () => (/* binding */ DEFAULT_CONFIDENCE_PERCENT),
/* harmony export */   t1: () => (/* binding */ DEFAULT_TIMEOUT_MS),
/* harmony export */   w: () => (/* binding */ DEFAULT_OUTPUT_DIR),
/* harmony export */   xw: () => (/* binding */ DEFAULT_GITHUB_API_URL),
/* harmony export */   yw: () => (/* binding */ FAILED_TRACES_KEPT)
/* harmony export */ });
/* unused harmony exports ACTION_WAIT_FOR_READY_MS, MAX_TIMER_MS */
// Named defaults, in one place so the docs, the help text and the code agree.
/** MAX_VIRTUAL_USERS bounds one process: each user holds a socket and ulimit -n is often 20,000. */
const MAX_VIRTUAL_USERS = 10_000;
const DEFAULT_CONCURRENCY = 10;
const DEFAULT_DURATION_MS = 30_000;
/**
 * DEFAULT_MAX_DURATION_MS: an unset duration when the run decides early (decide_early, a canary's
 * default): the longest it may take. At the canary's default rules and ordinary noise, 30 s is too
 * short to tell a good canary from one 10% slower; most decide long before 2 minutes.
 */
const DEFAULT_MAX_DURATION_MS = 120_000;
/** DEFAULT_MIN_DURATION_MS: with decide_early, no decision before 10 s of measured load: enough seconds for batches of time to mean something. */
const DEFAULT_MIN_DURATION_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 10_000;
/** DEFAULT_RAMP_UP_MS is the seeds' 30 s ramp, shortened to half the run when the run is shorter than a minute. */
const DEFAULT_RAMP_UP_MS = 30_000;
/** DEFAULT_BURST is the seeds' burst pattern: 10 requests back to back, then a pause of 0.5–2 s. */
const DEFAULT_BURST = { size: 10, pauseMinMs: 500, pauseMaxMs: 2000 };
/**
 * DEFAULT_HTTP_VERSION: 1.1, HTTP/2 only when asked for (auto or 2): node:http2 costs 2-2.5x (Node 24)
 * to 4-5x (Node 20) the CPU per request of our HTTP/1.1 (docs/PERFORMANCE.md), so a run sized for HTTP/1.1 could become
 * generator-bound if an HTTPS target were switched to HTTP/2 unasked.
 */
const DEFAULT_HTTP_VERSION = '1.1';
/** DEFAULT_MAX_STREAMS_PER_CONNECTION: HTTP/2 streams one connection carries at once, as browsers and most servers allow (fewer when the server's SETTINGS say so). */
const DEFAULT_MAX_STREAMS_PER_CONNECTION = 100;
/** MAX_STREAMS_PER_CONNECTION: more streams than users (or requests in flight) could never be used. */
const MAX_STREAMS_PER_CONNECTION = MAX_VIRTUAL_USERS;
/** DEFAULT_TRACE_SLOWEST: each endpoint's slowest measured requests whose trace IDs are kept (load_test.trace_slowest): the 10 a regression comment links. */
const DEFAULT_TRACE_SLOWEST = 10;
/** MAX_TRACE_SLOWEST: enough to read a tail by its traces, few enough that results.json stays small. */
const MAX_TRACE_SLOWEST = 100;
/** FAILED_TRACES_KEPT: every failed request's trace ID is kept up to this many per target; beyond it they are counted (a run where everything fails would otherwise write millions). */
const FAILED_TRACES_KEPT = 1000;
/** DEFAULT_MAX_IN_FLIGHT caps open-model requests in flight; arrivals beyond it are dropped and counted. */
const DEFAULT_MAX_IN_FLIGHT = 1000;
/** DEFAULT_MIN_REQUESTS: fewer measured requests than this are too few to judge percentiles (p99 needs ~100). */
const DEFAULT_MIN_REQUESTS = 100;
const DEFAULT_OUTPUT_DIR = 'loadtest-report';
const DEFAULT_ENVIRONMENT = 'staging';
/**
 * DEFAULT_THRESHOLDS: the seeds' "P95 > 250 ms or error_rate > 0.5 %", each applied unless its own
 * kind is configured: the error-rate ceiling unless error_rate is set, p95 unless some latency
 * percentile is (see applyDefaultThresholds in config/resolve.ts).
 */
const DEFAULT_THRESHOLDS = { p95: 250, error_rate: 0.5 };
/**
 * MAX_DRAIN_MS: when the load stops on time, requests in flight may finish up to their own timeout
 * (so a service that hangs at the end of the run is recorded as timeouts, not forgotten), but for
 * no longer than this; any still unanswered then are cut, and a pass becomes inconclusive.
 */
const MAX_DRAIN_MS = 10_000;
/** CONNECT_ERROR_BACKOFF_MS keeps a user whose connection fails from spinning in a busy loop against a dead target. */
const CONNECT_ERROR_BACKOFF_MS = 50;
/** Pre-flight: tries with doubling waits (250 ms, then up to once a second) until the target is ready or wait_for_ready runs out. */
const PREFLIGHT = { connectTimeoutMs: 3000, firstBackoffMs: 250, maxBackoffMs: 1000 };
/**
 * wait_for_ready: how long the pre-flight waits for a target that is still starting (connection
 * refused, a name not resolving yet, timeouts, 502/503/504). The CLI's default is short, so a typo
 * fails fast; the action's is longer, as the canary it gates may have just been deployed. 0 tries once.
 */
const DEFAULT_WAIT_FOR_READY_MS = 10_000;
const ACTION_WAIT_FOR_READY_MS = 60_000;
/** Generator-health limits beyond which a run cannot be trusted to have delivered or measured the load. */
const GENERATOR_LIMITS = {
    /** Arrivals dropped at the in-flight cap, as a share of those scheduled. */
    maxDroppedPercent: 1,
    /** Achieved arrival rate below this share of the requested rate means the load was not delivered. */
    minAchievedRateShare: 0.9,
    /** A second whose longest event-loop stall exceeds this counts as lagging: responses that arrived in the stall waited for it. */
    maxEventLoopLagMs: 50,
    /** Generator CPU at or above this share of a core is saturated: responses wait to be read. */
    saturatedCpuPercent: 95,
    /** Share of the run's seconds that must be lagging or saturated before it counts. */
    meaningfulShare: 0.2,
};
// Upper bounds of the numeric settings: what one process can honour. A typo such as `rate: 1e12`
// or `duration: 600h` is then a config error on its line, never a generator spinning at 100% CPU
// or a run that "completes" at once. docs/CONFIG.md lists them.
/**
 * MAX_TIMER_MS: Node keeps a timer's delay as a signed 32-bit count of milliseconds. A longer delay
 * (24.86 days or more) overflows: Node warns and fires the timer after 1 ms, so a run of 25 days
 * would end at once. Every duration bound below stays well under it.
 */
const MAX_TIMER_MS = (/* unused pure expression or super */ null && (2 ** 31 - 1));
/** MAX_RATE_PER_SECOND: arrivals per second one process can schedule (`rate`, and stage targets with a rate); more needs --shard. */
const MAX_RATE_PER_SECOND = 1_000_000;
/** MAX_SHARDS: jobs a distributed run may be split into (`--shard i/N`). */
const MAX_SHARDS = 1000;
/** MAX_THROUGHPUT: a throughput minimum may judge a merged run: every shard at the maximum rate. */
const MAX_THROUGHPUT = MAX_RATE_PER_SECOND * MAX_SHARDS;
/** MAX_RUN_MS: 7 days: a run's duration, warm-up and ramp-up, its load stages (each and in total), a rollout stage. */
const MAX_RUN_MS = 7 * 24 * 3_600_000;
/** MAX_LATENCY_MS: 1 hour, the latency histograms' highest trackable value: latency limits, the request timeout, think times, burst pauses. */
const MAX_LATENCY_MS = 3_600_000;
/** MAX_HOOK_TIMEOUT_MS: 1 day for a rollout hook (`hook_timeout`) or a rollback command or webhook (`rollback.timeout`). */
const MAX_HOOK_TIMEOUT_MS = 24 * 3_600_000;
/** RESOURCES_INTERVAL_MS: how often the target's resources may be sampled: not in a busy loop, and at least once an hour. */
const RESOURCES_INTERVAL_MS = { min: 100, max: 3_600_000 };
/** MAX_BURST_SIZE: requests one virtual user sends back to back in the burst pattern. */
const MAX_BURST_SIZE = 10_000;
/** MAX_MIN_REQUESTS: the largest `min_requests` (a day at 10,000 req/s is 864 million). */
const MAX_MIN_REQUESTS = 1_000_000_000;
/** MAX_SEED: seeds are unsigned 32-bit integers. */
const MAX_SEED = 2 ** 32 - 1;
/** MAX_ENDPOINT_WEIGHT: weights are normalised, so any larger number is a typo. */
const MAX_ENDPOINT_WEIGHT = 1_000_000;
/** CONFIDENCE_PERCENT: a comparison's confidence (canary, baseline); 100% would need infinitely many requests. */
const CONFIDENCE_PERCENT = { min: 50, max: 99.99 };
/** MAX_YAML_ALIASES: alias expansions a config file may make (YAML's maxAliasCount): more is an alias bomb. */
const MAX_YAML_ALIASES = 100;
// Defaults a user gets without setting anything; the settings' documentation (docs/CONFIG.md) says the same.
/** DEFAULT_CONFIDENCE_PERCENT: a canary comparison's or a baseline's confidence: a 2% chance of a false alarm per metric compared. */
const DEFAULT_CONFIDENCE_PERCENT = 98;
/** DEFAULT_RESOURCES_INTERVAL_MS: the target's resources are sampled every 5 s: a few samples in the shortest useful run. */
const DEFAULT_RESOURCES_INTERVAL_MS = 5000;
/** DEFAULT_HOOK_TIMEOUT_MS: a rollout hook (shift traffic, pre/post stage) gets a minute, as a deploy command might need. */
const DEFAULT_HOOK_TIMEOUT_MS = 60_000;
/** DEFAULT_ROLLBACK_TIMEOUT_MS: a rollback command or webhook gets a minute. */
const DEFAULT_ROLLBACK_TIMEOUT_MS = 60_000;
/** DEFAULT_GITHUB_API_URL: GitHub's API when GITHUB_API_URL is not set (it is on every runner, GHES included). */
const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** DEFAULT_ROLLOUT_STAGES are the seeds' stages: 5%, 25%, 50% and 100% of traffic for 5, 10, 15 and 5 minutes. */
const DEFAULT_ROLLOUT_STAGES = [
    { name: '5% Traffic', percentage: 5, duration: 300_000 },
    { name: '25% Traffic', percentage: 25, duration: 600_000 },
    { name: '50% Traffic', percentage: 50, duration: 900_000 },
    { name: '100% Traffic', percentage: 100, duration: 300_000 },
];


/***/ }),

/***/ 97322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ parseJsonPath),
/* harmony export */   UK: () => (/* binding */ JsonPathError),
/* harmony export */   e1: () => (/* binding */ asText),
/* harmony export */   og: () => (/* binding */ jsonAt)
/* harmony export */ });
// JSON paths for captures and checks: `$`, then `.name`, `['name']` / `["name"]` and `[n]` (a
// negative n counts from the end). No wildcards, filters or recursion: a capture takes one value,
// and a path that could match many would have to pick one silently. Parsed once, when the config
// is read, so a bad path is a config error on its line; evaluated per response. Pure.
class JsonPathError extends Error {
}
/** parseJsonPath: the path's segments; throws a JsonPathError saying what is wrong and where. */
function parseJsonPath(text) {
    if (!text.startsWith('$'))
        throw new JsonPathError(`a JSON path starts with $ (like $.token or $.items[0].id), got '${text}'`);
    const segments = [];
    let at = 1;
    while (at < text.length) {
        const c = text[at];
        if (c === '.') {
            const match = /^[A-Za-z_$][\w$-]*/.exec(text.slice(at + 1));
            if (!match)
                throw new JsonPathError(`expected a name after '.' at column ${at + 2} of '${text}' (quote other names: $['my key'])`);
            segments.push(match[0]);
            at += 1 + match[0].length;
        }
        else if (c === '[') {
            const rest = text.slice(at);
            const index = /^\[\s*(-?\d+)\s*\]/.exec(rest);
            const quoted = /^\[\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*\]/.exec(rest);
            if (index) {
                segments.push(Number(index[1]));
                at += index[0].length;
            }
            else if (quoted) {
                segments.push((quoted[1] ?? quoted[2]).replace(/\\(.)/g, '$1'));
                at += quoted[0].length;
            }
            else if (/^\[\s*\*/.test(rest) || /^\[\s*\?/.test(rest))
                throw new JsonPathError(`wildcards and filters are not supported in '${text}': a capture takes one value; name it by index, like [0]`);
            else
                throw new JsonPathError(`expected [n] or ['name'] at column ${at + 1} of '${text}'`);
        }
        else
            throw new JsonPathError(`unexpected '${c}' at column ${at + 1} of '${text}': expected .name or [n]`);
    }
    return segments;
}
const MISSING = Symbol('missing');
/** lookup: the value at `path` in `document`, or MISSING when some segment is not there. */
function lookup(document, path) {
    let value = document;
    for (const segment of path) {
        if (typeof segment === 'number') {
            if (!Array.isArray(value))
                return MISSING;
            const i = segment < 0 ? value.length + segment : segment;
            if (i < 0 || i >= value.length)
                return MISSING;
            value = value[i];
        }
        else {
            if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, segment))
                return MISSING;
            value = value[segment];
        }
    }
    return value;
}
/** jsonAt: whether the path is there, and its value. */
function jsonAt(document, path) {
    const value = lookup(document, path);
    return value === MISSING ? { found: false } : { found: true, value };
}
/** asText: a JSON value as a template writes it: strings as they are, numbers and booleans as JSON, objects as JSON text. */
function asText(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}


/***/ }),

/***/ 53529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ queryPrometheus),
/* harmony export */   Gi: () => (/* binding */ DEFAULT_PROMQL),
/* harmony export */   HH: () => (/* binding */ PrometheusError),
/* harmony export */   d6: () => (/* binding */ PrometheusUnreachable)
/* harmony export */ });
/* unused harmony export fromQueryRange */
/* harmony import */ var _config_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58724);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5891);
// The traffic model from Prometheus: a PromQL query of per-route request rates (by default
// `sum by (route, method) (rate(http_requests_total[5m]))`) over a time range gives each route's
// share (its mean rate over the range) and the peak (the busiest step's total). Prometheus holds
// no parameter values, so a route's parameters are drawn at random, and the output says so. The
// fetch is the caller's: this reads the query_range answer. Pure.


const DEFAULT_PROMQL = 'sum by (route, method) (rate(http_requests_total[5m]))';
class PrometheusError extends Error {
}
/** ROUTE_LABELS, METHOD_LABELS: where a route and a method are found in a series' labels. */
const ROUTE_LABELS = ['route', 'handler', 'path', 'uri', 'endpoint', 'http_route', 'url'];
const METHOD_LABELS = ['method', 'http_method', 'verb', 'http_request_method'];
/** fromQueryRange: a query_range answer (JSON text) as a traffic model over [startMs, endMs]. */
function fromQueryRange(text, startMs, endMs) {
    let answer;
    try {
        answer = JSON.parse(text);
    }
    catch {
        throw new PrometheusError(`Prometheus did not answer JSON: ${text.slice(0, 200)}`);
    }
    if (answer.status !== 'success')
        throw new PrometheusError(`Prometheus refused the query: ${answer.error ?? text.slice(0, 200)}`);
    if (answer.data?.resultType !== 'matrix')
        throw new PrometheusError(`expected a range query's matrix, got ${answer.data?.resultType ?? 'nothing'}`);
    const series = answer.data.result ?? [];
    if (series.length === 0)
        throw new PrometheusError('the query returned no series over that range: check the metric name, its labels and the time range');
    const routes = series.map((s) => {
        const routeLabel = ROUTE_LABELS.find((l) => s.metric[l] !== undefined);
        if (!routeLabel)
            throw new PrometheusError(`a series has no route label (one of ${ROUTE_LABELS.join(', ')}): ${JSON.stringify(s.metric)}; group the query by the route label, e.g. sum by (route, method) (…)`);
        const rates = s.values.map(([, v]) => Number(v)).filter((v) => Number.isFinite(v));
        const mean = rates.length === 0 ? 0 : rates.reduce((a, b) => a + b, 0) / rates.length;
        const method = (METHOD_LABELS.map((l) => s.metric[l]).find((v) => v !== undefined) ?? 'GET').toUpperCase();
        return { method, template: s.metric[routeLabel], segments: segmentsOfRoute(s.metric[routeLabel]), mean, peak: Math.max(0, ...rates) };
    });
    // Each step's total rate, for the peak and the per-step series (a step stands in for a minute).
    const totals = new Map();
    for (const s of series)
        for (const [t, v] of s.values)
            if (Number.isFinite(Number(v)))
                totals.set(t, (totals.get(t) ?? 0) + Number(v));
    const steps = [...totals.keys()].sort((a, b) => a - b).map((t) => totals.get(t));
    const total = routes.reduce((n, r) => n + r.mean, 0);
    const seconds = (endMs - startMs) / 1000;
    const peak = Math.max(0, ...steps);
    return {
        requests: Math.round(total * seconds),
        firstMs: startMs,
        lastMs: endMs,
        routes: routes
            .sort((a, b) => b.mean - a.mean)
            .map((r) => ({ method: r.method, template: r.template, segments: r.segments, count: r.mean, share: total === 0 ? 0 : r.mean / total, p50Bytes: 0, statuses: {}, query: [], samples: [], peakPerSecond: r.peak, peakMinutePerSecond: r.peak, peaksExact: true })),
        peakPerSecond: peak,
        peakMinutePerSecond: peak,
        minuteRates: steps,
        unparsed: { count: 0, samples: [] },
        dropped: { secretParams: new Map(), emails: 0 },
    };
}
/** segmentsOfRoute: a router's template (/users/{id}, /users/:id, /users/<int:id>) or a concrete path, as segments. */
function segmentsOfRoute(route) {
    return route
        .split('?')[0]
        .split('/')
        .slice(1)
        .map((part) => {
        const name = /^\{([^}]+)\}$|^:(\w+)$|^<(?:\w+:)?(\w+)>$/.exec(part);
        if (name)
            return { kind: /uuid|guid/i.test(name[1] ?? name[2] ?? name[3]) ? 'uuid' : 'id' };
        const kind = (0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOf */ .I)(part);
        return kind ? { kind } : part;
    });
}
/** PrometheusUnreachable: the query never got an answer it could read (down, refused, a token refused). */
class PrometheusUnreachable extends Error {
}
/**
 * queryPrometheus runs the range query over the last `sinceMs` (about 250 steps) and reads the
 * model from it. `vocabulary` words where the bearer token comes from: a variable (cli), an input (action).
 * Throws PrometheusUnreachable, or PrometheusError for an answer that is not a model.
 */
async function queryPrometheus(base, query, sinceMs, token, vocabulary, nowMs = Date.now()) {
    const startMs = nowMs - sinceMs;
    const stepSeconds = Math.max(1, Math.round(sinceMs / 1000 / 250));
    const url = new URL('/api/v1/query_range', base);
    url.search = new URLSearchParams({ query, start: String(startMs / 1000), end: String(nowMs / 1000), step: `${stepSeconds}s` }).toString();
    let text;
    try {
        const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(30_000) });
        text = await response.text();
        if (response.status === 401 || response.status === 403)
            throw new Error(`HTTP ${response.status}: ${(0,_config_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .giveOption */ .V)(vocabulary, 'model.prometheusToken')} to a token that may query`);
    }
    catch (error) {
        throw new PrometheusUnreachable(`cannot query Prometheus at ${new URL(base).origin}: ${error.message}`);
    }
    return { result: fromQueryRange(text, startMs, nowMs), source: `Prometheus (${query}, the last ${Math.round(sinceMs / 1000)}s, every ${stepSeconds}s)` };
}


/***/ }),

/***/ 5891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ matchKnown),
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   OD: () => (/* binding */ segmentsOf),
/* harmony export */   Sr: () => (/* binding */ parseRoutes),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   WK: () => (/* binding */ routeKeyOf),
/* harmony export */   eP: () => (/* binding */ slugPositions)
/* harmony export */ });
/* unused harmony exports SLUG_SIBLINGS, SLUG_SIBLINGS_WITH_DIGITS */
// Route templates without being told: a request path's segments that are identifiers (numbers,
// UUIDs, hashes, e-mail addresses) become parameters by their shape; a position where the same
// route has very many distinct words (slugs) becomes a parameter by its cardinality. Fixed words
// ("users", "orders") never collapse: a word without a digit needs 100 distinct siblings first,
// which no router table has. Pure.
/**
 * parseRoutes reads a --routes file: one template a line, `GET /api/users/{id}` or `/users/:id`
 * (any method), `#` comments. Returns the routes, or the first line that is not one.
 */
function parseRoutes(text) {
    const routes = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].replace(/#.*$/, '').trim();
        if (line === '')
            continue;
        const m = /^(?:([A-Za-z]+)\s+)?(\/\S*)$/.exec(line);
        if (!m)
            return { line: i + 1, error: `expected a route like "GET /api/users/{id}" or "/api/users/:id", got '${line}'` };
        const segments = m[2]
            .split('/')
            .slice(1)
            .map((part) => {
            const name = /^\{([^}]+)\}$|^:(\w+)$|^<(?:\w+:)?(\w+)>$/.exec(part);
            return name ? { kind: 'id', name: name[1] ?? name[2] ?? name[3] } : part;
        });
        routes.push({ method: m[1]?.toUpperCase() ?? null, segments });
    }
    return { routes };
}
/** matchKnown: the known route a request's path takes, and its parameters' values; null when none fits. */
function matchKnown(known, method, path) {
    const parts = path.split('/').slice(1);
    for (const route of known) {
        if ((route.method !== null && route.method !== method) || route.segments.length !== parts.length)
            continue;
        const values = [];
        let fits = true;
        for (let i = 0; i < parts.length && fits; i++) {
            const s = route.segments[i];
            if (typeof s === 'string')
                fits = s === parts[i];
            else
                values.push(decoded(parts[i]));
        }
        if (fits)
            return { route, values };
    }
    return null;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HASH = /^(?=.*\d)[0-9a-f]{16,}$/i;
const TOKENISH = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_-]{20,}$/;
const EMAIL = /^[^@\s/]+@[^@\s/]+\.[A-Za-z]{2,}$/;
/** kindOf: a segment's parameter kind by its shape alone, or null for a word. Cheap tests first: it runs per segment of every logged request. */
function kindOf(segment) {
    const n = segment.length;
    if (n === 0)
        return null;
    let digits = true;
    for (let i = 0; i < n && digits; i++) {
        const c = segment.charCodeAt(i);
        digits = c >= 48 && c <= 57;
    }
    if (digits)
        return 'id';
    if (n === 36 && UUID.test(segment))
        return 'uuid';
    if (n >= 16 && (HASH.test(segment) || TOKENISH.test(segment)))
        return 'hash';
    if (segment.includes('@') && EMAIL.test(segment))
        return 'email';
    return null;
}
/**
 * routeKeyOf: keyOf(method, segmentsOf(path).segments) in one pass, the parameters' values pushed
 * into `values`: the per-line form, which builds no segment objects.
 */
function routeKeyOf(method, path, values) {
    let key = `${method} `;
    let start = 1;
    while (start <= path.length) {
        let end = path.indexOf('/', start);
        if (end < 0)
            end = path.length;
        const raw = path.slice(start, end);
        const text = raw.includes('%') ? decoded(raw) : raw;
        const kind = kindOf(text);
        key += kind ? `/{${kind}}` : `/${text}`;
        if (kind)
            values.push(text);
        start = end + 1;
    }
    return key;
}
function decoded(raw) {
    try {
        return decodeURIComponent(raw);
    }
    catch {
        return raw;
    }
}
/** SLUG_SIBLINGS: distinct words at one position of one route before they are one parameter; with digits in most of them, SLUG_SIBLINGS_WITH_DIGITS. */
const SLUG_SIBLINGS = 100;
const SLUG_SIBLINGS_WITH_DIGITS = 20;
/** segmentsOf: a path's segments, each decoded, with identifiers already parameters. */
function segmentsOf(path) {
    const segments = [];
    const values = [];
    for (const raw of path.split('/').slice(1)) {
        let text = raw;
        try {
            text = decodeURIComponent(raw);
        }
        catch {
            // Kept as logged.
        }
        const kind = kindOf(text);
        if (kind) {
            segments.push({ kind });
            values.push(text);
        }
        else
            segments.push(text);
    }
    return { segments, values };
}
/** keyOf: a route's identity: method and segments, parameters written {kind}. */
function keyOf(method, segments) {
    return `${method} /${segments.map((s) => (typeof s === 'string' ? s : `{${s.name ?? s.kind}}`)).join('/')}`;
}
/**
 * slugPositions: for routes (method and segments) seen with their counts, the (route, position)
 * pairs whose words are so many that they are a parameter. Returns, for each route key, the
 * positions to collapse.
 */
function slugPositions(routes) {
    const siblings = new Map();
    const groupOf = (method, segments, i) => `${method} ${segments.length} ${i} ${segments.map((s, j) => (j === i ? '*' : typeof s === 'string' ? s : `{${s.kind}}`)).join('/')}`;
    for (const { method, segments } of routes) {
        segments.forEach((s, i) => {
            if (typeof s !== 'string')
                return;
            const group = groupOf(method, segments, i);
            let words = siblings.get(group);
            if (!words)
                siblings.set(group, (words = new Set()));
            if (words.size <= SLUG_SIBLINGS)
                words.add(s);
        });
    }
    const collapse = new Map();
    for (const { method, segments } of routes) {
        segments.forEach((s, i) => {
            if (typeof s !== 'string')
                return;
            const words = siblings.get(groupOf(method, segments, i));
            const digits = [...words].filter((w) => /\d/.test(w)).length;
            if (words.size >= SLUG_SIBLINGS || (words.size >= SLUG_SIBLINGS_WITH_DIGITS && digits >= 0.8 * words.size)) {
                const key = keyOf(method, segments);
                collapse.set(key, [...(collapse.get(key) ?? []), i]);
            }
        });
    }
    return collapse;
}


/***/ }),

/***/ 10420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ buildProfile),
/* harmony export */   G: () => (/* binding */ PATTERNS)
/* harmony export */ });
// The seeds' load patterns as profiles of straight segments. A closed-model level is a number of
// virtual users; an open-model level is arrivals per second.
/** PATTERNS: the load shapes a plan can name. */
const PATTERNS = ['sustained', 'burst', 'ramp-up'];
/**
 * buildProfile: sustained and burst hold one level for the whole run (bursts are a per-user
 * behaviour, not a change of level); ramp-up climbs from 0 to the level over the ramp and holds;
 * stages go straight from each target to the next, starting at 0.
 */
function buildProfile(input) {
    const level = input.model === 'open' ? input.rate : input.concurrency;
    switch (input.pattern) {
        case 'sustained':
        case 'burst':
            return [{ durationMs: input.durationMs, from: level, to: level }];
        case 'ramp-up':
            return [
                { durationMs: input.rampUpMs, from: 0, to: level },
                { durationMs: input.durationMs - input.rampUpMs, from: level, to: level },
            ].filter((segment) => segment.durationMs > 0);
        case 'stages': {
            let previous = 0;
            return input.stages.map((stage) => {
                const segment = { durationMs: stage.durationMs, from: previous, to: stage.target };
                previous = stage.target;
                return segment;
            });
        }
    }
}


/***/ }),

/***/ 96867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   ai: () => (/* binding */ EXIT_CODES),
/* harmony export */   f$: () => (/* binding */ SCHEMA_VERSION),
/* harmony export */   j6: () => (/* binding */ READABLE_SCHEMA_VERSIONS)
/* harmony export */ });
// RunReport: the run's result as one versioned JSON document (results.json). Every other report —
// console, markdown, deployment entry, and later the job summary and HTML — is a pure rendering of
// it. docs/RESULTS_SCHEMA.md and docs/results.schema.json describe it; bump SCHEMA_VERSION when a
// field changes meaning or disappears (adding fields does not need a bump).
const SCHEMA_VERSION = 3;
/** READABLE_SCHEMA_VERSIONS: results.json versions this one reads (as a baseline, to merge, to render): 1 is 2 without flows; 3 adds capacity searches (mode capacity), its runs as 2's. */
const READABLE_SCHEMA_VERSIONS = [1, 2, 3];
const EXIT_CODES = { pass: 0, fail: 1, config: 2, inconclusive: 3, unreachable: 4 };
/**
 * exitCodeOf is the one place a verdict becomes an exit code. An unreachable target is 4 whatever
 * else is said. A shard's own verdict is provisional (only the merge passes or fails the
 * service), so a shard's job exits 0 when it delivered its share, ran to the end, and 3 when not.
 * Otherwise the verdict decides.
 */
function exitCodeOf(facts) {
    if (facts.status === 'unreachable')
        return EXIT_CODES.unreachable;
    if (facts.shard)
        return facts.status === 'completed' ? EXIT_CODES.pass : EXIT_CODES.inconclusive;
    return EXIT_CODES[facts.verdict];
}


/***/ }),

/***/ 51208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ex: () => (/* binding */ dataSource),
/* harmony export */   Pw: () => (/* binding */ DATA_ORDERS),
/* harmony export */   Wk: () => (/* binding */ parseCsv),
/* harmony export */   _0: () => (/* binding */ parseData),
/* harmony export */   fL: () => (/* binding */ DataError),
/* harmony export */   o9: () => (/* binding */ ON_EXHAUSTED)
/* harmony export */ });
// Data files (feeders): rows of values bound to variables, so a run sends a realistic spread of
// IDs, users and search terms instead of one cache-hot request. A CSV file (a header row, then one
// row per line, RFC 4180 quoting), a JSON array of objects, or JSON Lines (an object per line);
// read once, when the config is, with the line of every mistake. Each hit that uses a file draws
// one row of it (DataSource), in the file's order:
//   - sequential: in file order, again from the top at the end; shards share the rows out;
//   - circular: in file order, round and round, every shard through all of them;
//   - random: any row, each time;
//   - unique: each row at most once in the whole run (shards share them out); at the end, stop the
//     load (on_exhausted: stop, the default) or start again (recycle).
// Parsing and drawing are pure; the caller reads the file.
const DATA_ORDERS = ['sequential', 'random', 'unique', 'circular'];
const ON_EXHAUSTED = ['stop', 'recycle'];
class DataError extends Error {
    line;
    constructor(message, 
    /** line: 1-based, in the file; 0 when the mistake is the whole file's. */
    line) {
        super(message);
        this.line = line;
    }
}
/** parseData reads a data file by its name's ending: .csv, .json, .jsonl or .ndjson. */
function parseData(text, path) {
    const body = text.replace(/^\uFEFF/, '');
    if (/\.csv$/i.test(path))
        return fromCsv(body);
    if (/\.(jsonl|ndjson)$/i.test(path))
        return fromObjects(body.split(/\r?\n/).flatMap((line, i) => (line.trim() === '' ? [] : [[parseLine(line, i + 1), i + 1]])));
    if (/\.json$/i.test(path))
        return fromJsonArray(body);
    throw new DataError('expected a .csv, .json or .jsonl (JSON Lines) file', 0);
}
function fromCsv(text) {
    const [header, ...rows] = parseCsvLines(text).filter(({ cells }) => cells.some((c) => c.trim() !== ''));
    if (!header)
        throw new DataError('the file is empty: expected a header row of column names', 0);
    const columns = header.cells.map((c) => c.trim());
    checkColumns(columns, header.line);
    return {
        columns,
        rows: rows.map(({ cells, line }) => {
            if (cells.length !== columns.length)
                throw new DataError(`${cells.length} value${cells.length === 1 ? '' : 's'}, but the header names ${columns.length} columns (${columns.join(', ')})`, line);
            return cells;
        }),
    };
}
function fromJsonArray(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new DataError(`not JSON: ${error.message}`, 0);
    }
    if (!Array.isArray(data))
        throw new DataError('expected a JSON array of objects like [{"id": 1, "name": "ann"}]', 0);
    // A pretty-printed array has an object per few lines: name each by its position instead.
    return fromObjects(data.map((row, i) => [row, 0, i + 1]));
}
function parseLine(line, number) {
    try {
        return JSON.parse(line);
    }
    catch (error) {
        throw new DataError(`not JSON: ${error.message}`, number);
    }
}
/** fromObjects: rows of objects, every object with the same keys, whose values are scalars. */
function fromObjects(items) {
    if (items.length === 0)
        throw new DataError('the file holds no rows', 0);
    const where = (_line, index) => (index ? ` (row ${index})` : '');
    const first = items[0][0];
    if (!isRecord(first))
        throw new DataError(`expected an object of column: value${where(items[0][1], items[0][2])}`, items[0][1]);
    const columns = Object.keys(first);
    checkColumns(columns, items[0][1]);
    const rows = items.map(([item, line, index]) => {
        if (!isRecord(item))
            throw new DataError(`expected an object of column: value${where(line, index)}`, line);
        const keys = Object.keys(item);
        const missing = columns.filter((c) => !(c in item));
        const extra = keys.filter((k) => !columns.includes(k));
        if (missing.length || extra.length)
            throw new DataError(`the row's keys differ from the first row's (${columns.join(', ')})${missing.length ? `: no ${missing.join(', ')}` : ''}${extra.length ? `${missing.length ? ';' : ':'} ${extra.join(', ')} not in the first row` : ''}${where(line, index)}`, line);
        return columns.map((c) => {
            const value = item[c];
            if (value !== null && typeof value === 'object')
                throw new DataError(`${c} is ${Array.isArray(value) ? 'a list' : 'an object'}; a row's values are text, numbers or booleans${where(line, index)}`, line);
            return value === null ? '' : String(value);
        });
    });
    return { columns, rows };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** checkColumns: names a template can read as {{ name }}, each once. */
function checkColumns(columns, line) {
    const seen = new Set();
    for (const c of columns) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(c))
            throw new DataError(`column '${c}' cannot be a variable: use letters, digits and _ (not first a digit)`, line);
        if (seen.has(c))
            throw new DataError(`column '${c}' is named twice`, line);
        seen.add(c);
    }
}
/** parseCsv: RFC 4180 fields (quoted fields may hold commas, quotes and line breaks), any line ending. */
function parseCsv(text) {
    return parseCsvLines(text).map((row) => row.cells);
}
/** parseCsvLines: parseCsv with the line each row starts on. */
function parseCsvLines(text) {
    const rows = [];
    let row = [];
    let field = '';
    let quoted = false;
    let line = 1;
    let rowLine = 1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n')
            line++;
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                field += c;
        }
        else if (c === '"')
            quoted = true;
        else if (c === ',') {
            row.push(field);
            field = '';
        }
        else if (c === '\n' || c === '\r') {
            if (c === '\r' && text[i + 1] === '\n') {
                i++;
                line++;
            }
            row.push(field);
            rows.push({ cells: row, line: rowLine });
            row = [];
            field = '';
            rowLine = line;
        }
        else
            field += c;
    }
    if (quoted)
        throw new DataError('a quoted field is not closed: expected a closing "', rowLine);
    if (field !== '' || row.length > 0)
        rows.push({ cells: [...row, field], line: rowLine });
    return rows;
}
/**
 * dataSource: the rows of `table` for shard `shard` (index 1…count) of a run. Sequential and unique
 * rows are shared out among shards (every count-th row, from the shard's own), so no row is sent
 * twice across the run; circular starts each shard at its own offset; random draws from all.
 */
function dataSource(table, order, onExhausted, shard = { index: 1, count: 1 }) {
    const all = table.rows;
    const shared = order === 'sequential' || order === 'unique' ? all.filter((_, i) => i % shard.count === shard.index - 1) : all;
    // Fewer rows than shards leaves a shard none of its own: rows that may repeat are then all its own;
    // unique ones cannot be, and it stops at once, saying why.
    const share = shared.length === 0 && !(order === 'unique' && onExhausted === 'stop') ? all : shared;
    let at = order === 'circular' ? Math.floor(((shard.index - 1) * all.length) / shard.count) : 0;
    let drawn = 0;
    let ranOut = null;
    const whose = shard.count > 1 ? ` (shard ${shard.index} of ${shard.count}'s share: ${share.length.toLocaleString('en-US')} of ${all.length.toLocaleString('en-US')})` : '';
    const outOfRows = () => {
        ranOut =
            share.length === 0
                ? `the data file ${table.file ?? ''} has no unique rows for shard ${shard.index} of ${shard.count}: its ${all.length.toLocaleString('en-US')} rows cannot be shared among ${shard.count} shards (use fewer shards, more rows, or on_exhausted: recycle)`
                : `the data file ${table.file ?? ''} ran out of unique rows: each of its ${share.length.toLocaleString('en-US')} rows${whose} was sent once (on_exhausted: stop; recycle sends them again)`;
        return null;
    };
    return {
        get drawn() {
            return drawn;
        },
        get ranOut() {
            return ranOut;
        },
        next(random) {
            if (share.length === 0)
                return outOfRows();
            if (order === 'random') {
                drawn++;
                return share[Math.floor(random() * share.length)];
            }
            if (at >= share.length) {
                if (order === 'unique' && onExhausted === 'stop')
                    return outOfRows();
                at = 0;
            }
            drawn++;
            return share[at++];
        },
    };
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
// The tool's name and version, as reports and the User-Agent header show them. A test keeps the
// version equal to package.json's.
const TOOL_NAME = 'loadtest-action';
const TOOL_VERSION = '1.0.0';


/***/ })

};
