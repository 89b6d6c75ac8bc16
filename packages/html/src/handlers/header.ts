import { type Article, bylineParts, datelineParts } from "@newsdoc/core/kit";
import type { HtmlContext } from "../context.js";
import { escText } from "../escape.js";
import { partsMarkup } from "../parts-markup.js";
import { locationMarkup } from "../publishing.js";

/**
 * `<header>`: `<h1>` headline, dek, byline and the dates that are known.
 * The byline's and dates' words are the kit's `bylineParts` and
 * `datelineParts`, the same in every renderer.
 */
export function headerMarkup(article: Article, ctx: HtmlContext): string {
  const { cls, labels } = ctx.state;
  let out = `<header class="${cls.header}"><h1 class="${cls.headline}">${escText(article.headline)}</h1>`;
  if (article.alternativeHeadline) {
    out += `<p class="${cls.dek}">${escText(article.alternativeHeadline)}</p>`;
  }
  const byline = bylineParts(article, ctx.lookup, labels);
  if (byline.length > 0) out += `<p class="${cls.byline}">${partsMarkup(byline, ctx)}</p>`;
  const dates = datelineParts(article, labels, ctx.options.formatDate);
  if (dates.length > 0) out += `<p class="${cls.dateline}">${partsMarkup(dates, ctx)}</p>`;
  out += locationMarkup(article, ctx);
  return `${out}</header>`;
}
