import { performance } from 'node:perf_hooks';

/** Wall-clock and CPU time since a stopwatch started, in seconds. */
export interface Elapsed {
  readonly seconds: number;
  /** CPU time of the process (user + system), which other programs on the machine do not inflate. */
  readonly cpuSeconds: number;
}

/** Starts a stopwatch; the returned function reads the time elapsed since. */
export function startStopwatch(): () => Elapsed {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { seconds: (performance.now() - wall) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
  };
}
