import { describe, expect, it } from "vitest";
import type { Article } from "../model/article.js";
import type { Aside } from "../model/block.js";
import { idToken, numberNodes } from "./number-nodes.js";

describe("numberNodes", () => {
  it("numbers nodes of one type in document order, outer before inner", () => {
    const inner: Aside = { type: "aside", title: ["Inner"], children: [] };
    const outer: Aside = { type: "aside", title: ["Outer"], children: [inner] };
    const last: Aside = { type: "aside", title: ["Last"], children: [] };
    const article: Article = {
      newsdoc: 1,
      id: "a",
      language: "en",
      headline: "H",
      authors: [],
      body: [outer, { type: "blockquote", children: [last] }, outer],
      entities: [],
      quotes: [],
      claims: [],
    };
    const numbers = numberNodes(article, "aside");
    expect([numbers.of(outer), numbers.of(inner), numbers.of(last)]).toEqual([
      { number: 1, depth: 0 },
      { number: 2, depth: 1 },
      { number: 3, depth: 0 },
    ]);
    const stranger: Aside = { type: "aside", title: ["Not in the article"], children: [] };
    expect(numbers.of(stranger)).toEqual({ number: 4, depth: 0 });
    expect(numbers.of(stranger)).toEqual({ number: 4, depth: 0 });
  });
});

describe("idToken", () => {
  it("keeps letters, digits, _ and -, and replaces the rest", () => {
    expect(idToken("russia-syria_2015")).toBe("russia-syria_2015");
    expect(idToken('a/b c"<')).toBe("a_b_c__");
    expect(idToken("")).toBe("article");
  });
});
