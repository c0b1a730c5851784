// Which defaults apply when, and how map-valued settings meet across layers: nothing the user set
// is dropped, and setting one threshold never switches another check off.

import { describe, expect, test } from '@jest/globals';
import { renderPlan } from '../src/report/console.js';
import { planFrom } from './helpers/plan.js';

const target = { '--target': 'http://127.0.0.1:9' };
const values = (t: Record<string, { value: number; source: { kind: string } } | undefined>) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, `${v!.value}${v!.source.kind === 'default' ? ' (default)' : ''}`]));

describe('default thresholds apply per kind', () => {
  test('a latency limit alone keeps the default error-rate ceiling', () => {
    const plan = planFrom({ flags: { ...target, '--p95': '250ms' } });
    expect(values(plan.thresholds)).toEqual({ p95: '250', error_rate: '0.5 (default)' });
    expect(plan.notices).toContain('some thresholds not configured: judging against the default error rate ≤ 0.5%');
    expect(renderPlan(plan)).toContain("Error rate ≤ 0.5%  (default)");
  });

  test('a config that sets only a latency keeps the default error-rate ceiling', () => {
    const plan = planFrom({ config: 'c.yml', files: { 'c.yml': 'thresholds:\n  latency:\n    p99: 400\n' }, flags: target });
    expect(values(plan.thresholds)).toEqual({ p99: '400', error_rate: '0.5 (default)' });
  });

  test('an error rate alone keeps the default p95', () => {
    const plan = planFrom({ flags: { ...target, '--error-rate': '2%' } });
    expect(values(plan.thresholds)).toEqual({ p95: '250 (default)', error_rate: '2' });
  });

  test('a throughput minimum alone keeps both defaults', () => {
    const plan = planFrom({ flags: { ...target, '--throughput': '1 req/sec' } });
    expect(values(plan.thresholds)).toEqual({ p95: '250 (default)', error_rate: '0.5 (default)', throughput: '1' });
  });

  test('an environment block that sets only a latency keeps the default error-rate ceiling', () => {
    const plan = planFrom({ config: 'c.yml', environment: 'prod', files: { 'c.yml': 'environments:\n  prod:\n    thresholds:\n      latency:\n        p95: 100\n' }, flags: target });
    expect(values(plan.thresholds)).toEqual({ p95: '100', error_rate: '0.5 (default)' });
  });

  test('endpoint limits: a latency or an error rate on one endpoint gives the others the default, not the run', () => {
    const config = ['load_test:', '  endpoints:', '    - path: /a', '      weight: 0.5', '      thresholds:', '        error_rate: 5%', '        latency: {p95: 900ms}', '    - path: /b', '      weight: 0.5', ''].join('\n');
    const plan = planFrom({ config: 'c.yml', files: { 'c.yml': config }, flags: target });
    expect(values(plan.thresholds)).toEqual({});
    expect(plan.endpoints.map((e) => values(e.thresholds))).toEqual([{ error_rate: '5', p95: '900' }, { error_rate: '0.5 (default)', p95: '250 (default)' }]);
    expect(plan.notices).toContain('some thresholds not configured: judging against the defaults p95 ≤ 250ms on each endpoint without a latency limit of its own and error rate ≤ 0.5% on each endpoint without its own');
  });

  test('setting both leaves no default', () => {
    const plan = planFrom({ flags: { ...target, '--p95': '100ms', '--error-rate': '1%' } });
    expect(values(plan.thresholds)).toEqual({ p95: '100', error_rate: '1' });
    expect(plan.notices.some((n) => n.includes('default'))).toBe(false);
  });
});

describe('map-valued settings merge by key across layers', () => {
  const config = 'load_test:\n  headers:\n    Authorization: Bearer from-file\n    X-Team: payments\n';
  const files = { 'c.yml': config };

  test('a flag header joins the config file\'s headers', () => {
    const plan = planFrom({ config: 'c.yml', files, flags: { ...target, '--header': ['X-Test: 1'] } });
    expect(plan.headers).toEqual({ Authorization: 'Bearer from-file', 'X-Team': 'payments', 'X-Test': '1' });
  });

  test('LOADTEST_HEADERS joins them too, and a flag wins over both for the same name, whatever its case', () => {
    const plan = planFrom({ config: 'c.yml', files, env: { LOADTEST_HEADERS: 'X-Env: yes' }, flags: { ...target, '--header': ['authorization: Bearer from-flag'] } });
    expect(plan.headers).toEqual({ 'X-Team': 'payments', 'X-Env': 'yes', authorization: 'Bearer from-flag' });
    expect(plan.secrets).toContain('Bearer from-flag');
  });

  test('an environment block\'s headers join the base headers', () => {
    const layered = `${config}environments:\n  prod:\n    load_test:\n      headers:\n        X-Team: checkout\n        X-Env: prod\n`;
    const plan = planFrom({ config: 'c.yml', environment: 'prod', files: { 'c.yml': layered }, flags: target });
    expect(plan.headers).toEqual({ Authorization: 'Bearer from-file', 'X-Team': 'checkout', 'X-Env': 'prod' });
  });

  test('credentials in the target URL are sent as Basic authorization, not dropped; an Authorization header wins', () => {
    const plan = planFrom({ flags: { '--target': 'http://ops:s3cret%21pw@127.0.0.1:9/' } });
    expect(plan.headers).toEqual({ Authorization: `Basic ${Buffer.from('ops:s3cret!pw').toString('base64')}` });
    expect(plan.secrets).toContain(plan.headers.Authorization);
    expect(plan.notices).toContain("the target URL's user and password are sent as Basic authorization");
    const header = planFrom({ flags: { '--target': 'http://ops:pw@127.0.0.1:9/', '--header': ['authorization: Bearer t0ken-value'] } });
    expect(header.headers).toEqual({ authorization: 'Bearer t0ken-value' });
    expect(header.notices).toContain("the target URL's user and password are not used: an Authorization header is set");
  });

  test('regression rules from a flag join the file\'s', () => {
    const plan = planFrom({ config: 'c.yml', files: { 'c.yml': 'baseline:\n  source: base.json\nregression:\n  p95: "<=+10%"\n  error_rate: "<=+0.5"\n' }, flags: { ...target, '--regression': '{p99: "<=+30%"}' } });
    expect(Object.keys(plan.baseline!.criteria).sort()).toEqual(['error_rate', 'p95', 'p99']);
  });
});

test('the plan says what a run is compared with, which rules are advisory, and when close calls are held', () => {
  const plan = planFrom({ flags: { '--target': 'http://127.0.0.1:9', '--baseline': 'base/results.json', '--decision': 'confident' } });
  const lines = renderPlan(plan).split('\n');
  expect(lines).toContain('  baseline     base/results.json, 98% confidence, rules p50 <=+10%, p95 <=+10%, p99 <=+20% (advisory), error_rate <=+0.5 (defaults)');
  expect(lines).toContain("               a check whose 95% interval holds its limit is inconclusive (decision: confident)  (--decision)");
});
