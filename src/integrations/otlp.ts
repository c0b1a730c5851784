// Exporting the run's telemetry over OTLP/HTTP with OpenTelemetry's own exporters: protobuf
// (exporter-metrics-otlp-proto) or JSON (exporter-metrics-otlp-http). The run is built in the SDK's
// export model (otlp-metrics.ts), and the exporter serializes, sends and retries it. Only
// wiring.ts's dynamic import loads this module, when an OTLP endpoint is configured: the SDK stays
// out of every other run.
//
// The exporters read OpenTelemetry's own variables (OTEL_EXPORTER_OTLP_HEADERS, _TIMEOUT,
// _COMPRESSION, _CERTIFICATE…); the URL and headers configured here win over them.

import { DiagLogLevel, diag } from '@opentelemetry/api';
import { OTLPMetricExporter as JsonExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPMetricExporter as ProtobufExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import type { ExporterPlan, OtlpProtocol } from '../config/plan.js';
import type { EffectResult } from '../ports/effects.js';
import { redactUrl } from '../redact.js';
import type { Telemetry } from '../report/telemetry.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { resourceMetrics } from './otlp-metrics.js';

const BODY_SHOWN = 500;
/** EXPORT_SUCCESS: ExportResultCode.SUCCESS of @opentelemetry/core, which the exporters answer with. */
const EXPORT_SUCCESS = 0;

/** exportOtlp sends the run's metrics in one export and says what became of it. */
export async function exportOtlp(target: ExporterPlan & { protocol: OtlpProtocol }, telemetry: Telemetry): Promise<EffectResult> {
  const where = `OTLP ${target.protocol} ${redactUrl(target.url)}`;
  const metrics = resourceMetrics(telemetry);
  const points = metrics.scopeMetrics.flatMap((s) => s.metrics).reduce((n, m) => n + m.dataPoints.length, 0);
  const Exporter = target.protocol === 'http/json' ? JsonExporter : ProtobufExporter;
  const exporter = new Exporter({ url: target.url, headers: target.headers, userAgent: `${TOOL_NAME}/${TOOL_VERSION}` });
  // A collector that takes only part of the export says so in the answer's partial_success, which
  // the exporter passes only to OpenTelemetry's diagnostic logger: listen there while it runs.
  const partial: string[] = [];
  diag.setLogger({ error: () => undefined, warn: (message, ...args) => void (/partial success/i.test(message) && partial.push(args.join(' '))), info: () => undefined, debug: () => undefined, verbose: () => undefined }, DiagLogLevel.WARN);
  try {
    const result = await new Promise<{ code: number; error?: Error }>((resolve) => exporter.export(metrics, resolve));
    if (result.code === EXPORT_SUCCESS) {
      const kept = `${points} data points, service.instance.id="${telemetry.runId}"`;
      return partial.length ? { ok: false, detail: `${where} took only part of ${kept}: ${partial.join('; ').slice(0, BODY_SHOWN)}` } : { ok: true, detail: `sent to ${where}: ${kept}` };
    }
    return { ok: false, detail: `${where} ${failure(result.error)}` };
  } finally {
    diag.disable();
    await exporter.shutdown().catch(() => undefined);
  }
}

/** failure says what the exporter's error was: the collector's status and answer, or why it could not be reached. */
function failure(error: Error | undefined): string {
  const http = error as (Error & { code?: number | string; data?: string }) | undefined;
  if (typeof http?.code === 'number') {
    const body = (http.data ?? '').trim();
    return `answered HTTP ${http.code}${body ? `: ${body.length > BODY_SHOWN ? `${body.slice(0, BODY_SHOWN)}…` : body}` : ''}`;
  }
  if (typeof http?.code === 'string') return `could not be reached (${http.code}: ${http.message})`;
  // The exporter retries 429, 502, 503, 504 and timeouts until its deadline, and then keeps neither the status nor the body.
  if (http?.message === 'Export failed with retryable status') return 'kept answering 429, 502, 503 or 504 (or timing out) until the export gave up';
  return `failed (${http?.message ?? 'no reason given'})`;
}
