// Renderings of a rollout: the stages and where it stopped first, then the stage that decided it.
// Each stage's own run is rendered by the run renderers.

import { VERDICT_BADGE, count, markdownTable, ms, percent, seconds } from './format.js';
import { renderJobSummary, type SummaryContext } from './job-summary.js';
import { renderMarkdown } from './markdown.js';
import { renderSummary } from './console.js';
import type { RolloutReport, RunReport, StageReport } from './model.js';
import { SHIFT_BACK } from '../ports/hooks.js';
import { metricRows } from './sections.js';

export const STAGE_HEADERS = ['Stage', 'Traffic', 'Duration', 'Verdict', 'Requests', 'p95', 'Error rate', 'Hooks'];
const STAGE_MARK = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚠️ inconclusive', skipped: '— not reached' } as const;

export function stageRows(report: RolloutReport): string[][] {
  return report.stages.map((s, i) => [
    `${i + 1}. ${s.name}`,
    `${s.percentage}%`,
    seconds(s.durationSeconds),
    STAGE_MARK[s.verdict],
    s.run ? count(s.run.overall.requests) : '',
    s.run ? ms(s.run.overall.latencyMs.p95) : '',
    s.run ? percent(s.run.overall.errorRatePercent) : '',
    s.hooks.map((h) => `${h.name} ${h.ok ? 'ok' : 'FAILED'}`).join(', '),
  ]);
}

export function banner(report: RolloutReport): string {
  if (report.status === 'promoted') return '✅ ROLLOUT PROMOTED';
  return `${VERDICT_BADGE[report.verdict]}: rollout ${report.status}${report.haltedAt ? ` at ${report.haltedAt}` : ''}`;
}

/** decisive is the stage whose run decided the rollout: where it halted, else the last one run. */
function decisive(report: RolloutReport): StageReport | undefined {
  return report.stages.find((s) => s.name === report.haltedAt && s.run) ?? [...report.stages].reverse().find((s) => s.run);
}

/** decisiveRun is that stage's run, as the rollout's metrics (outputs, Prometheus, Slack); null when no stage ran. */
export function decisiveRun(report: RolloutReport): RunReport | null {
  return decisive(report)?.run ?? null;
}

/** rolloutRollback is sections' rollbackLine naming every step of a rollout's rollback: the shift back to 0%, the on-rollback hook, the method. */
function rolloutRollback(report: RolloutReport): string | null {
  const r = report.rollback;
  if (!r.triggered) return null;
  const ran = (name: string) => report.hooks.some((h) => h.name === name);
  const steps = [ran(SHIFT_BACK) && 'traffic back to 0%', ran('on-rollback') && 'on-rollback hook', r.method].filter((s): s is string => Boolean(s));
  const how = steps.join(', ') || 'rollback';
  return r.ok ? `↩️ Auto-rollback triggered (${how}): ${r.detail.split('\n')[0]}` : `🚨 AUTO-ROLLBACK FAILED (${how}): ${r.detail}`;
}

/** renderConsoleResult: the verdict for a terminal, whichever kind of report it is. */
export function renderConsoleResult(report: RunReport | RolloutReport): string {
  return report.mode === 'rollout' ? renderRolloutConsole(report) : renderSummary(report);
}

export function renderRolloutConsole(report: RolloutReport): string {
  const lines = [banner(report), ...report.reasons.map((r) => `  - ${r}`)];
  const rollback = rolloutRollback(report);
  if (rollback) lines.push(rollback);
  const widths = STAGE_HEADERS.map((h, i) => Math.max(h.length, ...stageRows(report).map((r) => r[i].length)));
  lines.push('', [STAGE_HEADERS, ...stageRows(report)].map((row) => row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n'));
  for (const hook of report.hooks) lines.push(`hook ${hook.name}: ${hook.ok ? 'ok' : 'FAILED'} (${hook.what}) ${hook.detail.split('\n')[0]}`);
  return lines.join('\n');
}

export function renderRolloutMarkdown(report: RolloutReport): string {
  const parts = [`# Progressive rollout: ${banner(report)}`, '', `**Target:** ${report.target}  `, `**Environment:** ${report.environment ?? '(none)'}  `, `**Started:** ${report.startedAt}`, ''];
  parts.push(...report.reasons.map((r) => `- ${r}`), '');
  const rollback = rolloutRollback(report);
  if (rollback) parts.push(rollback, '');
  parts.push('## Stages', '', markdownTable(STAGE_HEADERS, stageRows(report)), '');
  const hooks = [...report.hooks, ...report.stages.flatMap((s) => s.hooks)];
  if (hooks.length > 0) parts.push('## Hooks', '', ...hooks.map((h) => `- **${h.name}** ${h.ok ? 'ok' : 'FAILED'} in ${h.durationMs}ms: ${h.what}\n\n  \`\`\`\n  ${h.detail.replace(/\n/g, '\n  ')}\n  \`\`\``), '');
  for (const [i, stage] of report.stages.entries()) {
    if (!stage.run) continue;
    parts.push(`## Stage ${i + 1}: ${stage.name} (${stage.percentage}%)`, '', renderMarkdown(stage.run).replace(/^(#+) /gm, '#$1 '), '');
  }
  return parts.join('\n');
}

export function renderRolloutJobSummary(report: RolloutReport, context: SummaryContext): string {
  const heading = report.status === 'promoted' ? '## ✅ Rollout promoted' : `## ${report.verdict === 'fail' ? '❌' : '⚠️'} Rollout ${report.status}${report.haltedAt ? ` at ${report.haltedAt}` : ''}`;
  const parts = [context.cancelled ? '## ⚠️ Rollout cancelled: partial report' : heading, report.reasons.map((r) => `> ${r}`).join('\n>\n')];
  const rollback = rolloutRollback(report);
  if (rollback) parts.push(`**${rollback.split('\n')[0]}**`);
  parts.push('### Stages', markdownTable(STAGE_HEADERS, stageRows(report)));
  const stage = decisive(report);
  if (stage?.run) parts.push(`### ${report.status === 'promoted' ? 'Last stage' : 'The stage that stopped it'}: ${stage.name}`, renderJobSummary(stage.run, context).replace(/^(#+) /gm, '#$1 '));
  return parts.join('\n\n') + '\n';
}

export function renderRolloutDeploymentEntry(report: RolloutReport): string {
  const stage = decisive(report);
  return [
    '## 📊 Load Test Performance Results',
    '',
    `**Timestamp:** ${report.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}  `,
    `**Status:** ${VERDICT_BADGE[report.verdict]}  `,
    `**Environment:** ${report.environment ?? '(none)'}  `,
    `**Target:** ${report.target}  `,
    `**Rollout:** ${report.stages.map((s) => `${s.percentage}% ${STAGE_MARK[s.verdict].split(' ')[0]}`).join(' → ')} (${report.status}${report.haltedAt ? ` at ${report.haltedAt}` : ''})  `,
    `**${report.verdict === 'pass' ? 'Pass' : 'Fail'} reason:** ${report.reasons.join('; ')}  `,
    `**Auto-rollback Triggered:** ${report.rollback.triggered ? 'Yes' : 'No'}  `,
    ...(report.rollback.triggered ? [`**Rollback:** ${report.rollback.ok ? '' : 'FAILED: '}${report.rollback.detail.split('\n')[0]}  `] : []),
    '',
    ...(stage?.run ? [`### Performance Metrics (${stage.name})`, '', markdownTable(['Metric', 'Value', 'Unit'], metricRows(stage.run), new Set([1])), ''] : []),
    '---',
    '',
  ].join('\n');
}
