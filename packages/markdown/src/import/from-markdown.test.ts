import { parseArticle } from "@newsdoc/core";
import { plainText } from "@newsdoc/core/kit";
import { fcParams } from "@newsdoc/test-utils";
import fc from "fast-check";
import { fromMarkdown as plainFromMarkdown } from "mdast-util-from-markdown";
import { toString as mdastText } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { fromMarkdown } from "./from-markdown.js";
import { MarkdownImportError } from "./report.js";

const PLAIN = `# A plain *headline*

Some *emphasis*, **strong**, a [link](https://example.com/a "t") and a hard\\
break.

![A photo](https://example.com/p.jpg)

> Quoted words.

- one
- two
  - nested

1. first

***

## Section

\`\`\`js
code()
\`\`\`

<div>html</div>

| a | b |
| - | - |
| 1 | 2 |

[relative](/about) and ~~struck~~.

# Second h1
`;

describe("fromMarkdown on plain CommonMark", () => {
  const { article, report } = fromMarkdown(PLAIN);
  it("takes the first h1 as the headline and keeps the rest as blocks", () => {
    expect(article.headline).toBe("A plain headline");
    expect(article.body.map((b) => b.type)).toEqual([
      "paragraph",
      "figure",
      "blockquote",
      "list",
      "list",
      "rule",
      "heading",
      "paragraph",
      "table",
      "paragraph",
      "heading",
    ]);
    expect(article.body[0]).toEqual({
      type: "paragraph",
      children: [
        "Some ",
        { type: "emphasis", children: ["emphasis"] },
        ", ",
        { type: "strong", children: ["strong"] },
        ", a ",
        { type: "link", url: "https://example.com/a", title: "t", children: ["link"] },
        " and a hard",
        { type: "break" },
        "break.",
      ],
    });
    expect(article.body[1]).toEqual({
      type: "figure",
      image: { url: "https://example.com/p.jpg", alt: "A photo" },
    });
    expect(parseArticle(article)).toStrictEqual(article);
  });
  it("reads a GFM table as a table: the first row as column headers", () => {
    const table = article.body.find((b) => b.type === "table");
    expect(table).toEqual({
      type: "table",
      children: [
        {
          type: "tableRow",
          children: [
            { type: "tableCell", header: "column", children: ["a"] },
            { type: "tableCell", header: "column", children: ["b"] },
          ],
        },
        {
          type: "tableRow",
          children: [
            { type: "tableCell", children: ["1"] },
            { type: "tableCell", children: ["2"] },
          ],
        },
      ],
    });
  });
  it("reports everything it could not keep, with line and column", () => {
    const codes = report.map((n) => n.code);
    for (const code of [
      "markup-in-headline",
      "nested-list-flattened",
      "code-as-text",
      "html-dropped",
      "link-dropped",
      "strikethrough-as-text",
      "heading-level-changed",
      "id-generated",
      "language-missing",
    ]) {
      expect(codes).toContain(code);
    }
    const html = report.find((n) => n.code === "html-dropped")!;
    expect(html.line).toBe(PLAIN.split("\n").indexOf("<div>html</div>") + 1);
    expect(html.column).toBe(1);
  });
});

describe("newsdoc syntax", () => {
  const source = `---
id: a
language: en
entities:
  - { type: Person, id: muallem, name: Walid Muallem, alternateNames: [Muallem] }
claims:
  - { id: c, statement: Troops are sent }
---
# Headline

:mention[Muallem] said :quote[“no troops,”]{#q1 speaker=muallem mode=direct verb=said claim=c stance=denies} on :mention[TV]{#muallem}.
`;
  it("takes a quote's text from its span, its fields from the attributes, a claim's stances from its quotes", () => {
    const { article, report } = fromMarkdown(source);
    expect(article.quotes).toEqual([
      {
        id: "q1",
        speaker: "muallem",
        text: "no troops",
        mode: "direct",
        verb: "said",
        claim: "c",
        stance: "denies",
      },
    ]);
    expect(article.claims[0]!.stances).toEqual([{ stance: "denies", by: "muallem", quote: "q1" }]);
    expect((article.body[0] as { children: unknown[] }).children[0]).toEqual({
      type: "mention",
      entity: "muallem",
      text: "Muallem",
    });
    expect(report).toEqual([]);
  });
  it("the older directive form still reads; in a plain CommonMark reader it shows literally (what the writer writes degrades to words: see newsdoc/plain-reader.test.ts)", () => {
    const { article } = fromMarkdown(source);
    const plain = mdastText(plainFromMarkdown(source.slice(source.indexOf("# Headline"))));
    // Directives are not CommonMark: a plain reader prints `:mention[Muallem]{#muallem}` as written.
    expect(plain).toContain(":mention[TV]{#muallem}");
    expect(plain).toMatch(/:quote\[[^\]]*\]\{#q1/);
    const words = plainText(article.body);
    let at = 0;
    for (const word of words.split(/\s+/)) {
      const found = plain.indexOf(word.replace(/[“”,.]/g, ""), at);
      expect(found, word).toBeGreaterThanOrEqual(0);
      at = found;
    }
  });
  it("points to the line and column of an error", () => {
    try {
      fromMarkdown(source.replace("{#muallem}", "{#nobody}"));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MarkdownImportError);
      const issue = (error as MarkdownImportError).issues[0]!;
      expect(issue.code).toBe("unknown_reference");
      expect([issue.line, issue.column]).toEqual([
        11,
        source.split("\n")[10]!.indexOf(":mention[TV]") + 1,
      ]);
    }
  });
  it("refuses a mention attribute it would otherwise drop, at its line and column", () => {
    const bad = source.replace("{#muallem}", "{#muallem speaker=muallem}");
    try {
      fromMarkdown(bad);
      expect.unreachable();
    } catch (error) {
      expect((error as MarkdownImportError).issues[0]).toMatchObject({
        code: "unknown-attribute",
        line: 11,
        column: bad.split("\n")[10]!.indexOf(":mention[TV]") + 1,
      });
    }
  });
  it("reports a YAML error at its line", () => {
    expect(() => fromMarkdown("---\nid: [\n---\n# H\n")).toThrow(MarkdownImportError);
    try {
      fromMarkdown("---\nid: a\nid: b\n---\n# H\n");
    } catch (error) {
      expect((error as MarkdownImportError).issues[0]).toMatchObject({
        code: "yaml-syntax",
        line: 3,
      });
    }
  });
});

describe("hostile Markdown", () => {
  it("never throws anything but MarkdownImportError, and what it returns passes parseArticle", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 400 }).map((s) => `# H\n\n${s}`),
        fc.string({ maxLength: 200 }),
        (a, b) => {
          for (const source of [a, b]) {
            try {
              const { article } = fromMarkdown(source);
              expect(parseArticle(article)).toStrictEqual(article);
            } catch (error) {
              expect(error).toBeInstanceOf(MarkdownImportError);
            }
          }
        },
      ),
      fcParams(),
    );
  }, 120_000);
});
