// One keep-alive connection: an undici Client of its own driven through dispatch() with a handler
// object reused for every request. This is the fastest way through undici measured on this class of
// machine (≈1.0–1.2× autocannon; Pool/Agent and body.text() are much slower), and owning the
// connections keeps the per-request cost flat at 10,000 of them where a Pool scans its list.
//
// The handler uses undici's classic callbacks (onConnect/onHeaders/onData/onComplete/onError):
// undici 7 wraps the newer onRequestStart-style handlers in an adapter that parses every
// response's headers, which a load generator never reads.

import { Client } from 'undici';
import { classifyError, classifyStatus } from './classify.js';
import type { ErrorCode } from './outcome.js';
import type { PreparedRequest } from './request.js';

/**
 * Done receives one request's result; `status` is 0 when no response arrived, and INTERRUPTED when
 * the run stopped before the request could finish (such a request is not counted).
 */
export type Done = (status: number, bytes: number, error: ErrorCode | null) => void;
export const INTERRUPTED = -1;

export interface ConnectionOptions {
  insecure: boolean;
  connectTimeoutMs: number;
}

class TimeoutError extends Error {
  readonly code = 'LOADTEST_TIMEOUT';
}
class StopError extends Error {
  readonly code = 'LOADTEST_STOPPED';
}

export class Connection {
  private client: Client;
  private destroyed = false;
  /** startedAtMs is when the request in flight was sent (on the caller's clock), or -1 when idle. */
  startedAtMs = -1;
  private abort: ((error?: Error) => void) | null = null;
  private done: Done | null = null;
  private expected: Uint8Array | null = null;
  private status = 0;
  private bytes = 0;
  private readonly handler: object;

  constructor(
    private readonly origin: string,
    private readonly options: ConnectionOptions,
  ) {
    this.client = this.newClient();
    this.handler = {
      onConnect: (abort: (error?: Error) => void) => {
        this.abort = abort;
      },
      onHeaders: (statusCode: number) => {
        // 1xx informational responses precede the real one.
        if (statusCode >= 200 || statusCode === 101) this.status = statusCode;
        return true;
      },
      onData: (chunk: Buffer) => {
        // The body is read to the end and counted, never kept.
        this.bytes += chunk.length;
        return true;
      },
      onComplete: () => {
        this.finish(this.status, classifyStatus(this.status, this.expected!));
      },
      onError: (error: Error) => {
        const code = (error as { code?: string }).code;
        const reason = (error as { cause?: unknown }).cause ?? error;
        const why = code === 'UND_ERR_ABORTED' ? reason : error;
        this.finish(this.status, why instanceof TimeoutError ? 'timeout' : why instanceof StopError ? null : classifyError(why), why instanceof StopError);
      },
    };
  }

  private newClient(): Client {
    return new Client(this.origin, {
      pipelining: 1,
      keepAliveTimeout: 30_000,
      // Timeouts are enforced by the engine's sweep over whole requests (connect + headers + body),
      // so undici's own per-phase timers stay off.
      headersTimeout: 0,
      bodyTimeout: 0,
      connect: { rejectUnauthorized: !this.options.insecure, timeout: this.options.connectTimeoutMs },
    });
  }

  get busy(): boolean {
    return this.startedAtMs >= 0;
  }

  /** send starts `request`; `done` is called exactly once, from undici's callbacks. */
  send(request: PreparedRequest, nowMs: number, done: Done): void {
    this.startedAtMs = nowMs;
    this.done = done;
    this.expected = request.expected;
    this.status = 0;
    this.bytes = 0;
    this.abort = null;
    if (this.destroyed) {
      this.client = this.newClient();
      this.destroyed = false;
    }
    this.client.dispatch({ method: request.method, path: request.path, headers: request.headers, body: request.body }, this.handler as never);
  }

  /** timeOut aborts the request in flight as a timeout. */
  timeOut(): void {
    this.cancel(new TimeoutError('request timed out'));
  }

  /** interrupt aborts the request in flight because the run is stopping; it is not counted. */
  interrupt(): void {
    this.cancel(new StopError('run stopped'));
  }

  private cancel(reason: Error): void {
    if (!this.busy) return;
    if (this.abort) this.abort(reason);
    else {
      // Still connecting: only destroying the client fails the queued request (with our reason);
      // the next send() starts a fresh client.
      this.destroyed = true;
      void this.client.destroy(reason).catch(() => undefined);
    }
  }

  private finish(status: number, error: ErrorCode | null, stopped = false): void {
    const done = this.done;
    this.done = null;
    this.startedAtMs = -1;
    this.abort = null;
    if (done) done(stopped ? INTERRUPTED : status, this.bytes, stopped ? null : error);
  }

  close(): Promise<void> {
    return this.client.close().catch(() => undefined);
  }

  destroy(): Promise<void> {
    return this.client.destroy().catch(() => undefined);
  }
}
