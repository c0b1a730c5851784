// Hooks into systems outside GitHub: a shell command or an HTTP webhook, each bounded by a timeout,
// each reporting what happened (exit code or status, and the tail of the output) for the report.
//
// Commands are templates: {percentage} and {stage} (and any other placeholder given) are replaced
// by shell-quoted values, never spliced raw, and the same values are passed as LOADTEST_* variables,
// so a stage name or a failure reason can never turn into shell syntax.

import { spawn } from 'node:child_process';
import { request } from 'undici';

import type { Hook, HookResult } from '../ports/hooks.js';

export { type Hook, type HookResult, ROLLBACK_STAGE, SHIFT_BACK, parseHook } from '../ports/hooks.js';

/** OUTPUT_TAIL_BYTES: how much of a hook's output the report keeps. */
const OUTPUT_TAIL_BYTES = 2000;

export async function runHook(name: string, hook: Hook, values: Readonly<Record<string, string | number>>, timeoutMs: number): Promise<HookResult> {
  const started = performance.now();
  const result = hook.kind === 'command' ? await runCommand(fillTemplate(hook.command, values), values, timeoutMs) : await postWebhook(hook.url, values, timeoutMs);
  // A webhook's path often is its secret (chat and CI webhooks); only the origin is shown.
  const what = hook.kind === 'command' ? `command: ${fillTemplate(hook.command, values)}` : `POST ${new URL(hook.url).origin}/…`;
  return { name, what, ...result, durationMs: Math.round(performance.now() - started) };
}

/** fillTemplate replaces {name} with the value, shell-quoted unless it is a plain number. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-z_]+)\}/g, (match, key: string) => (key in values ? shellQuote(values[key]) : match));
}

export function shellQuote(value: string | number): string {
  const text = String(value);
  return /^[A-Za-z0-9_.,:/=+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function runCommand(command: string, values: Readonly<Record<string, string | number>>, timeoutMs: number): Promise<{ ok: boolean; detail: string }> {
  return new Promise((resolve) => {
    const env: Record<string, string> = { ...(process.env as Record<string, string>) };
    for (const [key, value] of Object.entries(values)) env[`LOADTEST_${key.toUpperCase()}`] = String(value);
    const child = spawn('/bin/sh', ['-c', command], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_BYTES);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // The whole process group, so a hook's children do not outlive it.
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, detail: `could not start: ${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const tail = output.trim() ? `\n${output.trim()}` : '';
      if (timedOut) resolve({ ok: false, detail: `timed out after ${timeoutMs}ms and was killed${tail}` });
      else resolve({ ok: code === 0, detail: `${code === null ? `killed by ${signal}` : `exit code ${code}`}${tail}` });
    });
  });
}

async function postWebhook(url: string, values: Readonly<Record<string, string | number>>, timeoutMs: number): Promise<{ ok: boolean; detail: string }> {
  try {
    const response = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(values),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = (await response.body.text()).slice(0, OUTPUT_TAIL_BYTES).trim();
    const ok = response.statusCode >= 200 && response.statusCode < 300;
    return { ok, detail: `HTTP ${response.statusCode}${text ? `\n${text}` : ''}` };
  } catch (error) {
    const name = (error as Error).name;
    return { ok: false, detail: name === 'TimeoutError' ? `no answer within ${timeoutMs}ms` : `request failed: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
}
