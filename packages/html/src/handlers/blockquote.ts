import { attributionParts } from "@newsdoc/core/kit";
import type { HtmlHandler } from "../context.js";
import { partsMarkup } from "../parts-markup.js";
import { tag } from "../tag.js";

const blockquoteTag = tag("blockquote", ["class", "cite", "data-quote"]);
const quotation = tag("figure", ["class"]);
const attributionTag = tag("figcaption", ["class"]);

/**
 * `<blockquote cite data-quote>`. When it shows a known quote, it is
 * wrapped in `<figure class="nd-quotation">` with a
 * `<figcaption class="nd-attribution">` naming the speaker (and channel):
 * the HTML standard keeps attribution outside the `<blockquote>`, which
 * holds only the quoted words. The attribution's words are the kit's
 * `attributionParts`, as in every renderer.
 */
export const blockquote: HtmlHandler<"blockquote"> = (node, ctx) => {
  const cls = ctx.state.cls;
  const q = node.quote === undefined ? undefined : ctx.lookup.requireQuote(node.quote);
  // A cite safeUrl refuses is left out; the quotation stays.
  const quoted = blockquoteTag(cls.blockquote, node.cite, q?.id, ctx.children(node));
  if (q === undefined) return quoted;
  const attribution = partsMarkup(attributionParts(q, ctx.lookup, ctx.state.labels), ctx);
  return quotation(cls.quotation, [quoted, attributionTag(cls.attribution, attribution)]);
};
