// What one request came to, as plain data. Error codes are ours and stable, so reports and SLOs do
// not change when Node or undici rename an error.

export const ERROR_CODES = [
  'connect_refused',
  'connect_timeout',
  'dns',
  'timeout',
  'reset',
  'tls',
  'http_4xx',
  'http_5xx',
  'unexpected_status',
  'protocol',
  'h2_stream_reset',
  'h2_goaway',
  'h2_refused_stream',
  'check_failed',
  'capture_failed',
  'other',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * UNREACHED_CODES: failures of a request that never reached the service's code: no connection,
 * no name, no TLS, or a stream the server refused or left unprocessed. No trace of it can exist.
 */
export const UNREACHED_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['connect_refused', 'connect_timeout', 'dns', 'tls', 'h2_refused_stream', 'h2_goaway']);

export const ERROR_CODE_MEANING: Record<ErrorCode, string> = {
  connect_refused: 'connection refused: nothing listening on the port',
  connect_timeout: 'no TCP connection within the connect timeout',
  dns: 'the host name did not resolve',
  timeout: 'no complete response within the request timeout',
  reset: 'the connection was reset or closed mid-request',
  tls: 'the TLS handshake failed (certificate or protocol)',
  http_4xx: 'a 4xx status that was not expected',
  http_5xx: 'a 5xx status',
  unexpected_status: 'a status outside the endpoint\'s expected list',
  protocol: 'the response was not valid HTTP',
  h2_stream_reset: 'HTTP/2: the stream was reset (RST_STREAM) before its response ended; the reason names the code (PROTOCOL_ERROR also when the response broke HTTP/2\'s rules)',
  h2_goaway: 'HTTP/2: the server sent GOAWAY and did not finish this stream: a GOAWAY with an error code (shedding load; not retried), a graceful one again on the stream\'s one retry, or one that cut a stream it had already taken on',
  h2_refused_stream: 'HTTP/2: the server refused the stream (REFUSED_STREAM): not processed; counted, not retried',
  check_failed: "a flow step's response failed one of its checks (expect)",
  capture_failed: "a flow step's capture found nothing; the rest of that iteration was skipped",
  other: 'another client-side error',
};

export interface Outcome {
  /** endpoint is the index of the endpoint in the plan. */
  endpoint: number;
  /** intendedMs: when the request should have started, on the run clock; latency is measured from here. */
  intendedMs: number;
  /** startMs: when it was handed to the connection; service time is measured from here. */
  startMs: number;
  endMs: number;
  /** status is 0 when no response arrived. */
  status: number;
  bytes: number;
  error: ErrorCode | null;
  /** reason: for a 'protocol' error, the rule the response broke ("invalid chunk size"); for check_failed and capture_failed, which check or capture; for h2_stream_reset, the RST_STREAM code ("INTERNAL_ERROR"); else undefined. */
  reason?: string;
  /** trace: the bytes of a request that carried a traceparent, which hold its IDs until the slot sends again (client/trace-context.ts idsIn); read only for the requests a report keeps. */
  trace?: Buffer;
  /** measured: counted even inside the warm-up (a flow's on_start step, which runs as each user starts). */
  measured?: boolean;
}
