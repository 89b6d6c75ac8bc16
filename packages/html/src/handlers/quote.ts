import type { HtmlHandler } from "../context.js";
import { tag } from "../tag.js";

const span = tag("span", ["class", "data-quote", "data-speaker"]);

/**
 * `<span class="nd-quote" data-quote data-speaker>`. Not `<q>`: the span's
 * text already holds the quotation marks the source prints, and `<q>`
 * would add a second pair.
 */
export const quote: HtmlHandler<"quote"> = (node, ctx) => {
  const q = ctx.lookup.requireQuote(node.quote);
  return span(ctx.state.cls.quote, q.id, q.speaker, ctx.children(node));
};
