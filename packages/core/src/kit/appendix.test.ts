import { describe, expect, it } from "vitest";
import type { Article } from "../model/article.js";
import { claimAppendix, quoteAppendix } from "./appendix.js";
import { entityHref } from "./entity-href.js";

const article: Article = {
  newsdoc: 1,
  id: "a",
  language: "en",
  headline: "H",
  authors: [],
  body: [],
  entities: [
    { type: "Person", id: "peskov", name: "Dmitry Peskov" },
    {
      type: "Person",
      id: "kerry",
      name: "John Kerry",
      url: "https://example.org/kerry",
      sameAs: ["https://www.wikidata.org/wiki/Q22316"],
    },
    { type: "Organization", id: "tass", name: "Tass" },
    { type: "Organization", id: "mod", name: "Ministry of Defence" },
  ],
  quotes: [
    { id: "q1", speaker: "peskov", text: "a", mode: "direct", via: "tass" },
    { id: "q2", speaker: "kerry", text: "b", mode: "indirect", audience: { text: "press" } },
    {
      id: "q3",
      speaker: "peskov",
      text: "c",
      mode: "partial",
      audience: { text: "Tass", entity: "tass" },
    },
  ],
  claims: [
    {
      id: "c1",
      statement: "Troops are being sent.",
      stances: [
        { stance: "neither", by: "peskov", quote: "q1" },
        { stance: "denies", by: "mod" },
        { stance: "denies", by: "peskov", quote: "q3" },
      ],
    },
  ],
};

describe("quoteAppendix", () => {
  it("groups quotes by speaker in order of first quote, resolving via and audience", () => {
    const groups = quoteAppendix(article);
    expect(groups.map((g) => [g.speaker.id, g.quotes.map((q) => q.quote.id)])).toEqual([
      ["peskov", ["q1", "q3"]],
      ["kerry", ["q2"]],
    ]);
    expect(groups[0]!.quotes[0]!.via?.name).toBe("Tass");
    expect(groups[0]!.quotes[1]!.audience?.id).toBe("tass");
    expect(groups[1]!.quotes[0]!.audience).toBeUndefined();
  });
});

describe("claimAppendix", () => {
  it("groups parties by stance kind in a fixed order, leaving empty kinds out", () => {
    const [entry] = claimAppendix(article);
    expect(
      entry!.stances.map((s) => [
        s.stance,
        s.label,
        s.parties.map((p) => [p.entity.id, p.quote?.id]),
      ]),
    ).toEqual([
      [
        "denies",
        "denies",
        [
          ["mod", undefined],
          ["peskov", "q3"],
        ],
      ],
      ["neither", "neither asserts nor denies", [["peskov", "q1"]]],
    ]);
  });
});

describe("entityHref", () => {
  it("prefers url, then the first sameAs, else nothing", () => {
    expect(entityHref(article.entities[1]!)).toBe("https://example.org/kerry");
    expect(
      entityHref({ type: "Place", id: "s", name: "S", sameAs: ["https://w/1", "https://w/2"] }),
    ).toBe("https://w/1");
    expect(entityHref(article.entities[0]!)).toBeUndefined();
  });
});
