// The CLI's demos: `demo [run|canary|rollout|flow]` stages the services on 127.0.0.1 and runs the plan
// against them; `serve-demo` serves the demo service alone until a signal.

import { boundedDuration } from '../config/schema.js';
import type { ModeName } from '../app/mode-names.js';
import { parsePercent } from '../config/units.js';
import type { SettingMap } from '../config/yaml-reader.js';
import { MAX_LATENCY_MS } from '../defaults.js';
import { DEMO_CHILD_VARIABLE, serveDemoChild } from '../demo/child.js';
import { DEFAULT_DEMO, type DemoServer, startDemoServer } from '../demo/server.js';
import { stageDemo } from '../demo/stage.js';
import { EXIT_CODES } from '../report/model.js';
import type { CliArgs } from './args.js';
import type { CliIO } from './io.js';

/** runDemo stages the demo `args` asks for, runs `run` against it, and stops what it started. */
export async function runDemo(args: CliArgs, io: CliIO, run: (mode: ModeName, baseLayer: SettingMap) => Promise<number>): Promise<number> {
  const options = demoOptions(args);
  if (typeof options === 'string') {
    io.err(`error: ${options}`);
    return EXIT_CODES.config;
  }
  const demo = await stageDemo(args.demo, options);
  try {
    io.out(demo.description);
    return await run(demo.mode, demo.layer);
  } finally {
    const last = await demo.close();
    if (last) io.out(last);
  }
}

/** serveDemo runs the demo service alone until a signal, for a workflow to load-test it. */
export async function serveDemo(args: CliArgs, io: CliIO): Promise<number> {
  // A demo's own service, started by `demo` in a process of its own (src/demo/child.ts).
  const childSpec = io.env[DEMO_CHILD_VARIABLE];
  if (childSpec) return serveDemoChild(childSpec, args.port, io);
  const options = demoOptions(args);
  if (typeof options === 'string') {
    io.err(`error: ${options}`);
    return EXIT_CODES.config;
  }
  let demo: DemoServer;
  try {
    demo = await startDemoServer({ ...options, port: args.port });
  } catch (error) {
    io.err(`error: cannot listen on 127.0.0.1:${args.port}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return EXIT_CODES.config;
  }
  io.out(`Demo service listening on ${demo.url} (median latency ${options.medianLatencyMs}ms, ${options.errorRatePercent}% errors); stop it with Ctrl-C`);
  await new Promise<void>((resolve) => (io.signal.aborted ? resolve() : io.signal.addEventListener('abort', () => resolve(), { once: true })));
  await demo.close();
  io.out(`Demo service stopped after ${demo.requests().toLocaleString('en-US')} requests`);
  return 0;
}

function demoOptions(args: CliArgs) {
  const latency = args.demoLatency === null ? { ok: true as const, value: DEFAULT_DEMO.medianLatencyMs } : boundedDuration(args.demoLatency, 'ms', MAX_LATENCY_MS);
  if (!latency.ok) return `--demo-latency: ${latency.error}`;
  const errors = args.demoErrorRate === null ? { ok: true as const, value: DEFAULT_DEMO.errorRatePercent } : parsePercent(args.demoErrorRate);
  if (!errors.ok) return `--demo-error-rate: ${errors.error}`;
  return { medianLatencyMs: latency.value, errorRatePercent: errors.value };
}
