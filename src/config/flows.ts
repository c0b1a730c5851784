// Flows as written: `load_test.flows`, a weighted list of named flows, each a list of steps; and
// `load_test.setup` / `load_test.on_start`, lists of steps run once per run and once per virtual
// user. A step is an endpoint's request (config/endpoints.ts readItem) with what it captures and
// the pause after it. Read with every item's line, so later validation (config/sections/flows.ts)
// can say where a mistake is.

import { isSeq, type Node } from 'yaml';
import { type EndpointSpec, readItem } from './endpoints.js';
import type { Source } from './issues.js';
import { describe } from './units.js';
import { type Walker, at } from './yaml-position.js';

export interface FlowSpec {
  name: string;
  /** weight as written; null means "an equal share". */
  weight: number | null;
  steps: EndpointSpec[];
  source: Source;
}

type ItemWalker = (item: Node | null, keyPath: string) => unknown;

/** readSteps: a list of steps, each named (by default its method and path as written: a route, never a rendered URL). */
export function readSteps(w: Walker, node: Node | null, keyPath: string, walkStep: ItemWalker): EndpointSpec[] | undefined {
  if (!node || !isSeq(node) || node.items.length === 0) {
    w.issues.push({ source: at(w, node, keyPath), message: `expected a list of steps (each with a path, like - path: /api/login), got ${describe(node?.toJSON())}` });
    return undefined;
  }
  const before = w.issues.length;
  const steps = node.items.map((item, i) => readItem(w, item as Node | null, `${keyPath}[${i}]`, walkStep));
  if (w.issues.length > before) return undefined;
  const seen = new Map<string, EndpointSpec>();
  for (const step of steps as EndpointSpec[]) {
    const earlier = seen.get(step.name);
    if (earlier) w.issues.push({ source: step.source, message: `step name '${step.name}' is used twice here (first at line ${earlier.source.kind === 'file' ? earlier.source.line : '?'}); give each step its own name` });
    seen.set(step.name, step);
    if (step.weight !== null) w.issues.push({ source: step.source, message: `a step has no weight of its own: its flow's weight decides how often it runs` });
  }
  return w.issues.length > before ? undefined : (steps as EndpointSpec[]);
}

/** readFlows: the flows, each with a unique name (by default "flow N") and its steps (walked as flowItemField's `steps`, by readSteps). */
export function readFlows(w: Walker, node: Node | null, keyPath: string, walkFlow: ItemWalker): FlowSpec[] | undefined {
  if (!node || !isSeq(node) || node.items.length === 0) {
    w.issues.push({ source: at(w, node, keyPath), message: `expected a list of flows (each with a name and steps), got ${describe(node?.toJSON())}` });
    return undefined;
  }
  const before = w.issues.length;
  const flows: FlowSpec[] = [];
  node.items.forEach((item, i) => {
    const itemPath = `${keyPath}[${i}]`;
    const issuesBefore = w.issues.length;
    const value = walkFlow(item as Node | null, itemPath) as { name?: string; weight?: number; steps?: EndpointSpec[] } | undefined;
    if (!value || w.issues.length > issuesBefore) return;
    const source = at(w, item as Node | null, itemPath);
    if (!value.steps) {
      w.issues.push({ source, message: `flow '${value.name ?? i + 1}' needs steps: a list of requests` });
      return;
    }
    flows.push({ name: value.name ?? `flow ${i + 1}`, weight: value.weight ?? null, steps: value.steps, source });
  });
  const seen = new Set<string>();
  for (const flow of flows) {
    if (seen.has(flow.name)) w.issues.push({ source: flow.source, message: `flow name '${flow.name}' is used twice; give each flow its own name` });
    seen.add(flow.name);
  }
  return w.issues.length > before ? undefined : flows;
}
