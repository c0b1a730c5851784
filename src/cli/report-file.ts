// `loadtest report results.json --html FILE`: a report.html from a results.json, after the fact.

import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { renderHtmlReport } from '../report/html/render.js';
import { EXIT_CODES, type RolloutReport, type RunReport } from '../report/model.js';
import { readAnyResults } from '../report/read.js';
import type { CapacityReport } from '../report/capacity.js';
import { renderCapacityHtml } from '../report/html/capacity.js';
import type { CliArgs } from './args.js';
import type { CliIO } from './io.js';

/** renderReportFile renders a results.json (a run, a canary, a rollout, merged shards or a capacity search) as report.html, after the fact. */
export async function renderReportFile(args: CliArgs, io: CliIO): Promise<number> {
  const source = args.paths[0];
  const target = args.html ?? join(dirname(source), 'report.html');
  let report: RunReport | RolloutReport | CapacityReport;
  try {
    report = readAnyResults(readFileSync(source, 'utf8'), source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`error: ${code === 'ENOENT' ? `${source}: no such file` : (error as Error).message}`);
    return EXIT_CODES.config;
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, report.mode === 'capacity' ? renderCapacityHtml(report) : renderHtmlReport(report));
  io.out(`Wrote ${target} (${report.mode === 'capacity' ? `capacity search, ${report.steps.length} steps` : report.mode === 'rollout' ? `rollout, ${report.stages.length} stages` : `${report.mode}${report.merged ? `, merged from ${report.merged.shards.length} shards` : ''}`}, verdict ${report.verdict})`);
  return 0;
}
