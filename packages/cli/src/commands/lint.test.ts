import { rm } from "node:fs/promises";
import { lintArticle, parseArticle } from "@newsdoc/core";
import { article } from "@newsdoc/core/example";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixture, exampleJson } from "../test-fixtures.js";
import { runMain } from "../test-io.js";

const exampleWarnings = lintArticle(parseArticle(article));
const complete = {
  ...article,
  // Enough metadata to silence the metadata rules; entity rules may still warn.
  url: "https://example.com/news/russia-syria",
  datePublished: "2015-09-11T10:00:00Z",
  description: "Russia denies sending troops to Syria.",
};

let cwd: string;
beforeAll(async () => {
  cwd = await createFixture({
    "a.json": exampleJson,
    "bad.json": JSON.stringify({ ...article, authors: ["nobody"] }),
    "more.json": JSON.stringify(complete),
  });
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("newsdoc lint", () => {
  it("the example article has warnings (the source gives no date, URL or byline)", () => {
    expect(exampleWarnings.length).toBeGreaterThan(0);
  });

  it("prints every warning of lintArticle as file:path: warning: message (rule); exit 0", async () => {
    const { code, stdout } = await runMain(["lint", "a.json"], { cwd });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.slice(0, -2)).toHaveLength(exampleWarnings.length);
    for (const [i, warning] of exampleWarnings.entries()) {
      expect(lines[i]).toMatch(new RegExp(`^a\\.json(:\\S+)?: warning: .* \\(${warning.rule}\\)$`));
    }
    expect(lines.at(-1)).toBe(
      `1 file linted: 1 passed, 0 failed, ${exampleWarnings.length} warnings.`,
    );
  });

  it("--strict: warnings fail the file, exit 1", async () => {
    const { code, stdout } = await runMain(["lint", "--strict", "a.json"], { cwd });
    expect(code).toBe(1);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      `1 file linted: 0 passed, 1 failed, ${exampleWarnings.length} warnings.`,
    );
  });

  it("an invalid article fails with its errors and is not linted", async () => {
    const { code, stdout } = await runMain(["lint", "bad.json"], { cwd });
    expect(code).toBe(1);
    expect(stdout).toContain("bad.json:authors[0]: error: ");
    expect(stdout).not.toContain("warning:");
  });

  it("--format json: statuses, severities and the strict flag", async () => {
    const { stdout } = await runMain(["lint", "--format", "json", "--strict", "."], { cwd });
    const report = JSON.parse(stdout);
    expect(report.strict).toBe(true);
    expect(report.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([
      ["a.json", "warnings"],
      ["bad.json", "invalid"],
      ["more.json", lintArticle(parseArticle(complete)).length > 0 ? "warnings" : "ok"],
    ]);
    expect(report.files[0].issues).toEqual(
      exampleWarnings.map((warning) => ({
        severity: "warning",
        code: warning.rule,
        message: warning.message,
        path: warning.path,
      })),
    );
  });
});
