import { parseArticle } from "@newsdoc/core";
import { plainText } from "@newsdoc/core/kit";
import { describe, expect, test } from "vitest";
import { annotate } from "../annotate.js";
import { PEOPLE, testArticle } from "../test-article.js";

const mentionsOf = (text: string, options = {}) =>
  annotate(testArticle([text], PEOPLE), { quotes: false, ...options }).report;

describe("mentions", () => {
  test("longest name first: Eastern Military District, not Military District", () => {
    const { mentions } = mentionsOf("The Eastern Military District and the Military District met.");
    expect(mentions.map((m) => [m.text, m.entity])).toEqual([
      ["Eastern Military District", "emd"],
      ["Military District", "md"],
    ]);
  });

  test("possessives stay outside the mention; adjectival forms are not matched", () => {
    const { article, report } = annotate(
      testArticle(["Russia's army and Russian troops; the Kremlins' view."], PEOPLE),
      {
        quotes: false,
      },
    );
    expect(report.mentions.map((m) => m.text)).toEqual(["Russia"]);
    expect(article.body[0]).toEqual({
      type: "paragraph",
      children: [
        { type: "mention", entity: "russia", text: "Russia" },
        "'s army and Russian troops; the Kremlins' view.",
      ],
    });
  });

  test("whole words only: no match inside a word or a hyphenated compound", () => {
    expect(mentionsOf("Kerryville, pro-Russia and Russia-backed groups; Tassel.").mentions).toEqual(
      [],
    );
  });

  test("case-sensitive, with a capital at a sentence start for a lower-case name", () => {
    const { mentions } = mentionsOf(
      "It spoke. State television said so, and state television agreed. STATE TELEVISION.",
    );
    expect(mentions.map((m) => m.text)).toEqual(["State television", "state television"]);
  });

  test("a name two entities share is reported as ambiguous, not marked", () => {
    const { mentions, ambiguous } = mentionsOf("A Kremlin spokesman spoke.");
    expect(mentions).toEqual([]);
    expect(ambiguous).toEqual([
      {
        path: ["body", 0, "children"],
        offset: 2,
        text: "Kremlin",
        entities: ["kremlin", "kremlin-place"],
      },
    ]);
  });

  test("a shared name is resolved when the registry links one candidate to a name in the sentence", () => {
    const entities = [
      ...PEOPLE.filter((e) => e.id !== "peskov"),
      { id: "peskov", type: "Person" as const, name: "Dmitry Peskov", affiliation: "kremlin" },
      { id: "moscow", type: "Place" as const, name: "Moscow" },
    ];
    entities[entities.findIndex((e) => e.id === "kremlin-place")] = {
      id: "kremlin-place",
      type: "Place",
      name: "Kremlin",
      containedInPlace: "moscow",
    };
    const text =
      "Kremlin spokesperson Dmitry Peskov spoke. They met at the Kremlin in Moscow. The Kremlin is old.";
    const { report } = annotate(testArticle([text], entities), { quotes: false });
    expect(report.mentions.filter((m) => m.text === "Kremlin")).toEqual([
      expect.objectContaining({
        offset: 0,
        entity: "kremlin",
        resolved: { candidates: ["kremlin", "kremlin-place"], linkedTo: "peskov" },
      }),
      expect.objectContaining({
        offset: 58,
        entity: "kremlin-place",
        resolved: { candidates: ["kremlin", "kremlin-place"], linkedTo: "moscow" },
      }),
    ]);
    expect(report.ambiguous.map((a) => a.offset)).toEqual([81]);
    const off = annotate(testArticle([text], entities), { quotes: false, resolveAmbiguous: false });
    expect(off.report.ambiguous).toHaveLength(3);
  });

  test("existing mentions are kept and not marked again", () => {
    const input = testArticle([], PEOPLE);
    input.body = [
      {
        type: "paragraph",
        children: [{ type: "mention", entity: "lavrov", text: "Kerry" }, " met Kerry."],
      },
    ];
    const { article, report } = annotate(input, { quotes: false });
    expect(report.mentions.map((m) => m.offset)).toEqual([10]);
    expect(article.body[0]).toEqual({
      type: "paragraph",
      children: [
        { type: "mention", entity: "lavrov", text: "Kerry" },
        " met ",
        { type: "mention", entity: "kerry", text: "Kerry" },
        ".",
      ],
    });
  });

  test("firstOnly marks each entity once, counting existing mentions", () => {
    expect(
      mentionsOf("Kerry met Kerry and Lavrov met Lavrov.", { firstOnly: true }).mentions.map(
        (m) => m.offset,
      ),
    ).toEqual([0, 20]);
  });

  test("exclude opts an entity out", () => {
    expect(
      mentionsOf("Kerry met Lavrov.", { exclude: ["kerry"] }).mentions.map((m) => m.entity),
    ).toEqual(["lavrov"]);
  });

  test("skipInsideQuotes leaves quoted names alone", () => {
    const text = '"Russia is strong," Kerry said.';
    const all = annotate(testArticle([text], PEOPLE)).report.mentions.map((m) => m.text);
    const outside = annotate(testArticle([text], PEOPLE), {
      skipInsideQuotes: true,
    }).report.mentions.map((m) => m.text);
    expect(all).toEqual(["Russia", "Kerry"]);
    expect(outside).toEqual(["Kerry"]);
  });

  test("names inside emphasis, links and headings and captions are found; text never changes", () => {
    const input = testArticle([], PEOPLE);
    input.image = { caption: ["Kerry in Russia."] };
    input.body = [
      { type: "heading", level: 2, children: ["Kerry and Lavrov"] },
      {
        type: "paragraph",
        children: [
          { type: "emphasis", children: ["Lavrov"] },
          " and ",
          { type: "link", url: "https://example.com/", children: ["Kerry's"] },
        ],
      },
      { type: "figure", image: { caption: ["Tass photo"] } },
      { type: "list", children: [{ type: "listItem", children: ["Gazeta"] }] },
    ];
    const { article, report } = annotate(input);
    expect(report.mentions.map((m) => m.text)).toEqual([
      "Kerry",
      "Russia",
      "Kerry",
      "Lavrov",
      "Lavrov",
      "Kerry",
      "Tass",
      "Gazeta",
    ]);
    expect(plainText(article.body)).toBe(plainText(input.body));
    expect(plainText(article.image!.caption!)).toBe("Kerry in Russia.");
    expect(() => parseArticle(article)).not.toThrow();
  });
});
