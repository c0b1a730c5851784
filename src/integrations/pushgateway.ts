// Pushing the run's metrics to a Prometheus Pushgateway, grouped by job="loadtest" and the run's
// instance, so each run replaces its own group and dashboards see every run. A gateway that is
// down or refuses the push is a warning with its status and body: it never changes the verdict.

import { request } from 'undici';

import type { EffectResult } from '../ports/effects.js';

export type PushResult = EffectResult;

export const PUSH_JOB = 'loadtest';
const PUSH_TIMEOUT_MS = 10_000;

/** pushMetrics PUTs `text` to {url}/metrics/job/loadtest/instance/{instance}, replacing that group. */
export async function pushMetrics(gatewayUrl: string, instance: string, text: string): Promise<PushResult> {
  const url = `${gatewayUrl.replace(/\/+$/, '')}/metrics/job/${PUSH_JOB}/instance/${encodeURIComponent(instance)}`;
  try {
    const response = await request(url, { method: 'PUT', headers: { 'content-type': 'text/plain; version=0.0.4' }, body: text, signal: AbortSignal.timeout(PUSH_TIMEOUT_MS) });
    const body = (await response.body.text()).trim().slice(0, 500);
    if (response.statusCode >= 200 && response.statusCode < 300) return { ok: true, detail: `pushed to the Pushgateway as job="${PUSH_JOB}", instance="${instance}"` };
    return { ok: false, detail: `the Pushgateway answered HTTP ${response.statusCode}${body ? `: ${body}` : ''}` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
    return { ok: false, detail: `the Pushgateway could not be reached (${code}: ${(error as Error).message})` };
  }
}
