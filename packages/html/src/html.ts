declare const brand: unique symbol;

/**
 * A string of HTML that is safe to insert as is: markup made by this
 * package's handlers or helpers, with every piece of model text escaped.
 *
 * The brand exists only for the type checker: at run time an `Html` is an
 * ordinary string. Its purpose is to make a handler that returns unescaped
 * model text a compile error — a plain `string` is not assignable to `Html`.
 * Make one with the helpers (`html`, `escapeText`, `element`) or the
 * compiled builders (`tag`), or, for markup you wrote and vouch for, `trusted`.
 */
export type Html = string & { readonly [brand]: "html" };

/**
 * **Unsafe.** Declares `markup` to be safe HTML without escaping or checking
 * it. Use it only for markup you wrote yourself (a constant, an icon), never
 * for text that came from an article, a CMS or a user: whatever `markup`
 * holds — `<script>`, `onerror=` — goes into the page as is.
 *
 * @example
 * ```ts
 * const icon = trusted('<svg aria-hidden="true" width="12" height="12"><use href="#ext"/></svg>');
 * ```
 */
export function trusted(markup: string): Html {
  if (typeof markup !== "string") {
    throw new TypeError(`trusted(markup) takes a string, got ${typeof markup}.`);
  }
  return markup as Html;
}
