import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import { describe, expect, it } from "vitest";
import { destination, escapeMarkdown, title, UNSAFE } from "./escape.js";
import { finishLines } from "./finish-lines.js";

const paragraphText = (markdown: string) => {
  // GFM tables on: a line under a line may read as a table's delimiter row.
  const tree = fromMarkdown(markdown, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  }) as {
    children: { type: string; children: { value?: string }[] }[];
  };
  expect(tree.children.map((c) => c.type)).toEqual(["paragraph"]);
  return tree.children[0]!.children.map((c) => c.value).join("");
};
const asParagraph = (text: string) => finishLines(escapeMarkdown(text), "paragraph");

describe("escapeMarkdown", () => {
  it("returns strings that need nothing as they are", () => {
    const s = "Russia denies sending troops, Peskov said (on Friday) — 100% sure; AT&T too.";
    expect(escapeMarkdown(s)).toBe(s);
  });

  it("escapes emphasis, code, links, HTML, autolinks, references and GFM markers", () => {
    expect(escapeMarkdown("*a* `b` [c](d) <e> <0@x.example> &amp; ~f~ |g|")).toBe(
      "\\*a\\* \\`b\\` \\[c](d) \\<e> \\<0@x.example> \\&amp; \\~f\\~ \\|g\\|",
    );
  });

  it("leaves underscores inside words and escapes the others", () => {
    expect(escapeMarkdown("snake_case _x_")).toBe("snake_case \\_x\\_");
  });

  it("escapes ] only in link text", () => {
    expect(escapeMarkdown("a]")).toBe("a]");
    expect(escapeMarkdown("a]", "linkText")).toBe("a\\]");
  });

  it("escapes every rule's character, alone, in each of its positions (the quick pre-test misses none)", () => {
    // Alone, each character meets its rule's context: `_` at the start and
    // end of the text, `&` before the end.
    for (const rule of UNSAFE)
      for (const position of rule.in)
        expect(
          escapeMarkdown(rule.character, position),
          `${JSON.stringify(rule.character)} in ${position}`,
        ).not.toBe(rule.character);
  });

  it("escapes & only before what could be a character reference", () => {
    expect(escapeMarkdown("Fish & chips, AT&T said")).toBe("Fish & chips, AT&T said");
    // At the end of a string the next node may complete a reference.
    expect(escapeMarkdown("AT&T")).toBe("AT\\&T");
    expect(escapeMarkdown("&copy; &#169; &")).toBe("\\&copy; \\&#169; \\&");
  });
});

describe("finishLines", () => {
  it.each([
    "# not a heading",
    "> not a quote",
    "- not a list",
    "+ not a list",
    "1. not a list",
    "2015) not a list",
    "=",
    "---",
    "    not code",
    "\tnot code",
    "trailing  ",
    "a\n\nb",
    "\nleading newline",
    "trailing newline\n",
    "a\n# b\n- c\n  d",
    "a  \nb",
    "a\n:---",
    "a\n:-:",
    "a\n-:",
    "a\n :-",
  ])("keeps %j one paragraph with the same text", (text) => {
    expect(paragraphText(asParagraph(text))).toBe(text);
  });

  it("keeps headings on one line and their trailing # as text", () => {
    const md = `## ${finishLines(escapeMarkdown(" a\nb #"), "heading")}`;
    const tree = fromMarkdown(md) as {
      children: { type: string; children: { value: string }[] }[];
    };
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]!.children[0]!.value).toBe(" a\nb #");
  });

  it("leaves ordinary text alone", () => {
    expect(asParagraph("1.5 million people")).toBe("1.5 million people");
  });
});

describe("destination and title", () => {
  it("writes bare URLs when it can and <…> when it must", () => {
    expect(destination("https://example.org/a_b")).toBe("https://example.org/a_b");
    expect(destination("https://example.org/a b(c)<d>")).toBe(
      "<https://example.org/a b(c)\\<d\\>>",
    );
  });

  it.each([
    "https://example.org/a b",
    "https://example.org/(x)",
    "https://example.org/?a=1&amp;b=2",
    "https://example.org/\\x",
    "https://example.org/<>",
  ])("%s parses back to itself, with a hostile title", (url) => {
    const t = 'He said "no" \\ &amp; (x)';
    const tree = fromMarkdown(`[x](${destination(url)} ${title(t)})`) as {
      children: { children: { url: string; title: string }[] }[];
    };
    const link = tree.children[0]!.children[0]!;
    expect(link.url).toBe(url);
    expect(link.title).toBe(t);
  });
});
