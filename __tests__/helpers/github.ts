// A local stand-in for the GitHub services an action talks to, for the parts only GitHub can
// answer. Artifacts: the results service's Twirp API (CreateArtifact, FinalizeArtifact) at
// ACTIONS_RESULTS_URL and the blob storage the signed upload URL points at. Every request is
// recorded so tests can assert exactly what was sent; the uploaded zip can be read back.

import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateRawSync } from 'node:zlib';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export interface FakeGitHub {
  url: string;
  /** failDispatch: answer the dispatch endpoints with this status instead of 204. */
  failDispatch: number | null;
  /** env to give the action so @actions/artifact talks to this server. */
  env: Record<string, string>;
  requests: RecordedRequest[];
  /** uploaded returns the files of the artifact uploaded under `name`, by path. */
  uploaded: (name: string) => Record<string, string>;
  close: () => Promise<void>;
}

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';

/** runtimeToken is an unsigned JWT with the claim @actions/artifact reads the backend ids from. */
export function runtimeToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: 'Actions.GenericRead Actions.Results:run-backend-1:job-backend-1' })}.signature`;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const blocks = new Map<string, Map<string, Buffer>>();
  const committed = new Map<string, Buffer>();
  let nextId = 4242;
  const settings: { failDispatch: number | null } = { failDispatch: null };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://fake');
      requests.push({ method: req.method ?? '', path: url.pathname + url.search, headers: req.headers, body });
      const json = (status: number, value: object) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'POST' && url.pathname === `${TWIRP}CreateArtifact`) {
        const { name } = JSON.parse(body.toString());
        return json(200, { ok: true, signedUploadUrl: `${address()}/blob/${encodeURIComponent(name)}?sig=fake-signature` });
      }
      if (req.method === 'POST' && url.pathname === `${TWIRP}FinalizeArtifact`) return json(200, { ok: true, artifactId: String(nextId++) });
      // The REST API: repository_dispatch and workflow_dispatch answer 204 No Content.
      if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/(dispatches|actions\/workflows\/[^/]+\/dispatches)$/.test(url.pathname)) {
        if (settings.failDispatch) return json(settings.failDispatch, { message: settings.failDispatch === 403 ? 'Resource not accessible by integration' : 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        res.writeHead(204);
        return res.end();
      }
      if (req.method === 'PUT' && url.pathname.startsWith('/blob/')) {
        const name = decodeURIComponent(url.pathname.slice('/blob/'.length));
        const comp = url.searchParams.get('comp');
        if (comp === 'block') {
          if (!blocks.has(name)) blocks.set(name, new Map());
          blocks.get(name)!.set(url.searchParams.get('blockid')!, body);
        } else if (comp === 'blocklist') {
          const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((m) => m[1]);
          committed.set(name, Buffer.concat(ids.map((id) => blocks.get(name)!.get(id)!)));
        } else committed.set(name, body);
        res.writeHead(201, { etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'x-ms-request-id': 'fake', 'x-ms-version': '2024-11-04', 'x-ms-request-server-encrypted': 'true' });
        return res.end();
      }
      json(404, { msg: `the fake GitHub does not serve ${req.method} ${url.pathname}` });
    });
  });
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
  const address = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    get failDispatch() {
      return settings.failDispatch;
    },
    set failDispatch(status: number | null) {
      settings.failDispatch = status;
    },
    url: address(),
    env: { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${address()}/`, GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '777', GITHUB_SERVER_URL: 'https://github.com' },
    requests,
    uploaded: (name) => readZip(committed.get(name) ?? Buffer.alloc(0)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** readZip reads a zip's central directory and inflates every entry. */
export function readZip(zip: Buffer): Record<string, string> {
  const files: Record<string, string> = {};
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return files;
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (!name.endsWith('/')) files[name] = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
