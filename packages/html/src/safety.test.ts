import { plainText } from "@newsdoc/core/kit";
import {
  type ArticleArbitraryOptions,
  articleArbitrary,
  assertSafeHtml,
  fcParams,
  HTML_ATTRIBUTES,
  HTML_DOCUMENT_ELEMENTS,
  HTML_ELEMENTS,
  hostileUrl,
  isSafeUrl,
  textContent,
  xssCorpus,
} from "@newsdoc/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderedBodyText } from "./__fixtures__/read-text.js";
import { toHtmlDocument } from "./document/to-html-document.js";
import { toHtml } from "./to-html.js";

// The one allow-list of the elements and attributes @newsdoc/html documents (shared with testing/security).
const FRAGMENT = { allowedElements: HTML_ELEMENTS, allowedAttributes: HTML_ATTRIBUTES };
const DOCUMENT = { allowedElements: HTML_DOCUMENT_ELEMENTS, allowedAttributes: HTML_ATTRIBUTES };

// Valid articles whose URL fields are then replaced by hostile ones: the
// renderer must hold even for data that skipped validation.
const hostile: ArticleArbitraryOptions = { ids: "hostile" };
const withHostileUrls = fc
  .tuple(articleArbitrary(hostile), fc.infiniteStream(hostileUrl()))
  .map(([article, urls]) => {
    const next = () => urls.next().value as string;
    const copy = structuredClone(article);
    copy.url = next();
    if (copy.image) copy.image.url = next();
    for (const entity of copy.entities) {
      entity.url = next();
      entity.sameAs = [next()];
    }
    const visit = (nodes: unknown[]) => {
      for (const node of nodes) {
        if (typeof node !== "object" || node === null) continue;
        const n = node as {
          type: string;
          url?: string;
          cite?: string;
          image?: { url?: string; caption?: unknown[] };
          children?: unknown[];
        };
        if (n.type === "link") n.url = next();
        if (n.type === "blockquote") n.cite = next();
        if (n.type === "figure" && n.image) {
          n.image.url = next();
          visit(n.image.caption ?? []);
        }
        if (n.children) visit(n.children);
      }
    };
    visit(copy.body);
    return copy;
  });

function hrefsAndSrcs(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|cite)="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&"),
  );
}

describe("hostile input", () => {
  it("the fragment: only documented elements and attributes, no script, safe URLs, model text", () => {
    fc.assert(
      fc.property(
        withHostileUrls,
        fc.constantFrom<"link" | "text">("link", "text"),
        (article, mentions) => {
          const html = toHtml(article, { mentions, appendix: ["quotes", "claims"] });
          const { root } = assertSafeHtml(html, FRAGMENT);
          for (const url of hrefsAndSrcs(html)) expect(isSafeUrl(url)).toBe(true);
          // The body reads back as the model's text, and the headline is text too.
          expect(renderedBodyText(root)).toBe(plainText(article.body));
          expect(textContent(root)).toContain(article.headline);
        },
      ),
      fcParams(),
    );
  }, 120_000);

  it("the document: the same, plus exactly one JSON-LD script", () => {
    fc.assert(
      fc.property(withHostileUrls, (article) => {
        const html = toHtmlDocument(article, { appendix: "quotes" });
        assertSafeHtml(html, { ...DOCUMENT, allowJsonLdScript: "required" });
        for (const url of hrefsAndSrcs(html)) expect(isSafeUrl(url)).toBe(true);
      }),
      fcParams(),
    );
  }, 120_000);

  it("every XSS vector, in every text and URL field, comes out as text or not at all", () => {
    for (const { label, payload } of xssCorpus) {
      const article = {
        newsdoc: 1 as const,
        id: payload,
        url: payload,
        language: payload,
        headline: payload,
        alternativeHeadline: payload,
        description: payload,
        section: payload,
        keywords: [payload],
        datePublished: payload,
        byline: payload,
        authors: ["e"],
        publisher: "e",
        image: { url: payload, alt: payload, caption: [payload], credit: { text: payload } },
        entities: [
          { type: "Person" as const, id: "e", name: payload, url: payload, sameAs: [payload] },
        ],
        quotes: [{ id: "q", speaker: "e", text: payload, mode: "direct" as const, verb: payload }],
        claims: [
          {
            id: "c",
            statement: payload,
            stances: [{ stance: "denies" as const, by: "e", quote: "q" }],
          },
        ],
        body: [
          {
            type: "paragraph" as const,
            children: [
              payload,
              { type: "mention" as const, entity: "e", text: payload },
              { type: "quote" as const, quote: "q", children: [payload] },
              { type: "link" as const, url: payload, title: payload, children: [payload] },
            ],
          },
          { type: "blockquote" as const, quote: "q", cite: payload, children: [] },
        ],
      };
      const fragment = toHtml(article, { appendix: ["quotes", "claims"] });
      expect(() => assertSafeHtml(fragment, FRAGMENT), label).not.toThrow();
      const document = toHtmlDocument(article, { appendix: ["quotes", "claims"] });
      expect(
        () => assertSafeHtml(document, { ...DOCUMENT, allowJsonLdScript: "required" }),
        label,
      ).not.toThrow();
    }
  });
});
