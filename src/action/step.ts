// The step's result: its outputs, a refusal before any load (verdict=error where a reviewer
// looks), and pass or fail by the verdict and the failure policy.

import type { Refusal } from '../app/pipeline.js';
import { type ConfigIssue, formatIssue } from '../config/issues.js';
import type { Plan } from '../config/plan.js';
import { type Locate, configAnnotations, emitAnnotations } from '../github/annotations.js';
import { type StepOutputs, setupErrorOutputs } from '../github/outputs.js';
import type { RolloutReport, RunReport } from '../report/model.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIO } from './io.js';

export function setOutputs(io: ActionIO, outputs: StepOutputs): void {
  for (const [name, value] of Object.entries(outputs)) io.setOutput(name, value);
}

/** refused: the step could not run; verdict=error, and the reason where a reviewer looks. */
export async function refused(refusal: Refusal, locate: Locate, io: ActionIO): Promise<void> {
  if (refusal.what === 'config' || refusal.what === 'baseline') return failOnConfig(refusal.issues, locate, io);
  if (refusal.what === 'merge') await io.appendSummary(`## ❌ Merge failed: the sharded run cannot be judged\n\n\`\`\`\n${refusal.message}\n\`\`\`\n`);
  setOutputs(io, setupErrorOutputs());
  io.setFailed(refusal.what === 'rollback' ? `${refusal.message}; no load was sent` : refusal.message);
}

/** decide fails the step or not: a rollback that was needed and failed always does, whatever fail-on-violation says. */
export function decide(report: RunReport | RolloutReport, inputs: ActionInputs, cancelled: boolean, io: ActionIO, what = 'Load test'): void {
  const { verdict, reasons, rollback } = report;
  if (rollback.triggered && !rollback.ok) io.setFailed(`Auto-rollback FAILED${rollback.method ? ` (${rollback.method})` : ''}: ${rollback.detail}`);
  else if (verdict === 'fail' && inputs.failOnViolation) io.setFailed(`${what} failed: ${reasons.join('; ')}`);
  else if (verdict === 'inconclusive' && (inputs.failOnInconclusive || cancelled)) io.setFailed(`${what} ${cancelled ? 'cancelled' : 'inconclusive'}: ${reasons.join('; ')}`);
  else if (verdict === 'fail') io.warning(`${what} failed, but fail-on-violation is false: ${reasons.join('; ')}`);
  else if (verdict === 'inconclusive') io.warning(`${what} inconclusive, but fail-on-inconclusive is false: ${reasons.join('; ')}`);
}

export async function failOnConfig(issues: readonly ConfigIssue[], locate: Locate, io: ActionIO): Promise<void> {
  setOutputs(io, setupErrorOutputs());
  emitAnnotations(configAnnotations(issues, locate), io);
  const lines = issues.map((issue) => `- ${formatIssue(issue)}`).join('\n');
  await io.appendSummary(`## ❌ Load test not run: ${issues.length} configuration error${issues.length === 1 ? '' : 's'}\n\n${lines}\n\nNo load was sent.\n`);
  io.setFailed(`${issues.length} configuration error${issues.length === 1 ? '' : 's'}; no load was sent:\n${issues.map(formatIssue).join('\n')}`);
}

/** maskSecrets registers header values and URL credentials with the runner, which then hides them in every log line. */
export function maskSecrets(plan: Plan, io: ActionIO): void {
  for (const secret of plan.secrets) io.setSecret(secret);
  const url = new URL(plan.target);
  if (url.password) io.setSecret(decodeURIComponent(url.password));
}
