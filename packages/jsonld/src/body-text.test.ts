import type { Article, Node } from "@newsdoc/core/kit";
import { plainText } from "@newsdoc/core/kit";
import { articleArbitrary, fcParams, HOSTILE_WHITESPACE } from "@newsdoc/test-utils";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { maximalArticle } from "./__fixtures__/maximal-article.js";
import { bodyFacts } from "./body-text.js";
import { wordCount } from "./word-count.js";

const withBody = (body: readonly unknown[]): Article =>
  ({ ...maximalArticle, body }) as unknown as Article;

describe("bodyFacts counts the words of the body's plain text on the way", () => {
  test("words run across inline nodes and stop at block and item edges", () => {
    const body = [
      { type: "paragraph", children: ["Rus", { type: "emphasis", children: ["sia"] }, " denies"] },
      { type: "paragraph", children: ["it", { type: "break" }, "again"] },
      {
        type: "list",
        children: [
          { type: "listItem", children: ["one"] },
          { type: "listItem", children: ["two", { type: "strong", children: ["three"] }] },
        ],
      },
      { type: "rule" },
      { type: "paragraph", children: [] },
      { type: "heading", level: 2, children: ["end"] },
    ];
    const facts = bodyFacts(withBody(body), true);
    expect(facts.text).toBe("Russia denies\n\nit\nagain\n\none\ntwothree\n\nend");
    expect(facts.words).toBe(7);
  });

  test("a block's own text counts: a correction's words (regression)", () => {
    // Found by the property below: a correction notice keeps its words in `text`, not in children.
    const body = [
      {
        type: "correction",
        date: "1990-01-01T00:00:00+00:00",
        text: "An earlier version misnamed him.",
      },
      { type: "paragraph", children: ["then"] },
    ];
    const facts = bodyFacts(withBody(body), true);
    expect(facts.words).toBe(wordCount(plainText(body as Node[])));
    expect(facts.words).toBe(6);
  });

  test("the same count as wordCount(plainText(body)) on any article", () => {
    const inlineText = fc
      .array(
        fc.oneof(
          fc.constantFrom(...HOSTILE_WHITESPACE, "a", "b c", " ", "x\u00a0"),
          fc.string({ unit: "binary", maxLength: 4 }),
        ),
        { maxLength: 4 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(articleArbitrary({ inlineText, maxDepth: 3 }), (article) => {
        const facts = bodyFacts(article, true);
        expect(bodyFacts(article, false).words).toBe(facts.words);
        const text = plainText(article.body as unknown as Node[]);
        expect(facts.text).toBe(text);
        expect(facts.words).toBe(wordCount(text));
      }),
      fcParams(),
    );
  }, 120_000);
});
