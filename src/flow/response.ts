// One response as a step's captures and checks see it: status, latency, the kept head and body
// (client/http1-parser.ts keeps them only for steps that read them, the body up to a cap), with
// the body's JSON parsed at most once however many captures and checks read it. Pure.

import { headerValues } from './head.js';

/** Keep: what of a response to keep: its head, and its body up to bodyCap bytes (-1: not the body). */
export interface Keep {
  head: boolean;
  bodyCap: number;
}

export interface KeptResponse {
  /** head: the status line and header lines, as received; null when not kept. */
  head: Buffer | null;
  /** body: the body as received (de-chunked) up to the cap; null when not kept. */
  body: Buffer | null;
  /** truncated: the body was longer than the cap; only its start was kept. */
  truncated: boolean;
}

const UNPARSED = Symbol('unparsed');
const INVALID = Symbol('invalid');

export class InspectedResponse {
  private json: unknown = UNPARSED;
  private text: string | null = null;

  constructor(
    readonly status: number,
    readonly latencyMs: number,
    private readonly kept: KeptResponse | undefined,
  ) {}

  get truncated(): boolean {
    return this.kept?.truncated ?? false;
  }

  /** headers: every value of header `name`. */
  headers(name: string): string[] {
    return this.kept?.head ? headerValues(this.kept.head, name) : [];
  }

  /** bodyText: the kept body as UTF-8 text ('' when none). */
  bodyText(): string {
    return (this.text ??= this.kept?.body ? this.kept.body.toString('utf8') : '');
  }

  /** document: the body parsed as JSON, or an explanation of why it is not JSON. */
  document(): { ok: true; value: unknown } | { ok: false; why: string } {
    if (this.json === UNPARSED) {
      try {
        this.json = JSON.parse(this.bodyText());
      } catch {
        this.json = INVALID;
      }
    }
    if (this.json !== INVALID) return { ok: true, value: this.json };
    return { ok: false, why: this.truncated ? 'the body is longer than load_test.max_body, so only its start was kept' : 'the body is not JSON' };
  }
}
