// Reading a kept response head (client/http1-parser.ts keeps it only for steps that need it):
// the values of one header, by name without case. The head was already checked by the parser, so
// this only splits lines. Pure.

/** headerValues: every value of header `name` in `head` (status line and header lines, latin1), in order. */
export function headerValues(head: Buffer, name: string): string[] {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  const text = head.toString('latin1');
  let at = text.indexOf('\r\n') + 2;
  while (at > 1 && at < text.length) {
    const end = text.indexOf('\r\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).toLowerCase() === wanted) values.push(line.slice(colon + 1).trim());
    if (end < 0) break;
    at = end + 2;
  }
  return values;
}
