// Kubernetes: pod CPU and memory from the metrics.k8s.io API for a namespace and label selector,
// with each pod's memory limit from its spec. Credentials come from the pod's service account when
// running in the cluster, else from a kubeconfig (token or client certificate; exec plugins are not
// run: give the job a token).

import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { Agent, request } from 'undici';
import { parse } from 'yaml';
import type { ResourceReading, ResourceSource } from '../../ports/resources.js';

export interface KubernetesTarget {
  namespace: string;
  selector: string;
  kubeconfig: string | null;
}

interface Access {
  server: string;
  headers: Record<string, string>;
  dispatcher: Agent;
}

const SERVICE_ACCOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

/** quantity reads a Kubernetes quantity: CPU "250m" → 0.25, memory "120Mi" → 125829120. */
export function quantity(text: string): number {
  const match = /^([+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/.exec(text.trim());
  if (!match) throw new Error(`not a Kubernetes quantity: '${text}'`);
  const scale: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
  return Number(match[1]) * (match[2] ? scale[match[2]] : 1);
}

/** access finds the API server and credentials: in-cluster first, then the kubeconfig. */
export function kubernetesAccess(kubeconfig: string | null, env: Readonly<Record<string, string | undefined>>): Access {
  if (!kubeconfig && env.KUBERNETES_SERVICE_HOST) {
    const token = readFileSync(`${SERVICE_ACCOUNT}/token`, 'utf8').trim();
    return { server: `https://${env.KUBERNETES_SERVICE_HOST}:${env.KUBERNETES_SERVICE_PORT ?? 443}`, headers: { authorization: `Bearer ${token}` }, dispatcher: new Agent({ connect: { ca: readFileSync(`${SERVICE_ACCOUNT}/ca.crt`) } }) };
  }
  const path = kubeconfig ?? env.KUBECONFIG?.split(':')[0] ?? `${homedir()}/.kube/config`;
  const config = parse(readFileSync(path, 'utf8')) as Kubeconfig;
  const contextName = config['current-context'];
  const context = config.contexts?.find((c) => c.name === contextName)?.context;
  const cluster = config.clusters?.find((c) => c.name === context?.cluster)?.cluster;
  const user = config.users?.find((u) => u.name === context?.user)?.user ?? {};
  if (!cluster?.server) throw new Error(`${path}: the current context '${contextName}' has no cluster server`);
  if (user.exec) throw new Error(`${path}: the user of context '${contextName}' authenticates with an exec plugin, which is not run here; give the job a token`);
  const data = (b64?: string, file?: string) => (b64 ? Buffer.from(b64, 'base64') : file ? readFileSync(file) : undefined);
  const token = user.token ?? (user['token-file'] ? readFileSync(user['token-file'], 'utf8').trim() : undefined);
  return {
    server: cluster.server.replace(/\/+$/, ''),
    headers: token ? { authorization: `Bearer ${token}` } : {},
    dispatcher: new Agent({
      connect: {
        ca: data(cluster['certificate-authority-data'], cluster['certificate-authority']),
        cert: data(user['client-certificate-data'], user['client-certificate']),
        key: data(user['client-key-data'], user['client-key']),
        rejectUnauthorized: !cluster['insecure-skip-tls-verify'],
      },
    }),
  };
}

interface Kubeconfig {
  'current-context'?: string;
  contexts?: Array<{ name: string; context: { cluster: string; user: string } }>;
  clusters?: Array<{ name: string; cluster: { server: string; 'certificate-authority-data'?: string; 'certificate-authority'?: string; 'insecure-skip-tls-verify'?: boolean } }>;
  users?: Array<{ name: string; user: { token?: string; 'token-file'?: string; 'client-certificate-data'?: string; 'client-certificate'?: string; 'client-key-data'?: string; 'client-key'?: string; exec?: unknown } }>;
}

export function kubernetesSource(target: KubernetesTarget, env: Readonly<Record<string, string | undefined>>): ResourceSource {
  let access: Access | null = null;
  let limits: Map<string, number | null> | null = null;
  const get = async (path: string) => {
    access ??= kubernetesAccess(target.kubeconfig, env);
    const response = await request(`${access.server}${path}`, { headers: { accept: 'application/json', ...access.headers }, dispatcher: access.dispatcher, headersTimeout: 10_000, bodyTimeout: 10_000 });
    const body = await response.body.text();
    if (response.statusCode !== 200) throw new Error(`the Kubernetes API answered ${response.statusCode} for ${path}: ${body.trim().slice(0, 200)}`);
    return JSON.parse(body);
  };
  const query = `labelSelector=${encodeURIComponent(target.selector)}`;
  const namespace = encodeURIComponent(target.namespace);
  return {
    label: `kubernetes pods ${target.selector} in ${target.namespace}`,
    read: async (): Promise<ResourceReading[]> => {
      limits ??= podMemoryLimits(await get(`/api/v1/namespaces/${namespace}/pods?${query}`));
      const metrics = (await get(`/apis/metrics.k8s.io/v1beta1/namespaces/${namespace}/pods?${query}`)) as { items?: Array<{ metadata: { name: string }; containers: Array<{ usage: { cpu: string; memory: string } }> }> };
      return (metrics.items ?? []).map((pod) => ({
        name: pod.metadata.name,
        cpuPercent: pod.containers.reduce((sum, c) => sum + quantity(c.usage.cpu), 0) * 100,
        memoryBytes: pod.containers.reduce((sum, c) => sum + quantity(c.usage.memory), 0),
        memoryLimitBytes: limits!.get(pod.metadata.name) ?? null,
      }));
    },
  };
}

/** podMemoryLimits sums each pod's container memory limits; a pod with an unlimited container has none. */
function podMemoryLimits(list: { items?: Array<{ metadata: { name: string }; spec: { containers: Array<{ resources?: { limits?: { memory?: string } } }> } }> }): Map<string, number | null> {
  const limits = new Map<string, number | null>();
  for (const pod of list.items ?? []) {
    const each = pod.spec.containers.map((c) => c.resources?.limits?.memory);
    limits.set(pod.metadata.name, each.every((m) => m !== undefined) ? each.reduce((sum, m) => sum + quantity(m!), 0) : null);
  }
  return limits;
}
