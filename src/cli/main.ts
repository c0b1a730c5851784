// The CLI's work, given its arguments and a few I/O functions; returns the exit code. index.ts wires
// it to the real process (argv, env, signals, stdout). Each command's code is imported when that
// command runs (the bundle splits there): `loadtest model` over a gigabyte of log, or a worker of
// it, must not carry the artifact and GitHub clients in memory.

import { type ModeName, MODE_NAMES } from '../app/mode-names.js';
import { EXIT_CODES } from '../report/model.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { type CliArgs, UsageError, parseCliArgs } from './args.js';
import { helpText } from './help.js';
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

  if (args.command === 'serve-demo') return (await import('./demo.js')).serveDemo(args, io);
  if (args.command === 'report') return (await import('./report-file.js')).renderReportFile(args, io);
  if (args.command === 'import') return (await import('./import-file.js')).importFile(args, io);
  if (args.command === 'model') return (await import('./model-file.js')).modelFiles(args, io);
  if (args.command === 'capacity') return (await import('./capacity.js')).capacityCommand(args, io);
  const { runPlan } = await import('./run-plan.js');
  // merge judges the shards of a sharded run (args.paths) as one run; the config and flags still choose where reports go.
  if ((MODE_NAMES as readonly string[]).includes(args.command)) return runPlan(args, io, args.command as ModeName, { shards: args.command === 'merge' ? async () => args.paths : undefined });
  return (await import('./demo.js')).runDemo(args, io, (mode, baseLayer) => runPlan(args, io, mode, { baseLayer }));
}

