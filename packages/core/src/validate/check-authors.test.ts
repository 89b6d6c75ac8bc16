import { describe, expect, it } from "vitest";
import { safeParseArticle } from "./parse-article.js";
import { validArticle } from "./test-fixture.js";

describe("checkAuthors (anonymous_author)", () => {
  it("rejects an anonymous person as an author, with a message that says what to do", () => {
    const article = validArticle();
    article.entities.push({ id: "anon", type: "Person", name: "a spokesperson", anonymous: true });
    article.authors = ["reporter", "anon"];
    const result = safeParseArticle(article);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["anonymous_author", ["authors", 1]],
    ]);
    expect(result.error.issues[0]!.message).toMatch(/must be named.*Organization.*byline/);
  });

  it("keeps accepting an anonymous person as a speaker", () => {
    const article = validArticle();
    article.entities.push({ id: "anon", type: "Person", name: "a spokesperson", anonymous: true });
    article.quotes[0]!.speaker = "anon";
    expect(safeParseArticle(article).success).toBe(true);
  });
});
