import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { article as example } from "@newsdoc/core/example";
import type { Article, Block, Inline } from "@newsdoc/core/kit";
import { describe, expect, it } from "vitest";
import { markdownRenderer, toMarkdown } from "./index.js";

const base: Article = {
  newsdoc: 1,
  id: "a",
  language: "en",
  headline: "Head",
  authors: [],
  entities: [
    {
      type: "Person",
      id: "peskov",
      name: "Dmitry Peskov",
      sameAs: ["https://www.wikidata.org/wiki/Q4160221"],
    },
    { type: "Organization", id: "tass", name: "Tass" },
  ],
  quotes: [
    {
      id: "q",
      speaker: "peskov",
      text: "It is difficult",
      mode: "direct",
      verb: "added",
      via: "tass",
      when: { text: "on Friday" },
    },
  ],
  claims: [],
  body: [],
};
const withBody = (...body: Block[]): Article => ({ ...base, body });
const para = (...children: Inline[]): Block => ({ type: "paragraph", children });
const render = (a: Article, options = {}) =>
  toMarkdown(a, options).split("\n\n").slice(1).join("\n\n");

describe("handlers", () => {
  it("paragraph, emphasis, strong, break", () => {
    const md = render(
      withBody(
        para(
          "a ",
          { type: "emphasis", children: ["b"] },
          " ",
          { type: "strong", children: ["c"] },
          { type: "break" },
          "d",
        ),
      ),
    );
    expect(md).toBe("a *b* **c**\\\nd\n");
  });

  it("emphasis runs: siblings alternate characters, a mark filling its parent takes the other, same marks nest once", () => {
    const em = (...children: Inline[]): Inline => ({ type: "emphasis", children });
    const strong = (...children: Inline[]): Inline => ({ type: "strong", children });
    expect(render(withBody(para(em("a"), strong("b"), em("c"))))).toBe("*a*__b__*c*\n");
    expect(render(withBody(para(strong(em("a")))))).toBe("**_a_**\n");
    // Emphasis inside emphasis looks the same in CommonMark renderers: written once.
    expect(render(withBody(para(em("a ", em("b"), " c"))))).toBe("*a b c*\n");
    // A letter next to a delimiter becomes a character reference so that the run opens or closes.
    expect(render(withBody(para(strong(strong("A"), em("A")))))).toBe("**&#x41;_A_**\n");
    // snake_case stays as written, unless a neighbour of its `_` is encoded: then the `_` is escaped.
    expect(render(withBody(para("snake_case")))).toBe("snake_case\n");
    expect(render(withBody(para(em("x"), "1_0", em("y"))))).toBe("*x*&#x31;\\_&#x30;*y*\n");
  });

  it("heading at its level", () => {
    expect(render(withBody({ type: "heading", level: 3, children: ["Sub"] }))).toBe("### Sub\n");
  });

  it("link with title; mention as link by default, as text on request, and as text inside a link", () => {
    const mention: Inline = { type: "mention", entity: "peskov", text: "Peskov" };
    const a = withBody(
      para(
        { type: "link", url: "https://example.org/a b", title: "T", children: ["x ", mention] },
        " ",
        mention,
      ),
    );
    expect(render(a)).toBe(
      '[x Peskov](<https://example.org/a b> "T") [Peskov](https://www.wikidata.org/wiki/Q4160221)\n',
    );
    expect(render(a, { mentions: "text" })).toContain(") Peskov\n");
  });

  it("mention of an entity without URL is plain words", () => {
    expect(render(withBody(para({ type: "mention", entity: "tass", text: "Tass" })))).toBe(
      "Tass\n",
    );
  });

  it("quote span renders its words", () => {
    expect(
      render(withBody(para({ type: "quote", quote: "q", children: ['"It is difficult"'] }))),
    ).toBe('"It is difficult"\n');
  });

  it("lists: bullets, ordered with start, and two lists in a row kept apart", () => {
    const md = render(
      withBody(
        {
          type: "list",
          children: [
            { type: "listItem", children: ["a"] },
            { type: "listItem", children: ["b\nc"] },
          ],
        },
        { type: "list", children: [{ type: "listItem", children: ["d"] }] },
        {
          type: "list",
          ordered: true,
          start: 9,
          children: [
            { type: "listItem", children: ["e"] },
            { type: "listItem", children: ["f"] },
          ],
        },
      ),
    );
    expect(md).toBe("- a\n- b\n  c\n\n* d\n\n9. e\n10. f\n");
  });

  it("blockquote with attribution and cite", () => {
    const md = render(
      withBody({
        type: "blockquote",
        quote: "q",
        cite: "https://example.org/q",
        children: [para("One"), para("Two")],
      }),
    );
    expect(md).toBe("> One\n>\n> Two\n>\n> — [Dmitry Peskov, via Tass](https://example.org/q)\n");
  });

  it("rule, separated from the paragraph above by a blank line", () => {
    expect(render(withBody(para("a"), { type: "rule" }))).toBe("a\n\n***\n");
  });

  it("figure with and without a file", () => {
    const image = { alt: "A [photo]", caption: ["Cap"], credit: { text: "Reuters" } };
    expect(
      render(withBody({ type: "figure", image: { ...image, url: "https://example.org/i.jpg" } })),
    ).toBe("![A \\[photo\\]](https://example.org/i.jpg)\n\nCap\n\nCredit: Reuters\n");
    expect(render(withBody({ type: "figure", image }))).toBe("Cap\n\nCredit: Reuters\n");
  });

  it("header: headline, dek, byline and dates", () => {
    const md = toMarkdown({
      ...base,
      alternativeHeadline: "Dek",
      authors: ["peskov"],
      datePublished: "2015-09-11T10:00:00Z",
    });
    expect(md).toBe("# Head\n\n*Dek*\n\nBy Dmitry Peskov · Published 11 September 2015\n");
  });

  it("appendix: who said what, and claims", () => {
    expect(toMarkdown(base, { appendix: "quotes" })).toContain(
      "## Who said what\n\n### Dmitry Peskov\n\n- “It is difficult” — added via Tass on Friday (direct quotation)\n",
    );
    const claims: Article = {
      ...base,
      claims: [
        { id: "c", statement: "Troops are sent", stances: [{ stance: "denies", by: "peskov" }] },
      ],
    };
    expect(toMarkdown(claims, { appendix: "claims" })).toContain(
      "## Claims\n\n### Troops are sent\n\n- Denies: Dmitry Peskov\n",
    );
  });

  it("ends with exactly one newline and is deterministic", () => {
    const a = toMarkdown(example, { frontMatter: true, appendix: "quotes" });
    expect(a.endsWith("\n") && !a.endsWith("\n\n")).toBe(true);
    expect(a).not.toContain("\r");
    expect(toMarkdown(example, { frontMatter: true, appendix: "quotes" })).toBe(a);
  });
});

describe("URL policy (core's safeUrl)", () => {
  // Only unvalidated input can hold such URLs: parseArticle refuses them.
  const unsafe = [
    "javascript:alert(1)",
    " JaVa\tScRiPt:alert(1)",
    "data:text/html,<b>",
    "vbscript:x",
  ];

  it.each(unsafe)("a link to %j degrades to its words", (url) => {
    const md = render(withBody(para("see ", { type: "link", url, children: ["this"] }, ".")));
    expect(md).toBe("see this.\n");
  });

  it.each(unsafe)("an image at %j is left out, its caption and credit kept", (url) => {
    const md = toMarkdown({
      ...base,
      image: { url, alt: "x", caption: ["Cap"], credit: { text: "AP" } },
    });
    expect(md).not.toContain("![");
    expect(md).toContain("Cap\n\nCredit: AP\n");
  });

  it("a mention of an entity whose URL is unsafe, a blockquote cite and the canonical URL follow the same policy", () => {
    const a: Article = {
      ...withBody(para({ type: "mention", entity: "tass", text: "Tass" }), {
        type: "blockquote",
        cite: "javascript:alert(1)",
        children: [para("words")],
      }),
      url: "javascript:alert(1)",
      entities: [
        base.entities[0]!,
        { type: "Organization", id: "tass", name: "Tass", url: "javascript:alert(1)" },
      ],
    };
    const md = toMarkdown(a, { frontMatter: true });
    expect(md).not.toContain("javascript");
    expect(md).toContain("\nTass\n");
    expect(md).toContain("> words\n>\n> — Source\n");
  });

  it("keeps http(s), mailto and relative URLs, trimmed of the edge spaces a browser ignores", () => {
    const md = render(
      withBody(
        para(
          { type: "link", url: " https://example.org/a ", children: ["a"] },
          " ",
          { type: "link", url: "mailto:desk@example.org", children: ["b"] },
          " ",
          { type: "link", url: "/topics/syria", children: ["c"] },
        ),
      ),
    );
    expect(md).toBe("[a](https://example.org/a) [b](mailto:desk@example.org) [c](/topics/syria)\n");
  });
});

describe("options", () => {
  const dated: Article = {
    ...base,
    datePublished: "2015-09-11T10:00:00+03:00",
    dateModified: "2015-09-12T08:00:00Z",
  };

  it("formatDate shapes the byline's dates; the front matter keeps ISO dates", () => {
    const md = toMarkdown(dated, {
      frontMatter: true,
      formatDate: (iso, kind) => `${kind}:${iso.slice(0, 10)}`,
    });
    expect(md).toContain("Published published:2015-09-11 · Updated modified:2015-09-12\n");
    expect(md).toContain('date: "2015-09-11T10:00:00+03:00"\n');
    expect(toMarkdown(dated)).toContain(
      "Published 11 September 2015 · Updated 12 September 2015\n",
    );
  });

  it.each([
    [{ mentions: "links" }, 'options.mentions must be "link" or "text", got "links".'],
    [{ frontMatter: "yes" }, 'options.frontMatter must be true or false, got "yes".'],
    [{ appendix: "quote" }, 'options.appendix must be "quotes", "claims" or false, got "quote".'],
    [{ formatDate: "iso" }, "options.formatDate must be a function (iso, kind) => string."],
  ])("a wrong option %j is a TypeError that says what it takes", (options, message) => {
    expect(() => toMarkdown(base, options as never)).toThrow(new TypeError(message));
  });

  it("a formatDate that returns no string is a TypeError", () => {
    expect(() => toMarkdown(dated, { formatDate: (() => 1) as never })).toThrow(
      new TypeError("options.formatDate must return a string, got number."),
    );
  });
});

describe("overrides", () => {
  it("wrap the built-in handler through base, per call or with extend, leaving the others alone", () => {
    const a = withBody(para("x ", { type: "mention", entity: "tass", text: "Tass" }), {
      type: "rule",
    });
    const once = toMarkdown(a, {
      handlers: { mention: (n, ctx, b) => ctx.helpers.md`@${b(n, ctx)}` },
    });
    expect(once).toContain("x @Tass\n\n***");
    const extended = markdownRenderer.extend({
      handlers: { rule: (_n, ctx) => ctx.helpers.trusted("---") },
    });
    expect(extended.render(a)).toContain("x Tass\n\n---\n");
    expect(extended.handlers.mention).toBe(markdownRenderer.handlers.mention);
  });
});

describe("golden", () => {
  it("renders the example article as reviewed", () => {
    const golden = readFileSync(
      fileURLToPath(new URL("./__golden__/example.md", import.meta.url)),
      "utf8",
    );
    expect(toMarkdown(example, { frontMatter: true, appendix: "quotes" })).toBe(golden);
  });
});
