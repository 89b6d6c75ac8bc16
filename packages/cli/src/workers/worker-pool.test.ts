import { describe, expect, it } from "vitest";
import { runInWorkers } from "./worker-pool.js";
import type { WorkerScript } from "./worker-script.js";

const script: WorkerScript = {
  url: new URL("./__fixtures__/echo-worker.mjs", import.meta.url),
  execArgv: [],
};

interface Echo {
  item: unknown;
  doubled: unknown;
  /** How many items the worker held when it answered. */
  held: number;
  task: unknown;
}

const run = (items: readonly unknown[], threads = 3, perThread = 2, task: unknown = "echo") =>
  runInWorkers<unknown, Echo | { crashed: unknown; reason: string }>(items, {
    script,
    workerData: task,
    threads,
    perThread,
    onCrash: (item, _index, reason) => ({ crashed: item, reason }),
  });

describe("runInWorkers", { timeout: 60_000 }, () => {
  it("returns the results in the order of the items, whatever order they finish in", async () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    const results = await run(["late", ...items]);
    expect(results.map((r) => ("doubled" in r ? r.doubled : r))).toEqual([
      "late",
      ...items.map((i) => i * 2),
    ]);
    expect(results.every((r) => "task" in r && r.task === "echo")).toBe(true);
  });

  it("never gives one worker more than perThread items at once", async () => {
    const results = await run(
      Array.from({ length: 30 }, (_, i) => i),
      2,
      3,
    );
    const held = results.map((r) => ("held" in r ? r.held : 0));
    expect(Math.max(...held)).toBeLessThanOrEqual(3);
    expect(Math.max(...held)).toBeGreaterThan(1);
  });

  it("reports only the item that kills a worker on its own; every other item gets its result", async () => {
    const items = [...Array.from({ length: 10 }, (_, i) => i), "crash", 10, 11, 12];
    const results = await run(items, 2, 4);
    expect(results).toHaveLength(items.length);
    expect(results[10]).toEqual({
      crashed: "crash",
      reason: "the worker thread exited with code 7",
    });
    const others = results.filter((_, i) => i !== 10);
    expect(others.map((r) => ("doubled" in r ? r.doubled : r))).toEqual(
      [...Array.from({ length: 10 }, (_, i) => i), 10, 11, 12].map((i) => i * 2),
    );
  });

  it("survives several crashing items", async () => {
    const items = ["crash", 1, "crash", 2, 3, "crash"];
    const results = await run(items, 2, 3);
    expect(results.map((r) => ("crashed" in r ? "x" : r.doubled))).toEqual([
      "x",
      2,
      "x",
      4,
      6,
      "x",
    ]);
  });

  it("rejects with the error a task threw, as runPool does", async () => {
    await expect(run([1, 2, "throw", 3, 4])).rejects.toThrow(
      expect.objectContaining({ name: "TypeError", message: "the task failed" }),
    );
  });

  it("rejects with a sentence when a worker cannot start", async () => {
    await expect(run([1, 2, 3], 2, 1, "never-ready")).rejects.toThrow(
      /^newsdoc could not start a worker thread: cannot load\. Run again with --jobs 1/,
    );
  });

  it("with local, the calling thread works on items too, in the same order of results", async () => {
    const items = Array.from({ length: 60 }, (_, i) => i);
    // After its first item, the calling thread waits for a worker's result,
    // so both must take part whatever the machine's speed.
    const local = new Set<number>();
    let workerAnswered: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      workerAnswered = resolve;
    });
    const results = await runInWorkers<number, { doubled: number; where: string }>(items, {
      script,
      workerData: "echo",
      threads: 1,
      perThread: 2,
      onCrash: () => ({ doubled: -1, where: "crash" }),
      onResult: (index) => {
        if (!local.has(index)) workerAnswered();
      },
      local: {
        concurrency: 2,
        run: async (item, index) => {
          local.add(index);
          if (local.size > 1) await gate;
          return { doubled: item * 2, where: "local" };
        },
      },
    });
    expect(results.map((r) => r.doubled)).toEqual(items.map((i) => i * 2));
    // The calling thread starts at once, while the worker is still loading.
    expect(results[0]?.where).toBe("local");
    expect(results.some((r) => r.where !== "local")).toBe(true);
  });

  it("rejects with the error a local task threw", async () => {
    await expect(
      runInWorkers([1, 2, 3, 4], {
        script,
        workerData: "echo",
        threads: 1,
        perThread: 1,
        onCrash: () => null,
        local: {
          concurrency: 1,
          run: async () => {
            throw new RangeError("local failure");
          },
        },
      }),
    ).rejects.toThrow("local failure");
  });

  it("resolves an empty batch without starting a worker", async () => {
    expect(
      await runInWorkers([], {
        script: { url: "throw new Error('started')", eval: true, execArgv: [] },
        workerData: null,
        threads: 2,
        perThread: 2,
        onCrash: () => null,
      }),
    ).toEqual([]);
  });

  it("refuses thread and perThread counts that are not positive integers", () => {
    const options = { script, workerData: null, onCrash: () => null };
    expect(() => runInWorkers([1], { ...options, threads: 0, perThread: 1 })).toThrow(RangeError);
    expect(() => runInWorkers([1], { ...options, threads: 1, perThread: 1.5 })).toThrow(RangeError);
  });
});
