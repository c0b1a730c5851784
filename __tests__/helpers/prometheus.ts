// The real Prometheus and Pushgateway from Debian's packages, started on 127.0.0.1 by the tests that
// need them and stopped afterwards. .ci/run installs both; where they truly cannot be installed the
// tests that need them are skipped with a loud message.

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

export function warnMissing(binary: string, pkg: string): void {
  console.warn(`\n\n*** ${binary} is not installed: the tests that need a real ${pkg} are SKIPPED. Install it with: apt-get install ${pkg} (.ci/run does). ***\n`);
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
  const port = await freePort();
  // Its own persistence file: Debian's default is shared state under /var/lib/prometheus.
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-pushgateway-'));
  return startUntilReady('prometheus-pushgateway', [`--web.listen-address=127.0.0.1:${port}`, `--persistence.file=${join(dir, 'pushgateway.data')}`], `http://127.0.0.1:${port}`, '/-/ready');
}

/** startPrometheus scrapes `targets` (host:port) every second into a throwaway data directory. */
export async function startPrometheus(targets: string[]): Promise<Started> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-prometheus-'));
  writeFileSync(join(dir, 'prometheus.yml'), `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n  - job_name: service\n    static_configs:\n      - targets: [${targets.map((t) => `'${t}'`).join(', ')}]\n`);
  return startUntilReady('prometheus', [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`], `http://127.0.0.1:${port}`, '/-/ready');
}

/** sample reads one series' value from Prometheus text: `name{labels…}` must contain every given label. */
export function sample(text: string, name: string, labels: Record<string, string>): number | null {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return null;
}
