// The thresholds section: the SLOs, the defaults that apply where none is set, and the checks that
// stop a gate that could only fail.

import * as defaults from '../../defaults.js';
import type { ConfigIssue } from '../issues.js';
import { checkPercentileOrder } from '../consistency.js';
import { type Threshold, type EndpointPlan, type ThresholdKey, type Thresholds, LATENCY_KEYS, thresholdSettingPath } from '../plan.js';
import { DEFAULT_SOURCE, type SettingsView } from './view.js';

export function resolveThresholds(view: SettingsView, endpoints: EndpointPlan[], model: 'open' | 'closed', peak: number): { thresholds: Thresholds; thresholdsAreDefaults: boolean } {
  const { merged, issues, notices } = view;
  const thresholds: Thresholds = {};
  for (const key of [...LATENCY_KEYS, 'error_rate', 'throughput', 'checks'] as ThresholdKey[]) {
    const setting = merged.get(`thresholds.${thresholdSettingPath(key)}`);
    if (setting) thresholds[key] = { value: setting.value as number, source: setting.source };
  }
  checkPercentileOrder(thresholds, endpoints, issues, notices);
  const thresholdsAreDefaults = Object.keys(thresholds).length === 0 && !endpoints.some((e) => Object.keys(e.thresholds).length > 0);
  const defaulted = applyDefaultThresholds(thresholds, endpoints);
  if (defaulted.length > 0) notices.push(`${thresholdsAreDefaults ? 'no thresholds configured' : 'some thresholds not configured'}: judging against the default${defaulted.length === 1 ? '' : 's'} ${defaulted.join(' and ')}`);
  checkThroughputIsReachable(thresholds, endpoints, model, peak, issues);
  checkChecksExist(thresholds, endpoints, issues);
  return { thresholds, thresholdsAreDefaults };
}

/**
 * applyDefaultThresholds: every run is judged on errors and on latency. The default error-rate
 * ceiling applies unless error_rate itself is set, and the default p95 unless a latency percentile
 * is set; when only some endpoints set their own, each endpoint without one gets the default. One
 * latency limit therefore never switches the error check off, and one endpoint's limit never
 * leaves the others unjudged. Returns what was defaulted, for the plan's notice.
 */
export function applyDefaultThresholds(thresholds: Thresholds, endpoints: EndpointPlan[]): string[] {
  const defaulted: string[] = [];
  const value = (v: number): Threshold => ({ value: v, source: DEFAULT_SOURCE });
  const hasLatency = (t: Thresholds) => LATENCY_KEYS.some((k) => t[k]);
  if (!hasLatency(thresholds)) {
    const own = endpoints.filter((e) => hasLatency(e.thresholds));
    if (own.length === 0) thresholds.p95 = value(defaults.DEFAULT_THRESHOLDS.p95);
    else for (const e of endpoints) if (!hasLatency(e.thresholds)) e.thresholds = { ...e.thresholds, p95: value(defaults.DEFAULT_THRESHOLDS.p95) };
    if (own.length < endpoints.length) defaulted.push(`p95 ≤ ${defaults.DEFAULT_THRESHOLDS.p95}ms${own.length > 0 ? ' on each endpoint without a latency limit of its own' : ''}`);
  }
  if (!thresholds.error_rate) {
    const own = endpoints.filter((e) => e.thresholds.error_rate);
    if (own.length === 0) thresholds.error_rate = value(defaults.DEFAULT_THRESHOLDS.error_rate);
    else for (const e of endpoints) if (!e.thresholds.error_rate) e.thresholds = { ...e.thresholds, error_rate: value(defaults.DEFAULT_THRESHOLDS.error_rate) };
    if (own.length < endpoints.length) defaulted.push(`error rate ≤ ${defaults.DEFAULT_THRESHOLDS.error_rate}%${own.length > 0 ? ' on each endpoint without its own' : ''}`);
  }
  return defaulted;
}

/** checkThroughputIsReachable stops a gate that can only fail: a minimum throughput above the rate it sends. */
export function checkThroughputIsReachable(thresholds: Thresholds, endpoints: EndpointPlan[], model: 'open' | 'closed', peakRate: number, issues: ConfigIssue[]): void {
  if (model !== 'open') return;
  const check = (threshold: Thresholds['throughput'], share: number, what: string) => {
    if (threshold && threshold.value > peakRate * share * 1.0001) {
      issues.push({ source: threshold.source, message: `${what} throughput minimum ${threshold.value} req/s can never be met: the plan sends at most ${+(peakRate * share).toFixed(2)} req/s` });
    }
  };
  check(thresholds.throughput, 1, 'the');
  for (const endpoint of endpoints) check(endpoint.thresholds.throughput, endpoint.weight, `${endpoint.name}'s`);
}

/** checkChecksExist: a pass-rate SLO where nothing is checked would judge nothing: a config error on its line, not a silent pass. */
function checkChecksExist(thresholds: Thresholds, endpoints: EndpointPlan[], issues: ConfigIssue[]): void {
  if (thresholds.checks && !endpoints.some((e) => e.checks.length > 0)) issues.push({ source: thresholds.checks.source, message: 'thresholds.checks sets a pass rate, but no measured step or endpoint checks its responses (expect: json, body_contains, headers or latency; setup steps are not measured)' });
  for (const endpoint of endpoints) {
    if (endpoint.thresholds.checks && endpoint.checks.length === 0) issues.push({ source: endpoint.thresholds.checks.source, message: `${endpoint.name} sets a checks pass rate, but checks nothing of its responses (expect: json, body_contains, headers or latency)` });
  }
}
