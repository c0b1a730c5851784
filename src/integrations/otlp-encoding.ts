// OTLP/HTTP on the wire, both ways: the request encoded by OpenTelemetry's own serializers (the ones
// its exporters use, from @opentelemetry/otlp-transformer), and the collector's answer read back: a
// success's partial_success (deserialized by the same serializers), and the message of a refusal's
// google.rpc.Status, which OTLP/HTTP sends as protobuf to a protobuf request.

import type { OtlpProtocol } from '../config/plan.js';
import { type IExportMetricsServiceResponse, type ISerializer, JsonMetricsSerializer, ProtobufMetricsSerializer } from '@opentelemetry/otlp-transformer';
import type { ResourceMetrics } from '@opentelemetry/sdk-metrics';

export interface OtlpEncoding {
  contentType: string;
  serializer: ISerializer<ResourceMetrics, IExportMetricsServiceResponse>;
}

export const OTLP_ENCODINGS: Record<OtlpProtocol, OtlpEncoding> = {
  'http/protobuf': { contentType: 'application/x-protobuf', serializer: ProtobufMetricsSerializer },
  'http/json': { contentType: 'application/json', serializer: JsonMetricsSerializer },
};

/** PartialSuccess: what a collector that answered 200 did not take (rejected 0 with a message is a warning about a full success). */
export interface PartialSuccess {
  rejected: number;
  message: string;
}

/**
 * partialSuccess reads a success's answer. OTLP/JSON spells int64 as a string and its fields in
 * lowerCamelCase, though a collector may answer in the proto's own snake_case: both are read. An
 * answer that does not decode is no partial success, as OpenTelemetry's exporter took it.
 */
export function partialSuccess(encoding: OtlpEncoding, body: Uint8Array): PartialSuccess | null {
  let answer: Record<string, unknown>;
  try {
    answer = encoding.serializer.deserializeResponse(body) as Record<string, unknown>;
  } catch {
    return null;
  }
  const partial = (answer?.partialSuccess ?? answer?.partial_success) as Record<string, unknown> | null | undefined;
  if (!partial || typeof partial !== 'object') return null;
  const rejected = Number(partial.rejectedDataPoints ?? partial.rejected_data_points ?? 0);
  const message = String(partial.errorMessage ?? partial.error_message ?? '').trim();
  // An empty partial_success is, by the specification, a full success.
  if (!(rejected > 0) && !message) return null;
  return { rejected: Number.isFinite(rejected) ? rejected : 0, message };
}

/**
 * statusMessage: google.rpc.Status's message (field 2) in a protobuf refusal; null for any other
 * body, which is shown as its text. Read by hand, a dozen lines: protobufjs's reader would bring
 * 150 kB into every OTLP export for one string.
 */
export function statusMessage(body: Uint8Array, contentType: string): string | null {
  if (!/protobuf/i.test(contentType) || body.length === 0) return null;
  let at = 0;
  const varint = (): number => {
    let value = 0;
    for (let shift = 0; shift < 64; shift += 7) {
      if (at >= body.length) break;
      const byte = body[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new Error('a truncated varint');
  };
  try {
    while (at < body.length) {
      const tag = varint();
      const wire = tag % 8;
      if (wire === 0) varint();
      else if (wire === 1 || wire === 5) at += wire === 1 ? 8 : 4;
      else if (wire === 2) {
        const length = varint();
        const end = at + length;
        if (end > body.length) throw new Error('a truncated field');
        if (Math.floor(tag / 8) === 2) return Buffer.from(body.subarray(at, end)).toString('utf8');
        at = end;
      } else throw new Error(`wire type ${wire}`);
    }
    // A Status without a message: there is nothing more to say than the status.
    return '';
  } catch {
    // Not a Status after all: its text is shown as it is.
    return null;
  }
}
