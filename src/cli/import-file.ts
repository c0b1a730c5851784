// `loadtest import har FILE.har`: a browser recording as a flow config on stdout (redirect it to a
// file), what was kept, dropped and which variables to set on stderr.

import { readFileSync } from 'node:fs';
import { HarError, importHar } from '../har/import.js';
import { EXIT_CODES } from '../report/model.js';
import type { CliArgs } from './args.js';
import type { CliIO } from './io.js';

export function importFile(args: CliArgs, io: CliIO): number {
  const [file] = args.paths;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`error: ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`);
    return EXIT_CODES.config;
  }
  try {
    const imported = importHar(text, file);
    io.out(imported.yaml);
    for (const note of imported.notes) io.err(note);
    return 0;
  } catch (error) {
    if (!(error instanceof HarError)) throw error;
    io.err(`error: ${error.message}`);
    return EXIT_CODES.config;
  }
}
