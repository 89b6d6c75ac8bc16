import { describe, expect, it } from "vitest";
import type { Article } from "../model/article.js";
import { safeParseArticle } from "./parse-article.js";
import { validArticle } from "./test-fixture.js";

function issues(article: Article): [string, (string | number)[]][] {
  const result = safeParseArticle(article);
  return result.success ? [] : result.error.issues.map((i) => [i.code, i.path]);
}

describe("body notices and boxes", () => {
  it("accepts an aside, a pull quote, an editor's note and a correction notice", () => {
    const article = validArticle();
    article.body.push(
      {
        type: "aside",
        title: ["What we know"],
        children: [
          { type: "paragraph", children: ["Russia says its experts are in Syria."] },
          { type: "pullQuote", quote: "q1" },
        ],
      },
      { type: "editorsNote", children: ["This story has been updated."] },
      {
        type: "correction",
        date: "2015-09-12T08:00:00Z",
        text: "An earlier version misspelt a name.",
      },
    );
    expect(issues(article)).toEqual([]);
  });

  it("rejects a pull quote of an unknown quote, with the path to its id", () => {
    const article = validArticle();
    article.body.push({
      type: "aside",
      title: ["Box"],
      children: [{ type: "pullQuote", quote: "q9" }],
    });
    const at = article.body.length - 1;
    expect(issues(article)).toEqual([["unknown_reference", ["body", at, "children", 0, "quote"]]]);
  });

  it("rejects an aside whose title is an empty list, at the title", () => {
    const article = validArticle();
    article.body.push({ type: "aside", title: [], children: [] });
    const paths = issues(article).map(([, path]) => path);
    expect(paths).toEqual([["body", article.body.length - 1, "title"]]);
  });

  it("reports the date order and a blank title once the shape is right", () => {
    const article = validArticle();
    article.body.push(
      { type: "correction", date: "2015-09-10T08:00:00Z", text: "Too early." },
      { type: "aside", title: [" "], children: [] },
    );
    const n = article.body.length;
    const result = safeParseArticle(article);
    const found = result.success ? [] : result.error.issues;
    expect(found.map((i) => [i.code, i.path])).toEqual([
      ["date_order", ["body", n - 2, "date"]],
      ["empty_string", ["body", n - 1, "title"]],
    ]);
    expect(found[0]!.message).toMatch(/before datePublished/);
    expect(found[1]!.message).toMatch(/title has no words/);
  });
});
