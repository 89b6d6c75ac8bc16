import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CliFileSystem, resolveIo } from "../io.js";
import { removePendingTempFilesSync, writeFileAtomic } from "./write-atomic.js";

const realFs = resolveIo().fs;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsdoc-atomic-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The real file system with one call replaced. */
function failing(overrides: Partial<CliFileSystem>): CliFileSystem {
  return { ...realFs, ...overrides };
}

describe("writeFileAtomic", () => {
  it("writes the file and leaves nothing else", async () => {
    await writeFileAtomic(join(dir, "a.html"), "<p>hello</p>", realFs);
    expect(await readFile(join(dir, "a.html"), "utf8")).toBe("<p>hello</p>");
    expect(await readdir(dir)).toEqual(["a.html"]);
  });

  it("replaces an existing file", async () => {
    await writeFile(join(dir, "a.html"), "old");
    await writeFileAtomic(join(dir, "a.html"), "new", realFs);
    expect(await readFile(join(dir, "a.html"), "utf8")).toBe("new");
  });

  it("when the rename fails: no output, the old file intact, the temp file removed", async () => {
    await writeFile(join(dir, "a.html"), "old");
    const fs = failing({
      rename: async () => {
        throw Object.assign(new Error("EXDEV: cross-device link"), { code: "EXDEV" });
      },
    });
    await expect(writeFileAtomic(join(dir, "a.html"), "new content", fs)).rejects.toThrow("EXDEV");
    expect(await readdir(dir)).toEqual(["a.html"]);
    expect(await readFile(join(dir, "a.html"), "utf8")).toBe("old");
  });

  it("when the write stops halfway: the half-written temp file never becomes the output", async () => {
    let tempSeen: string | undefined;
    const fs = failing({
      open: async (path, flags, mode) => {
        tempSeen = path;
        const handle = await realFs.open(path, flags, mode);
        return {
          // Write the first half, then fail as a full disk would.
          writeFile: async (data) => {
            await handle.writeFile(String(data).slice(0, 5));
            throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    });
    await expect(writeFileAtomic(join(dir, "a.html"), "0123456789", fs)).rejects.toThrow("ENOSPC");
    expect(tempSeen).toMatch(/\.a\.html\.\d+-[0-9a-f]+\.tmp$/);
    expect(await readdir(dir)).toEqual([]);
  });

  it("when fsync fails: nothing is renamed into place", async () => {
    const fs = failing({
      open: async (path, flags, mode) => {
        const handle = await realFs.open(path, flags, mode);
        return {
          writeFile: (data) => handle.writeFile(data),
          sync: async () => {
            throw Object.assign(new Error("EIO: i/o error"), { code: "EIO" });
          },
          close: () => handle.close(),
        };
      },
    });
    await expect(writeFileAtomic(join(dir, "a.html"), "data", fs)).rejects.toThrow("EIO");
    expect(await readdir(dir)).toEqual([]);
  });

  it("fails cleanly when the target is a folder", async () => {
    await realFs.mkdir(join(dir, "a.html"), { recursive: true });
    await expect(writeFileAtomic(join(dir, "a.html"), "data", realFs)).rejects.toThrow();
    expect(await readdir(dir)).toEqual(["a.html"]);
  });

  it("lets a signal handler remove the temp file of a write in progress", async () => {
    let release: () => void = () => {};
    let renaming: () => void = () => {};
    const renameCalled = new Promise<void>((resolve) => {
      renaming = resolve;
    });
    const fs = failing({
      rename: async (from, to) => {
        renaming();
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return realFs.rename(from, to);
      },
    });
    const writing = writeFileAtomic(join(dir, "a.html"), "data", fs);
    await renameCalled;
    expect((await readdir(dir))[0]).toMatch(/^\.a\.html\..*\.tmp$/);
    removePendingTempFilesSync();
    expect(await readdir(dir)).toEqual([]);
    release();
    await expect(writing).rejects.toThrow("ENOENT");
    expect(await readdir(dir)).toEqual([]);
  });
});
