// Everything the action says to the runner goes through ActionIO: log lines and annotations, the
// step's outputs, its summary, secrets to mask, and its failure. The runner's side is coreIO
// (@actions/core); tests pass a recording one and run the action in-process, as the CLI's CliIO
// lets the CLI be run. Secrets are scrubbed once, here (scrubbing), not at each call site.

import * as core from '@actions/core';
import { scrub } from '../redact.js';

/** Where an annotation points: a file and line of the workspace, and its title. */
export interface AnnotationPlace {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface ActionIO {
  /** env: the step's environment: inputs as INPUT_*, the GITHUB_* and RUNNER_* context. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** signal aborts when the job is cancelled. */
  readonly signal: AbortSignal;
  info(text: string): void;
  notice(text: string, place?: AnnotationPlace): void;
  warning(text: string, place?: AnnotationPlace): void;
  error(text: string, place?: AnnotationPlace): void;
  /** setSecret asks the runner to hide `value` in every later log line. */
  setSecret(value: string): void;
  setOutput(name: string, value: string): void;
  /** setFailed fails the step with `message` (an error line, exit code 1). */
  setFailed(message: string): void;
  /** appendSummary adds markdown to the job summary; false when the step has none (outside a runner). */
  appendSummary(markdown: string): Promise<boolean>;
}

/** coreIO is the runner's side, through @actions/core. */
export function coreIO(env: Readonly<Record<string, string | undefined>>, signal: AbortSignal): ActionIO {
  return {
    env,
    signal,
    info: (text) => core.info(text),
    notice: (text, place) => core.notice(text, place),
    warning: (text, place) => core.warning(text, place),
    error: (text, place) => core.error(text, place),
    setSecret: (value) => core.setSecret(value),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    appendSummary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) return false;
      await core.summary.addRaw(markdown).write();
      return true;
    },
  };
}

/**
 * scrubbing wraps `io` so that no text it is given can show one of `secrets()`: log lines,
 * annotations, the failure and the summary. Outputs are values later steps compute with, and the
 * runner masks them as it masks the log.
 */
export function scrubbing(io: ActionIO, secrets: () => readonly string[]): ActionIO {
  const clean = (text: string) => scrub(text, secrets());
  return {
    ...io,
    info: (text) => io.info(clean(text)),
    notice: (text, place) => io.notice(clean(text), place),
    warning: (text, place) => io.warning(clean(text), place),
    error: (text, place) => io.error(clean(text), place),
    setFailed: (message) => io.setFailed(clean(message)),
    appendSummary: (markdown) => io.appendSummary(clean(markdown)),
  };
}

/** input reads one input as @actions/core's getInput does: INPUT_<NAME, spaces as _>, trimmed. */
export function input(env: ActionIO['env'], name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** multilineInput: the input's non-empty lines, each trimmed. */
export function multilineInput(env: ActionIO['env'], name: string): string[] {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
