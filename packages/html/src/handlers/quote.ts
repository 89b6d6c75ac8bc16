import type { HtmlHandler } from "../context.js";
import { elementSpec } from "../element-spec.js";

const span = elementSpec("span", ["class", "data-quote", "data-speaker"]);

/**
 * `<span class="nd-quote" data-quote data-speaker>`. Not `<q>`: the span's
 * text already holds the quotation marks the source prints, and `<q>`
 * would add a second pair.
 */
export const quote: HtmlHandler<"quote"> = (node, ctx) => {
  const q = ctx.lookup.requireQuote(node.quote);
  return span(
    { class: ctx.state.cls.quote, "data-quote": q.id, "data-speaker": q.speaker },
    ctx.children(node),
  );
};
