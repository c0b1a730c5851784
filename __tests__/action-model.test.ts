// The action's model mode, as a workflow uses it: production's access logs (written by a real
// nginx, read from a path or from an artifact of this run at a local stand-in for GitHub) or a
// Prometheus behind a token, written into the user's own config with its traffic replaced; the
// mix in the job summary; the next step runs the written config against the real server. With
// model-check, a drifted config fails the step. Every input mistake names the input.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runLoadTest } from '../src/app/run.js';
import type { runAction as RunAction, runActionInProcess as RunInProcess } from './helpers/action.js';
import { type FakeGitHub, startFakeGitHub } from './helpers/github.js';
import { startNginx } from './helpers/nginx.js';
import { planFrom } from './helpers/plan.js';

let github: FakeGitHub;
let nginx: Awaited<ReturnType<typeof startNginx>>;
let log: string;
let runActionInProcess: typeof RunInProcess;
let runAction: typeof RunAction;
let apiUrlBefore: string | undefined;

/** BASE: the user's own config: SLOs, a comment, and flows the model's endpoints replace. */
const BASE = [
  '# Our checkout service: SLOs agreed with the product team.',
  'load_test:',
  '  duration: 2s',
  '  concurrency: 4',
  '  flows:',
  '    - name: browse',
  '      steps:',
  '        - {name: home, path: /}',
  'thresholds:',
  '  latency: {p95: 800ms}',
  '  error_rate: 1%',
  '',
].join('\n');

beforeAll(async () => {
  [github, nginx] = await Promise.all([startFakeGitHub(), startNginx({ accessLogs: true })]);
  apiUrlBefore = process.env.GITHUB_API_URL;
  process.env.GITHUB_API_URL = github.env.GITHUB_API_URL;
  ({ runActionInProcess, runAction } = await import('./helpers/action.js'));
  // Production's traffic: our own generator sends a known mix to nginx, which logs it.
  const dir = join(nginx.dir, 'mix');
  writeFileSync(`${dir}.yml`, ['load_test:', '  endpoints:', '    "GET /api/users/{{ randomInt(1, 500) }}": 0.6', '    "GET /api/products?page={{ randomInt(1, 9) }}&token={{ randomString(20) }}": 0.3', '    "/health": 0.1', ''].join('\n'));
  await runLoadTest(planFrom({ config: `${dir}.yml`, flags: { '--target': nginx.url, '--concurrency': '6', '--duration': '1500ms', '--min-requests': '1' } }), { sleep: async () => undefined });
  log = readFileSync(join(nginx.dir, 'access.log'), 'utf8');
  github.addArtifact({ name: 'access-logs', runId: 777, files: { 'nginx/access.log': log } });
}, 60_000);

afterAll(async () => {
  if (apiUrlBefore === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = apiUrlBefore;
  await Promise.all([github.close(), nginx.close()]);
});

describe('mode: model', () => {
  test('logs from a path, into the config input: SLOs and comments kept, flows and concurrency replaced, the mix in the summary; the next step runs it', async () => {
    const r = await runActionInProcess({ mode: 'model', 'model-from': 'logs/', 'model-scale': '2x', config: 'perf.yml' }, { files: { 'perf.yml': BASE, 'logs/access.log': log } });
    expect(r.status).toBe(0);
    expect(r.outputs['model-config']).toBe('loadtest-model/performance_config.yml');
    expect(r.outputs['model-routes']).toBe('3');
    const written = readFileSync(join(r.dir, r.outputs['model-config']), 'utf8');
    expect(written).toContain('# Our checkout service: SLOs agreed with the product team.');
    expect(written).toContain('perf.yml with its traffic from production (replaced: load_test.flows, load_test.concurrency)');
    const config = parse(written);
    expect(config.thresholds).toEqual({ latency: { p95: '800ms' }, error_rate: '1%' });
    expect(config.load_test.flows).toBeUndefined();
    expect(config.load_test.concurrency).toBeUndefined();
    expect(config.load_test.endpoints.map((e: { name: string }) => e.name)).toEqual(['GET /api/users/{id}', 'GET /api/products', 'GET /health']);
    expect(Number(r.outputs['model-rate'])).toBe(config.load_test.rate);
    // The summary: the table, the peaks, what was never copied; no token anywhere.
    expect(r.summary).toContain('## Traffic model from production');
    expect(r.summary).toMatch(/\| GET \| `\/api\/users\/\{id\}` \| 6\d(\.\d)?% \|/);
    expect(r.summary).toContain('| Method | Route | Share | p50 size | Peak req/s (second) | (minute) | Status mix |');
    expect(r.summary).toMatch(/never copied: the query parameters token \([\d,]+×\)/);
    expect(written + r.summary + r.stdout).not.toMatch(/token=[A-Za-z0-9]/);
    // The next step: the written config, against the real server, with the user's SLOs.
    const next = await runActionInProcess({ config: r.outputs['model-config'], 'target-url': nginx.url, duration: '1s' }, { files: { [r.outputs['model-config']]: written, ...Object.fromEntries(['get-api-users-id.csv', 'get-api-products.csv'].map((f) => [`loadtest-model/data/${f}`, readFileSync(join(r.dir, 'loadtest-model/data', f), 'utf8')])) } });
    expect({ status: next.status, stdout: next.status === 0 ? '' : next.stdout }).toEqual({ status: 0, stdout: '' });
    const results = JSON.parse(readFileSync(join(next.dir, next.outputs['results-json']), 'utf8'));
    expect(results.endpoints.map((e: { name: string }) => e.name).sort()).toEqual(['GET /api/products', 'GET /api/users/{id}', 'GET /health']);
    expect(results.plan.model).toBe('open');
    expect(results.plan.peakRate).toBe(config.load_test.rate);
    expect(results.plan.thresholdsAreDefaults).toBe(false);
    expect(JSON.stringify(results.plan.thresholds)).toContain('800');
  }, 60_000);

  test('logs from an artifact of this run: downloaded from the stand-in for GitHub, every request asserted', async () => {
    const seen = github.requests.length;
    const r = await runActionInProcess({ mode: 'model', 'model-artifact': 'access-logs' }, { env: github.env });
    expect(r.status).toBe(0);
    const calls = github.requests.slice(seen).map((q) => `${q.method} ${q.path.split('?')[0]}`);
    // Found by name in this run's list; @actions/artifact lists again to download by id, then asks for the signed URL.
    expect(calls.filter((c) => c.includes('/twirp/'))).toEqual(['ListArtifacts', 'ListArtifacts', 'GetSignedArtifactURL'].map((call) => `POST /twirp/github.actions.results.api.v1.ArtifactService/${call}`));
    expect(calls.filter((c) => !c.includes('/twirp/'))).toEqual([expect.stringMatching(/^GET \/download\/\d+\.zip$/)]);
    expect(r.summary).toContain('From the artifact access-logs (1 file)');
    expect(r.outputs['model-routes']).toBe('3');
    const missing = await runActionInProcess({ mode: 'model', 'model-artifact': 'no-such-logs' }, { env: github.env });
    expect(missing.status).toBe(1);
    expect(missing.stdout).toMatch(/::error::model-artifact: no artifact named no-such-logs in this workflow run \(there are: [^)]*access-logs/);
    expect(missing.outputs.verdict).toBe('error');
  }, 60_000);

  test('Prometheus behind a token: the token is sent, masked, and never printed; a refused token names the input', async () => {
    const TOKEN = 'prom-secret-token-5f2a9c';
    const authorizations: string[] = [];
    const series = (route: string, rate: number) => ({ metric: { route, method: 'GET' }, values: [0, 1, 2].map((i) => [1_700_000_000 + i * 60, String(rate)]) });
    const prometheus = createServer((req, res) => {
      authorizations.push(req.headers.authorization ?? '');
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return res.writeHead(401).end('unauthorized');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [series('/api/users/{id}', 70), series('/health', 30)] } }));
    });
    await new Promise<void>((resolve) => prometheus.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(prometheus.address() as AddressInfo).port}`;
    try {
      const r = await runActionInProcess({ mode: 'model', 'model-prometheus-url': url, 'model-prometheus-token': TOKEN });
      expect(r.status).toBe(0);
      expect(authorizations).toEqual([`Bearer ${TOKEN}`]);
      expect(r.stdout).toContain(`::add-mask::${TOKEN}`);
      expect(r.stdout.replace(`::add-mask::${TOKEN}`, '') + r.summary + readFileSync(join(r.dir, r.outputs['model-config']), 'utf8')).not.toContain(TOKEN);
      expect(r.summary).toMatch(/\| GET \| `\/api\/users\/\{id\}` \| 70% \|/);
      const refused = await runActionInProcess({ mode: 'model', 'model-prometheus-url': url, 'model-prometheus-token': 'wrong' });
      expect(refused.status).toBe(1);
      expect(refused.stdout).toContain(`::error::model-prometheus-url: cannot query Prometheus at ${url}: HTTP 401: set the model-prometheus-token input to a token that may query`);
    } finally {
      await new Promise((resolve) => prometheus.close(resolve));
    }
  }, 30_000);

  test('model-check: a config whose mix drifted fails the step with the table; one that matches passes', async () => {
    const drifted = ['load_test:', '  endpoints:', '    "GET /api/users/{{ randomInt(1, 9) }}": 0.2', '    "GET /api/products": 0.8', ''].join('\n');
    const r = await runActionInProcess({ mode: 'model', 'model-from': 'access.log', 'model-check': 'true', config: 'perf.yml' }, { files: { 'perf.yml': drifted, 'access.log': log } });
    expect(r.status).toBe(1);
    expect(r.outputs['model-drifted']).toBe('true');
    expect(r.summary).toContain('## ⚠️ Traffic drifted from production');
    // /health was 10% of what was sent: a few points either way, new to the checked-in mix.
    expect(r.summary).toMatch(/\| `GET \/health` \| 0% \| \d+(\.\d)?% \| \+\d+(\.\d)? pts \| new \|/);
    expect(r.stdout).toMatch(/::error::Drift: 3 routes moved by more than 5 points of share since perf.yml was written/);
    const matching = ['load_test:', '  endpoints:', '    "GET /api/users/{{ randomInt(1, 9) }}": 0.6', '    "GET /api/products": 0.3', '    "GET /health": 0.1', ''].join('\n');
    const ok = await runActionInProcess({ mode: 'model', 'model-from': 'access.log', 'model-check': 'true', config: 'perf.yml', 'model-threshold': '5' }, { files: { 'perf.yml': matching, 'access.log': log } });
    expect(ok.status).toBe(0);
    expect(ok.outputs['model-drifted']).toBe('false');
    expect(ok.summary).toContain('## ✅ Traffic matches production');
    // fail-on-violation: false lets a drifted mix warn instead of failing the step.
    const warned = await runActionInProcess({ mode: 'model', 'model-from': 'access.log', 'model-check': 'true', config: 'perf.yml', 'fail-on-violation': 'false' }, { files: { 'perf.yml': drifted, 'access.log': log } });
    expect(warned.status).toBe(0);
    expect(warned.outputs['model-drifted']).toBe('true');
    expect(warned.stdout).toMatch(/::warning::Drift: 3 routes moved .*\(fail-on-violation is false, so the step passes\)/);
  }, 30_000);

  test('the bundle, under Node 24: a model step as the runner runs it', async () => {
    const r = await runAction({ mode: 'model', 'model-from': 'access.log' }, { files: { 'access.log': log } });
    expect(r.status).toBe(0);
    expect(r.outputs['model-config']).toBe('loadtest-model/performance_config.yml');
    expect(r.summary).toContain('| GET | `/api/users/{id}` |');
    expect(JSON.parse(readFileSync(join(r.dir, 'loadtest-model/model.json'), 'utf8'))).toMatchObject({ requests: expect.any(Number), peakMinutePerSecond: expect.any(Number), rate: Number(r.outputs['model-rate']), scale: 1 });
  }, 30_000);

  test.each([
    [{ mode: 'model' }, "input mode::mode model needs production's evidence: model-from (log files), model-artifact (an artifact of this run holding them) or model-prometheus-url"],
    [{ mode: 'model', 'model-from': 'a.log', 'model-prometheus-url': 'http://p:9090' }, "input model-prometheus-url::give one source of production's traffic: model-from and model-prometheus-url both given"],
    [{ mode: 'model', 'model-from': 'a.log', 'model-scale': 'lots' }, "input model-scale::expected a multiple of production's rate like 2x or 0.5, got 'lots'"],
    [{ mode: 'model', 'model-from': 'a.log', 'target-url': 'http://127.0.0.1:1' }, 'input target-url::target-url applies to a load test; mode model writes the config a load test reads'],
    [{ 'model-from': 'a.log', 'target-url': 'http://127.0.0.1:1' }, "input model-from::model-from applies to mode: model, and this step's mode is run"],
    [{ mode: 'model', 'model-from': 'nope.log' }, '::error::model-from: nope.log: no such file'],
    [{ mode: 'model', 'model-from': 'nope.log', 'model-routes': 'routes.txt' }, '::error::model-routes: routes.txt: no such file'],
    [{ mode: 'model', 'model-from': 'a.log', 'model-since': '2h' }, 'input model-since::model-since applies to model-prometheus-url, not to model-from'],
    [{ mode: 'model', 'model-prometheus-url': 'http://p:9090', 'model-routes': 'r.txt' }, 'input model-routes::model-routes applies to logs (model-from or model-artifact), not to model-prometheus-url'],
    [{ mode: 'model', 'model-from': 'a.log', 'model-check': 'true', 'model-scale': '2x' }, 'input model-scale::model-scale shapes a written model; model-check writes none'],
    [{ mode: 'model', 'model-from': 'a.log', 'model-threshold': '3' }, 'input model-threshold::model-threshold applies with model-check: true'],
    [{ mode: 'model', 'model-from': 'a.log', 'pr-comment': 'true' }, 'input pr-comment::pr-comment applies to a load test, not to mode model'],
  ])('%j is refused, naming the input', async (inputs, message) => {
    const r = await runActionInProcess(inputs as Record<string, string>);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(message);
    expect(r.outputs.verdict).toBe('error');
  });
});
