import { article as example } from "@newsdoc/core/example";
import {
  articleArbitrary,
  fcParams,
  scaledTimeout,
  withPublisherFields,
} from "@newsdoc/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maximalArticle } from "../../jsonld/src/__fixtures__/maximal-article.js";
import { DATA_DIR, describeErrors, ninjsValidator } from "./__fixtures__/ninjs-schema.js";
import { toNinjs, toNinjsWithReport } from "./to-ninjs.js";

describe.skipIf(!DATA_DIR)("toNinjs output passes the official ninjs 3.1 schema", () => {
  const validate = ninjsValidator();
  it.each([
    ["the example", example],
    ["the maximal fixture", maximalArticle],
  ])("for %s", (_name, article) => {
    const item = toNinjs(article);
    expect(validate(item), describeErrors(validate)).toBe(true);
  });

  it(
    "for property-generated articles, hostile text and URLs included",
    () => {
      fc.assert(
        fc.property(withPublisherFields(articleArbitrary({ ids: "hostile" })), (article) => {
          const item = toNinjs(article);
          expect(validate(item), describeErrors(validate)).toBe(true);
        }),
        fcParams(),
      );
    },
    scaledTimeout(120_000),
  );
});

describe("toNinjs", () => {
  it("writes the metadata where ninjs keeps it", () => {
    const item = toNinjs(maximalArticle, { version: "2" });
    expect(item).toMatchObject({
      uri: "urn:newsdoc:maximal",
      type: "text",
      version: "2",
      firstCreated: "2024-01-05T08:00:00+01:00",
      versionCreated: "2024-01-05T10:30:00+01:00",
      language: "en-GB",
      headlines: [
        { role: "main", value: "Harbour talks end without a deal" },
        { role: "sub", value: "Ministers will meet again in March" },
      ],
      descriptions: [
        {
          role: "summary",
          contentType: "text/plain",
          value: "Two ministers met at the harbour office; they will meet again.",
        },
        {
          role: "correction",
          contentType: "text/plain",
          value: "An earlier version gave the wrong day for the next meeting.",
        },
        {
          role: "backstory",
          contentType: "text/plain",
          value: "Our reporter attended the talks; the ministry answered questions by email.",
        },
      ],
      located: "Port City",
      by: "By Ann Reporter and the World Desk",
      altIds: [{ role: "url", value: "https://news.example.com/2024/01/05/harbour-talks" }],
    });
    expect(item.subjects).toEqual([
      { name: "World", rel: "section" },
      { name: "harbour", rel: "keyword" },
      { name: "talks", rel: "keyword" },
      { name: "shipping, ports", rel: "keyword" },
      { name: "World", rel: "sectionPath", uri: "https://news.example.com/world" },
      { name: "Europe", rel: "sectionPath", uri: "https://news.example.com/world/europe" },
    ]);
  });

  it("writes translations as text associations with their language and URL", () => {
    const associations = toNinjs(maximalArticle).associations ?? [];
    expect(associations.filter((a) => a.rel === "translation")).toEqual([
      {
        name: "translation-fr",
        rel: "translation",
        uri: "https://news.example.com/fr/2024/01/05/negociations-portuaires",
        type: "text",
        language: "fr",
        altIds: [
          { role: "url", value: "https://news.example.com/fr/2024/01/05/negociations-portuaires" },
        ],
      },
    ]);
  });

  it("reports the access it cannot carry and the corrections' dates it approximates", () => {
    const { report } = toNinjsWithReport(maximalArticle);
    expect(report).toContainEqual(
      expect.objectContaining({
        kind: "dropped",
        path: "access",
        message: expect.stringMatching(/metered with 2 free blocks/),
      }),
    );
    expect(report).toContainEqual(
      expect.objectContaining({ kind: "approximated", path: "corrections[*].date" }),
    );
  });

  it("writes an image known only by its other sizes with a nameless original (no file)", () => {
    const article = {
      ...maximalArticle,
      image: { renditions: [{ url: "http://example.com/", width: 2, height: 2 }] },
    };
    const [association] = toNinjs(article).associations ?? [];
    expect(association?.renditions).toEqual([
      { name: "original" },
      { name: "2x2", href: "http://example.com/", width: 2, height: 2, aspectRatio: "1:1" },
    ]);
  });

  it("writes the body as text/html from toHtml and text/plain from plainText", () => {
    const item = toNinjs(example);
    const [html, text] = item.bodies ?? [];
    expect(html?.contentType).toBe("text/html");
    expect(html?.value.startsWith(`<div class="nd-body"><p>`)).toBe(true);
    expect(html?.value).toContain('data-entity="peskov"');
    expect(text?.contentType).toBe("text/plain");
    expect(text?.value.split("\n\n")[0]).toMatch(/^The Russian Ministry of Defence has denied/);
  });

  it("writes entities with name, literal id, relation and one uri", () => {
    const item = toNinjs(example);
    expect(item.people).toContainEqual({
      name: "Vladimir Putin",
      literal: "putin",
      rel: "mentions",
      uri: "https://www.wikidata.org/wiki/Q7747",
    });
    expect(item.places).toContainEqual(expect.objectContaining({ literal: "syria", rel: "about" }));
    expect(item.organisations).toContainEqual(
      expect.objectContaining({ literal: "newsweek", rel: "publisher" }),
    );
  });

  it("writes the lead image as a picture association", () => {
    const [association] = toNinjs(maximalArticle).associations ?? [];
    expect(association).toMatchObject({
      name: "featuremedia",
      type: "picture",
      uri: "https://news.example.com/img/harbour.jpg",
      by: "Photo: Pat Lens/Wire Agency",
      renditions: [
        {
          name: "original",
          href: "https://news.example.com/img/harbour.jpg",
          width: 1600,
          height: 900,
        },
        {
          name: "1920x1080",
          href: "https://news.example.com/img/harbour-16x9.jpg",
          width: 1920,
          height: 1080,
          aspectRatio: "16:9",
        },
        {
          name: "1200x900",
          href: "https://news.example.com/img/harbour-4x3.jpg",
          width: 1200,
          height: 900,
          aspectRatio: "4:3",
        },
        {
          name: "800x800",
          href: "https://news.example.com/img/harbour-1x1.jpg",
          width: 800,
          height: 800,
          aspectRatio: "1:1",
        },
      ],
    });
    expect(association?.descriptions?.map((d) => [d.role, d.contentType])).toEqual([
      ["caption", "text/html"],
      ["caption", "text/plain"],
      ["alt", "text/plain"],
    ]);
  });

  it("reports what ninjs cannot carry", () => {
    const { report } = toNinjsWithReport(example);
    const paths = report.map((r) => r.path);
    expect(paths).toContain("quotes");
    expect(paths).toContain("claims");
    expect(paths).toContain("entities[*].alternateNames");
    for (const entry of report) expect(entry.message).toMatch(/\.$/);
  });

  it("rejects a uri option that is not an absolute URI", () => {
    expect(() => toNinjs(example, { uri: "not a uri" })).toThrow(
      /options\.uri must be an absolute URI/,
    );
  });
});
