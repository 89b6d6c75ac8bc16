import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { article } from "@newsdoc/core/example";
import { toHtmlDocument } from "@newsdoc/html";
import { toJsonLd } from "@newsdoc/jsonld";
import { toMarkdown } from "@newsdoc/markdown";
import { describe, expect, it } from "vitest";
import { renderOutputs, writeOutputs } from "./render-outputs.js";

describe("renderOutputs", () => {
  const outputs = renderOutputs(article);
  const byName = Object.fromEntries(outputs.map((o) => [o.name, o.content]));

  it("renders Markdown with front matter and quotes, the full HTML page and indented JSON-LD", () => {
    expect(outputs.map((o) => o.name)).toEqual(["article.md", "article.html", "article.jsonld"]);
    expect(byName["article.md"]).toBe(
      toMarkdown(article, { frontMatter: true, appendix: "quotes" }),
    );
    expect(byName["article.md"]).toMatch(/^---\n/);
    expect(byName["article.html"]).toBe(toHtmlDocument(article));
    expect(JSON.parse(byName["article.jsonld"]!)).toStrictEqual(toJsonLd(article));
    expect(byName["article.jsonld"]).toMatch(/^\{\n {2}"@context"/);
  });

  it("writes each file and reports its path and size in bytes", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newsdoc-outputs-"));
    try {
      const written = await writeOutputs(join(dir, "nested", "out"), outputs);
      for (const file of written) {
        expect(await readFile(file.path, "utf8")).toBe(file.content);
        expect((await stat(file.path)).size).toBe(file.bytes);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
