import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveIo } from "../io.js";
import { collectFiles } from "./collect-files.js";

const { fs } = resolveIo();
let cwd: string;

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "newsdoc-collect-"));
  const files = [
    "articles/b.json",
    "articles/a.yaml",
    "articles/c.yml",
    "articles/notes.txt",
    "articles/sub/z.json",
    "articles/sub/A.json",
    "articles/node_modules/dep.json",
    "articles/.hidden/x.json",
    "articles/.dot.json",
    "empty/readme.md",
    "single.txt",
  ];
  for (const file of files) {
    await mkdir(join(cwd, file, ".."), { recursive: true });
    await writeFile(join(cwd, file), "{}");
  }
  await symlink(join(cwd, "articles"), join(cwd, "articles/sub/loop"));
  await symlink(join(cwd, "single.txt"), join(cwd, "articles/sub/link.json"));
  await symlink(join(cwd, "nowhere.json"), join(cwd, "articles/sub/dangling.json"));
});

afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const shown = (result: Awaited<ReturnType<typeof collectFiles>>) =>
  result.inputs.map((input) => input.display);

describe("collectFiles", () => {
  it("walks a folder recursively, sorted, skipping node_modules, dot names and folder links", async () => {
    const result = await collectFiles(["articles"], { cwd, fs });
    expect(shown(result)).toEqual([
      "articles/a.yaml",
      "articles/b.json",
      "articles/c.yml",
      "articles/sub/A.json",
      "articles/sub/link.json",
      "articles/sub/z.json",
    ]);
    expect(result.problems).toEqual([]);
    expect(result.inputs[0]).toEqual({
      kind: "file",
      path: join(cwd, "articles/a.yaml"),
      display: "articles/a.yaml",
    });
  });

  it("takes an explicit file whatever its extension, in the order given, once", async () => {
    const result = await collectFiles(["single.txt", "articles/sub", "articles/sub/z.json"], {
      cwd,
      fs,
    });
    expect(shown(result)).toEqual([
      "single.txt",
      "articles/sub/A.json",
      "articles/sub/link.json",
      "articles/sub/z.json",
    ]);
  });

  it("reports missing paths and folders without article files, and keeps going", async () => {
    const result = await collectFiles(["missing.json", "empty", "articles/b.json"], { cwd, fs });
    expect(shown(result)).toEqual(["articles/b.json"]);
    expect(result.problems).toEqual([
      {
        display: "missing.json",
        problem: expect.objectContaining({ code: "file-not-found" }),
      },
      { display: "empty", problem: expect.objectContaining({ code: "no-input-files" }) },
    ]);
  });

  it("resolves relative paths against cwd and accepts absolute ones", async () => {
    const result = await collectFiles([join(cwd, "articles/b.json")], { cwd: "/", fs });
    expect(result.inputs).toEqual([
      { kind: "file", path: join(cwd, "articles/b.json"), display: join(cwd, "articles/b.json") },
    ]);
  });
});
