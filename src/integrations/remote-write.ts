// Sending the run's telemetry to a Prometheus remote write receiver (Prometheus itself with
// --web.enable-remote-write-receiver, Mimir, Thanos, Grafana Cloud, VictoriaMetrics…). As the
// specification asks, a 5xx, a 429 or a connection that fails is retried with a backoff, anything
// else is final. A receiver that is down or refuses is a warning with its status and body: it
// never changes the verdict.

import { request } from 'undici';
import type { ExporterPlan } from '../config/plan.js';
import type { EffectResult } from '../ports/effects.js';
import { redactUrl } from '../redact.js';
import type { Telemetry } from '../report/telemetry.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { remoteWriteRequests } from './remote-write-request.js';

const TIMEOUT_MS = 10_000;
/** BACKOFF_MS: the waits before the second and third attempts. */
const BACKOFF_MS = [1000, 2000];
const BODY_SHOWN = 500;

type Sent = { ok: true } | { ok: false; status: number | null; detail: string; final: boolean };

/** writeRemote sends every sample; `wait` is the backoff's sleep (tests pass one that returns at once). */
export async function writeRemote(target: ExporterPlan, telemetry: Telemetry, wait: (ms: number) => Promise<void> = sleep): Promise<EffectResult> {
  const where = `Prometheus remote write ${redactUrl(target.url)}`;
  const requests = remoteWriteRequests(telemetry);
  const total = requests.reduce((n, r) => n + r.samples, 0);
  let taken = 0;
  let refused: Extract<Sent, { ok: false }> | null = null;
  for (const part of requests) {
    const sent = await sendWithRetries(target, part.body, wait);
    if (sent.ok) taken += part.samples;
    else {
      refused ??= sent;
      // A refused part may be about its own samples (too old, out of order): the newer parts still
      // go. Anything else (unreachable, unauthorized, not found) would refuse them all alike.
      if (sent.status !== 400) break;
    }
  }
  const ofRun = `run_id="${telemetry.runId}"`;
  if (!refused) return { ok: true, detail: `sent to ${where}: ${total} samples, ${ofRun}` };
  const share = requests.length > 1 ? ` (${taken} of ${total} samples were taken)` : '';
  return { ok: false, detail: `${where} ${refused.detail}${share}` };
}

async function sendWithRetries(target: ExporterPlan, body: Uint8Array, wait: (ms: number) => Promise<void>): Promise<Sent> {
  for (let attempt = 1; ; attempt++) {
    const sent = await sendOnce(target, body);
    if (sent.ok || sent.final) return sent;
    if (attempt > BACKOFF_MS.length) return { ...sent, detail: `${sent.detail}, ${attempt} attempts` };
    await wait(BACKOFF_MS[attempt - 1]);
  }
}

async function sendOnce(target: ExporterPlan, body: Uint8Array): Promise<Sent> {
  try {
    const response = await request(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-protobuf',
        'content-encoding': 'snappy',
        'x-prometheus-remote-write-version': '0.1.0',
        'user-agent': `${TOOL_NAME}/${TOOL_VERSION}`,
        ...target.headers,
      },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = (await response.body.text()).trim();
    if (response.statusCode >= 200 && response.statusCode < 300) return { ok: true };
    const shown = text.length > BODY_SHOWN ? `${text.slice(0, BODY_SHOWN)}…` : text;
    const retried = response.statusCode >= 500 || response.statusCode === 429;
    return { ok: false, status: response.statusCode, detail: `answered HTTP ${response.statusCode}${shown ? `: ${shown}` : ''}`, final: !retried };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
    return { ok: false, status: null, detail: `could not be reached (${code}: ${(error as Error).message})`, final: false };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
