export const id = 880;
export const ids = [880];
export const modules = {

/***/ 97880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo),
  serveDemo: () => (/* binding */ serveDemo)
});

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(55285);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/demo/server.ts
// The embedded demo target: a small JSON API on 127.0.0.1 with the seeds' endpoints, a realistic
// latency spread (log-normal around a median, slower endpoints slower) and a small error rate, so a
// newcomer can watch the whole gate work without a service of their own.

const DEFAULT_DEMO = { medianLatencyMs: 15, errorRatePercent: 0.2 };
const ITEMS = Array.from({ length: 20 }, (_, i) => ({ id: i + 1, name: `item-${i + 1}`, price: Math.round((i + 1) * 7.3 * 100) / 100 }));
const ROUTES = {
    '/api/health': { scale: 0.1, body: () => ({ status: 'ok' }) },
    '/api/users': { scale: 1, body: () => ({ users: ITEMS.slice(0, 10).map((item) => ({ id: item.id, name: `user-${item.id}` })) }) },
    '/api/orders': { scale: 1.3, body: () => ({ orders: ITEMS.slice(0, 8).map((item) => ({ id: item.id, total: item.price })) }) },
    '/api/products': { scale: 0.8, body: () => ({ products: ITEMS }) },
    '/api/search': { scale: 1.6, body: (url) => ({ query: url.searchParams.get('q') ?? '', results: ITEMS.slice(0, 5) }) },
    '/api/analytics': { scale: 2.2, body: () => ({ visits: 1234, conversion: 0.031 }) },
};
const DEMO_ENDPOINTS = Object.keys(ROUTES);
/** DEMO_USERS: who may log in to the demo shop (the flow demo's data file), each with the password `pw-<name>`. */
const DEMO_USERS = Array.from({ length: 50 }, (_, i) => `shopper${i + 1}`);
/**
 * Shop: the demo's logged-in routes: POST /api/login answers a token for a known user, GET
 * /api/products/:id a product (404 beyond the catalogue), POST /api/checkout an order, but only
 * with a token it issued (401 otherwise). Tokens live as long as the service (a few per user).
 */
class Shop {
    tokens = new Set();
    issued = 0;
    login(body) {
        let given = {};
        try {
            given = JSON.parse(body);
        }
        catch {
            return [400, { error: 'expected a JSON body {username, password}' }];
        }
        const name = String(given.username ?? '');
        if (!DEMO_USERS.includes(name) || given.password !== `pw-${name}`)
            return [401, { error: 'unknown user or wrong password' }];
        // Bounded: a service that never forgets tokens would grow for ever under load.
        if (this.tokens.size > 100_000)
            this.tokens.clear();
        const token = `demo-${name}-${++this.issued}`;
        this.tokens.add(token);
        return [200, { token, user: name }];
    }
    product(id) {
        const item = ITEMS[id - 1];
        return item ? [200, { id: item.id, name: item.name, price: item.price, sku: `SKU-${1000 + item.id}` }] : [404, { error: 'no such product', id }];
    }
    checkout(authorization, body) {
        const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
        if (!token || !this.tokens.has(token))
            return [401, { error: 'log in first' }];
        return [201, { order: ++this.issued, placed: body.length > 0 }];
    }
}
/** startDemoServer listens on 127.0.0.1 (a free port unless one is given) and resolves once it accepts connections. */
async function startDemoServer(options = DEFAULT_DEMO) {
    let served = 0;
    const line = new Line(options.maxConcurrent ?? Infinity);
    const shop = new Shop();
    const server = (0,external_node_http_.createServer)({ keepAliveTimeout: 60_000 }, (req, res) => {
        served++;
        line.enter((leave) => {
            res.on('close', leave);
            handle(req, res, options, shop);
        });
    });
    // Virtual users connect all at once; the default backlog of 511 would drop their SYNs.
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1', backlog: 16_384 }, resolve);
    });
    server.maxRequestsPerSocket = 0;
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        requests: () => served,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
/** shopRoute: the logged-in routes' answer to a request (Shop), with the latency scale of each; null for any other route. */
function shopRoute(shop, req, url, body) {
    if (url.pathname === '/api/login' && req.method === 'POST')
        return { scale: 2, answer: () => shop.login(body) };
    if (url.pathname === '/api/checkout' && req.method === 'POST')
        return { scale: 1.5, answer: () => shop.checkout(req.headers.authorization, body) };
    const product = /^\/api\/products\/(\d+)$/.exec(url.pathname);
    if (product)
        return { scale: 0.6, answer: () => shop.product(Number(product[1])) };
    return null;
}
function handle(req, res, options, shop) {
    const url = new URL(req.url ?? '/', 'http://demo');
    const route = ROUTES[url.pathname];
    // Request bodies (POST /api/orders) are read to the end before answering, as a real API would.
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
        if (body.length < 64 * 1024)
            body += chunk;
    });
    req.on('end', () => {
        const shopped = shopRoute(shop, req, url, body);
        if (shopped) {
            const fails = Math.random() * 100 < options.errorRatePercent;
            setTimeout(() => (fails ? send(res, 500, { error: 'internal error (injected by the demo)' }) : send(res, ...shopped.answer())), options.medianLatencyMs * shopped.scale * logNormal(0.45));
            return;
        }
        if (!route)
            return send(res, 404, { error: 'not found', path: url.pathname });
        const delay = options.medianLatencyMs * route.scale * logNormal(0.45);
        const fails = url.pathname !== '/api/health' && Math.random() * 100 < options.errorRatePercent;
        setTimeout(() => (fails ? send(res, 500, { error: 'internal error (injected by the demo)' }) : send(res, req.method === 'POST' ? 201 : 200, route.body(url))), delay);
    });
}
function send(res, status, body) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
}
/** logNormal draws exp(N(0, σ²)): median 1, a long right tail like real service latencies. */
function logNormal(sigma) {
    const u = 1 - Math.random();
    const v = Math.random();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.exp(sigma * normal);
}
/** Line lets `capacity` requests in at once and keeps the rest waiting in order, as a saturated service does. */
class Line {
    capacity;
    active = 0;
    waiting = [];
    constructor(capacity) {
        this.capacity = capacity;
    }
    enter(work) {
        if (this.active < this.capacity)
            this.start(work);
        else
            this.waiting.push(work);
    }
    start(work) {
        this.active++;
        let left = false;
        work(() => {
            if (left)
                return;
            left = true;
            this.active--;
            const next = this.waiting.shift();
            if (next)
                this.start(next);
        });
    }
}

;// CONCATENATED MODULE: ./src/demo/router.ts
// The demo's traffic router: it sends each request to the canary with the current weight and to
// production otherwise, like a service mesh or Argo Rollouts would. The rollout's shift hook sets
// the weight over HTTP (POST /__router/weight {percentage}); the rollback hook sets it to 0.

async function startRouter(productionUrl, canaryUrl) {
    let weight = 0;
    const served = { production: 0, canary: 0 };
    const agent = new external_node_http_.Agent({ keepAlive: true, maxSockets: 512 });
    const server = (0,external_node_http_.createServer)((req, res) => {
        if (req.url === '/__router/weight' || req.url === '/__router/rollback')
            return control(req, res);
        const toCanary = Math.random() * 100 < weight;
        served[toCanary ? 'canary' : 'production']++;
        forward(req, res, new URL(toCanary ? canaryUrl : productionUrl), toCanary ? 'canary' : 'production');
    });
    const control = (req, res) => {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
            if (req.url === '/__router/rollback')
                weight = 0;
            else {
                const percentage = Number(JSON.parse(body || '{}').percentage);
                if (!(percentage >= 0 && percentage <= 100)) {
                    res.writeHead(400, { 'content-type': 'application/json' });
                    return res.end(JSON.stringify({ error: 'expected {"percentage": 0..100}' }));
                }
                weight = percentage;
            }
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ percentage: weight }));
        });
    };
    const forward = (req, res, to, arm) => {
        const upstream = (0,external_node_http_.request)({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
            res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-served-by': arm });
            answer.pipe(res);
        });
        upstream.on('error', () => {
            if (!res.headersSent)
                res.writeHead(502, { 'x-served-by': arm });
            res.end();
        });
        req.pipe(upstream);
    };
    await new Promise((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: 16_384 }, resolve));
    const url = `http://127.0.0.1:${server.address().port}`;
    return {
        url,
        weightUrl: `${url}/__router/weight`,
        rollbackUrl: `${url}/__router/rollback`,
        weight: () => weight,
        served: () => ({ ...served }),
        close: () => new Promise((resolve) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}

;// CONCATENATED MODULE: ./src/demo/child.ts
// The demo's services in processes of their own. A demo service inside the load generator's
// process would share its event loop and CPU: on a busy runner the service's own work would show
// up as generator lag and make the demo inconclusive. So each service (and the rollout demo's
// router) runs as a child: this CLI's own `serve-demo --port 0`, told its role by one variable,
// reporting the URL it listens on in its first line of stdout. The parent stops each child by its
// pid when the demo ends, fails or is interrupted; a child whose parent dies (its stdin closes)
// stops by itself.






/** DEMO_CHILD_VARIABLE carries a child's role (a DemoSpec as JSON) to `serve-demo`; internal, not for users. */
const DEMO_CHILD_VARIABLE = 'LOADTEST_DEMO_CHILD';
/** STARTUP_TIMEOUT_MS: a child that has not said where it listens by then is stopped and reported. */
const STARTUP_TIMEOUT_MS = 15_000;
/** STOP_GRACE_MS: how long a child has to stop after SIGTERM before it is killed. */
const STOP_GRACE_MS = 3000;
/**
 * cliEntry: the file that runs this CLI. Bundled, this code is in one of dist/cli's chunks, beside
 * the entry (index.js) that loads them. From
 * the TypeScript sources (a test runner), there is no bundle of its own: a compiled tree's
 * ../cli/index.js, else the repository's build. Null when there is neither.
 */
function cliEntry(moduleUrl = import.meta.url) {
    const here = (0,external_node_url_.fileURLToPath)(moduleUrl);
    if (!/^child\.[cm]?[jt]s$/.test((0,external_node_path_.basename)(here)))
        return (0,external_node_path_.join)((0,external_node_path_.dirname)(here), 'index.js');
    const candidates = [...(here.endsWith('.js') ? [(0,external_node_path_.join)((0,external_node_path_.dirname)(here), '..', 'cli', 'index.js')] : []), (0,external_node_path_.join)((0,external_node_path_.dirname)(here), '..', '..', 'dist', 'cli', 'index.js')];
    return candidates.find((path) => (0,external_node_fs_.existsSync)(path)) ?? null;
}
const live = new Set();
let exitHookInstalled = false;
/** childLauncher starts each demo service as `node <entry> serve-demo --port 0`, in its own process group (Ctrl-C is the parent's to handle). */
function childLauncher(entry, execPath = process.execPath) {
    if (!exitHookInstalled) {
        exitHookInstalled = true;
        // Whatever way this process ends, its demo services end with it.
        process.on('exit', () => {
            for (const child of live)
                if (child.pid !== undefined)
                    killQuietly(child.pid, 'SIGKILL');
        });
    }
    return (spec) => new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(execPath, [entry, 'serve-demo', '--port', '0'], { env: { ...process.env, [DEMO_CHILD_VARIABLE]: JSON.stringify(spec) }, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
        live.add(child);
        const lines = [];
        let stderr = '';
        let pending = '';
        let url = '';
        // 'close': the process has exited and its output has been read to the end.
        const exited = new Promise((done) => child.once('close', () => done()));
        const timer = setTimeout(() => fail(`did not say where it listens within ${STARTUP_TIMEOUT_MS / 1000}s`), STARTUP_TIMEOUT_MS);
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (text) => (stderr += text));
        child.stdout.on('data', (text) => {
            pending += text;
            let end;
            while ((end = pending.indexOf('\n')) >= 0) {
                const line = pending.slice(0, end);
                pending = pending.slice(end + 1);
                if (url)
                    lines.push(line);
                else {
                    const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
                    if (!found)
                        continue;
                    url = found;
                    clearTimeout(timer);
                    resolve({ url, pid: child.pid ?? null, close });
                }
            }
        });
        child.once('error', (error) => fail(error.message));
        child.once('exit', (code, signal) => {
            live.delete(child);
            if (!url)
                fail(`exited (${signal ?? `code ${code}`}) before listening`);
        });
        // close stops the child by its pid: SIGTERM, then SIGKILL if it does not stop in time.
        async function close() {
            if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
                killQuietly(child.pid, 'SIGTERM');
                const timeout = setTimeout(() => child.pid !== undefined && killQuietly(child.pid, 'SIGKILL'), STOP_GRACE_MS);
                await exited;
                clearTimeout(timeout);
            }
            child.stdin?.destroy();
            if (pending)
                lines.push(pending);
            return lines;
        }
        function fail(why) {
            clearTimeout(timer);
            if (child.pid !== undefined)
                killQuietly(child.pid, 'SIGKILL');
            live.delete(child);
            reject(new Error(`the demo ${spec.role} (${entry} serve-demo, pid ${child.pid ?? '?'}) ${why}${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-3).join(' / ')}` : ''}`));
        }
    });
}
/** inProcessLauncher: the services in this process; only when there is no CLI to start them with (see cliEntry). */
const inProcessLauncher = async (spec) => {
    if (spec.role === 'service') {
        const server = await startDemoServer(spec.options);
        return { url: server.url, pid: null, close: async () => (await server.close(), []) };
    }
    const router = await startRouter(spec.productionUrl, spec.canaryUrl);
    return {
        url: router.url,
        pid: null,
        close: async () => {
            const line = routerSummary(router);
            await router.close();
            return [line];
        },
    };
};
/** routerSummary: where the rollout left the router, as the demo's last line. */
function routerSummary(router) {
    const { production, canary } = router.served();
    return `Router: the canary's weight is now ${router.weight()}%; it served ${production.toLocaleString('en-US')} requests from production and ${canary.toLocaleString('en-US')} from the canary`;
}
/**
 * serveDemoChild is `serve-demo` as a demo's child: serve what the spec says on 127.0.0.1:port, say
 * where in one line, and stop on a signal or when the parent goes away (stdin closes). The router
 * says where the rollout left it as its last line, for the parent to print.
 */
async function serveDemoChild(specText, port, io, stdin = process.stdin) {
    let spec;
    try {
        spec = JSON.parse(specText);
        if (spec.role !== 'service' && spec.role !== 'router')
            throw new Error(`unknown role ${String(spec.role)}`);
    }
    catch (error) {
        io.err(`error: ${DEMO_CHILD_VARIABLE} is not a demo spec: ${error.message}`);
        return 2;
    }
    let close;
    let last;
    try {
        if (spec.role === 'service') {
            const server = await startDemoServer({ ...spec.options, port });
            io.out(`Demo service listening on ${server.url} (pid ${process.pid})`);
            close = server.close;
            last = () => `Demo service stopped after ${server.requests().toLocaleString('en-US')} requests`;
        }
        else {
            const router = await startRouter(spec.productionUrl, spec.canaryUrl);
            io.out(`Demo router listening on ${router.url} (pid ${process.pid})`);
            close = router.close;
            last = () => routerSummary(router);
        }
    }
    catch (error) {
        io.err(`error: cannot listen on 127.0.0.1:${port}: ${error.code ?? error.message}`);
        return 2;
    }
    await new Promise((resolve) => {
        if (io.signal.aborted)
            return resolve();
        io.signal.addEventListener('abort', () => resolve(), { once: true });
        stdin.once('end', resolve);
        stdin.once('close', resolve);
        stdin.once('error', resolve);
        stdin.resume();
    });
    const line = last();
    await close();
    io.out(line);
    stdin.destroy?.();
    return 0;
}
/** killQuietly signals a process by its pid; one that is already gone is fine. */
function killQuietly(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch (error) {
        if (error.code !== 'ESRCH')
            throw error;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/config/yaml-reader.ts + 4 modules
var yaml_reader = __webpack_require__(22147);
;// CONCATENATED MODULE: ./src/demo/plan.ts
// The plan the demo runs unless told otherwise: the seeds' endpoints and SLOs against the embedded
// service, short enough to finish in well under a minute. It is a settings layer below the config
// file, so any flag, variable or file changes it.

const DEMO_CONFIG = `
thresholds:
  latency:
    p50: 100ms
    p95: 250ms
    p99: 400ms
  error_rate: 1%
load_test:
  concurrency: 20
  duration: 20s
  warmup: 2s
  health_path: /api/health
  endpoints:
    "/api/health": 0.05
    "/api/users": 0.25
    "/api/orders": 0.30
    "/api/products": 0.20
    "/api/analytics": 0.10
    "/api/search": 0.10
`;
/**
 * DEMO_FLOW_CONFIG: the flow demo: each virtual user logs in once with a row of the users file,
 * then browses products by random ID and, one time in three, checks out with its token.
 */
const DEMO_FLOW_CONFIG = `
thresholds:
  latency:
    p95: 250ms
  error_rate: 1%
  checks: 99%
load_test:
  concurrency: 10
  duration: 15s
  warmup: 1s
  health_path: /api/health
  on_start:
    - name: login
      method: POST
      path: /api/login
      json: { username: "{{ username }}", password: "{{ password }}" }
      capture:
        token: { json: $.token }
      expect:
        status: [200]
  flows:
    - name: browse
      weight: 2
      steps:
        - name: product
          path: /api/products/{{ randomInt(1, 20) }}
          expect:
            json:
              - { path: $.sku, matches: '^SKU-\\d+$' }
          think: 50ms-150ms
    - name: buy
      weight: 1
      steps:
        - name: product
          path: /api/products/{{ randomInt(1, 20) }}
          capture:
            sku: { json: $.sku }
          think: 50ms-150ms
        - name: checkout
          method: POST
          path: /api/checkout
          headers: { Authorization: "Bearer {{ token }}" }
          json: { sku: "{{ sku }}", quantity: "{{ randomInt(1, 3) }}" }
          expect:
            status: [201]
            json:
              - { path: $.order, exists: true }
`;
/** demoFlowLayer: the flow demo's plan, reading its users from `usersFile` (username,password). */
function demoFlowLayer(targetUrl, usersFile) {
    const layer = layerOf(DEMO_FLOW_CONFIG, '<built-in flow demo plan>', targetUrl);
    layer.set('load_test.data', { value: [{ file: usersFile, order: 'sequential' }], source: { kind: 'default' } });
    return layer;
}
/** demoLayer is the demo's plan as a settings layer, with its embedded target. */
function demoLayer(targetUrl) {
    return layerOf(DEMO_CONFIG, '<built-in demo plan>', targetUrl);
}
function layerOf(config, name, targetUrl) {
    const read = (0,yaml_reader/* readConfigText */.im)(config, name, {});
    if (read.issues.length > 0)
        throw new Error(`the built-in demo plan is invalid: ${read.issues.map((i) => i.message).join('; ')}`);
    const source = { kind: 'default' };
    read.base.set('load_test.target', { value: targetUrl, source });
    return read.base;
}

;// CONCATENATED MODULE: ./src/demo/stage.ts
// Staging a demo: the services it needs on 127.0.0.1, each in a process of its own (see child.ts),
// and the plan that exercises them, as a settings layer under any config file, variable or flag
// the user adds.






/** CANARY_REGRESSION: how much slower the demo canary is than production; the default rules allow 10%. */
const CANARY_REGRESSION = 1.35;
/** CANARY_CAPACITY: requests the rollout demo's canary serves at once; enough for 5% of the demo's load, not for 25%. */
const CANARY_CAPACITY = 2;
/** ROLLOUT_STAGES: the seeds' shape, seconds instead of minutes so the demo ends in well under a minute. */
const ROLLOUT_STAGES = [
    { name: '5% Traffic', percentage: 5, duration: 6 },
    { name: '25% Traffic', percentage: 25, duration: 6 },
    { name: '50% Traffic', percentage: 50, duration: 6 },
    { name: '100% Traffic', percentage: 100, duration: 6 },
];
/**
 * defaultLauncher: each service as a child running this CLI's `serve-demo`; in this process only
 * when there is no CLI file to run (TypeScript sources without a build), and then it says so.
 */
function defaultLauncher() {
    const entry = cliEntry();
    return entry ? { launch: childLauncher(entry), where: 'own process' } : { launch: inProcessLauncher, where: 'this process (no CLI bundle to run it in its own: npm run build)' };
}
async function stageDemo(kind, options, launcher = defaultLauncher()) {
    const { launch, where } = launcher;
    const started = [];
    const start = async (...specs) => {
        const launched = await Promise.allSettled(specs.map((spec) => launch(spec)));
        for (const l of launched)
            if (l.status === 'fulfilled')
                started.push(l.value);
        const failed = launched.find((l) => l.status === 'rejected');
        if (failed)
            throw failed.reason;
        return launched.map((l) => l.value);
    };
    // Last started, first stopped: the router before the services behind it.
    const closeAll = async () => {
        const said = [];
        for (const l of started.splice(0).reverse())
            said.push(...(await l.close().catch(() => [])));
        return said;
    };
    const pids = (list) => (list.every((l) => l.pid !== null) ? `, each in its own process (pid ${list.map((l) => l.pid).join(', ')})` : `, in ${where}`);
    try {
        if (kind === 'run') {
            const [service] = await start({ role: 'service', options });
            return {
                mode: 'run',
                layer: demoLayer(service.url),
                description: `Demo service listening on ${service.url} (median latency ${options.medianLatencyMs}ms, ${options.errorRatePercent}% errors)${service.pid !== null ? `, in its own process (pid ${service.pid})` : `, in ${where}`}`,
                close: async () => void (await closeAll()),
            };
        }
        if (kind === 'flow') {
            const [service] = await start({ role: 'service', options });
            // The users file the flow logs in with, as a user's would be: a CSV beside the config.
            const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'loadtest-demo-'));
            const usersFile = (0,external_node_path_.join)(dir, 'users.csv');
            (0,external_node_fs_.writeFileSync)(usersFile, `username,password\n${DEMO_USERS.map((name) => `${name},pw-${name}`).join('\n')}\n`);
            return {
                mode: 'run',
                layer: demoFlowLayer(service.url, usersFile),
                description: `Demo shop listening on ${service.url} (median latency ${options.medianLatencyMs}ms, ${options.errorRatePercent}% errors)${service.pid !== null ? `, in its own process (pid ${service.pid})` : `, in ${where}`}; users log in with the rows of ${usersFile}, browse products and check out with their token`,
                close: async () => {
                    await closeAll();
                    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
                },
            };
        }
        if (kind === 'canary') {
            const [production, canary] = await start({ role: 'service', options }, { role: 'service', options: { ...options, medianLatencyMs: options.medianLatencyMs * CANARY_REGRESSION } });
            const layer = demoLayer(canary.url);
            layer.set('canary.production_url', { value: production.url, source: { kind: 'default' } });
            return {
                mode: 'canary',
                layer,
                description: `Demo production on ${production.url} (median ${options.medianLatencyMs}ms) and canary on ${canary.url} with an injected regression (${Math.round((CANARY_REGRESSION - 1) * 100)}% slower)${pids([production, canary])}`,
                close: async () => void (await closeAll()),
            };
        }
        return await stageRollout(options, start, closeAll, pids);
    }
    catch (error) {
        await closeAll();
        throw error;
    }
}
/** stageRollout: production, a canary that saturates under more than a little traffic, and a weighted router. */
async function stageRollout(options, start, closeAll, pids) {
    const [production, canary] = await start({ role: 'service', options }, { role: 'service', options: { ...options, maxConcurrent: CANARY_CAPACITY } });
    const [router] = await start({ role: 'router', productionUrl: production.url, canaryUrl: canary.url });
    const weightUrl = `${router.url}/__router/weight`;
    const layer = demoLayer(router.url);
    const set = (key, value) => layer.set(key, { value, source: { kind: 'default' } });
    set('load_test.warmup', 1000);
    // Production's p95 is about 45ms; a canary swamped at a quarter of the traffic pushes the mix well past 100ms.
    set('thresholds.latency.p95', 100);
    set('rollout.stages', ROLLOUT_STAGES.map((s) => ({ ...s, duration: s.duration * 1000 })));
    set('rollout.shift', weightUrl);
    set('rollout.hooks.on_rollback', `${router.url}/__router/rollback`);
    set('rollback.auto', true);
    return {
        mode: 'rollout',
        layer,
        description: [
            `Demo production on ${production.url}, canary on ${canary.url} (serves ${CANARY_CAPACITY} requests at a time: fine for a little traffic, not for a quarter of it),`,
            `and a router on ${router.url} sending the weight the rollout sets to the canary (POST ${weightUrl})${pids([production, canary, router])}`,
        ].join('\n'),
        close: async () => {
            const said = await closeAll();
            return said.find((line) => line.startsWith('Router:'));
        },
    };
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
;// CONCATENATED MODULE: ./src/cli/demo.ts
// The CLI's demos: `demo [run|canary|rollout|flow]` stages the services on 127.0.0.1 and runs the plan
// against them; `serve-demo` serves the demo service alone until a signal.







/** runDemo stages the demo `args` asks for, runs `run` against it, and stops what it started. */
async function runDemo(args, io, run) {
    const options = demoOptions(args);
    if (typeof options === 'string') {
        io.err(`error: ${options}`);
        return model/* EXIT_CODES */.ai.config;
    }
    const demo = await stageDemo(args.demo, options);
    try {
        io.out(demo.description);
        return await run(demo.mode, demo.layer);
    }
    finally {
        const last = await demo.close();
        if (last)
            io.out(last);
    }
}
/** serveDemo runs the demo service alone until a signal, for a workflow to load-test it. */
async function serveDemo(args, io) {
    // A demo's own service, started by `demo` in a process of its own (src/demo/child.ts).
    const childSpec = io.env[DEMO_CHILD_VARIABLE];
    if (childSpec)
        return serveDemoChild(childSpec, args.port, io);
    const options = demoOptions(args);
    if (typeof options === 'string') {
        io.err(`error: ${options}`);
        return model/* EXIT_CODES */.ai.config;
    }
    let demo;
    try {
        demo = await startDemoServer({ ...options, port: args.port });
    }
    catch (error) {
        io.err(`error: cannot listen on 127.0.0.1:${args.port}: ${error.code ?? error.message}`);
        return model/* EXIT_CODES */.ai.config;
    }
    io.out(`Demo service listening on ${demo.url} (median latency ${options.medianLatencyMs}ms, ${options.errorRatePercent}% errors); stop it with Ctrl-C`);
    await new Promise((resolve) => (io.signal.aborted ? resolve() : io.signal.addEventListener('abort', () => resolve(), { once: true })));
    await demo.close();
    io.out(`Demo service stopped after ${demo.requests().toLocaleString('en-US')} requests`);
    return 0;
}
function demoOptions(args) {
    const latency = args.demoLatency === null ? { ok: true, value: DEFAULT_DEMO.medianLatencyMs } : (0,schema/* boundedDuration */.O$)(args.demoLatency, 'ms', defaults/* MAX_LATENCY_MS */.B4);
    if (!latency.ok)
        return `--demo-latency: ${latency.error}`;
    const errors = args.demoErrorRate === null ? { ok: true, value: DEFAULT_DEMO.errorRatePercent } : (0,units/* parsePercent */.lo)(args.demoErrorRate);
    if (!errors.ok)
        return `--demo-error-rate: ${errors.error}`;
    return { medianLatencyMs: latency.value, errorRatePercent: errors.value };
}


/***/ })

};
