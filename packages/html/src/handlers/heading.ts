import { NewsdocRenderError } from "@newsdoc/core/kit";
import type { HtmlHandler } from "../context.js";
import type { Html } from "../html.js";

// The level becomes part of a tag name, so it is looked up, never interpolated;
// a Map, so that a level such as "constructor" finds nothing.
const TAGS: ReadonlyMap<unknown, string> = new Map([
  [2, "h2"],
  [3, "h3"],
  [4, "h4"],
  [5, "h5"],
  [6, "h6"],
]);

/** `<h2>`…`<h6>`; level 1 is the headline's. */
export const heading: HtmlHandler<"heading"> = (node, ctx) => {
  const tag = TAGS.get(node.level);
  if (tag === undefined) {
    throw new NewsdocRenderError(
      "invalid_node",
      `A heading has level ${JSON.stringify(node.level)}; levels are 2 to 6 (the headline is the only h1). Validate the article with parseArticle() before rendering.`,
    );
  }
  return `<${tag}>${ctx.children(node)}</${tag}>` as Html;
};
