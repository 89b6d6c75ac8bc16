import type { Article, RenderOptions } from "@newsdoc/core/kit";
import type { HtmlHelpers } from "./helpers.js";
import type { Html } from "./html.js";
import type { HtmlOptions } from "./options.js";
import { htmlRenderCore } from "./renderer.js";
import type { HtmlState } from "./state.js";

/** What `toHtml` takes: any of {@link HtmlOptions}, plus `handlers` overrides. */
export type ToHtmlOptions = RenderOptions<Html, HtmlOptions, HtmlHelpers, HtmlState>;

/**
 * Renders an article to an `<article>` fragment: header (headline, dek,
 * byline, dates), lead figure, body, and the appendices asked for. Every
 * piece of text is escaped and every URL checked. The article is trusted
 * to be valid: run `parseArticle` from `@newsdoc/core` on data you did not
 * build yourself.
 *
 * @example
 * ```ts
 * import { toHtml } from "@newsdoc/html";
 * const html = toHtml(article, { appendix: "quotes", mentions: "text" });
 * ```
 */
export function toHtml(article: Article, options?: ToHtmlOptions): Html {
  return htmlRenderCore.render(article, options);
}
