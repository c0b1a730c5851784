// What the CLI needs from its process, passed in so main() runs the same in-process (tests) as in
// the real process (index.ts).

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** progress writes a transient line (a terminal rewrites it in place). */
  progress: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  signal: AbortSignal;
  /** progressEverySeconds: 1 on a terminal, more in a CI log. */
  progressEverySeconds: number;
  /** readLimits returns /proc/self/limits, or null where there is none. */
  readLimits: () => string | null;
}
