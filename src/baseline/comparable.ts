// Whether this run can be judged against its baseline at all. Latency and errors measured over
// different HTTP versions are not like for like: HTTP/2 carries many requests on a few
// connections, HTTP/1.1 one at a time on each, and each fails in its own ways. A baseline whose
// load went over another version than this run's is therefore not judged against: no rule is
// applied, and the reason names both versions and both ways out (http_version, or a new baseline).
// Where either side does not say (a Locust CSV, a results.json from before HTTP/2, a merge of
// shards that differed, a run on virtual connections) the comparison is made as before. Pure.

import type { HttpVersion } from '../client/protocol.js';
import { giveOption, type Vocabulary } from '../config/vocabulary.js';
import type { ArmProtocol } from '../report/model.js';

const NAME: Record<HttpVersion, string> = { '1.1': 'HTTP/1.1', '2': 'HTTP/2' };

/** unlikeProtocol: why this run cannot be judged against a baseline recorded over `baseline`, or null when it can. */
export function unlikeProtocol(baseline: Pick<ArmProtocol, 'version' | 'asked'> | null | undefined, run: Pick<ArmProtocol, 'version' | 'asked' | 'sharedVersion'> | null | undefined, vocabulary: Vocabulary): string | null {
  if (!baseline || !run || baseline.version === run.version) return null;
  // A canary held to HTTP/1.1 by a production without h2 cannot be loaded over HTTP/2: no setting compares it with this baseline.
  if (run.sharedVersion) return `the baseline's load went over ${NAME[baseline.version]} (http_version ${baseline.asked}) and this run's over ${NAME[run.version]}, because production does not offer h2 and a canary is loaded over the version both arms share: latency and errors over different HTTP versions are not like for like, so the regression rules were not applied; only a baseline recorded over ${NAME[run.version]} can be compared (${giveOption(vocabulary, 'load_test.http_version', '1.1')} where the baseline is recorded)`;
  // What loads the target as the baseline was loaded: 1.1; for HTTP/2 the baseline's own auto, unless this run asked for auto already.
  const value = baseline.version === '1.1' ? '1.1' : baseline.asked === 'auto' && run.asked !== 'auto' ? 'auto' : '2';
  return `the baseline's load went over ${NAME[baseline.version]} (http_version ${baseline.asked}) and this run's over ${NAME[run.version]} (http_version ${run.asked}): latency and errors over different HTTP versions are not like for like, so the regression rules were not applied; ${giveOption(vocabulary, 'load_test.http_version', value)} to compare with this baseline, or refresh the baseline with a run over ${NAME[run.version]}`;
}
