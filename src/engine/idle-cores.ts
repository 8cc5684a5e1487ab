import { availableParallelism, cpus, loadavg } from "node:os";

export interface CpuSample {
  /** Idle time of every core of the machine, summed (ms). */
  idleMs: number;
  /** CPU time of this process, all its threads (ms). */
  ownMs: number;
  /** When it was read, in milliseconds (process.hrtime: `performance` would load perf_hooks, ~1 ms). */
  at: number;
}

export function sampleCpu(): CpuSample {
  let idleMs = 0;
  for (const cpu of cpus()) idleMs += cpu.times.idle;
  const own = process.cpuUsage();
  return {
    idleMs,
    ownMs: (own.user + own.system) / 1000,
    at: Number(process.hrtime.bigint()) / 1e6,
  };
}

// Read when wps-report starts. By the time it parses, the CPU time since
// then says how busy the cores are now; the load average is a one-minute
// mean and still counts a build that has just finished.
const atStart = sampleCpu();

/** The kernel counts idle time in 10 ms ticks: a shorter window says little. */
const MIN_WINDOW_MS = 200;

/**
 * Cores this process could use beside its main thread: those that other
 * programs did not keep busy since `since`, never more than it may use (a
 * container's quota, an affinity mask). This process's own threads (file
 * reads, garbage collection, compilation) count as its own, not as others'.
 * When the machine has more cores than the process may use, what other
 * programs do on them says nothing about its share, so all it may use
 * count.
 */
export function spareCores(
  now: CpuSample = sampleCpu(),
  since: CpuSample = atStart,
  machineCores: number = cpus().length,
  usable: number = availableParallelism(),
): number {
  const allowed = usable - 1;
  const window = now.at - since.at;
  let others: number;
  if (machineCores > usable) others = 0;
  else if (window >= MIN_WINDOW_MS) {
    const busy =
      machineCores * window -
      (now.idleMs - since.idleMs) -
      (now.ownMs - since.ownMs);
    others = Math.max(0, busy / window);
  } else others = Math.max(0, (loadavg()[0] ?? 0) - 1);
  return Math.max(0, Math.min(allowed, Math.round(allowed - others)));
}
