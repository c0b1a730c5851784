// The CLI's work, given its arguments and a few I/O functions; returns the exit code. index.ts wires
// it to the real process (argv, env, signals, stdout).

import { runPipeline } from '../app/pipeline.js';
import { formatIssue } from '../config/issues.js';
import { type ModeName, MODE_NAMES } from '../app/modes.js';
import type { SettingMap } from '../config/yaml-reader.js';
import { EXIT_CODES } from '../report/model.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { sharedPorts } from '../wiring.js';
import { type CliArgs, UsageError, parseCliArgs } from './args.js';
import { runDemo, serveDemo } from './demo.js';
import { helpText } from './help.js';
import { renderReportFile } from './report-file.js';
import { importFile } from './import-file.js';
import { modelFiles } from './model-file.js';
import type { CliIO } from './io.js';

export type { CliIO } from './io.js';

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}`);
    return EXIT_CODES.config;
  }
  if (args.command === 'help') {
    io.out(helpText());
    return 0;
  }
  if (args.command === 'version') {
    io.out(`${TOOL_NAME} ${TOOL_VERSION}`);
    return 0;
  }

  if (args.command === 'serve-demo') return serveDemo(args, io);
  if (args.command === 'report') return renderReportFile(args, io);
  if (args.command === 'import') return importFile(args, io);
  if (args.command === 'model') return modelFiles(args, io);
  // merge judges the shards of a sharded run (args.paths) as one run; the config and flags still choose where reports go.
  if ((MODE_NAMES as readonly string[]).includes(args.command)) return runPlan(args, io, args.command as ModeName, { shards: args.command === 'merge' ? async () => args.paths : undefined });
  return runDemo(args, io, (mode, baseLayer) => runPlan(args, io, mode, { baseLayer }));
}

/** runPlan runs the pipeline for `mode` and prints it; the exit code is the report's, or 2 for a refusal. */
async function runPlan(args: CliArgs, io: CliIO, mode: ModeName, options: { baseLayer?: SettingMap; shards?: () => Promise<string[]> } = {}): Promise<number> {
  const quiet = args.quiet;
  const outcome = await runPipeline(
    {
      mode,
      plan: {
        overrides: args.overrides,
        overrideSource: (o) => ({ kind: 'flag', flag: args.flagOf?.get(o.setting) ?? o.flag }),
        configFile: args.config ? { value: args.config, source: { kind: 'flag', flag: '--config' } } : null,
        environment: args.environment ? { value: args.environment, source: { kind: 'flag', flag: '--environment' } } : null,
        randomSeed: Math.floor(Math.random() * 2 ** 31),
      },
      baseLayer: options.baseLayer,
      shards: options.shards,
      environmentHint: 'use --environment NAME',
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
  io.out(`Reports: ${files.resultsJson}, ${files.markdown}, ${files.html}; entry appended to ${files.deploymentReport}`);
  // The last word: a rollback that was needed and did not work leaves the bad deployment (or its traffic) in place.
  const rollback = report.rollback;
  if (rollback.triggered && !rollback.ok) io.err(outcome.clean(`error: AUTO-ROLLBACK FAILED${rollback.method ? ` (${rollback.method})` : ''}: ${rollback.detail.split('\n')[0]}. The rollback did not complete: check the deployment and its traffic by hand.`));
  return report.exitCode;
}
