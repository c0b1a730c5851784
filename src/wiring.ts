// The real implementations of the pipeline's ports that both entries share: GitHub's API for
// rollbacks and baselines, the Pushgateway, remote write, OTLP and Slack, the resource sources, the
// disk. Each entry adds its own edge (what is shown, the artifact store) and calls
// app/pipeline.ts with them. The two metrics exporters are imported only when a run sends to them
// (the bundle splits there): the OpenTelemetry SDK and protobufjs load for those runs alone.

import { readFileSync } from 'node:fs';
import type { PipelinePorts } from './app/pipeline.js';
import { defaultInstance } from './app/publish.js';
import { artifactFetcher } from './github/baseline.js';
import { rollbackContext, runUrl } from './github/context.js';
import { repositoryDispatch, workflowDispatch } from './github/dispatch.js';
import { runHook } from './integrations/hooks.js';
import { pushMetrics } from './integrations/pushgateway.js';
import { resourceSources } from './integrations/resources/index.js';
import { postToSlack } from './integrations/slack.js';

type SharedPorts = Omit<PipelinePorts, 'signal' | 'show' | 'progressEverySeconds' | 'planned' | 'upload'>;

export function sharedPorts(env: Readonly<Record<string, string | undefined>>, token: string | undefined): SharedPorts {
  return {
    env,
    token,
    readFile: (path) => readFileSync(path, 'utf8'),
    readLimits,
    rollbackContext: (plan) => rollbackContext(env, token, plan.rollback),
    executors: { repositoryDispatch, workflowDispatch, hook: runHook },
    publishers: {
      push: pushMetrics,
      slack: (url, message) => postToSlack(url, message),
      remoteWrite: async (target, telemetry) => (await import('./integrations/remote-write.js')).writeRemote(target, telemetry),
      otlp: async (target, telemetry) => (await import('./integrations/otlp.js')).exportOtlp(target, telemetry, { env }),
    },
    publishContext: (artifact) => ({ runUrl: runUrl(env), artifactUrl: artifact?.state.uploaded ? artifact.state.url : null, instance: defaultInstance(env, new Date()) }),
    resourceSources: (plan) => (plan.resources ? resourceSources(plan.resources, env) : []),
    fetchArtifact: (dir) => artifactFetcher(env, token, dir),
  };
}

function readLimits(): string | null {
  try {
    return readFileSync('/proc/self/limits', 'utf8');
  } catch {
    return null;
  }
}
