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
export const article = articleFromParts<Html, HtmlContext>((node, ctx, flow) => {
  const cls = ctx.state.cls;
  // A list of parts, not a generator: the string path joins it with no
  // generator to resume per part (0.4–0.5 µs a render, bench/HISTORY.md).
  return [
    joinContent([
      articleTag.open(cls.article, node.language || undefined),
      headerMarkup(node, ctx),
      node.image && figureMarkup(node.image, ctx, true),
      body.open(cls.body),
    ]),
    ...bodyParts(node, ctx, flow),
    // Made after the body, as it is written.
    () =>
      joinContent([
        body.end,
        correctionsMarkup(node, ctx),
        backstoryMarkup(node, ctx),
        ctx.state.appendix.map((kind) =>
          kind === "quotes" ? quotesAppendix(ctx) : claimsAppendix(ctx),
        ),
        articleTag.end,
      ]),
  ];
});
