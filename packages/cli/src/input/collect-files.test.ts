import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliFileSystem, resolveIo } from "../io.js";
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
  // Markdown in a folder: taken when it opens with YAML front matter.
  await writeFile(join(cwd, "articles/README.md"), "# About these articles\n");
  await writeFile(join(cwd, "articles/notes.markdown"), "Some text\n---\nid: x\n---\n");
  await writeFile(join(cwd, "articles/story.md"), "---\nid: story\n---\n# Story\n");
  await writeFile(join(cwd, "articles/bom.markdown"), "\uFEFF---\r\nid: bom\r\n---\r\n# Bom\n");
  // Entity registries (lists) beside the articles: not articles.
  await writeFile(
    join(cwd, "articles/people.yaml"),
    "# shared\n- { id: a, type: Person, name: A }\n",
  );
  await writeFile(join(cwd, "articles/sub/places.json"), '[{"id":"p","type":"Place","name":"P"}]');
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
  it("takes a registry named on the command line as given (reading it says why it is no article)", async () => {
    const result = await collectFiles(["articles/people.yaml"], { cwd, fs });
    expect(shown(result)).toEqual(["articles/people.yaml"]);
    expect(result.skipped).toEqual([]);
  });

  it("walks a folder recursively, sorted, skipping node_modules, dot names, folder links and entity registries", async () => {
    const result = await collectFiles(["articles"], { cwd, fs });
    expect(shown(result)).toEqual([
      "articles/a.yaml",
      "articles/b.json",
      "articles/bom.markdown",
      "articles/c.yml",
      "articles/story.md",
      "articles/sub/A.json",
      "articles/sub/link.json",
      "articles/sub/z.json",
    ]);
    expect(result.problems).toEqual([]);
    // What it left out as no article is named, each with a note, in walk order.
    expect(
      result.skipped.map(({ display, problem }) => [display, problem.severity, problem.code]),
    ).toEqual([
      ["articles/README.md", "info", "skipped-markdown"],
      ["articles/notes.markdown", "info", "skipped-markdown"],
      ["articles/people.yaml", "info", "skipped-registry"],
      ["articles/sub/places.json", "info", "skipped-registry"],
    ]);
    expect(result.inputs[0]).toEqual({
      kind: "file",
      path: join(cwd, "articles/a.yaml"),
      display: "articles/a.yaml",
    });
  });

  it("a folder gives Markdown files only with front matter; a file named is always read", async () => {
    const result = await collectFiles(["articles/README.md", "articles"], { cwd, fs });
    expect(shown(result)).toContain("articles/README.md");
    expect(shown(result)).not.toContain("articles/notes.markdown");
    expect(shown(result).filter((name) => name.endsWith("README.md"))).toEqual([
      "articles/README.md",
    ]);
    const empty = await collectFiles(["empty"], { cwd, fs });
    expect(empty.inputs).toEqual([]);
    expect(empty.problems[0]?.problem.message).toBe(
      "The folder contains no .json, .yaml or .yml files, nor .md or .markdown files with YAML front matter.",
    );
  });

  it("a filter changes what a folder gives (newsdoc import: every Markdown and HTML file)", async () => {
    const result = await collectFiles(
      ["articles"],
      { cwd, fs },
      { pattern: /\.(md|markdown|html?)$/i, markdownNeedsFrontMatter: false, describe: "X" },
    );
    expect(shown(result)).toEqual([
      "articles/README.md",
      "articles/bom.markdown",
      "articles/notes.markdown",
      "articles/story.md",
    ]);
    // Not its kind of file is left alone without a note: only the walk's own skips are named.
    expect(result.skipped).toEqual([]);
    const none = await collectFiles(
      ["empty"],
      { cwd, fs },
      { pattern: /\.html$/, describe: ".html files" },
    );
    expect(none.problems[0]?.problem.message).toBe("The folder contains no .html files.");
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
    // A registry reached twice is named once.
    const twice = await collectFiles(["articles/sub", "articles/sub"], { cwd, fs });
    expect(twice.skipped.map((s) => s.display)).toEqual(["articles/sub/places.json"]);
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
  it("looks at only the head of a file to decide, never reading a large one whole", async () => {
    // A 2 MB registry and a 2 MB article: each told apart by its first bytes.
    const entity = '{"id":"p","type":"Person","name":"P"},';
    await mkdir(join(cwd, "large"), { recursive: true });
    await writeFile(
      join(cwd, "large/people.json"),
      `[${entity.repeat(50_000)}{"id":"q","type":"Person","name":"Q"}]`,
    );
    await writeFile(
      join(cwd, "large/story.json"),
      `{"newsdoc":1,"keywords":[${'"x",'.repeat(500_000)}"y"]}`,
    );
    const wholeReads: string[] = [];
    let served = 0;
    const counting: CliFileSystem = {
      ...fs,
      readFile: async (path) => {
        wholeReads.push(path);
        return fs.readFile(path);
      },
      readHead: async (path, bytes) => {
        const head = await fs.readHead(path, bytes);
        served += head.length;
        return head;
      },
    };
    const result = await collectFiles(["large"], { cwd, fs: counting });
    expect(shown(result)).toEqual(["large/story.json"]);
    expect(wholeReads).toEqual([]);
    expect(served).toBe(2 * 4096);
  });
});
