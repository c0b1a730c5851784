// Staging a demo: the services it needs on 127.0.0.1 and the plan that exercises them, as a
// settings layer under any config file, variable or flag the user adds.

import type { Mode } from '../config/plan.js';
import type { SettingMap } from '../config/yaml-reader.js';
import { demoLayer } from './plan.js';
import { type DemoOptions, type DemoServer, startDemoServer } from './server.js';

export interface StagedDemo {
  mode: Mode;
  layer: SettingMap;
  /** description: what was started, for the console. */
  description: string;
  close: () => Promise<void>;
}

/** CANARY_REGRESSION: how much slower the demo canary is than production; the default rules allow 10%. */
export const CANARY_REGRESSION = 1.35;

export async function stageDemo(kind: 'run' | 'canary', options: DemoOptions): Promise<StagedDemo> {
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
