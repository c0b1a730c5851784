// Access log lines as the servers write them: nginx `combined` (and Apache's common and combined,
// which nginx's default copies), AWS ALB, Envoy and JSON lines, read into plain records. One line at
// a time (the only memory is the last time text read, which the next line usually repeats): the
// caller streams the file. A line that does not parse is null, for the caller to count and sample.

export interface LogRecord {
  /** timeMs: when the request was logged (epoch milliseconds), from the log itself. */
  timeMs: number;
  method: string;
  /** target: the request target as logged: path and query. */
  target: string;
  status: number;
  /** bytes: the response body size, 0 when logged as '-'. */
  bytes: number;
}

// 127.0.0.1 - user [07/Dec/2026:09:12:01 +0000] "GET /api/users/42?x=1 HTTP/1.1" 200 512 "referer" "agent"
const COMBINED = /^\S+ \S+ (?:\S+|"[^"]*") \[(\d{2})\/([A-Za-z]{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))? ([+-]\d{4})\] "([A-Z]+) (\S+)(?: HTTP\/[\d.]+)?" (\d{3}) (\d+|-)(?: |$)/;
const MONTHS: Readonly<Record<string, number>> = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };

/** The last time text read and its value: a log's lines mostly share their second with the line before. */
let lastTime = '';
let lastTimeMs = 0;

const TIME = /^(\d{2})\/([A-Za-z]{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))? ([+-]\d{4})$/;

/** timeOf: "07/Dec/2026:10:15:32 +0100" in epoch ms (NaN when it is not such a time), remembered for the next line. */
function timeOf(text: string): number {
  if (text === lastTime) return lastTimeMs;
  const m = TIME.exec(text);
  const month = m ? MONTHS[m[2]] : undefined;
  if (!m || month === undefined) return NaN;
  const offsetMin = (m[8][0] === '-' ? -1 : 1) * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(3, 5)));
  lastTimeMs = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6])) - offsetMin * 60_000 + (m[7] ? Number(`0.${m[7]}`) * 1000 : 0);
  lastTime = text;
  return lastTimeMs;
}

/**
 * parseCombined reads one line of the common or combined format (nginx, Apache); null when it is
 * not one. The common shape is read by position (a gigabyte of log is millions of lines); anything
 * unusual (a quoted user name with spaces) falls back to the full pattern.
 */
export function parseCombined(line: string): LogRecord | null {
  const open = line.indexOf(' [');
  const close = open < 0 ? -1 : line.indexOf('] "', open);
  if (close > 0) {
    const timeMs = timeOf(line.slice(open + 2, close));
    const methodStart = close + 3;
    const methodEnd = line.indexOf(' ', methodStart);
    const quote = line.indexOf('"', methodStart);
    if (Number.isFinite(timeMs) && methodEnd > methodStart && methodEnd < quote) {
      const targetEnd = line.indexOf(' ', methodEnd + 1);
      const target = line.slice(methodEnd + 1, targetEnd > 0 && targetEnd < quote ? targetEnd : quote);
      const statusStart = quote + 2;
      const status = Number(line.slice(statusStart, statusStart + 3));
      const bytesEnd = line.indexOf(' ', statusStart + 4);
      const bytesText = line.slice(statusStart + 4, bytesEnd < 0 ? line.length : bytesEnd);
      const method = line.slice(methodStart, methodEnd);
      if (line.charCodeAt(quote + 1) === 32 && status >= 100 && status < 600 && line.charCodeAt(statusStart + 3) === 32 && /^[A-Z]+$/.test(method) && target.startsWith('/') && (bytesText === '-' || /^\d+$/.test(bytesText))) {
        return { timeMs, method, target, status, bytes: bytesText === '-' ? 0 : Number(bytesText) };
      }
    }
  }
  return parseCombinedFully(line);
}

function parseCombinedFully(line: string): LogRecord | null {
  const m = COMBINED.exec(line);
  if (!m) return null;
  const timeMs = timeOf(`${m[1]}/${m[2]}/${m[3]}:${m[4]}:${m[5]}:${m[6]}${m[7] ? `.${m[7]}` : ''} ${m[8]}`);
  if (!Number.isFinite(timeMs)) return null;
  return { timeMs, method: m[9], target: m[10], status: Number(m[11]), bytes: m[12] === '-' ? 0 : Number(m[12]) };
}

/**
 * parseJsonLine reads a JSON log line (nginx `log_format … escape=json`, Envoy's JSON access log)
 * with the usual field names: time from `time`/`time_iso8601`/`start_time`/`timestamp` (or `msec`),
 * method, path (`request_uri`/`path`/`uri`, or a `request` line), status, bytes.
 */
export function parseJsonLine(line: string): LogRecord | null {
  if (!line.startsWith('{')) return null;
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
  const text = (...keys: string[]) => keys.map((k) => o[k]).find((v) => typeof v === 'string' || typeof v === 'number');
  const request = typeof o.request === 'string' ? /^([A-Z]+) (\S+)/.exec(o.request) : null;
  const method = String(text('method', 'request_method') ?? request?.[1] ?? '');
  const target = String(text('request_uri', 'path', 'uri', 'url') ?? request?.[2] ?? '');
  const status = Number(text('status', 'response_code', 'status_code'));
  const bytes = Number(text('body_bytes_sent', 'bytes_sent', 'bytes', 'response_size') ?? 0);
  const msec = text('msec');
  const when = text('time_iso8601', 'time', 'start_time', 'timestamp', 'time_local');
  const timeMs = msec !== undefined ? Number(msec) * 1000 : typeof when === 'string' ? Date.parse(when) : Number(when);
  if (!/^[A-Z]+$/.test(method) || !target.startsWith('/') || !(status >= 100 && status < 600) || !Number.isFinite(timeMs)) return null;
  return { timeMs, method, target, status, bytes: Number.isFinite(bytes) ? bytes : 0 };
}

// https 2026-12-07T10:15:32.186641Z app/lb/50dc 192.168.1.9:2817 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET https://shop.test:443/api/x?y=1 HTTP/1.1" "curl/8" …
const ALB = /^(?:https?|h2|grpcs|ws|wss) (\d{4}-\d{2}-\d{2}T[\d:.]+Z) \S+ \S+ \S+ \S+ \S+ \S+ (\d{3}|-) \S+ \d+ (\d+) "([A-Z]+|-) (\S+) [^"]*"/;

/** parseAlb reads an AWS Application Load Balancer access log entry; its request URL is absolute. */
export function parseAlb(line: string): LogRecord | null {
  const m = ALB.exec(line);
  if (!m || m[2] === '-' || m[4] === '-') return null;
  let target: string;
  try {
    const url = new URL(m[5]);
    target = url.pathname + url.search;
  } catch {
    return null;
  }
  return { timeMs: Date.parse(m[1]), method: m[4], target, status: Number(m[2]), bytes: Number(m[3]) };
}

// [2026-12-07T10:15:32.310Z] "POST /api/v1/locations HTTP/2" 204 - 154 0 226 100 "10.0.35.28" …
const ENVOY = /^\[(\d{4}-\d{2}-\d{2}T[^\]]+)\] "([A-Z]+) (\S+) [^"]*" (\d{3}) \S+ (\d+) (\d+) /;

/** parseEnvoy reads Envoy's default text access log format. */
export function parseEnvoy(line: string): LogRecord | null {
  const m = ENVOY.exec(line);
  if (!m) return null;
  const timeMs = Date.parse(m[1]);
  return Number.isFinite(timeMs) ? { timeMs, method: m[2], target: m[3], status: Number(m[4]), bytes: Number(m[6]) } : null;
}

/** parseLogLine tries each format this reads. */
export function parseLogLine(line: string): LogRecord | null {
  if (line.startsWith('{')) return parseJsonLine(line);
  if (line.startsWith('[')) return parseEnvoy(line);
  return parseCombined(line) ?? parseAlb(line);
}

/** LogFormatError: a --log-format this cannot read, in words. */
export class LogFormatError extends Error {}

/** The nginx variables a custom format can give the model, and what each is. */
const KNOWN_VARIABLES = new Set(['time_local', 'time_iso8601', 'msec', 'request', 'request_method', 'request_uri', 'uri', 'args', 'status', 'body_bytes_sent', 'bytes_sent']);

/**
 * nginxFormat: a parser for lines an nginx `log_format` wrote (`--log-format '$remote_addr … "$request" …'`).
 * Each $variable matches up to the literal text after it; only the ones the model needs are read, so
 * a logged Authorization header or cookie ($http_authorization, $http_cookie) is matched and never kept.
 */
export function nginxFormat(format: string): (line: string) => LogRecord | null {
  const names: string[] = [];
  let pattern = '^';
  const parts = format.split(/\$([A-Za-z_][A-Za-z0-9_]*)|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/);
  for (let i = 0; i < parts.length; i += 3) {
    pattern += (parts[i] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const name = parts[i + 1] ?? parts[i + 2];
    if (name === undefined) continue;
    names.push(name);
    pattern += '(.*?)';
  }
  pattern += '$';
  const has = (...vars: string[]) => vars.some((v) => names.includes(v));
  if (!has('request', 'request_uri', 'uri')) throw new LogFormatError(`the format logs no request: expected $request, or $request_uri (or $uri) with $request_method`);
  if (!has('request', 'request_method')) throw new LogFormatError('the format logs no method: expected $request or $request_method');
  if (!has('status')) throw new LogFormatError('the format logs no $status');
  if (!has('time_local', 'time_iso8601', 'msec')) throw new LogFormatError('the format logs no time: expected $time_local, $time_iso8601 or $msec (the peak rate is read from the times)');
  const regex = new RegExp(pattern);
  const index = (name: string) => names.indexOf(name) + 1;
  return (line) => {
    const m = regex.exec(line);
    if (!m) return null;
    const get = (name: string) => (KNOWN_VARIABLES.has(name) && index(name) > 0 ? m[index(name)] : undefined);
    const request = get('request') !== undefined ? /^([A-Z]+) (\S+)/.exec(get('request')!) : null;
    const method = get('request_method') ?? request?.[1];
    const target = get('request_uri') ?? request?.[2] ?? (get('uri') !== undefined ? `${get('uri')}${get('args') ? `?${get('args')}` : ''}` : undefined);
    const status = Number(get('status'));
    const local = get('time_local');
    const timeMs = get('msec') !== undefined ? Number(get('msec')) * 1000 : get('time_iso8601') !== undefined ? Date.parse(get('time_iso8601')!) : local !== undefined ? (parseCombined(`- - - [${local}] "GET / HTTP/1.1" 200 0`)?.timeMs ?? NaN) : NaN;
    const bytes = Number(get('body_bytes_sent') ?? get('bytes_sent') ?? 0);
    if (!method || !target?.startsWith('/') || !(status >= 100 && status < 600) || !Number.isFinite(timeMs)) return null;
    return { timeMs, method, target, status, bytes: Number.isFinite(bytes) ? bytes : 0 };
  };
}
