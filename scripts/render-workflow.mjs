// Writes .github/workflows/loadtest.yml, the reusable workflow, from action.yml: every input the
// action has (kebab-case, same name, same default, same description), the sensitive ones as
// secrets, and every output; and docs/INPUTS.md, the one table of both interfaces. A hand-kept copy of 100 inputs drifts; this one cannot, and
// __tests__/workflow.test.ts checks the written file against action.yml independently of this
// script.
//
//   node scripts/render-workflow.mjs          rewrite the file
//   node scripts/render-workflow.mjs --check  exit 1 when the file is not what this would write

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { packageInfo } from './repository.mjs';

export const WORKFLOW_PATH = '.github/workflows/loadtest.yml';
export const INPUTS_DOC_PATH = 'docs/INPUTS.md';

/** Inputs passed as secrets: GitHub masks them in the called workflow's logs. */
export const SECRET_INPUTS = ['headers', 'github-token', 'slack-webhook-url', 'model-prometheus-token', 'prometheus-remote-write-headers', 'otlp-headers'];

/**
 * Inputs the workflow does not forward. Their action.yml defaults read the job's own
 * `strategy` context, which inside the called workflow's job is not the caller's matrix; the
 * action then names its report artifact after the job and retries a taken name (see README).
 */
export const NOT_FORWARDED = ['matrix-job-index', 'matrix-job-total'];

/** The workflow's own inputs, for the job rather than the action. */
export const JOB_INPUTS = {
  'runs-on': {
    description: 'Where the job runs, as JSON: "ubuntu-latest", ["self-hosted", "linux", "vpn"], or {"group": "canary-runners"}. A runner that can reach target-url (and production-url). Node 24 actions need runner 2.327.1 or later.',
    type: 'string',
    default: '"ubuntu-latest"',
  },
  'timeout-minutes': {
    description: 'The job\'s time limit in minutes. A cancelled run still writes its partial report.',
    type: 'number',
    default: 60,
  },
  'run-before': {
    description: 'Shell commands run in the checked-out repository before the load test, e.g. a kubectl port-forward to a canary inside a cluster. Pass values in through env: rather than writing expressions into the text.',
    type: 'string',
    default: '',
  },
};

function quote(text) {
  return JSON.stringify(text);
}

/** renderWorkflow returns the reusable workflow for the action described by actionYaml. */
export function renderWorkflow(actionYaml, { repository, major }) {
  const action = parse(actionYaml);
  const names = Object.keys(action.inputs);
  const forwarded = names.filter((name) => !NOT_FORWARDED.includes(name));
  const inputs = forwarded.filter((name) => !SECRET_INPUTS.includes(name));
  const secrets = forwarded.filter((name) => SECRET_INPUTS.includes(name));
  const outputs = Object.keys(action.outputs);
  const isBoolean = (name) => action.inputs[name].default === 'true' || action.inputs[name].default === 'false';
  const lines = [];
  const say = (...more) => lines.push(...more);

  say(
    '# Reusable load-test gate, written from action.yml by scripts/render-workflow.mjs: edit that',
    '# script or action.yml, not this file. In a deployment pipeline:',
    '#',
    '#   jobs:',
    '#     load-test:',
    '#       needs: shadow-test',
    `#       uses: ${repository}/${WORKFLOW_PATH}@${major}`,
    '#       permissions:',
    '#         contents: read          # check out the config',
    '#       with:',
    '#         target-url: ${{ needs.shadow-test.outputs.canary-url }}',
    '#         duration: 5m',
    '#       secrets:',
    '#         headers: ${{ secrets.CANARY_HEADERS }}',
    '#',
    '# Inputs are the action\'s, with the same names and defaults; these are secrets:',
    `# ${secrets.join(', ')}.`,
    '# Inputs show on the run\'s page: give credentials in those, never in a URL input. The job asks',
    '# for no permissions of its own: it has what the calling job grants, so grant each feature\'s',
    '# (docs/LOAD_TEST_AUTOMATION.md, "Permissions"). It checks out the calling repository, so',
    '# deploy/performance_config.yml there is read by default.',
    'name: loadtest',
    '',
    'on:',
    '  workflow_call:',
    '    inputs:',
  );
  for (const [name, input] of Object.entries(JOB_INPUTS)) {
    say(`      ${name}:`, `        description: ${quote(input.description)}`, '        required: false', `        type: ${input.type}`, `        default: ${typeof input.default === 'string' ? quote(input.default) : input.default}`);
  }
  for (const name of inputs) {
    const input = action.inputs[name];
    say(`      ${name}:`, `        description: ${quote(input.description)}`, '        required: false');
    if (isBoolean(name)) say('        type: boolean', `        default: ${input.default}`);
    else say('        type: string', `        default: ${quote(input.default ?? '')}`);
  }
  say('    secrets:');
  for (const name of secrets) {
    say(`      ${name}:`, `        description: ${quote(action.inputs[name].description)}`, '        required: false');
  }
  say('    outputs:');
  for (const name of outputs) {
    say(`      ${name}:`, `        description: ${quote(action.outputs[name].description)}`, `        value: \${{ jobs.loadtest.outputs.${name} }}`);
  }
  say(
    '',
    'jobs:',
    '  loadtest:',
    '    runs-on: ${{ fromJSON(inputs.runs-on) }}',
    '    timeout-minutes: ${{ inputs.timeout-minutes }}',
    '    outputs:',
    ...outputs.map((name) => `      ${name}: \${{ steps.gate.outputs.${name} }}`),
    '    steps:',
    '      - uses: actions/checkout@v5',
    '        with:',
    '          persist-credentials: false',
    '      - name: Before the load test',
    "        if: inputs.run-before != ''",
    '        env:',
    '          RUN_BEFORE: ${{ inputs.run-before }}',
    '        run: bash -euo pipefail -c "$RUN_BEFORE"',
    '      - id: gate',
    `        # Stamped by scripts/release.mjs with this repository and the release's major tag.`,
    `        uses: ${repository}@${major}`,
    '        with:',
    ...inputs.map((name) => `          ${name}: \${{ inputs.${name} }}`),
    ...secrets.map((name) => (name === 'github-token' ? `          ${name}: \${{ secrets.${name} || github.token }}` : `          ${name}: \${{ secrets.${name} }}`)),
  );
  return `${lines.join('\n')}\n`;
}

/** cell: text safe inside a markdown table cell. */
function cell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** renderInputsDoc returns docs/INPUTS.md: every input and output of the action and the workflow. */
export function renderInputsDoc(actionYaml, { repository, major }) {
  const action = parse(actionYaml);
  const lines = [
    '# Inputs and outputs',
    '',
    '<!-- Written from action.yml by scripts/render-workflow.mjs: edit action.yml, then run it. -->',
    '',
    `The action (\`uses: ${repository}@${major}\`) and the reusable workflow`,
    `(\`uses: ${repository}/${WORKFLOW_PATH}@${major}\`) take the same inputs under the same names`,
    'and defaults. In the workflow every value is a string (`duration: 5m`, `concurrency: \'500\'`) except',
    'the true/false inputs, which are booleans; the inputs marked *secret* go under `secrets:`.',
    '',
    '## Inputs',
    '',
    '| input | default | in the reusable workflow | what |',
    '|---|---|---|---|',
  ];
  for (const [name, input] of Object.entries(JOB_INPUTS)) {
    lines.push(`| \`${name}\` | ${input.default === '' ? '' : `\`${cell(input.default)}\``} | ${input.type}, the workflow's own | ${cell(input.description)} |`);
  }
  for (const [name, input] of Object.entries(action.inputs)) {
    const given = input.default ?? '';
    const as = NOT_FORWARDED.includes(name) ? 'not forwarded (the action fills it in)' : SECRET_INPUTS.includes(name) ? '*secret*' : given === 'true' || given === 'false' ? 'boolean' : 'string';
    lines.push(`| \`${name}\` | ${given === '' ? '' : `\`${cell(given)}\``} | ${as} | ${cell(input.description)} |`);
  }
  lines.push('', '## Outputs', '', 'The same for the action (`steps.<id>.outputs`) and the workflow (`needs.<job>.outputs`). Pass them to scripts through `env:`, never pasted into `run:`.', '', '| output | what |', '|---|---|');
  for (const [name, output] of Object.entries(action.outputs)) lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  return `${lines.join('\n')}\n`;
}

/** rendered: every file this script writes, by path, for the action in dir. */
export function rendered(dir) {
  const actionYaml = readFileSync(join(dir, 'action.yml'), 'utf8');
  const where = packageInfo(dir);
  return { [WORKFLOW_PATH]: renderWorkflow(actionYaml, where), [INPUTS_DOC_PATH]: renderInputsDoc(actionYaml, where) };
}

function main(args) {
  const dir = process.cwd();
  for (const [file, text] of Object.entries(rendered(dir))) {
    const path = join(dir, file);
    if (args.includes('--check')) {
      if (readFileSync(path, 'utf8') !== text) {
        console.error(`${file} is not what action.yml and package.json make: run node scripts/render-workflow.mjs`);
        process.exitCode = 1;
      }
      continue;
    }
    writeFileSync(path, text);
    console.log(`wrote ${file}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
