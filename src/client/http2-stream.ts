// One HTTP/2 stream at a time, as the engine uses an HTTP/1.1 Connection: a virtual user's (or an
// open-model slot's) channel to one target, sharing that target's connections (client/http2-pool.ts)
// with the other users. A request is the same PreparedRequest HTTP/1.1 sends (client/h2-request.ts
// reads it as HTTP/2); the response is counted, and kept only when the request asks for it (a flow
// step's captures and checks), its head then written as HTTP/1.1's is, for flow/head.ts to read.
//
// Outcomes are HTTP/1.1's: a status and its classification, a timeout, a reset connection; plus
// what only HTTP/2 can say (client/classify.ts classifyStreamEnd): a stream reset by RST_STREAM, a
// stream the server refused or dropped with GOAWAY. A stream a graceful GOAWAY left unprocessed is
// sent again, once, as HTTP/1.1 retries a request a reused connection lost before any answer. A
// timeout cancels the stream (RST_STREAM CANCEL) and leaves the connection to the other streams,
// unless nothing at all came on the connection while the stream waited: then the pool checks the
// connection is alive (Http2Pool.suspect), at the cost of one socket counter read per stream.

import { type ClientHttp2Stream, constants, type IncomingHttpHeaders } from 'node:http2';
import { classifyStatus, classifyStreamEnd } from './classify.js';
import { type Done, INTERRUPTED } from './connection.js';
import { type H2Message, h2Message } from './h2-request.js';
import type { Http2Pool, Link, Tenant } from './http2-pool.js';
import type { ErrorCode } from './outcome.js';
import type { PreparedRequest } from './request.js';
import type { Keep, KeptResponse } from '../flow/response.js';

/** A static request is read as HTTP/2 once; a templated or traced one (new bytes or new IDs each hit) every time. */
const readOnce = new WeakMap<PreparedRequest, H2Message>();

function messageOf(request: PreparedRequest, scheme: 'http' | 'https'): H2Message {
  if (request.template || request.traced) return h2Message(request.bytes, scheme);
  let message = readOnce.get(request);
  if (!message) readOnce.set(request, (message = h2Message(request.bytes, scheme)));
  return message;
}

/** OWNER: the channel a stream belongs to; the listeners below are shared by every stream (nothing allocated per request). */
const OWNER = Symbol('owner');
type OwnedStream = ClientHttp2Stream & { [OWNER]: Http2Channel };

function onResponse(this: OwnedStream, headers: IncomingHttpHeaders): void {
  this[OWNER].response(this, headers);
}
function onData(this: OwnedStream, chunk: Buffer): void {
  this[OWNER].data(this, chunk);
}
function onClose(this: OwnedStream): void {
  this[OWNER].closed(this);
}
/** Errors are read from the stream's close code when it closes; a stream without an 'error' listener would throw. */
function onError(): void {}

export class Http2Channel implements Tenant {
  /** startedAtMs is when the request in flight was sent (on the caller's clock), or -1 when idle. */
  startedAtMs = -1;
  private request: PreparedRequest | null = null;
  private done: Done | null = null;
  private stream: OwnedStream | null = null;
  private link: Link | null = null;
  private status = 0;
  private bytes = 0;
  private keep: Keep | null = null;
  private keptHead: Buffer | null = null;
  private keptBody: Buffer[] = [];
  private keptBytes = 0;
  private truncated = false;
  /** retried: the request in flight already went again after a graceful GOAWAY; a second one is counted. */
  private retried = false;
  /** readAtStart: what its connection had read when the stream in flight opened (Link.socket.bytesRead). */
  private readAtStart = 0;

  constructor(
    private readonly pool: Http2Pool,
    private readonly scheme: 'http' | 'https',
  ) {}

  get busy(): boolean {
    return this.startedAtMs >= 0;
  }

  /** send writes `request` on a stream of the target's connections; `done` is called exactly once. */
  send(request: PreparedRequest, nowMs: number, done: Done): void {
    this.startedAtMs = nowMs;
    this.request = request;
    this.done = done;
    this.retried = false;
    this.keep = request.keep ?? null;
    this.clearResponse();
    this.pool.acquire(this);
  }

  /** start: the pool gave this request room on `link`: its stream opens now. */
  start(link: Link): void {
    const message = messageOf(this.request!, this.scheme);
    let stream: OwnedStream;
    try {
      stream = link.session.request(message.headers, { endStream: message.body === null }) as OwnedStream;
    } catch {
      // node:http2 refused to write it (a header HTTP/2 does not allow): ours, not the server's.
      this.pool.release(link);
      this.finish(0, 0, 'other');
      return;
    }
    this.link = link;
    this.stream = stream;
    this.readAtStart = link.socket.bytesRead;
    stream[OWNER] = this;
    stream.on('response', onResponse);
    stream.on('data', onData);
    stream.on('error', onError);
    stream.on('close', onClose);
    if (message.body !== null) stream.end(message.body);
  }

  /** fail: the connection failed before the stream could open. */
  fail(error: ErrorCode): void {
    this.finish(0, 0, error);
  }

  /**
   * timeOut gives up on the request in flight as a timeout: its stream is cancelled, the connection
   * stays; but if not one byte came on that connection while the stream waited, the connection
   * itself may be dead, and the pool checks it.
   */
  timeOut(): void {
    if (!this.busy) return;
    if (this.link !== null && this.link.socket.bytesRead === this.readAtStart) this.pool.suspect(this.link);
    this.cancel(true);
    this.finish(0, 0, 'timeout');
  }

  /** interrupt ends the request in flight because the run is stopping; it is not counted. */
  interrupt(): void {
    if (!this.busy) return;
    this.cancel(false);
    this.finish(INTERRUPTED, 0, null);
  }

  /** destroy: the connections are the pool's, closed with it; only a stream still open is cancelled. */
  destroy(): void {
    this.cancel(false);
  }

  response(stream: OwnedStream, headers: IncomingHttpHeaders): void {
    if (stream !== this.stream) return;
    this.status = Number(headers[':status']);
    if (this.keep?.head) this.keptHead = headOf(this.status, headers);
  }

  data(stream: OwnedStream, chunk: Buffer): void {
    if (stream !== this.stream) return;
    this.bytes += chunk.length;
    if (this.keep && this.keep.bodyCap >= 0) {
      const room = this.keep.bodyCap - this.keptBytes;
      if (chunk.length > room) this.truncated = true;
      if (room > 0) {
        const take = Math.min(room, chunk.length);
        this.keptBody.push(take === chunk.length ? chunk : chunk.subarray(0, take));
        this.keptBytes += take;
      }
    }
  }

  /**
   * closed: the stream ended. Whole when the response's headers came and the stream closed without
   * an error code (its END_STREAM read: nghttp2 checks a Content-Length against the DATA it got);
   * else classifyStreamEnd says why not.
   */
  closed(stream: OwnedStream): void {
    if (stream !== this.stream) return;
    this.stream = null;
    const link = this.link!;
    this.link = null;
    this.pool.release(link);
    const rstCode = stream.rstCode ?? constants.NGHTTP2_NO_ERROR;
    if (rstCode === constants.NGHTTP2_NO_ERROR && this.status > 0) {
      this.finish(this.status, this.bytes, classifyStatus(this.status, this.request!.expected), undefined, this.kept());
      return;
    }
    const { error, reason, retry } = classifyStreamEnd({ rstCode, streamId: stream.id, goawayLastStreamId: link.goawayLastStreamId, goawayCode: link.goawayCode, sessionError: link.error, sessionDestroyed: link.session.destroyed });
    // The server closed the connection gracefully before processing this stream: it goes again,
    // once, whatever its method (RFC 9113 §8.7: not processed, so safe to repeat). Its latency and
    // its timeout still run from the first send (startedAtMs, and the hit's intended start, are
    // kept), so the detour is measured; a second GOAWAY on the retry is counted. When the run is
    // being cut short (or is over) it does not go again: it ends as interrupt() would end it at the
    // drain's end, uncounted (the server did not process it, so it was not its failure).
    if (retry && !this.retried) {
      this.retried = true;
      this.clearResponse();
      if (this.pool.again(this)) return;
      this.finish(INTERRUPTED, 0, null);
      return;
    }
    this.finish(0, 0, error, reason);
  }

  /** clearResponse: nothing of a response yet (a new request, or one sent again). */
  private clearResponse(): void {
    this.status = 0;
    this.bytes = 0;
    if (this.keep) {
      this.keptHead = null;
      this.keptBody = [];
      this.keptBytes = 0;
      this.truncated = false;
    }
  }

  private kept(): KeptResponse | undefined {
    if (!this.keep) return undefined;
    const body = this.keep.bodyCap < 0 ? null : this.keptBody.length === 1 ? this.keptBody[0] : Buffer.concat(this.keptBody, this.keptBytes);
    return { head: this.keptHead, body, truncated: this.truncated };
  }

  /** cancel: the stream in flight is reset (CANCEL) and its room given back; a request still waiting for a connection leaves the queue (`timedOut`: the connection did not answer in time). */
  private cancel(timedOut: boolean): void {
    const stream = this.stream;
    if (stream) {
      this.stream = null;
      stream.close(constants.NGHTTP2_CANCEL);
      this.pool.release(this.link!);
      this.link = null;
    } else if (this.busy) this.pool.withdraw(this, timedOut);
  }

  private finish(status: number, bytes: number, error: ErrorCode | null, reason?: string, kept?: KeptResponse): void {
    const done = this.done;
    this.done = null;
    this.startedAtMs = -1;
    if (kept !== undefined) done?.(status, bytes, error, reason, kept);
    else if (reason === undefined) done?.(status, bytes, error);
    else done?.(status, bytes, error, reason);
  }
}

/** headOf: a response's head as HTTP/1.1 writes one ("HTTP/2 200", then a line per value), for flow/head.ts. */
function headOf(status: number, headers: IncomingHttpHeaders): Buffer {
  let head = `HTTP/2 ${status}\r\n`;
  for (const name in headers) {
    if (name.charCodeAt(0) === 58 /* ':' */) continue;
    const value = headers[name];
    if (Array.isArray(value)) for (const v of value) head += `${name}: ${v}\r\n`;
    else if (value !== undefined) head += `${name}: ${value}\r\n`;
  }
  return Buffer.from(head, 'latin1');
}
