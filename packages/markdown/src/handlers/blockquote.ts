import type { Blockquote } from "@newsdoc/core/kit";
import { joinBlocks, prefixLines } from "../blocks.js";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

function attribution(node: Blockquote, ctx: MarkdownContext): Markdown {
  const { escape: esc, finishLines, link, trusted, md } = ctx.helpers;
  let text: string | undefined;
  if (node.quote !== undefined) {
    const quote = ctx.lookup.requireQuote(node.quote);
    text = ctx.lookup.requireEntity(quote.speaker).name;
    if (quote.via !== undefined) text += `, via ${ctx.lookup.requireEntity(quote.via).name}`;
  }
  if (node.cite !== undefined) {
    const label = esc(text ?? "Source", "linkText");
    return finishLines(md`— ${link(label, node.cite)}`, "paragraph");
  }
  return text === undefined ? trusted("") : finishLines(esc(`— ${text}`), "paragraph");
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
