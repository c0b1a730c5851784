// A cookie jar for one virtual user on one origin (a canary and production each have their own):
// what a browser would keep from Set-Cookie and send back in Cookie (RFC 6265 §5), for the
// attributes that matter against one host: Path, Max-Age and Expires; a Domain the host is not in
// is refused, as a browser refuses it (a jar serves one origin, so a Domain that matches changes
// nothing). Secure is not enforced (a canary on http://127.0.0.1 is how people test).
// Pure, with the clock passed in.

interface Cookie {
  value: string;
  path: string;
  /** expiresMs: when it expires on the wall clock; Infinity for a session cookie. */
  expiresMs: number;
}

export class CookieJar {
  private readonly cookies = new Map<string, Cookie>();

  /** `host`: the origin's host name, which a Set-Cookie's Domain must cover. */
  constructor(private readonly host = '') {}

  /** size: cookies held (expired ones included until the next read). */
  get size(): number {
    return this.cookies.size;
  }

  /** take stores one Set-Cookie value received for a request to `requestPath`. */
  take(setCookie: string, requestPath: string, nowMs: number): void {
    const [pair, ...attributes] = setCookie.split(';');
    const eq = pair.indexOf('=');
    // A pair without a name is ignored: nothing could send it back under a name.
    if (eq <= 0) return;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    let path = defaultPath(requestPath);
    let expiresMs = Infinity;
    let maxAgeSeen = false;
    for (const attribute of attributes) {
      const at = attribute.indexOf('=');
      const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
      const val = at < 0 ? '' : attribute.slice(at + 1).trim();
      if (key === 'domain' && this.host && !domainMatches(this.host, val)) return;
      if (key === 'path' && val.startsWith('/')) path = val;
      else if (key === 'max-age' && /^-?\d+$/.test(val)) {
        // Max-Age wins over Expires whatever their order (§5.3 step 3).
        maxAgeSeen = true;
        expiresMs = Number(val) <= 0 ? -Infinity : nowMs + Number(val) * 1000;
      } else if (key === 'expires' && !maxAgeSeen) {
        const when = Date.parse(val);
        if (!Number.isNaN(when)) expiresMs = when;
      }
    }
    const key = `${name}\u0000${path}`;
    if (expiresMs <= nowMs) this.cookies.delete(key);
    else this.cookies.set(key, { value, path, expiresMs });
  }

  /** header: the Cookie header's value for a request to `requestPath`, or null when no cookie applies. Longer paths first (§5.4). */
  header(requestPath: string, nowMs: number): string | null {
    const sent: Array<[string, Cookie]> = [];
    for (const [key, cookie] of this.cookies) {
      if (cookie.expiresMs <= nowMs) {
        this.cookies.delete(key);
        continue;
      }
      if (pathMatches(requestPath, cookie.path)) sent.push([key.slice(0, key.indexOf('\u0000')), cookie]);
    }
    if (sent.length === 0) return null;
    sent.sort((a, b) => b[1].path.length - a[1].path.length);
    return sent.map(([name, cookie]) => `${name}=${cookie.value}`).join('; ');
  }

  /** value: the value of cookie `name` that a request to `requestPath` would send, or null. */
  value(name: string, requestPath: string, nowMs: number): string | null {
    let best: Cookie | null = null;
    for (const [key, cookie] of this.cookies) {
      if (key.slice(0, key.indexOf('\u0000')) !== name || cookie.expiresMs <= nowMs || !pathMatches(requestPath, cookie.path)) continue;
      if (!best || cookie.path.length > best.path.length) best = cookie;
    }
    return best?.value ?? null;
  }

  clear(): void {
    this.cookies.clear();
  }
}

/** domainMatches: RFC 6265 §5.1.3: the host is the domain (a leading dot ignored) or ends with '.' + it; an IP address only itself. */
function domainMatches(host: string, domain: string): boolean {
  const d = domain.replace(/^\./, '').toLowerCase();
  const h = host.toLowerCase();
  if (d === '' || h === d) return true;
  return !/^[\d.]+$|:/.test(h) && h.endsWith(`.${d}`);
}

/** defaultPath: RFC 6265 §5.1.4: the request path up to its last '/', or '/'. */
function defaultPath(requestPath: string): string {
  const path = requestPath.split('?')[0];
  const last = path.lastIndexOf('/');
  return last <= 0 ? '/' : path.slice(0, last);
}

/** pathMatches: RFC 6265 §5.1.4 path-match. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  const path = requestPath.split('?')[0] || '/';
  if (path === cookiePath) return true;
  if (!path.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || path[cookiePath.length] === '/';
}

/** setCookieName: the cookie name a Set-Cookie value sets, or null. */
export function setCookieName(setCookie: string): string | null {
  const pair = setCookie.split(';')[0];
  const eq = pair.indexOf('=');
  return eq <= 0 ? null : pair.slice(0, eq).trim();
}

/** setCookieValue: the value a Set-Cookie value sets, or null. */
export function setCookieValue(setCookie: string): string | null {
  const pair = setCookie.split(';')[0];
  const eq = pair.indexOf('=');
  return eq <= 0 ? null : pair.slice(eq + 1).trim();
}
