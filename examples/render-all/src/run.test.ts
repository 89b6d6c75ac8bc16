import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lintArticle } from "@newsdoc/core";
import { article } from "@newsdoc/core/example";
import { toJsonLd } from "@newsdoc/jsonld";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatWarnings, lintHeading } from "./format-warnings.js";
import { renderOutputs } from "./render-outputs.js";
import { run } from "./run.js";

describe("run (the demo)", () => {
  let dir: string;
  let stdout: string[];
  let stderr: string[];
  const ctx = () => ({
    cwd: dir,
    outDir: join(dir, "out"),
    stdout: (line: string) => stdout.push(line),
    stderr: (line: string) => stderr.push(line),
  });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "newsdoc-demo-"));
    stdout = [];
    stderr = [];
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("validates, lints, writes the three files and summarises the example article", async () => {
    expect(await run([], ctx())).toBe(0);
    expect(stderr).toEqual([]);
    const text = stdout.join("\n");
    expect(stdout[0]).toBe(`✓ the example article is a valid article: "${article.headline}"`);
    const warnings = lintArticle(article);
    expect(text).toContain(lintHeading(warnings));
    // A handful of lines: each rule at most once (per-entity rules list their entities).
    expect(formatWarnings(warnings).length).toBeLessThanOrEqual(8);
    for (const line of formatWarnings(warnings)) expect(stdout).toContain(`  ${line}`);
    for (const rule of new Set(warnings.map((w) => w.rule))) expect(text).toContain(`[${rule}]`);
    expect(text).toContain(`entities  ${article.entities.length} (Person `);
    expect(text).toContain(`quotes    ${article.quotes.length} (`);
    expect(text).toContain(`claims    ${article.claims.length} (`);
    expect(text).toContain("Files in out");

    const expected = renderOutputs(article);
    for (const output of expected) {
      const written = await readFile(join(dir, "out", output.name), "utf8");
      expect(written).toBe(output.content);
      const bytes = Buffer.byteLength(output.content).toLocaleString("en-US");
      expect(stdout.some((l) => l.includes(output.name) && l.includes(`${bytes} bytes`))).toBe(
        true,
      );
    }
    const jsonld = JSON.parse(await readFile(join(dir, "out", "article.jsonld"), "utf8"));
    expect(jsonld).toStrictEqual(toJsonLd(article));
    expect(await readFile(join(dir, "out", "article.html"), "utf8")).toMatch(/^<!doctype html>/i);
  });

  it("reads a user's file, relative to the directory the command was typed in", async () => {
    await writeFile(join(dir, "mine.json"), JSON.stringify({ ...article, headline: "Mine" }));
    expect(await run(["mine.json", "--out", "rendered"], ctx())).toBe(0);
    expect(stdout[0]).toBe('✓ mine.json is a valid article: "Mine"');
    expect(existsSync(join(dir, "rendered", "article.html"))).toBe(true);
  });

  it("prints each validation issue with its path, writes nothing and exits 1", async () => {
    const bad = { ...article, quotes: [{ ...article.quotes[0], speaker: "nobody-at-all" }] };
    await writeFile(join(dir, "bad.json"), JSON.stringify(bad));
    expect(await run(["bad.json"], ctx())).toBe(1);
    expect(stdout).toEqual([]);
    expect(stderr[0]).toMatch(/^✗ bad\.json is not a valid newsdoc article \(\d+ problems?\)\.$/);
    expect(stderr).toContainEqual(expect.stringMatching(/^ {2}quotes\[0\]\.speaker: .+ \[\w+\]$/));
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("says so, without a stack trace, for a missing file or one that is not JSON", async () => {
    expect(await run(["missing.json"], ctx())).toBe(1);
    expect(stderr).toEqual(["✗ No such file: missing.json"]);
    stderr = [];
    await writeFile(join(dir, "notes.json"), "not json at all");
    expect(await run(["notes.json"], ctx())).toBe(1);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^✗ notes\.json is not valid JSON: /);
    expect(stderr.join("\n")).not.toMatch(/\n\s+at /);
  });

  it("prints usage for --help, and exits 2 on a usage error", async () => {
    expect(await run(["--help"], ctx())).toBe(0);
    expect(stdout[0]).toMatch(/^Usage: pnpm demo/);
    expect(await run(["--frobnicate"], ctx())).toBe(2);
    expect(stderr[0]).toMatch(/frobnicate/);
    stderr = [];
    expect(await run(["a.json", "b.json"], ctx())).toBe(2);
    expect(stderr[0]).toBe("Give one article file at most (got 2).");
  });
});
