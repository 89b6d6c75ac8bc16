import type { HtmlHandler } from "../context.js";
import { elementSpec } from "../element-spec.js";
import type { Html } from "../html.js";
import { backstoryMarkup, bodyMarkup, correctionsMarkup } from "../publishing.js";
import { claimsAppendix, quotesAppendix } from "./appendix.js";
import { figureMarkup } from "./figure.js";
import { headerMarkup } from "./header.js";

const articleElement = elementSpec("article", ["class", "lang"]);
const div = elementSpec("div", ["class"]);

/**
 * The root: `<article lang>` with the header, the lead figure, the body in
 * `<div class="nd-body">` and the appendices asked for. Pretty-printing
 * (`options.pretty`) is the renderer's last step, after any override.
 */
export const article: HtmlHandler<"article"> = (node, ctx) => {
  const cls = ctx.state.cls;
  const parts: Html[] = [headerMarkup(node, ctx)];
  if (node.image) parts.push(figureMarkup(node.image, ctx, true));
  parts.push(div({ class: cls.body }, bodyMarkup(node, ctx)));
  parts.push(correctionsMarkup(node, ctx), backstoryMarkup(node, ctx));
  for (const kind of ctx.state.appendix) {
    parts.push(kind === "quotes" ? quotesAppendix(ctx) : claimsAppendix(ctx));
  }
  return articleElement({ class: cls.article, lang: node.language || undefined }, parts);
};
