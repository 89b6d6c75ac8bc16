/**
 * One thing `fromMarkdown` could not keep as it was written (a table kept
 * as text, raw HTML dropped, a second `# ` heading made level 2), with
 * where it was written.
 */
export interface ImportNote {
  /** A stable identifier: `html-dropped`, `table-alignment-dropped`, `unknown-directive`, … */
  readonly code: string;
  /** A sentence a person can act on. */
  readonly message: string;
  /** 1-based line in the Markdown source. */
  readonly line?: number;
  /** 1-based column in the Markdown source. */
  readonly column?: number;
}

/** One reason a Markdown source gave no article. */
export interface MarkdownImportIssue {
  /** A core validation code (`unknown_reference`, …) or one of the reader's (`yaml-syntax`, `no-headline`, …). */
  readonly code: string;
  readonly message: string;
  /** 1-based line in the Markdown source (or in the registry file the issue is in). */
  readonly line?: number;
  readonly column?: number;
  /** Where in the article, for validation issues. */
  readonly path?: readonly (string | number)[];
  /** The registry file the issue is in, when not the Markdown source. */
  readonly file?: string;
}

/**
 * Thrown by `fromMarkdown` when the source does not make a valid article:
 * a YAML syntax error, a directive without what it needs, or an article
 * that `parseArticle` refuses. `issues` has every problem found, each with
 * its line and column.
 */
export class MarkdownImportError extends Error {
  override readonly name = "MarkdownImportError";
  readonly issues: readonly MarkdownImportIssue[];
  constructor(issues: readonly MarkdownImportIssue[]) {
    const first = issues[0];
    const where = first?.line !== undefined ? `${first.line}:${first.column ?? 1}: ` : "";
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(`${where}${first?.message ?? "The Markdown is not a valid article."}${more}`);
    this.issues = issues;
  }
}
