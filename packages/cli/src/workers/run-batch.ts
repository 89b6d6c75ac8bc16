import { CONCURRENCY } from "../commands/concurrency.js";
import { type CliFileSystem, nodeFileSystem } from "../io.js";
import type { Progress } from "../output/progress.js";
import { runPool } from "../run-pool.js";
import { type BatchItem, type BatchResult, type BatchTask, crashedResult } from "./batch-task.js";
import { runInWorkers } from "./worker-pool.js";
import { batchWorkerScript } from "./worker-script.js";

/**
 * A worker thread is started for every this many files, up to `--jobs` − 1
 * (the main thread works on files too): starting one (a fresh V8 isolate
 * loading the CLI) costs about as much CPU as checking a few hundred small
 * articles, so a small batch stays on the main thread, as Jest runs a few
 * test files in band.
 */
export const FILES_PER_THREAD = 64;

/** Options of {@link runBatch}. */
export interface BatchOptions<Task extends BatchTask> {
  /** `--jobs`: the most threads, the main thread included; 1 works on the main thread only. */
  readonly jobs: number;
  /** The file system the in-process path uses; a worker can use only the real one. */
  readonly fs: CliFileSystem;
  /** Ticked once per finished file. */
  readonly progress: Progress;
  /** The per-file work as data, for the workers. */
  readonly task: Task;
  /** The same per-file work as a function, for the main thread. */
  run(item: BatchItem<Task>): Promise<BatchResult<Task>>;
}

/**
 * How many worker threads a batch of `files` starts beside the main thread
 * (which works on files too): none for `--jobs 1`, for a file system other
 * than Node's (a test's, which a worker cannot call), or for fewer than
 * {@link FILES_PER_THREAD} files; else one per {@link FILES_PER_THREAD}
 * files beyond the first, so that `--jobs N` is N threads at most.
 */
export function threadsFor(jobs: number, files: number, fs: CliFileSystem): number {
  if (jobs <= 1 || fs !== nodeFileSystem) return 0;
  return Math.max(0, Math.min(jobs - 1, Math.floor(files / FILES_PER_THREAD) - 1));
}

/**
 * Runs a batch's per-file work over `items` and resolves with the results in
 * the order of `items`: on the main thread (`runPool`), or on the main
 * thread and worker threads together (`runInWorkers`), with the same
 * per-file function everywhere, so the outputs, the messages and their
 * order do not depend on `--jobs`.
 */
export function runBatch<Task extends BatchTask>(
  items: readonly BatchItem<Task>[],
  options: BatchOptions<Task>,
): Promise<BatchResult<Task>[]> {
  const { task, progress } = options;
  const threads = threadsFor(options.jobs, items.length, options.fs);
  if (threads === 0) {
    return runPool(items, CONCURRENCY, async (item) => {
      const result = await options.run(item);
      progress.tick();
      return result;
    });
  }
  return runInWorkers<BatchItem<Task>, BatchResult<Task>>(items, {
    script: batchWorkerScript(),
    workerData: task,
    threads,
    perThread: CONCURRENCY,
    onCrash: (item, _index, reason) => crashedResult(task, item, reason),
    onResult: () => progress.tick(),
    local: { run: (item) => options.run(item), concurrency: CONCURRENCY },
  });
}
