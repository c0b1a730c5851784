// One entry of deployment_report.md, in the seeds' format: timestamp, status, reason, metrics
// summary and whether an auto-rollback was triggered. Entries are appended, never rewritten.

import { markdownTable } from './format.js';
import type { RunReport } from './model.js';
import { metricRows, protocolLine } from './sections.js';

const STATUS: Record<RunReport['verdict'], string> = { pass: '✅ PASSED', fail: '❌ FAILED', inconclusive: '⚠️ INCONCLUSIVE' };

export function renderDeploymentEntry(report: RunReport): string {
  const when = report.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  return [
    '## 📊 Load Test Performance Results',
    '',
    `**Timestamp:** ${when}  `,
    `**Status:** ${STATUS[report.verdict]}  `,
    `**Environment:** ${report.environment ?? '(none)'}  `,
    `**Target:** ${report.target}  `,
    ...(protocolLine(report) ? [`**Protocol:** ${protocolLine(report)}  `] : []),
    `**${report.verdict === 'pass' ? 'Pass' : 'Fail'} reason:** ${report.reasons.join('; ')}  `,
    ...(report.comparison ? [`**Canary vs production:** ${report.comparison.verdict} (${report.comparison.production.target})  `] : []),
    ...(report.regression ? [`**Against baseline:** ${report.regression.status === 'no-baseline' ? 'no baseline' : report.regression.status === 'not-comparable' ? 'not comparable (another HTTP version)' : report.regression.verdict === 'inconclusive' ? 'not enough data' : report.regression.verdict === 'fail' ? 'regressed' : 'no regression'}${report.regression.baseline ? ` (${report.regression.baseline.source})` : ''}  `] : []),
    `**Auto-rollback Triggered:** ${report.rollback.triggered ? 'Yes' : 'No'}  `,
    ...(report.rollback.triggered ? [`**Rollback:** ${report.rollback.ok ? '' : 'FAILED: '}${report.rollback.detail.split('\n')[0]}  `] : []),
    '',
    '### Performance Metrics',
    '',
    markdownTable(['Metric', 'Value', 'Unit'], metricRows(report), new Set([1])),
    '',
    '---',
    '',
  ].join('\n');
}
