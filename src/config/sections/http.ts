// The HTTP section: which HTTP version the load goes over (http_version) and how many HTTP/2
// streams share a connection (max_streams_per_connection). Which version an arm actually used is
// known only at the pre-flight (over TLS the server chooses by ALPN); the plan holds what was asked.

import * as defaults from '../../defaults.js';
import type { HttpPlan } from '../plan.js';
import type { HttpVersionSetting } from '../schema.js';
import type { SettingsView } from './view.js';

/** resolveHttp: `targets` are the URLs the load goes to (the target, and production beside a canary). */
export function resolveHttp(view: SettingsView, targets: readonly string[]): HttpPlan {
  const version = view.get<HttpVersionSetting>('load_test.http_version') ?? defaults.DEFAULT_HTTP_VERSION;
  const maxStreamsPerConnection = view.get<number>('load_test.max_streams_per_connection') ?? defaults.DEFAULT_MAX_STREAMS_PER_CONNECTION;
  if (view.isSet('load_test.max_streams_per_connection')) {
    // A setting that cannot apply is said, never silently dropped.
    if (version === '1.1') view.notices.push('max_streams_per_connection is ignored: with http_version 1.1 a connection carries one request at a time');
    else if (version === 'auto' && targets.length > 0 && targets.every((t) => t.startsWith('http://'))) {
      view.notices.push('max_streams_per_connection is ignored: http_version auto loads an http:// target over HTTP/1.1 (set http_version 2 for HTTP/2 without TLS, h2c)');
    }
  }
  return { version, maxStreamsPerConnection };
}
