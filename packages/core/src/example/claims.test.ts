import { article, claims } from "@newsdoc/core/example";
import { describe, expect, it } from "vitest";

const quoteById = new Map(article.quotes.map((quote) => [quote.id, quote]));
const claim = claims[0]!;

describe("the claim of the example article", () => {
  it("is the one claim the article is built around", () => {
    expect(claims.map((c) => [c.id, c.statement])).toEqual([
      ["russian-troops-in-syria", "Russian troops are being sent to fight in Syria"],
    ]);
  });

  it("has a stance for each party the text gives one to, in the text's order", () => {
    expect(claim.stances).toEqual([
      { stance: "denies", by: "defence-ministry", quote: "q-defence-ministry-denies" },
      { stance: "neither", by: "peskov", quote: "q-peskov-would-consider" },
      { stance: "asserts", by: "israeli-media" },
      { stance: "asserts", by: "uk-media" },
      { stance: "neither", by: "white-house-spokesperson", quote: "q-white-house-monitoring" },
      { stance: "denies", by: "russian-government", quote: "q-government-denies" },
      { stance: "denies", by: "muallem", quote: "q-muallem-dismisses" },
      { stance: "cannotVerify", by: "newsweek", quote: "q-newsweek-cannot-verify" },
      {
        stance: "denies",
        by: "eastern-military-district",
        quote: "q-eastern-military-district-denies",
      },
    ]);
  });

  it("links each stance to a quote by the same party", () => {
    for (const stance of claim.stances) {
      if (stance.quote) expect(quoteById.get(stance.quote)?.speaker, stance.quote).toBe(stance.by);
    }
  });

  it("marks exactly the linked quotes with the claim and the same stance", () => {
    const linked = new Map(claim.stances.flatMap((s) => (s.quote ? [[s.quote, s.stance]] : [])));
    const marked = new Map(
      article.quotes.flatMap((q) => (q.claim !== undefined ? [[q.id, q.stance]] : [])),
    );
    expect(marked).toEqual(linked);
    for (const quote of article.quotes) {
      if (quote.claim !== undefined) expect(quote.claim).toBe(claim.id);
    }
  });
});
