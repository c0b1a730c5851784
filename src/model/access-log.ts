// Access log lines as the servers write them: nginx `combined` (and Apache's common and combined,
// which nginx's default copies), read into plain records. One line at a time, no state: the caller
// streams the file. A line that does not parse is null, for the caller to count and sample.

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

/** parseCombined reads one line of the common or combined format (nginx, Apache); null when it is not one. */
export function parseCombined(line: string): LogRecord | null {
  const m = COMBINED.exec(line);
  if (!m) return null;
  const month = MONTHS[m[2]];
  if (month === undefined) return null;
  const offset = m[8];
  const offsetMin = (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  const fraction = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  const timeMs = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6])) - offsetMin * 60_000 + fraction;
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

/** parseLogLine tries each format this reads. */
export function parseLogLine(line: string): LogRecord | null {
  return line.startsWith('{') ? parseJsonLine(line) : parseCombined(line);
}
