// What the benchmarks share: local targets (nginx when installed, else a minimal Node server) pinned
// to one core, a runner that pins the tool under test to the other and bounds it in time, and the
// median. Everything listens on 127.0.0.1.

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';

export function has(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** pinned: on two cores or more with taskset, the generator runs on core 0 and the target on core 1. */
export const pinned = cpus().length >= 2 && has('taskset');
const generatorCore = pinned ? ['taskset', '-c', '0'] : [];
const targetCore = pinned ? ['taskset', '-c', '1'] : [];

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** run starts `argv` on the generator's core and kills it if it outlives `timeoutMs`. */
export function run(argv, { timeoutMs }) {
  return new Promise((resolve, reject) => {
    const [command, ...args] = [...generatorCore, ...argv];
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
    child.on('error', reject);
  });
}

export async function startNginx(work, port) {
  const dir = mkdtempSync(join(work, 'nginx-'));
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;\ndaemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nworker_rlimit_nofile 40000;\nevents { worker_connections 20000; }\nhttp {\n  access_log off;\n  keepalive_requests 10000000;\n  keepalive_timeout 120;\n  client_body_temp_path ${dir};\n  proxy_temp_path ${dir};\n  fastcgi_temp_path ${dir};\n  uwsgi_temp_path ${dir};\n  scgi_temp_path ${dir};\n  server {\n    listen 127.0.0.1:${port} backlog=16384;\n    location / { return 200 "ok"; }\n    location = /login { default_type application/json; return 200 '{"token":"t0k3n-abcdef0123456789","user":{"id":1}}'; }\n  }\n}\n`,
  );
  const [command, ...args] = [...targetCore, 'nginx', '-c', conf, '-p', dir];
  const child = spawn(command, args, { stdio: 'ignore' });
  await waitForPort(port);
  return { name: 'nginx (2-byte body)', url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

/**
 * startNginxHttp2: one nginx serving the same location on two ports: HTTP/1.1 on `h1Port` and
 * HTTP/2 on `h2Port` (h2c with prior knowledge, or with `tls` both over TLS, h2 by ALPN, with a
 * throwaway certificate), so both protocols meet the same server in the same run.
 */
export async function startNginxHttp2(work, h1Port, h2Port, { tls = false } = {}) {
  const dir = mkdtempSync(join(work, 'nginx-h2-'));
  const conf = join(dir, 'nginx.conf');
  if (tls) execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  const certificate = tls ? `    ssl_certificate ${dir}/cert.pem;\n    ssl_certificate_key ${dir}/key.pem;\n` : '';
  writeFileSync(
    conf,
    // keepalive_requests applies to HTTP/2 too (nginx >= 1.19.7): high, so no GOAWAY rotates a connection mid-run.
    `worker_processes 1;\ndaemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nworker_rlimit_nofile 40000;\nevents { worker_connections 20000; }\nhttp {\n  access_log off;\n  keepalive_requests 10000000;\n  keepalive_timeout 120;\n  client_body_temp_path ${dir};\n  proxy_temp_path ${dir};\n  fastcgi_temp_path ${dir};\n  uwsgi_temp_path ${dir};\n  scgi_temp_path ${dir};\n  server {\n    listen 127.0.0.1:${h1Port} backlog=16384${tls ? ' ssl' : ''};\n    listen 127.0.0.1:${h2Port} backlog=16384${tls ? ' ssl' : ''} http2;\n${certificate}    location / { return 200 "ok"; }\n  }\n}\n`,
  );
  const [command, ...args] = [...targetCore, 'nginx', '-c', conf, '-p', dir];
  const child = spawn(command, args, { stdio: 'ignore' });
  await waitForPort(h1Port, tls);
  const scheme = tls ? 'https' : 'http';
  return { name: `nginx (2-byte body${tls ? ', TLS' : ''})`, h1: `${scheme}://127.0.0.1:${h1Port}/`, h2: `${scheme}://127.0.0.1:${h2Port}/`, stop: () => child.kill('SIGTERM') };
}

export async function startNodeTarget(port, delayMs = 0) {
  // A separate process, pinned to the target core, so the generator's core is the generator's.
  const source = `const http=require('http');const s=http.createServer({keepAliveTimeout:120000},(q,r)=>{q.resume();const f=()=>{if(q.url==='/login'){const b='{"token":"t0k3n-abcdef0123456789","user":{"id":1}}';r.writeHead(200,{'content-type':'application/json','content-length':b.length});return r.end(b)}r.writeHead(200,{'content-length':2});r.end('ok')};${delayMs ? `setTimeout(f,${delayMs})` : 'f()'}});s.maxRequestsPerSocket=0;s.listen({port:${port},host:'127.0.0.1',backlog:16384});`;
  const [command, ...args] = [...targetCore, process.execPath, '-e', source];
  const child = spawn(command, args, { stdio: 'ignore' });
  await waitForPort(port);
  return { name: delayMs ? `node server waiting ${delayMs}ms` : 'node server (2-byte body)', url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

/** startTarget: nginx when installed, else the Node server. */
export function startTarget(work, port) {
  return has('nginx') ? startNginx(work, port) : startNodeTarget(port);
}

async function waitForPort(port, tls = false) {
  for (let i = 0; i < 100; i++) {
    try {
      if (tls) await new Promise((resolve, reject) => connect(port, '127.0.0.1', function () { this.destroy(); resolve(); }).on('error', reject));
      else await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`target on port ${port} did not start`);
}
