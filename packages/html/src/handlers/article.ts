import { articleFromParts } from "@newsdoc/core/kit";
import type { HtmlContext } from "../context.js";
import { escAttr } from "../escape.js";
import type { Html } from "../html.js";
import { backstoryMarkup, bodyParts, correctionsMarkup } from "../publishing.js";
import { claimsAppendix, quotesAppendix } from "./appendix.js";
import { figureMarkup } from "./figure.js";
import { headerMarkup } from "./header.js";

/**
 * The root: `<article lang>` with the header, the lead figure, the body in
 * `<div class="nd-body">` and the appendices asked for. Pretty-printing
 * (`options.pretty`) is the renderer's last step, after any override.
 * Written as parts, so `htmlRenderer.stream` emits one part per block.
 */
export const article = articleFromParts<Html, HtmlContext>(function* (node, ctx, flow) {
  const cls = ctx.state.cls;
  const lang = node.language ? ` lang="${escAttr(node.language)}"` : "";
  yield `<article class="${cls.article}"${lang}>${headerMarkup(node, ctx)}` as Html;
  if (node.image) yield figureMarkup(node.image, ctx, true) as Html;
  yield `<div class="${cls.body}">` as Html;
  yield* bodyParts(node, ctx, flow);
  yield `</div>${correctionsMarkup(node, ctx)}${backstoryMarkup(node, ctx)}` as Html;
  for (const kind of ctx.state.appendix) {
    yield (kind === "quotes" ? quotesAppendix(ctx) : claimsAppendix(ctx)) as Html;
  }
  yield "</article>" as Html;
});
