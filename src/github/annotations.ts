// Annotations put the verdict where a pull request's reviewers look: each violated SLO as an error
// on the config line that sets its threshold, so the Files view shows it beside the number; an
// inconclusive run as a warning with its cause; config mistakes on the offending line. GitHub shows
// at most 10 annotations of a type per step, and setFailed adds one error of its own, so at most
// nine are made and the rest are folded into the ninth.

import type { ConfigIssue, Source } from '../config/issues.js';
import type { RunReport } from '../report/model.js';
import { METRIC_LABEL } from '../slo/checks.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** ANNOTATIONS_PER_TYPE leaves room for the error annotation that setFailed makes. */
export const ANNOTATIONS_PER_TYPE = 9;

/** Locate turns a setting's source into an annotation position, or null when it is not a file in the repository. */
export type Locate = (source: Source) => Pick<Annotation, 'file' | 'startLine' | 'startColumn'> | null;

export function verdictAnnotations(report: RunReport, locate: Locate): Annotation[] {
  const annotations: Annotation[] = [];
  for (const violation of report.violations) {
    const check = report.checks.find((c) => c.metric === violation.metric && c.endpoint === violation.endpoint);
    // Titles avoid ':' and ',', which the annotation command escapes in property values.
    const title = `${METRIC_LABEL[violation.metric]} SLO violated${violation.endpoint ? ` on ${violation.endpoint}` : ''}`;
    annotations.push({ level: 'error', title, message: violation.message, ...(check ? locate(check.source) : null) });
  }
  for (const result of report.comparison?.results ?? []) {
    if (result.verdict !== 'fail') continue;
    const metric = result.metric === 'error_rate' ? 'Error rate' : result.metric.toUpperCase();
    annotations.push({ level: 'error', title: `${metric} worse than production${result.scope ? ` on ${result.scope}` : ''}`, message: result.reason });
  }
  const regression = report.regression;
  for (const row of regression?.rows ?? []) {
    if (row.verdict !== 'fail') continue;
    const metric = row.metric === 'error_rate' ? 'Error rate' : row.metric.toUpperCase();
    annotations.push({ level: regression!.failOnRegression ? 'error' : 'warning', title: `${metric} regressed from the baseline${row.scope ? ` on ${row.scope}` : ''}`, message: row.reason, ...locate(regression!.rulesSource) });
  }
  if (regression?.status === 'not-comparable') annotations.push({ level: 'warning', title: 'Not compared with the baseline', message: regression.reasons.join('\n') });
  else if (regression?.verdict === 'inconclusive') annotations.push({ level: 'warning', title: 'Not enough data to compare with the baseline', message: regression.reasons.join('\n') });
  if (regression?.status === 'no-baseline') annotations.push({ level: 'notice', title: 'No baseline to compare with', message: `${regression.reasons[0]}. The regression rules were not applied.` });
  if (report.verdict === 'inconclusive') {
    annotations.push({ level: 'warning', title: report.status === 'interrupted' ? 'Load test interrupted' : 'Load test inconclusive', message: report.reasons.join('\n') });
  }
  return fold(annotations);
}

export function configAnnotations(issues: readonly ConfigIssue[], locate: Locate): Annotation[] {
  return fold(
    issues.map((issue) => {
      const where = issue.source.kind === 'file' ? issue.source.keyPath : issue.source.kind === 'input' ? `input ${issue.source.input}` : issue.source.kind === 'env' ? issue.source.variable : 'the configuration';
      return { level: 'error' as const, title: `Invalid load-test config at ${where}`, message: issue.message, ...locate(issue.source) };
    }),
  );
}

/** fold keeps the first eight of each level and folds the rest into a ninth that lists them. */
export function fold(annotations: readonly Annotation[]): Annotation[] {
  const out: Annotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    const same = annotations.filter((a) => a.level === level);
    if (same.length <= ANNOTATIONS_PER_TYPE) {
      out.push(...same);
      continue;
    }
    const kept = same.slice(0, ANNOTATIONS_PER_TYPE - 1);
    const rest = same.slice(ANNOTATIONS_PER_TYPE - 1);
    out.push(...kept, { level, title: `${rest.length} more`, message: rest.map((a) => `${a.title}: ${a.message}`).join('\n') });
  }
  return out;
}

/** Annotator is what shows annotations: the action's IO (the runner's workflow commands). */
export type Annotator = Record<Annotation['level'], (message: string, place: Omit<Annotation, 'level' | 'message'>) => void>;

export function emitAnnotations(annotations: readonly Annotation[], annotator: Annotator): void {
  for (const { level, message, ...place } of annotations) annotator[level](message, place);
}
