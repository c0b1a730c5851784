// Posting to a Slack incoming webhook. Slack rate-limits with 429 and a Retry-After header, and
// has bad minutes like any service: retry those with backoff, a few times, then give up with a
// warning. The verdict never waits on Slack beyond that.

import { request } from 'undici';

import type { EffectResult } from '../ports/effects.js';

export type SlackResult = EffectResult;

const ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 1000;
const MAX_RETRY_AFTER_MS = 10_000;
const TIMEOUT_MS = 10_000;

export async function postToSlack(webhookUrl: string, message: Record<string, unknown>, sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))): Promise<SlackResult> {
  let last = '';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    let wait = FIRST_BACKOFF_MS * 2 ** (attempt - 1);
    try {
      const response = await request(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message), signal: AbortSignal.timeout(TIMEOUT_MS) });
      const body = (await response.body.text()).trim().slice(0, 300);
      if (response.statusCode >= 200 && response.statusCode < 300) return { ok: true, detail: `posted to Slack${attempt > 1 ? ` (attempt ${attempt})` : ''}` };
      last = `HTTP ${response.statusCode}${body ? `: ${body}` : ''}`;
      // 4xx other than 429 will not get better by asking again (a revoked webhook, a bad payload).
      if (response.statusCode !== 429 && response.statusCode < 500) break;
      const retryAfter = Number(response.headers['retry-after']);
      if (response.statusCode === 429 && retryAfter > 0) wait = Math.min(retryAfter * 1000, MAX_RETRY_AFTER_MS);
    } catch (error) {
      last = `${(error as NodeJS.ErrnoException).code ?? (error as Error).name}: ${(error as Error).message}`;
    }
    if (attempt < ATTEMPTS) await sleep(wait);
  }
  return { ok: false, detail: `Slack did not take the message: ${last}` };
}
