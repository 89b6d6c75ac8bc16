import { article } from "@newsdoc/core/example";
import { type Article, plainText } from "@newsdoc/core/kit";
import { describe, expect, it } from "vitest";
import { newsletter } from "./newsletter.js";

const small: Article = {
  newsdoc: 1,
  id: "small",
  language: "en",
  headline: "Kremlin denies the report",
  alternativeHeadline: "A spokesperson spoke to the press on Friday",
  authors: [],
  entities: [
    { type: "Person", id: "peskov", name: "Dmitry Peskov", jobTitle: "Kremlin spokesperson" },
    { type: "Organization", id: "tass", name: "Itar-Tass", alternateNames: ["Tass"] },
  ],
  quotes: [
    {
      id: "q1",
      speaker: "peskov",
      text: "It is a premature question",
      mode: "direct",
      verb: "said",
      via: "tass",
      when: { text: "on Friday" },
    },
    { id: "q2", speaker: "peskov", text: "no troops were sent", mode: "indirect" },
  ],
  claims: [],
  body: [
    {
      type: "paragraph",
      children: [
        { type: "mention", entity: "peskov", text: "Peskov" },
        " told ",
        { type: "mention", entity: "tass", text: "Tass" },
        ": ",
        { type: "quote", quote: "q1", children: ['"It is a premature question."'] },
        " He said ",
        { type: "quote", quote: "q2", children: ["no troops were sent"] },
        ", as ",
        { type: "emphasis", children: ["everyone"] },
        " ",
        { type: "strong", children: ["expected"] },
        " (see ",
        { type: "link", url: "https://example.com/report", children: ["the report"] },
        ").",
      ],
    },
    { type: "heading", level: 2, children: ["Background"] },
    {
      type: "blockquote",
      children: [{ type: "paragraph", children: ["A quoted block that is long enough to wrap."] }],
    },
    {
      type: "list",
      ordered: true,
      start: 9,
      children: [
        { type: "listItem", children: ["ninth item"] },
        { type: "listItem", children: ["tenth item, which goes on long enough to wrap"] },
      ],
    },
    { type: "rule" },
  ],
};

describe("newsletter", () => {
  it("shows a link's URL only when the kit's safeUrl lets it through", () => {
    const linked = (url: string): Article => ({
      ...small,
      body: [{ type: "paragraph", children: ["see ", { type: "link", url, children: ["this"] }] }],
    });
    expect(newsletter.render(linked("https://example.com/a"))).toContain(
      "see this <https://example.com/a>",
    );
    expect(newsletter.render(linked("javascript:alert(1)"))).not.toContain("javascript");
    expect(newsletter.render(linked("javascript:alert(1)"))).toContain("see this\n");
  });

  it("renders plain text: mentions as words, marks as _/*, links as <url>, and a Quotes section", () => {
    expect(newsletter.render(small, { width: 36 })).toBe(
      [
        "Kremlin denies the report",
        "=========================",
        "",
        "A spokesperson spoke to the press on",
        "Friday",
        "",
        'Peskov told Tass: "It is a premature',
        'question." He said no troops were',
        "sent, as _everyone_ *expected* (see",
        "the report",
        "<https://example.com/report>).",
        "",
        "Background",
        "----------",
        "",
        "> A quoted block that is long enough",
        "> to wrap.",
        "",
        "9.  ninth item",
        "10. tenth item, which goes on long",
        "    enough to wrap",
        "",
        "* * *",
        "",
        "Quotes",
        "------",
        "",
        "Dmitry Peskov, Kremlin spokesperson",
        '  - "It is a premature question" —',
        "    said, via Itar-Tass, on Friday",
        "  - no troops were sent (reported)",
        "",
      ].join("\n"),
    );
  });

  it("leaves the Quotes section out on request", () => {
    const out = newsletter.render(small, { quotes: false });
    expect(out).not.toContain("Quotes");
    expect(out.endsWith("* * *\n")).toBe(true);
  });
});

describe("newsletter of the example article", () => {
  const out = newsletter.render(article);

  it("matches the reviewed golden file", async () => {
    await expect(out).toMatchFileSnapshot("./__golden__/newsletter.txt");
  });

  it("keeps every line within 72 columns (a lone long word aside)", () => {
    for (const line of out.split("\n")) {
      if ([...line].length > 72) expect(line.trim(), line).not.toContain(" ");
    }
  });

  it("writes the body's words as plain text, mentions as their words", () => {
    const paragraphs = plainText(article.body).split("\n\n");
    const flat = out.replace(/\s+/g, " ");
    for (const paragraph of paragraphs) expect(flat).toContain(paragraph.replace(/\s+/g, " "));
    expect(out).not.toMatch(/[<>]|data-entity|\]\(/);
  });

  it("ends with a Quotes section listing every quote under its speaker", () => {
    const section = out.slice(out.indexOf("Quotes\n------"));
    expect(section.length).toBeLessThan(out.length);
    const flat = section.replace(/\s+/g, " ");
    for (const quote of article.quotes) {
      expect(flat).toContain(quote.text.replace(/\s+/g, " "));
      const speaker = article.entities.find((e) => e.id === quote.speaker)!;
      expect(flat).toContain(speaker.name);
    }
  });
});
