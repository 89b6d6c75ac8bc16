import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/** A thematic break. */
export function rule(_node: unknown, ctx: MarkdownContext): Markdown {
  return ctx.helpers.trusted("***");
}
