// --help, built from the override table so it always lists every flag and its variable.

import { OVERRIDES } from '../config/overrides.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

export function helpText(): string {
  const flags = OVERRIDES.map((o) => {
    const left = `  ${o.flag}${o.valueName ? ` ${o.valueName}` : ''}`;
    return `${left.padEnd(30)} ${o.help}  [${o.env}]`;
  });
  return `${TOOL_NAME} ${TOOL_VERSION}: load-test a deployment and gate it on its SLOs

Usage:
  loadtest run --target URL [options]     load-test your service
  loadtest canary --canary-url URL --production-url URL [options]
                                          load-test canary and production with the same requests,
                                          and judge the canary against production
  loadtest rollout --target URL --stages YAML --shift CMD|URL [options]
                                          progressive rollout: shift traffic, load-test, gate, each stage
  loadtest merge DIR|FILE... [options]    judge the shards of a sharded run (--shard i/N) as one run:
                                          histograms added exactly, one summary, one verdict
  loadtest report results.json [--html FILE]
                                          render a results.json as report.html (default: beside it)
  loadtest import har FILE.har > flows.yml
                                          a browser recording as a flow: API requests in order, tokens
                                          and cookies captured where they came from, no secret copied
  loadtest model --from access.log [--from …] [--log-format FMT] [--routes FILE] [--config FILE] [--out DIR] [--scale 2x] [--rate-at p95] [--threads N]
                                          production's access logs (nginx/Apache combined, AWS ALB,
                                          Envoy, JSON, an nginx log_format; gzip too) as a load_test:
                                          routes, weights, real IDs, each route's peaks, the rate
                                          (a plain log of 64 MB or more is read in parts at once,
                                          one per core up to 4, or N); with --config, FILE with its
                                          traffic replaced and the rest kept; or --prometheus URL
                                          [--query PROMQL] [--since 1h]; or --openapi spec.yaml;
                                          or --har recording.har (flows, as import har);
                                          with --check CONFIG
                                          [--threshold 5]: exit 1 when its mix drifted from production's
  loadtest capacity --target URL [--from 10] [--to 10000] [--max-duration 10m] [--step-duration 5s] [--cooldown 5s] [--ceiling 5s]
                  [--production-peak R|DIR --min-headroom 1.5x | --production-url URL --max-drop 10%] [options]
                                          the highest rate the service sustains within its SLOs:
                                          open-model steps, up by 2× then bisected, the best rate
                                          re-run to confirm; with production's peak (a number or a
                                          loadtest model folder), fail when the headroom is short;
                                          with --production-url, production searched step for step
                                          beside it: fail when the canary sustains too much less
  loadtest demo [canary|rollout|flow] [options]
                                          start the embedded demo service(s) and run that pipeline
  loadtest serve-demo [--port N]          only serve the demo service (until Ctrl-C), for a workflow to test
  loadtest --help | --version

Options:
  -c, --config FILE              performance_config.yml to read  [LOADTEST_CONFIG]
  -e, --environment NAME         environments.<NAME> block to apply  [ENVIRONMENT]
                                 (default: staging when the file defines it)
  -q, --quiet                    no plan or progress lines, only the summary
${flags.join('\n')}

Canary:
  --canary-url URL               the canary (same as --target)

Demo only:
  --demo-latency D               the demo service's median latency (default 15ms)
  --demo-error-rate PCT          share of demo requests that answer 500 (default 0.2%)
  --port N                       serve-demo: port on 127.0.0.1 (default: a free one)

The seeds' scripts, here:
  load_test.py --concurrency N --duration S --target URL
                                 loadtest run --target URL --concurrency N --duration S
  canary_verify.py --load-test   loadtest canary --canary-url URL --production-url URL
  progressive_rollout.py         loadtest rollout --target URL --stages YAML --shift CMD|URL
  --auto-rollback-on-loadfail    the same flag, with --rollback HOW

Precedence: flag > variable > environment block > config file > defaults.

Exit codes: 0 pass · 1 SLO violated or regressed from the baseline · 2 config or usage error, an
unreadable baseline, or shards that cannot be merged · 3 inconclusive · 4 target unreachable

Reports go to --output (default ./loadtest-report): report.html (charts, opens offline),
results.json, performance_report.md, metrics.prom, and an entry appended to deployment_report.md.
`;
}
