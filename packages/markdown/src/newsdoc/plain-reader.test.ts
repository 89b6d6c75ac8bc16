import { parseArticle } from "@newsdoc/core";
import { article as example } from "@newsdoc/core/example";
import { type Article, type Block, plainText } from "@newsdoc/core/kit";
import { HtmlRenderer, Parser } from "commonmark";
import { type DefaultTreeAdapterMap, parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { fromMarkdown } from "../import/index.js";
import { toNewsdocMarkdown } from "./to-newsdoc-markdown.js";

type Element = DefaultTreeAdapterMap["element"];
type ChildNode = DefaultTreeAdapterMap["childNode"];

// commonmark.js, the CommonMark reference implementation, with no
// extension: what a viewer that knows nothing of newsdoc shows.
function plainRender(markdown: string): string {
  // Viewers (GitHub, static-site generators) take front matter apart.
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, "");
  return new HtmlRenderer().render(new Parser().parse(body));
}

function textOf(node: ChildNode): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  if (node.nodeName === "br") return "\n";
  if (!("childNodes" in node)) return "";
  return node.childNodes.map(textOf).join("");
}

/** The top-level elements of the rendered HTML and their text, as parse5 reads them. */
function renderedBlocks(markdown: string): { name: string; text: string; element: Element }[] {
  return parseFragment(plainRender(markdown))
    .childNodes.filter((n): n is Element => "tagName" in n)
    .map((element) => ({ name: element.tagName, text: textOf(element), element }));
}

function elements(node: ChildNode, name: string): Element[] {
  if (!("childNodes" in node)) return [];
  const own = "tagName" in node && node.tagName === name ? [node as Element] : [];
  return [...own, ...node.childNodes.flatMap((child) => elements(child, name))];
}

// A block's text as it reads: soft line breaks are spaces to a reader.
function words(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function expectDegradesToWords(article: Article): void {
  const markdown = toNewsdocMarkdown(article);
  const blocks = renderedBlocks(markdown);
  const body = blocks.slice(blocks.length - article.body.length);
  expect(body.length, markdown).toBe(article.body.length);
  article.body.forEach((block: Block, i) => {
    expect(words(body[i]!.text), markdown).toBe(words(plainText(block)));
  });
  // Nothing of the syntax shows: no directive, label or tag in the words.
  for (const { text } of body) {
    expect(text).not.toMatch(/\[@|:mention|:quote|data-quote|<span/);
  }
}

describe("in a plain CommonMark reader (commonmark.js, no extension), newsdoc Markdown degrades to its words", () => {
  it("the example: every body block's text equals its plain text; mentions are links", () => {
    expectDegradesToWords(example);
    const blocks = renderedBlocks(toNewsdocMarkdown(example));
    expect(blocks[0]).toMatchObject({ name: "h1", text: example.headline });
    // Putin has a Wikidata URL: a plain reader links his name there.
    const links = blocks.flatMap((b) => elements(b.element, "a"));
    const putin = links.find((a) => textOf(a) === "Vladimir Putin");
    expect(putin?.attrs.find((a) => a.name === "href")?.value).toBe(
      "https://www.wikidata.org/wiki/Q7747",
    );
    // Quote spans are the span newsdoc's HTML writes, around the words.
    const spans = blocks.flatMap((b) => elements(b.element, "span"));
    expect(spans.length).toBe(
      example.body.reduce(
        (n, block) => n + JSON.stringify(block).split('"type":"quote"').length - 1,
        0,
      ),
    );
  });

  it("mentions inside quote spans inside emphasis and links, nested spans, headings, lists and block quotes", () => {
    const article = parseArticle({
      newsdoc: 1,
      id: "a",
      language: "en",
      headline: "Nested",
      authors: [],
      entities: [
        { type: "Place", id: "syria", name: "Syria", url: "https://www.wikidata.org/wiki/Q858" },
        { type: "Person", id: "peskov", name: "Dmitry Peskov" },
      ],
      quotes: [
        { id: "q1", speaker: "peskov", text: "troops in Syria", mode: "indirect" },
        { id: "q2", speaker: "peskov", text: "in Syria", mode: "partial" },
      ],
      claims: [],
      body: [
        {
          type: "heading",
          level: 2,
          children: [{ type: "mention", entity: "syria", text: "Syria" }],
        },
        {
          type: "paragraph",
          children: [
            { type: "mention", entity: "peskov", text: "Peskov" },
            " said ",
            {
              type: "emphasis",
              children: [
                {
                  type: "quote",
                  quote: "q1",
                  children: [
                    "troops ",
                    {
                      type: "quote",
                      quote: "q2",
                      children: ["in ", { type: "mention", entity: "syria", text: "Syria" }],
                    },
                  ],
                },
              ],
            },
            " (",
            {
              type: "link",
              url: "https://example.com/a",
              children: [{ type: "quote", quote: "q2", children: ["in Syria"] }],
            },
            ").",
          ],
        },
        {
          type: "list",
          children: [
            {
              type: "listItem",
              children: [{ type: "mention", entity: "syria", text: "Syria" }, "!"],
            },
          ],
        },
        {
          type: "blockquote",
          children: [
            {
              type: "paragraph",
              children: [{ type: "quote", quote: "q2", children: ["in Syria"] }],
            },
          ],
        },
      ],
    });
    expectDegradesToWords(article);
    // And newsdoc reads it back as it was.
    expect(fromMarkdown(toNewsdocMarkdown(article)).article).toStrictEqual(article);
  });
});
