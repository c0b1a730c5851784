// One target's HTTP/2 connections, shared by its stream slots (client/http2-stream.ts), on Node's own
// node:http2 (nghttp2): no framer of ours. A slot asks for a stream; it gets one on a connection
// with room, or waits for a new connection's SETTINGS and gets one there.
//
// Room: a connection carries at most max_streams_per_connection streams at once, and never more
// than the server's SETTINGS_MAX_CONCURRENT_STREAMS. Nothing is sent on a new connection before
// the server's SETTINGS arrive (one round trip, counted in the waiting requests' latency), so the
// server's limit is known before the first stream and is never exceeded by our own count; nghttp2
// would hold back a stream over it anyway, which would show as our latency, not the server's.
//
// A connection stops taking new streams when the server sends GOAWAY, when it fails or closes, when
// it has gone silent (Http2Pool.suspect: a stream timed out with nothing read on it, and a PING went
// unanswered; none while the PING is out), and before its stream IDs run out (2^31 − 1, odd ones only: about a billion
// requests); later requests open a new connection. A stream a graceful GOAWAY (NO_ERROR) left
// unprocessed goes again, once, on another connection (Http2Pool.again), unless the run is being
// cut short (Http2Pool.interrupt); any other stream the server did not process is counted by the
// slot, never retried.

import { type ClientHttp2Session, connect as h2Connect } from 'node:http2';
import { connect as tcpConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { classifyError } from './classify.js';
import type { Origin, SocketCounter } from './connection.js';
import type { ErrorCode } from './outcome.js';
import { loadAlpn } from './protocol.js';

/** STREAMS_PER_CONNECTION_BUDGET: streams opened on one connection before it is retired; client stream IDs are odd numbers below 2^31. */
export const STREAMS_PER_CONNECTION_BUDGET = 2 ** 30 - 1024;
/**
 * Flow-control windows we give the server: a stream's, and the whole connection's. HTTP/2's default
 * (64 KiB for the connection, shared by every stream) would cap a connection at 64 KiB per round
 * trip, measuring the window instead of the service; responses are counted and dropped as they
 * arrive, so a large window holds no memory. Browsers use about these (Chrome: 6 MB and 15 MB).
 */
const STREAM_WINDOW_BYTES = 6 * 1024 * 1024;
const CONNECTION_WINDOW_BYTES = 15 * 1024 * 1024;
/**
 * PING_ACK_MS: how long a connection suspected of being dead has to answer a PING (never longer
 * than the request timeout). A live server's HTTP/2 layer acks within a round trip, whatever its
 * handlers are doing; a second is many round trips even to another continent.
 */
export const PING_ACK_MS = 1000;

/** Tenant: what waits for a stream: a stream slot, told when it may open its stream, or that the connection failed first. */
export interface Tenant {
  /** start: `link` has room for this tenant's stream: open it now (Http2Pool.release gives the room back). */
  start(link: Link): void;
  /** fail: the connection failed before the stream could open; nothing was sent. */
  fail(error: ErrorCode): void;
}

/** Link: one HTTP/2 connection and what the pool knows of it. */
export class Link {
  /** active: streams open (or opening) on it. */
  active = 0;
  /** capacity: streams it may carry at once; until its SETTINGS arrive, how many may wait for it. */
  capacity: number;
  /** ready: the server's SETTINGS arrived. */
  ready = false;
  /** usable: new streams may open on it. */
  usable = true;
  /** opened: streams opened on it in all, against STREAMS_PER_CONNECTION_BUDGET. */
  opened = 0;
  /** goawayLastStreamId: set when the server sent GOAWAY: the streams above it were not processed. */
  goawayLastStreamId: number | null = null;
  /** goawayCode: the last GOAWAY's error code (NO_ERROR: the server is closing gracefully, not shedding load). */
  goawayCode: number | null = null;
  error: Error | null = null;
  /** waiting: tenants promised a stream here once its SETTINGS arrive. */
  waiting: Tenant[] = [];
  /** moved: those of `waiting` that waited on a connection dropped as silent first: their timeout is not this one's fault. */
  moved: Set<Tenant> | null = null;
  /** listed: in the pool's list of links that may have room. */
  listed = false;
  /** pinged: a PING is out to check the connection is alive; its deadline (Http2Pool.suspect). No new streams open on it meanwhile. */
  pinged: NodeJS.Timeout | null = null;
  /** silent: retired because it stopped answering: destroyed, not closed, once its last stream ends. */
  silent = false;

  constructor(
    readonly session: ClientHttp2Session,
    /** socket: the connection's own socket; its bytesRead says whether anything at all came (client/http2-stream.ts timeOut). */
    readonly socket: Socket,
    maxStreams: number,
  ) {
    this.capacity = maxStreams;
  }
}

/** PoolOptions: the request timeout (bounding PING_ACK_MS), and the streams a connection opens before it is retired (STREAMS_PER_CONNECTION_BUDGET; fewer in tests). */
export interface PoolOptions {
  timeoutMs?: number;
  budget?: number;
}

export class Http2Pool {
  private readonly links = new Set<Link>();
  /** roomy: ready links that had room when last seen (each at most once: Link.listed); the last is tried first. */
  private readonly roomy: Link[] = [];
  /** connecting: the newest link still waiting for its SETTINGS, while it can promise more streams. */
  private connecting: Link | null = null;
  private closed = false;
  /** cutShort: the run is stopping early (Ctrl-C, an abort): no stream goes again (Http2Pool.again). */
  private cutShort = false;
  private readonly budget: number;
  private readonly pingAckMs: number;

  constructor(
    private readonly origin: Origin,
    private readonly stats: SocketCounter,
    private readonly maxStreams: number,
    options: PoolOptions = {},
  ) {
    this.budget = options.budget ?? STREAMS_PER_CONNECTION_BUDGET;
    this.pingAckMs = Math.min(PING_ACK_MS, options.timeoutMs ?? PING_ACK_MS);
  }

  /** acquire: `tenant` starts on a connection with room now, or once a new connection's SETTINGS arrive (the connection it waits for is returned). */
  acquire(tenant: Tenant): Link | null {
    while (this.roomy.length > 0) {
      const link = this.roomy[this.roomy.length - 1];
      // A connection that failed a moment ago may not have said so yet (node:http2 emits on the next tick).
      if (link.session.closed || link.session.destroyed) this.retire(link);
      // A link with a PING out is skipped (listed again on the ack: Http2Pool.suspect).
      else if (link.usable && link.pinged === null && link.active < link.capacity) {
        this.take(link, tenant);
        return null;
      }
      this.roomy.pop();
      link.listed = false;
    }
    let link = this.connecting;
    if (link === null || !link.usable || link.waiting.length >= this.maxStreams) link = this.connecting = this.open();
    link.waiting.push(tenant);
    return link;
  }

  /**
   * withdraw: a tenant still waiting gives up: its request `timedOut`, or the run is stopping. A
   * connection whose SETTINGS have not come within a request's timeout is not answering: it is
   * dropped, and the others waiting for it go to a new one (nothing of theirs was sent).
   */
  withdraw(tenant: Tenant, timedOut: boolean): void {
    for (const link of this.links) {
      const at = link.waiting.indexOf(tenant);
      if (at < 0) continue;
      link.waiting.splice(at, 1);
      if (timedOut && !link.ready && !link.moved?.has(tenant)) {
        this.retire(link);
        const others = link.waiting;
        link.waiting = [];
        link.session.destroy();
        if (this.closed) return;
        for (const other of others) {
          const next = this.acquire(other);
          if (next) (next.moved ??= new Set()).add(other);
        }
      } else link.moved?.delete(tenant);
      return;
    }
  }

  /**
   * again: `tenant`'s stream was left unprocessed by a graceful GOAWAY and goes once more, on a
   * connection with room or a new one (the one that sent GOAWAY takes no new streams); false when
   * the pool is closed, or the run is being cut short (Http2Pool.interrupt). Its timeout started on the old connection, so if it runs out while waiting
   * for the new one's SETTINGS, that is not the new one's silence (Link.moved).
   */
  again(tenant: Tenant): boolean {
    if (this.closed || this.cutShort) return false;
    const link = this.acquire(tenant);
    if (link) (link.moved ??= new Set()).add(tenant);
    return true;
  }

  /** release: a stream on `link` ended; its room is free again. */
  release(link: Link): void {
    link.active--;
    this.list(link);
    // A retired connection closes once its last stream has ended.
    if (!link.usable && link.active === 0) this.end(link);
  }

  /**
   * suspect: a stream on `link` waited its whole timeout, and nothing at all was read on the
   * connection meanwhile. It may be dead (a NAT or load balancer dropped it without a word), or the
   * server may only be slow to answer; a PING tells them apart: a live server's HTTP/2 layer acks
   * it at once. No ack within pingAckMs: the connection is retired as silent (no new streams; those
   * on it time out as they come due; later requests open a new connection). One PING at a time.
   *
   * While the PING is out, no new stream opens on the connection. The users of a closed model stuck
   * on a dead connection time out together, each giving its room back; were the connection still
   * offered, they would all land on it again, and each wait another whole timeout. Skipped, they go
   * on a new connection at once; a live server's ack lists the connection again (a new connection
   * may have opened meanwhile: the cost of one round trip's doubt).
   */
  suspect(link: Link): void {
    if (!link.usable || link.pinged !== null || link.session.closed || link.session.destroyed) return;
    link.pinged = setTimeout(() => {
      link.pinged = null;
      if (!link.usable) return;
      link.silent = true;
      this.retire(link);
    }, this.pingAckMs);
    // Answered (or cancelled as the connection went: it is retired by its 'close' then).
    link.session.ping((error) => {
      if (link.pinged !== null) clearTimeout(link.pinged);
      link.pinged = null;
      if (!error && !this.closed) this.list(link);
    });
  }

  /**
   * interrupt: the run is stopping early (Ctrl-C, a cancelled job, an abort): the requests in flight
   * have a short drain to finish in, and a stream a graceful GOAWAY left unprocessed does not go
   * again: it would open a new connection to send load nobody will measure. Streams already open
   * go on; so do new ones on open connections (the engine issues none once stopping).
   */
  interrupt(): void {
    this.cutShort = true;
  }

  /** close: every connection ends now (the run is over; streams still open were already cut). */
  close(): void {
    this.closed = true;
    for (const link of this.links) {
      if (link.pinged !== null) clearTimeout(link.pinged);
      link.session.destroy();
    }
    this.links.clear();
    this.roomy.length = 0;
    this.connecting = null;
  }

  private take(link: Link, tenant: Tenant): void {
    link.active++;
    if (++link.opened >= this.budget) this.retire(link);
    tenant.start(link);
  }

  private open(): Link {
    const { host, port, secure, insecure } = this.origin;
    const authority = `${secure ? 'https' : 'http'}://${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
    // Our own socket, as client/connection.ts opens it: Nagle off, ALPN offering only h2 (the pre-flight settled it).
    const socket: Socket = secure ? tlsConnect({ host, port, servername: isIP(host) ? undefined : host, rejectUnauthorized: !insecure, ALPNProtocols: loadAlpn('2') }) : tcpConnect({ host, port });
    socket.setNoDelay(true);
    const session = h2Connect(authority, { settings: { enablePush: false, initialWindowSize: STREAM_WINDOW_BYTES }, createConnection: () => socket });
    this.stats.opened++;
    const link = new Link(session, socket, this.maxStreams);
    this.links.add(link);
    // node:http2 may still say 'connect' for a session already destroyed (the run ended, or it was dropped as silent).
    session.on('connect', () => {
      if (!session.destroyed) session.setLocalWindowSize(CONNECTION_WINDOW_BYTES);
    });
    session.on('remoteSettings', (settings) => this.onSettings(link, settings.maxConcurrentStreams));
    // Before its streams close (node:http2 emits 'goaway' first), so each is classified by it.
    session.on('goaway', (code: number, lastStreamId: number) => {
      link.goawayLastStreamId = lastStreamId;
      link.goawayCode = code;
      this.retire(link);
    });
    session.on('error', (error: Error) => {
      link.error ??= error;
      this.retire(link);
    });
    session.on('close', () => {
      if (link.pinged !== null) clearTimeout(link.pinged);
      link.pinged = null;
      this.retire(link);
      this.links.delete(link);
      // Tenants still waiting for this connection's SETTINGS: it failed before anything was sent.
      // Never by a GOAWAY: the server's first frame must be SETTINGS (nghttp2 takes anything else
      // as a protocol error), and node:http2 says 'remoteSettings' as it reads them, so those
      // waiting have started their streams before any GOAWAY comes, and a graceful one's retry
      // rule (Http2Channel.closed) is theirs. Tested in __tests__/http2.test.ts.
      const waiting = link.waiting;
      link.waiting = [];
      const error: ErrorCode = link.goawayLastStreamId !== null ? 'h2_goaway' : link.error ? classifyError(link.error) : 'reset';
      for (const tenant of waiting) tenant.fail(error);
    });
    return link;
  }

  private onSettings(link: Link, serverMax: number | undefined): void {
    link.capacity = Math.min(this.maxStreams, serverMax ?? Infinity);
    this.stats.streamLimit = Math.min(this.stats.streamLimit ?? Infinity, link.capacity);
    if (link.capacity === 0) {
      // The server allows no stream at all: what waits for it is refused, as the server would refuse it.
      this.retire(link);
      const waiting = link.waiting;
      link.waiting = [];
      for (const tenant of waiting) tenant.fail('h2_refused_stream');
      link.session.close();
      return;
    }
    if (!link.ready) {
      link.ready = true;
      if (this.connecting === link) this.connecting = null;
      const waiting = link.waiting;
      link.waiting = [];
      link.moved = null;
      // Those beyond the server's limit go to another connection.
      for (const tenant of waiting) {
        if (link.usable && link.active < link.capacity) this.take(link, tenant);
        else this.acquire(tenant);
      }
    }
    this.list(link);
  }

  /** list: `link` is offered to new streams again, if it takes them and has room (not while a PING is out on it). */
  private list(link: Link): void {
    if (link.usable && link.pinged === null && link.active < link.capacity && !link.listed) {
      link.listed = true;
      this.roomy.push(link);
    }
  }

  /** retire: no new streams on `link`; it closes once its last stream has ended. */
  private retire(link: Link): void {
    if (!link.usable) return;
    link.usable = false;
    if (this.connecting === link) this.connecting = null;
    if (link.ready && link.active === 0 && !this.closed) this.end(link);
  }

  /** end: a retired connection without streams goes: closed gracefully, or destroyed when it went silent (a dead peer cannot be said goodbye to). */
  private end(link: Link): void {
    if (link.silent) link.session.destroy();
    else link.session.close();
  }
}
