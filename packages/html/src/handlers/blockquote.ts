import { attributionParts } from "@newsdoc/core/kit";
import type { HtmlHandler } from "../context.js";
import { elementSpec } from "../element-spec.js";
import { partsMarkup } from "../parts-markup.js";

const blockquoteElement = elementSpec("blockquote", ["class", "cite", "data-quote"]);
const figure = elementSpec("figure", ["class"]);
const figcaption = elementSpec("figcaption", ["class"]);

/**
 * `<blockquote cite data-quote>`. When it shows a known quote, it is
 * wrapped in `<figure class="nd-quotation">` with a
 * `<figcaption class="nd-attribution">` naming the speaker (and channel):
 * the HTML standard keeps attribution outside the `<blockquote>`, which
 * holds only the quoted words. The words of the attribution are the kit's
 * `attributionParts`, as in every renderer.
 */
export const blockquote: HtmlHandler<"blockquote"> = (node, ctx) => {
  const cls = ctx.state.cls;
  const q = node.quote === undefined ? undefined : ctx.lookup.requireQuote(node.quote);
  const quoted = blockquoteElement(
    { class: cls.blockquote, cite: node.cite, "data-quote": q?.id },
    ctx.children(node),
  );
  if (q === undefined) return quoted;
  const attribution = partsMarkup(attributionParts(q, ctx.lookup, ctx.state.labels), ctx);
  return figure({ class: cls.quotation }, [
    quoted,
    figcaption({ class: cls.attribution }, attribution),
  ]);
};
