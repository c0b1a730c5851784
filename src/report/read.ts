// Reading a results.json back (to render it after the fact, to merge shards, as a baseline): it
// must be one this version wrote. Pure; the caller reads the file.

import type { RolloutReport, RunReport } from './model.js';
import { READABLE_SCHEMA_VERSIONS } from './model.js';

export function readResults(text: string, source: string): RunReport | RolloutReport {
  let report: RunReport | RolloutReport;
  try {
    report = JSON.parse(text) as RunReport | RolloutReport;
  } catch (error) {
    throw new Error(`${source}: not valid JSON: ${(error as Error).message}`);
  }
  if (typeof report !== 'object' || report === null || !('schemaVersion' in report)) throw new Error(`${source}: not a loadtest-action results.json`);
  if (!READABLE_SCHEMA_VERSIONS.includes(report.schemaVersion)) throw new Error(`${source}: results.json schema version ${String(report.schemaVersion)} is not one this version reads (${READABLE_SCHEMA_VERSIONS.join(', ')})`);
  if (!['run', 'canary', 'rollout'].includes(report.mode)) throw new Error(`${source}: unknown mode '${String(report.mode)}'`);
  return report;
}
