// The target's resources while under load: Docker, Kubernetes, Prometheus and a local process.
// No Docker engine or cluster runs here, so those two are tested against local stand-ins that
// answer with the response bodies from the APIs' documentation (the test names say so); Prometheus
// is the real one from Debian's package, scraping a local exporter.

import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoadTest } from '../src/app/run.js';
import { cpuPercentOf, dockerSource, memoryOf } from '../src/integrations/resources/docker.js';
import { resourceSources } from '../src/integrations/resources/index.js';
import { kubernetesSource, quantity } from '../src/integrations/resources/kubernetes.js';
import { generatorFindings, uniformDelay } from '../src/slo/generator.js';
import { planFrom } from './helpers/plan.js';
import { installed, skipMissing, startPrometheus } from './helpers/prometheus.js';
import { ok, slow, startServer } from './helpers/servers.js';

// The example response of GET /containers/{id}/stats in the Docker Engine API reference.
const DOCKER_DOC_STATS = {
  read: '2015-01-08T22:57:31.547920715Z',
  pids_stats: { current: 3 },
  memory_stats: { stats: { total_pgmajfault: 0, cache: 0, mapped_file: 0, total_inactive_file: 0, total_rss: 0 }, max_usage: 6651904, usage: 6537216, failcnt: 0, limit: 67108864 },
  cpu_stats: { cpu_usage: { percpu_usage: [8646879, 24472255, 36438778, 30657443], usage_in_usermode: 50000000, total_usage: 100215355, usage_in_kernelmode: 30000000 }, system_cpu_usage: 739306590000000, online_cpus: 4 },
  precpu_stats: { cpu_usage: { percpu_usage: [8646879, 24350896, 36438778, 30657443], usage_in_usermode: 50000000, total_usage: 100093996, usage_in_kernelmode: 30000000 }, system_cpu_usage: 9492140000000, online_cpus: 4 },
};

/** busyStats: the documented shape, for a container that used 1.5 cores over 1 s of a 4-CPU host, with a cgroup v2 cache. */
const busyStats = (usage: number) => ({
  ...DOCKER_DOC_STATS,
  memory_stats: { usage, limit: 536870912, stats: { inactive_file: 16777216 } },
  cpu_stats: { cpu_usage: { total_usage: 5_000_000_000 }, system_cpu_usage: 104_000_000_000, online_cpus: 4 },
  precpu_stats: { cpu_usage: { total_usage: 3_500_000_000 }, system_cpu_usage: 100_000_000_000 },
});

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  while (closers.length) await closers.pop()!();
});

describe('docker stats arithmetic', () => {
  test('CPU % as the docker CLI computes it, on the API reference\'s example', () => {
    // (100215355 − 100093996) / (739306590000000 − 9492140000000) × 4 CPUs × 100
    expect(cpuPercentOf(DOCKER_DOC_STATS)).toBeCloseTo((121359 / 729814450000000) * 4 * 100, 15);
    expect(cpuPercentOf(busyStats(0))).toBeCloseTo(150, 9);
  });

  test('memory is usage less the inactive file cache (cgroup v1 and v2)', () => {
    expect(memoryOf(DOCKER_DOC_STATS)).toEqual({ used: 6537216, limit: 67108864 });
    expect(memoryOf(busyStats(268435456))).toEqual({ used: 268435456 - 16777216, limit: 536870912 });
  });
});

describe('kubernetes quantities', () => {
  test.each([
    ['250m', 0.25],
    ['1', 1],
    ['1234567n', 0.001234567],
    ['128Mi', 134217728],
    ['30720Ki', 31457280],
    ['1G', 1e9],
    ['1.5Gi', 1610612736],
  ])('%p is %p', (text, value) => expect(quantity(text)).toBeCloseTo(value, 12));
});

test('Docker source, against a stand-in Engine API on a unix socket answering the documented stats body', async () => {
  const socket = join(mkdtempSync(join(tmpdir(), 'loadtest-docker-')), 'docker.sock');
  const paths: string[] = [];
  let calls = 0;
  const engine = createServer((req, res) => {
    paths.push(req.url ?? '');
    if (!req.url?.startsWith('/containers/backend/stats')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ message: 'No such container: db' }));
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(calls++ === 0 ? DOCKER_DOC_STATS : busyStats(268435456)));
  });
  await new Promise<void>((resolve) => engine.listen(socket, resolve));
  closers.push(() => new Promise((resolve) => engine.close(() => resolve())));
  const source = dockerSource(['backend'], socket);
  const [first] = await source.read!();
  expect(first).toMatchObject({ name: 'backend', memoryBytes: 6537216, memoryLimitBytes: 67108864 });
  const [second] = await source.read!();
  expect(second).toMatchObject({ name: 'backend', cpuPercent: 150, memoryBytes: 251658240, memoryLimitBytes: 536870912 });
  expect(paths).toEqual(['/containers/backend/stats?stream=false', '/containers/backend/stats?stream=false']);
  await expect(dockerSource(['db'], socket).read!()).rejects.toThrow('the Docker API answered 404 for db: {"message":"No such container: db"}');
});

test('Kubernetes source, against a stand-in API server answering metrics-server\'s documented PodMetricsList', async () => {
  const seen: Array<{ url: string; auth: string | undefined }> = [];
  const api = createServer((req, res) => {
    seen.push({ url: req.url ?? '', auth: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url?.startsWith('/apis/metrics.k8s.io/v1beta1/namespaces/shop/pods')) {
      res.end(JSON.stringify({ kind: 'PodMetricsList', apiVersion: 'metrics.k8s.io/v1beta1', metadata: {}, items: [{ metadata: { name: 'backend-7d9f8-abcde', namespace: 'shop' }, timestamp: '2026-11-22T10:00:00Z', window: '30s', containers: [{ name: 'app', usage: { cpu: '250m', memory: '128Mi' } }, { name: 'sidecar', usage: { cpu: '1234567n', memory: '30720Ki' } }] }] }));
    } else {
      res.end(JSON.stringify({ kind: 'PodList', items: [{ metadata: { name: 'backend-7d9f8-abcde' }, spec: { containers: [{ name: 'app', resources: { limits: { cpu: '1', memory: '512Mi' } } }, { name: 'sidecar', resources: { limits: { memory: '64Mi' } } }] } }] }));
    }
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => api.close(() => resolve())));
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'loadtest-kube-')), 'config');
  writeFileSync(kubeconfig, `apiVersion: v1\nkind: Config\ncurrent-context: ci\ncontexts:\n- name: ci\n  context: {cluster: local, user: runner}\nclusters:\n- name: local\n  cluster: {server: "http://127.0.0.1:${(api.address() as AddressInfo).port}"}\nusers:\n- name: runner\n  user: {token: kube-token-123}\n`);
  const [pod] = await kubernetesSource({ namespace: 'shop', selector: 'app=backend,track=canary', kubeconfig }, {}).read!();
  expect(pod.name).toBe('backend-7d9f8-abcde');
  expect(pod.cpuPercent).toBeCloseTo((0.25 + 0.001234567) * 100, 9);
  expect(pod.memoryBytes).toBe(134217728 + 31457280);
  expect(pod.memoryLimitBytes).toBe(536870912 + 67108864);
  expect(seen).toEqual([
    { url: '/api/v1/namespaces/shop/pods?labelSelector=app%3Dbackend%2Ctrack%3Dcanary', auth: 'Bearer kube-token-123' },
    { url: '/apis/metrics.k8s.io/v1beta1/namespaces/shop/pods?labelSelector=app%3Dbackend%2Ctrack%3Dcanary', auth: 'Bearer kube-token-123' },
  ]);
});

describe('a local process, sampled during a real run', () => {
  test('CPU and memory from /proc, judged against a limit on their average', async () => {
    // A service started in the job: here a process that keeps one core about half busy.
    const child = spawn(process.execPath, ['-e', 'setInterval(() => { const until = Date.now() + 50; while (Date.now() < until); }, 100)']);
    closers.push(async () => void child.kill('SIGKILL'));
    const target = await startServer(ok);
    closers.push(target.close);
    const plan = planFrom({ flags: { '--target': target.url, '--duration': '3s', '--concurrency': '1', '--min-requests': '1', '--process-pid': String(child.pid), '--resources-interval': '500ms', '--max-cpu': '5' } });
    // What the kernel says the child used over the whole run, read here independently of the sampler
    // (utime + stime in clock ticks of 1/100 s): a busy machine gives the child less than half a core.
    const ticks = () => readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).reduce((sum, t) => sum + Number(t), 0);
    const [ticksBefore, startedAt] = [ticks(), performance.now()];
    const report = await runLoadTest(plan, { resources: { sources: resourceSources(plan.resources, {}), intervalMs: plan.resources!.intervalMs } });
    const kernelPercent = (ticks() - ticksBefore) / ((performance.now() - startedAt) / 1000);
    const [series] = report.resources!.series;
    expect(series).toMatchObject({ source: `process ${child.pid}`, name: `pid ${child.pid}` });
    expect(series.samples.length).toBeGreaterThanOrEqual(5);
    expect(kernelPercent).toBeGreaterThan(12);
    expect(Math.abs(series.cpuPercent!.avg - kernelPercent)).toBeLessThan(15);
    expect(series.cpuPercent!.avg).toBeLessThan(80);
    expect(series.memoryMb!.avg).toBeGreaterThan(10);
    expect(report.verdict).toBe('fail');
    expect(report.violations).toEqual([expect.objectContaining({ metric: 'cpu_percent', endpoint: `pid ${child.pid}`, threshold: 5, message: expect.stringMatching(/^pid \d+: CPU [\d.]+% \(average under load, peak [\d.]+%\) exceeds threshold 5%$/) })]);
  });

  test('a source that cannot be read is one error and an empty section, not a failed run', async () => {
    const target = await startServer(ok);
    closers.push(target.close);
    const plan = planFrom({ flags: { '--target': target.url, '--duration': '1.5s', '--min-requests': '1', '--docker-containers': 'backend', '--resources-interval': '300ms' } });
    const report = await runLoadTest(plan, { resources: { sources: resourceSources(plan.resources, { DOCKER_HOST: 'unix:///nonexistent/docker.sock' }), intervalMs: 300 } });
    expect(report.verdict).toBe('pass');
    expect(report.resources).toEqual({ series: [], errors: [expect.stringMatching(/^docker backend: connect ENOENT \/nonexistent\/docker\.sock/)] });
  });
});

// Without Prometheus this fails (startPrometheus says what to install), unless LOADTEST_SKIP_MISSING=1.
(skipMissing(installed('prometheus'), 'prometheus', 'prometheus') ? test.skip : test)('Prometheus source: a real Prometheus scraping a local exporter, queried over the test window', async () => {
  const started = Date.now();
  // The exporter a service would have: CPU climbing with time, memory steady.
  const exporter = createServer((_req, res) => {
    const seconds = (Date.now() - started) / 1000;
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end(`# TYPE demo_cpu_percent gauge\ndemo_cpu_percent ${(20 + seconds * 5).toFixed(2)}\n# TYPE demo_memory_bytes gauge\ndemo_memory_bytes 209715200\n`);
  });
  await new Promise<void>((resolve) => exporter.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => exporter.close(() => resolve())));
  const prometheus = await startPrometheus([`127.0.0.1:${(exporter.address() as AddressInfo).port}`]);
  closers.push(prometheus.stop);
  const target = await startServer(slow(2));
  closers.push(target.close);
  // Prometheus is ready seconds before its first scrape: wait until the series exists.
  for (let i = 0; i < 100; i++) {
    const answer = (await (await fetch(`${prometheus.url}/api/v1/query?query=demo_cpu_percent`)).json()) as { data: { result: unknown[] } };
    if (answer.data.result.length > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const plan = planFrom({ flags: { '--target': target.url, '--duration': '4s', '--min-requests': '1', '--prometheus-url': prometheus.url, '--prometheus-cpu': 'demo_cpu_percent', '--prometheus-memory': 'demo_memory_bytes', '--resources-interval': '1s', '--max-memory': '50' } });
  const report = await runLoadTest(plan, { resources: { sources: resourceSources(plan.resources, {}), intervalMs: 1000 } });
  expect(report.resources!.errors).toEqual([]);
  const [series] = report.resources!.series;
  expect(series.source).toBe(`prometheus ${prometheus.url}`);
  expect(series.samples.length).toBeGreaterThanOrEqual(4);
  expect(series.memoryMb!.avg).toBe(200);
  expect(series.cpuPercent!.max).toBeGreaterThan(series.cpuPercent!.min);
  expect(series.cpuPercent!.min).toBeGreaterThanOrEqual(20);
  // Without a memory-limit expression there is no percentage to judge: the memory SLO is not dropped but not judged, and the run cannot pass.
  expect(report.checks.find((c) => c.metric === 'memory_percent')).toMatchObject({ noData: true, passed: false, message: expect.stringContaining('the source gives memory in MB (200 MB on average) but no limit to take a percentage of') });
  expect(report.verdict).toBe('inconclusive');
}, 60_000);

test('a saturated generator is named, for the throughput minimum it can hold, not for latency', () => {
  const facts = { model: 'closed' as const, plannedArrivals: 0, scheduled: 0, dropped: 0, maxInFlight: 0, lagSeries: [1, 1, 1, 1, 1], addedDelayMs: uniformDelay(1) };
  expect(generatorFindings({ ...facts, cpuSeries: [99, 100, 98, 40, 50] }, 'cli').saturated).toMatch(/^the load generator's CPU was saturated \(≥95% of a core\) in 3 of 5 seconds/);
  expect(generatorFindings({ ...facts, cpuSeries: [99, 40, 50, 40, 50, 40, 30, 20, 30, 40] }, 'cli').saturated).toBeNull();
});

import { resourceChecks } from '../src/slo/resources.js';
import { judge } from '../src/slo/verdict.js';

describe('a resource limit with no reading', () => {
  const threshold = { value: 90, source: { kind: 'flag' as const, flag: '--max-cpu' } };

  test('is a check with no data, never dropped: no source read at all, or a series with no reading in the measured window', () => {
    const none = resourceChecks([], { cpuPercent: threshold, memoryPercent: null });
    expect(none).toEqual([expect.objectContaining({ metric: 'cpu_percent', endpoint: null, noData: true, passed: false, message: 'CPU could not be judged against 90%: no reading during the measured load (read more often with resources.interval, or run longer)' })]);
    const empty = resourceChecks([{ source: 'process', name: 'pid 42', samples: [], cpuPercent: null, memoryMb: null, memoryPercent: null }], { cpuPercent: threshold, memoryPercent: null });
    expect(empty).toEqual([expect.objectContaining({ endpoint: 'pid 42', noData: true, passed: false })]);
  });

  test('holds the verdict: a run whose CPU limit could not be read is not a pass', () => {
    const checks = resourceChecks([], { cpuPercent: threshold, memoryPercent: null });
    const verdict = judge({ checks, measuredRequests: 1000, minRequests: 100, evidenceFor: () => null, countAboveMs: () => 0, generator: generatorFindings({ model: 'closed', plannedArrivals: 0, scheduled: 0, dropped: 0, maxInFlight: 10, lagSeries: [], addedDelayMs: uniformDelay(0), delayShares: [], cpuSeries: [] }, 'cli'), stoppedBy: 'completed', abortReason: null, unanswered: 0, drainSeconds: 0, coverage: '10s of 10s', decision: 'point', provisional: false });
    expect(verdict.verdict).toBe('inconclusive');
  });
});
