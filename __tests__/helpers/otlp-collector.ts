// A test OTLP/HTTP metrics collector on 127.0.0.1: it takes POST /v1/metrics in protobuf (decoded by
// protobufjs from the OTLP protos in fixtures/otlp-proto, opentelemetry-proto v1.11.0) or JSON, and
// keeps every export as plain points, so a test can compare them with results.json. It can be told
// to refuse, as a broken collector would.

import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import protobuf from 'protobufjs';

// Tests run from the repository's root, as the other helpers' paths assume.
const PROTO_DIR = join('__tests__', 'fixtures', 'otlp-proto');

function requestType(): protobuf.Type {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(PROTO_DIR, target);
  root.loadSync('opentelemetry/proto/collector/metrics/v1/metrics_service.proto');
  return root.lookupType('opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest');
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
  exports: Export[];
  /** problems: what the collector could not read (answered 400); a test expects none. */
  problems: string[];
  close: () => Promise<void>;
}

/** startCollector answers 200 with an empty response, or `refuse`'s status and body. */
export async function startCollector(refuse?: { status: number; body: string }): Promise<Collector> {
  const type = requestType();
  const exports: Export[] = [];
  const problems: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (refuse) {
        res.writeHead(refuse.status, { 'content-type': 'text/plain' });
        res.end(refuse.body);
        return;
      }
      const contentType = req.headers['content-type'] ?? '';
      try {
        if (req.method !== 'POST' || req.url !== '/v1/metrics') throw new Error(`the collector was sent ${req.method} ${req.url}`);
        const body = Buffer.concat(chunks);
        const request = contentType.includes('json') ? JSON.parse(body.toString('utf8')) : type.toObject(type.decode(body), { longs: String, enums: Number, defaults: false });
        exports.push(...flatten(request, contentType, req.headers));
      } catch (error) {
        problems.push((error as Error).message);
        res.writeHead(400);
        res.end((error as Error).message);
        return;
      }
      res.writeHead(200, { 'content-type': contentType.includes('json') ? 'application/json' : 'application/x-protobuf' });
      res.end(contentType.includes('json') ? '{}' : Buffer.alloc(0));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
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
