import type { Article } from "@newsdoc/core/kit";
import { describe, expect, it } from "vitest";
import { formatSummary, summarise } from "./summarise.js";

const article: Article = {
  newsdoc: 1,
  id: "a",
  language: "en",
  headline: "Head",
  authors: [],
  entities: [
    { type: "Person", id: "p", name: "Dmitry Peskov" },
    { type: "Person", id: "q", name: "Sergei Lavrov" },
    { type: "Place", id: "sy", name: "Syria" },
  ],
  quotes: [
    { id: "q1", speaker: "p", text: "no", mode: "direct" },
    { id: "q2", speaker: "q", text: "they deny it", mode: "indirect" },
    { id: "q3", speaker: "q", text: "not sent", mode: "indirect" },
  ],
  claims: [
    {
      id: "c",
      statement: "Troops are in Syria",
      stances: [
        { stance: "denies", by: "p", quote: "q1" },
        { stance: "denies", by: "q" },
      ],
    },
  ],
  image: {
    caption: [{ type: "mention", entity: "sy", text: "Syria" }],
  },
  body: [
    {
      type: "paragraph",
      children: [
        { type: "mention", entity: "p", text: "Peskov" },
        " on ",
        { type: "emphasis", children: [{ type: "mention", entity: "sy", text: "Syria" }] },
      ],
    },
  ],
};

describe("summarise", () => {
  it("counts entities by kind, quotes by mode, claims, stances and mentions", () => {
    expect(summarise(article)).toEqual({
      headline: "Head",
      entities: { Person: 2, Organization: 0, Place: 1, Event: 0, CreativeWork: 0 },
      quotes: { direct: 1, partial: 0, indirect: 2 },
      claims: 1,
      stances: 2,
      mentions: 3,
    });
  });

  it("formats the counts as lines, leaving out the kinds with none", () => {
    expect(formatSummary(summarise(article))).toEqual([
      "entities  3 (Person 2, Place 1)",
      "mentions  3",
      "quotes    3 (direct 1, indirect 2)",
      "claims    1 (2 stances)",
    ]);
  });

  it("handles an empty article", () => {
    const empty = { ...article, entities: [], quotes: [], claims: [], body: [] };
    const { image: _image, ...bare } = empty;
    expect(formatSummary(summarise(bare))).toEqual([
      "entities  0",
      "mentions  0",
      "quotes    0",
      "claims    0 (0 stances)",
    ]);
  });
});
