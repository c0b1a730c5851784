// The resources section: where the target's CPU and memory are read, and their limits.

import * as defaults from '../../defaults.js';
import type { ConfigIssue } from '../issues.js';
import type { ResourcesPlan, Threshold } from '../plan.js';
import { type OptionId, optionName, type Vocabulary } from '../vocabulary.js';
import type { SettingMap } from '../yaml-reader.js';

/** resolveResources: the sources the user named, and resource SLOs only where there is a source to judge. */
export function resolveResources(merged: SettingMap, issues: ConfigIssue[], vocabulary: Vocabulary): ResourcesPlan | null {
  const name = (id: OptionId) => optionName(vocabulary, id);
  const get = <T>(key: string): T | undefined => merged.get(key)?.value as T | undefined;
  const threshold = (key: string): Threshold | null => (merged.has(key) ? { value: get<number>(key)!, source: merged.get(key)!.source } : null);
  const docker = get<string[]>('resources.docker.containers');
  const selector = get<string>('resources.kubernetes.selector');
  const promUrl = get<string>('resources.prometheus.url');
  const pid = get<number>('resources.process.pid') ?? null;
  if (promUrl && !get('resources.prometheus.cpu') && !get('resources.prometheus.memory')) {
    issues.push({ source: merged.get('resources.prometheus.url')!.source, message: `querying Prometheus needs a cpu or memory expression (resources.prometheus.cpu / .memory, or ${name('resources.prometheus.cpu')} / ${name('resources.prometheus.memory')})` });
  }
  const thresholds = { cpuPercent: threshold('resources.thresholds.cpu_percent'), memoryPercent: threshold('resources.thresholds.memory_percent') };
  if (!docker && !selector && !promUrl && pid === null) {
    const limit = thresholds.cpuPercent ?? thresholds.memoryPercent;
    if (limit) issues.push({ source: limit.source, message: `a resource limit needs a source to read: resources.docker, .kubernetes, .prometheus or .process (or ${(['resources.docker.containers', 'resources.kubernetes.selector', 'resources.prometheus.url', 'resources.process.pid'] as const).map(name).join(', ')})` });
    return null;
  }
  return {
    intervalMs: get<number>('resources.interval') ?? defaults.DEFAULT_RESOURCES_INTERVAL_MS,
    docker: docker ? { containers: docker, socket: get<string>('resources.docker.socket') ?? null } : null,
    kubernetes: selector ? { namespace: get<string>('resources.kubernetes.namespace') ?? 'default', selector, kubeconfig: get<string>('resources.kubernetes.kubeconfig') ?? null } : null,
    prometheus: promUrl ? { url: promUrl, cpu: get<string>('resources.prometheus.cpu') ?? null, memory: get<string>('resources.prometheus.memory') ?? null, memoryLimit: get<string>('resources.prometheus.memory_limit') ?? null } : null,
    processPid: pid,
    thresholds,
  };
}
