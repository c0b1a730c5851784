// `loadtest import har FILE.har`: a browser recording turned into a flow people can read, run and
// edit. It keeps each API request's method, path, query and body in order, with the pauses between
// them as think time; drops what a browser fetches on its own (static assets, CORS preflights,
// other origins); and never copies a secret into the config. A credential the recording shows
// coming from an earlier response (a token in the login's JSON, a CSRF cookie echoed in a header)
// becomes a capture there and a {{ variable }} where it is used; cookies set by the recorded
// responses are the virtual user's cookie jar's; any other secret becomes a ${LOADTEST_…}
// environment variable the person sets, listed at the top of the file. Pure: text in, text out.

import { stringify } from 'yaml';

export class HarError extends Error {}

interface HarHeader {
  name: string;
  value: string;
}

interface HarEntry {
  startedDateTime: string;
  time?: number;
  request: { method: string; url: string; headers?: HarHeader[]; postData?: { mimeType?: string; text?: string } };
  response?: { status?: number; headers?: HarHeader[]; content?: { mimeType?: string; text?: string; encoding?: string } };
  _resourceType?: string;
}

export interface ImportedFlow {
  /** yaml: the config, with a comment saying what was kept, dropped, and which variables to set. */
  yaml: string;
  /** notes: the same, for the console. */
  notes: string[];
  /** environment: the variables the config reads (secrets that were not copied). */
  environment: string[];
}

/** Requests a browser makes on its own, by resource type (Chrome's _resourceType) and by file extension. */
const STATIC_TYPES = new Set(['stylesheet', 'script', 'image', 'font', 'media', 'manifest', 'texttrack', 'ping', 'websocket', 'eventsource']);
const STATIC_EXTENSION = /\.(?:js|mjs|css|map|png|jpe?g|gif|svg|webp|avif|ico|bmp|woff2?|ttf|otf|eot|mp4|webm|mp3|wav|m4a|pdf|txt|wasm)$/i;
const STATIC_MIME = /^(?:image|font|audio|video)\/|^text\/css|javascript/i;

/** Headers the browser or the connection sets, which the generator sets itself or a server does not need. */
const DROPPED_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'accept-encoding', 'user-agent', 'cookie', 'referer', 'origin', 'pragma', 'cache-control', 'priority', 'upgrade-insecure-requests', 'dnt', 'te', 'keep-alive', 'if-none-match', 'if-modified-since']);

/** A name that says its value is a credential: in a header, a query parameter or a body field. */
const SECRET_NAME = /pass(word)?|secret|token|api[-_]?key|apikey|auth|session|sess(id)?|csrf|xsrf|signature|sig$|credential|private|otp|pin$/i;

interface Secret {
  value: string;
  /** where it was seen first, in words ("the Authorization header of GET /api/cart"). */
  where: string;
  /** name: what to call a variable holding it. */
  name: string;
}

interface Step {
  entry: HarEntry;
  url: URL;
  /** name: "METHOD /path" as recorded (a route of one recording). */
  name: string;
  fields: Record<string, unknown>;
  captures: Record<string, Record<string, string>>;
}

/** importHar turns a HAR file's text into a flow config; a file that is not a HAR is a HarError naming what is wrong. */
export function importHar(text: string, file: string): ImportedFlow {
  const entries = readEntries(text, file);
  const dropped = { assets: 0, preflights: 0, other: 0, templated: 0 };
  const candidates = entries.filter((entry) => {
    const url = safeUrl(entry.request.url);
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return (dropped.other++, false);
    if (entry.request.method.toUpperCase() === 'OPTIONS' && headerOf(entry.request.headers, 'access-control-request-method') !== null) return (dropped.preflights++, false);
    if (isStatic(entry, url)) return (dropped.assets++, false);
    return true;
  });
  if (candidates.length === 0) throw new HarError(`${file}: no API requests to import: every one of its ${entries.length} requests was a static asset, a CORS preflight or not HTTP`);
  // The target is the origin most requests went to; the others (CDNs, analytics) are not the service.
  const origins = new Map<string, number>();
  for (const entry of candidates) origins.set(new URL(entry.request.url).origin, (origins.get(new URL(entry.request.url).origin) ?? 0) + 1);
  const target = [...origins].sort((a, b) => b[1] - a[1])[0][0];
  const otherOrigins = [...origins].filter(([origin]) => origin !== target);
  const kept = candidates.filter((entry) => new URL(entry.request.url).origin === target);

  const environment = new Map<string, string>();
  const variables = new Map<string, string>();
  const steps: Step[] = [];
  for (const entry of kept) {
    const url = new URL(entry.request.url);
    const step: Step = { entry, url, name: `${entry.request.method.toUpperCase()} ${url.pathname}`, fields: {}, captures: {} };
    const secrets: Secret[] = [];
    const headers: Record<string, string> = {};
    for (const { name, value } of entry.request.headers ?? []) {
      const lower = name.toLowerCase();
      if (lower.startsWith(':') || lower.startsWith('sec-') || DROPPED_HEADERS.has(lower)) continue;
      if (lower === 'authorization') {
        const [scheme, credential] = /^(\S+)\s+(.+)$/.exec(value)?.slice(1) ?? ['', value];
        secrets.push({ value: credential, where: `the Authorization header of ${step.name}`, name: /^bearer$/i.test(scheme) ? 'token' : 'authorization' });
        headers[name] = value;
      } else if (SECRET_NAME.test(name)) {
        secrets.push({ value, where: `the ${name} header of ${step.name}`, name: variableName(name) });
        headers[name] = value;
      } else if (lower === 'accept' && value === '*/*') continue;
      else if (lower === 'content-type' && /json/i.test(value)) continue; // json: sets it
      else headers[name] = value;
    }
    // Cookies the recorded responses did not set came from before the recording: a session the person must give.
    for (const [name, value] of cookiesOf(headerOf(entry.request.headers, 'cookie'))) {
      if (setBefore(steps, name, value)) continue;
      secrets.push({ value, where: `the cookie ${name} of ${step.name}`, name: variableName(`cookie_${name}`) });
      headers.Cookie = headers.Cookie ? `${headers.Cookie}; ${name}=${value}` : `${name}=${value}`;
    }
    for (const [name, value] of url.searchParams) if (SECRET_NAME.test(name) && value) secrets.push({ value, where: `the query parameter ${name} of ${step.name}`, name: variableName(name) });
    const body = bodyOf(entry, step.name, secrets);

    // Each secret: captured from the latest earlier response that holds it, else an environment variable.
    const replacements = new Map<string, string>();
    for (const secret of secrets) {
      if (secret.value.length < 4 || replacements.has(secret.value)) continue;
      const known = variables.get(secret.value);
      if (known) {
        replacements.set(secret.value, known);
        continue;
      }
      const source = findSource(steps, secret.value);
      if (source) {
        const name = unique(secret.name, new Set(variables.values()));
        source.step.captures[name] = source.capture;
        variables.set(secret.value, `{{ ${name} }}`);
        replacements.set(secret.value, `{{ ${name} }}`);
      } else {
        const name = unique(`LOADTEST_${secret.name.toUpperCase()}`, new Set(environment.keys()));
        environment.set(name, secret.where);
        variables.set(secret.value, `\${${name}}`);
        replacements.set(secret.value, `\${${name}}`);
      }
    }
    const hide = (text: string) => hideAll(text, replacements);
    const path = hide(escapeDollars(url.pathname + url.search));
    // Recorded text holding '{{' would read as a template: such a request cannot be sent as recorded.
    const recorded = [url.pathname + url.search, ...Object.values(headers), ...(body?.kind === 'raw' ? [body.text] : body ? [JSON.stringify(body.value)] : [])];
    if (recorded.some((text) => text.includes('{{'))) {
      dropped.templated++;
      continue;
    }
    step.fields.name = step.name;
    if (entry.request.method.toUpperCase() !== 'GET') step.fields.method = entry.request.method.toUpperCase();
    step.fields.path = path;
    const shownHeaders = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, hide(escapeDollars(value))]));
    if (Object.keys(shownHeaders).length > 0) step.fields.headers = shownHeaders;
    if (body?.kind === 'json') step.fields.json = mapStrings(body.value, (s) => hide(escapeDollars(s)));
    else if (body?.kind === 'raw') {
      step.fields.body = hide(escapeDollars(body.text));
      if (body.mimeType) step.fields.headers = { 'Content-Type': body.mimeType, ...(step.fields.headers as Record<string, string> | undefined) };
    }
    const status = entry.response?.status ?? 0;
    if (status >= 200 && status < 400) step.fields.expect = { status: [status] };
    steps.push(step);
  }

  // The recorded pauses, as think time after each step (from the end of one request to the start of the next).
  const flowSteps = steps.map((step, i) => {
    const out: Record<string, unknown> = { ...step.fields };
    if (Object.keys(step.captures).length > 0) out.capture = step.captures;
    const next = steps[i + 1];
    if (next) {
      const gapMs = Date.parse(next.entry.startedDateTime) - (Date.parse(step.entry.startedDateTime) + (step.entry.time ?? 0));
      if (gapMs >= 100) out.think = `${Math.min(60, Math.round(gapMs / 100) / 10)}s`;
    }
    return out;
  });

  const notes = [
    `${steps.length} request${steps.length === 1 ? '' : 's'} to ${target} kept as steps, in the order recorded`,
    ...(dropped.assets ? [`${dropped.assets} static asset${dropped.assets === 1 ? '' : 's'} dropped (scripts, styles, images, fonts)`] : []),
    ...(dropped.preflights ? [`${dropped.preflights} CORS preflight${dropped.preflights === 1 ? '' : 's'} dropped (the browser sends those, not the user)`] : []),
    ...(otherOrigins.length ? [`${otherOrigins.reduce((n, [, c]) => n + c, 0)} requests to other origins dropped (${otherOrigins.map(([o, c]) => `${new URL(o).host} ×${c}`).join(', ')})`] : []),
    ...(dropped.other ? [`${dropped.other} requests that are not http(s) dropped`] : []),
    ...(dropped.templated ? [`${dropped.templated} requests holding '{{' dropped (it would read as a template)`] : []),
    ...[...variables.values()].filter((v) => v.startsWith('{{')).map((v) => `${v} is captured from the response it first appeared in and sent where the recording sent it`),
    ...(environment.size ? [`secrets were not copied: set ${[...environment].map(([name, where]) => `${name} (${where})`).join(', ')}`] : []),
  ];
  const config = { load_test: { target, flows: [{ name: 'recorded', steps: flowSteps }] } };
  const header = [`Imported from ${file} by \`loadtest import har\`.`, ...notes].map((line) => `# ${line}`).join('\n');
  return { yaml: `${header}\n${stringify(config, { lineWidth: 0 })}`, notes, environment: [...environment.keys()] };
}

function readEntries(text: string, file: string): HarEntry[] {
  let har: unknown;
  try {
    har = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new HarError(`${file}: not a HAR file: not valid JSON (${(error as Error).message})`);
  }
  const entries = (har as { log?: { entries?: unknown } } | null)?.log?.entries;
  if (!Array.isArray(entries)) throw new HarError(`${file}: not a HAR file: expected {"log": {"entries": [...]}} as a browser's "Save all as HAR" writes it`);
  entries.forEach((entry, i) => {
    const e = entry as Partial<HarEntry> | null;
    if (typeof e?.request?.url !== 'string' || typeof e.request.method !== 'string' || typeof e.startedDateTime !== 'string') throw new HarError(`${file}: entry ${i + 1} has no request method, URL or startedDateTime`);
  });
  return [...(entries as HarEntry[])].sort((a, b) => Date.parse(a.startedDateTime) - Date.parse(b.startedDateTime));
}

function safeUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function isStatic(entry: HarEntry, url: URL): boolean {
  if (entry._resourceType && STATIC_TYPES.has(entry._resourceType)) return true;
  if (STATIC_EXTENSION.test(url.pathname)) return true;
  return entry.request.method.toUpperCase() === 'GET' && STATIC_MIME.test(entry.response?.content?.mimeType ?? '');
}

function headerOf(headers: readonly HarHeader[] | undefined, name: string): string | null {
  return headers?.find((h) => h.name.toLowerCase() === name)?.value ?? null;
}

function cookiesOf(header: string | null): Array<[string, string]> {
  if (!header) return [];
  return header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.includes('='))
    .map((pair) => [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1).trim()]);
}

/** setBefore: an earlier recorded response set this cookie: the virtual user's cookie jar will hold it. */
function setBefore(steps: readonly Step[], name: string, value: string): boolean {
  return steps.some((s) => (s.entry.response?.headers ?? []).some((h) => h.name.toLowerCase() === 'set-cookie' && h.value.split('\n').some((c) => cookiesOf(c.split(';')[0]).some(([n, v]) => n === name && (v === value || value === '')))));
}

type Body = { kind: 'json'; value: unknown } | { kind: 'raw'; text: string; mimeType: string | null };

/** bodyOf: the request body (JSON parsed), noting every field or form value whose name says it is a secret. */
function bodyOf(entry: HarEntry, stepName: string, secrets: Secret[]): Body | null {
  const post = entry.request.postData;
  if (!post?.text) return null;
  const mimeType = post.mimeType ?? null;
  if (mimeType && /json/i.test(mimeType)) {
    try {
      const value: unknown = JSON.parse(post.text);
      walkFields(value, (key, v) => {
        if (SECRET_NAME.test(key) && (typeof v === 'string' || typeof v === 'number') && String(v)) secrets.push({ value: String(v), where: `the ${key} field of ${stepName}`, name: variableName(key) });
      });
      return { kind: 'json', value };
    } catch {
      // Not JSON after all: sent as recorded.
    }
  }
  if (mimeType && /x-www-form-urlencoded/i.test(mimeType)) {
    for (const [key, v] of new URLSearchParams(post.text)) if (SECRET_NAME.test(key) && v) secrets.push({ value: v, where: `the ${key} field of ${stepName}`, name: variableName(key) });
  }
  return { kind: 'raw', text: post.text, mimeType };
}

function walkFields(value: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(value)) value.forEach((v) => walkFields(v, visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      visit(key, v);
      walkFields(v, visit);
    }
  }
}

/** findSource: the latest earlier step whose response holds `value`: a JSON value, a header, a cookie it set. */
function findSource(steps: readonly Step[], value: string): { step: Step; capture: Record<string, string> } | null {
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i];
    const response = step.entry.response;
    if (!response) continue;
    const text = response.content?.text === undefined ? '' : response.content.encoding === 'base64' ? Buffer.from(response.content.text, 'base64').toString('utf8') : response.content.text;
    if (text.includes(value)) {
      try {
        const path = jsonPathTo(JSON.parse(text), value);
        if (path) return { step, capture: { json: path } };
      } catch {
        // Not JSON: a regex would be guesswork; the header and cookie sources below may still hold it.
      }
    }
    for (const { name, value: headerValue } of response.headers ?? []) {
      if (name.toLowerCase() === 'set-cookie') {
        for (const line of headerValue.split('\n')) {
          const [cookie] = cookiesOf(line.split(';')[0]);
          if (cookie && cookie[1] === value) return { step, capture: { cookie: cookie[0] } };
        }
      } else if (headerValue.trim() === value) return { step, capture: { header: name } };
    }
  }
  return null;
}

/** jsonPathTo: the shortest JSON path ($.a.b[0]) to a string or number equal to `value`, or null. */
function jsonPathTo(document: unknown, value: string): string | null {
  const queue: Array<[unknown, string]> = [[document, '$']];
  while (queue.length > 0) {
    const [node, path] = queue.shift()!;
    if ((typeof node === 'string' || typeof node === 'number') && String(node) === value) return path;
    if (Array.isArray(node)) node.forEach((v, i) => queue.push([v, `${path}[${i}]`]));
    else if (node !== null && typeof node === 'object') {
      for (const [key, v] of Object.entries(node)) queue.push([v, /^[A-Za-z_$][\w$-]*$/.test(key) ? `${path}.${key}` : `${path}['${key.replace(/['\\]/g, '\\$&')}']`]);
    }
  }
  return null;
}

/** variableName: a header, field or cookie name as a variable name ("X-CSRF-Token" → x_csrf_token). */
function variableName(name: string): string {
  const cleaned = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z_]/.test(cleaned) ? cleaned : `v_${cleaned}`;
}

function unique(name: string, taken: ReadonlySet<string>): string {
  const bare = (v: string) => v.replace(/^\{\{ | \}\}$/g, '').replace(/^\$\{|\}$/g, '');
  const names = new Set([...taken].map(bare));
  if (!names.has(name)) return name;
  for (let i = 2; ; i++) if (!names.has(`${name}_${i}`)) return `${name}_${i}`;
}

/** escapeDollars: recorded text is sent as recorded: a `${` in it must not read an environment variable. */
function escapeDollars(text: string): string {
  return text.replace(/\$\{/g, '$${');
}

/** hideAll replaces every secret value in `text` (longest first, so no value is left half-replaced). */
function hideAll(text: string, replacements: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [value, replacement] of [...replacements].sort((a, b) => b[0].length - a[0].length)) {
    out = out.split(value).join(replacement);
    // A value written in a URL is percent-encoded there.
    const encoded = encodeURIComponent(value);
    if (encoded !== value) out = out.split(encoded).join(replacement);
  }
  return out;
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (typeof value === 'number' && map(String(value)) !== String(value)) return map(String(value));
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, map));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, map)]));
  return value;
}
