// An endpoint's templates compiled once into pieces: literal text and slots that take an
// expression's value, each slot knowing where it stands (a path, a header, a JSON value, inside a
// JSON string, a raw body) and so how its value is written there. One hit draws every expression's
// value once (values()), and each arm writes the same values into its own pieces (client/request.ts),
// so a canary and production get byte-identical requests but for their Host. Pure.

import { type Binding, type CompiledPart, type Evaluator, type RenderContext, type Value, compileParts } from './generators.js';
import { type Part, TemplateError, hasTemplate, parseTemplate, variablesOf } from './parse.js';

/** Where a slot stands, which decides how its value is written there. */
export type SlotContext = 'path' | 'header' | 'raw' | 'json-value' | 'json-string';

/** Piece: literal text, or the index of an expression whose value is written in `context`. */
export type Piece = string | { index: number; context: SlotContext };

export interface EndpointTemplate {
  /** evaluators: every expression of the endpoint, drawn once per hit in this order. */
  evaluators: Evaluator[];
  /** files: the data files whose rows the expressions read: each draws one row per hit. */
  files: number[];
  path: Piece[];
  /** headers: the endpoint's own headers whose values hold templates, by name as written. */
  headers: Array<[string, Piece[]]>;
  /** body: null for none; a JSON body's pieces write typed JSON values. */
  body: Piece[] | null;
  /** perSession: the evaluators that read a captured variable: each arm evaluates these with its own session. */
  perSession: number[];
}

export interface TemplatedFields {
  path: string;
  headers: Readonly<Record<string, string>>;
  /** body: the raw body text, or null. */
  body: string | null;
  /** json: the JSON body as written (its string leaves may hold templates); takes the place of body. */
  json?: unknown;
}

/** JSON_PLACEHOLDER marks a templated string leaf while the JSON body is serialized around it. */
const JSON_PLACEHOLDER = /"@@loadtest-template-(\d+)@@"/;

/** isTemplated: whether any of an endpoint's fields holds a template. */
export function isTemplated(fields: TemplatedFields): boolean {
  if (hasTemplate(fields.path) || Object.values(fields.headers).some(hasTemplate)) return true;
  if (fields.json !== undefined) return JSON.stringify(fields.json).includes('{{');
  return fields.body !== null && hasTemplate(fields.body);
}

/**
 * compileEndpoint: an endpoint's templates as pieces, every expression compiled against the
 * variables `known`. Throws a TemplateError (parse) or CompileError (meaning) naming the field.
 */
export function compileEndpoint(fields: TemplatedFields, known: ReadonlyMap<string, Binding>): EndpointTemplate {
  const evaluators: Evaluator[] = [];
  const perSession: number[] = [];
  const files = new Set<number>();
  // Parsed, its data files noted (a row is drawn per hit only from the files an endpoint reads), compiled.
  const compiled = (text: string) => {
    const parts = parseTemplate(text);
    for (const name of variablesOf(parts)) {
      const binding = known.get(name);
      if (binding?.kind === 'row') files.add(binding.file);
    }
    return compileParts(parts, known);
  };
  const piecesOf = (parts: readonly CompiledPart[], context: SlotContext): Piece[] =>
    parts.map((part) => {
      if (typeof part === 'string') return part;
      const index = evaluators.push(part.evaluate) - 1;
      if (part.session) perSession.push(index);
      return { index, context };
    });
  const compile = (field: string, text: string, context: SlotContext): Piece[] => piecesOf(inField(field, () => compiled(text)), context);
  const path = compile('path', fields.path, 'path');
  const headers = Object.entries(fields.headers)
    .filter(([, value]) => hasTemplate(value))
    .map(([name, value]) => [name, compile(`header ${name}`, value, 'header')] as [string, Piece[]]);
  let body: Piece[] | null = null;
  if (fields.json !== undefined) body = jsonPieces(fields.json, (text) => inField('json', () => compiled(text)), piecesOf);
  else if (fields.body !== null) body = compile('body', fields.body, 'raw');
  return { evaluators, files: [...files].sort((a, b) => a - b), path, headers, body, perSession };
}

/** inField: the field's name before a template's own message ("path: '{{' is not closed…"). */
function inField<T>(field: string, make: () => T): T {
  try {
    return make();
  } catch (error) {
    (error as Error).message = `${field}: ${(error as Error).message}`;
    throw error;
  }
}

/**
 * jsonPieces serializes a JSON body with each templated string leaf as a placeholder, then splits
 * it there: a leaf that is one expression alone writes a typed JSON value (randomInt gives a
 * number), any other writes a JSON string with the values escaped inside it.
 */
function jsonPieces(json: unknown, compile: (text: string) => CompiledPart[], piecesOf: (parts: readonly CompiledPart[], context: SlotContext) => Piece[]): Piece[] {
  keysWithoutTemplates(json);
  const leaves: string[] = [];
  const text = JSON.stringify(json, (_key, value) => (typeof value === 'string' && hasTemplate(value) ? `@@loadtest-template-${leaves.push(value) - 1}@@` : value));
  const pieces: Piece[] = [];
  let rest = text;
  for (let match = JSON_PLACEHOLDER.exec(rest); match; match = JSON_PLACEHOLDER.exec(rest)) {
    pieces.push(rest.slice(0, match.index));
    const parts = compile(leaves[Number(match[1])]);
    if (parts.length === 1 && typeof parts[0] !== 'string') pieces.push(...piecesOf(parts, 'json-value'));
    else pieces.push('"', ...piecesOf(parts.map((p) => (typeof p === 'string' ? JSON.stringify(p).slice(1, -1) : p)), 'json-string'), '"');
    rest = rest.slice(match.index + match[0].length);
  }
  pieces.push(rest);
  return pieces.filter((p) => p !== '');
}

/** keysWithoutTemplates: a JSON body's keys are written as they are: a template there would be sent literally. */
function keysWithoutTemplates(json: unknown): void {
  if (Array.isArray(json)) json.forEach(keysWithoutTemplates);
  else if (json !== null && typeof json === 'object') {
    for (const [key, value] of Object.entries(json)) {
      if (hasTemplate(key)) throw new TemplateError(`the key "${key}" holds a template; keys are sent as written: template a value instead`, 1);
      keysWithoutTemplates(value);
    }
  }
}

/** drawValues: one hit's draw of every expression of the endpoint, into `into` when given (reused hit after hit). */
export function drawValues(template: EndpointTemplate, ctx: RenderContext, into: Value[] = []): Value[] | null {
  // One row of each data file the endpoint reads, for this hit; a unique file that ran out ends it.
  for (const f of template.files) {
    const row = ctx.data[f].next(ctx.random);
    if (row === null) return null;
    ctx.rows[f] = row;
  }
  return evaluateValues(template, ctx, into);
}

/** evaluateValues: every expression of the endpoint from the rows already in `ctx.rows` (a flow step reads its user's or iteration's). */
export function evaluateValues(template: EndpointTemplate, ctx: RenderContext, into: Value[] = []): Value[] {
  into.length = template.evaluators.length;
  for (let i = 0; i < into.length; i++) into[i] = template.evaluators[i](ctx);
  return into;
}

/** sessionValues: `values` with the expressions that read captured variables evaluated again for another arm's session, into `into`. */
export function sessionValues(template: EndpointTemplate, ctx: RenderContext, values: readonly Value[], into: Value[]): Value[] {
  into.length = values.length;
  for (let i = 0; i < values.length; i++) into[i] = values[i];
  for (const i of template.perSession) into[i] = template.evaluators[i](ctx);
  return into;
}

/** write: pieces with `values` filled in, each value written as its place needs. */
export function write(pieces: readonly Piece[], values: readonly Value[]): string {
  let out = '';
  for (const piece of pieces) out += typeof piece === 'string' ? piece : written(values[piece.index], piece.context);
  return out;
}

/** Characters a JSON string must escape, and those a path must percent-encode: most values have none, and are written as they are. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON must escape
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
/** Values needing nothing done: a path's unreserved characters (RFC 3986), a header's visible ASCII and tabs. */
const PATH_SAFE = /^[A-Za-z0-9\-._~]*$/;
const HEADER_SAFE = /^[\t\x20-\x7e]*$/;

/** wellFormed: lone surrogates (which have no UTF-8) as U+FFFD, as a UTF-8 encoder writes them. */
function wellFormed(value: string): string {
  return value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function written(value: Value, context: SlotContext): string {
  // Per request, per value: the common cases (a number, a string with nothing to escape) skip the general path.
  // Numbers are finite (whole numbers, times, listed numbers): as text they need no escaping anywhere.
  if (typeof value === 'number') return String(value);
  switch (context) {
    case 'json-value':
      return JSON_ESCAPED.test(value) ? JSON.stringify(value) : `"${value}"`;
    case 'json-string':
      return JSON_ESCAPED.test(value) ? JSON.stringify(value).slice(1, -1) : value;
    case 'path':
      // A value is data, not structure: '/', '?', '&', '#' and '%' in it are encoded like everything
      // outside the unreserved characters (a lone surrogate becomes U+FFFD first: it has no UTF-8).
      return PATH_SAFE.test(value) ? value : encodeURIComponent(wellFormed(value));
    case 'header':
      // A value cannot end the header line or carry control characters: those become spaces; text
      // beyond Latin-1 goes as its UTF-8 bytes (the head is written byte for byte, as latin1).
      if (HEADER_SAFE.test(value)) return value;
      // eslint-disable-next-line no-control-regex -- control characters are exactly what a header value cannot carry
      return Buffer.from(wellFormed(value).replace(/[\u0000-\u0008\u000a-\u001f\u007f]+/g, ' '), 'utf8').toString('latin1');
    case 'raw':
      return value;
  }
}

export type { Part, Value, RenderContext };
