import { article as example } from "@newsdoc/core/example";
import {
  articleArbitrary,
  fcParams,
  mediaNodesArticle,
  scaledTimeout,
  withPublisherFields,
} from "@newsdoc/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyNodesArticle } from "../../jsonld/src/__fixtures__/body-nodes-article.js";
import { maximalArticle } from "../../jsonld/src/__fixtures__/maximal-article.js";
import { ansStoryErrors, DATA_DIR } from "./__fixtures__/ans-schema.js";
import { toAns, toAnsWithReport } from "./to-ans.js";

describe.skipIf(!DATA_DIR)("toAns output passes the official ANS 0.10.12 schemas", () => {
  it.each([
    ["the example", example],
    ["the maximal fixture", maximalArticle],
    ["the body-nodes fixture", bodyNodesArticle],
    ["the media fixture (embeds, video, audio, a heading's anchor)", mediaNodesArticle],
  ])("for %s", (_name, article) => {
    expect(ansStoryErrors(toAns(article))).toEqual([]);
  });

  it(
    "for property-generated articles, hostile text and URLs included",
    () => {
      fc.assert(
        fc.property(withPublisherFields(articleArbitrary({ ids: "hostile" })), (article) => {
          expect(ansStoryErrors(toAns(article))).toEqual([]);
        }),
        fcParams(),
      );
    },
    scaledTimeout(120_000),
  );

  it(
    "for property-generated articles with the #20 body nodes",
    () => {
      fc.assert(
        fc.property(articleArbitrary({ ids: "hostile", bodyNodes: true }), (article) => {
          expect(ansStoryErrors(toAns(article))).toEqual([]);
        }),
        fcParams({ numRuns: Math.ceil(fcParams().numRuns! / 2) }),
      );
    },
    scaledTimeout(120_000),
  );
});

describe("toAns", () => {
  it("writes asides, pull quotes, editor's notes and correction notices as ANS elements", () => {
    const elements = (toAns(bodyNodesArticle).content_elements ?? []).slice(-5, -1);
    expect(elements.map((e) => [e.type, e.subtype])).toEqual([
      ["element_group", "aside"],
      ["quote", "pullquote"],
      ["text", "editors_note"],
      ["correction", undefined],
    ]);
    const [aside, pull, , fix] = elements as Record<string, unknown>[];
    expect((aside!.content_elements as { type: string; content?: string }[])[0]).toEqual({
      type: "header",
      level: 2,
      content: expect.stringContaining("What we know about the"),
    });
    expect(pull!.additional_properties).toEqual({ quote: "q-direct", speaker: "minister" });
    expect(pull!.citation).toEqual({ type: "text", content: "Jane Minister" });
    expect(fix).toEqual({
      type: "correction",
      correction_type: "correction",
      text: "An earlier version gave the wrong day for the next meeting.",
      additional_properties: { date: "2024-01-05T10:30:00+01:00" },
    });
  });

  it("writes a table as an ANS table: the head row as header, the caption and spans kept for newsdoc", () => {
    const { story, report } = toAnsWithReport(bodyNodesArticle);
    const table = (story.content_elements ?? []).at(-1) as Record<string, unknown>;
    expect(table.type).toBe("table");
    const texts = (cells: unknown) => (cells as { content: string }[]).map((c) => c.content);
    expect(texts(table.header)).toEqual(["Meeting", "Who", "Outcome"]);
    expect((table.rows as unknown[]).map(texts)).toEqual([
      ["First", expect.stringContaining("Jane Minister"), "No agreement on fees"],
      ["Second", "Postponed to March"],
    ]);
    expect(table.additional_properties).toEqual({
      newsdoc_table: {
        caption: expect.stringContaining("talks"),
        cells: [
          [null, null, null],
          [{ header: "row" }, null, null],
          [{ header: "row" }, { colSpan: 2 }],
        ],
      },
    });
    expect(report.some((r) => r.path.endsWith(`[${bodyNodesArticle.body.length - 1}]`))).toBe(true);
  });

  it("writes the metadata where ANS keeps it", () => {
    const story = toAns(maximalArticle);
    expect(story).toMatchObject({
      type: "story",
      version: "0.10.12",
      _id: "maximal",
      language: "en-GB",
      canonical_url: "https://news.example.com/2024/01/05/harbour-talks",
      headlines: { basic: "Harbour talks end without a deal" },
      subheadlines: { basic: "Ministers will meet again in March" },
      description: { basic: "Two ministers met at the harbour office; they will meet again." },
      first_publish_date: "2024-01-05T08:00:00+01:00",
      display_date: "2024-01-05T08:00:00+01:00",
      publish_date: "2024-01-05T10:30:00+01:00",
      last_updated_date: "2024-01-05T10:30:00+01:00",
      vanity_credits: { by: [{ type: "author", name: "By Ann Reporter and the World Desk" }] },
    });
    expect(story.taxonomy?.tags).toEqual([
      { text: "harbour" },
      { text: "talks" },
      { text: "shipping, ports" },
    ]);
    expect(story.taxonomy?.primary_section).toMatchObject({ type: "section", name: "World" });
    expect(story.credits?.by?.map((a) => a.name)).toEqual(["Ann Reporter", "World Desk"]);
  });

  it("names entities by their Wikidata id where sameAs has one, in the taxonomy and the text", () => {
    const story = toAns(example);
    expect(story.taxonomy?.named_entities).toContainEqual({
      _id: "Q7747",
      name: "Vladimir Putin",
      type: "person",
    });
    expect(story.taxonomy?.named_entities).toContainEqual(
      expect.objectContaining({ _id: "peskov", type: "person" }),
    );
    const text = JSON.stringify(story.content_elements);
    expect(text).toContain('data-entity=\\"Q159\\"');
    expect(text).not.toContain('data-entity=\\"russia\\"');
    expect(JSON.stringify(story.promo_items)).toContain('data-entity=\\"Q7747\\"');
  });

  it("writes the body as content elements with inline HTML", () => {
    const story = toAns(maximalArticle);
    const types = story.content_elements?.map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(["text", "header", "image", "quote", "list", "divider"]),
    );
    const quote = story.content_elements?.find((e) => e.type === "quote");
    expect(quote).toMatchObject({ citation: { type: "text" } });
    const first = story.content_elements?.[0];
    expect(first?.type).toBe("text");
    expect((first as { content: string }).content).not.toMatch(/^<p>/);
  });

  it("writes the lead image as the basic promo item with credits", () => {
    const story = toAns(example);
    expect(story.promo_items?.basic).toMatchObject({
      type: "image",
      credits: {
        by: [{ _id: "nikolsky", name: "Alexei Nikolsky" }],
        affiliation: [{ _id: "ria-novosti" }, { _id: "kremlin" }, { _id: "Q130879" }],
      },
      vanity_credits: { by: [{ name: "Alexei Nikolsky/RIA Novosti/Kremlin/Reuters" }] },
    });
  });

  it("reports what ANS cannot carry", () => {
    const paths = toAnsWithReport(example).report.map((r) => r.path);
    expect(paths).toEqual(
      expect.arrayContaining(["quotes", "claims", "publisher", "about", "entities[*].id"]),
    );
  });
});
