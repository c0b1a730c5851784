// A service with a known capacity, for the capacity search: `workers` workers, each taking
// `serviceMs` per request, the rest waiting in line (so capacity = workers / serviceMs, and latency
// climbs without bound past it). It counts what it received in each second of its own clock, the
// evidence that a search never offered more than it was allowed to. With `cliff`, more than
// `perSecond` requests in a second breaks it for `brokenMs`: every request then gets a 503. With
// `errorEvery`, every n-th request is a 500; with `stallAbove`, requests past that rate hang.

import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Pool {
  url: string;
  /** received: arrival times (ms, Date.now) of every request. */
  received: number[];
  /** busiestSecond: the most requests received within any one second (a sliding window). */
  busiestSecond: () => number;
  /** brokenRequests: requests answered 503 while broken (cliff). */
  brokenRequests: () => number;
  close: () => Promise<void>;
}

export async function startPool(options: { workers: number; serviceMs: number; cliff?: { perSecond: number; brokenMs: number }; errorEvery?: number; stallAbove?: number }): Promise<Pool> {
  const received: number[] = [];
  const waiting: ServerResponse[] = [];
  let busy = 0;
  let brokenUntil = 0;
  let broken = 0;
  const pump = () => {
    while (busy < options.workers && waiting.length > 0) {
      const res = waiting.shift()!;
      busy++;
      setTimeout(() => {
        busy--;
        res.end('ok');
        pump();
      }, options.serviceMs);
    }
  };
  const server = createServer((req, res) => {
    const now = Date.now();
    received.push(now);
    req.resume();
    let inLastSecond = 0;
    for (let i = received.length - 1; i >= 0 && received[i] > now - 1000; i--) inLastSecond++;
    // stallAbove: past that rate, a request is held and never answered (a service that hangs).
    if (options.stallAbove !== undefined && inLastSecond > options.stallAbove) return;
    if (options.errorEvery !== undefined && received.length % options.errorEvery === 0) {
      res.writeHead(500).end('error');
      return;
    }
    if (options.cliff) {
      if (inLastSecond > options.cliff.perSecond) brokenUntil = now + options.cliff.brokenMs;
      if (now < brokenUntil) {
        broken++;
        res.writeHead(503).end('broken');
        return;
      }
    }
    waiting.push(res);
    pump();
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    busiestSecond: () => {
      let best = 0;
      for (let i = 0, j = 0; i < received.length; i++) {
        while (received[i] - received[j] >= 1000) j++;
        best = Math.max(best, i - j + 1);
      }
      return best;
    },
    brokenRequests: () => broken,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
