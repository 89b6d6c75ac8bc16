import { numberNodes } from "@newsdoc/core/kit";
import type { HtmlHandler } from "../context.js";

const TITLE_TAGS = ["h2", "h3", "h4", "h5", "h6"] as const;

/**
 * `<aside class="nd-aside" aria-labelledby>` whose first child is its
 * title, a heading with that id (`<h2>`; one rank lower per enclosing
 * aside, down to `<h6>`), then its blocks. The id is
 * `nd-aside-<article id>-<n>` for the article's n-th aside in document
 * order: unique on a page that shows several articles, and the same in
 * `@newsdoc/react`.
 */
export const aside: HtmlHandler<"aside"> = (node, ctx) => {
  const { element } = ctx.helpers;
  const { cls } = ctx.state;
  if (ctx.state.asides === undefined) ctx.state.asides = numberNodes(ctx.article, "aside");
  const id = `${ctx.state.idPrefix}${ctx.state.asides.of(node).number}`;
  const tag = TITLE_TAGS[Math.min(ctx.within("aside"), TITLE_TAGS.length - 1)]!;
  return element("aside", { class: cls.aside, "aria-labelledby": id }, [
    element(tag, { id, class: cls.asideTitle }, ctx.phrasing(node.title)),
    ctx.flow(node),
  ]);
};
