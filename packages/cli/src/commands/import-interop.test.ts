import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripAnnotations } from "@newsdoc/annotate";
import { toAns } from "@newsdoc/ans";
import { fromAns } from "@newsdoc/ans/import";
import type { Entity } from "@newsdoc/core";
import { parseArticle } from "@newsdoc/core";
import { article } from "@newsdoc/core/example";
import { toNinjs } from "@newsdoc/ninjs";
import { fromNinjs } from "@newsdoc/ninjs/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { sniffJsonFormat } from "../import/import-formats.js";
import { runMain } from "../test-io.js";

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "newsdoc-import-interop-"));
  await writeFile(join(cwd, "item.json"), JSON.stringify(toNinjs(article)));
  await writeFile(join(cwd, "story.json"), JSON.stringify(toAns(article)));
  await writeFile(join(cwd, "article.json"), JSON.stringify(article));
  await writeFile(join(cwd, "broken.json"), '{"uri": "urn:x",');
  await writeFile(join(cwd, "feed.ninjs.json"), JSON.stringify(toNinjs(article)));
  await writeFile(join(cwd, "cms.ans.json"), JSON.stringify(toAns(article)));
  // Items without newsdoc's hooks, and a shared registry that knows who the item does not list.
  await writeFile(join(cwd, "bare-item.json"), JSON.stringify(toNinjs(bareItem)));
  await writeFile(join(cwd, "bare-story.json"), JSON.stringify(toAns(bareItem)));
  await writeFile(join(cwd, "registry.yaml"), stringify(shared));
});

const bare = stripAnnotations(article);
const shared: Entity[] = bare.entities.filter((e) => e.id === "peskov");
const bareItem = { ...bare, entities: bare.entities.filter((e) => e.id !== "peskov") };
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("newsdoc import --from ninjs|ans", () => {
  it.each([
    ["item.json", "auto"],
    ["item.json", "ninjs"],
    ["story.json", "auto"],
    ["story.json", "ans"],
  ])("reads %s (--from %s) into a valid article, the report as warnings", async (file, from) => {
    const { code, stdout, stderr } = await runMain(["import", file, "--from", from], { cwd });
    expect(code).toBe(0);
    const back = parseArticle(JSON.parse(stdout));
    expect(back.headline).toBe(article.headline);
    expect(stderr).toMatch(/warning/);
  });

  it("tells a newsdoc article in .json apart from ninjs and ANS, and says what to do", async () => {
    const { code, stderr } = await runMain(["import", "article.json"], { cwd });
    expect(code).toBe(1);
    expect(stderr).toContain("neither a ninjs item");
  });

  it("points to the line and column of a JSON syntax error", async () => {
    const { code, stderr } = await runMain(["import", "broken.json", "--from", "ninjs"], { cwd });
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.json:1:\d+/);
  });

  it("imports .ninjs.json and .ans.json files of a folder by extension", async () => {
    const out = join(cwd, "out");
    const { code } = await runMain(["import", ".", "--out", out, "--quiet"], { cwd });
    expect(code).toBe(0);
    // Each output is <name minus its last extension>.json: a newsdoc article.
    const files = (await readdir(out)).sort();
    expect(files).toEqual(["cms.ans.json", "feed.ninjs.json"]);
    for (const file of files) {
      const { code: valid } = await runMain(["validate", join(out, file)], { cwd });
      expect(valid).toBe(0);
    }
  });
});

describe("newsdoc import --annotate and the library's annotate option agree", () => {
  it.each([
    ["bare-item.json", "ninjs"],
    ["bare-story.json", "ans"],
  ])("%s (--from %s): the same article either way", async (file, from) => {
    const { code, stdout, stderr } = await runMain(
      ["import", file, "--from", from, "--annotate", "--entities", "registry.yaml"],
      { cwd },
    );
    expect(code).toBe(0);
    expect(stderr).toContain("annotated: ");
    const value: unknown = JSON.parse(await readFile(join(cwd, file), "utf8"));
    const options = { annotate: { registry: shared, applyAbove: 0.8 } };
    const library =
      from === "ninjs" ? fromNinjs(value, options).article : fromAns(value, options).article;
    const cli = parseArticle(JSON.parse(stdout));
    expect(cli).toEqual(library);
    // The shared registry's Peskov is found in the text and joins the article.
    expect(cli.entities.some((e) => e.id === "peskov")).toBe(true);
  });
});

describe("sniffJsonFormat", () => {
  it("knows ninjs by uri and type, ANS by type story and version, and nothing else", () => {
    expect(sniffJsonFormat('{"uri":"urn:x","type":"text"}')).toBe("ninjs");
    expect(sniffJsonFormat('{"type":"story","version":"0.10.12"}')).toBe("ans");
    expect(sniffJsonFormat(JSON.stringify(article))).toBeUndefined();
    expect(sniffJsonFormat("not json")).toBeUndefined();
    expect(sniffJsonFormat("[1]")).toBeUndefined();
  });
});
