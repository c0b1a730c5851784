// A request as HTTP/2 sends it, read from the one form every request is written in: the HTTP/1.1
// bytes client/request.ts prepares (and a template writes per hit). One writer for both protocols,
// so an endpoint's headers, a template's values, a flow's captures and cookies cannot differ
// between them. Pure.
//
// The head is ours, so it is well formed: "METHOD SP path SP HTTP/1.1", then "Name: value" lines.
// What HTTP/2 has no place for is left out (RFC 9113 §8.2.2: Connection and the headers it names,
// Keep-Alive, Proxy-Connection, Transfer-Encoding, Upgrade; TE unless "trailers"); Host becomes
// :authority; names are lower-cased, as HTTP/2 requires.

export interface H2Message {
  headers: Record<string, string>;
  /** body: the request body; null when there is none (the stream ends with the headers). */
  body: Buffer | null;
}

const CONNECTION_SPECIFIC = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']);

/** h2Message: `bytes` (a request as HTTP/1.1 writes it) as HTTP/2 headers and a body, for `scheme`. */
export function h2Message(bytes: Buffer, scheme: 'http' | 'https'): H2Message {
  let end = bytes.indexOf('\r\n\r\n');
  if (end < 0) end = bytes.length;
  const head = bytes.toString('latin1', 0, end);
  const lineEnd = head.indexOf('\r\n');
  const requestLine = lineEnd < 0 ? head : head.slice(0, lineEnd);
  const firstSpace = requestLine.indexOf(' ');
  const lastSpace = requestLine.lastIndexOf(' ');
  const headers: Record<string, string> = { ':method': requestLine.slice(0, firstSpace), ':path': requestLine.slice(firstSpace + 1, lastSpace), ':scheme': scheme };
  let at = lineEnd < 0 ? head.length : lineEnd + 2;
  while (at < head.length) {
    let next = head.indexOf('\r\n', at);
    if (next < 0) next = head.length;
    const colon = head.indexOf(':', at);
    if (colon > at && colon < next) {
      const name = head.slice(at, colon).toLowerCase();
      const value = head.slice(colon + 1, next).trim();
      if (name === 'host') headers[':authority'] = value;
      else if (!CONNECTION_SPECIFIC.has(name) && !(name === 'te' && value.toLowerCase() !== 'trailers')) {
        // One line per name is what client/request.ts writes; a repeat would be joined as HTTP/1.1 reads it.
        const before = headers[name];
        headers[name] = before === undefined ? value : `${before}${name === 'cookie' ? '; ' : ', '}${value}`;
      }
    }
    at = next + 2;
  }
  const bodyStart = end + 4;
  return { headers, body: bodyStart < bytes.length ? bytes.subarray(bodyStart) : null };
}
