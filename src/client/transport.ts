// The connections of one run (or one setup): for each target the kind its pre-flight settled. An
// HTTP/1.1 target gets a Connection per channel, as always; an HTTP/2 target gets a stream slot per
// channel over connections the target's users share (one Http2Pool per target), closed with the run.

import { Connection, type Origin, type SocketCounter } from './connection.js';
import { Http2Pool } from './http2-pool.js';
import { Http2Channel } from './http2-stream.js';

export class Transport {
  private readonly pools = new Map<Origin, Http2Pool>();
  private interrupted = false;

  constructor(
    private readonly maxStreamsPerConnection: number,
    /** timeoutMs: the request timeout (an HTTP/2 connection that went silent is checked within it). */
    private readonly timeoutMs?: number,
  ) {}

  /** connect opens a channel to `origin`, counting its connections in `sockets` (one counter per target). */
  readonly connect = (origin: Origin, sockets: SocketCounter): Connection | Http2Channel => {
    if (origin.version !== '2') return new Connection(origin, sockets);
    let pool = this.pools.get(origin);
    if (!pool) {
      this.pools.set(origin, (pool = new Http2Pool(origin, sockets, this.maxStreamsPerConnection, { timeoutMs: this.timeoutMs })));
      if (this.interrupted) pool.interrupt();
    }
    return new Http2Channel(pool, origin.secure ? 'https' : 'http');
  };

  /** interrupt: the run is stopping early (Ctrl-C, an abort): no HTTP/2 stream goes again (Http2Pool.interrupt). */
  interrupt(): void {
    this.interrupted = true;
    for (const pool of this.pools.values()) pool.interrupt();
  }

  /** close ends the HTTP/2 connections; HTTP/1.1's are each channel's own, destroyed with it. */
  close(): void {
    for (const pool of this.pools.values()) pool.close();
    this.pools.clear();
  }
}
