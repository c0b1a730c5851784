#!/usr/bin/env node
// The CLI entry. On the main thread it is the command line (process.ts); started again as a worker
// thread, it reads one part of a split log for `loadtest model` (model/part.ts), loading nothing
// else.

import { isMainThread } from 'node:worker_threads';

if (isMainThread) await import('./process.js');
else await (await import('../model/part.js')).readPart();
