import { NewsdocRenderError } from "@newsdoc/core/kit";
import type { HtmlHandler } from "../context.js";
import { type ElementSpec, elementSpec } from "../element-spec.js";

// The level becomes part of a tag name, so it picks a spec, never interpolated.
// A Map, so that a level such as "constructor" finds nothing.
const TAGS: ReadonlyMap<unknown, ElementSpec<never>> = new Map(
  ([2, 3, 4, 5, 6] as const).map((level) => [level, elementSpec(`h${level}`, [])]),
);

/** `<h2>`…`<h6>`; level 1 is the headline's. */
export const heading: HtmlHandler<"heading"> = (node, ctx) => {
  const tag = TAGS.get(node.level);
  if (tag === undefined) {
    throw new NewsdocRenderError(
      "invalid_node",
      `A heading has level ${JSON.stringify(node.level)}; levels are 2 to 6 (the headline is the only h1). Validate the article with parseArticle() before rendering.`,
    );
  }
  return tag(null, ctx.children(node));
};
