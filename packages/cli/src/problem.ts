/** How serious a {@link Problem} is: an `error` fails the file, a `warning` only under `lint --strict`. */
export type Severity = "error" | "warning";

/**
 * One thing wrong with one input: a read or syntax error, a validation issue
 * from `@newsdoc/core`, a lint warning or a render failure.
 *
 * @example
 * ```ts
 * const problem: Problem = {
 *   severity: "error",
 *   code: "json-syntax",
 *   message: "Expected ',' or '}' after a property value.",
 *   line: 3,
 *   column: 5,
 * };
 * ```
 */
export interface Problem {
  readonly severity: Severity;
  /** A stable identifier: a core issue code, a lint rule, or one of the CLI's input codes. */
  readonly code: string;
  /** A sentence a person can act on. */
  readonly message: string;
  /** Where in the article (for validation issues and lint warnings). */
  readonly path?: readonly (string | number)[];
  /** 1-based line in the file (for syntax errors). */
  readonly line?: number;
  /** 1-based column in the file, counted in characters (for syntax errors). */
  readonly column?: number;
  /**
   * The typed details, for validation issues: `ValidationIssue["params"]`
   * of `@newsdoc/core` for its `code` (the unknown id and the nearest one, the
   * allowed keys, …). Carried as is by `--format json`.
   */
  readonly params?: Readonly<Record<string, unknown>>;
}
