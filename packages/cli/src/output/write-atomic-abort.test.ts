// abortWrites is process-wide and one-way, so it has a test file of its own
// (vitest isolates the modules of each file).
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliFileSystem, resolveIo } from "../io.js";
import { abortWrites, WriteAbortedError, writeFileAtomic } from "./write-atomic.js";

const realFs = resolveIo().fs;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsdoc-abort-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A file system whose `sync` waits for the test, and reports that it started. */
function pausedAtSync() {
  let release: () => void = () => {};
  let reached: () => void = () => {};
  const atSync = new Promise<void>((resolve) => {
    reached = resolve;
  });
  const fs: CliFileSystem = {
    ...realFs,
    open: async (path, flags, mode) => {
      const handle = await realFs.open(path, flags, mode);
      return {
        writeFile: (data) => handle.writeFile(data),
        sync: async () => {
          reached();
          await new Promise<void>((resolve) => {
            release = resolve;
          });
          return handle.sync();
        },
        close: () => handle.close(),
      };
    },
  };
  return { fs, atSync, release: () => release() };
}

describe("abortWrites", () => {
  it("stops writes in progress, waits for their clean-up, and refuses new ones", async () => {
    const done = join(dir, "done.html");
    await writeFileAtomic(done, "complete", realFs);

    const paused = pausedAtSync();
    const writing = writeFileAtomic(join(dir, "a.html"), "interrupted", paused.fs);
    const outcome = writing.then(
      () => "written",
      (error: unknown) => error,
    );
    await paused.atSync;
    expect((await readdir(dir)).some((name) => name.endsWith(".tmp"))).toBe(true);

    const aborting = abortWrites();
    paused.release();
    await aborting;

    expect(await outcome).toBeInstanceOf(WriteAbortedError);
    expect(await readdir(dir)).toEqual(["done.html"]);
    expect(await readFile(done, "utf8")).toBe("complete");
    await expect(writeFileAtomic(join(dir, "b.html"), "late", realFs)).rejects.toThrow(
      WriteAbortedError,
    );
    expect(await readdir(dir)).toEqual(["done.html"]);
  });
});
