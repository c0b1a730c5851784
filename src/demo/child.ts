// The demo's services in processes of their own. A demo service inside the load generator's
// process would share its event loop and CPU: on a busy runner the service's own work would show
// up as generator lag and make the demo inconclusive. So each service (and the rollout demo's
// router) runs as a child: this CLI's own `serve-demo --port 0`, told its role by one variable,
// reporting the URL it listens on in its first line of stdout. The parent stops each child by its
// pid when the demo ends, fails or is interrupted; a child whose parent dies (its stdin closes)
// stops by itself.

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DemoOptions, startDemoServer } from './server.js';
import { type DemoRouter, startRouter } from './router.js';

/** DEMO_CHILD_VARIABLE carries a child's role (a DemoSpec as JSON) to `serve-demo`; internal, not for users. */
export const DEMO_CHILD_VARIABLE = 'LOADTEST_DEMO_CHILD';

/** DemoSpec: what one demo process serves. */
export type DemoSpec = { role: 'service'; options: DemoOptions } | { role: 'router'; productionUrl: string; canaryUrl: string };

/** Launched: a started demo service; close() stops it and returns what it said on the way out (the router's last line). */
export interface Launched {
  url: string;
  /** pid of its process; null when it runs in this one. */
  pid: number | null;
  close: () => Promise<string[]>;
}

export type Launch = (spec: DemoSpec) => Promise<Launched>;

/** STARTUP_TIMEOUT_MS: a child that has not said where it listens by then is stopped and reported. */
const STARTUP_TIMEOUT_MS = 15_000;
/** STOP_GRACE_MS: how long a child has to stop after SIGTERM before it is killed. */
const STOP_GRACE_MS = 3000;

/**
 * cliEntry: the file that runs this CLI. Bundled, this code is in one of dist/cli's chunks, beside
 * the entry (index.js) that loads them. From
 * the TypeScript sources (a test runner), there is no bundle of its own: a compiled tree's
 * ../cli/index.js, else the repository's build. Null when there is neither.
 */
export function cliEntry(moduleUrl: string = import.meta.url): string | null {
  const here = fileURLToPath(moduleUrl);
  if (!/^child\.[cm]?[jt]s$/.test(basename(here))) return join(dirname(here), 'index.js');
  const candidates = [...(here.endsWith('.js') ? [join(dirname(here), '..', 'cli', 'index.js')] : []), join(dirname(here), '..', '..', 'dist', 'cli', 'index.js')];
  return candidates.find((path) => existsSync(path)) ?? null;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** childLauncher starts each demo service as `node <entry> serve-demo --port 0`, in its own process group (Ctrl-C is the parent's to handle). */
export function childLauncher(entry: string, execPath: string = process.execPath): Launch {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // Whatever way this process ends, its demo services end with it.
    process.on('exit', () => {
      for (const child of live) if (child.pid !== undefined) killQuietly(child.pid, 'SIGKILL');
    });
  }
  return (spec) =>
    new Promise<Launched>((resolve, reject) => {
      const child = spawn(execPath, [entry, 'serve-demo', '--port', '0'], { env: { ...process.env, [DEMO_CHILD_VARIABLE]: JSON.stringify(spec) }, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
      live.add(child);
      const lines: string[] = [];
      let stderr = '';
      let pending = '';
      let url = '';
      // 'close': the process has exited and its output has been read to the end.
      const exited = new Promise<void>((done) => child.once('close', () => done()));
      const timer = setTimeout(() => fail(`did not say where it listens within ${STARTUP_TIMEOUT_MS / 1000}s`), STARTUP_TIMEOUT_MS);
      child.stdout!.setEncoding('utf8');
      child.stderr!.setEncoding('utf8');
      child.stderr!.on('data', (text: string) => (stderr += text));
      child.stdout!.on('data', (text: string) => {
        pending += text;
        let end: number;
        while ((end = pending.indexOf('\n')) >= 0) {
          const line = pending.slice(0, end);
          pending = pending.slice(end + 1);
          if (url) lines.push(line);
          else {
            const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
            if (!found) continue;
            url = found;
            clearTimeout(timer);
            resolve({ url, pid: child.pid ?? null, close });
          }
        }
      });
      child.once('error', (error) => fail(error.message));
      child.once('exit', (code, signal) => {
        live.delete(child);
        if (!url) fail(`exited (${signal ?? `code ${code}`}) before listening`);
      });
      // close stops the child by its pid: SIGTERM, then SIGKILL if it does not stop in time.
      async function close(): Promise<string[]> {
        if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
          killQuietly(child.pid, 'SIGTERM');
          const timeout = setTimeout(() => child.pid !== undefined && killQuietly(child.pid, 'SIGKILL'), STOP_GRACE_MS);
          await exited;
          clearTimeout(timeout);
        }
        child.stdin?.destroy();
        if (pending) lines.push(pending);
        return lines;
      }
      function fail(why: string): void {
        clearTimeout(timer);
        if (child.pid !== undefined) killQuietly(child.pid, 'SIGKILL');
        live.delete(child);
        reject(new Error(`the demo ${spec.role} (${entry} serve-demo, pid ${child.pid ?? '?'}) ${why}${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-3).join(' / ')}` : ''}`));
      }
    });
}

/** inProcessLauncher: the services in this process; only when there is no CLI to start them with (see cliEntry). */
export const inProcessLauncher: Launch = async (spec) => {
  if (spec.role === 'service') {
    const server = await startDemoServer(spec.options);
    return { url: server.url, pid: null, close: async () => (await server.close(), []) };
  }
  const router = await startRouter(spec.productionUrl, spec.canaryUrl);
  return {
    url: router.url,
    pid: null,
    close: async () => {
      const line = routerSummary(router);
      await router.close();
      return [line];
    },
  };
};

/** routerSummary: where the rollout left the router, as the demo's last line. */
export function routerSummary(router: DemoRouter): string {
  const { production, canary } = router.served();
  return `Router: the canary's weight is now ${router.weight()}%; it served ${production.toLocaleString('en-US')} requests from production and ${canary.toLocaleString('en-US')} from the canary`;
}

/**
 * serveDemoChild is `serve-demo` as a demo's child: serve what the spec says on 127.0.0.1:port, say
 * where in one line, and stop on a signal or when the parent goes away (stdin closes). The router
 * says where the rollout left it as its last line, for the parent to print.
 */
export async function serveDemoChild(specText: string, port: number, io: { out: (text: string) => void; err: (text: string) => void; signal: AbortSignal }, stdin: NodeJS.ReadableStream = process.stdin): Promise<number> {
  let spec: DemoSpec;
  try {
    spec = JSON.parse(specText) as DemoSpec;
    if (spec.role !== 'service' && spec.role !== 'router') throw new Error(`unknown role ${String((spec as { role?: unknown }).role)}`);
  } catch (error) {
    io.err(`error: ${DEMO_CHILD_VARIABLE} is not a demo spec: ${(error as Error).message}`);
    return 2;
  }
  let close: () => Promise<void>;
  let last: () => string;
  try {
    if (spec.role === 'service') {
      const server = await startDemoServer({ ...spec.options, port });
      io.out(`Demo service listening on ${server.url} (pid ${process.pid})`);
      close = server.close;
      last = () => `Demo service stopped after ${server.requests().toLocaleString('en-US')} requests`;
    } else {
      const router = await startRouter(spec.productionUrl, spec.canaryUrl);
      io.out(`Demo router listening on ${router.url} (pid ${process.pid})`);
      close = router.close;
      last = () => routerSummary(router);
    }
  } catch (error) {
    io.err(`error: cannot listen on 127.0.0.1:${port}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 2;
  }
  await new Promise<void>((resolve) => {
    if (io.signal.aborted) return resolve();
    io.signal.addEventListener('abort', () => resolve(), { once: true });
    stdin.once('end', resolve);
    stdin.once('close', resolve);
    stdin.once('error', resolve);
    stdin.resume();
  });
  const line = last();
  await close();
  io.out(line);
  (stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  return 0;
}

/** killQuietly signals a process by its pid; one that is already gone is fine. */
function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
