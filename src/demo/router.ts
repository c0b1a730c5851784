// The demo's traffic router: it sends each request to the canary with the current weight and to
// production otherwise, like a service mesh or Argo Rollouts would. The rollout's shift hook sets
// the weight over HTTP (POST /__router/weight {percentage}); the rollback hook sets it to 0.

import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DemoRouter {
  url: string;
  /** weightUrl and rollbackUrl are the hooks' targets. */
  weightUrl: string;
  rollbackUrl: string;
  weight: () => number;
  served: () => { production: number; canary: number };
  close: () => Promise<void>;
}

export async function startRouter(productionUrl: string, canaryUrl: string): Promise<DemoRouter> {
  let weight = 0;
  const served = { production: 0, canary: 0 };
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const server = createServer((req, res) => {
    if (req.url === '/__router/weight' || req.url === '/__router/rollback') return control(req, res);
    const toCanary = Math.random() * 100 < weight;
    served[toCanary ? 'canary' : 'production']++;
    forward(req, res, new URL(toCanary ? canaryUrl : productionUrl), toCanary ? 'canary' : 'production');
  });

  const control = (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/__router/rollback') weight = 0;
      else {
        const percentage = Number((JSON.parse(body || '{}') as { percentage?: unknown }).percentage);
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

  const forward = (req: IncomingMessage, res: ServerResponse, to: URL, arm: string) => {
    const upstream = request({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-served-by': arm });
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'x-served-by': arm });
      res.end();
    });
    req.pipe(upstream);
  };

  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1', backlog: 16_384 }, resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    weightUrl: `${url}/__router/weight`,
    rollbackUrl: `${url}/__router/rollback`,
    weight: () => weight,
    served: () => ({ ...served }),
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
