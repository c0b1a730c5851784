// Staging a demo: the services it needs on 127.0.0.1 and the plan that exercises them, as a
// settings layer under any config file, variable or flag the user adds.

import type { Mode } from '../config/plan.js';
import type { SettingMap } from '../config/yaml-reader.js';
import { demoLayer } from './plan.js';
import { type DemoOptions, type DemoServer, startDemoServer } from './server.js';
import { startRouter } from './router.js';

export interface StagedDemo {
  mode: Mode;
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

export async function stageDemo(kind: 'run' | 'canary' | 'rollout', options: DemoOptions): Promise<StagedDemo> {
  if (kind === 'rollout') return stageRollout(options);
  if (kind === 'run') {
    const service = await startDemoServer(options);
    return { mode: 'run', layer: demoLayer(service.url), description: `Demo service listening on ${service.url} (median latency ${options.medianLatencyMs}ms, ${options.errorRatePercent}% errors)`, close: service.close };
  }
  const servers: DemoServer[] = [];
  try {
    const production = await startDemoServer(options);
    servers.push(production);
    const canary = await startDemoServer({ ...options, medianLatencyMs: options.medianLatencyMs * CANARY_REGRESSION });
    servers.push(canary);
    const layer = demoLayer(canary.url);
    layer.set('canary.production_url', { value: production.url, source: { kind: 'default' } });
    return {
      mode: 'canary',
      layer,
      description: `Demo production on ${production.url} (median ${options.medianLatencyMs}ms) and canary on ${canary.url} with an injected regression (${Math.round((CANARY_REGRESSION - 1) * 100)}% slower)`,
      close: async () => {
        await Promise.all(servers.map((s) => s.close()));
      },
    };
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()));
    throw error;
  }
}

/** stageRollout: production, a canary that saturates under more than a little traffic, and a weighted router. */
async function stageRollout(options: DemoOptions): Promise<StagedDemo> {
  const closers: Array<() => Promise<void>> = [];
  try {
    const production = await startDemoServer(options);
    closers.push(production.close);
    const canary = await startDemoServer({ ...options, maxConcurrent: CANARY_CAPACITY });
    closers.push(canary.close);
    const router = await startRouter(production.url, canary.url);
    closers.push(router.close);
    const layer = demoLayer(router.url);
    const set = (key: string, value: unknown) => layer.set(key, { value, source: { kind: 'default' } });
    set('load_test.warmup', 1000);
    // Production's p95 is about 45ms; a canary swamped at a quarter of the traffic pushes the mix well past 100ms.
    set('thresholds.latency.p95', 100);
    set('rollout.stages', ROLLOUT_STAGES.map((s) => ({ ...s, duration: s.duration * 1000 })));
    set('rollout.shift', router.weightUrl);
    set('rollout.hooks.on_rollback', router.rollbackUrl);
    set('rollback.auto', true);
    return {
      mode: 'rollout',
      layer,
      description: [
        `Demo production on ${production.url}, canary on ${canary.url} (serves ${CANARY_CAPACITY} requests at a time: fine for a little traffic, not for a quarter of it),`,
        `and a router on ${router.url} sending the weight the rollout sets to the canary (POST ${router.weightUrl})`,
      ].join('\n'),
      close: async () => {
        const { production: p, canary: c } = router.served();
        const line = `Router: the canary's weight is now ${router.weight()}%; it served ${p.toLocaleString('en-US')} requests from production and ${c.toLocaleString('en-US')} from the canary`;
        for (const close of closers.reverse()) await close();
        return line;
      },
    };
  } catch (error) {
    for (const close of closers.reverse()) await close();
    throw error;
  }
}
