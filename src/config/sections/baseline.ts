// The baseline section: what this run is compared with, and by which rules.

import * as defaults from '../../defaults.js';
import type { EndpointPlan, ModeChoice, BaselinePlan } from '../plan.js';
import { type Criteria, DEFAULT_CRITERIA } from '../criteria.js';
import type { SettingsView } from './view.js';
import { resolveRequired } from './required.js';
import { giveOption } from '../vocabulary.js';

export const DEFAULT_BASELINE_ARTIFACT = 'loadtest-baseline';

/** resolveBaseline: what this run is compared with; rules with no baseline to apply them to are a notice, not an error. */
export function resolveBaseline(mode: ModeChoice, view: SettingsView, endpoints: readonly EndpointPlan[]): BaselinePlan | null {
  const { get, sourceOf, isSet, notices } = view;
  const given = get<string>('baseline.source')?.trim();
  const rulesGiven = isSet('regression') || endpoints.some((e) => e.regression !== null);
  if (!given) {
    if (rulesGiven) notices.push(`regression rules are ignored: there is no baseline to compare with (${giveOption(view.vocabulary, 'baseline.source', 'FILE', 'artifact')})`);
    return null;
  }
  if (mode.needs.baselineIgnored !== null) {
    notices.push(`the baseline is ignored ${mode.needs.baselineIgnored}`);
    return null;
  }
  const artifactName = get<string>('baseline.artifact') ?? DEFAULT_BASELINE_ARTIFACT;
  const named = /^artifact(?::(.+))?$/.exec(given);
  const criteria = get<Criteria>('regression');
  const configured = criteria !== undefined && Object.keys(criteria).length > 0;
  return {
    source: named ? { kind: 'artifact', name: named[1]?.trim() || artifactName } : { kind: 'file', path: given },
    artifactName,
    failOnRegression: get<boolean>('baseline.fail_on_regression') ?? true,
    confidence: (get<number>('baseline.confidence') ?? defaults.DEFAULT_CONFIDENCE_PERCENT) / 100,
    criteria: configured ? criteria : DEFAULT_CRITERIA,
    criteriaAreDefaults: !configured,
    required: resolveRequired(view, 'baseline.required', configured ? criteria : DEFAULT_CRITERIA, 'regression'),
    rulesSource: sourceOf('regression'),
  };
}
