// Before any load: is the target there? A connection check always (TCP, plus the TLS handshake for
// https), and with a health path a GET that must answer 2xx. Bounded retries with doubling waits
// cover a canary that is still starting; a dead target fails in seconds with what was tried.

import { lookup } from 'node:dns/promises';
import { isIP, connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { Client } from 'undici';
import { PREFLIGHT } from '../defaults.js';
import { classifyError } from './classify.js';
import { ERROR_CODE_MEANING } from './outcome.js';
import { redactPath, redactUrl } from '../redact.js';

export interface PreflightStep {
  name: 'connect' | 'health';
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
  /** sleep is injected so tests need not wait out real backoffs. */
  sleep?: (ms: number) => Promise<void>;
}

export class TargetUnreachable extends Error {
  constructor(
    readonly target: string,
    readonly steps: PreflightStep[],
  ) {
    const failed = steps[steps.length - 1];
    super(`target unreachable: ${redactUrl(target)}\n  tried ${failed.what} ${failed.attempts} time${failed.attempts === 1 ? '' : 's'} over ${(failed.elapsedMs / 1000).toFixed(1)}s: ${failed.detail}\n  no load was sent.`);
    this.name = 'TargetUnreachable';
  }
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function preflight(target: string, options: PreflightOptions): Promise<PreflightStep[]> {
  const sleep = options.sleep ?? realSleep;
  const url = new URL(target);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const secure = url.protocol === 'https:';
  const steps: PreflightStep[] = [];

  const connectTimeout = Math.min(options.timeoutMs, PREFLIGHT.connectTimeoutMs);
  const connectStep = await retry(`${secure ? 'TLS' : 'TCP'} connect to ${host}:${port}`, 'connect', PREFLIGHT.connectAttempts, sleep, () => connectOnce(host, port, secure, options.insecure, connectTimeout));
  steps.push(connectStep);
  if (!connectStep.ok) throw new TargetUnreachable(target, steps);

  if (options.healthPath) {
    const healthUrl = new URL(options.healthPath, url.origin);
    const healthStep = await retry(`GET ${redactPath(healthUrl.pathname + healthUrl.search)}`, 'health', PREFLIGHT.healthAttempts, sleep, () => healthOnce(healthUrl, options));
    steps.push(healthStep);
    if (!healthStep.ok) throw new TargetUnreachable(target, steps);
  }
  return steps;
}

async function retry(what: string, name: PreflightStep['name'], attempts: number, sleep: (ms: number) => Promise<void>, once: () => Promise<string | null>): Promise<PreflightStep> {
  const started = performance.now();
  let detail = '';
  let backoff = PREFLIGHT.firstBackoffMs;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const failure = await once();
    if (failure === null) return { name, what, ok: true, attempts: attempt, elapsedMs: performance.now() - started, detail: 'ok' };
    detail = failure;
    // A certificate problem or an unknown host will not fix itself in a few seconds.
    if (attempt === attempts || /^(TLS|DNS)/.test(failure)) return { name, what, ok: false, attempts: attempt, elapsedMs: performance.now() - started, detail };
    await sleep(backoff);
    backoff = Math.min(backoff * 2, PREFLIGHT.maxBackoffMs);
  }
  return { name, what, ok: false, attempts, elapsedMs: performance.now() - started, detail };
}

async function connectOnce(host: string, port: number, secure: boolean, insecure: boolean, timeoutMs: number): Promise<string | null> {
  if (!isIP(host)) {
    try {
      await lookup(host);
    } catch (error) {
      return `DNS lookup of ${host} failed: ${ERROR_CODE_MEANING.dns} (${(error as NodeJS.ErrnoException).code})`;
    }
  }
  return new Promise((resolve) => {
    const socket: Socket = secure
      ? tlsConnect({ host, port, servername: isIP(host) ? undefined : host, rejectUnauthorized: !insecure, ALPNProtocols: ['http/1.1'] }, () => done(null))
      : tcpConnect({ host, port }, () => done(null));
    const timer = setTimeout(() => done(`no connection within ${timeoutMs}ms (the host may be down or a firewall drops the packets)`), timeoutMs);
    function done(result: string | null): void {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    }
    socket.on('error', (error: NodeJS.ErrnoException) => {
      const code = classifyError(error);
      if (code === 'tls') done(`TLS handshake failed: ${error.message} (${error.code})${insecure ? '' : '; pass --insecure to accept a self-signed certificate'}`);
      else done(`${ERROR_CODE_MEANING[code]} (${error.code ?? error.message})`);
    });
  });
}

async function healthOnce(url: URL, options: PreflightOptions): Promise<string | null> {
  const client = new Client(url.origin, { connect: { rejectUnauthorized: !options.insecure }, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs });
  try {
    const response = await client.request({ method: 'GET', path: url.pathname + url.search, headers: { ...options.headers }, signal: AbortSignal.timeout(options.timeoutMs) });
    await response.body.dump();
    return response.statusCode >= 200 && response.statusCode < 300 ? null : `answered ${response.statusCode}, expected 2xx`;
  } catch (error) {
    const code = (error as { name?: string }).name === 'TimeoutError' ? 'timeout' : classifyError(error);
    return `${ERROR_CODE_MEANING[code]} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  } finally {
    await client.destroy().catch(() => undefined);
  }
}
