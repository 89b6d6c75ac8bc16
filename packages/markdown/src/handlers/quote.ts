import type { QuoteSpan } from "@newsdoc/core/kit";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/** A quote span renders as its words: the quotation marks are part of the text. */
export function quote(node: QuoteSpan, ctx: MarkdownContext): Markdown {
  ctx.lookup.requireQuote(node.quote);
  return ctx.phrasing(node);
}
