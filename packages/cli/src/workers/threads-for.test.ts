import { describe, expect, it } from "vitest";
import type { CliFileSystem } from "../io.js";
import { resolveIo } from "../io.js";
import { FILES_PER_THREAD, threadsFor } from "./run-batch.js";

const nodeFs = resolveIo().fs;

describe("threadsFor", () => {
  it("stays on the main thread for --jobs 1", () => {
    expect(threadsFor(1, 100_000, nodeFs)).toBe(0);
  });

  it("stays on the main thread for a batch too small to pay for a worker", () => {
    expect(threadsFor(8, 2 * FILES_PER_THREAD - 1, nodeFs)).toBe(0);
    expect(threadsFor(8, 2 * FILES_PER_THREAD, nodeFs)).toBe(1);
  });

  it("starts a worker per FILES_PER_THREAD files beyond the first, at most --jobs − 1 beside the main thread", () => {
    expect(threadsFor(8, 5 * FILES_PER_THREAD + 3, nodeFs)).toBe(4);
    expect(threadsFor(4, 100_000, nodeFs)).toBe(3);
    expect(threadsFor(2, 100_000, nodeFs)).toBe(1);
  });

  it("stays on the main thread with a file system other than Node's (a worker cannot call it)", () => {
    const custom = { ...nodeFs } as CliFileSystem;
    expect(threadsFor(8, 100_000, custom)).toBe(0);
  });
});
