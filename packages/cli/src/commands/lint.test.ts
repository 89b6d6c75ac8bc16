import { rm } from "node:fs/promises";
import { join } from "node:path";
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

const label = { error: "error", warn: "warning", info: "info" } as const;
const count = (severity: "error" | "warn" | "info") =>
  exampleWarnings.filter((w) => w.severity === severity).length;

describe("newsdoc lint", () => {
  it("the example article has findings (the source gives no date, URL or byline)", () => {
    expect(count("warn")).toBeGreaterThan(0);
    expect(count("info")).toBeGreaterThan(0);
  });

  it("prints every finding of lintArticle as file:path: severity: message (rule); exit 0", async () => {
    const { code, stdout } = await runMain(["lint", "a.json"], { cwd });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.slice(0, -2)).toHaveLength(exampleWarnings.length);
    for (const [i, warning] of exampleWarnings.entries()) {
      expect(lines[i]).toMatch(
        new RegExp(`^a\\.json(:\\S+)?: ${label[warning.severity]}: .* \\(${warning.rule}\\)$`),
      );
    }
    expect(lines.at(-1)).toBe(
      `1 file linted: 1 passed, 0 failed, ${count("warn")} warning${count("warn") === 1 ? "" : "s"}, ${count("info")} info.`,
    );
  });

  it("--strict: warnings fail the file, exit 1; info findings never do", async () => {
    const { code, stdout } = await runMain(["lint", "--strict", "a.json"], { cwd });
    expect(code).toBe(1);
    expect(stdout.trimEnd().split("\n").at(-1)).toMatch(/^1 file linted: 0 passed, 1 failed, /);
    const infoOnly = await runMain(
      ["lint", "--strict", "--rule", "missing-description=info", "a.json"],
      { cwd },
    );
    expect(infoOnly.code).toBe(0);
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
        severity: label[warning.severity],
        code: warning.rule,
        message: warning.message,
        path: warning.path,
        ...(warning.paths ? { paths: warning.paths } : {}),
      })),
    );
  });
});

describe("lint rule severities from --rule and newsdoc.config.json", () => {
  let root: string;
  beforeAll(async () => {
    root = await createFixture({
      "plain/a.json": exampleJson,
      "configured/newsdoc.config.json": JSON.stringify({
        lint: { rules: { "missing-description": "off", "missing-url": "error" } },
      }),
      "configured/deeper/a.json": exampleJson,
      "in-package/package.json": JSON.stringify({
        name: "articles",
        newsdoc: { lint: { rules: { "missing-description": "off" } } },
      }),
      "in-package/a.json": exampleJson,
      "broken/newsdoc.config.json": JSON.stringify({
        lint: { rules: { "missing-dat-published": "off" } },
      }),
      "broken/a.json": exampleJson,
    });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const codes = (stdout: string, severity: string) =>
    stdout
      .split("\n")
      .filter((line) => line.includes(`: ${severity}: `))
      .map((line) => line.slice(line.lastIndexOf("(") + 1, -1));

  it("finds the nearest newsdoc.config.json above the file and applies its severities", async () => {
    const { code, stdout } = await runMain(["lint", "configured/deeper/a.json"], { cwd: root });
    expect(code).toBe(1);
    expect(codes(stdout, "error")).toEqual(["missing-url"]);
    expect(codes(stdout, "warning")).toEqual([]);
  });

  it('reads a "newsdoc" key in package.json; a faithful article then passes --strict', async () => {
    const { code, stdout } = await runMain(["lint", "--strict", "in-package/a.json"], {
      cwd: root,
    });
    expect(code).toBe(0);
    expect(codes(stdout, "warning")).toEqual([]);
    expect(codes(stdout, "info").length).toBeGreaterThan(0);
  });

  it("--rule wins over the config file", async () => {
    const { code, stdout } = await runMain(
      ["lint", "--rule", "missing-url=off", "configured/deeper/a.json"],
      { cwd: root },
    );
    expect(code).toBe(0);
    expect(stdout).not.toContain("(missing-url)");
  });

  it("a config file with an unknown rule fails its files with the file and a suggestion", async () => {
    const { code, stdout } = await runMain(["lint", "broken/a.json", "plain/a.json"], {
      cwd: root,
    });
    expect(code).toBe(1);
    expect(stdout).toContain(
      `broken/a.json: error: ${join("broken", "newsdoc.config.json")}: Unknown lint rule "missing-dat-published": did you mean "missing-date-published"?`,
    );
    expect(stdout).toContain("plain/a.json:description: warning:");
  });

  it("a malformed --rule is a usage error (exit 2) that shows the form", async () => {
    const { code, stderr } = await runMain(["lint", "--rule", "missing-url", "plain/a.json"], {
      cwd: root,
    });
    expect(code).toBe(2);
    expect(stderr).toContain("--rule takes name=severity (like --rule missing-url=off)");
  });
});
