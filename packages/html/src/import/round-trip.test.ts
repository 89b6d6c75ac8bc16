import { type Article, type Block, type Image, type Inline, parseArticle } from "@newsdoc/core";
import { article as example } from "@newsdoc/core/example";
import {
  fcParams,
  mediaNodesArticle,
  scaledTimeout,
  withoutDerivedHeadingIds,
} from "@newsdoc/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyNodesArticle } from "../../../jsonld/src/__fixtures__/body-nodes-article.js";
import { maximalArticle } from "../../../jsonld/src/__fixtures__/maximal-article.js";
import { fixture } from "../__fixtures__/article.js";
import { toHtmlDocument } from "../document/to-html-document.js";
import { toHtml } from "../to-html.js";
import { validArticles } from "./__fixtures__/valid-articles.js";
import { fromHtml } from "./from-html.js";

/**
 * A body as HTML can carry it: what toHtml writes the same way for two
 * different bodies is made one (adjacent text merged, `ordered: false` and
 * `start: 1` left out, an empty `alt` left out); what toHtml does not write
 * at all is left out (a figure's credit creators/providers and `about`; a
 * figure with nothing to show).
 */
export function htmlCanonicalBody(blocks: readonly Block[], keepFigureFacts = false): Block[] {
  const inline = (nodes: readonly Inline[]): Inline[] => {
    const out: Inline[] = [];
    for (const n of nodes) {
      const node: Inline =
        typeof n === "string" || !("children" in n)
          ? n
          : ({ ...n, children: inline(n.children) } as Inline);
      if (node === "") continue;
      const prev = out[out.length - 1];
      if (typeof node === "string" && typeof prev === "string") out[out.length - 1] = prev + node;
      else out.push(node);
    }
    return out;
  };
  const image = (img: Image): Image | undefined => {
    const out: Image = {};
    if (img.url !== undefined) out.url = img.url;
    if (img.url !== undefined && img.alt !== undefined && img.alt !== "") out.alt = img.alt;
    if (img.url !== undefined && img.width !== undefined) out.width = img.width;
    if (img.url !== undefined && img.height !== undefined) out.height = img.height;
    if (img.caption !== undefined && img.caption.length > 0) out.caption = inline(img.caption);
    if (img.credit !== undefined) {
      out.credit = keepFigureFacts ? img.credit : { text: img.credit.text };
    }
    if (keepFigureFacts && img.about !== undefined) out.about = img.about;
    return out.url === undefined && out.caption === undefined && out.credit === undefined
      ? undefined
      : out;
  };
  const out: Block[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case "paragraph":
      case "heading":
        out.push({ ...b, children: inline(b.children) });
        break;
      case "figure": {
        const img = image(b.image);
        if (img !== undefined) out.push({ type: "figure", image: img });
        break;
      }
      case "blockquote":
        out.push({ ...b, children: htmlCanonicalBody(b.children, keepFigureFacts) });
        break;
      case "list": {
        const list: Block = {
          type: "list",
          children: b.children.map((i) => ({ type: "listItem", children: inline(i.children) })),
        };
        if (b.ordered === true) list.ordered = true;
        if (b.ordered === true && b.start !== undefined && b.start !== 1) list.start = b.start;
        out.push(list);
        break;
      }
      case "rule":
      case "pullQuote":
      case "correction":
      case "embed":
      case "video":
      case "audio":
        out.push(b);
        break;
      case "aside":
        out.push({
          ...b,
          title: inline(b.title),
          children: htmlCanonicalBody(b.children, keepFigureFacts),
        });
        break;
      case "editorsNote":
        out.push({ ...b, children: inline(b.children) });
        break;
      case "table": {
        const table: Block = {
          type: "table",
          children: b.children.map((row) => ({
            type: "tableRow",
            children: row.children.map((cell) => ({ ...cell, children: inline(cell.children) })),
          })),
        };
        const caption = b.caption === undefined ? [] : inline(b.caption);
        if (caption.length > 0) table.caption = caption;
        out.push(table);
        break;
      }
    }
  }
  return out;
}

const cases: [string, Article][] = [
  ["the example", example],
  ["the html fixture", fixture],
  ["the maximal fixture", maximalArticle],
  [
    "the body-nodes fixture, without the #19 publisher fields",
    withoutPublisherFields(bodyNodesArticle),
  ],
  ["the media fixture (embeds, video, audio, heading ids)", mediaNodesArticle],
];

/** The article without the publisher fields this test predates (issue #19's known gap). */
function withoutPublisherFields(article: Article): Article {
  const { access, dateline, corrections, backstory, ...rest } = article;
  const { renditions, ...image } = article.image ?? {};
  return article.image === undefined ? rest : { ...rest, image };
}

describe("fromHtml(toHtml(a)) gives back a's body", () => {
  for (const [name, a] of cases) {
    it(`${name}`, () => {
      const { article, report } = fromHtml(toHtml(a), { registry: a });
      expect(article.body).toEqual(htmlCanonicalBody(withoutDerivedHeadingIds(a.body)));
      expect(() => parseArticle(article)).not.toThrow();
      // Only newsdoc's own generated furniture is reported: nothing of the body was lost. (A
      // fragment has no JSON-LD: the lead image's srcset gives its renditions without heights.)
      expect(
        report.filter(
          (r) => r.reason !== "generated" && r.reason !== "date" && r.reason !== "renditions",
        ),
      ).toEqual([]);
    });
  }

  it("for property-generated articles (NEWSDOC_FC_RUNS, default 1,000)", () => {
    fc.assert(
      fc.property(validArticles(), (a) => {
        const { article } = fromHtml(toHtml(a), { registry: a });
        expect(article.body).toEqual(htmlCanonicalBody(a.body));
        parseArticle(article);
      }),
      fcParams(),
    );
  }, 300_000);

  it(
    "for property-generated articles with the #20 body nodes (embeds, video, audio, heading ids)",
    () => {
      fc.assert(
        fc.property(validArticles({ bodyNodes: true }), (a) => {
          for (const html of [
            toHtml(a),
            toHtml(a, { embeds: { allow: ["youtube", "datawrapper"] } }),
          ]) {
            const { article, report } = fromHtml(html, { registry: a });
            expect(article.body).toStrictEqual(htmlCanonicalBody(withoutDerivedHeadingIds(a.body)));
            // Only newsdoc's generated furniture (and the dateline's shown date) is reported.
            expect(report.filter((r) => r.reason !== "generated" && r.reason !== "date")).toEqual(
              [],
            );
            parseArticle(article);
          }
        }),
        fcParams({ numRuns: Math.ceil(fcParams().numRuns! / 2) }),
      );
    },
    scaledTimeout(600_000),
  );
});

/** The metadata a page carries: everything but the id (no page says it) and the registries. */
const PAGE_FIELDS = [
  "url",
  "language",
  "headline",
  "alternativeHeadline",
  "description",
  "section",
  "keywords",
  "datePublished",
  "dateModified",
  "authors",
  "byline",
  "publisher",
  "image",
  "about",
  "access",
  "dateline",
  "corrections",
  "translations",
  "backstory",
] as const;

describe("fromHtml(toHtmlDocument(a)) recovers the page's metadata", () => {
  for (const [name, a] of cases) {
    it(`${name}: every metadata field, the body, and the entities the JSON-LD describes`, () => {
      const { article } = fromHtml(toHtmlDocument(a));
      for (const field of PAGE_FIELDS) expect([field, article[field]]).toEqual([field, a[field]]);
      expect(article.body).toEqual(htmlCanonicalBody(withoutDerivedHeadingIds(a.body), true));
      // Entities the JSON-LD graph names come back whole, under their own ids.
      for (const entity of article.entities) {
        const original = a.entities.find((e) => e.id === entity.id);
        expect(original, `entity ${entity.id}`).toBeDefined();
      }
      parseArticle(article);
    });
  }

  it("for property-generated articles: the head's and JSON-LD's fields, and a valid article", () => {
    fc.assert(
      fc.property(validArticles(), (a) => {
        const { article } = fromHtml(toHtmlDocument(a));
        for (const field of [
          "url",
          "language",
          "headline",
          "datePublished",
          "section",
          "keywords",
          "authors",
          "publisher",
        ] as const) {
          expect([field, article[field]]).toEqual([field, a[field]]);
        }
        parseArticle(article);
      }),
      fcParams({ numRuns: Math.max(100, Math.floor(fcParams().numRuns! / 5)) }),
    );
  }, 300_000);

  it("heading ids: explicit ones come back, derived ones are not invented (regression)", () => {
    const a: Article = {
      ...fixture,
      body: [
        { type: "heading", level: 2, children: ["Foo"] },
        { type: "heading", level: 2, id: "foo-again", children: ["Foo"] },
        { type: "heading", level: 2, id: "custom", children: ["Bar"] },
        { type: "heading", level: 3, children: ["Bar"] },
      ],
    };
    const { article, report } = fromHtml(toHtml(a));
    expect(article.body).toEqual(a.body);
    expect(report.filter((r) => r.kind === "attribute" && r.attribute === "id")).toEqual([]);
  });
});
