// `loadtest capacity --target URL [--from 50] [--to 5000] [--max-duration 10m]
// [--production-peak R|DIR --min-headroom 1.5x]`: the highest rate the service sustains within its
// SLOs, found by steps (app/capacity.ts), each step's line printed as it ends; the report printed
// and written (results.json, performance_report.md, report.html, metrics.prom in the report
// directory, as a run's are named); the exit code a run's.

import { runCapacity } from '../app/capacity-run.js';
import { formatIssue } from '../config/issues.js';
import { renderCapacityText, stepLine } from '../report/capacity.js';
import { EXIT_CODES } from '../report/model.js';
import type { CliArgs } from './args.js';
import type { CliIO } from './io.js';
import { planChoice } from './run-plan.js';

export async function capacityCommand(args: CliArgs, io: CliIO): Promise<number> {
  const outcome = await runCapacity(
    {
      plan: planChoice(args),
      settings: args.capacity,
      vocabulary: 'cli',
    },
    {
      env: io.env,
      monotonicMs: () => performance.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      now: () => new Date(),
      signal: io.signal,
      started: (_, text) => io.out(text),
      onStep: (step, i, arm) => io.out(stepLine(step, i, arm)),
    },
  );
  if (outcome.kind === 'refused') {
    for (const issue of outcome.issues) io.err(`error: ${formatIssue(issue)}`);
    io.err(outcome.issues.length ? `${outcome.message}.` : `error: ${outcome.message}`);
    return EXIT_CODES.config;
  }
  const { report, files } = outcome;
  io.out('');
  io.out(renderCapacityText(report));
  io.out(`\nReports: ${files.json}, ${files.markdown}, ${files.html}, ${files.metrics}`);
  return report.exitCode;
}
