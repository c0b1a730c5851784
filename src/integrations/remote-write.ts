// Sending the run's telemetry to a Prometheus remote write receiver (Prometheus itself with
// --web.enable-remote-write-receiver, Mimir, Thanos, Grafana Cloud, VictoriaMetrics…). As the
// specification asks, a 5xx, a 429 or a connection that fails is retried with a backoff, anything
// else is final (integrations/http-post.ts, which OTLP sends through too). A receiver that is down
// or refuses is a warning with its status and body: it never changes the verdict.

import type { ExporterPlan } from '../config/plan.js';
import type { EffectResult } from '../ports/effects.js';
import { redactUrl } from '../redact.js';
import type { Telemetry } from '../report/telemetry.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { type Pacing, type Posted, type RetryPolicy, postWithRetries, realPacing } from './http-post.js';
import { remoteWriteRequests } from './remote-write-request.js';

/** REMOTE_WRITE_RETRIES: three attempts, 1 s and 2 s apart (or as Retry-After asks), within 30 s for each part. */
const REMOTE_WRITE_RETRIES: RetryPolicy = { retried: (status) => status >= 500 || status === 429, backoffMs: [1000, 2000], attemptTimeoutMs: 10_000, deadlineMs: 30_000 };

/** writeRemote sends every sample; `pacing` is the backoff's clock (tests pass a wait that returns at once). */
export async function writeRemote(target: ExporterPlan, telemetry: Telemetry, pacing: Pacing = realPacing): Promise<EffectResult> {
  const where = `Prometheus remote write ${redactUrl(target.url)}`;
  const requests = remoteWriteRequests(telemetry);
  const total = requests.reduce((n, r) => n + r.samples, 0);
  const headers = {
    'content-type': 'application/x-protobuf',
    'content-encoding': 'snappy',
    'x-prometheus-remote-write-version': '0.1.0',
    'user-agent': `${TOOL_NAME}/${TOOL_VERSION}`,
    ...target.headers,
  };
  // A credential may be echoed without its scheme word ("Bearer", "Basic"): both forms are hidden.
  const secrets = Object.values(target.headers).flatMap((value) => [value, value.replace(/^\S+\s+/, '')]);
  let taken = 0;
  let refused: Extract<Posted, { ok: false }> | null = null;
  for (const part of requests) {
    const sent = await postWithRetries({ url: target.url, headers, body: part.body, secrets }, REMOTE_WRITE_RETRIES, pacing);
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
