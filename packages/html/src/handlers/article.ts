import { articleFromParts } from "@newsdoc/core/kit";
import type { HtmlContext } from "../context.js";
import { joinContent } from "../element.js";
import type { Html } from "../html.js";
import { backstoryMarkup, bodyParts, correctionsMarkup } from "../publishing.js";
import { tag } from "../tag.js";
import { claimsAppendix, quotesAppendix } from "./appendix.js";
import { figureMarkup } from "./figure.js";
import { headerMarkup } from "./header.js";

const articleTag = tag("article", ["class", "lang"]);
const body = tag("div", ["class"]);

/**
 * The root: `<article lang>` with the header, the lead figure, the body in
 * `<div class="nd-body">` and the appendices asked for. Pretty-printing
 * (`options.pretty`) is the renderer's last step, after any override.
 * Written as parts, so `htmlRenderer.stream` emits one part per block.
 */
export const article = articleFromParts<Html, HtmlContext>(function* (node, ctx, flow) {
  const cls = ctx.state.cls;
  yield joinContent([
    articleTag.open(cls.article, node.language || undefined),
    headerMarkup(node, ctx),
  ]);
  if (node.image) yield figureMarkup(node.image, ctx, true);
  yield body.open(cls.body);
  yield* bodyParts(node, ctx, flow);
  yield joinContent([body.end, correctionsMarkup(node, ctx), backstoryMarkup(node, ctx)]);
  for (const kind of ctx.state.appendix) {
    yield kind === "quotes" ? quotesAppendix(ctx) : claimsAppendix(ctx);
  }
  yield articleTag.end;
});
