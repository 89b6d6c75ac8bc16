import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "@newsdoc/core";
import { article as example } from "@newsdoc/core/example";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CliFileSystem, resolveIo, type WritableFileHandle } from "../io.js";
import { DEFAULT_RENDER_FLAGS, RENDER_FORMATS, RENDER_TARGETS } from "./render-targets.js";
import { writeRendered } from "./write-rendered.js";

const realFs = resolveIo().fs;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "newsdoc-write-rendered-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The real file system, counting the pieces each streamed write hands over. */
function counting(): { fs: CliFileSystem; pieces: () => number } {
  let pieces = 0;
  const fs: CliFileSystem = {
    ...realFs,
    open: async (path, flags, mode) => {
      const handle = await realFs.open(path, flags, mode);
      const wrapped: WritableFileHandle = {
        writeFile: (data) =>
          handle.writeFile(
            typeof data === "string" || data instanceof Uint8Array
              ? data
              : (function* () {
                  for (const piece of data) {
                    pieces++;
                    yield piece;
                  }
                })(),
          ),
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
      return wrapped;
    },
  };
  return { fs, pieces: () => pieces };
}

/** The example with its body repeated: a few hundred KB of output. */
const large: Article = { ...example, body: Array.from({ length: 60 }, () => example.body).flat() };

describe("writeRendered", () => {
  it("writes every format byte for byte as its string renderer, leaving nothing else", async () => {
    for (const format of RENDER_FORMATS) {
      const path = join(dir, `a${RENDER_TARGETS[format].extension}`);
      const outcome = await writeRendered(
        example,
        format,
        DEFAULT_RENDER_FLAGS,
        path,
        path,
        realFs,
        false,
      );
      expect(outcome.problems).toEqual([]);
      expect(await readFile(path, "utf8")).toBe(
        RENDER_TARGETS[format].render(example, DEFAULT_RENDER_FLAGS),
      );
    }
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 60_000);

  it("streams a large output in pieces, identical to the string path", async () => {
    const flags = { ...DEFAULT_RENDER_FLAGS, pretty: true, appendix: ["quotes" as const] };
    for (const format of ["md", "html", "html-document"] as const) {
      const { fs, pieces } = counting();
      const path = join(dir, `large-${format}`);
      const outcome = await writeRendered(large, format, flags, path, path, fs, false);
      expect(outcome.problems).toEqual([]);
      const text = await readFile(path, "utf8");
      expect(text).toBe(RENDER_TARGETS[format].render(large, flags));
      expect(pieces()).toBeGreaterThan(1);
    }
  }, 60_000);

  it("a renderer failing mid-stream leaves no partial file and the old file unchanged", async () => {
    // A mention of an entity the registry lacks, after hundreds of KB of output.
    const broken: Article = {
      ...large,
      body: [
        ...large.body,
        { type: "paragraph", children: [{ type: "mention", entity: "nobody", text: "X" }] },
      ],
    };
    for (const format of ["md", "html", "html-document"] as const) {
      const path = join(dir, `out-${format}`);
      await writeFile(path, "old");
      const { fs, pieces } = counting();
      const outcome = await writeRendered(
        broken,
        format,
        DEFAULT_RENDER_FLAGS,
        path,
        path,
        fs,
        false,
      );
      expect(outcome.problems).toHaveLength(1);
      expect(outcome.problems[0]).toMatchObject({ severity: "error", code: "render-failed" });
      expect(outcome.problems[0]!.message).toMatch(/"nobody"/);
      if (format !== "html-document") {
        // Part of the output had reached the temporary file before the failure
        // (html-document fails earlier: its <head>'s JSON-LD resolves the mention).
        expect(outcome.problems[0]!.message).toMatch(/No partial file was left/);
        expect(pieces()).toBeGreaterThan(0);
      }
      expect(await readFile(path, "utf8")).toBe("old");
      const fresh = join(dir, `fresh-${format}`);
      await writeRendered(broken, format, DEFAULT_RENDER_FLAGS, fresh, fresh, realFs, false);
      await expect(readFile(fresh)).rejects.toThrow(/ENOENT/);
    }
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 60_000);

  it("bad options fail before any file is opened", async () => {
    let opened = 0;
    const fs: CliFileSystem = {
      ...realFs,
      open: (...args) => {
        opened++;
        return realFs.open(...args);
      },
    };
    const flags = { ...DEFAULT_RENDER_FLAGS, appendix: ["nope" as never] };
    const outcome = await writeRendered(example, "html", flags, join(dir, "x"), "x", fs, false);
    expect(outcome.problems[0]).toMatchObject({ code: "render-failed" });
    expect(opened).toBe(0);
  }, 60_000);
});
