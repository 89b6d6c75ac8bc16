import { idToken, numberNodes } from "@newsdoc/core/kit";
import type { HtmlHandler } from "../context.js";
import { tag } from "../tag.js";

const asideTag = tag("aside", ["class", "aria-labelledby"]);
const TITLE_TAGS = [
  tag("h2", ["id", "class"]),
  tag("h3", ["id", "class"]),
  tag("h4", ["id", "class"]),
  tag("h5", ["id", "class"]),
  tag("h6", ["id", "class"]),
] as const;

/**
 * `<aside class="nd-aside" aria-labelledby>` whose first child is its
 * title, a heading with that id (`<h2>`; one rank lower per enclosing
 * aside, down to `<h6>`), then its blocks. The id is
 * `nd-aside-<article id>-<n>` for the article's n-th aside in document
 * order: unique on a page that shows several articles, and the same in
 * `@newsdoc/react`.
 */
export const aside: HtmlHandler<"aside"> = (node, ctx) => {
  const { cls } = ctx.state;
  // Numbered, and the id's prefix made, on the first aside of a render.
  ctx.state.asides ??= {
    numbering: numberNodes(ctx.article, "aside"),
    idPrefix: `${cls.aside}-${idToken(ctx.article.id)}-`,
  };
  const { numbering, idPrefix } = ctx.state.asides;
  const id = `${idPrefix}${numbering.of(node).number}`;
  const title = TITLE_TAGS[Math.min(ctx.within("aside"), TITLE_TAGS.length - 1)]!;
  return asideTag(cls.aside, id, [
    title(id, cls.asideTitle, ctx.phrasing(node.title)),
    ctx.flow(node),
  ]);
};
