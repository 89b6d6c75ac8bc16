import type { Article } from "../model/article.js";
import { quoteText } from "./describe-value.js";
import { formatPath } from "./format-issues.js";
import type { IssuePath, ValidationIssue } from "./issue.js";

const REGISTRIES = [
  ["entities", "entity"],
  ["quotes", "quote"],
  ["claims", "claim"],
] as const;

/**
 * `duplicate_id`: ids are unique within each registry (entities, quotes,
 * claims). An entity and a quote may share an id; two entities may not.
 */
export function checkDuplicateIds(article: Article): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [registry, noun] of REGISTRIES) {
    const first = new Map<string, IssuePath>();
    article[registry].forEach((item, i) => {
      const path: IssuePath = [registry, i, "id"];
      const earlier = first.get(item.id);
      if (earlier === undefined) {
        first.set(item.id, path);
        return;
      }
      issues.push({
        path,
        code: "duplicate_id",
        message: `The ${noun} id ${quoteText(item.id)} is already used by ${formatPath(earlier.slice(0, 2))}. Give each ${noun} its own id (references would otherwise be ambiguous).`,
      });
    });
  }
  return issues;
}
