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
const IDS_HEX = TRACE_ID_HEX + SPAN_ID_HEX;
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
const TRACE_ID_BYTES = TRACE_ID_HEX / 2;
/** HEX_DIGITS: each byte's two lower-case hex digits, as character codes: 2b and 2b + 1. */
const HEX_DIGITS = Uint8Array.from({ length: 512 }, (_, i) => '0123456789abcdef'.charCodeAt(i % 2 === 0 ? (i >> 1) >> 4 : (i >> 1) & 15));

/** TraceIds stamps fresh trace-id and parent-id pairs into traced requests. */
export class TraceIds {
  private readonly pool = Buffer.alloc(POOL_IDS * ID_BYTES);
  private next = POOL_IDS;

  /**
   * stamp writes a fresh pair over the IDs of `bytes`, a request prepared with traceparentHeader
   * as the line after its request line (this send's own copy), digit by digit from the pool: no
   * string is made per request. Neither half is ever all zeros, which the spec makes invalid.
   */
  stamp(bytes: Buffer): void {
    const at = valueAt(bytes);
    let from = this.draw();
    while (isZero(this.pool, from, from + TRACE_ID_BYTES) || isZero(this.pool, from + TRACE_ID_BYTES, from + ID_BYTES)) from = this.draw();
    for (let i = 0; i < ID_BYTES; i++) {
      const b = this.pool[from + i] << 1;
      // The parent-id follows the trace-id after a '-'.
      const to = at + 2 * i + (i < TRACE_ID_BYTES ? 0 : 1);
      bytes[to] = HEX_DIGITS[b];
      bytes[to + 1] = HEX_DIGITS[b + 1];
    }
  }

  /** draw: where the next unused pair starts in the pool, refilled from the OS when spent. */
  private draw(): number {
    if (this.next === POOL_IDS) {
      randomFillSync(this.pool);
      this.next = 0;
    }
    return this.next++ * ID_BYTES;
  }
}

function isZero(pool: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (pool[i] !== 0) return false;
  return true;
}

/** valueAt: where a traced request's trace-id starts: after "traceparent: 00-", the line after the request line. */
function valueAt(bytes: Buffer): number {
  const at = bytes.indexOf(0x0d) + 2 + VALUE_OFFSET;
  // A guard on our own invariant, cheap next to the write: a request prepared otherwise would be
  // corrupted where the IDs land.
  if (bytes[at - 1] !== 0x2d || bytes[at - VALUE_OFFSET] !== 0x74 || bytes[at + TRACE_ID_HEX] !== 0x2d) throw new Error('trace context: the request was not prepared with a traceparent line');
  return at;
}

/** idsIn: the trace-id and parent-id a stamped request carries, side by side as 48 hex characters (read only for the requests a report keeps). */
export function idsIn(bytes: Buffer): string {
  const at = valueAt(bytes);
  return bytes.toString('latin1', at, at + TRACE_ID_HEX) + bytes.toString('latin1', at + TRACE_ID_HEX + 1, at + TRACE_ID_HEX + 1 + SPAN_ID_HEX);
}

/** traceIdOf, spanIdOf: the halves of a pair as idsIn reads it. */
export const traceIdOf = (ids: string): string => ids.slice(0, TRACE_ID_HEX);
export const spanIdOf = (ids: string): string => ids.slice(TRACE_ID_HEX);
