// The plan the demo runs unless told otherwise: the seeds' endpoints and SLOs against the embedded
// service, short enough to finish in well under a minute. It is a settings layer below the config
// file, so any flag, variable or file changes it.

import type { Source } from '../config/issues.js';
import { readConfigText } from '../config/yaml-reader.js';
import type { SettingMap } from '../config/yaml-reader.js';

export const DEMO_CONFIG = `
thresholds:
  latency:
    p50: 100ms
    p95: 250ms
    p99: 400ms
  error_rate: 1%
load_test:
  concurrency: 20
  duration: 20s
  warmup: 2s
  health_path: /api/health
  endpoints:
    "/api/health": 0.05
    "/api/users": 0.25
    "/api/orders": 0.30
    "/api/products": 0.20
    "/api/analytics": 0.10
    "/api/search": 0.10
`;

/** demoLayer is the demo's plan as a settings layer, with its embedded target. */
export function demoLayer(targetUrl: string): SettingMap {
  const read = readConfigText(DEMO_CONFIG, '<built-in demo plan>', {});
  if (read.issues.length > 0) throw new Error(`the built-in demo plan is invalid: ${read.issues.map((i) => i.message).join('; ')}`);
  const source: Source = { kind: 'default' };
  read.base.set('load_test.target', { value: targetUrl, source });
  return read.base;
}
