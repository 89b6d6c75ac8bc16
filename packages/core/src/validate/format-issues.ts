import type { IssuePath, ValidationIssue } from "./issue.js";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A path as JavaScript would write it: `body[2].children[0].text`. The root
 * is `(root)`.
 *
 * @example
 * ```ts
 * formatPath(["body", 2, "children", 0]); // "body[2].children[0]"
 * formatPath(["entities", 0, "odd key"]); // 'entities[0]["odd key"]'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Options for {@link formatIssues}. */
export interface FormatIssuesOptions {
  /** List at most this many issues, then say how many more there are. Default: `100`. */
  limit?: number;
  /** Put this before every line. Default: `""`. */
  indent?: string;
}

/**
 * One line per issue, `path: message`, in the order given, like a compiler.
 *
 * @example
 * ```ts
 * const result = safeParseArticle(json);
 * if (!result.success) console.error(formatIssues(result.error.issues));
 * // authors[0]: "syria" is a Place, but an author must be a Person or Organization. …
 * ```
 */
export function formatIssues(
  issues: readonly ValidationIssue[],
  options: FormatIssuesOptions = {},
): string {
  const limit = options.limit ?? 100;
  const indent = options.indent ?? "";
  const lines: string[] = [];
  for (const issue of issues.slice(0, limit))
    lines.push(`${indent}${formatPath(issue.path)}: ${issue.message}`);
  if (issues.length > limit)
    lines.push(`${indent}…and ${issues.length - limit} more (see error.issues for all of them).`);
  return lines.join("\n");
}

/** Paths compare equal when they have the same keys in the same order. */
export function samePath(a: IssuePath, b: IssuePath): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}
