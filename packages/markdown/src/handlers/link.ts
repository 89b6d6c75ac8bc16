import type { Link } from "@newsdoc/core/kit";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/**
 * `[text](url "title")`. A link inside a link (which Markdown cannot
 * express) keeps its text and loses its URL.
 */
export function link(node: Link, ctx: MarkdownContext): Markdown {
  const children = ctx.phrasing(node);
  if (ctx.within("link") > 0) return children;
  return ctx.helpers.link(children, node.url, node.title);
}
