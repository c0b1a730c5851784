// The CLI's process: wires main() to argv, env, signals and stdout. Ctrl-C or SIGTERM stops the
// load and still writes the partial report; a second signal exits at once.

import { readFileSync, realpathSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { main } from './main.js';

/** INTERNAL_ERROR_EXIT: a bug, not a verdict (sysexits' EX_SOFTWARE). */
const INTERNAL_ERROR_EXIT = 70;

const controller = new AbortController();
let signals = 0;
const onSignal = (name: NodeJS.Signals) => {
  signals++;
  if (signals > 1) process.exit(130);
  process.stderr.write(`\n${name}: stopping; a run's partial report will still be written (send it again to exit at once)\n`);
  controller.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

// A reader that goes away (`loadtest run … | head`) must not cost the run its reports: stop
// printing and carry on to the end.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

const tty = process.stdout.isTTY === true;
let midLine = false;
const endLine = () => {
  if (midLine) process.stdout.write('\n');
  midLine = false;
};

main(process.argv.slice(2), {
  out: (text) => {
    endLine();
    process.stdout.write(`${text}\n`);
  },
  err: (text) => {
    endLine();
    process.stderr.write(`${text}\n`);
  },
  progress: (text) => {
    if (tty) {
      process.stdout.write(`\r\x1b[K${text}`);
      midLine = true;
    } else process.stdout.write(`${text}\n`);
  },
  env: process.env,
  // This script again, as a thread (index.ts sends it to the worker's work): the real path, since a
  // package manager's bin link has no .js to say it is a module. None when it cannot be found
  // (`node dist/cli/index`): the work then runs on this thread.
  worker: threadEntry() === null ? undefined : (workerData) => new Worker(threadEntry()!, { workerData }),
  signal: controller.signal,
  progressEverySeconds: tty ? 1 : 5,
  readLimits: () => {
    try {
      return readFileSync('/proc/self/limits', 'utf8');
    } catch {
      return null;
    }
  },
}).then(
  (code) => {
    endLine();
    process.exitCode = code;
  },
  (error: unknown) => {
    endLine();
    process.stderr.write(`internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = INTERNAL_ERROR_EXIT;
  },
);

/** threadEntry: the file this process runs, resolved, if it is one a worker thread can start. */
function threadEntry(): string | null {
  try {
    const path = realpathSync(process.argv[1]);
    return /\.[cm]?js$/.test(path) ? path : null;
  } catch {
    return null;
  }
}
