// Telling the rest of the world: metrics to a Prometheus Pushgateway, the run's series to
// Prometheus remote write and OTLP, a message to Slack. Each is best effort: a failure is a warning
// with what the other side said, never a changed verdict or exit code.

import type { ExporterPlan, OtlpProtocol, Plan } from '../config/plan.js';
import type { EffectResult } from '../ports/effects.js';
import type { RolloutReport, RunReport } from '../report/model.js';
import { renderPrometheus } from '../report/prometheus.js';
import { decisiveRun } from '../report/rollout.js';
import { type SlackLinks, slackMessage } from '../report/slack.js';
import { type Telemetry, telemetryOf } from '../report/telemetry.js';

export interface PublishDeps {
  push: (url: string, instance: string, text: string) => Promise<EffectResult>;
  slack: (webhookUrl: string, message: Record<string, unknown>) => Promise<EffectResult>;
  /** remoteWrite and otlp send the run's series and summary (report/telemetry.ts). */
  remoteWrite: (target: ExporterPlan, telemetry: Telemetry) => Promise<EffectResult>;
  otlp: (target: ExporterPlan & { protocol: OtlpProtocol }, telemetry: Telemetry) => Promise<EffectResult>;
}

export interface PublishContext extends SlackLinks {
  /** instance: the Pushgateway group's instance label, and remote write's and OTLP's run id, when the plan does not name one. */
  instance: string;
}

export interface Published {
  notes: string[];
  warnings: string[];
}

/** judgedRun: a run, or a rollout's deciding stage with the rollout's verdict; null when no stage ran. */
function judgedRun(report: RunReport | RolloutReport): RunReport | null {
  const run = report.mode === 'rollout' ? decisiveRun(report) : report;
  if (!run) return null;
  return report.mode === 'rollout' ? { ...run, verdict: report.verdict, passed: report.passed } : run;
}

/** prometheusText renders a run, or a rollout through the stage that decided it, with the overall verdict. */
export function prometheusText(report: RunReport | RolloutReport): string | null {
  const judged = judgedRun(report);
  return judged && renderPrometheus(judged, { environment: report.environment, target: report.target });
}

export async function publish(report: RunReport | RolloutReport, plan: Plan, context: PublishContext, deps: PublishDeps): Promise<Published> {
  const published: Published = { notes: [], warnings: [] };
  const said = (result: EffectResult) => (result.ok ? published.notes : published.warnings).push(`Metrics: ${result.detail}`);
  const text = prometheusText(report);
  if (plan.pushgateway && text) said(await deps.push(plan.pushgateway.url, plan.pushgateway.instance ?? context.instance, text));
  const run = judgedRun(report);
  if ((plan.remoteWrite || plan.otlp) && run?.shard) {
    // Every shard of a run has the run's id: their series would collide, and a shard's verdict is provisional.
    published.notes.push('Metrics: a shard sends nothing to remote write or OTLP; the merge sends the whole run');
  } else if (run) {
    const telemetry = telemetryOf(run, plan.runId ?? context.instance);
    // An exporter that throws (a bundle chunk gone missing, a bug) is a warning like any other failure.
    const settled = (what: string, sending: Promise<EffectResult>) => sending.catch((error: Error): EffectResult => ({ ok: false, detail: `${what} failed: ${error.message}` }));
    const sent = await Promise.all([
      plan.remoteWrite && settled('Prometheus remote write', deps.remoteWrite(plan.remoteWrite, telemetry)),
      plan.otlp && settled('OTLP', deps.otlp(plan.otlp, telemetry)),
    ]);
    for (const result of sent) if (result) said(result);
  }
  if (plan.slack && (plan.slack.notify === 'always' || report.verdict !== 'pass')) {
    const result = await deps.slack(plan.slack.webhookUrl, slackMessage(report, context));
    (result.ok ? published.notes : published.warnings).push(`Slack: ${result.detail}`);
  }
  return published;
}

/** defaultInstance names the run's Pushgateway group: the workflow run and attempt, else the time. */
export function defaultInstance(env: Readonly<Record<string, string | undefined>>, now: Date): string {
  return env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : `loadtest-${Math.floor(now.getTime() / 1000)}`;
}

/** resourceWarnings: the resource sources that could not be read, in every stage of a rollout. */
export function resourceWarnings(report: RunReport | RolloutReport): string[] {
  const runs = report.mode === 'rollout' ? report.stages.flatMap((s) => (s.run ? [s.run] : [])) : [report];
  return [...new Set(runs.flatMap((run) => run.resources?.errors ?? []))].map((e) => `resources: could not read ${e}; that section of the report is empty`);
}
