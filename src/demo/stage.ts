// Staging a demo: the services it needs on 127.0.0.1, each in a process of its own (see child.ts),
// and the plan that exercises them, as a settings layer under any config file, variable or flag
// the user adds.

import type { ModeName } from '../app/mode-names.js';
import type { SettingMap } from '../config/yaml-reader.js';
import { type Launch, type Launched, childLauncher, cliEntry, inProcessLauncher } from './child.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoFlowLayer, demoLayer } from './plan.js';
import { DEMO_USERS, type DemoOptions } from './server.js';

export interface StagedDemo {
  mode: ModeName;
  layer: SettingMap;
  /** description: what was started, for the console. */
  description: string;
  /** close stops everything; it may return a last line worth printing (where the router's weight ended). */
  close: () => Promise<string | void>;
}

/** CANARY_REGRESSION: how much slower the demo canary is than production; the default rules allow 10%. */
export const CANARY_REGRESSION = 1.35;

/** CANARY_CAPACITY: requests the rollout demo's canary serves at once; enough for 5% of the demo's load, not for 25%. */
export const CANARY_CAPACITY = 2;

/** ROLLOUT_STAGES: the seeds' shape, seconds instead of minutes so the demo ends in well under a minute. */
const ROLLOUT_STAGES = [
  { name: '5% Traffic', percentage: 5, duration: 6 },
  { name: '25% Traffic', percentage: 25, duration: 6 },
  { name: '50% Traffic', percentage: 50, duration: 6 },
  { name: '100% Traffic', percentage: 100, duration: 6 },
];

/**
 * defaultLauncher: each service as a child running this CLI's `serve-demo`; in this process only
 * when there is no CLI file to run (TypeScript sources without a build), and then it says so.
 */
export function defaultLauncher(): { launch: Launch; where: string } {
  const entry = cliEntry();
  return entry ? { launch: childLauncher(entry), where: 'own process' } : { launch: inProcessLauncher, where: 'this process (no CLI bundle to run it in its own: npm run build)' };
}

export async function stageDemo(kind: 'run' | 'canary' | 'rollout' | 'flow', options: DemoOptions, launcher: { launch: Launch; where: string } = defaultLauncher()): Promise<StagedDemo> {
  const { launch, where } = launcher;
  const started: Launched[] = [];
  const start = async (...specs: Parameters<Launch>[0][]) => {
    const launched = await Promise.allSettled(specs.map((spec) => launch(spec)));
    for (const l of launched) if (l.status === 'fulfilled') started.push(l.value);
    const failed = launched.find((l) => l.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    return launched.map((l) => (l as PromiseFulfilledResult<Launched>).value);
  };
  // Last started, first stopped: the router before the services behind it.
  const closeAll = async (): Promise<string[]> => {
    const said: string[] = [];
    for (const l of started.splice(0).reverse()) said.push(...(await l.close().catch(() => [])));
    return said;
  };
  const pids = (list: Launched[]) => (list.every((l) => l.pid !== null) ? `, each in its own process (pid ${list.map((l) => l.pid).join(', ')})` : `, in ${where}`);
  try {
    if (kind === 'run') {
      const [service] = await start({ role: 'service', options });
      return {
        mode: 'run',
        layer: demoLayer(service.url),
        description: `Demo service listening on ${service.url} (median latency ${options.medianLatencyMs}ms, ${options.errorRatePercent}% errors)${service.pid !== null ? `, in its own process (pid ${service.pid})` : `, in ${where}`}`,
        close: async () => void (await closeAll()),
      };
    }
    if (kind === 'flow') {
      const [service] = await start({ role: 'service', options });
      // The users file the flow logs in with, as a user's would be: a CSV beside the config.
      const dir = mkdtempSync(join(tmpdir(), 'loadtest-demo-'));
      const usersFile = join(dir, 'users.csv');
      writeFileSync(usersFile, `username,password\n${DEMO_USERS.map((name) => `${name},pw-${name}`).join('\n')}\n`);
      return {
        mode: 'run',
        layer: demoFlowLayer(service.url, usersFile),
        description: `Demo shop listening on ${service.url} (median latency ${options.medianLatencyMs}ms, ${options.errorRatePercent}% errors)${service.pid !== null ? `, in its own process (pid ${service.pid})` : `, in ${where}`}; users log in with the rows of ${usersFile}, browse products and check out with their token`,
        close: async () => {
          await closeAll();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    if (kind === 'canary') {
      const [production, canary] = await start({ role: 'service', options }, { role: 'service', options: { ...options, medianLatencyMs: options.medianLatencyMs * CANARY_REGRESSION } });
      const layer = demoLayer(canary.url);
      layer.set('canary.production_url', { value: production.url, source: { kind: 'default' } });
      return {
        mode: 'canary',
        layer,
        description: `Demo production on ${production.url} (median ${options.medianLatencyMs}ms) and canary on ${canary.url} with an injected regression (${Math.round((CANARY_REGRESSION - 1) * 100)}% slower)${pids([production, canary])}`,
        close: async () => void (await closeAll()),
      };
    }
    return await stageRollout(options, start, closeAll, pids);
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** stageRollout: production, a canary that saturates under more than a little traffic, and a weighted router. */
async function stageRollout(options: DemoOptions, start: (...specs: Parameters<Launch>[0][]) => Promise<Launched[]>, closeAll: () => Promise<string[]>, pids: (list: Launched[]) => string): Promise<StagedDemo> {
  const [production, canary] = await start({ role: 'service', options }, { role: 'service', options: { ...options, maxConcurrent: CANARY_CAPACITY } });
  const [router] = await start({ role: 'router', productionUrl: production.url, canaryUrl: canary.url });
  const weightUrl = `${router.url}/__router/weight`;
  const layer = demoLayer(router.url);
  const set = (key: string, value: unknown) => layer.set(key, { value, source: { kind: 'default' } });
  set('load_test.warmup', 1000);
  // Production's p95 is about 45ms; a canary swamped at a quarter of the traffic pushes the mix well past 100ms.
  set('thresholds.latency.p95', 100);
  set('rollout.stages', ROLLOUT_STAGES.map((s) => ({ ...s, duration: s.duration * 1000 })));
  set('rollout.shift', weightUrl);
  set('rollout.hooks.on_rollback', `${router.url}/__router/rollback`);
  set('rollback.auto', true);
  return {
    mode: 'rollout',
    layer,
    description: [
      `Demo production on ${production.url}, canary on ${canary.url} (serves ${CANARY_CAPACITY} requests at a time: fine for a little traffic, not for a quarter of it),`,
      `and a router on ${router.url} sending the weight the rollout sets to the canary (POST ${weightUrl})${pids([production, canary, router])}`,
    ].join('\n'),
    close: async () => {
      const said = await closeAll();
      return said.find((line) => line.startsWith('Router:'));
    },
  };
}
