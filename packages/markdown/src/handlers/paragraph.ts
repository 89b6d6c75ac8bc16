import type { Paragraph } from "@newsdoc/core/kit";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/** A paragraph: its inline content, with line starts and edges made safe. */
export function paragraph(node: Paragraph, ctx: MarkdownContext): Markdown {
  return ctx.helpers.finishLines(ctx.phrasing(node), "paragraph");
}
