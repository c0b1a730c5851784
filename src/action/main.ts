// The action: inputs → plan → run → reports → outputs → pass or fail the step. The job summary,
// annotations and artifact upload come with the action issue; this is the thin entry.

import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { writeReports } from '../app/files.js';
import { fileLimitProblem } from '../app/limits.js';
import { runLoadTest } from '../app/run.js';
import { ConfigError, formatIssue } from '../config/issues.js';
import { loadPlan } from '../config/load.js';
import { renderPlan, renderSummary } from '../report/console.js';
import type { RunReport } from '../report/model.js';
import { readInputs } from './inputs.js';

export async function run(env: Readonly<Record<string, string | undefined>>, signal: AbortSignal): Promise<void> {
  const inputs = readInputs();
  let plan;
  try {
    plan = loadPlan({
      overrides: inputs.overrides,
      overrideSource: (o) => ({ kind: 'input', input: o.input ?? o.flag }),
      configFile: inputs.configFile,
      environment: inputs.environment,
      env,
      readFile: (path) => readFileSync(path, 'utf8'),
      randomSeed: Math.floor(Math.random() * 2 ** 31),
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const issue of error.issues) core.error(formatIssue(issue));
    core.setFailed(`${error.issues.length} configuration error${error.issues.length === 1 ? '' : 's'}; no load was sent`);
    return;
  }
  for (const secret of plan.secrets) core.setSecret(secret);
  const limit = fileLimitProblem(plan, readLimits());
  if (limit) {
    core.setFailed(limit);
    return;
  }
  core.info(renderPlan(plan));
  const report = await runLoadTest(plan, { signal });
  const files = await writeReports(report, plan);
  core.info(renderSummary(report));
  setOutputs(report, files.resultsJson, plan.reportDir);
  if (report.verdict === 'fail' && inputs.failOnViolation) core.setFailed(report.reasons.join('\n'));
  if (report.verdict === 'inconclusive' && inputs.failOnInconclusive) core.setFailed(`inconclusive: ${report.reasons.join('\n')}`);
}

function setOutputs(report: RunReport, resultsJson: string, reportDir: string): void {
  const o = report.overall;
  core.setOutput('verdict', report.verdict);
  core.setOutput('passed', String(report.passed));
  core.setOutput('p50-ms', String(o.latencyMs.p50));
  core.setOutput('p95-ms', String(o.latencyMs.p95));
  core.setOutput('p99-ms', String(o.latencyMs.p99));
  core.setOutput('throughput-rps', String(Math.round(o.throughputRps * 100) / 100));
  core.setOutput('error-rate', String(Math.round(o.errorRatePercent * 1000) / 1000));
  core.setOutput('requests', String(o.requests));
  core.setOutput('violations', JSON.stringify(report.violations));
  core.setOutput('report-dir', reportDir);
  core.setOutput('results-json', resultsJson);
}

function readLimits(): string | null {
  try {
    return readFileSync('/proc/self/limits', 'utf8');
  } catch {
    return null;
  }
}
