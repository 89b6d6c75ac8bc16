import type { Article, Block } from "@newsdoc/core/kit";
import { entityHref, formatDateEnglish } from "@newsdoc/core/kit";
import { toMarkdown } from "@newsdoc/markdown";
import { articleArbitrary, fcParams } from "@newsdoc/test-utils";
import fc from "fast-check";
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it, vi } from "vitest";
import { allBlocks, inlineText } from "./model-text.js";

// Property tests run 1,000+ cases; on a loaded 2-core machine that takes longer than the 5 s default.
vi.setConfig({ testTimeout: 120_000 });

/** mdast text: text and inline code values, a break as a newline. */
function mdText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "break") return "\n";
  if ("children" in node) return node.children.map((c) => mdText(c as Nodes)).join("");
  return "";
}

function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ("children" in node) for (const c of node.children) yield* walk(c as Nodes);
}

/** The text of every paragraph and heading of the output, in order. */
function outputTexts(root: Root): string[] {
  const out: string[] = [];
  for (const node of walk(root))
    if (node.type === "paragraph" || node.type === "heading") out.push(mdText(node));
  return out;
}

/** The text of every paragraph, heading and list item of the model body, in order. */
function modelTexts(body: readonly Block[]): string[] {
  const out: string[] = [];
  for (const block of allBlocks(body)) {
    if (block.type === "paragraph" || block.type === "heading")
      out.push(inlineText(block.children, "\n"));
    if (block.type === "list")
      for (const item of block.children) out.push(inlineText(item.children, "\n"));
    // The CommonMark forms of the blocks it has no construct for (see the markdown README).
    if (block.type === "aside") out.push(inlineText(block.title, "\n"));
    if (block.type === "editorsNote")
      out.push(
        `Editor's note:${block.children.length > 0 ? " " : ""}${inlineText(block.children, "\n")}`,
      );
    if (block.type === "correction")
      out.push(`Correction, ${formatDateEnglish(block.date)}: ${block.text}`);
  }
  return out;
}

function modelCounts(article: Article) {
  let marks = 0;
  const urls = new Set<string>();
  if (article.image?.url) urls.add(article.image.url);
  if (article.url) urls.add(article.url);
  for (const e of article.entities) {
    const href = entityHref(e);
    if (href) urls.add(href);
  }
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      const node = value as { type?: string; url?: string };
      if (node.type === "emphasis" || node.type === "strong") marks++;
      if (node.type === "link" && node.url) urls.add(node.url);
      if (node.type === "blockquote" && (node as { cite?: string }).cite)
        urls.add((node as { cite: string }).cite);
      // Embeds link their page; video and audio their first file and a video its poster.
      if (node.type === "embed" && node.url) urls.add(node.url);
      if (node.type === "video" || node.type === "audio") {
        const media = node as { sources: { url: string }[]; poster?: string };
        for (const source of media.sources) urls.add(source.url);
        if (media.poster) urls.add(media.poster);
      }
      if (node.type === "figure" && (node as { image: { url?: string } }).image.url)
        urls.add((node as { image: { url: string } }).image.url);
      Object.values(value).forEach(visit);
    }
  };
  visit(article.body);
  visit(article.image);
  return { marks, urls };
}

describe("toMarkdown over hostile articles", () => {
  it("reads back through a CommonMark parser as the model's text, with no HTML and no links, images or emphasis the model lacks", () => {
    fc.assert(
      fc.property(articleArbitrary({ ids: "hostile" }), (article) => {
        const markdown = toMarkdown(article);
        const root = fromMarkdown(markdown);
        const nodes = [...walk(root)];
        expect(nodes.filter((n) => n.type === "html")).toEqual([]);
        const { marks, urls } = modelCounts(article);
        for (const n of nodes) {
          if (n.type === "link" || n.type === "image") expect(urls).toContain(n.url);
          expect(n.type).not.toBe("definition");
          expect(n.type).not.toBe("linkReference");
          expect(n.type).not.toBe("imageReference");
        }
        // The renderer's own marks: the dek and the notices' labels are set in emphasis.
        const notices = allBlocks(article.body).filter(
          (b) => b.type === "editorsNote" || b.type === "correction",
        ).length;
        const own = (article.alternativeHeadline === undefined ? 0 : 1) + notices;
        expect(
          nodes.filter((n) => n.type === "emphasis" || n.type === "strong").length,
        ).toBeLessThanOrEqual(marks + own);
        const headings = nodes.filter((n) => n.type === "heading" && n.depth === 1);
        expect(headings.map((h) => mdText(h))).toEqual([article.headline]);
        // The body's paragraphs, headings and list items appear, in order, with exactly their text.
        const output = outputTexts(root);
        let at = 0;
        for (const text of modelTexts(article.body)) {
          const found = output.indexOf(text, at);
          expect(
            found,
            `body text ${JSON.stringify(text.slice(0, 200))} not found in order in:\n${markdown.slice(0, 3000)}`,
          ).toBeGreaterThanOrEqual(0);
          at = found + 1;
        }
      }),
      fcParams(),
    );
  });
});
