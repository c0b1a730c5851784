// Finding and reading the shards' results.json files: each argument is a file, or a directory
// searched (a few levels deep) for results.json, as a downloaded artifact lays it out.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RunReport } from '../report/model.js';
import { readResults } from '../report/read.js';
import { MergeError, type ShardFile } from './merge.js';

const MAX_DEPTH = 4;

export function readShardFiles(paths: readonly string[]): ShardFile[] {
  const problems: string[] = [];
  const files: ShardFile[] = [];
  for (const path of paths) {
    let found: string[];
    try {
      found = statSync(path).isDirectory() ? findResults(path, 0) : [path];
    } catch (error) {
      problems.push(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (error as Error).message}`);
      continue;
    }
    if (found.length === 0) problems.push(`${path}: no results.json inside`);
    for (const file of found) {
      try {
        // A rollout's results.json reads fine here and is refused by the merge, which says why.
        files.push({ source: file, report: readResults(readFileSync(file, 'utf8'), file) as RunReport });
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
  }
  if (problems.length > 0) throw new MergeError(problems);
  return files;
}

function findResults(dir: string, depth: number): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const here = entries.filter((e) => e.isFile() && e.name === 'results.json').map((e) => join(dir, e.name));
  if (here.length > 0 || depth >= MAX_DEPTH) return here;
  return entries.filter((e) => e.isDirectory()).flatMap((e) => findResults(join(dir, e.name), depth + 1));
}
