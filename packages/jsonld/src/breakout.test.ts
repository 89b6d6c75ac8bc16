import { fcParams, parseHead, scriptBreakoutText, textSlots, withTexts } from "@newsdoc/test-utils";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { maximalArticle } from "./__fixtures__/maximal-article.js";
import { jsonLdScript } from "./json-ld-script.js";
import { encodeIdPart } from "./node-ids.js";
import { toJsonLd } from "./to-json-ld.js";

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
        fc.array(scriptBreakoutText, { minLength: slots.length, maxLength: slots.length }),
        (texts) => {
          const article = withTexts(maximalArticle, slots, texts);
          const graph = toJsonLd(article, {
            articleBody: true,
            quoteModes: ["direct", "partial", "indirect"],
          });
          const parsed = parseHead(jsonLdScript(graph));
          expect(parsed.tags).toEqual(["html", "head", "script", "body"]);
          expect(parsed.scriptAttributes).toEqual([{ name: "type", value: "application/ld+json" }]);
          expect(JSON.parse(parsed.scriptText!)).toEqual(graph);
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
