import { parseArticle } from "@newsdoc/core";
import { fcParams } from "@newsdoc/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromMarkdown } from "./from-markdown.js";
import { MarkdownImportError } from "./report.js";

const FRONT = `---
id: a
language: en
entities:
  - { type: Person, id: peskov, name: Dmitry Peskov, alternateNames: [Peskov] }
  - { type: Place, id: syria, name: Syria }
quotes:
  - { id: q1, speaker: peskov, mode: indirect, text: troops are not in Syria }
---
# H

`;

function issuesOf(source: string) {
  try {
    fromMarkdown(source);
  } catch (error) {
    expect(error).toBeInstanceOf(MarkdownImportError);
    return (error as MarkdownImportError).issues;
  }
  return expect.unreachable("no error");
}

describe("mentions as [words][@id] and quote spans as <span data-quote>", () => {
  it("reads both without definitions written in the file, with nothing to report", () => {
    const { article, report } = fromMarkdown(
      `${FRONT}[Peskov][@peskov] said <span data-quote="q1">troops are not in [Syria][@syria]</span>.\n`,
    );
    expect(article.body).toEqual([
      {
        type: "paragraph",
        children: [
          { type: "mention", entity: "peskov", text: "Peskov" },
          " said ",
          {
            type: "quote",
            quote: "q1",
            children: ["troops are not in ", { type: "mention", entity: "syria", text: "Syria" }],
          },
          ".",
        ],
      },
    ]);
    expect(article.quotes[0]?.text).toBe("troops are not in Syria");
    expect(report).toEqual([]);
  });

  it("[words][@] finds the entity by its name or alternate name", () => {
    const { article } = fromMarkdown(`${FRONT}[Peskov][@] and [Syria][@].\n`);
    expect(article.body[0]).toMatchObject({
      children: [
        { type: "mention", entity: "peskov" },
        " and ",
        { type: "mention", entity: "syria" },
        ".",
      ],
    });
  });

  it("a definition written in the file is used, not reported, and does not change the entity", () => {
    const { article, report } = fromMarkdown(
      `${FRONT}[Peskov][@peskov].\n\n[@peskov]: https://example.com/someone-else\n`,
    );
    expect(article.body[0]).toMatchObject({
      children: [{ entity: "peskov", text: "Peskov" }, "."],
    });
    expect(report).toEqual([]);
  });

  it("the old directives still read, mixed with the new forms", () => {
    const { article } = fromMarkdown(
      `${FRONT}:mention[Peskov]{#peskov} said :quote[troops are not in [Syria][@syria]]{#q1}.\n`,
    );
    expect(article.body[0]).toMatchObject({
      children: [
        { type: "mention", entity: "peskov" },
        " said ",
        { type: "quote", quote: "q1", children: ["troops are not in ", { entity: "syria" }] },
        ".",
      ],
    });
  });

  it("an unknown entity id is an error at the mention's line and column", () => {
    const issues = issuesOf(`${FRONT}Then [Nobody][@nobody] spoke.\n`);
    expect(issues[0]).toMatchObject({ code: "unknown_reference", line: 12, column: 6 });
  });

  it("words that name no entity, with [@], are an error that says how to fix it", () => {
    const issues = issuesOf(`${FRONT}[Someone][@] spoke.\n`);
    expect(issues[0]).toMatchObject({ code: "mention-without-entity", line: 12, column: 1 });
    expect(issues[0]?.message).toContain("[Someone][@entity-id]");
  });

  it("[@id] without words is kept as the text written (with a note when the label is defined)", () => {
    expect(fromMarkdown(`${FRONT}See [@peskov] here.\n`)).toMatchObject({
      article: { body: [{ type: "paragraph", children: ["See [@peskov] here."] }] },
      report: [],
    });
    const { article, report } = fromMarkdown(`${FRONT}See [@peskov], [Peskov][@peskov].\n`);
    expect(article.body[0]).toEqual({
      type: "paragraph",
      children: ["See [@peskov], ", { type: "mention", entity: "peskov", text: "Peskov" }, "."],
    });
    expect(report).toMatchObject([{ code: "mention-without-words", line: 12, column: 5 }]);
  });

  it("a quote span without its </span> is an error at the open tag", () => {
    const issues = issuesOf(`${FRONT}He said <span data-quote="q1">troops are not in Syria.\n`);
    expect(issues[0]).toMatchObject({ code: "unclosed-quote-span", line: 12, column: 9 });
  });

  it("other HTML is still dropped and reported, its words kept; a plain <span> does not close a quote span early", () => {
    const { article, report } = fromMarkdown(
      `${FRONT}<span data-quote="q1">troops <span class="x">are</span> not in Syria</span>\n`,
    );
    expect(article.body[0]).toEqual({
      type: "paragraph",
      children: [{ type: "quote", quote: "q1", children: ["troops are not in Syria"] }],
    });
    expect(report.map((n) => n.code)).toEqual(["html-dropped", "html-dropped"]);
  });
});

describe("hostile newsdoc Markdown (property): the new forms mixed with everything else", () => {
  const token = fc.constantFrom(
    "[",
    "]",
    "[@",
    "][@a]",
    "[A][@a]",
    "[A][@]",
    "[@a]",
    "[@a][]",
    "[@a]: #\n",
    "[@b]: <x\n",
    '<span data-quote="q">',
    "<span data-quote=q>",
    '<span data-quote="">',
    "</span>",
    "<span>",
    "<span class=x>",
    "</span >",
    "<SPAN DATA-QUOTE='q'>",
    ":mention[",
    ":quote[",
    "]{#a}",
    "]{#q}",
    "{",
    "}",
    "*",
    "**",
    "_",
    "\n",
    "\n\n",
    "> ",
    "- ",
    "1. ",
    "# ",
    "```\n",
    "---\n",
    ":::figure{.lead}\n",
    ":::\n",
    "<!---->",
    "&amp;",
    "\\",
    "`",
    "![x](http://e.com/a.png)",
    "[l](https://e.com/)",
    "A",
    "words ",
    " ",
    "\t",
    "\u2028",
    "😀",
    ":",
    "<",
    ">",
    "&",
    '"',
  );
  const front = fc.constantFrom(
    "",
    FRONT,
    "---\nid: a\nlanguage: en\nentities: [{ type: Person, id: a, name: A }]\n---\n",
  );
  it("never throws anything but MarkdownImportError, and what it returns passes parseArticle", () => {
    fc.assert(
      fc.property(front, fc.array(token, { maxLength: 60 }), (head, tokens) => {
        const source = `${head}${tokens.join("")}`;
        try {
          const { article } = fromMarkdown(source);
          expect(parseArticle(article)).toStrictEqual(article);
        } catch (error) {
          if (!(error instanceof MarkdownImportError)) throw error;
          for (const issue of error.issues) expect(issue.message).toMatch(/\S/);
        }
      }),
      fcParams(),
    );
  }, 300_000);
});
