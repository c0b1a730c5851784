// The action's `capacity` mode: the search (app/capacity-run.ts) from the step's inputs, the
// report uploaded with the step's artifact, the steps' table in the job summary, the answer in the
// outputs, and the step failed by the verdict and the failure policy, as a run's would be.

import { runCapacity } from '../app/capacity-run.js';
import type { RawCapacitySettings } from '../app/capacity-settings.js';
import type { SettingMap } from '../config/yaml-reader.js';
import { uploadReportDir } from '../github/artifact.js';
import { type Locate } from '../github/annotations.js';
import { renderCapacityMarkdown, stepLine } from '../report/capacity.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIO } from './io.js';
import { failOnConfig, maskSecrets, setOutputs } from './step.js';
import { setupErrorOutputs } from '../github/outputs.js';

export async function runCapacityStep(inputs: ActionInputs, settings: RawCapacitySettings, baseLayer: SettingMap, locate: Locate, secrets: string[], io: ActionIO): Promise<void> {
  const outcome = await runCapacity(
    {
      plan: { overrides: inputs.overrides, overrideSource: (o) => ({ kind: 'input', input: o.input ?? o.flag }), configFile: inputs.configFile, environment: inputs.environment, randomSeed: Math.floor(Math.random() * 2 ** 31), baseLayer },
      settings,
      vocabulary: 'action',
    },
    {
      env: io.env,
      signal: io.signal,
      monotonicMs: () => performance.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      now: () => new Date(),
      started: (plan, text) => {
        maskSecrets(plan, io);
        // Production's URL may carry credentials too.
        if (settings.productionUrl) {
          const password = new URL(settings.productionUrl).password;
          if (password) io.setSecret(decodeURIComponent(password));
        }
        secrets.push(...plan.secrets);
        io.info(text);
      },
      onStep: (step, i, arm) => io.info(stepLine(step, i, arm)),
    },
  );
  if (outcome.kind === 'refused') {
    if (outcome.issues.length > 0) return failOnConfig(outcome.issues, locate, io);
    setOutputs(io, setupErrorOutputs());
    io.setFailed(outcome.message);
    return;
  }
  const { plan, report } = outcome;
  const artifact = await uploadReportDir(plan.reportDir, inputs.artifactName, inputs.retentionDays, io.env, io);
  await io.appendSummary(`${renderCapacityMarkdown(report)}\n${artifact.state.uploaded ? `Reports: the artifact ${artifact.state.name}${artifact.state.url ? ` (${artifact.state.url})` : ''}.` : `Reports in ${plan.reportDir}.`}\n`);
  setOutputs(io, {
    verdict: report.verdict,
    passed: String(report.verdict === 'pass'),
    'exit-code': String(report.exitCode),
    'capacity-rps': report.capacityRps === null ? '' : String(report.capacityRps),
    'capacity-change-percent': report.comparison?.changePercent === null || report.comparison === null ? '' : String(report.comparison.changePercent),
    'headroom-ratio': report.headroom === null || report.headroom.ratio === null ? '' : String(Math.round(report.headroom.ratio * 1000) / 1000),
    'report-dir': plan.reportDir,
    'artifact-id': artifact.id === null ? '' : String(artifact.id),
  });
  const why = report.reasons.join('; ') || `stopped: ${report.stopped}`;
  if (report.verdict === 'fail' && inputs.failOnViolation) io.setFailed(`Capacity check failed: ${why}`);
  else if (report.verdict === 'inconclusive' && (inputs.failOnInconclusive || io.signal.aborted)) io.setFailed(`Capacity check ${io.signal.aborted ? 'cancelled' : 'inconclusive'}: ${why}`);
  else if (report.verdict !== 'pass') io.warning(`Capacity check ${report.verdict}, but the step's failure policy lets it pass: ${why}`);
}
