// "Every request failed" is a verdict of its own, whatever the thresholds say: fast 404s make the
// latency look good, and a config may judge no error rate at all. Pure, from metrics to the scopes
// (the whole run, or an endpoint) none of whose measured requests succeeded.

import type { EndpointMetrics } from '../metrics/snapshot.js';

export interface FailedScope {
  /** endpoint is null for the whole run. */
  endpoint: string | null;
  requests: number;
  /** what the requests failed with: "HTTP 404 ×1,203, timeout ×3" */
  what: string;
}

/** everyRequestFailed: the whole run if none of its requests succeeded, else each endpoint none of whose did. */
export function everyRequestFailed(overall: EndpointMetrics, endpoints: readonly EndpointMetrics[]): FailedScope[] {
  const dead = (m: EndpointMetrics) => m.requests > 0 && m.errors >= m.requests;
  if (dead(overall)) return [{ endpoint: null, requests: overall.requests, what: breakdown(overall) }];
  // With one endpoint it is the whole run, already covered above.
  return endpoints.length > 1 ? endpoints.filter(dead).map((m) => ({ endpoint: m.name, requests: m.requests, what: breakdown(m) })) : [];
}

/**
 * breakdown names what the requests got, most frequent first: every status a response had (all of
 * them failed, so each is a failing one, an unexpected 200 included) and the codes of requests
 * that got no response.
 */
function breakdown(m: EndpointMetrics): string {
  const parts: Array<[string, number]> = [];
  for (const [status, n] of Object.entries(m.statusCodes)) parts.push([`HTTP ${status}`, n]);
  for (const [code, n] of Object.entries(m.errorCodes)) if (!code.startsWith('http_') && code !== 'unexpected_status') parts.push([code, n ?? 0]);
  return parts
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([what, n]) => `${what} ×${n.toLocaleString('en-US')}`)
    .join(', ');
}
