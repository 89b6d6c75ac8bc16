import { parseArticle } from "@newsdoc/core";
import { describe, expect, it } from "vitest";
import { fromHtml } from "./from-html.js";

const body = (html: string, options?: Parameters<typeof fromHtml>[1]) => {
  const { article, report } = fromHtml(html, options);
  parseArticle(article);
  return { body: article.body, article, report };
};

describe("the element rules", () => {
  it("the first h1 is the headline; a second one a level-2 heading, reported", () => {
    const { article, report } = body("<h1>Head  line</h1><p>a</p><h1>Again</h1>");
    expect(article.headline).toBe("Head line");
    expect(article.body).toEqual([
      { type: "paragraph", children: ["a"] },
      { type: "heading", level: 2, children: ["Again"] },
    ]);
    expect(report).toContainEqual(
      expect.objectContaining({ kind: "converted", reason: "heading-level" }),
    );
  });

  it("whitespace collapses as a browser shows it, across elements and around breaks", () => {
    expect(body("<p>\n  a   <em> b </em>  c <br>  d\u00a0 </p>").body).toEqual([
      {
        type: "paragraph",
        children: ["a ", { type: "emphasis", children: ["b "] }, "c", { type: "break" }, "d\u00a0"],
      },
    ]);
  });

  it("an image inside a paragraph is lifted out between its halves", () => {
    expect(body('<p>before <img src="https://e.com/a.jpg" alt="A"> after</p>').body).toEqual([
      { type: "paragraph", children: ["before"] },
      { type: "figure", image: { url: "https://e.com/a.jpg", alt: "A" } },
      { type: "paragraph", children: ["after"] },
    ]);
  });

  it("relative URLs resolve against baseUrl, else are reported and left out", () => {
    expect(body('<p><a href="/x">x</a></p>', { baseUrl: "https://e.com/news/" }).body).toEqual([
      { type: "paragraph", children: [{ type: "link", url: "https://e.com/x", children: ["x"] }] },
    ]);
    const { body: b, report } = body('<p><a href="/x">x</a></p>');
    expect(b).toEqual([{ type: "paragraph", children: ["x"] }]);
    expect(report).toContainEqual(
      expect.objectContaining({ reason: "relative-url", attribute: "href", value: "/x" }),
    );
  });

  it("q becomes its words in quotation marks; nested lists are flattened into lines", () => {
    expect(body("<p><q>yes</q></p><ul><li>a<ul><li>b</li></ul></li></ul>").body).toEqual([
      { type: "paragraph", children: ["“yes”"] },
      { type: "list", children: [{ type: "listItem", children: ["a", { type: "break" }, "b"] }] },
    ]);
  });

  it("ol start, pre lines, hr, blockquote cite", () => {
    expect(
      body(
        '<ol start="3"><li>x</li></ol><pre>a\nb</pre><hr><blockquote cite="https://e.com/s"><p>q</p></blockquote>',
      ).body,
    ).toEqual([
      { type: "list", ordered: true, start: 3, children: [{ type: "listItem", children: ["x"] }] },
      { type: "paragraph", children: ["a", { type: "break" }, "b"] },
      { type: "rule" },
      {
        type: "blockquote",
        cite: "https://e.com/s",
        children: [{ type: "paragraph", children: ["q"] }],
      },
    ]);
  });

  it("unknown data-entity and data-quote hooks create an entity and a quote, reported", () => {
    const { article, report } = body(
      '<p><a data-entity="peskov" href="https://www.wikidata.org/wiki/Q4160385">Peskov</a> said <span data-quote="q1" data-speaker="peskov">"no troops,"</span></p>',
    );
    expect(article.entities).toEqual([
      {
        type: "Person",
        id: "peskov",
        name: "Peskov",
        sameAs: ["https://www.wikidata.org/wiki/Q4160385"],
      },
    ]);
    expect(article.quotes).toEqual([
      { id: "q1", speaker: "peskov", text: "no troops", mode: "direct" },
    ]);
    expect(report.filter((i) => i.kind === "created").map((i) => i.reason)).toEqual([
      "entity",
      "quote",
    ]);
  });

  it("a quote span whose words differ from the registry's quote keeps its words, unresolved", () => {
    const registry = {
      entities: [{ type: "Person" as const, id: "p", name: "P" }],
      quotes: [{ id: "q", speaker: "p", text: "other words", mode: "direct" as const }],
    };
    const { body: b, report } = body('<p><span data-quote="q">these words</span></p>', {
      registry,
    });
    expect(b).toEqual([{ type: "paragraph", children: ["these words"] }]);
    expect(report).toContainEqual(expect.objectContaining({ kind: "unresolved", reason: "quote" }));
  });

  it("defaults fill what the page lacks; the page's own values win", () => {
    const { article } = body('<html lang="de"><p>x</p></html>', {
      defaults: { id: "given", language: "en", headline: "Given" },
    });
    expect([article.id, article.language, article.headline]).toEqual(["given", "de", "Given"]);
  });
});
