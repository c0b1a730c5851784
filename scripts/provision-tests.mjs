// Provisions what the tests need from the system, at the start of `npm test`: a headless Chromium
// (report.html is opened in it), the real Prometheus and Pushgateway (the resource sampler and the
// metrics push are tested against them), openssl (throwaway certificates for the HTTPS tests),
// nginx (a target fast enough that loading it measures the generator, not the target) and xmllint
// (report.junit.xml is validated against a JUnit schema).
//
//   everything present          -> nothing to do, no apt call, exit 0 at once
//   missing, root with apt-get  -> apt-get update -qq; apt-get install -y -qq --no-install-recommends …
//   missing, anywhere else      -> stop before any test runs, print the exact install command, exit 1
//
// The browser is looked for where each platform puts it (CHROMIUM_PATH first; the same list as
// __tests__/helpers/browser.ts, which html.test.ts checks). Environment:
//   CHROMIUM_PATH=/path/to/chrome  use this browser (it must exist and run)
//   LOADTEST_SKIP_MISSING=1        install nothing and go on: the tests that need a missing piece
//                                  are skipped with a warning instead of failing
//   PROVISION_DRY_RUN=1            print what would be installed, run no apt command
//   PROVISION_PRETEND_MISSING=a,b  treat these packages as absent (to try the paths above)

import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where each platform puts a Chromium or Chrome, after CHROMIUM_PATH. */
export const BROWSER_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Debian's package for each piece; the command that shows it is installed (`bin`, when not the package's name). */
const PACKAGES = [
  { pkg: 'chromium', what: 'a headless Chromium (report.html is opened in it)' },
  { pkg: 'prometheus', what: 'the real Prometheus (the resource sampler queries it)' },
  { pkg: 'prometheus-pushgateway', what: 'the real Pushgateway (the metrics are pushed to it)' },
  { pkg: 'openssl', what: 'openssl (throwaway certificates for the HTTPS tests)' },
  { pkg: 'nginx', what: 'nginx (the fast target the gate invariants load at up to 5,000 req/s)' },
  { pkg: 'libxml2-utils', bin: 'xmllint', what: 'xmllint (report.junit.xml is validated against a JUnit schema)' },
];
export const ALL_PACKAGES = PACKAGES.map((p) => p.pkg);

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** onPath is `command -v` without a shell. */
function onPath(binary, env = process.env) {
  return (env.PATH ?? '').split(delimiter).filter(Boolean).some((dir) => executable(join(dir, binary)));
}

/** findBrowser: CHROMIUM_PATH when set (null when it is not an executable), else the first candidate that is. */
export function findBrowser(env = process.env) {
  if (env.CHROMIUM_PATH) return executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return BROWSER_CANDIDATES.find(executable) ?? null;
}

/** missingPackages lists the Debian packages whose piece is absent, and any problem with the browser found. */
function missingPackages(env) {
  const pretend = new Set((env.PROVISION_PRETEND_MISSING ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  const missing = [];
  const problems = [];
  for (const { pkg, bin = pkg } of PACKAGES) {
    if (pretend.has(pkg)) {
      missing.push(pkg);
    } else if (pkg === 'chromium') {
      const browser = findBrowser(env);
      if (browser === null && env.CHROMIUM_PATH) problems.push(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file.`);
      else if (browser === null) missing.push(pkg);
      else {
        const ran = spawnSync(browser, ['--version'], { encoding: 'utf8', timeout: 20_000 });
        if (ran.status !== 0) problems.push(`${browser} was found but does not run (\`${browser} --version\`: ${(ran.error?.message ?? ran.stderr ?? '').trim().split('\n').pop() || `exit ${ran.status}`}). Point CHROMIUM_PATH at a Chromium or Chrome that does.`);
      }
    } else if (!onPath(bin, env) && !executable(`/usr/sbin/${bin}`)) {
      missing.push(pkg);
    }
  }
  return { missing, problems };
}

const listed = (pkgs) => pkgs.map((pkg) => `  ${pkg.padEnd(24)}${PACKAGES.find((p) => p.pkg === pkg).what}`).join('\n');

function installHint(missing) {
  return [
    'On Debian or Ubuntu, install them with:',
    '',
    `  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`,
    '',
    '(as root, `npm test` runs that itself). Elsewhere install them with your package manager, and',
    'point CHROMIUM_PATH at a Chromium or Chrome when it is not in one of the usual places',
    '(e.g. CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" on macOS).',
    'To run the tests without them (those that need them are skipped): LOADTEST_SKIP_MISSING=1 npm test',
  ].join('\n');
}

export function provision(env = process.env, log = console.error) {
  const { missing, problems } = missingPackages(env);
  if (missing.length === 0 && problems.length === 0) return 0;
  if (env.LOADTEST_SKIP_MISSING === '1') {
    log(`provision-tests: LOADTEST_SKIP_MISSING=1, installing nothing; the tests that need these are SKIPPED:\n${[listed(missing), ...problems].filter(Boolean).join('\n')}`);
    if (missing.includes('openssl')) log('  (except the HTTPS tests: they cannot run without openssl, and fail)');
    return 0;
  }
  if (problems.length > 0) {
    log(`provision-tests: ${problems.join('\n')}`);
    return 1;
  }
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = onPath('apt-get', env);
  if (!root || !apt) {
    log(`provision-tests: the tests need these, and they are not installed:\n${listed(missing)}\n\n${!apt ? 'There is no apt-get here. ' : 'Not running as root, so not installing them. '}${installHint(missing)}`);
    return 1;
  }

  const commands = [
    ['apt-get', ['update', '-qq']],
    ['apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing]],
  ];
  log(`provision-tests: installing what the tests need from the Debian archive:\n${listed(missing)}`);
  if (env.PROVISION_DRY_RUN === '1') {
    for (const [command, args] of commands) log(`  (dry run) DEBIAN_FRONTEND=noninteractive ${command} ${args.join(' ')}`);
    return 0;
  }
  try {
    for (const [command, args] of commands) execFileSync(command, args, { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch (error) {
    log(`provision-tests: installing failed (${error.message.split('\n')[0]}).\n${installHint(missing)}`);
    return 1;
  }
  const after = missingPackages({ ...env, PROVISION_PRETEND_MISSING: '' });
  if (after.missing.length > 0 || after.problems.length > 0) {
    log(`provision-tests: still missing after installing:\n${listed(after.missing)}\n${after.problems.join('\n')}\n${installHint(after.missing.length ? after.missing : missing)}`);
    return 1;
  }
  return 0;
}

const invoked = process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (invoked) process.exitCode = provision();
