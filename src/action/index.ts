// The action's entry, as the runner starts it (node24, dist/index.js). Cancellation arrives as
// SIGINT then SIGTERM: both stop the load so the partial report is still written.

import * as core from '@actions/core';
import { run } from './main.js';

const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    core.warning(`${signal}: the job is being cancelled; stopping the load and writing the partial report`);
    controller.abort();
  });
}

run(process.env, controller.signal).catch((error: unknown) => {
  core.setFailed(`internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
});
