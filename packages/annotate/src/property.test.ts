import { parseArticle, safeParseArticle } from "@newsdoc/core";
import { type Article, plainText } from "@newsdoc/core/kit";
import { articleArbitrary, fcParams, validText } from "@newsdoc/test-utils";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { annotate } from "./annotate.js";
import { PEOPLE, testArticle } from "./test-article.js";
import { inlineContainers } from "./tree/inline-containers.js";

const texts = (article: Article) =>
  inlineContainers(structuredClone(article)).containers.map((c) => plainText(c.children));

// Words, registry names, reporting verbs, pronouns and every kind of quotation mark and dash.
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(..."\"'“”‘’«»„‚‹›–—"), weight: 6 },
  {
    arbitrary: fc.constantFrom(" ", " ", "  ", "\n", ", ", ". ", ": ", "; ", "! ", "? ", "'s", "-"),
    weight: 6,
  },
  {
    arbitrary: fc.constantFrom(
      "Peskov",
      "John Kerry",
      "Kerry",
      "Kremlin",
      "Russia",
      "Gazeta",
      "Tass",
      "state television",
      "Eastern Military District",
      "said",
      "added",
      "told",
      "according to",
      "he",
      "she",
      "they",
      "säger",
      "sagte",
      "so",
      "We",
      "are",
      "ready",
      "the",
      "a",
      "It",
      "U.S.",
      "Mr.",
    ),
    weight: 8,
  },
  { arbitrary: validText({ maxFragments: 2, long: false }), weight: 1 },
);
const paragraph = fc.array(piece, { minLength: 1, maxLength: 40 }).map((parts) => {
  const text = parts.join("");
  return text.trim() === "" ? `${text}x` : text;
});

describe("property: random text with random quotation marks", () => {
  test("never throws, never alters text, always yields a valid article", () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("en", "de", "sv", "fr"),
        fc.constantFrom(0, 0.5, 0.8),
        fc.boolean(),
        (paragraphs, language, applyAbove, skipInsideQuotes) => {
          const input = testArticle(paragraphs, PEOPLE, language);
          const { article, report } = annotate(input, { applyAbove, skipInsideQuotes });
          expect(texts(article)).toEqual(texts(input));
          parseArticle(article);
          for (const q of report.quotes) expect(q.applied).toBe(q.quote !== undefined);
        },
      ),
      fcParams(),
    );
  }, 300_000);
});

describe("property: random valid articles (existing mentions, spans, marks, links)", () => {
  test("never throw, never alter text, stay valid", () => {
    fc.assert(
      fc.property(
        articleArbitrary({ maxBlocks: 4 }),
        fc.constantFrom(0, 0.8),
        (input, applyAbove) => {
          // The arbitrary can make articles core rejects (an anonymous author): valid in, valid out.
          fc.pre(safeParseArticle(input).success);
          const { article } = annotate(input, { applyAbove });
          expect(texts(article)).toEqual(texts(input));
          parseArticle(article);
        },
      ),
      fcParams(),
    );
  }, 300_000);
});
