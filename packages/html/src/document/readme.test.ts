import { readFileSync } from "node:fs";
import { article as example } from "@newsdoc/core/example";
import type { Article } from "@newsdoc/core/kit";
import { checkSite } from "@newsdoc/jsonld";
import { readmeBlocks } from "@newsdoc/test-utils";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { describe, expect, test } from "vitest";
import { parse as parseYaml } from "yaml";
import { toHtmlDocument } from "./to-html-document.js";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The README's article: the example article at a page on the README's example domain. */
const readmeArticle: Article = {
  ...example,
  url: "https://news.example.com/world/russia-denies-sending-troops-to-syria",
  sectionPath: [{ name: "World", url: "https://news.example.com/world" }],
};

/** The head's elements as written, one per line, without the stylesheet and the JSON-LD (shown in @newsdoc/jsonld's README). */
function headTags(html: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const root = document.childNodes.find((n) => "tagName" in n) as DefaultTreeAdapterMap["element"];
  const head = root.childNodes.find(
    (n) => "tagName" in n && n.tagName === "head",
  ) as DefaultTreeAdapterMap["element"];
  const lines: string[] = [];
  for (const child of head.childNodes) {
    if (!("tagName" in child) || child.tagName === "style" || child.tagName === "script") continue;
    const { startOffset, endOffset } = child.sourceCodeLocation!;
    lines.push(html.slice(startOffset, endOffset));
  }
  return lines.join("\n");
}

describe("the README's For publishers section is real output", () => {
  const [yaml] = readmeBlocks(README, "For publishers", "yaml");
  const site = checkSite(parseYaml(yaml!));

  test("the head tags it shows are what toHtmlDocument writes for that site.yaml", () => {
    const [shown] = readmeBlocks(README, "For publishers", "html");
    const actual = headTags(toHtmlDocument(readmeArticle, { site }));
    expect(shown, `README.md's html block should be:\n${actual}`).toBe(actual);
  });
});
