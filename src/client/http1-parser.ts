// An HTTP/1.1 response parser for the load path: it finds the status, the framing headers
// (content-length, transfer-encoding, connection) and the end of the body, counting body bytes
// without keeping them. Framing follows RFC 9112 §6.3: no body for HEAD, 1xx, 204 and 304; else
// chunked when transfer-encoding ends in chunked; else content-length; else until the connection
// closes. Interim 1xx responses (100 Continue, 103 Early Hints) are skipped.
//
// It is as strict as llhttp (Node's and undici's parser) with its lenient flags off, which is
// Node's default: every line ends in CRLF, and a bare LF is refused (llhttp: "Missing expected CR
// after header value"); a header name is a token directly followed by the colon (no space before
// it); obsolete line folding is refused; a response with both Transfer-Encoding and
// Content-Length is refused rather than framed one way or the other (RFC 9112 §6.3: a request
// smuggling vector); a repeated or malformed Content-Length is refused; chunk sizes and chunk
// extensions follow the grammar. Where we are stricter than llhttp on purpose (only HTTP/1.0 and
// HTTP/1.1, no status below 100), __tests__/http1-differential.test.ts lists it.
//
// Every refusal throws a ParseError whose `reason` is one of PARSE_REASONS, a stable string.
//
// Why not llhttp? Node's own binding is internal and undici's copy is private; measured on this
// machine, undici's request path costs about a third of the generator's time per request, and a
// parser that ignores everything but framing is the difference between ~1.1× and ~1.6× autocannon.

import type { Keep, KeptResponse } from '../flow/response.js';

const CR = 13;
const LF = 10;
const SP = 32;
const HTAB = 9;
const COLON = 58;
const SEMICOLON = 59;
const EQUALS = 61;
const DQUOTE = 34;
const BACKSLASH = 92;
/** MAX_HEAD_BYTES: a response head (or trailer section) larger than this is refused as a protocol error (Node's default is 16 KB). */
export const MAX_HEAD_BYTES = 64 * 1024;
/** MAX_CHUNK_LINE_BYTES: a chunk-size line longer than this is refused (Node limits chunk extensions to 16 KiB). */
export const MAX_CHUNK_LINE_BYTES = 16 * 1024;

export const PARSE_REASONS = [
  'head too large',
  'trailers too large',
  'bare LF',
  'CR without LF',
  'invalid status line',
  'unsupported HTTP version',
  'invalid status code',
  'obsolete line folding',
  'space before colon',
  'invalid header name',
  'invalid header value',
  'invalid Content-Length',
  'duplicate Content-Length',
  'both Transfer-Encoding and Content-Length',
  'framing header in trailers',
  'invalid chunk size',
  'invalid chunk extension',
  'chunk line too long',
  'missing CRLF after chunk data',
] as const;
export type ParseReason = (typeof PARSE_REASONS)[number];

/** ParseError: the server's bytes are not valid HTTP/1.1; `reason` says which rule they broke. */
export class ParseError extends Error {
  readonly code = 'HPE_INVALID';
  constructor(readonly reason: ParseReason) {
    super(reason);
    this.name = 'ParseError';
  }
}

/** TOKEN[byte] is 1 for tchar (RFC 9110 §5.6.2). */
const TOKEN = new Uint8Array(256);
for (const c of "!#$%&'*+-.^_`|~") TOKEN[c.charCodeAt(0)] = 1;
for (let c = 48; c <= 57; c++) TOKEN[c] = 1;
for (let c = 65; c <= 90; c++) TOKEN[c] = 1;
for (let c = 97; c <= 122; c++) TOKEN[c] = 1;
/** FIELD[byte] is 1 for a byte allowed in a field value (VCHAR, obs-text, SP, HTAB). */
const FIELD = new Uint8Array(256);
FIELD[HTAB] = 1;
FIELD.fill(1, 0x20, 0x7f);
FIELD.fill(1, 0x80, 0x100);
/** HEX[byte] is the digit's value plus one, 0 for a byte that is not a hex digit. */
const HEX = new Uint8Array(256);
for (let c = 0; c < 10; c++) HEX[48 + c] = c + 1;
for (let c = 0; c < 6; c++) HEX[65 + c] = HEX[97 + c] = c + 11;

const enum State {
  Head,
  Length,
  ChunkSize,
  ChunkExtension,
  ChunkSizeLF,
  ChunkData,
  ChunkDataEnd,
  Trailers,
  UntilClose,
  Done,
}

/** Where the chunk-extension grammar is: `;` name [ `=` ( token | quoted-string ) ]. */
const enum Ext {
  NameStart,
  Name,
  ValueStart,
  Token,
  Quoted,
  QuotedEscape,
  AfterQuoted,
}

export interface ParsedResponse {
  status: number;
  bodyBytes: number;
  /** keepAlive: the connection may carry another request. */
  keepAlive: boolean;
  /** kept: the head and body, when start() asked for them (a flow step that captures or checks). */
  kept?: KeptResponse;
}


export class ResponseParser {
  /**
   * work counts the bytes scanned and copied while collecting a head or trailer section that
   * arrived in pieces, so tests can check the work is linear in its size.
   */
  work = 0;
  private state = State.Done;
  /** pieces of a head (or trailer section) that has not ended yet, and their total length. */
  private pieces: Buffer[] = [];
  private piecesLength = 0;
  /** match: how much of CR LF CR LF ends the bytes collected so far (0–3). */
  private match = 0;
  private headRequest = false;
  private status = 0;
  private keepAlive = true;
  private remaining = 0;
  private bodyBytes = 0;
  private chunkDigits = 0;
  private chunkLine = 0;
  private ext = Ext.NameStart;
  /** received: some byte of a response (even an interim 1xx) has arrived. */
  private received = false;
  /** keep: what of this response to keep (null: nothing, the load path's usual case). */
  private keep: Keep | null = null;
  private keptHead: Buffer | null = null;
  private keptBody: Buffer[] = [];
  private keptBodyBytes = 0;
  private truncated = false;

  /**
   * start prepares for the response to a request; `head` is true for HEAD, whose response has no
   * body. `keep` asks for the head and the body (up to a cap) to be kept, for a step's captures and checks.
   */
  start(head: boolean, keep: Keep | null = null): void {
    this.keep = keep;
    if (keep) {
      this.keptHead = null;
      this.keptBody = [];
      this.keptBodyBytes = 0;
      this.truncated = false;
    }
    this.state = State.Head;
    this.pieces = [];
    this.piecesLength = 0;
    this.match = 0;
    this.headRequest = head;
    this.status = 0;
    this.keepAlive = true;
    this.remaining = 0;
    this.bodyBytes = 0;
    this.received = false;
  }

  /** started: the server has begun answering, so the request was not lost to a closing connection. */
  get started(): boolean {
    return this.received;
  }

  /**
   * execute consumes one chunk from the socket; it returns the response when it is complete (any
   * bytes after it are a protocol violation with one request in flight) and null while more is needed.
   * Throws ParseError on malformed input.
   */
  execute(chunk: Buffer): ParsedResponse | null {
    if (chunk.length > 0) this.received = true;
    let offset = 0;
    while (offset < chunk.length || this.state === State.Done) {
      switch (this.state) {
        case State.Head: {
          const consumed = this.readHead(chunk, offset);
          if (consumed < 0) return null;
          offset = consumed;
          break;
        }
        case State.Length: {
          const take = Math.min(this.remaining, chunk.length - offset);
          if (this.keep) this.keepBody(chunk, offset, take);
          this.bodyBytes += take;
          this.remaining -= take;
          offset += take;
          if (this.remaining === 0) this.state = State.Done;
          break;
        }
        case State.ChunkSize:
        case State.ChunkExtension:
        case State.ChunkSizeLF:
          offset = this.readChunkLine(chunk, offset);
          break;
        case State.ChunkData: {
          const take = Math.min(this.remaining, chunk.length - offset);
          if (this.keep) this.keepBody(chunk, offset, take);
          this.bodyBytes += take;
          this.remaining -= take;
          offset += take;
          if (this.remaining === 0) {
            this.state = State.ChunkDataEnd;
            this.remaining = 2;
          }
          break;
        }
        case State.ChunkDataEnd: {
          // The CRLF after each chunk's data.
          const byte = chunk[offset++];
          if (this.remaining === 2 && byte !== CR) throw new ParseError(byte === LF ? 'bare LF' : 'missing CRLF after chunk data');
          if (this.remaining === 1 && byte !== LF) throw new ParseError('CR without LF');
          if (--this.remaining === 0) this.startChunkLine();
          break;
        }
        case State.Trailers: {
          const consumed = this.readSection(chunk, offset);
          if (consumed < 0) return null;
          offset = consumed;
          break;
        }
        case State.UntilClose:
          if (this.keep) this.keepBody(chunk, offset, chunk.length - offset);
          this.bodyBytes += chunk.length - offset;
          offset = chunk.length;
          break;
        case State.Done:
          if (offset < chunk.length) this.keepAlive = false;
          return this.response();
      }
    }
    return null;
  }

  /** finishOnClose: the peer closed the connection; a body framed by the close is complete, anything else is cut short. */
  finishOnClose(): ParsedResponse | null {
    if (this.state === State.UntilClose) {
      this.state = State.Done;
      this.keepAlive = false;
      return this.response();
    }
    return null;
  }

  private response(): ParsedResponse {
    if (!this.keep) return { status: this.status, bodyBytes: this.bodyBytes, keepAlive: this.keepAlive };
    const body = this.keep.bodyCap < 0 ? null : this.keptBody.length === 1 ? this.keptBody[0] : Buffer.concat(this.keptBody, this.keptBodyBytes);
    return { status: this.status, bodyBytes: this.bodyBytes, keepAlive: this.keepAlive, kept: { head: this.keptHead, body, truncated: this.truncated } };
  }

  /** keepBody keeps chunk[offset, offset + length) of the body, up to the cap (the socket's chunks are not reused, so a view is enough). */
  private keepBody(chunk: Buffer, offset: number, length: number): void {
    const room = this.keep!.bodyCap - this.keptBodyBytes;
    if (room < 0 || length === 0) return;
    if (length > room) this.truncated = true;
    const take = Math.min(room, length);
    if (take > 0) {
      this.keptBody.push(chunk.subarray(offset, offset + take));
      this.keptBodyBytes += take;
    }
  }

  /** readHead returns the offset in `chunk` just past the head, or -1 when the head is not complete yet. */
  private readHead(chunk: Buffer, offset: number): number {
    if (this.piecesLength === 0) {
      // The common case: the whole head in one chunk.
      const end = chunk.indexOf('\r\n\r\n', offset, 'latin1');
      if (end >= 0) {
        if (end + 4 - offset > MAX_HEAD_BYTES) throw new ParseError('head too large');
        this.parseHead(chunk, offset, end + 2);
        return end + 4;
      }
    }
    return this.readSection(chunk, offset);
  }

  /**
   * readSection collects a head or trailer section that arrives in pieces: each byte is scanned
   * once for the CRLF CRLF that ends it (a bare LF is refused at once rather than waited on), and
   * the pieces are joined once, when it is complete. Returns the offset just past the section, or -1.
   */
  private readSection(chunk: Buffer, offset: number): number {
    const trailers = this.state === State.Trailers;
    let match = this.match;
    let at = offset;
    for (; at < chunk.length; at++) {
      const byte = chunk[at];
      if (byte === CR) {
        if (match === 1 || match === 3) throw new ParseError('CR without LF');
        match++;
      } else if (byte === LF) {
        if (match !== 1 && match !== 3) throw new ParseError('bare LF');
        if (match++ === 3) break;
      } else if (match === 1 || match === 3) throw new ParseError('CR without LF');
      else match = 0;
    }
    this.work += at - offset;
    const limit = trailers ? 'trailers too large' : 'head too large';
    if (at === chunk.length) {
      this.match = match;
      if (at > offset) this.pieces.push(chunk.subarray(offset));
      this.piecesLength += at - offset;
      if (this.piecesLength > MAX_HEAD_BYTES) throw new ParseError(limit);
      return -1;
    }
    const end = at + 1;
    const length = this.piecesLength + end - offset;
    if (length > MAX_HEAD_BYTES) throw new ParseError(limit);
    let section = chunk;
    let start = offset;
    if (this.piecesLength > 0) {
      this.pieces.push(chunk.subarray(offset, end));
      section = Buffer.concat(this.pieces, length);
      start = 0;
      this.work += length;
    }
    this.pieces = [];
    this.piecesLength = 0;
    this.match = 0;
    // The section ends at its last CRLF; the empty line after it is not part of it.
    if (trailers) {
      this.parseFields(section, start, start + length - 2, false);
      this.state = State.Done;
    } else this.parseHead(section, start, start + length - 2);
    return end;
  }

  /** parseHead parses the status line and header lines in buffer[start, end), `end` just past the last line's CRLF. */
  private parseHead(buffer: Buffer, start: number, end: number): void {
    // status-line = HTTP-version SP 3DIGIT SP [ reason-phrase ] CRLF (llhttp also takes a bare CR after the code).
    if (end - start < 14 || buffer[start] !== 72 || buffer[start + 1] !== 84 || buffer[start + 2] !== 84 || buffer[start + 3] !== 80 || buffer[start + 4] !== 47 || buffer[start + 6] !== 46) throw new ParseError('invalid status line');
    const major = buffer[start + 5] - 48;
    const minor = buffer[start + 7] - 48;
    if (major < 0 || major > 9 || minor < 0 || minor > 9 || buffer[start + 8] !== SP) throw new ParseError('invalid status line');
    if (major !== 1 || minor > 1) throw new ParseError('unsupported HTTP version');
    let status = 0;
    for (let i = 9; i < 12; i++) {
      const digit = buffer[start + i] - 48;
      if (digit < 0 || digit > 9) throw new ParseError('invalid status code');
      status = status * 10 + digit;
    }
    const after = buffer[start + 12];
    if (status < 100 || (after !== SP && after !== CR)) throw new ParseError('invalid status code');
    let p = start + 12;
    while (buffer[p] !== CR) {
      if (buffer[p] === LF) throw new ParseError('bare LF');
      p++;
    }
    if (buffer[p + 1] !== LF) throw new ParseError('CR without LF');
    this.status = status;
    this.parseFields(buffer, p + 2, end, true);
    // The final response's head replaces an interim one's.
    if (this.keep?.head) this.keptHead = buffer.subarray(start, end);
    if (status >= 100 && status < 200 && status !== 101) {
      // An interim response: the real one follows.
      this.state = State.Head;
      return;
    }
    if (this.headRequest || status === 204 || status === 304 || status === 101) {
      if (status === 101) this.keepAlive = false;
      this.state = State.Done;
    } else if (this.chunked !== null) {
      // Unless chunked is the last coding, the body runs to the close.
      if (this.chunked) this.startChunkLine();
      else {
        this.keepAlive = false;
        this.state = State.UntilClose;
      }
    } else if (this.contentLength >= 0) {
      this.remaining = this.contentLength;
      this.state = this.contentLength === 0 ? State.Done : State.Length;
    } else {
      this.keepAlive = false;
      this.state = State.UntilClose;
    }
    if (minor === 0) this.keepAlive &&= this.connectionToken === 'keep-alive';
    else if (this.connectionToken === 'close') this.keepAlive = false;
  }

  // Set by parseFields from the head's framing headers.
  private contentLength = -1;
  /** chunked: null without Transfer-Encoding, else whether chunked is its last coding. */
  private chunked: boolean | null = null;
  /** connectionToken: 'close' or 'keep-alive' when the Connection header lists it ('close' wins), else ''. */
  private connectionToken = '';

  /**
   * parseFields checks the field lines in buffer[p, end) (each ending in CRLF) and, for a head
   * (`framing`), records the framing headers; in trailers a framing header is refused.
   */
  private parseFields(buffer: Buffer, p: number, end: number, framing: boolean): void {
    let contentLength = -1;
    let transferEncoding: string | null = null;
    let connection: string | null = null;
    while (p < end) {
      const line = p;
      let byte = buffer[p];
      if (byte === SP || byte === HTAB) throw new ParseError('obsolete line folding');
      while (TOKEN[byte] === 1) byte = buffer[++p];
      if (byte !== COLON || p === line) throw new ParseError(spaceBeforeColon(buffer, line, p) ? 'space before colon' : 'invalid header name');
      const colon = p;
      byte = buffer[++p];
      while (byte === SP || byte === HTAB) byte = buffer[++p];
      const valueStart = p;
      while (FIELD[byte] === 1) byte = buffer[++p];
      if (byte !== CR) throw new ParseError(byte === LF ? 'bare LF' : 'invalid header value');
      if (buffer[p + 1] !== LF) throw new ParseError('CR without LF');
      const nameLength = colon - line;
      // Only framing headers matter; compare names by length first to skip the rest cheaply.
      if (nameLength === 14 || nameLength === 17 || nameLength === 10) {
        const name = buffer.toString('latin1', line, colon).toLowerCase();
        if (name === 'content-length') {
          if (!framing) throw new ParseError('framing header in trailers');
          if (contentLength >= 0) throw new ParseError('duplicate Content-Length');
          contentLength = contentLengthOf(buffer, valueStart, p);
        } else if (name === 'transfer-encoding') {
          if (!framing) throw new ParseError('framing header in trailers');
          const value = buffer.toString('latin1', valueStart, p);
          transferEncoding = transferEncoding === null ? value : `${transferEncoding}, ${value}`;
        } else if (name === 'connection' && framing) {
          const value = buffer.toString('latin1', valueStart, p);
          connection = connection === null ? value : `${connection}, ${value}`;
        }
      }
      p += 2;
    }
    if (!framing) return;
    if (contentLength >= 0 && transferEncoding !== null) throw new ParseError('both Transfer-Encoding and Content-Length');
    this.contentLength = contentLength;
    this.chunked = transferEncoding === null ? null : /(^|,)[ \t]*chunked[ \t]*$/i.test(transferEncoding);
    this.connectionToken = connection === null ? '' : /(^|,)[ \t]*close[ \t]*(,|$)/i.test(connection) ? 'close' : /(^|,)[ \t]*keep-alive[ \t]*(,|$)/i.test(connection) ? 'keep-alive' : '';
  }

  private startChunkLine(): void {
    this.state = State.ChunkSize;
    this.remaining = 0;
    this.chunkDigits = 0;
    this.chunkLine = 0;
  }

  /** readChunkLine reads chunk-size [ chunk-ext ] CRLF, byte by byte; it returns the offset it reached. */
  private readChunkLine(chunk: Buffer, offset: number): number {
    const start = offset;
    while (offset < chunk.length) {
      const byte = chunk[offset++];
      if (this.state === State.ChunkSize) {
        const digit = HEX[byte];
        if (digit !== 0) {
          this.remaining = this.remaining * 16 + digit - 1;
          this.chunkDigits++;
          if (this.remaining > Number.MAX_SAFE_INTEGER) throw new ParseError('invalid chunk size');
          continue;
        }
        if (this.chunkDigits === 0) throw new ParseError(byte === LF ? 'bare LF' : 'invalid chunk size');
        if (byte === SEMICOLON) {
          this.state = State.ChunkExtension;
          this.ext = Ext.NameStart;
        } else if (byte === CR) this.state = State.ChunkSizeLF;
        else throw new ParseError(byte === LF ? 'bare LF' : 'invalid chunk size');
      } else if (this.state === State.ChunkExtension) {
        this.extension(byte);
      } else {
        if (byte !== LF) throw new ParseError('CR without LF');
        this.chunkLine += offset - start;
        if (this.remaining === 0) {
          this.state = State.Trailers;
          // The CRLF of the last chunk line counts towards the CRLF CRLF that ends the trailers.
          this.match = 2;
        } else this.state = State.ChunkData;
        return offset;
      }
    }
    this.chunkLine += offset - start;
    if (this.chunkLine > MAX_CHUNK_LINE_BYTES) throw new ParseError('chunk line too long');
    return offset;
  }

  /** extension takes one byte of a chunk extension: `;` token [ `=` ( token | quoted-string ) ], repeated, then CR. */
  private extension(byte: number): void {
    switch (this.ext) {
      case Ext.NameStart:
        if (TOKEN[byte] === 1) this.ext = Ext.Name;
        else this.extensionError(byte);
        return;
      case Ext.Name:
      case Ext.Token:
      case Ext.AfterQuoted:
        if (TOKEN[byte] === 1 && this.ext !== Ext.AfterQuoted) return;
        if (byte === EQUALS && this.ext === Ext.Name) this.ext = Ext.ValueStart;
        else if (byte === SEMICOLON) this.ext = Ext.NameStart;
        else if (byte === CR) this.state = State.ChunkSizeLF;
        else this.extensionError(byte);
        return;
      case Ext.ValueStart:
        if (TOKEN[byte] === 1) this.ext = Ext.Token;
        else if (byte === DQUOTE) this.ext = Ext.Quoted;
        else if (byte === SEMICOLON) this.ext = Ext.NameStart;
        else if (byte === CR) this.state = State.ChunkSizeLF;
        else this.extensionError(byte);
        return;
      case Ext.Quoted:
        if (byte === DQUOTE) this.ext = Ext.AfterQuoted;
        else if (byte === BACKSLASH) this.ext = Ext.QuotedEscape;
        else if (FIELD[byte] !== 1) this.extensionError(byte);
        return;
      case Ext.QuotedEscape:
        if (FIELD[byte] !== 1) this.extensionError(byte);
        this.ext = Ext.Quoted;
        return;
    }
  }

  private extensionError(byte: number): never {
    throw new ParseError(byte === LF ? 'bare LF' : 'invalid chunk extension');
  }
}

/** spaceBeforeColon: the header name in buffer[line, p) is followed by whitespace and then the colon. */
function spaceBeforeColon(buffer: Buffer, line: number, p: number): boolean {
  if (p === line) return false;
  while (buffer[p] === SP || buffer[p] === HTAB) p++;
  return buffer[p] === COLON;
}

/** contentLengthOf reads 1*DIGIT followed only by spaces (llhttp takes trailing SP, not HTAB). */
function contentLengthOf(buffer: Buffer, start: number, end: number): number {
  while (end > start && buffer[end - 1] === SP) end--;
  if (end === start) throw new ParseError('invalid Content-Length');
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = buffer[i] - 48;
    if (digit < 0 || digit > 9) throw new ParseError('invalid Content-Length');
    value = value * 10 + digit;
    // Beyond 2^53 the count would be inexact (llhttp's limit is 2^64, a body that never arrives either way).
    if (value > Number.MAX_SAFE_INTEGER) throw new ParseError('invalid Content-Length');
  }
  return value;
}
