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

/**
 * DEMO_FLOW_CONFIG: the flow demo: each virtual user logs in once with a row of the users file,
 * then browses products by random ID and, one time in three, checks out with its token.
 */
export const DEMO_FLOW_CONFIG = `
thresholds:
  latency:
    p95: 250ms
  error_rate: 1%
  checks: 99%
load_test:
  concurrency: 10
  duration: 15s
  warmup: 1s
  health_path: /api/health
  on_start:
    - name: login
      method: POST
      path: /api/login
      json: { username: "{{ username }}", password: "{{ password }}" }
      capture:
        token: { json: $.token }
      expect:
        status: [200]
  flows:
    - name: browse
      weight: 2
      steps:
        - name: product
          path: /api/products/{{ randomInt(1, 20) }}
          expect:
            json:
              - { path: $.sku, matches: '^SKU-\\d+$' }
          think: 50ms-150ms
    - name: buy
      weight: 1
      steps:
        - name: product
          path: /api/products/{{ randomInt(1, 20) }}
          capture:
            sku: { json: $.sku }
          think: 50ms-150ms
        - name: checkout
          method: POST
          path: /api/checkout
          headers: { Authorization: "Bearer {{ token }}" }
          json: { sku: "{{ sku }}", quantity: "{{ randomInt(1, 3) }}" }
          expect:
            status: [201]
            json:
              - { path: $.order, exists: true }
`;

/** demoFlowLayer: the flow demo's plan, reading its users from `usersFile` (username,password). */
export function demoFlowLayer(targetUrl: string, usersFile: string): SettingMap {
  const layer = layerOf(DEMO_FLOW_CONFIG, '<built-in flow demo plan>', targetUrl);
  layer.set('load_test.data', { value: [{ file: usersFile, order: 'sequential' }], source: { kind: 'default' } });
  return layer;
}

/** demoLayer is the demo's plan as a settings layer, with its embedded target. */
export function demoLayer(targetUrl: string): SettingMap {
  return layerOf(DEMO_CONFIG, '<built-in demo plan>', targetUrl);
}

function layerOf(config: string, name: string, targetUrl: string): SettingMap {
  const read = readConfigText(config, name, {});
  if (read.issues.length > 0) throw new Error(`the built-in demo plan is invalid: ${read.issues.map((i) => i.message).join('; ')}`);
  const source: Source = { kind: 'default' };
  read.base.set('load_test.target', { value: targetUrl, source });
  return read.base;
}
