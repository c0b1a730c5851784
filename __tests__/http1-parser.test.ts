import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { ResponseParser, type ParsedResponse } from '../src/client/http1-parser.js';

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
    return `error: ${(error as Error).message}`;
  }
  return parser.finishOnClose() ?? 'incomplete';
}

const b = (text: string) => Buffer.from(text, 'latin1');

const CASES: Array<[string, string, ParsedResponse | string, boolean]> = [
  ['content-length', 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello', { status: 200, bodyBytes: 5, keepAlive: true }, false],
  ['zero length', 'HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n', { status: 200, bodyBytes: 0, keepAlive: true }, false],
  ['no reason phrase', 'HTTP/1.1 204\r\n\r\n', { status: 204, bodyBytes: 0, keepAlive: true }, false],
  ['chunked with extension and trailer', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=x\r\nhello\r\nA\r\n0123456789\r\n0\r\nX-Checksum: 1\r\n\r\n', { status: 200, bodyBytes: 15, keepAlive: true }, false],
  ['chunked wins over content-length', 'HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: gzip, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n', { status: 200, bodyBytes: 3, keepAlive: true }, false],
  ['connection close', 'HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\nContent-Length: 2\r\n\r\nno', { status: 500, bodyBytes: 2, keepAlive: false }, false],
  ['HTTP/1.0 closes by default', 'HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok', { status: 200, bodyBytes: 2, keepAlive: false }, false],
  ['HTTP/1.0 keep-alive', 'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok', { status: 200, bodyBytes: 2, keepAlive: true }, false],
  ['body until close', 'HTTP/1.1 200 OK\r\n\r\nstreamed until the end', { status: 200, bodyBytes: 22, keepAlive: false }, false],
  ['a transfer-encoding that is not chunked runs to the close, whatever content-length says', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nContent-Length: 2\r\n\r\nabcdef', { status: 200, bodyBytes: 6, keepAlive: false }, false],
  ['304 has no body', 'HTTP/1.1 304 Not Modified\r\nContent-Length: 100\r\n\r\n', { status: 304, bodyBytes: 0, keepAlive: true }, false],
  ['HEAD has no body', 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n', { status: 200, bodyBytes: 0, keepAlive: true }, true],
  ['interim 100 and 103 are skipped', 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 1\r\n\r\nx', { status: 201, bodyBytes: 1, keepAlive: true }, false],
  ['not HTTP', 'SSH-2.0-OpenSSH_9.2\r\n\r\n', 'error: not an HTTP/1.x status line', false],
  ['bad status', 'HTTP/1.1 2x0 OK\r\n\r\n', 'error: invalid status code', false],
  ['conflicting lengths', 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab', 'error: invalid content-length', false],
  ['bad chunk size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 'error: invalid chunk size', false],
  ['truncated body', 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort', 'incomplete', false],
];

describe('ResponseParser', () => {
  test.each(CASES)('%s', (_, text, expected, head) => {
    expect(parse([b(text)], head)).toEqual(expected);
  });

  test('bytes after a complete response mean the connection is not reused', () => {
    expect(parse([b('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA')])).toEqual({ status: 200, bodyBytes: 2, keepAlive: false });
  });

  test('a head larger than 64 KB is refused', () => {
    const huge = `HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(70_000)}`;
    expect(parse([b(huge.slice(0, 40_000)), b(huge.slice(40_000))])).toBe('error: response head too large');
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
