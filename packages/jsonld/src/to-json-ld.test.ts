import { article as example } from "@newsdoc/core/example";
import { type Article, NewsdocRenderError, plainText } from "@newsdoc/core/kit";
import { describe, expect, test } from "vitest";
import { maximalArticle } from "./__fixtures__/maximal-article.js";
import { toJsonLd } from "./to-json-ld.js";
import type { JsonLdGraph } from "./types.js";

type AnyNode = Record<string, unknown> & { "@type": string; "@id": string };
const nodes = (graph: JsonLdGraph) => graph["@graph"] as unknown as AnyNode[];
const node = (graph: JsonLdGraph, id: string) => {
  const found = nodes(graph).find((n) => n["@id"] === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const ids = (value: unknown) => (value as { "@id": string }[]).map((r) => r["@id"]);

function emptyValues(value: unknown, path = "$"): string[] {
  if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
    return [path];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => emptyValues(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => emptyValues(v, `${path}.${k}`));
  }
  return [];
}

const BASE = "https://news.example.com/2024/01/05/harbour-talks";

describe("toJsonLd", () => {
  test("a schema.org graph whose first node is the NewsArticle", () => {
    const graph = toJsonLd(maximalArticle);
    expect(graph["@context"]).toBe("https://schema.org");
    const article = nodes(graph)[0]!;
    expect(article["@type"]).toBe("NewsArticle");
    expect(article["@id"]).toBe(`${BASE}#article`);
    expect(Object.keys(article).slice(0, 2)).toEqual(["@type", "@id"]);
    expect(article.url).toBe(BASE);
    expect(article.mainEntityOfPage).toBe(BASE);
    expect(article.headline).toBe("Harbour talks end without a deal");
    expect(article.inLanguage).toBe("en-GB");
    expect(article.datePublished).toBe("2024-01-05T08:00:00+01:00");
    expect(article.keywords).toEqual(["harbour", "talks", "shipping, ports"]);
    expect(article.creditText).toBe("By Ann Reporter and the World Desk");
    expect(ids(article.author)).toEqual([`${BASE}#person-reporter`, `${BASE}#organization-desk`]);
    expect(article.publisher).toEqual({ "@id": `${BASE}#organization-daily` });
    // The lead image, then its renditions (Google's several aspect ratios); the smallest is the thumbnail.
    expect(ids(article.image)).toEqual([
      `${BASE}#image`,
      `${BASE}#image-1`,
      `${BASE}#image-2`,
      `${BASE}#image-3`,
    ]);
    expect(article.thumbnailUrl).toBe("https://news.example.com/img/harbour-1x1.jpg");
    expect(ids(article.associatedMedia)).toEqual([`${BASE}#figure-1`]);
    expect(ids(article.about)).toEqual([`${BASE}#event-talks`]);
  });

  test("ids: the URL's fragment is dropped; no URL gives blank-node ids, never relative ones; idBase overrides", () => {
    const withHash = toJsonLd({ ...maximalArticle, url: `${BASE}#top` });
    expect(nodes(withHash)[0]!["@id"]).toBe(`${BASE}#article`);
    expect(nodes(withHash)[0]!.url).toBe(`${BASE}#top`);
    const { url: _url, ...noUrl } = maximalArticle;
    const relative = toJsonLd(noUrl);
    expect(
      nodes(relative)
        .map((n) => n["@id"])
        .every((id) => id.startsWith("_:")),
    ).toBe(true);
    expect(nodes(relative)[0]).not.toHaveProperty("url");
    expect(nodes(relative)[0]).not.toHaveProperty("mainEntityOfPage");
    const based = toJsonLd(maximalArticle, { idBase: "https://cms.example/a/1" });
    expect(nodes(based)[0]!["@id"]).toBe("https://cms.example/a/1#article");
    expect(() => toJsonLd(maximalArticle, { idBase: "#" })).toThrow(/absolute http\(s\) URL/);
    expect(() => toJsonLd(maximalArticle, { idBase: "/a/1" })).toThrow(/absolute http\(s\) URL/);
  });

  test("ids are percent-encoded into valid fragments", () => {
    const article: Article = {
      ...example,
      publisher: "news week/<1>",
      entities: [{ type: "Organization", id: "news week/<1>", name: "Newsweek" }],
      body: [],
      image: undefined as never,
      quotes: [],
      claims: [],
    };
    delete (article as { image?: unknown }).image;
    delete (article as { about?: unknown }).about;
    expect(ids([nodes(toJsonLd(article))[0]!.publisher])).toEqual([
      "_:organization-news%20week%2F%3C1%3E",
    ]);
  });

  test("mentions: every entity mentioned in the body, in first-mention order, once", () => {
    const graph = toJsonLd(example);
    const mentions = ids(nodes(graph)[0]!.mentions);
    // The source's first paragraphs, in reading order.
    expect(mentions.slice(0, 8)).toEqual(
      ["defence-ministry", "syria", "tass", "kremlin", "peskov", "russia", "damascus", "assad"].map(
        (id) => expect.stringMatching(new RegExp(`-${id}$`)),
      ),
    );
    const mentioned = new Set(
      JSON.stringify(example.body)
        .match(/"entity":"[^"]+"/g)
        ?.map((m) => m.slice(10, -1)),
    );
    expect(new Set(mentions).size).toBe(mentions.length);
    expect(mentions).toHaveLength(mentioned.size);
    // Figure captions in the body count; the lead image's caption does not.
    const max = nodes(toJsonLd(maximalArticle))[0]!;
    expect(ids(max.mentions)).toEqual([
      `${BASE}#person-minister`,
      `${BASE}#person-spokesperson`,
      `${BASE}#organization-ministry`,
      `${BASE}#organization-wire`,
      `${BASE}#place-harbour`,
      `${BASE}#place-city`,
    ]);
  });

  test("wordCount always; articleBody (core's plainText of the body) only when asked", () => {
    const text = plainText(maximalArticle.body);
    const plain = nodes(toJsonLd(maximalArticle))[0]!;
    expect(plain).not.toHaveProperty("articleBody");
    expect(plain.wordCount).toBe(text.split(/\s+/).filter(Boolean).length);
    const full = nodes(toJsonLd(maximalArticle, { articleBody: true }))[0]!;
    expect(full.articleBody).toBe(text);
    expect(toJsonLd(example, { articleBody: true })["@graph"][0]).toMatchObject({
      articleBody: plainText(example.body),
    });
  });

  test("only referenced entities get nodes, in registry order, each once", () => {
    // The analyst only speaks an indirect quote and denies the claim: no node by default.
    expect(JSON.stringify(toJsonLd(maximalArticle))).not.toContain("person-analyst");
    const graph = toJsonLd(maximalArticle, { quoteModes: ["direct", "partial", "indirect"] });
    const entityIds = nodes(graph)
      .filter((n) =>
        ["Person", "Organization", "Place", "Event", "CreativeWork"].includes(n["@type"]),
      )
      .map((n) => n["@id"].split("#")[1]);
    // "unused" is referenced by nothing; the government only as the ministry's parent and an asserter.
    expect(entityIds).toEqual([
      "person-reporter",
      "person-minister",
      "person-spokesperson",
      "person-analyst",
      "person-lens",
      "organization-daily",
      "organization-desk",
      "organization-government",
      "organization-ministry",
      "organization-wire",
      "place-country",
      "place-city",
      "place-harbour",
      "event-talks",
      "creativework-interview",
    ]);
    const all = nodes(graph).map((n) => n["@id"]);
    expect(new Set(all).size).toBe(all.length);
  });

  test("entities: kind-specific links as references; anonymous people have no name", () => {
    const graph = toJsonLd(maximalArticle, { quoteModes: ["direct", "partial", "indirect"] });
    expect(node(graph, `${BASE}#person-reporter`)).toEqual({
      "@type": "Person",
      "@id": `${BASE}#person-reporter`,
      name: "Ann Reporter",
      alternateName: ["A. Reporter"],
      description: "World reporter",
      jobTitle: "Correspondent",
      affiliation: { "@id": `${BASE}#organization-daily` },
      url: "https://news.example.com/staff/ann-reporter",
      sameAs: ["https://www.wikidata.org/wiki/Q4115189"],
    });
    expect(node(graph, `${BASE}#person-spokesperson`)).toEqual({
      "@type": "Person",
      "@id": `${BASE}#person-spokesperson`,
      description: "a spokesperson for the ministry",
      affiliation: { "@id": `${BASE}#organization-ministry` },
    });
    expect(node(graph, `${BASE}#person-analyst`).description).toBe(
      "An analyst who asked not to be named",
    );
    expect(node(graph, `${BASE}#organization-ministry`).parentOrganization).toEqual({
      "@id": `${BASE}#organization-government`,
    });
    expect(node(graph, `${BASE}#place-harbour`).containedInPlace).toEqual({
      "@id": `${BASE}#place-city`,
    });
    expect(node(graph, `${BASE}#event-talks`)).toMatchObject({
      startDate: "2024-01-04T09:00:00+01:00",
      location: { "@id": `${BASE}#place-harbour` },
      attendee: [{ "@id": `${BASE}#person-minister` }, { "@id": `${BASE}#organization-ministry` }],
    });
    expect(node(graph, `${BASE}#creativework-interview`)).toMatchObject({
      author: [{ "@id": `${BASE}#person-reporter` }],
      publisher: { "@id": `${BASE}#organization-daily` },
      datePublished: "2024-01-04",
    });
  });

  test("images: ImageObject with pixel sizes, caption text, credit, creator and provider", () => {
    const graph = toJsonLd(maximalArticle);
    expect(node(graph, `${BASE}#image`)).toEqual({
      "@type": "ImageObject",
      "@id": `${BASE}#image`,
      url: "https://news.example.com/img/harbour.jpg",
      contentUrl: "https://news.example.com/img/harbour.jpg",
      width: { "@type": "QuantitativeValue", value: 1600, unitCode: "E37" },
      height: { "@type": "QuantitativeValue", value: 900, unitCode: "E37" },
      caption: "Jane Minister at the harbour.",
      description: "Two people shake hands in front of cranes",
      creditText: "Photo: Pat Lens/Wire Agency",
      creator: [{ "@id": `${BASE}#person-lens` }],
      provider: [{ "@id": `${BASE}#organization-wire` }],
      about: [{ "@id": `${BASE}#event-talks` }, { "@id": `${BASE}#person-minister` }],
    });
    expect(node(graph, `${BASE}#figure-1`)).toMatchObject({
      "@type": "ImageObject",
      caption: "The harbour at dusk.",
    });
    // An image without a known file has no url or contentUrl (nothing invented).
    // It is not the article's `image` (Google could use nothing), but stays
    // linked as associated media with its caption and credit.
    const exampleGraph = toJsonLd(example);
    const sample = node(exampleGraph, "_:image");
    expect(sample).not.toHaveProperty("url");
    expect(sample).not.toHaveProperty("contentUrl");
    expect(nodes(exampleGraph)[0]).not.toHaveProperty("image");
    expect(nodes(exampleGraph)[0]).not.toHaveProperty("thumbnailUrl");
    expect(ids(nodes(exampleGraph)[0]!.associatedMedia)).toEqual(["_:image"]);
  });

  test("quotations: direct and partial by default; channel as isBasedOn or publisher", () => {
    const graph = toJsonLd(maximalArticle);
    const quotes = nodes(graph).filter((n) => n["@type"] === "Quotation");
    expect(quotes.map((q) => q["@id"])).toEqual([
      `${BASE}#quote-q-direct`,
      `${BASE}#quote-q-partial`,
    ]);
    expect(quotes[0]).toEqual({
      "@type": "Quotation",
      "@id": `${BASE}#quote-q-direct`,
      text: "We will meet again.",
      creator: { "@id": `${BASE}#person-minister` },
      isPartOf: { "@id": `${BASE}#article` },
      dateCreated: "2024-01-04",
      isBasedOn: { "@id": `${BASE}#creativework-interview` },
      about: { "@id": `${BASE}#claim-deal` },
    });
    expect(quotes[1]!.publisher).toEqual({ "@id": `${BASE}#organization-wire` });
    expect(quotes[1]).not.toHaveProperty("isBasedOn");
    const all = nodes(toJsonLd(maximalArticle, { quoteModes: ["direct", "partial", "indirect"] }));
    expect(all.filter((n) => n["@type"] === "Quotation")).toHaveLength(3);
    const none = nodes(toJsonLd(maximalArticle, { quotes: false }));
    expect(none.some((n) => n["@type"] === "Quotation")).toBe(false);
  });

  test("claims: statement as text, the article as appearance, asserters as author", () => {
    const graph = toJsonLd(maximalArticle);
    expect(node(graph, `${BASE}#claim-deal`)).toEqual({
      "@type": "Claim",
      "@id": `${BASE}#claim-deal`,
      text: "A deal on shipping fees is near.",
      author: [
        { "@id": `${BASE}#organization-wire` },
        { "@id": `${BASE}#organization-government` },
      ],
      appearance: { "@id": `${BASE}#article` },
    });
    const without = toJsonLd(maximalArticle, { claims: false });
    expect(nodes(without).some((n) => n["@type"] === "Claim")).toBe(false);
    // No reference is left pointing at a claim that is not there.
    expect(JSON.stringify(without)).not.toContain("#claim-");
  });

  test("entityIds: mapped entities are referenced by the site's @id and not emitted", () => {
    const site = "https://news.example.com/#organization";
    const graph = toJsonLd(maximalArticle, { entityIds: { daily: site } });
    expect(nodes(graph)[0]!.publisher).toEqual({ "@id": site });
    expect(nodes(graph).some((n) => n["@id"] === site)).toBe(false);
    expect(node(graph, `${BASE}#person-reporter`).affiliation).toEqual({ "@id": site });
  });

  test("no empty strings, empty arrays or undefined anywhere", () => {
    const sparse: Article = {
      newsdoc: 1,
      id: "sparse",
      language: "en",
      headline: "Headline",
      description: "",
      keywords: ["", ""],
      authors: [],
      body: [{ type: "paragraph", children: [""] }, { type: "rule" }],
      entities: [{ type: "Person", id: "p", name: "P", alternateNames: [""], sameAs: [] }],
      about: ["p"],
      quotes: [],
      claims: [],
    };
    for (const graph of [toJsonLd(sparse), toJsonLd(maximalArticle), toJsonLd(example)]) {
      expect(emptyValues(graph)).toEqual([]);
    }
    expect(toJsonLd(sparse)["@graph"][0]).toEqual({
      "@type": "NewsArticle",
      "@id": "_:article",
      headline: "Headline",
      inLanguage: "en",
      about: [{ "@id": "_:person-p" }],
      wordCount: 0,
    });
  });

  test("deterministic: same article, same output, same key order", () => {
    const a = JSON.stringify(toJsonLd(maximalArticle, { articleBody: true }));
    const b = JSON.stringify(toJsonLd(structuredClone(maximalArticle), { articleBody: true }));
    expect(a).toBe(b);
  });

  test("the output shares no arrays with the article", () => {
    const graph = toJsonLd(maximalArticle);
    (nodes(graph)[0]!.keywords as string[]).push("x");
    expect(maximalArticle.keywords).toHaveLength(3);
  });

  test("bad input: a clear error, not a crash", () => {
    const dangling = { ...example, publisher: "nobody" };
    expect(() => toJsonLd(dangling)).toThrow(NewsdocRenderError);
    expect(() => toJsonLd(dangling)).toThrow(/entity "nobody".*parseArticle/);
    expect(() => toJsonLd(null as never)).toThrow(/must be a newsdoc Article/);
    expect(() => toJsonLd(example, { idBase: 3 as never })).toThrow(/idBase must be a string/);
    expect(() => toJsonLd(example, { entityIds: { a: "" } })).toThrow(/entityIds\["a"\]/);
    const badNode = { ...example, body: [{ type: "marquee" }] } as unknown as Article;
    expect(() => toJsonLd(badNode)).toThrow(NewsdocRenderError);
  });
});
