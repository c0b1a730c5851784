// JSON paths for captures and checks: `$`, then `.name`, `['name']` / `["name"]` and `[n]` (a
// negative n counts from the end). No wildcards, filters or recursion: a capture takes one value,
// and a path that could match many would have to pick one silently. Parsed once, when the config
// is read, so a bad path is a config error on its line; evaluated per response. Pure.

export type JsonPathSegment = string | number;

export class JsonPathError extends Error {}

/** parseJsonPath: the path's segments; throws a JsonPathError saying what is wrong and where. */
export function parseJsonPath(text: string): JsonPathSegment[] {
  if (!text.startsWith('$')) throw new JsonPathError(`a JSON path starts with $ (like $.token or $.items[0].id), got '${text}'`);
  const segments: JsonPathSegment[] = [];
  let at = 1;
  while (at < text.length) {
    const c = text[at];
    if (c === '.') {
      const match = /^[A-Za-z_$][\w$-]*/.exec(text.slice(at + 1));
      if (!match) throw new JsonPathError(`expected a name after '.' at column ${at + 2} of '${text}' (quote other names: $['my key'])`);
      segments.push(match[0]);
      at += 1 + match[0].length;
    } else if (c === '[') {
      const rest = text.slice(at);
      const index = /^\[\s*(-?\d+)\s*\]/.exec(rest);
      const quoted = /^\[\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*\]/.exec(rest);
      if (index) {
        segments.push(Number(index[1]));
        at += index[0].length;
      } else if (quoted) {
        segments.push((quoted[1] ?? quoted[2]).replace(/\\(.)/g, '$1'));
        at += quoted[0].length;
      } else if (/^\[\s*\*/.test(rest) || /^\[\s*\?/.test(rest)) throw new JsonPathError(`wildcards and filters are not supported in '${text}': a capture takes one value; name it by index, like [0]`);
      else throw new JsonPathError(`expected [n] or ['name'] at column ${at + 1} of '${text}'`);
    } else throw new JsonPathError(`unexpected '${c}' at column ${at + 1} of '${text}': expected .name or [n]`);
  }
  return segments;
}

const MISSING = Symbol('missing');

/** lookup: the value at `path` in `document`, or MISSING when some segment is not there. */
function lookup(document: unknown, path: readonly JsonPathSegment[]): unknown {
  let value = document;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(value)) return MISSING;
      const i = segment < 0 ? value.length + segment : segment;
      if (i < 0 || i >= value.length) return MISSING;
      value = value[i];
    } else {
      if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, segment)) return MISSING;
      value = (value as Record<string, unknown>)[segment];
    }
  }
  return value;
}

/** jsonAt: whether the path is there, and its value. */
export function jsonAt(document: unknown, path: readonly JsonPathSegment[]): { found: true; value: unknown } | { found: false } {
  const value = lookup(document, path);
  return value === MISSING ? { found: false } : { found: true, value };
}

/** asText: a JSON value as a template writes it: strings as they are, numbers and booleans as JSON, objects as JSON text. */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
