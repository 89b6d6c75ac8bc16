import { safeUrl } from "@newsdoc/core/kit";
import type { HtmlHandler } from "../context.js";
import { entityElement } from "../entity-element.js";
import { escAttr, escText } from "../escape.js";
import type { Html } from "../html.js";

/**
 * `<blockquote cite data-quote>`. When it shows a known quote, it is
 * wrapped in `<figure class="nd-quotation">` with a
 * `<figcaption class="nd-attribution">` naming the speaker (and channel):
 * the HTML standard keeps attribution outside the `<blockquote>`, which
 * holds only the quoted words.
 */
export const blockquote: HtmlHandler<"blockquote"> = (node, ctx) => {
  const cls = ctx.state.cls;
  const q = node.quote === undefined ? undefined : ctx.lookup.requireQuote(node.quote);
  const cite = node.cite === undefined ? undefined : safeUrl(node.cite);
  const quoted = `<blockquote class="${cls.blockquote}"${cite === undefined ? "" : ` cite="${escAttr(cite)}"`}${q === undefined ? "" : ` data-quote="${escAttr(q.id)}"`}>${ctx.children(node)}</blockquote>`;
  if (q === undefined) return quoted as Html;
  const speaker = ctx.lookup.requireEntity(q.speaker);
  const via = q.via === undefined ? undefined : ctx.lookup.entity(q.via);
  const channel =
    via === undefined
      ? ""
      : `, ${escText(ctx.state.labels.via)} ${entityElement(via, escText(via.name), cls.mention, ctx)}`;
  return `<figure class="${cls.quotation}">${quoted}<figcaption class="${cls.attribution}">— ${entityElement(speaker, escText(speaker.name), cls.speaker, ctx)}${channel}</figcaption></figure>` as Html;
};
