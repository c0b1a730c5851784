// The step's outputs, for later steps and jobs (a rollback job's `if:`, a deployment's gate). They
// never fail open: a step that could not judge says `verdict=error`, a rollback that did not work
// says `rollback-ok=false`, and every failed comparison is in `violations` beside the SLOs.

import { type RolloutReport, type RunReport, EXIT_CODES } from '../report/model.js';
import { type ComparedMetric, type Criterion, allowedIncrease, parseCriteria } from '../config/criteria.js';

/**
 * OutputViolation is one entry of the `violations` output: a broken SLO (`kind: slo`), a metric of
 * the canary worse than production (`canary`), or one that regressed from the baseline
 * (`regression`). For a comparison, `actual` is the canary's (this run's) value, `reference` the
 * production's (the baseline's), `threshold` the value the rule allowed (the reference plus the
 * allowed increase, or the cap it broke; null when no one number says it) and `criterion` the rule.
 */
export interface OutputViolation {
  kind: 'slo' | 'canary' | 'regression';
  metric: string;
  endpoint: string | null;
  actual: number;
  threshold: number | null;
  message: string;
  criterion?: string;
  reference?: number;
}

/** SETUP_ERROR is the verdict of a step that could not run: a config or setup mistake (exit code 2); nothing was sent. */
export const SETUP_ERROR = 'error';

/** StepOutputs: output name to value, as the step sets them. */
export type StepOutputs = Record<string, string>;

/** runOutputs: a judged run's outputs. */
export function runOutputs(report: RunReport, paths: { reportDir: string; resultsJson: string }, artifactId: number | null): StepOutputs {
  const o = report.overall;
  return {
    verdict: report.verdict,
    passed: String(report.passed),
    'exit-code': String(report.exitCode),
    'p50-ms': String(o.latencyMs.p50),
    'p95-ms': String(o.latencyMs.p95),
    'p99-ms': String(o.latencyMs.p99),
    'throughput-rps': String(Math.round(o.throughputRps * 100) / 100),
    'error-rate': String(Math.round(o.errorRatePercent * 1000) / 1000),
    requests: String(o.requests),
    violations: JSON.stringify(outputViolations(report)),
    'report-dir': paths.reportDir,
    'results-json': paths.resultsJson,
    'artifact-id': artifactId === null ? '' : String(artifactId),
    ...rollbackOutputs(report.rollback),
    regression: report.regression ? (report.regression.status === 'not-comparable' ? 'not-comparable' : (report.regression.verdict ?? 'no-baseline')) : '',
  };
}

/** rolloutOutputs: the rollout's verdict, exit code and rollback, with the metrics of the stage that decided it (none when no stage ran). */
export function rolloutOutputs(report: RolloutReport, decisive: RunReport | null, paths: { reportDir: string; resultsJson: string }, artifactId: number | null): StepOutputs {
  const outputs = decisive
    ? runOutputs({ ...decisive, verdict: report.verdict, passed: report.passed, exitCode: report.exitCode, rollback: report.rollback }, paths, artifactId)
    : { verdict: report.verdict, passed: String(report.passed), 'exit-code': String(report.exitCode), violations: '[]', ...rollbackOutputs(report.rollback) };
  return { ...outputs, 'rollout-halted-at': report.haltedAt ?? '' };
}

/**
 * setupErrorOutputs: the step could not run (a config error, an unreadable baseline, shards that
 * cannot be merged, a rollback that could not work): `verdict=error`, `passed=false`,
 * `exit-code=2`, so an `if: steps.gate.outputs.verdict != 'pass'` still runs.
 */
export function setupErrorOutputs(): StepOutputs {
  return { verdict: SETUP_ERROR, passed: 'false', 'exit-code': String(EXIT_CODES.config), violations: '[]', 'rollback-triggered': 'false', 'rollback-ok': '' };
}

/** rollbackOutputs: `rollback-ok` is true only when every step of a triggered rollback worked, false when one failed, empty without a rollback. */
function rollbackOutputs(rollback: RunReport['rollback']): Record<string, string> {
  return { 'rollback-triggered': String(rollback.triggered), 'rollback-ok': rollback.triggered ? String(rollback.ok) : '' };
}

/** outputViolations: the SLO violations, then each failed canary comparison, then each regression that fails the gate. */
export function outputViolations(report: RunReport): OutputViolation[] {
  const out: OutputViolation[] = report.violations.map((v) => ({ kind: 'slo', ...v }));
  for (const r of report.comparison?.results ?? []) {
    if (r.verdict !== 'fail') continue;
    out.push({ kind: 'canary', metric: r.metric, endpoint: r.scope, actual: r.canary, threshold: limitOf(r.metric, r.rule, r.production, r.canary), message: r.reason, criterion: r.rule, reference: r.production });
  }
  const regression = report.regression;
  // A regression that only reports (fail-on-regression false) did not fail the gate: it is in the `regression` output, not here.
  if (regression?.failOnRegression) {
    for (const row of regression.rows) {
      if (row.verdict !== 'fail') continue;
      out.push({ kind: 'regression', metric: row.metric, endpoint: row.scope, actual: row.current, threshold: limitOf(row.metric, row.rule, row.baseline, row.current), message: row.reason, criterion: row.rule, reference: row.baseline });
    }
  }
  return out;
}

/** limitOf is the one value a comparison rule allowed: the cap `actual` broke, else the reference plus the allowed increase. */
function limitOf(metric: ComparedMetric, rule: string, reference: number, actual: number): number | null {
  const parsed = parseCriteria(rule.split(' and '), metric);
  if (!parsed.ok) return null;
  const rules: Criterion[] = parsed.value;
  const cap = rules.find((c) => c.kind === 'cap' && (c.strict ? actual >= c.value : actual > c.value));
  if (cap && cap.kind === 'cap') return cap.value;
  const allowed = allowedIncrease(rules, reference);
  return allowed === null ? null : Math.round((reference + allowed) * 1000) / 1000;
}
