// A front for the fake GitHub (helpers/github.ts) that answers some requests itself with an error
// status, as a token without the right permission gets, and passes the rest on. It records every
// request it was asked, so tests can assert exactly what was sent.

import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RefusingFront {
  url: string;
  /** seen lists "METHOD path?query" of every request, in arrival order. */
  seen: string[];
  close: () => Promise<void>;
}

/** refusing answers `refuse` (status by "METHOD path") itself, and forwards everything else to `upstream`. */
export async function refusing(upstream: string, refuse: Record<string, number>): Promise<RefusingFront> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://front').pathname;
    seen.push(`${req.method} ${req.url}`);
    const status = refuse[`${req.method} ${path}`];
    if (status) {
      res.writeHead(status, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ message: status === 401 ? 'Bad credentials' : 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }));
    }
    const forwarded = request(`${upstream}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
