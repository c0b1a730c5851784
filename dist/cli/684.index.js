export const id = 684;
export const ids = [684];
export const modules = {

/***/ 58576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ LogFormatError),
/* harmony export */   dc: () => (/* binding */ parseLogLine),
/* harmony export */   qm: () => (/* binding */ nginxFormat)
/* harmony export */ });
/* unused harmony exports parseCombined, parseJsonLine, parseAlb, parseEnvoy */
// Access log lines as the servers write them: nginx `combined` (and Apache's common and combined,
// which nginx's default copies), AWS ALB, Envoy and JSON lines, read into plain records. One line at
// a time (the only memory is the last time text read, which the next line usually repeats): the
// caller streams the file. A line that does not parse is null, for the caller to count and sample.
// 127.0.0.1 - user [07/Dec/2026:09:12:01 +0000] "GET /api/users/42?x=1 HTTP/1.1" 200 512 "referer" "agent"
const COMBINED = /^\S+ \S+ (?:\S+|"[^"]*") \[(\d{2})\/([A-Za-z]{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))? ([+-]\d{4})\] "([A-Z]+) (\S+)(?: HTTP\/[\d.]+)?" (\d{3}) (\d+|-)(?: |$)/;
const MONTHS = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };
/** The last time text read and its value: a log's lines mostly share their second with the line before. */
let lastTime = '';
let lastTimeMs = 0;
const TIME = /^(\d{2})\/([A-Za-z]{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))? ([+-]\d{4})$/;
/** timeOf: "07/Dec/2026:10:15:32 +0100" in epoch ms (NaN when it is not such a time), remembered for the next line. */
function timeOf(text) {
    if (text === lastTime)
        return lastTimeMs;
    const m = TIME.exec(text);
    const month = m ? MONTHS[m[2]] : undefined;
    if (!m || month === undefined)
        return NaN;
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
function parseCombined(line) {
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
function parseCombinedFully(line) {
    const m = COMBINED.exec(line);
    if (!m)
        return null;
    const timeMs = timeOf(`${m[1]}/${m[2]}/${m[3]}:${m[4]}:${m[5]}:${m[6]}${m[7] ? `.${m[7]}` : ''} ${m[8]}`);
    if (!Number.isFinite(timeMs))
        return null;
    return { timeMs, method: m[9], target: m[10], status: Number(m[11]), bytes: m[12] === '-' ? 0 : Number(m[12]) };
}
/**
 * parseJsonLine reads a JSON log line (nginx `log_format … escape=json`, Envoy's JSON access log)
 * with the usual field names: time from `time`/`time_iso8601`/`start_time`/`timestamp` (or `msec`),
 * method, path (`request_uri`/`path`/`uri`, or a `request` line), status, bytes.
 */
function parseJsonLine(line) {
    if (!line.startsWith('{'))
        return null;
    let o;
    try {
        o = JSON.parse(line);
    }
    catch {
        return null;
    }
    const text = (...keys) => keys.map((k) => o[k]).find((v) => typeof v === 'string' || typeof v === 'number');
    const request = typeof o.request === 'string' ? /^([A-Z]+) (\S+)/.exec(o.request) : null;
    const method = String(text('method', 'request_method') ?? request?.[1] ?? '');
    const target = String(text('request_uri', 'path', 'uri', 'url') ?? request?.[2] ?? '');
    const status = Number(text('status', 'response_code', 'status_code'));
    const bytes = Number(text('body_bytes_sent', 'bytes_sent', 'bytes', 'response_size') ?? 0);
    const msec = text('msec');
    const when = text('time_iso8601', 'time', 'start_time', 'timestamp', 'time_local');
    const timeMs = msec !== undefined ? Number(msec) * 1000 : typeof when === 'string' ? Date.parse(when) : Number(when);
    if (!/^[A-Z]+$/.test(method) || !target.startsWith('/') || !(status >= 100 && status < 600) || !Number.isFinite(timeMs))
        return null;
    return { timeMs, method, target, status, bytes: Number.isFinite(bytes) ? bytes : 0 };
}
// https 2026-12-07T10:15:32.186641Z app/lb/50dc 192.168.1.9:2817 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET https://shop.test:443/api/x?y=1 HTTP/1.1" "curl/8" …
const ALB = /^(?:https?|h2|grpcs|ws|wss) (\d{4}-\d{2}-\d{2}T[\d:.]+Z) \S+ \S+ \S+ \S+ \S+ \S+ (\d{3}|-) \S+ \d+ (\d+) "([A-Z]+|-) (\S+) [^"]*"/;
/** parseAlb reads an AWS Application Load Balancer access log entry; its request URL is absolute. */
function parseAlb(line) {
    const m = ALB.exec(line);
    if (!m || m[2] === '-' || m[4] === '-')
        return null;
    let target;
    try {
        const url = new URL(m[5]);
        target = url.pathname + url.search;
    }
    catch {
        return null;
    }
    return { timeMs: Date.parse(m[1]), method: m[4], target, status: Number(m[2]), bytes: Number(m[3]) };
}
// [2026-12-07T10:15:32.310Z] "POST /api/v1/locations HTTP/2" 204 - 154 0 226 100 "10.0.35.28" …
const ENVOY = /^\[(\d{4}-\d{2}-\d{2}T[^\]]+)\] "([A-Z]+) (\S+) [^"]*" (\d{3}) \S+ (\d+) (\d+) /;
/** parseEnvoy reads Envoy's default text access log format. */
function parseEnvoy(line) {
    const m = ENVOY.exec(line);
    if (!m)
        return null;
    const timeMs = Date.parse(m[1]);
    return Number.isFinite(timeMs) ? { timeMs, method: m[2], target: m[3], status: Number(m[4]), bytes: Number(m[6]) } : null;
}
/** parseLogLine tries each format this reads. */
function parseLogLine(line) {
    if (line.startsWith('{'))
        return parseJsonLine(line);
    if (line.startsWith('['))
        return parseEnvoy(line);
    return parseCombined(line) ?? parseAlb(line);
}
/** LogFormatError: a --log-format this cannot read, in words. */
class LogFormatError extends Error {
}
/** The nginx variables a custom format can give the model, and what each is. */
const KNOWN_VARIABLES = new Set(['time_local', 'time_iso8601', 'msec', 'request', 'request_method', 'request_uri', 'uri', 'args', 'status', 'body_bytes_sent', 'bytes_sent']);
/**
 * nginxFormat: a parser for lines an nginx `log_format` wrote (`--log-format '$remote_addr … "$request" …'`).
 * Each $variable matches up to the literal text after it; only the ones the model needs are read, so
 * a logged Authorization header or cookie ($http_authorization, $http_cookie) is matched and never kept.
 */
function nginxFormat(format) {
    const names = [];
    let pattern = '^';
    const parts = format.split(/\$([A-Za-z_][A-Za-z0-9_]*)|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/);
    for (let i = 0; i < parts.length; i += 3) {
        pattern += (parts[i] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const name = parts[i + 1] ?? parts[i + 2];
        if (name === undefined)
            continue;
        names.push(name);
        pattern += '(.*?)';
    }
    pattern += '$';
    const has = (...vars) => vars.some((v) => names.includes(v));
    if (!has('request', 'request_uri', 'uri'))
        throw new LogFormatError(`the format logs no request: expected $request, or $request_uri (or $uri) with $request_method`);
    if (!has('request', 'request_method'))
        throw new LogFormatError('the format logs no method: expected $request or $request_method');
    if (!has('status'))
        throw new LogFormatError('the format logs no $status');
    if (!has('time_local', 'time_iso8601', 'msec'))
        throw new LogFormatError('the format logs no time: expected $time_local, $time_iso8601 or $msec (the peak rate is read from the times)');
    const regex = new RegExp(pattern);
    const index = (name) => names.indexOf(name) + 1;
    return (line) => {
        const m = regex.exec(line);
        if (!m)
            return null;
        const get = (name) => (KNOWN_VARIABLES.has(name) && index(name) > 0 ? m[index(name)] : undefined);
        const request = get('request') !== undefined ? /^([A-Z]+) (\S+)/.exec(get('request')) : null;
        const method = get('request_method') ?? request?.[1];
        const target = get('request_uri') ?? request?.[2] ?? (get('uri') !== undefined ? `${get('uri')}${get('args') ? `?${get('args')}` : ''}` : undefined);
        const status = Number(get('status'));
        const local = get('time_local');
        const timeMs = get('msec') !== undefined ? Number(get('msec')) * 1000 : get('time_iso8601') !== undefined ? Date.parse(get('time_iso8601')) : local !== undefined ? (parseCombined(`- - - [${local}] "GET / HTTP/1.1" 200 0`)?.timeMs ?? NaN) : NaN;
        const bytes = Number(get('body_bytes_sent') ?? get('bytes_sent') ?? 0);
        if (!method || !target?.startsWith('/') || !(status >= 100 && status < 600) || !Number.isFinite(timeMs))
            return null;
        return { timeMs, method, target, status, bytes: Number.isFinite(bytes) ? bytes : 0 };
    };
}


/***/ }),

/***/ 44050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H1: () => (/* binding */ byteRanges),
/* harmony export */   IM: () => (/* binding */ eachLine),
/* harmony export */   f8: () => (/* binding */ logKind),
/* harmony export */   lY: () => (/* binding */ gunzipped),
/* harmony export */   tM: () => (/* binding */ eachLineIn)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
// A log's lines, read for `loadtest model`: a gzip file streamed (uncompressed as it comes), a plain
// file's lines from a byte range of it (the whole file, or one part of it, so that parts of one
// big log can be read at once).



/** CHUNK_BYTES: one read of a plain file: a log is read once, front to back, and each read costs a turn of the event loop. */
const CHUNK_BYTES = 1024 * 1024;
/**
 * eachLine: a stream's lines (a gzip file's), split on the bytes and handed over synchronously, chunk by chunk
 * (readline's per-line events, or an async generator's per-line promise, cost more than the
 * parsing). Read as latin1, byte for byte: a log's request targets are ASCII, non-ASCII
 * percent-encoded, and the parsers decode those themselves. A CR before the LF is dropped.
 */
async function eachLine(stream, onLine) {
    let rest = null;
    for await (const chunk of stream) {
        const buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
        let start = 0;
        for (let end = buffer.indexOf(10, start); end >= 0; end = buffer.indexOf(10, start)) {
            onLine(buffer.toString('latin1', start, end > start && buffer[end - 1] === 13 ? end - 1 : end));
            start = end + 1;
        }
        rest = start < buffer.length ? buffer.subarray(start) : null;
    }
    if (rest)
        onLine(rest.toString('latin1'));
}
/** gunzipped: a gzip file's bytes, uncompressed as they are read (in small reads: each allocates its own buffer). */
function gunzipped(file) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { highWaterMark: 64 * 1024 }).pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)());
}
/** logKind: whether a file is gzip (by its magic bytes, whatever its name) and its size on disk. */
async function logKind(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const head = Buffer.alloc(2);
        const { bytesRead } = await handle.read(head, 0, 2, 0);
        return { gzip: bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b, bytes: (await handle.stat()).size };
    }
    finally {
        await handle.close();
    }
}
/** byteRanges: a file of `bytes` cut into `parts` ranges of about equal size, [start, end) each. */
function byteRanges(bytes, parts) {
    return Array.from({ length: parts }, (_, k) => ({ start: Math.floor((bytes * k) / parts), end: Math.floor((bytes * (k + 1)) / parts) }));
}
/**
 * eachLineIn: the lines of a plain file that start in [start, end), as eachLine hands them over.
 * A line belongs to the range its first byte is in: a range starting mid-line leaves that line to
 * the range before, and a range reads past its end to finish its last line. So the ranges of
 * byteRanges, read apart, give every line exactly once.
 */
async function eachLineIn(file, start, end, onLine) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        // One buffer, reused: a read per chunk allocating its own would leave the process holding
        // hundreds of megabytes the allocator never hands back. A line longer than the buffer grows it.
        let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        // From the byte before the range: if it ends a line, the range's first line starts at `start`.
        let position = start > 0 ? start - 1 : 0;
        let skipping = start > 0;
        /** held: bytes at the front of the buffer: the unfinished line from the read before. */
        let held = 0;
        for (;;) {
            if (held === buffer.length)
                buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
            const { bytesRead } = await handle.read(buffer, held, buffer.length - held, position);
            /** base: the file offset of buffer[0]. */
            const base = position - held;
            position += bytesRead;
            const filled = buffer.subarray(0, held + bytesRead);
            let from = 0;
            for (let nl = filled.indexOf(10, from); nl >= 0; nl = filled.indexOf(10, from)) {
                if (skipping)
                    skipping = false;
                else if (base + from >= end)
                    return;
                else
                    onLine(filled.toString('latin1', from, nl > from && filled[nl - 1] === 13 ? nl - 1 : nl));
                from = nl + 1;
            }
            if (bytesRead === 0) {
                if (!skipping && from < filled.length && base + from < end)
                    onLine(filled.toString('latin1', from));
                return;
            }
            filled.copy(buffer, 0, from);
            held = filled.length - from;
        }
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 85097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TY: () => (/* binding */ TrafficModel)
});

// UNUSED EXPORTS: SAMPLE_ROWS, SECRET_PARAM, maskedLine

;// CONCATENATED MODULE: ./src/model/peaks.ts
// Counting requests per second (or minute) over a log of any length, in plain data a part's state
// can be posted between threads in, with pure functions:
// - Peaks: a route's busiest unit in bounded memory: counts are held only for the units near the
//   latest seen (servers write lines as requests end, so a line is at most a request's duration
//   out of order) and near the first (where an earlier part of a split log may hold the rest of
//   that unit's requests); a unit that falls out of both is final, and only the largest final count
//   is kept. A line for a unit already final (a log more out of order than the window, or two logs
//   of the same hours) makes the peak a lower bound: `exact` turns false, and the report says so.
// - Series: every unit's exact count (the whole log's seconds and minutes: the peak and the
//   per-minute rates the written rate is read from), 4 bytes a unit over the log's span.
function newPeaks(window) {
    return { window, run: NaN, runCount: 0, held: new Map(), first: Infinity, latest: -Infinity, peak: 0, exact: true };
}
function countIn(peaks, unit) {
    if (unit === peaks.run) {
        peaks.runCount++;
        return;
    }
    endRun(peaks);
    if (!peaks.held.has(unit) && settled(peaks, unit))
        peaks.exact = false;
    peaks.run = unit;
    peaks.runCount = 1;
    if (unit > peaks.latest)
        peaks.latest = unit;
    if (unit < peaks.first)
        peaks.first = unit;
}
/** endRun: the run's count into `held`, settling the units that are final when too many are held. */
function endRun(peaks) {
    if (peaks.runCount === 0)
        return;
    peaks.held.set(peaks.run, (peaks.held.get(peaks.run) ?? 0) + peaks.runCount);
    peaks.runCount = 0;
    peaks.run = NaN;
    if (peaks.held.size > 4 * peaks.window)
        settle(peaks);
}
/** absorbPeaks: the counts of another part of the same log (units held at either end add up). */
function absorbPeaks(into, other) {
    endRun(into);
    endRun(other);
    // Parts of one log meet at their ends; logs of the same hours overlap where both settled units.
    if (into.first <= into.latest && other.first <= other.latest && other.first < into.latest - into.window && other.latest > into.first + into.window)
        into.exact = false;
    into.exact &&= other.exact;
    for (const [unit, n] of other.held)
        into.held.set(unit, (into.held.get(unit) ?? 0) + n);
    into.first = Math.min(into.first, other.first);
    into.latest = Math.max(into.latest, other.latest);
    into.peak = Math.max(into.peak, other.peak);
    settle(into);
}
/** peakOf: the largest count of any unit, held ones included (the log is over). */
function peakOf(peaks) {
    endRun(peaks);
    let peak = peaks.peak;
    for (const n of peaks.held.values())
        if (n > peak)
            peak = n;
    return peak;
}
/** settled: a unit beyond the window from both ends is final. */
function settled(peaks, unit) {
    return unit < peaks.latest - peaks.window && unit > peaks.first + peaks.window;
}
/** settle: the final units' counts go into the peak. */
function settle(peaks) {
    for (const [unit, n] of peaks.held) {
        if (settled(peaks, unit)) {
            if (n > peaks.peak)
                peaks.peak = n;
            peaks.held.delete(unit);
        }
    }
}
/** MAX_SPAN: the units held densely: 8.4 M (97 days of seconds, 32 MB); a timestamp years off goes to the Map instead. */
const MAX_SPAN = 1 << 23;
/** SLACK: room made around a unit when the array grows, for the lines a little out of order. */
const SLACK = 1024;
function newSeries() {
    return { origin: NaN, counts: new Uint32Array(0), outside: new Map(), run: NaN, runCount: 0 };
}
function countInSeries(series, unit) {
    if (unit === series.run) {
        series.runCount++;
        return;
    }
    endSeriesRun(series);
    series.run = unit;
    series.runCount = 1;
}
function endSeriesRun(series) {
    if (series.runCount === 0)
        return;
    addAt(series, series.run, series.runCount);
    series.run = NaN;
    series.runCount = 0;
}
function addAt(series, unit, n) {
    if (Number.isNaN(series.origin)) {
        series.origin = unit - SLACK;
        series.counts = new Uint32Array(4 * SLACK);
    }
    let at = unit - series.origin;
    if (at < 0 || at >= series.counts.length) {
        // Grow towards the unit, doubling, unless the span would pass MAX_SPAN.
        const end = series.origin + series.counts.length;
        const origin = at < 0 ? Math.min(unit - SLACK, end - 2 * series.counts.length) : series.origin;
        const newEnd = at < 0 ? end : Math.max(unit + SLACK, series.origin + 2 * series.counts.length);
        if (newEnd - origin > MAX_SPAN) {
            series.outside.set(unit, (series.outside.get(unit) ?? 0) + n);
            return;
        }
        const grown = new Uint32Array(newEnd - origin);
        grown.set(series.counts, series.origin - origin);
        series.counts = grown;
        series.origin = origin;
        at = unit - origin;
    }
    series.counts[at] += n;
}
/** absorbSeries: another part's counts added in. */
function absorbSeries(into, other) {
    endSeriesRun(into);
    endSeriesRun(other);
    for (let i = 0; i < other.counts.length; i++)
        if (other.counts[i] > 0)
            addAt(into, other.origin + i, other.counts[i]);
    for (const [unit, n] of other.outside)
        addAt(into, unit, n);
}
/** seriesCounts: every unit with a count, in order. */
function seriesCounts(series) {
    endSeriesRun(series);
    const out = [];
    for (let i = 0; i < series.counts.length; i++)
        if (series.counts[i] > 0)
            out.push([series.origin + i, series.counts[i]]);
    for (const entry of series.outside)
        out.push(entry);
    return out.sort((a, b) => a[0] - b[0]);
}
/** seriesMax: the largest count of any unit. */
function seriesMax(series) {
    endSeriesRun(series);
    let max = 0;
    for (let i = 0; i < series.counts.length; i++)
        if (series.counts[i] > max)
            max = series.counts[i];
    for (const n of series.outside.values())
        if (n > max)
            max = n;
    return max;
}

// EXTERNAL MODULE: ./src/model/routes.ts
var model_routes = __webpack_require__(5891);
;// CONCATENATED MODULE: ./src/model/model.ts
// The traffic model: access log records folded, one at a time and in bounded memory, into routes
// (method and template), their shares, sizes and status mix, samples of their parameters' real
// values, and the per-second and per-minute rates the peak is read from. Pure: the caller streams
// the lines in.


/** SAMPLE_ROWS: real parameter values kept per route (a reservoir: every request equally likely). */
const SAMPLE_ROWS = 1000;
/**
 * FOLD_AT: distinct routes held before the first fold of high-cardinality positions. Folding early
 * keeps memory small (5,000 blog posts would otherwise each hold a route, with its reservoirs,
 * until the end); the limit doubles whenever folding cannot halve the routes (a big fixed table).
 */
const FOLD_AT = 256;
/** QUERY_SHARE: a query parameter in at least this share of a route's requests is part of its template. */
const QUERY_SHARE = 0.5;
/** A query parameter whose name says it is a credential is never modelled, nor its values sampled. */
const SECRET_PARAM = /pass(word)?|secret|token|api[-_]?key|apikey|^key$|auth|session|sess(id)?|csrf|xsrf|signature|^sig$|credential|code|ticket/i;
const EMAIL_VALUE = /[^@\s]+@[^@\s]+\.[A-Za-z]{2,}/;
class TrafficModel {
    known;
    /** known: the router's own templates (--routes), which win over any guess. */
    constructor(known = []) {
        this.known = known;
    }
    routes = new Map();
    /** perSecond, perMinute: every second's and minute's requests, exactly (the peak, and the per-minute rates the written rate is read from). */
    perSecond = newSeries();
    perMinute = newSeries();
    requests = 0;
    firstMs = Infinity;
    lastMs = -Infinity;
    unparsedCount = 0;
    unparsedSamples = [];
    secretParams = new Map();
    emails = 0;
    state = 0x9e3779b9;
    /** secretNames: whether a query parameter's name says it is a credential, remembered (a few hundred names repeat over millions of lines). */
    secretNames = new Map();
    /** limit: routes held before folding; raised when folding cannot bring them down (a big but fixed route table). */
    limit = FOLD_AT;
    /** add folds one parsed request in. Per line of a log of gigabytes: nothing is built that is not kept. */
    add(record) {
        this.requests++;
        if (record.timeMs < this.firstMs)
            this.firstMs = record.timeMs;
        if (record.timeMs > this.lastMs)
            this.lastMs = record.timeMs;
        const second = Math.floor(record.timeMs / 1000);
        countInSeries(this.perSecond, second);
        countInSeries(this.perMinute, Math.floor(second / 60));
        const q = record.target.indexOf('?');
        const path = q < 0 ? record.target : record.target.slice(0, q);
        let values = [];
        // A route the service's router declares (--routes) wins over any guess.
        const known = this.known.length > 0 ? (0,model_routes/* matchKnown */.BA)(this.known, record.method, path) : null;
        if (known)
            values = known.values;
        let route = this.routes.get(known ? (0,model_routes/* keyOf */.TN)(record.method, known.route.segments) : (0,model_routes/* routeKeyOf */.WK)(record.method, path, values));
        if (!route && known) {
            route = { ...emptyRoute(record.method, known.route.segments), known: true };
            this.routes.set((0,model_routes/* keyOf */.TN)(record.method, known.route.segments), route);
        }
        if (!route) {
            const segments = (0,model_routes/* segmentsOf */.OD)(path).segments;
            // A route folded into a {slug} before: its requests go to the folded route.
            route = this.folded(record.method, segments, values) ?? emptyRoute(record.method, segments);
            if (route.count === 0) {
                this.routes.set((0,model_routes/* keyOf */.TN)(record.method, segments), route);
                if (this.routes.size > this.limit) {
                    this.fold();
                    if (this.routes.size > this.limit / 2)
                        this.limit *= 2;
                    route = this.routes.get((0,model_routes/* keyOf */.TN)(record.method, segments)) ?? this.folded(record.method, segments, values);
                }
            }
        }
        route.count++;
        route.statuses[Math.floor(record.status / 100)]++;
        countIn(route.perSecond, second);
        countIn(route.perMinute, Math.floor(second / 60));
        const sizeAt = this.slot(route.count, route.sizes.length);
        if (sizeAt >= 0)
            route.sizes[sizeAt] = record.bytes;
        // Which query parameters the route's requests carry (counted every time), and the secret ones left out.
        let query = null;
        if (q >= 0) {
            query = record.target.slice(q + 1);
            for (const pair of query.split('&')) {
                const eq = pair.indexOf('=');
                const name = eq < 0 ? pair : pair.slice(0, eq);
                if (name === '')
                    continue;
                let secret = this.secretNames.get(name);
                if (secret === undefined && this.secretNames.size < 10_000)
                    this.secretNames.set(name, (secret = SECRET_PARAM.test(name)));
                if (secret ?? SECRET_PARAM.test(name))
                    this.secretParams.set(name, (this.secretParams.get(name) ?? 0) + 1);
                else
                    route.query.set(name, (route.query.get(name) ?? 0) + 1);
            }
        }
        const email = values.some((v) => v.includes('@') && EMAIL_VALUE.test(v)) || (query !== null && (query.includes('@') || query.includes('%40')) && EMAIL_VALUE.test(safeDecode(query)));
        if (email)
            this.emails++;
        route.seen++;
        const sampleAt = this.slot(route.seen, route.samples.length);
        if (sampleAt < 0)
            return;
        // Kept: only now are its values decoded; an e-mail address is never one of them (emptied, its row dropped when written).
        const sampled = {};
        if (query !== null) {
            for (const [name, value] of new URLSearchParams(query))
                if (!SECRET_PARAM.test(name) && !EMAIL_VALUE.test(value))
                    sampled[name] = value;
        }
        route.samples[sampleAt] = { path: values.map((v) => (v.includes('@') && EMAIL_VALUE.test(v) ? '' : v)), query: sampled };
    }
    /** folded: the route this path's requests go to since a fold made one of its words a {slug}; null if none. */
    folded(method, segments, values) {
        for (const [i, s] of segments.entries()) {
            if (typeof s !== 'string')
                continue;
            const route = this.routes.get((0,model_routes/* keyOf */.TN)(method, segments.map((t, j) => (j === i ? { kind: 'slug' } : t))));
            if (route) {
                // The word is the slug's value, in its place among the parameters.
                values.splice(segments.slice(0, i).filter((t) => typeof t !== 'string').length, 0, s);
                return route;
            }
        }
        return null;
    }
    /** addUnparsed counts a line no format read; the first few are kept for the summary, shortened, their secrets masked. */
    addUnparsed(line) {
        this.unparsedCount++;
        if (this.unparsedSamples.length < 5) {
            const masked = maskedLine(line);
            this.unparsedSamples.push(masked.length > 120 ? `${masked.slice(0, 120)}…` : masked);
        }
    }
    result() {
        this.fold();
        const routes = [...this.routes.values()].sort((a, b) => b.count - a.count);
        const minutes = seriesCounts(this.perMinute);
        return {
            requests: this.requests,
            firstMs: this.firstMs,
            lastMs: this.lastMs,
            routes: routes.map((r) => ({
                method: r.method,
                template: (0,model_routes/* keyOf */.TN)(r.method, r.segments).slice(r.method.length + 1),
                segments: r.segments,
                count: r.count,
                share: this.requests === 0 ? 0 : r.count / this.requests,
                p50Bytes: median(r.sizes),
                statuses: Object.fromEntries(r.statuses.flatMap((n, c) => (n > 0 ? [[`${c}xx`, n]] : []))),
                query: [...r.query].filter(([, n]) => n >= QUERY_SHARE * r.count).map(([name]) => name).sort(),
                peakPerSecond: peakOf(r.perSecond),
                peakMinutePerSecond: peakOf(r.perMinute) / 60,
                peaksExact: r.perSecond.exact && r.perMinute.exact,
                samples: r.samples,
            })),
            peakPerSecond: seriesMax(this.perSecond),
            peakMinutePerSecond: seriesMax(this.perMinute) / 60,
            minuteRates: minutes.map(([, n]) => n / 60),
            unparsed: { count: this.unparsedCount, samples: this.unparsedSamples },
            dropped: { secretParams: this.secretParams, emails: this.emails },
        };
    }
    /** fold: positions with too many distinct words become parameters, and their routes merge. */
    fold() {
        const collapse = (0,model_routes/* slugPositions */.eP)([...this.routes.values()].filter((r) => !r.known));
        if (collapse.size === 0)
            return;
        for (const [key, positions] of collapse) {
            const route = this.routes.get(key);
            if (!route)
                continue;
            this.routes.delete(key);
            this.put(foldedAt(route, positions));
        }
    }
    /** put: a route in the model: added, or combined with the one of the same template. */
    put(route) {
        const key = (0,model_routes/* keyOf */.TN)(route.method, route.segments);
        const into = this.routes.get(key);
        if (!into) {
            this.routes.set(key, route);
            return;
        }
        into.statuses.forEach((_, c) => (into.statuses[c] += route.statuses[c]));
        for (const [name, n] of route.query)
            into.query.set(name, (into.query.get(name) ?? 0) + n);
        into.sizes = this.mergedReservoir(into.sizes, into.count, route.sizes, route.count);
        into.samples = this.mergedReservoir(into.samples, into.seen, route.samples, route.seen);
        into.count += route.count;
        into.seen += route.seen;
        absorbPeaks(into.perSecond, route.perSecond);
        absorbPeaks(into.perMinute, route.perMinute);
    }
    /** snapshot: the model's state as plain data (a worker's part of a split log, posted to the thread that merges). */
    snapshot() {
        return { requests: this.requests, firstMs: this.firstMs, lastMs: this.lastMs, routes: [...this.routes.values()], perSecond: this.perSecond, perMinute: this.perMinute, unparsedCount: this.unparsedCount, unparsedSamples: this.unparsedSamples, secretParams: this.secretParams, emails: this.emails };
    }
    /**
     * absorb: another part of the same evidence (a snapshot of a model fed other lines), merged in as
     * if its lines had been added here: counts add, reservoirs merge fairly, and a route this model
     * already folded into a {slug} takes the other's requests for its words.
     */
    absorb(other) {
        this.requests += other.requests;
        this.firstMs = Math.min(this.firstMs, other.firstMs);
        this.lastMs = Math.max(this.lastMs, other.lastMs);
        absorbSeries(this.perSecond, other.perSecond);
        absorbSeries(this.perMinute, other.perMinute);
        this.unparsedCount += other.unparsedCount;
        for (const sample of other.unparsedSamples)
            if (this.unparsedSamples.length < 5)
                this.unparsedSamples.push(sample);
        for (const [name, n] of other.secretParams)
            this.secretParams.set(name, (this.secretParams.get(name) ?? 0) + n);
        this.emails += other.emails;
        for (const route of other.routes) {
            if (route.known || this.routes.has((0,model_routes/* keyOf */.TN)(route.method, route.segments))) {
                this.put(route);
                continue;
            }
            this.put(route);
        }
        // Either side may have folded words the other still holds as routes of their own: into the {slug}s.
        this.intoSlugs();
        if (this.routes.size > this.limit)
            this.fold();
    }
    /** intoSlugs: every route whose word is, at its position, a {slug} some route of the same shape already has, merged into that route. */
    intoSlugs() {
        for (const [key, route] of [...this.routes]) {
            if (route.known)
                continue;
            const at = route.segments.findIndex((s, i) => typeof s === 'string' && this.routes.has((0,model_routes/* keyOf */.TN)(route.method, route.segments.map((t, j) => (j === i ? { kind: 'slug' } : t)))));
            if (at < 0)
                continue;
            this.routes.delete(key);
            this.put(foldedAt(route, [at]));
        }
    }
    /**
     * mergedReservoir: one sample of up to SAMPLE_ROWS from two, as if one reservoir had seen both
     * streams: each draw is from the requests not yet drawn, so it takes from `a` with the chance
     * its requests are of those left (a hypergeometric split), and the item is one of `a`'s, at random.
     */
    mergedReservoir(a, seenA, b, seenB) {
        if (b.length === 0)
            return a;
        if (a.length === 0)
            return b;
        const shuffled = (items) => {
            const out = [...items];
            for (let i = out.length - 1; i > 0; i--) {
                const j = this.next() % (i + 1);
                [out[i], out[j]] = [out[j], out[i]];
            }
            return out;
        };
        const [fromA, fromB] = [shuffled(a), shuffled(b)];
        let [leftA, leftB] = [seenA, seenB];
        const out = [];
        let [i, j] = [0, 0];
        while (out.length < SAMPLE_ROWS && (i < fromA.length || j < fromB.length)) {
            const takeA = j >= fromB.length || (i < fromA.length && (this.next() / 2 ** 32) * (leftA + leftB) < leftA);
            if (takeA) {
                out.push(fromA[i++]);
                leftA--;
            }
            else {
                out.push(fromB[j++]);
                leftB--;
            }
        }
        return out;
    }
    /** slot: where the `seen`-th item goes in a reservoir holding `held` (Algorithm R): an index, or -1 when it is not kept. */
    slot(seen, held) {
        if (held < SAMPLE_ROWS)
            return held;
        const j = this.next() % seen;
        return j < SAMPLE_ROWS ? j : -1;
    }
    /** next: the seeded xorshift's next value, 0 … 2^32 − 1 (the same evidence always samples the same rows). */
    next() {
        this.state ^= this.state << 13;
        this.state ^= this.state >>> 17;
        this.state ^= this.state << 5;
        return this.state >>> 0;
    }
}
/**
 * maskedLine: a log line that did not parse, safe to show: credential-named values (query, cookie
 * or JSON), bearer and basic credentials, JWTs and e-mail addresses replaced by ***. It did not
 * parse, so nothing is known of its shape: every place a secret could be is masked.
 */
function maskedLine(line) {
    return line
        .replace(/(Bearer|Basic|Digest|Token)(\s+)[^\s"',;]+/gi, '$1$2***')
        .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '***')
        .replace(/("([^"\\]*)"\s*:\s*)"((?:[^"\\]|\\.)*)"/g, (all, head, name) => (SECRET_PARAM.test(name) ? `${head}"***"` : all))
        .replace(/([\w.-]+)=([^&\s"';,]+)/g, (all, name) => (SECRET_PARAM.test(name) ? `${name}=***` : all))
        .replace(/[^@\s/?&=;:"',<>()[\]]+(@|%40)[^@\s/?&=;:"',<>()[\]]+\.[A-Za-z]{2,}/g, '***');
}
/** PEAK_WINDOW_SECONDS: how far out of order a line may be logged and still count with its second (see peaks.ts). */
const PEAK_WINDOW_SECONDS = 60;
function emptyRoute(method, segments) {
    return { method, segments, count: 0, statuses: [0, 0, 0, 0, 0, 0], sizes: [], samples: [], seen: 0, query: new Map(), perSecond: newPeaks(PEAK_WINDOW_SECONDS), perMinute: newPeaks(2) };
}
/** foldedAt: a route with the words at `positions` made a {slug}, the words becoming the first values of its samples. */
function foldedAt(route, positions) {
    const segments = route.segments.map((s, i) => (positions.includes(i) ? { kind: 'slug' } : s));
    const words = positions.map((i) => route.segments[i]);
    return { ...route, segments, samples: route.samples.map((s) => ({ ...s, path: withWords(route.segments, s.path, positions, words) })) };
}
/** withWords: a sample's path values with the folded positions' words put in their places. */
function withWords(segments, values, positions, words) {
    const out = [];
    let v = 0;
    segments.forEach((s, i) => {
        if (positions.includes(i))
            out.push(words[positions.indexOf(i)]);
        else if (typeof s !== 'string')
            out.push(values[v++]);
    });
    return out;
}
function median(values) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)];
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text.replace(/\+/g, ' '));
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 30684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lineFolder: () => (/* binding */ lineFolder),
/* harmony export */   modelOfPart: () => (/* binding */ modelOfPart),
/* harmony export */   readPart: () => (/* binding */ readPart)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _access_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58576);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85097);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44050);
// One part of a split log for `loadtest model`: its lines folded into a traffic model whose state
// goes back to the thread that merges the parts. The same code reads a part on the calling thread
// when there are no worker threads (in-process, in tests).




/** lineFolder: a line handler that parses each line into the model, counting those no format reads. */
function lineFolder(model, parse) {
    return (line) => {
        if (line === '')
            return;
        const record = parse(line);
        if (record)
            model.add(record);
        else
            model.addUnparsed(line);
    };
}
/** modelOfPart: one part of a log read into a model of its own; its state, to be absorbed in order. */
async function modelOfPart(part) {
    const model = new _model_js__WEBPACK_IMPORTED_MODULE_3__/* .TrafficModel */ .TY(part.known);
    await (0,_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .eachLineIn */ .tM)(part.file, part.start, part.end, lineFolder(model, part.logFormat === null ? _access_log_js__WEBPACK_IMPORTED_MODULE_1__/* .parseLogLine */ .dc : (0,_access_log_js__WEBPACK_IMPORTED_MODULE_1__/* .nginxFormat */ .qm)(part.logFormat)));
    return model.snapshot();
}
/** readPart: the worker thread's whole work: its part (workerData) read, the state or the error posted back. */
async function readPart() {
    try {
        node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage({ state: await modelOfPart(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData) });
    }
    catch (error) {
        node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage({ error: error.message, code: error.code });
    }
}


/***/ })

};
