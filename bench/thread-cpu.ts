import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds of each thread of this process at one moment, by thread id. */
export type ThreadCpu = ReadonlyMap<number, number>;

/** CPU time between two readings, split between chosen threads and the rest of the process. */
export interface CpuSplit {
  /** CPU seconds of the whole process (every thread). */
  readonly cpuSeconds: number;
  /** Of those, the chosen threads' own. */
  readonly chosenCpuSeconds: number;
  /** Of those, the other threads' (V8's concurrent compiler and GC helpers, libuv), leaving out the main thread when it is not chosen. */
  readonly otherCpuSeconds: number;
}

/** CPU seconds (user + system) of each thread of this process, from /proc (Linux); null elsewhere. */
export function threadCpu(): ThreadCpu | null {
  try {
    const out = new Map<number, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
      } catch {
        continue;
      }
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * Splits the CPU time between two readings into the chosen threads' and the others'; with
 * `skipMain`, the main thread counts in neither part (it only waited for worker threads).
 */
export function splitThreadCpu(before: ThreadCpu, after: ThreadCpu, chosen: ReadonlySet<number>, skipMain: boolean): CpuSplit {
  let all = 0;
  let mine = 0;
  let others = 0;
  for (const [tid, cpu] of after) {
    const used = cpu - (before.get(tid) ?? 0);
    all += used;
    if (chosen.has(tid)) mine += used;
    else if (!skipMain || tid !== process.pid) others += used;
  }
  return { cpuSeconds: all, chosenCpuSeconds: mine, otherCpuSeconds: others };
}
