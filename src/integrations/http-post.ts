// One POST to a telemetry receiver, retried as the receivers' specifications ask, and what came of
// it in words a warning can carry: the receiver's last status and body, and how many attempts it
// took. Remote write and OTLP both send through here, so they retry alike and say alike; each names
// the statuses worth asking again (remote write: any 5xx and 429; OTLP: 429, 502, 503, 504). Every
// attempt and wait fits in one deadline, so a receiver that never answers costs a bounded time, and
// a Retry-After that would pass the deadline is said rather than waited for.

import { type Dispatcher, request } from 'undici';
import { scrub } from '../redact.js';

export interface RetryPolicy {
  /** retried: the statuses worth asking again; any other non-2xx is final. A failed connection (but for a refused certificate) or an attempt that timed out is always asked again. */
  retried: (status: number) => boolean;
  /** backoffMs: the waits before the second, third… attempts, unless the answer's Retry-After names one; one attempt more than waits, at most. */
  backoffMs: readonly number[];
  /** attemptTimeoutMs: the longest one attempt may take, its answer's body included. */
  attemptTimeoutMs: number;
  /** deadlineMs: the longest every attempt and wait may take together. */
  deadlineMs: number;
}

export interface Post {
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
  /** secrets: values never shown, should the receiver echo them in its answer (the configured headers' values). */
  secrets: readonly string[];
  /** readError: the message in a refusal's body, when the protocol wraps it (OTLP's protobuf Status); null shows the body as text. */
  readError?: (body: Uint8Array, contentType: string) => string | null;
  /** dispatcher: undici's, when the connection needs TLS settings of its own. */
  dispatcher?: Dispatcher;
}

export type Posted = { ok: true; status: number; body: Uint8Array; attempts: number } | { ok: false; status: number | null; detail: string; attempts: number };

/** Pacing: how to wait and tell the time (tests pass a wait that returns at once). */
export interface Pacing {
  wait: (ms: number) => Promise<void>;
  now: () => number;
}

/** BODY_SHOWN: how much of an answer a warning carries. */
export const BODY_SHOWN = 500;
/** BODY_KEPT: how much of an answer is read at all; telemetry receivers answer in a few bytes, and a runaway body must not fill memory. */
const BODY_KEPT = 64 * 1024;

type Attempt = { kind: 'taken'; status: number; body: Uint8Array } | { kind: 'answered'; status: number; said: string; retryAfterMs: number | null } | { kind: 'unanswered'; said: string; final: boolean };

/** CERTIFICATE_REFUSED: a connection refused over its certificate (untrusted, expired, for another name) is refused again on every attempt. */
const CERTIFICATE_REFUSED = /CERT|SIGNATURE|ERR_TLS|ERR_SSL/;

export const realPacing: Pacing = { wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), now: Date.now };

/** postWithRetries sends `post` until it is taken, refused for good, out of attempts or out of time. */
export async function postWithRetries(post: Post, policy: RetryPolicy, pacing: Pacing = realPacing): Promise<Posted> {
  const deadline = pacing.now() + policy.deadlineMs;
  // A final failure that is not an answer (a timeout) still names the receiver's last answer, if it gave one.
  let lastAnswer: Extract<Attempt, { kind: 'answered' }> | null = null;
  for (let attempt = 1; ; attempt++) {
    const sent = await attemptOnce(post, Math.max(1, Math.min(policy.attemptTimeoutMs, deadline - pacing.now())));
    if (sent.kind === 'taken') return { ok: true, status: sent.status, body: sent.body, attempts: attempt };
    if (sent.kind === 'answered') lastAnswer = sent;
    // The attempts are said whenever there could have been more than one.
    const failed = (retryable: boolean, why = ''): Posted => {
      const earlier = sent.kind === 'unanswered' && lastAnswer ? `; it last ${lastAnswer.said}` : '';
      return { ok: false, status: lastAnswer?.status ?? null, detail: `${sent.said}${attempt > 1 || retryable ? `, ${attempts(attempt)}${why}` : ''}${earlier}`, attempts: attempt };
    };
    if (sent.kind === 'answered' ? !policy.retried(sent.status) : sent.final) return failed(false);
    if (attempt > policy.backoffMs.length) return failed(true);
    const asked = sent.kind === 'answered' ? sent.retryAfterMs : null;
    const pause = asked ?? policy.backoffMs[attempt - 1];
    if (pacing.now() + pause >= deadline) return failed(true, asked !== null ? ` (it asked to wait ${seconds(asked)}, past the ${seconds(policy.deadlineMs)} deadline)` : ` (the ${seconds(policy.deadlineMs)} deadline came first)`);
    await pacing.wait(pause);
  }
}

async function attemptOnce(post: Post, timeoutMs: number): Promise<Attempt> {
  try {
    const response = await request(post.url, { method: 'POST', headers: post.headers, body: post.body, signal: AbortSignal.timeout(timeoutMs), ...(post.dispatcher ? { dispatcher: post.dispatcher } : {}) });
    const body = await readKept(response.body);
    if (response.statusCode >= 200 && response.statusCode < 300) return { kind: 'taken', status: response.statusCode, body };
    const contentType = String(response.headers['content-type'] ?? '');
    const text = scrub((post.readError?.(body, contentType) ?? Buffer.from(body).toString('utf8')).trim(), post.secrets);
    const shown = text.length > BODY_SHOWN ? `${text.slice(0, BODY_SHOWN)}…` : text;
    return { kind: 'answered', status: response.statusCode, said: `answered HTTP ${response.statusCode}${shown ? `: ${shown}` : ''}`, retryAfterMs: retryAfterMs(response.headers['retry-after']) };
  } catch (error) {
    // AbortSignal.timeout's DOMException carries a numeric code (23), which names nothing.
    if ((error as Error).name === 'TimeoutError') return { kind: 'unanswered', said: `did not answer within ${seconds(timeoutMs)}`, final: false };
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
    return { kind: 'unanswered', said: `could not be reached (${code}: ${(error as Error).message})`, final: CERTIFICATE_REFUSED.test(code) };
  }
}

async function readKept(body: AsyncIterable<Buffer>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Leaving the loop early destroys the stream: the rest is never read.
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= BODY_KEPT) break;
  }
  return Buffer.concat(chunks).subarray(0, BODY_KEPT);
}

/** retryAfterMs reads Retry-After: seconds, or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function attempts(n: number): string {
  return n === 1 ? '1 attempt' : `${n} attempts`;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
