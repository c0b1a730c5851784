// The Slack message for a run, in Block Kit: what happened, which SLOs broke (actual against
// threshold), where, and links to the run and its report. Pure; within Slack's limits (50 blocks,
// 3,000 characters a text, 10 fields).

import { METRIC_LABEL, formatValue } from '../slo/checks.js';
import { count, ms, percent } from './format.js';
import type { RolloutReport, RunReport } from './model.js';
import { decisiveRun } from './rollout.js';

export interface SlackLinks {
  runUrl: string | null;
  artifactUrl: string | null;
}

const ICON = { pass: '✅', fail: '❌', inconclusive: '⚠️' } as const;
const WORD = { pass: 'passed', fail: 'failed', inconclusive: 'inconclusive' } as const;
const MAX_VIOLATIONS = 10;

export function slackMessage(report: RunReport | RolloutReport, links: SlackLinks): Record<string, unknown> {
  const run = report.mode === 'rollout' ? decisiveRun(report) : report;
  const what = report.mode === 'rollout' ? `Rollout ${report.status === 'promoted' ? 'promoted' : `${report.status}${report.haltedAt ? ` at ${report.haltedAt}` : ''}`}` : `Load test ${WORD[report.verdict]}`;
  const title = `${ICON[report.verdict]} ${what}${report.environment ? ` · ${report.environment}` : ''}`;
  const blocks: Array<Record<string, unknown>> = [{ type: 'header', text: { type: 'plain_text', text: title.slice(0, 150), emoji: true } }];
  const fields = [
    ['Target', report.target],
    ['Environment', report.environment ?? '(none)'],
    ...(run ? [['Requests', count(run.overall.requests)], ['p95 · error rate', `${ms(run.overall.latencyMs.p95)} · ${percent(run.overall.errorRatePercent)}`]] : []),
  ];
  blocks.push({ type: 'section', fields: fields.map(([k, v]) => ({ type: 'mrkdwn', text: `*${k}*\n${escape(v)}` })) });
  const violations = run?.violations ?? [];
  if (violations.length > 0) {
    const lines = violations.slice(0, MAX_VIOLATIONS).map((v) => `• ${v.endpoint ? `${escape(v.endpoint)}: ` : ''}${METRIC_LABEL[v.metric]} *${formatValue(v.metric, v.actual)}* (threshold ${formatValue(v.metric, v.threshold)})`);
    if (violations.length > MAX_VIOLATIONS) lines.push(`…and ${violations.length - MAX_VIOLATIONS} more`);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Violated SLOs*\n${lines.join('\n')}`.slice(0, 3000) } });
  } else {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Why*\n${report.reasons.map((r) => `• ${escape(r)}`).join('\n')}`.slice(0, 3000) } });
  }
  if (report.rollback.triggered) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `${report.rollback.ok ? '↩️ *Auto-rollback triggered*' : '🚨 *Auto-rollback FAILED*'}: ${escape(report.rollback.detail.split('\n')[0])}`.slice(0, 3000) } });
  const context = [links.runUrl && `<${links.runUrl}|Workflow run>`, links.artifactUrl && `<${links.artifactUrl}|Report artifact>`, `${report.tool.name} ${report.tool.version}`].filter(Boolean);
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: context.join(' · ') }] });
  return { text: `${title}: ${report.reasons[0] ?? ''}`.slice(0, 3000), blocks };
}

/** escape keeps Slack's mrkdwn from reading &, < and > as markup. */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
