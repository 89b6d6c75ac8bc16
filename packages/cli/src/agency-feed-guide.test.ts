/**
 * The "From an agency feed to your site" guide (docs/agency-feed.md, and its
 * short form in the root README), run as written on the BUILT binary, on
 * IPTC's own sample item: every command succeeds and the page and JSON-LD
 * it promises are there and valid.
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "@newsdoc/core";
import { ALLOW_MISSING_DATA, sharedDataDir } from "@newsdoc/test-utils";
import { fromMarkdown } from "mdast-util-from-markdown";
import { parse } from "parse5";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(repo, "packages/cli/dist/cli.js");
const guide = join(repo, "docs/agency-feed.md");

interface Code {
  lang: string;
  value: string;
}

/** The fenced code blocks of a Markdown file, read by a CommonMark parser. */
async function codeBlocks(path: string): Promise<Code[]> {
  const tree = fromMarkdown(await readFile(path, "utf8"));
  return tree.children.flatMap((node) =>
    node.type === "code" ? [{ lang: node.lang ?? "", value: node.value }] : [],
  );
}

/** The `newsdoc …` command lines of the shell blocks, split into arguments (the guide quotes nothing). */
const commands = (blocks: Code[]) =>
  blocks
    .filter((b) => b.lang === "sh")
    .flatMap((b) => b.value.split("\n"))
    .filter((line) => line.startsWith("newsdoc "));

/** The root README's section of the guide. */
async function readmeSection(): Promise<Code[]> {
  const text = await readFile(join(repo, "README.md"), "utf8");
  const start = text.indexOf("## From an agency feed to your site");
  const end = text.indexOf("\n## ", start + 1);
  expect(start, "the root README has the guide's section").toBeGreaterThan(-1);
  const tree = fromMarkdown(text.slice(start, end));
  return tree.children.flatMap((node) =>
    node.type === "code" ? [{ lang: node.lang ?? "", value: node.value }] : [],
  );
}

const data = sharedDataDir();
let cwd: string;

beforeAll(async () => {
  if (!existsSync(bin))
    throw new Error(`${bin} does not exist. Build it first: pnpm --filter @newsdoc/cli... build.`);
  if (!data) return;
  cwd = await mkdtemp(join(tmpdir(), "newsdoc-agency-feed-"));
  await mkdir(join(cwd, "feed"));
  await copyFile(
    join(data, "ninjs/examples/005_complex_text_article.json"),
    join(cwd, "feed/trial.json"),
  );
  const yaml = (await codeBlocks(guide)).find((b) => b.lang === "yaml");
  expect(yaml, "the guide shows its registry.yaml").toBeDefined();
  await writeFile(join(cwd, "registry.yaml"), yaml?.value ?? "");
});
afterAll(async () => {
  if (cwd) await rm(cwd, { recursive: true, force: true });
});

describe.skipIf(!data && ALLOW_MISSING_DATA)(
  "the agency-feed guide, run on the built binary",
  { timeout: 300_000 },
  () => {
    it("runs every command of the guide, in order, each exiting 0", async () => {
      const lines = commands(await codeBlocks(guide));
      expect(lines.length).toBeGreaterThanOrEqual(5);
      for (const line of lines) {
        const args = line.split(/\s+/).slice(1);
        const run = spawnSync(process.execPath, [bin, ...args], {
          cwd,
          encoding: "utf8",
          env: { PATH: process.env.PATH },
          timeout: 120_000,
        });
        expect(run.status, `${line}\n${run.stderr}`).toBe(0);
        expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      }
      // What the guide promises: an annotated, valid article; a page; the JSON-LD.
      const article = parseArticle(
        JSON.parse(await readFile(join(cwd, "articles/trial.json"), "utf8")),
      );
      const entities = article.entities.map((e) => e.id);
      expect(entities).toContain("domenico-pepe");
      expect(JSON.stringify(article.body)).toContain('"entity":"domenico-pepe"');
      const page = parse(await readFile(join(cwd, "public/trial.html"), "utf8"));
      expect(page.childNodes.some((n) => n.nodeName === "html")).toBe(true);
      expect(statSync(join(cwd, "public/ld/trial.jsonld")).size).toBeGreaterThan(0);
      const ld = JSON.parse(await readFile(join(cwd, "public/ld/trial.jsonld"), "utf8"));
      expect(JSON.stringify(ld)).toContain("NewsArticle");
    });

    it("the root README's short form is the guide's commands", async () => {
      const guideLines = new Set(commands(await codeBlocks(guide)));
      const short = commands(await readmeSection());
      expect(short.length).toBeGreaterThan(0);
      for (const line of short) expect(guideLines, line).toContain(line);
    });
  },
);
