// The canary section: the production it is compared with, the criteria and the confidence.

import * as defaults from '../../defaults.js';
import type { CanaryPlan, ModeChoice } from '../plan.js';
import { type Criteria, DEFAULT_CRITERIA } from '../criteria.js';
import type { SettingsView } from './view.js';
import { resolveTarget } from './requests.js';
import { giveOption } from '../vocabulary.js';
import { resolveRequired } from './required.js';

/** resolveCanary checks canary mode's settings: a production URL is required there and pointless elsewhere. */
export function resolveCanary(mode: ModeChoice, view: SettingsView): CanaryPlan | null {
  const { issues, notices } = view;
  const url = view.get<string>('canary.production_url');
  const source = view.sourceOf('canary.production_url');
  const confidence = view.get<number>('canary.confidence');
  const criteria = view.get<Criteria>('canary.criteria');
  if (url === undefined) {
    if (mode.needs.canary === 'required') issues.push({ source, message: `canary mode compares with production: ${giveOption(view.vocabulary, 'canary.production_url')}, set LOADTEST_PRODUCTION_URL, or set canary.production_url` });
    return null;
  }
  if (mode.needs.canary === 'ignored') {
    notices.push('production_url is ignored: it applies to canary and rollout modes');
    return null;
  }
  const productionUrl = resolveTarget(url, source, issues, view.vocabulary, 'production');
  if (!productionUrl) return null;
  const configured = criteria !== undefined && Object.keys(criteria).length > 0;
  const rules = configured ? criteria : DEFAULT_CRITERIA;
  return { productionUrl, confidence: (confidence ?? defaults.DEFAULT_CONFIDENCE_PERCENT) / 100, criteria: rules, criteriaAreDefaults: !configured, required: resolveRequired(view, 'canary.required', rules, 'canary.criteria') };
}
