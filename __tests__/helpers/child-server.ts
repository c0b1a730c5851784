// A fast HTTP server in its own process, for tests that load it hard: in the test's own process its
// work would show up as the generator's event-loop delay, and the test would measure itself. It
// counts requests and reports the count on GET /__count (not itself counted).

import { spawn } from 'node:child_process';

const SERVER = `
const http = require('node:http');
let count = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/__count') { res.end(String(count)); return; }
  count++;
  res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' });
  res.end('ok');
});
server.keepAliveTimeout = 60000;
server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => process.stdout.write(server.address().port + '\\n'));
process.on('SIGTERM', () => process.exit(0));
`;

export interface ChildServer {
  url: string;
  /** requests: how many requests it has answered, asked over HTTP. */
  requests: () => Promise<number>;
  close: () => Promise<void>;
}

export function startChildServer(): Promise<ChildServer> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the test server exited with ${code} before listening`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!out.includes('\n')) return;
      child.removeAllListeners('exit');
      const url = `http://127.0.0.1:${Number(out.trim())}`;
      resolve({
        url,
        requests: async () => Number(await (await fetch(`${url}/__count`)).text()),
        close: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
