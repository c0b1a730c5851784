// A local stand-in for the GitHub services an action talks to, for the parts only GitHub can
// answer:
//   - artifacts of this run: the results service's Twirp API (CreateArtifact, FinalizeArtifact,
//     ListArtifacts, GetSignedArtifactURL) at ACTIONS_RESULTS_URL, and the blob storage its signed
//     URLs point at (uploads in blocks, downloads as a zip);
//   - the REST API at GITHUB_API_URL: dispatches, the repository, artifacts of other runs (list by
//     name, the run they came from, the zip download's redirect), issues and their comments.
// Every request is recorded so tests can assert exactly what was sent; uploaded zips can be read back.

import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, inflateRawSync } from 'node:zlib';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** StoredArtifact: an artifact of some workflow run; runId 777 is "this" run. */
export interface StoredArtifact {
  id: number;
  name: string;
  runId: number;
  zip: Buffer;
  createdAt: string;
  expired: boolean;
}

export interface StoredRun {
  id: number;
  headBranch: string;
  conclusion: 'success' | 'failure' | 'cancelled' | null;
}

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  pullRequest: boolean;
  comments: Array<{ id: number; body: string }>;
}

export interface FakeGitHub {
  url: string;
  /** failDispatch: answer the dispatch endpoints with this status instead of 204. */
  failDispatch: number | null;
  /** env to give the action so @actions/artifact and Octokit talk to this server. */
  env: Record<string, string>;
  requests: RecordedRequest[];
  /** uploaded returns the files of the artifact of this run named `name`, by path. */
  uploaded: (name: string) => Record<string, string>;
  /** addArtifact stores an artifact (of any run) holding `files`, and returns its id. */
  addArtifact: (artifact: { name: string; runId: number; files: Record<string, string>; createdAt?: string; expired?: boolean }) => number;
  runs: Map<number, StoredRun>;
  issues: StoredIssue[];
  defaultBranch: string;
  close: () => Promise<void>;
}

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';
export const THIS_RUN = 777;

/** runtimeToken is an unsigned JWT with the claim @actions/artifact reads the backend ids from. */
export function runtimeToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: 'Actions.GenericRead Actions.Results:run-backend-1:job-backend-1' })}.signature`;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const blocks = new Map<string, Map<string, Buffer>>();
  const committed = new Map<string, Buffer>();
  const artifacts: StoredArtifact[] = [];
  const runs = new Map<number, StoredRun>([[THIS_RUN, { id: THIS_RUN, headBranch: 'main', conclusion: null }]]);
  const issues: StoredIssue[] = [];
  let nextId = 4242;
  let nextComment = 9001;
  const settings = { failDispatch: null as number | null, defaultBranch: 'main' };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://fake');
      const path = url.pathname;
      requests.push({ method: req.method ?? '', path: path + url.search, headers: req.headers, body });
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      const input = () => JSON.parse(body.toString() || '{}');
      const repo = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
      const rest = repo?.[3] ?? '';

      // Twirp: this run's artifacts.
      if (req.method === 'POST' && path === `${TWIRP}CreateArtifact`) {
        // As GitHub does: an artifact name is unique within a workflow run.
        if (artifacts.some((a) => a.runId === THIS_RUN && a.name === input().name)) {
          res.writeHead(409, 'Conflict', { 'content-type': 'application/json' });
          return res.end(JSON.stringify({ code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' }));
        }
        return json(200, { ok: true, signedUploadUrl: `${address()}/blob/${encodeURIComponent(input().name)}?sig=fake-signature` });
      }
      if (req.method === 'POST' && path === `${TWIRP}FinalizeArtifact`) {
        const { name } = input();
        const id = nextId++;
        artifacts.push({ id, name, runId: THIS_RUN, zip: committed.get(name) ?? Buffer.alloc(0), createdAt: new Date().toISOString(), expired: false });
        return json(200, { ok: true, artifactId: String(id) });
      }
      if (req.method === 'POST' && path === `${TWIRP}ListArtifacts`) {
        // The Twirp client sends proto field names (name_filter); accept the JSON names too.
        const request = input();
        const nameFilter = request.name_filter ?? request.nameFilter;
        const idFilter = request.id_filter ?? request.idFilter;
        const listed = artifacts.filter((a) => a.runId === THIS_RUN && (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || String(a.id) === String(idFilter)));
        return json(200, { artifacts: listed.map((a) => ({ workflowRunBackendId: 'run-backend-1', workflowJobRunBackendId: 'job-backend-1', databaseId: String(a.id), name: a.name, size: String(a.zip.length), createdAt: a.createdAt })) });
      }
      if (req.method === 'POST' && path === `${TWIRP}GetSignedArtifactURL`) {
        const found = artifacts.filter((a) => a.runId === THIS_RUN && a.name === input().name).pop();
        return found ? json(200, { signedUrl: `${address()}/download/${found.id}.zip?sig=fake-signature` }) : json(404, { code: 'not_found', msg: 'no such artifact' });
      }
      if (req.method === 'GET' && path.startsWith('/download/')) {
        const found = artifacts.find((a) => `/download/${a.id}.zip` === path);
        if (!found) return json(404, { message: 'Not Found' });
        res.writeHead(200, { 'content-type': 'application/zip', 'content-length': found.zip.length });
        return res.end(found.zip);
      }
      if (req.method === 'PUT' && path.startsWith('/blob/')) {
        const name = decodeURIComponent(path.slice('/blob/'.length));
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

      // REST.
      if (req.method === 'POST' && /^\/(dispatches|actions\/workflows\/[^/]+\/dispatches)$/.test(rest)) {
        if (settings.failDispatch) return json(settings.failDispatch, { message: settings.failDispatch === 403 ? 'Resource not accessible by integration' : 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        res.writeHead(204);
        return res.end();
      }
      if (repo && req.method === 'GET' && rest === '') return json(200, { full_name: `${repo[1]}/${repo[2]}`, default_branch: settings.defaultBranch });
      if (repo && req.method === 'GET' && rest === '/actions/artifacts') {
        const name = url.searchParams.get('name');
        const listed = artifacts.filter((a) => name === null || a.name === name).sort((a, b) => b.id - a.id);
        return json(200, { total_count: listed.length, artifacts: listed.map((a) => restArtifact(a, runs.get(a.runId))) });
      }
      const zipRedirect = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(rest);
      if (repo && req.method === 'GET' && zipRedirect) {
        const found = artifacts.find((a) => a.id === Number(zipRedirect[1]));
        if (!found) return json(404, { message: 'Not Found' });
        res.writeHead(302, { location: `${address()}/download/${found.id}.zip?sig=fake-signature` });
        return res.end();
      }
      const run = /^\/actions\/runs\/(\d+)$/.exec(rest);
      if (repo && req.method === 'GET' && run) {
        const found = runs.get(Number(run[1]));
        return found ? json(200, { id: found.id, head_branch: found.headBranch, conclusion: found.conclusion, status: found.conclusion === null ? 'in_progress' : 'completed', html_url: `https://github.com/${repo[1]}/${repo[2]}/actions/runs/${found.id}` }) : json(404, { message: 'Not Found' });
      }
      if (repo && req.method === 'GET' && rest === '/issues') {
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const state = url.searchParams.get('state') ?? 'open';
        const listed = issues.filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.includes(l)));
        return json(200, listed.map((i) => restIssue(i, repo)));
      }
      if (repo && req.method === 'POST' && rest === '/issues') {
        const { title, body: text, labels } = input();
        const issue: StoredIssue = { number: issues.length + 1, title, body: text, labels: labels ?? [], state: 'open', pullRequest: false, comments: [] };
        issues.push(issue);
        return json(201, restIssue(issue, repo));
      }
      const comments = /^\/issues\/(\d+)\/comments$/.exec(rest);
      if (repo && comments) {
        const issue = issues.find((i) => i.number === Number(comments[1]));
        if (!issue) return json(404, { message: 'Not Found' });
        if (req.method === 'GET') {
          const page = Number(url.searchParams.get('page') ?? 1);
          const perPage = Number(url.searchParams.get('per_page') ?? 30);
          return json(200, issue.comments.slice((page - 1) * perPage, page * perPage).map((c) => ({ id: c.id, body: c.body, html_url: `https://github.com/${repo[1]}/${repo[2]}/issues/${issue.number}#issuecomment-${c.id}` })));
        }
        if (req.method === 'POST') {
          const comment = { id: nextComment++, body: input().body as string };
          issue.comments.push(comment);
          return json(201, { id: comment.id, body: comment.body, html_url: `https://github.com/${repo[1]}/${repo[2]}/issues/${issue.number}#issuecomment-${comment.id}` });
        }
      }
      const edit = /^\/issues\/comments\/(\d+)$/.exec(rest);
      if (repo && edit && req.method === 'PATCH') {
        const comment = issues.flatMap((i) => i.comments).find((c) => c.id === Number(edit[1]));
        if (!comment) return json(404, { message: 'Not Found' });
        comment.body = input().body;
        return json(200, { id: comment.id, body: comment.body, html_url: `https://github.com/${repo[1]}/${repo[2]}/issues/comments/${comment.id}` });
      }
      json(404, { message: `the fake GitHub does not serve ${req.method} ${path}` });
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
    get defaultBranch() {
      return settings.defaultBranch;
    },
    set defaultBranch(branch: string) {
      settings.defaultBranch = branch;
    },
    url: address(),
    env: { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${address()}/`, GITHUB_API_URL: address(), GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: String(THIS_RUN), GITHUB_SERVER_URL: 'https://github.com' },
    requests,
    uploaded: (name) => readZip(artifacts.filter((a) => a.runId === THIS_RUN && a.name === name).pop()?.zip ?? committed.get(name) ?? Buffer.alloc(0)),
    addArtifact: ({ name, runId, files, createdAt, expired }) => {
      const id = nextId++;
      artifacts.push({ id, name, runId, zip: writeZip(files), createdAt: createdAt ?? new Date().toISOString(), expired: expired ?? false });
      return id;
    },
    runs,
    issues,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function restArtifact(a: StoredArtifact, run: StoredRun | undefined) {
  return { id: a.id, name: a.name, size_in_bytes: a.zip.length, expired: a.expired, created_at: a.createdAt, archive_download_url: `/repos/acme/shop/actions/artifacts/${a.id}/zip`, workflow_run: { id: a.runId, head_branch: run?.headBranch ?? 'main' } };
}

function restIssue(issue: StoredIssue, repo: RegExpExecArray) {
  return { number: issue.number, title: issue.title, body: issue.body, state: issue.state, labels: issue.labels.map((name) => ({ name })), html_url: `https://github.com/${repo[1]}/${repo[2]}/issues/${issue.number}`, ...(issue.pullRequest ? { pull_request: { url: '' } } : {}) };
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

/** writeZip stores files uncompressed in a zip, as an artifact's download is served. */
export function writeZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
