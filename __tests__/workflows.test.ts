// The workflows stay true to action.yml: the reusable workflow takes the inputs the seeds' pipeline
// passes and mirrors every output; every `with:` key given to the action is an input it declares.

import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

type Step = { uses?: string; with?: Record<string, unknown>; id?: string };
const action = parse(readFileSync('action.yml', 'utf8'));
const reusable = parse(readFileSync('.github/workflows/loadtest.yml', 'utf8'));
const ci = parse(readFileSync('.github/workflows/ci.yml', 'utf8'));
const actionSteps = (workflow: { jobs: Record<string, { steps?: Step[] }> }) =>
  Object.values(workflow.jobs).flatMap((job) => job.steps ?? []).filter((step) => step.uses === './' || /^org\/loadtest-action@/.test(step.uses ?? ''));

describe('the reusable workflow', () => {
  const call = reusable.on.workflow_call;

  test('takes the inputs the seeds\' pipeline passes, with the types it passes them in', () => {
    expect(call.inputs.target_url).toMatchObject({ required: true, type: 'string' });
    expect(call.inputs.concurrency.type).toBe('number');
    expect(call.inputs.duration.type).toBe('number');
    expect(call.inputs.environment.type).toBe('string');
    expect(call.inputs.fail_on_violation).toMatchObject({ type: 'boolean', default: true });
    expect(call.inputs.config.type).toBe('string');
  });

  test('mirrors every output of the action, through the job', () => {
    // The workflow runs a load test: mode model's and mode capacity's outputs belong to other steps.
    const loadTestOutputs = Object.keys(action.outputs).filter((name) => !name.startsWith('model-') && !name.startsWith('capacity-') && name !== 'headroom-ratio');
    expect(Object.keys(call.outputs).sort()).toEqual(loadTestOutputs.sort());
    const job = reusable.jobs.loadtest;
    for (const name of loadTestOutputs) {
      expect(call.outputs[name].value).toBe(`\${{ jobs.loadtest.outputs.${name} }}`);
      expect(job.outputs[name]).toBe(`\${{ steps.gate.outputs.${name} }}`);
    }
  });
});

describe('every workflow step that uses the action', () => {
  test.each([
    ['loadtest.yml', reusable],
    ['ci.yml', ci],
  ])('%s passes only inputs action.yml declares, and the required ones', (_, workflow) => {
    const steps = actionSteps(workflow);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      for (const key of Object.keys(step.with ?? {})) expect({ key, declared: key in action.inputs }).toEqual({ key, declared: true });
      for (const [key, spec] of Object.entries(action.inputs as Record<string, { required?: boolean }>)) if (spec.required) expect(step.with).toHaveProperty(key);
    }
  });

  test('the repository\'s CI runs the action from this checkout against the demo service it starts', () => {
    const job = ci.jobs.action;
    expect(job.steps.some((s: { run?: string }) => s.run?.includes('node dist/cli/index.js serve-demo --port 8080'))).toBe(true);
    expect(actionSteps({ jobs: { action: job } })[0].with).toMatchObject({ 'target-url': 'http://127.0.0.1:8080' });
  });
});

describe('the workflows in the docs', () => {
  const blocks = ['README.md', 'docs/CONFIG.md', 'docs/LOAD_TEST_AUTOMATION.md'].flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m, i) => ({ where: `${file} yaml block ${i + 1}`, text: m[1] })));

  test('every YAML example parses', () => {
    expect(blocks.length).toBeGreaterThan(10);
    for (const block of blocks) {
      let problem = '';
      try {
        parse(block.text);
      } catch (error) {
        problem = (error as Error).message.split('\n')[0];
      }
      expect({ where: block.where, problem }).toEqual({ where: block.where, problem: '' });
    }
  });

  test('every step that uses the action passes only inputs action.yml declares', () => {
    const steps = blocks.flatMap((block) => {
      const doc = parse(block.text) as Record<string, unknown>;
      const jobs = (doc?.jobs ?? Object.fromEntries(Object.entries(doc ?? {}).filter(([, v]) => v && typeof v === 'object' && 'steps' in (v as object)))) as Record<string, { steps?: Step[] }>;
      return actionSteps({ jobs }).map((step) => ({ where: block.where, step }));
    });
    expect(steps.length).toBeGreaterThanOrEqual(8);
    for (const { where, step } of steps) for (const key of Object.keys(step.with ?? {})) expect({ where, key, declared: key in action.inputs }).toEqual({ where, key, declared: true });
  });
});
