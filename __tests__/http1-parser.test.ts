import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { MAX_HEAD_BYTES, PARSE_REASONS, ParseError, ResponseParser, type ParsedResponse } from '../src/client/http1-parser.js';

/** parse feeds `pieces` in order and returns the response, or 'incomplete' / 'error: …'. */
function parse(pieces: Buffer[], head = false): ParsedResponse | string {
  const parser = new ResponseParser();
  parser.start(head);
  try {
    for (const piece of pieces) {
      const done = parser.execute(piece);
      if (done) return done;
    }
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return `error: ${error.reason}`;
  }
  return parser.finishOnClose() ?? 'incomplete';
}

const b = (text: string) => Buffer.from(text, 'latin1');

const CASES: Array<[string, string, ParsedResponse | string, boolean]> = [
  ['content-length', 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello', { status: 200, bodyBytes: 5, keepAlive: true }, false],
  ['zero length', 'HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n', { status: 200, bodyBytes: 0, keepAlive: true }, false],
  ['no reason phrase', 'HTTP/1.1 204\r\n\r\n', { status: 204, bodyBytes: 0, keepAlive: true }, false],
  ['chunked with extension and trailer', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=x\r\nhello\r\nA\r\n0123456789\r\n0\r\nX-Checksum: 1\r\n\r\n', { status: 200, bodyBytes: 15, keepAlive: true }, false],
  ['chunked after another coding', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n', { status: 200, bodyBytes: 3, keepAlive: true }, false],
  ['chunked in a second Transfer-Encoding header', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\ntransfer-encoding: CHUNKED\r\n\r\n3\r\nabc\r\n0\r\n\r\n', { status: 200, bodyBytes: 3, keepAlive: true }, false],
  ['quoted chunk extension', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;a="q \\" r";b;c=\r\nabc\r\n0\r\n\r\n', { status: 200, bodyBytes: 3, keepAlive: true }, false],
  ['leading zeros in a chunk size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n000000000000000000003\r\nabc\r\n0\r\n\r\n', { status: 200, bodyBytes: 3, keepAlive: true }, false],
  ['optional whitespace and obs-text in values', 'HTTP/1.1 200 OK\r\nX-A:\t caf\xe9 \t\r\nX-Empty:\r\nContent-Length:2  \r\n\r\nok', { status: 200, bodyBytes: 2, keepAlive: true }, false],
  ['connection close', 'HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\nContent-Length: 2\r\n\r\nno', { status: 500, bodyBytes: 2, keepAlive: false }, false],
  ['HTTP/1.0 closes by default', 'HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok', { status: 200, bodyBytes: 2, keepAlive: false }, false],
  ['HTTP/1.0 keep-alive', 'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok', { status: 200, bodyBytes: 2, keepAlive: true }, false],
  ['body until close', 'HTTP/1.1 200 OK\r\n\r\nstreamed until the end', { status: 200, bodyBytes: 22, keepAlive: false }, false],
  ['a transfer-encoding that is not chunked runs to the close', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nabcdef', { status: 200, bodyBytes: 6, keepAlive: false }, false],
  ['304 has no body', 'HTTP/1.1 304 Not Modified\r\nContent-Length: 100\r\n\r\n', { status: 304, bodyBytes: 0, keepAlive: true }, false],
  ['HEAD has no body', 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n', { status: 200, bodyBytes: 0, keepAlive: true }, true],
  ['interim 100 and 103 are skipped', 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 1\r\n\r\nx', { status: 201, bodyBytes: 1, keepAlive: true }, false],
  ['not HTTP', 'SSH-2.0-OpenSSH_9.2\r\n\r\n', 'error: invalid status line', false],
  ['bad status', 'HTTP/1.1 2x0 OK\r\n\r\n', 'error: invalid status code', false],
  ['four-digit status', 'HTTP/1.1 2000 OK\r\n\r\n', 'error: invalid status code', false],
  ['HTTP/1.2', 'HTTP/1.2 200 OK\r\nContent-Length: 2\r\n\r\nok', 'error: unsupported HTTP version', false],
  ['HTTP/2.0 in an HTTP/1 response line', 'HTTP/2.0 200 OK\r\nContent-Length: 2\r\n\r\nok', 'error: unsupported HTTP version', false],
  ['HTTP/1.X', 'HTTP/1.X 200 OK\r\nContent-Length: 2\r\n\r\nok', 'error: invalid status line', false],
  ['conflicting lengths', 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab', 'error: duplicate Content-Length', false],
  ['repeated equal lengths (llhttp refuses them too)', 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab', 'error: duplicate Content-Length', false],
  ['a length that is a list', 'HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\nab', 'error: invalid Content-Length', false],
  ['an empty length', 'HTTP/1.1 200 OK\r\nContent-Length: \r\n\r\nab', 'error: invalid Content-Length', false],
  ['Transfer-Encoding and Content-Length', 'HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n', 'error: both Transfer-Encoding and Content-Length', false],
  ['Transfer-Encoding and Content-Length, even on a 204', 'HTTP/1.1 204 No Content\r\nTransfer-Encoding: gzip\r\nContent-Length: 0\r\n\r\n', 'error: both Transfer-Encoding and Content-Length', false],
  ['space before the colon', 'HTTP/1.1 200 OK\r\nContent-Length : 2\r\n\r\nok', 'error: space before colon', false],
  ['obsolete line folding', 'HTTP/1.1 200 OK\r\nX-A: a\r\n b\r\nContent-Length: 2\r\n\r\nok', 'error: obsolete line folding', false],
  ['a header line without a colon', 'HTTP/1.1 200 OK\r\nX-A\r\nContent-Length: 2\r\n\r\nok', 'error: invalid header name', false],
  ['a control byte in a value', 'HTTP/1.1 200 OK\r\nX-A: a\x00b\r\nContent-Length: 2\r\n\r\nok', 'error: invalid header value', false],
  ['CR without LF', 'HTTP/1.1 200 OK\r\nX-A: a\rb\r\nContent-Length: 2\r\n\r\nok', 'error: CR without LF', false],
  ['bare LF head', 'HTTP/1.1 200 OK\nContent-Length: 2\n\nok', 'error: bare LF', false],
  ['bare LF after a header', 'HTTP/1.1 200 OK\r\nContent-Length: 2\n\r\nok', 'error: bare LF', false],
  ['bare LF ending the head', 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\nok', 'error: bare LF', false],
  ['bare LF after a chunk size (was accepted before)', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\r\n0\r\n\r\n', 'error: bare LF', false],
  ['bare LF after chunk data', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\n0\r\n\r\n', 'error: bare LF', false],
  ['bare LF ending the trailers', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\n', 'error: bare LF', false],
  ['bad chunk size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 'error: invalid chunk size', false],
  ['space after a chunk size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3 \r\nabc\r\n0\r\n\r\n', 'error: invalid chunk size', false],
  ['chunk size overflow', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\nabc\r\n0\r\n\r\n', 'error: invalid chunk size', false],
  ['bad chunk extension', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3; a=b\r\nabc\r\n0\r\n\r\n', 'error: invalid chunk extension', false],
  ['missing CRLF after chunk data', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n', 'error: missing CRLF after chunk data', false],
  ['a malformed trailer', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nbad trailer\r\n\r\n', 'error: invalid header name', false],
  ['Content-Length in the trailers', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nContent-Length: 5\r\n\r\n', 'error: framing header in trailers', false],
  ['truncated body', 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort', 'incomplete', false],
];

describe('ResponseParser', () => {
  test.each(CASES)('%s', (_, text, expected, head) => {
    expect(parse([b(text)], head)).toEqual(expected);
  });

  test('bytes after a complete response mean the connection is not reused', () => {
    expect(parse([b('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA')])).toEqual({ status: 200, bodyBytes: 2, keepAlive: false });
  });

  test('a head larger than 64 KB is refused, in pieces or whole', () => {
    const huge = `HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(70_000)}`;
    expect(parse([b(huge.slice(0, 40_000)), b(huge.slice(40_000))])).toBe('error: head too large');
    // Complete heads just over the limit: in one piece (was accepted before), and in two.
    const complete = b(`HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(65_600 - 30)}\r\nContent-Length: 0\r\n\r\n`);
    expect(complete.length).toBeGreaterThan(MAX_HEAD_BYTES);
    expect(parse([complete])).toBe('error: head too large');
    expect(parse([complete.subarray(0, 100), complete.subarray(100)])).toBe('error: head too large');
    // A head of exactly the limit is accepted either way.
    const fill = MAX_HEAD_BYTES - b('HTTP/1.1 200 OK\r\nX-Big: \r\nContent-Length: 0\r\n\r\n').length;
    const limit = b(`HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(fill)}\r\nContent-Length: 0\r\n\r\n`);
    expect(limit.length).toBe(MAX_HEAD_BYTES);
    expect(parse([limit])).toEqual({ status: 200, bodyBytes: 0, keepAlive: true });
    expect(parse([limit.subarray(0, 5), limit.subarray(5)])).toEqual({ status: 200, bodyBytes: 0, keepAlive: true });
  });

  test('a head arriving a byte at a time costs work linear in its size, not quadratic', () => {
    const fill = MAX_HEAD_BYTES - b('HTTP/1.1 200 OK\r\nX-Big: \r\nContent-Length: 2\r\n\r\n').length;
    const bytes = b(`HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(fill)}\r\nContent-Length: 2\r\n\r\nok`);
    const parser = new ResponseParser();
    parser.start(false);
    let response: ParsedResponse | null = null;
    for (let i = 0; i < bytes.length && !response; i++) response = parser.execute(bytes.subarray(i, i + 1));
    expect(response).toEqual({ status: 200, bodyBytes: 2, keepAlive: true });
    // Each byte is scanned once and copied once (the old re-concatenation copied ~2 GB here).
    expect(parser.work).toBeLessThanOrEqual(2 * MAX_HEAD_BYTES);
    // A head in one piece needs neither.
    const whole = new ResponseParser();
    whole.start(false);
    expect(whole.execute(bytes)).toEqual({ status: 200, bodyBytes: 2, keepAlive: true });
    expect(whole.work).toBe(0);
  });

  test('each refusal is a ParseError with one of the stable reasons', () => {
    for (const [, , expected] of CASES) {
      if (typeof expected !== 'string' || !expected.startsWith('error: ')) continue;
      expect(PARSE_REASONS).toContain(expected.slice('error: '.length));
    }
    const parser = new ResponseParser();
    parser.start(false);
    expect(() => parser.execute(b('HTTP/1.1 200 OK\n\n'))).toThrow(ParseError);
  });

  test('every split of the bytes gives the same answer (property)', () => {
    const complete = CASES.filter(([, , expected]) => typeof expected !== 'string');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: complete.length - 1 }), fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 30 }), (index, cuts) => {
        const [, text, expected, head] = complete[index];
        const bytes = b(text);
        const pieces: Buffer[] = [];
        let at = 0;
        for (const cut of cuts) {
          if (at >= bytes.length) break;
          pieces.push(bytes.subarray(at, Math.min(bytes.length, at + (cut % 7) + 1)));
          at += (cut % 7) + 1;
        }
        if (at < bytes.length) pieces.push(bytes.subarray(at));
        expect(parse(pieces, head)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  test('byte by byte, chunked framing still adds up', () => {
    const text = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1a\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n\r\n';
    expect(parse([...b(text)].map((byte) => Buffer.from([byte])))).toEqual({ status: 200, bodyBytes: 26, keepAlive: true });
  });
});
