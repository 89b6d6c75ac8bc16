/**
 * Why `fromHtml` threw:
 * - `invalid_input`: the input is not a string (or is longer than `maxLength`).
 * - `invalid_options`: an option has the wrong type or value; the message names it.
 * - `invalid_registry`: the registry passed in `options.registry` does not
 *   validate with the article built around it (a dangling reference, a
 *   duplicate id); `issues` lists what `parseArticle` found.
 */
export type HtmlImportErrorCode = "invalid_input" | "invalid_options" | "invalid_registry";

/**
 * The only error `fromHtml` throws. Anything wrong *in the HTML* is never
 * an error: it goes to the report.
 *
 * @example
 * ```ts
 * try { fromHtml(input, options); }
 * catch (error) { if (error instanceof HtmlImportError) console.error(error.code, error.message); }
 * ```
 */
export class HtmlImportError extends Error {
  /** What kind of problem it is. */
  readonly code: HtmlImportErrorCode;
  /** For `invalid_registry`: the validation issues, as `path: message` lines. */
  readonly issues: readonly string[];

  constructor(code: HtmlImportErrorCode, message: string, issues: readonly string[] = []) {
    super(message);
    this.name = "HtmlImportError";
    this.code = code;
    this.issues = issues;
  }
}
