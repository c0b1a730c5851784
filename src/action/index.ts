// The action's entry, as the runner starts it (node24, dist/index.js). A cancelled job gets
// SIGINT, then SIGTERM a few seconds later: the first stops the load at once, and the partial
// report is still written, uploaded and summarised before the step ends.

import * as core from '@actions/core';
import { coreIO } from './io.js';
import { run } from './main.js';

const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (controller.signal.aborted) return;
    core.warning(`${signal}: the job is being cancelled; stopping the load and reporting what was measured`);
    controller.abort();
  });
}

run(coreIO(process.env, controller.signal)).catch((error: unknown) => {
  core.setFailed(`internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
});
