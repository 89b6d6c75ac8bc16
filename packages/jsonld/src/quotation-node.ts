import type { Quote } from "@newsdoc/core/kit";
import type { QuotationLeaf } from "schema-dts";
import type { GraphContext } from "./graph-context.js";
import { put } from "./put.js";

/**
 * The `Quotation` for a quote: its words as `text`, the speaker as
 * `creator`, the article as `isPartOf`, the date it was said (only where the
 * source fixes one) as `dateCreated`, and the channel it came through: a
 * `CreativeWork` (an interview, a broadcast) as `isBasedOn`, an
 * organisation (a news agency) as `publisher` — schema.org's range of
 * `isBasedOn` is CreativeWork, Product or URL, not Organization. The claim
 * it takes a side on is `about`, when claims are in the graph.
 */
export function quotationNode(quote: Quote, ctx: GraphContext): QuotationLeaf {
  const node: QuotationLeaf = { "@type": "Quotation", "@id": ctx.ids.quote(quote.id) };
  put(node, "text", quote.text);
  put(node, "creator", ctx.ref(quote.speaker));
  put(node, "isPartOf", { "@id": ctx.ids.article });
  put(node, "dateCreated", quote.when?.date);
  if (quote.via) {
    const via = ctx.entity(quote.via);
    if (via.type === "CreativeWork") put(node, "isBasedOn", ctx.ref(via.id));
    else put(node, "publisher", ctx.ref(via.id));
  }
  if (quote.claim && ctx.options.claims && ctx.hasClaim(quote.claim)) {
    put(node, "about", { "@id": ctx.ids.claim(quote.claim) });
  }
  return node;
}
