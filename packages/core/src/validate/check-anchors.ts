import type { Article } from "../model/article.js";
import { visitByType } from "../model/visit.js";
import { quoteText } from "./describe-value.js";
import { type IssuePath, issue, type ValidationIssue } from "./issue.js";

/**
 * Headings' explicit `id`s are unique (`duplicate_anchor`): each is an HTML
 * id and a link target. Derived slugs never collide (`tableOfContents`
 * numbers them), so only ids the article spells out can.
 */
export function checkAnchors(article: Article): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, IssuePath>();
  visitByType(article, {
    heading(node, at) {
      if (node.id === undefined) return;
      const path = [...at.path(), "id"];
      const first = seen.get(node.id);
      if (first === undefined) {
        seen.set(node.id, path);
        return;
      }
      issues.push(
        issue(
          "duplicate_anchor",
          path,
          `Another heading already has the id ${quoteText(node.id)}: anchors are unique in an article. Give this one another id, or leave it out to derive one from the text.`,
          { id: node.id, firstPath: first },
        ),
      );
    },
  });
  return issues;
}
