import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/** Plain text, escaped for where it stands (inside link text, `]` too). */
export function text(value: string, ctx: MarkdownContext): Markdown {
  return ctx.helpers.escape(value, ctx.within("link") > 0 ? "linkText" : "inline");
}
