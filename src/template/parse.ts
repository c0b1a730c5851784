// Request templates: text with `{{ name }}` (a variable) and `{{ fn(args) }}` (a built-in generator,
// template/generators.ts) in an endpoint's path, headers and body. A template is parsed once, when
// the config is read, into literal text and expressions, so every mistake is found before any load
// with where it is; a request is then built by filling the expressions' values in (client/template.ts),
// never by parsing again. Pure.

/** Arg: a generator's argument: a number, a quoted string, a list of those, or an expression. */
export type Arg = { kind: 'number'; value: number } | { kind: 'string'; value: string } | { kind: 'list'; items: Arg[] } | Expr;

/** Expr: a variable, or a call of a built-in generator. */
export type Expr = { kind: 'var'; name: string } | { kind: 'call'; name: string; args: Arg[] };

/** Part: literal text, or an expression with the text it was written as. */
export type Part = string | { expr: Expr; text: string };

export class TemplateError extends Error {
  constructor(
    message: string,
    /** column: 1-based, in the template's text. */
    readonly column: number,
  ) {
    super(message);
  }
}

/** hasTemplate: whether a text holds any `{{`. */
export function hasTemplate(text: string): boolean {
  return text.includes('{{');
}

/** parseTemplate splits a text into literal text and expressions; a mistake throws a TemplateError naming its column. */
export function parseTemplate(text: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{{', at);
    if (open < 0) {
      parts.push(text.slice(at));
      break;
    }
    const stray = text.indexOf('}}', at);
    if (stray >= 0 && stray < open) throw new TemplateError("'}}' without an opening '{{'", stray + 1);
    if (open > at) parts.push(text.slice(at, open));
    const close = text.indexOf('}}', open + 2);
    if (close < 0) throw new TemplateError("'{{' is not closed: expected '}}'", open + 1);
    const inner = text.slice(open + 2, close);
    const reader = new Reader(inner, open + 3);
    reader.space();
    if (reader.done()) throw new TemplateError("empty '{{ }}': expected a variable or a function like randomInt(1, 100)", open + 1);
    const expr = reader.expr();
    reader.space();
    if (!reader.done()) throw new TemplateError(`unexpected '${inner.slice(reader.at)}' in '{{${inner}}}'`, reader.column());
    parts.push({ expr, text: text.slice(open, close + 2) });
    at = close + 2;
  }
  // Adjacent literals (none are made above, but an empty text is one empty literal).
  return parts.length === 0 ? [''] : parts;
}

/** Reader: a cursor over one expression's text; `offset` maps its positions to the template's columns. */
class Reader {
  at = 0;
  constructor(
    private readonly text: string,
    private readonly offset: number,
  ) {}

  column(): number {
    return this.offset + this.at;
  }

  done(): boolean {
    return this.at >= this.text.length;
  }

  space(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at])) this.at++;
  }

  expr(): Expr {
    const start = this.column();
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.at))?.[0];
    if (!name) throw new TemplateError(`expected a variable or a function name, got '${this.text.slice(this.at)}'`, start);
    this.at += name.length;
    this.space();
    if (this.text[this.at] !== '(') return { kind: 'var', name };
    this.at++;
    const args: Arg[] = [];
    this.space();
    if (this.text[this.at] === ')') {
      this.at++;
      return { kind: 'call', name, args };
    }
    for (;;) {
      this.space();
      args.push(this.arg());
      this.space();
      const c = this.text[this.at++];
      if (c === ')') return { kind: 'call', name, args };
      if (c !== ',') throw new TemplateError(`expected ',' or ')' in the arguments of ${name}(…)`, this.column() - 1);
    }
  }

  private arg(): Arg {
    const rest = this.text.slice(this.at);
    const number = /^-?\d+(\.\d+)?/.exec(rest)?.[0];
    if (number) {
      this.at += number.length;
      return { kind: 'number', value: Number(number) };
    }
    const quote = rest[0];
    if (quote === '"' || quote === "'") {
      const end = rest.indexOf(quote, 1);
      if (end < 0) throw new TemplateError(`a string is not closed: expected ${quote}`, this.column());
      this.at += end + 1;
      return { kind: 'string', value: rest.slice(1, end) };
    }
    if (quote === '[') {
      this.at++;
      const items: Arg[] = [];
      this.space();
      if (this.text[this.at] === ']') {
        this.at++;
        return { kind: 'list', items };
      }
      for (;;) {
        this.space();
        items.push(this.arg());
        this.space();
        const c = this.text[this.at++];
        if (c === ']') return { kind: 'list', items };
        if (c !== ',') throw new TemplateError("expected ',' or ']' in a list", this.column() - 1);
      }
    }
    return this.expr();
  }
}

/** variablesOf: every variable a template's expressions read, arguments included. */
export function variablesOf(parts: readonly Part[]): string[] {
  const names: string[] = [];
  const visit = (arg: Arg): void => {
    if (arg.kind === 'var') names.push(arg.name);
    else if (arg.kind === 'call') arg.args.forEach(visit);
    else if (arg.kind === 'list') arg.items.forEach(visit);
  };
  for (const part of parts) if (typeof part !== 'string') visit(part.expr);
  return [...new Set(names)];
}
