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

/** Median time per call (µs) and how many samples it is the median of. */
export interface CallTiming {
  micros: number;
  samples: number;
}

/**
 * Median time per call (µs) over at least `minSamples` samples and `minMs`
 * of sampling. A sample is a batch of calls long enough (~2 ms) for the
 * clock to resolve it, so fast calls pay their share of garbage collection
 * and slow ones (a 9 MB render) are timed one by one.
 */
export function timePerCall(fn: () => unknown, minMs: number, minSamples: number): CallTiming {
  // Warm up (the JIT, the heap) for ~100 ms or 3 calls, whichever is longer.
  let start = performance.now();
  let calls = 0;
  while (calls < 3 || performance.now() - start < 100) {
    fn();
    calls++;
  }
  const once = Math.max((performance.now() - start) / calls, 0.0001);
  const batch = Math.max(1, Math.ceil(2 / once));
  const perCall: number[] = [];
  const until = performance.now() + minMs;
  while (perCall.length < minSamples || performance.now() < until) {
    start = performance.now();
    for (let i = 0; i < batch; i++) fn();
    perCall.push(((performance.now() - start) * 1000) / batch);
  }
  perCall.sort((a, b) => a - b);
  return { micros: perCall[Math.floor(perCall.length / 2)]!, samples: perCall.length };
}
