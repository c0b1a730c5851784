import { describe, expect, test } from '@jest/globals';
import { fileLimitProblem } from '../src/app/limits.js';
import { planFrom } from './helpers/plan.js';

const limits = (soft: number) => `Limit                     Soft Limit           Hard Limit           Units     \nMax cpu time              unlimited            unlimited            seconds   \nMax open files            ${soft}                 ${soft}                 files     \n`;
const target = { '--target': 'http://127.0.0.1:9' };

describe('fileLimitProblem', () => {
  test.each([
    ['10,000 users under a 1,024 limit', { '--concurrency': '10000' }, 1024, 'virtual users need about 10,064 open files, but this process may open 1,024 (ulimit -n): raise the limit (ulimit -Hn 10064) or lower --concurrency'],
    ['10,000 users under a 20,000 limit', { '--concurrency': '10000' }, 20_000, null],
    ['http_version 2: 10,000 users share 100 connections (100 streams each)', { '--concurrency': '10000', '--http-version': '2' }, 1024, null],
    ['http_version 2 with 5 streams per connection: 2,000 connections', { '--concurrency': '10000', '--http-version': '2', '--max-streams-per-connection': '5' }, 1024, 'virtual users need about 2,064 open files, but this process may open 1,024 (ulimit -n): raise the limit (ulimit -Hn 2064) or lower --concurrency'],
    ['auto may still meet HTTP/1.1: a socket each', { '--concurrency': '10000', '--http-version': 'auto' }, 1024, 'virtual users need about 10,064 open files, but this process may open 1,024 (ulimit -n): raise the limit (ulimit -Hn 10064) or lower --concurrency'],
    ['the open model counts requests in flight', { '--rate': '100', '--max-in-flight': '5000' }, 4096, 'up to 5,000 requests in flight need about 5,064 open files, but this process may open 4,096 (ulimit -n): raise the limit (ulimit -Hn 5064) or lower --max-in-flight'],
  ])('%s', (_, flags, soft, expected) => {
    const problem = fileLimitProblem(planFrom({ flags: { ...target, ...flags } }), limits(soft));
    expect(problem === null ? null : problem.replace(/^[\d,]+ /, '')).toBe(expected);
  });

  test('no limits file (not Linux): nothing to say', () => {
    expect(fileLimitProblem(planFrom({ flags: { ...target, '--concurrency': '10000' } }), null)).toBeNull();
  });
});
