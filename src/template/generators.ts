// The built-in generators a template may call, and the evaluation of its expressions. Arguments are
// checked when the template is compiled (once, when the config is read), so a run never meets
// randomInt("a") or randomItem([]) halfway through. Values come from the run's seeded random
// stream, so --seed repeats them.

import type { DataSource } from './data.js';
import type { Arg, Expr, Part } from './parse.js';

/** RenderContext: what an expression's value may depend on. */
export interface RenderContext {
  /** random: uniform in [0, 1), seeded per run. */
  random: () => number;
  /** vars: the variables' values (load_test.variables). */
  vars: Readonly<Record<string, string>>;
  /** data: each data file's rows as the run draws them (template/data.ts), by the file's index. */
  data: ReadonlyArray<DataSource>;
  /** rows: this hit's row of each data file it reads, by the file's index. */
  rows: Array<readonly string[]>;
  /** seq: the next number of the run's sequence (1, 2, 3 …). */
  seq: () => number;
  /** nowMs: the wall clock, for now() and isoNow(). */
  nowMs: () => number;
  /** session: the virtual user's captured variables on the arm being written (engine/flow.ts); null outside flows. */
  session: ReadonlyMap<string, string> | null;
}

export type Value = string | number;
export type Evaluator = (ctx: RenderContext) => Value;

/** CompiledPart: literal text, or an evaluator with the text it was written as; `session`: it reads a captured variable, whose value differs per arm. */
export type CompiledPart = string | { evaluate: Evaluator; text: string; session: boolean };

interface Generator {
  /** usage: how it is called, for messages. */
  usage: string;
  /** make checks the arguments and returns the evaluator, or a message saying what is wrong. */
  make: (args: readonly Arg[], compileArg: (arg: Arg) => Evaluator) => Evaluator | string;
}

const ALPHANUMERIC_CODES = Buffer.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'latin1');
const HEX_CODES = Buffer.from('0123456789abcdef', 'latin1');
/** MAX_RANDOM_STRING: randomString's longest; a body of megabytes is a typo. */
export const MAX_RANDOM_STRING = 100_000;

const isInteger = (arg: Arg | undefined): arg is { kind: 'number'; value: number } => arg?.kind === 'number' && Number.isInteger(arg.value);
const literal = (arg: Arg): Value | null => (arg.kind === 'number' || arg.kind === 'string' ? arg.value : null);

export const GENERATORS: Readonly<Record<string, Generator>> = {
  randomInt: {
    usage: 'randomInt(min, max), two whole numbers, min ≤ max',
    make: (args) => {
      const [a, b] = args;
      if (args.length !== 2 || !isInteger(a) || !isInteger(b) || a.value > b.value) return 'expected two whole numbers min ≤ max';
      if (!Number.isSafeInteger(a.value) || !Number.isSafeInteger(b.value)) return `expected whole numbers within ±${Number.MAX_SAFE_INTEGER.toLocaleString('en-US')}, which are exact`;
      const min = a.value;
      const span = b.value - a.value + 1;
      return (ctx) => min + Math.floor(ctx.random() * span);
    },
  },
  randomItem: {
    usage: 'randomItem([a, b, c]), a list of numbers or quoted strings',
    make: (args) => {
      const [list] = args;
      if (args.length !== 1 || list.kind !== 'list' || list.items.length === 0) return 'expected one non-empty list like [1, 2, 3] or ["a", "b"]';
      const items = list.items.map(literal);
      if (items.some((v) => v === null)) return 'expected a list of numbers or quoted strings';
      const values = items as Value[];
      return (ctx) => values[Math.floor(ctx.random() * values.length)];
    },
  },
  uuid: {
    usage: 'uuid()',
    make: (args) => (args.length !== 0 ? 'takes no arguments' : (ctx) => uuidV4(ctx.random)),
  },
  randomString: {
    usage: `randomString(n), n from 1 to ${MAX_RANDOM_STRING.toLocaleString('en-US')}`,
    make: (args) => {
      const [n] = args;
      if (args.length !== 1 || !isInteger(n) || n.value < 1 || n.value > MAX_RANDOM_STRING) return `expected one whole number from 1 to ${MAX_RANDOM_STRING.toLocaleString('en-US')}`;
      const length = n.value;
      // Drawn into bytes and read as text once: building it a character at a time costs more than the request.
      const scratch = Buffer.allocUnsafe(length);
      return (ctx) => {
        for (let i = 0; i < length; i++) scratch[i] = ALPHANUMERIC_CODES[Math.floor(ctx.random() * ALPHANUMERIC_CODES.length)];
        return scratch.toString('latin1', 0, length);
      };
    },
  },
  seq: {
    usage: 'seq()',
    make: (args) => (args.length !== 0 ? 'takes no arguments' : (ctx) => ctx.seq()),
  },
  now: {
    usage: 'now(), milliseconds since 1970',
    make: (args) => (args.length !== 0 ? 'takes no arguments' : (ctx) => Math.floor(ctx.nowMs())),
  },
  isoNow: {
    usage: 'isoNow()',
    make: (args) => (args.length !== 0 ? 'takes no arguments' : (ctx) => new Date(ctx.nowMs()).toISOString()),
  },
  base64: {
    usage: 'base64(value), a quoted string, a variable or a call',
    make: (args, compileArg) => {
      const [value] = args;
      if (args.length !== 1 || value.kind === 'list') return 'expected one value: a quoted string, a variable or a call';
      const evaluate = compileArg(value);
      return (ctx) => Buffer.from(String(evaluate(ctx)), 'utf8').toString('base64');
    },
  },
};

/** uuidV4: a random (version 4, RFC 9562) UUID drawn from `random`, written into bytes and read as text once. */
const uuidScratch = Buffer.from('00000000-0000-4000-8000-000000000000', 'latin1');
function uuidV4(random: () => number): string {
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23 || i === 14) continue;
    uuidScratch[i] = HEX_CODES[i === 19 ? 8 + Math.floor(random() * 4) : Math.floor(random() * 16)];
  }
  return uuidScratch.toString('latin1');
}

/** CompileError: what is wrong with an expression, in words a config error can carry. */
export class CompileError extends Error {}

/**
 * Binding: where a variable's value comes from: load_test.variables, a column of a data file's row,
 * or a flow's capture (the virtual user's session, per arm).
 */
export type Binding = { kind: 'static' } | { kind: 'row'; file: number; column: number } | { kind: 'session' };

/** bindingsOf: every variable a run has: its variables, then each data file's columns. */
export function bindingsOf(variables: Readonly<Record<string, string>>, files: ReadonlyArray<{ columns: readonly string[] }> = []): Map<string, Binding> {
  const out = new Map<string, Binding>(Object.keys(variables).map((name) => [name, { kind: 'static' }]));
  files.forEach((file, f) => file.columns.forEach((name, column) => out.set(name, { kind: 'row', file: f, column })));
  return out;
}

/**
 * compileParts turns parsed parts into evaluators; `known` are the variables that will have values.
 * An unknown function, wrong arguments or a variable defined nowhere throws a CompileError.
 */
export function compileParts(parts: readonly Part[], known: ReadonlyMap<string, Binding>): CompiledPart[] {
  return parts.map((part) => {
    if (typeof part === 'string') return part;
    const reads = { session: false };
    return { evaluate: compileExpr(part.expr, known, part.text, reads), text: part.text, session: reads.session };
  });
}

function compileExpr(expr: Expr, known: ReadonlyMap<string, Binding>, text: string, reads: { session: boolean }): Evaluator {
  const compileArg = (arg: Arg): Evaluator => {
    if (arg.kind === 'number' || arg.kind === 'string') {
      const value = arg.value;
      return () => value;
    }
    if (arg.kind === 'list') throw new CompileError(`a list can only be an argument of randomItem, in ${text}`);
    return compileExpr(arg, known, text, reads);
  };
  if (expr.kind === 'var') {
    const binding = known.get(expr.name);
    if (!binding) throw new CompileError(`'${expr.name}' in ${text} is defined nowhere${known.size ? ` (variables: ${[...known.keys()].sort().join(', ')})` : ': set it under load_test.variables, or give a data file with that column'}${Object.hasOwn(GENERATORS, expr.name) ? `; to call the generator write ${expr.name}()` : ''}`);
    if (binding.kind === 'row') {
      const { file, column } = binding;
      return (ctx) => ctx.rows[file][column];
    }
    const name = expr.name;
    if (binding.kind === 'session') {
      reads.session = true;
      // Validation saw it captured before any step that reads it, and a failed capture ends the iteration: it is there.
      return (ctx) => ctx.session?.get(name) ?? '';
    }
    return (ctx) => ctx.vars[name];
  }
  const generator = Object.hasOwn(GENERATORS, expr.name) ? GENERATORS[expr.name] : undefined;
  if (!generator) throw new CompileError(`unknown function ${expr.name}() in ${text}; functions: ${Object.keys(GENERATORS).map((n) => `${n}()`).join(', ')}`);
  const made = generator.make(expr.args, compileArg);
  if (typeof made === 'string') throw new CompileError(`${expr.name}() in ${text}: ${made}; use ${generator.usage}`);
  return made;
}
