// A log's lines, read for `loadtest model`: a gzip file streamed (uncompressed as it comes), a plain
// file's lines from a byte range of it (the whole file, or one part of it, so that parts of one
// big log can be read at once).

import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

/** CHUNK_BYTES: one read of a plain file: a log is read once, front to back, and each read costs a turn of the event loop. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * eachLine: a stream's lines (a gzip file's), split on the bytes and handed over synchronously, chunk by chunk
 * (readline's per-line events, or an async generator's per-line promise, cost more than the
 * parsing). Read as latin1, byte for byte: a log's request targets are ASCII, non-ASCII
 * percent-encoded, and the parsers decode those themselves. A CR before the LF is dropped.
 */
export async function eachLine(stream: Readable, onLine: (line: string) => void): Promise<void> {
  let rest: Buffer | null = null;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const buffer: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let end = buffer.indexOf(10, start); end >= 0; end = buffer.indexOf(10, start)) {
      onLine(buffer.toString('latin1', start, end > start && buffer[end - 1] === 13 ? end - 1 : end));
      start = end + 1;
    }
    rest = start < buffer.length ? buffer.subarray(start) : null;
  }
  if (rest) onLine(rest.toString('latin1'));
}

/** gunzipped: a gzip file's bytes, uncompressed as they are read (in small reads: each allocates its own buffer). */
export function gunzipped(file: string): Readable {
  return createReadStream(file, { highWaterMark: 64 * 1024 }).pipe(createGunzip());
}

/** logKind: whether a file is gzip (by its magic bytes, whatever its name) and its size on disk. */
export async function logKind(file: string): Promise<{ gzip: boolean; bytes: number }> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return { gzip: bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b, bytes: (await handle.stat()).size };
  } finally {
    await handle.close();
  }
}

/** byteRanges: a file of `bytes` cut into `parts` ranges of about equal size, [start, end) each. */
export function byteRanges(bytes: number, parts: number): Array<{ start: number; end: number }> {
  return Array.from({ length: parts }, (_, k) => ({ start: Math.floor((bytes * k) / parts), end: Math.floor((bytes * (k + 1)) / parts) }));
}

/**
 * eachLineIn: the lines of a plain file that start in [start, end), as eachLine hands them over.
 * A line belongs to the range its first byte is in: a range starting mid-line leaves that line to
 * the range before, and a range reads past its end to finish its last line. So the ranges of
 * byteRanges, read apart, give every line exactly once.
 */
export async function eachLineIn(file: string, start: number, end: number, onLine: (line: string) => void): Promise<void> {
  const handle = await open(file, 'r');
  try {
    // One buffer, reused: a read per chunk allocating its own would leave the process holding
    // hundreds of megabytes the allocator never hands back. A line longer than the buffer grows it.
    let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    // From the byte before the range: if it ends a line, the range's first line starts at `start`.
    let position = start > 0 ? start - 1 : 0;
    let skipping = start > 0;
    /** held: bytes at the front of the buffer: the unfinished line from the read before. */
    let held = 0;
    for (;;) {
      if (held === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
      const { bytesRead } = await handle.read(buffer, held, buffer.length - held, position);
      /** base: the file offset of buffer[0]. */
      const base = position - held;
      position += bytesRead;
      const filled = buffer.subarray(0, held + bytesRead);
      let from = 0;
      for (let nl = filled.indexOf(10, from); nl >= 0; nl = filled.indexOf(10, from)) {
        if (skipping) skipping = false;
        else if (base + from >= end) return;
        else onLine(filled.toString('latin1', from, nl > from && filled[nl - 1] === 13 ? nl - 1 : nl));
        from = nl + 1;
      }
      if (bytesRead === 0) {
        if (!skipping && from < filled.length && base + from < end) onLine(filled.toString('latin1', from));
        return;
      }
      filled.copy(buffer, 0, from);
      held = filled.length - from;
    }
  } finally {
    await handle.close();
  }
}
