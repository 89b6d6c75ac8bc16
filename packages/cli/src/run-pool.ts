/**
 * Runs `task` over `items` with at most `concurrency` tasks in flight and
 * resolves with the results in the order of `items` (not of completion), so
 * output stays deterministic.
 *
 * Tasks are expected to catch their own per-item failures (one bad file must
 * not stop the others). If a task rejects anyway, no new task starts, the
 * running ones finish, and the pool rejects with the first error.
 *
 * @example
 * ```ts
 * const sizes = await runPool(paths, 8, async (path) => (await readFile(path)).length);
 * ```
 */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`runPool: concurrency must be a positive integer, got ${concurrency}.`);
  }
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;

  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };

  const workers = Array.from({ length: Math.min(concurrency, items.length) }, worker);
  await Promise.all(workers);
  if (failure !== undefined) throw failure.error;
  return results;
}
