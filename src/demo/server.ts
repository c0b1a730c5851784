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

export interface DemoServer {
  url: string;
  requests: () => number;
  close: () => Promise<void>;
}

/** startDemoServer listens on 127.0.0.1 (a free port unless one is given) and resolves once it accepts connections. */
export async function startDemoServer(options: DemoOptions = DEFAULT_DEMO): Promise<DemoServer> {
  let served = 0;
  const line = new Line(options.maxConcurrent ?? Infinity);
  const server: Server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    served++;
    line.enter((leave) => {
      res.on('close', leave);
      handle(req, res, options);
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

function handle(req: IncomingMessage, res: ServerResponse, options: DemoOptions): void {
  const url = new URL(req.url ?? '/', 'http://demo');
  const route = ROUTES[url.pathname];
  // Request bodies (POST /api/orders) are read to the end before answering, as a real API would.
  req.resume();
  req.on('end', () => {
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
