import type { Person } from "../model/entity.js";
import { quoteText } from "./describe-value.js";
import { issue, type ValidationIssue } from "./issue.js";

/**
 * `anonymous_author`: an author is a named Person or Organization. Search
 * engines require `author.name` to be a real name; an anonymous Person
 * ("a spokesperson") may speak in the article but cannot be its author.
 * Unknown ids and wrong kinds are `checkReferences`' to report.
 */
export function checkAuthors(article: Readonly<Record<string, unknown>>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { authors, entities } = article;
  if (!Array.isArray(authors) || !Array.isArray(entities)) return issues;
  const byId = new Map<unknown, Partial<Person>>();
  for (const entity of entities) {
    if (typeof entity === "object" && entity !== null && !byId.has((entity as Person).id))
      byId.set((entity as Person).id, entity as Partial<Person>);
  }
  authors.forEach((id: unknown, i) => {
    if (typeof id !== "string") return;
    const entity = byId.get(id);
    if (entity?.type !== "Person" || entity.anonymous !== true || typeof entity.name !== "string")
      return;
    issues.push(
      issue(
        "anonymous_author",
        ["authors", i],
        `${quoteText(id)} is an anonymous person (${quoteText(entity.name)}), and an article's author must be named: search engines need the author's name. Name the person, make the newsroom (an Organization) the author, or leave authors empty and keep the text in byline.`,
        { id, name: entity.name },
      ),
    );
  });
  return issues;
}
