// `newsdoc import` of HTML, end to end on the built binary (dist/cli.js).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "@newsdoc/core";
import { article as example } from "@newsdoc/core/example";
import { toHtmlDocument } from "@newsdoc/html";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

function newsdoc(args: readonly string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH, NO_COLOR: "1" },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CMS_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Russia Denies Sending Troops to Syria | Newsweek</title>
<link rel="canonical" href="https://news.example.com/2015/09/russia-syria">
<script>track()</script></head><body><nav><a href="/">Home</a></nav>
<article><h1>Russia Denies Sending Troops to Syria, but Would Consider if Asked by Damascus</h1>
<div style="color: red"><p>The Russian Ministry of Defence has <b>denied</b> reports that it is sending troops to fight in <a href="/syria" onclick="x()">Syria</a>.</p></div>
<iframe src="https://video.example.com/embed/1"></iframe>
<p>“Until this [happens] however it is difficult to discuss things hypothetically,” Peskov <i>added</i>.</p>
</article></body></html>`;

let cwd: string;
beforeAll(async () => {
  if (!existsSync(bin)) {
    throw new Error(`${bin} does not exist. Build it first: pnpm --filter @newsdoc/cli... build`);
  }
  cwd = await mkdtemp(join(tmpdir(), "newsdoc-import-html-"));
  await mkdir(join(cwd, "pages"));
  await writeFile(join(cwd, "pages", "cms.html"), CMS_PAGE);
  await writeFile(join(cwd, "pages", "example.htm"), toHtmlDocument(example));
  await writeFile(join(cwd, "page.txt"), CMS_PAGE);
});
afterAll(async () => {
  if (cwd) await rm(cwd, { recursive: true, force: true });
});

describe("newsdoc import of HTML (built binary)", () => {
  it("auto-detects .html, writes a valid article to stdout, and prints the report as warnings", () => {
    const run = newsdoc(["import", "pages/cms.html"], cwd);
    expect(run.code).toBe(0);
    const article = parseArticle(JSON.parse(run.stdout));
    expect(article.headline).toBe(
      "Russia Denies Sending Troops to Syria, but Would Consider if Asked by Damascus",
    );
    expect(article.id).toBe("cms"); // the CLI names an article by its file
    expect(article.body[0]).toEqual({
      type: "paragraph",
      children: [
        "The Russian Ministry of Defence has ",
        { type: "strong", children: ["denied"] },
        " reports that it is sending troops to fight in ",
        { type: "link", url: "https://news.example.com/syria", children: ["Syria"] },
        ".",
      ],
    });
    const warnings = run.stderr.trim().split("\n");
    expect(warnings.every((line) => line.startsWith("pages/cms.html"))).toBe(true);
    expect(run.stderr).toMatch(/pages\/cms\.html:3:1: warning: .*\(dropped-script\)/);
    expect(run.stderr).toContain("(attribute-event-handler)");
    // The page's iframe of a site no provider matches: kept as an embed, reported.
    expect(run.stderr).toContain("(converted-embed)");
    expect(run.stderr).toContain("(dropped-outside-content)");
  });

  it("--from html reads a file with any extension; --to yaml", () => {
    const run = newsdoc(["import", "--from", "html", "--to", "yaml", "page.txt"], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("headline: Russia Denies Sending Troops to Syria");
  });

  it("a folder with --out: one validated JSON file per page (.html and .htm), the example page read back whole", async () => {
    const run = newsdoc(["import", "pages", "--out", "out"], cwd);
    expect(run.code).toBe(0);
    const cms = parseArticle(JSON.parse(await readFile(join(cwd, "out", "cms.json"), "utf8")));
    expect(cms.language).toBe("en");
    const back = parseArticle(JSON.parse(await readFile(join(cwd, "out", "example.json"), "utf8")));
    expect(back.headline).toBe(example.headline);
    expect(back.body.length).toBe(example.body.length);
  });
});
