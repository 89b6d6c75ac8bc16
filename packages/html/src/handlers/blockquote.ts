import { attributionParts, safeUrl } from "@newsdoc/core/kit";
import type { HtmlHandler } from "../context.js";
import { escAttr } from "../escape.js";
import type { Html } from "../html.js";
import { partsMarkup } from "../parts-markup.js";

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
  const cite = node.cite === undefined ? undefined : safeUrl(node.cite);
  const quoted = `<blockquote class="${cls.blockquote}"${cite === undefined ? "" : ` cite="${escAttr(cite)}"`}${q === undefined ? "" : ` data-quote="${escAttr(q.id)}"`}>${ctx.children(node)}</blockquote>`;
  if (q === undefined) return quoted as Html;
  const attribution = partsMarkup(attributionParts(q, ctx.lookup, ctx.state.labels), ctx);
  return `<figure class="${cls.quotation}">${quoted}<figcaption class="${cls.attribution}">${attribution}</figcaption></figure>` as Html;
};
