import type { Article } from "../model/article.js";
import { quoteText } from "./describe-value.js";
import type { ValidationIssue } from "./issue.js";

/**
 * `anonymous_author`: an author is a named Person or Organization. Search
 * engines require `author.name` to be a real name; an anonymous Person
 * ("a spokesperson") may speak in the article but cannot be its author.
 * Unknown ids and wrong kinds are `checkReferences`' to report.
 */
export function checkAuthors(article: Article): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const byId = new Map(article.entities.map((entity) => [entity.id, entity]));
  article.authors.forEach((id, i) => {
    const entity = byId.get(id);
    if (entity?.type !== "Person" || entity.anonymous !== true) return;
    issues.push({
      path: ["authors", i],
      code: "anonymous_author",
      message: `${quoteText(id)} is an anonymous person (${quoteText(entity.name)}), and an article's author must be named: search engines need the author's name. Name the person, make the newsroom (an Organization) the author, or leave authors empty and keep the text in byline.`,
    });
  });
  return issues;
}
