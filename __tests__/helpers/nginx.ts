// nginx from Debian's package as a fast target: loading it at thousands of requests a second
// measures the generator, not the target (a Node server under the same load would be the slow
// party on a busy 2-core machine). Serves `return 200 "ok"`; close() stops it by its pid.

import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, selfSignedCert } from './servers.js';

function nginxBinary(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx']) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // next
    }
  }
  throw new Error('nginx is not installed: the gate-invariant load tests need it (apt-get install nginx; npm test installs it when run as root)');
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/**
 * startNginx; with `accessLogs`, nginx writes every request to `combined` (access.log) and to a JSON
 * log_format (access.json) in `dir`, as a production server's logs are written; with
 * `customFormat`, also to custom.log in that log_format. `http2`: 'tls' serves https with HTTP/2
 * (ALPN h2 and http/1.1, a throwaway certificate), 'h2c' HTTP/2 without TLS (prior knowledge only,
 * as nginx 1.22 serves it). `keepaliveRequests`: requests a connection serves before nginx closes it
 * (over HTTP/2 with a GOAWAY NO_ERROR; keepalive_requests applies to HTTP/2 since 1.19.7); by
 * default so many that no run reaches it.
 */
export async function startNginx(options: { accessLogs?: boolean; customFormat?: string; http2?: 'tls' | 'h2c'; keepaliveRequests?: number } = {}): Promise<{ url: string; dir: string; close: () => Promise<void> }> {
  const binary = nginxBinary();
  const dir = mkdtempSync(join(tmpdir(), 'loadtest-nginx-'));
  const port = await freePort();
  let listen = `127.0.0.1:${port} backlog=8192`;
  if (options.http2 === 'tls') {
    const { key, cert } = selfSignedCert();
    writeFileSync(join(dir, 'key.pem'), key);
    writeFileSync(join(dir, 'cert.pem'), cert);
    listen += ` ssl http2;\n    ssl_certificate ${dir}/cert.pem;\n    ssl_certificate_key ${dir}/key.pem`;
  } else if (options.http2 === 'h2c') listen += ' http2';
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `  ${k}_temp_path ${dir};`).join('\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 1;\ndaemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nworker_rlimit_nofile 20000;\nevents { worker_connections 8000; }\nhttp {\n${options.accessLogs ? `  log_format json escape=json '{"time_iso8601":"$time_iso8601","request_method":"$request_method","request_uri":"$request_uri","status":$status,"body_bytes_sent":$body_bytes_sent}';\n  access_log ${dir}/access.log combined;\n  access_log ${dir}/access.json json;\n${options.customFormat ? `  log_format custom '${options.customFormat}';\n  access_log ${dir}/custom.log custom;\n` : ''}` : '  access_log off;\n'}  keepalive_requests ${options.keepaliveRequests ?? 10000000};\n  keepalive_timeout 120;\n${temp}\n  server {\n    listen ${listen};\n    location / { return 200 "ok"; }\n  }\n}\n`,
  );
  const child = spawn(binary, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let tries = 0; !(await accepts(port)); tries++) {
    if (child.exitCode !== null || tries > 200) throw new Error(`nginx did not start listening on 127.0.0.1:${port} (see ${dir}/error.log)`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    url: `${options.http2 === 'tls' ? 'https' : 'http'}://127.0.0.1:${port}`,
    dir,
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
