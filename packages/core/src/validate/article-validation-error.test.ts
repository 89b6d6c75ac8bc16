import { describe, expect, it, vi } from "vitest";
import { ArticleValidationError, isArticleValidationError } from "./article-validation-error.js";
import { safeParseArticle } from "./parse-article.js";

describe("isArticleValidationError", () => {
  const error = () => {
    const result = safeParseArticle({});
    if (result.success) throw new Error("expected a failure");
    return result.error;
  };

  it("recognises the error safeParseArticle returns", () => {
    expect(isArticleValidationError(error())).toBe(true);
    expect(error()).toBeInstanceOf(ArticleValidationError);
  });

  it("recognises an error made by another copy of the module, where instanceof fails", async () => {
    vi.resetModules();
    const other = await import("./article-validation-error.js");
    expect(other.ArticleValidationError).not.toBe(ArticleValidationError);
    const foreign = new other.ArticleValidationError([]);
    expect(foreign).not.toBeInstanceOf(ArticleValidationError);
    expect(isArticleValidationError(foreign)).toBe(true);
    expect(other.isArticleValidationError(error())).toBe(true);
  });

  it("says no to everything else", () => {
    for (const value of [
      new Error("x"),
      { name: "ArticleValidationError", issues: [] },
      { [Symbol.for("newsdoc.article-validation-error")]: "yes" },
      null,
      undefined,
      "ArticleValidationError",
    ])
      expect(isArticleValidationError(value)).toBe(false);
  });
});
