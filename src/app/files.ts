// Writing the report directory: results.json, performance_report.md, report.html, report.junit.xml, metrics.prom, and an entry
// appended to the deployment report. Appending opens the file with O_APPEND and writes the entry in one call, so an
// existing report is never truncated, even by two runs at once.

import { mkdir, open, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { HISTORY_FILE, nextHistory } from '../baseline/history.js';
import type { Plan } from '../config/plan.js';
import { renderDeploymentEntry } from '../report/deployment.js';
import { renderHtmlReport } from '../report/html/render.js';
import { renderJunit } from '../report/junit.js';
import { renderLocustCsv } from '../report/locust-csv.js';
import { renderMarkdown } from '../report/markdown.js';
import type { RolloutReport, RunReport } from '../report/model.js';
import { renderRolloutDeploymentEntry, renderRolloutMarkdown } from '../report/rollout.js';
import { scrub, scrubStrings } from '../redact.js';
import { prometheusText } from './publish.js';

export interface WrittenFiles {
  resultsJson: string;
  markdown: string;
  /** html: report.html, self-contained, with charts. */
  html: string;
  /** junit: report.junit.xml, the gate as a JUnit test report (a test case per SLO check and comparison). */
  junit: string;
  /** metrics: the Prometheus text (metrics.prom), null when nothing ran */
  metrics: string | null;
  deploymentReport: string;
  /** entryCopy: this run's deployment entry inside the report directory, when the log lives elsewhere. */
  entryCopy: string | null;
  /** exported: other formats written (Locust's CSV files). */
  exported: string[];
  /** history: baseline-history.json, the history this run was judged against extended by itself (the next baseline's); null for a rollout, a shard or a run that measured nothing. */
  history: string | null;
}

/** writeReports writes a run's or a rollout's reports; both are results.json plus their renderings. */
export async function writeReports(report: RunReport | RolloutReport, plan: Plan): Promise<WrittenFiles> {
  const dir = plan.reportDir;
  await mkdir(dir, { recursive: true });
  const files: WrittenFiles = {
    resultsJson: join(dir, 'results.json'),
    markdown: join(dir, 'performance_report.md'),
    html: join(dir, 'report.html'),
    junit: join(dir, 'report.junit.xml'),
    deploymentReport: plan.deploymentReport,
    entryCopy: null,
    metrics: null,
    exported: [],
    history: null,
  };
  // Reports are built from a redacted plan; scrubbing every string of the report again catches a
  // secret that reached free text (an error message echoing a header, say), without touching the
  // structure of JSON, HTML, XML or CSV. The prose renderings are scrubbed once more as text; the
  // XML and the metrics are not: a secret such as "test" or "load" scrubbed from their text would
  // break their tags and metric names (loadtest_… would become ***test_…).
  const clean = (text: string) => scrub(text, plan.secrets);
  const safe = scrubStrings(report, plan.secrets);
  await writeFile(files.resultsJson, `${JSON.stringify(safe, null, 2)}\n`);
  await writeFile(files.markdown, clean(safe.mode === 'rollout' ? renderRolloutMarkdown(safe) : renderMarkdown(safe)));
  await writeFile(files.html, renderHtmlReport(safe));
  await writeFile(files.junit, renderJunit(safe));
  const metrics = prometheusText(safe);
  if (metrics) {
    files.metrics = join(dir, 'metrics.prom');
    await writeFile(files.metrics, metrics);
  }
  const history = safe.mode === 'rollout' ? null : nextHistory(safe);
  if (history) {
    files.history = join(dir, HISTORY_FILE);
    await writeFile(files.history, `${JSON.stringify(history, null, 2)}\n`);
  }
  if (plan.exports.locustCsv) files.exported = await writeLocustCsv(safe, plan.exports.locustCsv);
  const entry = clean(safe.mode === 'rollout' ? renderRolloutDeploymentEntry(safe) : renderDeploymentEntry(safe));
  await appendEntry(files.deploymentReport, entry);
  // The report directory is what gets uploaded; when the log lives elsewhere, this run's entry goes with the report.
  if (relative(resolve(dir), resolve(files.deploymentReport)).startsWith('..')) {
    files.entryCopy = join(dir, 'deployment_report_entry.md');
    await writeFile(files.entryCopy, entry);
  }
  return files;
}

/** writeLocustCsv writes PREFIX_stats.csv, _stats_history.csv and _failures.csv; a rollout gets one set per stage that ran. */
async function writeLocustCsv(report: RunReport | RolloutReport, prefix: string): Promise<string[]> {
  const runs = report.mode === 'rollout' ? report.stages.flatMap((stage, i) => (stage.run ? [{ run: stage.run, prefix: `${prefix}_stage${i + 1}` }] : [])) : [{ run: report, prefix }];
  const written: string[] = [];
  for (const { run, prefix: at } of runs) {
    const files = renderLocustCsv(run);
    await mkdir(dirname(at), { recursive: true });
    for (const [suffix, text] of [['_stats.csv', files.stats], ['_stats_history.csv', files.history], ['_failures.csv', files.failures]] as const) {
      await writeFile(`${at}${suffix}`, text);
      written.push(`${at}${suffix}`);
    }
  }
  return written;
}

/** appendEntry adds an entry to a markdown log, starting it on a fresh paragraph if the file lacks a blank line at its end. */
export async function appendEntry(path: string, entry: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // 'a+' positions every write at the end of the file; only the last two bytes are read, to choose the separator.
  const handle = await open(path, 'a+');
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(Math.min(2, size));
    if (size > 0) await handle.read(tail, 0, tail.length, size - tail.length);
    const end = tail.toString('utf8');
    const separator = size === 0 || end === '\n\n' ? '' : end.endsWith('\n') ? '\n' : '\n\n';
    await handle.write(separator + entry);
  } finally {
    await handle.close();
  }
}
