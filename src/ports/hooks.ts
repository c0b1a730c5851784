// Lifecycle hooks as the core knows them: a shell command or a webhook, and what running one came
// to. Running them is integrations/hooks.ts's job.

export interface HookResult {
  /** name is what the hook is for: "shift traffic", "pre-rollout", "rollback"… */
  name: string;
  /** what was run, with secrets redacted by the caller: "command: kubectl …" or "POST https://…". */
  what: string;
  ok: boolean;
  /** detail: exit code or HTTP status, and the last lines of output. */
  detail: string;
  durationMs: number;
}

/**
 * SHIFT_BACK names the hook run when a halted rollout rolls back: the shift hook again, with
 * percentage 0 and stage ROLLBACK_STAGE, before the on-rollback hook.
 */
export const SHIFT_BACK = 'shift traffic back';
export const ROLLBACK_STAGE = 'rollback';

export type Hook = { kind: 'command'; command: string } | { kind: 'webhook'; url: string };

/** parseHook: a value starting with http:// or https:// is a webhook; anything else is a shell command. */
export function parseHook(value: string): Hook {
  return /^https?:\/\//i.test(value.trim()) ? { kind: 'webhook', url: value.trim() } : { kind: 'command', command: value };
}
