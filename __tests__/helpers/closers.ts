// Whatever a test starts (servers, routers, sockets) is closed after it, last started first, even
// when the test fails. Call closeAfterEach() once at the top of a test file.

import { afterEach } from '@jest/globals';
import { type TestServer, startServer } from './servers.js';

export function closeAfterEach(): { closers: Array<() => Promise<void>>; server: (...args: Parameters<typeof startServer>) => Promise<TestServer> } {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (closers.length) await closers.pop()!();
  });
  const server = async (...args: Parameters<typeof startServer>): Promise<TestServer> => {
    const s = await startServer(...args);
    closers.push(s.close);
    return s;
  };
  return { closers, server };
}
