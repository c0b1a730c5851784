import { readFileSync } from 'node:fs';
import { loadPlan } from '../../src/config/load.js';
import { OVERRIDES } from '../../src/config/overrides.js';
import type { Plan } from '../../src/config/plan.js';
import { MODES, type ModeName } from '../../src/app/modes.js';

export interface PlanArgs {
  /** files the config reader may open, by path; anything else is read from disk. */
  files?: Record<string, string>;
  config?: string;
  environment?: string;
  /** flags by their name ("--p95"), as the CLI would pass them. */
  flags?: Record<string, string | string[] | boolean>;
  env?: Record<string, string>;
}

/** planFrom builds a Plan exactly as the entries do, from in-memory files, flags and variables. */
export function planFrom(args: PlanArgs, mode: ModeName = 'run'): Plan {
  const overrides = new Map<string, string | string[] | boolean>();
  for (const [flag, value] of Object.entries(args.flags ?? {})) {
    const override = OVERRIDES.find((o) => o.flag === flag);
    if (!override) throw new Error(`test uses unknown flag ${flag}`);
    overrides.set(override.setting, value);
  }
  return loadPlan({
    mode: { name: mode, needs: MODES[mode].needs },
    overrides,
    overrideSource: (o) => ({ kind: 'flag', flag: o.flag }),
    configFile: args.config ? { value: args.config, source: { kind: 'flag', flag: '--config' } } : null,
    environment: args.environment ? { value: args.environment, source: { kind: 'flag', flag: '--environment' } } : null,
    env: args.env ?? {},
    readFile: (path) => {
      if (args.files && path in args.files) return args.files[path];
      return readFileSync(path, 'utf8');
    },
    randomSeed: 42,
    vocabulary: 'cli',
  });
}

/** configErrors returns the lines of the ConfigError that planFrom throws (and fails if it does not throw). */
export function configErrors(args: PlanArgs, mode: ModeName = 'run'): string[] {
  try {
    planFrom(args, mode);
  } catch (error) {
    const issues = (error as { issues?: unknown[] }).issues;
    if (!issues) throw error;
    return (error as Error).message.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !/configuration errors?:$/.test(line)).map((line) => line.replace(/^configuration error: /, ''));
  }
  throw new Error('expected a configuration error, got a plan');
}
