// Can this process open the sockets the plan needs? Each virtual user (or open-model slot) holds a
// socket, and a run that hits the open-files limit would fill with EMFILE errors that say nothing
// about the service. Node raises the soft limit to the hard one at startup, so the limit read from
// /proc/self/limits inside the process is the real ceiling.

import type { Plan } from '../config/plan.js';
import { optionName } from '../config/vocabulary.js';

/** HEADROOM_FILES covers what else the process holds open: stdio, the report files, Node's own handles. */
const HEADROOM_FILES = 64;

/** fileLimitProblem explains why the plan cannot run under the given /proc/self/limits text, or returns null. */
export function fileLimitProblem(plan: Plan, limitsText: string | null): string | null {
  const line = limitsText?.split('\n').find((l) => l.startsWith('Max open files'));
  const soft = Number(line?.split(/\s{2,}/)[1]);
  if (!Number.isFinite(soft)) return null;
  const sockets = plan.load.model === 'closed' ? plan.load.peakUsers : plan.load.maxInFlight;
  // HTTP/2 asked for: users (or requests in flight) share connections, up to max_streams_per_connection
  // each. Under auto the server may still choose HTTP/1.1, so a socket each is what it may need.
  const connections = plan.http.version === '2' ? Math.ceil(sockets / plan.http.maxStreamsPerConnection) : sockets;
  const needed = connections + HEADROOM_FILES;
  if (needed <= soft) return null;
  const what = plan.load.model === 'closed' ? `${sockets.toLocaleString('en-US')} virtual users need` : `up to ${sockets.toLocaleString('en-US')} requests in flight need`;
  return `${what} about ${needed.toLocaleString('en-US')} open files, but this process may open ${soft.toLocaleString('en-US')} (ulimit -n): raise the limit (ulimit -Hn ${needed}) or lower ${optionName(plan.vocabulary, plan.load.model === 'closed' ? 'load_test.concurrency' : 'load_test.max_in_flight')}`;
}
