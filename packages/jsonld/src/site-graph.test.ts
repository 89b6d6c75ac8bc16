import { article as example } from "@newsdoc/core/example";
import type { Article } from "@newsdoc/core/kit";
import jsonld from "jsonld";
import { describe, expect, test } from "vitest";
import { maximalArticle } from "./__fixtures__/maximal-article.js";
import { offlineDocumentLoader as offlineLoader } from "./__fixtures__/schema-org-context.js";
import { maximalSite } from "./__fixtures__/site.js";
import { toJsonLd } from "./to-json-ld.js";
import type { JsonLdGraph, JsonLdNode } from "./types.js";

const BASE = "https://news.example.com/2024/01/05/harbour-talks";
const byId = (graph: JsonLdGraph, id: string): Record<string, unknown> => {
  const node = graph["@graph"].find((n: JsonLdNode) => n["@id"] === id);
  if (!node) throw new Error(`no node ${id}`);
  return node as unknown as Record<string, unknown>;
};

/** A second article of the same site, by the same reporter. */
const second: Article = {
  ...maximalArticle,
  id: "second",
  url: "https://news.example.com/2024/01/06/harbour-reopens",
  headline: "Harbour reopens",
};

describe("toJsonLd with a site", () => {
  const graph = toJsonLd(maximalArticle, { site: maximalSite });

  test("adds WebPage, BreadcrumbList, WebSite and the publisher after the article", () => {
    expect(graph["@graph"].slice(0, 5).map((n) => [n["@type"], n["@id"]])).toEqual([
      ["NewsArticle", `${BASE}#article`],
      ["WebPage", BASE],
      ["BreadcrumbList", `${BASE}#breadcrumb`],
      ["WebSite", "https://news.example.com/#website"],
      ["NewsMediaOrganization", "https://news.example.com/#publisher"],
    ]);
    const article = byId(graph, `${BASE}#article`);
    expect(article.publisher).toEqual({ "@id": "https://news.example.com/#publisher" });
    expect(article.mainEntityOfPage).toEqual({ "@id": BASE });
    expect(byId(graph, BASE)).toMatchObject({
      isPartOf: { "@id": "https://news.example.com/#website" },
      breadcrumb: { "@id": `${BASE}#breadcrumb` },
      primaryImageOfPage: { "@id": `${BASE}#image` },
    });
    // The article's own "daily" entity is the site's publisher: no second node.
    expect(JSON.stringify(graph)).not.toContain("#organization-daily");
  });

  test("the publisher is a NewsMediaOrganization with its logo, sameAs and every policy", () => {
    expect(byId(graph, "https://news.example.com/#publisher")).toMatchObject({
      name: "The Daily News Company",
      url: "https://news.example.com/",
      logo: {
        "@type": "ImageObject",
        url: "https://news.example.com/logo.png",
        width: { value: 600 },
        height: { value: 60 },
      },
      sameAs: ["https://www.wikidata.org/wiki/Q1", "https://www.facebook.com/thedaily"],
      correctionsPolicy: "https://news.example.com/about/corrections",
      masthead: "https://news.example.com/about/masthead",
      noBylinesPolicy: "https://news.example.com/about/bylines",
    });
  });

  test("the breadcrumb is home, the section path, then the article", () => {
    const crumbs = byId(graph, `${BASE}#breadcrumb`).itemListElement as Record<string, unknown>[];
    expect(crumbs.map((c) => [c.position, c.name, (c.item as { "@id": string })["@id"]])).toEqual([
      [1, "The Daily", "https://news.example.com/"],
      [2, "World", "https://news.example.com/world"],
      [3, "Europe", "https://news.example.com/world/europe"],
      [4, "Harbour talks end without a deal", BASE],
    ]);
  });

  test("authors with a profile page get a site-wide @id and the page as url", () => {
    const article = byId(graph, `${BASE}#article`);
    expect(article.author).toEqual([
      { "@id": "https://news.example.com/authors/reporter#person" },
      { "@id": `${BASE}#organization-desk` },
    ]);
    expect(byId(graph, "https://news.example.com/authors/reporter#person")).toMatchObject({
      "@type": "Person",
      name: "Ann Reporter",
    });
  });

  test("paywall, corrections, dateline, translations and backstory", () => {
    expect(byId(graph, `${BASE}#article`)).toMatchObject({
      isAccessibleForFree: false,
      hasPart: {
        "@type": "WebPageElement",
        isAccessibleForFree: false,
        cssSelector: ".nd-paywalled",
      },
      correction: [
        {
          "@type": "CorrectionComment",
          text: "An earlier version gave the wrong day for the next meeting.",
          datePublished: "2024-01-05T10:30:00+01:00",
        },
      ],
      locationCreated: { "@id": `${BASE}#place-city` },
      workTranslation: [
        {
          "@type": "NewsArticle",
          url: "https://news.example.com/fr/2024/01/05/negociations-portuaires",
          inLanguage: "fr",
        },
      ],
      backstory: "Our reporter attended the talks; the ministry answered questions by email.",
    });
    const custom = toJsonLd(maximalArticle, { paywallSelector: ".paywall" });
    expect((custom["@graph"][0] as unknown as Record<string, unknown>).hasPart).toMatchObject({
      cssSelector: ".paywall",
    });
    const free = toJsonLd({ ...maximalArticle, access: { kind: "free" } });
    expect(free["@graph"][0]).toMatchObject({ isAccessibleForFree: true });
    expect(free["@graph"][0]).not.toHaveProperty("hasPart");
  });

  test("graphs of two pages merged with the jsonld library have one publisher, one website, one author", async () => {
    const a = toJsonLd(maximalArticle, { site: maximalSite });
    const b = toJsonLd(second, { site: maximalSite });
    // jsonld.merge flattens several documents into one node map (absent from @types/jsonld).
    const { merge } = jsonld as unknown as {
      merge(docs: unknown[], ctx: null, options: object): Promise<Record<string, unknown>[]>;
    };
    const merged = await merge([a, b], null, { documentLoader: offlineLoader });
    const typed = (type: string) =>
      merged.filter((n) => {
        const t = n["@type"];
        return Array.isArray(t) ? t.includes(`http://schema.org/${type}`) : false;
      });
    expect(typed("NewsMediaOrganization").map((n) => n["@id"])).toEqual([
      "https://news.example.com/#publisher",
    ]);
    expect(typed("WebSite").map((n) => n["@id"])).toEqual(["https://news.example.com/#website"]);
    // (The translation is a blank NewsArticle node; the pages' articles are the named ones.)
    const named = (type: string) =>
      typed(type)
        .map((n) => n["@id"] as string)
        .filter((id) => !id.startsWith("_:"));
    expect(named("NewsArticle").sort()).toEqual([
      `${BASE}#article`,
      "https://news.example.com/2024/01/06/harbour-reopens#article",
    ]);
    const people = typed("Person").map((n) => n["@id"]);
    expect(
      people.filter((id) => id === "https://news.example.com/authors/reporter#person"),
    ).toHaveLength(1);
  });
});

describe("standalone JSON-LD as RDF", () => {
  test("the example article, which has no URL, gives triples with no base (blank nodes, not relative ids)", async () => {
    const graph = toJsonLd(example);
    expect(graph["@graph"].every((n) => n["@id"]?.startsWith("_:"))).toBe(true);
    const quads = (await jsonld.toRDF(
      graph as never,
      {
        format: "application/n-quads",
        documentLoader: offlineLoader,
      } as never,
    )) as unknown as string;
    const lines = quads.trim().split("\n");
    // Every node of the graph keeps its triples: at least one per node, and
    // the article's headline is among them.
    expect(lines.length).toBeGreaterThan(graph["@graph"].length * 2);
    expect(quads).toContain(
      '<http://schema.org/headline> "Russia Denies Sending Troops to Syria, but Would Consider if Asked by Damascus"',
    );
  });

  test("a relative @id would lose everything: the check can fail", async () => {
    const relative = {
      "@context": "https://schema.org",
      "@id": "#article",
      "@type": "NewsArticle",
      headline: "x",
    };
    const quads = (await jsonld.toRDF(
      relative as never,
      {
        format: "application/n-quads",
        documentLoader: offlineLoader,
      } as never,
    )) as unknown as string;
    expect(quads).toBe("");
  });
});
