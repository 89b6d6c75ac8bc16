import { Worker } from "node:worker_threads";
import type { WorkerScript } from "./worker-script.js";

/** What the main thread sends a worker. */
export type ToWorker =
  | { readonly type: "task"; readonly id: number; readonly item: unknown }
  | { readonly type: "abort" };

/** What a worker sends back. */
export type FromWorker =
  | { readonly type: "ready" }
  | { readonly type: "result"; readonly id: number; readonly result: unknown }
  | { readonly type: "error"; readonly id: number; readonly error: SerializedError }
  | { readonly type: "aborted" };

/** An exception thrown by a task in a worker, as it crosses the thread boundary. */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string | undefined;
}

/** Options of {@link runInWorkers}. */
export interface WorkerPoolOptions<T, R> {
  /** The worker's entry module (see `batchWorkerScript`). */
  readonly script: WorkerScript;
  /** Sent to every worker as `workerData` (structured-cloned): what the task is. */
  readonly workerData: unknown;
  /** How many worker threads run at once (at least 1). */
  readonly threads: number;
  /**
   * How many items one worker holds at once, so that its file reads and
   * writes overlap with its CPU work. The most items in flight, and so in
   * memory, is `threads × perThread`.
   */
  readonly perThread: number;
  /**
   * The result for an item whose worker died while working on it alone (out
   * of memory, a native crash): the item is reported, the others go on.
   */
  onCrash(item: T, index: number, reason: string): R;
  /** Called once per finished item, in completion order (a progress bar). */
  onResult?(index: number): void;
  /**
   * The same task as a function, to run on the calling thread too, beside
   * the workers: it starts at once, while the workers are still loading,
   * so a batch is never slower for using workers. Never given suspect items
   * (an item that killed a worker could kill the process).
   */
  readonly local?: {
    run(item: T, index: number): Promise<R>;
    /** How many items the calling thread holds at once. */
    readonly concurrency: number;
  };
}

/** The pools running now, so that a signal handler can stop them (see {@link abortWorkers}). */
const running = new Set<() => Promise<void>>();

/**
 * Runs every item through a task in worker threads (and, with `local`, on
 * the calling thread too) and resolves with the results in the order of
 * `items` (not of completion), like `runPool` does on one thread.
 *
 * Items are handed out a few at a time (`perThread` per worker), never all
 * at once, so a batch of a million paths keeps only `threads × perThread`
 * files in flight. When a worker dies, the items it held are run again one
 * at a time on a fresh worker, so only the item that kills a worker on its
 * own is reported (through `onCrash`) and every other item still gets its
 * result. A task that throws rejects the whole run with that error (as
 * `runPool` does), after the other workers finish what they hold; a worker
 * that cannot start rejects it with a sentence that says so.
 *
 * @example
 * ```ts
 * const reports = await runInWorkers(inputs, {
 *   script: batchWorkerScript(),
 *   workerData: { kind: "check", lint: false, strict: false, rules: {}, cwd },
 *   threads: 4,
 *   perThread: 4,
 *   onCrash: (input, _index, reason) => crashedReport(input, reason),
 * });
 * ```
 */
export function runInWorkers<T, R>(
  items: readonly T[],
  options: WorkerPoolOptions<T, R>,
): Promise<R[]> {
  const { threads, perThread } = options;
  if (!Number.isInteger(threads) || threads < 1) {
    throw new RangeError(`runInWorkers: threads must be a positive integer, got ${threads}.`);
  }
  if (!Number.isInteger(perThread) || perThread < 1) {
    throw new RangeError(`runInWorkers: perThread must be a positive integer, got ${perThread}.`);
  }
  const results = new Array<R>(items.length);
  if (items.length === 0) return Promise.resolve(results);

  return new Promise<R[]>((resolvePool, rejectPool) => {
    interface Slot {
      readonly worker: Worker;
      /** Task id → item index. */
      readonly inFlight: Map<number, number>;
      /** Runs one suspect item at a time: its last worker died holding it with others. */
      solo: boolean;
      ready: boolean;
      reason: string | undefined;
    }
    const slots = new Set<Slot>();
    /** Items a dead worker held with others: each is run again alone. */
    const suspects: number[] = [];
    let next = 0;
    let finished = 0;
    let taskId = 0;
    let failure: { error: unknown } | undefined;
    let settled = false;
    /** Items the calling thread is working on. */
    let localInFlight = 0;

    const settle = (error?: { error: unknown }) => {
      if (settled) return;
      settled = true;
      running.delete(abort);
      for (const slot of slots) void slot.worker.terminate();
      slots.clear();
      if (error) rejectPool(error.error);
      else resolvePool(results);
    };

    const fail = (error: unknown) => {
      failure ??= { error };
      // Let the other workers finish what they hold (their writes are atomic
      // either way), then stop.
      if (localInFlight === 0 && [...slots].every((slot) => slot.inFlight.size === 0)) {
        settle(failure);
      }
    };

    const dispatch = (slot: Slot) => {
      if (failure !== undefined || settled || !slot.ready) return;
      if (slot.solo) {
        if (slot.inFlight.size > 0) return;
        const index = suspects.shift();
        if (index !== undefined) return send(slot, index);
        slot.solo = false;
      }
      while (slot.inFlight.size < perThread && next < items.length) send(slot, next++);
    };

    const send = (slot: Slot, index: number) => {
      const id = taskId++;
      slot.inFlight.set(id, index);
      slot.worker.postMessage({ type: "task", id, item: items[index] } satisfies ToWorker);
    };

    const complete = (index: number, result: R) => {
      results[index] = result;
      finished++;
      options.onResult?.(index);
      if (finished === items.length) settle();
    };

    const start = (solo: boolean) => {
      const worker = new Worker(options.script.url, {
        ...(options.script.eval ? { eval: true } : {}),
        execArgv: [...options.script.execArgv],
        workerData: { task: options.workerData, ...options.script.workerData },
        // The worker's output is not the CLI's: nothing it prints may reach
        // the report, and a crash is reported as a problem instead.
        stdout: true,
        stderr: true,
      });
      worker.stdout.resume();
      worker.stderr.resume();
      const slot: Slot = { worker, inFlight: new Map(), solo, ready: false, reason: undefined };
      slots.add(slot);
      worker.on("message", (message: FromWorker) => {
        if (message.type === "ready") {
          slot.ready = true;
          dispatch(slot);
          return;
        }
        if (message.type === "aborted") return;
        const index = slot.inFlight.get(message.id);
        if (index === undefined) return;
        slot.inFlight.delete(message.id);
        if (message.type === "result") complete(index, message.result as R);
        else failure ??= { error: deserializeError(message.error) };
        if (failure !== undefined) fail(failure.error);
        else dispatch(slot);
      });
      worker.on("error", (error) => {
        slot.reason = error instanceof Error ? error.message : String(error);
      });
      worker.on("exit", (code) => {
        if (!slots.delete(slot) || settled) return;
        const reason = slot.reason ?? `the worker thread exited with code ${code}`;
        if (!slot.ready) {
          return settle({
            error: new Error(
              `newsdoc could not start a worker thread: ${reason}. Run again with --jobs 1 to work on one thread.`,
            ),
          });
        }
        const held = [...slot.inFlight.values()];
        if (held.length === 1 && slot.solo) {
          const index = held[0] as number;
          complete(index, options.onCrash(items[index] as T, index, reason));
        } else {
          suspects.push(...held.sort((a, b) => a - b));
        }
        if (failure !== undefined) return fail(failure.error);
        if (!settled && (suspects.length > 0 || next < items.length)) start(suspects.length > 0);
      });
    };

    const abort = async () => {
      failure ??= { error: new Error("The batch was interrupted.") }; // no new items
      await Promise.all(
        [...slots].map(
          (slot) =>
            new Promise<void>((resolveSlot) => {
              const done = () => resolveSlot();
              slot.worker.once("exit", done);
              slot.worker.on("message", (message: FromWorker) => {
                if (message.type === "aborted") done();
              });
              slot.worker.postMessage({ type: "abort" } satisfies ToWorker);
            }),
        ),
      );
      // Not a failure to report: the process is exiting (see cli.ts), so the
      // batch's promise is left pending instead of printing an error.
      settled = true;
      running.delete(abort);
      for (const slot of slots) void slot.worker.terminate();
      slots.clear();
    };
    running.add(abort);

    const runLocal = async (local: NonNullable<WorkerPoolOptions<T, R>["local"]>) => {
      while (failure === undefined && !settled && next < items.length) {
        const index = next++;
        localInFlight++;
        try {
          const result = await local.run(items[index] as T, index);
          localInFlight--;
          complete(index, result);
        } catch (error) {
          localInFlight--;
          failure ??= { error };
        }
        if (failure !== undefined) return fail(failure.error);
      }
    };

    const count = Math.min(threads, Math.ceil(items.length / perThread));
    for (let i = 0; i < count; i++) start(false);
    if (options.local !== undefined) {
      for (let i = 0; i < options.local.concurrency; i++) void runLocal(options.local);
    }
  });
}

/**
 * Stops every worker pool that is running: no new items are handed out, and
 * each worker stops its writes in progress and removes their temporary
 * files (as `abortWrites` does on the main thread) before it is terminated.
 * The pools' promises are left pending: this is for the CLI's signal
 * handler, which exits next.
 */
export async function abortWorkers(): Promise<void> {
  await Promise.all([...running].map((abort) => abort()));
}

/** An exception as it crosses from a worker to the main thread. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    return { name: error.name, message: error.message, stack: error.stack };
  }
  return { name: "Error", message: String(error) };
}

function deserializeError(error: SerializedError): Error {
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack !== undefined) rebuilt.stack = error.stack;
  return rebuilt;
}
