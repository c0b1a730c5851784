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

import { type Done, INTERRUPTED } from '../client/connection.js';
import type { ErrorCode } from '../client/outcome.js';
import type { PreparedRequest } from '../client/request.js';
import type { FlowsPlan, StepPlan } from '../config/plan.js';
import { capture, describeCapture } from '../flow/capture.js';
import { passes } from '../flow/check.js';
import { CookieJar } from '../flow/cookies.js';
import { InspectedResponse, type KeptResponse } from '../flow/response.js';
import { evaluateValues, sessionValues, type Value } from '../template/request.js';
import { CONNECT_ERROR_BACKOFF_MS } from '../defaults.js';
import type { TimerHandle } from './clock.js';
import { type After, type Channel, type EngineContext, type Sender, stamped } from './context.js';
import { type Random, between, seededRandom } from './random.js';

/** Session: one virtual user's state on one arm. */
class Session {
  /** user: what setup and on_start captured: it lasts as long as the user. */
  readonly user: Map<string, string>;
  /** iteration: the user's variables plus what this iteration's steps captured. */
  iteration: Map<string, string>;
  readonly jar: CookieJar;

  constructor(setup: ReadonlyMap<string, string>, host: string) {
    this.jar = new CookieJar(host);
    this.user = new Map(setup);
    this.iteration = new Map(this.user);
  }
}

/** StepResult: how one arm's response to a step went, beyond what was recorded. */
interface ArmResult {
  status: number;
  error: ErrorCode | null;
  /** why: for a failed capture or check, what was missing (setup's failure message). */
  why: string | null;
  /** reason: what the metrics record beside check_failed (the check's name) or capture_failed (what was missing). */
  reason: string | null;
  captureFailed: boolean;
}

/** SequenceEnd: how a run of steps ended: after every step, or cut at one (failure text for setup). */
export type SequenceEnd = { status: number; error: string | null; failure: string | null };

export class FlowSlot implements Sender {
  readonly connections: Channel[];
  private readonly sessions: Session[];
  private readonly dones: Done[];
  private readonly results: ArmResult[];
  private readonly startMs: number[];
  /** traces: each arm's trace IDs for the step in flight (undefined: not traced). */
  private readonly traces: Array<Buffer | undefined>;
  private readonly random: Random;
  /** started: on_start has run for this user (it runs again next iteration when it failed). */
  private started = false;
  /** userRows: the data rows on_start drew (the user's); iterationRows: those, and the ones this iteration drew. */
  private readonly userRows = new Map<number, readonly string[]>();
  private iterationRows = new Map<number, readonly string[]>();
  private steps: readonly StepPlan[] = [];
  private onStartSteps = 0;
  private index = 0;
  private intendedMs = 0;
  private pending = 0;
  private order = 0;
  private timer: TimerHandle | null = null;
  private cancelled = false;
  private readonly values: Value[] = [];
  private readonly armValues: Value[][];
  /** used: the values each arm's request was written from, for its path when its response is read. */
  private readonly used: Array<readonly Value[]>;
  private readonly scratch: Array<Map<PreparedRequest, PreparedRequest>>;

  /**
   * `setupVars`: each arm's captures from setup. `record` false runs unmeasured (setup itself);
   * `strict` ends the sequence at the first failure of any kind, with words for it (setup).
   */
  constructor(
    private readonly ctx: EngineContext,
    private readonly flows: FlowsPlan,
    private readonly after: After,
    setupVars: ReadonlyArray<ReadonlyMap<string, string>>,
    /** index: the user's number, for its own stream of think times. */
    index: number,
    private readonly record = true,
    private readonly strict = false,
    private readonly ended?: (end: SequenceEnd, sessions: ReadonlyArray<ReadonlyMap<string, string>>) => void,
  ) {
    this.connections = ctx.arms.map((arm) => ctx.connect(arm.origin, arm.sockets));
    this.sessions = ctx.arms.map((arm, a) => new Session(setupVars[a] ?? new Map(), arm.origin.host));
    this.results = ctx.arms.map(() => ({ status: 0, error: null, why: null, reason: null, captureFailed: false }));
    this.startMs = ctx.arms.map(() => 0);
    this.traces = ctx.arms.map(() => undefined);
    this.armValues = ctx.arms.map(() => []);
    this.used = ctx.arms.map(() => []);
    this.scratch = ctx.arms.map(() => new Map());
    this.random = seededRandom(ctx.load.seed, 0x5e5510 + index);
    this.dones = ctx.arms.map((_, a) => (status, bytes, error, reason, kept) => this.onResponse(a, status, bytes, error, reason, kept));
  }

  /** send starts an iteration: on_start first while the user has not started, then the flow picked with `u`. */
  send(u: number, order: number, intendedMs: number): void {
    const flow = this.flows.flows[this.ctx.picker.pick(u)];
    this.onStartSteps = this.started ? 0 : this.flows.onStart.length;
    this.steps = this.onStartSteps > 0 ? [...this.flows.onStart, ...flow.steps] : flow.steps;
    this.begin(order, intendedMs);
  }

  /** runSteps runs `steps` once as an iteration (setup). */
  runSteps(steps: readonly StepPlan[], intendedMs: number): void {
    this.steps = steps;
    this.onStartSteps = 0;
    this.begin(0, intendedMs);
  }

  /** cancel: the load is stopping: a user between steps ends its iteration now; a step in flight ends it when answered. */
  cancel(): void {
    this.cancelled = true;
    if (this.timer) {
      this.ctx.clock.clearTimeout(this.timer);
      this.timer = null;
      this.end({ status: INTERRUPTED, error: null, failure: null });
    }
  }

  private begin(order: number, intendedMs: number): void {
    this.cancelled = false;
    this.order = order;
    this.index = 0;
    // Captures and rows last one iteration; what setup and on_start captured or drew stays with the user.
    for (const session of this.sessions) session.iteration = new Map(session.user);
    this.iterationRows = new Map(this.userRows);
    this.sendStep(intendedMs);
  }

  private sendStep(intendedMs: number): void {
    const step = this.steps[this.index];
    const arms = this.ctx.arms;
    const render = this.ctx.render;
    this.intendedMs = intendedMs;
    this.pending = arms.length;
    // Random values and data rows are drawn once for the step: every arm gets the same ones. (Every
    // step's request is written per hit, templates or not: its cookies and captures are the user's.)
    const template = this.requestOf(0, step).template!;
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
        if (this.index < this.onStartSteps) this.userRows.set(f, row);
      }
      render.rows[f] = row;
    }
    render.session = this.sessions[0].iteration;
    const values = evaluateValues(template.endpoint, render, this.values);
    const first = Math.floor(this.order * arms.length);
    for (let k = 0; k < arms.length; k++) {
      const a = (first + k) % arms.length;
      const prepared = this.requestOf(a, step);
      const session = this.sessions[a];
      render.session = session.iteration;
      const armValues = a === 0 || prepared.template!.endpoint.perSession.length === 0 ? values : sessionValues(prepared.template!.endpoint, render, values, this.armValues[a]);
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
  private requestOf(a: number, step: StepPlan): PreparedRequest {
    const arm = this.ctx.arms[a];
    return step.endpoint >= 0 ? arm.requests[step.endpoint] : arm.setupRequests![this.flows.setup.indexOf(step)];
  }

  /** rendered: the step's request for arm `a`, written from the step's values and the arm's cookies, into the slot's own copy. */
  private rendered(a: number, prepared: PreparedRequest, step: StepPlan, values: readonly Value[], session: Session): PreparedRequest {
    let request = this.scratch[a].get(prepared);
    if (!request) this.scratch[a].set(prepared, (request = { ...prepared, keep: step.keep }));
    const template = prepared.template!;
    const cookie = session.jar.size > 0 ? session.jar.header(template.path(values), this.ctx.render.nowMs()) : null;
    request.bytes = template.render(values, cookie);
    return request;
  }

  private onResponse(a: number, status: number, bytes: number, error: ErrorCode | null, reason: string | undefined, kept: KeptResponse | undefined): void {
    const step = this.steps[this.index];
    const result = this.results[a];
    if (status >= 0) {
      const endMs = this.ctx.now();
      // An on_start step runs as each user starts, usually inside the warm-up: it is measured whenever it runs.
      const measuredFromMs = this.index < this.onStartSteps ? -Infinity : this.intendedMs;
      if (status > 0) error = this.inspect(a, step, status, endMs - this.intendedMs, error, kept, measuredFromMs);
      else if (this.record) {
        // No response is a failed check, every one: a check pass rate must not rise because requests timed out.
        for (let c = 0; c < step.request.checks.length; c++) this.ctx.arms[a].collector.recordCheck(step.endpoint, c, false, measuredFromMs);
      }
      if (this.record) {
        const collector = this.ctx.arms[a].collector;
        const why = error === 'check_failed' || error === 'capture_failed' ? (result.reason ?? undefined) : reason;
        collector.record({ endpoint: step.endpoint, intendedMs: this.intendedMs, startMs: this.startMs[a], endMs, status, bytes, error, reason: why, trace: this.traces[a], ...(measuredFromMs === -Infinity ? { measured: true } : {}) });
      }
      if (this.strict && error !== null && result.why === null) result.why = status === 0 ? `no response (${error})` : `HTTP ${status}${error === 'check_failed' || error === 'capture_failed' ? '' : ` (${error})`}`;
    }
    result.status = status;
    result.error = error;
    if (--this.pending > 0) return;
    this.stepDone(step);
  }

  /** inspect: the step's cookies, checks and captures on arm `a`'s response; the error it now has (the first cause wins). */
  private inspect(a: number, step: StepPlan, status: number, latencyMs: number, error: ErrorCode | null, kept: KeptResponse | undefined, measuredFromMs: number): ErrorCode | null {
    const session = this.sessions[a];
    const result = this.results[a];
    const response = new InspectedResponse(status, latencyMs, kept);
    const nowMs = this.ctx.render.nowMs();
    const path = this.requestOf(a, step).template!.path(this.used[a]);
    for (const setCookie of response.headers('set-cookie')) session.jar.take(setCookie, path, nowMs);
    const checks = step.request.checks;
    for (let c = 0; c < checks.length; c++) {
      const passed = passes(checks[c].test, response);
      if (this.record) this.ctx.arms[a].collector.recordCheck(step.endpoint, c, passed, measuredFromMs);
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
      const captured = capture(source, response, session.jar, path, nowMs);
      if (!captured.ok) {
        result.captureFailed = true;
        if (error === null) {
          error = 'capture_failed';
          result.reason = `${variable} from ${describeCapture(source)}: ${captured.why}`;
        }
        result.why ??= `capture ${variable} from ${describeCapture(source)} failed: ${captured.why}`;
        break;
      }
      session.iteration.set(variable, captured.value);
      if (this.index < this.onStartSteps || !this.record) session.user.set(variable, captured.value);
    }
    return error;
  }

  /** stepDone: every arm answered: on to the next step after its think time, or the iteration ends. */
  private stepDone(step: StepPlan): void {
    let status = 0;
    let error: string | null = null;
    let cut = false;
    let failure: string | null = null;
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
      if (r.status === 0 || r.captureFailed || (this.index < this.onStartSteps && r.error !== null)) cut = true;
      if (this.strict && r.error !== null) {
        cut = true;
        failure ??= `${this.ctx.arms.length > 1 ? `${a === 0 ? 'the canary' : 'production'}: ` : ''}${r.why ?? r.error}`;
      }
    }
    if (this.index < this.onStartSteps && !cut && this.index === this.onStartSteps - 1) this.started = true;
    const last = this.index === this.steps.length - 1;
    if (cut && this.index < this.onStartSteps && !this.cancelled && this.record) {
      // A user whose login failed waits a moment before trying again, rather than hammering the login.
      this.timer = this.ctx.clock.setTimeout(() => {
        this.timer = null;
        this.end({ status, error, failure: null });
      }, CONNECT_ERROR_BACKOFF_MS);
      return;
    }
    if (cut || this.cancelled) {
      this.end({ status, error, failure: failure && `step '${step.request.name}': ${failure}` });
      return;
    }
    const pause = step.thinkTime ? between(this.random, step.thinkTime.minMs, step.thinkTime.maxMs) : 0;
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
      if (last) this.end({ status, error, failure: null });
      else {
        this.index++;
        this.sendStep(intendedMs);
      }
    }, pause);
  }

  private end(end: SequenceEnd): void {
    this.ended?.(end, this.sessions.map((s) => s.user));
    this.after(this, end.status, end.error);
    this.ctx.settled();
  }
}
