// The target's resources while under load, from whichever source the user has: Docker, Kubernetes,
// Prometheus or a local process. A source is asked for samples every few seconds (or, like
// Prometheus, once for the whole window afterwards); what it cannot reach is one warning and an
// empty section, never a failed run.

export interface ResourceReading {
  /** name of what was measured: a container, a pod, a PID, "prometheus". */
  name: string;
  /** cpuPercent: 100 is one core fully busy. */
  cpuPercent: number | null;
  memoryBytes: number | null;
  memoryLimitBytes: number | null;
}

export interface TimedReading extends ResourceReading {
  /** t: seconds since the run started */
  t: number;
}

export interface ResourceSource {
  /** label for the report: "docker", "kubernetes app=backend in prod", "process 4242", … */
  label: string;
  /** read takes one sample of everything the source covers; absent for window-only sources. */
  read?: () => Promise<ResourceReading[]>;
  /** window reads the whole test window at once, afterwards (epoch milliseconds). */
  window?: (startMs: number, endMs: number, stepSeconds: number) => Promise<TimedReading[]>;
}

/** SampledReading: one reading, with the source it came from (the report's series are per source). */
export interface SampledReading extends TimedReading {
  source: string;
}
