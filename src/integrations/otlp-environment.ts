// OpenTelemetry's own OTLP variables, read as its exporter read them when the export went through
// it: each OTEL_EXPORTER_OTLP_METRICS_* over its OTEL_EXPORTER_OTLP_* (headers merged, the
// metrics-specific ones winning), an invalid value ignored. What is honored: the headers, the
// timeout (the whole export's deadline), gzip compression, and the TLS files (a private CA, a client
// certificate and key). The endpoint variables are not read: the configured endpoint is always
// given, and OTEL_EXPORTER_OTLP_ENDPOINT alone does not turn the export on.

export interface TlsFile {
  option: 'ca' | 'cert' | 'key';
  /** variable: the variable that named the file, for a message when it cannot be read. */
  variable: string;
  path: string;
}

export interface OtlpEnvironment {
  /** headers: configured headers win over these. */
  headers: Record<string, string>;
  /** timeoutMs: the longest the export may take, every attempt and wait included. */
  timeoutMs: number;
  gzip: boolean;
  tls: TlsFile[];
  /** ignored: the variables set to a value that means nothing (or that could not be honored as given), said with the export's outcome; never a header's value. */
  ignored: string[];
}

/** DEFAULT_TIMEOUT_MS: the specification's default for OTEL_EXPORTER_OTLP_TIMEOUT. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/**
 * MAX_TIMER_MS: the longest Node's timers wait (2^31 − 1 ms, about 24.8 days). A longer one fires
 * after 1 ms instead, and AbortSignal.timeout throws on a fraction: the deadline is a whole number
 * of milliseconds within [1, MAX_TIMER_MS].
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

type Env = Readonly<Record<string, string | undefined>>;

export function otlpEnvironment(env: Env): OtlpEnvironment {
  const ignored: string[] = [];
  const names = (setting: string) => [`OTEL_EXPORTER_OTLP_METRICS_${setting}`, `OTEL_EXPORTER_OTLP_${setting}`];
  /** first: the first variable of `setting` that is set and valid, metrics-specific first. */
  const first = <T>(setting: string, parse: (value: string, name: string) => T | null, expected: string): T | null => {
    for (const name of names(setting)) {
      const value = env[name]?.trim();
      if (!value) continue;
      const parsed = parse(value, name);
      if (parsed !== null) return parsed;
      ignored.push(`${name}=${JSON.stringify(value)} is ignored: ${expected}`);
    }
    return null;
  };
  const milliseconds = (value: string, name: string): number | null => {
    const ms = Number(value);
    if (!Number.isFinite(ms) || ms <= 0) return null;
    if (ms > MAX_TIMER_MS) ignored.push(`${name}=${JSON.stringify(value)} is longer than a timer can wait: ${MAX_TIMER_MS} ms is used`);
    return Math.max(1, Math.min(MAX_TIMER_MS, Math.floor(ms)));
  };
  const timeoutMs = first('TIMEOUT', milliseconds, 'expected milliseconds above 0') ?? DEFAULT_TIMEOUT_MS;
  const compression = first('COMPRESSION', (v) => (v === 'gzip' || v === 'none' ? v : null), "expected 'gzip' or 'none'");
  const tls = (['ca', 'cert', 'key'] as const).flatMap((option): TlsFile[] => {
    const setting = { ca: 'CERTIFICATE', cert: 'CLIENT_CERTIFICATE', key: 'CLIENT_KEY' }[option];
    const variable = names(setting).find((name) => env[name]?.trim());
    return variable ? [{ option, variable, path: env[variable]!.trim() }] : [];
  });
  const [specific, general] = names('HEADERS').map((name) => keyPairs(env[name], (entry, why) => ignored.push(`entry ${entry} of ${name} was skipped: ${why}`)));
  return { headers: { ...general, ...specific }, timeoutMs, gzip: compression === 'gzip', tls, ignored };
}

/**
 * keyPairs reads the W3C Baggage-like list the OTLP header variables use: name=value,name=value,
 * URL-encoded; an entry that does not read is skipped, as OpenTelemetry skips it, and `skipped` is
 * told which (by number and why, never its text: a header's value is often a credential, and a
 * malformed entry may be one with its name missing). An empty entry (a trailing comma) is no mistake.
 */
export function keyPairs(text: string | undefined, skipped: (entry: number, why: string) => void): Record<string, string> {
  const pairs: Record<string, string> = {};
  (text ?? '').split(',').forEach((entry, index) => {
    const pair = entry.split(';')[0];
    if (!pair.trim()) return;
    const said = (why: string) => skipped(index + 1, why);
    const at = pair.indexOf('=');
    if (at <= 0) return said('expected name=value');
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(pair.slice(0, at).trim());
      value = decodeURIComponent(pair.slice(at + 1).trim());
    } catch {
      return said('a malformed %-escape');
    }
    if (!name || !value) return said(`its ${name ? 'value' : 'name'} is empty`);
    pairs[name] = value;
  });
  return pairs;
}
