// The embedded demo target: a small JSON API on 127.0.0.1 with the seeds' endpoints, a realistic
// latency spread (log-normal around a median, slower endpoints slower) and a small error rate, so a
// newcomer can watch the whole gate work without a service of their own.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DemoOptions {
  /** medianLatencyMs is the median of a typical endpoint; others scale from it. */
  medianLatencyMs: number;
  /** errorRatePercent of requests answer 500 (health never fails, as a health check should not). */
  errorRatePercent: number;
  port?: number;
  host?: string;
  /** maxConcurrent: requests served at once; more wait in line (a canary that cannot take full load). */
  maxConcurrent?: number;
}

export const DEFAULT_DEMO: DemoOptions = { medianLatencyMs: 15, errorRatePercent: 0.2 };

interface Route {
  /** scale of the median latency for this endpoint */
  scale: number;
  body: (url: URL) => unknown;
}

const ITEMS = Array.from({ length: 20 }, (_, i) => ({ id: i + 1, name: `item-${i + 1}`, price: Math.round((i + 1) * 7.3 * 100) / 100 }));

const ROUTES: Record<string, Route> = {
  '/api/health': { scale: 0.1, body: () => ({ status: 'ok' }) },
  '/api/users': { scale: 1, body: () => ({ users: ITEMS.slice(0, 10).map((item) => ({ id: item.id, name: `user-${item.id}` })) }) },
  '/api/orders': { scale: 1.3, body: () => ({ orders: ITEMS.slice(0, 8).map((item) => ({ id: item.id, total: item.price })) }) },
  '/api/products': { scale: 0.8, body: () => ({ products: ITEMS }) },
  '/api/search': { scale: 1.6, body: (url) => ({ query: url.searchParams.get('q') ?? '', results: ITEMS.slice(0, 5) }) },
  '/api/analytics': { scale: 2.2, body: () => ({ visits: 1234, conversion: 0.031 }) },
};

export const DEMO_ENDPOINTS = Object.keys(ROUTES);

/** DEMO_USERS: who may log in to the demo shop (the flow demo's data file), each with the password `pw-<name>`. */
export const DEMO_USERS = Array.from({ length: 50 }, (_, i) => `shopper${i + 1}`);

/**
 * Shop: the demo's logged-in routes: POST /api/login answers a token for a known user, GET
 * /api/products/:id a product (404 beyond the catalogue), POST /api/checkout an order, but only
 * with a token it issued (401 otherwise). Tokens live as long as the service (a few per user).
 */
class Shop {
  private readonly tokens = new Set<string>();
  private issued = 0;

  login(body: string): [number, unknown] {
    let given: { username?: unknown; password?: unknown } = {};
    try {
      given = JSON.parse(body) as typeof given;
    } catch {
      return [400, { error: 'expected a JSON body {username, password}' }];
    }
    const name = String(given.username ?? '');
    if (!DEMO_USERS.includes(name) || given.password !== `pw-${name}`) return [401, { error: 'unknown user or wrong password' }];
    // Bounded: a service that never forgets tokens would grow for ever under load.
    if (this.tokens.size > 100_000) this.tokens.clear();
    const token = `demo-${name}-${++this.issued}`;
    this.tokens.add(token);
    return [200, { token, user: name }];
  }

  product(id: number): [number, unknown] {
    const item = ITEMS[id - 1];
    return item ? [200, { id: item.id, name: item.name, price: item.price, sku: `SKU-${1000 + item.id}` }] : [404, { error: 'no such product', id }];
  }

  checkout(authorization: string | undefined, body: string): [number, unknown] {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    if (!token || !this.tokens.has(token)) return [401, { error: 'log in first' }];
    return [201, { order: ++this.issued, placed: body.length > 0 }];
  }
}

export interface DemoServer {
  url: string;
  requests: () => number;
  close: () => Promise<void>;
}

/** startDemoServer listens on 127.0.0.1 (a free port unless one is given) and resolves once it accepts connections. */
export async function startDemoServer(options: DemoOptions = DEFAULT_DEMO): Promise<DemoServer> {
  let served = 0;
  const line = new Line(options.maxConcurrent ?? Infinity);
  const shop = new Shop();
  const server: Server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    served++;
    line.enter((leave) => {
      res.on('close', leave);
      handle(req, res, options, shop);
    });
  });
  // Virtual users connect all at once; the default backlog of 511 would drop their SYNs.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1', backlog: 16_384 }, resolve);
  });
  server.maxRequestsPerSocket = 0;
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** shopRoute: the logged-in routes' answer to a request (Shop), with the latency scale of each; null for any other route. */
function shopRoute(shop: Shop, req: IncomingMessage, url: URL, body: string): { scale: number; answer: () => [number, unknown] } | null {
  if (url.pathname === '/api/login' && req.method === 'POST') return { scale: 2, answer: () => shop.login(body) };
  if (url.pathname === '/api/checkout' && req.method === 'POST') return { scale: 1.5, answer: () => shop.checkout(req.headers.authorization, body) };
  const product = /^\/api\/products\/(\d+)$/.exec(url.pathname);
  if (product) return { scale: 0.6, answer: () => shop.product(Number(product[1])) };
  return null;
}

function handle(req: IncomingMessage, res: ServerResponse, options: DemoOptions, shop: Shop): void {
  const url = new URL(req.url ?? '/', 'http://demo');
  const route = ROUTES[url.pathname];
  // Request bodies (POST /api/orders) are read to the end before answering, as a real API would.
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => {
    if (body.length < 64 * 1024) body += chunk;
  });
  req.on('end', () => {
    const shopped = shopRoute(shop, req, url, body);
    if (shopped) {
      const fails = Math.random() * 100 < options.errorRatePercent;
      setTimeout(() => (fails ? send(res, 500, { error: 'internal error (injected by the demo)' }) : send(res, ...shopped.answer())), options.medianLatencyMs * shopped.scale * logNormal(0.45));
      return;
    }
    if (!route) return send(res, 404, { error: 'not found', path: url.pathname });
    const delay = options.medianLatencyMs * route.scale * logNormal(0.45);
    const fails = url.pathname !== '/api/health' && Math.random() * 100 < options.errorRatePercent;
    setTimeout(() => (fails ? send(res, 500, { error: 'internal error (injected by the demo)' }) : send(res, req.method === 'POST' ? 201 : 200, route.body(url))), delay);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** logNormal draws exp(N(0, σ²)): median 1, a long right tail like real service latencies. */
function logNormal(sigma: number): number {
  const u = 1 - Math.random();
  const v = Math.random();
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.exp(sigma * normal);
}

/** Line lets `capacity` requests in at once and keeps the rest waiting in order, as a saturated service does. */
class Line {
  private active = 0;
  private readonly waiting: Array<(leave: () => void) => void> = [];

  constructor(private readonly capacity: number) {}

  enter(work: (leave: () => void) => void): void {
    if (this.active < this.capacity) this.start(work);
    else this.waiting.push(work);
  }

  private start(work: (leave: () => void) => void): void {
    this.active++;
    let left = false;
    work(() => {
      if (left) return;
      left = true;
      this.active--;
      const next = this.waiting.shift();
      if (next) this.start(next);
    });
  }
}
