import { type Article, bylineParts, datelineParts } from "@newsdoc/core/kit";
import type { HtmlContext } from "../context.js";
import { escText } from "../escape.js";
import type { Html } from "../html.js";
import { partsMarkup } from "../parts-markup.js";
import { locationMarkup } from "../publishing.js";
import { tag } from "../tag.js";

const header = tag("header", ["class"]);
const h1 = tag("h1", ["class"]);
const p = tag("p", ["class"]);

/**
 * `<header>`: `<h1>` headline, dek, byline and the dates that are known.
 * The byline's and dates' words are the kit's `bylineParts` and
 * `datelineParts`, the same in every renderer.
 */
export function headerMarkup(article: Article, ctx: HtmlContext): Html {
  const { cls, labels } = ctx.state;
  const byline = bylineParts(article, ctx.lookup, labels);
  const dates = datelineParts(article, labels, ctx.options.formatDate);
  return header(cls.header, [
    h1(cls.headline, escText(article.headline)),
    article.alternativeHeadline ? p(cls.dek, escText(article.alternativeHeadline)) : undefined,
    byline.length > 0 ? p(cls.byline, partsMarkup(byline, ctx)) : undefined,
    dates.length > 0 ? p(cls.dateline, partsMarkup(dates, ctx)) : undefined,
    locationMarkup(article, ctx),
  ]);
}
