// One keep-alive HTTP/1.1 connection on a net (or tls) socket: the request goes out as one
// pre-serialized buffer, the response is framed by ResponseParser and counted, never kept.
//
// Why not undici here? Measured on this class of machine against nginx with 100 connections,
// undici's leanest path (one Client per connection, dispatch() with a reused handler) reached
// 1.08× autocannon, with a third of the generator's time in undici's per-request JavaScript; this
// path does the same work with a fixed buffer and a framing-only parser. undici stays the HTTP
// client for everything that is not the hot loop (pre-flight, webhooks, integrations).

import { connect as tcpConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { classifyError, classifyStatus } from './classify.js';
import { ParseError, type ParseReason, ResponseParser } from './http1-parser.js';
import type { ErrorCode } from './outcome.js';
import type { HttpVersion } from './protocol.js';
import type { PreparedRequest } from './request.js';
import type { KeptResponse } from '../flow/response.js';

/**
 * Done receives one request's result; `status` is 0 when no response arrived, and INTERRUPTED when
 * the run stopped before the request could finish (such a request is not counted). For a
 * 'protocol' error, `reason` names the rule the response broke (one of PARSE_REASONS); for
 * h2_stream_reset, the RST_STREAM code. `kept` is the response's head and body when the request
 * asked for them (PreparedRequest.keep).
 */
export type Done = (status: number, bytes: number, error: ErrorCode | null, reason?: ParseReason | string, kept?: KeptResponse) => void;
export const INTERRUPTED = -1;

export interface Origin {
  host: string;
  port: number;
  secure: boolean;
  /** insecure: accept any TLS certificate (self-signed canaries). */
  insecure: boolean;
  /** version: the HTTP version this origin's load goes over, as its pre-flight settled it (client/protocol.ts); absent: 1.1. */
  version?: HttpVersion;
}

/** SocketCounter is shared by one target's connections: how many TCP connections were opened to it. */
export interface SocketCounter {
  opened: number;
  /**
   * streamLimit: HTTP/2 only: the fewest streams a connection was allowed at once (its
   * max_streams_per_connection, or the server's SETTINGS_MAX_CONCURRENT_STREAMS when lower).
   */
  streamLimit?: number;
}

export function originOf(target: string, insecure: boolean, version: HttpVersion = '1.1'): Origin {
  const url = new URL(target);
  const secure = url.protocol === 'https:';
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || (secure ? 443 : 80)), secure, insecure, version };
}

export class Connection {
  /** startedAtMs is when the request in flight was sent (on the caller's clock), or -1 when idle. */
  startedAtMs = -1;
  private socket: Socket | null = null;
  private readonly parser = new ResponseParser();
  private request: PreparedRequest | null = null;
  private done: Done | null = null;
  /** served counts responses completed on the current socket: a reused socket may have been closed by the server. */
  private served = 0;
  private retried = false;

  constructor(
    private readonly origin: Origin,
    private readonly sockets: SocketCounter = { opened: 0 },
  ) {}

  get busy(): boolean {
    return this.startedAtMs >= 0;
  }

  /** send writes `request`; `done` is called exactly once. */
  send(request: PreparedRequest, nowMs: number, done: Done): void {
    this.startedAtMs = nowMs;
    this.request = request;
    this.done = done;
    this.retried = false;
    this.write(request);
  }

  /** timeOut gives up on the request in flight as a timeout and drops its socket. */
  timeOut(): void {
    if (!this.busy) return;
    this.drop();
    this.finish(0, 0, 'timeout');
  }

  /** interrupt ends the request in flight because the run is stopping; it is not counted. */
  interrupt(): void {
    if (!this.busy) return;
    this.drop();
    this.finish(INTERRUPTED, 0, null);
  }

  destroy(): void {
    this.drop();
  }

  private write(request: PreparedRequest): void {
    this.parser.start(request.isHead, request.keep ?? null);
    // A socket buffers writes made while it is still connecting.
    (this.socket ??= this.open()).write(request.bytes);
  }

  private open(): Socket {
    const { host, port, secure, insecure } = this.origin;
    const socket = secure
      ? tlsConnect({ host, port, servername: isIP(host) ? undefined : host, rejectUnauthorized: !insecure, ALPNProtocols: ['http/1.1'] })
      : tcpConnect({ host, port });
    socket.setNoDelay(true);
    this.sockets.opened++;
    this.served = 0;
    socket.on('data', (chunk: Buffer) => this.onData(socket, chunk));
    socket.on('error', (error: Error) => this.onEnd(socket, error));
    socket.on('close', () => this.onEnd(socket, null));
    return socket;
  }

  private onData(socket: Socket, chunk: Buffer): void {
    if (socket !== this.socket || !this.done) {
      // Bytes nobody asked for: the connection is out of step, so it is not reused.
      socket.destroy();
      return;
    }
    let response;
    try {
      response = this.parser.execute(chunk);
    } catch (error) {
      // Only the parser's verdict on the server's bytes is the server's protocol error; anything
      // else thrown here is a bug of ours and must not be counted against the target.
      if (!(error instanceof ParseError)) throw error;
      this.drop();
      this.finish(0, 0, 'protocol', error.reason);
      return;
    }
    if (!response) return;
    this.served++;
    if (!response.keepAlive) this.drop();
    this.finish(response.status, response.bodyBytes, classifyStatus(response.status, this.request!.expected), undefined, response.kept);
  }

  private onEnd(socket: Socket, error: Error | null): void {
    if (socket !== this.socket) return;
    this.socket = null;
    socket.destroy();
    if (!this.done) return;
    const closed = error ? null : this.parser.finishOnClose();
    if (closed) {
      this.finish(closed.status, closed.bodyBytes, classifyStatus(closed.status, this.request!.expected), undefined, closed.kept);
      return;
    }
    // The server closed a reused connection before answering: its keep-alive timeout raced our
    // request. Browsers retry that once on a new connection, and so do we, for methods that are
    // safe to repeat (RFC 9110 §9.2.2); a POST might have been acted on, so it is reported instead.
    // (undici does not: it fails such a request, and retries only through its opt-in RetryHandler
    // / RetryAgent. We retry because the race is the server's idle timer, not a failure of it.)
    if (this.served > 0 && !this.parser.started && !this.retried && this.request!.idempotent) {
      this.retried = true;
      this.write(this.request!);
      return;
    }
    this.finish(0, 0, error ? classifyError(error) : 'reset');
  }

  private drop(): void {
    const socket = this.socket;
    this.socket = null;
    socket?.destroy();
  }

  private finish(status: number, bytes: number, error: ErrorCode | null, reason?: ParseReason, kept?: KeptResponse): void {
    const done = this.done;
    this.done = null;
    this.startedAtMs = -1;
    if (kept !== undefined) done?.(status, bytes, error, reason, kept);
    else if (reason === undefined) done?.(status, bytes, error);
    else done?.(status, bytes, error, reason);
  }
}
