import { article as example } from "@newsdoc/core/example";
import type { Article } from "@newsdoc/core/kit";
import { jsonLdScript, toJsonLd } from "@newsdoc/jsonld";
import { fcParams } from "@newsdoc/test-utils";
import fc from "fast-check";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { maximalArticle } from "../../jsonld/src/__fixtures__/maximal-article.js";
import { ArticleJsonLd } from "./article-json-ld.js";

vi.setConfig({ testTimeout: 300_000 });

type Element = DefaultTreeAdapterMap["element"];

// The break-out corpus of packages/jsonld/src/breakout.test.ts: every way
// out of a script element, mixed with any code point at all.
const TOKENS = [
  "</script>",
  "</SCRIPT >",
  "</script\t",
  "<!--",
  "-->",
  "<script>",
  "<!--<script>",
  "]]>",
  "<![CDATA[",
  "&lt;/script&gt;",
  "\\u003c",
  "\\",
  '"',
  "\u2028",
  "\u2029",
  "\u0000",
  "\r\n",
  "\uD800",
  "\uDFFF",
  "😀",
  "<",
  ">",
  "&",
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: "binary", maxLength: 8 })), {
    maxLength: 6,
  })
  .map((parts) => parts.join(""));

const NOT_TEXT = new Set([
  "type",
  "id",
  "entity",
  "quote",
  "speaker",
  "via",
  "claim",
  "stance",
  "mode",
  "by",
  "affiliation",
  "parentOrganization",
  "containedInPlace",
  "location",
  "attendees",
  "authors",
  "publisher",
  "creators",
  "providers",
  "about",
  "dateline",
  "kind",
]);

function textSlots(
  value: unknown,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
) {
  if (typeof value === "string") out.push(path);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) textSlots(value[i], [...path, i], out);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value))
      if (!NOT_TEXT.has(k)) textSlots(v, [...path, k], out);
  }
  return out;
}

function withTexts(article: Article, slots: (string | number)[][], texts: string[]): Article {
  const copy = structuredClone(article) as unknown as Record<string | number, unknown>;
  slots.forEach((path, i) => {
    let target = copy;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[path[path.length - 1]!] = texts[i];
  });
  return copy as unknown as Article;
}

function elements(node: DefaultTreeAdapterMap["parentNode"], out: Element[] = []): Element[] {
  for (const child of node.childNodes) {
    if ("tagName" in child) {
      out.push(child);
      elements(child, out);
    }
  }
  return out;
}

const page = (article: Article, props: object = {}) =>
  `<!DOCTYPE html><html><head>${renderToStaticMarkup(createElement(ArticleJsonLd, { article, ...props }))}</head><body></body></html>`;

describe("<ArticleJsonLd>", () => {
  it("writes exactly jsonLdScript's element", () => {
    expect(renderToStaticMarkup(createElement(ArticleJsonLd, { article: example }))).toBe(
      jsonLdScript(toJsonLd(example)),
    );
  });

  it("passes toJsonLd options and a CSP nonce", () => {
    const options = { articleBody: true } as const;
    const [, , script] = elements(parse(page(example, { options, nonce: "r4nd0m" })));
    expect(script!.attrs).toContainEqual({ name: "nonce", value: "r4nd0m" });
    const text = (script!.childNodes[0] as DefaultTreeAdapterMap["textNode"]).value;
    expect(JSON.parse(text)).toEqual(toJsonLd(example, options));
  });

  const slots = textSlots(maximalArticle);
  it("cannot be broken out of: arbitrary text in every field gives one script whose JSON is toJsonLd's", () => {
    expect(slots.length).toBeGreaterThan(40);
    fc.assert(
      fc.property(
        fc.array(hostile, { minLength: slots.length, maxLength: slots.length }),
        (texts) => {
          const article = withTexts(maximalArticle, slots, texts);
          const found = elements(parse(page(article)));
          expect(found.map((e) => e.tagName)).toEqual(["html", "head", "script", "body"]);
          const script = found[2]!;
          expect(script.attrs).toEqual([{ name: "type", value: "application/ld+json" }]);
          expect(script.childNodes).toHaveLength(1);
          const text = (script.childNodes[0] as DefaultTreeAdapterMap["textNode"]).value;
          expect(JSON.parse(text)).toEqual(toJsonLd(article));
        },
      ),
      fcParams(),
    );
  });
});
