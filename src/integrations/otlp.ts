// Exporting the run's telemetry over OTLP/HTTP, protobuf or JSON. The run is built in the SDK's
// export model (otlp-metrics.ts) and encoded by OpenTelemetry's own serializers (otlp-encoding.ts);
// the bytes go through the retrying POST remote write uses (http-post.ts), with OTLP's retryable
// statuses. OpenTelemetry's exporter, once it had retried a 429, 502, 503 or 504 to its deadline,
// kept neither the status nor the body; here a collector that fails is a warning with its last
// status and body and the attempts it took, as the Pushgateway's and remote write's are. Only
// wiring.ts's dynamic import loads this module, when an OTLP endpoint is configured: the SDK stays
// out of every other run.

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Agent } from 'undici';
import type { ExporterPlan, OtlpProtocol } from '../config/plan.js';
import type { EffectResult } from '../ports/effects.js';
import { redactUrl, scrub } from '../redact.js';
import type { Telemetry } from '../report/telemetry.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { BODY_SHOWN, type Pacing, type RetryPolicy, postWithRetries, realPacing } from './http-post.js';
import { OTLP_ENCODINGS, partialSuccess, statusMessage } from './otlp-encoding.js';
import { type TlsFile, otlpEnvironment } from './otlp-environment.js';
import { resourceMetrics } from './otlp-metrics.js';

/** OTLP_RETRIED: the statuses OTLP/HTTP's specification retries; any other 4xx or 5xx is final. */
const OTLP_RETRIED = new Set([429, 502, 503, 504]);
/** BACKOFF_MS: remote write's waits, so the two exporters retry alike: three attempts at most, within the export's deadline. */
const BACKOFF_MS = [1000, 2000];

export interface OtlpOptions {
  /** env: where OTEL_EXPORTER_OTLP_* are read: the entry's, as wiring.ts passes it; the process's when none is given. */
  env?: Readonly<Record<string, string | undefined>>;
  /** pacing: the backoff's clock (tests pass a wait that returns at once). */
  pacing?: Pacing;
}

/** exportOtlp sends the run's metrics in one export and says what became of it. */
export async function exportOtlp(target: ExporterPlan & { protocol: OtlpProtocol }, telemetry: Telemetry, options: OtlpOptions = {}): Promise<EffectResult> {
  const where = `OTLP ${target.protocol} ${redactUrl(target.url)}`;
  const environment = otlpEnvironment(options.env ?? process.env);
  const ignored = environment.ignored.map((what) => `; ${what}`).join('');
  const metrics = resourceMetrics(telemetry);
  const points = metrics.scopeMetrics.flatMap((s) => s.metrics).reduce((n, m) => n + m.dataPoints.length, 0);
  const encoding = OTLP_ENCODINGS[target.protocol];
  const serialized = encoding.serializer.serializeRequest(metrics);
  if (!serialized) return { ok: false, detail: `${where}: OpenTelemetry's serializer gave nothing to send${ignored}` };
  const tls = readTls(environment.tls);
  if (typeof tls === 'string') return { ok: false, detail: `${where} was not sent: ${tls}${ignored}` };
  // Header names are case-insensitive: lower-cased, a configured header replaces the variables' of
  // the same name, and the encoding's own replace both.
  const headers = {
    'user-agent': `${TOOL_NAME}/${TOOL_VERSION}`,
    ...lowerCased(environment.headers),
    ...lowerCased(target.headers),
    'content-type': encoding.contentType,
    ...(environment.gzip ? { 'content-encoding': 'gzip' } : {}),
  };
  // A credential may be echoed without its scheme word ("Bearer", "Basic"): both forms are hidden.
  const secrets = [...Object.values(environment.headers), ...Object.values(target.headers)].flatMap((value) => [value, value.replace(/^\S+\s+/, '')]);
  const policy: RetryPolicy = { retried: (status) => OTLP_RETRIED.has(status), backoffMs: BACKOFF_MS, attemptTimeoutMs: environment.timeoutMs, deadlineMs: environment.timeoutMs };
  const dispatcher = tls ? new Agent({ connect: tls }) : undefined;
  try {
    const body = environment.gzip ? gzipSync(serialized) : serialized;
    const sent = await postWithRetries({ url: target.url, headers, body, secrets, readError: statusMessage, dispatcher }, policy, options.pacing ?? realPacing);
    if (!sent.ok) return { ok: false, detail: `${where} ${sent.detail}${ignored}` };
    const kept = `${points} data points, service.instance.id="${telemetry.runId}"`;
    const partial = partialSuccess(encoding, sent.body);
    const said = partial?.message ? `: ${clip(scrub(partial.message, secrets))}` : '';
    if (partial && partial.rejected > 0) return { ok: false, detail: `${where} took only part of ${kept}: it rejected ${partial.rejected}${said}${ignored}` };
    // Rejecting nothing, a collector may still warn: that is said with the success.
    return { ok: true, detail: `sent to ${where}: ${kept}${partial ? `; the collector said${said}` : ''}${ignored}` };
  } finally {
    await dispatcher?.close();
  }
}

/** readTls: undici's connect options from the TLS files, null when none is named, or why one cannot be read. */
function readTls(files: TlsFile[]): Partial<Record<TlsFile['option'], Buffer>> | null | string {
  if (files.length === 0) return null;
  const options: Partial<Record<TlsFile['option'], Buffer>> = {};
  for (const file of files) {
    try {
      options[file.option] = readFileSync(file.path);
    } catch (error) {
      return `${file.variable} names ${file.path}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    }
  }
  return options;
}

function lowerCased(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function clip(text: string): string {
  return text.length > BODY_SHOWN ? `${text.slice(0, BODY_SHOWN)}…` : text;
}
