import { NewsdocRenderError } from "@newsdoc/core/kit";
import type { HtmlHandler } from "../context.js";
import { element } from "../element.js";

// The level becomes part of a tag name, so it is looked up, never interpolated;
// a Map, so that a level such as "constructor" finds nothing.
const TAGS: ReadonlyMap<unknown, string> = new Map([
  [2, "h2"],
  [3, "h3"],
  [4, "h4"],
  [5, "h5"],
  [6, "h6"],
]);

/**
 * `<h2 id>`…`<h6 id>`; level 1 is the headline's. The id is the heading's
 * anchor (`ctx.lookup.anchorOf`): its own `id`, else a unique slug of its
 * text, the ones `tableOfContents` links to.
 */
export const heading: HtmlHandler<"heading"> = (node, ctx) => {
  const tag = TAGS.get(node.level);
  if (tag === undefined) {
    throw new NewsdocRenderError(
      "invalid_node",
      `A heading has level ${JSON.stringify(node.level)}; levels are 2 to 6 (the headline is the only h1). Validate the article with parseArticle() before rendering.`,
    );
  }
  return element(tag, { id: ctx.lookup.anchorOf(node) }, ctx.children(node));
};
