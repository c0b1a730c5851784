export const id = 10;
export const ids = [10];
export const modules = {

/***/ 59010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ importHar),
/* harmony export */   w: () => (/* binding */ HarError)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
// `loadtest import har FILE.har`: a browser recording turned into a flow people can read, run and
// edit. It keeps each API request's method, path, query and body in order, with the pauses between
// them as think time; drops what a browser fetches on its own (static assets, CORS preflights,
// other origins); and never copies a secret into the config. A credential the recording shows
// coming from an earlier response (a token in the login's JSON, a CSRF cookie echoed in a header)
// becomes a capture there and a {{ variable }} where it is used; cookies set by the recorded
// responses are the virtual user's cookie jar's; any other secret becomes a ${LOADTEST_…}
// environment variable the person sets, listed at the top of the file. Pure: text in, text out.

class HarError extends Error {
}
/** Requests a browser makes on its own, by resource type (Chrome's _resourceType) and by file extension. */
const STATIC_TYPES = new Set(['stylesheet', 'script', 'image', 'font', 'media', 'manifest', 'texttrack', 'ping', 'websocket', 'eventsource']);
const STATIC_EXTENSION = /\.(?:js|mjs|css|map|png|jpe?g|gif|svg|webp|avif|ico|bmp|woff2?|ttf|otf|eot|mp4|webm|mp3|wav|m4a|pdf|txt|wasm)$/i;
const STATIC_MIME = /^(?:image|font|audio|video)\/|^text\/css|javascript/i;
/** Headers the browser or the connection sets, which the generator sets itself or a server does not need. */
const DROPPED_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'accept-encoding', 'user-agent', 'cookie', 'referer', 'origin', 'pragma', 'cache-control', 'priority', 'upgrade-insecure-requests', 'dnt', 'te', 'keep-alive', 'if-none-match', 'if-modified-since']);
/** A name that says its value is a credential: in a header, a query parameter or a body field. */
const SECRET_NAME = /pass(word)?|secret|token|api[-_]?key|apikey|auth|session|sess(id)?|csrf|xsrf|signature|sig$|credential|private|otp|pin$/i;
/** MIN_HIDDEN_ANYWHERE: a secret this long is hidden wherever its text appears; a shorter one only where it is named. */
const MIN_HIDDEN_ANYWHERE = 8;
/** importHar turns a HAR file's text into a flow config; a file that is not a HAR is a HarError naming what is wrong. */
function importHar(text, file) {
    const entries = readEntries(text, file);
    const dropped = { assets: 0, preflights: 0, other: 0, templated: 0 };
    const candidates = entries.filter((entry) => {
        const url = safeUrl(entry.request.url);
        if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
            return (dropped.other++, false);
        if (entry.request.method.toUpperCase() === 'OPTIONS' && headerOf(entry.request.headers, 'access-control-request-method') !== null)
            return (dropped.preflights++, false);
        if (isStatic(entry, url))
            return (dropped.assets++, false);
        return true;
    });
    if (candidates.length === 0)
        throw new HarError(`${file}: no API requests to import: every one of its ${entries.length} requests was a static asset, a CORS preflight or not HTTP`);
    // The target is the origin most requests went to; the others (CDNs, analytics) are not the service.
    const origins = new Map();
    for (const entry of candidates)
        origins.set(new URL(entry.request.url).origin, (origins.get(new URL(entry.request.url).origin) ?? 0) + 1);
    const target = [...origins].sort((a, b) => b[1] - a[1])[0][0];
    const otherOrigins = [...origins].filter(([origin]) => origin !== target);
    const kept = candidates.filter((entry) => new URL(entry.request.url).origin === target);
    // First pass: every secret of every kept request (a credential-named header, cookie, query
    // parameter or body field), so a token is hidden wherever it appears, before or after the place
    // that names it. Long ones (tokens) are hidden anywhere in the text; short ones (a PIN) only
    // where their name says they are secrets, so "1" is not replaced in every number.
    const analyses = kept.map((entry, i) => analyse(entry, kept.slice(0, i)));
    const longSecrets = new Map();
    for (const analysis of analyses)
        for (const secret of analysis.secrets)
            if (secret.value.length >= MIN_HIDDEN_ANYWHERE && !longSecrets.has(secret.value))
                longSecrets.set(secret.value, secret);
    const displayPath = (pathname) => {
        let out = safeDecode(pathname);
        for (const value of [...longSecrets.keys()].sort((a, b) => b.length - a.length))
            out = out.split(value).join('…');
        return out;
    };
    const whereOf = (secret) => `${secret.where} of ${secret.entry.request.method.toUpperCase()} ${displayPath(new URL(secret.entry.request.url).pathname)}`;
    const environment = new Map();
    const numeric = new Set();
    const variables = new Map();
    const steps = [];
    const names = new Map();
    for (const [i, entry] of kept.entries()) {
        const url = new URL(entry.request.url);
        const { headers, cookies, body, secrets } = analyses[i];
        // Recorded text holding '{{' would read as a template: such a request cannot be sent as recorded.
        const recorded = [url.pathname + url.search, ...Object.values(headers), ...cookies.map(([, v]) => v), ...(body === null ? [] : body.kind === 'json' ? [JSON.stringify(body.value)] : [body.text])];
        if (recorded.some((text) => text.includes('{{'))) {
            dropped.templated++;
            continue;
        }
        // Each secret this request holds, named or not: captured from the latest earlier response that
        // holds it, else an environment variable. The first request that holds it decides.
        const text = [safeDecode(url.pathname), ...[...url.searchParams].flatMap(([k, v]) => [k, v]), ...Object.values(headers), ...cookies.map(([, v]) => v), body === null ? '' : body.kind === 'json' ? JSON.stringify(body.value) : `${body.text}\n${safeDecode(body.text)}`].join('\n');
        const held = [...secrets, ...[...longSecrets.values()].filter((secret) => text.includes(secret.value))];
        for (const secret of held) {
            if (variables.has(secret.value))
                continue;
            const source = findSource(steps, secret.value);
            if (source) {
                const name = unique(secret.name, new Set(variables.values()));
                source.step.captures[name] = source.capture;
                variables.set(secret.value, `{{ ${name} }}`);
            }
            else {
                const name = unique(`LOADTEST_${secret.name.toUpperCase()}`, new Set(environment.keys()));
                environment.set(name, whereOf(secret));
                if (secret.numeric)
                    numeric.add(name);
                variables.set(secret.value, `\${${name}}`);
            }
        }
        const placeholder = (value) => variables.get(value);
        const hideLong = (literal) => hideAll(literal, longSecrets, variables);
        const named = new Map(secrets.map((secret) => [secret.key, secret.value]));
        const path = rebuildPath(url.pathname, hideLong) + rebuildQuery(url, (key, value) => (named.has(`query ${key}`) ? placeholder(value) : hideLong(value)));
        const stepName = `${entry.request.method.toUpperCase()} ${rebuildPath(url.pathname, hideLong)}`;
        const seen = (names.get(stepName) ?? 0) + 1;
        names.set(stepName, seen);
        const step = { entry, name: seen === 1 ? stepName : `${stepName} (${seen})`, fields: {}, captures: {} };
        step.fields.name = step.name;
        if (entry.request.method.toUpperCase() !== 'GET')
            step.fields.method = entry.request.method.toUpperCase();
        step.fields.path = path;
        const shownHeaders = {};
        for (const [name, value] of Object.entries(headers)) {
            const secret = named.get(`header ${name.toLowerCase()}`);
            if (secret === undefined)
                shownHeaders[name] = hideLong(escapeDollars(value));
            else
                shownHeaders[name] = name.toLowerCase() === 'authorization' && value.endsWith(` ${secret}`) ? `${value.slice(0, -secret.length)}${placeholder(secret)}` : placeholder(secret);
        }
        if (cookies.length > 0)
            shownHeaders.Cookie = cookies.map(([name, value]) => `${name}=${placeholder(value)}`).join('; ');
        if (body?.kind === 'json')
            step.fields.json = mapFields(body.value, (key, value) => (key !== null && named.has(`field ${key}`) && String(value) === named.get(`field ${key}`) ? placeholder(String(value)) : typeof value === 'string' ? hideLong(escapeDollars(value)) : value));
        else if (body?.kind === 'form')
            step.fields.body = rebuildPairs(body.text, (key, value) => (named.has(`field ${key}`) ? placeholder(value) : hideLong(value)));
        else if (body?.kind === 'raw')
            step.fields.body = hideLong(escapeDollars(body.text));
        if (body && body.kind !== 'json' && body.mimeType && !Object.keys(shownHeaders).some((n) => n.toLowerCase() === 'content-type'))
            shownHeaders['Content-Type'] = body.mimeType;
        if (Object.keys(shownHeaders).length > 0)
            step.fields.headers = shownHeaders;
        const status = entry.response?.status ?? 0;
        if (status >= 200 && status < 400)
            step.fields.expect = { status: [status] };
        steps.push(step);
    }
    // The recorded pauses, as think time after each step (from the end of one request to the start of the next).
    const flowSteps = steps.map((step, i) => {
        const out = { ...step.fields };
        if (Object.keys(step.captures).length > 0)
            out.capture = step.captures;
        const next = steps[i + 1];
        if (next) {
            const gapMs = Date.parse(next.entry.startedDateTime) - (Date.parse(step.entry.startedDateTime) + (step.entry.time ?? 0));
            if (gapMs >= 100)
                out.think = `${Math.min(60, Math.round(gapMs / 100) / 10)}s`;
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
        ...(environment.size ? [`secrets were not copied: set ${[...environment].map(([name, where]) => `${name} (${where}${numeric.has(name) ? '; a number in the recording, sent as text' : ''})`).join(', ')}`] : []),
    ];
    const config = { load_test: { target, flows: [{ name: 'recorded', steps: flowSteps }] } };
    const header = [`Imported from ${file} by \`loadtest import har\`.`, ...notes].map((line) => `# ${line}`).join('\n');
    return { yaml: `${header}\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(config, { lineWidth: 0 })}`, notes, environment: [...environment.keys()] };
}
function readEntries(text, file) {
    let har;
    try {
        har = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new HarError(`${file}: not a HAR file: not valid JSON (${error.message})`);
    }
    const entries = har?.log?.entries;
    if (!Array.isArray(entries))
        throw new HarError(`${file}: not a HAR file: expected {"log": {"entries": [...]}} as a browser's "Save all as HAR" writes it`);
    entries.forEach((entry, i) => {
        const e = entry;
        if (typeof e?.request?.url !== 'string' || typeof e.request.method !== 'string' || typeof e.startedDateTime !== 'string')
            throw new HarError(`${file}: entry ${i + 1} has no request method, URL or startedDateTime`);
    });
    return [...entries].sort((a, b) => Date.parse(a.startedDateTime) - Date.parse(b.startedDateTime));
}
function safeUrl(text) {
    try {
        return new URL(text);
    }
    catch {
        return null;
    }
}
function isStatic(entry, url) {
    if (entry._resourceType && STATIC_TYPES.has(entry._resourceType))
        return true;
    if (STATIC_EXTENSION.test(url.pathname))
        return true;
    return entry.request.method.toUpperCase() === 'GET' && STATIC_MIME.test(entry.response?.content?.mimeType ?? '');
}
function headerOf(headers, name) {
    return headers?.find((h) => h.name.toLowerCase() === name)?.value ?? null;
}
function cookiesOf(header) {
    if (!header)
        return [];
    return header
        .split(';')
        .map((pair) => pair.trim())
        .filter((pair) => pair.includes('='))
        .map((pair) => [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1).trim()]);
}
/** setBefore: an earlier recorded response set this cookie: the virtual user's cookie jar will hold it. */
function setBefore(earlier, name, value) {
    return earlier.some((e) => (e.response?.headers ?? []).some((h) => h.name.toLowerCase() === 'set-cookie' && h.value.split('\n').some((c) => cookiesOf(c.split(';')[0]).some(([n, v]) => n === name && v === value))));
}
/** analyse: what of a recorded request to send, and every secret it names. */
function analyse(entry, earlier) {
    const url = new URL(entry.request.url);
    const secrets = [];
    const secret = (value, where, key, name, numeric = false) => {
        if (value !== '')
            secrets.push({ value, where, entry, key, name, ...(numeric ? { numeric } : {}) });
    };
    const headers = {};
    for (const { name, value } of entry.request.headers ?? []) {
        const lower = name.toLowerCase();
        if (lower.startsWith(':') || lower.startsWith('sec-') || DROPPED_HEADERS.has(lower))
            continue;
        if (lower === 'authorization') {
            const [scheme, credential] = /^(\S+)\s+(.+)$/.exec(value)?.slice(1) ?? ['', value];
            secret(credential, 'the Authorization header', 'header authorization', /^bearer$/i.test(scheme) ? 'token' : 'authorization');
        }
        else if (SECRET_NAME.test(name))
            secret(value, `the ${name} header`, `header ${lower}`, variableName(name));
        else if ((lower === 'accept' && value === '*/*') || (lower === 'content-type' && /json/i.test(value)))
            continue; // json: sets its own
        headers[name] = value;
    }
    const cookies = cookiesOf(headerOf(entry.request.headers, 'cookie')).filter(([name, value]) => !setBefore(earlier, name, value));
    for (const [name, value] of cookies)
        secret(value, `the cookie ${name}`, `cookie ${name}`, variableName(`cookie_${name}`));
    for (const [name, value] of url.searchParams)
        if (SECRET_NAME.test(name))
            secret(value, `the query parameter ${name}`, `query ${name}`, variableName(name));
    const body = bodyOf(entry);
    if (body?.kind === 'json') {
        walkFields(body.value, (key, v) => {
            if (SECRET_NAME.test(key) && (typeof v === 'string' || typeof v === 'number'))
                secret(String(v), `the ${key} field`, `field ${key}`, variableName(key), typeof v === 'number');
        });
    }
    else if (body?.kind === 'form') {
        for (const [key, v] of new URLSearchParams(body.text))
            if (SECRET_NAME.test(key))
                secret(v, `the ${key} field`, `field ${key}`, variableName(key));
    }
    return { headers, cookies, body, secrets };
}
/** bodyOf: the request body: JSON parsed, a form kept as text (its fields rebuilt when written), anything else as recorded. */
function bodyOf(entry) {
    const post = entry.request.postData;
    if (!post?.text)
        return null;
    const mimeType = post.mimeType ?? null;
    if (mimeType && /json/i.test(mimeType)) {
        try {
            return { kind: 'json', value: JSON.parse(post.text) };
        }
        catch {
            // Not JSON after all: sent as recorded.
        }
    }
    return { kind: mimeType && /x-www-form-urlencoded/i.test(mimeType) ? 'form' : 'raw', text: post.text, mimeType };
}
/** PLACEHOLDER: what the import writes in place of a secret: a captured variable or an environment variable. */
const PLACEHOLDER = /(\{\{ [A-Za-z_]\w* \}\}|\$\{LOADTEST_\w+\})/;
/** encodeKeeping percent-encodes text for a URL, leaving the placeholders as they are. */
function encodeKeeping(text) {
    return text
        .split(PLACEHOLDER)
        .map((part, i) => (i % 2 === 1 ? part : encodeURIComponent(part)))
        .join('');
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text.replace(/\+/g, ' '));
    }
    catch {
        return text;
    }
}
/** rebuildPath: each segment decoded and its secrets hidden; a segment with none stays as recorded. */
function rebuildPath(pathname, hide) {
    return pathname
        .split('/')
        .map((segment) => {
        const decoded = safeDecode(segment);
        const hidden = hide(decoded);
        return hidden === decoded ? escapeDollars(segment) : encodeKeeping(hidden);
    })
        .join('/');
}
/** rebuildPairs: "a=1&b=2" with each value as `valueOf` says; written as recorded when nothing changes. */
function rebuildPairs(text, valueOf) {
    const pairs = [...new URLSearchParams(text)];
    const values = pairs.map(([key, value]) => valueOf(key, value));
    if (values.every((v, i) => v === pairs[i][1]))
        return escapeDollars(text);
    return pairs.map(([key], i) => `${encodeURIComponent(key)}=${encodeKeeping(values[i])}`).join('&');
}
function rebuildQuery(url, valueOf) {
    return url.search === '' ? '' : `?${rebuildPairs(url.search.slice(1), valueOf)}`;
}
function walkFields(value, visit) {
    if (Array.isArray(value))
        value.forEach((v) => walkFields(v, visit));
    else if (value !== null && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) {
            visit(key, v);
            walkFields(v, visit);
        }
    }
}
/** findSource: the latest earlier step whose response holds `value`: a JSON value, a header, a cookie it set. */
function findSource(steps, value) {
    for (let i = steps.length - 1; i >= 0; i--) {
        const step = steps[i];
        const response = step.entry.response;
        if (!response)
            continue;
        const text = response.content?.text === undefined ? '' : response.content.encoding === 'base64' ? Buffer.from(response.content.text, 'base64').toString('utf8') : response.content.text;
        if (text.includes(value)) {
            try {
                const path = jsonPathTo(JSON.parse(text), value);
                if (path)
                    return { step, capture: { json: path } };
            }
            catch {
                // Not JSON: a regex would be guesswork; the header and cookie sources below may still hold it.
            }
        }
        for (const { name, value: headerValue } of response.headers ?? []) {
            if (name.toLowerCase() === 'set-cookie') {
                for (const line of headerValue.split('\n')) {
                    const [cookie] = cookiesOf(line.split(';')[0]);
                    if (cookie && cookie[1] === value)
                        return { step, capture: { cookie: cookie[0] } };
                }
            }
            else if (headerValue.trim() === value)
                return { step, capture: { header: name } };
        }
    }
    return null;
}
/** jsonPathTo: the shortest JSON path ($.a.b[0]) to a string or number equal to `value`, or null. */
function jsonPathTo(document, value) {
    const queue = [[document, '$']];
    while (queue.length > 0) {
        const [node, path] = queue.shift();
        if ((typeof node === 'string' || typeof node === 'number') && String(node) === value)
            return path;
        if (Array.isArray(node))
            node.forEach((v, i) => queue.push([v, `${path}[${i}]`]));
        else if (node !== null && typeof node === 'object') {
            for (const [key, v] of Object.entries(node))
                queue.push([v, /^[A-Za-z_$][\w$-]*$/.test(key) ? `${path}.${key}` : `${path}['${key.replace(/['\\]/g, '\\$&')}']`]);
        }
    }
    return null;
}
/** variableName: a header, field or cookie name as a variable name ("X-CSRF-Token" → x_csrf_token). */
function variableName(name) {
    const cleaned = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
    return /^[a-z_]/.test(cleaned) ? cleaned : `v_${cleaned}`;
}
function unique(name, taken) {
    const bare = (v) => v.replace(/^\{\{ | \}\}$/g, '').replace(/^\$\{|\}$/g, '');
    const names = new Set([...taken].map(bare));
    if (!names.has(name))
        return name;
    for (let i = 2;; i++)
        if (!names.has(`${name}_${i}`))
            return `${name}_${i}`;
}
/** escapeDollars: recorded text is sent as recorded: a `${` in it must not read an environment variable (the reader takes `$${` as a literal `${`). */
function escapeDollars(text) {
    // A function, because in a replacement string `$$` itself means one `$`.
    return text.replace(/\$\{/g, () => '$${');
}
/** hideAll replaces every long secret's text (and its URL-encoded forms) with its placeholder, longest first. */
function hideAll(text, secrets, placeholders) {
    let out = text;
    for (const value of [...secrets.keys()].sort((a, b) => b.length - a.length)) {
        const replacement = placeholders.get(value);
        if (replacement === undefined)
            continue;
        for (const form of new Set([value, encodeURIComponent(value), encodeURIComponent(value).replace(/%20/g, '+')]))
            out = out.split(form).join(replacement);
    }
    return out;
}
/** mapFields: a JSON value with each leaf as `map` says, given the key it is under (null in an array or at the top). */
function mapFields(value, map, key = null) {
    if (Array.isArray(value))
        return value.map((v) => mapFields(v, map, null));
    if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapFields(v, map, k)]));
    return map(key, value);
}


/***/ })

};
