// `loadtest capacity --target URL [--from 50] [--to 5000] [--max-duration 10m]
// [--production-peak R|DIR --min-headroom 1.5x]`: the highest rate the service sustains within its
// SLOs, found by steps (app/capacity.ts), each step's line printed as it ends; the report printed
// and written (results.json, performance_report.md, report.html, metrics.prom in the report
// directory, as a run's are named); the exit code a run's.

import { runCapacity } from '../app/capacity-run.js';
import { formatIssue } from '../config/issues.js';
import { renderCapacityText } from '../report/capacity.js';
import { EXIT_CODES } from '../report/model.js';
import type { CliArgs } from './args.js';
import type { CliIO } from './io.js';

export async function capacityCommand(args: CliArgs, io: CliIO): Promise<number> {
  const outcome = await runCapacity(
    {
      plan: {
        overrides: args.overrides,
        overrideSource: (o) => ({ kind: 'flag', flag: args.flagOf?.get(o.setting) ?? o.flag }),
        configFile: args.config ? { value: args.config, source: { kind: 'flag', flag: '--config' } } : null,
        environment: args.environment ? { value: args.environment, source: { kind: 'flag', flag: '--environment' } } : null,
        randomSeed: Math.floor(Math.random() * 2 ** 31),
      },
      settings: args.capacity,
      nameOf: (setting) => `--${setting.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    },
    {
      env: io.env,
      monotonicMs: () => performance.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      now: () => new Date(),
      signal: io.signal,
      started: (_, text) => io.out(text),
      onStep: (step, i, arm) => io.out(`${arm ? `${arm} ` : ''}step ${i + 1} (${step.why}): ${step.rate} req/s offered, ${Math.round(step.achievedRps * 10) / 10} achieved, p95 ${Math.round(step.latencyMs.p95 * 10) / 10} ms, errors ${Math.round(step.errorRatePercent * 100) / 100}%: ${step.outcome === 'pass' ? 'pass' : `${step.outcome === 'hard' ? 'HARD STOP' : 'not sustained'}: ${step.reasons.join('; ')}`}`),
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
