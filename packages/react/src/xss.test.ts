import { article as example } from "@newsdoc/core/example";
import type { Article } from "@newsdoc/core/kit";
import { toHtml } from "@newsdoc/html";
import { assertSafeHtml, findElements, textContent, xssCorpus } from "@newsdoc/test-utils";
import { describe, expect, it, vi } from "vitest";
import { domShape, withoutPreloads } from "./__fixtures__/dom-shape.js";
import { staticMarkup } from "./__fixtures__/render.js";

vi.setConfig({ testTimeout: 120_000 });

// Keys whose values are ids or references: renamed consistently (payload + id) so references still resolve.
const REFERENCE_KEYS = new Set([
  "id",
  "entity",
  "quote",
  "speaker",
  "by",
  "via",
  "claim",
  "affiliation",
  "parentOrganization",
  "containedInPlace",
  "location",
  "publisher",
  "authors",
  "attendees",
  "creators",
  "providers",
  "about",
]);
const URL_KEYS = new Set(["url", "sameAs", "cite"]);
const FIXED_KEYS = new Set([
  "type",
  "mode",
  "stance",
  "language",
  "newsdoc",
  "datePublished",
  "dateModified",
  "startDate",
  "date",
  "$schema",
]);

/** The example article with `payload` in every text field (and, with `intoUrls`, every URL field). */
function poison(payload: string, intoUrls: boolean): Article {
  const walk = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === "string") {
      if (key !== undefined && FIXED_KEYS.has(key)) return value;
      if (key !== undefined && REFERENCE_KEYS.has(key)) return `${payload}${value}`;
      if (key !== undefined && URL_KEYS.has(key)) return intoUrls ? payload : value;
      return payload;
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return walk(example, undefined) as Article;
}

describe("the XSS corpus in every field renders inert", () => {
  it.each(xssCorpus.map((v) => [v.label, v] as const))("%s", (_, vector) => {
    for (const intoUrls of [false, true]) {
      const article = poison(vector.payload, intoUrls);
      for (const appendix of ["quotes", "claims"] as const) {
        const html = staticMarkup(article, { options: { appendix } });
        // No script, no event handler, no unsafe URL, no dangerous element…
        const { root } = assertSafeHtml(html);
        // …the payload shown as text…
        expect(textContent(findElements(root, (e) => e.tagName === "h1")[0]!)).toBe(
          vector.payload.replace(/\r\n?/g, "\n").replace(/\u0000/g, ""),
        );
        // …and exactly the DOM of toHtml, which testing/security checks against its allow-lists.
        expect(withoutPreloads(domShape(html)).markup).toEqual(
          domShape(toHtml(article, { appendix })),
        );
      }
    }
  });
});
