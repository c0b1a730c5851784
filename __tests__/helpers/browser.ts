// The headless browser html.test.ts opens report.html in, found where each platform puts it:
// CHROMIUM_PATH first, then Debian's, Ubuntu's, Google's, the snap's and macOS's usual places.
// scripts/provision-tests.mjs looks in the same places (html.test.ts checks the two lists agree).

import { accessSync, constants, statSync } from 'node:fs';
import { missingError } from './prometheus.js';

export const BROWSER_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** findBrowser: CHROMIUM_PATH when set (null when it is not an executable), else the first usual place that has one. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return BROWSER_CANDIDATES.find(executable) ?? null;
}

/** browserPath is findBrowser's answer, or an error that says what to install or set. */
export function browserPath(env: NodeJS.ProcessEnv = process.env): string {
  const found = findBrowser(env);
  if (found) return found;
  if (env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file: point it at a Chromium or Chrome, or unset it to look in ${BROWSER_CANDIDATES.join(', ')}.`);
  throw missingError(`A Chromium or Chrome (looked in ${BROWSER_CANDIDATES.join(', ')})`, 'chromium');
}
