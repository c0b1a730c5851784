// W3C trace context (load_test.trace): off unless asked for, because every request of a load test
// would otherwise start a trace in the service's tracing backend. The settings that only mean
// something with it on are said to be ignored without it, never dropped silently.

import { DEFAULT_TRACE_SLOWEST } from '../../defaults.js';
import type { TracePlan } from '../plan.js';
import { redactUrlText } from './requests.js';
import { redactPath, urlSecrets } from '../../redact.js';
import type { SettingsView } from './view.js';
import { giveOption, optionName } from '../vocabulary.js';

/** TRACE_ID_PLACEHOLDER: where a trace's ID goes in load_test.trace_url. */
export const TRACE_ID_PLACEHOLDER = '{trace_id}';

/** resolveTrace: `headers`: every header set the requests are written from, for a traceparent of the user's that trace replaces. */
export function resolveTrace(view: SettingsView, headers: ReadonlyArray<Readonly<Record<string, string>>>): TracePlan | null {
  const { get, isSet, sourceOf, issues, notices } = view;
  const url = get<string>('load_test.trace_url');
  if (url !== undefined && (!/^https?:\/\//.test(url) || !url.includes(TRACE_ID_PLACEHOLDER))) {
    issues.push({ source: sourceOf('load_test.trace_url'), message: `expected an http:// or https:// URL with ${TRACE_ID_PLACEHOLDER} where the trace's ID goes (e.g. https://tempo.example/trace/${TRACE_ID_PLACEHOLDER}), got '${redactPath(redactUrlText(url))}'` });
  } else if (url !== undefined && (urlSecrets(url).length > 0 || /^https?:\/\/[^/]*@/.test(url))) {
    // Every report links it, the PR comment included: a credential in it would be published with it.
    issues.push({ source: sourceOf('load_test.trace_url'), message: `a trace URL cannot carry a user, password or token: every report and the PR comment link it; sign in to the tracing UI instead (got '${redactPath(redactUrlText(url))}')` });
  }
  if (get<boolean>('load_test.trace') !== true) {
    for (const key of ['load_test.trace_sampled', 'load_test.trace_url', 'load_test.trace_slowest'] as const) {
      if (isSet(key)) notices.push(`${optionName(view.vocabulary, key)} is ignored: trace is off, so no traceparent is sent and there are no trace IDs (${giveOption(view.vocabulary, 'load_test.trace')} to send them)`);
    }
    return null;
  }
  if (headers.some((set) => Object.keys(set).some((name) => name.toLowerCase() === 'traceparent'))) {
    notices.push('the traceparent header you set is replaced: with trace on, every request gets its own (its IDs are the ones the report keeps)');
  }
  return { sampled: get<boolean>('load_test.trace_sampled') ?? true, slowest: get<number>('load_test.trace_slowest') ?? DEFAULT_TRACE_SLOWEST, url: url ?? null };
}
