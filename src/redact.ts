// Secrets never reach a log, a report or an artifact. Structured data is redacted by shape (header
// values, URL credentials, token-like query parameters); free text is scrubbed of known secret values.

export const REDACTED = '***';

const SENSITIVE_QUERY = /^(access_?token|token|api_?key|key|secret|password|passwd|pwd|auth|signature|sig|client_secret|code)$/i;

/** redactUrl hides user:password@ and the values of token-like query parameters. */
export function redactUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return redactPath(text);
  }
  if (url.username) url.username = REDACTED;
  if (url.password) url.password = REDACTED;
  for (const name of [...url.searchParams.keys()]) if (SENSITIVE_QUERY.test(name)) url.searchParams.set(name, REDACTED);
  return url.toString().replace(/%2A%2A%2A/g, REDACTED);
}

/** redactPath hides token-like query values in a path such as /api/x?api_key=…. */
export function redactPath(path: string): string {
  return path.replace(/([?&])([^=&#]+)=([^&#]*)/g, (match, sep: string, name: string) => (SENSITIVE_QUERY.test(decodeURIComponent(name)) ? `${sep}${name}=${REDACTED}` : match));
}

/** redactHeaders keeps header names and hides every value: any header may carry a credential. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.keys(headers).map((name) => [name, REDACTED]));
}

/** urlSecrets are the parts of a URL that must be scrubbed from free text: the password and token-like query values. */
export function urlSecrets(text: string): string[] {
  let url: URL;
  try {
    url = new URL(text, 'http://placeholder');
  } catch {
    return [];
  }
  const secrets = url.password ? [url.password, decodeURIComponent(url.password)] : [];
  for (const [name, value] of url.searchParams) if (SENSITIVE_QUERY.test(name) && value !== '') secrets.push(value, encodeURIComponent(value));
  return [...new Set(secrets)];
}

/** scrub replaces every occurrence of every secret in free text. */
export function scrub(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    // A secret of hex digits alone (a port, a year, a numeric tenant) is found in random hex by
    // chance: inside a longer trace-id or span-id (a run of exactly 32 or 16 hex digits) it is not
    // the secret, and scrubbing it would break the ID and its link. A run that is the secret itself
    // (a 32-hex API key) is the secret, and anything else is scrubbed as always.
    result = HEX_ONLY.test(secret) ? result.replace(HEX_RUN, (run) => (TRACE_ID_LENGTHS.has(run.length) && run.length > secret.length ? run : run.split(secret).join(REDACTED))) : result.split(secret).join(REDACTED);
  }
  return result;
}

const HEX_ONLY = /^[0-9a-fA-F]+$/;
const HEX_RUN = /[0-9a-fA-F]+/g;
const TRACE_ID_LENGTHS = new Set([16, 32]);

/**
 * scrubStrings scrubs every string inside a value (keys and numbers are left alone), for documents
 * whose text must stay valid: a secret such as "true" scrubbed from JSON text would break it.
 * Encoded histograms are left whole; they hold numbers, not text.
 */
export function scrubStrings<T>(value: T, secrets: readonly string[]): T {
  const live = secrets.filter((s) => s.length >= 4);
  if (live.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.startsWith('HISTFAAA') ? v : scrub(v, live);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
    return v;
  };
  return walk(value) as T;
}
