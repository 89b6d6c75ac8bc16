import type { Link } from "@newsdoc/core/kit";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";
import { phrasing } from "../phrasing.js";

/**
 * `[text](url "title")`. A link inside a link (which Markdown cannot
 * express) keeps its text and loses its URL.
 */
export function link(node: Link, ctx: MarkdownContext): Markdown {
  if (ctx.state.linkDepth > 0) return phrasing(node.children, ctx);
  ctx.state.linkDepth++;
  const children = phrasing(node.children, ctx);
  ctx.state.linkDepth--;
  return ctx.helpers.link(children, node.url, node.title);
}
