import { errorMarker, hasErrorMarker } from "../kit/error-marker.js";
import { formatIssues } from "./format-issues.js";
import type { ValidationIssue } from "./issue.js";

const MARKER = errorMarker("newsdoc.article-validation-error");

/**
 * Thrown by {@link parseArticle} (and returned by {@link safeParseArticle})
 * when a document is not a valid article. `issues` lists every problem
 * found, each with typed `params` (see {@link ValidationIssue}); `message`
 * lists them too, one per line, as `path: message`, at most 100 of them
 * followed by "…and N more".
 *
 * Recognise it with {@link isArticleValidationError}, which also works when
 * the error comes from another copy of `@newsdoc/core` (its CJS build, a
 * duplicate install), where `instanceof` does not.
 *
 * @example
 * ```ts
 * try {
 *   parseArticle(json);
 * } catch (error) {
 *   if (isArticleValidationError(error)) {
 *     for (const issue of error.issues) console.log(issue.code, issue.path, issue.params);
 *   }
 * }
 * ```
 */
export class ArticleValidationError extends Error {
  override readonly name = "ArticleValidationError";
  /** Every problem found, in a stable order: input, then shape, then meaning checks. */
  readonly issues: readonly ValidationIssue[];
  /** @internal Marks errors of every copy of this package; see {@link isArticleValidationError}. */
  readonly [MARKER] = true;

  constructor(issues: readonly ValidationIssue[]) {
    const count = issues.length === 1 ? "1 issue" : `${issues.length} issues`;
    super(`Invalid newsdoc article (${count}):\n${formatIssues(issues, { indent: "  " })}`);
    this.issues = issues;
  }
}

/**
 * True when `error` is an {@link ArticleValidationError} from any copy of
 * `@newsdoc/core` (ESM or CJS build, or a second install): it checks a
 * `Symbol.for` marker, not the class.
 *
 * @example
 * ```ts
 * const result = await something().catch((e: unknown) => e);
 * if (isArticleValidationError(result)) console.error(formatIssues(result.issues));
 * ```
 */
export function isArticleValidationError(error: unknown): error is ArticleValidationError {
  return hasErrorMarker(error, MARKER);
}
