import type { HtmlHandler } from "../context.js";
import { escAttr } from "../escape.js";
import type { Html } from "../html.js";
import { backstoryMarkup, bodyMarkup, correctionsMarkup } from "../publishing.js";
import { claimsAppendix, quotesAppendix } from "./appendix.js";
import { figureMarkup } from "./figure.js";
import { headerMarkup } from "./header.js";

/**
 * The root: `<article lang>` with the header, the lead figure, the body in
 * `<div class="nd-body">` and the appendices asked for. Pretty-printing
 * (`options.pretty`) is the renderer's last step, after any override.
 */
export const article: HtmlHandler<"article"> = (node, ctx) => {
  const cls = ctx.state.cls;
  const lang = node.language ? ` lang="${escAttr(node.language)}"` : "";
  let out = `<article class="${cls.article}"${lang}>${headerMarkup(node, ctx)}`;
  if (node.image) out += figureMarkup(node.image, ctx, true);
  out += `<div class="${cls.body}">${bodyMarkup(node, ctx)}</div>`;
  out += correctionsMarkup(node, ctx) + backstoryMarkup(node, ctx);
  for (const kind of ctx.state.appendix) {
    out += kind === "quotes" ? quotesAppendix(ctx) : claimsAppendix(ctx);
  }
  out += "</article>";
  return out as Html;
};
