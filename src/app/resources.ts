// Sampling the target's resources beside the load: every source that can be read now is read at
// once and then every interval; sources that answer for a window (Prometheus) are asked once the
// load is over. A source that fails is reported once and not asked again; the run goes on.

import type { ResourceSource, SampledReading } from '../ports/resources.js';

export type { SampledReading } from '../ports/resources.js';

export interface Sampled {
  readings: SampledReading[];
  /** errors: one line per source that could not be read, for a warning and the report. */
  errors: string[];
}

export interface Sampling {
  stop: (endEpochMs: number) => Promise<Sampled>;
}

export function startSampling(sources: readonly ResourceSource[], intervalMs: number, startEpochMs: number, now: () => number = Date.now): Sampling {
  const readings: SampledReading[] = [];
  const errors: string[] = [];
  const failed = new Set<ResourceSource>();
  const pending = new Set<Promise<void>>();
  const fail = (source: ResourceSource, error: unknown) => {
    failed.add(source);
    errors.push(`${source.label}: ${(error as Error).message}`);
  };
  const sampleAll = () => {
    const t = Math.round((now() - startEpochMs) / 100) / 10;
    for (const source of sources) {
      if (!source.read || failed.has(source)) continue;
      const read = source
        .read()
        .then((found) => {
          for (const reading of found) readings.push({ ...reading, t, source: source.label });
        })
        .catch((error: unknown) => fail(source, error))
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
        if (!source.window) continue;
        try {
          const found = await source.window(startEpochMs, endEpochMs, Math.max(1, Math.round(intervalMs / 1000)));
          readings.push(...found.map((reading) => ({ ...reading, source: source.label })));
        } catch (error) {
          fail(source, error);
        }
      }
      return { readings: readings.sort((a, b) => a.t - b.t), errors };
    },
  };
}
