import type { Emphasis, Strong } from "@newsdoc/core/kit";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/** `*…*`. */
export function emphasis(node: Emphasis, ctx: MarkdownContext): Markdown {
  return ctx.helpers.emphasis(ctx.children(node), "*");
}

/** `**…**`. */
export function strong(node: Strong, ctx: MarkdownContext): Markdown {
  return ctx.helpers.emphasis(ctx.children(node), "**");
}
