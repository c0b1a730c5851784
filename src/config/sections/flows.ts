// The flows section: load_test.flows, setup and on_start, checked before any load (every mistake
// at once, each on its line): a variable used before any step captures it, captures named like a
// variable, templates, JSON paths and regexes (read in config/steps.ts). Each measured step becomes
// a row of plan.endpoints, named by its flow and step (never by a rendered URL, so 10,000 IDs make
// one row); plain endpoints with checks, or with setup / on_start, run as one-step flows.

import type { CapturePlan } from '../../flow/capture.js';
import { captureReadsBody } from '../../flow/capture.js';
import { checkReadsBody } from '../../flow/check.js';
import type { Binding } from '../../template/generators.js';
import { TemplateError, hasTemplate, parseTemplate, variablesOf } from '../../template/parse.js';
import type { EndpointSpec } from '../endpoints.js';
import type { FlowSpec } from '../flows.js';
import type { ConfigIssue, Source } from '../issues.js';
import type { EndpointPlan, FlowPlan, FlowsPlan, StepPlan } from '../plan.js';
import { checkHeaders, templatesOf } from './requests.js';

/** DEFAULT_MAX_BODY_BYTES: how much of a body a step that reads it keeps, unless load_test.max_body says otherwise. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface FlowSpecs {
  flows?: FlowSpec[];
  setup?: EndpointSpec[];
  onStart?: EndpointSpec[];
  maxBodyBytes?: number;
}

/** Scope: where a step stands, for messages ("step 3 of flow checkout"). */
interface Scope {
  label: (step: number) => string;
  rowName: (step: EndpointSpec) => string;
}

interface Capture {
  variable: string;
  where: string;
}

/**
 * resolveFlows: the endpoints (one row per measured step) and the flows plan. `endpoints` are the
 * plain endpoints already resolved (run as one-step flows when setup or on_start is given, or when
 * they check their responses); `known` are the run's variables and data columns.
 */
export function resolveFlows(
  specs: FlowSpecs,
  endpoints: { specs: EndpointSpec[] | undefined; plans: EndpointPlan[]; source: Source },
  issues: ConfigIssue[],
  known: ReadonlyMap<string, Binding>,
  globalHeaders: Readonly<Record<string, string>>,
  notices: string[] = [],
): { endpoints: EndpointPlan[]; flows: FlowsPlan | null } {
  const sessions = specs.setup !== undefined || specs.onStart !== undefined;
  if (specs.flows && endpoints.specs) {
    issues.push({ source: endpoints.source, message: 'give load_test.endpoints or load_test.flows, not both: a flow step is an endpoint with its place in a sequence' });
    return { endpoints: [], flows: null };
  }
  const checked = endpoints.plans.some((e) => e.checks.length > 0);
  if (!specs.flows && !sessions && !checked) return { endpoints: endpoints.plans, flows: null };

  const maxBodyBytes = specs.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // Every capture, wherever it is, so a variable used too early can be told where it is captured.
  const captures: Capture[] = [];
  const note = (steps: EndpointSpec[] | undefined, where: (i: number) => string) => steps?.forEach((s, i) => s.captures.forEach((c) => captures.push({ variable: c.plan.variable, where: where(i) })));
  note(specs.setup, (i) => `setup step ${i + 1}`);
  note(specs.onStart, (i) => `on_start step ${i + 1}`);
  specs.flows?.forEach((flow) => note(flow.steps, (i) => `step ${i + 1} of flow ${flow.name}`));
  for (const capture of captures) {
    const binding = known.get(capture.variable);
    if (binding) issues.push({ source: sourceOfCapture(specs, capture), message: `${capture.where} captures '${capture.variable}', which is also ${binding.kind === 'row' ? 'a data file column' : 'a variable of load_test.variables'}: a template could not tell which to read; rename the capture` });
  }

  const rows: EndpointPlan[] = [];
  const available = new Map(known);
  const session = (names: Iterable<string>) => {
    for (const name of names) if (!known.has(name)) available.set(name, { kind: 'session' });
  };
  const stepsOf = (steps: EndpointSpec[], scope: Scope, measured: boolean, weightOf: (step: number) => number): StepPlan[] =>
    steps.map((spec, i) => {
      const request = requestOf(spec, scope.rowName(spec), weightOf(i), available, captures, scope.label(i), issues, globalHeaders);
      session(spec.captures.map((c) => c.plan.variable));
      const plan: StepPlan = { endpoint: measured ? rows.push(request) - 1 : -1, request, captures: spec.captures.map((c) => c.plan), thinkTime: spec.thinkTime, keep: keepOf(spec.captures.map((c) => c.plan), request, maxBodyBytes) };
      if (!measured && Object.keys(spec.thresholds).length > 0) issues.push({ source: spec.source, message: `setup step '${spec.name}' has thresholds, but setup runs before the load and is not measured; put them on a flow step` });
      if (!measured && spec.regression) issues.push({ source: spec.source, message: `setup step '${spec.name}' has regression rules, but setup runs before the load and is not measured; put them on a flow step` });
      return plan;
    });

  const setup = stepsOf(specs.setup ?? [], { label: (i) => `setup step ${i + 1}`, rowName: (s) => `setup › ${s.name}` }, false, () => 0);
  const onStart = stepsOf(specs.onStart ?? [], { label: (i) => `on_start step ${i + 1}`, rowName: (s) => `on_start › ${s.name}` }, true, () => 0);
  const userScope = new Map(available);

  let flows: FlowPlan[];
  if (specs.flows) {
    const given = specs.flows.filter((f) => f.weight !== null).length;
    if (given > 0 && given < specs.flows.length) issues.push({ source: specs.flows[0].source, message: `give every flow a weight or none (equal shares): ${specs.flows.length - given} of ${specs.flows.length} have none` });
    const weights = specs.flows.map((f) => f.weight ?? 1);
    const sum = weights.reduce((a, b) => a + b, 0);
    if (!(sum > 0)) issues.push({ source: specs.flows[0].source, message: 'flow weights sum to 0; at least one flow needs a positive weight' });
    // A step's share of requests: its flow's share of iterations over the requests an average iteration sends.
    const perIteration = specs.flows.reduce((total, f, i) => total + (weights[i] / (sum || 1)) * f.steps.length, 0);
    flows = specs.flows.map((flow, f) => {
      // Captures last one iteration: each flow starts from what setup and on_start captured.
      available.clear();
      for (const [name, binding] of userScope) available.set(name, binding);
      const share = weights[f] / (sum || 1);
      const steps = stepsOf(flow.steps, { label: (i) => `step ${i + 1} of flow ${flow.name}`, rowName: (s) => `${flow.name} › ${s.name}` }, true, () => share / (perIteration || 1));
      return { name: flow.name, weight: share, steps };
    });
  } else {
    // Plain endpoints (or the target itself) as one-step flows: each keeps its name, weight and
    // checks, its templates already checked against setup's and on_start's captures (sessionBindings).
    flows = endpoints.plans.map((plan) => {
      const request: EndpointPlan = { ...plan, session: true };
      const step: StepPlan = { endpoint: rows.push(request) - 1, request, captures: [], thinkTime: null, keep: keepOf([], request, maxBodyBytes) };
      return { name: plan.name, weight: plan.weight, steps: [step] };
    });
  }
  const heldSteps = [...setup, ...onStart, ...flows.flatMap((f) => f.steps)].filter((s) => s.request.withoutHeaders);
  for (const header of new Set(heldSteps.flatMap((s) => s.request.withoutHeaders!))) {
    const steps = heldSteps.filter((s) => s.request.withoutHeaders!.includes(header)).map((s) => s.request.name);
    notices.push(`load_test.headers ${header} reads a variable captured by a step: it is sent once that capture is made, not on ${steps.join(', ')}`);
  }
  return { endpoints: rows, flows: { setup, onStart, flows, maxBodyBytes, captured: [...new Set(captures.map((c) => c.variable))].filter((name) => !known.has(name)) } };
}

/** sessionBindings: `known` with what setup and on_start capture: every plain endpoint may read those. */
export function sessionBindings(specs: FlowSpecs, known: ReadonlyMap<string, Binding>): Map<string, Binding> {
  const out = new Map(known);
  for (const step of [...(specs.setup ?? []), ...(specs.onStart ?? [])]) for (const c of step.captures) if (!known.has(c.plan.variable)) out.set(c.plan.variable, { kind: 'session' });
  return out;
}

/** requestOf: a step's request as an EndpointPlan, its templates checked against what is captured before it. */
function requestOf(spec: EndpointSpec, name: string, weight: number, available: ReadonlyMap<string, Binding>, captures: readonly Capture[], label: string, issues: ConfigIssue[], allGlobalHeaders: Readonly<Record<string, string>>): EndpointPlan {
  const before = issues.length;
  // A load_test.headers entry that reads a capture (Authorization: Bearer {{ token }}) goes from the
  // step after that capture on: the login that captures the token is sent without it.
  const held = Object.keys(allGlobalHeaders).filter((header) => heldBack(allGlobalHeaders[header], available, captures));
  const globalHeaders = Object.fromEntries(Object.entries(allGlobalHeaders).filter(([header]) => !held.includes(header)));
  for (const variable of usedVariables(spec, globalHeaders)) {
    if (available.has(variable)) continue;
    const elsewhere = captures.filter((c) => c.variable === variable);
    if (elsewhere.length === 0) continue; // defined nowhere: the template's own message says so, with the variables there are
    issues.push({ source: spec.source, message: `'${variable}' is used in ${label} but captured nowhere before it (captured in ${elsewhere.map((c) => c.where).join(', ')}${elsewhere.some((c) => c.where.includes('flow')) ? '; a capture lasts one iteration of its flow: capture it in on_start to share it' : ''})` });
  }
  const templates = issues.length > before ? { templated: false } : templatesOf({ ...spec, name }, available, issues, globalHeaders);
  return {
    name,
    method: spec.method,
    path: spec.path,
    headers: checkHeaders(spec.headers, spec.source, issues),
    body: spec.body,
    ...templates,
    session: true,
    ...(held.length > 0 ? { withoutHeaders: held.map((h) => h.toLowerCase()) } : {}),
    checks: spec.checks,
    weight,
    expectStatus: spec.expectStatus,
    thresholds: spec.thresholds,
    regression: spec.regression,
  };
}

/** heldBack: a header value reads a variable some step captures but that is not captured yet here. */
function heldBack(value: string, available: ReadonlyMap<string, Binding>, captures: readonly Capture[]): boolean {
  if (!hasTemplate(value)) return false;
  try {
    return variablesOf(parseTemplate(value)).some((name) => !available.has(name) && captures.some((c) => c.variable === name));
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    return false;
  }
}

/** usedVariables: every variable a step's templates read (load_test.headers' included); a template that does not parse is left to its own message. */
function usedVariables(spec: EndpointSpec, globalHeaders: Readonly<Record<string, string>>): string[] {
  const texts = [spec.path, ...Object.values(globalHeaders), ...Object.values(spec.headers), ...(spec.json !== undefined ? [JSON.stringify(spec.json)] : spec.body !== null ? [spec.body] : [])];
  const names = new Set<string>();
  for (const text of texts) {
    if (!hasTemplate(text)) continue;
    try {
      for (const name of variablesOf(parseTemplate(text))) names.add(name);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
    }
  }
  return [...names];
}

/** keepOf: the head always (cookies, header captures and checks); the body up to the cap only when a capture or check reads it. */
function keepOf(captures: readonly CapturePlan[], request: EndpointPlan, maxBodyBytes: number): StepPlan['keep'] {
  const readsBody = captures.some((c) => captureReadsBody(c.source)) || request.checks.some((c) => checkReadsBody(c.test));
  return { head: true, bodyCap: readsBody ? maxBodyBytes : -1 };
}

function sourceOfCapture(specs: FlowSpecs, capture: Capture): Source {
  const all = [...(specs.setup ?? []), ...(specs.onStart ?? []), ...(specs.flows ?? []).flatMap((f) => f.steps)];
  return all.find((s) => s.captures.some((c) => c.plan.variable === capture.variable))?.captures.find((c) => c.plan.variable === capture.variable)?.at ?? { kind: 'default' };
}
