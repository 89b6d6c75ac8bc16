declare const brand: unique symbol;

/**
 * A string of Markdown produced by newsdoc's escaping helpers. The brand
 * exists only for the type checker: a handler that returns model text
 * without escaping it (a plain `string`) does not compile.
 *
 * @example
 * ```ts
 * const ok: Markdown = ctx.helpers.escape("5 * 3"); // "5 \\* 3"
 * const bad: Markdown = "5 * 3"; // type error
 * ```
 */
export type Markdown = string & { readonly [brand]: "markdown" };

/**
 * Marks a string as Markdown **without escaping it**. Unsafe by design: use
 * it only for syntax you wrote yourself (a fixed label, a separator), never
 * for text that came from an article or a user.
 *
 * @example
 * ```ts
 * const rule = trusted("***");
 * ```
 */
export function trusted(markdown: string): Markdown {
  return markdown as Markdown;
}
