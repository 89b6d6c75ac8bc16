import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { article } from "@newsdoc/core/example";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticle } from "./load-article.js";

describe("loadArticle", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "newsdoc-load-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("gives the example article when no file is named", async () => {
    const loaded = await loadArticle();
    expect(loaded).toMatchObject({ ok: true, source: "the example article" });
    if (loaded.ok) expect(loaded.article.headline).toBe(article.headline);
  });

  it("reads and validates a JSON file, byte-order mark or not", async () => {
    const file = join(dir, "bom.json");
    await writeFile(file, `\uFEFF${JSON.stringify(article)}`);
    const loaded = await loadArticle(file);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.article).toEqual(article);
  });

  it("says when the file is missing or is a folder", async () => {
    expect(await loadArticle(join(dir, "nope.json"))).toMatchObject({
      ok: false,
      problem: "missing",
      message: `No such file: ${join(dir, "nope.json")}`,
    });
    expect(await loadArticle(dir)).toMatchObject({
      ok: false,
      problem: "unreadable",
      message: expect.stringMatching(/is a folder/),
    });
  });

  it("says where a JSON syntax error is", async () => {
    const file = join(dir, "trailing-comma.json");
    await writeFile(file, '{\n  "newsdoc": 1,\n}\n');
    const loaded = await loadArticle(file);
    expect(loaded).toMatchObject({ ok: false, problem: "not-json", issues: [] });
    if (!loaded.ok) {
      expect(loaded.message).toContain(`${file} is not valid JSON`);
      expect(loaded.message).toContain("(line 3, column 1)");
    }
  });

  it("lists shape problems with their paths and codes", async () => {
    const file = join(dir, "shape.json");
    await writeFile(file, JSON.stringify({ ...article, headline: "", surprise: true }));
    const loaded = await loadArticle(file);
    expect(loaded).toMatchObject({ ok: false, problem: "invalid" });
    if (loaded.ok) return;
    expect(loaded.message).toMatch(/^\S+ is not a valid newsdoc article \(\d+ problems?\)\.$/);
    const paths = loaded.issues.map((issue) => issue.path.join("."));
    expect(paths).toContain("headline");
    for (const issue of loaded.issues) {
      expect(issue.code).toMatch(/\S/);
      expect(issue.message).toMatch(/\S/);
    }
  });

  it("lists meaning problems (a duplicate id) with their paths", async () => {
    const file = join(dir, "meaning.json");
    await writeFile(
      file,
      JSON.stringify({ ...article, entities: [...article.entities, article.entities[0]] }),
    );
    const loaded = await loadArticle(file);
    expect(loaded).toMatchObject({ ok: false, problem: "invalid" });
    if (loaded.ok) return;
    expect(loaded.issues.map((issue) => issue.path.join("."))).toContainEqual(
      expect.stringMatching(`^entities\\.${article.entities.length}`),
    );
  });
});
