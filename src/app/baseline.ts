// Finding this run's baseline before any load is sent: a file, or the newest baseline artifact of
// the default branch (through the injected fetch, GitHub's REST API in practice). Only "there is no
// baseline yet" (no artifact of that name from a successful default-branch run: the first run on
// main) is a notice in the report. A baseline that cannot be read (a named file that does not
// exist or does not parse, an API call refused or failing, no token) would turn the regression
// gate off unasked: it is a mistake in the setup and stops the run, like a broken config.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Baseline, BaselineError } from '../baseline/model.js';
import { parseBaseline } from '../baseline/read.js';
import type { BaselinePlan } from '../config/plan.js';
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

export async function findBaseline(plan: BaselinePlan, deps: BaselineDeps): Promise<BaselineLookup> {
  if (plan.source.kind === 'file') {
    let text: string;
    try {
      text = deps.readFile(plan.source.path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A file that was named and is not there is a wrong path, not a first run: there is no artifact to wait for.
      if (code === 'ENOENT') throw new BaselineError(`cannot read the baseline ${plan.source.path}: no such file (check the path, or use --baseline artifact for the default branch's newest baseline)`);
      throw new BaselineError(`cannot read the baseline ${plan.source.path}: ${code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
    }
    return { found: true, baseline: parseBaseline(text, plan.source.path) };
  }
  const fetched = await deps.fetchArtifact(plan.source.name);
  if (!fetched.found) return fetched;
  const file = baselineFileIn(fetched.dir);
  if (!file) throw new BaselineError(`the baseline artifact ${plan.source.name} (${fetched.description}) holds no results.json or Locust _stats.csv`);
  const baseline: Baseline = parseBaseline(readFileSync(file, 'utf8'), `${plan.source.name} (${fetched.description})`);
  return { found: true, baseline: { ...baseline, runUrl: fetched.runUrl, startedAt: baseline.startedAt ?? fetched.createdAt } };
}

/** baselineFileIn: results.json, else a Locust _stats.csv, at the top of a downloaded artifact. */
function baselineFileIn(dir: string): string | null {
  const names = readdirSync(dir);
  const name = names.find((n) => n === 'results.json') ?? names.find((n) => n.endsWith('_stats.csv'));
  return name ? join(dir, name) : null;
}
