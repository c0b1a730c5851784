// A test OTLP/HTTP metrics collector on 127.0.0.1: it takes POST /v1/metrics in protobuf (decoded by
// protobufjs from the OTLP protos in fixtures/otlp-proto, opentelemetry-proto v1.11.0) or JSON,
// gzipped or not, and keeps every export as plain points, so a test can compare them with
// results.json. It can be told to refuse first, as a busy or broken collector would, and to answer
// a taken export with a partial_success, encoded from the same protos.

import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import protobuf from 'protobufjs';

// Tests run from the repository's root, as the other helpers' paths assume.
const PROTO_DIR = join('__tests__', 'fixtures', 'otlp-proto');

function serviceTypes(): { request: protobuf.Type; response: protobuf.Type } {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(PROTO_DIR, target);
  root.loadSync('opentelemetry/proto/collector/metrics/v1/metrics_service.proto');
  const service = 'opentelemetry.proto.collector.metrics.v1';
  return { request: root.lookupType(`${service}.ExportMetricsServiceRequest`), response: root.lookupType(`${service}.ExportMetricsServiceResponse`) };
}

/** Point: one data point of one metric, the same whichever encoding carried it. */
export interface Point {
  metric: string;
  unit: string;
  description: string;
  kind: 'gauge' | 'sum' | 'histogram';
  /** temporality: OTLP's AggregationTemporality (1 delta, 2 cumulative); absent for gauges. */
  temporality?: number;
  monotonic?: boolean;
  attributes: Record<string, string | number>;
  /** start and time: Unix nanoseconds, as decimal strings. */
  start: string;
  time: string;
  value: number | { count: number; sum: number; min: number; max: number; bucketCounts: number[]; explicitBounds: number[] };
}

export interface Export {
  contentType: string;
  headers: IncomingHttpHeaders;
  resource: Record<string, string | number>;
  scope: { name: string; version: string };
  points: Point[];
}

export interface Collector {
  /** url: the base URL, as --otlp-endpoint takes it. */
  url: string;
  /** requests: "METHOD path" of every request, refused or taken, in arrival order. */
  requests: string[];
  exports: Export[];
  /** problems: what the collector could not read (answered 400); a test expects none. */
  problems: string[];
  close: () => Promise<void>;
}

export interface Refusal {
  status: number;
  body: string | Uint8Array;
  headers?: Record<string, string>;
}

export interface CollectorOptions {
  /** refusals: answered in turn, one a request, before any export is taken. */
  refusals?: Refusal[];
  /** partialSuccess: what the answer to every taken export says was not taken. */
  partialSuccess?: { rejectedDataPoints: number; errorMessage: string };
}

/** startCollector answers each refusal in turn, then 200 with an empty answer or the partial success. */
export async function startCollector(options: CollectorOptions = {}): Promise<Collector> {
  const types = serviceTypes();
  const refusals = [...(options.refusals ?? [])];
  const requests: string[] = [];
  const exports: Export[] = [];
  const problems: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`);
      const refusal = refusals.shift();
      if (refusal) {
        res.writeHead(refusal.status, { 'content-type': 'text/plain', ...refusal.headers });
        res.end(refusal.body);
        return;
      }
      const contentType = req.headers['content-type'] ?? '';
      try {
        if (req.method !== 'POST' || req.url !== '/v1/metrics') throw new Error(`the collector was sent ${req.method} ${req.url}`);
        const sent = Buffer.concat(chunks);
        const body = req.headers['content-encoding'] === 'gzip' ? gunzipSync(sent) : sent;
        const request = contentType.includes('json') ? JSON.parse(body.toString('utf8')) : types.request.toObject(types.request.decode(body), { longs: String, enums: Number, defaults: false });
        exports.push(...flatten(request, contentType, req.headers));
      } catch (error) {
        problems.push((error as Error).message);
        res.writeHead(400);
        res.end((error as Error).message);
        return;
      }
      // OTLP/JSON spells int64 as a string; protobuf's answer is encoded from the proto.
      const partial = options.partialSuccess;
      res.writeHead(200, { 'content-type': contentType.includes('json') ? 'application/json' : 'application/x-protobuf' });
      if (contentType.includes('json')) res.end(JSON.stringify(partial ? { partialSuccess: { ...partial, rejectedDataPoints: String(partial.rejectedDataPoints) } } : {}));
      else res.end(partial ? types.response.encode(types.response.fromObject({ partialSuccess: partial })).finish() : Buffer.alloc(0));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    exports,
    problems,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the decoded request is OTLP's own nesting, read here once */
function flatten(request: any, contentType: string, headers: IncomingHttpHeaders): Export[] {
  return (request.resourceMetrics ?? []).flatMap((rm: any) =>
    (rm.scopeMetrics ?? []).map((sm: any) => ({
      contentType,
      headers,
      resource: attributes(rm.resource?.attributes),
      scope: { name: sm.scope?.name, version: sm.scope?.version },
      points: (sm.metrics ?? []).flatMap((m: any) => {
        const base = { metric: m.name, unit: m.unit ?? '', description: m.description ?? '' };
        if (m.gauge) return m.gauge.dataPoints.map((p: any) => ({ ...base, kind: 'gauge', ...times(p), attributes: attributes(p.attributes), value: Number(p.asDouble ?? p.asInt) }));
        if (m.sum) return m.sum.dataPoints.map((p: any) => ({ ...base, kind: 'sum', temporality: m.sum.aggregationTemporality, monotonic: Boolean(m.sum.isMonotonic), ...times(p), attributes: attributes(p.attributes), value: Number(p.asDouble ?? p.asInt) }));
        if (m.histogram)
          return m.histogram.dataPoints.map((p: any) => ({
            ...base,
            kind: 'histogram',
            temporality: m.histogram.aggregationTemporality,
            ...times(p),
            attributes: attributes(p.attributes),
            value: { count: Number(p.count), sum: p.sum, min: p.min, max: p.max, bucketCounts: (p.bucketCounts ?? []).map(Number), explicitBounds: p.explicitBounds ?? [] },
          }));
        throw new Error(`the collector got a metric of a kind it does not read: ${JSON.stringify(m).slice(0, 200)}`);
      }),
    })),
  );
}

function times(p: any): { start: string; time: string } {
  return { start: String(p.startTimeUnixNano), time: String(p.timeUnixNano) };
}

function attributes(list: any[] | undefined): Record<string, string | number> {
  return Object.fromEntries((list ?? []).map((a: any) => [a.key, a.value.stringValue ?? Number(a.value.intValue ?? a.value.doubleValue)]));
}
/* eslint-enable @typescript-eslint/no-explicit-any */
