// Which compared metrics a comparison must decide (canary.required, baseline.required): by
// default those of the ones an ordinary run can resolve that have rules (and when the rules name
// none of them, every metric with a rule); a metric named there must have a rule to decide.

import { type ComparedMetric, type Criteria, DEFAULT_REQUIRED } from '../criteria.js';
import type { SettingsView } from './view.js';

export function resolveRequired(view: SettingsView, key: string, criteria: Criteria, rulesKey: string): ComparedMetric[] {
  const given = view.get<ComparedMetric[]>(key);
  if (given === undefined) {
    // By default the resolvable metrics that have rules; rules on none of them are all required.
    const defaults = DEFAULT_REQUIRED.filter((metric) => criteria[metric]?.length);
    return defaults.length > 0 ? defaults : (Object.keys(criteria) as ComparedMetric[]).filter((metric) => criteria[metric]?.length);
  }
  for (const metric of given) {
    if (!criteria[metric]?.length) view.issues.push({ source: view.sourceOf(key), message: `${metric} is required, but ${rulesKey} has no rule for it: add one (e.g. ${metric}: "${metric === 'error_rate' ? '<=+0.5' : '<=+10%'}") or leave ${metric} out` });
  }
  return given;
}
