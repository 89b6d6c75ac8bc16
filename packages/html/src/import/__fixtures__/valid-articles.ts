import { safeParseArticle } from "@newsdoc/core";
import { type ArticleArbitraryOptions, articleArbitrary } from "@newsdoc/test-utils";

/**
 * The shared article arbitrary, kept to the articles `parseArticle` accepts
 * (validation may be stricter than the generator, e.g. no anonymous author).
 */
export function validArticles(options?: ArticleArbitraryOptions) {
  return articleArbitrary(options).filter((a) => safeParseArticle(a).success);
}
