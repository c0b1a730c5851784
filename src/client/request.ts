// A request prepared once per endpoint, so the hot loop only hands ready-made parts to undici.

import type { EndpointPlan } from '../config/plan.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { statusTable } from './classify.js';

export interface PreparedRequest {
  endpoint: number;
  method: string;
  /** path includes the target's base path and query. */
  path: string;
  /** headers as undici's flat [name, value, …] array. */
  headers: string[];
  body: Buffer | null;
  expected: Uint8Array;
}

/** prepareRequests joins each endpoint to the target's base path and merges global and endpoint headers. */
export function prepareRequests(target: string, endpoints: readonly EndpointPlan[], globalHeaders: Readonly<Record<string, string>>): PreparedRequest[] {
  const base = new URL(target);
  const basePath = base.pathname.replace(/\/+$/, '');
  return endpoints.map((endpoint, index) => {
    const merged = new Map<string, [string, string]>();
    merged.set('user-agent', ['user-agent', `${TOOL_NAME}/${TOOL_VERSION}`]);
    for (const [name, value] of [...Object.entries(globalHeaders), ...Object.entries(endpoint.headers)]) merged.set(name.toLowerCase(), [name, value]);
    return {
      endpoint: index,
      method: endpoint.method,
      path: endpoint.path === '' ? base.pathname + base.search : basePath + endpoint.path,
      headers: [...merged.values()].flat(),
      body: endpoint.body === null ? null : Buffer.from(endpoint.body),
      expected: statusTable(endpoint.expectStatus),
    };
  });
}
