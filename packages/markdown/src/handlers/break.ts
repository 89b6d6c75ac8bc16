import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/** A hard line break (`\` before the line ending); in headings it becomes `&#10;`. */
export function lineBreak(_node: unknown, ctx: MarkdownContext): Markdown {
  return ctx.helpers.trusted("\\\n");
}
