// Locust interop: --export locust-csv writes Locust's three CSV files with its exact columns and
// conventions, from a real run against a local target.

import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { decodeHistogram } from '../src/metrics/histogram.js';
import { FAILURES_COLUMNS, HISTORY_COLUMNS, STATS_COLUMNS, locustRound, pyFloat } from '../src/report/locust-csv.js';
import type { RunReport } from '../src/report/model.js';
import { type Handler, startServer } from './helpers/servers.js';

/** The exact header lines Locust 2.x writes (locust/stats.py, StatsCSV and StatsCSVFileWriter). */
const LOCUST_STATS_HEADER = 'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%';
const LOCUST_HISTORY_HEADER = 'Timestamp,User Count,Type,Name,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%,Total Request Count,Total Failure Count,Total Median Response Time,Total Average Response Time,Total Min Response Time,Total Max Response Time,Total Average Content Size';

/** A service whose /orders fails one request in five with a 503, and answers slower than /users. */
const service: Handler = (req, res) => {
  if (req.url === '/orders') {
    const fail = Math.random() < 0.2;
    setTimeout(() => {
      res.writeHead(fail ? 503 : 200, { 'content-type': 'text/plain' });
      res.end(fail ? 'busy' : 'order list');
    }, 8);
    return;
  }
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('ok');
};

function parseCsv(text: string): string[][] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.split('\r\n').slice(0, -1).map((line) => line.split(','));
}

describe('--export locust-csv', () => {
  test('writes _stats.csv, _stats_history.csv and _failures.csv that agree with results.json', async () => {
    const target = await startServer(service);
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-locust-'));
    const out: string[] = [];
    try {
      const code = await main(['run', '--target', target.url, '--concurrency', '6', '--duration', '3s', '--warmup', '1s', '--endpoints', '{"/users": 0.5, "POST /orders": 0.5}', '--error-rate', '50%', '--export', 'locust-csv', '--export-prefix', join(dir, 'csv', 'shop'), '--output', join(dir, 'report'), '-q'], {
        out: (t) => out.push(t), err: (t) => out.push(t), progress: () => {}, env: {}, signal: new AbortController().signal, progressEverySeconds: 1, readLimits: () => null,
      });
      expect(code).toBe(0);
    } finally {
      await target.close();
    }
    const report = JSON.parse(readFileSync(join(dir, 'report', 'results.json'), 'utf8')) as RunReport;
    const stats = readFileSync(join(dir, 'csv', 'shop_stats.csv'), 'utf8');
    const history = readFileSync(join(dir, 'csv', 'shop_stats_history.csv'), 'utf8');
    const failures = readFileSync(join(dir, 'csv', 'shop_failures.csv'), 'utf8');

    expect(stats.split('\r\n')[0]).toBe(LOCUST_STATS_HEADER);
    expect(STATS_COLUMNS.join(',')).toBe(LOCUST_STATS_HEADER);
    expect(history.split('\r\n')[0]).toBe(LOCUST_HISTORY_HEADER);
    expect(HISTORY_COLUMNS.join(',')).toBe(LOCUST_HISTORY_HEADER);
    expect(failures.split('\r\n')[0]).toBe(FAILURES_COLUMNS.join(','));
    expect(FAILURES_COLUMNS).toEqual(['Method', 'Name', 'Error', 'Occurrences']);

    // One row per endpoint, sorted by name, then the Aggregated row with an empty Type.
    const rows = parseCsv(stats).slice(1);
    expect(rows.map((r) => `${r[0]} ${r[1]}`)).toEqual(['POST /orders', 'GET /users', ' Aggregated']);
    for (const row of rows) expect(row).toHaveLength(STATS_COLUMNS.length);
    const orders = report.endpoints.find((e) => e.path === '/orders')!;
    const ordersRow = rows[0];
    expect(Number(ordersRow[2])).toBe(orders.requests);
    expect(Number(ordersRow[3])).toBe(orders.errors);
    expect(orders.errors).toBeGreaterThan(0);
    const histogram = decodeHistogram(orders.histograms.latency);
    expect(Number(ordersRow[STATS_COLUMNS.indexOf('95%')])).toBe(locustRound(histogram.getValueAtPercentile(95) / 1000));
    expect(Number(ordersRow[STATS_COLUMNS.indexOf('100%')])).toBe(locustRound(orders.latencyMs.max));
    expect(Number(ordersRow[STATS_COLUMNS.indexOf('Requests/s')])).toBeCloseTo(orders.throughputRps, 3);
    expect(ordersRow[STATS_COLUMNS.indexOf('Average Content Size')]).toMatch(/^\d+\.\d+$/);
    const aggregated = rows[2];
    expect(Number(aggregated[2])).toBe(report.overall.requests);
    expect(Number(aggregated[3])).toBe(report.overall.errors);

    // History: one Aggregated row a second over the whole run (warm-up included), running totals.
    const historyRows = parseCsv(history).slice(1);
    expect(historyRows).toHaveLength(report.timeseries.length);
    for (const row of historyRows) expect(row.slice(2, 4)).toEqual(['', 'Aggregated']);
    const last = historyRows[historyRows.length - 1];
    expect(Number(last[HISTORY_COLUMNS.indexOf('Total Request Count')])).toBe(report.timeseries.reduce((s, p) => s + p.requests, 0));
    expect(Number(last[HISTORY_COLUMNS.indexOf('Total Request Count')])).toBe(report.overall.requests + report.warmup.requests);
    expect(Number(last[HISTORY_COLUMNS.indexOf('User Count')])).toBe(6);
    expect(last[HISTORY_COLUMNS.indexOf('Requests/s')]).toMatch(/^\d+\.\d{6}$/);
    const timestamps = historyRows.map((r) => Number(r[0]));
    expect(timestamps[0]).toBe(Math.floor(Date.parse(report.loadStartedAt!) / 1000) + 1);
    expect(timestamps.every((t, i) => i === 0 || t - timestamps[i - 1] <= 1)).toBe(true);

    // Failures: the 503s of /orders, by status, as Locust's Method/Name/Error/Occurrences.
    expect(parseCsv(failures).slice(1)).toEqual([['POST', '/orders', 'HTTP 503', String(orders.errors)]]);
  });
});

describe('Locust\'s conventions', () => {
  test.each([
    [0.4, 0],
    [57.6, 58],
    [147, 150],
    [3432, 3400],
    [58760, 59000],
  ])('response time %p ms is stored as %p', (ms, rounded) => {
    expect(locustRound(ms)).toBe(rounded);
  });

  test('floats are spelled as Python does', () => {
    expect(pyFloat(15)).toBe('15.0');
    expect(pyFloat(0)).toBe('0.0');
    expect(pyFloat(2.5)).toBe('2.5');
  });
});
