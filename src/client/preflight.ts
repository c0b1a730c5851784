// Before any load: is the target there? A connection check always (TCP, plus the TLS handshake for
// https), and with a health path a GET that must answer 2xx. A target that is still starting
// (connection refused, a name that does not resolve yet, timeouts, a load balancer's 502/503/504)
// is waited for, with doubling pauses, up to wait_for_ready; an answer that no amount of waiting
// fixes (401, 404 on the health path, a certificate error) fails at once with what was seen.
//
// The connection check also settles which HTTP the load goes over (client/protocol.ts): over TLS
// the server chooses by ALPN; HTTP/2 (h2, or h2c with prior knowledge) must then answer the
// connection preface with its SETTINGS. A server that cannot speak what http_version asks for is
// an answer waiting cannot fix: the run fails here, before any load, saying so.

import { lookup } from 'node:dns/promises';
import { type ClientHttp2Session, connect as h2Connect } from 'node:http2';
import { isIP, connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { Client } from 'undici';
import type { HttpVersionSetting } from '../config/schema.js';
import { type ProtocolUsed, preflightAlpn, settleProtocol } from './protocol.js';
import { PREFLIGHT } from '../defaults.js';
import { formatMs } from '../config/units.js';
import { giveOption, type Vocabulary } from '../config/vocabulary.js';
import { classifyError } from './classify.js';
import { type ErrorCode, ERROR_CODE_MEANING } from './outcome.js';
import { redactPath, redactUrl } from '../redact.js';

export interface PreflightStep {
  /** setup: a flow's setup steps (app/run.ts), run once the target answers. */
  name: 'connect' | 'health' | 'setup';
  /** what was tried, in words: "TCP connect to 127.0.0.1:8080". */
  what: string;
  ok: boolean;
  attempts: number;
  elapsedMs: number;
  detail: string;
}

export interface PreflightOptions {
  healthPath: string | null;
  headers: Readonly<Record<string, string>>;
  insecure: boolean;
  timeoutMs: number;
  /** waitForReadyMs: how long a target that is still starting is waited for, both steps together; 0 tries once. */
  waitForReadyMs: number;
  /** sleep is injected so tests need not wait out real pauses. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * now: a monotonic clock in ms (default performance.now), timing each attempt. The time waited is
   * the attempts' time plus the pauses asked of `sleep`, so with both injected a test counts
   * attempts, never wall time; with only `sleep` injected, the pauses still use up the wait.
   */
  now?: () => number;
  /** onWaiting is told once, when the target is not ready at the first try and will be waited for. */
  onWaiting?: (text: string) => void;
  /** vocabulary: how a way out names its option ("pass --insecure", "set the wait-for-ready input"): the plan's. */
  vocabulary: Vocabulary;
  /** httpVersion: what the load should go over (load_test.http_version); default auto. */
  httpVersion?: HttpVersionSetting;
  /** alpnRequired: over TLS the server must choose a protocol by ALPN (settleProtocol): it chose h2 before, so it speaks ALPN. */
  alpnRequired?: boolean;
}

export class TargetUnreachable extends Error {
  constructor(
    readonly target: string,
    readonly steps: PreflightStep[],
    /** why: why it stopped trying ("waited the whole wait_for_ready (10s)"). */
    readonly why: string = '',
  ) {
    const failed = steps[steps.length - 1];
    const tried = failed.attempts === 1 ? 'once' : `${failed.attempts} times over ${(failed.elapsedMs / 1000).toFixed(1)}s`;
    super(`target unreachable: ${redactUrl(target)}\n  tried ${failed.what} ${tried}; last: ${failed.detail}${why ? `;\n  ${why}` : ''};\n  no load was sent.`);
    this.name = 'TargetUnreachable';
  }
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Attempt: one try; a failure says whether it looks like a service still starting (worth waiting for). A connection that worked settled the protocol. */
type Attempt = { ok: true; protocol?: ProtocolUsed } | { ok: false; detail: string; starting: boolean };

/** waitText: 60000 → "60s" (as wait_for_ready is usually written), 1500 → "1.5s". */
export function waitText(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : formatMs(ms);
}

export async function preflight(target: string, options: PreflightOptions): Promise<PreflightStep[]> {
  return (await preflightTarget(target, options)).steps;
}

/** preflightTarget: the pre-flight's steps, and the protocol the target's load goes over. */
export async function preflightTarget(target: string, options: PreflightOptions): Promise<{ steps: PreflightStep[]; protocol: ProtocolUsed }> {
  const asked = options.httpVersion ?? 'auto';
  const url = new URL(target);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const secure = url.protocol === 'https:';
  const healthUrl = options.healthPath ? new URL(options.healthPath, url.origin) : null;
  const healthWhat = healthUrl ? `GET ${redactPath(healthUrl.pathname + healthUrl.search)}` : '';
  const steps: PreflightStep[] = [];
  let announced = false;
  const budget: Budget = {
    limitMs: Math.max(0, options.waitForReadyMs),
    vocabulary: options.vocabulary,
    spentMs: 0,
    sleep: options.sleep ?? realSleep,
    now: options.now ?? (() => performance.now()),
    announce: () => {
      if (announced) return;
      announced = true;
      const health = healthUrl ? ` and ${healthWhat.slice(4)} to answer 2xx` : '';
      options.onWaiting?.(`Waiting up to ${waitText(options.waitForReadyMs)} for ${redactUrl(target)} to accept connections${health} (wait_for_ready; 0 fails at once)…`);
    },
  };

  const connectTimeout = Math.min(options.timeoutMs, PREFLIGHT.connectTimeoutMs);
  let protocol: ProtocolUsed | undefined;
  const connectWhat = `${secure ? 'TLS' : 'TCP'} connect to ${host}:${port}${!secure && asked === '2' ? ' and the HTTP/2 preface (h2c, prior knowledge)' : ''}`;
  const connect = await untilReady(connectWhat, 'connect', budget, async () => {
    const attempt = await connectOnce(host, port, secure, options.insecure, connectTimeout, asked, options.vocabulary, options.alpnRequired ?? false);
    if (attempt.ok) protocol = attempt.protocol;
    return attempt;
  });
  steps.push(connect.step);
  if (!connect.step.ok) throw new TargetUnreachable(target, steps, connect.why);

  if (healthUrl) {
    const health = await untilReady(healthWhat, 'health', budget, () => (protocol!.version === '2' ? healthOnceH2(healthUrl, options) : healthOnce(healthUrl, options)));
    steps.push(health.step);
    if (!health.step.ok) throw new TargetUnreachable(target, steps, health.why);
  }
  return { steps, protocol: protocol! };
}

interface Budget {
  limitMs: number;
  vocabulary: Vocabulary;
  spentMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  announce: () => void;
}

/** untilReady tries until the step succeeds, fails in a way waiting cannot fix, or the wait is used up. */
async function untilReady(what: string, name: PreflightStep['name'], budget: Budget, once: () => Promise<Attempt>): Promise<{ step: PreflightStep; why: string }> {
  const startedAt = budget.spentMs;
  let pause: number = PREFLIGHT.firstBackoffMs;
  for (let attempt = 1; ; attempt++) {
    const before = budget.now();
    const result = await once();
    budget.spentMs += Math.max(0, budget.now() - before);
    const step = (ok: boolean, detail: string): PreflightStep => ({ name, what, ok, attempts: attempt, elapsedMs: budget.spentMs - startedAt, detail });
    if (result.ok) return { step: step(true, 'ok'), why: '' };
    if (!result.starting) return { step: step(false, result.detail), why: 'this is not a service that is still starting, so it was not waited for' };
    const left = budget.limitMs - budget.spentMs;
    if (budget.limitMs === 0) return { step: step(false, result.detail), why: `wait_for_ready is 0: not waited for (${giveOption(budget.vocabulary, 'load_test.wait_for_ready')} to wait for a target that is still starting)` };
    if (left <= 0) return { step: step(false, result.detail), why: `still not ready after wait_for_ready (${waitText(budget.limitMs)}); raise it if the target takes longer to start` };
    budget.announce();
    const wait = Math.min(pause, left);
    await budget.sleep(wait);
    budget.spentMs += wait;
    pause = Math.min(pause * 2, PREFLIGHT.maxBackoffMs);
  }
}

/** STARTING: failures a service that is still starting (or a load balancer in front of one) produces. */
const STARTING_CODES = new Set<ErrorCode>(['connect_refused', 'connect_timeout', 'timeout', 'reset']);
/** A name not resolving yet (a new DNS record, a Kubernetes service just created), a route not there yet. */
const STARTING_ERRNO = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** What a load balancer answers while its backend is not up: bad gateway, unavailable, gateway timeout. */
const STARTING_STATUS = new Set([502, 503, 504]);

async function connectOnce(host: string, port: number, secure: boolean, insecure: boolean, timeoutMs: number, asked: HttpVersionSetting, vocabulary: Vocabulary, alpnRequired: boolean): Promise<Attempt> {
  if (!isIP(host)) {
    try {
      await lookup(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      return { ok: false, detail: `DNS lookup of ${host} failed: ${ERROR_CODE_MEANING.dns} (${code})`, starting: STARTING_ERRNO.has(code) };
    }
  }
  return new Promise((resolve) => {
    let session: ClientHttp2Session | null = null;
    const socket: Socket = secure
      ? tlsConnect({ host, port, servername: isIP(host) ? undefined : host, rejectUnauthorized: !insecure, ALPNProtocols: preflightAlpn(asked) }, () => connected())
      : tcpConnect({ host, port }, () => connected());
    const timer = setTimeout(() => {
      // Connected, but HTTP/2 never answered the preface: as a service still starting would not.
      if (session) done({ ok: false, detail: `connected, but no HTTP/2 SETTINGS came within ${timeoutMs}ms${secure ? '' : ' (h2c, prior knowledge: a server speaking only HTTP/1.1 may wait for a request line)'}`, starting: true });
      else done({ ok: false, detail: `no connection within ${timeoutMs}ms (the host may be down or a firewall drops the packets)`, starting: true });
    }, timeoutMs);
    let finished = false;
    function done(result: Attempt): void {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      session?.destroy();
      socket.destroy();
      resolve(result);
    }
    function connected(): void {
      const settled = settleProtocol(asked, secure, secure ? (socket as TLSSocket).alpnProtocol || null : null, alpnRequired);
      if (!settled.ok) return done({ ok: false, detail: settled.why, starting: false });
      const { protocol } = settled;
      if (protocol.version === '1.1') return done({ ok: true, protocol });
      // HTTP/2: the server must answer our preface with its SETTINGS, on this very connection.
      session = h2Connect(`${secure ? 'https' : 'http'}://${isIP(host) === 6 ? `[${host}]` : host}:${port}`, { createConnection: () => socket });
      session.once('remoteSettings', () => done({ ok: true, protocol }));
      session.on('error', (error: NodeJS.ErrnoException) => {
        const code = classifyError(error);
        if (code === 'protocol' && !secure) done({ ok: false, detail: `no HTTP/2 answer to the connection preface (h2c, prior knowledge): ${error.message}; the server may speak only HTTP/1.1 without TLS (http_version auto or 1.1 loads it over HTTP/1.1)`, starting: false });
        else done({ ok: false, detail: `the HTTP/2 connection failed: ${ERROR_CODE_MEANING[code]} (${error.code ?? error.message})`, starting: STARTING_CODES.has(code) });
      });
      session.once('close', () => done({ ok: false, detail: `the server closed the connection before its HTTP/2 SETTINGS${secure ? '' : ' (h2c, prior knowledge: it may speak only HTTP/1.1 without TLS)'}`, starting: false }));
    }
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // Once HTTP/2 runs on the socket, its session says what went wrong (and says it better).
      if (session) return;
      const code = classifyError(error);
      // The server speaks none of what was offered (a server speaking only HTTP/2, offered http/1.1 alone): no certificate is at fault.
      if (error.code === 'ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL') done({ ok: false, detail: `the server accepts none of the protocols offered by ALPN (${preflightAlpn(asked).join(', ')}) and ended the TLS handshake (no_application_protocol): it does not speak ${asked === '1.1' ? 'HTTP/1.1' : 'HTTP/2 or HTTP/1.1'} over TLS here`, starting: false });
      else if (code === 'tls') done({ ok: false, detail: `TLS handshake failed: ${error.message} (${error.code})${insecure ? '' : `; ${giveOption(vocabulary, 'load_test.insecure')} to accept a self-signed certificate`}`, starting: false });
      else done({ ok: false, detail: `${ERROR_CODE_MEANING[code]} (${error.code ?? error.message})`, starting: STARTING_CODES.has(code) || STARTING_ERRNO.has(error.code ?? '') });
    });
  });
}

async function healthOnce(url: URL, options: PreflightOptions): Promise<Attempt> {
  const client = new Client(url.origin, { connect: { rejectUnauthorized: !options.insecure }, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs });
  try {
    const response = await client.request({ method: 'GET', path: url.pathname + url.search, headers: { ...options.headers }, signal: AbortSignal.timeout(options.timeoutMs) });
    await response.body.dump();
    if (response.statusCode >= 200 && response.statusCode < 300) return { ok: true };
    return { ok: false, detail: `answered ${response.statusCode}, expected 2xx`, starting: STARTING_STATUS.has(response.statusCode) };
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code ?? '';
    const code = (error as { name?: string }).name === 'TimeoutError' ? 'timeout' : classifyError(error);
    return { ok: false, detail: `${ERROR_CODE_MEANING[code]} (${errno || (error as Error).message})`, starting: STARTING_CODES.has(code) || STARTING_ERRNO.has(errno) };
  } finally {
    await client.destroy().catch(() => undefined);
  }
}

/** healthOnceH2: the health GET over HTTP/2, as the load will go (undici speaks no h2c). */
async function healthOnceH2(url: URL, options: PreflightOptions): Promise<Attempt> {
  return new Promise((resolve) => {
    const session = h2Connect(url.origin, { rejectUnauthorized: !options.insecure });
    const timer = setTimeout(() => done({ ok: false, detail: `${ERROR_CODE_MEANING.timeout} (${options.timeoutMs}ms)`, starting: true }), options.timeoutMs);
    let finished = false;
    function done(result: Attempt): void {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      session.destroy();
      resolve(result);
    }
    const failed = (error: NodeJS.ErrnoException) => {
      const code = classifyError(error);
      done({ ok: false, detail: `${ERROR_CODE_MEANING[code]} (${error.code || error.message})`, starting: STARTING_CODES.has(code) || STARTING_ERRNO.has(error.code ?? '') });
    };
    session.on('error', failed);
    const headers = Object.fromEntries(Object.entries(options.headers).map(([name, value]) => [name.toLowerCase(), value]).filter(([name]) => !['host', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade'].includes(name)));
    const stream = session.request({ ...headers, ':method': 'GET', ':path': url.pathname + url.search });
    let status = 0;
    stream.on('response', (head) => (status = Number(head[':status'])));
    stream.on('error', failed);
    stream.resume();
    stream.on('close', () => {
      if (status >= 200 && status < 300) done({ ok: true });
      else if (status > 0) done({ ok: false, detail: `answered ${status}, expected 2xx`, starting: STARTING_STATUS.has(status) });
      else done({ ok: false, detail: `no response: the stream closed with code ${stream.rstCode}`, starting: true });
    });
  });
}
