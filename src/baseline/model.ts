// A baseline: an earlier run this one is compared with. Read from a results.json (with latency
// histograms, compared exactly) or a Locust _stats.csv (percentiles only, compared by order
// statistics), so teams moving from Locust keep their history.

import type { Sample } from '../slo/compare/judge.js';
import type { ArmProtocol, HistoryRun } from '../report/model.js';

export type BaselineSample = Sample & { name: string; method: string; path: string };

export interface Baseline {
  kind: 'results' | 'locust';
  /** source says where it came from: a path, or the artifact and the run that made it. */
  source: string;
  startedAt: string | null;
  runUrl: string | null;
  target: string | null;
  /** protocol: the HTTP version its load went over, and what http_version asked; null when the file does not say (a Locust CSV, a results.json from before HTTP/2). */
  protocol: Pick<ArmProtocol, 'version' | 'asked'> | null;
  /** overall: the newest run's whole-run metrics, with the history's values per metric (Sample.history). */
  overall: BaselineSample;
  endpoints: BaselineSample[];
  /** history: the runs the whole run is judged against, oldest first; the newest is this baseline's own run. */
  history: HistoryRun[];
}

/** BaselineError: the baseline given cannot be read; the message names the file and what is wrong. */
export class BaselineError extends Error {
  override name = 'BaselineError';
}
