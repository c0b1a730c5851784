// The modes live in one place (app/modes.ts): their needs reach config, the pipeline runs whichever
// is named, and both entries take their names from there. A new mode is one entry in MODES plus
// the entries' flag or input; this shows it with a mode no other file knows.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { MODES, MODE_NAMES, type ModeName, type ModeSpec } from '../src/app/modes.js';
import { type Shown, runPipeline } from '../src/app/pipeline.js';
import { readInputs } from '../src/action/inputs.js';
import { COMMANDS } from '../src/cli/args.js';
import { helpText } from '../src/cli/help.js';
import { sharedPorts } from '../src/wiring.js';
import { ok, startServer } from './helpers/servers.js';

describe('a mode is one entry in MODES', () => {
  test('a mode no other file knows runs through config, the pipeline and the judge unchanged', async () => {
    const server = await startServer(ok);
    const modes = MODES as Record<string, ModeSpec>;
    // "smoke": a short plain run that takes no baseline; only this test knows its name.
    modes.smoke = { needs: { canary: 'ignored', rollout: false, baselineIgnored: 'in a smoke test: it only checks the service answers', shard: false }, sendsLoad: true, run: MODES.run.run };
    const shown: Shown[] = [];
    try {
      const settings: Array<[string, string]> = [['load_test.target', server.url], ['load_test.duration', '0.5s'], ['load_test.min_requests', '1'], ['report.dir', 'test-output/modes-smoke'], ['baseline.source', 'base.json']];
      const outcome = await runPipeline(
        { mode: 'smoke' as ModeName, plan: { overrides: new Map(settings), overrideSource: (o) => ({ kind: 'flag', flag: o.flag }), configFile: null, environment: null, randomSeed: 7 }, vocabulary: 'cli' },
        { ...sharedPorts({}, undefined), signal: new AbortController().signal, progressEverySeconds: 60, show: (s) => shown.push(s) },
      );
      if (outcome.kind !== 'judged') throw new Error(`refused: ${outcome.message}`);
      expect({ mode: outcome.plan.mode, verdict: outcome.report.verdict, exitCode: outcome.report.exitCode }).toEqual({ mode: 'smoke', verdict: 'pass', exitCode: 0 });
      expect(outcome.plan.baseline).toBeNull();
      expect(outcome.report.mode === 'run' && outcome.report.notices).toContain('the baseline is ignored in a smoke test: it only checks the service answers');
      expect(shown.map((s) => s.level)).toEqual(expect.arrayContaining(['plan', 'summary']));
    } finally {
      delete modes.smoke;
      await server.close();
    }
  });

  test('config and the pipeline never ask for a mode by name: they read its needs', () => {
    const files = [...readdirSync('src/config', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join('src/config', f)), 'src/app/pipeline.ts'];
    const byName = files.flatMap((file) => readFileSync(file, 'utf8').split('\n').map((line, i) => ({ at: `${file}:${i + 1}`, line })).filter(({ line }) => /mode(\.name)?\s*[!=]==?\s*'/.test(line)));
    expect(byName).toEqual([]);
  });

  test('the CLI\'s commands and the action\'s mode input are the modes of MODES', () => {
    for (const name of MODE_NAMES) expect(COMMANDS).toContain(name);
    for (const name of MODE_NAMES) expect(readInputs({ env: { INPUT_MODE: name }, setSecret: () => undefined }).mode).toBe(name);
    // Beside them, the action's own modes: model (writes the config a later step's load test reads) and capacity.
    expect(readInputs({ env: { INPUT_MODE: 'smoke' }, setSecret: () => undefined }).issues.map((i) => i.message)).toEqual([`expected one of ${[...MODE_NAMES, 'model', 'capacity'].join(', ')}, got 'smoke'`]);
    // ...and the words a person reads name every one of them.
    const modeInput = /^ {2}mode:\n {4}description: '([^']+)'/m.exec(readFileSync('action.yml', 'utf8'))![1];
    for (const name of MODE_NAMES) expect(modeInput).toMatch(new RegExp(`\\b${name} \\(`));
    for (const name of MODE_NAMES) expect(helpText()).toContain(`loadtest ${name} `);
  });
});
