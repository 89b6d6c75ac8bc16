import { formatIssues } from "./format-issues.js";
import type { ValidationIssue } from "./issue.js";

/**
 * Thrown by {@link parseArticle} (and returned by {@link safeParseArticle})
 * when a document is not a valid article. `issues` lists every problem
 * found; `message` lists them too, one per line, as `path: message`.
 *
 * @example
 * ```ts
 * try {
 *   parseArticle(json);
 * } catch (error) {
 *   if (error instanceof ArticleValidationError) {
 *     for (const issue of error.issues) console.log(issue.code, issue.path);
 *   }
 * }
 * ```
 */
export class ArticleValidationError extends Error {
  override readonly name = "ArticleValidationError";
  /** Every problem found, in a stable order: input, then shape, then meaning checks. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const count = issues.length === 1 ? "1 issue" : `${issues.length} issues`;
    super(`Invalid newsdoc article (${count}):\n${formatIssues(issues, { indent: "  " })}`);
    this.issues = issues;
  }
}
