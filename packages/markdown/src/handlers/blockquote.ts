import type { Blockquote } from "@newsdoc/core/kit";
import { joinBlocks, prefixLines, renderBlocks } from "../blocks.js";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

function attribution(node: Blockquote, ctx: MarkdownContext): Markdown {
  const { escape: esc, finishLines, link, trusted, md } = ctx.helpers;
  let text: string | undefined;
  if (node.quote !== undefined) {
    const quote = ctx.index.requireQuote(node.quote);
    text = ctx.index.requireEntity(quote.speaker).name;
    if (quote.via !== undefined) text += `, via ${ctx.index.requireEntity(quote.via).name}`;
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
  const inner = joinBlocks([renderBlocks(node.children, ctx), attribution(node, ctx)]);
  return prefixLines(inner === "" ? ctx.helpers.trusted("") : inner, "> ", "> ", ">");
}
