import { type Article, callFormatDate, type DateKind } from "@newsdoc/core/kit";
import type { HtmlContext } from "../context.js";
import { entityElement } from "../entity-element.js";
import { escAttr, escText } from "../escape.js";

function time(iso: string, kind: DateKind, className: string, ctx: HtmlContext): string {
  const shown = callFormatDate(ctx.options.formatDate, iso, kind);
  return `<time class="${className}" datetime="${escAttr(iso)}">${escText(shown)}</time>`;
}

function byline(article: Article, ctx: HtmlContext): string {
  if (article.byline) return escText(article.byline);
  const names: string[] = [];
  for (const id of article.authors) {
    const author = ctx.lookup.requireEntity(id);
    names.push(entityElement(author, escText(author.name), ctx.state.cls.author, ctx));
  }
  return names.join(", ");
}

/** `<header>`: `<h1>` headline, dek, byline and the dates that are known. */
export function headerMarkup(article: Article, ctx: HtmlContext): string {
  const { cls, labels } = ctx.state;
  let out = `<header class="${cls.header}"><h1 class="${cls.headline}">${escText(article.headline)}</h1>`;
  if (article.alternativeHeadline) {
    out += `<p class="${cls.dek}">${escText(article.alternativeHeadline)}</p>`;
  }
  const by = byline(article, ctx);
  if (by !== "") out += `<p class="${cls.byline}">${by}</p>`;
  const dates: string[] = [];
  if (article.datePublished) {
    dates.push(
      `${escText(labels.published)} ${time(article.datePublished, "published", cls.published, ctx)}`,
    );
  }
  if (article.dateModified && article.dateModified !== article.datePublished) {
    dates.push(
      `${escText(labels.modified)} ${time(article.dateModified, "modified", cls.modified, ctx)}`,
    );
  }
  if (dates.length > 0) out += `<p class="${cls.dateline}">${dates.join(" · ")}</p>`;
  return `${out}</header>`;
}
