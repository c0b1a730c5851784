export const id = 891;
export const ids = [891];
export const modules = {

/***/ 5891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ matchKnown),
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   OD: () => (/* binding */ segmentsOf),
/* harmony export */   Sr: () => (/* binding */ parseRoutes),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   WK: () => (/* binding */ routeKeyOf),
/* harmony export */   eP: () => (/* binding */ slugPositions)
/* harmony export */ });
/* unused harmony exports SLUG_SIBLINGS, SLUG_SIBLINGS_WITH_DIGITS */
// Route templates without being told: a request path's segments that are identifiers (numbers,
// UUIDs, hashes, e-mail addresses) become parameters by their shape; a position where the same
// route has very many distinct words (slugs) becomes a parameter by its cardinality. Fixed words
// ("users", "orders") never collapse: a word without a digit needs 100 distinct siblings first,
// which no router table has. Pure.
/**
 * parseRoutes reads a --routes file: one template a line, `GET /api/users/{id}` or `/users/:id`
 * (any method), `#` comments. Returns the routes, or the first line that is not one.
 */
function parseRoutes(text) {
    const routes = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].replace(/#.*$/, '').trim();
        if (line === '')
            continue;
        const m = /^(?:([A-Za-z]+)\s+)?(\/\S*)$/.exec(line);
        if (!m)
            return { line: i + 1, error: `expected a route like "GET /api/users/{id}" or "/api/users/:id", got '${line}'` };
        const segments = m[2]
            .split('/')
            .slice(1)
            .map((part) => {
            const name = /^\{([^}]+)\}$|^:(\w+)$|^<(?:\w+:)?(\w+)>$/.exec(part);
            return name ? { kind: 'id', name: name[1] ?? name[2] ?? name[3] } : part;
        });
        routes.push({ method: m[1]?.toUpperCase() ?? null, segments });
    }
    return { routes };
}
/** matchKnown: the known route a request's path takes, and its parameters' values; null when none fits. */
function matchKnown(known, method, path) {
    const parts = path.split('/').slice(1);
    for (const route of known) {
        if ((route.method !== null && route.method !== method) || route.segments.length !== parts.length)
            continue;
        const values = [];
        let fits = true;
        for (let i = 0; i < parts.length && fits; i++) {
            const s = route.segments[i];
            if (typeof s === 'string')
                fits = s === parts[i];
            else
                values.push(decoded(parts[i]));
        }
        if (fits)
            return { route, values };
    }
    return null;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HASH = /^(?=.*\d)[0-9a-f]{16,}$/i;
const TOKENISH = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_-]{20,}$/;
const EMAIL = /^[^@\s/]+@[^@\s/]+\.[A-Za-z]{2,}$/;
/** kindOf: a segment's parameter kind by its shape alone, or null for a word. Cheap tests first: it runs per segment of every logged request. */
function kindOf(segment) {
    const n = segment.length;
    if (n === 0)
        return null;
    let digits = true;
    for (let i = 0; i < n && digits; i++) {
        const c = segment.charCodeAt(i);
        digits = c >= 48 && c <= 57;
    }
    if (digits)
        return 'id';
    if (n === 36 && UUID.test(segment))
        return 'uuid';
    if (n >= 16 && (HASH.test(segment) || TOKENISH.test(segment)))
        return 'hash';
    if (segment.includes('@') && EMAIL.test(segment))
        return 'email';
    return null;
}
/**
 * routeKeyOf: keyOf(method, segmentsOf(path).segments) in one pass, the parameters' values pushed
 * into `values`: the per-line form, which builds no segment objects.
 */
function routeKeyOf(method, path, values) {
    let key = `${method} `;
    let start = 1;
    while (start <= path.length) {
        let end = path.indexOf('/', start);
        if (end < 0)
            end = path.length;
        const raw = path.slice(start, end);
        const text = raw.includes('%') ? decoded(raw) : raw;
        const kind = kindOf(text);
        key += kind ? `/{${kind}}` : `/${text}`;
        if (kind)
            values.push(text);
        start = end + 1;
    }
    return key;
}
function decoded(raw) {
    try {
        return decodeURIComponent(raw);
    }
    catch {
        return raw;
    }
}
/** SLUG_SIBLINGS: distinct words at one position of one route before they are one parameter; with digits in most of them, SLUG_SIBLINGS_WITH_DIGITS. */
const SLUG_SIBLINGS = 100;
const SLUG_SIBLINGS_WITH_DIGITS = 20;
/** segmentsOf: a path's segments, each decoded, with identifiers already parameters. */
function segmentsOf(path) {
    const segments = [];
    const values = [];
    for (const raw of path.split('/').slice(1)) {
        let text = raw;
        try {
            text = decodeURIComponent(raw);
        }
        catch {
            // Kept as logged.
        }
        const kind = kindOf(text);
        if (kind) {
            segments.push({ kind });
            values.push(text);
        }
        else
            segments.push(text);
    }
    return { segments, values };
}
/** keyOf: a route's identity: method and segments, parameters written {kind}. */
function keyOf(method, segments) {
    return `${method} /${segments.map((s) => (typeof s === 'string' ? s : `{${s.name ?? s.kind}}`)).join('/')}`;
}
/**
 * slugPositions: for routes (method and segments) seen with their counts, the (route, position)
 * pairs whose words are so many that they are a parameter. Returns, for each route key, the
 * positions to collapse.
 */
function slugPositions(routes) {
    const siblings = new Map();
    const groupOf = (method, segments, i) => `${method} ${segments.length} ${i} ${segments.map((s, j) => (j === i ? '*' : typeof s === 'string' ? s : `{${s.kind}}`)).join('/')}`;
    for (const { method, segments } of routes) {
        segments.forEach((s, i) => {
            if (typeof s !== 'string')
                return;
            const group = groupOf(method, segments, i);
            let words = siblings.get(group);
            if (!words)
                siblings.set(group, (words = new Set()));
            if (words.size <= SLUG_SIBLINGS)
                words.add(s);
        });
    }
    const collapse = new Map();
    for (const { method, segments } of routes) {
        segments.forEach((s, i) => {
            if (typeof s !== 'string')
                return;
            const words = siblings.get(groupOf(method, segments, i));
            const digits = [...words].filter((w) => /\d/.test(w)).length;
            if (words.size >= SLUG_SIBLINGS || (words.size >= SLUG_SIBLINGS_WITH_DIGITS && digits >= 0.8 * words.size)) {
                const key = keyOf(method, segments);
                collapse.set(key, [...(collapse.get(key) ?? []), i]);
            }
        });
    }
    return collapse;
}


/***/ })

};
