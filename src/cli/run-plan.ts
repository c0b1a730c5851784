// A mode's run from the command line: the pipeline with the shared ports, its output printed, the
// exit code returned.

import { runPipeline } from '../app/pipeline.js';
import type { ModeName } from '../app/mode-names.js';
import { formatIssue } from '../config/issues.js';
import type { LoadPlanOptions } from '../config/load.js';
import type { SettingMap } from '../config/yaml-reader.js';
import { EXIT_CODES } from '../report/model.js';
import { sharedPorts } from '../wiring.js';
import type { CliArgs } from './args.js';
import type { CliIO } from './io.js';

export /** runPlan runs the pipeline for `mode` and prints it; the exit code is the report's, or 2 for a refusal. */
async function runPlan(args: CliArgs, io: CliIO, mode: ModeName, options: { baseLayer?: SettingMap; shards?: () => Promise<string[]> } = {}): Promise<number> {
  const quiet = args.quiet;
  const outcome = await runPipeline(
    {
      mode,
      plan: planChoice(args),
      baseLayer: options.baseLayer,
      shards: options.shards,
      vocabulary: 'cli',
    },
    {
      ...sharedPorts(io.env, io.env.GITHUB_TOKEN),
      readLimits: io.readLimits,
      signal: io.signal,
      progressEverySeconds: io.progressEverySeconds,
      show: (shown) => {
        if (shown.level === 'summary') {
          io.out('');
          io.out(shown.text);
        } else if (shown.level === 'warning') io.err(`warning: ${shown.text}`);
        else if (shown.level === 'info') io.out(shown.text);
        else if (!quiet) (shown.level === 'progress' ? io.progress : io.out)(shown.text);
      },
    },
  );
  if (outcome.kind === 'refused') {
    if (outcome.what === 'config') {
      for (const issue of outcome.issues) io.err(`error: ${formatIssue(issue)}`);
      io.err(`${outcome.message}; nothing was run.`);
    } else io.err(`error: ${outcome.message}${outcome.what === 'baseline' ? '; nothing was run.' : ''}`);
    return EXIT_CODES.config;
  }
  const { report, files } = outcome;
  io.out('');
  io.out(`Reports: ${files.resultsJson}, ${files.markdown}, ${files.html}, ${files.junit}; entry appended to ${files.deploymentReport}`);
  // The last word: a rollback that was needed and did not work leaves the bad deployment (or its traffic) in place.
  const rollback = report.rollback;
  if (rollback.triggered && !rollback.ok) io.err(outcome.clean(`error: AUTO-ROLLBACK FAILED${rollback.method ? ` (${rollback.method})` : ''}: ${rollback.detail.split('\n')[0]}. The rollback did not complete: check the deployment and its traffic by hand.`));
  return report.exitCode;
}

/** planChoice: what the command line chose for a plan: its flags, config file and environment. */
export function planChoice(args: CliArgs): Omit<LoadPlanOptions, 'mode' | 'env' | 'readFile' | 'baseLayer' | 'vocabulary'> {
  return {
    overrides: args.overrides,
    overrideSource: (o) => ({ kind: 'flag', flag: args.flagOf?.get(o.setting) ?? o.flag }),
    configFile: args.config ? { value: args.config, source: { kind: 'flag', flag: '--config' } } : null,
    environment: args.environment ? { value: args.environment, source: { kind: 'flag', flag: '--environment' } } : null,
    randomSeed: Math.floor(Math.random() * 2 ** 31),
  };
}
