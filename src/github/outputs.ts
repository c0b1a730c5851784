// The step's outputs, for later steps and jobs (a rollback job's `if:`, a deployment's gate).

import * as core from '@actions/core';
import type { RunReport } from '../report/model.js';

export function setOutputs(report: RunReport, paths: { reportDir: string; resultsJson: string }, artifactId: number | null): void {
  const o = report.overall;
  const outputs: Record<string, string> = {
    verdict: report.verdict,
    passed: String(report.passed),
    'p50-ms': String(o.latencyMs.p50),
    'p95-ms': String(o.latencyMs.p95),
    'p99-ms': String(o.latencyMs.p99),
    'throughput-rps': String(Math.round(o.throughputRps * 100) / 100),
    'error-rate': String(Math.round(o.errorRatePercent * 1000) / 1000),
    requests: String(o.requests),
    violations: JSON.stringify(report.violations),
    'report-dir': paths.reportDir,
    'results-json': paths.resultsJson,
    'artifact-id': artifactId === null ? '' : String(artifactId),
    'rollback-triggered': String(report.rollback.triggered),
    regression: report.regression ? (report.regression.verdict ?? 'no-baseline') : '',
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
