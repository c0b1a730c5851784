export const id = 304;
export const ids = [304];
export const modules = {

/***/ 33304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  modelFiles: () => (/* binding */ modelFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __webpack_require__(11012);
// EXTERNAL MODULE: ./src/har/import.ts
var har_import = __webpack_require__(59010);
// EXTERNAL MODULE: ./src/model/access-log.ts
var access_log = __webpack_require__(58576);
// EXTERNAL MODULE: ./src/app/mode-names.ts
var mode_names = __webpack_require__(49525);
// EXTERNAL MODULE: ./src/config/load.ts + 20 modules
var load = __webpack_require__(79723);
// EXTERNAL MODULE: ./src/model/routes.ts
var routes = __webpack_require__(5891);
;// CONCATENATED MODULE: ./src/model/drift.ts
// Drift: the checked-in mix against production's. Routes are compared by method and path template
// (a `{{ }}` template and an identifier-shaped literal read as the same parameter), their shares
// in percentage points. New, gone or shifted by more than the threshold is drift. Pure.

/** routeKey: "GET /api/users/{*}": every parameter alike, however written; the query left out. */
function routeKey(method, path) {
    const bare = path.split('?')[0].replace(/\{\{.*?\}\}/g, '{*}').replace(/\{[a-z]+\}/g, '{*}');
    const { segments } = (0,routes/* segmentsOf */.OD)(bare);
    return `${method.toUpperCase()} /${segments.map((s) => (typeof s === 'string' ? (s.includes('{*}') ? '{*}' : s) : '{*}')).join('/')}`;
}
/** compareMix: each route's share on both sides; drifted: whether any moved by more than `thresholdPoints` (or appeared or went with more). */
function compareMix(checkedIn, production, thresholdPoints) {
    const sum = (routes) => {
        const out = new Map();
        for (const r of routes)
            out.set(routeKey(r.method, r.path), (out.get(routeKey(r.method, r.path)) ?? 0) + r.share * 100);
        return out;
    };
    const mine = sum(checkedIn);
    const theirs = sum(production);
    const rows = [...new Set([...mine.keys(), ...theirs.keys()])].map((route) => {
        const a = mine.get(route) ?? 0;
        const b = theirs.get(route) ?? 0;
        const state = !mine.has(route) ? 'new' : !theirs.has(route) ? 'gone' : Math.abs(b - a) > thresholdPoints ? 'shifted' : 'same';
        return { route, checkedIn: round(a), production: round(b), points: round(b - a), state };
    });
    rows.sort((x, y) => Math.abs(y.points) - Math.abs(x.points));
    return { rows, drifted: rows.some((r) => Math.abs(r.points) > thresholdPoints) };
}
function round(value) {
    return Math.round(value * 10) / 10;
}

;// CONCATENATED MODULE: ./src/model/check.ts
// `model --check`: a checked-in config's mix against production's, read through the config loader
// (so its endpoints are what a run would send), compared route by route (drift.ts), and said for a
// terminal and for a job summary.




/**
 * checkMix loads `file` (a ConfigError when it does not load) and compares its endpoints' shares
 * with production's. `source` names where the file was given; `rerun` says how to bring it up to date;
 * `vocabulary` is how the config's errors name an option (config/vocabulary.ts).
 */
function checkMix(file, source, production, threshold, env, rerun, vocabulary) {
    // The target does not matter to the mix: a stand-in lets a config without one load.
    const plan = (0,load/* loadPlan */.Y)({ mode: { name: 'run', needs: mode_names/* MODE_NEEDS */.g.run }, overrides: new Map([['load_test.target', 'http://127.0.0.1:1']]), overrideSource: () => ({ kind: 'default' }), configFile: { value: file, source }, environment: null, env, readFile: (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'), randomSeed: 1, vocabulary });
    const checkedIn = plan.endpoints.map((e) => ({ method: e.method, path: e.path || '/', share: e.weight }));
    const { rows, drifted } = compareMix(checkedIn, production.routes.map((r) => ({ method: r.method, path: r.template, share: r.share })), threshold);
    const moved = rows.filter((r) => Math.abs(r.points) > threshold);
    const verdict = drifted
        ? `Drift: ${moved.length} route${moved.length === 1 ? '' : 's'} moved by more than ${threshold} points of share since ${file} was written (${moved.map((r) => `${r.route} ${r.state}`).join(', ')}); ${rerun}`
        : `No drift: every route of ${file} is within ${threshold} points of production's share (${production.requests.toLocaleString('en-US')} requests)`;
    const cells = rows.map((r) => [r.route, `${r.checkedIn}%`, `${r.production}%`, `${r.points > 0 ? '+' : ''}${r.points} pts`, r.state === 'same' ? '' : r.state]);
    const headers = ['Route', 'Checked in', 'Production', 'Change', ''];
    const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i].length)));
    const text = [headers, ...cells].map((row) => row.map((c, i) => (i > 0 && i < 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
    const markdown = ['| Route | Checked in | Production | Change | |', '|---|---:|---:|---:|---|', ...cells.map((row) => `| \`${row[0]}\` | ${row.slice(1).join(' | ')} |`)].join('\n');
    return { rows, drifted, verdict, text: `${text}\n\n${verdict}`, markdown: `${markdown}\n\n${verdict}` };
}

;// CONCATENATED MODULE: ./src/model/openapi.ts
// The traffic model from an OpenAPI 3 document: every operation an endpoint, its path and required
// query parameters drawn from their schemas (an integer in its range, a UUID, one of an enum), its
// JSON body the spec's example or one built from its schema. A spec says what a service accepts,
// not how often each operation is called: the weights are equal, and the output says so. Pure.

class OpenApiError extends Error {
}
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
/** fromOpenApi: the spec's operations as endpoints (templates in their paths and bodies), with the notes a person should read. */
function fromOpenApi(text, file) {
    let spec;
    try {
        spec = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new OpenApiError(`${file}: not YAML or JSON: ${error.message.split('\n')[0]}`);
    }
    const version = String(spec?.openapi ?? '');
    if (!/^3\./.test(version))
        throw new OpenApiError(`${file}: expected an OpenAPI 3 document ("openapi: 3.x"), got ${spec?.swagger ? `Swagger ${String(spec.swagger)}` : version ? `openapi ${version}` : 'no openapi version'}`);
    const paths = (spec.paths ?? {});
    // A server URL's path (https://api.example.com/v1) is part of every operation's path.
    const servers = (spec.servers ?? []);
    const basePath = servers[0]?.url ? new URL(servers[0].url, 'http://base').pathname.replace(/\/+$/, '') : '';
    const resolve = (schema, depth = 0) => {
        let s = (schema ?? {});
        for (let hops = 0; typeof s.$ref === 'string' && hops < 20; hops++) {
            const ref = s.$ref;
            if (!ref.startsWith('#/'))
                throw new OpenApiError(`${file}: ${ref}: only references inside the document (#/components/…) are read`);
            s = ref.slice(2).split('/').reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
            if (!s)
                throw new OpenApiError(`${file}: ${ref} points at nothing`);
        }
        return depth > 8 ? {} : s;
    };
    const endpoints = [];
    const notes = [];
    let skipped = 0;
    for (const [path, item] of Object.entries(paths)) {
        const shared = (item.parameters ?? []);
        for (const method of METHODS) {
            const op = item[method];
            if (!op)
                continue;
            const parameters = [...shared, ...(op.parameters ?? [])].map((p) => resolve(p));
            let templated = path;
            let missing = false;
            for (const p of parameters.filter((p) => p.in === 'path')) {
                const value = openapi_valueOf(resolve(p.schema), resolve, p.example);
                if (value === undefined)
                    missing = true;
                templated = templated.split(`{${String(p.name)}}`).join(asTemplateText(value));
            }
            if (missing || /\{[^{}]+\}/.test(templated.replace(/\{\{.*?\}\}/g, ''))) {
                skipped++;
                continue;
            }
            const query = parameters.filter((p) => p.in === 'query' && p.required === true).map((p) => `${encodeURIComponent(String(p.name))}=${asTemplateText(openapi_valueOf(resolve(p.schema), resolve, p.example))}`);
            const body = resolve(op.requestBody);
            const content = (body.content ?? {});
            const jsonType = Object.keys(content).find((t) => /json/i.test(t));
            const media = jsonType ? content[jsonType] : undefined;
            const example = media ? (media.example ?? firstExample(media.examples, resolve) ?? bodyOf(resolve(media.schema), resolve, 0)) : undefined;
            endpoints.push({
                name: `${method.toUpperCase()} ${basePath}${path}`,
                method: method.toUpperCase(),
                path: `${basePath}${templated}${query.length ? `?${query.join('&')}` : ''}`,
                ...(example !== undefined ? { json: example } : {}),
            });
        }
    }
    if (endpoints.length === 0)
        throw new OpenApiError(`${file}: no operations under paths`);
    notes.push(`${endpoints.length} operations from ${file}, in equal shares: a spec says what the service accepts, not how often each is called (model from access logs or Prometheus for production's mix)`);
    if (skipped > 0)
        notes.push(`${skipped} operation${skipped === 1 ? '' : 's'} left out: a path parameter with no schema to draw a value from`);
    return { endpoints, notes };
}
/** valueOf: a template (or literal) for one value of a schema: an example, an enum, a range, a format. */
function openapi_valueOf(schema, resolve, example) {
    if (example !== undefined)
        return example;
    if (schema.example !== undefined)
        return schema.example;
    if (Array.isArray(schema.enum) && schema.enum.length > 0)
        return `{{ randomItem([${schema.enum.map((v) => (typeof v === 'number' ? String(v) : JSON.stringify(String(v)))).join(', ')}]) }}`;
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    if (type === 'integer' || type === 'number') {
        const min = Number.isInteger(schema.minimum) ? schema.minimum : 1;
        const max = Number.isInteger(schema.maximum) ? schema.maximum : Math.max(min, 100000);
        return `{{ randomInt(${min}, ${max}) }}`;
    }
    if (type === 'boolean')
        return true;
    if (type === 'string' || type === undefined) {
        if (schema.format === 'uuid')
            return '{{ uuid() }}';
        if (schema.format === 'date-time')
            return '{{ isoNow() }}';
        if (schema.format === 'email')
            return 'user{{ seq() }}@example.test';
        const length = Math.min(Math.max(Number(schema.minLength) || 8, 1), Math.min(Number(schema.maxLength) || 8, 64));
        return type === undefined && schema.properties === undefined ? undefined : `{{ randomString(${Math.max(1, length)}) }}`;
    }
    void resolve;
    return undefined;
}
/** bodyOf: an example JSON body from a schema: objects with their properties, arrays of one item. */
function bodyOf(schema, resolve, depth) {
    if (depth > 6)
        return null;
    if (schema.example !== undefined)
        return schema.example;
    const all = (schema.allOf ?? schema.oneOf ?? schema.anyOf);
    if (Array.isArray(all) && all.length > 0) {
        const parts = (schema.allOf ? all : [all[0]]).map((s) => bodyOf(resolve(s, depth + 1), resolve, depth + 1));
        return parts.every((p) => p !== null && typeof p === 'object' && !Array.isArray(p)) ? Object.assign({}, ...parts) : parts[0];
    }
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    if (type === 'object' || schema.properties) {
        const props = (schema.properties ?? {});
        return Object.fromEntries(Object.entries(props).filter(([, s]) => !resolve(s, depth + 1).readOnly).map(([k, s]) => [k, bodyOf(resolve(s, depth + 1), resolve, depth + 1)]));
    }
    if (type === 'array')
        return [bodyOf(resolve(schema.items, depth + 1), resolve, depth + 1)];
    return openapi_valueOf(schema, resolve) ?? null;
}
function firstExample(examples, resolve) {
    if (!examples || typeof examples !== 'object')
        return undefined;
    const first = Object.values(examples)[0];
    return first === undefined ? undefined : resolve(first).value;
}
/** asTemplateText: a value as path or query text (a template stays a template). */
function asTemplateText(value) {
    return typeof value === 'string' ? (value.includes('{{') ? value : encodeURIComponent(value)) : encodeURIComponent(String(value));
}

// EXTERNAL MODULE: ./src/model/prometheus.ts
var prometheus = __webpack_require__(53529);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/model/lines.ts
var lines = __webpack_require__(44050);
// EXTERNAL MODULE: ./src/model/model.ts + 1 modules
var model_model = __webpack_require__(85097);
// EXTERNAL MODULE: ./src/model/part.ts
var model_part = __webpack_require__(30684);
;// CONCATENATED MODULE: ./src/model/read-logs.ts
// Access log files read into one traffic model: each file streamed (gzip) or read in byte ranges
// (a plain file big enough is cut into parts read at once, on worker threads when the caller can
// start them), the parts merged in file order. Shared by the CLI's and the action's `model`.







/** SPLIT_BYTES: a plain log at least this big is read in parts at once, one per core (up to MAX_THREADS), unless `threads` says otherwise. */
const SPLIT_BYTES = 64 * 1024 * 1024;
const MAX_THREADS = 4;
/** LogReadError: a file that could not be read, in words for the user. */
class LogReadError extends Error {
    file;
    constructor(file, message) {
        super(`${file}: ${message}`);
        this.file = file;
    }
}
/** RoutesFileError: a routes file that cannot be read, or a line of it that is not a route. */
class RoutesFileError extends Error {
}
/** readRoutesFile: a --routes file's templates; a RoutesFileError naming the file (and line) when it cannot be read or a line is not a route. */
function readRoutesFile(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new RoutesFileError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : error.message}`);
    }
    const read = (0,routes/* parseRoutes */.Sr)(text);
    if ('error' in read)
        throw new RoutesFileError(`${file}:${read.line}: ${read.error}`);
    return read.routes;
}
/** checkLogFormat: throws LogFormatError when an nginx log_format cannot be read (before any log is). */
function checkLogFormat(format) {
    (0,access_log/* nginxFormat */.qm)(format);
}
/** readLogs: every line of `files` folded into one model; a file that cannot be read is a LogReadError. */
async function readLogs(files, options) {
    const model = new model_model/* TrafficModel */.TY(options.known);
    const parse = options.logFormat === null ? access_log/* parseLogLine */.dc : (0,access_log/* nginxFormat */.qm)(options.logFormat);
    for (const file of files) {
        // Each file is its own ordered stream, merged like the parts of one: logs of several servers, or given newest first, count right.
        const workers = [];
        try {
            const kind = await (0,lines/* logKind */.f8)(file);
            // A gzip stream cannot be cut: it is read whole, on this thread.
            const parts = kind.gzip ? 1 : (options.threads ?? (kind.bytes >= SPLIT_BYTES ? Math.min((0,external_node_os_.availableParallelism)(), MAX_THREADS) : 1));
            if (parts <= 1) {
                const whole = new model_model/* TrafficModel */.TY(options.known);
                await (kind.gzip ? (0,lines/* eachLine */.IM)((0,lines/* gunzipped */.lY)(file), (0,model_part.lineFolder)(whole, parse)) : (0,lines/* eachLineIn */.tM)(file, 0, Infinity, (0,model_part.lineFolder)(whole, parse)));
                model.absorb(whole.snapshot());
            }
            else {
                // This thread reads the first part while workers read the rest; the parts merge in file order.
                const states = await Promise.all((0,lines/* byteRanges */.H1)(kind.bytes, parts).map(({ start, end }, k) => {
                    const part = { file, start, end, known: options.known, logFormat: options.logFormat };
                    return k > 0 && options.worker ? onWorker(options.worker, part, workers) : (0,model_part.modelOfPart)(part);
                }));
                for (const state of states)
                    model.absorb(state);
            }
        }
        catch (error) {
            // One part failed: the others stop too.
            for (const worker of workers)
                void worker.terminate();
            if (error instanceof WorkerStartError)
                throw error;
            const code = error.code;
            throw new LogReadError(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'Z_DATA_ERROR' ? 'not valid gzip' : error.message);
        }
    }
    return model.result();
}
/** WorkerStartError: a reading thread could not be started (not the log's fault). */
class WorkerStartError extends Error {
}
/** onWorker: a part read on a worker thread (kept in `workers`, to be stopped if another part fails); its model's state, or its error. */
function onWorker(start, part, workers) {
    return new Promise((resolve, reject) => {
        let worker;
        try {
            worker = start(part);
        }
        catch (error) {
            reject(new WorkerStartError(`cannot start a thread to read part of ${part.file} (${error.message}); read it with --threads 1`));
            return;
        }
        workers.push(worker);
        worker.once('message', (message) => {
            if (message.state)
                resolve(message.state);
            else
                reject(Object.assign(new Error(message.error), { code: message.code }));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`a thread reading ${part.file} stopped with exit code ${code} before it was done`)));
    });
}

;// CONCATENATED MODULE: ./src/model/save.ts
// A written model put on disk: the config and its data files under one folder, and model.json
// (what the model found, as data: production's peak for `loadtest capacity --production-peak DIR`).


/** saveModel writes `written` under `dir`; returns the config's path. */
async function saveModel(dir, written) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const config = (0,external_node_path_.join)(dir, 'performance_config.yml');
    await (0,promises_.writeFile)(config, written.yaml);
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'model.json'), `${JSON.stringify(written.facts, null, 2)}\n`);
    for (const file of written.files) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(dir, file.path)), { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, file.path), file.text);
    }
    return config;
}

;// CONCATENATED MODULE: ./src/model/write.ts
// The traffic model written as what a person checks in: a load_test section (endpoints with route
// templates, weights, the open model at a stated rate), a data file of real parameter values per
// route, and a summary table. Pure: text out, the caller writes the files.

/** MAX_ROUTES_WRITTEN: routes beyond the busiest this many are left out, and the summary says how much traffic that was. */
const MAX_ROUTES_WRITTEN = 100;
/** ModelBaseError: the base config cannot take the model (it does not parse, or its load_test is not a section). */
class ModelBaseError extends Error {
}
/** TRAFFIC_KEYS: what a base config's load_test says of its traffic and its shape, all replaced by the model's one stated rate. */
const TRAFFIC_KEYS = ['flows', 'setup', 'on_start', 'concurrency', 'endpoints', 'data', 'rate', 'pattern', 'ramp_up', 'stages', 'think_time', 'burst'];
function writeModel(model, options) {
    const kept = model.routes.slice(0, MAX_ROUTES_WRITTEN);
    const left = model.routes.slice(MAX_ROUTES_WRITTEN);
    const taken = new Set();
    const files = [];
    const data = [];
    const endpoints = kept.map((route) => {
        const { path: written, columns, rows } = templateOf(route, taken);
        // No real values to draw from (Prometheus keeps none): each parameter is drawn at random by its kind.
        const path = columns.length > 0 && rows.length === 0 ? columns.reduce((p, column) => p.replace(`{{ ${column} }}`, `{{ ${GENERATED[column.slice(column.lastIndexOf('_') + 1)] ?? 'randomString(12)'} }}`), written) : written;
        if (columns.length > 0 && rows.length > 0) {
            const file = `${options.dataDir}/${fileNameOf(route)}.csv`;
            files.push({ path: file, text: csv(columns, rows) });
            data.push({ file, order: 'random' });
        }
        return { name: `${route.method} ${route.template}`, ...(route.method !== 'GET' ? { method: route.method } : {}), path, weight: 0 };
    });
    // Shares to four places, the busiest route taking the rounding so they sum to exactly 1.
    const total = kept.reduce((n, r) => n + r.count, 0);
    kept.forEach((route, i) => (endpoints[i].weight = write_round(route.count / total, 4)));
    if (endpoints.length > 0)
        endpoints[0].weight = write_round(1 - endpoints.slice(1).reduce((n, e) => n + e.weight, 0), 4);
    const base = options.rateAt === null ? model.peakMinutePerSecond : percentile(model.minuteRates, options.rateAt);
    const rate = Math.max(0.1, write_round(base * options.scale, 1));
    const why = `${options.scale === 1 ? '' : `${options.scale}× `}${options.rateAt === null ? "the busiest minute's" : `the p${options.rateAt} minute's`} ${write_round(base, 2)} req/s`;
    const header = [
        `Modelled from ${options.source} by \`loadtest model\`: ${model.requests.toLocaleString('en-US')} requests from ${iso(model.firstMs)} to ${iso(model.lastMs)}.`,
        `rate: ${why}. The open model: production's requests arrive whatever the service does, so the test sends them at a stated rate too.`,
        ...notes(model, left),
    ];
    const loadTest = { rate, ...(data.length ? { data } : {}), endpoints };
    const yaml = options.base ? intoBase(options.base, loadTest, header) : `${header.map((l) => `# ${l}`).join('\n')}\n${(0,dist/* stringify */.As)({ load_test: loadTest }, { lineWidth: 0 })}`;
    const table = tableOf(model, kept, left, rate, why);
    const facts = { source: options.source, requests: model.requests, firstMs: model.firstMs, lastMs: model.lastMs, peakPerSecond: model.peakPerSecond, peakMinutePerSecond: write_round(model.peakMinutePerSecond, 3), rate, scale: options.scale };
    return { yaml, files, summary: textOf(table), markdown: markdownOf(table), rate, routes: kept.length, facts };
}
/**
 * intoBase: the base config's text with its load_test traffic replaced by the model's (in every
 * environment block too, which would otherwise put it back), the rest, comments too, as it was.
 */
function intoBase(base, loadTest, header) {
    const doc = (0,dist/* parseDocument */.Tp)(base.text);
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new ModelBaseError(`${base.file}:${e.linePos?.[0].line ?? 1}: ${e.message.split('\n')[0]}`);
    }
    if (doc.contents !== null && !(0,dist/* isMap */.jh)(doc.contents))
        throw new ModelBaseError(`${base.file}: expected a config (a mapping with a load_test section)`);
    const replaced = [];
    const clear = (path) => {
        const section = doc.getIn(path);
        if (section === undefined || section === null)
            return;
        if (!(0,dist/* isMap */.jh)(section))
            throw new ModelBaseError(`${base.file}: ${path.join('.')} is not a section (a mapping)`);
        for (const key of TRAFFIC_KEYS) {
            if (!section.has(key))
                continue;
            section.delete(key);
            replaced.push(`${path.join('.')}.${key}`);
        }
    };
    clear(['load_test']);
    const environments = doc.get('environments');
    if ((0,dist/* isMap */.jh)(environments))
        for (const pair of environments.items)
            clear(['environments', String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key), 'load_test']);
    // An empty `load_test:` is a null: a section is made for the model's keys.
    if (!(0,dist/* isMap */.jh)(doc.get('load_test')))
        doc.set('load_test', doc.createNode({}));
    for (const [key, value] of Object.entries(loadTest))
        doc.setIn(['load_test', key], doc.createNode(value));
    const said = [`${base.file} with its traffic from production${replaced.length ? ` (replaced: ${replaced.join(', ')})` : ''}; its other settings as written.`, ...header];
    doc.commentBefore = [...said, ...(doc.commentBefore ? [doc.commentBefore] : [])].join('\n').replace(/^/gm, ' ');
    try {
        return doc.toString({ lineWidth: 0 });
    }
    catch (error) {
        // An alias (*name) elsewhere of an anchor (&name) on a setting the model replaced.
        throw new ModelBaseError(`${base.file}: ${error.message.split('\n')[0]}: an alias refers to a traffic setting the model replaces; write its value out`);
    }
}
/** GENERATED: what stands in for a parameter of each kind when no real value was seen. */
const GENERATED = { id: 'randomInt(1, 100000)', uuid: 'uuid()', hash: 'randomString(32)', slug: 'randomString(12)' };
/** templateOf: a route's path with its parameters as {{ columns }}, and its sampled rows for them. */
function templateOf(route, taken) {
    const columns = [];
    const pathColumn = [];
    const parts = [];
    route.segments.forEach((segment, i) => {
        if (typeof segment === 'string') {
            parts.push(encodeURIComponent(segment));
            return;
        }
        if (segment.kind === 'email') {
            // Real addresses are never copied: a made-up one stands in.
            parts.push('user{{ seq() }}@example.test');
            pathColumn.push(null);
            return;
        }
        const previous = route.segments[i - 1];
        const column = unique(`${typeof previous === 'string' ? variable(previous) : `p${i}`}_${segment.name ? variable(segment.name) : segment.kind}`, taken);
        columns.push(column);
        pathColumn.push(columns.length - 1);
        parts.push(`{{ ${column} }}`);
    });
    const queryColumns = route.query.map((name) => unique(`${variable(lastWord(route.segments))}_${variable(name)}`, taken));
    columns.push(...queryColumns);
    const query = route.query.map((name, k) => `${encodeURIComponent(name)}={{ ${queryColumns[k]} }}`).join('&');
    const rows = route.samples
        .map((sample) => {
        const pathValues = sample.path.filter((_, k) => pathColumn[k] !== null);
        return [...pathValues, ...route.query.map((name) => sample.query[name] ?? '')];
    })
        // A row with a value left out (an e-mail address, a missing parameter) is not a real request's.
        .filter((row) => row.length === columns.length && row.every((v) => v !== ''));
    return { path: `/${parts.join('/')}${query ? `?${query}` : ''}`, columns, rows };
}
function lastWord(segments) {
    const words = segments.filter((s) => typeof s === 'string' && s !== '');
    return words[words.length - 1] ?? 'root';
}
function variable(text) {
    const cleaned = text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
    return /^[a-z_]/.test(cleaned) ? cleaned : `v_${cleaned}`;
}
function unique(name, taken) {
    let out = name;
    for (let i = 2; taken.has(out); i++)
        out = `${name}_${i}`;
    taken.add(out);
    return out;
}
function fileNameOf(route) {
    return `${route.method}${route.template}`.toLowerCase().replace(/[{}]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
function csv(columns, rows) {
    const cell = (v) => (/[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v);
    return `${columns.join(',')}\n${rows.map((r) => r.map(cell).join(',')).join('\n')}\n`;
}
function notes(model, left) {
    const out = [];
    const unsampled = model.routes.filter((r) => r.samples.length === 0 && r.segments.some((s) => typeof s !== 'string'));
    if (unsampled.length > 0)
        out.push(`no real values were seen for the parameters of ${unsampled.length} route${unsampled.length === 1 ? '' : 's'} (${unsampled.slice(0, 3).map((r) => `${r.method} ${r.template}`).join(', ')}${unsampled.length > 3 ? ', …' : ''}): they are drawn at random; a data file of real IDs makes the test hit what production hits`);
    if (model.unparsed.count > 0)
        out.push(`${model.unparsed.count.toLocaleString('en-US')} lines did not parse and were left out, e.g. ${model.unparsed.samples.map((s) => JSON.stringify(s)).join(', ')}`);
    if (model.dropped.secretParams.size > 0)
        out.push(`never copied: the query parameters ${[...model.dropped.secretParams].map(([name, n]) => `${name} (${n.toLocaleString('en-US')}×)`).join(', ')}, whose names say they are credentials`);
    if (model.dropped.emails > 0)
        out.push(`never copied: e-mail addresses in ${model.dropped.emails.toLocaleString('en-US')} requests (a made-up address stands in a path; a row holding one is left out of the data)`);
    if (left.length > 0)
        out.push(`${left.length} rarer routes (${write_round((left.reduce((n, r) => n + r.count, 0) / model.requests) * 100, 2)}% of requests) are left out; the weights are of the routes written`);
    return out;
}
function tableOf(model, kept, left, rate, why) {
    const rows = kept.map((r) => [
        r.method,
        r.template,
        `${write_round(r.share * 100, 1)}%`,
        r.samples.length === 0 && r.p50Bytes === 0 ? '—' : `${r.p50Bytes.toLocaleString('en-US')} B`,
        `${r.peaksExact ? '' : '≥ '}${write_round(r.peakPerSecond, 2).toLocaleString('en-US')}`,
        `${r.peaksExact ? '' : '≥ '}${write_round(r.peakMinutePerSecond, 2).toLocaleString('en-US')}`,
        Object.entries(r.statuses).map(([s, n]) => `${s} ${write_round((n / r.count) * 100, 1)}%`).join(' ') || '—',
    ]);
    return {
        headers: ['Method', 'Route', 'Share', 'p50 size', 'Peak req/s (second)', '(minute)', 'Status mix'],
        rows,
        totals: `${model.requests.toLocaleString('en-US')} requests, ${kept.length} route${kept.length === 1 ? '' : 's'}${left.length ? ` (+${left.length} rarer left out)` : ''} · peak ${model.peakPerSecond.toLocaleString('en-US')} req/s in a second, ${write_round(model.peakMinutePerSecond, 2)} req/s over the busiest minute · rate ${rate} req/s (${why})`,
        notes: notes(model, left),
    };
}
/** NUMERIC: the columns read as numbers, right-aligned. */
const NUMERIC = new Set([2, 3, 4, 5]);
function textOf(table) {
    const widths = table.headers.map((h, i) => Math.max(h.length, ...table.rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (NUMERIC.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
    return [line(table.headers), ...table.rows.map(line), '', table.totals, ...table.notes].join('\n');
}
function markdownOf(table) {
    // Text from the log (a route, a line that did not parse) must not become a link or markup in the summary.
    const cell = (text) => text.replace(/[\\`*_[\]|]/g, (c) => `\\${c}`).replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return [
        `| ${table.headers.join(' | ')} |`,
        `|${table.headers.map((_, i) => (NUMERIC.has(i) ? '---:' : '---')).join('|')}|`,
        ...table.rows.map((r) => `| ${r.map((c, i) => (i === 1 ? `\`${c}\`` : cell(c))).join(' | ')} |`),
        '',
        table.totals,
        ...(table.notes.length ? ['', ...table.notes.map((n) => `- ${cell(n)}`)] : []),
    ].join('\n');
}
function percentile(values, p) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
function write_round(value, places) {
    const f = 10 ** places;
    return Math.round(value * f) / f;
}
function iso(ms) {
    return Number.isFinite(ms) ? new Date(ms).toISOString() : '-';
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
;// CONCATENATED MODULE: ./src/cli/model-file.ts
// `loadtest model --from access.log [--from …] [--log-format FMT] [--out DIR] [--scale 2x] [--rate-at p95]`: production's
// access logs streamed (gzip read as it comes, constant memory whatever the size) into a traffic
// model; the config and its data files written to DIR, the summary table printed.














async function modelFiles(args, io) {
    if (args.model.prometheus !== null)
        return modelPrometheus(args, io);
    if (args.model.openapi !== null)
        return modelOpenApi(args, io);
    if (args.model.har !== null)
        return modelHar(args, io);
    let result;
    try {
        const known = args.model.routes === null ? [] : readRoutesFile(args.model.routes);
        if (args.model.logFormat !== null)
            checkLogFormat(args.model.logFormat);
        result = await readLogs(args.model.from, { known, logFormat: args.model.logFormat, threads: args.model.threads, worker: io.worker });
    }
    catch (error) {
        if (error instanceof access_log/* LogFormatError */.Ge)
            io.err(`error: --log-format: ${error.message}`);
        else if (error instanceof LogReadError || error instanceof WorkerStartError || error instanceof RoutesFileError)
            io.err(`error: ${error.message}`);
        else
            throw error;
        return model/* EXIT_CODES */.ai.config;
    }
    return finish(args, io, result, args.model.from.join(', '));
}
/** readSource: a source file read by `read`; null (said on stderr) when it cannot be read or `read` refuses it with its own error. */
function readSource(file, io, read, refusal) {
    try {
        return read((0,external_node_fs_.readFileSync)(file, 'utf8'), file);
    }
    catch (error) {
        const code = error.code;
        if (!(error instanceof refusal) && code === undefined)
            throw error;
        io.err(`error: ${code === 'ENOENT' ? `${file}: no such file` : error.message}`);
        return null;
    }
}
/** modelHar: a browser recording as flows (the same as `loadtest import har`), written to DIR. */
async function modelHar(args, io) {
    const file = args.model.har;
    const imported = readSource(file, io, har_import/* importHar */.V, har_import/* HarError */.w);
    if (!imported)
        return model/* EXIT_CODES */.ai.config;
    await (0,promises_.mkdir)(args.model.out, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(args.model.out, 'performance_config.yml'), imported.yaml);
    io.out(imported.notes.join('\n'));
    io.out(`\nWrote ${(0,external_node_path_.join)(args.model.out, 'performance_config.yml')}; run it with: loadtest run --config ${(0,external_node_path_.join)(args.model.out, 'performance_config.yml')}${imported.environment.length ? ` (set ${imported.environment.join(', ')} first)` : ''}`);
    return 0;
}
/** modelOpenApi: endpoints from an OpenAPI 3 document, in equal shares (a spec holds no traffic). */
async function modelOpenApi(args, io) {
    const file = args.model.openapi;
    const result = readSource(file, io, fromOpenApi, OpenApiError);
    if (!result)
        return model/* EXIT_CODES */.ai.config;
    // Text from the spec is sent as written: a `${` in an example must not read an environment variable.
    const literal = (value) => (typeof value === 'string' ? value.replace(/\$\{/g, () => '$${') : Array.isArray(value) ? value.map(literal) : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, literal(v)])) : value);
    const endpoints = result.endpoints.map((e) => ({ name: e.name, ...(e.method !== 'GET' ? { method: e.method } : {}), path: literal(e.path), ...(e.json !== undefined ? { json: literal(e.json) } : {}) }));
    const yaml = `${[`Modelled from ${file} by \`loadtest model --openapi\`.`, ...result.notes].map((l) => `# ${l}`).join('\n')}\n${(0,dist/* stringify */.As)({ load_test: { endpoints } }, { lineWidth: 0 })}`;
    await (0,promises_.mkdir)(args.model.out, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(args.model.out, 'performance_config.yml'), yaml);
    io.out([...result.endpoints.map((e) => `${e.name.padEnd(40)}  ${e.path}`), '', ...result.notes].join('\n'));
    io.out(`\nWrote ${(0,external_node_path_.join)(args.model.out, 'performance_config.yml')}; run it with: loadtest run --config ${(0,external_node_path_.join)(args.model.out, 'performance_config.yml')} --target URL`);
    return 0;
}
/** modelPrometheus: the model from a PromQL range query of per-route rates (a bearer token from LOADTEST_PROMETHEUS_TOKEN). */
async function modelPrometheus(args, io) {
    try {
        const { result, source } = await (0,prometheus/* queryPrometheus */.$k)(args.model.prometheus, args.model.query, args.model.sinceMs, io.env.LOADTEST_PROMETHEUS_TOKEN, 'cli');
        return await finish(args, io, result, source);
    }
    catch (error) {
        if (!(error instanceof prometheus/* PrometheusUnreachable */.d6 || error instanceof prometheus/* PrometheusError */.HH))
            throw error;
        io.err(`error: ${error.message}`);
        return error instanceof prometheus/* PrometheusUnreachable */.d6 ? model/* EXIT_CODES */.ai.unreachable : model/* EXIT_CODES */.ai.config;
    }
}
async function finish(args, io, result, source) {
    if (result.requests === 0) {
        if (args.model.prometheus !== null) {
            io.err('error: the query saw no requests over that range');
            return model/* EXIT_CODES */.ai.config;
        }
        io.err(`error: no request lines in ${args.model.from.join(', ')}: expected nginx/Apache combined or common lines, or JSON lines${result.unparsed.count ? ` (${result.unparsed.count} lines did not parse, e.g. ${JSON.stringify(result.unparsed.samples[0])})` : ''}`);
        return model/* EXIT_CODES */.ai.config;
    }
    if (args.model.check !== null) {
        try {
            const check = checkMix(args.model.check, { kind: 'flag', flag: '--check' }, result, args.model.threshold, io.env, 're-run loadtest model --from … to bring it up to date', 'cli');
            io.out(check.text);
            return check.drifted ? 1 : 0;
        }
        catch (error) {
            if (!(error instanceof issues/* ConfigError */.xL))
                throw error;
            for (const issue of error.issues)
                io.err(`error: ${(0,issues/* formatIssue */.Hd)(issue)}`);
            return model/* EXIT_CODES */.ai.config;
        }
    }
    let written;
    try {
        const base = args.config === null ? undefined : { file: args.config, text: (0,external_node_fs_.readFileSync)(args.config, 'utf8') };
        written = writeModel(result, { source, scale: args.model.scale, rateAt: args.model.rateAt, dataDir: 'data', base });
    }
    catch (error) {
        const code = error.code;
        if (!(error instanceof ModelBaseError) && code === undefined)
            throw error;
        io.err(`error: ${code === 'ENOENT' ? `--config ${args.config}: no such file` : code === 'EISDIR' ? `--config ${args.config}: it is a directory` : code !== undefined ? `--config ${args.config}: ${error.message}` : error.message}`);
        return model/* EXIT_CODES */.ai.config;
    }
    const config = await saveModel(args.model.out, written);
    io.out(written.summary);
    io.out(`\nWrote ${config}${written.files.length ? ` and ${written.files.length} data file${written.files.length === 1 ? '' : 's'} in ${(0,external_node_path_.join)(args.model.out, 'data')}` : ''}; run it with: loadtest run --config ${config}${hasTarget(written.yaml) ? '' : ' --target URL'}`);
    return 0;
}
/** hasTarget: whether a written config names its target (a base config may). */
function hasTarget(yaml) {
    const config = (0,dist/* parse */.qg)(yaml);
    return typeof config?.load_test?.target === 'string';
}


/***/ })

};
