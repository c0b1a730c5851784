// Reading a results.json back (to render it after the fact, to merge shards, as a baseline): it
// must be one this version wrote. Pure; the caller reads the file.

import type { CapacityReport } from './capacity.js';
import type { RolloutReport, RunReport } from './model.js';
import { READABLE_SCHEMA_VERSIONS } from './model.js';

/** readResults: a run's or a rollout's results.json; a capacity search's is refused, saying so (it is no baseline or shard). */
export function readResults(text: string, source: string): RunReport | RolloutReport {
  const report = readAnyResults(text, source);
  if (report.mode === 'capacity') throw new Error(`${source}: holds a capacity search, not a run (it can be rendered, not used as a baseline or a shard)`);
  return report;
}

/** readAnyResults: any results.json this version reads: a run, a rollout or a capacity search. */
export function readAnyResults(text: string, source: string): RunReport | RolloutReport | CapacityReport {
  let report: RunReport | RolloutReport | CapacityReport;
  try {
    report = JSON.parse(text) as RunReport | RolloutReport | CapacityReport;
  } catch (error) {
    throw new Error(`${source}: not valid JSON: ${(error as Error).message}`);
  }
  if (typeof report !== 'object' || report === null || !('schemaVersion' in report)) throw new Error(`${source}: not a loadtest-action results.json`);
  if (!READABLE_SCHEMA_VERSIONS.includes(report.schemaVersion)) throw new Error(`${source}: results.json schema version ${String(report.schemaVersion)} is not one this version reads (${READABLE_SCHEMA_VERSIONS.join(', ')})`);
  if (!['run', 'canary', 'rollout', 'capacity'].includes(report.mode)) throw new Error(`${source}: unknown mode '${String(report.mode)}'`);
  return report;
}
