import { safeParseArticle } from "@newsdoc/core";
import { article as example } from "@newsdoc/core/example";
import type { Article } from "@newsdoc/core/kit";
import { toHtml, toHtmlDocument } from "@newsdoc/html";
import { jsonLdScript, toJsonLd } from "@newsdoc/jsonld";
import { toMarkdown } from "@newsdoc/markdown";
import {
  assertSafeHtml,
  findElements,
  HTML_ATTRIBUTES,
  HTML_DOCUMENT_ELEMENTS,
  HTML_ELEMENTS,
  isSafeUrl,
  parseHtml,
  textContent,
  xssCorpus,
} from "@newsdoc/test-utils";
import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it, vi } from "vitest";

// Property tests run 1,000+ cases; on a loaded 2-core machine that takes longer than the 5 s default.
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
// Enumerations and dates: not free text, left alone.
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

/** The example article with `payload` in every text field (and, for URL vectors, every URL field). */
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

const mdNodes = function* (node: Nodes): Generator<Nodes> {
  yield node;
  if ("children" in node) for (const c of node.children) yield* mdNodes(c as Nodes);
};

describe("the XSS corpus in every field of the example article", () => {
  it.each(xssCorpus.map((v) => [v.label, v] as const))("%s", (_, vector) => {
    // Every vector goes into the text fields, then into the URL fields too; none is an absolute http(s) URL.
    for (const intoUrls of [false, true]) {
      const article = poison(vector.payload, intoUrls);
      if (intoUrls) expect(safeParseArticle(article).success).toBe(false);

      const fragment = toHtml(article, { appendix: "claims" });
      const { root } = assertSafeHtml(fragment, {
        allowedElements: HTML_ELEMENTS,
        allowedAttributes: HTML_ATTRIBUTES,
      });
      expect(textContent(findElements(root, (e) => e.tagName === "h1")[0]!)).toBe(
        vector.payload.replace(/\r\n?/g, "\n").replace(/\u0000/g, ""),
      );
      assertSafeHtml(toHtml(article, { appendix: "quotes" }), {
        allowedElements: HTML_ELEMENTS,
        allowedAttributes: HTML_ATTRIBUTES,
      });

      const document = toHtmlDocument(article);
      const { jsonLd } = assertSafeHtml(document, {
        allowedElements: HTML_DOCUMENT_ELEMENTS,
        allowedAttributes: HTML_ATTRIBUTES,
        allowJsonLdScript: "required",
      });
      const graph = toJsonLd(article);
      expect(JSON.parse(jsonLd[0]!)).toEqual(graph);

      const script = parseHtml(jsonLdScript(graph));
      const scripts = findElements(script, (e) => e.tagName === "script");
      expect(scripts).toHaveLength(1);
      expect(JSON.parse(textContent(scripts[0]!))).toEqual(graph);

      const markdown = toMarkdown(article, { frontMatter: true, appendix: "claims" });
      // The front matter is YAML (the markdown package's own tests parse it); only the rest is CommonMark.
      const end = markdown.startsWith("---\n") ? markdown.indexOf("\n---\n", 4) : -1;
      expect(markdown.startsWith("---\n") ? end : 0).toBeGreaterThanOrEqual(0);
      for (const node of mdNodes(fromMarkdown(end >= 0 ? markdown.slice(end + 5) : markdown))) {
        expect(node.type).not.toBe("html");
      }
    }
  });

  const markdownUrls = (vector: (typeof xssCorpus)[number]) => {
    const markdown = toMarkdown(poison(vector.payload, true), { appendix: "claims" });
    for (const node of mdNodes(fromMarkdown(markdown))) {
      if (node.type === "link" || node.type === "image") {
        expect(isSafeUrl(node.url), `Markdown ${node.type} to ${JSON.stringify(node.url)}`).toBe(
          true,
        );
      }
    }
  };
  it.each(xssCorpus.map((v) => [v.label, v] as const))(
    "Markdown links stay http(s), mailto or relative: %s",
    (_, vector) => markdownUrls(vector),
  );
});
