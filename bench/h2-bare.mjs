#!/usr/bin/env node
// The floor under our HTTP/2 client: the least a node:http2 client can do per request (one session
// opened as ours is, `streams` requests always in flight, each response counted and dropped; no
// measuring, no reporting). bench/http2.mjs runs it beside ours, so the ratio says what our engine costs on top
// of node:http2 itself.
//
//   node bench/h2-bare.mjs URL [--streams 100] [--seconds 8] [--insecure]

import { connect } from 'node:http2';
import { connect as tcpConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { streams: { type: 'string', default: '100' }, seconds: { type: 'string', default: '8' }, insecure: { type: 'boolean', default: false } } });
const url = new URL(positionals[0]);
// The connection as client/http2-pool.ts opens one (Nagle off, the same flow-control windows), so the two differ only in what happens per request.
const session = connect(url.origin, {
  settings: { enablePush: false, initialWindowSize: 6 * 1024 * 1024 },
  createConnection: () => {
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    const socket = url.protocol === 'https:' ? tlsConnect({ host: url.hostname, port, rejectUnauthorized: !values.insecure, ALPNProtocols: ['h2'] }) : tcpConnect({ host: url.hostname, port });
    socket.setNoDelay(true);
    return socket;
  },
});
session.on('connect', () => session.setLocalWindowSize(15 * 1024 * 1024));
const headers = { ':method': 'GET', ':path': url.pathname, ':scheme': url.protocol.slice(0, -1), ':authority': url.host, 'user-agent': 'h2-bare', accept: '*/*' };
let done = 0;
let errors = 0;
let stopping = false;

function next() {
  if (stopping) return;
  const stream = session.request(headers, { endStream: true });
  stream.on('data', () => {});
  stream.on('error', () => errors++);
  stream.on('close', () => {
    if (stream.rstCode === 0) done++;
    next();
  });
}

session.on('error', (error) => {
  console.error(error.message);
  process.exit(1);
});
session.once('remoteSettings', () => {
  const started = performance.now();
  for (let i = 0; i < Number(values.streams); i++) next();
  setTimeout(() => {
    stopping = true;
    const elapsed = (performance.now() - started) / 1000;
    console.log(JSON.stringify({ rps: done / elapsed, errors, cpuPercent: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1e4 / elapsed) }));
    session.destroy();
  }, Number(values.seconds) * 1000);
});
