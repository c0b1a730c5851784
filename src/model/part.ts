// One part of a split log for `loadtest model`: its lines folded into a traffic model whose state
// goes back to the thread that merges the parts. The same code reads a part on the calling thread
// when there are no worker threads (in-process, in tests).

import { parentPort, workerData } from 'node:worker_threads';
import { type LogRecord, nginxFormat, parseLogLine } from './access-log.js';
import { TrafficModel, type TrafficModelState } from './model.js';
import type { KnownRoute } from './routes.js';
import { eachLineIn } from './lines.js';

/** LogPart: what a thread needs to read its part: the lines that start in [start, end) of a plain file. */
export interface LogPart {
  file: string;
  start: number;
  end: number;
  known: KnownRoute[];
  logFormat: string | null;
}

/** lineFolder: a line handler that parses each line into the model, counting those no format reads. */
export function lineFolder(model: TrafficModel, parse: (line: string) => LogRecord | null): (line: string) => void {
  return (line) => {
    if (line === '') return;
    const record = parse(line);
    if (record) model.add(record);
    else model.addUnparsed(line);
  };
}

/** modelOfPart: one part of a log read into a model of its own; its state, to be absorbed in order. */
export async function modelOfPart(part: LogPart): Promise<TrafficModelState> {
  const model = new TrafficModel(part.known);
  await eachLineIn(part.file, part.start, part.end, lineFolder(model, part.logFormat === null ? parseLogLine : nginxFormat(part.logFormat)));
  return model.snapshot();
}

/** readPart: the worker thread's whole work: its part (workerData) read, the state or the error posted back. */
export async function readPart(): Promise<void> {
  try {
    parentPort!.postMessage({ state: await modelOfPart(workerData as LogPart) });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message, code: (error as NodeJS.ErrnoException).code });
  }
}
