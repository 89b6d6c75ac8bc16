import type { Article } from "@newsdoc/core/kit";
import { fcParams } from "@newsdoc/test-utils";
import fc from "fast-check";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { describe, expect, test } from "vitest";
import { maximalArticle } from "./__fixtures__/maximal-article.js";
import { jsonLdScript } from "./json-ld-script.js";
import { encodeIdPart } from "./node-ids.js";
import { toJsonLd } from "./to-json-ld.js";

type Element = DefaultTreeAdapterMap["element"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];

// Strings that try every way out of a script element, mixed with any code
// point at all (lone surrogates, controls, U+2028/9 included).
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

// Keys whose strings are references or enumerations, not text: changing
// them would make the article invalid rather than hostile.
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

/** Paths of every text field of the fixture (strings outside NOT_TEXT, array items included). */
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

function elements(node: ParentNode, out: Element[] = []): Element[] {
  for (const child of node.childNodes) {
    if ("tagName" in child) {
      out.push(child);
      elements(child, out);
    }
    if (child.nodeName === "template")
      elements((child as DefaultTreeAdapterMap["template"]).content, out);
  }
  return out;
}

describe("jsonLdScript cannot be broken out of", () => {
  const slots = textSlots(maximalArticle);

  test("the fixture exposes every kind of text field", () => {
    const keys = new Set(slots.map((p) => p.filter((k) => typeof k === "string").join(".")));
    for (const key of [
      "headline",
      "alternativeHeadline",
      "description",
      "byline",
      "keywords",
      "url",
      "image.alt",
      "image.credit.text",
      "image.caption.text",
      "entities.name",
      "entities.alternateNames",
      "entities.jobTitle",
      "entities.sameAs",
      "quotes.text",
      "claims.statement",
      "body.children",
      "body.children.text",
    ]) {
      expect(keys).toContain(key);
    }
  });

  test("arbitrary text in every field: exactly one script, whose JSON is toJsonLd's object", () => {
    fc.assert(
      fc.property(
        fc.array(hostile, { minLength: slots.length, maxLength: slots.length }),
        (texts) => {
          const article = withTexts(maximalArticle, slots, texts);
          const graph = toJsonLd(article, {
            articleBody: true,
            quoteModes: ["direct", "partial", "indirect"],
          });
          const html = `<!DOCTYPE html><html><head>${jsonLdScript(graph)}</head><body></body></html>`;
          const found = elements(parse(html));
          expect(found.map((e) => e.tagName)).toEqual(["html", "head", "script", "body"]);
          const script = found[2]!;
          expect(script.attrs).toEqual([{ name: "type", value: "application/ld+json" }]);
          expect(script.childNodes).toHaveLength(1);
          const text = (script.childNodes[0] as DefaultTreeAdapterMap["textNode"]).value;
          expect(JSON.parse(text)).toEqual(graph);
        },
      ),
      fcParams(),
    );
  }, 120_000); // 1,000 parse5 parses: slow on a loaded machine, not a timing assertion

  test("arbitrary ids give @ids that are valid IRI fragments and stay distinct", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: "grapheme", maxLength: 12 }), {
          minLength: 2,
          maxLength: 6,
        }),
        (ids) => {
          const encoded = ids.map(encodeIdPart);
          for (const e of encoded) expect(e).toMatch(/^[A-Za-z0-9._~!'()*%-]*$/);
          expect(new Set(encoded).size).toBe(ids.length);
          for (let i = 0; i < ids.length; i++) expect(decodeURIComponent(encoded[i]!)).toBe(ids[i]);
        },
      ),
      fcParams(),
    );
  });
});
