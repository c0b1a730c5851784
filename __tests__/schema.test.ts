// results.json as produced by real runs validates against the documented schema.

import { describe, expect, test } from '@jest/globals';
import Ajv from 'ajv';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBaseline } from '../src/app/baseline.js';
import { runLoadTest } from '../src/app/run.js';
import { runRollout, standardDeps } from '../src/app/rollout.js';
import { mergeShards } from '../src/app/merge.js';
import { NO_ROLLBACK, finishReport } from '../src/report/build.js';
import { decide } from '../src/slo/decide.js';
import { repositoryDispatch, workflowDispatch } from '../src/github/dispatch.js';
import { runHook } from '../src/integrations/hooks.js';
import { planFrom } from './helpers/plan.js';
import { failing, ok, refusedUrl, startServer } from './helpers/servers.js';
import { h2ok, startH2Server } from './helpers/h2-servers.js';
import { constants } from 'node:http2';

const schema = JSON.parse(readFileSync('docs/results.schema.json', 'utf8'));
const ajv = new (Ajv as unknown as typeof Ajv.default)({ allErrors: true, strict: false });
// ISO 8601 as Date.toISOString() writes it.
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
const validate = ajv.compile(schema);

describe('results.json matches docs/results.schema.json', () => {
  test.each([
    ['a closed-model pass with headers and a body', ok, { '--concurrency': '2', '--endpoints': '[{path: /a, method: POST, json: {x: 1}, headers: {X-Key: secret-value}}]' }],
    ['an open-model failure', failing(500), { '--rate': '50' }],
    ['a traced open-model failure', failing(500), { '--rate': '50', '--trace': true, '--trace-url': 'https://tempo.example/trace/{trace_id}' }],
  ])('%s', async (_, handler, flags) => {
    const s = await startServer(handler);
    try {
      const report = await runLoadTest(planFrom({ flags: { '--target': s.url, '--duration': '0.5s', '--min-requests': '1', ...flags } }));
      const json = JSON.parse(JSON.stringify(report));
      expect(validate(json) ? [] : validate.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('two shards and their merge', async () => {
    const s = await startServer(ok);
    try {
      const shards = await Promise.all([1, 2].map((i) => runLoadTest(planFrom({ flags: { '--target': s.url, '--duration': '0.5s', '--min-requests': '1', '--shard': `${i}/2`, '--export': 'locust-csv', '--trace': true } }))));
      const run = mergeShards(shards.map((report, i) => ({ source: `shard-${i + 1}/results.json`, report: JSON.parse(JSON.stringify(report)) })), new Date(), 'cli');
      const merged = finishReport(run.body, { decision: decide({ slo: run.slo, comparison: null, regression: null }), regression: null, rollback: NO_ROLLBACK });
      for (const report of [...shards, merged]) expect(validate(JSON.parse(JSON.stringify(report))) ? [] : validate.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('a run compared with its baseline, and one without a baseline', async () => {
    const s = await startServer(ok);
    const dir = mkdtempSync(join(tmpdir(), 'loadtest-schema-'));
    try {
      const flags = { '--target': s.url, '--duration': '0.5s', '--min-requests': '1' };
      writeFileSync(join(dir, 'base.json'), JSON.stringify(await runLoadTest(planFrom({ flags }))));
      for (const source of [join(dir, 'base.json'), 'artifact']) {
        const plan = planFrom({ flags: { ...flags, '--baseline': source } });
        const lookup = await findBaseline(plan.baseline!, plan.vocabulary, { readFile: (path) => readFileSync(path, 'utf8'), fetchArtifact: async () => ({ found: false, reason: 'no loadtest-baseline artifact from the main branch yet' }) });
        const report = await runLoadTest(plan, { baseline: lookup });
        expect(report.regression!.status).toBe(source === 'artifact' ? 'no-baseline' : 'compared');
        expect(validate(JSON.parse(JSON.stringify(report))) ? [] : validate.errors).toEqual([]);
      }
    } finally {
      await s.close();
    }
  });

  test('an unreachable target', async () => {
    const report = await runLoadTest(planFrom({ flags: { '--target': await refusedUrl() } }), { sleep: async () => undefined });
    expect(validate(JSON.parse(JSON.stringify(report))) ? [] : validate.errors).toEqual([]);
  });

  test('a rollout, with its stages\' runs inside', async () => {
    const s = await startServer(ok);
    try {
      const plan = planFrom({ flags: { '--target': s.url, '--stages': '[{name: a, percentage: 10, duration: 0.5s}, {name: b, percentage: 100, duration: 0.5s}]', '--min-requests': '1', '--shift': 'true' } }, 'rollout');
      const report = await runRollout(plan, standardDeps(plan, { context: { github: null, runUrl: null, defaultRef: null }, executors: { repositoryDispatch, workflowDispatch, hook: runHook } }));
      expect(report.status).toBe('promoted');
      expect(validate(JSON.parse(JSON.stringify(report))) ? [] : validate.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('a run over HTTP/2 (h2c) whose server resets some streams: its protocol, the h2 error codes and their reasons', async () => {
    const s = await startH2Server((stream, request) => {
      if (request.path === '/reset') stream.close(constants.NGHTTP2_INTERNAL_ERROR);
      else if (request.path === '/refuse') stream.close(constants.NGHTTP2_REFUSED_STREAM);
      else h2ok(stream, request, stream.session!);
    });
    try {
      const report = await runLoadTest(planFrom({ flags: { '--target': s.url, '--http-version': '2', '--duration': '0.5s', '--min-requests': '1', '--endpoints': '{/ok: 1, /reset: 1, /refuse: 1}' } }));
      expect(report.protocol).toMatchObject({ version: '2', how: 'prior-knowledge' });
      expect(report.overall.errorCodes).toEqual({ h2_stream_reset: expect.any(Number), h2_refused_stream: expect.any(Number) });
      expect(validate(JSON.parse(JSON.stringify(report))) ? [] : validate.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('the schema is strict enough to catch a wrong document', () => {
    expect(validate({ schemaVersion: 2 })).toBe(false);
  });
});
