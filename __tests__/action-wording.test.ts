// A message both entries share names an option as its reader gave it: the action's input
// (`target-url`) to a workflow's author, the CLI's flag (`--target`) on a command line
// (config/vocabulary.ts). Each case runs the action's sources in-process with its inputs as the
// runner sets them, and the CLI's main() in-process, and holds each to its own words. Every action
// run here is also held to naming no CLI flag anywhere it shows text: the log, annotations, the
// step's failure, the job summary, the outputs and the report files.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fileLimitProblem } from '../src/app/limits.js';
import { parseCliArgs } from '../src/cli/args.js';
import { main } from '../src/cli/main.js';
import { OVERRIDES } from '../src/config/overrides.js';
import { giveOption, namedOptions, optionName } from '../src/config/vocabulary.js';
import { type ActionRun, runActionInProcess } from './helpers/action.js';
import { planFrom } from './helpers/plan.js';
import { type TestServer, ok, refusedUrl, selfSignedCert, slow, startServer } from './helpers/servers.js';

interface CliRun {
  code: number;
  out: string;
  err: string;
  dir: string;
}

/** cli runs main() in a fresh directory, as the bundle would run there. */
async function cli(args: string[], files: Record<string, string> = {}): Promise<CliRun> {
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-wording-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  let out = '';
  let err = '';
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const code = await main(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), progress: (t) => (out += `${t}\n`), env: {}, signal: new AbortController().signal, progressEverySeconds: 60, readLimits: () => null });
    return { code, out, err, dir };
  } finally {
    process.chdir(cwd);
  }
}

/** KNOWN_FLAGS: every flag the CLI documents or the vocabulary names. */
async function knownFlags(): Promise<string[]> {
  const help = await cli(['help']);
  const documented = help.out.match(/--[a-z][a-z0-9-]*/g) ?? [];
  return [...new Set([...documented, ...OVERRIDES.map((o) => o.flag), ...namedOptions().flatMap((o) => (o.flag ? [o.flag] : []))])].sort();
}

/** shown: everything the action showed a person: log lines and workflow commands (unescaped), the summary, the outputs, the report files. */
function shown(r: ActionRun): string {
  const reportDir = join(r.dir, 'loadtest-report');
  const files = existsSync(reportDir) ? readdirSync(reportDir).map((name) => readFileSync(join(reportDir, name), 'utf8')) : [];
  return [r.stdout.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'), r.summary, ...Object.values(r.outputs), ...files].join('\n');
}

let flags: RegExp;
/** expectNoFlag: the action's run names no CLI flag (a "--" word of the CLI's); the report's own markup (`<!--`, `|---|`) is not a flag. */
function expectNoFlag(r: ActionRun): void {
  expect(shown(r).match(flags) ?? []).toEqual([]);
}

let healthy: TestServer;
let sluggish: TestServer;
let tls: TestServer;
let prometheus401: TestServer;
beforeAll(async () => {
  [healthy, sluggish, tls, prometheus401] = await Promise.all([
    startServer(ok),
    startServer(slow(40)),
    startServer(ok, { tls: selfSignedCert() }),
    startServer((_req, res) => {
      res.statusCode = 401;
      res.end('{"status":"error"}');
    }),
  ]);
  const names = await knownFlags();
  flags = new RegExp(`(?<![\\w-])(${names.map((f) => f.replace(/[-]/g, '\\-')).join('|')})(?![\\w-])`, 'g');
});
afterAll(async () => {
  await Promise.all([healthy.close(), sluggish.close(), tls.close(), prometheus401.close()]);
});

describe('one message, each entry its own words', () => {
  test('a missing target: the target-url input in the action, --target on the command line', async () => {
    const action = await runActionInProcess({});
    expect(action.stdout).toContain('no target: set the target-url input, set LOADTEST_TARGET, or set load_test.target in the config');
    expect(action.summary).toContain('- no target: set the target-url input,');
    expectNoFlag(action);
    const command = await cli(['run']);
    expect(command.err).toContain('error: no target: pass --target URL, set LOADTEST_TARGET, or set load_test.target in the config');
  });

  test('a rollback with no method, one missing its workflow, one without a token', async () => {
    const noMethod = await runActionInProcess({ 'target-url': healthy.url, 'auto-rollback-on-loadfail': 'true' });
    expect(noMethod.stdout).toContain("input 'auto-rollback-on-loadfail': auto-rollback needs a method: set the rollback input to repository_dispatch | workflow_dispatch | command | webhook (or rollback.method)");
    const noWorkflow = await runActionInProcess({ 'target-url': healthy.url, 'auto-rollback-on-loadfail': 'true', rollback: 'workflow_dispatch' });
    expect(noWorkflow.stdout).toContain("input 'rollback': rollback by workflow_dispatch needs the workflow to dispatch (set the rollback-workflow input to rollback.yml, or rollback.workflow)");
    const noToken = await runActionInProcess({ 'target-url': healthy.url, 'auto-rollback-on-loadfail': 'true', rollback: 'repository_dispatch' });
    expect(noToken.stdout).toContain('::error::auto-rollback by repository_dispatch needs a GitHub token and repository: set the github-token input and GITHUB_REPOSITORY (or rollback.repository); no load was sent');
    for (const r of [noMethod, noWorkflow, noToken]) expectNoFlag(r);

    expect((await cli(['run', '--target', healthy.url, '--auto-rollback-on-loadfail'])).err).toContain('error: --auto-rollback-on-loadfail: auto-rollback needs a method: pass --rollback repository_dispatch | workflow_dispatch | command | webhook (or rollback.method)');
    expect((await cli(['run', '--target', healthy.url, '--auto-rollback-on-loadfail', '--rollback', 'workflow_dispatch'])).err).toContain('(pass --rollback-workflow rollback.yml, or rollback.workflow)');
    expect((await cli(['run', '--target', healthy.url, '--auto-rollback-on-loadfail', '--rollback', 'repository_dispatch'])).err).toContain('needs a GitHub token and repository: set GITHUB_TOKEN and GITHUB_REPOSITORY (or rollback.repository)');
  });

  test('capacity: a run\'s option refused, and the search\'s settings named as they were given', async () => {
    const rate = await runActionInProcess({ mode: 'capacity', 'target-url': healthy.url, rate: '50' });
    expect(rate.stdout).toContain("input 'rate': rate does not apply to mode capacity: the search chooses each step's rate and length (bound it with capacity-from, capacity-to and capacity-max-duration)");
    const bounds = await runActionInProcess({ mode: 'capacity', 'target-url': healthy.url, 'capacity-from': '500', 'capacity-to': '100' });
    expect(bounds.stdout).toContain('::error::capacity-from 500 is above capacity-to 100');
    const headroom = await runActionInProcess({ mode: 'capacity', 'target-url': healthy.url, 'production-peak': '1000', 'min-headroom': '2x', 'capacity-to': '100' });
    expect(headroom.stdout).toContain('::error::capacity-to 100 is under the 2000 req/s the headroom gate needs shown (2× production\'s peak 1000): raise capacity-to');
    for (const r of [rate, bounds, headroom]) expectNoFlag(r);

    expect((await cli(['capacity', '--target', healthy.url, '--rate', '50'])).err).toContain("--rate does not apply to capacity: the search chooses each step's rate and length (bound it with --from, --to and --max-duration)");
    expect((await cli(['capacity', '--target', healthy.url, '--from', '500', '--to', '100'])).err).toContain('error: --from 500 is above --to 100');
    expect((await cli(['capacity', '--target', healthy.url, '--production-peak', '1000', '--min-headroom', '2x', '--to', '100'])).err).toContain(': raise --to');
  });

  test('model: a run\'s option refused, and where the Prometheus token comes from', async () => {
    const rate = await runActionInProcess({ mode: 'model', 'model-from': 'access.log', rate: '5' });
    expect(rate.stdout).toContain("input 'rate': rate applies to a load test; mode model writes the config a load test reads");
    const refused = await runActionInProcess({ mode: 'model', 'model-prometheus-url': prometheus401.url });
    expect(refused.stdout).toContain('HTTP 401: set the model-prometheus-token input to a token that may query');
    for (const r of [rate, refused]) expectNoFlag(r);

    expect((await cli(['model', '--from', 'access.log', '--rate', '5'])).err).toContain('--rate applies to runs (run, canary, rollout, merge, demo), not to model');
    expect((await cli(['model', '--prometheus', prometheus401.url])).err).toContain('HTTP 401: set LOADTEST_PROMETHEUS_TOKEN to a token that may query');
  });

  test('an inconclusive run says what to set: the config key the action has no input for, the CLI\'s flag', async () => {
    // 200 arrivals a second at 40 ms each, two in flight at most: most arrivals are dropped.
    const config = 'load_test:\n  max_in_flight: 2\n  min_requests: 1\n';
    const action = await runActionInProcess({ 'target-url': sluggish.url, rate: '200', duration: '1s', config: 'perf.yml' }, { files: { 'perf.yml': config } });
    expect(action.outputs.verdict).toBe('inconclusive');
    expect(action.stdout).toMatch(/::error::Load test inconclusive: .*were dropped because 2 requests were already in flight: raise load_test\.max_in_flight or lower the rate/);
    expectNoFlag(action);

    const command = await cli(['run', '--target', sluggish.url, '--rate', '200', '--duration', '1s', '--max-in-flight', '2', '--min-requests', '1']);
    expect(command.code).toBe(3);
    expect(command.out).toContain('were dropped because 2 requests were already in flight: raise --max-in-flight or lower the rate');
  });

  test('a target that is not there, or not trusted: how to wait for it, how to accept it', async () => {
    const url = await refusedUrl();
    const gone = await runActionInProcess({ 'target-url': url, 'wait-for-ready': '0' });
    expect(gone.summary).toContain('wait_for_ready is 0: not waited for (set the wait-for-ready input to wait for a target that is still starting)');
    const untrusted = await runActionInProcess({ 'target-url': tls.url });
    expect(untrusted.summary).toContain('; set load_test.insecure: true in the config to accept a self-signed certificate');
    for (const r of [gone, untrusted]) expectNoFlag(r);

    expect((await cli(['run', url, '--wait-for-ready', '0'])).out).toContain('(pass --wait-for-ready D to wait for a target that is still starting)');
    expect((await cli(['run', '--target', tls.url])).out).toContain('; pass --insecure to accept a self-signed certificate');
  });

  test('a merge given a plain run\'s results: each load job must be a shard', async () => {
    const plain = await cli(['run', '--target', healthy.url, '--concurrency', '1', '--duration', '0.5s', '--min-requests', '1']);
    const results = join(plain.dir, 'loadtest-report', 'results.json');
    const action = await runActionInProcess({ mode: 'merge', shards: results });
    expect(action.stdout).toContain("is not a shard's results (run each load job as a shard: set the shard input to i/N)");
    expectNoFlag(action);
    expect((await cli(['merge', results])).err).toContain("is not a shard's results (run each load job as a shard: pass --shard i/N)");
  });
});

describe('the action names no CLI flag', () => {
  // Steps that fail, or say something on the way, as a workflow's author could write them, with
  // the files in their workspace and what the step must say (so that no case passes by failing
  // for another reason).
  const refused = () => refusedUrl();
  const cases: Array<{ name: string; inputs: () => Promise<Record<string, string>>; files?: Record<string, string>; says: string }> = [
    { name: 'a rollback by webhook without its URL', inputs: async () => ({ 'target-url': healthy.url, 'auto-rollback-on-loadfail': 'true', rollback: 'webhook' }), says: 'rollback by webhook needs the URL to POST to (set the rollback-url input, or rollback.url)' },
    { name: 'a rollback by command without the command', inputs: async () => ({ 'target-url': healthy.url, 'auto-rollback-on-loadfail': 'true', rollback: 'command' }), says: 'rollback by command needs the command to run (set the rollback-command input, or rollback.command)' },
    {
      name: 'a rollback configured but not enabled, against a target that is not there',
      inputs: async () => ({ 'target-url': await refused(), 'wait-for-ready': '0', rollback: 'command', 'rollback-command': 'true' }),
      says: 'rollback is configured but not enabled: set the auto-rollback-on-loadfail input to true (or set rollback.auto) to roll back when the gate fails',
    },
    { name: 'canary mode without production', inputs: async () => ({ mode: 'canary', 'target-url': healthy.url }), says: 'canary mode compares with production: set the production-url input, set LOADTEST_PRODUCTION_URL, or set canary.production_url' },
    { name: 'regression rules without a baseline', inputs: async () => ({ 'target-url': await refused(), 'wait-for-ready': '0', 'regression-rules': '{p95: "<=+10%"}' }), says: 'there is no baseline to compare with (set the baseline input to FILE or artifact)' },
    { name: 'a baseline file that is not there', inputs: async () => ({ 'target-url': healthy.url, baseline: 'missing/results.json' }), says: "no such file (check the path, or set the baseline input to artifact for the default branch's newest baseline)" },
    { name: 'Prometheus for resources without a query', inputs: async () => ({ 'target-url': healthy.url, 'prometheus-url': 'http://127.0.0.1:9' }), says: '(resources.prometheus.cpu / .memory, or prometheus-cpu / prometheus-memory)' },
    { name: 'a CPU limit with nothing to read it from', inputs: async () => ({ 'target-url': healthy.url, 'max-cpu-percent': '80' }), says: '(or docker-containers, k8s-selector, prometheus-url, process-pid)' },
    { name: 'an export prefix with nothing exported', inputs: async () => ({ 'target-url': await refused(), 'wait-for-ready': '0', 'export-prefix': 'out/locust' }), says: 'export_prefix is ignored: nothing is exported (set the export input to locust-csv)' },
    { name: 'a rate one process cannot send', inputs: async () => ({ 'target-url': healthy.url, rate: '2000000' }), says: 'split more across jobs with load_test.shard' },
    {
      name: 'a rollout without auto-rollback, its target not there',
      inputs: async () => ({ mode: 'rollout', 'target-url': await refused(), 'wait-for-ready': '0', 'rollout-stages': '[{name: first, percentage: 10, duration: 1s}]', shift: 'true' }),
      says: 'halt, no rollback (auto-rollback-on-loadfail is off)',
    },
    {
      name: 'an environment chosen by default, its target not there',
      inputs: async () => ({ 'target-url': await refused(), 'wait-for-ready': '0', config: 'perf.yml' }),
      files: { 'perf.yml': 'environments:\n  staging:\n    thresholds: {error_rate: 2%}\n' },
      says: 'set the environment input to choose another',
    },
    { name: 'a capacity search with a throughput SLO', inputs: async () => ({ mode: 'capacity', 'target-url': healthy.url, 'min-throughput': '10' }), says: 'a throughput SLO does not apply to a capacity search' },
  ];
  test.each(cases)('$name', async ({ inputs, files, says }) => {
    const r = await runActionInProcess(await inputs(), { files });
    expect(r.status).toBe(1);
    expect(shown(r)).toContain(says);
    expectNoFlag(r);
  });

  test('the check itself sees a flag where one is shown', () => {
    const r: ActionRun = { status: 1, stdout: '::error::no target: pass --target URL\n', outputs: {}, summary: '| a |\n|---|\n<!-- loadtest -->\n', dir: mkdtempSync(join(tmpdir(), 'loadtest-wording-')), ms: 0 };
    expect(shown(r).match(flags)).toEqual(['--target']);
  });
});

describe('the vocabulary', () => {
  test('names only flags the CLI parses and inputs action.yml declares', () => {
    const inputs = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs);
    for (const { id, flag, input } of namedOptions()) {
      if (input !== null) expect({ id, input, declared: inputs.includes(input) }).toEqual({ id, input, declared: true });
      if (flag === null) continue;
      let parsed = true;
      try {
        parseCliArgs([flag, 'x']);
      } catch (error) {
        parsed = !/unknown option/.test((error as Error).message);
      }
      expect({ id, flag, parsed }).toEqual({ id, flag, parsed: true });
    }
  });

  test('words an option for each entry, and falls back to the config key where the action has no input', () => {
    expect([optionName('cli', 'load_test.target'), optionName('action', 'load_test.target')]).toEqual(['--target', 'target-url']);
    expect([optionName('cli', 'capacity.to'), optionName('action', 'capacity.to')]).toEqual(['--to', 'capacity-to']);
    expect([optionName('cli', 'load_test.max_in_flight'), optionName('action', 'load_test.max_in_flight')]).toEqual(['--max-in-flight', 'load_test.max_in_flight']);
    expect([giveOption('cli', 'rollback.auto'), giveOption('action', 'rollback.auto')]).toEqual(['pass --auto-rollback-on-loadfail', 'set the auto-rollback-on-loadfail input to true']);
    expect([giveOption('cli', 'baseline.source', 'FILE', 'artifact'), giveOption('action', 'baseline.source', 'FILE', 'artifact')]).toEqual(['pass --baseline FILE or --baseline artifact', 'set the baseline input to FILE or artifact']);
    expect([giveOption('cli', 'github-token'), giveOption('action', 'github-token')]).toEqual(['set GITHUB_TOKEN', 'set the github-token input']);
  });

  test('the open-files limit names what to lower in the plan\'s words', () => {
    const limits = 'Max open files            512                  512                  files     \n';
    const plan = planFrom({ flags: { '--target': 'http://127.0.0.1:1', '--concurrency': '1000' } });
    expect(fileLimitProblem(plan, limits)).toMatch(/or lower --concurrency$/);
    expect(fileLimitProblem({ ...plan, vocabulary: 'action' }, limits)).toMatch(/or lower concurrency$/);
  });
});
