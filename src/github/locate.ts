// Where a setting lives, as GitHub wants it for an annotation: a path relative to the repository
// root (GITHUB_WORKSPACE) and a line, so the PR's Files view shows the annotation on that line.

import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Locate } from './annotations.js';

export function locator(workspace: string | undefined): Locate {
  return (source) => {
    if (source.kind !== 'file' || !existsSync(source.file)) return null;
    const root = workspace ?? process.cwd();
    const path = relative(root, resolve(source.file));
    const file = path.startsWith('..') || isAbsolute(path) ? source.file : path.split('\\').join('/');
    return { file, startLine: source.line, startColumn: source.col };
  };
}
