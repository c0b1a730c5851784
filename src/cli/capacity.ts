// `loadtest capacity --target URL [--from 50] [--to 5000] [--max-duration 10m]
// [--production-peak R|DIR --min-headroom 1.5x]`: the highest rate the service sustains within its
// SLOs, found by steps (app/capacity.ts), each step's line printed as it ends; the report printed
// and written (capacity.json, capacity.md in the report directory); the exit code a run's.

import { readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CapacitySettings, searchCapacity } from '../app/capacity.js';
import { MODE_NEEDS } from '../app/mode-names.js';
import { runLoadTest } from '../app/run.js';
import { ConfigError, formatIssue } from '../config/issues.js';
import { loadPlan } from '../config/load.js';
import { parseDuration } from '../config/units.js';
import { readScale } from '../model/options.js';
import { renderCapacityMarkdown, renderCapacityText } from '../report/capacity.js';
import { EXIT_CODES } from '../report/model.js';
import { renderCapacityPrometheus } from '../report/prometheus.js';
import type { CliArgs } from './args.js';
import type { CliIO } from './io.js';

export async function capacityCommand(args: CliArgs, io: CliIO): Promise<number> {
  let settings: CapacitySettings;
  try {
    settings = settingsOf(args.capacity);
  } catch (error) {
    if (!(error instanceof CapacityUsage)) throw error;
    io.err(`error: ${error.message}`);
    return EXIT_CODES.config;
  }
  let plan;
  try {
    plan = loadPlan({
      mode: { name: 'run', needs: MODE_NEEDS.run },
      overrides: args.overrides,
      overrideSource: (o) => ({ kind: 'flag', flag: args.flagOf?.get(o.setting) ?? o.flag }),
      configFile: args.config ? { value: args.config, source: { kind: 'flag', flag: '--config' } } : null,
      environment: args.environment ? { value: args.environment, source: { kind: 'flag', flag: '--environment' } } : null,
      env: io.env,
      readFile: (path) => readFileSync(path, 'utf8'),
      randomSeed: Math.floor(Math.random() * 2 ** 31),
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const issue of error.issues) io.err(`error: ${formatIssue(issue)}`);
    return EXIT_CODES.config;
  }
  if (settings.productionPeak !== null && settings.minHeadroom !== null && settings.productionPeak * settings.minHeadroom > settings.toRate) {
    io.err(`error: --to ${settings.toRate} is under the ${settings.productionPeak * settings.minHeadroom} req/s the headroom gate needs shown (${settings.minHeadroom}× production's peak ${settings.productionPeak}): raise --to`);
    return EXIT_CODES.config;
  }
  io.out(`Capacity search on ${plan.target}: from ${settings.fromRate} req/s, never above ${settings.toRate}, within ${settings.maxDurationMs / 1000}s, ${settings.cooldownMs / 1000}s between steps; a p99 of ${settings.ceilingMs} ms or half the requests failing stops the climb.`);
  const report = await searchCapacity(plan, settings, {
    measure: (stepPlan, watch) => runLoadTest(stepPlan, { signal: watch.signal, onProgress: watch.onProgress }),
    monotonicMs: () => performance.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => new Date(),
    signal: io.signal,
    onStep: (step, i) => io.out(`step ${i + 1} (${step.why}): ${step.rate} req/s offered, ${Math.round(step.achievedRps * 10) / 10} achieved, p95 ${Math.round(step.latencyMs.p95 * 10) / 10} ms, errors ${Math.round(step.errorRatePercent * 100) / 100}%: ${step.outcome === 'pass' ? 'pass' : `${step.outcome === 'hard' ? 'HARD STOP' : 'not sustained'}: ${step.reasons.join('; ')}`}`),
  });
  io.out('');
  io.out(renderCapacityText(report));
  await mkdir(plan.reportDir, { recursive: true });
  await writeFile(join(plan.reportDir, 'capacity.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(plan.reportDir, 'capacity.md'), renderCapacityMarkdown(report));
  await writeFile(join(plan.reportDir, 'metrics.prom'), renderCapacityPrometheus(report, { environment: plan.environment, target: report.target }));
  io.out(`\nReports: ${join(plan.reportDir, 'capacity.json')}, ${join(plan.reportDir, 'capacity.md')}, ${join(plan.reportDir, 'metrics.prom')}`);
  return report.exitCode;
}

class CapacityUsage extends Error {}

function settingsOf(raw: CliArgs['capacity']): CapacitySettings {
  const rate = (flag: string, text: string | null, fallback: number) => {
    if (text === null) return fallback;
    const value = Number(/^\s*([\d.]+)\s*(?:req\/s(?:ec)?|rps)?\s*$/i.exec(text)?.[1]);
    if (!(value > 0)) throw new CapacityUsage(`${flag}: expected a rate in requests per second like 100, got '${text}'`);
    return value;
  };
  const duration = (flag: string, text: string | null, fallbackMs: number, minMs: number) => {
    if (text === null) return fallbackMs;
    const parsed = parseDuration(text, 's', '10m');
    if (!parsed.ok || parsed.value < minMs) throw new CapacityUsage(`${flag}: expected a duration like 10m${minMs > 0 ? ` (at least ${minMs / 1000}s)` : ''}, got '${text}'`);
    return parsed.value;
  };
  const fromRate = rate('--from', raw.from, 10);
  const toRate = rate('--to', raw.to, 10_000);
  if (fromRate > toRate) throw new CapacityUsage(`--from ${fromRate} is above --to ${toRate}`);
  const ceiling = duration('--ceiling', raw.ceiling, 5000, 1);
  let minHeadroom: number | null = null;
  if (raw.minHeadroom !== null) {
    const read = readScale(raw.minHeadroom);
    if (!read.ok) throw new CapacityUsage(`--min-headroom: expected a multiple of production's peak like 1.5x, got '${raw.minHeadroom}'`);
    minHeadroom = read.value;
  }
  const productionPeak = raw.productionPeak === null ? null : peakOf(raw.productionPeak);
  if ((productionPeak === null) !== (minHeadroom === null)) throw new CapacityUsage('the headroom gate needs both --production-peak and --min-headroom');
  return {
    fromRate,
    toRate,
    maxDurationMs: duration('--max-duration', raw.maxDuration, 10 * 60_000, 10_000),
    cooldownMs: duration('--cooldown', raw.cooldown, 5000, 0),
    ceilingMs: ceiling,
    resolution: 0.05,
    growth: 2,
    minStepMs: duration('--step-duration', raw.stepDuration, 5000, 1000),
    productionPeak,
    minHeadroom,
  };
}

/** peakOf: production's peak: a number, or what `loadtest model` found (its folder, or its model.json): the busiest minute's rate. */
function peakOf(text: string): number {
  const number = Number(/^\s*([\d.]+)\s*(?:req\/s(?:ec)?|rps)?\s*$/i.exec(text)?.[1]);
  if (number > 0) return number;
  let file = text;
  try {
    if (statSync(text).isDirectory()) file = join(text, 'model.json');
    const facts = JSON.parse(readFileSync(file, 'utf8')) as { peakMinutePerSecond?: unknown };
    if (typeof facts.peakMinutePerSecond === 'number' && facts.peakMinutePerSecond > 0) return facts.peakMinutePerSecond;
    throw new Error('it holds no peakMinutePerSecond');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CapacityUsage(`--production-peak: expected a rate like 1200 or a \`loadtest model\` folder (its model.json), got '${text}'${code === 'ENOENT' ? ' (no such file)' : error instanceof SyntaxError ? ' (not JSON)' : `: ${(error as Error).message}`}`);
  }
}
