// Settings that are each valid but cannot all be meant: latency limits whose order contradicts the
// order of the percentiles. p50 ≤ 500ms beside p99 ≤ 100ms is almost always two values swapped or
// mistyped: no run can have a median slower than its 99th percentile, so the p50 limit could never
// be the one that fails.

import { type ConfigIssue, type Source, shortSource } from './issues.js';
import { type EndpointPlan, type LatencyKey, type Thresholds, LATENCY_KEYS } from './plan.js';
import { formatMs } from './units.js';

const LABEL: Record<LatencyKey, string> = { p50: 'p50', p90: 'p90', p95: 'p95', p99: 'p99', p999: 'p99.9' };

/**
 * checkPercentileOrder checks the run's latency limits and each endpoint's own. Limits set in the
 * same kind of place (both in the config file, both flags, both variables, both inputs) that
 * contradict each other are an error naming both. When a higher layer tightens a higher percentile
 * below a lower layer's lower one (`--p95 50ms` over the file's `p50: 100ms`), the override is
 * deliberate: the plan only notes that the looser limit can never fail.
 */
export function checkPercentileOrder(thresholds: Thresholds, endpoints: readonly EndpointPlan[], issues: ConfigIssue[], notices: string[]): void {
  checkOne(thresholds, '', issues, notices);
  for (const endpoint of endpoints) checkOne(endpoint.thresholds, `endpoint '${endpoint.name}': `, issues, notices);
}

function checkOne(thresholds: Thresholds, prefix: string, issues: ConfigIssue[], notices: string[]): void {
  // Built-in defaults never contradict: they only apply where nothing is configured.
  const keys = LATENCY_KEYS.filter((key) => thresholds[key] && thresholds[key].source.kind !== 'default');
  keys.forEach((lower, i) => {
    const higher = keys.slice(i + 1);
    if (higher.length === 0) return;
    // Against the strictest higher percentile only: one line per limit that cannot be meant.
    const strictest = higher.reduce((best, key) => (thresholds[key]!.value < thresholds[best]!.value ? key : best));
    const loose = thresholds[lower]!;
    const tight = thresholds[strictest]!;
    if (!(loose.value > tight.value)) return;
    const what = `${LABEL[lower]} ≤ ${formatMs(loose.value)} is looser than ${LABEL[strictest]} ≤ ${formatMs(tight.value)} at ${place(tight.source)}`;
    if (loose.source.kind === tight.source.kind) {
      issues.push({ source: loose.source, message: `${prefix}${what}: a lower percentile is never slower than a higher one, so this limit could never fail; are the two swapped? Make ${LABEL[lower]} ≤ ${LABEL[strictest]}` });
    } else {
      notices.push(`${prefix}${LABEL[lower]} ≤ ${formatMs(loose.value)} (${shortSource(loose.source)}) can never fail: ${LABEL[strictest]} ≤ ${formatMs(tight.value)} (${shortSource(tight.source)}) is stricter`);
    }
  });
}

/** place names where a limit was set: "perf.yml:6 (thresholds.latency.p99)", "--p99". */
function place(source: Source): string {
  return source.kind === 'file' ? `${shortSource(source)} (${source.keyPath})` : shortSource(source);
}
