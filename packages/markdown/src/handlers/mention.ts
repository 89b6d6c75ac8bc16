import { entityHref, type Mention } from "@newsdoc/core/kit";
import type { Markdown } from "../markdown.js";
import type { MarkdownContext } from "../options.js";

/**
 * The mention's words, linked to the entity's `url` (else first `sameAs`)
 * when `mentions` is `"link"`; plain words otherwise, inside a link, or
 * when the entity has no URL.
 */
export function mention(node: Mention, ctx: MarkdownContext): Markdown {
  const { escape: esc, link } = ctx.helpers;
  const href = entityHref(ctx.lookup.requireEntity(node.entity));
  if (ctx.options.mentions === "link" && href !== undefined && ctx.within("link") === 0) {
    return link(esc(node.text, "linkText"), href);
  }
  return esc(node.text, ctx.within("link") > 0 ? "linkText" : "inline");
}
