import type { IssuePath } from "@newsdoc/core";
import { lintArticle, parseArticle, safeParseArticle } from "@newsdoc/core";
import { article, claims, entities, quotes } from "@newsdoc/core/example";
import { describe, expect, it } from "vitest";

/** The path of an entity of the example, by id. */
const entityPath = (id: string): IssuePath => {
  const i = article.entities.findIndex((entity) => entity.id === id);
  if (i === -1) throw new Error(`No entity "${id}" in the example article.`);
  return ["entities", i];
};

describe("the example article", () => {
  it("is the document made of the named parts", () => {
    expect(article.entities).toBe(entities);
    expect(article.quotes).toBe(quotes);
    expect(article.claims).toBe(claims);
  });

  it("passes parseArticle, which returns the same data", () => {
    expect(parseArticle(article)).toEqual(article);
  });

  it("passes as its JSON round trip too", () => {
    const result = safeParseArticle(JSON.parse(JSON.stringify(article)));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("fails validation when a quote span's words drift from the quote (the check can fail)", () => {
    const changed = structuredClone(article);
    changed.quotes.find((q) => q.id === "q-peskov-hypothetically")!.text = "Until this happens";
    const result = safeParseArticle(changed);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.code)).toEqual([
      "quote_text_mismatch",
    ]);
  });

  it("gets exactly the lint warnings the facts the source does not give deserve", () => {
    const warnings = lintArticle(article).map((warning) => [warning.rule, warning.path]);
    expect(warnings).toEqual([
      // No URL, publication date, byline/author, summary or image file or size in the source.
      ["missing-url", ["url"]],
      ["missing-date-published", ["datePublished"]],
      ["missing-authors", ["authors"]],
      ["missing-description", ["description"]],
      ["image-missing-url", ["image", "url"]],
      ["image-missing-dimensions", ["image"]],
      // Entities with no verified identifier (anonymous speakers are exempt).
      ...[
        "lavrov",
        "muallem",
        "peskov",
        "alexey-n",
        "nikolsky",
        "defence-ministry",
        "kremlin",
        "white-house",
        "eastern-military-district",
        "gazeta",
        "state-television",
        "israeli-media",
        "uk-media",
        "newsweek",
        "ria-novosti",
        "moscow-kremlin",
        "novorossiysk",
        "eastern-ukraine",
        "kremlin-meeting",
        "gazeta-interview",
      ].map((id) => ["entity-no-same-as", entityPath(id)]),
    ]);
  });
});
