// The resource sources a plan names, built with what the environment says (Docker's socket,
// Kubernetes' in-cluster service account).

import type { ResourcesPlan } from '../../config/plan.js';
import { dockerSocket, dockerSource } from './docker.js';
import { kubernetesSource } from './kubernetes.js';
import { processSource } from './process.js';
import { prometheusSource } from './prometheus.js';
import type { ResourceSource } from '../../ports/resources.js';

export function resourceSources(resources: ResourcesPlan | null, env: Readonly<Record<string, string | undefined>>): ResourceSource[] {
  if (!resources) return [];
  const sources: ResourceSource[] = [];
  if (resources.docker) sources.push(dockerSource(resources.docker.containers, resources.docker.socket ?? dockerSocket(env)));
  if (resources.kubernetes) sources.push(kubernetesSource(resources.kubernetes, env));
  if (resources.prometheus) sources.push(prometheusSource(resources.prometheus));
  if (resources.processPid !== null) sources.push(processSource(resources.processPid));
  return sources;
}
