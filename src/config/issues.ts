// Where a setting came from, and what is wrong with it. Every config error names its source so
// that a user can go straight to the line, flag or variable that needs changing.

export type Source =
  | { kind: 'file'; file: string; line: number; col: number; keyPath: string }
  | { kind: 'flag'; flag: string }
  | { kind: 'env'; variable: string }
  | { kind: 'input'; input: string }
  | { kind: 'default' };

/**
 * Vocabulary: whose words a message uses for an option, the CLI's flags or the action's inputs: the
 * entry chooses, the plan carries it, config/vocabulary.ts words the option. Here, beside the sources
 * it matches, so the plan can carry it without importing the override table.
 */
export type Vocabulary = 'cli' | 'action';

export interface ConfigIssue {
  source: Source;
  message: string;
}

/** describeSource is the prefix of an error line: "perf.yml:7:10 thresholds.latency.p95", "--p95", "LOADTEST_P95". */
export function describeSource(source: Source): string {
  switch (source.kind) {
    case 'file':
      return `${source.file}:${source.line}:${source.col} ${source.keyPath}`;
    case 'flag':
      return source.flag;
    case 'env':
      return source.variable;
    case 'input':
      return `input '${source.input}'`;
    case 'default':
      return 'default';
  }
}

/** shortSource names a source in the effective-plan listing: "perf.yml:7", "--p95", "default". */
export function shortSource(source: Source): string {
  return source.kind === 'file' ? `${source.file}:${source.line}` : describeSource(source);
}

/** formatIssue is one error line; a problem with no place of its own (nothing set anywhere) is the message alone, not "default: …". */
export function formatIssue(issue: ConfigIssue): string {
  return issue.source.kind === 'default' ? issue.message : `${describeSource(issue.source)}: ${issue.message}`;
}

/** ConfigError carries every problem found in one pass, so users fix them all at once. */
export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];
  constructor(issues: readonly ConfigIssue[]) {
    super(
      issues.length === 1
        ? `configuration error: ${formatIssue(issues[0])}`
        : `${issues.length} configuration errors:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`,
    );
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/** didYouMean suggests the closest known name when a key or flag is misspelt (edit distance ≤ 2, or a prefix). */
export function didYouMean(word: string, known: Iterable<string>): string {
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const close = bestDistance <= Math.max(1, Math.min(2, Math.floor(best.length / 3)));
  const prefix = best !== '' && word.length >= 3 && best.toLowerCase().startsWith(word.toLowerCase());
  return close || prefix ? ` (did you mean '${best}'?)` : '';
}

/** editDistance counts insertions, deletions, substitutions and swaps of neighbours ("dmeo" → "demo" is one). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
