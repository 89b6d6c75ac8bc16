import type { PullQuote } from "@newsdoc/core/kit";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/**
 * A block quotation of the quote's words (from `article.quotes`) and
 * `— Speaker`. Markdown cannot hide it from screen readers the way the
 * HTML does, so it reads as a quotation set apart.
 */
export function pullQuote(node: PullQuote, ctx: MarkdownContext): Markdown {
  const { escape: esc, finishLines, joinBlocks, indentLines } = ctx.helpers;
  const quote = ctx.lookup.requireQuote(node.quote);
  const speaker = ctx.lookup.requireEntity(quote.speaker);
  const words = finishLines(esc(quote.text), "paragraph");
  const who = finishLines(esc(`— ${speaker.name}`), "paragraph");
  return indentLines(joinBlocks([words, who]), "> ", "> ", ">");
}
