// Docker: container stats from the Engine API over its unix socket (/var/run/docker.sock, or the
// unix:// path in DOCKER_HOST) — the usual case of a backend run as a service container in the same
// job. CPU % is computed as `docker stats` does: the container's CPU time delta over the host's,
// times the number of CPUs; memory is usage less the inactive file cache, against the limit.

import { Client } from 'undici';
import type { ResourceReading, ResourceSource } from '../../ports/resources.js';

export function dockerSocket(env: Readonly<Record<string, string | undefined>>): string {
  const host = env.DOCKER_HOST;
  return host?.startsWith('unix://') ? host.slice('unix://'.length) : '/var/run/docker.sock';
}

interface DockerStats {
  cpu_stats?: { cpu_usage?: { total_usage?: number; percpu_usage?: number[] }; system_cpu_usage?: number; online_cpus?: number };
  precpu_stats?: { cpu_usage?: { total_usage?: number }; system_cpu_usage?: number };
  memory_stats?: { usage?: number; limit?: number; stats?: { inactive_file?: number; total_inactive_file?: number; cache?: number } };
}

/** cpuPercentOf follows the docker CLI (calculateCPUPercentUnix). */
export function cpuPercentOf(stats: DockerStats): number | null {
  const cpuDelta = (stats.cpu_stats?.cpu_usage?.total_usage ?? 0) - (stats.precpu_stats?.cpu_usage?.total_usage ?? 0);
  const systemDelta = (stats.cpu_stats?.system_cpu_usage ?? 0) - (stats.precpu_stats?.system_cpu_usage ?? 0);
  const cpus = stats.cpu_stats?.online_cpus || stats.cpu_stats?.cpu_usage?.percpu_usage?.length || 1;
  return systemDelta > 0 && cpuDelta >= 0 ? (cpuDelta / systemDelta) * cpus * 100 : null;
}

/** memoryOf follows the docker CLI: usage minus the inactive file cache (cgroup v2, then v1). */
export function memoryOf(stats: DockerStats): { used: number | null; limit: number | null } {
  const m = stats.memory_stats;
  if (m?.usage === undefined) return { used: null, limit: null };
  const cache = m.stats?.inactive_file ?? m.stats?.total_inactive_file ?? 0;
  return { used: m.usage - cache, limit: m.limit ?? null };
}

export function dockerSource(containers: readonly string[], socketPath: string): ResourceSource {
  const client = new Client('http://localhost', { socketPath });
  return {
    label: `docker ${containers.join(', ')}`,
    read: async (): Promise<ResourceReading[]> =>
      Promise.all(
        containers.map(async (name) => {
          const response = await client.request({ method: 'GET', path: `/containers/${encodeURIComponent(name)}/stats?stream=false`, headersTimeout: 10_000, bodyTimeout: 10_000 });
          const body = await response.body.text();
          if (response.statusCode !== 200) throw new Error(`the Docker API answered ${response.statusCode} for ${name}: ${body.trim().slice(0, 200)}`);
          const stats = JSON.parse(body) as DockerStats;
          const memory = memoryOf(stats);
          return { name, cpuPercent: cpuPercentOf(stats), memoryBytes: memory.used, memoryLimitBytes: memory.limit };
        }),
      ),
  };
}
