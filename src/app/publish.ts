// Telling the rest of the world: metrics to a Prometheus Pushgateway, a message to Slack. Each is
// best effort: a failure is a warning with what the other side said, never a changed verdict.

import type { Plan } from '../config/plan.js';
import type { EffectResult } from '../ports/effects.js';
import type { RolloutReport, RunReport } from '../report/model.js';
import { renderPrometheus } from '../report/prometheus.js';
import { decisiveRun } from '../report/rollout.js';
import { type SlackLinks, slackMessage } from '../report/slack.js';

export interface PublishDeps {
  push: (url: string, instance: string, text: string) => Promise<EffectResult>;
  slack: (webhookUrl: string, message: Record<string, unknown>) => Promise<EffectResult>;
}

export interface PublishContext extends SlackLinks {
  /** instance: the Pushgateway group's instance label when the plan does not name one. */
  instance: string;
}

export interface Published {
  notes: string[];
  warnings: string[];
}

/** prometheusText renders a run, or a rollout through the stage that decided it, with the overall verdict. */
export function prometheusText(report: RunReport | RolloutReport): string | null {
  const run = report.mode === 'rollout' ? decisiveRun(report) : report;
  if (!run) return null;
  const judged = report.mode === 'rollout' ? { ...run, verdict: report.verdict, passed: report.passed } : run;
  return renderPrometheus(judged, { environment: report.environment, target: report.target });
}

export async function publish(report: RunReport | RolloutReport, plan: Plan, context: PublishContext, deps: PublishDeps): Promise<Published> {
  const published: Published = { notes: [], warnings: [] };
  const text = prometheusText(report);
  if (plan.pushgateway && text) {
    const result = await deps.push(plan.pushgateway.url, plan.pushgateway.instance ?? context.instance, text);
    (result.ok ? published.notes : published.warnings).push(`Metrics: ${result.detail}`);
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
