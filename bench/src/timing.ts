import { Bench } from "tinybench";

/** A function to time, by name. */
export interface Task {
  name: string;
  fn: () => unknown;
}

/** Mean time per call in microseconds, with its relative margin of error. */
export interface Timing {
  name: string;
  micros: number;
  rme: number;
  samples: number;
}

/**
 * Times tasks with tinybench (warm-up, then `timeMs` of samples each) and
 * returns the mean per call. Every task runs once first so a throwing task
 * fails the bench instead of being timed as an error.
 */
export async function timeTasks(
  tasks: readonly Task[],
  timeMs = 400,
): Promise<Map<string, Timing>> {
  const bench = new Bench({ time: timeMs, warmupTime: 100 });
  for (const task of tasks) {
    task.fn();
    bench.add(task.name, task.fn);
  }
  await bench.run();
  const out = new Map<string, Timing>();
  for (const task of bench.tasks) {
    const result = task.result;
    if (result.state !== "completed")
      throw new Error(`Task ${task.name} did not complete (${result.state}).`);
    out.set(task.name, {
      name: task.name,
      micros: result.latency.mean * 1000,
      rme: result.latency.rme,
      samples: result.latency.samplesCount ?? 0,
    });
  }
  return out;
}

/** Median wall time (µs) of `runs` calls, for inputs too large for many samples. */
export function timeMedian(fn: () => unknown, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push((performance.now() - t) * 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
