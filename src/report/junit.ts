// report.junit.xml: the gate as a JUnit test report, so GitLab, Jenkins, Azure DevOps and
// test-report actions show it natively. A run is one suite: a `verdict` case for the whole gate
// (which also carries a run that measured nothing: unreachable, every request failed), one case per
// SLO check, per canary comparison and per baseline comparison (or one "not compared with the
// baseline" error, with the reason, for a baseline the run could not be judged against), and one
// for the rollback when there was one. A rollout is one suite for the rollout as a whole (its verdict, its hooks, its rollback)
// and one per stage (its shift and post-stage hooks, its run's cases; a stage never reached is a
// skipped case). A broken check or comparison, a failed hook or rollback is a <failure> whose
// message is the reason (the SLO, measured vs limit); an inconclusive one (no data, a breach the
// generator could explain, too small to tell) is an <error type="inconclusive"> (most tools count
// it red, as the gate does by default); an advisory metric left undecided is skipped.
// The shape is the Jenkins xunit plugin's junit-10 schema (no `skipped` on <testsuites>), with
// Ant's timestamp (UTC, to the second, no zone). Pure.

import type { HookResult } from '../ports/hooks.js';
import type { RolloutReport, RunReport, StageReport } from './model.js';
import { METRIC_LABEL, formatValue, isMinimum } from '../slo/checks.js';

type Outcome = 'pass' | 'fail' | 'error' | 'skipped';

interface Case {
  name: string;
  classname: string;
  outcome: Outcome;
  /** type: what kind of failure (slo, canary, regression, verdict, hook, rollback); errors are all "inconclusive". */
  type: string;
  /** message: the reason in one line; detail: the body of the element (the reasons one per line). */
  message: string;
  detail?: string;
  seconds: number;
}

interface Suite {
  name: string;
  timestamp: string;
  seconds: number;
  cases: Case[];
}

export function renderJunit(report: RunReport | RolloutReport): string {
  const suites = report.mode === 'rollout' ? [rolloutSuite(report), ...report.stages.map((stage, i) => stageSuite(report, stage, i))] : [runSuite(report)];
  const all = suites.flatMap((s) => s.cases);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="loadtest-action" tests="${all.length}" failures="${count(all, 'fail')}" errors="${count(all, 'error')}" time="${decimal(elapsed(report.startedAt, report.endedAt))}">`,
    ...suites.flatMap((suite) => [
      `  <testsuite name="${attr(suite.name)}" tests="${suite.cases.length}" failures="${count(suite.cases, 'fail')}" errors="${count(suite.cases, 'error')}" skipped="${count(suite.cases, 'skipped')}" time="${decimal(suite.seconds)}" timestamp="${timestamp(suite.timestamp)}">`,
      ...suite.cases.map(caseXml),
      '  </testsuite>',
    ]),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

function runSuite(run: RunReport): Suite {
  const cases = casesOf(run, 'loadtest');
  return { name: `loadtest ${run.target}`, timestamp: run.startedAt, seconds: elapsed(run.startedAt, run.endedAt), cases: run.shard ? cases.map((c) => provisional(c, run.shard!)) : cases };
}

/**
 * provisional: a shard's case as a shard's job reports it. The shard job exits 0 whatever it
 * measured (the merge judges the whole run), so a red case here would turn a test-report check
 * red for a gate that has not decided: anything but a pass is skipped, with what it measured.
 */
function provisional(c: Case, shard: NonNullable<RunReport['shard']>): Case {
  if (c.outcome === 'pass') return c;
  const message = `provisional, shard ${shard.index} of ${shard.count}: the merge judges the whole run; this shard measured: ${c.message}`;
  return { ...c, outcome: 'skipped', message, detail: c.detail ? `${message}\n${c.detail}` : message };
}

function rolloutSuite(rollout: RolloutReport): Suite {
  const seconds = elapsed(rollout.startedAt, rollout.endedAt);
  const cases: Case[] = [
    { name: 'verdict', classname: 'loadtest.rollout', outcome: verdictOutcome(rollout.verdict), type: 'verdict', message: rollout.reasons.join('; '), detail: rollout.reasons.join('\n'), seconds },
    ...rollout.hooks.map((hook) => hookCase(hook, 'loadtest.rollout')),
    ...rollbackCase(rollout.rollback, 'loadtest.rollout'),
  ];
  return { name: `rollout ${rollout.target}`, timestamp: rollout.startedAt, seconds, cases };
}

function stageSuite(rollout: RolloutReport, stage: StageReport, index: number): Suite {
  const classname = `loadtest.rollout.stage${index + 1}`;
  const hooks = stage.hooks.map((hook) => hookCase(hook, classname));
  const cases = stage.run ? [...casesOf(stage.run, classname), ...hooks] : hooks;
  // A stage with no run was never reached, or its shift failed (that hook's case is the failure).
  if (!stage.run && !hooks.some((c) => c.outcome !== 'pass')) {
    const outcome = stage.verdict === 'skipped' ? 'skipped' : verdictOutcome(stage.verdict);
    const message = stage.verdict === 'skipped' ? `not reached: ${rollout.reasons[0] ?? `the rollout ${rollout.status}`}` : rollout.reasons.join('; ');
    cases.push({ name: 'stage', classname, outcome, type: 'verdict', message, seconds: 0 });
  }
  const seconds = (stage.run ? elapsed(stage.run.startedAt, stage.run.endedAt) : 0) + stage.hooks.reduce((sum, h) => sum + h.durationMs / 1000, 0);
  return { name: `rollout stage ${index + 1}: ${stage.name} (${stage.percentage}%)`, timestamp: stage.run?.startedAt ?? rollout.startedAt, seconds, cases };
}

function casesOf(run: RunReport, prefix: string): Case[] {
  const cases: Case[] = [];
  cases.push({ name: 'verdict', classname: prefix, outcome: verdictOutcome(run.verdict), type: 'verdict', message: run.reasons.join('; '), detail: run.reasons.join('\n'), seconds: elapsed(run.startedAt, run.endedAt) });
  for (const check of run.checks) {
    const name = `${METRIC_LABEL[check.metric]} ${isMinimum(check.metric) ? '≥' : '≤'} ${formatValue(check.metric, check.threshold)}`;
    const classname = `${prefix}.slo${check.endpoint ? `.${check.endpoint}` : ''}`;
    // A breach the verdict did not hold against the service (the generator could explain it, too few requests) is undecided, with the verdict's reason why.
    const untrusted = !check.passed && !check.noData && run.untrusted.some((u) => u.metric === check.metric && u.endpoint === check.endpoint);
    const outcome: Outcome = check.noData || untrusted ? 'error' : check.passed ? 'pass' : 'fail';
    const message = untrusted ? (run.reasons.find((r) => r.startsWith(`${check.message} (not held against the service`)) ?? `${check.message} (not held against the service)`) : check.message;
    const interval = check.interval ? `${Math.round(check.interval.confidence * 100)}% interval ${formatValue(check.metric, check.interval.low)} to ${formatValue(check.metric, check.interval.high)}` : null;
    cases.push({ name, classname, outcome, type: 'slo', message, detail: interval ? `${message}\n${interval}` : message, seconds: 0 });
  }
  for (const r of run.comparison?.results ?? []) {
    cases.push({ name: `${r.metric} ${r.rule} against production`, classname: `${prefix}.canary${r.scope ? `.${r.scope}` : ''}`, outcome: comparedOutcome(r), type: 'canary', message: r.reason, seconds: 0 });
  }
  for (const row of run.regression?.rows ?? []) {
    cases.push({ name: `${row.metric} ${row.rule} against the baseline`, classname: `${prefix}.regression${row.scope ? `.${row.scope}` : ''}`, outcome: comparedOutcome(row), type: 'regression', message: row.reason, seconds: 0 });
  }
  // A baseline found but not judged against (another HTTP version): no rows, and not a silent pass either.
  if (run.regression?.status === 'not-comparable') {
    cases.push({ name: 'not compared with the baseline', classname: `${prefix}.regression`, outcome: 'error', type: 'regression', message: run.regression.reasons.join('; '), detail: run.regression.reasons.join('\n'), seconds: 0 });
  }
  cases.push(...rollbackCase(run.rollback, prefix));
  return cases;
}

function verdictOutcome(verdict: RunReport['verdict']): Outcome {
  return verdict === 'pass' ? 'pass' : verdict === 'fail' ? 'fail' : 'error';
}

/** comparedOutcome: an advisory metric the run could not resolve (and the generator did not hold) is not judged: skipped; any other undecided one is inconclusive. */
function comparedOutcome(r: { verdict: 'pass' | 'fail' | 'inconclusive'; advisory?: boolean; generatorHeld?: boolean }): Outcome {
  if (r.verdict !== 'inconclusive') return r.verdict;
  return r.advisory && !r.generatorHeld ? 'skipped' : 'error';
}

function hookCase(hook: HookResult, classname: string): Case {
  const message = `${hook.what}: ${hook.detail}`;
  return { name: `${hook.name} hook`, classname, outcome: hook.ok ? 'pass' : 'fail', type: 'hook', message, seconds: hook.durationMs / 1000 };
}

function rollbackCase(rollback: RunReport['rollback'], classname: string): Case[] {
  if (!rollback.triggered) return [];
  return [{ name: 'rollback', classname, outcome: rollback.ok ? 'pass' : 'fail', type: 'rollback', message: rollback.detail, seconds: 0 }];
}

function count(cases: readonly Case[], outcome: Outcome): number {
  return cases.filter((c) => c.outcome === outcome).length;
}

function caseXml(c: Case): string {
  const head = `    <testcase name="${attr(c.name)}" classname="${attr(c.classname)}" time="${decimal(c.seconds)}"`;
  if (c.outcome === 'pass') return `${head}/>`;
  const tag = c.outcome === 'fail' ? 'failure' : c.outcome === 'error' ? 'error' : 'skipped';
  const type = c.outcome === 'skipped' ? '' : ` type="${attr(c.outcome === 'error' ? 'inconclusive' : c.type)}"`;
  const message = c.message || tag;
  return `${head}>\n      <${tag} message="${attr(message)}"${type}>${text(c.detail || message)}</${tag}>\n    </testcase>`;
}

/** elapsed: seconds from one ISO time to another (0 when either is missing or unreadable). */
function elapsed(from: string, to: string): number {
  const seconds = (Date.parse(to) - Date.parse(from)) / 1000;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

/** decimal: seconds as JUnit's time, a plain decimal to the millisecond (never an exponent). */
function decimal(seconds: number): string {
  return (Math.round(seconds * 1000) / 1000).toFixed(3).replace(/\.?0+$/, '') || '0';
}

/** timestamp: as Ant writes it (and its schema requires), to the second with no zone: the time is UTC. */
function timestamp(iso: string): string {
  const time = Date.parse(iso);
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 19) : '1970-01-01T00:00:00';
}

function attr(value: string): string {
  // Whitespace other than a space is written as a character reference: a parser turns a literal tab or newline in an attribute into a space.
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function text(value: string): string {
  // XML 1.0 allows no control characters but tab, newline and carriage return, and no U+FFFE or
  // U+FFFF, not even as references: those are left out. An unpaired surrogate has no UTF-8 form: it
  // is U+FFFD, as in results.json. A carriage return is a reference, or a parser would fold it into
  // the newline after it.
  return value
    // eslint-disable-next-line no-control-regex -- these are exactly the characters XML forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}
