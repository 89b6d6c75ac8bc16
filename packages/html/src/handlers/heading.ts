import { NewsdocRenderError } from "@newsdoc/core/kit";
import type { HtmlHandler } from "../context.js";
import type { HtmlContent } from "../element.js";
import type { Html } from "../html.js";
import { tag } from "../tag.js";

// The level picks a builder, never becomes part of a tag name; a Map, so
// that a level such as "constructor" finds nothing.
const TAGS = new Map<unknown, (id: string, children: HtmlContent) => Html>([
  [2, tag("h2", ["id"])],
  [3, tag("h3", ["id"])],
  [4, tag("h4", ["id"])],
  [5, tag("h5", ["id"])],
  [6, tag("h6", ["id"])],
]);

/**
 * `<h2 id>`…`<h6 id>`; level 1 is the headline's. The id is the heading's
 * anchor (`ctx.lookup.anchorOf`): its own `id`, else a unique slug of its
 * text, the ones `tableOfContents` links to.
 */
export const heading: HtmlHandler<"heading"> = (node, ctx) => {
  const build = TAGS.get(node.level);
  if (build === undefined) {
    throw new NewsdocRenderError(
      "invalid_node",
      `A heading has level ${JSON.stringify(node.level)}; levels are 2 to 6 (the headline is the only h1). Validate the article with parseArticle() before rendering.`,
    );
  }
  return build(ctx.lookup.anchorOf(node), ctx.children(node));
};
