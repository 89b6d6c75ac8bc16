import {
  type Article,
  type Block,
  createIndex as createIndexForTest,
  DEFAULT_LABELS,
  EMBED_PROVIDERS,
  entityHref,
  formatDateEnglish,
  type Image,
  type Inline,
  plainText,
  quoteAppendix,
} from "@newsdoc/core/kit";
import { articleArbitrary, fcParams } from "@newsdoc/test-utils";
import fc from "fast-check";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import { type DefaultTreeAdapterMap, parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { bodyNodesArticle } from "../../jsonld/src/__fixtures__/body-nodes-article.js";
import { quoteLine } from "./appendix.js";
import { fitsGfm } from "./handlers/table.js";
import { bylineText } from "./header.js";
import { type MarkdownOptions, toMarkdown } from "./index.js";

// What a CommonMark reader gets back, block by block, and which links and
// images it sees, compared with what the model says.
interface Reading {
  texts: string[];
  links: string[];
  images: string[];
  headings: number;
  lists: number;
  emphasis: number;
  /** GFM tables, and HTML tables (the fallback for tables GFM cannot carry). */
  tables: number;
  htmlTables: number;
  forbidden: string[];
}

type MdNode = {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  children?: MdNode[];
};

function inlineText(node: MdNode): string {
  switch (node.type) {
    case "text":
      return node.value ?? "";
    case "break":
      return "\n";
    case "image":
      return node.alt ?? "";
    default:
      return (node.children ?? []).map(inlineText).join("");
  }
}

const FORBIDDEN = new Set([
  "code",
  "inlineCode",
  "definition",
  "linkReference",
  "imageReference",
  "footnoteReference",
  "footnoteDefinition",
  "yaml",
  "delete",
]);

// What the HTML of a table fallback may hold: the table's structure, no text, no other markup.
const TABLE_ELEMENTS = new Set(["table", "caption", "thead", "tbody", "tr", "th", "td"]);
const TABLE_ATTRIBUTES = new Set(["scope", "colspan", "rowspan"]);
type P5Node = DefaultTreeAdapterMap["childNode"];

/** The markup outside table structure in the document's HTML (all its HTML nodes, parsed as one). */
function nonTableMarkup(html: string): string[] {
  const found: string[] = [];
  const walk = (nodes: readonly P5Node[]) => {
    for (const node of nodes) {
      if (node.nodeName === "#text") {
        const value = (node as DefaultTreeAdapterMap["textNode"]).value;
        if (value.trim() !== "") found.push(`text ${JSON.stringify(value)}`);
      } else if (node.nodeName === "#comment") found.push("comment");
      else {
        const element = node as DefaultTreeAdapterMap["element"];
        if (!TABLE_ELEMENTS.has(element.tagName)) found.push(element.tagName);
        for (const attr of element.attrs)
          if (!TABLE_ATTRIBUTES.has(attr.name)) found.push(`${element.tagName}@${attr.name}`);
        walk(element.childNodes);
      }
    }
  };
  walk(parseFragment(html).childNodes);
  return found;
}

function read(markdown: string): Reading {
  const reading: Reading = {
    texts: [],
    links: [],
    images: [],
    headings: 0,
    lists: 0,
    emphasis: 0,
    tables: 0,
    htmlTables: 0,
    forbidden: [],
  };
  let html = "";
  const visit = (node: MdNode) => {
    if (FORBIDDEN.has(node.type)) reading.forbidden.push(node.type);
    if (node.type === "html") {
      html += node.value;
      if (node.value!.startsWith("<table>")) reading.htmlTables++;
    }
    if (node.type === "table") reading.tables++;
    if (node.type === "tableCell") {
      const text = inlineText(node);
      if (text !== "") reading.texts.push(text);
    }
    if (node.type === "link") reading.links.push(node.url!);
    if (node.type === "image") reading.images.push(node.url!);
    if (node.type === "emphasis" || node.type === "strong") reading.emphasis++;
    if (node.type === "heading") reading.headings++;
    if (node.type === "list") reading.lists++;
    if (node.type === "paragraph" || node.type === "heading") {
      const text = inlineText(node);
      if (text !== "") reading.texts.push(text);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(
    fromMarkdown(markdown, {
      extensions: [gfmTable()],
      mdastExtensions: [gfmTableFromMarkdown()],
    }) as MdNode,
  );
  reading.forbidden.push(...nonTableMarkup(html));
  return reading;
}

// The same, derived from the model: what the Markdown must read back as.
function expected(article: Article, options: Partial<MarkdownOptions>): Reading {
  const index = createIndexForTest(article);
  const out: Reading = {
    texts: [],
    links: [],
    images: [],
    headings: 1,
    lists: 0,
    emphasis: 0,
    tables: 0,
    htmlTables: 0,
    forbidden: [],
  };
  const text = (s: string) => {
    if (s !== "") out.texts.push(s);
  };
  const inline = (nodes: readonly Inline[], inLink: boolean) => {
    for (const node of nodes) {
      if (typeof node === "string" || node.type === "break") continue;
      if (node.type === "mention") {
        const href = entityHref(index.requireEntity(node.entity));
        if (!inLink && href !== undefined && options.mentions !== "text") out.links.push(href);
        continue;
      }
      if (node.type === "link" && !inLink) out.links.push(node.url);
      if (node.type === "emphasis" || node.type === "strong") out.emphasis++;
      inline(node.children, inLink || node.type === "link");
    }
  };
  const image = (img: Image) => {
    if (img.url !== undefined) {
      out.images.push(img.url);
      text(img.alt ?? "");
    }
    if (img.caption) {
      text(plainText(img.caption));
      inline(img.caption, false);
    }
    if (img.credit) text(`Credit: ${img.credit.text}`);
  };
  const blocks = (list: readonly Block[]) => {
    for (const block of list) {
      switch (block.type) {
        case "paragraph":
        case "heading":
          if (block.type === "heading") out.headings++;
          text(plainText(block.children));
          inline(block.children, false);
          break;
        case "figure":
          image(block.image);
          break;
        case "blockquote": {
          blocks(block.children);
          let who: string | undefined;
          if (block.quote !== undefined) {
            const quote = index.requireQuote(block.quote);
            who = index.requireEntity(quote.speaker).name;
            if (quote.via !== undefined) who += `, via ${index.requireEntity(quote.via).name}`;
          }
          if (block.cite !== undefined) {
            text(`— ${who ?? "Source"}`);
            out.links.push(block.cite);
          } else if (who !== undefined) text(`— ${who}`);
          break;
        }
        case "list":
          if (block.children.length > 0) out.lists++;
          for (const item of block.children) {
            text(plainText(item.children));
            inline(item.children, false);
          }
          break;
        case "rule":
          break;
        case "embed": {
          const provider =
            block.provider === undefined ? undefined : EMBED_PROVIDERS[block.provider];
          text(provider === undefined ? block.title : `${block.title} (${provider.name})`);
          out.links.push(block.url);
          if (block.fallback !== undefined) text(block.fallback);
          break;
        }
        case "video":
        case "audio": {
          if (block.type === "video" && block.poster !== undefined) {
            text(block.title);
            out.images.push(block.poster);
          }
          text(block.title);
          out.links.push(block.sources[0]!.url);
          if (block.description !== undefined) text(block.description);
          const parts = (block.transcript ?? "").split("\n\n").filter((p) => p.trim() !== "");
          if (parts.length > 0) {
            text("Transcript:");
            for (const p of parts) text(p);
          }
          break;
        }
        case "aside":
          out.headings++;
          text(plainText(block.title));
          inline(block.title, false);
          blocks(block.children);
          break;
        case "pullQuote": {
          const quote = index.requireQuote(block.quote);
          text(quote.text);
          text(`— ${index.requireEntity(quote.speaker).name}`);
          break;
        }
        case "editorsNote":
          out.emphasis++;
          text(`Editor's note:${block.children.length > 0 ? " " : ""}${plainText(block.children)}`);
          inline(block.children, false);
          break;
        case "correction":
          out.emphasis++;
          text(`Correction, ${formatDateEnglish(block.date)}: ${block.text}`);
          break;
        case "table":
          // The caption is a paragraph above a GFM table, in <caption> of an HTML one; then the cells.
          if (fitsGfm(block)) out.tables++;
          else out.htmlTables++;
          if (block.caption !== undefined) {
            text(plainText(block.caption));
            inline(block.caption, false);
          }
          for (const row of block.children)
            for (const cell of row.children) {
              text(plainText(cell.children));
              inline(cell.children, false);
            }
          break;
      }
    }
  };
  text(article.headline);
  if (article.alternativeHeadline) {
    text(article.alternativeHeadline);
    out.emphasis++;
  }
  const byline = bylineText(article, index, formatDateEnglish, DEFAULT_LABELS);
  if (byline !== undefined) text(byline);
  if (article.image) image(article.image);
  blocks(article.body);
  if (options.appendix === "quotes") {
    const groups = quoteAppendix(article, index);
    if (groups.length > 0) {
      text("Who said what");
      out.headings++;
      for (const group of groups) {
        text(group.speaker.name);
        out.headings++;
        out.lists++;
        for (const entry of group.quotes) text(quoteLine(entry, index, DEFAULT_LABELS));
      }
    }
  }
  return out;
}

const optionsArbitrary = fc.record({
  mentions: fc.constantFrom("link" as const, "text" as const),
  appendix: fc.constantFrom(false as const, "quotes" as const),
});

describe("round trip through a CommonMark parser", () => {
  it("reads back the body-nodes fixture: asides, pull quotes and notices", () => {
    for (const options of [{}, { mentions: "text" as const }]) {
      const markdown = toMarkdown(bodyNodesArticle, options);
      const got = read(markdown);
      const want = expected(bodyNodesArticle, options);
      expect(got.forbidden).toEqual([]);
      expect(got.texts).toEqual(want.texts);
      expect(got.links).toEqual(want.links);
      expect(got.headings).toBe(want.headings);
      expect(got.lists).toBe(want.lists);
      expect([got.tables, got.htmlTables]).toEqual([want.tables, want.htmlTables]);
      expect(got.emphasis).toBeLessThanOrEqual(want.emphasis);
    }
  });

  it("writes a table GFM can carry as a GFM table, pipes and line breaks in cells included", () => {
    const article: Article = {
      ...bodyNodesArticle,
      body: [
        {
          type: "table",
          caption: ["Fees | dues"],
          children: [
            {
              type: "tableRow",
              children: [
                { type: "tableCell", header: "column", children: ["Port|dock"] },
                { type: "tableCell", header: "column", children: [] },
              ],
            },
            {
              type: "tableRow",
              children: [
                {
                  type: "tableCell",
                  children: [{ type: "link", url: "https://example.org/a|b", children: ["a | b"] }],
                },
                { type: "tableCell", children: ["two", { type: "break" }, "lines\\"] },
              ],
            },
          ],
        },
      ],
    };
    const got = read(toMarkdown(article));
    const want = expected(article, {});
    expect(got.forbidden).toEqual([]);
    expect([got.tables, got.htmlTables]).toEqual([1, 0]);
    expect(got.texts).toEqual(want.texts);
    expect(got.links).toEqual(want.links);
  });

  it("reads back every text, link and image of any article, and no markup it did not have", () => {
    fc.assert(
      fc.property(
        articleArbitrary({ nestedLinks: true, maxDepth: 3, bodyNodes: true }),
        optionsArbitrary,
        (article, options) => {
          const markdown = toMarkdown(article, options);
          const got = read(markdown);
          const want = expected(article, options);
          expect(got.forbidden).toEqual([]);
          expect(got.texts, JSON.stringify(markdown)).toEqual(want.texts);
          expect(got.links).toEqual(want.links);
          expect(got.images).toEqual(want.images);
          expect(got.headings).toBe(want.headings);
          expect(got.lists).toBe(want.lists);
          expect([got.tables, got.htmlTables]).toEqual([want.tables, want.htmlTables]);
          // Touching runs merge and emphasis inside emphasis is written once: fewer, never more.
          expect(got.emphasis).toBeLessThanOrEqual(want.emphasis);
        },
      ),
      fcParams(),
    );
  }, 300_000);
});
