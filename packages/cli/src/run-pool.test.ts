import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runPool } from "./run-pool.js";

/** A task whose completion order is decided by the test, not by timers. */
function controlledTasks(count: number) {
  const releases: (() => void)[] = [];
  let running = 0;
  let maxRunning = 0;
  const started: number[] = [];
  const task = (item: number) =>
    new Promise<number>((resolve) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      started.push(item);
      releases[item] = () => {
        running--;
        resolve(item * 10);
      };
    });
  return { task, releases, started, maxRunning: () => maxRunning, count };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe("runPool", () => {
  it("keeps at most `concurrency` tasks running and returns results in input order", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 8 }),
        fc.infiniteStream(fc.nat()),
        async (count, concurrency, picks) => {
          const items = Array.from({ length: count }, (_, i) => i);
          const control = controlledTasks(count);
          const pool = runPool(items, concurrency, control.task);
          const pending = new Set(items);
          const order = picks[Symbol.iterator]();
          while (pending.size > 0) {
            await flush();
            const startedPending = control.started.filter((i) => pending.has(i));
            const pick = startedPending[(order.next().value as number) % startedPending.length];
            pending.delete(pick as number);
            control.releases[pick as number]?.();
          }
          expect(await pool).toEqual(items.map((i) => i * 10));
          expect(control.maxRunning()).toBeLessThanOrEqual(concurrency);
          if (count > 0) expect(control.maxRunning()).toBe(Math.min(concurrency, count));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("stops starting tasks after a failure and rejects with the first error", async () => {
    const started: number[] = [];
    const pool = runPool([0, 1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item);
      if (item === 1) throw new Error("boom 1");
      if (item === 2) throw new Error("boom 2");
      return item;
    });
    await expect(pool).rejects.toThrow("boom 1");
    expect(started.length).toBeLessThan(6);
  });

  it("rejects a concurrency that is not a positive integer", async () => {
    await expect(runPool([1], 0, async (x) => x)).rejects.toThrow(RangeError);
    await expect(runPool([1], 1.5, async (x) => x)).rejects.toThrow(RangeError);
  });
});
