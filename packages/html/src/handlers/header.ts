import { type Article, bylineParts, datelineParts } from "@newsdoc/core/kit";
import type { HtmlContext } from "../context.js";
import { elementSpec } from "../element-spec.js";
import { escText } from "../escape.js";
import type { Html } from "../html.js";
import { partsMarkup } from "../parts-markup.js";
import { locationMarkup } from "../publishing.js";

const header = elementSpec("header", ["class"]);
const h1 = elementSpec("h1", ["class"]);
const p = elementSpec("p", ["class"]);

/**
 * `<header>`: `<h1>` headline, dek, byline and the dates that are known.
 * The byline's and dates' words are the kit's `bylineParts` and
 * `datelineParts`, the same in every renderer.
 */
export function headerMarkup(article: Article, ctx: HtmlContext): Html {
  const { cls, labels } = ctx.state;
  const parts: Html[] = [h1({ class: cls.headline }, escText(article.headline))];
  if (article.alternativeHeadline) {
    parts.push(p({ class: cls.dek }, escText(article.alternativeHeadline)));
  }
  const byline = bylineParts(article, ctx.lookup, labels);
  if (byline.length > 0) parts.push(p({ class: cls.byline }, partsMarkup(byline, ctx)));
  const dates = datelineParts(article, labels, ctx.options.formatDate);
  if (dates.length > 0) parts.push(p({ class: cls.dateline }, partsMarkup(dates, ctx)));
  parts.push(locationMarkup(article, ctx));
  return header({ class: cls.header }, parts);
}
