export const id = 372;
export const ids = [372];
export const modules = {

/***/ 84073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ judgeRun)
});

;// CONCATENATED MODULE: ./src/slo/regression-verdict.ts
// The baseline's part of the verdict, as a rule over plain facts: a regression fails the gate
// unless fail_on_regression is off; a comparison the generator's own delay held, or a baseline that
// could not be compared with this run at all (another HTTP version), is "inconclusive" for a run
// that would otherwise pass: the regression check the user asked for was not made, and a pass would
// say it was. Anything else leaves the verdict as the SLOs made it.
/** NOT_JUDGED_AGAINST_BASELINE: how a verdict held by a baseline that could not be compared says so (its reasons start with it). */
const NOT_JUDGED_AGAINST_BASELINE = 'regression vs baseline not judged: ';
function withRegressionVerdict(run, regression) {
    const unchanged = { verdict: run.verdict, reasons: [...run.reasons], note: null };
    if (regression.verdict !== 'fail') {
        // Not "too little data": the run could not tell because its own generator was slow; that is the verdict.
        if (regression.heldReasons.length > 0 && run.verdict === 'pass' && regression.failOnRegression)
            return { verdict: 'inconclusive', reasons: regression.heldReasons.map((r) => `regression vs baseline not decided: ${r}`), note: null };
        // Asked for and not made: a person has to compare like for like (the reason says how) or take a new baseline.
        if (regression.notComparable !== null && run.verdict === 'pass' && regression.failOnRegression)
            return { verdict: 'inconclusive', reasons: [`${NOT_JUDGED_AGAINST_BASELINE}${regression.notComparable}`], note: null };
        if (regression.notComparable !== null)
            return { ...unchanged, note: `not compared with the baseline: ${regression.notComparable}` };
        return unchanged;
    }
    if (!regression.failOnRegression)
        return { ...unchanged, note: 'this run regressed from the baseline, but fail_on_regression is off: the gate does not fail on it' };
    const reasons = regression.reasons.map((r) => `regression vs baseline: ${r}`);
    return { verdict: 'fail', reasons: run.verdict === 'pass' ? reasons : [...run.reasons, ...reasons], note: null };
}

// EXTERNAL MODULE: ./src/slo/verdict.ts + 1 modules
var verdict = __webpack_require__(46616);
;// CONCATENATED MODULE: ./src/slo/decide.ts
// The one judge's last step: a run's whole verdict from its parts, before any report exists.
//   1. the SLO judgement (slo/verdict.ts): thresholds, a dead service, the generator's findings;
//   2. a canary's comparison with production: it fails if either fails, passes only if both pass;
//   3. the baseline's part (slo/regression-verdict.ts): a regression fails the gate unless
//      fail_on_regression is off; one the generator's own delay could explain holds a pass.
// What the parts decided but did not change, and what the SLO verdict stands on (a check too close
// to call), is said as notices. Pure.


function decide(parts) {
    const judged = parts.comparison ? (0,verdict/* withComparison */.aS)(parts.slo, parts.comparison) : parts.slo;
    const sloNotes = parts.slo.notes ?? [];
    if (!parts.regression)
        return { ...judged, notices: [...sloNotes] };
    const outcome = withRegressionVerdict(judged, parts.regression);
    return { ...judged, verdict: outcome.verdict, reasons: outcome.reasons, notices: [...sloNotes, ...parts.regression.notices, ...(outcome.note ? [outcome.note] : [])] };
}

// EXTERNAL MODULE: ./src/app/regression.ts + 1 modules
var app_regression = __webpack_require__(44341);
;// CONCATENATED MODULE: ./src/app/judge.ts
// A run's whole verdict, before its report exists: the SLO judgement it was measured with, a
// canary's comparison with production (in the body), and the baseline's part, composed by the one
// judge (slo/decide.ts). Both the pipeline and a rollout's stages come through here.


function judgeRun(run, plan, baseline) {
    // A run that decided early compares at the level its looks spent (app/look.ts), the one its decision rested on.
    const confidence = run.body.sequential?.confidence.baseline ?? plan.baseline?.confidence;
    const regression = baseline && plan.baseline && run.body.status !== 'unreachable' ? (0,app_regression/* compareWithBaseline */.$)(run.body, baseline, { ...plan.baseline, confidence: confidence }, plan.endpoints, plan.vocabulary) : null;
    const comparison = run.body.comparison;
    return { regression, decision: decide({ slo: run.slo, comparison, regression: regression && (0,app_regression/* regressionPart */.z)(regression) }) };
}


/***/ }),

/***/ 44341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ compareWithBaseline),
  z: () => (/* binding */ regressionPart)
});

// EXTERNAL MODULE: ./src/config/vocabulary.ts
var config_vocabulary = __webpack_require__(58724);
;// CONCATENATED MODULE: ./src/baseline/comparable.ts
// Whether this run can be judged against its baseline at all. Latency and errors measured over
// different HTTP versions are not like for like: HTTP/2 carries many requests on a few
// connections, HTTP/1.1 one at a time on each, and each fails in its own ways. A baseline whose
// load went over another version than this run's is therefore not judged against: no rule is
// applied, and the reason names both versions and both ways out (http_version, or a new baseline).
// Where either side does not say (a Locust CSV, a results.json from before HTTP/2, a merge of
// shards that differed, a run on virtual connections) the comparison is made as before. Pure.

const NAME = { '1.1': 'HTTP/1.1', '2': 'HTTP/2' };
/** unlikeProtocol: why this run cannot be judged against a baseline recorded over `baseline`, or null when it can. */
function unlikeProtocol(baseline, run, vocabulary) {
    if (!baseline || !run || baseline.version === run.version)
        return null;
    // A canary held to HTTP/1.1 by a production without h2 cannot be loaded over HTTP/2: no setting compares it with this baseline.
    if (run.sharedVersion)
        return `the baseline's load went over ${NAME[baseline.version]} (http_version ${baseline.asked}) and this run's over ${NAME[run.version]}, because production does not offer h2 and a canary is loaded over the version both arms share: latency and errors over different HTTP versions are not like for like, so the regression rules were not applied; only a baseline recorded over ${NAME[run.version]} can be compared (${(0,config_vocabulary/* giveOption */.V)(vocabulary, 'load_test.http_version', '1.1')} where the baseline is recorded)`;
    // What loads the target as the baseline was loaded: 1.1; for HTTP/2 the baseline's own auto, unless this run asked for auto already.
    const value = baseline.version === '1.1' ? '1.1' : baseline.asked === 'auto' && run.asked !== 'auto' ? 'auto' : '2';
    return `the baseline's load went over ${NAME[baseline.version]} (http_version ${baseline.asked}) and this run's over ${NAME[run.version]} (http_version ${run.asked}): latency and errors over different HTTP versions are not like for like, so the regression rules were not applied; ${(0,config_vocabulary/* giveOption */.V)(vocabulary, 'load_test.http_version', value)} to compare with this baseline, or refresh the baseline with a run over ${NAME[run.version]}`;
}

// EXTERNAL MODULE: ./src/engine/random.ts
var random = __webpack_require__(96027);
// EXTERNAL MODULE: ./src/slo/compare/judge.ts + 1 modules
var judge = __webpack_require__(21543);
// EXTERNAL MODULE: ./src/slo/compare/blocks.ts
var blocks = __webpack_require__(39888);
// EXTERNAL MODULE: ./src/slo/generator.ts
var generator = __webpack_require__(10225);
;// CONCATENATED MODULE: ./src/app/regression.ts
// This run against its baseline: the comparison judge with this run as the subject and the baseline
// as the reference, each endpoint by its own rules where it has them. What that means for the verdict
// is the judge's (slo/decide.ts): here are the comparison's rows and its facts. Too little data to
// tell is said as such; no baseline at all is a notice, never a pass of the rules; a baseline that
// cannot be compared with this run (its load went over another HTTP version: baseline/comparable.ts)
// is not judged against, and says why, never a pass of the rules either. Pure.





/** compareWithBaseline: `vocabulary` words the way out of a baseline that cannot be compared (config/vocabulary.ts). */
function compareWithBaseline(report, lookup, plan, endpoints, vocabulary) {
    const common = { confidence: plan.confidence, criteriaAreDefaults: plan.criteriaAreDefaults, failOnRegression: plan.failOnRegression, rulesSource: plan.rulesSource };
    if (!lookup.found)
        return { ...common, status: 'no-baseline', verdict: null, reasons: [lookup.reason], baseline: null, rows: [], unmatched: [] };
    const { baseline } = lookup;
    const unlike = unlikeProtocol(baseline.protocol, report.protocol, vocabulary);
    // Judged against nothing: no rows, and no history carried on (the next baseline's starts with this run).
    if (unlike)
        return { ...common, status: 'not-comparable', verdict: 'inconclusive', reasons: [unlike], baseline: baselineSummary(baseline, []), rows: [], unmatched: [] };
    const scopes = [{ name: null, subject: { ...report.overall, blocks: (0,blocks/* measuredBlocks */.hb)(report.timeseries) }, reference: baseline.overall }];
    const unmatched = [];
    report.endpoints.forEach((endpoint, i) => {
        const match = matchEndpoint(endpoint, baseline.endpoints);
        if (!match)
            unmatched.push(endpoint.name);
        else
            scopes.push({ name: endpoint.name, subject: endpoint, reference: match, criteria: endpoints[i]?.regression ?? undefined });
    });
    const comparison = (0,judge/* compareSamples */.r_)({
        scopes,
        criteria: plan.criteria,
        confidence: plan.confidence,
        random: (0,random/* seededRandom */.I)(report.plan.seed, 0xba5e),
        names: { subject: 'this run', reference: 'baseline' },
        // The baseline ran at another time: each side's seconds give its own spread.
        pairedInTime: false,
        required: plan.required,
        // The baseline ran on another machine at another time: what this run's generator added is not in it.
        subjectDelay: report.generator.delayShares?.length ? { shares: report.generator.delayShares, bounds: report.generator.addedDelayMs ?? (0,generator/* uniformDelay */.Y2)(report.generator.eventLoopLagMs.max) } : undefined,
    });
    const rows = comparison.results.map((r) => ({
        scope: r.scope,
        metric: r.metric,
        baseline: r.reference,
        current: r.subject,
        changePercent: r.reference === 0 ? null : Math.round(((r.subject - r.reference) / r.reference) * 100_000) / 1000,
        difference: r.difference,
        low: Number.isFinite(r.low) ? r.low : null,
        high: Number.isFinite(r.high) ? r.high : null,
        nBaseline: r.nReference,
        nCurrent: r.nSubject,
        rule: r.rule,
        verdict: r.verdict,
        reason: r.verdict === 'inconclusive' && !r.generatorHeld && !(0,judge/* notJudged */.be)(r) ? `not enough data: ${r.reason}` : r.reason,
        ...(r.generatorHeld ? { generatorHeld: true } : {}),
        ...(r.advisory ? { advisory: true } : {}),
        ...(r.timeBlocks ? { timeBlocks: r.timeBlocks } : {}),
        ...(r.baselineRuns ? { baselineRuns: r.baselineRuns, ...(r.betweenFromBatches ? { betweenFromBatches: true } : {}) } : {}),
    }));
    const decisive = (r) => r.verdict === comparison.verdict && (r.verdict === 'fail' || (r.scope === null && !(r.advisory && !r.generatorHeld)));
    const reasons = comparison.verdict === 'pass' ? [comparison.reasons[0].replace('the comparison rules', 'the regression rules')] : rows.filter(decisive).map((r) => r.reason);
    return {
        ...common,
        status: 'compared',
        verdict: comparison.verdict,
        reasons,
        baseline: baselineSummary(baseline, baseline.history),
        rows,
        unmatched,
    };
}
/** baselineSummary: where the baseline came from and its latency for charts; `history`: the runs this run was judged against. */
function baselineSummary(baseline, history) {
    return {
        kind: baseline.kind,
        source: baseline.source,
        startedAt: baseline.startedAt,
        runUrl: baseline.runUrl,
        requests: baseline.overall.requests,
        latency: { histogram: baseline.overall.histograms?.latency ?? null, quantiles: baseline.overall.quantiles ? baseline.overall.quantiles.map(([q, ms]) => [q, ms]) : null },
        history,
        protocol: baseline.protocol,
    };
}
/** regressionPart: the comparison's facts for the judge (slo/decide.ts), and the notices it adds whatever the verdict. */
function regressionPart(regression) {
    const notices = [];
    if (regression.status === 'no-baseline')
        notices.push(`no baseline to compare with: ${regression.reasons[0]}; the regression rules were not applied`);
    else if (regression.verdict === 'inconclusive' && regression.rows.some((r) => r.verdict === 'inconclusive' && !r.generatorHeld && !r.advisory))
        notices.push(`not enough data to tell whether this run regressed from the baseline (${regression.reasons.length} metric${regression.reasons.length === 1 ? '' : 's'} undecided)`);
    if (regression.unmatched.length > 0)
        notices.push(`the baseline has no numbers for ${regression.unmatched.join(', ')}`);
    return {
        verdict: regression.verdict,
        reasons: regression.reasons,
        failOnRegression: regression.failOnRegression,
        heldReasons: regression.rows.filter((r) => r.generatorHeld).map((r) => r.reason),
        // The verdict's rule says it: as the reason of a held pass, else as a notice.
        notComparable: regression.status === 'not-comparable' ? regression.reasons[0] : null,
        notices,
    };
}
/** matchEndpoint finds an endpoint's baseline by name, else by method and path (Locust names requests by path). */
function matchEndpoint(endpoint, candidates) {
    const bare = endpoint.name.startsWith(`${endpoint.method} `) ? endpoint.name.slice(endpoint.method.length + 1) : endpoint.name;
    return (candidates.find((c) => c.name === endpoint.name) ??
        candidates.find((c) => c.method === endpoint.method && (c.path === endpoint.path || c.name === bare)) ??
        candidates.find((c) => c.method === '' && c.name === bare));
}


/***/ }),

/***/ 99908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uw: () => (/* binding */ measureRun),
  O1: () => (/* binding */ runLoadTest)
});

// UNUSED EXPORTS: loadAndJudge

// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(55285);
// EXTERNAL MODULE: ./src/template/request.ts
var template_request = __webpack_require__(80255);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/client/classify.ts
var classify = __webpack_require__(28717);
// EXTERNAL MODULE: ./src/client/trace-context.ts
var trace_context = __webpack_require__(43488);
;// CONCATENATED MODULE: ./src/client/request.ts
// A request serialized once per endpoint, so the hot loop writes one ready-made buffer.




const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
/** BODY_METHODS send a content-length even when empty, as servers expect for these methods. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
/**
 * prepareRequests joins each endpoint to the target's base path, merges global and endpoint
 * headers (endpoint wins, names compared without case) and serializes the result. `trace`: each
 * request leads its headers with a traceparent for every send to stamp; one the user set is replaced
 * (config/sections/requests.ts says so).
 */
function prepareRequests(target, endpoints, globalHeaders, known = new Map(), trace = null) {
    const base = new URL(target);
    const basePath = base.pathname.replace(/\/+$/, '');
    return endpoints.map((endpoint, index) => {
        const headers = new Map();
        // First, so that a send finds it right after the request line (trace-context.ts stampTraceparent).
        if (trace)
            headers.set('traceparent', (0,trace_context/* traceparentHeader */.xH)(trace.sampled));
        headers.set('host', ['Host', base.host]);
        headers.set('user-agent', ['User-Agent', `${version/* TOOL_NAME */.l}/${version/* TOOL_VERSION */.w}`]);
        headers.set('accept', ['Accept', '*/*']);
        const without = new Set(endpoint.withoutHeaders ?? []);
        for (const [name, value] of [...Object.entries(globalHeaders).filter(([name]) => !without.has(name.toLowerCase())), ...Object.entries(endpoint.headers)]) {
            if (!(trace && name.toLowerCase() === 'traceparent'))
                headers.set(name.toLowerCase(), [name, value]);
        }
        // Framing is ours to set: a user's content-length or transfer-encoding could only break it.
        headers.delete('content-length');
        headers.delete('transfer-encoding');
        for (const [name, value] of headers.values()) {
            if (/[\r\n]/.test(name) || /[\r\n]/.test(value))
                throw new Error(`header ${name} contains a line break`);
        }
        // Templates anywhere in the request, load_test.headers' included, as they will be sent.
        // A flow step is written per hit even without templates: its cookies and captured values are the user's.
        const template = endpoint.templated || endpoint.session ? (0,template_request/* compileEndpoint */.Bf)({ path: endpoint.path, headers: Object.fromEntries([...headers.values()]), body: endpoint.body, ...(endpoint.json !== undefined ? { json: endpoint.json } : {}) }, known) : null;
        const framed = endpoint.body !== null || BODY_METHODS.has(endpoint.method);
        const common = { endpoint: index, method: endpoint.method, isHead: endpoint.method === 'HEAD', idempotent: IDEMPOTENT.has(endpoint.method), expected: (0,classify/* statusTable */.XR)(endpoint.expectStatus), ...(trace ? { traced: true } : {}) };
        if (template) {
            // No path of its own: the target's, as a literal request sends it.
            const pathBase = endpoint.path === '' ? encodedPath(base.pathname + base.search) : basePath;
            const render = templatedWriter(endpoint.method, pathBase, template, headers, framed);
            const pathPieces = joined(template.path.map((piece) => (typeof piece === 'string' ? encodedPath(piece) : piece)));
            return { ...common, bytes: Buffer.alloc(0), template: { endpoint: template, render, path: (values) => pathBase + (0,template_request/* write */.M9)(pathPieces, values) } };
        }
        const path = encodedPath(endpoint.path === '' ? base.pathname + base.search : basePath + endpoint.path);
        const body = endpoint.body === null ? null : Buffer.from(endpoint.body);
        if (framed)
            headers.set('content-length', ['Content-Length', String(body?.length ?? 0)]);
        const head = `${endpoint.method} ${path} HTTP/1.1\r\n${[...headers.values()].map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`;
        return { ...common, bytes: body === null ? Buffer.from(head, 'latin1') : Buffer.concat([Buffer.from(head, 'latin1'), body]) };
    });
}
/**
 * templatedWriter: the request written from one hit's values: the path's and the headers' pieces,
 * the body's, and a Content-Length counted from the body as written, since values change its size.
 */
function templatedWriter(method, basePath, template, headers, framed) {
    // A step's own Cookie header (a session from before the recording) leads; the user's jar's cookies follow it on the same line.
    const templatedHeaders = new Map(template.headers.map(([name, pieces]) => [name.toLowerCase(), pieces]));
    const ownCookie = headers.get('cookie');
    const cookieName = ownCookie?.[0] ?? 'Cookie';
    const cookiePieces = ownCookie ? joined(templatedHeaders.get('cookie') ?? [ownCookie[1]]) : null;
    // The whole head up to Content-Length as one list of pieces, neighbouring literals joined: one
    // pass per request. Literal path text is encoded once, as a literal path is; values as written.
    const headPieces = joined([
        `${method} ${basePath}`,
        ...template.path.map((piece) => (typeof piece === 'string' ? encodedPath(piece) : piece)),
        ' HTTP/1.1\r\n',
        ...[...headers.entries()].filter(([key]) => key !== 'cookie').flatMap(([key, [name, value]]) => (templatedHeaders.has(key) ? [`${name}: `, ...templatedHeaders.get(key), '\r\n'] : [`${name}: ${value}\r\n`])),
    ]);
    const bodyPieces = template.body && joined(template.body);
    return (values, cookie) => {
        let head = (0,template_request/* write */.M9)(headPieces, values);
        const body = bodyPieces ? (0,template_request/* write */.M9)(bodyPieces, values) : null;
        const bodyBytes = body === null ? 0 : Buffer.byteLength(body);
        if (cookiePieces)
            head += `${cookieName}: ${(0,template_request/* write */.M9)(cookiePieces, values)}${cookie ? `; ${cookie}` : ''}\r\n`;
        else if (cookie)
            head += `${cookieName}: ${cookie}\r\n`;
        if (framed)
            head += `Content-Length: ${bodyBytes}\r\n`;
        head += '\r\n';
        // One buffer, written in place: the head as latin1 (as a literal request's is), the body as UTF-8.
        const bytes = Buffer.allocUnsafe(head.length + bodyBytes);
        bytes.write(head, 0, 'latin1');
        if (body !== null)
            bytes.write(body, head.length, 'utf8');
        return bytes;
    };
}
/** encodedPath: a literal path as written, characters outside printable ASCII percent-encoded (as UTF-8); existing %XX escapes stay. */
function encodedPath(text) {
    return text.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
}
/** joined: neighbouring literal pieces as one. */
function joined(pieces) {
    const out = [];
    for (const piece of pieces) {
        if (typeof piece === 'string' && typeof out[out.length - 1] === 'string')
            out[out.length - 1] += piece;
        else if (piece !== '')
            out.push(piece);
    }
    return out;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
;// CONCATENATED MODULE: ./src/client/http1-parser.ts
// An HTTP/1.1 response parser for the load path: it finds the status, the framing headers
// (content-length, transfer-encoding, connection) and the end of the body, counting body bytes
// without keeping them. Framing follows RFC 9112 §6.3: no body for HEAD, 1xx, 204 and 304; else
// chunked when transfer-encoding ends in chunked; else content-length; else until the connection
// closes. Interim 1xx responses (100 Continue, 103 Early Hints) are skipped.
//
// It is as strict as llhttp (Node's and undici's parser) with its lenient flags off, which is
// Node's default: every line ends in CRLF, and a bare LF is refused (llhttp: "Missing expected CR
// after header value"); a header name is a token directly followed by the colon (no space before
// it); obsolete line folding is refused; a response with both Transfer-Encoding and
// Content-Length is refused rather than framed one way or the other (RFC 9112 §6.3: a request
// smuggling vector); a repeated or malformed Content-Length is refused; chunk sizes and chunk
// extensions follow the grammar. Where we are stricter than llhttp on purpose (only HTTP/1.0 and
// HTTP/1.1, no status below 100), __tests__/http1-differential.test.ts lists it.
//
// Every refusal throws a ParseError whose `reason` is one of PARSE_REASONS, a stable string.
//
// Why not llhttp? Node's own binding is internal and undici's copy is private; measured on this
// machine, undici's request path costs about a third of the generator's time per request, and a
// parser that ignores everything but framing is the difference between ~1.1× and ~1.6× autocannon.
const CR = 13;
const LF = 10;
const SP = 32;
const HTAB = 9;
const COLON = 58;
const SEMICOLON = 59;
const EQUALS = 61;
const DQUOTE = 34;
const BACKSLASH = 92;
/** MAX_HEAD_BYTES: a response head (or trailer section) larger than this is refused as a protocol error (Node's default is 16 KB). */
const MAX_HEAD_BYTES = 64 * 1024;
/** MAX_CHUNK_LINE_BYTES: a chunk-size line longer than this is refused (Node limits chunk extensions to 16 KiB). */
const MAX_CHUNK_LINE_BYTES = 16 * 1024;
const PARSE_REASONS = (/* unused pure expression or super */ null && ([
    'head too large',
    'trailers too large',
    'bare LF',
    'CR without LF',
    'invalid status line',
    'unsupported HTTP version',
    'invalid status code',
    'obsolete line folding',
    'space before colon',
    'invalid header name',
    'invalid header value',
    'invalid Content-Length',
    'duplicate Content-Length',
    'both Transfer-Encoding and Content-Length',
    'framing header in trailers',
    'invalid chunk size',
    'invalid chunk extension',
    'chunk line too long',
    'missing CRLF after chunk data',
]));
/** ParseError: the server's bytes are not valid HTTP/1.1; `reason` says which rule they broke. */
class ParseError extends Error {
    reason;
    code = 'HPE_INVALID';
    constructor(reason) {
        super(reason);
        this.reason = reason;
        this.name = 'ParseError';
    }
}
/** TOKEN[byte] is 1 for tchar (RFC 9110 §5.6.2). */
const TOKEN = new Uint8Array(256);
for (const c of "!#$%&'*+-.^_`|~")
    TOKEN[c.charCodeAt(0)] = 1;
for (let c = 48; c <= 57; c++)
    TOKEN[c] = 1;
for (let c = 65; c <= 90; c++)
    TOKEN[c] = 1;
for (let c = 97; c <= 122; c++)
    TOKEN[c] = 1;
/** FIELD[byte] is 1 for a byte allowed in a field value (VCHAR, obs-text, SP, HTAB). */
const FIELD = new Uint8Array(256);
FIELD[HTAB] = 1;
FIELD.fill(1, 0x20, 0x7f);
FIELD.fill(1, 0x80, 0x100);
/** HEX[byte] is the digit's value plus one, 0 for a byte that is not a hex digit. */
const HEX = new Uint8Array(256);
for (let c = 0; c < 10; c++)
    HEX[48 + c] = c + 1;
for (let c = 0; c < 6; c++)
    HEX[65 + c] = HEX[97 + c] = c + 11;
var State;
(function (State) {
    State[State["Head"] = 0] = "Head";
    State[State["Length"] = 1] = "Length";
    State[State["ChunkSize"] = 2] = "ChunkSize";
    State[State["ChunkExtension"] = 3] = "ChunkExtension";
    State[State["ChunkSizeLF"] = 4] = "ChunkSizeLF";
    State[State["ChunkData"] = 5] = "ChunkData";
    State[State["ChunkDataEnd"] = 6] = "ChunkDataEnd";
    State[State["Trailers"] = 7] = "Trailers";
    State[State["UntilClose"] = 8] = "UntilClose";
    State[State["Done"] = 9] = "Done";
})(State || (State = {}));
/** Where the chunk-extension grammar is: `;` name [ `=` ( token | quoted-string ) ]. */
var Ext;
(function (Ext) {
    Ext[Ext["NameStart"] = 0] = "NameStart";
    Ext[Ext["Name"] = 1] = "Name";
    Ext[Ext["ValueStart"] = 2] = "ValueStart";
    Ext[Ext["Token"] = 3] = "Token";
    Ext[Ext["Quoted"] = 4] = "Quoted";
    Ext[Ext["QuotedEscape"] = 5] = "QuotedEscape";
    Ext[Ext["AfterQuoted"] = 6] = "AfterQuoted";
})(Ext || (Ext = {}));
class ResponseParser {
    /**
     * work counts the bytes scanned and copied while collecting a head or trailer section that
     * arrived in pieces, so tests can check the work is linear in its size.
     */
    work = 0;
    state = State.Done;
    /** pieces of a head (or trailer section) that has not ended yet, and their total length. */
    pieces = [];
    piecesLength = 0;
    /** match: how much of CR LF CR LF ends the bytes collected so far (0–3). */
    match = 0;
    headRequest = false;
    status = 0;
    keepAlive = true;
    remaining = 0;
    bodyBytes = 0;
    chunkDigits = 0;
    chunkLine = 0;
    ext = Ext.NameStart;
    /** received: some byte of a response (even an interim 1xx) has arrived. */
    received = false;
    /** keep: what of this response to keep (null: nothing, the load path's usual case). */
    keep = null;
    keptHead = null;
    keptBody = [];
    keptBodyBytes = 0;
    truncated = false;
    /**
     * start prepares for the response to a request; `head` is true for HEAD, whose response has no
     * body. `keep` asks for the head and the body (up to a cap) to be kept, for a step's captures and checks.
     */
    start(head, keep = null) {
        this.keep = keep;
        if (keep) {
            this.keptHead = null;
            this.keptBody = [];
            this.keptBodyBytes = 0;
            this.truncated = false;
        }
        this.state = State.Head;
        this.pieces = [];
        this.piecesLength = 0;
        this.match = 0;
        this.headRequest = head;
        this.status = 0;
        this.keepAlive = true;
        this.remaining = 0;
        this.bodyBytes = 0;
        this.received = false;
    }
    /** started: the server has begun answering, so the request was not lost to a closing connection. */
    get started() {
        return this.received;
    }
    /**
     * execute consumes one chunk from the socket; it returns the response when it is complete (any
     * bytes after it are a protocol violation with one request in flight) and null while more is needed.
     * Throws ParseError on malformed input.
     */
    execute(chunk) {
        if (chunk.length > 0)
            this.received = true;
        let offset = 0;
        while (offset < chunk.length || this.state === State.Done) {
            switch (this.state) {
                case State.Head: {
                    const consumed = this.readHead(chunk, offset);
                    if (consumed < 0)
                        return null;
                    offset = consumed;
                    break;
                }
                case State.Length: {
                    const take = Math.min(this.remaining, chunk.length - offset);
                    if (this.keep)
                        this.keepBody(chunk, offset, take);
                    this.bodyBytes += take;
                    this.remaining -= take;
                    offset += take;
                    if (this.remaining === 0)
                        this.state = State.Done;
                    break;
                }
                case State.ChunkSize:
                case State.ChunkExtension:
                case State.ChunkSizeLF:
                    offset = this.readChunkLine(chunk, offset);
                    break;
                case State.ChunkData: {
                    const take = Math.min(this.remaining, chunk.length - offset);
                    if (this.keep)
                        this.keepBody(chunk, offset, take);
                    this.bodyBytes += take;
                    this.remaining -= take;
                    offset += take;
                    if (this.remaining === 0) {
                        this.state = State.ChunkDataEnd;
                        this.remaining = 2;
                    }
                    break;
                }
                case State.ChunkDataEnd: {
                    // The CRLF after each chunk's data.
                    const byte = chunk[offset++];
                    if (this.remaining === 2 && byte !== CR)
                        throw new ParseError(byte === LF ? 'bare LF' : 'missing CRLF after chunk data');
                    if (this.remaining === 1 && byte !== LF)
                        throw new ParseError('CR without LF');
                    if (--this.remaining === 0)
                        this.startChunkLine();
                    break;
                }
                case State.Trailers: {
                    const consumed = this.readSection(chunk, offset);
                    if (consumed < 0)
                        return null;
                    offset = consumed;
                    break;
                }
                case State.UntilClose:
                    if (this.keep)
                        this.keepBody(chunk, offset, chunk.length - offset);
                    this.bodyBytes += chunk.length - offset;
                    offset = chunk.length;
                    break;
                case State.Done:
                    if (offset < chunk.length)
                        this.keepAlive = false;
                    return this.response();
            }
        }
        return null;
    }
    /** finishOnClose: the peer closed the connection; a body framed by the close is complete, anything else is cut short. */
    finishOnClose() {
        if (this.state === State.UntilClose) {
            this.state = State.Done;
            this.keepAlive = false;
            return this.response();
        }
        return null;
    }
    response() {
        if (!this.keep)
            return { status: this.status, bodyBytes: this.bodyBytes, keepAlive: this.keepAlive };
        const body = this.keep.bodyCap < 0 ? null : this.keptBody.length === 1 ? this.keptBody[0] : Buffer.concat(this.keptBody, this.keptBodyBytes);
        return { status: this.status, bodyBytes: this.bodyBytes, keepAlive: this.keepAlive, kept: { head: this.keptHead, body, truncated: this.truncated } };
    }
    /** keepBody keeps chunk[offset, offset + length) of the body, up to the cap (the socket's chunks are not reused, so a view is enough). */
    keepBody(chunk, offset, length) {
        const room = this.keep.bodyCap - this.keptBodyBytes;
        if (room < 0 || length === 0)
            return;
        if (length > room)
            this.truncated = true;
        const take = Math.min(room, length);
        if (take > 0) {
            this.keptBody.push(chunk.subarray(offset, offset + take));
            this.keptBodyBytes += take;
        }
    }
    /** readHead returns the offset in `chunk` just past the head, or -1 when the head is not complete yet. */
    readHead(chunk, offset) {
        if (this.piecesLength === 0) {
            // The common case: the whole head in one chunk.
            const end = chunk.indexOf('\r\n\r\n', offset, 'latin1');
            if (end >= 0) {
                if (end + 4 - offset > MAX_HEAD_BYTES)
                    throw new ParseError('head too large');
                this.parseHead(chunk, offset, end + 2);
                return end + 4;
            }
        }
        return this.readSection(chunk, offset);
    }
    /**
     * readSection collects a head or trailer section that arrives in pieces: each byte is scanned
     * once for the CRLF CRLF that ends it (a bare LF is refused at once rather than waited on), and
     * the pieces are joined once, when it is complete. Returns the offset just past the section, or -1.
     */
    readSection(chunk, offset) {
        const trailers = this.state === State.Trailers;
        let match = this.match;
        let at = offset;
        for (; at < chunk.length; at++) {
            const byte = chunk[at];
            if (byte === CR) {
                if (match === 1 || match === 3)
                    throw new ParseError('CR without LF');
                match++;
            }
            else if (byte === LF) {
                if (match !== 1 && match !== 3)
                    throw new ParseError('bare LF');
                if (match++ === 3)
                    break;
            }
            else if (match === 1 || match === 3)
                throw new ParseError('CR without LF');
            else
                match = 0;
        }
        this.work += at - offset;
        const limit = trailers ? 'trailers too large' : 'head too large';
        if (at === chunk.length) {
            this.match = match;
            if (at > offset)
                this.pieces.push(chunk.subarray(offset));
            this.piecesLength += at - offset;
            if (this.piecesLength > MAX_HEAD_BYTES)
                throw new ParseError(limit);
            return -1;
        }
        const end = at + 1;
        const length = this.piecesLength + end - offset;
        if (length > MAX_HEAD_BYTES)
            throw new ParseError(limit);
        let section = chunk;
        let start = offset;
        if (this.piecesLength > 0) {
            this.pieces.push(chunk.subarray(offset, end));
            section = Buffer.concat(this.pieces, length);
            start = 0;
            this.work += length;
        }
        this.pieces = [];
        this.piecesLength = 0;
        this.match = 0;
        // The section ends at its last CRLF; the empty line after it is not part of it.
        if (trailers) {
            this.parseFields(section, start, start + length - 2, false);
            this.state = State.Done;
        }
        else
            this.parseHead(section, start, start + length - 2);
        return end;
    }
    /** parseHead parses the status line and header lines in buffer[start, end), `end` just past the last line's CRLF. */
    parseHead(buffer, start, end) {
        // status-line = HTTP-version SP 3DIGIT SP [ reason-phrase ] CRLF (llhttp also takes a bare CR after the code).
        if (end - start < 14 || buffer[start] !== 72 || buffer[start + 1] !== 84 || buffer[start + 2] !== 84 || buffer[start + 3] !== 80 || buffer[start + 4] !== 47 || buffer[start + 6] !== 46)
            throw new ParseError('invalid status line');
        const major = buffer[start + 5] - 48;
        const minor = buffer[start + 7] - 48;
        if (major < 0 || major > 9 || minor < 0 || minor > 9 || buffer[start + 8] !== SP)
            throw new ParseError('invalid status line');
        if (major !== 1 || minor > 1)
            throw new ParseError('unsupported HTTP version');
        let status = 0;
        for (let i = 9; i < 12; i++) {
            const digit = buffer[start + i] - 48;
            if (digit < 0 || digit > 9)
                throw new ParseError('invalid status code');
            status = status * 10 + digit;
        }
        const after = buffer[start + 12];
        if (status < 100 || (after !== SP && after !== CR))
            throw new ParseError('invalid status code');
        let p = start + 12;
        while (buffer[p] !== CR) {
            if (buffer[p] === LF)
                throw new ParseError('bare LF');
            p++;
        }
        if (buffer[p + 1] !== LF)
            throw new ParseError('CR without LF');
        this.status = status;
        this.parseFields(buffer, p + 2, end, true);
        // The final response's head replaces an interim one's.
        if (this.keep?.head)
            this.keptHead = buffer.subarray(start, end);
        if (status >= 100 && status < 200 && status !== 101) {
            // An interim response: the real one follows.
            this.state = State.Head;
            return;
        }
        if (this.headRequest || status === 204 || status === 304 || status === 101) {
            if (status === 101)
                this.keepAlive = false;
            this.state = State.Done;
        }
        else if (this.chunked !== null) {
            // Unless chunked is the last coding, the body runs to the close.
            if (this.chunked)
                this.startChunkLine();
            else {
                this.keepAlive = false;
                this.state = State.UntilClose;
            }
        }
        else if (this.contentLength >= 0) {
            this.remaining = this.contentLength;
            this.state = this.contentLength === 0 ? State.Done : State.Length;
        }
        else {
            this.keepAlive = false;
            this.state = State.UntilClose;
        }
        if (minor === 0)
            this.keepAlive &&= this.connectionToken === 'keep-alive';
        else if (this.connectionToken === 'close')
            this.keepAlive = false;
    }
    // Set by parseFields from the head's framing headers.
    contentLength = -1;
    /** chunked: null without Transfer-Encoding, else whether chunked is its last coding. */
    chunked = null;
    /** connectionToken: 'close' or 'keep-alive' when the Connection header lists it ('close' wins), else ''. */
    connectionToken = '';
    /**
     * parseFields checks the field lines in buffer[p, end) (each ending in CRLF) and, for a head
     * (`framing`), records the framing headers; in trailers a framing header is refused.
     */
    parseFields(buffer, p, end, framing) {
        let contentLength = -1;
        let transferEncoding = null;
        let connection = null;
        while (p < end) {
            const line = p;
            let byte = buffer[p];
            if (byte === SP || byte === HTAB)
                throw new ParseError('obsolete line folding');
            while (TOKEN[byte] === 1)
                byte = buffer[++p];
            if (byte !== COLON || p === line)
                throw new ParseError(spaceBeforeColon(buffer, line, p) ? 'space before colon' : 'invalid header name');
            const colon = p;
            byte = buffer[++p];
            while (byte === SP || byte === HTAB)
                byte = buffer[++p];
            const valueStart = p;
            while (FIELD[byte] === 1)
                byte = buffer[++p];
            if (byte !== CR)
                throw new ParseError(byte === LF ? 'bare LF' : 'invalid header value');
            if (buffer[p + 1] !== LF)
                throw new ParseError('CR without LF');
            const nameLength = colon - line;
            // Only framing headers matter; compare names by length first to skip the rest cheaply.
            if (nameLength === 14 || nameLength === 17 || nameLength === 10) {
                const name = buffer.toString('latin1', line, colon).toLowerCase();
                if (name === 'content-length') {
                    if (!framing)
                        throw new ParseError('framing header in trailers');
                    if (contentLength >= 0)
                        throw new ParseError('duplicate Content-Length');
                    contentLength = contentLengthOf(buffer, valueStart, p);
                }
                else if (name === 'transfer-encoding') {
                    if (!framing)
                        throw new ParseError('framing header in trailers');
                    const value = buffer.toString('latin1', valueStart, p);
                    transferEncoding = transferEncoding === null ? value : `${transferEncoding}, ${value}`;
                }
                else if (name === 'connection' && framing) {
                    const value = buffer.toString('latin1', valueStart, p);
                    connection = connection === null ? value : `${connection}, ${value}`;
                }
            }
            p += 2;
        }
        if (!framing)
            return;
        if (contentLength >= 0 && transferEncoding !== null)
            throw new ParseError('both Transfer-Encoding and Content-Length');
        this.contentLength = contentLength;
        this.chunked = transferEncoding === null ? null : /(^|,)[ \t]*chunked[ \t]*$/i.test(transferEncoding);
        this.connectionToken = connection === null ? '' : /(^|,)[ \t]*close[ \t]*(,|$)/i.test(connection) ? 'close' : /(^|,)[ \t]*keep-alive[ \t]*(,|$)/i.test(connection) ? 'keep-alive' : '';
    }
    startChunkLine() {
        this.state = State.ChunkSize;
        this.remaining = 0;
        this.chunkDigits = 0;
        this.chunkLine = 0;
    }
    /** readChunkLine reads chunk-size [ chunk-ext ] CRLF, byte by byte; it returns the offset it reached. */
    readChunkLine(chunk, offset) {
        const start = offset;
        while (offset < chunk.length) {
            const byte = chunk[offset++];
            if (this.state === State.ChunkSize) {
                const digit = HEX[byte];
                if (digit !== 0) {
                    this.remaining = this.remaining * 16 + digit - 1;
                    this.chunkDigits++;
                    if (this.remaining > Number.MAX_SAFE_INTEGER)
                        throw new ParseError('invalid chunk size');
                    continue;
                }
                if (this.chunkDigits === 0)
                    throw new ParseError(byte === LF ? 'bare LF' : 'invalid chunk size');
                if (byte === SEMICOLON) {
                    this.state = State.ChunkExtension;
                    this.ext = Ext.NameStart;
                }
                else if (byte === CR)
                    this.state = State.ChunkSizeLF;
                else
                    throw new ParseError(byte === LF ? 'bare LF' : 'invalid chunk size');
            }
            else if (this.state === State.ChunkExtension) {
                this.extension(byte);
            }
            else {
                if (byte !== LF)
                    throw new ParseError('CR without LF');
                this.chunkLine += offset - start;
                if (this.remaining === 0) {
                    this.state = State.Trailers;
                    // The CRLF of the last chunk line counts towards the CRLF CRLF that ends the trailers.
                    this.match = 2;
                }
                else
                    this.state = State.ChunkData;
                return offset;
            }
        }
        this.chunkLine += offset - start;
        if (this.chunkLine > MAX_CHUNK_LINE_BYTES)
            throw new ParseError('chunk line too long');
        return offset;
    }
    /** extension takes one byte of a chunk extension: `;` token [ `=` ( token | quoted-string ) ], repeated, then CR. */
    extension(byte) {
        switch (this.ext) {
            case Ext.NameStart:
                if (TOKEN[byte] === 1)
                    this.ext = Ext.Name;
                else
                    this.extensionError(byte);
                return;
            case Ext.Name:
            case Ext.Token:
            case Ext.AfterQuoted:
                if (TOKEN[byte] === 1 && this.ext !== Ext.AfterQuoted)
                    return;
                if (byte === EQUALS && this.ext === Ext.Name)
                    this.ext = Ext.ValueStart;
                else if (byte === SEMICOLON)
                    this.ext = Ext.NameStart;
                else if (byte === CR)
                    this.state = State.ChunkSizeLF;
                else
                    this.extensionError(byte);
                return;
            case Ext.ValueStart:
                if (TOKEN[byte] === 1)
                    this.ext = Ext.Token;
                else if (byte === DQUOTE)
                    this.ext = Ext.Quoted;
                else if (byte === SEMICOLON)
                    this.ext = Ext.NameStart;
                else if (byte === CR)
                    this.state = State.ChunkSizeLF;
                else
                    this.extensionError(byte);
                return;
            case Ext.Quoted:
                if (byte === DQUOTE)
                    this.ext = Ext.AfterQuoted;
                else if (byte === BACKSLASH)
                    this.ext = Ext.QuotedEscape;
                else if (FIELD[byte] !== 1)
                    this.extensionError(byte);
                return;
            case Ext.QuotedEscape:
                if (FIELD[byte] !== 1)
                    this.extensionError(byte);
                this.ext = Ext.Quoted;
                return;
        }
    }
    extensionError(byte) {
        throw new ParseError(byte === LF ? 'bare LF' : 'invalid chunk extension');
    }
}
/** spaceBeforeColon: the header name in buffer[line, p) is followed by whitespace and then the colon. */
function spaceBeforeColon(buffer, line, p) {
    if (p === line)
        return false;
    while (buffer[p] === SP || buffer[p] === HTAB)
        p++;
    return buffer[p] === COLON;
}
/** contentLengthOf reads 1*DIGIT followed only by spaces (llhttp takes trailing SP, not HTAB). */
function contentLengthOf(buffer, start, end) {
    while (end > start && buffer[end - 1] === SP)
        end--;
    if (end === start)
        throw new ParseError('invalid Content-Length');
    let value = 0;
    for (let i = start; i < end; i++) {
        const digit = buffer[i] - 48;
        if (digit < 0 || digit > 9)
            throw new ParseError('invalid Content-Length');
        value = value * 10 + digit;
        // Beyond 2^53 the count would be inexact (llhttp's limit is 2^64, a body that never arrives either way).
        if (value > Number.MAX_SAFE_INTEGER)
            throw new ParseError('invalid Content-Length');
    }
    return value;
}

;// CONCATENATED MODULE: ./src/client/connection.ts
// One keep-alive HTTP/1.1 connection on a net (or tls) socket: the request goes out as one
// pre-serialized buffer, the response is framed by ResponseParser and counted, never kept.
//
// Why not undici here? Measured on this class of machine against nginx with 100 connections,
// undici's leanest path (one Client per connection, dispatch() with a reused handler) reached
// 1.08× autocannon, with a third of the generator's time in undici's per-request JavaScript; this
// path does the same work with a fixed buffer and a framing-only parser. undici stays the HTTP
// client for everything that is not the hot loop (pre-flight, webhooks, integrations).




const INTERRUPTED = -1;
function originOf(target, insecure, version = '1.1') {
    const url = new URL(target);
    const secure = url.protocol === 'https:';
    return { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || (secure ? 443 : 80)), secure, insecure, version };
}
class Connection {
    origin;
    sockets;
    /** startedAtMs is when the request in flight was sent (on the caller's clock), or -1 when idle. */
    startedAtMs = -1;
    socket = null;
    parser = new ResponseParser();
    request = null;
    done = null;
    /** served counts responses completed on the current socket: a reused socket may have been closed by the server. */
    served = 0;
    retried = false;
    constructor(origin, sockets = { opened: 0 }) {
        this.origin = origin;
        this.sockets = sockets;
    }
    get busy() {
        return this.startedAtMs >= 0;
    }
    /** send writes `request`; `done` is called exactly once. */
    send(request, nowMs, done) {
        this.startedAtMs = nowMs;
        this.request = request;
        this.done = done;
        this.retried = false;
        this.write(request);
    }
    /** timeOut gives up on the request in flight as a timeout and drops its socket. */
    timeOut() {
        if (!this.busy)
            return;
        this.drop();
        this.finish(0, 0, 'timeout');
    }
    /** interrupt ends the request in flight because the run is stopping; it is not counted. */
    interrupt() {
        if (!this.busy)
            return;
        this.drop();
        this.finish(INTERRUPTED, 0, null);
    }
    destroy() {
        this.drop();
    }
    write(request) {
        this.parser.start(request.isHead, request.keep ?? null);
        // A socket buffers writes made while it is still connecting.
        (this.socket ??= this.open()).write(request.bytes);
    }
    open() {
        const { host, port, secure, insecure } = this.origin;
        const socket = secure
            ? (0,external_node_tls_.connect)({ host, port, servername: (0,external_node_net_.isIP)(host) ? undefined : host, rejectUnauthorized: !insecure, ALPNProtocols: ['http/1.1'] })
            : (0,external_node_net_.connect)({ host, port });
        socket.setNoDelay(true);
        this.sockets.opened++;
        this.served = 0;
        socket.on('data', (chunk) => this.onData(socket, chunk));
        socket.on('error', (error) => this.onEnd(socket, error));
        socket.on('close', () => this.onEnd(socket, null));
        return socket;
    }
    onData(socket, chunk) {
        if (socket !== this.socket || !this.done) {
            // Bytes nobody asked for: the connection is out of step, so it is not reused.
            socket.destroy();
            return;
        }
        let response;
        try {
            response = this.parser.execute(chunk);
        }
        catch (error) {
            // Only the parser's verdict on the server's bytes is the server's protocol error; anything
            // else thrown here is a bug of ours and must not be counted against the target.
            if (!(error instanceof ParseError))
                throw error;
            this.drop();
            this.finish(0, 0, 'protocol', error.reason);
            return;
        }
        if (!response)
            return;
        this.served++;
        if (!response.keepAlive)
            this.drop();
        this.finish(response.status, response.bodyBytes, (0,classify/* classifyStatus */.xo)(response.status, this.request.expected), undefined, response.kept);
    }
    onEnd(socket, error) {
        if (socket !== this.socket)
            return;
        this.socket = null;
        socket.destroy();
        if (!this.done)
            return;
        const closed = error ? null : this.parser.finishOnClose();
        if (closed) {
            this.finish(closed.status, closed.bodyBytes, (0,classify/* classifyStatus */.xo)(closed.status, this.request.expected), undefined, closed.kept);
            return;
        }
        // The server closed a reused connection before answering: its keep-alive timeout raced our
        // request. Browsers retry that once on a new connection, and so do we, for methods that are
        // safe to repeat (RFC 9110 §9.2.2); a POST might have been acted on, so it is reported instead.
        // (undici does not: it fails such a request, and retries only through its opt-in RetryHandler
        // / RetryAgent. We retry because the race is the server's idle timer, not a failure of it.)
        if (this.served > 0 && !this.parser.started && !this.retried && this.request.idempotent) {
            this.retried = true;
            this.write(this.request);
            return;
        }
        this.finish(0, 0, error ? (0,classify/* classifyError */.fe)(error) : 'reset');
    }
    drop() {
        const socket = this.socket;
        this.socket = null;
        socket?.destroy();
    }
    finish(status, bytes, error, reason, kept) {
        const done = this.done;
        this.done = null;
        this.startedAtMs = -1;
        if (kept !== undefined)
            done?.(status, bytes, error, reason, kept);
        else if (reason === undefined)
            done?.(status, bytes, error);
        else
            done?.(status, bytes, error, reason);
    }
}

// EXTERNAL MODULE: external "node:http2"
var external_node_http2_ = __webpack_require__(32467);
// EXTERNAL MODULE: ./src/client/protocol.ts
var protocol = __webpack_require__(55923);
;// CONCATENATED MODULE: ./src/client/http2-pool.ts
// One target's HTTP/2 connections, shared by its stream slots (client/http2-stream.ts), on Node's own
// node:http2 (nghttp2): no framer of ours. A slot asks for a stream; it gets one on a connection
// with room, or waits for a new connection's SETTINGS and gets one there.
//
// Room: a connection carries at most max_streams_per_connection streams at once, and never more
// than the server's SETTINGS_MAX_CONCURRENT_STREAMS. Nothing is sent on a new connection before
// the server's SETTINGS arrive (one round trip, counted in the waiting requests' latency), so the
// server's limit is known before the first stream and is never exceeded by our own count; nghttp2
// would hold back a stream over it anyway, which would show as our latency, not the server's.
//
// A connection stops taking new streams when the server sends GOAWAY, when it fails or closes, when
// it has gone silent (Http2Pool.suspect: a stream timed out with nothing read on it, and a PING went
// unanswered; none while the PING is out), and before its stream IDs run out (2^31 − 1, odd ones only: about a billion
// requests); later requests open a new connection. A stream a graceful GOAWAY (NO_ERROR) left
// unprocessed goes again, once, on another connection (Http2Pool.again), unless the run is being
// cut short (Http2Pool.interrupt); any other stream the server did not process is counted by the
// slot, never retried.





/** STREAMS_PER_CONNECTION_BUDGET: streams opened on one connection before it is retired; client stream IDs are odd numbers below 2^31. */
const STREAMS_PER_CONNECTION_BUDGET = 2 ** 30 - 1024;
/**
 * Flow-control windows we give the server: a stream's, and the whole connection's. HTTP/2's default
 * (64 KiB for the connection, shared by every stream) would cap a connection at 64 KiB per round
 * trip, measuring the window instead of the service; responses are counted and dropped as they
 * arrive, so a large window holds no memory. Browsers use about these (Chrome: 6 MB and 15 MB).
 */
const STREAM_WINDOW_BYTES = 6 * 1024 * 1024;
const CONNECTION_WINDOW_BYTES = 15 * 1024 * 1024;
/**
 * PING_ACK_MS: how long a connection suspected of being dead has to answer a PING (never longer
 * than the request timeout). A live server's HTTP/2 layer acks within a round trip, whatever its
 * handlers are doing; a second is many round trips even to another continent.
 */
const PING_ACK_MS = 1000;
/** Link: one HTTP/2 connection and what the pool knows of it. */
class Link {
    session;
    socket;
    /** active: streams open (or opening) on it. */
    active = 0;
    /** capacity: streams it may carry at once; until its SETTINGS arrive, how many may wait for it. */
    capacity;
    /** ready: the server's SETTINGS arrived. */
    ready = false;
    /** usable: new streams may open on it. */
    usable = true;
    /** opened: streams opened on it in all, against STREAMS_PER_CONNECTION_BUDGET. */
    opened = 0;
    /** goawayLastStreamId: set when the server sent GOAWAY: the streams above it were not processed. */
    goawayLastStreamId = null;
    /** goawayCode: the last GOAWAY's error code (NO_ERROR: the server is closing gracefully, not shedding load). */
    goawayCode = null;
    error = null;
    /** waiting: tenants promised a stream here once its SETTINGS arrive. */
    waiting = [];
    /** moved: those of `waiting` that waited on a connection dropped as silent first: their timeout is not this one's fault. */
    moved = null;
    /** listed: in the pool's list of links that may have room. */
    listed = false;
    /** pinged: a PING is out to check the connection is alive; its deadline (Http2Pool.suspect). No new streams open on it meanwhile. */
    pinged = null;
    /** silent: retired because it stopped answering: destroyed, not closed, once its last stream ends. */
    silent = false;
    constructor(session, 
    /** socket: the connection's own socket; its bytesRead says whether anything at all came (client/http2-stream.ts timeOut). */
    socket, maxStreams) {
        this.session = session;
        this.socket = socket;
        this.capacity = maxStreams;
    }
}
class Http2Pool {
    origin;
    stats;
    maxStreams;
    links = new Set();
    /** roomy: ready links that had room when last seen (each at most once: Link.listed); the last is tried first. */
    roomy = [];
    /** connecting: the newest link still waiting for its SETTINGS, while it can promise more streams. */
    connecting = null;
    closed = false;
    /** cutShort: the run is stopping early (Ctrl-C, an abort): no stream goes again (Http2Pool.again). */
    cutShort = false;
    budget;
    pingAckMs;
    constructor(origin, stats, maxStreams, options = {}) {
        this.origin = origin;
        this.stats = stats;
        this.maxStreams = maxStreams;
        this.budget = options.budget ?? STREAMS_PER_CONNECTION_BUDGET;
        this.pingAckMs = Math.min(PING_ACK_MS, options.timeoutMs ?? PING_ACK_MS);
    }
    /** acquire: `tenant` starts on a connection with room now, or once a new connection's SETTINGS arrive (the connection it waits for is returned). */
    acquire(tenant) {
        while (this.roomy.length > 0) {
            const link = this.roomy[this.roomy.length - 1];
            // A connection that failed a moment ago may not have said so yet (node:http2 emits on the next tick).
            if (link.session.closed || link.session.destroyed)
                this.retire(link);
            // A link with a PING out is skipped (listed again on the ack: Http2Pool.suspect).
            else if (link.usable && link.pinged === null && link.active < link.capacity) {
                this.take(link, tenant);
                return null;
            }
            this.roomy.pop();
            link.listed = false;
        }
        let link = this.connecting;
        if (link === null || !link.usable || link.waiting.length >= this.maxStreams)
            link = this.connecting = this.open();
        link.waiting.push(tenant);
        return link;
    }
    /**
     * withdraw: a tenant still waiting gives up: its request `timedOut`, or the run is stopping. A
     * connection whose SETTINGS have not come within a request's timeout is not answering: it is
     * dropped, and the others waiting for it go to a new one (nothing of theirs was sent).
     */
    withdraw(tenant, timedOut) {
        for (const link of this.links) {
            const at = link.waiting.indexOf(tenant);
            if (at < 0)
                continue;
            link.waiting.splice(at, 1);
            if (timedOut && !link.ready && !link.moved?.has(tenant)) {
                this.retire(link);
                const others = link.waiting;
                link.waiting = [];
                link.session.destroy();
                if (this.closed)
                    return;
                for (const other of others) {
                    const next = this.acquire(other);
                    if (next)
                        (next.moved ??= new Set()).add(other);
                }
            }
            else
                link.moved?.delete(tenant);
            return;
        }
    }
    /**
     * again: `tenant`'s stream was left unprocessed by a graceful GOAWAY and goes once more, on a
     * connection with room or a new one (the one that sent GOAWAY takes no new streams); false when
     * the pool is closed, or the run is being cut short (Http2Pool.interrupt). Its timeout started on the old connection, so if it runs out while waiting
     * for the new one's SETTINGS, that is not the new one's silence (Link.moved).
     */
    again(tenant) {
        if (this.closed || this.cutShort)
            return false;
        const link = this.acquire(tenant);
        if (link)
            (link.moved ??= new Set()).add(tenant);
        return true;
    }
    /** release: a stream on `link` ended; its room is free again. */
    release(link) {
        link.active--;
        this.list(link);
        // A retired connection closes once its last stream has ended.
        if (!link.usable && link.active === 0)
            this.end(link);
    }
    /**
     * suspect: a stream on `link` waited its whole timeout, and nothing at all was read on the
     * connection meanwhile. It may be dead (a NAT or load balancer dropped it without a word), or the
     * server may only be slow to answer; a PING tells them apart: a live server's HTTP/2 layer acks
     * it at once. No ack within pingAckMs: the connection is retired as silent (no new streams; those
     * on it time out as they come due; later requests open a new connection). One PING at a time.
     *
     * While the PING is out, no new stream opens on the connection. The users of a closed model stuck
     * on a dead connection time out together, each giving its room back; were the connection still
     * offered, they would all land on it again, and each wait another whole timeout. Skipped, they go
     * on a new connection at once; a live server's ack lists the connection again (a new connection
     * may have opened meanwhile: the cost of one round trip's doubt).
     */
    suspect(link) {
        if (!link.usable || link.pinged !== null || link.session.closed || link.session.destroyed)
            return;
        link.pinged = setTimeout(() => {
            link.pinged = null;
            if (!link.usable)
                return;
            link.silent = true;
            this.retire(link);
        }, this.pingAckMs);
        // Answered (or cancelled as the connection went: it is retired by its 'close' then).
        link.session.ping((error) => {
            if (link.pinged !== null)
                clearTimeout(link.pinged);
            link.pinged = null;
            if (!error && !this.closed)
                this.list(link);
        });
    }
    /**
     * interrupt: the run is stopping early (Ctrl-C, a cancelled job, an abort): the requests in flight
     * have a short drain to finish in, and a stream a graceful GOAWAY left unprocessed does not go
     * again: it would open a new connection to send load nobody will measure. Streams already open
     * go on; so do new ones on open connections (the engine issues none once stopping).
     */
    interrupt() {
        this.cutShort = true;
    }
    /** close: every connection ends now (the run is over; streams still open were already cut). */
    close() {
        this.closed = true;
        for (const link of this.links) {
            if (link.pinged !== null)
                clearTimeout(link.pinged);
            link.session.destroy();
        }
        this.links.clear();
        this.roomy.length = 0;
        this.connecting = null;
    }
    take(link, tenant) {
        link.active++;
        if (++link.opened >= this.budget)
            this.retire(link);
        tenant.start(link);
    }
    open() {
        const { host, port, secure, insecure } = this.origin;
        const authority = `${secure ? 'https' : 'http'}://${(0,external_node_net_.isIP)(host) === 6 ? `[${host}]` : host}:${port}`;
        // Our own socket, as client/connection.ts opens it: Nagle off, ALPN offering only h2 (the pre-flight settled it).
        const socket = secure ? (0,external_node_tls_.connect)({ host, port, servername: (0,external_node_net_.isIP)(host) ? undefined : host, rejectUnauthorized: !insecure, ALPNProtocols: (0,protocol/* loadAlpn */.it)('2') }) : (0,external_node_net_.connect)({ host, port });
        socket.setNoDelay(true);
        const session = (0,external_node_http2_.connect)(authority, { settings: { enablePush: false, initialWindowSize: STREAM_WINDOW_BYTES }, createConnection: () => socket });
        this.stats.opened++;
        const link = new Link(session, socket, this.maxStreams);
        this.links.add(link);
        // node:http2 may still say 'connect' for a session already destroyed (the run ended, or it was dropped as silent).
        session.on('connect', () => {
            if (!session.destroyed)
                session.setLocalWindowSize(CONNECTION_WINDOW_BYTES);
        });
        session.on('remoteSettings', (settings) => this.onSettings(link, settings.maxConcurrentStreams));
        // Before its streams close (node:http2 emits 'goaway' first), so each is classified by it.
        session.on('goaway', (code, lastStreamId) => {
            link.goawayLastStreamId = lastStreamId;
            link.goawayCode = code;
            this.retire(link);
        });
        session.on('error', (error) => {
            link.error ??= error;
            this.retire(link);
        });
        session.on('close', () => {
            if (link.pinged !== null)
                clearTimeout(link.pinged);
            link.pinged = null;
            this.retire(link);
            this.links.delete(link);
            // Tenants still waiting for this connection's SETTINGS: it failed before anything was sent.
            // Never by a GOAWAY: the server's first frame must be SETTINGS (nghttp2 takes anything else
            // as a protocol error), and node:http2 says 'remoteSettings' as it reads them, so those
            // waiting have started their streams before any GOAWAY comes, and a graceful one's retry
            // rule (Http2Channel.closed) is theirs. Tested in __tests__/http2.test.ts.
            const waiting = link.waiting;
            link.waiting = [];
            const error = link.goawayLastStreamId !== null ? 'h2_goaway' : link.error ? (0,classify/* classifyError */.fe)(link.error) : 'reset';
            for (const tenant of waiting)
                tenant.fail(error);
        });
        return link;
    }
    onSettings(link, serverMax) {
        link.capacity = Math.min(this.maxStreams, serverMax ?? Infinity);
        this.stats.streamLimit = Math.min(this.stats.streamLimit ?? Infinity, link.capacity);
        if (link.capacity === 0) {
            // The server allows no stream at all: what waits for it is refused, as the server would refuse it.
            this.retire(link);
            const waiting = link.waiting;
            link.waiting = [];
            for (const tenant of waiting)
                tenant.fail('h2_refused_stream');
            link.session.close();
            return;
        }
        if (!link.ready) {
            link.ready = true;
            if (this.connecting === link)
                this.connecting = null;
            const waiting = link.waiting;
            link.waiting = [];
            link.moved = null;
            // Those beyond the server's limit go to another connection.
            for (const tenant of waiting) {
                if (link.usable && link.active < link.capacity)
                    this.take(link, tenant);
                else
                    this.acquire(tenant);
            }
        }
        this.list(link);
    }
    /** list: `link` is offered to new streams again, if it takes them and has room (not while a PING is out on it). */
    list(link) {
        if (link.usable && link.pinged === null && link.active < link.capacity && !link.listed) {
            link.listed = true;
            this.roomy.push(link);
        }
    }
    /** retire: no new streams on `link`; it closes once its last stream has ended. */
    retire(link) {
        if (!link.usable)
            return;
        link.usable = false;
        if (this.connecting === link)
            this.connecting = null;
        if (link.ready && link.active === 0 && !this.closed)
            this.end(link);
    }
    /** end: a retired connection without streams goes: closed gracefully, or destroyed when it went silent (a dead peer cannot be said goodbye to). */
    end(link) {
        if (link.silent)
            link.session.destroy();
        else
            link.session.close();
    }
}

;// CONCATENATED MODULE: ./src/client/h2-request.ts
// A request as HTTP/2 sends it, read from the one form every request is written in: the HTTP/1.1
// bytes client/request.ts prepares (and a template writes per hit). One writer for both protocols,
// so an endpoint's headers, a template's values, a flow's captures and cookies cannot differ
// between them. Pure.
//
// The head is ours, so it is well formed: "METHOD SP path SP HTTP/1.1", then "Name: value" lines.
// What HTTP/2 has no place for is left out (RFC 9113 §8.2.2: Connection and the headers it names,
// Keep-Alive, Proxy-Connection, Transfer-Encoding, Upgrade; TE unless "trailers"); Host becomes
// :authority; names are lower-cased, as HTTP/2 requires.
const CONNECTION_SPECIFIC = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']);
/** h2Message: `bytes` (a request as HTTP/1.1 writes it) as HTTP/2 headers and a body, for `scheme`. */
function h2Message(bytes, scheme) {
    let end = bytes.indexOf('\r\n\r\n');
    if (end < 0)
        end = bytes.length;
    const head = bytes.toString('latin1', 0, end);
    const lineEnd = head.indexOf('\r\n');
    const requestLine = lineEnd < 0 ? head : head.slice(0, lineEnd);
    const firstSpace = requestLine.indexOf(' ');
    const lastSpace = requestLine.lastIndexOf(' ');
    const headers = { ':method': requestLine.slice(0, firstSpace), ':path': requestLine.slice(firstSpace + 1, lastSpace), ':scheme': scheme };
    let at = lineEnd < 0 ? head.length : lineEnd + 2;
    while (at < head.length) {
        let next = head.indexOf('\r\n', at);
        if (next < 0)
            next = head.length;
        const colon = head.indexOf(':', at);
        if (colon > at && colon < next) {
            const name = head.slice(at, colon).toLowerCase();
            const value = head.slice(colon + 1, next).trim();
            if (name === 'host')
                headers[':authority'] = value;
            else if (!CONNECTION_SPECIFIC.has(name) && !(name === 'te' && value.toLowerCase() !== 'trailers')) {
                // One line per name is what client/request.ts writes; a repeat would be joined as HTTP/1.1 reads it.
                const before = headers[name];
                headers[name] = before === undefined ? value : `${before}${name === 'cookie' ? '; ' : ', '}${value}`;
            }
        }
        at = next + 2;
    }
    const bodyStart = end + 4;
    return { headers, body: bodyStart < bytes.length ? bytes.subarray(bodyStart) : null };
}

;// CONCATENATED MODULE: ./src/client/http2-stream.ts
// One HTTP/2 stream at a time, as the engine uses an HTTP/1.1 Connection: a virtual user's (or an
// open-model slot's) channel to one target, sharing that target's connections (client/http2-pool.ts)
// with the other users. A request is the same PreparedRequest HTTP/1.1 sends (client/h2-request.ts
// reads it as HTTP/2); the response is counted, and kept only when the request asks for it (a flow
// step's captures and checks), its head then written as HTTP/1.1's is, for flow/head.ts to read.
//
// Outcomes are HTTP/1.1's: a status and its classification, a timeout, a reset connection; plus
// what only HTTP/2 can say (client/classify.ts classifyStreamEnd): a stream reset by RST_STREAM, a
// stream the server refused or dropped with GOAWAY. A stream a graceful GOAWAY left unprocessed is
// sent again, once, as HTTP/1.1 retries a request a reused connection lost before any answer. A
// timeout cancels the stream (RST_STREAM CANCEL) and leaves the connection to the other streams,
// unless nothing at all came on the connection while the stream waited: then the pool checks the
// connection is alive (Http2Pool.suspect), at the cost of one socket counter read per stream.




/** A static request is read as HTTP/2 once; a templated or traced one (new bytes or new IDs each hit) every time. */
const readOnce = new WeakMap();
function messageOf(request, scheme) {
    if (request.template || request.traced)
        return h2Message(request.bytes, scheme);
    let message = readOnce.get(request);
    if (!message)
        readOnce.set(request, (message = h2Message(request.bytes, scheme)));
    return message;
}
/** OWNER: the channel a stream belongs to; the listeners below are shared by every stream (nothing allocated per request). */
const OWNER = Symbol('owner');
function onResponse(headers) {
    this[OWNER].response(this, headers);
}
function onData(chunk) {
    this[OWNER].data(this, chunk);
}
function onClose() {
    this[OWNER].closed(this);
}
/** Errors are read from the stream's close code when it closes; a stream without an 'error' listener would throw. */
function onError() { }
class Http2Channel {
    pool;
    scheme;
    /** startedAtMs is when the request in flight was sent (on the caller's clock), or -1 when idle. */
    startedAtMs = -1;
    request = null;
    done = null;
    stream = null;
    link = null;
    status = 0;
    bytes = 0;
    keep = null;
    keptHead = null;
    keptBody = [];
    keptBytes = 0;
    truncated = false;
    /** retried: the request in flight already went again after a graceful GOAWAY; a second one is counted. */
    retried = false;
    /** readAtStart: what its connection had read when the stream in flight opened (Link.socket.bytesRead). */
    readAtStart = 0;
    constructor(pool, scheme) {
        this.pool = pool;
        this.scheme = scheme;
    }
    get busy() {
        return this.startedAtMs >= 0;
    }
    /** send writes `request` on a stream of the target's connections; `done` is called exactly once. */
    send(request, nowMs, done) {
        this.startedAtMs = nowMs;
        this.request = request;
        this.done = done;
        this.retried = false;
        this.keep = request.keep ?? null;
        this.clearResponse();
        this.pool.acquire(this);
    }
    /** start: the pool gave this request room on `link`: its stream opens now. */
    start(link) {
        const message = messageOf(this.request, this.scheme);
        let stream;
        try {
            stream = link.session.request(message.headers, { endStream: message.body === null });
        }
        catch {
            // node:http2 refused to write it (a header HTTP/2 does not allow): ours, not the server's.
            this.pool.release(link);
            this.finish(0, 0, 'other');
            return;
        }
        this.link = link;
        this.stream = stream;
        this.readAtStart = link.socket.bytesRead;
        stream[OWNER] = this;
        stream.on('response', onResponse);
        stream.on('data', onData);
        stream.on('error', onError);
        stream.on('close', onClose);
        if (message.body !== null)
            stream.end(message.body);
    }
    /** fail: the connection failed before the stream could open. */
    fail(error) {
        this.finish(0, 0, error);
    }
    /**
     * timeOut gives up on the request in flight as a timeout: its stream is cancelled, the connection
     * stays; but if not one byte came on that connection while the stream waited, the connection
     * itself may be dead, and the pool checks it.
     */
    timeOut() {
        if (!this.busy)
            return;
        if (this.link !== null && this.link.socket.bytesRead === this.readAtStart)
            this.pool.suspect(this.link);
        this.cancel(true);
        this.finish(0, 0, 'timeout');
    }
    /** interrupt ends the request in flight because the run is stopping; it is not counted. */
    interrupt() {
        if (!this.busy)
            return;
        this.cancel(false);
        this.finish(INTERRUPTED, 0, null);
    }
    /** destroy: the connections are the pool's, closed with it; only a stream still open is cancelled. */
    destroy() {
        this.cancel(false);
    }
    response(stream, headers) {
        if (stream !== this.stream)
            return;
        this.status = Number(headers[':status']);
        if (this.keep?.head)
            this.keptHead = headOf(this.status, headers);
    }
    data(stream, chunk) {
        if (stream !== this.stream)
            return;
        this.bytes += chunk.length;
        if (this.keep && this.keep.bodyCap >= 0) {
            const room = this.keep.bodyCap - this.keptBytes;
            if (chunk.length > room)
                this.truncated = true;
            if (room > 0) {
                const take = Math.min(room, chunk.length);
                this.keptBody.push(take === chunk.length ? chunk : chunk.subarray(0, take));
                this.keptBytes += take;
            }
        }
    }
    /**
     * closed: the stream ended. Whole when the response's headers came and the stream closed without
     * an error code (its END_STREAM read: nghttp2 checks a Content-Length against the DATA it got);
     * else classifyStreamEnd says why not.
     */
    closed(stream) {
        if (stream !== this.stream)
            return;
        this.stream = null;
        const link = this.link;
        this.link = null;
        this.pool.release(link);
        const rstCode = stream.rstCode ?? external_node_http2_.constants.NGHTTP2_NO_ERROR;
        if (rstCode === external_node_http2_.constants.NGHTTP2_NO_ERROR && this.status > 0) {
            this.finish(this.status, this.bytes, (0,classify/* classifyStatus */.xo)(this.status, this.request.expected), undefined, this.kept());
            return;
        }
        const { error, reason, retry } = (0,classify/* classifyStreamEnd */.yc)({ rstCode, streamId: stream.id, goawayLastStreamId: link.goawayLastStreamId, goawayCode: link.goawayCode, sessionError: link.error, sessionDestroyed: link.session.destroyed });
        // The server closed the connection gracefully before processing this stream: it goes again,
        // once, whatever its method (RFC 9113 §8.7: not processed, so safe to repeat). Its latency and
        // its timeout still run from the first send (startedAtMs, and the hit's intended start, are
        // kept), so the detour is measured; a second GOAWAY on the retry is counted. When the run is
        // being cut short (or is over) it does not go again: it ends as interrupt() would end it at the
        // drain's end, uncounted (the server did not process it, so it was not its failure).
        if (retry && !this.retried) {
            this.retried = true;
            this.clearResponse();
            if (this.pool.again(this))
                return;
            this.finish(INTERRUPTED, 0, null);
            return;
        }
        this.finish(0, 0, error, reason);
    }
    /** clearResponse: nothing of a response yet (a new request, or one sent again). */
    clearResponse() {
        this.status = 0;
        this.bytes = 0;
        if (this.keep) {
            this.keptHead = null;
            this.keptBody = [];
            this.keptBytes = 0;
            this.truncated = false;
        }
    }
    kept() {
        if (!this.keep)
            return undefined;
        const body = this.keep.bodyCap < 0 ? null : this.keptBody.length === 1 ? this.keptBody[0] : Buffer.concat(this.keptBody, this.keptBytes);
        return { head: this.keptHead, body, truncated: this.truncated };
    }
    /** cancel: the stream in flight is reset (CANCEL) and its room given back; a request still waiting for a connection leaves the queue (`timedOut`: the connection did not answer in time). */
    cancel(timedOut) {
        const stream = this.stream;
        if (stream) {
            this.stream = null;
            stream.close(external_node_http2_.constants.NGHTTP2_CANCEL);
            this.pool.release(this.link);
            this.link = null;
        }
        else if (this.busy)
            this.pool.withdraw(this, timedOut);
    }
    finish(status, bytes, error, reason, kept) {
        const done = this.done;
        this.done = null;
        this.startedAtMs = -1;
        if (kept !== undefined)
            done?.(status, bytes, error, reason, kept);
        else if (reason === undefined)
            done?.(status, bytes, error);
        else
            done?.(status, bytes, error, reason);
    }
}
/** headOf: a response's head as HTTP/1.1 writes one ("HTTP/2 200", then a line per value), for flow/head.ts. */
function headOf(status, headers) {
    let head = `HTTP/2 ${status}\r\n`;
    for (const name in headers) {
        if (name.charCodeAt(0) === 58 /* ':' */)
            continue;
        const value = headers[name];
        if (Array.isArray(value))
            for (const v of value)
                head += `${name}: ${v}\r\n`;
        else if (value !== undefined)
            head += `${name}: ${value}\r\n`;
    }
    return Buffer.from(head, 'latin1');
}

;// CONCATENATED MODULE: ./src/client/transport.ts
// The connections of one run (or one setup): for each target the kind its pre-flight settled. An
// HTTP/1.1 target gets a Connection per channel, as always; an HTTP/2 target gets a stream slot per
// channel over connections the target's users share (one Http2Pool per target), closed with the run.



class Transport {
    maxStreamsPerConnection;
    timeoutMs;
    pools = new Map();
    interrupted = false;
    constructor(maxStreamsPerConnection, 
    /** timeoutMs: the request timeout (an HTTP/2 connection that went silent is checked within it). */
    timeoutMs) {
        this.maxStreamsPerConnection = maxStreamsPerConnection;
        this.timeoutMs = timeoutMs;
    }
    /** connect opens a channel to `origin`, counting its connections in `sockets` (one counter per target). */
    connect = (origin, sockets) => {
        if (origin.version !== '2')
            return new Connection(origin, sockets);
        let pool = this.pools.get(origin);
        if (!pool) {
            this.pools.set(origin, (pool = new Http2Pool(origin, sockets, this.maxStreamsPerConnection, { timeoutMs: this.timeoutMs })));
            if (this.interrupted)
                pool.interrupt();
        }
        return new Http2Channel(pool, origin.secure ? 'https' : 'http');
    };
    /** interrupt: the run is stopping early (Ctrl-C, an abort): no HTTP/2 stream goes again (Http2Pool.interrupt). */
    interrupt() {
        this.interrupted = true;
        for (const pool of this.pools.values())
            pool.interrupt();
    }
    /** close ends the HTTP/2 connections; HTTP/1.1's are each channel's own, destroyed with it. */
    close() {
        for (const pool of this.pools.values())
            pool.close();
        this.pools.clear();
    }
}

;// CONCATENATED MODULE: ./src/pacing/profile.ts
// The load profile as arithmetic: how many virtual users (closed model) or how many arrivals per
// second (open model) at any moment, built from straight segments. No clock, no sockets.
/** totalDurationMs is the length of the whole profile. */
function totalDurationMs(profile) {
    return profile.reduce((sum, segment) => sum + segment.durationMs, 0);
}
/** valueAt is the profile's level at `tMs` (interpolated inside a segment, held after the end). */
function valueAt(profile, tMs) {
    let start = 0;
    for (const segment of profile) {
        if (tMs < start + segment.durationMs) {
            const progress = (tMs - start) / segment.durationMs;
            return segment.from + (segment.to - segment.from) * Math.max(0, progress);
        }
        start += segment.durationMs;
    }
    return profile.length > 0 ? profile[profile.length - 1].to : 0;
}
/** usersAt is the number of virtual users that should be running at `tMs`: user k starts when the level reaches k. */
function usersAt(profile, tMs) {
    return Math.floor(valueAt(profile, tMs) + 1e-9);
}
/** arrivalsBy is how many arrivals an open-model profile (levels in arrivals/s) has scheduled in [0, tMs). */
function arrivalsBy(profile, tMs) {
    let start = 0;
    let total = 0;
    for (const segment of profile) {
        const inside = Math.min(Math.max(tMs - start, 0), segment.durationMs) / 1000;
        const slope = (segment.to - segment.from) / (segment.durationMs / 1000 || 1);
        total += segment.from * inside + (slope * inside * inside) / 2;
        start += segment.durationMs;
        if (tMs <= start)
            break;
    }
    return total;
}
/**
 * ArrivalSchedule yields the intended start time of each arrival in order. Arrival k (from 0) is
 * due when the integral of the rate reaches k, so a constant 100/s gives 0, 10, 20 … ms and a ramp
 * packs arrivals closer as the rate grows. Inside a segment the rate is a + b·t, the integral
 * a·t + b·t²/2, and the time for m more arrivals is t = 2m / (a + √(a² + 2bm)): the root of that
 * quadratic written in the form that stays exact when b is zero or negative.
 *
 * nextArrivalMs runs once per arrival, tens of thousands of times a second: a segment's constants
 * are worked out once, when the schedule enters it, so each call is a square root and a few sums.
 */
class ArrivalSchedule {
    profile;
    segmentIndex = -1;
    segmentStartMs = 0;
    segmentMs = 0;
    /** the current segment's rate at its start (a, per second), its slope (b, per second²) and its arrivals */
    a = 0;
    b = 0;
    inSegment = 0;
    /** arrivals scheduled before the current segment began */
    arrivalsBefore = 0;
    next = 0;
    constructor(profile) {
        this.profile = profile;
    }
    /** nextArrivalMs returns the next arrival's offset from the start, or null once the profile is over. */
    nextArrivalMs() {
        while (this.next - this.arrivalsBefore >= this.inSegment - 1e-9) {
            if (!this.enterNextSegment())
                return null;
        }
        const m = this.next - this.arrivalsBefore;
        const root = this.a * this.a + 2 * this.b * m;
        const t = m === 0 ? 0 : (2 * m) / (this.a + Math.sqrt(Math.max(root, 0)));
        this.next++;
        return this.segmentStartMs + Math.min(t * 1000, this.segmentMs);
    }
    /** enterNextSegment moves past the current segment (none at first); false once the profile is over. */
    enterNextSegment() {
        if (this.segmentIndex >= this.profile.length)
            return false;
        this.arrivalsBefore += this.inSegment;
        this.segmentStartMs += this.segmentMs;
        const segment = this.profile[++this.segmentIndex];
        if (!segment) {
            // Over: the loop in nextArrivalMs always comes back here, which answers false.
            this.inSegment = -Infinity;
            return false;
        }
        const seconds = segment.durationMs / 1000;
        this.segmentMs = segment.durationMs;
        this.a = segment.from;
        this.b = seconds > 0 ? (segment.to - segment.from) / seconds : 0;
        this.inSegment = seconds > 0 ? this.a * seconds + (this.b * seconds * seconds) / 2 : 0;
        return true;
    }
}

// EXTERNAL MODULE: ./src/engine/random.ts
var random = __webpack_require__(96027);
;// CONCATENATED MODULE: ./src/engine/closed.ts
// The closed model: virtual users, each with its own keep-alive connection (over HTTP/2, its own
// stream on connections the users share), each sending its next request only when the last one is
// answered (plus think time, or a pause after a burst). The number of users follows the profile;
// users beyond it finish their request and park.




class VirtualUser {
    slot;
    /** stopping: the profile no longer wants this user; it parks after its request. */
    stopping = false;
    /** looping: the user has a request in flight or a timer pending. */
    looping = false;
    timer = null;
    burstLeft;
    random;
    constructor(slot, seed, index, burstSize) {
        this.slot = slot;
        this.random = (0,random/* seededRandom */.I)(seed, index + 1);
        this.burstLeft = burstSize;
    }
}
class ClosedModel {
    ctx;
    roster = [];
    bySlot = new Map();
    /** active users are roster[0 .. active-1]; the rest are stopping or parked. */
    active = 0;
    issuing = true;
    busy = 0;
    constructor(ctx) {
        this.ctx = ctx;
    }
    start() {
        this.tick(0);
    }
    tick(nowMs) {
        if (!this.issuing)
            return;
        const wanted = usersAt(this.ctx.load.profile, nowMs);
        while (this.active < wanted)
            this.activate(this.active++);
        while (this.active > wanted)
            this.deactivate(this.roster[--this.active]);
    }
    stopIssuing() {
        this.issuing = false;
        for (const user of this.roster) {
            user.slot.cancel();
            if (user.timer) {
                this.ctx.clock.clearTimeout(user.timer);
                user.timer = null;
                user.looping = false;
            }
        }
    }
    inFlight() {
        return this.busy;
    }
    *connections() {
        for (const user of this.roster)
            yield* user.slot.connections;
    }
    users() {
        return this.active;
    }
    activate(index) {
        let user = this.roster[index];
        if (!user) {
            const slot = this.ctx.sender((s, status, error) => this.after(s, status, error), index);
            user = new VirtualUser(slot, this.ctx.load.seed, index, this.ctx.load.burst?.size ?? 0);
            this.roster[index] = user;
            this.bySlot.set(slot, user);
        }
        user.stopping = false;
        if (!user.looping) {
            user.looping = true;
            this.next(user);
        }
    }
    deactivate(user) {
        user.stopping = true;
        if (user.timer) {
            this.ctx.clock.clearTimeout(user.timer);
            user.timer = null;
            user.looping = false;
        }
    }
    next(user) {
        user.timer = null;
        if (!this.issuing || user.stopping) {
            user.looping = false;
            return;
        }
        this.busy++;
        // In the closed model a user sends the moment it decides to, so the intended start is now and
        // latency equals service time; the open model is where the two part.
        user.slot.send(user.random(), user.random(), this.ctx.now());
    }
    after(slot, status, error) {
        this.busy--;
        const user = this.bySlot.get(slot);
        if (status === INTERRUPTED || !this.issuing || user.stopping) {
            user.looping = false;
            return;
        }
        const delay = this.pauseAfter(user, status, error);
        if (delay > 0)
            user.timer = this.ctx.clock.setTimeout(() => this.next(user), delay);
        else
            this.next(user);
    }
    pauseAfter(user, status, error) {
        // A request that failed without any response (refused, reset, DNS, TLS, out of sockets) failed
        // fast; retrying at once would turn the user into a busy loop against a dead target.
        if (error !== null && status === 0 && error !== 'timeout')
            return defaults/* CONNECT_ERROR_BACKOFF_MS */.Qj;
        const { burst, thinkTime } = this.ctx.load;
        if (burst) {
            if (--user.burstLeft > 0)
                return 0;
            user.burstLeft = burst.size;
            return (0,random/* between */.T)(user.random, burst.pause.minMs, burst.pause.maxMs);
        }
        return thinkTime ? (0,random/* between */.T)(user.random, thinkTime.minMs, thinkTime.maxMs) : 0;
    }
}

;// CONCATENATED MODULE: ./src/engine/clock.ts
// The engine's only way to read the time and to wait: a port, so that pacing, the drain, timeout
// sweeping and stopping can be driven by a virtual clock in tests, where "exactly 400 arrivals" and
// "timed out after 300 ms" are facts rather than races with a busy machine.
/** nodeClock is the real one: performance.now and Node's timers. */
const nodeClock = {
    now: () => performance.now(),
    setTimeout: (wake, ms) => setTimeout(wake, ms),
    clearTimeout: (handle) => clearTimeout(handle),
    setImmediate: (wake) => setImmediate(wake),
    clearImmediate: (handle) => clearImmediate(handle),
};

;// CONCATENATED MODULE: ./src/engine/context.ts
// What a load model needs from the engine, passed in so models stay small and testable.


/**
 * stamped: a traced request (one this send owns: written for the hit, or the slot's copy) with
 * fresh trace IDs; its bytes, which the outcome carries for the collector to read the IDs from when
 * it keeps them; undefined for a request that is not traced.
 */
function stamped(request, ids) {
    if (!request.traced)
        return undefined;
    ids.stamp(request.bytes);
    return request.bytes;
}
/**
 * Slot sends one hit at a time: the same request to each arm over that arm's own keep-alive
 * connection. Its bookkeeping is reused hit after hit, so the hot path allocates nothing but the
 * Outcome records.
 */
class Slot {
    ctx;
    after;
    connections;
    dones;
    startMs;
    /** traces: each arm's trace IDs for the hit in flight (undefined: not traced). */
    traces;
    endpoint = 0;
    intendedMs = 0;
    pending = 0;
    status = 0;
    error = null;
    /** values, scratch: a templated hit's values and each arm's request, reused hit after hit (a slot sends one hit at a time). */
    values = [];
    scratch;
    constructor(ctx, after) {
        this.ctx = ctx;
        this.after = after;
        this.connections = ctx.arms.map((arm) => ctx.connect(arm.origin, arm.sockets));
        this.startMs = ctx.arms.map(() => 0);
        this.traces = ctx.arms.map(() => undefined);
        this.scratch = ctx.arms.map(() => new Map());
        this.dones = ctx.arms.map((arm, a) => (status, bytes, error, reason) => {
            if (status >= 0)
                arm.collector.record({ endpoint: this.endpoint, intendedMs: this.intendedMs, startMs: this.startMs[a], endMs: ctx.now(), status, bytes, error, reason, trace: this.traces[a] });
            if (status === INTERRUPTED)
                this.status = INTERRUPTED;
            else if (error !== null && this.status !== INTERRUPTED && (this.error === null || status === 0)) {
                this.error = error;
                this.status = status;
            }
            else if (this.error === null && this.status !== INTERRUPTED)
                this.status = status;
            if (--this.pending === 0) {
                after(this, this.status, this.error);
                ctx.settled();
            }
        });
    }
    /** cancel: a hit is one request; the one in flight finishes or is cut by the engine. */
    cancel() { }
    /**
     * ownCopy: arm `a`'s request for this hit in the slot's own copy: written from the hit's values
     * (a template), or, for a literal request that is traced, copied once and stamped anew each hit
     * (the slot sends its next hit only once the last one is over, and a retry resends the same IDs).
     */
    ownCopy(a, prepared, values) {
        let request = this.scratch[a].get(prepared);
        if (!request)
            this.scratch[a].set(prepared, (request = { ...prepared, bytes: values ? prepared.bytes : Buffer.from(prepared.bytes) }));
        if (values)
            request.bytes = prepared.template.render(values);
        return request;
    }
    /**
     * send picks the endpoint with `u` and sends it to every arm, measured from `intendedMs`; `order`
     * (uniform in [0, 1)) decides which arm is written first, so neither always goes first.
     */
    send(u, order, intendedMs) {
        const arms = this.ctx.arms;
        this.endpoint = this.ctx.picker.pick(u);
        this.intendedMs = intendedMs;
        this.pending = arms.length;
        this.status = 0;
        this.error = null;
        const first = Math.floor(order * arms.length);
        // A templated endpoint's values are drawn once for the hit: every arm gets the same request.
        const template = arms[0].requests[this.endpoint].template;
        const values = template ? (0,template_request/* drawValues */.nn)(template.endpoint, this.ctx.render, this.values) : null;
        if (template && values === null) {
            // A unique data file ran out: this hit is not sent (no row may go twice), and the load stops.
            this.pending = 0;
            this.ctx.exhausted(template.endpoint.files.map((f) => this.ctx.render.data[f].ranOut).find((why) => why !== null) ?? 'a data file ran out of rows');
            // Not sent, so not counted: the model frees the slot as for a hit cut at the stop.
            this.after(this, INTERRUPTED, null);
            this.ctx.settled();
            return;
        }
        for (let k = 0; k < arms.length; k++) {
            const a = (first + k) % arms.length;
            const prepared = arms[a].requests[this.endpoint];
            const request = values || prepared.traced ? this.ownCopy(a, prepared, values) : prepared;
            this.traces[a] = stamped(request, this.ctx.traceIds);
            this.startMs[a] = this.ctx.now();
            this.connections[a].send(request, this.startMs[a], this.dones[a]);
        }
    }
}

// EXTERNAL MODULE: ./src/flow/capture.ts
var capture = __webpack_require__(72722);
// EXTERNAL MODULE: ./src/flow/check.ts
var check = __webpack_require__(92252);
// EXTERNAL MODULE: ./src/flow/cookies.ts
var cookies = __webpack_require__(33219);
;// CONCATENATED MODULE: ./src/flow/head.ts
// Reading a kept response head (client/http1-parser.ts keeps it only for steps that need it):
// the values of one header, by name without case. The head was already checked by the parser, so
// this only splits lines. Pure.
/** headerValues: every value of header `name` in `head` (status line and header lines, latin1), in order. */
function headerValues(head, name) {
    const wanted = name.toLowerCase();
    const values = [];
    const text = head.toString('latin1');
    let at = text.indexOf('\r\n') + 2;
    while (at > 1 && at < text.length) {
        const end = text.indexOf('\r\n', at);
        const line = text.slice(at, end < 0 ? text.length : end);
        const colon = line.indexOf(':');
        if (colon > 0 && line.slice(0, colon).toLowerCase() === wanted)
            values.push(line.slice(colon + 1).trim());
        if (end < 0)
            break;
        at = end + 2;
    }
    return values;
}

;// CONCATENATED MODULE: ./src/flow/response.ts
// One response as a step's captures and checks see it: status, latency, the kept head and body
// (client/http1-parser.ts keeps them only for steps that read them, the body up to a cap), with
// the body's JSON parsed at most once however many captures and checks read it. Pure.

const UNPARSED = Symbol('unparsed');
const INVALID = Symbol('invalid');
class InspectedResponse {
    status;
    latencyMs;
    kept;
    json = UNPARSED;
    text = null;
    constructor(status, latencyMs, kept) {
        this.status = status;
        this.latencyMs = latencyMs;
        this.kept = kept;
    }
    get truncated() {
        return this.kept?.truncated ?? false;
    }
    /** headers: every value of header `name`. */
    headers(name) {
        return this.kept?.head ? headerValues(this.kept.head, name) : [];
    }
    /** bodyText: the kept body as UTF-8 text ('' when none). */
    bodyText() {
        return (this.text ??= this.kept?.body ? this.kept.body.toString('utf8') : '');
    }
    /** document: the body parsed as JSON, or an explanation of why it is not JSON. */
    document() {
        if (this.json === UNPARSED) {
            try {
                this.json = JSON.parse(this.bodyText());
            }
            catch {
                this.json = INVALID;
            }
        }
        if (this.json !== INVALID)
            return { ok: true, value: this.json };
        return { ok: false, why: this.truncated ? 'the body is longer than load_test.max_body, so only its start was kept' : 'the body is not JSON' };
    }
}

;// CONCATENATED MODULE: ./src/engine/flow.ts
// A virtual user running flows: each iteration is one flow (picked by weight), its steps sent one
// after another with their think time between them, on the user's own keep-alive connection per
// arm. Each arm keeps its own session (captured variables and a cookie jar), so a canary's token
// goes to the canary; values drawn at random or from data files are drawn once per step and sent
// to every arm alike. A step's response is read only as far as its captures and checks need
// (PreparedRequest.keep); every other response is counted and dropped, as on the plain path.
//
// Data rows are the user's: a row drawn by an on_start step (the login's user) stays with the user;
// one drawn by a flow step stays for that iteration, so every later step reading {{ username }}
// sees the same row.
//
// Latency is measured from each step's intended start: the first step's is the arrival's (or the
// user's decision, closed model), a later step's is the moment its think time ended. A timer that
// wakes late therefore shows up in the step's latency, as the open model's pacing does.









/** Session: one virtual user's state on one arm. */
class Session {
    /** user: what setup and on_start captured: it lasts as long as the user. */
    user;
    /** iteration: the user's variables plus what this iteration's steps captured. */
    iteration;
    jar;
    constructor(setup, host) {
        this.jar = new cookies/* CookieJar */.cP(host);
        this.user = new Map(setup);
        this.iteration = new Map(this.user);
    }
}
class FlowSlot {
    ctx;
    flows;
    after;
    record;
    strict;
    ended;
    connections;
    sessions;
    dones;
    results;
    startMs;
    /** traces: each arm's trace IDs for the step in flight (undefined: not traced). */
    traces;
    random;
    /** started: on_start has run for this user (it runs again next iteration when it failed). */
    started = false;
    /** userRows: the data rows on_start drew (the user's); iterationRows: those, and the ones this iteration drew. */
    userRows = new Map();
    iterationRows = new Map();
    steps = [];
    onStartSteps = 0;
    index = 0;
    intendedMs = 0;
    pending = 0;
    order = 0;
    timer = null;
    cancelled = false;
    values = [];
    armValues;
    /** used: the values each arm's request was written from, for its path when its response is read. */
    used;
    scratch;
    /**
     * `setupVars`: each arm's captures from setup. `record` false runs unmeasured (setup itself);
     * `strict` ends the sequence at the first failure of any kind, with words for it (setup).
     */
    constructor(ctx, flows, after, setupVars, 
    /** index: the user's number, for its own stream of think times. */
    index, record = true, strict = false, ended) {
        this.ctx = ctx;
        this.flows = flows;
        this.after = after;
        this.record = record;
        this.strict = strict;
        this.ended = ended;
        this.connections = ctx.arms.map((arm) => ctx.connect(arm.origin, arm.sockets));
        this.sessions = ctx.arms.map((arm, a) => new Session(setupVars[a] ?? new Map(), arm.origin.host));
        this.results = ctx.arms.map(() => ({ status: 0, error: null, why: null, reason: null, captureFailed: false }));
        this.startMs = ctx.arms.map(() => 0);
        this.traces = ctx.arms.map(() => undefined);
        this.armValues = ctx.arms.map(() => []);
        this.used = ctx.arms.map(() => []);
        this.scratch = ctx.arms.map(() => new Map());
        this.random = (0,random/* seededRandom */.I)(ctx.load.seed, 0x5e5510 + index);
        this.dones = ctx.arms.map((_, a) => (status, bytes, error, reason, kept) => this.onResponse(a, status, bytes, error, reason, kept));
    }
    /** send starts an iteration: on_start first while the user has not started, then the flow picked with `u`. */
    send(u, order, intendedMs) {
        const flow = this.flows.flows[this.ctx.picker.pick(u)];
        this.onStartSteps = this.started ? 0 : this.flows.onStart.length;
        this.steps = this.onStartSteps > 0 ? [...this.flows.onStart, ...flow.steps] : flow.steps;
        this.begin(order, intendedMs);
    }
    /** runSteps runs `steps` once as an iteration (setup). */
    runSteps(steps, intendedMs) {
        this.steps = steps;
        this.onStartSteps = 0;
        this.begin(0, intendedMs);
    }
    /** cancel: the load is stopping: a user between steps ends its iteration now; a step in flight ends it when answered. */
    cancel() {
        this.cancelled = true;
        if (this.timer) {
            this.ctx.clock.clearTimeout(this.timer);
            this.timer = null;
            this.end({ status: INTERRUPTED, error: null, failure: null });
        }
    }
    begin(order, intendedMs) {
        this.cancelled = false;
        this.order = order;
        this.index = 0;
        // Captures and rows last one iteration; what setup and on_start captured or drew stays with the user.
        for (const session of this.sessions)
            session.iteration = new Map(session.user);
        this.iterationRows = new Map(this.userRows);
        this.sendStep(intendedMs);
    }
    sendStep(intendedMs) {
        const step = this.steps[this.index];
        const arms = this.ctx.arms;
        const render = this.ctx.render;
        this.intendedMs = intendedMs;
        this.pending = arms.length;
        // Random values and data rows are drawn once for the step: every arm gets the same ones. (Every
        // step's request is written per hit, templates or not: its cookies and captures are the user's.)
        const template = this.requestOf(0, step).template;
        for (const f of template.endpoint.files) {
            let row = this.iterationRows.get(f);
            if (row === undefined) {
                const drawn = render.data[f].next(render.random);
                if (drawn === null) {
                    // A unique file ran out: this step is not sent (no row may go twice), and the load stops.
                    this.pending = 0;
                    this.ctx.exhausted(render.data[f].ranOut ?? 'a data file ran out of rows');
                    this.end({ status: INTERRUPTED, error: null, failure: null });
                    return;
                }
                row = drawn;
                this.iterationRows.set(f, row);
                if (this.index < this.onStartSteps)
                    this.userRows.set(f, row);
            }
            render.rows[f] = row;
        }
        render.session = this.sessions[0].iteration;
        const values = (0,template_request/* evaluateValues */.iC)(template.endpoint, render, this.values);
        const first = Math.floor(this.order * arms.length);
        for (let k = 0; k < arms.length; k++) {
            const a = (first + k) % arms.length;
            const prepared = this.requestOf(a, step);
            const session = this.sessions[a];
            render.session = session.iteration;
            const armValues = a === 0 || prepared.template.endpoint.perSession.length === 0 ? values : (0,template_request/* sessionValues */.BY)(prepared.template.endpoint, render, values, this.armValues[a]);
            this.used[a] = armValues;
            const request = this.rendered(a, prepared, step, armValues, session);
            this.traces[a] = stamped(request, this.ctx.traceIds);
            this.results[a].status = 0;
            this.results[a].error = null;
            this.results[a].why = null;
            this.results[a].reason = null;
            this.results[a].captureFailed = false;
            this.startMs[a] = this.ctx.now();
            this.connections[a].send(request, this.startMs[a], this.dones[a]);
        }
        render.session = null;
    }
    /** requestOf: arm `a`'s prepared request for a step (setup steps are prepared apart: Arm.setupRequests). */
    requestOf(a, step) {
        const arm = this.ctx.arms[a];
        return step.endpoint >= 0 ? arm.requests[step.endpoint] : arm.setupRequests[this.flows.setup.indexOf(step)];
    }
    /** rendered: the step's request for arm `a`, written from the step's values and the arm's cookies, into the slot's own copy. */
    rendered(a, prepared, step, values, session) {
        let request = this.scratch[a].get(prepared);
        if (!request)
            this.scratch[a].set(prepared, (request = { ...prepared, keep: step.keep }));
        const template = prepared.template;
        const cookie = session.jar.size > 0 ? session.jar.header(template.path(values), this.ctx.render.nowMs()) : null;
        request.bytes = template.render(values, cookie);
        return request;
    }
    onResponse(a, status, bytes, error, reason, kept) {
        const step = this.steps[this.index];
        const result = this.results[a];
        if (status >= 0) {
            const endMs = this.ctx.now();
            // An on_start step runs as each user starts, usually inside the warm-up: it is measured whenever it runs.
            const measuredFromMs = this.index < this.onStartSteps ? -Infinity : this.intendedMs;
            if (status > 0)
                error = this.inspect(a, step, status, endMs - this.intendedMs, error, kept, measuredFromMs);
            else if (this.record) {
                // No response is a failed check, every one: a check pass rate must not rise because requests timed out.
                for (let c = 0; c < step.request.checks.length; c++)
                    this.ctx.arms[a].collector.recordCheck(step.endpoint, c, false, measuredFromMs);
            }
            if (this.record) {
                const collector = this.ctx.arms[a].collector;
                const why = error === 'check_failed' || error === 'capture_failed' ? (result.reason ?? undefined) : reason;
                collector.record({ endpoint: step.endpoint, intendedMs: this.intendedMs, startMs: this.startMs[a], endMs, status, bytes, error, reason: why, trace: this.traces[a], ...(measuredFromMs === -Infinity ? { measured: true } : {}) });
            }
            if (this.strict && error !== null && result.why === null)
                result.why = status === 0 ? `no response (${error})` : `HTTP ${status}${error === 'check_failed' || error === 'capture_failed' ? '' : ` (${error})`}`;
        }
        result.status = status;
        result.error = error;
        if (--this.pending > 0)
            return;
        this.stepDone(step);
    }
    /** inspect: the step's cookies, checks and captures on arm `a`'s response; the error it now has (the first cause wins). */
    inspect(a, step, status, latencyMs, error, kept, measuredFromMs) {
        const session = this.sessions[a];
        const result = this.results[a];
        const response = new InspectedResponse(status, latencyMs, kept);
        const nowMs = this.ctx.render.nowMs();
        const path = this.requestOf(a, step).template.path(this.used[a]);
        for (const setCookie of response.headers('set-cookie'))
            session.jar.take(setCookie, path, nowMs);
        const checks = step.request.checks;
        for (let c = 0; c < checks.length; c++) {
            const passed = (0,check/* passes */.W)(checks[c].test, response);
            if (this.record)
                this.ctx.arms[a].collector.recordCheck(step.endpoint, c, passed, measuredFromMs);
            if (!passed) {
                // The first cause wins: a 500 whose body also fails a check stays a 500.
                if (error === null) {
                    error = 'check_failed';
                    result.reason = checks[c].name;
                }
                result.why ??= `check failed: ${checks[c].name}`;
            }
        }
        for (const { variable, source } of step.captures) {
            const captured = (0,capture/* capture */.Fg)(source, response, session.jar, path, nowMs);
            if (!captured.ok) {
                result.captureFailed = true;
                if (error === null) {
                    error = 'capture_failed';
                    result.reason = `${variable} from ${(0,capture/* describeCapture */.Kx)(source)}: ${captured.why}`;
                }
                result.why ??= `capture ${variable} from ${(0,capture/* describeCapture */.Kx)(source)} failed: ${captured.why}`;
                break;
            }
            session.iteration.set(variable, captured.value);
            if (this.index < this.onStartSteps || !this.record)
                session.user.set(variable, captured.value);
        }
        return error;
    }
    /** stepDone: every arm answered: on to the next step after its think time, or the iteration ends. */
    stepDone(step) {
        let status = 0;
        let error = null;
        let cut = false;
        let failure = null;
        for (let a = 0; a < this.results.length; a++) {
            const r = this.results[a];
            if (r.status === INTERRUPTED) {
                this.end({ status: INTERRUPTED, error: null, failure: null });
                return;
            }
            if (error === null || r.status === 0) {
                status = r.status;
                error = r.error ?? error;
            }
            // No response (the connection failed), or a capture found nothing: later steps would only send a
            // broken flow. An on_start step that failed in any way leaves the user not started: it logs in again.
            if (r.status === 0 || r.captureFailed || (this.index < this.onStartSteps && r.error !== null))
                cut = true;
            if (this.strict && r.error !== null) {
                cut = true;
                failure ??= `${this.ctx.arms.length > 1 ? `${a === 0 ? 'the canary' : 'production'}: ` : ''}${r.why ?? r.error}`;
            }
        }
        if (this.index < this.onStartSteps && !cut && this.index === this.onStartSteps - 1)
            this.started = true;
        const last = this.index === this.steps.length - 1;
        if (cut && this.index < this.onStartSteps && !this.cancelled && this.record) {
            // A user whose login failed waits a moment before trying again, rather than hammering the login.
            this.timer = this.ctx.clock.setTimeout(() => {
                this.timer = null;
                this.end({ status, error, failure: null });
            }, defaults/* CONNECT_ERROR_BACKOFF_MS */.Qj);
            return;
        }
        if (cut || this.cancelled) {
            this.end({ status, error, failure: failure && `step '${step.request.name}': ${failure}` });
            return;
        }
        const pause = step.thinkTime ? (0,random/* between */.T)(this.random, step.thinkTime.minMs, step.thinkTime.maxMs) : 0;
        if (last && pause === 0) {
            this.end({ status, error, failure: null });
            return;
        }
        if (pause === 0) {
            this.index++;
            this.sendStep(this.ctx.now());
            return;
        }
        const intendedMs = this.ctx.now() + pause;
        this.timer = this.ctx.clock.setTimeout(() => {
            this.timer = null;
            if (last)
                this.end({ status, error, failure: null });
            else {
                this.index++;
                this.sendStep(intendedMs);
            }
        }, pause);
    }
    end(end) {
        this.ended?.(end, this.sessions.map((s) => s.user));
        this.after(this, end.status, end.error);
        this.ctx.settled();
    }
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/engine/delay-bound.ts
// How much the generator itself delayed the responses it measured, from its event-loop delay.
// A response that arrives while the loop is stalled is read when the stall ends: it waits the rest
// of that stall. So what matters is not how often the loop stalled but how much of the time it
// spent stalled: a 100 ms pause twice a second is one timer sample in fifty, yet a fifth of all
// responses arrive during it. From the delay histogram this derives, for a grid of delays b, the
// share s(b) of responses that waited more than b on the generator's loop (time-weighted). Pure:
// the caller passes the histogram's quantiles.
/** STEPS: the delay distribution is read at this many evenly spaced quantiles. */
const STEPS = 2000;
/** DELAY_GRID_MS: the delays at which s(b) is kept; 0 is "delayed at all". */
const DELAY_GRID_MS = [0, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000];
function stallProfile(quantileNs, samples, resolutionMs) {
    if (samples === 0)
        return null;
    const stallsMs = [];
    let totalMs = 0;
    for (let i = 0; i < STEPS; i++) {
        const tookMs = quantileNs(((i + 0.5) / STEPS) * 100) / 1e6;
        totalMs += tookMs;
        stallsMs.push(Math.max(0, tookMs - resolutionMs));
    }
    return totalMs > 0 ? { stallsMs, totalMs } : null;
}
/** shareDelayedBeyond: s(b), the share of the time in which a response arriving would wait more than b. */
function shareDelayedBeyond(profile, b) {
    let waiting = 0;
    for (const stall of profile.stallsMs)
        if (stall > b)
            waiting += stall - b;
    return waiting / profile.totalMs;
}
/** delayShares: s(b) at each point of DELAY_GRID_MS. */
function delayShares(quantileNs, samples, resolutionMs) {
    const profile = stallProfile(quantileNs, samples, resolutionMs);
    return DELAY_GRID_MS.map((b) => [b, profile ? round6(shareDelayedBeyond(profile, b)) : 0]);
}
function round6(value) {
    return Math.round(value * 1e6) / 1e6;
}

;// CONCATENATED MODULE: ./src/engine/health.ts
// The generator watching itself: event-loop delay, CPU and memory. A late event loop inflates every
// latency measured from the intended start, and a saturated generator under-delivers load; either
// must make a verdict inconclusive rather than blame the service.


/** RESOLUTION_MS: the delay monitor's sampling timer; every sample includes it, so it is subtracted. */
const RESOLUTION_MS = 10;
/** MIN_LAST_SECOND_MS: a last, partial second shorter than this gives its stalls but not a CPU share. */
const MIN_LAST_SECOND_MS = 500;
class HealthMonitor {
    judgedFromMs;
    overall = (0,external_node_perf_hooks_.monitorEventLoopDelay)({ resolution: RESOLUTION_MS });
    perSecond = (0,external_node_perf_hooks_.monitorEventLoopDelay)({ resolution: RESOLUTION_MS });
    /** judged: event-loop delay from about the end of the warm-up on (a second early, to be safe). */
    judged = (0,external_node_perf_hooks_.monitorEventLoopDelay)({ resolution: RESOLUTION_MS });
    judgedStarted;
    secondsSampled = 0;
    lagSeries = [];
    cpuSeries = [];
    rssSeries = [];
    cpuAtStart = process.cpuUsage();
    wallAtStart = performance.now();
    cpuAtSecond = process.cpuUsage();
    wallAtSecond = performance.now();
    peakRss = process.memoryUsage.rss();
    /** judgedFromMs: when, after the monitor starts, judged requests begin (the warm-up's end). */
    constructor(judgedFromMs = 0) {
        this.judgedFromMs = judgedFromMs;
        this.overall.enable();
        this.perSecond.enable();
        this.judged.enable();
        // With a warm-up under a second, the first judged requests fall in the first second: count from the start.
        this.judgedStarted = judgedFromMs <= 1000;
    }
    /** sampleSecond closes one second of event-loop delay and samples memory. */
    sampleSecond() {
        this.closeSecond();
        // The second that starts now may hold judged requests: start counting their delay with it.
        // Seconds are counted, not read off the clock, so a late sample after a stall cannot reset it away.
        this.secondsSampled++;
        if (!this.judgedStarted && (this.secondsSampled + 1) * 1000 > this.judgedFromMs) {
            this.judged.reset();
            this.judgedStarted = true;
        }
    }
    /**
     * closeSecond records the second now ending: its longest stall, its CPU share, memory at its
     * end. A short last second's CPU share is left out: over a few milliseconds it is noise that
     * could tip the saturation count; its stalls are as real as any.
     */
    closeSecond(last = false) {
        this.lagSeries.push(nsToMs(this.perSecond.count > 0 ? this.perSecond.max : 0));
        this.perSecond.reset();
        const wall = performance.now() - this.wallAtSecond;
        if (last && wall < MIN_LAST_SECOND_MS)
            return;
        const cpu = process.cpuUsage(this.cpuAtSecond);
        this.cpuSeries.push(wall > 0 ? Math.round(((cpu.user + cpu.system) / 1000 / wall) * 1000) / 10 : 0);
        this.cpuAtSecond = process.cpuUsage();
        this.wallAtSecond = performance.now();
        const rss = process.memoryUsage.rss();
        this.rssSeries.push(Math.round(rss / 104857.6) / 10);
        this.peakRss = Math.max(this.peakRss, rss);
    }
    stop() {
        // The last second, however short, is a second of the run too: a stall in it is as real.
        if (performance.now() - this.wallAtSecond >= RESOLUTION_MS)
            this.closeSecond(true);
        this.overall.disable();
        this.perSecond.disable();
        this.judged.disable();
        const cpu = process.cpuUsage(this.cpuAtStart);
        const wallMs = performance.now() - this.wallAtStart;
        const has = this.overall.count > 0;
        return {
            eventLoopLagMs: {
                p50: has ? nsToMs(this.overall.percentile(50)) : 0,
                p99: has ? nsToMs(this.overall.percentile(99)) : 0,
                max: has ? nsToMs(this.overall.max) : 0,
            },
            lagSeries: this.lagSeries,
            delayShares: delayShares((p) => this.judged.percentile(p), this.judged.count, RESOLUTION_MS),
            cpuSeries: this.cpuSeries,
            rssSeries: this.rssSeries,
            cpuPercent: wallMs > 0 ? Math.round(((cpu.user + cpu.system) / 1000 / wallMs) * 1000) / 10 : 0,
            peakRssMb: Math.round(Math.max(this.peakRss, process.memoryUsage.rss()) / 1048576),
        };
    }
}
/** nsToMs turns a delay sample into the lag beyond the sampling interval, in milliseconds. */
function nsToMs(ns) {
    return Math.max(0, Math.round(ns / 1000 - RESOLUTION_MS * 1000) / 1000);
}

;// CONCATENATED MODULE: ./src/engine/open.ts
// The open model: arrivals follow the schedule whatever the service does, as real traffic does.
// Each arrival takes an idle connection, opens a new one up to the in-flight cap, or is dropped
// and counted: never delayed, because a delayed arrival would hide exactly the slowness we measure.
// (Over HTTP/2 a "connection" here is a stream slot: a new one takes a free stream, and opens a
// connection only when every one is full; see client/http2-pool.ts.)
//
// Pacing: fire every arrival that is due, then sleep on a timer until the next one. Node's timers
// wake about a millisecond late, so an arrival goes out up to that late; its latency still counts
// from its intended start, so the lateness is recorded, never hidden. Polling with setImmediate
// instead would send on time but burn a whole core from about 500 arrivals/s up, and a generator
// that saturates its own CPU measures itself, not the service.


/**
 * MAX_BATCH bounds the arrivals fired in one turn of the event loop. A rate the generator cannot
 * keep up with (or arrivals dropped at the in-flight cap, which cost almost nothing) would
 * otherwise keep fireDue looping for ever, and a stop signal would never be heard. It is well above
 * what falls due in one timer wake-up at any rate one process can send (about 100 at 100k/s), so
 * only a backlog is split: then the responses read between batches free their connections for the
 * next batch, instead of every late arrival opening a new one and the backlog feeding itself.
 */
const MAX_BATCH = 256;
class OpenModel {
    ctx;
    schedule;
    nextArrival = null;
    idle = [];
    all = [];
    busy = 0;
    issuing = true;
    timer = null;
    immediate = null;
    random;
    pump = () => this.wake();
    constructor(ctx) {
        this.ctx = ctx;
        this.schedule = new ArrivalSchedule(ctx.load.profile);
        this.random = (0,random/* seededRandom */.I)(ctx.load.seed, 0);
    }
    start() {
        this.nextArrival = this.schedule.nextArrivalMs();
        this.wake();
    }
    tick() { }
    stopIssuing(onTime = false) {
        // The engine's end-of-run timer and ours can fall due in the same millisecond (and Node may run
        // it a fraction early): every arrival of the profile still belongs to a run that ran its full
        // length. An interruption sends nothing more.
        if (this.issuing && onTime)
            while (this.fireDue(this.ctx.load.durationMs, this.ctx.now()))
                ;
        this.issuing = false;
        this.cancelWake();
        for (const slot of this.all)
            slot.cancel();
    }
    inFlight() {
        return this.busy;
    }
    connections() {
        return this.all.flatMap((slot) => slot.connections);
    }
    users() {
        return 0;
    }
    wake() {
        this.timer = null;
        this.immediate = null;
        if (!this.issuing)
            return;
        const backlog = this.fireDue(this.ctx.now());
        if (this.nextArrival === null)
            return;
        if (backlog) {
            this.immediate = this.ctx.clock.setImmediate(this.pump);
            return;
        }
        // A whole number of milliseconds, at least one: Node keeps one timer list per duration.
        const wait = Math.max(1, Math.ceil(this.nextArrival - this.ctx.now()));
        this.timer = this.ctx.clock.setTimeout(this.pump, wait);
    }
    /** fireDue sends the arrivals due by `dueByMs`, at most MAX_BATCH; true when more are due. */
    fireDue(dueByMs, nowMs = dueByMs) {
        // issuing: a hit can stop the run from inside fire() (a unique data file ran out): nothing more goes.
        for (let fired = 0; this.issuing && this.nextArrival !== null && this.nextArrival <= dueByMs; fired++) {
            if (fired === MAX_BATCH)
                return true;
            this.fire(this.nextArrival, nowMs);
            this.nextArrival = this.schedule.nextArrivalMs();
        }
        return false;
    }
    cancelWake() {
        if (this.timer)
            this.ctx.clock.clearTimeout(this.timer);
        if (this.immediate)
            this.ctx.clock.clearImmediate(this.immediate);
        this.timer = null;
        this.immediate = null;
    }
    fire(intendedMs, nowMs) {
        let slot = this.idle.pop();
        if (!slot) {
            if (this.all.length >= this.ctx.load.maxInFlight) {
                for (const arm of this.ctx.arms)
                    arm.collector.noteArrival(nowMs, true);
                return;
            }
            slot = this.ctx.sender((s) => this.after(s), this.all.length);
            this.all.push(slot);
        }
        for (const arm of this.ctx.arms)
            arm.collector.noteArrival(nowMs, false);
        this.busy++;
        slot.send(this.random(), this.random(), intendedMs);
    }
    after(slot) {
        this.busy--;
        this.idle.push(slot);
    }
}

;// CONCATENATED MODULE: ./src/engine/picker.ts
// Weighted choice of the next endpoint: a cumulative table and a binary search, O(log n) per pick.
class WeightedPicker {
    cumulative;
    /** weights must be non-negative with a positive sum; they need not sum to 1. */
    constructor(weights) {
        this.cumulative = new Float64Array(weights.length);
        let sum = 0;
        weights.forEach((weight, i) => {
            sum += weight;
            this.cumulative[i] = sum;
        });
        if (!(sum > 0))
            throw new Error('WeightedPicker needs a positive total weight');
        for (let i = 0; i < weights.length; i++)
            this.cumulative[i] /= sum;
    }
    /** pick maps a uniform number in [0, 1) to an index, each index with probability weight / total. */
    pick(u) {
        const c = this.cumulative;
        let low = 0;
        let high = c.length - 1;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (u < c[mid])
                high = mid;
            else
                low = mid + 1;
        }
        return low;
    }
}

// EXTERNAL MODULE: ./src/template/data.ts
var data = __webpack_require__(51208);
;// CONCATENATED MODULE: ./src/engine/engine.ts
// The run loop: start the load model, stop it on time (or when told), let requests in flight
// finish (up to their timeout after an on-time stop, briefly after an interruption), and cut what
// is left. Times out requests by sweeping the connections, which is
// cheaper than a timer per request at tens of thousands of requests per second.













/** TICK_MS: how often users are adjusted and timeouts swept; a timeout fires at most this late. */
const TICK_MS = 50;
/** INTERRUPT_DRAIN_MS: after Ctrl-C or an abort, in-flight requests get this long, so the whole stop stays under 2 s. */
const INTERRUPT_DRAIN_MS = 750;
/**
 * renderContext: templates' values from the run's seed (its own stream), the plan's variables, and
 * a sequence unique across the shards of a run (shard i of n counts i, i + n, i + 2n …).
 */
function renderContext(plan) {
    const shard = plan.shard ?? { index: 1, count: 1 };
    let hits = 0;
    return {
        random: (0,random/* seededRandom */.I)(plan.load.seed, 0x7e3a1e),
        vars: plan.variables,
        data: plan.data.map((file) => (0,data/* dataSource */.Ex)(file, file.order, file.onExhausted, shard)),
        rows: [],
        seq: () => shard.index + shard.count * hits++,
        // now() and isoNow() name the wall clock's time, not the run's.
        nowMs: () => Date.now(),
        session: null,
    };
}
/** connections: the run's real connections (closed at its end; told when the run is cut short), or the test's virtual ones. */
function connections(plan, connect) {
    if (connect)
        return { connect, interrupt: () => { }, close: () => { } };
    const transport = new Transport(plan.http.maxStreamsPerConnection, plan.load.timeoutMs);
    return { connect: transport.connect, interrupt: () => transport.interrupt(), close: () => transport.close() };
}
const realProbe = (judgedFromMs) => new HealthMonitor(judgedFromMs);
function runEngine(options) {
    const { plan } = options;
    const clock = options.clock ?? nodeClock;
    const t0 = clock.now();
    const now = () => clock.now() - t0;
    const health = (options.probe ?? realProbe)(plan.load.warmupMs);
    const transport = connections(plan, options.connect);
    const arms = options.arms.map((arm) => ({ origin: originOf(arm.target, plan.insecure, arm.version), requests: arm.requests, setupRequests: arm.setupRequests, collector: arm.collector, sockets: { opened: 0 } }));
    let stopping = null;
    let decidedAtMs = null;
    return new Promise((resolve) => {
        const ctx = {
            load: plan.load,
            arms,
            // Flows are picked per iteration, endpoints per hit.
            picker: new WeightedPicker(plan.flows ? plan.flows.flows.map((f) => f.weight) : plan.endpoints.map((e) => e.weight)),
            now,
            clock,
            connect: transport.connect,
            settled: () => {
                if (stopping && model.inFlight() === 0)
                    finish();
            },
            render: renderContext(plan),
            exhausted: (reason) => stop('aborted', reason),
            sender: (after, index) => (plan.flows ? new FlowSlot(ctx, plan.flows, after, options.setup ?? [], index) : new Slot(ctx, after)),
            traceIds: new trace_context/* TraceIds */.O8(),
        };
        const model = plan.load.model === 'closed' ? new ClosedModel(ctx) : new OpenModel(ctx);
        let nextSecond = 1000;
        let finished = false;
        const stop = (reason, abortReason = null) => {
            if (stopping)
                return;
            const loadEndMs = Math.min(now(), plan.load.durationMs);
            const drainMs = reason === 'completed' ? Math.min(plan.load.timeoutMs, options.maxDrainMs ?? defaults/* MAX_DRAIN_MS */.l) : INTERRUPT_DRAIN_MS;
            stopping = { reason, abortReason, loadEndMs, drainUntilMs: now() + drainMs };
            // Cut short: what is in flight gets a brief drain, and nothing is sent again (an HTTP/2 stream a graceful GOAWAY left).
            if (reason !== 'completed')
                transport.interrupt();
            model.stopIssuing(reason === 'completed');
            if (model.inFlight() === 0)
                finish();
        };
        const tick = () => {
            const t = now();
            for (const connection of model.connections()) {
                if (connection.busy && t - connection.startedAtMs >= plan.load.timeoutMs)
                    connection.timeOut();
            }
            if (stopping) {
                if (t >= stopping.drainUntilMs)
                    finish();
                return;
            }
            model.tick(t);
            for (const arm of arms)
                arm.collector.setGauges(t, { users: model.users(), inFlight: model.inFlight() });
            while (t >= nextSecond && !stopping) {
                health.sampleSecond();
                const asked = options.onSecond?.(t, model.users()) ?? null;
                nextSecond += 1000;
                if (asked?.kind === 'aborted')
                    stop('aborted', asked.reason);
                if (asked?.kind === 'decided') {
                    // Decided: the load is done, as if its duration had come; requests in flight drain as on time.
                    decidedAtMs = t;
                    stop('completed');
                }
            }
        };
        const finish = () => {
            if (finished || !stopping)
                return;
            finished = true;
            clock.clearTimeout(ticker);
            clock.clearTimeout(endTimer);
            options.signal?.removeEventListener('abort', onSignal);
            let interruptedRequests = 0;
            const connections = [...model.connections()];
            for (const connection of connections) {
                if (connection.busy) {
                    interruptedRequests++;
                    connection.interrupt();
                }
            }
            for (const connection of connections)
                connection.destroy();
            transport.close();
            resolve({
                stoppedBy: stopping.reason,
                decidedAtMs,
                abortReason: stopping.abortReason,
                loadEndMs: stopping.loadEndMs,
                endMs: now(),
                interruptedRequests,
                connectionsOpened: arms.reduce((sum, arm) => sum + arm.sockets.opened, 0),
                armConnections: arms.map((arm) => arm.sockets),
                health: health.stop(),
            });
        };
        const onSignal = () => stop('interrupted');
        // The ticker re-arms itself after each tick (not a fixed-rate interval), so a stalled loop
        // catches up with one tick rather than a burst of them.
        let ticker = clock.setTimeout(function everyTick() {
            tick();
            if (!finished)
                ticker = clock.setTimeout(everyTick, TICK_MS);
        }, TICK_MS);
        const endTimer = clock.setTimeout(() => stop('completed'), plan.load.durationMs);
        if (options.signal?.aborted) {
            stop('interrupted');
            return;
        }
        options.signal?.addEventListener('abort', onSignal, { once: true });
        model.start();
    });
}
/**
 * runSetup runs the flows' setup steps once, before any load, on every arm with its own session
 * (the canary's service token is the canary's). Nothing is measured. Any error, failed check or
 * failed capture ends it: a run whose setup failed cannot send the load it was asked to.
 */
function runSetup(options) {
    const { plan } = options;
    const flows = plan.flows;
    const clock = options.clock ?? nodeClock;
    const t0 = clock.now();
    const transport = connections(plan, options.connect);
    const arms = options.arms.map((arm) => ({ origin: originOf(arm.target, plan.insecure, arm.version), requests: [], setupRequests: arm.setupRequests, collector: null, sockets: { opened: 0 } }));
    return new Promise((resolve) => {
        let sweep = null;
        const ctx = {
            load: plan.load,
            arms,
            picker: new WeightedPicker([1]),
            now: () => clock.now() - t0,
            clock,
            connect: transport.connect,
            settled: () => { },
            render: renderContext(plan),
            exhausted: () => { },
            sender: () => {
                throw new Error('setup sends through its own slot');
            },
            traceIds: new trace_context/* TraceIds */.O8(),
        };
        const slot = new FlowSlot(ctx, flows, () => { }, [], 0, false, true, (end, sessions) => {
            if (sweep)
                clock.clearTimeout(sweep);
            for (const connection of slot.connections)
                connection.destroy();
            transport.close();
            if (end.failure !== null || end.status === INTERRUPTED)
                resolve({ ok: false, failure: end.failure ?? 'setup was interrupted' });
            else
                resolve({ ok: true, captured: sessions.map((s) => new Map(s)) });
        });
        // A setup request gets the run's timeout, swept as the engine sweeps.
        const tick = () => {
            const t = ctx.now();
            for (const connection of slot.connections)
                if (connection.busy && t - connection.startedAtMs >= plan.load.timeoutMs)
                    connection.timeOut();
            sweep = clock.setTimeout(tick, TICK_MS);
        };
        sweep = clock.setTimeout(tick, TICK_MS);
        try {
            slot.runSteps(flows.setup, 0);
        }
        catch (error) {
            // A bug of ours must not leave a timer and sockets holding the process open.
            if (sweep)
                clock.clearTimeout(sweep);
            for (const connection of slot.connections)
                connection.destroy();
            transport.close();
            throw error;
        }
    });
}

// EXTERNAL MODULE: ./src/metrics/histogram.ts
var metrics_histogram = __webpack_require__(85835);
// EXTERNAL MODULE: ./src/metrics/traces.ts
var traces = __webpack_require__(60663);
;// CONCATENATED MODULE: ./src/metrics/collector.ts
// The collector counts what happened: per endpoint, HDR histograms of latency (from the intended
// start) and service time (from the actual start), status and error counts, and a per-second
// series. Requests whose intended start falls in the warm-up are counted apart and never judged.
// Memory is fixed per endpoint and per second, whatever the request count.


class EndpointCounters {
    requests = 0;
    errors = 0;
    bytes = 0;
    statusCodes = new Map();
    errorCodes = new Map();
    /** protocolReasons: what the 'protocol' errors' responses broke, by the parser's stable reason. */
    protocolReasons = new Map();
    /** failureReasons: for check_failed and capture_failed, which check failed or what a capture missed. */
    failureReasons = new Map();
    latency = (0,metrics_histogram/* newHistogram */.HL)();
    service = (0,metrics_histogram/* newHistogram */.HL)();
    /** checkPassed, checkFailed: per check of the endpoint (withChecks), measured responses only. */
    checkPassed = [];
    checkFailed = [];
}
class Collector {
    endpointNames;
    warmupEndMs;
    keepSecondHistograms;
    endpoints;
    warmupRequests = 0;
    warmupErrors = 0;
    scheduled = 0;
    dropped = 0;
    series = [];
    /** secondBins: each closed second's latencies, decoded, for looks (kept only when asked: keepSecondBins). */
    secondBins = [];
    keepSecondBins = false;
    checkNames = [];
    /** traces: which traced requests keep their IDs (withTraces); null when the run is not traced. */
    traces = null;
    secondLatency = (0,metrics_histogram/* newHistogram */.HL)();
    second = 0;
    current = { requests: 0, errors: 0, arrivals: 0, dropped: 0, bytes: 0 };
    gauges = { users: 0, inFlight: 0 };
    /** lateness: how long after its intended start each measured request was handed to its connection (the generator's own pacing). */
    lateness = (0,metrics_histogram/* newHistogram */.HL)();
    /**
     * keepSecondHistograms also keeps each second's latency histogram and bytes (a few hundred bytes
     * to a few KB a second): comparisons take their intervals over batches of seconds, shards need
     * them for an exact merge, the Locust history for its running percentiles.
     */
    constructor(endpointNames, warmupEndMs, keepSecondHistograms = false) {
        this.endpointNames = endpointNames;
        this.warmupEndMs = warmupEndMs;
        this.keepSecondHistograms = keepSecondHistograms;
        this.endpoints = endpointNames.map(() => new EndpointCounters());
    }
    /** record counts one finished request. Called once per request: keep it lean. */
    record(outcome) {
        this.advanceTo(outcome.endMs);
        const latencyUs = (0,metrics_histogram/* toMicros */.tO)(outcome.endMs - outcome.intendedMs);
        const failed = outcome.error !== null;
        this.current.requests++;
        this.current.bytes += outcome.bytes;
        if (failed)
            this.current.errors++;
        this.secondLatency.recordValue(latencyUs);
        if (outcome.intendedMs < this.warmupEndMs && outcome.measured !== true) {
            this.warmupRequests++;
            if (failed)
                this.warmupErrors++;
            return;
        }
        const counters = this.endpoints[outcome.endpoint];
        counters.requests++;
        counters.bytes += outcome.bytes;
        counters.latency.recordValue(latencyUs);
        counters.service.recordValue((0,metrics_histogram/* toMicros */.tO)(outcome.endMs - outcome.startMs));
        this.lateness.recordValue((0,metrics_histogram/* toMicros */.tO)(Math.max(0, outcome.startMs - outcome.intendedMs)));
        if (outcome.status !== 0)
            counters.statusCodes.set(outcome.status, (counters.statusCodes.get(outcome.status) ?? 0) + 1);
        if (failed) {
            counters.errors++;
            counters.errorCodes.set(outcome.error, (counters.errorCodes.get(outcome.error) ?? 0) + 1);
            if (outcome.reason !== undefined) {
                const reasons = outcome.error === 'protocol' ? counters.protocolReasons : counters.failureReasons;
                const key = outcome.error === 'protocol' ? outcome.reason : `${outcome.error}\u0000${outcome.reason}`;
                reasons.set(key, (reasons.get(key) ?? 0) + 1);
            }
        }
        if (outcome.trace !== undefined && this.traces)
            this.traces.note(outcome);
    }
    /** withTraces: keep the trace IDs of each endpoint's `slowest` measured requests, and of up to `failedCap` failed ones. */
    withTraces(slowest, failedCap) {
        this.traces = new traces/* TraceKeeper */.CM(this.endpointNames, slowest, failedCap);
        return this;
    }
    /** recordCheck counts one check's outcome on one response (a flow step's); warm-up responses are not judged, so not counted. */
    recordCheck(endpoint, check, passed, intendedMs) {
        if (intendedMs < this.warmupEndMs)
            return;
        const counters = this.endpoints[endpoint];
        if (passed)
            counters.checkPassed[check]++;
        else
            counters.checkFailed[check]++;
    }
    /** withChecks: the names of each endpoint's checks, in the order recordCheck numbers them. */
    withChecks(names) {
        this.checkNames = names;
        this.endpoints.forEach((c, i) => {
            c.checkPassed = (names[i] ?? []).map(() => 0);
            c.checkFailed = (names[i] ?? []).map(() => 0);
        });
        return this;
    }
    /** noteArrival counts an open-model arrival, and whether it had to be dropped at the in-flight cap. */
    noteArrival(nowMs, dropped) {
        this.advanceTo(nowMs);
        this.scheduled++;
        this.current.arrivals++;
        if (dropped) {
            this.dropped++;
            this.current.dropped++;
        }
    }
    setGauges(nowMs, gauges) {
        this.advanceTo(nowMs);
        this.gauges = gauges;
    }
    /** advanceTo closes every whole second before `nowMs` into the series. */
    advanceTo(nowMs) {
        while (nowMs >= (this.second + 1) * 1000)
            this.closeSecond();
    }
    closeSecond() {
        const c = this.current;
        this.series.push({
            t: this.second,
            requests: c.requests,
            errors: c.errors,
            p50: (0,metrics_histogram/* percentileMs */.OZ)(this.secondLatency, 50),
            p95: (0,metrics_histogram/* percentileMs */.OZ)(this.secondLatency, 95),
            p99: (0,metrics_histogram/* percentileMs */.OZ)(this.secondLatency, 99),
            users: this.gauges.users,
            arrivals: c.arrivals,
            dropped: c.dropped,
            inFlight: this.gauges.inFlight,
            warmup: this.second * 1000 < this.warmupEndMs,
            ...(this.keepSecondHistograms ? { histogram: (0,metrics_histogram/* encodeHistogram */.ll)(this.secondLatency), bytes: c.bytes } : {}),
        });
        if (this.keepSecondBins)
            this.secondBins.push((0,metrics_histogram/* binsOfHistogram */.uQ)(this.secondLatency));
        this.secondLatency.reset();
        this.current = { requests: 0, errors: 0, arrivals: 0, dropped: 0, bytes: 0 };
        this.second++;
    }
    /** lastSecond is the most recent closed second, for live progress. */
    lastSecond() {
        return this.series[this.series.length - 1];
    }
    /** measured totals so far (after warm-up), for live progress and early abort. */
    measuredTotals() {
        let requests = 0;
        let errors = 0;
        for (const e of this.endpoints) {
            requests += e.requests;
            errors += e.errors;
        }
        return { requests, errors };
    }
    /** endpointTotals are one endpoint's measured counts so far. */
    endpointTotals(index) {
        return { requests: this.endpoints[index].requests, errors: this.endpoints[index].errors };
    }
    /** countAboveMs counts measured latencies above `ms`, for one endpoint or (index null) all of them. */
    countAboveMs(index, ms) {
        const histogram = index === null ? (0,metrics_histogram/* mergeHistograms */.Q7)(this.endpoints.map((e) => e.latency)) : this.endpoints[index].latency;
        return (0,metrics_histogram/* countAboveMs */.Tv)(histogram, ms);
    }
    /**
     * snapshot turns the counters into plain data for a measured window of `measuredMs`, closing the
     * partial last second at `endMs` so the series covers the whole run.
     */
    /** latenessShares: for each b of `gridMs`, the share of measured requests sent more than b ms after their intended start. */
    latenessShares(gridMs) {
        const total = this.lateness.totalCount;
        return gridMs.map((b) => [b, total > 0 ? (0,metrics_histogram/* countAboveMs */.Tv)(this.lateness, b) / total : 0]);
    }
    /** forLooks: keep each second's latencies decoded from now on, for look() (a run that decides early). */
    forLooks() {
        this.keepSecondBins = true;
        return this;
    }
    /**
     * look: the run so far for a look (decide_early), read at a whole second already closed: the same
     * numbers as a snapshot, latencies as bins, nothing encoded and nothing closed early, so that a
     * look costs the generator little and changes nothing the final snapshot reads.
     */
    look(measuredMs, endpointLatencies) {
        const seconds = measuredMs / 1000;
        // Each walk of a histogram's buckets costs a millisecond or more: one per latency read, none for
        // service times (no look judges them), none for an endpoint whose latencies no look judges.
        const lookAt = (name, c, latency) => {
            const bins = latency ? (0,metrics_histogram/* binsOfHistogram */.uQ)(latency) : [];
            const counts = c.requests;
            return {
                name,
                requests: counts,
                errors: c.errors,
                errorRatePercent: counts === 0 ? 0 : (c.errors / counts) * 100,
                throughputRps: seconds > 0 ? counts / seconds : 0,
                bytes: c.bytes,
                latencyMs: (0,metrics_histogram/* summaryOfBins */.UZ)(bins),
                serviceTimeMs: { ...metrics_histogram/* EMPTY_SUMMARY */.fB },
                statusCodes: {},
                errorCodes: {},
                bins,
            };
        };
        return {
            measuredSeconds: seconds,
            overall: this.withCheckCounts(null, lookAt('overall', this.totals(), (0,metrics_histogram/* mergeHistograms */.Q7)(this.endpoints.map((c) => c.latency)))),
            endpoints: this.endpoints.map((c, i) => this.withCheckCounts(i, lookAt(this.endpointNames[i], c, endpointLatencies(i) ? c.latency : null))),
            series: this.series.map(({ t, requests, errors, warmup }, i) => ({ t, requests, errors, warmup, bins: this.secondBins[i] ?? [] })),
        };
    }
    /** checkCounts: an endpoint's checks with their outcomes, or (null) every endpoint's, each named after its endpoint. */
    checkCounts(index) {
        if (index !== null)
            return (this.checkNames[index] ?? []).map((name, k) => ({ name, passed: this.endpoints[index].checkPassed[k], failed: this.endpoints[index].checkFailed[k] }));
        return this.endpoints.flatMap((_, i) => this.checkCounts(i).map((c) => ({ ...c, name: `${this.endpointNames[i]} › ${c.name}` })));
    }
    /** withCheckCounts: `metrics` with its scope's check outcomes, when it has checks. */
    withCheckCounts(index, metrics) {
        const checks = this.checkCounts(index);
        return checks.length > 0 ? { ...metrics, checks } : metrics;
    }
    /** totals: every endpoint's counts added up. */
    totals() {
        return {
            requests: sum(this.endpoints, (c) => c.requests),
            errors: sum(this.endpoints, (c) => c.errors),
            bytes: sum(this.endpoints, (c) => c.bytes),
            statusCodes: mergeCounts(this.endpoints.map((c) => c.statusCodes)),
            errorCodes: mergeCounts(this.endpoints.map((c) => c.errorCodes)),
            protocolReasons: mergeCounts(this.endpoints.map((c) => c.protocolReasons)),
            // The whole run's reasons name their step: the same check can be on several.
            failureReasons: mergeCounts(this.endpoints.map((c, i) => new Map([...c.failureReasons].map(([key, n]) => [key.replace('\u0000', `\u0000${this.endpointNames[i]} › `), n])))),
        };
    }
    snapshot(endMs, measuredMs) {
        this.advanceTo(endMs);
        if (this.series.length * 1000 < endMs)
            this.closeSecond();
        const seconds = measuredMs / 1000;
        const endpoints = this.endpoints.map((c, i) => this.withCheckCounts(i, toMetrics(this.endpointNames[i], c.requests, c.errors, c.bytes, c.statusCodes, c.errorCodes, c.latency, c.service, seconds, c.protocolReasons, c.failureReasons)));
        const totals = this.totals();
        const overall = this.withCheckCounts(null, toMetrics('overall', totals.requests, totals.errors, totals.bytes, totals.statusCodes, totals.errorCodes, (0,metrics_histogram/* mergeHistograms */.Q7)(this.endpoints.map((c) => c.latency)), (0,metrics_histogram/* mergeHistograms */.Q7)(this.endpoints.map((c) => c.service)), seconds, totals.protocolReasons, totals.failureReasons));
        return {
            measuredSeconds: seconds,
            overall,
            endpoints,
            warmup: { requests: this.warmupRequests, errors: this.warmupErrors },
            arrivals: { scheduled: this.scheduled, dropped: this.dropped },
            series: [...this.series],
            ...(this.traces ? { traces: this.traces.sample() } : {}),
        };
    }
}
function toMetrics(...args) {
    const [, , , , , , latency, service] = args;
    return { ...countsOf(...args), histograms: { latency: (0,metrics_histogram/* encodeHistogram */.ll)(latency), serviceTime: (0,metrics_histogram/* encodeHistogram */.ll)(service) } };
}
/** countsOf: an endpoint's numbers without its encoded histograms (a look's; toMetrics adds them). */
function countsOf(name, requests, errors, bytes, statusCodes, errorCodes, latency, service, seconds, protocolReasons, failureReasons = new Map()) {
    return {
        name,
        requests,
        errors,
        errorRatePercent: requests === 0 ? 0 : (errors / requests) * 100,
        throughputRps: seconds > 0 ? requests / seconds : 0,
        bytes,
        latencyMs: (0,metrics_histogram/* summarize */.eh)(latency),
        serviceTimeMs: (0,metrics_histogram/* summarize */.eh)(service),
        statusCodes: Object.fromEntries([...statusCodes].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v])),
        errorCodes: Object.fromEntries([...errorCodes].sort((a, b) => b[1] - a[1])),
        ...(protocolReasons.size > 0 ? { protocolReasons: Object.fromEntries([...protocolReasons].sort((a, b) => b[1] - a[1])) } : {}),
        ...(failureReasons.size > 0 ? { failureReasons: failureReasonsOf(failureReasons) } : {}),
    };
}
function sum(items, of) {
    return items.reduce((total, item) => total + of(item), 0);
}
function mergeCounts(maps) {
    const merged = new Map();
    for (const map of maps)
        for (const [key, count] of map)
            merged.set(key, (merged.get(key) ?? 0) + count);
    return merged;
}
/** failureReasonsOf: the counts keyed "code\0reason" as { check_failed: { reason: n }, capture_failed: { … } }, most frequent first. */
function failureReasonsOf(counts) {
    const out = {};
    for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1])) {
        const [code, reason] = key.split('\u0000');
        (out[code] ??= {})[reason] = n;
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/build.ts
var build = __webpack_require__(95066);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
// EXTERNAL MODULE: ./src/slo/checks.ts
var checks = __webpack_require__(4435);
;// CONCATENATED MODULE: ./src/slo/abort.ts
// Abort-on-fail: stop a run early once a threshold can no longer be met whatever the rest of the
// run does, to spare a failing canary (and everyone's time). "Can no longer be met" is arithmetic
// on a projection of the whole run's requests: the requests so far, scaled by how much of the load
// profile is still to come, with 25% headroom so an optimistic projection never aborts a run that
// could still pass.

const HEADROOM = 1.25;
/** alreadyLost returns why the run can no longer pass, or null. */
function alreadyLost(input) {
    if (!(input.done > 0))
        return null;
    for (const scope of input.scopes) {
        const { requests, errors } = input.totals(scope.endpoint);
        if (requests < input.minRequests)
            continue;
        const projected = Math.round(requests * (1 + (HEADROOM * input.remaining) / input.done));
        const where = scope.name === null ? '' : `${scope.name}: `;
        const limit = scope.thresholds.error_rate;
        if (limit && (errors / projected) * 100 > limit.value) {
            return `${where}Error rate can no longer meet ${(0,checks/* formatValue */.Fl)('error_rate', limit.value)}: ${errors.toLocaleString('en-US')} errors already exceed that share of the ~${projected.toLocaleString('en-US')} requests the whole run would send`;
        }
        for (const key of ['p50', 'p90', 'p95', 'p99', 'p999']) {
            const threshold = scope.thresholds[key];
            if (!threshold)
                continue;
            const allowedShare = 1 - (key === 'p999' ? 99.9 : Number(key.slice(1))) / 100;
            const slow = input.countAboveMs(scope.endpoint, threshold.value);
            if (slow > allowedShare * projected) {
                return `${where}${checks/* METRIC_LABEL */.SM[key]} can no longer meet ${(0,checks/* formatValue */.Fl)(key, threshold.value)}: ${slow.toLocaleString('en-US')} requests already took longer, more than ${+(allowedShare * 100).toFixed(1)}% of the ~${projected.toLocaleString('en-US')} the whole run would send`;
            }
        }
    }
    return null;
}

// EXTERNAL MODULE: ./src/slo/evidence.ts
var evidence = __webpack_require__(43679);
// EXTERNAL MODULE: ./src/slo/failures.ts
var failures = __webpack_require__(26697);
// EXTERNAL MODULE: ./src/slo/distortion.ts
var distortion = __webpack_require__(95669);
// EXTERNAL MODULE: ./src/slo/generator.ts
var generator = __webpack_require__(10225);
// EXTERNAL MODULE: ./src/slo/verdict.ts + 1 modules
var verdict = __webpack_require__(46616);
;// CONCATENATED MODULE: ./src/slo/resources.ts
// What the target's resources did while under load: min, average and maximum CPU and memory of each
// container, pod or process over the measured window, and the resource SLOs judged on the average
// (a sustained level, not one spike between two samples).
function resourceSeries(readings, fromSecond, toSecond) {
    const groups = new Map();
    for (const reading of readings) {
        const key = `${reading.source}\u0000${reading.name}`;
        groups.set(key, [...(groups.get(key) ?? []), reading]);
    }
    return [...groups.values()].map((group) => {
        const samples = group.map((r) => ({
            t: r.t,
            cpuPercent: r.cpuPercent === null ? null : round(r.cpuPercent),
            memoryMb: r.memoryBytes === null ? null : round(r.memoryBytes / 1048576),
            memoryPercent: r.memoryBytes !== null && r.memoryLimitBytes ? round((r.memoryBytes / r.memoryLimitBytes) * 100) : null,
        }));
        const measured = samples.filter((s) => s.t >= fromSecond && s.t <= toSecond);
        const spread = (values) => {
            const known = values.filter((v) => v !== null && Number.isFinite(v));
            return known.length === 0 ? null : { min: Math.min(...known), avg: round(known.reduce((a, b) => a + b, 0) / known.length), max: Math.max(...known) };
        };
        return {
            source: group[0].source,
            name: group[0].name,
            samples,
            cpuPercent: spread(measured.map((s) => s.cpuPercent)),
            memoryMb: spread(measured.map((s) => s.memoryMb)),
            memoryPercent: spread(measured.map((s) => s.memoryPercent)),
        };
    });
}
/** resourceChecks judges each series' average against the limits, in the seeds' words. */
function resourceChecks(series, thresholds) {
    const checks = [];
    // A limit with no reading to judge is never a pass: no data, said as such (the verdict holds it inconclusive).
    const noReadings = (metric, label, threshold, name, why = 'no reading during the measured load (read more often with resources.interval, or run longer)') => checks.push({ metric, endpoint: name, threshold: threshold.value, actual: 0, unit: '%', passed: false, noData: true, message: `${name ? `${name}: ` : ''}${label} could not be judged against ${threshold.value}%: ${why}`, source: threshold.source });
    if (series.length === 0) {
        if (thresholds.cpuPercent)
            noReadings('cpu_percent', 'CPU', thresholds.cpuPercent, null);
        if (thresholds.memoryPercent)
            noReadings('memory_percent', 'Memory', thresholds.memoryPercent, null);
    }
    for (const s of series) {
        for (const [metric, spread, threshold, label] of [
            ['cpu_percent', s.cpuPercent, thresholds.cpuPercent, 'CPU'],
            ['memory_percent', s.memoryPercent, thresholds.memoryPercent, 'Memory'],
        ]) {
            if (!threshold)
                continue;
            if (!spread) {
                // Memory read in MB with no limit beside it has no percentage: say that, not "no reading".
                const noLimit = metric === 'memory_percent' && s.memoryMb !== null;
                noReadings(metric, label, threshold, s.name, noLimit ? `the source gives memory in MB (${s.memoryMb.avg} MB on average) but no limit to take a percentage of: give it one (for Prometheus, resources.prometheus.memory_limit)` : undefined);
                continue;
            }
            const passed = spread.avg <= threshold.value;
            checks.push({
                metric,
                endpoint: s.name,
                threshold: threshold.value,
                actual: spread.avg,
                unit: '%',
                passed,
                message: `${s.name}: ${label} ${spread.avg}% (average under load, peak ${spread.max}%) ${passed ? 'within threshold' : 'exceeds threshold'} ${threshold.value}%`,
                source: threshold.source,
            });
        }
    }
    return checks;
}
function round(value) {
    return Math.round(value * 10) / 10;
}

// EXTERNAL MODULE: ./src/app/judge.ts + 2 modules
var judge = __webpack_require__(84073);
// EXTERNAL MODULE: ./src/config/plan.ts
var config_plan = __webpack_require__(29311);
// EXTERNAL MODULE: ./src/slo/check-intervals.ts
var check_intervals = __webpack_require__(21319);
;// CONCATENATED MODULE: ./src/slo/sequential.ts
// Deciding as soon as the data allows, and not before (decide_early). A run that looks at its data
// again and again and stops the first time an interval clears its rule would be wrong far more
// often than any one interval's confidence says: each look is another chance of a false alarm.
//
// The looks are fixed before the run starts: the first once the minimum duration (after the
// warm-up) has passed and the profile has reached its last level, then every 1.5× as much load, and
// the last at the maximum. The error rate α = 1 − confidence is spent over them in equal shares:
// each look's intervals are taken at confidence 1 − α/K, so by Bonferroni's inequality the
// chance that *any* look decides wrongly is at most α. This is alpha spending (Lan and DeMets,
// "Discrete sequential boundaries for clinical trials", Biometrika 70(3), 1983) with a flat
// spending function, bounded by the union rather than by the looks' joint distribution: a little
// conservative, and valid whatever the correlation between looks, which batches of time make
// hard to know. The same level is used at the maximum, so a run's reported intervals are the ones
// its decision rested on. The looks' times are pacing/looks.ts's. Pure.
/** lookConfidence: the confidence each of `looks` looks is taken at, so that all of them together keep `confidence`. */
function lookConfidence(confidence, looks) {
    return 1 - (1 - confidence) / Math.max(1, looks);
}
/**
 * lookOutcome: a look is decided when the verdict can no longer change: a part has clearly failed
 * (a comparison beyond its rule at the spent level, a threshold broken with its interval clear of
 * the limit: a fail is a fail whatever the rest says), or every part is decided: each threshold
 * clear of its limit, enough requests, each comparison a pass.
 */
function lookOutcome(facts) {
    const failed = facts.comparisons.some((c) => c.verdict === 'fail') || facts.thresholds.some((c) => c.settled && c.failed === true);
    const open = [];
    if (!facts.enoughRequests)
        open.push('too few requests so far (min_requests)');
    for (const check of facts.thresholds)
        if (!check.settled)
            open.push(`${check.what}: too close to its limit to call yet`);
    for (const comparison of facts.comparisons)
        if (comparison.verdict === 'inconclusive')
            open.push(...comparison.open.map((reason) => `${comparison.what}: ${reason}`));
    return { decided: failed || open.length === 0, open: failed ? [] : open };
}

// EXTERNAL MODULE: ./src/slo/compare/blocks.ts
var compare_blocks = __webpack_require__(39888);
// EXTERNAL MODULE: ./src/slo/compare/judge.ts + 1 modules
var compare_judge = __webpack_require__(21543);
;// CONCATENATED MODULE: ./src/app/measure.ts
// The parts of a run's verdict that its metrics alone decide, as one look at them: the threshold
// checks with their intervals, and a canary's comparison with production. The run's final judgement
// (app/run.ts) and a run that decides early (app/look.ts) take them the same way. Pure.






/** thresholdChecks: the plan's thresholds applied to one arm's metrics, each latency and error-rate check with its interval at `confidence`. */
function thresholdChecks(plan, snapshot, confidence) {
    const names = plan.endpoints.map((e) => (0,redact/* redactPath */.tp)(e.name));
    // A shard judges its own share provisionally: it is asked for its share of the throughput.
    const share = plan.shard?.share ?? 1;
    const evaluated = (0,checks/* evaluateChecks */.Jn)(snapshot.overall, (0,checks/* forShare */.Jv)(plan.thresholds, share), plan.endpoints.map((endpoint, i) => ({ metrics: snapshot.endpoints[i], thresholds: (0,checks/* forShare */.Jv)(endpoint.thresholds, share) })));
    const blocks = (0,compare_blocks/* measuredBlocks */.hb)(snapshot.series);
    return (0,check_intervals/* withIntervals */.X)(evaluated, (check) => (check.endpoint === null ? { metrics: snapshot.overall, blocks } : { metrics: snapshot.endpoints[names.indexOf(check.endpoint)] }), confidence);
}
/**
 * canaryComparison: the canary against production, measured at the same moments, at `confidence`;
 * `wholeRunOnly` for a look, where only the whole run can hold the verdict open (the endpoints are
 * the final judgement's, on everything measured).
 */
function canaryComparison(plan, canary, production, confidence, wholeRunOnly = false, sharedDelay) {
    return (0,compare_judge/* compareSamples */.r_)({
        // Both arms took the generator's delay alike: only what it could do to the difference holds a failure.
        ...(sharedDelay?.shares.length ? { sharedDelay } : {}),
        scopes: [
            { name: null, subject: { ...canary.overall, blocks: (0,compare_blocks/* measuredBlocks */.hb)(canary.series) }, reference: { ...production.overall, blocks: (0,compare_blocks/* measuredBlocks */.hb)(production.series) } },
            ...(wholeRunOnly ? [] : canary.endpoints.map((e, i) => ({ name: e.name, subject: e, reference: production.endpoints[i] }))),
        ],
        criteria: plan.canary.criteria,
        confidence,
        required: plan.canary.required,
        random: (0,random/* seededRandom */.I)(plan.load.seed, 0xc0ffee),
    });
}

// EXTERNAL MODULE: ./src/app/regression.ts + 1 modules
var app_regression = __webpack_require__(44341);
;// CONCATENATED MODULE: ./src/app/look.ts
// A run that decides early (decide_early) looks at its data at the plan's fixed moments (pacing/
// looks.ts): its threshold checks with their intervals, a canary's comparison with production, and
// its baseline comparison, each at the look's share of the error rate (slo/sequential.ts). The
// first look where all of them are decided ends the load; the final verdict is still the judge's,
// on everything measured (every endpoint's comparison too), with the same confidence. A look reads
// the collectors as they stand, decoded and never encoded (Collector.look), and closes nothing:
// it must cost the generator it watches little, and change nothing the final snapshot reads.






/** confidences: what each part of the verdict is judged at, every look and the final one alike. */
function confidences(plan) {
    const looks = plan.sequential?.looksMs.length ?? 1;
    return {
        checks: lookConfidence(check_intervals/* CHECK_CONFIDENCE */.y, looks),
        canary: plan.canary ? lookConfidence(plan.canary.confidence, looks) : null,
        baseline: plan.baseline ? lookConfidence(plan.baseline.confidence, looks) : null,
    };
}
/**
 * sequentialLooks: the plan's looks over the collectors; `protocol`: what the (canary's) load goes
 * over, which decides whether the baseline can be compared at all; `defer` runs a look's next part
 * after pending I/O (setImmediate).
 */
function sequentialLooks(plan, collectors, baseline, protocol = null, defer = setImmediate) {
    const sequential = plan.sequential;
    const confidence = confidences(plan);
    // The last look is the maximum: the run ends there anyway and the judge decides on all of it.
    const pending = sequential.looksMs.slice(0, -1);
    let taken = 0;
    let decidedAtMs = null;
    let open = [];
    // Only an endpoint's own latency thresholds need its latencies at a look (its comparison is the final judgement's).
    const judgedLatency = (i) => config_plan/* LATENCY_KEYS */.SD.some((key) => plan.endpoints[i].thresholds[key] !== undefined);
    // A look's parts run one macrotask each (`defer`), so the connections are read between them: one
    // look all at once would hold the event loop long enough to delay the responses it is measuring.
    let inLook = false;
    let decidedLookMs = null;
    const look = (elapsedMs) => {
        inLook = true;
        // The seconds the collectors have closed; nothing encoded (Collector.look), read at once.
        const measuredMs = Math.max(0, Math.floor(elapsedMs / 1000) * 1000 - plan.load.warmupMs);
        const [snapshot, production] = collectors.map((c) => c.look(measuredMs, judgedLatency));
        const comparisons = [];
        const parts = [];
        let thresholds = [];
        parts.push(() => {
            thresholds = thresholdChecks(plan, snapshot, confidence.checks).map((c) => ({ what: c.endpoint === null ? c.metric : `${c.endpoint} ${c.metric}`, settled: !c.noData && !c.closeCall && (c.interval !== undefined || c.passed), failed: !c.passed }));
        });
        if (production && plan.canary) {
            parts.push(() => {
                const canary = canaryComparison(plan, snapshot, production, confidence.canary, true);
                comparisons.push({ what: 'vs production', verdict: canary.verdict, open: canary.reasons });
            });
        }
        if (baseline?.found && plan.baseline) {
            parts.push(() => {
                const regression = (0,app_regression/* compareWithBaseline */.$)(comparedOf(plan, snapshot, protocol), baseline, { ...plan.baseline, confidence: confidence.baseline }, plan.endpoints, plan.vocabulary);
                // A baseline that cannot be compared is not decided by more data: it holds no look open.
                if (regression.status === 'compared' && regression.verdict)
                    comparisons.push({ what: 'vs baseline', verdict: regression.verdict, open: regression.reasons });
            });
        }
        const next = () => {
            const part = parts.shift();
            if (part) {
                part();
                defer(next);
                return;
            }
            const outcome = lookOutcome({ thresholds, enoughRequests: snapshot.overall.requests >= plan.load.minRequests, comparisons });
            open = outcome.open;
            if (outcome.decided)
                decidedLookMs = elapsedMs;
            inLook = false;
        };
        defer(next);
    };
    return {
        at: (elapsedMs) => {
            // A look that found everything decided ends the load at the next second: what came since only adds data.
            if (decidedLookMs !== null) {
                decidedAtMs ??= elapsedMs;
                return { kind: 'decided' };
            }
            if (inLook || pending.length === 0 || elapsedMs < pending[0])
                return null;
            // A stalled loop may have skipped past several looks: this is one look, and the others are spent unused.
            while (pending.length > 0 && elapsedMs >= pending[0])
                pending.shift();
            taken++;
            look(elapsedMs);
            return null;
        },
        report: () => ({
            looksSeconds: sequential.looksMs.map((ms) => ms / 1000),
            minSeconds: sequential.minMs / 1000,
            why: sequential.why,
            confidence,
            looksTaken: taken + (decidedAtMs === null ? 1 : 0),
            decidedAtSeconds: decidedAtMs === null ? null : Math.round(decidedAtMs / 100) / 10,
            openAtLastLook: decidedAtMs === null ? open : [],
        }),
    };
}
/** comparedOf: a look's snapshot as the baseline comparison reads a run (the generator's delay is the final judge's to weigh). */
function comparedOf(plan, snapshot, protocol) {
    return {
        protocol,
        overall: snapshot.overall,
        endpoints: snapshot.endpoints.map((e, i) => ({ ...e, method: plan.endpoints[i].method, path: (0,redact/* redactPath */.tp)(plan.endpoints[i].path) })),
        timeseries: snapshot.series,
        plan: { seed: plan.load.seed },
        generator: { delayShares: [], eventLoopLagMs: { p50: 0, p99: 0, max: 0 } },
    };
}

;// CONCATENATED MODULE: ./src/app/resources.ts
// Sampling the target's resources beside the load: every source that can be read now is read at
// once and then every interval; sources that answer for a window (Prometheus) are asked once the
// load is over. A source that fails is reported once and not asked again; the run goes on.
function startSampling(sources, intervalMs, startEpochMs, now = Date.now) {
    const readings = [];
    const errors = [];
    const failed = new Set();
    const pending = new Set();
    const fail = (source, error) => {
        failed.add(source);
        errors.push(`${source.label}: ${error.message}`);
    };
    const sampleAll = () => {
        const t = Math.round((now() - startEpochMs) / 100) / 10;
        for (const source of sources) {
            if (!source.read || failed.has(source))
                continue;
            const read = source
                .read()
                .then((found) => {
                for (const reading of found)
                    readings.push({ ...reading, t, source: source.label });
            })
                .catch((error) => fail(source, error))
                .finally(() => pending.delete(read));
            pending.add(read);
        }
    };
    sampleAll();
    const timer = setInterval(sampleAll, intervalMs);
    return {
        stop: async (endEpochMs) => {
            clearInterval(timer);
            await Promise.all(pending);
            for (const source of sources) {
                if (!source.window)
                    continue;
                try {
                    const found = await source.window(startEpochMs, endEpochMs, Math.max(1, Math.round(intervalMs / 1000)));
                    readings.push(...found.map((reading) => ({ ...reading, source: source.label })));
                }
                catch (error) {
                    fail(source, error);
                }
            }
            return { readings: readings.sort((a, b) => a.t - b.t), errors };
        },
    };
}

// EXTERNAL MODULE: ./src/app/shared-version.ts
var shared_version = __webpack_require__(89171);
// EXTERNAL MODULE: ./src/app/settle-arms.ts
var settle_arms = __webpack_require__(99770);
// EXTERNAL MODULE: ./src/template/generators.ts
var generators = __webpack_require__(88182);
;// CONCATENATED MODULE: ./src/app/run.ts
// One run, measured: pre-flight → load → metrics → SLO checks, as a body (its report without a
// verdict) and its SLO judgement. In canary mode the same stream of requests goes to the canary and
// to production at the same time, the canary's own SLOs still apply, and the canary is compared with
// production. The whole verdict is then the judge's (app/judge.ts, slo/decide.ts). It never touches
// process.* or @actions/*.





















/** bindingsOfPlan: every variable the plan's templates read: its variables, data columns, and what flows capture. */
function bindingsOfPlan(plan) {
    const bindings = (0,generators/* bindingsOf */.kK)(plan.variables, plan.data);
    for (const name of plan.flows?.captured ?? [])
        bindings.set(name, { kind: 'session' });
    return bindings;
}
/** targetsOf: where the load goes: the target, and production beside a canary. */
function targetsOf(plan) {
    return plan.mode === 'canary' && plan.canary !== null ? [plan.target, plan.canary.productionUrl] : [plan.target];
}
const dateClock = (options) => options.now ?? (() => new Date());
/** runLoadTest: one run measured, judged and reported, with no rollback: a rollout's stage, a test. */
async function runLoadTest(plan, options = {}) {
    return reported(plan, await measureRun(plan, options), options);
}
/** loadAndJudge: runLoadTest after its pre-flight (a test seam for runs on a virtual clock). */
async function loadAndJudge(plan, steps, options = {}) {
    return reported(plan, await measureLoad(plan, steps, options, dateClock(options)()), options);
}
function reported(plan, run, options) {
    return (0,build/* finishReport */.Ux)(run.body, { ...(0,judge/* judgeRun */.Z)(run, plan, options.baseline ?? null), rollback: build/* NO_ROLLBACK */.ze });
}
/** measureRun: the pre-flight, then the load; a target that cannot be reached fails with what was tried. */
async function measureRun(plan, options = {}) {
    const now = dateClock(options);
    const startedAt = now();
    const targets = targetsOf(plan);
    const steps = [];
    const unreachable = (reason, preflight) => {
        const slo = { verdict: 'fail', reasons: [reason], violations: [], untrusted: [] };
        return { slo, body: (0,build/* runBody */.ki)({ plan, startedAt, endedAt: now(), status: 'unreachable', loadSeconds: 0, snapshot: null, checks: [], judgement: slo, preflight, generator: null }) };
    };
    // Which HTTP each target's load goes over: settled per target at its pre-flight, then made alike for a canary and production.
    const settled = await (0,settle_arms/* settleArms */.n3)(plan, targets, options);
    steps.push(...settled.steps);
    if (!settled.ok)
        return unreachable(settled.reason, steps);
    // A baseline over HTTP/1.1 holds an auto run to it where the target speaks it: compared like for like.
    const held = await (0,shared_version/* holdToBaseline */.Cf)(options.baseline?.found ? options.baseline.baseline.protocol : null, targets, settled.protocols, (0,settle_arms/* offeringOnlyHttp11 */.PE)((0,settle_arms/* preflightOptionsOf */.bO)(plan, options)));
    steps.push(...held.steps);
    const protocols = held.protocols;
    // Setup (a flow's service token): once per target before any load; a failure fails the run as the pre-flight does.
    let setupCaptures;
    if (plan.flows && plan.flows.setup.length > 0) {
        const began = options.monotonic?.() ?? performance.now();
        const bindings = bindingsOfPlan(plan);
        const setup = await runSetup({ plan, arms: targets.map((target, i) => ({ target, version: protocols[i].version, setupRequests: prepareRequests(target, plan.flows.setup.map((s) => s.request), plan.headers, bindings, plan.trace) })), ...options.engine });
        const elapsedMs = (options.monotonic?.() ?? performance.now()) - began;
        const names = plan.flows.setup.map((s) => `'${(0,redact/* redactPath */.tp)(s.request.name.replace(/^setup › /, ''))}'`).join(', ');
        steps.push({ name: 'setup', what: `setup step${plan.flows.setup.length === 1 ? '' : 's'} ${names} on ${targets.length === 1 ? 'the target' : 'the canary and production'}`, ok: setup.ok, attempts: 1, elapsedMs, detail: setup.ok ? 'done' : setup.failure });
        if (!setup.ok) {
            const slo = { verdict: 'fail', reasons: [`setup failed, so no load was sent: ${setup.failure}`], violations: [], untrusted: [] };
            options.onPreflight?.(steps);
            return { slo, body: (0,build/* runBody */.ki)({ plan, startedAt, endedAt: now(), status: 'unreachable', loadSeconds: 0, snapshot: null, checks: [], judgement: slo, preflight: steps, generator: null }) };
        }
        setupCaptures = setup.captured;
    }
    options.onPreflight?.(steps);
    return measureLoad(plan, steps, options, startedAt, setupCaptures, protocols);
}
/** armProtocol: what a target's load went over, with its connections as the engine counted them (null: not known, a virtual run's). */
function armProtocol(protocol, sockets) {
    if (!protocol || !sockets)
        return null;
    return { ...protocol, connections: sockets.opened, streamsPerConnection: protocol.version === '2' ? (sockets.streamLimit ?? null) : null };
}
/**
 * measureLoad: the run after its pre-flight: the load, its metrics, the SLO checks and their
 * judgement. `protocols`: what the pre-flight settled for each target (absent: HTTP/1.1, as a test
 * on virtual connections runs).
 */
async function measureLoad(plan, steps, options, startedAt, setupCaptures, protocols = []) {
    const now = dateClock(options);
    const targets = targetsOf(plan);
    const names = plan.endpoints.map((e) => (0,redact/* redactPath */.tp)(e.name));
    // Every side keeps its seconds' histograms: the comparisons' intervals are taken over blocks of
    // time (slo/compare/blocks.ts), a later run compares with this one's, shards merge them exactly.
    const checkNames = plan.endpoints.map((e) => e.checks.map((c) => c.name));
    const collectors = targets.map(() => {
        const collector = new Collector(names, plan.load.warmupMs, true).withChecks(checkNames);
        if (plan.trace)
            collector.withTraces(plan.trace.slowest, defaults/* FAILED_TRACES_KEPT */.yw);
        return plan.sequential ? collector.forLooks() : collector;
    });
    const loadStartedAt = Date.now();
    const loadStartedDate = now();
    const sampling = options.resources?.sources.length ? startSampling(options.resources.sources, options.resources.intervalMs, loadStartedAt) : null;
    const looks = plan.sequential ? sequentialLooks(plan, collectors, options.baseline ?? null, protocols[0] ?? null) : null;
    const engine = await runEngine({
        plan,
        arms: targets.map((target, i) => ({ target, version: protocols[i]?.version, requests: prepareRequests(target, plan.endpoints, plan.headers, bindingsOfPlan(plan), plan.trace), collector: collectors[i] })),
        setup: setupCaptures,
        signal: options.signal,
        maxDrainMs: options.maxDrainMs,
        ...options.engine,
        onSecond: (elapsedMs, users) => {
            options.onProgress?.(progressView(plan, collectors[0], elapsedMs, users));
            const lost = plan.load.abortOnFail && elapsedMs > plan.load.warmupMs ? abortCheck(plan, collectors[0], elapsedMs) : null;
            if (lost)
                return { kind: 'aborted', reason: lost };
            return looks?.at(elapsedMs) ?? null;
        },
    });
    const measuredMs = Math.max(0, engine.loadEndMs - plan.load.warmupMs);
    const [snapshot, production] = collectors.map((c) => c.snapshot(engine.endMs, measuredMs));
    const sampled = sampling ? await sampling.stop(loadStartedAt + engine.loadEndMs) : null;
    const series = sampled ? resourceSeries(sampled.readings, plan.load.warmupMs / 1000, engine.loadEndMs / 1000) : [];
    const extraChecks = plan.resources ? resourceChecks(series, plan.resources.thresholds) : [];
    const lateness = collectors[0].latenessShares(engine.health.delayShares.map(([b]) => b));
    // A run that decides early judges at the level its looks spent (app/look.ts); any other at the full one.
    const confidence = confidences(plan);
    const { checks, findings, judgement } = judgeSnapshot(plan, snapshot, engine, names, extraChecks, lateness, confidence.checks);
    const comparison = production ? canaryComparison(plan, snapshot, production, confidence.canary, false, findings.delayShares ? { shares: findings.delayShares, bounds: findings.addedDelayMs } : undefined) : null;
    const body = (0,build/* runBody */.ki)({
        plan,
        startedAt,
        endedAt: now(),
        loadStartedAt: loadStartedDate,
        drainSeconds: (engine.endMs - engine.loadEndMs) / 1000,
        status: engine.stoppedBy,
        loadSeconds: engine.loadEndMs / 1000,
        snapshot,
        checks,
        judgement,
        preflight: steps,
        generator: { health: engine.health, connectionsOpened: engine.connectionsOpened, interruptedRequests: engine.interruptedRequests, findings },
        comparison: comparison && production ? (0,build/* toComparisonReport */.hx)(comparison, (0,redact/* redactUrl */.BO)(plan.canary.productionUrl), production, plan, armProtocol(protocols[1], engine.armConnections[1]), loadStartedDate) : null,
        protocol: armProtocol(protocols[0], engine.armConnections[0]),
        resources: sampled ? { series, errors: sampled.errors } : null,
        sequential: looks?.report() ?? null,
    });
    const said = [(0,shared_version/* sharedNotice */.UZ)(protocols), (0,shared_version/* heldNotice */.OZ)(protocols)].filter((n) => n !== null);
    return { body: said.length > 0 ? { ...body, notices: [...body.notices, ...said] } : body, slo: judgement };
}
/** judgeSnapshot applies the plan's thresholds to one arm's metrics, with the generator's health. */
function judgeSnapshot(plan, snapshot, engine, names, extraChecks, lateness, checkConfidence) {
    const load = plan.load;
    const checks = [...thresholdChecks(plan, snapshot, checkConfidence), ...extraChecks];
    const findings = (0,generator/* generatorFindings */.C6)({
        model: load.model,
        plannedArrivals: load.model === 'open' ? arrivalsBy(load.profile, engine.loadEndMs) : 0,
        scheduled: snapshot.arrivals.scheduled,
        dropped: snapshot.arrivals.dropped,
        maxInFlight: load.maxInFlight,
        flows: plan.flows !== null,
        lagSeries: engine.health.lagSeries,
        ...generatorDelay(engine.health.delayShares, lateness),
        cpuSeries: engine.health.cpuSeries,
    }, plan.vocabulary);
    const metricsOf = (check) => (check.endpoint === null ? snapshot.overall : snapshot.endpoints[names.indexOf(check.endpoint)]);
    const judgement = (0,verdict/* judge */.S4)({
        checks,
        measuredRequests: snapshot.overall.requests,
        minRequests: load.minRequests,
        allFailed: (0,failures/* everyRequestFailed */.W)(snapshot.overall, snapshot.endpoints),
        evidenceFor: (check) => (0,evidence/* evidenceFor */.h)(metricsOf(check), check),
        countAboveMs: (0,evidence/* latencyCounter */.z)(metricsOf),
        generator: findings,
        stoppedBy: engine.stoppedBy,
        abortReason: engine.abortReason,
        unanswered: engine.stoppedBy === 'completed' ? engine.interruptedRequests : 0,
        drainSeconds: (engine.endMs - engine.loadEndMs) / 1000,
        coverage: `${(engine.loadEndMs / 1000).toFixed(1)}s of ${(load.durationMs / 1000).toFixed(0)}s`,
        decision: plan.decision,
        provisional: plan.shard !== null,
    });
    return { checks, findings, judgement };
}
/** generatorDelay: what the generator added, its pacing's lateness and its loop's stalls together. */
function generatorDelay(loop, late) {
    const delayShares = (0,distortion/* combineShares */.gI)(loop, late);
    return { addedDelayMs: (0,distortion/* readableBounds */.M7)(delayShares), delayShares };
}
function progressView(plan, collector, elapsedMs, users) {
    const last = collector.lastSecond();
    return {
        elapsedMs,
        durationMs: plan.load.durationMs,
        warmupMs: plan.load.warmupMs,
        model: plan.load.model,
        users,
        arrivals: last?.arrivals ?? 0,
        requests: last?.requests ?? 0,
        errors: last?.errors ?? 0,
        p95Ms: last?.p95 ?? 0,
        dropped: last?.dropped ?? 0,
    };
}
/** abortCheck asks whether any threshold is already lost, projecting over the rest of the profile. */
function abortCheck(plan, collector, elapsedMs) {
    const { profile, warmupMs, durationMs, minRequests } = plan.load;
    const atWarmupEnd = arrivalsBy(profile, warmupMs);
    const soFar = arrivalsBy(profile, elapsedMs);
    return alreadyLost({
        scopes: [
            { endpoint: null, name: null, thresholds: plan.thresholds },
            ...plan.endpoints.map((e, i) => ({ endpoint: i, name: (0,redact/* redactPath */.tp)(e.name), thresholds: e.thresholds })).filter((s) => Object.keys(s.thresholds).length > 0),
        ],
        minRequests,
        done: soFar - atWarmupEnd,
        remaining: arrivalsBy(profile, durationMs) - soFar,
        totals: (endpoint) => (endpoint === null ? collector.measuredTotals() : collector.endpointTotals(endpoint)),
        countAboveMs: (endpoint, ms) => collector.countAboveMs(endpoint, ms),
    });
}


/***/ }),

/***/ 99770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PE: () => (/* binding */ offeringOnlyHttp11),
/* harmony export */   bO: () => (/* binding */ preflightOptionsOf),
/* harmony export */   n3: () => (/* binding */ settleArms)
/* harmony export */ });
/* harmony import */ var _client_preflight_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13344);
/* harmony import */ var _shared_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89171);
// Before any load: each target's pre-flight (reachable, ready, and which HTTP it speaks), and the
// HTTP version a canary and production share (app/shared-version.ts). One recipe for a run
// (app/run.ts) and a capacity search (app/capacity-protocol.ts), so the two cannot check or settle
// a target differently.


/** preflightOptionsOf: what a plan's targets are pre-flighted with; with trace on, a traceparent of the user's is replaced on every request, so the pre-flight does not send it either. */
function preflightOptionsOf(plan, options = {}) {
    const headers = plan.trace ? Object.fromEntries(Object.entries(plan.headers).filter(([name]) => name.toLowerCase() !== 'traceparent')) : plan.headers;
    return { healthPath: plan.healthPath, headers, insecure: plan.insecure, timeoutMs: plan.load.timeoutMs, waitForReadyMs: plan.waitForReadyMs, sleep: options.sleep, now: options.monotonic, onWaiting: options.onWaiting, httpVersion: plan.http.version, vocabulary: plan.vocabulary };
}
/** offeringOnlyHttp11: a target's pre-flight run again offering only http/1.1, which it must choose by ALPN (to share, or to be held to, HTTP/1.1). */
function offeringOnlyHttp11(options) {
    return (target) => (0,_client_preflight_js__WEBPACK_IMPORTED_MODULE_0__/* .preflightTarget */ .Jo)(target, { ...options, httpVersion: '1.1', alpnRequired: true });
}
/**
 * settleArms: each target's pre-flight, once, and the version they share (the canary first, then
 * production; one target alone is only pre-flighted), with every step it took. Not reached, or
 * unable to share: the reason, naming which arm when there are two.
 */
async function settleArms(plan, targets, options = {}) {
    const preflightOptions = preflightOptionsOf(plan, options);
    const steps = [];
    const protocols = [];
    for (const [i, target] of targets.entries()) {
        try {
            const found = await (0,_client_preflight_js__WEBPACK_IMPORTED_MODULE_0__/* .preflightTarget */ .Jo)(target, preflightOptions);
            steps.push(...found.steps);
            protocols.push(found.protocol);
        }
        catch (error) {
            if (!(error instanceof _client_preflight_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetUnreachable */ .Ek))
                throw error;
            const which = targets.length > 1 ? (i === 0 ? 'the canary ' : 'production ') : '';
            return { ok: false, reason: `${which}${error.message.split('\n').map((l) => l.trim()).join(' ')}`, steps: [...steps, ...error.steps] };
        }
    }
    const shared = await (0,_shared_version_js__WEBPACK_IMPORTED_MODULE_1__/* .shareVersion */ .yg)(targets, protocols, offeringOnlyHttp11(preflightOptions));
    steps.push(...shared.steps);
    return shared.ok ? { ok: true, protocols: shared.protocols, steps } : { ok: false, reason: shared.reason, steps };
}


/***/ }),

/***/ 89171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ holdToBaseline),
/* harmony export */   OZ: () => (/* binding */ heldNotice),
/* harmony export */   UZ: () => (/* binding */ sharedNotice),
/* harmony export */   yg: () => (/* binding */ shareVersion)
/* harmony export */ });
/* harmony import */ var _client_preflight_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13344);
/* harmony import */ var _client_protocol_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55923);
// A canary and production loaded over one HTTP version. Under http_version auto each arm's
// pre-flight settles its own (client/protocol.ts), and arms over different versions would then be
// compared as if alike: HTTP/2 carries many requests on a few connections, HTTP/1.1 one at a time
// on each, and latencies and failures differ for that alone. So when one arm chose HTTP/2 and the
// other speaks only HTTP/1.1, the HTTP/2 arm's pre-flight is run again offering only http/1.1, and
// both are loaded over HTTP/1.1; an arm that cannot speak it fails the pre-flight, before any
// load. With http_version 2 or 1.1 the arms already agree and nothing happens here.


/** ARMS: how the reasons and notices name a canary run's targets, in targetsOf's order. */
const ARMS = ['the canary', 'production'];
/**
 * shareVersion: the arms' protocols once they agree, with the pre-flight steps that took.
 * `resettle` runs a target's pre-flight again offering only http/1.1, which it must choose by ALPN.
 */
async function shareVersion(targets, protocols, resettle) {
    const settled = [...protocols];
    const steps = [];
    const offeringHttp11 = (s) => (s.name === 'connect' ? { ...s, what: `${s.what}, offering only http/1.1` } : s);
    for (const i of (0,_client_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedArms */ .xL)(protocols)) {
        const other = protocols.findIndex((p) => p.version === '1.1');
        try {
            const again = await resettle(targets[i]);
            steps.push(...again.steps.map(offeringHttp11));
            // Still what was asked (auto), marked as settled to share the other arm's version.
            settled[i] = { ...again.protocol, asked: protocols[i].asked, sharedVersion: true };
        }
        catch (error) {
            if (!(error instanceof _client_preflight_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetUnreachable */ .Ek))
                throw error;
            steps.push(...error.steps.map(offeringHttp11));
            // What was tried and why it stopped, without "target unreachable": the target answered, in HTTP/2.
            const tried = error.message.split('\n').slice(1).map((l) => l.trim()).join(' ');
            const reason = `${ARMS[i]} cannot be loaded over HTTP/1.1 like ${ARMS[other]}: http_version auto loads a canary and production over the HTTP version they share, so that they are compared like for like, and ${ARMS[other]} does not offer h2 (${(0,_client_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .whyHttp11 */ .hN)(protocols[other])}); offered only http/1.1, ${ARMS[i]} failed: ${tried}`;
            return { ok: false, reason, steps };
        }
    }
    return { ok: true, protocols: settled, steps };
}
/** sharedNotice: said once in the run's notices when an arm was settled again to share the other's HTTP/1.1; null otherwise. */
function sharedNotice(protocols) {
    const moved = protocols.findIndex((p) => p.sharedVersion);
    const stayed = protocols.findIndex((p) => !p.sharedVersion);
    if (moved < 0 || stayed < 0)
        return null;
    return `${ARMS[stayed]} does not offer h2 (${(0,_client_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .whyHttp11 */ .hN)(protocols[stayed])}): both arms loaded over HTTP/1.1 so the comparison is like for like (http_version auto; ${ARMS[moved]} chose h2, and was then offered only http/1.1)`;
}
/**
 * holdToBaseline: under auto, a baseline recorded over HTTP/1.1 holds every arm that chose h2 to
 * HTTP/1.1 where it speaks it (its pre-flight run again offering only http/1.1), so this run is
 * judged against its baseline like for like. An arm that cannot speak HTTP/1.1 is left as settled,
 * and the comparison then says it cannot be made (baseline/comparable.ts). A baseline over HTTP/2
 * holds nothing: an arm that chose HTTP/1.1 offered h2 and the server declined it.
 */
async function holdToBaseline(baseline, targets, protocols, resettle) {
    const settled = [...protocols];
    const steps = [];
    if (baseline?.version !== '1.1')
        return { protocols: settled, steps };
    for (const [i, protocol] of protocols.entries()) {
        if (protocol.version !== '2' || protocol.asked !== 'auto')
            continue;
        try {
            const again = await resettle(targets[i]);
            steps.push(...again.steps.map((s) => (s.name === 'connect' ? { ...s, what: `${s.what}, offering only http/1.1 (the baseline's version)` } : s)));
            settled[i] = { ...again.protocol, asked: protocol.asked, heldToBaseline: true };
        }
        catch (error) {
            // It speaks only HTTP/2: loaded as settled, and the comparison says why it cannot be made.
            if (!(error instanceof _client_preflight_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetUnreachable */ .Ek))
                throw error;
        }
    }
    return { protocols: settled, steps };
}
/** heldNotice: said once in the run's notices when holdToBaseline held an arm to HTTP/1.1; null otherwise. */
function heldNotice(protocols) {
    const held = protocols.flatMap((p, i) => (p.heldToBaseline ? [protocols.length > 1 ? ARMS[i] : 'the target'] : []));
    if (held.length === 0)
        return null;
    return `${held.join(' and ')} chose h2, but the baseline went over HTTP/1.1: loaded over HTTP/1.1 so that this run is compared with its baseline like for like (http_version auto; with http_version 2 it is loaded over HTTP/2, and the baseline is then not compared)`;
}


/***/ }),

/***/ 68372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ planChoice),
  runPlan: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __webpack_require__(11012);
// EXTERNAL MODULE: ./src/config/load.ts + 20 modules
var load = __webpack_require__(79723);
// EXTERNAL MODULE: ./src/report/console.ts
var console = __webpack_require__(39475);
// EXTERNAL MODULE: ./src/report/rollout.ts + 3 modules
var rollout = __webpack_require__(15009);
// EXTERNAL MODULE: ./src/report/sections.ts
var sections = __webpack_require__(43844);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/config/criteria.ts
var criteria = __webpack_require__(87697);
// EXTERNAL MODULE: ./src/slo/compare/blocks.ts
var compare_blocks = __webpack_require__(39888);
;// CONCATENATED MODULE: ./src/baseline/model.ts
// A baseline: an earlier run this one is compared with. Read from a results.json (with latency
// histograms, compared exactly) or a Locust _stats.csv (percentiles only, compared by order
// statistics), so teams moving from Locust keep their history.
/** BaselineError: the baseline given cannot be read; the message names the file and what is wrong. */
class BaselineError extends Error {
    name = 'BaselineError';
}

;// CONCATENATED MODULE: ./src/baseline/history.ts
// A baseline is a history: the last K runs of the default branch (default 5), each as the values
// the comparisons read and how noisy each value was within its run, so that a run is judged
// against where another run of the same service would land (slo/compare/prediction.ts), not
// against one earlier run as if runs did not differ. Kept as baseline-history.json beside
// results.json in the baseline artifact; every run writes the history extended by itself, and a
// saved baseline carries it on. Pure.



const HISTORY_KIND = 'loadtest-baseline-history';
const HISTORY_VERSION = 1;
/** DEFAULT_HISTORY_RUNS: how many runs a baseline history keeps (the newest). */
const DEFAULT_HISTORY_RUNS = 5;
const HISTORY_FILE = 'baseline-history.json';
/** historyRun: a run as a history keeps it. */
function historyRun(run) {
    const metrics = {};
    for (const metric of criteria/* COMPARED_METRICS */.wo) {
        const spread = (0,compare_blocks/* sideVariance */.ho)(run.blocks, metric);
        metrics[metric] = { value: metric === 'error_rate' ? run.errorRatePercent : run.latencyMs[metric], within: spread?.variance ?? null, batches: spread?.batches ?? null };
    }
    return { startedAt: run.startedAt, runUrl: run.runUrl, requests: run.requests, metrics };
}
/**
 * nextHistory: the baseline history a run leaves for the next one: the history it was judged
 * against (none without a baseline) extended by itself. Null for what cannot be a baseline: a
 * shard's share, a run that measured nothing.
 */
function nextHistory(report, keep = DEFAULT_HISTORY_RUNS) {
    if (report.shard || report.status === 'unreachable' || report.overall.requests === 0)
        return null;
    const run = historyRun({ startedAt: report.startedAt, runUrl: null, requests: report.overall.requests, errorRatePercent: report.overall.errorRatePercent, latencyMs: report.overall.latencyMs, blocks: (0,compare_blocks/* measuredBlocks */.hb)(report.timeseries) });
    return extendHistory(report.regression?.baseline?.history ?? [], run, keep);
}
/** extendHistory: the history with `run` added as its newest, keeping the last `keep` runs. */
function extendHistory(runs, run, keep = DEFAULT_HISTORY_RUNS) {
    const others = runs.filter((r) => r.startedAt === null || r.startedAt !== run.startedAt);
    return { kind: HISTORY_KIND, version: HISTORY_VERSION, runs: [...others, run].slice(-keep) };
}
/** pointsOf: one metric's values across the history, for the prediction interval. */
function pointsOf(runs, metric) {
    return runs.map((r) => r.metrics[metric]).filter((p) => p !== undefined && Number.isFinite(p.value));
}
/** withHistory: a baseline judged against `runs` (a baseline-history.json), its own run the newest of them. */
function withHistory(baseline, runs, keep = DEFAULT_HISTORY_RUNS) {
    const own = baseline.history[baseline.history.length - 1];
    const history = own ? extendHistory(runs, own, keep).runs : runs.slice(-keep);
    return { ...baseline, history, overall: { ...baseline.overall, history: historyPoints(history) } };
}
/** historyPoints: every compared metric's values across the runs, as the judge reads them (Sample.history). */
function historyPoints(runs) {
    return Object.fromEntries(criteria/* COMPARED_METRICS */.wo.map((m) => [m, pointsOf(runs, m)]));
}
/** parseHistory reads a baseline-history.json; a file that is not one names itself and what is wrong. */
function parseHistory(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new BaselineError(`${source}: not JSON: ${error.message}`);
    }
    const history = data;
    if (!history || typeof history !== 'object' || history.kind !== HISTORY_KIND)
        throw new BaselineError(`${source}: not a baseline history (expected "kind": "${HISTORY_KIND}")`);
    if (history.version !== HISTORY_VERSION)
        throw new BaselineError(`${source}: baseline history version ${String(history.version)}; this version of the tool reads version ${HISTORY_VERSION}`);
    if (!Array.isArray(history.runs) || history.runs.length === 0)
        throw new BaselineError(`${source}: the baseline history holds no runs`);
    history.runs.forEach((run, i) => {
        const where = `${source}: run ${i + 1} of the history`;
        if (!run || typeof run !== 'object')
            throw new BaselineError(`${where} is not an object`);
        for (const m of criteria/* COMPARED_METRICS */.wo) {
            const point = run.metrics?.[m];
            if (typeof point?.value !== 'number' || !Number.isFinite(point.value) || point.value < 0)
                throw new BaselineError(`${where} has no number for ${m}`);
            if (point.within !== null && !(typeof point.within === 'number' && Number.isFinite(point.within) && point.within >= 0))
                throw new BaselineError(`${where}: ${m}.within must be a variance (a number ≥ 0) or null, got ${JSON.stringify(point.within)}`);
            if (point.batches !== null && !(Number.isInteger(point.batches) && point.batches >= 1))
                throw new BaselineError(`${where}: ${m}.batches must be a whole number ≥ 1 or null, got ${JSON.stringify(point.batches)}`);
        }
    });
    return history.runs;
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
;// CONCATENATED MODULE: ./src/report/deployment.ts
// One entry of deployment_report.md, in the seeds' format: timestamp, status, reason, metrics
// summary and whether an auto-rollback was triggered. Entries are appended, never rewritten.


const STATUS = { pass: '✅ PASSED', fail: '❌ FAILED', inconclusive: '⚠️ INCONCLUSIVE' };
function renderDeploymentEntry(report) {
    const when = report.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
    return [
        '## 📊 Load Test Performance Results',
        '',
        `**Timestamp:** ${when}  `,
        `**Status:** ${STATUS[report.verdict]}  `,
        `**Environment:** ${report.environment ?? '(none)'}  `,
        `**Target:** ${report.target}  `,
        ...((0,sections/* protocolLine */.$4)(report) ? [`**Protocol:** ${(0,sections/* protocolLine */.$4)(report)}  `] : []),
        `**${report.verdict === 'pass' ? 'Pass' : 'Fail'} reason:** ${report.reasons.join('; ')}  `,
        ...(report.comparison ? [`**Canary vs production:** ${report.comparison.verdict} (${report.comparison.production.target})  `] : []),
        ...(report.regression ? [`**Against baseline:** ${report.regression.status === 'no-baseline' ? 'no baseline' : report.regression.status === 'not-comparable' ? 'not comparable (another HTTP version)' : report.regression.verdict === 'inconclusive' ? 'not enough data' : report.regression.verdict === 'fail' ? 'regressed' : 'no regression'}${report.regression.baseline ? ` (${report.regression.baseline.source})` : ''}  `] : []),
        `**Auto-rollback Triggered:** ${report.rollback.triggered ? 'Yes' : 'No'}  `,
        ...(report.rollback.triggered ? [`**Rollback:** ${report.rollback.ok ? '' : 'FAILED: '}${report.rollback.detail.split('\n')[0]}  `] : []),
        '',
        '### Performance Metrics',
        '',
        (0,format/* markdownTable */.Qj)(['Metric', 'Value', 'Unit'], (0,sections/* metricRows */.IN)(report), new Set([1])),
        '',
        '---',
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/report/html/render.ts + 6 modules
var render = __webpack_require__(74625);
// EXTERNAL MODULE: ./src/slo/checks.ts
var slo_checks = __webpack_require__(4435);
;// CONCATENATED MODULE: ./src/report/junit.ts
// report.junit.xml: the gate as a JUnit test report, so GitLab, Jenkins, Azure DevOps and
// test-report actions show it natively. A run is one suite: a `verdict` case for the whole gate
// (which also carries a run that measured nothing: unreachable, every request failed), one case per
// SLO check, per canary comparison and per baseline comparison (or one "not compared with the
// baseline" error, with the reason, for a baseline the run could not be judged against), and one
// for the rollback when there was one. A rollout is one suite for the rollout as a whole (its verdict, its hooks, its rollback)
// and one per stage (its shift and post-stage hooks, its run's cases; a stage never reached is a
// skipped case). A broken check or comparison, a failed hook or rollback is a <failure> whose
// message is the reason (the SLO, measured vs limit); an inconclusive one (no data, a breach the
// generator could explain, too small to tell) is an <error type="inconclusive"> (most tools count
// it red, as the gate does by default); an advisory metric left undecided is skipped.
// The shape is the Jenkins xunit plugin's junit-10 schema (no `skipped` on <testsuites>), with
// Ant's timestamp (UTC, to the second, no zone). Pure.

function renderJunit(report) {
    const suites = report.mode === 'rollout' ? [rolloutSuite(report), ...report.stages.map((stage, i) => stageSuite(report, stage, i))] : [runSuite(report)];
    const all = suites.flatMap((s) => s.cases);
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="loadtest-action" tests="${all.length}" failures="${count(all, 'fail')}" errors="${count(all, 'error')}" time="${decimal(elapsed(report.startedAt, report.endedAt))}">`,
        ...suites.flatMap((suite) => [
            `  <testsuite name="${attr(suite.name)}" tests="${suite.cases.length}" failures="${count(suite.cases, 'fail')}" errors="${count(suite.cases, 'error')}" skipped="${count(suite.cases, 'skipped')}" time="${decimal(suite.seconds)}" timestamp="${timestamp(suite.timestamp)}">`,
            ...suite.cases.map(caseXml),
            '  </testsuite>',
        ]),
        '</testsuites>',
    ];
    return `${lines.join('\n')}\n`;
}
function runSuite(run) {
    const cases = casesOf(run, 'loadtest');
    return { name: `loadtest ${run.target}`, timestamp: run.startedAt, seconds: elapsed(run.startedAt, run.endedAt), cases: run.shard ? cases.map((c) => provisional(c, run.shard)) : cases };
}
/**
 * provisional: a shard's case as a shard's job reports it. The shard job exits 0 whatever it
 * measured (the merge judges the whole run), so a red case here would turn a test-report check
 * red for a gate that has not decided: anything but a pass is skipped, with what it measured.
 */
function provisional(c, shard) {
    if (c.outcome === 'pass')
        return c;
    const message = `provisional, shard ${shard.index} of ${shard.count}: the merge judges the whole run; this shard measured: ${c.message}`;
    return { ...c, outcome: 'skipped', message, detail: c.detail ? `${message}\n${c.detail}` : message };
}
function rolloutSuite(rollout) {
    const seconds = elapsed(rollout.startedAt, rollout.endedAt);
    const cases = [
        { name: 'verdict', classname: 'loadtest.rollout', outcome: verdictOutcome(rollout.verdict), type: 'verdict', message: rollout.reasons.join('; '), detail: rollout.reasons.join('\n'), seconds },
        ...rollout.hooks.map((hook) => hookCase(hook, 'loadtest.rollout')),
        ...rollbackCase(rollout.rollback, 'loadtest.rollout'),
    ];
    return { name: `rollout ${rollout.target}`, timestamp: rollout.startedAt, seconds, cases };
}
function stageSuite(rollout, stage, index) {
    const classname = `loadtest.rollout.stage${index + 1}`;
    const hooks = stage.hooks.map((hook) => hookCase(hook, classname));
    const cases = stage.run ? [...casesOf(stage.run, classname), ...hooks] : hooks;
    // A stage with no run was never reached, or its shift failed (that hook's case is the failure).
    if (!stage.run && !hooks.some((c) => c.outcome !== 'pass')) {
        const outcome = stage.verdict === 'skipped' ? 'skipped' : verdictOutcome(stage.verdict);
        const message = stage.verdict === 'skipped' ? `not reached: ${rollout.reasons[0] ?? `the rollout ${rollout.status}`}` : rollout.reasons.join('; ');
        cases.push({ name: 'stage', classname, outcome, type: 'verdict', message, seconds: 0 });
    }
    const seconds = (stage.run ? elapsed(stage.run.startedAt, stage.run.endedAt) : 0) + stage.hooks.reduce((sum, h) => sum + h.durationMs / 1000, 0);
    return { name: `rollout stage ${index + 1}: ${stage.name} (${stage.percentage}%)`, timestamp: stage.run?.startedAt ?? rollout.startedAt, seconds, cases };
}
function casesOf(run, prefix) {
    const cases = [];
    cases.push({ name: 'verdict', classname: prefix, outcome: verdictOutcome(run.verdict), type: 'verdict', message: run.reasons.join('; '), detail: run.reasons.join('\n'), seconds: elapsed(run.startedAt, run.endedAt) });
    for (const check of run.checks) {
        const name = `${slo_checks/* METRIC_LABEL */.SM[check.metric]} ${(0,slo_checks/* isMinimum */.pP)(check.metric) ? '≥' : '≤'} ${(0,slo_checks/* formatValue */.Fl)(check.metric, check.threshold)}`;
        const classname = `${prefix}.slo${check.endpoint ? `.${check.endpoint}` : ''}`;
        // A breach the verdict did not hold against the service (the generator could explain it, too few requests) is undecided, with the verdict's reason why.
        const untrusted = !check.passed && !check.noData && run.untrusted.some((u) => u.metric === check.metric && u.endpoint === check.endpoint);
        const outcome = check.noData || untrusted ? 'error' : check.passed ? 'pass' : 'fail';
        const message = untrusted ? (run.reasons.find((r) => r.startsWith(`${check.message} (not held against the service`)) ?? `${check.message} (not held against the service)`) : check.message;
        const interval = check.interval ? `${Math.round(check.interval.confidence * 100)}% interval ${(0,slo_checks/* formatValue */.Fl)(check.metric, check.interval.low)} to ${(0,slo_checks/* formatValue */.Fl)(check.metric, check.interval.high)}` : null;
        cases.push({ name, classname, outcome, type: 'slo', message, detail: interval ? `${message}\n${interval}` : message, seconds: 0 });
    }
    for (const r of run.comparison?.results ?? []) {
        cases.push({ name: `${r.metric} ${r.rule} against production`, classname: `${prefix}.canary${r.scope ? `.${r.scope}` : ''}`, outcome: comparedOutcome(r), type: 'canary', message: r.reason, seconds: 0 });
    }
    for (const row of run.regression?.rows ?? []) {
        cases.push({ name: `${row.metric} ${row.rule} against the baseline`, classname: `${prefix}.regression${row.scope ? `.${row.scope}` : ''}`, outcome: comparedOutcome(row), type: 'regression', message: row.reason, seconds: 0 });
    }
    // A baseline found but not judged against (another HTTP version): no rows, and not a silent pass either.
    if (run.regression?.status === 'not-comparable') {
        cases.push({ name: 'not compared with the baseline', classname: `${prefix}.regression`, outcome: 'error', type: 'regression', message: run.regression.reasons.join('; '), detail: run.regression.reasons.join('\n'), seconds: 0 });
    }
    cases.push(...rollbackCase(run.rollback, prefix));
    return cases;
}
function verdictOutcome(verdict) {
    return verdict === 'pass' ? 'pass' : verdict === 'fail' ? 'fail' : 'error';
}
/** comparedOutcome: an advisory metric the run could not resolve (and the generator did not hold) is not judged: skipped; any other undecided one is inconclusive. */
function comparedOutcome(r) {
    if (r.verdict !== 'inconclusive')
        return r.verdict;
    return r.advisory && !r.generatorHeld ? 'skipped' : 'error';
}
function hookCase(hook, classname) {
    const message = `${hook.what}: ${hook.detail}`;
    return { name: `${hook.name} hook`, classname, outcome: hook.ok ? 'pass' : 'fail', type: 'hook', message, seconds: hook.durationMs / 1000 };
}
function rollbackCase(rollback, classname) {
    if (!rollback.triggered)
        return [];
    return [{ name: 'rollback', classname, outcome: rollback.ok ? 'pass' : 'fail', type: 'rollback', message: rollback.detail, seconds: 0 }];
}
function count(cases, outcome) {
    return cases.filter((c) => c.outcome === outcome).length;
}
function caseXml(c) {
    const head = `    <testcase name="${attr(c.name)}" classname="${attr(c.classname)}" time="${decimal(c.seconds)}"`;
    if (c.outcome === 'pass')
        return `${head}/>`;
    const tag = c.outcome === 'fail' ? 'failure' : c.outcome === 'error' ? 'error' : 'skipped';
    const type = c.outcome === 'skipped' ? '' : ` type="${attr(c.outcome === 'error' ? 'inconclusive' : c.type)}"`;
    const message = c.message || tag;
    return `${head}>\n      <${tag} message="${attr(message)}"${type}>${junit_text(c.detail || message)}</${tag}>\n    </testcase>`;
}
/** elapsed: seconds from one ISO time to another (0 when either is missing or unreadable). */
function elapsed(from, to) {
    const seconds = (Date.parse(to) - Date.parse(from)) / 1000;
    return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}
/** decimal: seconds as JUnit's time, a plain decimal to the millisecond (never an exponent). */
function decimal(seconds) {
    return (Math.round(seconds * 1000) / 1000).toFixed(3).replace(/\.?0+$/, '') || '0';
}
/** timestamp: as Ant writes it (and its schema requires), to the second with no zone: the time is UTC. */
function timestamp(iso) {
    const time = Date.parse(iso);
    return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 19) : '1970-01-01T00:00:00';
}
function attr(value) {
    // Whitespace other than a space is written as a character reference: a parser turns a literal tab or newline in an attribute into a space.
    return junit_text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
function junit_text(value) {
    // XML 1.0 allows no control characters but tab, newline and carriage return, and no U+FFFE or
    // U+FFFF, not even as references: those are left out. An unpaired surrogate has no UTF-8 form: it
    // is U+FFFD, as in results.json. A carriage return is a reference, or a parser would fold it into
    // the newline after it.
    return value
        // eslint-disable-next-line no-control-regex -- these are exactly the characters XML forbids
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r/g, '&#13;');
}

// EXTERNAL MODULE: ./src/client/outcome.ts
var outcome = __webpack_require__(5847);
// EXTERNAL MODULE: ./src/metrics/histogram.ts
var metrics_histogram = __webpack_require__(85835);
;// CONCATENATED MODULE: ./src/report/locust-csv.ts
// Locust's CSV output (--csv PREFIX), column for column, so dashboards and scripts built on Locust
// keep working: PREFIX_stats.csv (one row per endpoint and an Aggregated row), PREFIX_stats_history.csv
// (the Aggregated row once a second, running totals) and PREFIX_failures.csv. Values follow Locust's
// conventions: milliseconds, percentiles rounded to two significant digits as Locust stores them,
// Python's float spelling ("15.0"), "N/A" percentiles for an endpoint without requests, CRLF lines
// (Python's csv module). Pure: the caller writes the files.


/** LOCUST_PERCENTILES are Locust's PERCENTILES_TO_REPORT, as fractions. */
const LOCUST_PERCENTILES = [0.5, 0.66, 0.75, 0.8, 0.9, 0.95, 0.98, 0.99, 0.999, 0.9999, 1];
const PERCENTILE_COLUMNS = ['50%', '66%', '75%', '80%', '90%', '95%', '98%', '99%', '99.9%', '99.99%', '100%'];
const STATS_COLUMNS = ['Type', 'Name', 'Request Count', 'Failure Count', 'Median Response Time', 'Average Response Time', 'Min Response Time', 'Max Response Time', 'Average Content Size', 'Requests/s', 'Failures/s', ...PERCENTILE_COLUMNS];
const HISTORY_COLUMNS = ['Timestamp', 'User Count', 'Type', 'Name', 'Requests/s', 'Failures/s', ...PERCENTILE_COLUMNS, 'Total Request Count', 'Total Failure Count', 'Total Median Response Time', 'Total Average Response Time', 'Total Min Response Time', 'Total Max Response Time', 'Total Average Content Size'];
const FAILURES_COLUMNS = ['Method', 'Name', 'Error', 'Occurrences'];
/** renderLocustCsv renders a run (the canary arm of a canary run) as Locust's three CSV files. */
function renderLocustCsv(report) {
    return { stats: statsCsv(report), history: historyCsv(report), failures: failuresCsv(report) };
}
/** statsCsv covers the measured window (after the warm-up): what the verdict was judged on. */
function statsCsv(report) {
    const seconds = report.measuredSeconds;
    const rows = sortedEndpoints(report).map((e) => statsRow(locustType(e), locustName(e), e, seconds));
    rows.push(statsRow('', 'Aggregated', report.overall, seconds));
    return csv([STATS_COLUMNS, ...rows]);
}
function statsRow(type, name, e, seconds) {
    const histogram = (0,metrics_histogram/* decodeHistogram */.pr)(e.histograms.latency);
    const summary = (0,metrics_histogram/* summarize */.eh)(histogram);
    return [
        type,
        name,
        e.requests,
        e.errors,
        e.requests === 0 ? 0 : median(summary.p50, summary.min, summary.max),
        pyFloat(e.requests === 0 ? 0 : summary.mean),
        e.requests === 0 ? 0 : pyFloat(summary.min),
        e.requests === 0 ? 0 : pyFloat(summary.max),
        e.requests === 0 ? 0 : pyFloat(e.bytes / e.requests),
        pyFloat(seconds > 0 ? e.requests / seconds : 0),
        pyFloat(seconds > 0 ? e.errors / seconds : 0),
        ...percentileFields(histogram),
    ];
}
/**
 * historyCsv: one Aggregated row per second of the run, warm-up included (Locust has none), with
 * Locust's running totals; Requests/s and Failures/s are, as in Locust, the mean of the last ten seconds.
 */
function historyCsv(report) {
    const start = report.loadStartedAt ? Date.parse(report.loadStartedAt) : Date.parse(report.startedAt);
    const total = (0,metrics_histogram/* newHistogram */.HL)();
    const rows = [];
    let requests = 0;
    let errors = 0;
    let bytes = 0;
    report.timeseries.forEach((point, i) => {
        if (point.histogram)
            total.add((0,metrics_histogram/* decodeHistogram */.pr)(point.histogram));
        requests += point.requests;
        errors += point.errors;
        bytes += point.bytes ?? 0;
        const window = report.timeseries.slice(Math.max(0, i - 9), i + 1);
        const summary = (0,metrics_histogram/* summarize */.eh)(total);
        rows.push([
            Math.floor((start + (point.t + 1) * 1000) / 1000),
            report.plan.model === 'closed' ? point.users : point.inFlight,
            '',
            'Aggregated',
            (window.reduce((sum, p) => sum + p.requests, 0) / window.length).toFixed(6),
            (window.reduce((sum, p) => sum + p.errors, 0) / window.length).toFixed(6),
            ...percentileFields(total),
            requests,
            errors,
            requests === 0 ? 0 : median(summary.p50, summary.min, summary.max),
            pyFloat(requests === 0 ? 0 : summary.mean),
            requests === 0 ? 0 : pyFloat(summary.min),
            requests === 0 ? 0 : pyFloat(summary.max),
            requests === 0 ? 0 : pyFloat(bytes / requests),
        ]);
    });
    return csv([HISTORY_COLUMNS, ...rows]);
}
/** failuresCsv: one row per endpoint and kind of failure; HTTP failures by status, as Locust names them. */
function failuresCsv(report) {
    const rows = [];
    for (const e of sortedEndpoints(report)) {
        for (const [code, occurrences] of Object.entries(e.errorCodes)) {
            const byStatus = statusBreakdown(e, code, occurrences);
            if (byStatus)
                for (const [status, n] of byStatus)
                    rows.push([e.method, locustName(e), `HTTP ${status}`, n]);
            else
                rows.push([e.method, locustName(e), `${code}: ${outcome/* ERROR_CODE_MEANING */.Tu[code]}`, occurrences]);
        }
    }
    return csv([FAILURES_COLUMNS, ...rows]);
}
/** statusBreakdown splits an HTTP error count by status when the statuses of that class account for it exactly. */
function statusBreakdown(e, code, occurrences) {
    const inClass = code === 'http_5xx' ? (s) => s >= 500 : code === 'http_4xx' ? (s) => s >= 400 && s < 500 : null;
    if (!inClass)
        return null;
    const statuses = Object.entries(e.statusCodes).filter(([status]) => inClass(Number(status)));
    return statuses.reduce((sum, [, n]) => sum + n, 0) === occurrences ? statuses : null;
}
/** percentileFields: Locust's percentile columns, each rounded as Locust stores response times. */
function percentileFields(histogram) {
    if (histogram.totalCount === 0)
        return LOCUST_PERCENTILES.map(() => 'N/A');
    return LOCUST_PERCENTILES.map((q) => locustRound(histogram.getValueAtPercentile(q * 100) / 1000));
}
/** locustRound keeps two significant digits above 100ms, as Locust's response-time buckets do (147 → 150, 3432 → 3400). */
function locustRound(ms) {
    const step = ms < 100 ? 1 : ms < 1000 ? 10 : ms < 10_000 ? 100 : 1000;
    return Math.round(ms / step) * step;
}
/** median: Locust clamps its rounded median to the exact min and max. */
function median(p50, min, max) {
    return Math.min(Math.max(locustRound(p50), Math.floor(min)), Math.ceil(max));
}
function sortedEndpoints(report) {
    return [...report.endpoints].sort((a, b) => compare(locustName(a), locustName(b)) || compare(locustType(a), locustType(b)));
}
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function locustType(e) {
    return e.method;
}
/** locustName: the endpoint's name without a leading method ("POST /api/orders" → "/api/orders"), as Locust names requests by URL. */
function locustName(e) {
    return e.name.startsWith(`${e.method} `) ? e.name.slice(e.method.length + 1) : e.name;
}
/** pyFloat spells a number as Python's repr of a float does: integral values keep ".0". */
function pyFloat(value) {
    const rounded = Math.round(value * 1e6) / 1e6;
    return Number.isInteger(rounded) ? `${rounded}.0` : String(rounded);
}
/** csv writes rows as Python's csv.writer does: minimal quoting, doubled quotes, CRLF line ends. */
function csv(rows) {
    const field = (value) => {
        const text = String(value);
        return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/prometheus.ts
var prometheus = __webpack_require__(38720);
;// CONCATENATED MODULE: ./src/report/slack.ts
// The Slack message for a run, in Block Kit: what happened, which SLOs broke (actual against
// threshold), where, and links to the run and its report. Pure; within Slack's limits (50 blocks,
// 3,000 characters a text, 10 fields).



const ICON = { pass: '✅', fail: '❌', inconclusive: '⚠️' };
const WORD = { pass: 'passed', fail: 'failed', inconclusive: 'inconclusive' };
const MAX_VIOLATIONS = 10;
function slackMessage(report, links) {
    const run = report.mode === 'rollout' ? (0,rollout/* decisiveRun */.ov)(report) : report;
    const what = report.mode === 'rollout' ? `Rollout ${report.status === 'promoted' ? 'promoted' : `${report.status}${report.haltedAt ? ` at ${report.haltedAt}` : ''}`}` : `Load test ${WORD[report.verdict]}`;
    const title = `${ICON[report.verdict]} ${what}${report.environment ? ` · ${report.environment}` : ''}`;
    const blocks = [{ type: 'header', text: { type: 'plain_text', text: title.slice(0, 150), emoji: true } }];
    const fields = [
        ['Target', report.target],
        ['Environment', report.environment ?? '(none)'],
        ...(run ? [['Requests', (0,format/* count */.U9)(run.overall.requests)], ['p95 · error rate', `${(0,format.ms)(run.overall.latencyMs.p95)} · ${(0,format/* percent */.KN)(run.overall.errorRatePercent)}`]] : []),
    ];
    blocks.push({ type: 'section', fields: fields.map(([k, v]) => ({ type: 'mrkdwn', text: `*${k}*\n${slack_escape(v)}` })) });
    const violations = run?.violations ?? [];
    if (violations.length > 0) {
        const lines = violations.slice(0, MAX_VIOLATIONS).map((v) => `• ${v.endpoint ? `${slack_escape(v.endpoint)}: ` : ''}${slo_checks/* METRIC_LABEL */.SM[v.metric]} *${(0,slo_checks/* formatValue */.Fl)(v.metric, v.actual)}* (threshold ${(0,slo_checks/* formatValue */.Fl)(v.metric, v.threshold)})`);
        if (violations.length > MAX_VIOLATIONS)
            lines.push(`…and ${violations.length - MAX_VIOLATIONS} more`);
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Violated SLOs*\n${lines.join('\n')}`.slice(0, 3000) } });
    }
    else {
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*Why*\n${report.reasons.map((r) => `• ${slack_escape(r)}`).join('\n')}`.slice(0, 3000) } });
    }
    if (report.rollback.triggered)
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `${report.rollback.ok ? '↩️ *Auto-rollback triggered*' : '🚨 *Auto-rollback FAILED*'}: ${slack_escape(report.rollback.detail.split('\n')[0])}`.slice(0, 3000) } });
    const context = [links.runUrl && `<${links.runUrl}|Workflow run>`, links.artifactUrl && `<${links.artifactUrl}|Report artifact>`, `${report.tool.name} ${report.tool.version}`].filter(Boolean);
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: context.join(' · ') }] });
    return { text: `${title}: ${report.reasons[0] ?? ''}`.slice(0, 3000), blocks };
}
/** escape keeps Slack's mrkdwn from reading &, < and > as markup. */
function slack_escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./src/report/telemetry.ts
// The run's metrics as the exporters send them (Prometheus remote write, OTLP): the per-second
// series, each second stamped with its real time, and the summary with the verdict. Each metric is
// named once for Prometheus and once in OpenTelemetry's style, so both exporters send the same
// content; each exporter names the labels its own way. Labels are bounded: the run id, the
// environment, the target's host and port, an endpoint's configured name, method and path template,
// never a request's own URL (a series per URL is a series per user id, and a receiver's cardinality
// limit refuses the run).
//
// The numbers are already aggregated when the run ends, so nothing here is measured again: a
// second's percentiles are the collector's for that second, the summary is results.json's.


/** DURATION_BOUNDARIES: OpenTelemetry's advised buckets for http.client.request.duration, seconds. */
const DURATION_BOUNDARIES = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];
const SECOND_SERIES = [
    { prometheus: 'loadtest_second_requests', otel: 'loadtest.second.requests', unit: '{request}', help: 'Requests completed in the second: its throughput, requests per second', value: (p) => p.requests },
    { prometheus: 'loadtest_second_errors', otel: 'loadtest.second.errors', unit: '{request}', help: 'Failed requests among those completed in the second', value: (p) => p.errors },
    { prometheus: 'loadtest_second_error_rate_percent', otel: 'loadtest.second.error_rate', unit: '%', help: "Failed requests, percent of the second's requests", value: (p) => (p.requests > 0 ? (p.errors / p.requests) * 100 : null) },
    { prometheus: 'loadtest_second_latency_p50_ms', otel: 'loadtest.second.latency.p50', unit: 'ms', help: 'P50 latency of the requests completed in the second, milliseconds', value: (p) => (p.requests > 0 ? p.p50 : null) },
    { prometheus: 'loadtest_second_latency_p95_ms', otel: 'loadtest.second.latency.p95', unit: 'ms', help: 'P95 latency of the requests completed in the second, milliseconds', value: (p) => (p.requests > 0 ? p.p95 : null) },
    { prometheus: 'loadtest_second_latency_p99_ms', otel: 'loadtest.second.latency.p99', unit: 'ms', help: 'P99 latency of the requests completed in the second, milliseconds', value: (p) => (p.requests > 0 ? p.p99 : null) },
    { prometheus: 'loadtest_second_in_flight', otel: 'loadtest.second.in_flight', unit: '{request}', help: 'Requests in flight at the end of the second', value: (p) => p.inFlight },
    { prometheus: 'loadtest_second_users', otel: 'loadtest.second.users', unit: '{user}', help: 'Virtual users running at the end of the second', value: (p) => p.users, model: 'closed' },
    { prometheus: 'loadtest_second_arrivals', otel: 'loadtest.second.arrivals', unit: '{arrival}', help: 'Arrivals scheduled in the second', value: (p) => p.arrivals, model: 'open' },
    { prometheus: 'loadtest_second_dropped', otel: 'loadtest.second.dropped', unit: '{arrival}', help: 'Arrivals dropped in the second (max_in_flight reached)', value: (p) => p.dropped, model: 'open' },
];
/**
 * telemetryOf: a judged run (a rollout's deciding stage, with the rollout's verdict) as the
 * exporters send it, labelled with `runId`.
 */
function telemetryOf(run, runId) {
    const endedMs = Date.parse(run.endedAt);
    const loadMs = run.loadStartedAt ? Date.parse(run.loadStartedAt) : null;
    const summaryWindow = { startMs: loadMs === null ? Date.parse(run.startedAt) : loadMs + run.warmup.seconds * 1000, endMs: endedMs };
    const seconds = loadMs === null ? [] : run.timeseries.map((p) => ({ p, startMs: loadMs + p.t * 1000, endMs: Math.min(loadMs + (p.t + 1) * 1000, endedMs) }));
    const perSecond = SECOND_SERIES.filter((s) => !s.model || s.model === run.plan.model).map((s) => ({
        prometheus: s.prometheus,
        otel: s.otel,
        help: s.help,
        unit: s.unit,
        kind: 'gauge',
        points: seconds.flatMap(({ p, startMs, endMs }) => {
            const value = s.value(p);
            return value === null ? [] : [{ labels: { phase: p.warmup ? 'warmup' : 'measured' }, value, startMs, endMs }];
        }),
    }));
    const scopes = [{ labels: {}, metrics: run.overall }, ...run.endpoints.map((e) => ({ labels: endpointLabels(e), metrics: e }))];
    const point = (labels, value) => ({ labels, value, ...summaryWindow });
    const summary = [
        ...prometheus/* SUMMARY_FAMILIES */.wd.map((f) => ({ prometheus: f.name, otel: f.otel, help: f.help, unit: f.unit, kind: f.type === 'counter' ? 'count' : 'gauge', points: scopes.map((s) => point(s.labels, f.value(s.metrics))) })),
        {
            prometheus: 'loadtest_errors_total',
            otel: 'loadtest.errors',
            help: 'Failed requests measured after the warm-up, by what went wrong',
            unit: '{request}',
            kind: 'count',
            points: scopes.flatMap((s) => Object.entries(s.metrics.errorCodes).map(([code, n]) => point({ ...s.labels, errorType: code }, n ?? 0))),
        },
        { prometheus: 'loadtest_slo_passed', otel: 'loadtest.slo.passed', help: '1 when the verdict was pass, else 0', unit: '1', kind: 'gauge', points: [point({ verdict: run.verdict }, run.passed ? 1 : 0)] },
        { prometheus: 'loadtest_slo_violations_count', otel: 'loadtest.slo.violations', help: 'SLO thresholds broken', unit: '{violation}', kind: 'gauge', points: [point({}, run.violations.length)] },
        { prometheus: 'loadtest_run_timestamp_seconds', otel: 'loadtest.run.start', help: 'When the run started, Unix time', unit: 's', kind: 'gauge', points: [point({}, Math.floor(Date.parse(run.startedAt) / 1000))] },
    ];
    return {
        runId,
        environment: run.environment,
        server: serverOf(run.target),
        metrics: [...perSecond, ...summary].filter((m) => m.points.length > 0),
        durations: run.endpoints.flatMap((e) => {
            const histogram = durationHistogram(e.histograms.latency);
            return histogram ? [{ labels: endpointLabels(e), ...summaryWindow, ...histogram }] : [];
        }),
    };
}
/** endpointLabels: the endpoint's configured name, method and path template (its query left out: it may hold a token). */
function endpointLabels(e) {
    const template = e.path.split('?')[0];
    return { endpoint: e.name, method: e.method, ...(template.startsWith('/') ? { template } : {}) };
}
function serverOf(target) {
    try {
        const url = new URL(target);
        return { address: url.hostname, port: url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80 };
    }
    catch {
        return null;
    }
}
/** durationHistogram: an encoded latency histogram (ms) as OpenTelemetry's buckets (s); null when it recorded nothing. */
function durationHistogram(encoded) {
    const bins = (0,metrics_histogram/* binsOfEncoded */.oj)(encoded);
    if (bins.length === 0)
        return null;
    const counts = new Array(DURATION_BOUNDARIES.length + 1).fill(0);
    let count = 0;
    let sum = 0;
    for (const [ms, n] of bins) {
        const seconds = ms / 1000;
        const bucket = DURATION_BOUNDARIES.findIndex((bound) => seconds <= bound);
        counts[bucket === -1 ? DURATION_BOUNDARIES.length : bucket] += n;
        count += n;
        sum += seconds * n;
    }
    return { boundaries: [...DURATION_BOUNDARIES], counts, count, sum, min: bins[0][0] / 1000, max: bins[bins.length - 1][0] / 1000 };
}

;// CONCATENATED MODULE: ./src/app/publish.ts
// Telling the rest of the world: metrics to a Prometheus Pushgateway, the run's series to
// Prometheus remote write and OTLP, a message to Slack. Each is best effort: a failure is a warning
// with what the other side said, never a changed verdict or exit code.




/** judgedRun: a run, or a rollout's deciding stage with the rollout's verdict; null when no stage ran. */
function judgedRun(report) {
    const run = report.mode === 'rollout' ? (0,rollout/* decisiveRun */.ov)(report) : report;
    if (!run)
        return null;
    return report.mode === 'rollout' ? { ...run, verdict: report.verdict, passed: report.passed } : run;
}
/** prometheusText renders a run, or a rollout through the stage that decided it, with the overall verdict. */
function prometheusText(report) {
    const judged = judgedRun(report);
    return judged && (0,prometheus/* renderPrometheus */.Be)(judged, { environment: report.environment, target: report.target });
}
async function publish(report, plan, context, deps) {
    const published = { notes: [], warnings: [] };
    const said = (result) => (result.ok ? published.notes : published.warnings).push(`Metrics: ${result.detail}`);
    const text = prometheusText(report);
    if (plan.pushgateway && text)
        said(await deps.push(plan.pushgateway.url, plan.pushgateway.instance ?? context.instance, text));
    const run = judgedRun(report);
    if ((plan.remoteWrite || plan.otlp) && run?.shard) {
        // Every shard of a run has the run's id: their series would collide, and a shard's verdict is provisional.
        published.notes.push('Metrics: a shard sends nothing to remote write or OTLP; the merge sends the whole run');
    }
    else if (run) {
        const telemetry = telemetryOf(run, plan.runId ?? context.instance);
        // An exporter that throws (a bundle chunk gone missing, a bug) is a warning like any other failure.
        const settled = (what, sending) => sending.catch((error) => ({ ok: false, detail: `${what} failed: ${error.message}` }));
        const sent = await Promise.all([
            plan.remoteWrite && settled('Prometheus remote write', deps.remoteWrite(plan.remoteWrite, telemetry)),
            plan.otlp && settled('OTLP', deps.otlp(plan.otlp, telemetry)),
        ]);
        for (const result of sent)
            if (result)
                said(result);
    }
    if (plan.slack && (plan.slack.notify === 'always' || report.verdict !== 'pass')) {
        const result = await deps.slack(plan.slack.webhookUrl, slackMessage(report, context));
        (result.ok ? published.notes : published.warnings).push(`Slack: ${result.detail}`);
    }
    return published;
}
/** defaultInstance names the run's Pushgateway group: the workflow run and attempt, else the time. */
function defaultInstance(env, now) {
    return env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}` : `loadtest-${Math.floor(now.getTime() / 1000)}`;
}
/** resourceWarnings: the resource sources that could not be read, in every stage of a rollout. */
function resourceWarnings(report) {
    const runs = report.mode === 'rollout' ? report.stages.flatMap((s) => (s.run ? [s.run] : [])) : [report];
    return [...new Set(runs.flatMap((run) => run.resources?.errors ?? []))].map((e) => `resources: could not read ${e}; that section of the report is empty`);
}

;// CONCATENATED MODULE: ./src/app/files.ts
// Writing the report directory: results.json, performance_report.md, report.html, report.junit.xml, metrics.prom, and an entry
// appended to the deployment report. Appending opens the file with O_APPEND and writes the entry in one call, so an
// existing report is never truncated, even by two runs at once.











/** writeReports writes a run's or a rollout's reports; both are results.json plus their renderings. */
async function writeReports(report, plan) {
    const dir = plan.reportDir;
    await (0,promises_.mkdir)(dir, { recursive: true });
    const files = {
        resultsJson: (0,external_node_path_.join)(dir, 'results.json'),
        markdown: (0,external_node_path_.join)(dir, 'performance_report.md'),
        html: (0,external_node_path_.join)(dir, 'report.html'),
        junit: (0,external_node_path_.join)(dir, 'report.junit.xml'),
        deploymentReport: plan.deploymentReport,
        entryCopy: null,
        metrics: null,
        exported: [],
        history: null,
    };
    // Reports are built from a redacted plan; scrubbing every string of the report again catches a
    // secret that reached free text (an error message echoing a header, say), without touching the
    // structure of JSON, HTML, XML or CSV. The prose renderings are scrubbed once more as text; the
    // XML and the metrics are not: a secret such as "test" or "load" scrubbed from their text would
    // break their tags and metric names (loadtest_… would become ***test_…).
    const clean = (text) => (0,redact/* scrub */._I)(text, plan.secrets);
    const safe = (0,redact/* scrubStrings */.aV)(report, plan.secrets);
    await (0,promises_.writeFile)(files.resultsJson, `${JSON.stringify(safe, null, 2)}\n`);
    await (0,promises_.writeFile)(files.markdown, clean(safe.mode === 'rollout' ? (0,rollout/* renderRolloutMarkdown */.J$)(safe) : (0,markdown/* renderMarkdown */.G)(safe)));
    await (0,promises_.writeFile)(files.html, (0,render/* renderHtmlReport */.w)(safe));
    await (0,promises_.writeFile)(files.junit, renderJunit(safe));
    const metrics = prometheusText(safe);
    if (metrics) {
        files.metrics = (0,external_node_path_.join)(dir, 'metrics.prom');
        await (0,promises_.writeFile)(files.metrics, metrics);
    }
    const history = safe.mode === 'rollout' ? null : nextHistory(safe);
    if (history) {
        files.history = (0,external_node_path_.join)(dir, HISTORY_FILE);
        await (0,promises_.writeFile)(files.history, `${JSON.stringify(history, null, 2)}\n`);
    }
    if (plan.exports.locustCsv)
        files.exported = await writeLocustCsv(safe, plan.exports.locustCsv);
    const entry = clean(safe.mode === 'rollout' ? (0,rollout/* renderRolloutDeploymentEntry */.rQ)(safe) : renderDeploymentEntry(safe));
    await appendEntry(files.deploymentReport, entry);
    // The report directory is what gets uploaded; when the log lives elsewhere, this run's entry goes with the report.
    if ((0,external_node_path_.relative)((0,external_node_path_.resolve)(dir), (0,external_node_path_.resolve)(files.deploymentReport)).startsWith('..')) {
        files.entryCopy = (0,external_node_path_.join)(dir, 'deployment_report_entry.md');
        await (0,promises_.writeFile)(files.entryCopy, entry);
    }
    return files;
}
/** writeLocustCsv writes PREFIX_stats.csv, _stats_history.csv and _failures.csv; a rollout gets one set per stage that ran. */
async function writeLocustCsv(report, prefix) {
    const runs = report.mode === 'rollout' ? report.stages.flatMap((stage, i) => (stage.run ? [{ run: stage.run, prefix: `${prefix}_stage${i + 1}` }] : [])) : [{ run: report, prefix }];
    const written = [];
    for (const { run, prefix: at } of runs) {
        const files = renderLocustCsv(run);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(at), { recursive: true });
        for (const [suffix, text] of [['_stats.csv', files.stats], ['_stats_history.csv', files.history], ['_failures.csv', files.failures]]) {
            await (0,promises_.writeFile)(`${at}${suffix}`, text);
            written.push(`${at}${suffix}`);
        }
    }
    return written;
}
/** appendEntry adds an entry to a markdown log, starting it on a fresh paragraph if the file lacks a blank line at its end. */
async function appendEntry(path, entry) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    // 'a+' positions every write at the end of the file; only the last two bytes are read, to choose the separator.
    const handle = await (0,promises_.open)(path, 'a+');
    try {
        const { size } = await handle.stat();
        const tail = Buffer.alloc(Math.min(2, size));
        if (size > 0)
            await handle.read(tail, 0, tail.length, size - tail.length);
        const end = tail.toString('utf8');
        const separator = size === 0 || end === '\n\n' ? '' : end.endsWith('\n') ? '\n' : '\n\n';
        await handle.write(separator + entry);
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/config/vocabulary.ts
var config_vocabulary = __webpack_require__(58724);
;// CONCATENATED MODULE: ./src/app/limits.ts
// Can this process open the sockets the plan needs? Each virtual user (or open-model slot) holds a
// socket, and a run that hits the open-files limit would fill with EMFILE errors that say nothing
// about the service. Node raises the soft limit to the hard one at startup, so the limit read from
// /proc/self/limits inside the process is the real ceiling.

/** HEADROOM_FILES covers what else the process holds open: stdio, the report files, Node's own handles. */
const HEADROOM_FILES = 64;
/** fileLimitProblem explains why the plan cannot run under the given /proc/self/limits text, or returns null. */
function fileLimitProblem(plan, limitsText) {
    const line = limitsText?.split('\n').find((l) => l.startsWith('Max open files'));
    const soft = Number(line?.split(/\s{2,}/)[1]);
    if (!Number.isFinite(soft))
        return null;
    const sockets = plan.load.model === 'closed' ? plan.load.peakUsers : plan.load.maxInFlight;
    // HTTP/2 asked for: users (or requests in flight) share connections, up to max_streams_per_connection
    // each. Under auto the server may still choose HTTP/1.1, so a socket each is what it may need.
    const connections = plan.http.version === '2' ? Math.ceil(sockets / plan.http.maxStreamsPerConnection) : sockets;
    const needed = connections + HEADROOM_FILES;
    if (needed <= soft)
        return null;
    const what = plan.load.model === 'closed' ? `${sockets.toLocaleString('en-US')} virtual users need` : `up to ${sockets.toLocaleString('en-US')} requests in flight need`;
    return `${what} about ${needed.toLocaleString('en-US')} open files, but this process may open ${soft.toLocaleString('en-US')} (ulimit -n): raise the limit (ulimit -Hn ${needed}) or lower ${(0,config_vocabulary/* optionName */.fS)(plan.vocabulary, plan.load.model === 'closed' ? 'load_test.concurrency' : 'load_test.max_in_flight')}`;
}

// EXTERNAL MODULE: ./src/app/mode-names.ts
var mode_names = __webpack_require__(49525);
// EXTERNAL MODULE: ./src/report/build.ts
var build = __webpack_require__(95066);
// EXTERNAL MODULE: ./src/report/read.ts
var read = __webpack_require__(95756);
// EXTERNAL MODULE: ./src/template/data.ts
var data = __webpack_require__(51208);
;// CONCATENATED MODULE: ./src/baseline/read.ts
// Reading a baseline from text: a loadtest-action results.json, or a Locust _stats.csv (Locust 1.x
// and later, and the older "# requests" spelling). Pure; the caller reads the file.







function parseBaseline(text, source) {
    const trimmed = text.replace(/^\uFEFF/, '').trimStart();
    if (trimmed.startsWith('{'))
        return fromResults(trimmed, source);
    if (/^"?(Type|Method)"?,/.test(trimmed))
        return fromLocustCsv(trimmed, source);
    throw new BaselineError(`${source}: not a baseline: expected a loadtest-action results.json or a Locust _stats.csv (starting "Type,Name,Request Count,…")`);
}
function fromResults(text, source) {
    let report;
    try {
        report = (0,read/* readResults */.x)(text, source);
    }
    catch (error) {
        throw new BaselineError(error.message);
    }
    if (report.mode === 'rollout')
        throw new BaselineError(`${source}: a rollout's results.json holds one run per stage; use a plain run's results.json as the baseline`);
    if (report.shard)
        throw new BaselineError(`${source}: this is one shard's share of a run; use the merged results.json as the baseline`);
    if (report.status === 'unreachable' || report.overall.requests === 0)
        throw new BaselineError(`${source}: the baseline run measured no requests (${report.status})`);
    const arm = (e) => ({ name: e.name, method: e.method, path: e.path, requests: e.requests, errors: e.errors, errorRatePercent: e.errorRatePercent, latencyMs: e.latencyMs, histograms: { latency: e.histograms.latency } });
    const blocks = (0,compare_blocks/* measuredBlocks */.hb)(report.timeseries);
    // On its own, a run is a history of one: its run-to-run noise is estimated from its own batches of time.
    const history = [historyRun({ startedAt: report.startedAt, runUrl: null, requests: report.overall.requests, errorRatePercent: report.overall.errorRatePercent, latencyMs: report.overall.latencyMs, blocks })];
    // A canary run's overall is the canary's, and so is its protocol.
    const protocol = report.protocol ? { version: report.protocol.version, asked: report.protocol.asked } : null;
    return { kind: 'results', source, startedAt: report.startedAt, runUrl: null, target: report.target, protocol, overall: { ...arm(report.overall), blocks, history: historyPoints(history) }, endpoints: report.endpoints.map(arm), history };
}
/** Column names as Locust writes them, with the spellings older versions used. */
const COLUMN_ALIASES = {
    Type: ['Type', 'Method'],
    Name: ['Name'],
    'Request Count': ['Request Count', '# requests'],
    'Failure Count': ['Failure Count', '# failures'],
    'Median Response Time': ['Median Response Time', 'Median response time'],
    'Average Response Time': ['Average Response Time', 'Average response time'],
    'Min Response Time': ['Min Response Time', 'Min response time'],
    'Max Response Time': ['Max Response Time', 'Max response time'],
};
function fromLocustCsv(text, source) {
    let cells;
    try {
        cells = (0,data/* parseCsv */.Wk)(text);
    }
    catch (error) {
        throw new BaselineError(`${source}: ${error.message}`);
    }
    const [header, ...rows] = cells.filter((row) => row.some((cell) => cell.trim() !== ''));
    const column = (name) => {
        const index = header.findIndex((h) => (COLUMN_ALIASES[name] ?? [name]).some((alias) => alias.toLowerCase() === h.trim().toLowerCase()));
        if (index < 0)
            throw new BaselineError(`${source}: no '${name}' column; a Locust _stats.csv has ${Object.keys(COLUMN_ALIASES).join(', ')} and the percentile columns`);
        return index;
    };
    const at = { type: column('Type'), name: column('Name'), requests: column('Request Count'), failures: column('Failure Count'), median: column('Median Response Time'), mean: column('Average Response Time'), min: column('Min Response Time'), max: column('Max Response Time') };
    const percentileColumns = LOCUST_PERCENTILES.map((q) => [q, header.findIndex((h) => h.trim() === `${Math.round(q * 1e6) / 1e4}%`)]).filter(([, index]) => index >= 0);
    const arms = rows.map((row, i) => {
        const number = (index, what) => {
            const value = Number(row[index]);
            if (!Number.isFinite(value))
                throw new BaselineError(`${source}:${i + 2}: ${what} is '${row[index] ?? ''}', not a number`);
            return value;
        };
        const requests = number(at.requests, 'Request Count');
        const errors = number(at.failures, 'Failure Count');
        const known = requests > 0;
        const min = known ? number(at.min, 'Min Response Time') : 0;
        const max = known ? number(at.max, 'Max Response Time') : 0;
        const table = known ? [[0, min], ...percentileColumns.filter(([q]) => q < 1).map(([q, index]) => [q, number(index, `${Math.round(q * 1e6) / 1e4}%`)]), [1, max]] : [];
        const percentile = (q) => table.find(([tq]) => tq === q)?.[1] ?? 0;
        const type = (row[at.type] ?? '').trim();
        const name = (row[at.name] ?? '').trim();
        return {
            name,
            method: type === 'None' ? '' : type,
            path: name,
            requests,
            errors,
            errorRatePercent: requests === 0 ? 0 : (errors / requests) * 100,
            latencyMs: known ? { min, mean: number(at.mean, 'Average Response Time'), p50: number(at.median, 'Median Response Time'), p90: percentile(0.9), p95: percentile(0.95), p99: percentile(0.99), p999: percentile(0.999), max } : { ...metrics_histogram/* EMPTY_SUMMARY */.fB },
            quantiles: table,
            // Locust stores response times rounded to two significant digits: a value may be half a step off.
            slack: (ms) => stepOf(ms) / 2,
        };
    });
    const overall = arms.find((a) => a.name === 'Aggregated' && a.method === '') ?? arms.find((a) => a.name === 'Aggregated');
    if (!overall)
        throw new BaselineError(`${source}: no Aggregated row; is this a Locust _stats.csv (not _stats_history.csv or _failures.csv)?`);
    if (overall.requests === 0)
        throw new BaselineError(`${source}: the Locust run recorded no requests`);
    // No seconds of its own: its within-run noise is unknown, and the judge takes this run's in its place.
    const history = [historyRun({ startedAt: null, runUrl: null, requests: overall.requests, errorRatePercent: overall.errorRatePercent, latencyMs: overall.latencyMs, blocks: [] })];
    return { kind: 'locust', source, startedAt: null, runUrl: null, target: null, protocol: null, overall: { ...overall, method: '*', path: '*', history: historyPoints(history) }, endpoints: arms.filter((a) => a !== overall), history };
}
function stepOf(ms) {
    return ms < 100 ? 1 : ms < 1000 ? 10 : ms < 10_000 ? 100 : 1000;
}

;// CONCATENATED MODULE: ./src/app/baseline.ts
// Finding this run's baseline before any load is sent: a file, or the newest baseline artifact of
// the default branch (through the injected fetch, GitHub's REST API in practice). Only "there is no
// baseline yet" (no artifact of that name from a successful default-branch run: the first run on
// main) is a notice in the report. A baseline that cannot be read (a named file that does not
// exist or does not parse, an API call refused or failing, no token) would turn the regression
// gate off unasked: it is a mistake in the setup and stops the run, like a broken config.






/** findBaseline: the baseline the plan names; `vocabulary` words the way out of a wrong path (config/vocabulary.ts). */
async function findBaseline(plan, vocabulary, deps) {
    if (plan.source.kind === 'file') {
        // A directory is a report directory (or a downloaded artifact): its results.json and history.
        const path = isDirectory(plan.source.path) ? (baselineFileIn(plan.source.path) ?? (0,external_node_path_.join)(plan.source.path, 'results.json')) : plan.source.path;
        let text;
        try {
            text = deps.readFile(path);
        }
        catch (error) {
            const code = error.code;
            // A file that was named and is not there is a wrong path, not a first run: there is no artifact to wait for.
            if (code === 'ENOENT')
                throw new BaselineError(`cannot read the baseline ${path}: no such file (check the path, or ${(0,config_vocabulary/* giveOption */.V)(vocabulary, 'baseline.source', 'artifact')} for the default branch's newest baseline)`);
            throw new BaselineError(`cannot read the baseline ${path}: ${code === 'EACCES' ? 'permission denied' : error.message}`);
        }
        return { found: true, baseline: withHistoryBeside(parseBaseline(text, path), path, deps.readFile) };
    }
    const fetched = await deps.fetchArtifact(plan.source.name);
    if (!fetched.found)
        return fetched;
    const file = baselineFileIn(fetched.dir);
    if (!file)
        throw new BaselineError(`the baseline artifact ${plan.source.name} (${fetched.description}) holds no results.json or Locust _stats.csv`);
    const baseline = withHistoryBeside(parseBaseline((0,external_node_fs_.readFileSync)(file, 'utf8'), `${plan.source.name} (${fetched.description})`), file, (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'));
    return { found: true, baseline: { ...baseline, runUrl: fetched.runUrl, startedAt: baseline.startedAt ?? fetched.createdAt } };
}
/**
 * withHistoryBeside: the baseline judged against the history kept beside its results.json
 * (baseline-history.json), when there is one; a history that is there but unreadable is an error,
 * like the baseline itself.
 */
function withHistoryBeside(baseline, file, readFile) {
    if (baseline.kind !== 'results')
        return baseline;
    const path = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), HISTORY_FILE);
    let text;
    try {
        text = readFile(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return baseline;
        throw new BaselineError(`cannot read the baseline history ${path}: ${error.message}`);
    }
    return withHistory(baseline, parseHistory(text, path));
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** baselineFileIn: results.json, else a Locust _stats.csv, at the top of a downloaded artifact. */
function baselineFileIn(dir) {
    const names = (0,external_node_fs_.readdirSync)(dir);
    const name = names.find((n) => n === 'results.json') ?? names.find((n) => n.endsWith('_stats.csv'));
    return name ? (0,external_node_path_.join)(dir, name) : null;
}

// EXTERNAL MODULE: ./src/app/judge.ts + 2 modules
var judge = __webpack_require__(84073);
// EXTERNAL MODULE: ./src/config/plan.ts
var plan = __webpack_require__(29311);
;// CONCATENATED MODULE: ./src/metrics/snapshot.ts
// Plain data out of the collector: what the SLO judge and every report read.
/** REASONED_CODES: the error codes with reasons of their own, counted apart (the 'protocol' code's are protocolReasons). */
const REASONED_CODES = ['check_failed', 'capture_failed', 'h2_stream_reset'];

;// CONCATENATED MODULE: ./src/metrics/merge.ts
// Merging what several generators measured into one: counters add, HDR histograms add exactly
// (they share one set of parameters), and per-second series line up on the wall clock. Pure.


/**
 * mergeMetrics adds endpoint metrics measured at the same time by different generators. Throughput
 * adds too: the generators' rates were applied to the target together.
 */
function mergeMetrics(name, parts) {
    const latency = addEncoded(parts.map((p) => p.histograms.latency));
    const service = addEncoded(parts.map((p) => p.histograms.serviceTime));
    const requests = sum(parts.map((p) => p.requests));
    const errors = sum(parts.map((p) => p.errors));
    return {
        name,
        requests,
        errors,
        errorRatePercent: requests === 0 ? 0 : (errors / requests) * 100,
        throughputRps: sum(parts.map((p) => p.throughputRps)),
        bytes: sum(parts.map((p) => p.bytes)),
        latencyMs: (0,metrics_histogram/* summarize */.eh)(latency),
        serviceTimeMs: (0,metrics_histogram/* summarize */.eh)(service),
        statusCodes: Object.fromEntries([...addCounts(parts.map((p) => p.statusCodes))].sort((a, b) => Number(a[0]) - Number(b[0]))),
        errorCodes: Object.fromEntries([...addCounts(parts.map((p) => p.errorCodes))].sort((a, b) => b[1] - a[1])),
        histograms: { latency: (0,metrics_histogram/* encodeHistogram */.ll)(latency), serviceTime: (0,metrics_histogram/* encodeHistogram */.ll)(service) },
        ...(parts.some((p) => p.protocolReasons) ? { protocolReasons: Object.fromEntries([...addCounts(parts.map((p) => p.protocolReasons ?? {}))].sort((a, b) => b[1] - a[1])) } : {}),
        ...(parts.some((p) => p.checks) ? { checks: addChecks(parts.map((p) => p.checks ?? [])) } : {}),
        ...(parts.some((p) => p.failureReasons) ? { failureReasons: addFailureReasons(parts.map((p) => p.failureReasons ?? {})) } : {}),
    };
}
/** addChecks: each check's outcomes added across parts, by name, in the order they first appear. */
function addChecks(parts) {
    const byName = new Map();
    for (const part of parts) {
        for (const c of part) {
            const total = byName.get(c.name) ?? { name: c.name, passed: 0, failed: 0 };
            total.passed += c.passed;
            total.failed += c.failed;
            byName.set(c.name, total);
        }
    }
    return [...byName.values()];
}
/** addEncoded decodes and adds histograms; the sum is exact because every histogram is built alike. */
function addEncoded(encoded) {
    const total = (0,metrics_histogram/* newHistogram */.HL)();
    for (const text of encoded)
        total.add((0,metrics_histogram/* decodeHistogram */.pr)(text));
    return total;
}
/**
 * mergeSeries lines up each part's per-second series at its offset (whole seconds after the
 * earliest start) and adds them. Percentiles come from the added per-second histograms; gauges of
 * the generators' own health (lag, CPU, memory) take the worst, since each ran on its own machine.
 */
function mergeSeries(parts) {
    const length = Math.max(0, ...parts.map((p) => p.offsetSeconds + p.series.length));
    const merged = [];
    for (let t = 0; t < length; t++) {
        const points = parts.map((p) => p.series[t - p.offsetSeconds]).filter((p) => p !== undefined);
        const histogram = addEncoded(points.flatMap((p) => (p.histogram ? [p.histogram] : [])));
        merged.push({
            t,
            requests: sum(points.map((p) => p.requests)),
            errors: sum(points.map((p) => p.errors)),
            p50: (0,metrics_histogram/* percentileMs */.OZ)(histogram, 50),
            p95: (0,metrics_histogram/* percentileMs */.OZ)(histogram, 95),
            p99: (0,metrics_histogram/* percentileMs */.OZ)(histogram, 99),
            users: sum(points.map((p) => p.users)),
            arrivals: sum(points.map((p) => p.arrivals)),
            dropped: sum(points.map((p) => p.dropped)),
            inFlight: sum(points.map((p) => p.inFlight)),
            warmup: points.some((p) => p.warmup),
            lagMs: Math.max(0, ...points.map((p) => p.lagMs)),
            generatorCpuPercent: Math.max(0, ...points.map((p) => p.generatorCpuPercent ?? 0)),
            generatorRssMb: Math.max(0, ...points.map((p) => p.generatorRssMb ?? 0)),
            histogram: (0,metrics_histogram/* encodeHistogram */.ll)(histogram),
            bytes: sum(points.map((p) => p.bytes ?? 0)),
        });
    }
    return merged;
}
function sum(values) {
    return values.reduce((a, b) => a + b, 0);
}
function addCounts(maps) {
    const total = new Map();
    for (const map of maps)
        for (const [key, n] of Object.entries(map))
            total.set(key, (total.get(key) ?? 0) + (n ?? 0));
    return total;
}
/** addFailureReasons: each code's reasons added across parts. */
function addFailureReasons(parts) {
    const out = {};
    for (const code of REASONED_CODES) {
        const added = addCounts(parts.map((p) => p[code] ?? {}));
        if (added.size > 0)
            out[code] = Object.fromEntries([...added].sort((a, b) => b[1] - a[1]));
    }
    return out;
}

// EXTERNAL MODULE: ./src/slo/evidence.ts
var evidence = __webpack_require__(43679);
// EXTERNAL MODULE: ./src/slo/failures.ts
var failures = __webpack_require__(26697);
// EXTERNAL MODULE: ./src/slo/generator.ts
var generator = __webpack_require__(10225);
// EXTERNAL MODULE: ./src/slo/verdict.ts + 1 modules
var verdict = __webpack_require__(46616);
// EXTERNAL MODULE: ./src/slo/check-intervals.ts
var check_intervals = __webpack_require__(21319);
// EXTERNAL MODULE: ./src/metrics/traces.ts
var metrics_traces = __webpack_require__(60663);
// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(55285);
;// CONCATENATED MODULE: ./src/app/merge.ts
// Merging a sharded run: N jobs each ran 1/N of the load (--shard i/N) and wrote a results.json;
// the merge checks that every shard is there, complete and from the same test, adds their
// histograms and counters, lines their series up on the wall clock, and judges the whole against
// the SLOs the shards ran with, as one run (its verdict is then the judge's, as for any run: app/judge.ts).
// Pure: the entries read the files.













/** MergeError lists every reason the shards cannot be merged; nothing is judged. */
class MergeError extends Error {
    problems;
    constructor(problems) {
        super(`cannot merge the shards:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'MergeError';
    }
}
/** MIN_OVERLAP: below this share of the shortest measured window, the shards never loaded the target together for most of the run. */
const MIN_OVERLAP = 0.8;
/** mergeShards: the shards' results as one run; `vocabulary` words what the problems ask of the load jobs (config/vocabulary.ts). */
function mergeShards(files, endedAt, vocabulary) {
    const shards = checkShards(files, vocabulary);
    const first = shards[0].report;
    const starts = shards.map((s) => Date.parse(s.report.loadStartedAt));
    const earliest = Math.min(...starts);
    const offsets = starts.map((start) => Math.round((start - earliest) / 1000));
    const overlapSeconds = measuredOverlap(shards.map((s, i) => ({ start: starts[i] / 1000 + s.report.warmup.seconds, end: starts[i] / 1000 + s.report.durationSeconds })));
    const shortest = Math.min(...shards.map((s) => s.report.measuredSeconds));
    const overall = { ...mergeMetrics('overall', shards.map((s) => s.report.overall)), method: '*', path: '*', weight: 1 };
    const endpoints = first.endpoints.map((e, i) => ({ ...mergeMetrics(e.name, shards.map((s) => s.report.endpoints[i])), method: e.method, path: e.path, weight: e.weight }));
    const slo = first.shard.slo;
    const resourceChecks = first.checks.filter((c) => c.metric === 'cpu_percent' || c.metric === 'memory_percent');
    const timeseries = mergeSeries(shards.map((s, i) => ({ offsetSeconds: offsets[i], series: s.report.timeseries })));
    const evaluated = (0,slo_checks/* evaluateChecks */.Jn)(overall, slo.thresholds, endpoints.map((metrics, i) => ({ metrics, thresholds: slo.endpoints[i] ?? {} })));
    const blocks = (0,compare_blocks/* measuredBlocks */.hb)(timeseries);
    const checks = [...(0,check_intervals/* withIntervals */.X)(evaluated, (check) => (check.endpoint === null ? { metrics: overall, blocks } : { metrics: endpoints.find((e) => e.name === check.endpoint) ?? overall })), ...resourceChecks];
    const label = (index, finding) => `shard ${index}: ${finding}`;
    const shortfall = shards.flatMap((s) => s.report.generator.shortfall.map((f) => label(s.report.shard.index, f)));
    if (shards.length > 1 && overlapSeconds < MIN_OVERLAP * shortest) {
        shortfall.push(`the shards' measured windows overlapped for only ${overlapSeconds.toFixed(1)}s of ${shortest.toFixed(1)}s: the target never carried the whole load at once for most of the run; start the shard jobs together`);
    }
    // Each shard's own delay bounds what it added to its requests; the whole is bounded by the worst.
    const delays = shards.map((s) => s.report.generator.addedDelayMs ?? (0,generator/* uniformDelay */.Y2)(s.report.generator.eventLoopLagMs.max));
    const addedDelayMs = Object.fromEntries(plan/* LATENCY_KEYS */.SD.map((k) => [k, max(delays.map((d) => d[k]))]));
    const notes = shards.flatMap((s) => (s.report.generator.notes ?? []).map((f) => label(s.report.shard.index, f)));
    const saturated = notes.find((n) => n.includes('CPU was saturated')) ?? null;
    // s(b) of the whole is a request-weighted mean of the shards'; the largest is a bound on it. A shard without one leaves none.
    const shares = shards.map((s) => s.report.generator.delayShares ?? []);
    const delayShares = shares.some((s) => s.length === 0) ? [] : shares[0].map(([b], i) => [b, max(shares.map((s) => s[i]?.[1] ?? 1))]);
    const interrupted = merge_sum(shards.map((s) => s.report.generator.interruptedRequests));
    const judgement = (0,verdict/* judge */.S4)({
        checks,
        measuredRequests: overall.requests,
        minRequests: slo.minRequests,
        evidenceFor: (check) => (0,evidence/* evidenceFor */.h)(check.endpoint === null ? overall : (endpoints.find((e) => e.name === check.endpoint) ?? overall), check),
        allFailed: (0,failures/* everyRequestFailed */.W)(overall, endpoints),
        countAboveMs: (0,evidence/* latencyCounter */.z)((check) => (check.endpoint === null ? overall : (endpoints.find((e) => e.name === check.endpoint) ?? overall))),
        generator: { shortfall, addedDelayMs, delayShares, saturated, notes },
        stoppedBy: 'completed',
        abortReason: null,
        unanswered: interrupted,
        drainSeconds: Math.max(...shards.map((s) => s.report.shard.drainSeconds)),
        coverage: `${shards.length} shards`,
        decision: slo.decision ?? 'point',
    });
    const scheduled = merge_sum(shards.map((s) => s.report.arrivals?.scheduled ?? 0));
    const dropped = merge_sum(shards.map((s) => s.report.arrivals?.dropped ?? 0));
    const merged = {
        shards: shards.map((s, i) => ({
            index: s.report.shard.index,
            source: s.source,
            loadStartedAt: s.report.loadStartedAt,
            offsetSeconds: offsets[i],
            durationSeconds: s.report.durationSeconds,
            requests: s.report.overall.requests,
            errors: s.report.overall.errors,
            peakUsers: s.report.plan.peakUsers,
            peakRate: s.report.plan.peakRate,
        })),
        overlapSeconds: Math.round(overlapSeconds * 1000) / 1000,
    };
    // The first shard's report with every measured part replaced; no shard's own verdict is carried over.
    const body = {
        ...(0,build/* bodyOf */.EN)(first),
        startedAt: new Date(Math.min(...shards.map((s) => Date.parse(s.report.startedAt)))).toISOString(),
        endedAt: endedAt.toISOString(),
        loadStartedAt: new Date(earliest).toISOString(),
        durationSeconds: Math.max(...shards.map((s, i) => offsets[i] + s.report.durationSeconds)),
        measuredSeconds: Math.max(...shards.map((s) => s.report.measuredSeconds)),
        plan: wholePlan(shards.map((s) => s.report), slo.minRequests),
        overall,
        endpoints,
        checks,
        violations: judgement.violations,
        untrusted: judgement.untrusted,
        warmup: { seconds: first.warmup.seconds, requests: merge_sum(shards.map((s) => s.report.warmup.requests)), errors: merge_sum(shards.map((s) => s.report.warmup.errors)) },
        arrivals: first.arrivals ? { scheduled, dropped, droppedPercent: scheduled ? Math.round((dropped / scheduled) * 100_000) / 1000 : 0 } : null,
        generator: {
            eventLoopLagMs: { p50: max(shards.map((s) => s.report.generator.eventLoopLagMs.p50)), p99: max(shards.map((s) => s.report.generator.eventLoopLagMs.p99)), max: max(shards.map((s) => s.report.generator.eventLoopLagMs.max)) },
            cpuPercent: max(shards.map((s) => s.report.generator.cpuPercent)),
            peakRssMb: max(shards.map((s) => s.report.generator.peakRssMb)),
            connectionsOpened: merge_sum(shards.map((s) => s.report.generator.connectionsOpened)),
            interruptedRequests: interrupted,
            shortfall,
            distortion: judgement.distortion ?? [],
            addedDelayMs,
            delayShares,
            delayNote: judgement.delayNote ?? null,
            notes,
        },
        preflight: shards.flatMap((s) => s.report.preflight.map((step) => ({ ...step, what: label(s.report.shard.index, step.what) }))),
        timeseries,
        notices: [...new Set(shards.flatMap((s) => s.report.notices))],
        comparison: null,
        protocol: mergedProtocol(shards.map((s) => s.report.protocol)),
        shard: null,
        merged,
        traces: mergedTraces(shards.map((s) => s.report.traces), earliest),
    };
    if (body.traces === undefined)
        delete body.traces;
    return { body, slo: judgement, decision: slo.decision ?? 'point' };
}
/**
 * mergedProtocol: what the shards' load went over, their connections added; null when a shard
 * sent none or they differ (each shard's pre-flight settled its own), absent in older shards.
 */
function mergedProtocol(protocols) {
    if (protocols.every((p) => p === undefined))
        return undefined;
    const [first] = protocols;
    if (!first || protocols.some((p) => !p || p.version !== first.version || p.how !== first.how || p.alpn !== first.alpn))
        return null;
    const limits = protocols.map((p) => p.streamsPerConnection).filter((n) => n !== null);
    return { ...first, connections: merge_sum(protocols.map((p) => p.connections)), streamsPerConnection: limits.length ? Math.min(...limits) : null };
}
/**
 * mergedTraces: the shards' kept trace IDs as one run's: each endpoint's slowest of them all, every
 * failed one up to the cap (the rest counted), offsets from the merged load's start. Absent unless
 * every shard was traced: a merge of some traced shards would call its slowest "the slowest".
 */
function mergedTraces(traces, loadStartedAtMs) {
    if (traces.some((t) => t === undefined))
        return undefined;
    const all = traces;
    const [first] = all;
    const reOffset = (r) => ({ ...r, offsetMs: Date.parse(r.at) - loadStartedAtMs });
    const failed = all.flatMap((t) => t.failed).map(reOffset);
    const perEndpoint = (0,metrics_traces/* failedPerEndpoint */.K5)(defaults/* FAILED_TRACES_KEPT */.yw, new Set(all.flatMap((t) => [...t.slowest, ...t.failed].map((r) => r.endpoint))).size);
    const kept = (0,metrics_traces/* keepFailed */.Ni)(failed, perEndpoint);
    return {
        sampled: first.sampled,
        url: first.url,
        slowestPerEndpoint: first.slowestPerEndpoint,
        slowest: (0,metrics_traces/* keepSlowest */.D)(all.flatMap((t) => t.slowest).map(reOffset), first.slowestPerEndpoint),
        failed: kept,
        failedOmitted: merge_sum(all.map((t) => t.failedOmitted)) + failed.length - kept.length,
        unreached: merge_sum(all.map((t) => t.unreached ?? 0)),
    };
}
/** mergeLayer: the settings a merge's plan starts from (the target the shards tested); the merge's config and flags decide where reports go. */
function mergeLayer(run) {
    return new Map([['load_test.target', { value: run.body.target, source: { kind: 'default' } }]]);
}
/** withMergeNotices says, in the report, that thresholds given to the merge itself are not what judged it. */
function withMergeNotices(run, plan) {
    const notices = [];
    if (!plan.thresholdsAreDefaults)
        notices.push('the merge judged the whole run with the SLOs the shards ran with (recorded in their results); thresholds given to the merge itself were not used');
    if (plan.sources['thresholds.decision'] && run.decision && plan.decision !== run.decision)
        notices.push(`the merge decided close calls as the shards ran (decision: ${run.decision}, recorded in their results); decision: ${plan.decision} given to the merge was not used`);
    return notices.length === 0 ? run : { ...run, body: { ...run.body, notices: [...run.body.notices, ...notices] } };
}
/** checkShards: every shard 1..N exactly once, each complete, all from the same test; else a MergeError naming each problem. */
function checkShards(files, vocabulary) {
    if (files.length === 0)
        throw new MergeError(['no shard results found: give the directories (or results.json files) the shard jobs wrote']);
    const problems = [];
    const shards = files.filter((f) => {
        if (f.report.mode !== 'run' || !f.report.shard) {
            problems.push(`${f.source} is not a shard's results (run each load job as a shard: ${(0,config_vocabulary/* giveOption */.V)(vocabulary, 'load_test.shard', 'i/N')})`);
            return false;
        }
        return true;
    });
    if (shards.length === 0)
        throw new MergeError(problems);
    const count = shards[0].report.shard.count;
    const byIndex = new Map();
    for (const s of shards) {
        if (s.report.shard.count !== count)
            problems.push(`${s.source} is shard ${s.report.shard.index} of ${s.report.shard.count}, but ${shards[0].source} is one of ${count}`);
        byIndex.set(s.report.shard.index, [...(byIndex.get(s.report.shard.index) ?? []), s]);
    }
    for (let index = 1; index <= count; index++) {
        const found = byIndex.get(index) ?? [];
        if (found.length === 0)
            problems.push(`shard ${index} of ${count} is missing: its job failed, was cancelled, or did not upload its results`);
        if (found.length > 1)
            problems.push(`shard ${index} of ${count} appears ${found.length} times (${found.map((f) => f.source).join(', ')})`);
    }
    const reference = shards.find((s) => s.report.shard.index === 1) ?? shards[0];
    for (const s of shards) {
        const { index } = s.report.shard;
        if (s.report.status !== 'completed')
            problems.push(`shard ${index} of ${count} did not complete (${s.report.status}): ${s.report.reasons[0] ?? 'no reason recorded'}`);
        else if (!s.report.loadStartedAt || s.report.timeseries.some((p) => p.histogram === undefined))
            problems.push(`shard ${index} of ${count} (${s.source}) has no per-second histograms: it was written by an older version`);
        if (s === reference)
            continue;
        if (s.report.target !== reference.report.target)
            problems.push(`shard ${index} tested ${s.report.target}, shard ${reference.report.shard.index} ${reference.report.target}`);
        if (s.report.endpoints.map((e) => e.name).join('\n') !== reference.report.endpoints.map((e) => e.name).join('\n'))
            problems.push(`shard ${index} ran other endpoints than shard ${reference.report.shard.index}`);
        if (sloValues(s.report) !== sloValues(reference.report))
            problems.push(`shard ${index} ran with other SLOs than shard ${reference.report.shard.index}`);
    }
    if (problems.length > 0)
        throw new MergeError(problems);
    return [...shards].sort((a, b) => a.report.shard.index - b.report.shard.index);
}
/** sloValues: the thresholds' values, not where they were set (a flag on one job and the file on another still agree). */
function sloValues(report) {
    const values = (t) => Object.entries(t).map(([k, v]) => `${k}=${v?.value}`).sort().join(',');
    const slo = report.shard.slo;
    return [slo.minRequests, values(slo.thresholds), ...slo.endpoints.map(values)].join(';');
}
/** wholePlan: the plan of the whole run, its levels the shards' added together. */
function wholePlan(reports, minRequests) {
    const first = reports[0].plan;
    return {
        ...first,
        profile: first.profile.map((segment, i) => ({ durationSeconds: segment.durationSeconds, from: round3(merge_sum(reports.map((r) => r.plan.profile[i]?.from ?? 0))), to: round3(merge_sum(reports.map((r) => r.plan.profile[i]?.to ?? 0))) })),
        peakUsers: merge_sum(reports.map((r) => r.plan.peakUsers)),
        peakRate: first.peakRate === null ? null : round3(merge_sum(reports.map((r) => r.plan.peakRate ?? 0))),
        maxInFlight: merge_sum(reports.map((r) => r.plan.maxInFlight)),
        minRequests,
    };
}
/** measuredOverlap: how long all the windows were open at once, in seconds. */
function measuredOverlap(windows) {
    return Math.max(0, Math.min(...windows.map((w) => w.end)) - Math.max(...windows.map((w) => w.start)));
}
const merge_sum = (values) => values.reduce((a, b) => a + b, 0);
const max = (values) => Math.max(0, ...values);
const round3 = (value) => Math.round(value * 1000) / 1000;

;// CONCATENATED MODULE: ./src/app/outcome.ts
// Refusal: the pipeline's answer when nothing (or nothing more) can be run, with the settings at fault.
function refuse(what, message, source) {
    return { kind: 'refused', what, issues: source ? [{ source, message }] : [], message };
}
function isRefusal(value) {
    return value.kind === 'refused';
}

;// CONCATENATED MODULE: ./src/app/rollback.ts
// Auto-rollback: when the gate fails and rollback is enabled, tell the deployment system to roll
// back, by the configured method, with what it needs to know (verdict, reasons, key metrics, target,
// the run's URL). The executors are injected: the entries give GitHub access and the hook runner.

const NOT_TRIGGERED = { triggered: false, method: null, ok: true, detail: '' };
/** rollbackProblem says, before any load is sent, why the configured rollback could not run. */
function rollbackProblem(plan, context) {
    const rollback = plan.rollback;
    if (!rollback || (rollback.method !== 'repository_dispatch' && rollback.method !== 'workflow_dispatch'))
        return null;
    if (!context.github)
        return `auto-rollback by ${rollback.method} needs a GitHub token and repository: ${(0,config_vocabulary/* giveOption */.V)(plan.vocabulary, 'github-token')} and GITHUB_REPOSITORY (or rollback.repository)`;
    if (rollback.method === 'repository_dispatch' && rollback.eventType.length > 100)
        return `rollback event type is ${rollback.eventType.length} characters; GitHub allows 100`;
    if (Object.keys(rollback.inputs).length > 25)
        return `workflow_dispatch allows 25 inputs; rollback.inputs has ${Object.keys(rollback.inputs).length}`;
    return null;
}
/** rollBackIfFailed rolls back a failed run when rollback is enabled; otherwise it does nothing. */
async function rollBackIfFailed(report, plan, context, executors) {
    if (report.verdict !== 'fail')
        return NOT_TRIGGERED;
    return rollBack(rollbackFacts(report, context), plan, context, executors);
}
/** rollBack runs the configured rollback method with `facts`, when rollback is enabled and has a method. */
async function rollBack(facts, plan, context, executors) {
    const rollback = plan.rollback;
    if (!rollback || !rollback.method)
        return NOT_TRIGGERED;
    let result;
    switch (rollback.method) {
        case 'repository_dispatch':
            result = await executors.repositoryDispatch(access(rollback, context), rollback.eventType, facts);
            break;
        case 'workflow_dispatch':
            result = await executors.workflowDispatch(access(rollback, context), rollback.workflow, rollback.ref ?? context.defaultRef ?? 'main', rollback.inputs);
            break;
        case 'command':
            result = await executors.hook('rollback', { kind: 'command', command: rollback.command }, flatFacts(facts), rollback.timeoutMs);
            break;
        case 'webhook':
            result = await executors.hook('rollback', { kind: 'webhook', url: rollback.url }, flatFacts(facts), rollback.timeoutMs);
            break;
    }
    return { triggered: true, method: rollback.method, ok: result.ok, detail: result.detail };
}
function access(rollback, context) {
    return { ...context.github, repository: rollback.repository ?? context.github.repository };
}
/**
 * rollbackFacts is what the deployment system is told: at most 10 top-level keys (GitHub's limit on
 * client_payload), well under its 64 KB, with the reasons cut to the first ten.
 */
function rollbackFacts(report, context) {
    const o = report.overall;
    return {
        verdict: report.verdict,
        reasons: report.reasons.slice(0, 10).map((r) => r.slice(0, 500)),
        metrics: { p50_ms: o.latencyMs.p50, p95_ms: o.latencyMs.p95, p99_ms: o.latencyMs.p99, error_rate_percent: o.errorRatePercent, throughput_rps: Math.round(o.throughputRps * 100) / 100, requests: o.requests },
        target: report.target,
        environment: report.environment,
        mode: report.mode,
        run_url: context.runUrl,
        ...(context.stage ? { stage: context.stage } : {}),
    };
}
/** flatFacts turns the facts into flat string values for commands (LOADTEST_* variables) and webhooks. */
function flatFacts(facts) {
    const flat = {};
    for (const [key, value] of Object.entries(facts)) {
        if (value === null || value === undefined)
            continue;
        if (typeof value === 'object' && !Array.isArray(value))
            for (const [k, v] of Object.entries(value))
                flat[k] = v;
        else
            flat[key] = Array.isArray(value) ? value.join('\n') : value;
    }
    return flat;
}

// EXTERNAL MODULE: ./src/ports/hooks.ts
var ports_hooks = __webpack_require__(40856);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(96867);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/app/run.ts + 26 modules
var run = __webpack_require__(99908);
;// CONCATENATED MODULE: ./src/slo/rollout-decision.ts
// A progressive rollout's verdict, as rules over plain facts: what halts it (a failed hook, a stage
// that did not pass, an interruption) and what it comes to. Every stage must pass; the first that
// does not halts the rollout with the stage's own verdict (fail, or inconclusive when it could not
// tell); a failed hook is a fail; an interruption is inconclusive; with no halt the rollout passes
// unless the on-promote hook failed. app/rollout.ts runs the stages and hooks and asks these. Pure.
function preRolloutHalt(pre) {
    return pre && !pre.ok ? { reason: `the pre-rollout hook failed: ${pre.detail}`, stage: null, trafficMoved: false, verdict: 'fail' } : null;
}
function interruptedBefore(stage) {
    return { reason: `the rollout was interrupted before stage ${stage.index + 1} (${stage.name})`, stage: stage.name, trafficMoved: stage.index > 0, verdict: 'inconclusive' };
}
function shiftHalt(stage, shift) {
    return shift && !shift.ok ? { reason: `shifting traffic to ${stage.percentage}% (${stage.name}) failed: ${shift.detail}`, stage: stage.name, trafficMoved: true, verdict: 'fail' } : null;
}
/** afterStage: the stage's own verdict, and whether its run and post-stage hook halt the rollout. */
function afterStage(stage, run, post) {
    const at = { stage: stage.name, trafficMoved: true };
    if (run.status === 'interrupted')
        return { verdict: run.verdict, halt: { ...at, reason: `the rollout was interrupted during stage ${stage.index + 1} (${stage.name})`, verdict: 'inconclusive' } };
    if (run.verdict !== 'pass')
        return { verdict: run.verdict, halt: { ...at, reason: `stage ${stage.index + 1} (${stage.name}) did not pass: ${run.reasons.join('; ')}`, verdict: run.verdict } };
    if (post && !post.ok)
        return { verdict: 'fail', halt: { ...at, reason: `the post-stage hook of ${stage.name} failed: ${post.detail}`, verdict: 'fail' } };
    return { verdict: 'pass', halt: null };
}
/** rolloutOutcome: a halt decides; with none, every stage passed and the rollout is promoted unless on-promote failed. */
function rolloutOutcome(halt, promote, percentages, interrupted) {
    if (halt)
        return { verdict: halt.verdict, status: interrupted ? 'interrupted' : 'halted', reason: halt.reason };
    if (promote && !promote.ok)
        return { verdict: 'fail', status: 'promoted', reason: `every stage passed, but the on-promote hook failed: ${promote.detail}` };
    return { verdict: 'pass', status: 'promoted', reason: `every stage passed: ${percentages.map((p) => `${p}%`).join(' → ')}` };
}

;// CONCATENATED MODULE: ./src/app/rollout.ts
// A progressive rollout: before each stage a hook shifts the traffic, then a load test (with the
// canary comparison when production is configured) gates the stage. What halts it and what it
// comes to are the judge's rules (slo/rollout-decision.ts); on a halt with auto-rollback the traffic
// is shifted back to 0% (through the same shift hook), then the on-rollback hook and the rollback
// method run. A halt that does not roll back says where the traffic was left. Hooks in Flagger's spirit: pre-rollout, post-stage,
// on-promote, on-rollback. Dependencies are injected, so this is orchestration only.








async function runRollout(plan, deps) {
    const rollout = plan.rollout;
    const now = deps.now ?? (() => new Date());
    const startedAt = now();
    const hooks = [];
    const stages = rollout.stages.map((s) => ({ name: s.name, percentage: s.percentage, durationSeconds: s.load.durationMs / 1000, verdict: 'skipped', hooks: [], run: null }));
    const runHook = async (name, value, values, into) => {
        if (!value)
            return null;
        const result = await deps.hook(name, (0,ports_hooks/* parseHook */.$Y)(value), values, rollout.hookTimeoutMs);
        into.push(result);
        return result;
    };
    let halt = null;
    // traffic: the last weight the shift hook was asked to set, and whether it said it did.
    let traffic = null;
    halt = preRolloutHalt(await runHook('pre-rollout', rollout.hooks.preRollout, { stages: rollout.stages.length }, hooks));
    for (const [index, stage] of rollout.stages.entries()) {
        if (halt)
            break;
        const ref = { index, name: stage.name, percentage: stage.percentage };
        if (deps.signal?.aborted) {
            halt = interruptedBefore(ref);
            break;
        }
        const report = stages[index];
        const values = { stage: stage.name, percentage: stage.percentage };
        deps.onStage?.({ stage, index, phase: 'shift' });
        const shift = await runHook('shift traffic', rollout.shift, values, report.hooks);
        if (shift)
            traffic = { stage, ok: shift.ok };
        halt = shiftHalt(ref, shift);
        if (halt) {
            report.verdict = 'fail';
            break;
        }
        deps.onStage?.({ stage, index, phase: 'test' });
        const run = await deps.runStage({ ...plan, mode: plan.canary ? 'canary' : 'run', load: stage.load }, stage, index);
        report.run = run;
        const post = await runHook('post-stage', rollout.hooks.postStage, { ...values, verdict: run.verdict }, report.hooks);
        deps.onStage?.({ stage, index, phase: 'done', detail: run.verdict });
        ({ verdict: report.verdict, halt } = afterStage(ref, run, post));
    }
    let rollback = NOT_TRIGGERED;
    const interrupted = deps.signal?.aborted === true;
    const promote = halt ? null : await runHook('on-promote', rollout.hooks.onPromote, { stages: rollout.stages.length }, hooks);
    const outcome = rolloutOutcome(halt, promote, rollout.stages.map((s) => s.percentage), interrupted);
    const reasons = [outcome.reason];
    if (halt?.trafficMoved && plan.rollback && !interrupted) {
        // The traffic first, through the hook that moved it, in the same shape as for a stage: users
        // stop reaching the canary before anyone else is told. A failed shift back does not stop the rest.
        const back = traffic ? await runHook(ports_hooks/* SHIFT_BACK */.FN, rollout.shift, { stage: ports_hooks/* ROLLBACK_STAGE */.im, percentage: 0 }, hooks) : null;
        const onRollback = await runHook('on-rollback', rollout.hooks.onRollback, { stage: halt.stage ?? '', reason: halt.reason.slice(0, 500) }, hooks);
        const failedRun = stages.find((s) => s.name === halt.stage)?.run ?? null;
        const method = plan.rollback.method ? await deps.rollBack(failedRun, halt.stage ?? '') : NOT_TRIGGERED;
        rollback = combineRollback(back, onRollback, method);
    }
    else if (halt?.trafficMoved) {
        const where = traffic ? `; ${trafficLeft(traffic)}` : '';
        reasons.push(`${interrupted ? 'not rolled back: the job was cancelled' : `not rolled back: ${(0,config_vocabulary/* optionName */.fS)(plan.vocabulary, 'rollback.auto')} is off`}${where}`);
    }
    return {
        schemaVersion: model/* SCHEMA_VERSION */.f$,
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        mode: 'rollout',
        verdict: outcome.verdict,
        passed: outcome.verdict === 'pass',
        reasons,
        status: outcome.status,
        exitCode: (0,model/* exitCodeOf */.FO)({ verdict: outcome.verdict, status: outcome.status, shard: null }),
        startedAt: startedAt.toISOString(),
        endedAt: now().toISOString(),
        target: (0,redact/* redactUrl */.BO)(plan.target),
        environment: plan.environment,
        stages,
        hooks,
        haltedAt: halt?.stage ?? null,
        rollback,
    };
}
/** trafficLeft says where a halt that was not rolled back left the traffic. */
function trafficLeft(traffic) {
    const { percentage, name } = traffic.stage;
    return traffic.ok ? `traffic was left at ${percentage}% (${name})` : `traffic was left wherever the failed shift to ${percentage}% (${name}) put it`;
}
/**
 * combineRollback merges the shift back to 0%, the on-rollback hook and the rollback method into one
 * result for the report: ok only when every step that ran succeeded.
 */
function combineRollback(back, hook, method) {
    if (!back && !hook)
        return method;
    const parts = [
        back && `traffic ${back.ok ? 'shifted back to 0%' : 'NOT shifted back to 0%, the shift FAILED'} (${back.what}): ${back.detail.split('\n')[0]}`,
        hook && `on-rollback hook ${hook.ok ? 'ran' : 'FAILED'} (${hook.what}): ${hook.detail.split('\n')[0]}`,
        method.triggered ? method.detail : null,
    ];
    return {
        triggered: true,
        method: method.method,
        ok: (back?.ok ?? true) && (hook?.ok ?? true) && method.ok,
        detail: parts.filter((p) => Boolean(p)).join('; '),
    };
}
/** standardDeps: each stage is a real load test; hooks and rollback go through the given executors. */
function standardDeps(plan, options) {
    return {
        runStage: (stagePlan, stage) => (0,run/* runLoadTest */.O1)(stagePlan, { signal: options.signal, resources: options.resources, onProgress: (view) => options.onProgress?.(view, stage) }),
        hook: options.executors.hook,
        rollBack: (run, stage) => {
            const context = { ...options.context, stage };
            const facts = run ? rollbackFacts(run, context) : { verdict: 'fail', reasons: [`the rollout halted at ${stage}`], target: (0,redact/* redactUrl */.BO)(plan.target), environment: plan.environment, mode: 'rollout', run_url: context.runUrl, stage };
            return rollBack(facts, plan, context, options.executors);
        },
        onStage: options.onStage,
        signal: options.signal,
    };
}

;// CONCATENATED MODULE: ./src/app/shard-files.ts
// Finding and reading the shards' results.json files: each argument is a file, or a directory
// searched (a few levels deep) for results.json, as a downloaded artifact lays it out.




const MAX_DEPTH = 4;
function readShardFiles(paths) {
    const problems = [];
    const files = [];
    for (const path of paths) {
        let found;
        try {
            found = (0,external_node_fs_.statSync)(path).isDirectory() ? findResults(path, 0) : [path];
        }
        catch (error) {
            problems.push(`${path}: ${error.code === 'ENOENT' ? 'no such file or directory' : error.message}`);
            continue;
        }
        if (found.length === 0)
            problems.push(`${path}: no results.json inside`);
        for (const file of found) {
            try {
                // A rollout's results.json reads fine here and is refused by the merge, which says why.
                files.push({ source: file, report: (0,read/* readResults */.x)((0,external_node_fs_.readFileSync)(file, 'utf8'), file) });
            }
            catch (error) {
                problems.push(error.message);
            }
        }
    }
    if (problems.length > 0)
        throw new MergeError(problems);
    return files;
}
function findResults(dir, depth) {
    const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    const here = entries.filter((e) => e.isFile() && e.name === 'results.json').map((e) => (0,external_node_path_.join)(dir, e.name));
    if (here.length > 0 || depth >= MAX_DEPTH)
        return here;
    return entries.filter((e) => e.isDirectory()).flatMap((e) => findResults((0,external_node_path_.join)(dir, e.name), depth + 1));
}

;// CONCATENATED MODULE: ./src/app/modes.ts
// The modes, in one place: what each one's plan resolves from the config (its needs), what it reads
// before its plan, and how it runs once the plan is known. The pipeline runs whichever the entry
// names. A new mode is an entry in MODES (with its stage, here or in its own file) and the
// entries' command or `mode` input that names it; config, the pipeline and the judge stay as they are.












const MODES = {
    /** run: one service under load, judged by its SLOs (and a baseline, when given). */
    run: { needs: mode_names/* MODE_NEEDS */.g.run, sendsLoad: true, run: measuredAndGated },
    /** canary: the same requests to the canary and production at once; the canary is judged by its SLOs and against production. */
    canary: { needs: mode_names/* MODE_NEEDS */.g.canary, sendsLoad: true, run: measuredAndGated },
    /** rollout: traffic shifted stage by stage, each stage gated by a load test. */
    rollout: {
        needs: mode_names/* MODE_NEEDS */.g.rollout,
        sendsLoad: true,
        run: (plan, kit) => modes_rollout(plan, kit),
    },
    /** merge: the shards of a sharded run judged as one run. */
    merge: { needs: mode_names/* MODE_NEEDS */.g.merge, sendsLoad: false, gather: gatherShards, run: (plan, kit, gathered) => gated(plan, kit, async () => withMergeNotices(gathered.run, plan)) },
};
/** gated: the baseline (before any load; unreadable is a refusal), the run, its whole verdict, the rollback, the report. */
async function gated(plan, kit, measure) {
    let baseline = null;
    if (plan.baseline) {
        try {
            baseline = await findBaseline(plan.baseline, plan.vocabulary, { readFile: kit.readFile, fetchArtifact: kit.fetchArtifact() });
        }
        catch (error) {
            if (!(error instanceof BaselineError))
                throw error;
            return refuse('baseline', error.message, plan.sources['baseline.source'] ?? { kind: 'input', input: 'baseline' });
        }
        kit.detail(baseline.found ? `Baseline: ${baseline.baseline.source} (${baseline.baseline.overall.requests.toLocaleString('en-US')} requests${baseline.baseline.history.length > 1 ? `; a history of ${baseline.baseline.history.length} runs` : ''})` : `No baseline: ${baseline.reason}`);
    }
    const run = await measure(baseline);
    const { decision, regression } = (0,judge/* judgeRun */.Z)(run, plan, baseline);
    const rollback = await rollBackIfFailed({ ...run.body, ...decision }, plan, kit.context, kit.executors);
    return (0,build/* finishReport */.Ux)(run.body, { decision, regression, rollback });
}
/** measuredAndGated: a run or canary: load sent here and now, then gated. */
function measuredAndGated(plan, kit) {
    return gated(plan, kit, (baseline) => measured(plan, kit, baseline));
}
/** measured: the load, with the baseline a run that decides early looks at as it goes. */
function measured(plan, kit, baseline) {
    return (0,run/* measureRun */.uw)(plan, {
        baseline,
        signal: kit.signal,
        resources: kit.resources,
        onWaiting: kit.detail,
        onPreflight: (steps) => kit.detail(`Pre-flight: ${steps.map((s) => `${s.what} ok`).join(', ')}. Starting load.`),
        onProgress: kit.progress,
    });
}
function modes_rollout(plan, kit) {
    const total = plan.rollout.stages.length;
    return runRollout(plan, standardDeps(plan, {
        context: kit.context,
        executors: kit.executors,
        signal: kit.signal,
        resources: kit.resources,
        onProgress: kit.progress,
        onStage: ({ stage, index, phase, detail }) => {
            const what = phase === 'shift' ? `shifting ${stage.percentage}% of traffic` : phase === 'test' ? `load test for ${(stage.load.durationMs / 1000).toFixed(0)}s` : `stage ${detail === 'pass' ? 'passed' : detail === 'fail' ? 'FAILED' : detail}`;
            kit.detail(`Stage ${index + 1}/${total} ${stage.name}: ${what}`);
        },
    }));
}
/** gatherShards: every shard's results.json, merged; a missing or mismatched shard stops everything before any plan. */
async function gatherShards(sources) {
    if (!sources.shards)
        return refuse('merge', 'merge mode needs the shards\' results: give their directories or results.json files');
    try {
        const run = mergeShards(readShardFiles(await sources.shards()), new Date(), sources.vocabulary);
        return { run, layer: mergeLayer(run) };
    }
    catch (error) {
        return refuse('merge', error instanceof MergeError ? error.message : `cannot gather the shards: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/app/pipeline.ts
// The one orchestration, for both entries: what the mode reads first (a merge's shards) → plan →
// checks before any load → the mode's run (app/modes.ts: baseline → load → the whole verdict →
// rollback → the report, once; or a rollout) → files → artifact → publish. Every effect outside
// the process goes through a port the entry passes in; everything shown to a
// person goes through one port, `show`, scrubbed of secrets here, once. The entries keep only
// their own edge: the CLI its argv, printing and exit code; the action its inputs, masking, job
// summary, annotations, outputs and follow-ups.















async function runPipeline(request, ports) {
    const secrets = ports.token ? [ports.token] : [];
    const clean = (text) => (0,redact/* scrub */._I)(text, secrets);
    const show = (shown) => ports.show(shown.level === 'plan' ? { ...shown, text: clean(shown.text), notices: shown.notices.map(clean) } : { ...shown, text: clean(shown.text) });
    const mode = MODES[request.mode];
    const gathered = mode.gather ? await mode.gather(request) : null;
    if (gathered && isRefusal(gathered))
        return gathered;
    let plan;
    try {
        const baseLayer = new Map([...(request.baseLayer ?? []), ...(gathered?.layer ?? [])]);
        plan = (0,load/* loadPlan */.Y)({ ...request.plan, mode: { name: request.mode, needs: mode.needs }, env: ports.env, readFile: ports.readFile, baseLayer, vocabulary: request.vocabulary });
    }
    catch (error) {
        if (!(error instanceof issues/* ConfigError */.xL))
            throw error;
        return { kind: 'refused', what: 'config', issues: error.issues, message: `${error.issues.length} configuration error${error.issues.length === 1 ? '' : 's'}` };
    }
    ports.planned?.(plan);
    secrets.push(...plan.secrets);
    const limit = mode.sendsLoad ? fileLimitProblem(plan, ports.readLimits()) : null;
    if (limit)
        return refuse('limit', limit);
    const context = ports.rollbackContext(plan);
    const problem = rollbackProblem(plan, context);
    if (problem)
        return refuse('rollback', problem);
    const defaultEnvironment = (0,console/* defaultEnvironmentNotice */.PW)(plan, request.plan.environment !== null, ports.env);
    if (gathered)
        show({ level: 'detail', text: (0,sections/* renderMergeSources */.fc)(gathered.run.body) });
    if (mode.sendsLoad)
        show({ level: 'plan', text: (0,console/* renderPlan */.EG)(plan, { defaultEnvironment }), notices: defaultEnvironment ? [defaultEnvironment] : [] });
    const report = await mode.run(plan, {
        signal: ports.signal,
        detail: (text) => show({ level: 'detail', text }),
        progress: (view) => {
            if (Math.round(view.elapsedMs / 1000) % ports.progressEverySeconds === 0)
                show({ level: 'progress', text: (0,console/* renderProgress */.EY)(view) });
        },
        resources: plan.resources ? { sources: ports.resourceSources(plan), intervalMs: plan.resources.intervalMs } : undefined,
        context,
        executors: ports.executors,
        readFile: ports.readFile,
        fetchArtifact: () => ports.fetchArtifact((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(ports.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'loadtest-baseline-'))),
    }, gathered);
    if (isRefusal(report))
        return report;
    const files = await writeReports(report, plan);
    show({ level: 'summary', text: (0,rollout/* renderConsoleResult */.Jf)(report) });
    const artifact = ports.upload ? await ports.upload(plan) : null;
    const published = await publish(report, plan, ports.publishContext(artifact), ports.publishers);
    for (const note of published.notes)
        show({ level: 'info', text: note });
    for (const warning of [...published.warnings, ...resourceWarnings(report)])
        show({ level: 'warning', text: warning });
    return { kind: 'judged', clean, plan, report, files, artifact };
}

// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 318 modules
var lib_artifact = __webpack_require__(35690);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
;// CONCATENATED MODULE: ./src/github/api.ts
// Talking to GitHub's REST API: which repository, with what token, at which base URL
// (GITHUB_API_URL: github.com, GitHub Enterprise, or a test's stand-in), and what to say when a
// call fails, including which permission the token probably lacks.

function octokitFor(access) {
    const [owner, repo] = access.repository.split('/');
    return { octokit: (0,github/* getOctokit */.Q)(access.token, { baseUrl: access.apiUrl }), owner, repo };
}
function explainGitHubError(error, what, permission) {
    const status = error.status;
    const message = error.message;
    const hint = status === 403 || status === 404 ? ` (the token may lack '${permission}' permission on the repository, or the repository or workflow does not exist)` : status === 422 ? ' (GitHub refused the request: check the event type, ref and inputs)' : '';
    return `${what} failed: ${status ? `HTTP ${status}: ` : ''}${message}${hint}`;
}

;// CONCATENATED MODULE: ./src/github/branch.ts
// Where this run stands: its branch, the repository's default branch, and the pull request it
// checks. From the runner's environment and the event payload (GITHUB_EVENT_PATH); the default
// branch falls back to the REST API when the payload does not carry it.


function payload(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return {};
    }
}
/** currentBranch: the branch this run is on; null on a pull request's merge ref or a tag. */
function currentBranch(env) {
    const ref = env.GITHUB_REF ?? '';
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
}
/** pullRequestNumber: the pull request a pull_request (or pull_request_target) run checks. */
function pullRequestNumber(env) {
    const event = payload(env);
    const number = event.pull_request?.number ?? (env.GITHUB_EVENT_NAME?.startsWith('pull_request') ? event.number : undefined);
    if (number)
        return number;
    const ref = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
    return ref ? Number(ref[1]) : null;
}
async function defaultBranch(env, access) {
    const fromEvent = payload(env).repository?.default_branch;
    if (fromEvent)
        return fromEvent;
    if (!access)
        return null;
    try {
        const { octokit, owner, repo } = octokitFor(access);
        return (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/github/artifact.ts
// Uploading the report directory as a workflow artifact. Outside GitHub (no runtime token) there is
// nothing to upload to: one notice, the files stay on disk, the step goes on. On GitHub Enterprise
// Server, @actions/artifact v2 has no service to talk to (it throws GHESNotSupportedError): each
// use says so up front, with the way round it (a path instead of an artifact).



/** TAKEN_NAME_TRIES: how many suffixed names a default artifact name tries when it is taken. */
const TAKEN_NAME_TRIES = 20;
/**
 * ghesArtifactsUnsupported says why this run's artifacts cannot be used, on GitHub Enterprise
 * Server, or null. It is @actions/artifact's own test (any server but github.com, *.ghe.com and
 * *.localhost), asked before any call so the reason comes with the way round it.
 */
function ghesArtifactsUnsupported(env) {
    let host;
    try {
        host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
    }
    catch {
        return null;
    }
    if (host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost'))
        return null;
    return `GitHub Enterprise Server (${env.GITHUB_SERVER_URL}) has no artifact service for @actions/artifact v2, which this action uses`;
}
/** isNameTaken: the results service's answer to a second artifact of the same name in one run. */
function isNameTaken(error) {
    return /\(409\)|already exists/i.test(error?.message ?? '');
}
async function uploadReportDir(dir, artifact, retentionDays, env, log) {
    const skip = (reason, say, fix = '') => {
        say(`Report artifact not uploaded: ${reason}. The report stays in ${dir}${fix}.`);
        return { state: { uploaded: false, reason }, id: null };
    };
    if (!env.ACTIONS_RUNTIME_TOKEN)
        return skip('not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN)', (text) => log.notice(text));
    const ghes = ghesArtifactsUnsupported(env);
    if (ghes)
        return skip(ghes, (text) => log.warning(text), ': upload it with actions/upload-artifact@v3, which GitHub Enterprise Server supports');
    const root = resolve(dir);
    const files = filesUnder(root);
    // Artifact names are unique within a workflow run. A default name taken by another job (two
    // calls of the reusable workflow, a re-run) is varied rather than losing this job's report; a
    // name the user chose is theirs to change, since later jobs may look it up by that name.
    const names = artifact.chosen ? [artifact.name] : Array.from({ length: TAKEN_NAME_TRIES }, (_, i) => (i === 0 ? artifact.name : `${artifact.name}-${i + 1}`));
    for (const name of names) {
        try {
            const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, root, retentionDays ? { retentionDays } : {});
            const url = id && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}` : null;
            if (name !== artifact.name)
                log.notice(`The artifact name ${artifact.name} is taken in this workflow run (by another job); the report was uploaded as ${name}. Set artifact-name to choose one.`);
            return { state: { uploaded: true, name, url }, id: id ?? null };
        }
        catch (error) {
            const taken = isNameTaken(error);
            if (taken && name !== names.at(-1))
                continue;
            return skip(taken ? `the name ${name} is taken by another artifact of this workflow run` : `the upload failed: ${error.message}`, (text) => log.warning(text), taken ? (artifact.chosen ? ': set artifact-name to a name unique in the run (e.g. with the job\'s name or matrix values in it)' : '') : '');
        }
    }
    throw new Error('unreachable: every name was tried');
}
/** shardArtifactName: where shard `index` uploads its results, for the merge job to find. */
function shardArtifactName(base, index) {
    return `${base}-shard-${index}`;
}
/**
 * downloadShards fetches every `<base>-shard-<i>` artifact of this workflow run into
 * `dir/<artifact name>/` and returns those directories. Which shards are missing is for the merge to say.
 */
async function downloadShards(base, dir, env, log) {
    if (!env.ACTIONS_RUNTIME_TOKEN)
        throw new Error('not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN), so there are no shard artifacts to download; give the shards\' directories in the `shards` input, or run `loadtest merge DIR...`');
    const ghes = ghesArtifactsUnsupported(env);
    if (ghes)
        throw new Error(`${ghes}, so the shards' artifacts cannot be downloaded: download them with actions/download-artifact@v3 and give their directories in the shards input`);
    const client = new DefaultArtifactClient();
    const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-shard-\\d+$`);
    const { artifacts } = await client.listArtifacts({ latest: true });
    const shards = artifacts.filter((a) => pattern.test(a.name)).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
    if (shards.length === 0)
        throw new Error(`no artifacts named ${shardArtifactName(base, 1).replace(/1$/, '<i>')} in this workflow run: did the shard jobs run (with shard: i/N) and finish before this one? (needs: the load jobs)`);
    const dirs = [];
    for (const artifact of shards) {
        const path = join(resolve(dir), artifact.name);
        await client.downloadArtifact(artifact.id, { path });
        log.info(`Downloaded ${artifact.name} (${artifact.size} bytes) to ${path}`);
        dirs.push(path);
    }
    return dirs;
}
/**
 * downloadArtifactNamed fetches the artifact of this workflow run called `name` (the newest, if a
 * job was re-run) into `dir/<name>/` and returns every file in it, sorted: the action's `model`
 * mode reads the logs an earlier job uploaded.
 */
async function downloadArtifactNamed(name, dir, env, log) {
    if (!env.ACTIONS_RUNTIME_TOKEN)
        throw new Error(`not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN), so there is no artifact ${name} to download; give the logs' paths instead`);
    const ghes = ghesArtifactsUnsupported(env);
    if (ghes)
        throw new Error(`${ghes}, so the artifact ${name} cannot be downloaded: download it with actions/download-artifact@v3 and give the logs' paths in model-from`);
    const client = new DefaultArtifactClient();
    const { artifacts } = await client.listArtifacts({ latest: true });
    const artifact = artifacts.find((a) => a.name === name);
    if (!artifact)
        throw new Error(`no artifact named ${name} in this workflow run${artifacts.length ? ` (there are: ${artifacts.map((a) => a.name).join(', ')})` : ''}: did the job that uploads it run and finish before this one? (needs: that job)`);
    const path = join(resolve(dir), name);
    await client.downloadArtifact(artifact.id, { path });
    log.info(`Downloaded ${name} (${artifact.size} bytes) to ${path}`);
    return filesUnder(path).sort();
}
/** filesUnder lists every file below dir, at any depth. */
function filesUnder(dir) {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name));
}

;// CONCATENATED MODULE: ./src/github/baseline.ts
// Baselines kept as workflow artifacts: the newest `<name>` artifact of a successful run on the
// default branch is this run's baseline (listed through the REST API, downloaded with
// @actions/artifact's findBy; the token needs actions: read), and a passing run on the default
// branch can save its results.json as the next one.
//
// Two outcomes must never be confused. "No baseline yet" (no artifact of that name from a
// successful default-branch run: the first run on main) is a notice, and the run goes on.
// "The baseline cannot be read" (no token, a refused or failed API call, a download that fails)
// would switch the regression gate off without anyone asking: it is a setup error (BaselineError),
// raised before any load is sent.







/** RUNS_TO_CHECK: how many of the newest candidates are looked at for a successful run. */
const RUNS_TO_CHECK = 10;
async function fetchBaselineArtifact(access, name, where) {
    const { octokit, owner, repo } = octokitFor(access);
    let artifacts;
    try {
        artifacts = (await octokit.rest.actions.listArtifactsForRepo({ owner, repo, name, per_page: 100 })).data.artifacts;
    }
    catch (error) {
        throw unreadable(name, error, `listing the ${name} artifacts of ${access.repository} (GET /repos/${owner}/${repo}/actions/artifacts)`, access);
    }
    const candidates = artifacts
        .filter((a) => a.name === name && !a.expired && a.workflow_run?.head_branch === where.defaultBranch && String(a.workflow_run?.id) !== where.currentRunId)
        .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || b.id - a.id);
    if (candidates.length === 0)
        return { found: false, reason: `no ${name} artifact from the ${where.defaultBranch} branch of ${access.repository} yet (a run on ${where.defaultBranch} with save-baseline: true makes one)` };
    const skipped = [];
    for (const artifact of candidates.slice(0, RUNS_TO_CHECK)) {
        const runId = artifact.workflow_run.id;
        let run;
        try {
            run = (await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })).data;
        }
        catch (error) {
            throw unreadable(name, error, `reading run ${runId} of ${access.repository}, which made a ${name} artifact (GET /repos/${owner}/${repo}/actions/runs/${runId})`, access);
        }
        if (run.conclusion !== 'success') {
            skipped.push(`run ${runId} (${run.conclusion ?? run.status ?? 'unknown'})`);
            continue;
        }
        const dir = (0,external_node_path_.join)(where.dir, String(artifact.id));
        try {
            await new lib_artifact/* DefaultArtifactClient */.t9().downloadArtifact(artifact.id, { path: dir, findBy: { token: access.token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo } });
        }
        catch (error) {
            throw unreadable(name, error, `downloading the ${name} artifact ${artifact.id} of run ${runId}`, { ...access, apiUrl: '' });
        }
        return { found: true, dir, description: `run ${runId} on ${where.defaultBranch}, ${artifact.created_at ?? 'date unknown'}`, runUrl: run.html_url, createdAt: artifact.created_at ?? null };
    }
    return { found: false, reason: `the newest ${name} artifacts of ${where.defaultBranch} come from runs that did not succeed: ${skipped.join(', ')}` };
}
/**
 * unreadable: the BaselineError for a GitHub call that failed, saying what was asked, what came
 * back, and what to change: the permission the token lacks, or the API that could not be reached.
 */
function unreadable(name, error, what, access, permission = 'actions: read') {
    const status = error.status;
    const answered = error.response !== undefined;
    const message = error.message;
    const fix = status === 401
        ? 'the token was refused (expired, revoked or not a GitHub token)'
        : status === 403
            ? `the token lacks '${permission}' permission: add \`permissions: { ${permission} }\` to the job (or give a token that has it)`
            : status === 404 && answered
                ? `the repository is not visible to the token, or it lacks '${permission}' permission (add \`permissions: { ${permission} }\` to the job)`
                : null;
    // Octokit reports a request that got no answer at all (refused, DNS, reset) as a 500 without a response.
    const got = answered ? `HTTP ${status}: ${message}` : status === 500 ? `${access.apiUrl ? `the GitHub API at ${access.apiUrl}` : 'GitHub'} could not be reached (${rootCause(error)})` : rootCause(error);
    return new BaselineError(`cannot read the baseline artifact ${name}: ${what} failed: ${got}${fix ? `; ${fix}` : ''}`);
}
/** rootCause: the innermost error's message ("connect ECONNREFUSED 127.0.0.1:9"), not fetch's "fetch failed". */
function rootCause(error) {
    let inner = error;
    while (inner && typeof inner.cause === 'object' && inner.cause !== null)
        inner = inner.cause;
    return inner?.message || String(error);
}
/**
 * saveBaseline uploads results.json, and the baseline history it extends (baseline-history.json),
 * as the baseline artifact; the caller decides whether this run should be one.
 */
async function saveBaseline(files, reportDir, name, retentionDays) {
    try {
        const { id } = await new DefaultArtifactClient().uploadArtifact(name, [...files], reportDir, retentionDays ? { retentionDays } : {});
        return { ok: true, detail: `saved this run's results${files.length > 1 ? ' and the baseline history it extends' : ''} as the ${name} artifact (id ${id})` };
    }
    catch (error) {
        return { ok: false, detail: `saving the ${name} baseline artifact failed: ${error.message}` };
    }
}
/**
 * artifactFetcher: how an entry looks up a baseline artifact, given the environment and a token.
 * Without a token or a repository the artifact asked for cannot be looked up: a setup error, since
 * going on would quietly judge the run without its regression rules.
 */
function artifactFetcher(env, token, dir) {
    return async (name) => {
        const missing = [!token && 'a GitHub token (GITHUB_TOKEN, or the action\'s github-token)', !env.GITHUB_REPOSITORY && 'GITHUB_REPOSITORY'].filter(Boolean);
        if (missing.length > 0)
            throw new BaselineError(`cannot read the baseline artifact ${name}: finding it needs ${missing.join(' and ')}, and there is none; give ${missing.length === 1 ? 'it' : 'them'}, or a baseline file instead of artifact`);
        const ghes = ghesArtifactsUnsupported(env);
        if (ghes)
            throw new BaselineError(`cannot read the baseline artifact ${name}: ${ghes}. Download the baseline's results.json with actions/download-artifact@v3 and give its path in the baseline input instead of artifact`);
        const access = { token: token, repository: env.GITHUB_REPOSITORY, apiUrl: env.GITHUB_API_URL || defaults/* DEFAULT_GITHUB_API_URL */.xw };
        const branch = (await defaultBranch(env, null)) ?? (await readDefaultBranch(access, name));
        return fetchBaselineArtifact(access, name, { defaultBranch: branch, currentRunId: env.GITHUB_RUN_ID ?? null, dir });
    };
}
/** readDefaultBranch asks the API for the repository's default branch (the event payload did not carry it). */
async function readDefaultBranch(access, name) {
    const { octokit, owner, repo } = octokitFor(access);
    let branch;
    try {
        branch = (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    }
    catch (error) {
        throw unreadable(name, error, `reading the default branch of ${access.repository} (GET /repos/${owner}/${repo})`, access, 'contents: read');
    }
    if (!branch)
        throw new BaselineError(`cannot read the baseline artifact ${name}: GET /repos/${owner}/${repo} named no default branch`);
    return branch;
}

;// CONCATENATED MODULE: ./src/github/context.ts
// What a run knows about GitHub from the environment the entry passes in: the repository, the API
// to talk to, this run's URL and ref. Outside Actions most of it is absent, and that is fine.

function rollbackContext(env, token, rollback) {
    const repository = rollback?.repository ?? env.GITHUB_REPOSITORY;
    return {
        github: token && repository ? { token, repository, apiUrl: env.GITHUB_API_URL || defaults/* DEFAULT_GITHUB_API_URL */.xw } : null,
        runUrl: runUrl(env),
        defaultRef: env.GITHUB_REF_NAME || null,
    };
}
/** runUrl is the link to this workflow run, when running in GitHub Actions. */
function runUrl(env) {
    return env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null;
}

;// CONCATENATED MODULE: ./src/github/dispatch.ts
// Rolling back through GitHub: a repository_dispatch event (needs a token with contents: write) or
// a workflow_dispatch of a rollback workflow (actions: write). Both are events a GITHUB_TOKEN may
// start workflows with. The API base comes from GITHUB_API_URL (GitHub Enterprise, or a test's
// stand-in); errors come back as text with the status and what the token likely lacks.


async function repositoryDispatch(access, eventType, payload) {
    const [owner, repo] = access.repository.split('/');
    try {
        const response = await (0,github/* getOctokit */.Q)(access.token, { baseUrl: access.apiUrl }).rest.repos.createDispatchEvent({ owner, repo, event_type: eventType, client_payload: payload });
        return { ok: true, detail: `repository_dispatch '${eventType}' sent to ${access.repository} (HTTP ${response.status})` };
    }
    catch (error) {
        return { ok: false, detail: explainGitHubError(error, `repository_dispatch to ${access.repository}`, 'contents: write') };
    }
}
async function workflowDispatch(access, workflow, ref, inputs) {
    const [owner, repo] = access.repository.split('/');
    try {
        const response = await (0,github/* getOctokit */.Q)(access.token, { baseUrl: access.apiUrl }).rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: workflow, ref, inputs });
        return { ok: true, detail: `workflow_dispatch of ${workflow} on ${ref} in ${access.repository} (HTTP ${response.status})` };
    }
    catch (error) {
        return { ok: false, detail: explainGitHubError(error, `workflow_dispatch of ${workflow} in ${access.repository}`, 'actions: write') };
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
;// CONCATENATED MODULE: ./src/integrations/hooks.ts
// Hooks into systems outside GitHub: a shell command or an HTTP webhook, each bounded by a timeout,
// each reporting what happened (exit code or status, and the tail of the output) for the report.
//
// Commands are templates: {percentage} and {stage} (and any other placeholder given) are replaced
// by shell-quoted values, never spliced raw, and the same values are passed as LOADTEST_* variables,
// so a stage name or a failure reason can never turn into shell syntax.



/** OUTPUT_TAIL_BYTES: how much of a hook's output the report keeps. */
const OUTPUT_TAIL_BYTES = 2000;
async function runHook(name, hook, values, timeoutMs) {
    const started = performance.now();
    const result = hook.kind === 'command' ? await runCommand(fillTemplate(hook.command, values), values, timeoutMs) : await postWebhook(hook.url, values, timeoutMs);
    // A webhook's path often is its secret (chat and CI webhooks); only the origin is shown.
    const what = hook.kind === 'command' ? `command: ${fillTemplate(hook.command, values)}` : `POST ${new URL(hook.url).origin}/…`;
    return { name, what, ...result, durationMs: Math.round(performance.now() - started) };
}
/** fillTemplate replaces {name} with the value, shell-quoted unless it is a plain number. */
function fillTemplate(template, values) {
    return template.replace(/\{([a-z_]+)\}/g, (match, key) => (key in values ? shellQuote(values[key]) : match));
}
function shellQuote(value) {
    const text = String(value);
    return /^[A-Za-z0-9_.,:/=+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
function runCommand(command, values, timeoutMs) {
    return new Promise((resolve) => {
        const env = { ...process.env };
        for (const [key, value] of Object.entries(values))
            env[`LOADTEST_${key.toUpperCase()}`] = String(value);
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', command], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        let output = '';
        const keep = (chunk) => {
            output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_BYTES);
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            // The whole process group, so a hook's children do not outlive it.
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
        }, timeoutMs);
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve({ ok: false, detail: `could not start: ${error.message}` });
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const tail = output.trim() ? `\n${output.trim()}` : '';
            if (timedOut)
                resolve({ ok: false, detail: `timed out after ${timeoutMs}ms and was killed${tail}` });
            else
                resolve({ ok: code === 0, detail: `${code === null ? `killed by ${signal}` : `exit code ${code}`}${tail}` });
        });
    });
}
async function postWebhook(url, values, timeoutMs) {
    try {
        const response = await (0,undici/* request */.Em)(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(values),
            signal: AbortSignal.timeout(timeoutMs),
        });
        const text = (await response.body.text()).slice(0, OUTPUT_TAIL_BYTES).trim();
        const ok = response.statusCode >= 200 && response.statusCode < 300;
        return { ok, detail: `HTTP ${response.statusCode}${text ? `\n${text}` : ''}` };
    }
    catch (error) {
        const name = error.name;
        return { ok: false, detail: name === 'TimeoutError' ? `no answer within ${timeoutMs}ms` : `request failed: ${error.code ?? error.message}` };
    }
}

;// CONCATENATED MODULE: ./src/integrations/pushgateway.ts
// Pushing the run's metrics to a Prometheus Pushgateway, grouped by job="loadtest" and the run's
// instance, so each run replaces its own group and dashboards see every run. A gateway that is
// down or refuses the push is a warning with its status and body: it never changes the verdict.

const PUSH_JOB = 'loadtest';
const PUSH_TIMEOUT_MS = 10_000;
/** pushMetrics PUTs `text` to {url}/metrics/job/loadtest/instance/{instance}, replacing that group. */
async function pushMetrics(gatewayUrl, instance, text) {
    const url = `${gatewayUrl.replace(/\/+$/, '')}/metrics/job/${PUSH_JOB}/instance/${encodeURIComponent(instance)}`;
    try {
        const response = await (0,undici/* request */.Em)(url, { method: 'PUT', headers: { 'content-type': 'text/plain; version=0.0.4' }, body: text, signal: AbortSignal.timeout(PUSH_TIMEOUT_MS) });
        const body = (await response.body.text()).trim().slice(0, 500);
        if (response.statusCode >= 200 && response.statusCode < 300)
            return { ok: true, detail: `pushed to the Pushgateway as job="${PUSH_JOB}", instance="${instance}"` };
        return { ok: false, detail: `the Pushgateway answered HTTP ${response.statusCode}${body ? `: ${body}` : ''}` };
    }
    catch (error) {
        const code = error.code ?? error.name;
        return { ok: false, detail: `the Pushgateway could not be reached (${code}: ${error.message})` };
    }
}

;// CONCATENATED MODULE: ./src/integrations/resources/docker.ts
// Docker: container stats from the Engine API over its unix socket (/var/run/docker.sock, or the
// unix:// path in DOCKER_HOST) — the usual case of a backend run as a service container in the same
// job. CPU % is computed as `docker stats` does: the container's CPU time delta over the host's,
// times the number of CPUs; memory is usage less the inactive file cache, against the limit.

function dockerSocket(env) {
    const host = env.DOCKER_HOST;
    return host?.startsWith('unix://') ? host.slice('unix://'.length) : '/var/run/docker.sock';
}
/** cpuPercentOf follows the docker CLI (calculateCPUPercentUnix). */
function cpuPercentOf(stats) {
    const cpuDelta = (stats.cpu_stats?.cpu_usage?.total_usage ?? 0) - (stats.precpu_stats?.cpu_usage?.total_usage ?? 0);
    const systemDelta = (stats.cpu_stats?.system_cpu_usage ?? 0) - (stats.precpu_stats?.system_cpu_usage ?? 0);
    const cpus = stats.cpu_stats?.online_cpus || stats.cpu_stats?.cpu_usage?.percpu_usage?.length || 1;
    return systemDelta > 0 && cpuDelta >= 0 ? (cpuDelta / systemDelta) * cpus * 100 : null;
}
/** memoryOf follows the docker CLI: usage minus the inactive file cache (cgroup v2, then v1). */
function memoryOf(stats) {
    const m = stats.memory_stats;
    if (m?.usage === undefined)
        return { used: null, limit: null };
    const cache = m.stats?.inactive_file ?? m.stats?.total_inactive_file ?? 0;
    return { used: m.usage - cache, limit: m.limit ?? null };
}
function dockerSource(containers, socketPath) {
    const client = new undici/* Client */.Kj('http://localhost', { socketPath });
    return {
        label: `docker ${containers.join(', ')}`,
        read: async () => Promise.all(containers.map(async (name) => {
            const response = await client.request({ method: 'GET', path: `/containers/${encodeURIComponent(name)}/stats?stream=false`, headersTimeout: 10_000, bodyTimeout: 10_000 });
            const body = await response.body.text();
            if (response.statusCode !== 200)
                throw new Error(`the Docker API answered ${response.statusCode} for ${name}: ${body.trim().slice(0, 200)}`);
            const stats = JSON.parse(body);
            const memory = memoryOf(stats);
            return { name, cpuPercent: cpuPercentOf(stats), memoryBytes: memory.used, memoryLimitBytes: memory.limit };
        })),
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/integrations/resources/kubernetes.ts
// Kubernetes: pod CPU and memory from the metrics.k8s.io API for a namespace and label selector,
// with each pod's memory limit from its spec. Credentials come from the pod's service account when
// running in the cluster, else from a kubeconfig (token or client certificate; exec plugins are not
// run: give the job a token).




const SERVICE_ACCOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';
/** quantity reads a Kubernetes quantity: CPU "250m" → 0.25, memory "120Mi" → 125829120. */
function quantity(text) {
    const match = /^([+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/.exec(text.trim());
    if (!match)
        throw new Error(`not a Kubernetes quantity: '${text}'`);
    const scale = { n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
    return Number(match[1]) * (match[2] ? scale[match[2]] : 1);
}
/** access finds the API server and credentials: in-cluster first, then the kubeconfig. */
function kubernetesAccess(kubeconfig, env) {
    if (!kubeconfig && env.KUBERNETES_SERVICE_HOST) {
        const token = (0,external_node_fs_.readFileSync)(`${SERVICE_ACCOUNT}/token`, 'utf8').trim();
        return { server: `https://${env.KUBERNETES_SERVICE_HOST}:${env.KUBERNETES_SERVICE_PORT ?? 443}`, headers: { authorization: `Bearer ${token}` }, dispatcher: new undici/* Agent */.g6({ connect: { ca: (0,external_node_fs_.readFileSync)(`${SERVICE_ACCOUNT}/ca.crt`) } }) };
    }
    const path = kubeconfig ?? env.KUBECONFIG?.split(':')[0] ?? `${(0,external_node_os_.homedir)()}/.kube/config`;
    const config = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(path, 'utf8'));
    const contextName = config['current-context'];
    const context = config.contexts?.find((c) => c.name === contextName)?.context;
    const cluster = config.clusters?.find((c) => c.name === context?.cluster)?.cluster;
    const user = config.users?.find((u) => u.name === context?.user)?.user ?? {};
    if (!cluster?.server)
        throw new Error(`${path}: the current context '${contextName}' has no cluster server`);
    if (user.exec)
        throw new Error(`${path}: the user of context '${contextName}' authenticates with an exec plugin, which is not run here; give the job a token`);
    const data = (b64, file) => (b64 ? Buffer.from(b64, 'base64') : file ? (0,external_node_fs_.readFileSync)(file) : undefined);
    const token = user.token ?? (user['token-file'] ? (0,external_node_fs_.readFileSync)(user['token-file'], 'utf8').trim() : undefined);
    return {
        server: cluster.server.replace(/\/+$/, ''),
        headers: token ? { authorization: `Bearer ${token}` } : {},
        dispatcher: new undici/* Agent */.g6({
            connect: {
                ca: data(cluster['certificate-authority-data'], cluster['certificate-authority']),
                cert: data(user['client-certificate-data'], user['client-certificate']),
                key: data(user['client-key-data'], user['client-key']),
                rejectUnauthorized: !cluster['insecure-skip-tls-verify'],
            },
        }),
    };
}
function kubernetesSource(target, env) {
    let access = null;
    let limits = null;
    const get = async (path) => {
        access ??= kubernetesAccess(target.kubeconfig, env);
        const response = await (0,undici/* request */.Em)(`${access.server}${path}`, { headers: { accept: 'application/json', ...access.headers }, dispatcher: access.dispatcher, headersTimeout: 10_000, bodyTimeout: 10_000 });
        const body = await response.body.text();
        if (response.statusCode !== 200)
            throw new Error(`the Kubernetes API answered ${response.statusCode} for ${path}: ${body.trim().slice(0, 200)}`);
        return JSON.parse(body);
    };
    const query = `labelSelector=${encodeURIComponent(target.selector)}`;
    const namespace = encodeURIComponent(target.namespace);
    return {
        label: `kubernetes pods ${target.selector} in ${target.namespace}`,
        read: async () => {
            limits ??= podMemoryLimits(await get(`/api/v1/namespaces/${namespace}/pods?${query}`));
            const metrics = (await get(`/apis/metrics.k8s.io/v1beta1/namespaces/${namespace}/pods?${query}`));
            return (metrics.items ?? []).map((pod) => ({
                name: pod.metadata.name,
                cpuPercent: pod.containers.reduce((sum, c) => sum + quantity(c.usage.cpu), 0) * 100,
                memoryBytes: pod.containers.reduce((sum, c) => sum + quantity(c.usage.memory), 0),
                memoryLimitBytes: limits.get(pod.metadata.name) ?? null,
            }));
        },
    };
}
/** podMemoryLimits sums each pod's container memory limits; a pod with an unlimited container has none. */
function podMemoryLimits(list) {
    const limits = new Map();
    for (const pod of list.items ?? []) {
        const each = pod.spec.containers.map((c) => c.resources?.limits?.memory);
        limits.set(pod.metadata.name, each.every((m) => m !== undefined) ? each.reduce((sum, m) => sum + quantity(m), 0) : null);
    }
    return limits;
}

;// CONCATENATED MODULE: ./src/integrations/resources/process.ts
// A local process's CPU and memory from /proc: for a service started in the same job. CPU is the
// change in utime + stime between samples over the wall time between them (clock ticks of 1/100 s,
// Linux's USER_HZ on every platform it runs on); memory is VmRSS, its share of MemTotal the "limit".

const TICKS_PER_SECOND = 100;
function processSource(pid, proc = '/proc') {
    let previous = null;
    return {
        label: `process ${pid}`,
        read: async () => {
            const [stat, status, meminfo] = await Promise.all([(0,promises_.readFile)(`${proc}/${pid}/stat`, 'utf8'), (0,promises_.readFile)(`${proc}/${pid}/status`, 'utf8'), (0,promises_.readFile)(`${proc}/meminfo`, 'utf8')]);
            // Fields after the command name (which may hold spaces and parentheses): utime is the 14th field overall, stime the 15th.
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            const ticks = Number(fields[11]) + Number(fields[12]);
            const at = performance.now();
            const cpuPercent = previous ? Math.max(0, ((ticks - previous.ticks) / TICKS_PER_SECOND / ((at - previous.at) / 1000)) * 100) : null;
            previous = { ticks, at };
            const kb = (text, key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN) * 1024;
            return [{ name: `pid ${pid}`, cpuPercent, memoryBytes: kb(status, 'VmRSS'), memoryLimitBytes: kb(meminfo, 'MemTotal') }];
        },
    };
}

;// CONCATENATED MODULE: ./src/integrations/resources/prometheus.ts
// Prometheus: PromQL expressions the user gives for CPU (percent of a core) and memory (bytes), and
// optionally a memory limit, queried over the test window with /api/v1/query_range once the run
// is over. Series an expression returns are summed per step.

function prometheusSource(queries) {
    const range = async (expression, startMs, endMs, step) => {
        const params = new URLSearchParams({ query: expression, start: (startMs / 1000).toFixed(3), end: (endMs / 1000).toFixed(3), step: `${step}s` });
        const response = await (0,undici/* request */.Em)(`${queries.url.replace(/\/+$/, '')}/api/v1/query_range?${params}`, { headersTimeout: 15_000, bodyTimeout: 15_000 });
        const body = await response.body.text();
        const parsed = JSON.parse(body);
        if (response.statusCode !== 200 || parsed.status !== 'success')
            throw new Error(`Prometheus refused '${expression}': ${parsed.error ?? `HTTP ${response.statusCode}`}`);
        const sums = new Map();
        for (const series of parsed.data?.result ?? [])
            for (const [ts, value] of series.values)
                sums.set(ts, (sums.get(ts) ?? 0) + Number(value));
        return sums;
    };
    return {
        label: `prometheus ${queries.url}`,
        window: async (startMs, endMs, step) => {
            const [cpu, memory, limit] = await Promise.all([queries.cpu, queries.memory, queries.memoryLimit].map((q) => (q ? range(q, startMs, endMs, step) : Promise.resolve(new Map()))));
            const times = [...new Set([...cpu.keys(), ...memory.keys()])].sort((a, b) => a - b);
            return times.map((ts) => ({ name: 'prometheus', t: Math.round((ts - startMs / 1000) * 10) / 10, cpuPercent: cpu.get(ts) ?? null, memoryBytes: memory.get(ts) ?? null, memoryLimitBytes: limit.get(ts) ?? null }));
        },
    };
}

;// CONCATENATED MODULE: ./src/integrations/resources/index.ts
// The resource sources a plan names, built with what the environment says (Docker's socket,
// Kubernetes' in-cluster service account).




function resourceSources(resources, env) {
    if (!resources)
        return [];
    const sources = [];
    if (resources.docker)
        sources.push(dockerSource(resources.docker.containers, resources.docker.socket ?? dockerSocket(env)));
    if (resources.kubernetes)
        sources.push(kubernetesSource(resources.kubernetes, env));
    if (resources.prometheus)
        sources.push(prometheusSource(resources.prometheus));
    if (resources.processPid !== null)
        sources.push(processSource(resources.processPid));
    return sources;
}

;// CONCATENATED MODULE: ./src/integrations/slack.ts
// Posting to a Slack incoming webhook. Slack rate-limits with 429 and a Retry-After header, and
// has bad minutes like any service: retry those with backoff, a few times, then give up with a
// warning. The verdict never waits on Slack beyond that.

const ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 1000;
const MAX_RETRY_AFTER_MS = 10_000;
const TIMEOUT_MS = 10_000;
async function postToSlack(webhookUrl, message, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
    let last = '';
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        let wait = FIRST_BACKOFF_MS * 2 ** (attempt - 1);
        try {
            const response = await (0,undici/* request */.Em)(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message), signal: AbortSignal.timeout(TIMEOUT_MS) });
            const body = (await response.body.text()).trim().slice(0, 300);
            if (response.statusCode >= 200 && response.statusCode < 300)
                return { ok: true, detail: `posted to Slack${attempt > 1 ? ` (attempt ${attempt})` : ''}` };
            last = `HTTP ${response.statusCode}${body ? `: ${body}` : ''}`;
            // 4xx other than 429 will not get better by asking again (a revoked webhook, a bad payload).
            if (response.statusCode !== 429 && response.statusCode < 500)
                break;
            const retryAfter = Number(response.headers['retry-after']);
            if (response.statusCode === 429 && retryAfter > 0)
                wait = Math.min(retryAfter * 1000, MAX_RETRY_AFTER_MS);
        }
        catch (error) {
            last = `${error.code ?? error.name}: ${error.message}`;
        }
        if (attempt < ATTEMPTS)
            await sleep(wait);
    }
    return { ok: false, detail: `Slack did not take the message: ${last}` };
}

;// CONCATENATED MODULE: ./src/wiring.ts
// The real implementations of the pipeline's ports that both entries share: GitHub's API for
// rollbacks and baselines, the Pushgateway, remote write, OTLP and Slack, the resource sources, the
// disk. Each entry adds its own edge (what is shown, the artifact store) and calls
// app/pipeline.ts with them. The two metrics exporters are imported only when a run sends to them
// (the bundle splits there): the OpenTelemetry SDK and protobufjs load for those runs alone.









function sharedPorts(env, token) {
    return {
        env,
        token,
        readFile: (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'),
        readLimits,
        rollbackContext: (plan) => rollbackContext(env, token, plan.rollback),
        executors: { repositoryDispatch: repositoryDispatch, workflowDispatch: workflowDispatch, hook: runHook },
        publishers: {
            push: pushMetrics,
            slack: (url, message) => postToSlack(url, message),
            remoteWrite: async (target, telemetry) => (await Promise.all(/* import() */[__webpack_require__.e(309), __webpack_require__.e(297)]).then(__webpack_require__.bind(__webpack_require__, 84297))).writeRemote(target, telemetry),
            otlp: async (target, telemetry) => (await Promise.all(/* import() */[__webpack_require__.e(135), __webpack_require__.e(509)]).then(__webpack_require__.bind(__webpack_require__, 78509))).exportOtlp(target, telemetry, { env }),
        },
        publishContext: (artifact) => ({ runUrl: runUrl(env), artifactUrl: artifact?.state.uploaded ? artifact.state.url : null, instance: defaultInstance(env, new Date()) }),
        resourceSources: (plan) => (plan.resources ? resourceSources(plan.resources, env) : []),
        fetchArtifact: (dir) => artifactFetcher(env, token, dir),
    };
}
function readLimits() {
    try {
        return (0,external_node_fs_.readFileSync)('/proc/self/limits', 'utf8');
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/cli/run-plan.ts
// A mode's run from the command line: the pipeline with the shared ports, its output printed, the
// exit code returned.




async function runPlan(args, io, mode, options = {}) {
    const quiet = args.quiet;
    const outcome = await runPipeline({
        mode,
        plan: planChoice(args),
        baseLayer: options.baseLayer,
        shards: options.shards,
        vocabulary: 'cli',
    }, {
        ...sharedPorts(io.env, io.env.GITHUB_TOKEN),
        readLimits: io.readLimits,
        signal: io.signal,
        progressEverySeconds: io.progressEverySeconds,
        show: (shown) => {
            if (shown.level === 'summary') {
                io.out('');
                io.out(shown.text);
            }
            else if (shown.level === 'warning')
                io.err(`warning: ${shown.text}`);
            else if (shown.level === 'info')
                io.out(shown.text);
            else if (!quiet)
                (shown.level === 'progress' ? io.progress : io.out)(shown.text);
        },
    });
    if (outcome.kind === 'refused') {
        if (outcome.what === 'config') {
            for (const issue of outcome.issues)
                io.err(`error: ${(0,issues/* formatIssue */.Hd)(issue)}`);
            io.err(`${outcome.message}; nothing was run.`);
        }
        else
            io.err(`error: ${outcome.message}${outcome.what === 'baseline' ? '; nothing was run.' : ''}`);
        return model/* EXIT_CODES */.ai.config;
    }
    const { report, files } = outcome;
    io.out('');
    io.out(`Reports: ${files.resultsJson}, ${files.markdown}, ${files.html}, ${files.junit}; entry appended to ${files.deploymentReport}`);
    // The last word: a rollback that was needed and did not work leaves the bad deployment (or its traffic) in place.
    const rollback = report.rollback;
    if (rollback.triggered && !rollback.ok)
        io.err(outcome.clean(`error: AUTO-ROLLBACK FAILED${rollback.method ? ` (${rollback.method})` : ''}: ${rollback.detail.split('\n')[0]}. The rollback did not complete: check the deployment and its traffic by hand.`));
    return report.exitCode;
}
/** planChoice: what the command line chose for a plan: its flags, config file and environment. */
function planChoice(args) {
    return {
        overrides: args.overrides,
        overrideSource: (o) => ({ kind: 'flag', flag: args.flagOf?.get(o.setting) ?? o.flag }),
        configFile: args.config ? { value: args.config, source: { kind: 'flag', flag: '--config' } } : null,
        environment: args.environment ? { value: args.environment, source: { kind: 'flag', flag: '--environment' } } : null,
        randomSeed: Math.floor(Math.random() * 2 ** 31),
    };
}


/***/ }),

/***/ 43488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ spanIdOf),
/* harmony export */   O8: () => (/* binding */ TraceIds),
/* harmony export */   Sd: () => (/* binding */ idsIn),
/* harmony export */   aB: () => (/* binding */ traceIdOf),
/* harmony export */   xH: () => (/* binding */ traceparentHeader)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// W3C trace context (https://www.w3.org/TR/trace-context/) on the hot path. A traced request is
// prepared with a `traceparent` header as its first line, IDs zeroed; each send writes fresh IDs
// over the zeros in place, so nothing is searched for or re-serialized per request, over HTTP/1.1
// or HTTP/2 (which reads its headers from the same bytes: h2-request.ts).
//
// IDs come from the operating system's random source, never from the run's seed: two runs with one
// seed must not send the same trace IDs into the same tracing backend.

/** TRACEPARENT_VERSION: version 00, the only one there is. */
const TRACEPARENT_VERSION = '00';
/** TRACE_ID_HEX, SPAN_ID_HEX: the trace-id (16 bytes) and parent-id (8 bytes), in lower-case hex. */
const TRACE_ID_HEX = 32;
const SPAN_ID_HEX = 16;
/** IDS_HEX: a request's trace-id and parent-id side by side, as Outcome.trace holds them. */
const IDS_HEX = TRACE_ID_HEX + SPAN_ID_HEX;
const HEADER_NAME = 'traceparent';
/** VALUE_OFFSET: where the trace-id starts in the header line: after "traceparent: 00-". */
const VALUE_OFFSET = `${HEADER_NAME}: ${TRACEPARENT_VERSION}-`.length;
/** traceparentHeader: the header a traced request is prepared with, IDs zeroed until it is sent. */
function traceparentHeader(sampled) {
    return [HEADER_NAME, `${TRACEPARENT_VERSION}-${'0'.repeat(TRACE_ID_HEX)}-${'0'.repeat(SPAN_ID_HEX)}-${sampled ? '01' : '00'}`];
}
/** POOL_IDS: IDs drawn from the OS per refill, so the syscall is paid once per this many requests. */
const POOL_IDS = 512;
const ID_BYTES = IDS_HEX / 2;
const TRACE_ID_BYTES = TRACE_ID_HEX / 2;
/** HEX_DIGITS: each byte's two lower-case hex digits, as character codes: 2b and 2b + 1. */
const HEX_DIGITS = Uint8Array.from({ length: 512 }, (_, i) => '0123456789abcdef'.charCodeAt(i % 2 === 0 ? (i >> 1) >> 4 : (i >> 1) & 15));
/** TraceIds stamps fresh trace-id and parent-id pairs into traced requests. */
class TraceIds {
    pool = Buffer.alloc(POOL_IDS * ID_BYTES);
    next = POOL_IDS;
    /**
     * stamp writes a fresh pair over the IDs of `bytes`, a request prepared with traceparentHeader
     * as the line after its request line (this send's own copy), digit by digit from the pool: no
     * string is made per request. Neither half is ever all zeros, which the spec makes invalid.
     */
    stamp(bytes) {
        const at = valueAt(bytes);
        let from = this.draw();
        while (isZero(this.pool, from, from + TRACE_ID_BYTES) || isZero(this.pool, from + TRACE_ID_BYTES, from + ID_BYTES))
            from = this.draw();
        for (let i = 0; i < ID_BYTES; i++) {
            const b = this.pool[from + i] << 1;
            // The parent-id follows the trace-id after a '-'.
            const to = at + 2 * i + (i < TRACE_ID_BYTES ? 0 : 1);
            bytes[to] = HEX_DIGITS[b];
            bytes[to + 1] = HEX_DIGITS[b + 1];
        }
    }
    /** draw: where the next unused pair starts in the pool, refilled from the OS when spent. */
    draw() {
        if (this.next === POOL_IDS) {
            (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomFillSync)(this.pool);
            this.next = 0;
        }
        return this.next++ * ID_BYTES;
    }
}
function isZero(pool, from, to) {
    for (let i = from; i < to; i++)
        if (pool[i] !== 0)
            return false;
    return true;
}
/** valueAt: where a traced request's trace-id starts: after "traceparent: 00-", the line after the request line. */
function valueAt(bytes) {
    const at = bytes.indexOf(0x0d) + 2 + VALUE_OFFSET;
    // A guard on our own invariant, cheap next to the write: a request prepared otherwise would be
    // corrupted where the IDs land.
    if (bytes[at - 1] !== 0x2d || bytes[at - VALUE_OFFSET] !== 0x74 || bytes[at + TRACE_ID_HEX] !== 0x2d)
        throw new Error('trace context: the request was not prepared with a traceparent line');
    return at;
}
/** idsIn: the trace-id and parent-id a stamped request carries, side by side as 48 hex characters (read only for the requests a report keeps). */
function idsIn(bytes) {
    const at = valueAt(bytes);
    return bytes.toString('latin1', at, at + TRACE_ID_HEX) + bytes.toString('latin1', at + TRACE_ID_HEX + 1, at + TRACE_ID_HEX + 1 + SPAN_ID_HEX);
}
/** traceIdOf, spanIdOf: the halves of a pair as idsIn reads it. */
const traceIdOf = (ids) => ids.slice(0, TRACE_ID_HEX);
const spanIdOf = (ids) => ids.slice(TRACE_ID_HEX);


/***/ }),

/***/ 96027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ seededRandom),
/* harmony export */   T: () => (/* binding */ between)
/* harmony export */ });
// Seeded randomness, so that --seed reproduces the request sequence. sfc32 is small, fast and
// passes PractRand well beyond what a load test draws; each virtual user gets its own stream.
/** seededRandom returns a generator of uniform numbers in [0, 1) for `seed` and stream `stream`. */
function seededRandom(seed, stream = 0) {
    let a = splitmix(seed ^ 0x9e3779b9);
    let b = splitmix(a ^ stream);
    let c = splitmix(b + 0x6d2b79f5);
    let d = 1;
    const next = () => {
        const t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        c = (c + t) | 0;
        return (t >>> 0) / 4294967296;
    };
    for (let i = 0; i < 12; i++)
        next();
    return next;
}
function splitmix(x) {
    let z = (x + 0x9e3779b9) | 0;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
}
/** between draws uniformly in [min, max]. */
function between(random, min, max) {
    return min + (max - min) * random();
}


/***/ }),

/***/ 60663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ TraceKeeper),
/* harmony export */   D: () => (/* binding */ keepSlowest),
/* harmony export */   K5: () => (/* binding */ failedPerEndpoint),
/* harmony export */   Ni: () => (/* binding */ keepFailed)
/* harmony export */ });
/* harmony import */ var _client_outcome_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5847);
/* harmony import */ var _client_trace_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43488);
// Which requests keep their trace IDs (load_test.trace): each endpoint's slowest measured requests,
// and every failed one (up to a cap per endpoint, the rest counted). The slowest are what a person
// opens when a tail regresses; the failed ones, what they open when errors do. "Slowest" is by
// service time, from when the request left the generator: the part of its latency the service's
// own trace can show (the two are equal in the closed model). A request that never reached the
// service (UNREACHED_CODES) has no trace to open: it is counted, not kept. Memory is fixed: N per
// endpoint and the cap, whatever the request count.


/** MIN_FAILED_PER_ENDPOINT: the least each endpoint keeps of its failures, however many endpoints share the cap. */
const MIN_FAILED_PER_ENDPOINT = 10;
/** failedPerEndpoint: each endpoint's share of the cap, so one endpoint failing from the start cannot crowd out the rest. */
function failedPerEndpoint(cap, endpoints) {
    return Math.max(MIN_FAILED_PER_ENDPOINT, Math.ceil(cap / Math.max(1, endpoints)));
}
class TraceKeeper {
    endpointNames;
    perEndpoint;
    /** slowest: per endpoint, at most `perEndpoint`, slowest first. */
    slowest;
    failed;
    failedCap;
    failedOmitted = 0;
    unreached = 0;
    constructor(endpointNames, perEndpoint, failedCap) {
        this.endpointNames = endpointNames;
        this.perEndpoint = perEndpoint;
        this.slowest = endpointNames.map(() => []);
        this.failed = endpointNames.map(() => []);
        this.failedCap = failedPerEndpoint(failedCap, endpointNames.length);
    }
    /** note: one measured request that carried a traceparent. Most are faster than the slowest kept: one comparison. */
    note(outcome) {
        if (outcome.error !== null) {
            if (_client_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .UNREACHED_CODES */ .rf.has(outcome.error)) {
                this.unreached++;
                return;
            }
            const failed = this.failed[outcome.endpoint];
            if (failed.length < this.failedCap)
                failed.push(copy(outcome));
            else
                this.failedOmitted++;
        }
        const kept = this.slowest[outcome.endpoint];
        const service = serviceOf(outcome);
        // Ties keep the one seen first.
        if (kept.length === this.perEndpoint && service <= serviceOf(kept[kept.length - 1]))
            return;
        let at = kept.length;
        while (at > 0 && serviceOf(kept[at - 1]) < service)
            at--;
        kept.splice(at, 0, copy(outcome));
        if (kept.length > this.perEndpoint)
            kept.pop();
    }
    sample() {
        const traced = (o) => tracedRequest(o, this.endpointNames[o.endpoint]);
        return {
            slowestPerEndpoint: this.perEndpoint,
            slowest: slowestFirst(this.slowest.flat().map(traced)),
            failed: inOrderSent(this.failed.flat().map(traced)),
            failedOmitted: this.failedOmitted,
            unreached: this.unreached,
        };
    }
}
/** keepSlowest: each endpoint's `perEndpoint` slowest of `requests` (several generators' together), slowest first across them all. */
function keepSlowest(requests, perEndpoint) {
    return firstPerEndpoint(slowestFirst(requests), perEndpoint);
}
/** keepFailed: each endpoint's first `perEndpoint` failures of `requests` (several generators' together), in the order sent. */
function keepFailed(requests, perEndpoint) {
    return firstPerEndpoint(inOrderSent(requests), perEndpoint);
}
function firstPerEndpoint(requests, perEndpoint) {
    const kept = new Map();
    return requests.filter((r) => {
        const n = kept.get(r.endpoint) ?? 0;
        kept.set(r.endpoint, n + 1);
        return n < perEndpoint;
    });
}
/** slowestFirst: requests by service time, slowest first; equal times in the order given. */
function slowestFirst(requests) {
    return [...requests].sort((a, b) => b.serviceTimeMs - a.serviceTimeMs);
}
/** inOrderSent: requests by their intended start, earliest first. */
function inOrderSent(requests) {
    return [...requests].sort((a, b) => a.offsetMs - b.offsetMs);
}
const serviceOf = (o) => o.endMs - o.startMs;
/** copy: the fields kept, not the caller's object (the engine's outcome records are its own), the IDs read out now. */
function copy(o) {
    return { endpoint: o.endpoint, intendedMs: o.intendedMs, startMs: o.startMs, endMs: o.endMs, status: o.status, error: o.error, ...(o.reason !== undefined ? { reason: o.reason } : {}), ids: (0,_client_trace_context_js__WEBPACK_IMPORTED_MODULE_1__/* .idsIn */ .Sd)(o.trace) };
}
function tracedRequest(o, endpoint) {
    return {
        traceId: (0,_client_trace_context_js__WEBPACK_IMPORTED_MODULE_1__/* .traceIdOf */ .aB)(o.ids),
        spanId: (0,_client_trace_context_js__WEBPACK_IMPORTED_MODULE_1__/* .spanIdOf */ .DR)(o.ids),
        endpoint,
        latencyMs: microseconds(o.endMs - o.intendedMs),
        serviceTimeMs: microseconds(o.endMs - o.startMs),
        status: o.status,
        error: o.error,
        ...(o.reason !== undefined ? { reason: o.reason } : {}),
        offsetMs: microseconds(o.intendedMs),
    };
}
/** microseconds: a time in ms to the microsecond, as the histograms count. */
const microseconds = (ms) => Math.round(ms * 1000) / 1000;


/***/ }),

/***/ 38720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ renderPrometheus),
/* harmony export */   T7: () => (/* binding */ renderCapacityPrometheus),
/* harmony export */   wd: () => (/* binding */ SUMMARY_FAMILIES)
/* harmony export */ });
// The run's key numbers in the Prometheus text format: written to metrics.prom with every report
// and pushed to a Pushgateway when one is configured. Labels carry the environment and the target
// (credentials and token-like query values already redacted), never a header or a secret.
const SUMMARY_FAMILIES = [
    { name: 'loadtest_latency_p50_ms', type: 'gauge', help: 'P50 latency of the measured window, milliseconds', otel: 'loadtest.latency.p50', unit: 'ms', value: (m) => m.latencyMs.p50 },
    { name: 'loadtest_latency_p95_ms', type: 'gauge', help: 'P95 latency of the measured window, milliseconds', otel: 'loadtest.latency.p95', unit: 'ms', value: (m) => m.latencyMs.p95 },
    { name: 'loadtest_latency_p99_ms', type: 'gauge', help: 'P99 latency of the measured window, milliseconds', otel: 'loadtest.latency.p99', unit: 'ms', value: (m) => m.latencyMs.p99 },
    { name: 'loadtest_throughput_rps', type: 'gauge', help: 'Requests per second of the measured window', otel: 'loadtest.throughput', unit: '{request}/s', value: (m) => m.throughputRps },
    { name: 'loadtest_error_rate_percent', type: 'gauge', help: 'Failed requests, percent of the measured requests', otel: 'loadtest.error_rate', unit: '%', value: (m) => m.errorRatePercent },
    { name: 'loadtest_requests_total', type: 'counter', help: 'Requests measured after the warm-up', otel: 'loadtest.requests', unit: '{request}', value: (m) => m.requests },
];
/** renderPrometheus is the exposition text: one series for the run, one per endpoint (label `endpoint`). */
function renderPrometheus(report, labels) {
    const base = { ...(labels.environment ? { environment: labels.environment } : {}), target: labels.target };
    const lines = [];
    for (const family of SUMMARY_FAMILIES) {
        lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`);
        lines.push(`${family.name}${labelText(base)} ${number(family.value(report.overall))}`);
        for (const endpoint of report.endpoints)
            lines.push(`${family.name}${labelText({ ...base, endpoint: endpoint.name })} ${number(family.value(endpoint))}`);
    }
    lines.push('# HELP loadtest_slo_passed 1 when the verdict was pass, else 0', '# TYPE loadtest_slo_passed gauge', `loadtest_slo_passed${labelText({ ...base, verdict: report.verdict })} ${report.passed ? 1 : 0}`);
    lines.push('# HELP loadtest_slo_violations_count SLO thresholds broken', '# TYPE loadtest_slo_violations_count gauge', `loadtest_slo_violations_count${labelText(base)} ${report.violations.length}`);
    lines.push('# HELP loadtest_run_timestamp_seconds When the run started, Unix time', '# TYPE loadtest_run_timestamp_seconds gauge', `loadtest_run_timestamp_seconds${labelText(base)} ${Math.floor(Date.parse(report.startedAt) / 1000)}`);
    return `${lines.join('\n')}\n`;
}
/** renderCapacityPrometheus: a capacity search's answer: the rate sustained, its bracket, the headroom, the verdict. */
function renderCapacityPrometheus(report, labels) {
    const base = { ...(labels.environment ? { environment: labels.environment } : {}), target: labels.target };
    const gauge = (name, help, value, extra = {}) => [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name}${labelText({ ...base, ...extra })} ${value === null ? 'NaN' : number(value)}`];
    return `${[
        ...gauge('loadtest_capacity_rps', 'The highest rate sustained within the SLOs and confirmed, requests per second (NaN: none)', report.capacityRps),
        ...gauge('loadtest_capacity_first_failing_rps', 'The lowest rate that was not sustained, requests per second (NaN: none tried)', report.bracket.lowestFail),
        ...(report.headroom ? gauge('loadtest_headroom_ratio', "Capacity over production's peak (NaN: no capacity confirmed)", report.headroom.ratio) : []),
        ...(report.headroom ? gauge('loadtest_headroom_required_rps', "Production's peak times the headroom required, requests per second", report.headroom.required) : []),
        ...(report.comparison ? gauge('loadtest_capacity_change_percent', "The canary's capacity against production's, percent (NaN: not compared)", report.comparison.changePercent) : []),
        ...(report.production ? gauge('loadtest_capacity_rps', "Production's capacity, requests per second (NaN: none confirmed)", report.production.capacityRps, { arm: 'production' }).slice(2) : []),
        ...gauge('loadtest_capacity_steps', 'Steps the search ran', report.steps.length),
        ...gauge('loadtest_slo_passed', '1 when the verdict was pass, else 0', report.verdict === 'pass' ? 1 : 0, { verdict: report.verdict }),
        ...gauge('loadtest_run_timestamp_seconds', 'When the search started, Unix time', Math.floor(Date.parse(report.startedAt) / 1000)),
    ].join('\n')}\n`;
}
function labelText(labels) {
    const parts = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`);
    return parts.length ? `{${parts.join(',')}}` : '';
}
function number(value) {
    return Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : 'NaN';
}


/***/ }),

/***/ 21319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ withIntervals),
/* harmony export */   y: () => (/* binding */ CHECK_CONFIDENCE)
/* harmony export */ });
/* harmony import */ var _metrics_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85835);
/* harmony import */ var _compare_blocks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39888);
/* harmony import */ var _compare_bootstrap_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68474);
/* harmony import */ var _compare_proportions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80815);
/* harmony import */ var _compare_rank_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40708);
/* harmony import */ var _distortion_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95669);
// Fixed limits show their uncertainty. A run measures its p95 (or error rate) with sampling error,
// and a value a hair over its limit may be a service that meets it: a true p95 of 241 ms read as
// 251.1 ms once against 250 ms. Each latency and error-rate check gets the interval of its value:
//   - a percentile's from the order statistics of its histogram (distribution-free: the ranks
//     n·q ∓ z·√(n·q·(1−q)) bracket the true percentile), an error rate's Wilson interval;
//   - widened, as the comparisons are, to what the run's batches of time show (slo/compare/blocks.ts);
//     an endpoint takes the whole run's widening for the same metric.
// A check whose interval holds its limit is "too close to call". Under `decision: point` (the
// default) that is said and the measured value decides; under `decision: confident` the check
// decides only when its interval is clear of the limit (slo/verdict.ts). Pure.






/** CHECK_CONFIDENCE: each threshold check's interval; a check is one claim, not a family of tests. */
const CHECK_CONFIDENCE = 0.95;
/** withIntervals adds each latency and error-rate check's interval and whether it is too close to call. */
function withIntervals(checks, scopeOf, confidence = CHECK_CONFIDENCE) {
    const widening = new Map();
    // The whole run's checks first: their widening is the endpoints' too.
    const order = [...checks.keys()].sort((a, b) => Number(checks[a].endpoint !== null) - Number(checks[b].endpoint !== null));
    const out = [...checks];
    for (const i of order) {
        const check = checks[i];
        const scope = scopeOf(check);
        if (!scope || check.noData || !intervalled(check.metric) || scope.metrics.requests === 0)
            continue;
        const perRequest = check.metric === 'error_rate' ? errorRateInterval(scope.metrics.errors, scope.metrics.requests, confidence) : percentileInterval(scope.metrics, check.metric, confidence);
        if (!perRequest)
            continue;
        if (check.endpoint === null && scope.blocks) {
            const spread = (0,_compare_blocks_js__WEBPACK_IMPORTED_MODULE_1__/* .sideHalfWidth */ .pe)(scope.blocks, check.metric, confidence);
            const half = (perRequest.high - perRequest.low) / 2;
            if (spread && half > 0)
                widening.set(check.metric, Math.max(1, spread.halfWidth / half));
        }
        const factor = widening.get(check.metric) ?? 1;
        const low = Math.max(0, check.actual - factor * (check.actual - perRequest.low));
        const high = check.actual + factor * (perRequest.high - check.actual);
        // Strictly inside: an error rate of 0 against a 0% limit (a lower bound of 0 on the limit) is clear, not close.
        out[i] = { ...check, interval: { low, high, confidence }, closeCall: low < check.threshold && check.threshold < high };
    }
    return out;
}
function intervalled(metric) {
    return metric === 'p50' || metric === 'p90' || metric === 'p95' || metric === 'p99' || metric === 'p999' || metric === 'error_rate';
}
/** percentileInterval: the values at the ranks that bracket the percentile with the given confidence. */
function percentileInterval(metrics, metric, confidence) {
    const decoded = 'bins' in metrics ? metrics.bins : metrics.histograms?.latency ? (0,_metrics_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .binsOfEncoded */ .oj)(metrics.histograms.latency) : null;
    if (!decoded)
        return null;
    const bins = (0,_compare_rank_js__WEBPACK_IMPORTED_MODULE_3__/* .toBins */ .wK)(decoded);
    const n = bins.total;
    if (n === 0)
        return null;
    const q = (0,_distortion_js__WEBPACK_IMPORTED_MODULE_2__/* .quantileOfMetric */ .d4)(metric);
    const z = (0,_compare_rank_js__WEBPACK_IMPORTED_MODULE_3__/* .normalQuantile */ .Zl)(1 - (1 - confidence) / 2);
    const spread = z * Math.sqrt(n * q * (1 - q));
    const at = (rank) => (0,_compare_bootstrap_js__WEBPACK_IMPORTED_MODULE_4__/* .valueAtRank */ .LR)(bins.values, bins.counts, rank);
    return { low: at(Math.max(1, Math.floor(n * q - spread))), high: at(Math.min(n, Math.ceil(n * q + spread) + 1)) };
}
/** errorRateInterval: the Wilson score interval of an error rate, in percent. */
function errorRateInterval(errors, n, confidence) {
    const [low, high] = (0,_compare_proportions_js__WEBPACK_IMPORTED_MODULE_5__/* .wilson */ .rF)(errors, n, (0,_compare_rank_js__WEBPACK_IMPORTED_MODULE_3__/* .normalQuantile */ .Zl)(1 - (1 - confidence) / 2));
    return { low: low * 100, high: high * 100 };
}


/***/ }),

/***/ 39888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W9: () => (/* binding */ batchHalfWidth),
/* harmony export */   hb: () => (/* binding */ measuredBlocks),
/* harmony export */   ho: () => (/* binding */ sideVariance),
/* harmony export */   pe: () => (/* binding */ sideHalfWidth)
/* harmony export */ });
/* unused harmony exports MIN_BATCHES, MAX_BATCHES */
/* harmony import */ var _metrics_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85835);
/* harmony import */ var _distortion_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95669);
/* harmony import */ var _bootstrap_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68474);
/* harmony import */ var _student_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30991);
/* harmony import */ var _rank_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40708);
// Intervals that respect time. Requests close together in time are not independent: a GC pause, a
// noisy neighbour or a scheduler hiccup moves a whole second's latencies together, so an interval
// computed as if every request were independent is too narrow, and identical arms "differ" more
// often than its confidence promises.
//
// The batch method measures the spread from the run's own blocks of time (Schmeiser, "Batch size
// effects in the analysis of simulation output", Operations Research 30(3), 1982; for quantiles
// Seila, "A batching approach to quantile estimation in regenerative simulations", Management
// Science 28(5), 1982). The measured seconds are cut into B consecutive batches (whole seconds,
// merged until each batch holds enough requests for the metric, and at most MAX_BATCHES of them);
// the metric is taken in every batch, and the spread of the B values, s/√B with Student's t on
// B − 1 degrees of freedom, is the half-width of the interval. Batches that still follow each
// other (noise lasting longer than a batch) make s/√B too small, so the batches are doubled in
// length while their values' lag-1 correlation exceeds MAX_LAG1 and at least MIN_BATCHES remain
// (the batch-size rule of Law and Carson, "A sequential procedure for determining the length of a
// steady-state simulation", Operations Research 27(5), 1979).
//   - A canary and production are paired in time: both are cut at the same seconds and the
//     difference is taken batch by batch, so the noise they share (the machine, the network)
//     cancels and what is left is the noise that can fake a difference.
//   - Against a baseline, recorded at another time, each side's batches give its own spread and the
//     two add (a side without per-second histograms borrows the other's, scaled by its size).
// The judge takes the wider of this and the per-request interval (slo/compare/judge.ts). Pure.





/** measuredBlocks: a run's seconds after the warm-up, as blocks (its per-second series, or a report's timeseries). */
function measuredBlocks(series) {
    return series.filter((s) => !s.warmup).map(({ t, requests, errors, histogram, bins }) => ({ t, requests, errors, ...(histogram ? { histogram } : {}), ...(bins ? { bins } : {}) }));
}
/** MIN_BATCHES: with fewer batches the spread itself is too uncertain to say anything. */
const MIN_BATCHES = 5;
/** MAX_BATCHES: more batches of fewer requests would cut through the noise they are meant to hold (Schmeiser's 10–30). */
const MAX_BATCHES = 20;
/** TAIL_PER_BATCH: values beyond a percentile each batch needs for its own estimate of it. */
const TAIL_PER_BATCH = 5;
/** MAX_LAG1: batch values correlated more than this with the next are made longer. */
const MAX_LAG1 = 0.2;
/**
 * batchHalfWidth: the time-respecting half-width for `metric`, or null when too few batches can be
 * formed. `requests` are each side's whole-run counts, which scale a side that has no blocks.
 */
function batchHalfWidth(subject, reference, metric, paired, confidence, requests) {
    const need = neededPerBatch(metric);
    const s = usable(subject, metric);
    const r = usable(reference, metric);
    const tail = (df) => (0,_student_js__WEBPACK_IMPORTED_MODULE_2__/* .studentQuantile */ .F)(1 - (1 - confidence) / 2, df);
    if (paired) {
        const times = new Set(r.map((b) => b.t));
        const both = s.filter((b) => times.has(b.t));
        const byTime = new Map(r.map((b) => [b.t, b]));
        const batched = uncorrelated(both, need, (b) => Math.min(b.requests, byTime.get(b.t).requests), (g) => valueOf(g, metric) - valueOf(g.map((b) => byTime.get(b.t)), metric));
        if (!batched)
            return null;
        return { batches: batched.values.length, halfWidth: tail(batched.values.length - 1) * Math.sqrt(varianceOfMean(batched.values)) };
    }
    const sideS = side(s, need, metric);
    const sideR = side(r, need, metric);
    if (!sideS && !sideR)
        return null;
    // A side without blocks of its own (a Locust CSV) is taken to be as noisy per request as the
    // other: its variance is the other's, scaled by their request counts (a variance of a mean goes as 1/n).
    const total = (blocks, whole) => blocks.reduce((n, b) => n + b.requests, 0) || whole;
    const nS = total(s, requests.subject);
    const nR = total(r, requests.reference);
    if (!(nS > 0 && nR > 0))
        return null;
    const vS = sideS?.variance ?? sideR.variance * (nR / nS);
    const vR = sideR?.variance ?? sideS.variance * (nS / nR);
    const batches = Math.min(sideS?.batches ?? Infinity, sideR?.batches ?? Infinity);
    return { batches, halfWidth: tail(batches - 1) * Math.sqrt(vS + vR) };
}
/** sideHalfWidth: the time-respecting half-width of one run's own `metric` (a threshold check's interval), or null. */
function sideHalfWidth(blocks, metric, confidence) {
    const own = sideVariance(blocks, metric);
    return own && { batches: own.batches, halfWidth: (0,_student_js__WEBPACK_IMPORTED_MODULE_2__/* .studentQuantile */ .F)(1 - (1 - confidence) / 2, own.batches - 1) * Math.sqrt(own.variance) };
}
/** sideVariance: the variance of one run's own whole-run `metric`, from its batches of time, with how many batches; null when too few. */
function sideVariance(blocks, metric) {
    return side(usable(blocks, metric), neededPerBatch(metric), metric);
}
/** neededPerBatch: requests a batch needs for its own estimate of the metric. */
function neededPerBatch(metric) {
    return metric === 'error_rate' ? 1 : Math.ceil(TAIL_PER_BATCH / (1 - (0,_distortion_js__WEBPACK_IMPORTED_MODULE_1__/* .quantileOfMetric */ .d4)(metric)));
}
/** usable: the seconds that can speak to the metric (a latency needs the second's latencies). */
function usable(blocks, metric) {
    return blocks.filter((b) => b.requests > 0 && (metric === 'error_rate' || b.histogram !== undefined || b.bins !== undefined));
}
/** side: one side's batches and the variance of its whole-run value, or null with too few batches. */
function side(blocks, need, metric) {
    const batched = uncorrelated(blocks, need, (b) => b.requests, (g) => valueOf(g, metric));
    return batched && { batches: batched.values.length, variance: varianceOfMean(batched.values) };
}
/**
 * uncorrelated: the batches' values, with batches doubled in length until consecutive values are
 * no longer correlated beyond MAX_LAG1, or doubling again would leave fewer than MIN_BATCHES.
 */
function uncorrelated(blocks, need, size, value) {
    let groups = batchesOf(blocks, need, size, MAX_BATCHES);
    if (groups.length < MIN_BATCHES)
        return null;
    let values = groups.map(value);
    while (lag1(values) > MAX_LAG1 && Math.floor(groups.length / 2) >= MIN_BATCHES) {
        groups = batchesOf(blocks, need, size, Math.floor(groups.length / 2));
        values = groups.map(value);
    }
    return { values };
}
/** lag1: the correlation of consecutive values. */
function lag1(values) {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    let num = 0;
    let den = 0;
    for (let i = 0; i < values.length; i++) {
        den += (values[i] - mean) ** 2;
        if (i > 0)
            num += (values[i] - mean) * (values[i - 1] - mean);
    }
    return den > 0 ? num / den : 0;
}
/**
 * batchesOf cuts consecutive blocks into batches of at least `need` requests and at least 1/`most`
 * of the whole (as counted by `size`); a short last batch joins the one before it.
 */
function batchesOf(blocks, need, size, most) {
    const total = blocks.reduce((n, b) => n + size(b), 0);
    const target = Math.max(need, Math.ceil(total / most));
    const groups = [];
    let current = [];
    let count = 0;
    for (const block of [...blocks].sort((a, b) => a.t - b.t)) {
        current.push(block);
        count += size(block);
        if (count >= target) {
            groups.push(current);
            current = [];
            count = 0;
        }
    }
    if (current.length > 0 && groups.length > 0)
        groups[groups.length - 1].push(...current);
    return groups;
}
/** valueOf: the metric over a batch of blocks: a percentile of their merged latencies, or their error rate in percent. */
function valueOf(batch, metric) {
    if (metric === 'error_rate') {
        const requests = batch.reduce((n, b) => n + b.requests, 0);
        return requests === 0 ? 0 : (100 * batch.reduce((n, b) => n + b.errors, 0)) / requests;
    }
    const bins = (0,_rank_js__WEBPACK_IMPORTED_MODULE_3__/* .toBins */ .wK)(batch.flatMap(binsOf));
    return (0,_bootstrap_js__WEBPACK_IMPORTED_MODULE_4__/* .quantileOf */ .Xf)(bins.values, bins.counts, bins.total, (0,_distortion_js__WEBPACK_IMPORTED_MODULE_1__/* .quantileOfMetric */ .d4)(metric));
}
/** binsOf: a block's latencies, decoded once however many batchings and metrics ask. */
const decoded = new WeakMap();
function binsOf(block) {
    if (block.bins)
        return block.bins;
    let bins = decoded.get(block);
    if (!bins)
        decoded.set(block, (bins = (0,_metrics_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .binsOfEncoded */ .oj)(block.histogram)));
    return bins;
}
/** varianceOfMean: s²/B of the batch values, the variance of the whole run's value they stand for. */
function varianceOfMean(values) {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const s2 = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
    return s2 / values.length;
}


/***/ }),

/***/ 68474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LR: () => (/* binding */ valueAtRank),
/* harmony export */   Xf: () => (/* binding */ quantileOf),
/* harmony export */   ub: () => (/* binding */ bootstrapDifference)
/* harmony export */ });
/* unused harmony exports RESAMPLE_RESOLUTION, coarsen, binomial */
/* harmony import */ var _rank_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40708);
// A bootstrap interval for the difference of a tail percentile (p95, p99) between two arms. A rank
// test speaks about the whole distribution; a regression that only lengthens the tail needs the
// percentiles themselves compared.
//
// Each replicate redraws every arm's sample from its own histogram (a multinomial over the bins)
// and takes the percentiles again. The interval is the normal bootstrap interval, estimate ± z·SD
// of the replicated differences: after the multiple-test correction the confidence is around 99.5%,
// and the 0.25% extremes of a few hundred replicates would be noise, while their SD is stable.
//
// Only the tail is redrawn bin by bin: how many values fall below the body cutoff (well under the
// lowest percentile asked for) is one binomial draw, and no percentile asked for lies in the body
// except with vanishing probability.

/** quantileOf is the smallest value with at least a share q of the sample at or below it (HdrHistogram's definition). */
function quantileOf(values, counts, total, q) {
    return valueAtRank(values, counts, Math.max(1, Math.ceil(q * total)));
}
/** valueAtRank is the value of the rank-th smallest of the binned sample (1-based). */
function valueAtRank(values, counts, rank) {
    let seen = 0;
    for (let i = 0; i < values.length; i++) {
        seen += counts[i];
        if (seen >= rank)
            return values[i];
    }
    return values[values.length - 1];
}
/**
 * RESAMPLE_RESOLUTION: bins are merged to this relative width before resampling. Histograms keep
 * 0.1%, hundreds of bins in a tail; an interval judged against an allowance of several percent
 * needs no finer than 0.5%. Estimates themselves come from the full resolution.
 */
const RESAMPLE_RESOLUTION = 0.005;
/** coarsen merges neighbouring bins whose values lie within `resolution` of the group's first (keeping the highest). */
function coarsen(bins, resolution = RESAMPLE_RESOLUTION) {
    const values = [];
    const counts = [];
    let start = -Infinity;
    for (let i = 0; i < bins.values.length; i++) {
        const value = bins.values[i];
        if (values.length > 0 && value <= start * (1 + resolution)) {
            values[values.length - 1] = value;
            counts[counts.length - 1] += bins.counts[i];
        }
        else {
            start = value;
            values.push(value);
            counts.push(bins.counts[i]);
        }
    }
    return { values: Float64Array.from(values), counts: Float64Array.from(counts), total: bins.total };
}
/** BODY_MARGIN: the body ends this far below the lowest percentile asked for (p95 → the 80th). */
const BODY_MARGIN = 0.15;
/** TailSampler redraws one arm's sample, bin by bin above the body cutoff. */
class TailSampler {
    bins;
    bodyCount;
    bodyLastValue;
    tailValues;
    tailCounts;
    drawn;
    bodyDrawn = 0;
    constructor(bins, lowestQuantile) {
        this.bins = bins;
        const limit = Math.max(0, lowestQuantile - BODY_MARGIN) * bins.total;
        let k = 0;
        let body = 0;
        while (k < bins.values.length && body + bins.counts[k] <= limit)
            body += bins.counts[k++];
        this.bodyCount = body;
        this.bodyLastValue = k > 0 ? bins.values[k - 1] : bins.values[0];
        this.tailValues = bins.values.subarray(k);
        this.tailCounts = bins.counts.subarray(k);
        this.drawn = new Float64Array(this.tailValues.length);
    }
    draw(random) {
        const n = this.bins.total;
        this.bodyDrawn = binomial(n, this.bodyCount / n, random);
        let left = n - this.bodyDrawn;
        let mass = n - this.bodyCount;
        for (let i = 0; i < this.tailCounts.length; i++) {
            const count = this.tailCounts[i];
            const take = i === this.tailCounts.length - 1 ? left : binomial(left, mass > 0 ? Math.min(1, count / mass) : 0, random);
            this.drawn[i] = take;
            left -= take;
            mass -= count;
        }
    }
    quantile(q) {
        const rank = Math.max(1, Math.ceil(q * this.bins.total));
        if (rank <= this.bodyDrawn)
            return this.bodyLastValue;
        let seen = this.bodyDrawn;
        for (let i = 0; i < this.tailValues.length; i++) {
            seen += this.drawn[i];
            if (seen >= rank)
                return this.tailValues[i];
        }
        return this.tailValues[this.tailValues.length - 1];
    }
}
/** bootstrapDifference is the interval of quantile(canary) − quantile(production) at each q in `quantiles`. */
function bootstrapDifference(canary, production, quantiles, confidence, replicates, random) {
    const estimates = quantiles.map((q) => quantileOf(canary.values, canary.counts, canary.total, q) - quantileOf(production.values, production.counts, production.total, q));
    const lowest = Math.min(...quantiles);
    const canarySampler = new TailSampler(coarsen(canary), lowest);
    const productionSampler = new TailSampler(coarsen(production), lowest);
    const sums = quantiles.map(() => 0);
    const squares = quantiles.map(() => 0);
    for (let r = 0; r < replicates; r++) {
        canarySampler.draw(random);
        productionSampler.draw(random);
        quantiles.forEach((q, k) => {
            const d = canarySampler.quantile(q) - productionSampler.quantile(q);
            sums[k] += d;
            squares[k] += d * d;
        });
    }
    const z = (0,_rank_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(1 - (1 - confidence) / 2);
    return estimates.map((estimate, k) => {
        const mean = sums[k] / replicates;
        const sd = Math.sqrt(Math.max(0, squares[k] / replicates - mean * mean) * (replicates / (replicates - 1)));
        return { estimate, low: estimate - z * sd, high: estimate + z * sd };
    });
}
/** binomial draws Binomial(n, p): by inversion when the mean is small, else from the normal approximation. */
function binomial(n, p, random) {
    if (n <= 0 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    const mean = n * p;
    if (mean < 30 || n * (1 - p) < 30) {
        if (p > 0.5)
            return n - binomial(n, 1 - p, random);
        // Inversion: walk up the distribution from 0; expected steps are about the mean.
        const q = 1 - p;
        let probability = Math.exp(n * Math.log1p(-p));
        if (probability === 0)
            return Math.round(mean);
        let cumulative = probability;
        const u = random();
        let k = 0;
        while (u > cumulative && k < n) {
            probability *= ((n - k) / (k + 1)) * (p / q);
            cumulative += probability;
            k++;
        }
        return k;
    }
    const u1 = 1 - random();
    const u2 = random();
    const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return Math.min(n, Math.max(0, Math.round(mean + normal * Math.sqrt(mean * (1 - p)))));
}


/***/ }),

/***/ 21543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r_: () => (/* binding */ compareSamples),
  be: () => (/* binding */ notJudged)
});

// UNUSED EXPORTS: DEFAULT_MIN_SAMPLES, DEFAULT_REPLICATES

// EXTERNAL MODULE: ./src/slo/distortion.ts
var distortion = __webpack_require__(95669);
// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: ./src/metrics/histogram.ts
var metrics_histogram = __webpack_require__(85835);
// EXTERNAL MODULE: ./src/slo/compare/bootstrap.ts
var bootstrap = __webpack_require__(68474);
// EXTERNAL MODULE: ./src/slo/compare/blocks.ts
var blocks = __webpack_require__(39888);
// EXTERNAL MODULE: ./src/slo/compare/prediction.ts
var compare_prediction = __webpack_require__(68743);
// EXTERNAL MODULE: ./src/config/criteria.ts
var config_criteria = __webpack_require__(87697);
// EXTERNAL MODULE: ./src/slo/compare/proportions.ts
var proportions = __webpack_require__(80815);
// EXTERNAL MODULE: ./src/slo/compare/rank.ts
var rank = __webpack_require__(40708);
;// CONCATENATED MODULE: ./src/slo/compare/quantile-interval.ts
// A distribution-free interval for the difference of one percentile between two runs, for when
// one side has no histogram to resample, only a table of percentiles (a Locust _stats.csv).
//
// For n values, the rank of the q-quantile is uncertain by about z·√(n·q·(1−q)) (the binomial
// spread of how many values fall below it), so the true q-quantile lies between the values at
// ranks q ± z·√(q(1−q)/n) (+1/n for the discreteness). Each side's interval holds at a confidence
// that leaves half the error to the other side (Bonferroni), and the difference takes their
// extremes, which is conservative: it says "not enough data" rather than pass a regression.


function histogramSource(encoded, n) {
    let histogram = null;
    return {
        n,
        valueAt: (q) => {
            histogram ??= (0,metrics_histogram/* decodeHistogram */.pr)(encoded);
            return histogram.totalCount === 0 ? 0 : histogram.getValueAtPercentile(Math.min(100, Math.max(0, q * 100))) / 1000;
        },
        slack: () => 0,
    };
}
/**
 * tableSource reads a table of (quantile, ms) points, from (0, min) to (1, max), by linear
 * interpolation; `slack` is the table's own rounding of each value.
 */
function tableSource(points, n, slack) {
    const sorted = [...points].sort((a, b) => a[0] - b[0]);
    return {
        n,
        valueAt: (q) => {
            if (sorted.length === 0)
                return 0;
            if (q <= sorted[0][0])
                return sorted[0][1];
            for (let i = 1; i < sorted.length; i++) {
                const [q1, v1] = sorted[i];
                const [q0, v0] = sorted[i - 1];
                if (q <= q1)
                    return q1 === q0 ? v1 : v0 + ((v1 - v0) * (q - q0)) / (q1 - q0);
            }
            return sorted[sorted.length - 1][1];
        },
        slack,
    };
}
/** quantileDifference: subject − reference at quantile q, with an interval holding at `confidence` for both sides together. */
function quantileDifference(subject, reference, q, confidence) {
    const z = (0,rank/* normalQuantile */.Zl)(1 - (1 - confidence) / 4);
    const bounds = (source) => {
        const half = z * Math.sqrt((q * (1 - q)) / Math.max(1, source.n)) + 1 / Math.max(1, source.n);
        const low = source.valueAt(Math.max(0, q - half));
        const high = source.valueAt(Math.min(1, q + half));
        return [low - source.slack(low), high + source.slack(high)];
    };
    const [subjectLow, subjectHigh] = bounds(subject);
    const [referenceLow, referenceHigh] = bounds(reference);
    return { estimate: subject.valueAt(q) - reference.valueAt(q), low: subjectLow - referenceHigh, high: subjectHigh - referenceLow };
}

;// CONCATENATED MODULE: ./src/slo/compare/judge.ts
// Judging a subject against a reference: a canary against production measured under the same load
// at the same time, or this run against a baseline recorded earlier.
//
// For each metric with rules, and for the whole run and each endpoint:
//   - the difference subject − reference with a confidence interval: the Hodges-Lehmann shift and
//     its interval from the Mann-Whitney test for the median, a bootstrap for tail percentiles,
//     Newcombe's interval (and Fisher's exact test) for the error rate;
//   - fail only when the difference is significant AND larger than the rules allow;
//   - inconclusive when it is not a failure but the interval still reaches beyond what is allowed:
//     the run was too small to rule the regression out, which is never reported as a pass;
//   - caps ("<800ms") are checked on the subject's own value;
//   - every interval is widened to what the whole run's batches of time show, where that is more
//     (requests close in time are not independent: slo/compare/blocks.ts);
//   - against a baseline history, the whole run is judged by a prediction interval that holds the
//     runs' own spread (slo/compare/prediction.ts);
//   - a latency failure the generator's own delay could explain is held (inconclusive, never fail):
//     against a baseline, when the delay alone could push this run past it; for a canary, whose
//     arms took the delay alike, when that delay taken from both arms at its worst would bring the
//     difference within its rule (slo/distortion.ts lowestQuantile).
// The stated confidence holds for the whole comparison: it is divided (Bonferroni) among the tests
// of the whole run, and separately among the endpoints' tests. An endpoint too small to judge is
// reported as such but does not hold the gate; the whole-run comparison does.










const DEFAULT_REPLICATES = 200;
const DEFAULT_MIN_SAMPLES = 50;
/** TAIL_VALUES_NEEDED: values beyond a percentile, per arm, before it is compared (p99 needs 1,000 requests). */
const TAIL_VALUES_NEEDED = 10;
function compareSamples(input) {
    const alpha = 1 - input.confidence;
    const names = input.names ?? { subject: 'canary', reference: 'production' };
    const rulesOf = (scope) => scope.criteria ?? input.criteria;
    const deltaTests = (scope) => config_criteria/* COMPARED_METRICS */.wo.filter((m) => rulesOf(scope)[m]?.some((r) => r.kind !== 'cap')).length;
    const overallTests = Math.max(1, sum(input.scopes.filter((s) => s.name === null).map(deltaTests)));
    const endpointTests = Math.max(1, sum(input.scopes.filter((s) => s.name !== null).map(deltaTests)));
    const results = [];
    // How much wider than per-request the whole run's batches of time make each metric's interval;
    // endpoints have no seconds of their own and take the whole run's factor (its scope comes first).
    const widening = new Map();
    for (const scope of input.scopes) {
        const criteria = rulesOf(scope);
        const metrics = config_criteria/* COMPARED_METRICS */.wo.filter((m) => criteria[m]?.length);
        const familyAlpha = alpha / (scope.name === null ? overallTests : endpointTests);
        const measure = latenciesOf(scope.subject) && latenciesOf(scope.reference) ? fromHistograms(scope, metrics, 1 - familyAlpha, input) : fromQuantiles(scope, 1 - familyAlpha);
        for (const metric of metrics) {
            // Against a baseline history: where another run would land, run-to-run noise included. Runs
            // too short for batches of time say nothing of their noise: the per-request interval then.
            const history = scope.name === null ? scope.reference.history?.[metric] : undefined;
            const prediction = history?.length ? predicted(history, scope.subject, metric, 1 - familyAlpha) : null;
            if (prediction) {
                results.push(decide(scope, metric, criteria[metric], prediction, 1 - familyAlpha, familyAlpha, input.minSamples ?? DEFAULT_MIN_SAMPLES, names, metric === 'error_rate' ? undefined : input.subjectDelay, input.required?.includes(metric) ?? true));
                continue;
            }
            let measured = measure(metric);
            if (measured && scope.name === null) {
                const spread = (0,blocks/* batchHalfWidth */.W9)(scope.subject.blocks ?? [], scope.reference.blocks ?? [], metric, input.pairedInTime ?? true, 1 - familyAlpha, { subject: scope.subject.requests, reference: scope.reference.requests });
                const perRequest = (measured.high - measured.low) / 2;
                if (spread && Number.isFinite(perRequest))
                    widening.set(metric, { factor: perRequest > 0 ? spread.halfWidth / perRequest : 1, batches: spread.batches, halfWidth: spread.halfWidth });
                // A per-request interval of no width (every value in one bin) has nothing to stretch: the batches' own half-width is the interval.
                if (spread && perRequest === 0 && spread.halfWidth > 0)
                    measured = { ...measured, low: measured.difference - spread.halfWidth, high: measured.difference + spread.halfWidth, pValue: null, timeBlocks: spread.batches };
            }
            const wider = widening.get(metric);
            if (measured && wider && wider.factor > 1)
                measured = widen(measured, wider.factor, wider.batches);
            const required = input.required?.includes(metric) ?? true;
            results.push(decide(scope, metric, criteria[metric], measured, 1 - familyAlpha, familyAlpha, input.minSamples ?? DEFAULT_MIN_SAMPLES, names, metric === 'error_rate' ? undefined : input.subjectDelay, required, metric === 'error_rate' ? undefined : input.sharedDelay));
        }
    }
    return summarize(results, input.confidence, names);
}
/** fromHistograms: Hodges-Lehmann for the median, a bootstrap for the tails, Newcombe for errors; all from both arms' histograms. */
function fromHistograms(scope, metrics, confidence, input) {
    const subjectBins = (0,rank/* toBins */.wK)(latenciesOf(scope.subject));
    const referenceBins = (0,rank/* toBins */.wK)(latenciesOf(scope.reference));
    const tails = metrics.filter((m) => m !== 'p50' && m !== 'error_rate');
    const tailIntervals = tails.length && subjectBins.total && referenceBins.total ? (0,bootstrap/* bootstrapDifference */.ub)(subjectBins, referenceBins, tails.map(distortion/* quantileOfMetric */.d4), confidence, input.replicates ?? DEFAULT_REPLICATES, input.random) : [];
    return (metric) => {
        if (metric === 'p50')
            return medianInterval(subjectBins, referenceBins, confidence);
        if (metric === 'error_rate')
            return errorInterval(scope, confidence);
        const tail = tailIntervals[tails.indexOf(metric)];
        return tail ? { difference: tail.estimate, low: tail.low, high: tail.high, pValue: null } : null;
    };
}
/** latenciesOf: a side's latencies as bins, from its decoded bins or its encoded histogram; null with neither (a Locust table). */
function latenciesOf(sample) {
    return sample.bins ?? (sample.histograms ? (0,metrics_histogram/* binsOfEncoded */.oj)(sample.histograms.latency) : null);
}
/** fromQuantiles: order-statistic intervals when an arm has only a table of percentiles (see quantile-interval.ts). */
function fromQuantiles(scope, confidence) {
    const source = (arm) => arm.histograms ? histogramSource(arm.histograms.latency, arm.requests) : arm.quantiles ? tableSource(arm.quantiles, arm.requests, arm.slack ?? (() => 0)) : null;
    const subject = source(scope.subject);
    const reference = source(scope.reference);
    return (metric) => {
        if (metric === 'error_rate')
            return errorInterval(scope, confidence);
        if (!subject || !reference)
            return null;
        const d = quantileDifference(subject, reference, (0,distortion/* quantileOfMetric */.d4)(metric), confidence);
        return { difference: d.estimate, low: d.low, high: d.high, pValue: null };
    };
}
/**
 * widen stretches an interval about its estimate by `factor`: the spread the run's batches of time
 * showed. The per-request test's p-value no longer describes it; the interval decides instead.
 */
function widen(measured, factor, batches) {
    const { difference: d } = measured;
    return { difference: d, low: d - factor * (d - measured.low), high: d + factor * (measured.high - d), pValue: null, timeBlocks: batches };
}
/** predicted: this run's metric against a baseline history's prediction interval (slo/compare/prediction.ts). */
function predicted(history, subject, metric, confidence) {
    const own = (0,blocks/* sideVariance */.ho)(subject.blocks ?? [], metric);
    const prediction = (0,compare_prediction/* predictionInterval */.d)(history, { value: judge_valueOf(subject, metric), within: own?.variance ?? null, batches: own?.batches ?? null }, confidence);
    return prediction && { difference: prediction.difference, low: prediction.low, high: prediction.high, pValue: null, reference: prediction.reference, baselineRuns: prediction.runs, betweenFromBatches: prediction.betweenFromBatches };
}
function medianInterval(subject, reference, confidence) {
    const test = (0,rank/* rankTest */.Nl)(subject, reference, confidence);
    return test && { difference: test.shift, low: test.low, high: test.high, pValue: test.pGreater };
}
function errorInterval(scope, confidence) {
    const { subject: c, reference: p } = scope;
    const [low, high] = (0,proportions/* newcombe */.pv)(c.errors, c.requests, p.errors, p.requests, confidence);
    return { difference: c.errorRatePercent - p.errorRatePercent, low: low * 100, high: high * 100, pValue: (0,proportions/* fisherGreater */.oE)(c.errors, c.requests, p.errors, p.requests) };
}
function decide(scope, metric, rules, measured, intervalConfidence, alpha, minSamples, names, subjectOnly, required, shared) {
    // A cap is on the subject's own value: any delay the generator added to it may explain a breach.
    const delay = subjectOnly ?? shared;
    const reference = measured?.reference ?? judge_valueOf(scope.reference, metric);
    const subject = judge_valueOf(scope.subject, metric);
    const allowed = (0,config_criteria/* allowedIncrease */.$I)(rules, reference);
    const base = {
        scope: scope.name,
        metric,
        reference,
        subject,
        difference: measured?.difference ?? subject - reference,
        low: measured?.low ?? -Infinity,
        high: measured?.high ?? Infinity,
        intervalConfidence,
        nReference: scope.reference.requests,
        nSubject: scope.subject.requests,
        pValue: measured?.pValue ?? null,
        rule: rules.map((r) => r.text).join(' and '),
        allowed,
        ...(measured?.timeBlocks ? { timeBlocks: measured.timeBlocks } : {}),
        ...(measured?.baselineRuns ? { baselineRuns: measured.baselineRuns, ...(measured.betweenFromBatches ? { betweenFromBatches: true } : {}) } : {}),
        ...(required ? {} : { advisory: true }),
    };
    const label = `${scope.name === null ? '' : `${scope.name}: `}${metricLabel(metric)}`;
    const fmt = (v) => format(metric, v);
    const signed = (v) => (v >= 0 ? '+' : '−') + fmt(Math.abs(v));
    const values = `${names.subject} ${fmt(subject)} vs ${names.reference} ${fmt(reference)}`;
    const samples = `n ${scope.subject.requests.toLocaleString('en-US')} / ${scope.reference.requests.toLocaleString('en-US')}`;
    // limit: the value the subject's quantile may reach; could the generator's delay alone have pushed it past?
    const explainedByDelay = (limit) => {
        if (!delay || !scope.subject.histograms)
            return false;
        const histogram = (0,metrics_histogram/* decodeHistogram */.pr)(scope.subject.histograms.latency);
        return (0,distortion/* couldExplain */.D3)(delay.shares, (0,distortion/* quantileOfMetric */.d4)(metric), scope.subject.requests, limit, (ms) => (0,metrics_histogram/* countAboveMs */.Tv)(histogram, ms));
    };
    const byDelay = `, but this run's generator delayed its responses by up to ${(0,units/* formatMs */._V)((0,units/* round */.LI)(delay?.bounds.p999 ?? 0, 1))} (1 in 1,000), which could explain it`;
    // Shared by both sides: only what the delay could do to the difference holds it (lowestQuantile of each side alike).
    const differenceExplainedByDelay = () => {
        if (!shared || !scope.subject.histograms || !scope.reference.histograms)
            return false;
        const q = (0,distortion/* quantileOfMetric */.d4)(metric);
        const lowest = (side) => {
            const histogram = (0,metrics_histogram/* decodeHistogram */.pr)(side.histograms.latency);
            return (0,distortion/* lowestQuantile */.o6)(shared.shares, q, side.requests, judge_valueOf(side, metric), (ms) => (0,metrics_histogram/* countAboveMs */.Tv)(histogram, ms));
        };
        const subjectLow = lowest(scope.subject);
        const referenceLow = lowest(scope.reference);
        return subjectLow - referenceLow <= ((0,config_criteria/* allowedIncrease */.$I)(rules, referenceLow) ?? Infinity);
    };
    const bothByDelay = `, but this run's generator delayed both sides' responses by up to ${(0,units/* formatMs */._V)((0,units/* round */.LI)(shared?.bounds.p999 ?? 0, 1))} (1 in 1,000): with that delay taken from both alike, the difference could be within the rule`;
    for (const rule of rules) {
        if (rule.kind !== 'cap')
            continue;
        if (!(rule.strict ? subject >= rule.value : subject > rule.value))
            continue;
        const reason = `${label}: ${names.subject} ${fmt(subject)} breaks the cap ${rule.text}`;
        return explainedByDelay(rule.value) ? { ...base, verdict: 'inconclusive', reason: `${reason}${byDelay}`, generatorHeld: true } : { ...base, verdict: 'fail', reason };
    }
    if (allowed === null)
        return { ...base, verdict: 'pass', reason: `${label}: ${names.subject} ${fmt(subject)} within ${base.rule}` };
    // A percentile needs about ten values beyond it in each arm before anything can be said of it.
    const needed = metric === 'error_rate' || metric === 'p50' ? minSamples : Math.max(minSamples, Math.ceil(TAIL_VALUES_NEEDED / (1 - (0,distortion/* quantileOfMetric */.d4)(metric))));
    if (!measured || Number.isNaN(measured.low) || Number.isNaN(measured.high) || scope.subject.requests < needed || scope.reference.requests < needed) {
        const few = `too few requests to compare (${samples}, at least ${needed.toLocaleString('en-US')} each needed)`;
        return { ...base, verdict: 'inconclusive', reason: required ? `${label}: ${few}` : `${label}: not judged: ${few}; advisory` };
    }
    const interval = measured.baselineRuns
        ? `${(0,units/* confidencePercent */.qx)(intervalConfidence)}% prediction interval ${signed(measured.low)} … ${signed(measured.high)}, from ${measured.baselineRuns === 1 ? '1 baseline run' : `${measured.baselineRuns} baseline runs`}${measured.betweenFromBatches ? ', run-to-run noise estimated from batches of time (conservative until the history holds 5 runs)' : ''}; ${samples}`
        : `${(0,units/* confidencePercent */.qx)(intervalConfidence)}% CI ${signed(measured.low)} … ${signed(measured.high)}; ${samples}${measured.timeBlocks ? `; over ${measured.timeBlocks} blocks of time` : ''}`;
    const limit = `${base.rule} (${signed(allowed)})`;
    const significant = measured.pValue !== null ? measured.pValue < alpha : measured.low > 0;
    if (significant && measured.difference > allowed) {
        const reason = `${label}: ${values}, ${signed(measured.difference)} (${interval}) is more than the allowed ${limit}`;
        if (subjectOnly)
            return explainedByDelay(reference + allowed) ? { ...base, verdict: 'inconclusive', reason: `${reason}${byDelay}`, generatorHeld: true } : { ...base, verdict: 'fail', reason };
        return differenceExplainedByDelay() ? { ...base, verdict: 'inconclusive', reason: `${reason}${bothByDelay}`, generatorHeld: true } : { ...base, verdict: 'fail', reason };
    }
    if (measured.high > allowed) {
        const more = measured.baselineRuns ? null : requestsToResolve(measured, allowed, Math.min(scope.subject.requests, scope.reference.requests));
        // Against a history, the spread between runs does not shrink with more requests: more runs narrow it.
        const need = measured.baselineRuns ? 'the baseline\'s run-to-run noise is too wide to rule it out; a longer baseline history (each saved baseline adds a run) narrows it' : more === null ? 'run longer or with more load' : `resolving it needs ≈ ${more.toLocaleString('en-US')} requests per side`;
        if (!required)
            return { ...base, verdict: 'inconclusive', reason: `${label}: not judged: ${values}, ${signed(measured.difference)} (${interval}): the run cannot resolve the allowed ${limit}; ${need}; advisory` };
        return { ...base, verdict: 'inconclusive', reason: `${label}: ${values}, ${signed(measured.difference)} (${interval}): the run is too small to rule out more than the allowed ${limit}; ${need}` };
    }
    return { ...base, verdict: 'pass', reason: `${label}: ${values}, ${signed(measured.difference)} (${interval}), within ${limit}` };
}
/** notJudged: an advisory metric the run could not resolve; one the generator held is still undecided, and holds. */
function notJudged(result) {
    return result.verdict === 'inconclusive' && result.advisory === true && !result.generatorHeld;
}
function summarize(results, confidence, names) {
    const failed = results.filter((r) => r.verdict === 'fail');
    const open = results.filter((r) => r.verdict === 'inconclusive' && r.scope === null && !notJudged(r));
    if (failed.length > 0)
        return { verdict: 'fail', reasons: failed.map((r) => r.reason), confidence, results };
    if (open.length > 0)
        return { verdict: 'inconclusive', reasons: open.map((r) => r.reason), confidence, results };
    const skipped = results.filter((r) => r.scope === null && notJudged(r));
    const judged = results.filter((r) => r.scope === null).length - skipped.length;
    // Every metric advisory and none resolved: nothing was judged, and nothing judged is never a pass.
    if (judged === 0 && skipped.length > 0)
        return { verdict: 'inconclusive', reasons: skipped.map((r) => r.reason), confidence, results };
    const aside = skipped.length > 0 ? `; not judged: ${skipped.map((r) => metricLabel(r.metric)).join(', ')} (advisory, beyond what this run can resolve)` : '';
    return { verdict: 'pass', reasons: [`the ${names.subject} is within the comparison rules on all ${judged} metric${judged === 1 ? '' : 's'}${skipped.length > 0 ? ' judged' : ''} at ${(0,units/* round */.LI)(confidence * 100, 1)}% confidence${aside}`], confidence, results };
}
/**
 * requestsToResolve: about how many requests per side would narrow the interval until it no
 * longer reaches past the allowance, if the difference stayed where it is (widths shrink as 1/√n);
 * null when the difference itself is at or past the allowance.
 */
function requestsToResolve(measured, allowed, n) {
    const room = allowed - measured.difference;
    const reach = measured.high - measured.difference;
    if (!(room > 0) || !Number.isFinite(reach))
        return null;
    return Math.ceil((n * (reach / room) ** 2) / 1000) * 1000;
}
function judge_valueOf(metrics, metric) {
    return metric === 'error_rate' ? metrics.errorRatePercent : metrics.latencyMs[metric];
}
function metricLabel(metric) {
    return metric === 'error_rate' ? 'error rate' : metric === 'p999' ? 'p99.9' : metric;
}
function format(metric, value) {
    if (metric === 'error_rate')
        return `${(0,units/* round */.LI)(value, 2)}%`;
    return (0,units/* formatMs */._V)((0,units/* round */.LI)(value, value < 10 ? 2 : 1));
}
function sum(values) {
    return values.reduce((a, b) => a + b, 0);
}


/***/ }),

/***/ 80815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oE: () => (/* binding */ fisherGreater),
/* harmony export */   pv: () => (/* binding */ newcombe),
/* harmony export */   rF: () => (/* binding */ wilson)
/* harmony export */ });
/* harmony import */ var _rank_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40708);
// Error rates of two arms: Fisher's exact test for "the canary fails more often", and Newcombe's
// hybrid score interval for the difference of the two proportions (the interval reported and used
// to tell whether a run was large enough to rule out the allowed increase).

/**
 * fisherGreater is the one-sided p-value of Fisher's exact test that the canary's error proportion
 * (k1 of n1) exceeds production's (k2 of n2): P(X ≥ k1) for X hypergeometric with the margins fixed.
 */
function fisherGreater(k1, n1, k2, n2) {
    const errors = k1 + k2;
    const total = n1 + n2;
    const high = Math.min(errors, n1);
    if (k1 > high)
        return 0;
    const logP = (x) => logChoose(n1, x) + logChoose(n2, errors - x) - logChoose(total, errors);
    // Sum the tail in log space from the largest term, so long tails of tiny terms stay exact.
    const terms = [];
    for (let x = k1; x <= high; x++)
        terms.push(logP(x));
    const top = Math.max(...terms);
    return Math.min(1, Math.exp(top) * terms.reduce((sum, t) => sum + Math.exp(t - top), 0));
}
/** wilson is the Wilson score interval of k successes in n. */
function wilson(k, n, z) {
    if (n === 0)
        return [0, 1];
    const p = k / n;
    const denominator = 1 + (z * z) / n;
    const centre = (p + (z * z) / (2 * n)) / denominator;
    const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
    return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
/** newcombe is the interval of p1 − p2 (Newcombe's method 10), two-sided at `confidence`. */
function newcombe(k1, n1, k2, n2, confidence) {
    const z = (0,_rank_js__WEBPACK_IMPORTED_MODULE_0__/* .normalQuantile */ .Zl)(1 - (1 - confidence) / 2);
    const p1 = n1 ? k1 / n1 : 0;
    const p2 = n2 ? k2 / n2 : 0;
    const [l1, u1] = wilson(k1, n1, z);
    const [l2, u2] = wilson(k2, n2, z);
    const d = p1 - p2;
    return [d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)];
}
const logFactorials = [0];
function logFactorial(n) {
    for (let i = logFactorials.length; i <= n; i++)
        logFactorials[i] = logFactorials[i - 1] + Math.log(i);
    return logFactorials[n];
}
function logChoose(n, k) {
    return k < 0 || k > n ? -Infinity : logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}


/***/ }),

/***/ 40708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nl: () => (/* binding */ rankTest),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   wK: () => (/* binding */ toBins)
/* harmony export */ });
/* unused harmony exports uStatistic, uSigma, normalCdf */
// The Mann-Whitney U test and the Hodges-Lehmann shift, computed from binned samples (value, count)
// so that tens of thousands of latencies per arm cost a merge of two histograms, not n·m pairs.
//
// U counts, over all (canary, production) pairs, how often the canary value is larger (ties count
// one half). Under "no difference" U has mean nm/2 and variance nm/12·((N+1) − Σ(t³−t)/(N(N−1)))
// with t the size of each group of tied values; for the sample sizes of a load test the normal
// approximation (with a continuity correction) is exact to many digits.
//
// The Hodges-Lehmann estimate is the median of all pairwise differences c − p: the shift Δ at which
// U(c − Δ, p) = nm/2. U(c − Δ, p) falls as Δ grows, so Δ and its confidence interval (the Δs where U
// crosses nm/2 ± z·σ, the inversion of the test behind Kayenta's judge) are found by bisection.
function toBins(pairs) {
    const sorted = [...pairs].filter(([, count]) => count > 0).sort((a, b) => a[0] - b[0]);
    const values = [];
    const counts = [];
    for (const [value, count] of sorted) {
        if (values.length > 0 && values[values.length - 1] === value)
            counts[counts.length - 1] += count;
        else {
            values.push(value);
            counts.push(count);
        }
    }
    return { values: Float64Array.from(values), counts: Float64Array.from(counts), total: counts.reduce((a, b) => a + b, 0) };
}
/** uStatistic is U for "canary larger", with canary values shifted down by `shift`. */
function uStatistic(canary, production, shift = 0) {
    let u = 0;
    let j = 0;
    let below = 0;
    for (let i = 0; i < canary.values.length; i++) {
        const c = canary.values[i] - shift;
        while (j < production.values.length && production.values[j] < c)
            below += production.counts[j++];
        const tied = j < production.values.length && production.values[j] === c ? production.counts[j] : 0;
        u += canary.counts[i] * (below + tied / 2);
    }
    return u;
}
/** uSigma is U's standard deviation under no difference, corrected for ties across both samples. */
function uSigma(canary, production) {
    const n = canary.total;
    const m = production.total;
    const total = n + m;
    if (n === 0 || m === 0)
        return 0;
    let tieSum = 0;
    let i = 0;
    let j = 0;
    while (i < canary.values.length || j < production.values.length) {
        const a = i < canary.values.length ? canary.values[i] : Infinity;
        const b = j < production.values.length ? production.values[j] : Infinity;
        const value = Math.min(a, b);
        let t = 0;
        if (a === value)
            t += canary.counts[i++];
        if (b === value)
            t += production.counts[j++];
        tieSum += t * t * t - t;
    }
    const variance = ((n * m) / 12) * (total + 1 - tieSum / (total * (total - 1)));
    return Math.sqrt(Math.max(variance, 0));
}
/** rankTest compares canary with production; `confidence` is two-sided (0.98 gives a 98% interval). */
function rankTest(canary, production, confidence) {
    const n = canary.total;
    const m = production.total;
    if (n === 0 || m === 0)
        return null;
    const u = uStatistic(canary, production);
    const sigma = uSigma(canary, production);
    const mean = (n * m) / 2;
    const z = sigma > 0 ? (u - mean - Math.sign(u - mean) * 0.5) / sigma : 0;
    const zc = normalQuantile(1 - (1 - confidence) / 2);
    const spread = canary.values[canary.values.length - 1] - production.values[0];
    const floor = canary.values[0] - production.values[production.values.length - 1];
    // The shift where U(c − Δ) first drops to `target`: U is a non-increasing step function of Δ.
    const shiftWhere = (target) => {
        let lo = floor - 1;
        let hi = spread + 1;
        for (let k = 0; k < 80 && hi - lo > 1e-9 * Math.max(1, Math.abs(hi)); k++) {
            const mid = (lo + hi) / 2;
            if (uStatistic(canary, production, mid) > target)
                lo = mid;
            else
                hi = mid;
        }
        return (lo + hi) / 2;
    };
    return {
        u,
        z,
        pGreater: 1 - normalCdf(z),
        shift: shiftWhere(mean),
        low: shiftWhere(mean + zc * sigma),
        high: shiftWhere(mean - zc * sigma),
    };
}
/** normalCdf Φ(x), by the complementary error function (Numerical Recipes erfc, |error| < 1.2e-7). */
function normalCdf(x) {
    const z = Math.abs(x) / Math.SQRT2;
    const t = 1 / (1 + 0.5 * z);
    const erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}
/** normalQuantile Φ⁻¹(p), Acklam's rational approximation refined by one Halley step (|error| < 1e-9). */
function normalQuantile(p) {
    if (p <= 0)
        return -Infinity;
    if (p >= 1)
        return Infinity;
    const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
    const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
    const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
    const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
    const low = 0.02425;
    let x;
    if (p < low) {
        const q = Math.sqrt(-2 * Math.log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    else if (p <= 1 - low) {
        const q = p - 0.5;
        const r = q * q;
        x = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    else {
        const q = Math.sqrt(-2 * Math.log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const e = normalCdf(x) - p;
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    return x - u / (1 + (x * u) / 2);
}


/***/ }),

/***/ 95669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ couldExplain),
/* harmony export */   M7: () => (/* binding */ readableBounds),
/* harmony export */   d4: () => (/* binding */ quantileOfMetric),
/* harmony export */   gI: () => (/* binding */ combineShares),
/* harmony export */   o6: () => (/* binding */ lowestQuantile)
/* harmony export */ });
// Could the generator's own delay alone have pushed a latency figure past its limit? Judged from
// the run's latency histogram and s(b), the share of responses the generator delayed by more than
// b (engine/delay-bound.ts), so a verdict is held only when the distortion could change it.
//
// If the true q-quantile were within the limit, at most (1 − q)·n requests would truly take longer
// than it, and at most s(b)·n more could be pushed beyond limit + b by a delay over b. So when, for
// some b, more than (1 − q + s(b))·n requests took longer than limit + b, the breach is the
// service's; otherwise the generator could explain it. Added delay only ever raises latencies, so
// this never turns a measured pass into a false one. Pure.
/**
 * combineShares: s(b) of two delays added together (a request sent late by the generator's pacing,
 * then read late by its stalled loop), on the grid they share. A total over b needs one part over
 * b1 or the other over b2 for any b1 + b2 ≤ b, so s(b) ≤ min over such splits of late(b1) + loop(b2).
 */
function combineShares(loop, late) {
    if (late.length === 0)
        return loop.map(([b, s]) => [b, s]);
    return loop.map(([b]) => {
        let best = 1;
        for (const [b1, s1] of late)
            for (const [b2, s2] of loop)
                if (b1 + b2 <= b + 1e-9)
                    best = Math.min(best, s1 + s2);
        return [b, Math.min(1, best)];
    });
}
/** READ_SHARES: the share each readable bound is read at: p95's is the delay at most 5% of responses exceeded. */
const READ_SHARES = { p50: 0.5, p90: 0.1, p95: 0.05, p99: 0.01, p999: 0.001 };
/**
 * readableBounds: per percentile, the smallest b of the grid that at most its share of responses
 * waited longer than (95% waited no longer than p95). For reading only: a percentile can move by
 * more than this, because the few delayed responses push others across it; couldExplain decides.
 */
function readableBounds(shares) {
    const read = (share) => shares.find(([, s]) => s <= share)?.[0] ?? shares.at(-1)?.[0] ?? 0;
    return { p50: read(READ_SHARES.p50), p90: read(READ_SHARES.p90), p95: read(READ_SHARES.p95), p99: read(READ_SHARES.p99), p999: read(READ_SHARES.p999) };
}
function couldExplain(shares, q, n, limitMs, countAboveMs) {
    if (n === 0 || shares.length === 0)
        return false;
    for (const [b, share] of shares)
        if (countAboveMs(limitMs + b) > (1 - q + share) * n)
            return false;
    return true;
}
/**
 * lowestQuantile: the lowest the true q-quantile could be, were the generator's delay taken away:
 * the smallest value couldExplain still allows, found by bisection between 0 and the measured
 * value (couldExplain only grows with the limit). With no delay, the measured value itself.
 */
function lowestQuantile(shares, q, n, measuredMs, countAboveMs) {
    if (n === 0 || shares.length === 0 || !(measuredMs > 0))
        return measuredMs;
    let low = 0;
    let high = measuredMs;
    if (couldExplain(shares, q, n, 0, countAboveMs))
        return 0;
    // 0 is not allowed, measuredMs is (nothing above it beyond the share): bisect to a hundredth of a percent.
    while (high - low > Math.max(0.001, measuredMs * 1e-4)) {
        const mid = (low + high) / 2;
        if (couldExplain(shares, q, n, mid, countAboveMs))
            high = mid;
        else
            low = mid;
    }
    return high;
}
/** quantileOfMetric: the quantile (0–1) a latency metric names: p95 → 0.95, p999 → 0.999. */
function quantileOfMetric(metric) {
    return metric === 'p999' ? 0.999 : Number(metric.slice(1)) / 100;
}


/***/ }),

/***/ 43679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ evidenceFor),
/* harmony export */   z: () => (/* binding */ latencyCounter)
/* harmony export */ });
/* harmony import */ var _metrics_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85835);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4435);
// Evidence behind a failed check, for judging small samples: how many of n requests were beyond
// the threshold. Read from the histograms, so a merged or re-read run gives the same answer.


function evidenceFor(metrics, check) {
    if (check.metric === 'error_rate')
        return { n: metrics.requests, k: metrics.errors };
    if (check.metric === 'checks') {
        const { passed, total } = (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkOutcomes */ .iX)(metrics);
        return { n: total, k: total - passed };
    }
    if (check.unit !== 'ms')
        return null;
    return { n: metrics.requests, k: (0,_metrics_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .countAboveMs */ .Tv)((0,_metrics_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeHistogram */ .pr)(metrics.histograms.latency), check.threshold) };
}
/** latencyCounter: counts a check's scope's latencies above a value, decoding each scope's histogram once. */
function latencyCounter(metricsOf) {
    const decoded = new Map();
    return (check, ms) => {
        const metrics = metricsOf(check);
        if (!decoded.has(metrics))
            decoded.set(metrics, (0,_metrics_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeHistogram */ .pr)(metrics.histograms.latency));
        return (0,_metrics_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .countAboveMs */ .Tv)(decoded.get(metrics), ms);
    };
}


/***/ }),

/***/ 26697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ everyRequestFailed)
/* harmony export */ });
// "Every request failed" is a verdict of its own, whatever the thresholds say: fast 404s make the
// latency look good, and a config may judge no error rate at all. Pure, from metrics to the scopes
// (the whole run, or an endpoint) none of whose measured requests succeeded.
/** everyRequestFailed: the whole run if none of its requests succeeded, else each endpoint none of whose did. */
function everyRequestFailed(overall, endpoints) {
    const dead = (m) => m.requests > 0 && m.errors >= m.requests;
    if (dead(overall))
        return [{ endpoint: null, requests: overall.requests, what: breakdown(overall) }];
    // With one endpoint it is the whole run, already covered above.
    return endpoints.length > 1 ? endpoints.filter(dead).map((m) => ({ endpoint: m.name, requests: m.requests, what: breakdown(m) })) : [];
}
/**
 * breakdown names what the requests got, most frequent first: every status a response had (all of
 * them failed, so each is a failing one, an unexpected 200 included) and the codes of requests
 * that got no response.
 */
function breakdown(m) {
    const parts = [];
    for (const [status, n] of Object.entries(m.statusCodes))
        parts.push([`HTTP ${status}`, n]);
    for (const [code, n] of Object.entries(m.errorCodes))
        if (!code.startsWith('http_') && code !== 'unexpected_status')
            parts.push([code, n ?? 0]);
    return parts
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([what, n]) => `${what} ×${n.toLocaleString('en-US')}`)
        .join(', ');
}


/***/ }),

/***/ 46616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S4: () => (/* binding */ judge),
  aS: () => (/* binding */ withComparison)
});

// UNUSED EXPORTS: MIN_FAILED_TO_CONDEMN_ENDPOINT

// EXTERNAL MODULE: ./src/config/units.ts
var units = __webpack_require__(34529);
// EXTERNAL MODULE: ./src/slo/checks.ts
var checks = __webpack_require__(4435);
// EXTERNAL MODULE: ./src/slo/distortion.ts
var distortion = __webpack_require__(95669);
// EXTERNAL MODULE: ./src/slo/generator.ts
var generator = __webpack_require__(10225);
;// CONCATENATED MODULE: ./src/slo/significance.ts
// When few requests completed, a threshold is judged broken only if the data rule out chance: a
// one-sided binomial test. If the true p95 were at the threshold, each request would exceed it with
// probability 5%; seeing k of n above it is then unlikely beyond 95% confidence only for large k.
/** SIGNIFICANCE is the false-alarm rate accepted when judging small samples. */
const SIGNIFICANCE = 0.05;
/** binomialTail is P(X ≥ k) for X ~ Binomial(n, p), summed in log space to stay exact for large n. */
function binomialTail(k, n, p) {
    if (k <= 0)
        return 1;
    if (k > n)
        return 0;
    if (p <= 0)
        return 0;
    if (p >= 1)
        return 1;
    const logP = Math.log(p);
    const logQ = Math.log1p(-p);
    let total = 0;
    for (let i = k; i <= n; i++) {
        const term = logChoose(n, i) + i * logP + (n - i) * logQ;
        total += Math.exp(term);
    }
    return Math.min(1, total);
}
/** clearlyAbove: k of n events is significantly more than a rate of p allows. */
function clearlyAbove(k, n, p) {
    return binomialTail(k, n, p) < SIGNIFICANCE;
}
function logChoose(n, k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
const cache = [0, 0];
function logFactorial(n) {
    for (let i = cache.length; i <= n; i++)
        cache[i] = cache[i - 1] + Math.log(i);
    return cache[n];
}

;// CONCATENATED MODULE: ./src/slo/verdict.ts
// From checks to a verdict: pass, fail or inconclusive, with the reasons. The rules, in order:
//   1. fail when every measured request failed (the whole run, or an endpoint with enough of them),
//      whatever the thresholds say: a dead service never passes;
//   2. fail when a threshold is broken and the breach can be trusted;
//   3. inconclusive when a breach cannot be trusted, a threshold had no data to judge, or the run
//      could not show a pass (too few requests, the generator fell short, the run was interrupted,
//      requests were left unanswered at the end);
//   4. pass otherwise.
// A breach is not trusted when the generator could have caused it, judged by its effect: a latency
// breach only when the delay the generator itself added (findings.addedDelayMs, time-weighted: see
// engine/delay-bound.ts) could bring the figure back within its threshold; a throughput breach when the generator fell short or its CPU
// was saturated. Or when so few requests completed that chance could explain it. Added delay only
// ever raises latencies, so it can never turn a measured pass into a false one.





/** MIN_FAILED_TO_CONDEMN_ENDPOINT: an endpoint with fewer requests than this, all failed, is too small to fail the run on its own. */
const MIN_FAILED_TO_CONDEMN_ENDPOINT = 5;
function judge(input) {
    const failed = input.checks.filter((c) => !c.passed);
    const tooFew = input.measuredRequests < input.minRequests;
    const trusted = [];
    const untrusted = [];
    for (const check of failed)
        (whyUntrusted(check, input, tooFew) === null ? trusted : untrusted).push(check);
    const confident = input.decision === 'confident';
    const close = input.checks.filter((c) => c.closeCall && !c.noData);
    const notes = confident || input.provisional ? [] : close.map((c) => `${closeWords(c)}: decided on the measured value (decision: point; decision: confident would hold it)`);
    const dead = (input.allFailed ?? []).filter((s) => s.endpoint === null || s.requests >= MIN_FAILED_TO_CONDEMN_ENDPOINT);
    const barelyTried = (input.allFailed ?? []).filter((s) => !dead.includes(s));
    const distortion = untrusted.filter((c) => byDelay(c, input)).map((c) => `${c.message}, but ${delayWords(input.generator)}`);
    const cautions = [];
    if (input.stoppedBy === 'interrupted')
        cautions.push(`the run was interrupted after ${input.coverage}`);
    // Abort-on-fail stopped the run on a projection the final numbers no longer show: a shortened run is not a pass.
    if (input.stoppedBy === 'aborted')
        cautions.push(`the run was aborted early after ${input.coverage}${input.abortReason ? `: ${input.abortReason}` : ''}`);
    if (input.unanswered) {
        cautions.push(`${input.unanswered.toLocaleString('en-US')} request${input.unanswered === 1 ? ' was' : 's were'} still unanswered ${(input.drainSeconds ?? 0).toFixed(1)}s after the load stopped; their latency and outcome are unknown`);
    }
    if (tooFew)
        cautions.push(`too few requests completed to judge: ${input.measuredRequests.toLocaleString('en-US')} measured, at least ${input.minRequests.toLocaleString('en-US')} needed (min_requests)`);
    cautions.push(...input.generator.shortfall);
    if (confident)
        cautions.push(...close.filter((c) => c.passed).map((c) => `${closeWords(c)}: not yet clear of its limit (decision: confident)`));
    cautions.push(...barelyTried.map((s) => `all ${s.requests} measured requests to ${s.endpoint} failed (${s.what}), too few to judge the endpoint by`));
    // A dead scope's own error-rate breach says the same thing less well: the dead violation takes its place (and its limit).
    const sameErrorCheck = (s) => trusted.find((c) => c.metric === 'error_rate' && c.endpoint === s.endpoint);
    const violations = [...dead.map((s) => deadViolation(s, sameErrorCheck(s))), ...trusted.filter((c) => !dead.some((s) => sameErrorCheck(s) === c)).map(toViolation)];
    const delay = delayNote(input.checks, input);
    if (violations.length > 0) {
        const reasons = [...(input.abortReason ? [`aborted early: ${input.abortReason}`] : []), ...violations.map((v) => v.message)];
        return { verdict: 'fail', reasons, violations, untrusted: untrusted.map(toViolation), distortion, delayNote: delay, notes };
    }
    if (untrusted.length > 0 || cautions.length > 0) {
        const seen = untrusted.map((c) => `${c.message} (not held against the service: ${whyUntrusted(c, input, tooFew)})`);
        return { verdict: 'inconclusive', reasons: [...cautions, ...seen], violations: [], untrusted: untrusted.map(toViolation), distortion, delayNote: delay, notes };
    }
    const judged = input.checks.length;
    return {
        verdict: 'pass',
        reasons: [`all ${judged} SLO check${judged === 1 ? '' : 's'} met over ${input.measuredRequests.toLocaleString('en-US')} measured requests`],
        violations: [],
        untrusted: [],
        distortion,
        delayNote: delay,
        notes,
    };
}
/** closeWords: "P95 latency 251.1ms vs 250ms is too close to call (95% interval 238ms to 262ms)". */
function closeWords(check) {
    const label = check.message.replace(/ (exceeds threshold|within threshold|below threshold|meets minimum) .*/, '');
    const i = check.interval;
    return `${label} vs ${(0,checks/* formatValue */.Fl)(check.metric, check.threshold)} is too close to call (${Math.round(i.confidence * 100)}% interval ${(0,checks/* formatValue */.Fl)(check.metric, i.low)} to ${(0,checks/* formatValue */.Fl)(check.metric, i.high)})`;
}
function whyUntrusted(check, input, tooFew) {
    if (check.noData)
        return 'nothing was measured to judge it by';
    // The target's own CPU and memory were measured by the target's side: the generator cannot skew them.
    if (check.metric === 'cpu_percent' || check.metric === 'memory_percent')
        return null;
    if (byDelay(check, input))
        return delayWords(input.generator);
    if (input.decision === 'confident' && check.closeCall && check.interval)
        return `too close to call: its ${Math.round(check.interval.confidence * 100)}% interval ${(0,checks/* formatValue */.Fl)(check.metric, check.interval.low)} to ${(0,checks/* formatValue */.Fl)(check.metric, check.interval.high)} holds the limit (decision: confident)`;
    if (check.metric === 'throughput' && (input.generator.shortfall.length > 0 || input.generator.saturated))
        return `the generator could not deliver the load${input.generator.saturated ? ` (${input.generator.saturated})` : ''}`;
    if (check.metric === 'throughput' && input.stoppedBy === 'interrupted')
        return 'the run was interrupted';
    if (tooFew) {
        if (check.metric === 'throughput')
            return 'too few requests';
        const evidence = input.evidenceFor(check);
        const allowed = check.metric === 'error_rate' ? check.threshold / 100 : check.metric === 'checks' ? 1 - check.threshold / 100 : 1 - percentileOf(check.metric) / 100;
        if (!evidence || !clearlyAbove(evidence.k, evidence.n, allowed))
            return 'too few requests to rule out chance';
    }
    return null;
}
/**
 * byDelay: a latency breach the generator's own delay could explain (slo/distortion.ts), tested
 * against the latency histogram; a report without the delay grid falls back to its bound.
 */
function byDelay(check, input) {
    if (check.unit !== 'ms' || check.passed || check.noData)
        return false;
    const { delayShares, addedDelayMs } = input.generator;
    const n = input.evidenceFor(check)?.n;
    if (delayShares.length > 0 && input.countAboveMs && n !== undefined)
        return (0,distortion/* couldExplain */.D3)(delayShares, (0,distortion/* quantileOfMetric */.d4)(check.metric), n, check.threshold, (ms) => input.countAboveMs(check, ms));
    const bound = (0,generator/* delayFor */.D0)(addedDelayMs, check.metric);
    return bound > 0 && check.actual - bound <= check.threshold;
}
/** delayWords: what the generator did, as the reason a breach is not held against the service. */
function delayWords(generator) {
    const delayed = generator.delayShares.find(([b]) => b === 0)?.[1];
    const share = delayed === undefined ? 'its responses' : `${formatShare(delayed)} of responses`;
    return `the generator's own delay could explain it: it delayed ${share}, by up to ${(0,units/* formatMs */._V)(generator.addedDelayMs.p999)} for 1 in 1,000`;
}
function formatShare(share) {
    const percent = share * 100;
    return `${percent >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10}%`;
}
/**
 * delayNote says how much the generator added and whether that could decide the nearest latency
 * check: "the generator added at most 1.8ms to 95% of responses; P95 latency 21ms vs 250ms: decided".
 */
function delayNote(checks, input) {
    const latency = checks.filter((c) => c.unit === 'ms' && !c.noData);
    if (latency.length === 0)
        return null;
    const nearest = latency.reduce((a, b) => (Math.abs(b.actual - b.threshold) < Math.abs(a.actual - a.threshold) ? b : a));
    const label = nearest.message.replace(/ (exceeds|within) threshold .*/, '');
    const percent = nearest.metric === 'p999' ? '99.9' : nearest.metric.slice(1);
    return `the generator added at most ${(0,units/* formatMs */._V)((0,generator/* delayFor */.D0)(input.generator.addedDelayMs, nearest.metric))} to ${percent}% of responses; ${label} vs ${(0,units/* formatMs */._V)(nearest.threshold)}: ${byDelay(nearest, input) ? 'not decided' : 'decided'}`;
}
function percentileOf(metric) {
    return (0,distortion/* quantileOfMetric */.d4)(metric) * 100;
}
function toViolation(check) {
    return { metric: check.metric, endpoint: check.endpoint, actual: check.actual, threshold: check.threshold, message: check.message };
}
function deadViolation(scope, errorCheck) {
    const where = scope.endpoint === null ? '' : ` to ${scope.endpoint}`;
    return { metric: 'error_rate', endpoint: scope.endpoint, actual: 100, threshold: errorCheck?.threshold ?? 0, message: `every one of the ${scope.requests.toLocaleString('en-US')} measured requests${where} failed (${scope.what})` };
}
/** withComparison: a canary fails if its own SLOs or the comparison with production fail; it passes only if both pass. */
function withComparison(slo, comparison) {
    const compared = comparison.reasons.map((r) => `vs production: ${r}`);
    if (slo.verdict === 'fail' || comparison.verdict === 'fail') {
        return { ...slo, verdict: 'fail', reasons: [...(slo.verdict === 'fail' ? slo.reasons : []), ...(comparison.verdict === 'fail' ? compared : [])] };
    }
    if (slo.verdict === 'inconclusive' || comparison.verdict === 'inconclusive') {
        return { ...slo, verdict: 'inconclusive', reasons: [...(slo.verdict === 'inconclusive' ? slo.reasons : []), ...(comparison.verdict === 'inconclusive' ? compared : [])] };
    }
    return { ...slo, reasons: [...slo.reasons, ...compared] };
}


/***/ })

};
