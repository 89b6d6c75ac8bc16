import { attributionParts, type Blockquote, partsText } from "@newsdoc/core/kit";
import { joinBlocks, prefixLines } from "../blocks.js";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

function attribution(node: Blockquote, ctx: MarkdownContext): Markdown {
  const { escape: esc, finishLines, link, trusted, md } = ctx.helpers;
  const labels = ctx.state.labels;
  // The kit's words ("— Speaker, via Channel"), as in every renderer.
  const parts =
    node.quote === undefined
      ? undefined
      : attributionParts(ctx.lookup.requireQuote(node.quote), ctx.lookup, labels);
  if (node.cite !== undefined) {
    // The dash stays outside the link: the link's words are who said it (or "Source").
    const words = parts === undefined ? labels.source : partsText(parts.slice(1));
    return finishLines(md`— ${link(esc(words, "linkText"), node.cite)}`, "paragraph");
  }
  return parts === undefined ? trusted("") : finishLines(esc(partsText(parts)), "paragraph");
}

/**
 * A block quotation: its blocks behind `> `, then an attribution line
 * (`> — Speaker, via Channel`) when it references a quote, linked to
 * `cite` when there is one.
 */
export function blockquote(node: Blockquote, ctx: MarkdownContext): Markdown {
  const inner = joinBlocks([ctx.flow(node), attribution(node, ctx)]);
  return prefixLines(inner === "" ? ctx.helpers.trusted("") : inner, "> ", "> ", ">");
}
