import { availableParallelism, cpus, loadavg } from "node:os";

export interface IdleSample {
  /** Idle time of every core of the machine, summed (ms). */
  idleMs: number;
  /** When it was read (performance.now()). */
  at: number;
}

export function sampleIdle(): IdleSample {
  let idleMs = 0;
  for (const cpu of cpus()) idleMs += cpu.times.idle;
  return { idleMs, at: performance.now() };
}

// Read when wps-report starts. By the time it parses, the idle time since
// then says how busy the cores are now; the load average is a one-minute
// mean and still counts a build that has just finished.
const atStart = sampleIdle();

/** The kernel counts idle time in 10 ms ticks: a shorter window says little. */
const MIN_WINDOW_MS = 200;

/**
 * Cores this process could use beside the thread it runs on: idle ones,
 * never more than it may use (a container's quota, an affinity mask).
 * While the window was measured this process's own main thread was busy,
 * so it is not counted twice.
 */
export function spareCores(
  now: IdleSample = sampleIdle(),
  since: IdleSample = atStart,
): number {
  const allowed = availableParallelism() - 1;
  const window = now.at - since.at;
  const idle =
    window >= MIN_WINDOW_MS
      ? (now.idleMs - since.idleMs) / window
      : allowed - Math.max(0, (loadavg()[0] ?? 0) - 1);
  return Math.max(0, Math.min(allowed, Math.round(idle)));
}
