// report.junit.xml: the gate as a JUnit test report, so GitLab, Jenkins, Azure DevOps and
// test-report actions show it natively: one test case per SLO check, per canary comparison and per
// baseline comparison, and one for the whole verdict (which also carries a run that measured
// nothing: unreachable, every request failed). A failure carries its reason; an inconclusive
// result is an error (most tools count it red, as the gate does by default); an advisory metric
// left undecided is skipped. A rollout is one suite per stage. Pure.

import type { RolloutReport, RunReport } from './model.js';
import { METRIC_LABEL } from '../slo/checks.js';

interface Case {
  name: string;
  classname: string;
  outcome: 'pass' | 'fail' | 'error' | 'skipped';
  message: string;
}

export function renderJunit(report: RunReport | RolloutReport): string {
  const suites = report.mode === 'rollout' ? report.stages.map((stage) => ({ name: `rollout stage ${stage.name} (${stage.percentage}%)`, seconds: stage.run?.durationSeconds ?? 0, cases: stage.run ? casesOf(stage.run) : [{ name: 'stage', classname: 'loadtest.rollout', outcome: 'skipped' as const, message: `not reached (${stage.verdict})` }] })) : [{ name: `loadtest ${report.target}`, seconds: report.durationSeconds, cases: casesOf(report) }];
  const all = suites.flatMap((s) => s.cases);
  const count = (cases: Case[], outcome: Case['outcome']) => cases.filter((c) => c.outcome === outcome).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="loadtest-action" tests="${all.length}" failures="${count(all, 'fail')}" errors="${count(all, 'error')}" skipped="${count(all, 'skipped')}">`,
    ...suites.flatMap((suite) => [
      `  <testsuite name="${attr(suite.name)}" tests="${suite.cases.length}" failures="${count(suite.cases, 'fail')}" errors="${count(suite.cases, 'error')}" skipped="${count(suite.cases, 'skipped')}" time="${suite.seconds}" timestamp="${attr(report.startedAt)}">`,
      ...suite.cases.map(caseXml),
      '  </testsuite>',
    ]),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

function casesOf(run: RunReport): Case[] {
  const cases: Case[] = [];
  const verdictOutcome = (verdict: string): Case['outcome'] => (verdict === 'pass' ? 'pass' : verdict === 'fail' ? 'fail' : 'error');
  cases.push({ name: 'verdict', classname: 'loadtest', outcome: verdictOutcome(run.verdict), message: run.reasons.join('; ') });
  for (const check of run.checks) {
    const outcome: Case['outcome'] = check.noData ? 'error' : check.passed ? 'pass' : 'fail';
    cases.push({ name: `${METRIC_LABEL[check.metric]} ≤ ${check.threshold}${check.unit}`, classname: `loadtest.slo${check.endpoint ? `.${check.endpoint}` : ''}`, outcome, message: check.message });
  }
  for (const r of run.comparison?.results ?? []) {
    const outcome: Case['outcome'] = r.verdict === 'pass' ? 'pass' : r.verdict === 'fail' ? 'fail' : r.advisory ? 'skipped' : 'error';
    cases.push({ name: `${r.metric} ${r.rule} against production`, classname: `loadtest.canary${r.scope ? `.${r.scope}` : ''}`, outcome, message: r.reason });
  }
  for (const row of run.regression?.rows ?? []) {
    const outcome: Case['outcome'] = row.verdict === 'pass' ? 'pass' : row.verdict === 'fail' ? 'fail' : 'error';
    cases.push({ name: `${row.metric} ${row.rule} against the baseline`, classname: `loadtest.regression${row.scope ? `.${row.scope}` : ''}`, outcome, message: row.reason });
  }
  return cases;
}

function caseXml(c: Case): string {
  const head = `    <testcase name="${attr(c.name)}" classname="${attr(c.classname)}"`;
  if (c.outcome === 'pass') return `${head}/>`;
  const tag = c.outcome === 'fail' ? 'failure' : c.outcome === 'error' ? 'error' : 'skipped';
  const type = c.outcome === 'error' ? ' type="inconclusive"' : '';
  return `${head}>\n      <${tag}${type} message="${attr(c.message)}">${text(c.message)}</${tag}>\n    </testcase>`;
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}

function text(value: string): string {
  // XML 1.0 allows no control characters but tab, newline and carriage return.
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML forbids
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
