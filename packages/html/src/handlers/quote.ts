import type { HtmlHandler } from "../context.js";
import { escAttr } from "../escape.js";
import type { Html } from "../html.js";

/**
 * `<span class="nd-quote" data-quote data-speaker>`. Not `<q>`: the span's
 * text already holds the quotation marks the source prints, and `<q>`
 * would add a second pair.
 */
export const quote: HtmlHandler<"quote"> = (node, ctx) => {
  const q = ctx.lookup.requireQuote(node.quote);
  return `<span class="${ctx.state.cls.quote}" data-quote="${escAttr(q.id)}" data-speaker="${escAttr(q.speaker)}">${ctx.children(node)}</span>` as Html;
};
