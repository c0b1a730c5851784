// The metrics exporters beside the Pushgateway: Prometheus remote write and OTLP. Each is a URL and
// the headers its receiver asks for. A user:password@ in the URL becomes Basic authorization, as
// curl would send it (fetch and Node's http drop a URL's credentials without a word); every header
// value, and every credential in a URL, is a secret of the plan.

import { OTLP_PROTOCOLS } from '../schema.js';
import type { ExporterPlan, OtlpProtocol, Plan } from '../plan.js';
import type { Source } from '../issues.js';
import { urlSecrets } from '../../redact.js';
import { checkHeaders, redactUrlText } from './requests.js';
import type { SettingsView } from './view.js';

/** OTLP_METRICS_PATH: where an OTLP/HTTP receiver takes metrics, added to an endpoint given as a base (as OTEL_EXPORTER_OTLP_ENDPOINT is). */
export const OTLP_METRICS_PATH = '/v1/metrics';

export function resolveTelemetry(view: SettingsView): Pick<Plan, 'remoteWrite' | 'otlp' | 'runId'> & { secrets: string[] } {
  const { get, sourceOf, isSet, notices } = view;
  const secrets: string[] = [];
  const exporter = (urlKey: string, headersKey: string, what: string): ExporterPlan | null => {
    const raw = get<string>(urlKey);
    const headers = checkHeaders(get<Record<string, string>>(headersKey) ?? {}, sourceOf(headersKey), view.issues);
    if (raw === undefined) {
      if (isSet(headersKey)) notices.push(`${headersKey} is ignored: no ${what} URL is set`);
      return null;
    }
    const plan = withBasicAuth(raw, headers, sourceOf(urlKey), view, what);
    // A credential may be echoed without its scheme word ("Bearer", "Basic"): both forms are secrets.
    if (plan) secrets.push(...urlSecrets(raw), ...Object.values(plan.headers).flatMap((value) => [value, value.replace(/^\S+\s+/, '')]));
    return plan;
  };

  const remoteWrite = exporter('prometheus.remote_write_url', 'prometheus.remote_write_headers', 'remote write');
  const otlpBase = exporter('otlp.endpoint', 'otlp.headers', 'OTLP');
  const protocol = get<OtlpProtocol>('otlp.protocol');
  if (protocol !== undefined && !otlpBase) notices.push('otlp.protocol is ignored: no OTLP endpoint is set');
  const otlp = otlpBase ? { ...otlpBase, url: metricsUrl(otlpBase.url), protocol: protocol ?? OTLP_PROTOCOLS[0] } : null;
  return { remoteWrite, otlp, runId: get<string>('prometheus.instance') ?? null, secrets };
}

/**
 * withBasicAuth checks the URL and moves its user and password into an Authorization header; an
 * Authorization header set by hand wins, and the plan says the URL's credentials were not used.
 */
function withBasicAuth(raw: string, headers: Record<string, string>, source: Source, view: SettingsView, what: string): ExporterPlan | null {
  let url: URL;
  try {
    if (!/^https?:\/\//.test(raw)) throw new Error('not http');
    url = new URL(raw);
  } catch {
    view.issues.push({ source, message: `expected an http:// or https:// URL, got '${redactUrlText(raw)}'` });
    return null;
  }
  if (!url.username && !url.password) return { url: url.toString(), headers };
  const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  url.username = '';
  url.password = '';
  if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) {
    view.notices.push(`the ${what} URL's user and password are not used: an Authorization header is set`);
    return { url: url.toString(), headers };
  }
  return { url: url.toString(), headers: { ...headers, Authorization: `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}` } };
}

/** metricsUrl: an endpoint given as the collector's base gets /v1/metrics; one that already ends in it is kept. */
function metricsUrl(endpoint: string): string {
  const url = new URL(endpoint);
  if (!url.pathname.replace(/\/+$/, '').endsWith(OTLP_METRICS_PATH)) url.pathname = `${url.pathname.replace(/\/+$/, '')}${OTLP_METRICS_PATH}`;
  return url.toString();
}
