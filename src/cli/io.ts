// What the CLI needs from its process, passed in so main() runs the same in-process (tests) as in
// the real process (process.ts).

import type { Worker } from 'node:worker_threads';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** progress writes a transient line (a terminal rewrites it in place). */
  progress: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  /** worker starts this CLI again as a worker thread with workerData; absent in-process, where such work runs on the calling thread. */
  worker?: (workerData: unknown) => Worker;
  signal: AbortSignal;
  /** progressEverySeconds: 1 on a terminal, more in a CI log. */
  progressEverySeconds: number;
  /** readLimits returns /proc/self/limits, or null where there is none. */
  readLimits: () => string | null;
}
