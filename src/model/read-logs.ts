// Access log files read into one traffic model: each file streamed (gzip) or read in byte ranges
// (a plain file big enough is cut into parts read at once, on worker threads when the caller can
// start them), the parts merged in file order. Shared by the CLI's and the action's `model`.

import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { type LogRecord, nginxFormat, parseLogLine } from './access-log.js';
import { byteRanges, eachLine, eachLineIn, gunzipped, logKind } from './lines.js';
import { TrafficModel, type TrafficModelResult, type TrafficModelState } from './model.js';
import { type LogPart, lineFolder, modelOfPart } from './part.js';
import { type KnownRoute, parseRoutes } from './routes.js';

/** SPLIT_BYTES: a plain log at least this big is read in parts at once, one per core (up to MAX_THREADS), unless `threads` says otherwise. */
const SPLIT_BYTES = 64 * 1024 * 1024;
const MAX_THREADS = 4;

export interface ReadLogsOptions {
  known: KnownRoute[];
  /** logFormat: an nginx log_format the lines follow (already checked by nginxFormat); null for the formats read without one. */
  logFormat: string | null;
  /** threads: parts per plain file; null for one per core on files of SPLIT_BYTES or more. */
  threads: number | null;
  /** worker starts a thread that reads a LogPart (its workerData) with part.ts's readPart; absent, parts are read on this thread. */
  worker?: (part: LogPart) => Worker;
}

/** LogReadError: a file that could not be read, in words for the user. */
export class LogReadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** RoutesFileError: a routes file that cannot be read, or a line of it that is not a route. */
export class RoutesFileError extends Error {}

/** readRoutesFile: a --routes file's templates; a RoutesFileError naming the file (and line) when it cannot be read or a line is not a route. */
export function readRoutesFile(file: string): KnownRoute[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RoutesFileError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`);
  }
  const read = parseRoutes(text);
  if ('error' in read) throw new RoutesFileError(`${file}:${read.line}: ${read.error}`);
  return read.routes;
}

/** checkLogFormat: throws LogFormatError when an nginx log_format cannot be read (before any log is). */
export function checkLogFormat(format: string): void {
  nginxFormat(format);
}

/** readLogs: every line of `files` folded into one model; a file that cannot be read is a LogReadError. */
export async function readLogs(files: readonly string[], options: ReadLogsOptions): Promise<TrafficModelResult> {
  const model = new TrafficModel(options.known);
  const parse: (line: string) => LogRecord | null = options.logFormat === null ? parseLogLine : nginxFormat(options.logFormat);
  for (const file of files) {
    // Each file is its own ordered stream, merged like the parts of one: logs of several servers, or given newest first, count right.
    const workers: Worker[] = [];
    try {
      const kind = await logKind(file);
      // A gzip stream cannot be cut: it is read whole, on this thread.
      const parts = kind.gzip ? 1 : (options.threads ?? (kind.bytes >= SPLIT_BYTES ? Math.min(availableParallelism(), MAX_THREADS) : 1));
      if (parts <= 1) {
        const whole = new TrafficModel(options.known);
        await (kind.gzip ? eachLine(gunzipped(file), lineFolder(whole, parse)) : eachLineIn(file, 0, Infinity, lineFolder(whole, parse)));
        model.absorb(whole.snapshot());
      } else {
        // This thread reads the first part while workers read the rest; the parts merge in file order.
        const states = await Promise.all(
          byteRanges(kind.bytes, parts).map(({ start, end }, k) => {
            const part: LogPart = { file, start, end, known: options.known, logFormat: options.logFormat };
            return k > 0 && options.worker ? onWorker(options.worker, part, workers) : modelOfPart(part);
          }),
        );
        for (const state of states) model.absorb(state);
      }
    } catch (error) {
      // One part failed: the others stop too.
      for (const worker of workers) void worker.terminate();
      if (error instanceof WorkerStartError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new LogReadError(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'Z_DATA_ERROR' ? 'not valid gzip' : (error as Error).message);
    }
  }
  return model.result();
}

/** WorkerStartError: a reading thread could not be started (not the log's fault). */
export class WorkerStartError extends Error {}

/** onWorker: a part read on a worker thread (kept in `workers`, to be stopped if another part fails); its model's state, or its error. */
function onWorker(start: NonNullable<ReadLogsOptions['worker']>, part: LogPart, workers: Worker[]): Promise<TrafficModelState> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = start(part);
    } catch (error) {
      reject(new WorkerStartError(`cannot start a thread to read part of ${part.file} (${(error as Error).message}); read it with --threads 1`));
      return;
    }
    workers.push(worker);
    worker.once('message', (message: { state?: TrafficModelState; error?: string; code?: string }) => {
      if (message.state) resolve(message.state);
      else reject(Object.assign(new Error(message.error), { code: message.code }));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a thread reading ${part.file} stopped with exit code ${code} before it was done`)));
  });
}
