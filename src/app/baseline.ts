// Finding this run's baseline before any load is sent: a file, or the newest baseline artifact of
// the default branch (through the injected fetch, GitHub's REST API in practice). Only "there is no
// baseline yet" (no artifact of that name from a successful default-branch run: the first run on
// main) is a notice in the report. A baseline that cannot be read (a named file that does not
// exist or does not parse, an API call refused or failing, no token) would turn the regression
// gate off unasked: it is a mistake in the setup and stops the run, like a broken config.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HISTORY_FILE, parseHistory, withHistory } from '../baseline/history.js';
import { type Baseline, BaselineError } from '../baseline/model.js';
import { parseBaseline } from '../baseline/read.js';
import type { BaselinePlan } from '../config/plan.js';
import { giveOption, type Vocabulary } from '../config/vocabulary.js';
import type { BaselineLookup } from './regression.js';

/**
 * FetchedArtifact: a baseline artifact downloaded into `dir`, and the run that made it; or, found
 * false, the reason there is none yet. A fetch that cannot tell throws a BaselineError instead.
 */
export type FetchedArtifact = { found: true; dir: string; description: string; runUrl: string | null; createdAt: string | null } | { found: false; reason: string };

export interface BaselineDeps {
  readFile: (path: string) => string;
  fetchArtifact: (name: string) => Promise<FetchedArtifact>;
}

/** findBaseline: the baseline the plan names; `vocabulary` words the way out of a wrong path (config/vocabulary.ts). */
export async function findBaseline(plan: BaselinePlan, vocabulary: Vocabulary, deps: BaselineDeps): Promise<BaselineLookup> {
  if (plan.source.kind === 'file') {
    // A directory is a report directory (or a downloaded artifact): its results.json and history.
    const path = isDirectory(plan.source.path) ? (baselineFileIn(plan.source.path) ?? join(plan.source.path, 'results.json')) : plan.source.path;
    let text: string;
    try {
      text = deps.readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A file that was named and is not there is a wrong path, not a first run: there is no artifact to wait for.
      if (code === 'ENOENT') throw new BaselineError(`cannot read the baseline ${path}: no such file (check the path, or ${giveOption(vocabulary, 'baseline.source', 'artifact')} for the default branch's newest baseline)`);
      throw new BaselineError(`cannot read the baseline ${path}: ${code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
    }
    return { found: true, baseline: withHistoryBeside(parseBaseline(text, path), path, deps.readFile) };
  }
  const fetched = await deps.fetchArtifact(plan.source.name);
  if (!fetched.found) return fetched;
  const file = baselineFileIn(fetched.dir);
  if (!file) throw new BaselineError(`the baseline artifact ${plan.source.name} (${fetched.description}) holds no results.json or Locust _stats.csv`);
  const baseline: Baseline = withHistoryBeside(parseBaseline(readFileSync(file, 'utf8'), `${plan.source.name} (${fetched.description})`), file, (path) => readFileSync(path, 'utf8'));
  return { found: true, baseline: { ...baseline, runUrl: fetched.runUrl, startedAt: baseline.startedAt ?? fetched.createdAt } };
}

/**
 * withHistoryBeside: the baseline judged against the history kept beside its results.json
 * (baseline-history.json), when there is one; a history that is there but unreadable is an error,
 * like the baseline itself.
 */
function withHistoryBeside(baseline: Baseline, file: string, readFile: (path: string) => string): Baseline {
  if (baseline.kind !== 'results') return baseline;
  const path = join(dirname(file), HISTORY_FILE);
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return baseline;
    throw new BaselineError(`cannot read the baseline history ${path}: ${(error as Error).message}`);
  }
  return withHistory(baseline, parseHistory(text, path));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** baselineFileIn: results.json, else a Locust _stats.csv, at the top of a downloaded artifact. */
function baselineFileIn(dir: string): string | null {
  const names = readdirSync(dir);
  const name = names.find((n) => n === 'results.json') ?? names.find((n) => n.endsWith('_stats.csv'));
  return name ? join(dir, name) : null;
}
