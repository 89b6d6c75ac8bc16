import { safeUrl } from "@newsdoc/core/kit";
import { type Attributes, element, type HtmlContent } from "./element.js";
import { escapeAttribute, escapeText } from "./escape.js";
import { type Html, trusted } from "./html.js";
import { type HtmlHole, html } from "./html-template.js";

/**
 * `ctx.helpers` of the HTML renderer: the sanctioned ways for a handler to
 * turn text into `Html`. A handler must return `Html`, so returning model
 * text without one of these is a compile error.
 */
export interface HtmlHelpers {
  /** Tagged template; holes take `Html`, arrays of it, numbers or nothing. See {@link html}. */
  html(strings: TemplateStringsArray, ...holes: readonly HtmlHole[]): Html;
  /** Escapes text for element content. */
  escapeText(value: string): Html;
  /** Escapes text for a double-quoted attribute value (a `string`: it is not element content). */
  escapeAttribute(value: string): string;
  /** The URL if its scheme is http, https or mailto, or it is relative; else `undefined`. */
  safeUrl(url: string): string | undefined;
  /** Builds one element with checked, escaped attributes; URL attributes through `safeUrl`. */
  element(tag: string, attributes?: Attributes | null, children?: HtmlContent): Html;
  /** **Unsafe**: declares your own constant markup to be `Html` without escaping it. */
  trusted(markup: string): Html;
}

/** The helpers, as given to handlers in `ctx.helpers`. */
export const htmlHelpers: HtmlHelpers = Object.freeze({
  html,
  escapeText,
  escapeAttribute,
  safeUrl,
  element,
  trusted,
});
