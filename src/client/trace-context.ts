// W3C trace context (https://www.w3.org/TR/trace-context/) on the hot path. A traced request is
// prepared with a `traceparent` header as its first line, IDs zeroed; each send writes fresh IDs
// over the zeros in place, so nothing is searched for or re-serialized per request, over HTTP/1.1
// or HTTP/2 (which reads its headers from the same bytes: h2-request.ts).
//
// IDs come from the operating system's random source, never from the run's seed: two runs with one
// seed must not send the same trace IDs into the same tracing backend.

import { randomFillSync } from 'node:crypto';

/** TRACEPARENT_VERSION: version 00, the only one there is. */
const TRACEPARENT_VERSION = '00';
/** TRACE_ID_HEX, SPAN_ID_HEX: the trace-id (16 bytes) and parent-id (8 bytes), in lower-case hex. */
const TRACE_ID_HEX = 32;
const SPAN_ID_HEX = 16;
/** IDS_HEX: a request's trace-id and parent-id side by side, as Outcome.trace holds them. */
export const IDS_HEX = TRACE_ID_HEX + SPAN_ID_HEX;
const HEADER_NAME = 'traceparent';
/** VALUE_OFFSET: where the trace-id starts in the header line: after "traceparent: 00-". */
const VALUE_OFFSET = `${HEADER_NAME}: ${TRACEPARENT_VERSION}-`.length;

/** traceparentHeader: the header a traced request is prepared with, IDs zeroed until it is sent. */
export function traceparentHeader(sampled: boolean): [name: string, value: string] {
  return [HEADER_NAME, `${TRACEPARENT_VERSION}-${'0'.repeat(TRACE_ID_HEX)}-${'0'.repeat(SPAN_ID_HEX)}-${sampled ? '01' : '00'}`];
}

/** POOL_IDS: IDs drawn from the OS per refill, so the syscall is paid once per this many requests. */
const POOL_IDS = 512;
const ID_BYTES = IDS_HEX / 2;

/** TraceIds hands out fresh trace-id and parent-id pairs, as 48 hex characters. */
export class TraceIds {
  private readonly pool = Buffer.alloc(POOL_IDS * ID_BYTES);
  private next = POOL_IDS;

  /** take: a new pair; neither half is ever all zeros, which the spec makes invalid. */
  take(): string {
    for (;;) {
      if (this.next === POOL_IDS) {
        randomFillSync(this.pool);
        this.next = 0;
      }
      const at = this.next++ * ID_BYTES;
      const hex = this.pool.toString('hex', at, at + ID_BYTES);
      if (!isZero(hex, 0, TRACE_ID_HEX) && !isZero(hex, TRACE_ID_HEX, IDS_HEX)) return hex;
    }
  }
}

function isZero(hex: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (hex.charCodeAt(i) !== 0x30) return false;
  return true;
}

/**
 * stampTraceparent writes `ids` (TraceIds.take) into `bytes`, a request prepared with
 * traceparentHeader as the line after its request line; `bytes` must be this send's own copy.
 */
export function stampTraceparent(bytes: Buffer, ids: string): void {
  const at = bytes.indexOf(0x0d) + 2 + VALUE_OFFSET;
  // A guard on our own invariant, cheap next to the write: a request prepared otherwise would be
  // corrupted where the IDs land.
  if (bytes[at - 1] !== 0x2d || bytes[at - VALUE_OFFSET] !== 0x74 || bytes[at + TRACE_ID_HEX] !== 0x2d) throw new Error('stampTraceparent: the request was not prepared with a traceparent line');
  bytes.write(ids, at, TRACE_ID_HEX, 'latin1');
  bytes.write(ids.slice(TRACE_ID_HEX), at + TRACE_ID_HEX + 1, SPAN_ID_HEX, 'latin1');
}

/** traceIdOf, spanIdOf: the halves of a pair as TraceIds.take gives it. */
export const traceIdOf = (ids: string): string => ids.slice(0, TRACE_ID_HEX);
export const spanIdOf = (ids: string): string => ids.slice(TRACE_ID_HEX);
