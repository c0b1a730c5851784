// Stalling this process's event loop on purpose, as a GC pause or a busy runner would: the load
// generator runs in this process, so these are the generator's own stalls.

/** blockFor holds the event loop for `ms` of synchronous work. */
export function blockFor(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** withStalls runs `work` while the event loop is held for `stallMs` every `everyMs`. */
export async function withStalls<T>(stallMs: number, everyMs: number, work: () => Promise<T>): Promise<T> {
  const stalls = setInterval(() => blockFor(stallMs), everyMs);
  try {
    return await work();
  } finally {
    clearInterval(stalls);
  }
}
