import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixture } from "../test-fixtures.js";
import { runMain } from "../test-io.js";

let cwd: string;
beforeAll(async () => {
  cwd = await createFixture();
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("newsdoc validate", () => {
  it("a folder of newsdoc Markdown with its entity registry beside it: the registry is no article", async () => {
    // docs/examples holds russia-syria.md and the russia-syria-entities.yaml it names.
    const examples = fileURLToPath(new URL("../../../../docs/examples/", import.meta.url));
    for (const command of ["validate", "lint"]) {
      const { code, stdout, stderr } = await runMain([command, examples], { cwd });
      expect([command, code, stderr], stdout).toEqual([command, 0, ""]);
      // Named as skipped, in a note: never checked, never a failure.
      expect(stdout).toMatch(
        /russia-syria-entities\.yaml: info: Skipped: an entity registry .+\(skipped-registry\)\n/,
      );
    }
    const { stdout } = await runMain(["validate", examples], { cwd });
    expect(stdout).toMatch(/\n\n1 file checked: 1 valid, 0 invalid; 1 file skipped\.\n$/);
  });

  it("names each file a folder walk skips (a registry, a README.md) as a note; the exit code is the files'", async () => {
    const { article } = await import("@newsdoc/core/example");
    const dir = await createFixture({
      "news/story.json": JSON.stringify(article),
      "news/people.yaml": "- { id: a, type: Person, name: A }\n",
      "news/README.md": "# About these articles\n",
      "bad/broken.json": "{",
      "bad/places.json": '[{ "id": "p", "type": "Place", "name": "P" }]',
    });
    try {
      const text = await runMain(["validate", "news"], { cwd: dir });
      expect(text.code).toBe(0);
      expect(text.stdout.split("\n")).toEqual([
        "news/README.md: info: Skipped: Markdown without YAML front matter (a README, say), not a newsdoc article, which opens with a --- line. Name the file on the command line to read it as one anyway, or convert plain Markdown with newsdoc import. (skipped-markdown)",
        "news/people.yaml: info: Skipped: an entity registry (its top level is a list), not an article. An article is a mapping (newsdoc: 1, id, headline, …); name the file on the command line to read it as one anyway. (skipped-registry)",
        "",
        "1 file checked: 1 valid, 0 invalid; 2 files skipped.",
        "",
      ]);
      // --quiet drops the summary, not the notes.
      const quiet = await runMain(["validate", "--quiet", "news"], { cwd: dir });
      expect(quiet.stdout.trimEnd().split("\n")).toEqual(text.stdout.split("\n").slice(0, 2));
      // A failing file still fails the run, and only it: the note changes nothing.
      const bad = await runMain(["lint", "bad"], { cwd: dir });
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/^bad\/places\.json: info: Skipped: .+ \(skipped-registry\)$/m);
      expect(bad.stdout).toMatch(
        /1 file linted: 0 passed, 1 failed, 0 warnings; 1 file skipped\.\n$/,
      );

      const json = await runMain(["validate", "--format", "json", "news"], { cwd: dir });
      expect(json.code).toBe(0);
      const report = JSON.parse(json.stdout);
      expect(report.files.map((f: { file: string }) => f.file)).toEqual(["news/story.json"]);
      expect(report.skipped).toEqual([
        expect.objectContaining({
          file: "news/README.md",
          severity: "info",
          code: "skipped-markdown",
        }),
        expect.objectContaining({
          file: "news/people.yaml",
          severity: "info",
          code: "skipped-registry",
        }),
      ]);
      expect(report.summary).toMatchObject({ files: 1, passed: 1, failed: 0, errors: 0 });
      // Named on the command line, a registry is read as given: no note, its errors instead.
      const named = await runMain(["validate", "--format", "json", "news/people.yaml"], {
        cwd: dir,
      });
      expect(named.code).toBe(1);
      expect(JSON.parse(named.stdout).skipped).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("passes valid files silently, with a summary, exit 0", async () => {
    const { code, stdout, stderr } = await runMain(["validate", "valid"], { cwd });
    expect(code).toBe(0);
    expect(stdout).toBe("2 files checked: 2 valid, 0 invalid.\n");
    expect(stderr).toBe("");
  });

  it("validates the example article with --example", async () => {
    const { code, stdout } = await runMain(["validate", "--example"], { cwd });
    expect(code).toBe(0);
    expect(stdout).toBe("1 file checked: 1 valid, 0 invalid.\n");
  });

  it("reports every problem of a folder as file:where: message, exit 1", async () => {
    const { code, stdout } = await runMain(["validate", "articles", "missing.json"], { cwd });
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toEqual([
      "missing.json: error: No such file or folder. Check the path. (file-not-found)",
      expect.stringMatching(/^articles\/broken-yaml\.yml:3:\d+: error: .* \(yaml-syntax\)$/),
      expect.stringMatching(
        /^articles\/broken\.json:4:3: error: Expected ',' or '\}' after a property value/,
      ),
      expect.stringMatching(
        /^articles\/nested\/empty-headline\.json:headline: error: .* \(empty_string\)$/,
      ),
      expect.stringMatching(
        /^articles\/nested\/unknown-author\.json:authors\[0\]: error: .* \(unknown_reference\)$/,
      ),
      "",
      "7 files checked: 2 valid, 5 invalid.",
    ]);
  });

  it("prints the same report whatever the order files finish in", async () => {
    const first = await runMain(["validate", "articles", "valid"], { cwd });
    for (let i = 0; i < 3; i++) {
      expect(await runMain(["validate", "articles", "valid"], { cwd })).toEqual(first);
    }
  });

  it("--format json: a report with every file, its status and issues", async () => {
    const { code, stdout } = await runMain(
      ["validate", "--format", "json", "valid/a.json", "articles/broken.json", "articles/nested"],
      { cwd },
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      command: "validate",
      strict: false,
      summary: { files: 4, passed: 1, failed: 3, errors: 3, warnings: 0 },
    });
    expect(report.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([
      ["valid/a.json", "ok"],
      ["articles/broken.json", "error"],
      ["articles/nested/empty-headline.json", "invalid"],
      ["articles/nested/unknown-author.json", "invalid"],
    ]);
    expect(report.files[1].issues).toEqual([
      expect.objectContaining({ severity: "error", code: "json-syntax", line: 4, column: 3 }),
    ]);
    expect(report.files[3].issues).toEqual([
      expect.objectContaining({ code: "unknown_reference", path: ["authors", 0] }),
    ]);
  });

  it("lists at most 50 problems per file in text, then counts the rest; JSON lists all", async () => {
    const { article } = await import("@newsdoc/core/example");
    const many = { ...article, authors: Array.from({ length: 60 }, (_, i) => `nobody-${i}`) };
    const dir = await createFixture({ "many.json": JSON.stringify(many) });
    try {
      const text = await runMain(["validate", "many.json"], { cwd: dir });
      expect(text.code).toBe(1);
      const lines = text.stdout.trimEnd().split("\n");
      expect(lines.filter((l) => l.includes("(unknown_reference)"))).toHaveLength(50);
      expect(lines).toContain("many.json: …and 10 more problems (--format json lists them all).");
      const json = await runMain(["validate", "--format", "json", "many.json"], { cwd: dir });
      expect(JSON.parse(json.stdout).files[0].issues).toHaveLength(60);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("--quiet: problems only, no summary", async () => {
    const ok = await runMain(["validate", "--quiet", "valid"], { cwd });
    expect(ok).toEqual({ code: 0, stdout: "", stderr: "" });
    const bad = await runMain(["validate", "-q", "articles/broken.json"], { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stdout.trimEnd().split("\n")).toHaveLength(1);
  });

  it("colours on a terminal, not with NO_COLOR", async () => {
    const args = ["validate", "articles/broken.json"];
    expect((await runMain(args, { cwd, stdoutTTY: true })).stdout).toContain("\u001b[31m");
    expect(
      (await runMain(args, { cwd, stdoutTTY: true, env: { NO_COLOR: "1" } })).stdout,
    ).not.toContain("\u001b[");
    expect((await runMain(args, { cwd, stdoutTTY: false })).stdout).not.toContain("\u001b[");
  });

  it("shows a progress bar on a terminal for more than 5 files, and erases it", async () => {
    const { stderr } = await runMain(["validate", "articles", "valid"], { cwd, stderrTTY: true });
    expect(stderr).toContain("] 8/8 files");
    expect(stderr.endsWith("\r\u001b[2K")).toBe(true);
    const quiet = await runMain(["validate", "--quiet", "articles", "valid"], {
      cwd,
      stderrTTY: true,
    });
    expect(quiet.stderr).toBe("");
    const few = await runMain(["validate", "valid"], { cwd, stderrTTY: true });
    expect(few.stderr).toBe("");
  });
});
