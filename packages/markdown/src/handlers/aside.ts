import type { Aside } from "@newsdoc/core/kit";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/**
 * CommonMark has no aside: the box is a block quotation whose first block
 * is its title as a heading (`> ## What we know`; one rank lower per
 * enclosing aside, down to `######`), then its blocks.
 */
export function aside(node: Aside, ctx: MarkdownContext): Markdown {
  const { finishLines, joinBlocks, indentLines, trusted } = ctx.helpers;
  const hashes = "#".repeat(Math.min(2 + ctx.within("aside"), 6));
  const title = finishLines(ctx.phrasing(node.title), "heading");
  const heading = trusted(title === "" ? hashes : `${hashes} ${title}`);
  return indentLines(joinBlocks([heading, ctx.flow(node)]), "> ", "> ", ">");
}
