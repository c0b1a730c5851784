// The real Prometheus and Pushgateway from Debian's packages, started on 127.0.0.1 by the tests that
// need them and stopped afterwards. `npm test` installs them first (scripts/provision-tests.mjs). A
// test that needs a piece that is not installed FAILS, naming the install command; it is skipped
// (with a loud warning) only when LOADTEST_SKIP_MISSING=1 says so.

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function installed(binary: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** missingError names what is missing and how to install it (`pkg` is Debian's package). */
export function missingError(what: string, pkg: string): Error {
  return new Error(
    `${what} is not installed, and this test needs it. Install it with:\n\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${pkg}\n\n` +
      '(`npm test` does that itself when run as root with apt-get: see scripts/provision-tests.mjs). Elsewhere, install it with your package manager' +
      (pkg === 'chromium' ? ' or point CHROMIUM_PATH at a Chromium or Chrome' : '') +
      '. To skip the tests that need it instead: LOADTEST_SKIP_MISSING=1.',
  );
}

/**
 * skipMissing: whether the tests that need `what` are skipped. Only when it is absent and
 * LOADTEST_SKIP_MISSING=1; otherwise they run, and fail with missingError.
 */
export function skipMissing(present: boolean, what: string, pkg: string): boolean {
  if (present || process.env.LOADTEST_SKIP_MISSING !== '1') return false;
  console.warn(`\n\n*** ${what} is not installed and LOADTEST_SKIP_MISSING=1: the tests that need it are SKIPPED. Install it with: sudo apt-get install -y ${pkg} ***\n`);
  return true;
}

function requireInstalled(binary: string): void {
  if (!installed(binary)) throw missingError(binary, binary);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface Started {
  url: string;
  stop: () => Promise<void>;
}

async function startUntilReady(command: string, args: string[], url: string, readyPath: string): Promise<Started> {
  const child: ChildProcess = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (d) => (log = (log + d).slice(-4000)));
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${url}${readyPath}`)).ok) {
        return {
          url,
          stop: () =>
            new Promise<void>((resolve) => {
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        };
      }
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${command} did not become ready at ${url}${readyPath}:\n${log}`);
}

export async function startPushgateway(): Promise<Started> {
  requireInstalled('prometheus-pushgateway');
  const port = await freePort();
  // Its own persistence file: Debian's default is shared state under /var/lib/prometheus.
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-pushgateway-'));
  return startUntilReady('prometheus-pushgateway', [`--web.listen-address=127.0.0.1:${port}`, `--persistence.file=${join(dir, 'pushgateway.data')}`], `http://127.0.0.1:${port}`, '/-/ready');
}

/** startPrometheus scrapes `targets` (host:port) every second into a throwaway data directory. */
export async function startPrometheus(targets: string[]): Promise<Started> {
  requireInstalled('prometheus');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-prometheus-'));
  writeFileSync(join(dir, 'prometheus.yml'), `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n  - job_name: service\n    static_configs:\n      - targets: [${targets.map((t) => `'${t}'`).join(', ')}]\n`);
  return startUntilReady('prometheus', [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`], `http://127.0.0.1:${port}`, '/-/ready');
}

/** startRemoteWriteReceiver: a Prometheus that scrapes nothing and takes remote write at {url}/api/v1/write, into a throwaway data directory. */
export async function startRemoteWriteReceiver(): Promise<Started> {
  requireInstalled('prometheus');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-prometheus-rw-'));
  writeFileSync(join(dir, 'prometheus.yml'), 'global:\n  evaluation_interval: 1m\n');
  return startUntilReady('prometheus', [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--web.enable-remote-write-receiver'], `http://127.0.0.1:${port}`, '/-/ready');
}

/** sample reads one series' value from Prometheus text: `name{labels…}` must contain every given label. */
export function sample(text: string, name: string, labels: Record<string, string>): number | null {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return null;
}
