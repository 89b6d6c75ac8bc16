import { describe, expect, it } from "vitest";
import { validArticle } from "../validate/test-fixture.js";
import { lintArticle } from "./lint-article.js";

describe("pull-quote-not-in-body", () => {
  it("warns on a pull quote whose quote the body never carries, and not on one it does", () => {
    const article = validArticle();
    article.quotes.push({ id: "q3", speaker: "peskov", text: "Only here", mode: "direct" });
    article.body.push({ type: "pullQuote", quote: "q1" }, { type: "pullQuote", quote: "q3" });
    const found = lintArticle(article).filter((w) => w.rule === "pull-quote-not-in-body");
    expect(found.map((w) => w.path)).toEqual([["body", article.body.length - 1, "quote"]]);
    expect(found[0]!.message).toMatch(/"q3".*screen readers/);
    expect(found[0]!.severity).toBe("warn");
  });
});
