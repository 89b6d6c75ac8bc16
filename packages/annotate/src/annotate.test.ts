import { parseArticle } from "@newsdoc/core";
import { article as example } from "@newsdoc/core/example";
import { type Article, plainText } from "@newsdoc/core/kit";
import { describe, expect, test } from "vitest";
import { EVAL_ARTICLES } from "../eval/articles/index.js";
import { scoreArticle } from "../eval/score.js";
import { annotate } from "./annotate.js";
import { stripAnnotations } from "./strip-annotations.js";
import { inlineContainers } from "./tree/inline-containers.js";

/** The plain text of every container (body, headings, captions), in order. */
export const containerTexts = (article: Article) =>
  inlineContainers(structuredClone(article)).containers.map((c) => plainText(c.children));

describe("annotate on the eval articles", () => {
  test.each(EVAL_ARTICLES.map((a) => [a.name, a] as const))(
    "%s: text unchanged, result valid",
    (_name, item) => {
      for (const input of [stripAnnotations(item.answer), item.answer]) {
        const before = JSON.stringify(input);
        for (const applyAbove of [0, 0.8, 1]) {
          const { article } = annotate(input, { applyAbove });
          expect(containerTexts(article)).toEqual(containerTexts(input));
          expect(plainText(article.body)).toBe(plainText(input.body));
          expect(() => parseArticle(article)).not.toThrow();
        }
        expect(JSON.stringify(input)).toBe(before); // the input is not changed
      }
    },
  );

  test("the answers themselves are valid articles", () => {
    for (const item of EVAL_ARTICLES) expect(() => parseArticle(item.answer)).not.toThrow();
  });

  // Quality thresholds of issue 16 on the seed article (not timings).
  test("seed article: mention precision and recall ≥ 0.95, every quoted passage found, speakers ≥ 6/7", () => {
    const score = scoreArticle(EVAL_ARTICLES[0]!);
    expect(score.mentions.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.mentions.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.quoteSpans.expected).toBe(7);
    expect(score.quoteSpans.recall).toBe(1);
    expect(score.speakers.correct).toBeGreaterThanOrEqual(6);
  });

  test("on the fully annotated example nothing new is proposed", () => {
    const { article, report } = annotate(example);
    expect(report.quotes).toEqual([]);
    expect(report.mentions).toEqual([]);
    expect(article).toEqual(example);
  });

  test("applied quotes carry speaker, words, mode and verb; spans pass core's quote-span check", () => {
    const { article, report } = annotate(stripAnnotations(example));
    const applied = report.quotes.filter((q) => q.applied);
    expect(article.quotes.map((q) => [q.speaker, q.mode, q.verb])).toEqual([
      ["peskov", "direct", "added"],
      ["muallem", "partial", "said"],
      ["defence-ministry-spokesperson", "direct", "told"],
      ["defence-ministry-spokesperson", "direct", undefined],
      ["kerry", "partial", "said"],
      ["kerry", "direct", "said"],
    ]);
    expect(applied.map((q) => q.quote)).toEqual(article.quotes.map((q) => q.id));
    expect(article.quotes[0]?.text).toBe(
      "Until this [happens] however it is difficult to discuss things hypothetically",
    );
  });
});

describe("bad input", () => {
  test("a non-article is a TypeError that says what to do", () => {
    expect(() => annotate(null as never)).toThrow(/expected a newsdoc article.*parseArticle/);
    expect(() => annotate({ body: [] } as never)).toThrow(TypeError);
  });

  test.each([
    [{ applyAbove: 2 }, /applyAbove must be a number from 0 to 1/],
    [{ applyAbove: "0.8" }, /applyAbove/],
    [{ firstOnly: "yes" }, /firstOnly must be true or false/],
    [{ exclude: "kerry" }, /exclude must be an array/],
    [{ aplyAbove: 0.8 }, /unknown option "aplyAbove"/],
    [{ language: { verbs: "said" } }, /LanguageTable/],
  ])("%j", (options, message) => {
    expect(() => annotate(example, options as never)).toThrow(message);
  });
});
