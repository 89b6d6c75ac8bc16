import { type Article, callFormatDate, type DateKind } from "@newsdoc/core/kit";
import { createElement, Fragment, type ReactNode } from "react";
import type { ArticleRender } from "../context.js";
import { EntityName } from "./entity-name.js";
import { joinParts } from "./inline.js";

function time(iso: string, kind: DateKind, className: string, render: ArticleRender): ReactNode {
  const shown = callFormatDate(render.options.formatDate, iso, kind);
  return createElement("time", { className, dateTime: iso }, shown);
}

/** Props of {@link ArticleHeader}. */
export interface ArticleHeaderProps {
  readonly article: Article;
  readonly render: ArticleRender;
}

/**
 * `<header>`: `<h1>` headline, dek, byline (the `byline` text, else the
 * authors as entity links) and the dates that are known, each in a
 * `<time dateTime>`.
 */
export function ArticleHeader({ article, render }: ArticleHeaderProps): ReactNode {
  const { classNames: cls, labels } = render;
  let byline: ReactNode = null;
  if (article.byline) byline = article.byline;
  else if (article.authors.length > 0) {
    byline = joinParts(
      article.authors.map((id) =>
        createElement(EntityName, {
          entity: render.index.requireEntity(id),
          className: cls.author,
          render,
        }),
      ),
      ", ",
    );
  }
  const dates: ReactNode[] = [];
  if (article.datePublished) {
    dates.push(
      createElement(
        Fragment,
        null,
        labels.published,
        " ",
        time(article.datePublished, "published", cls.published, render),
      ),
    );
  }
  if (article.dateModified && article.dateModified !== article.datePublished) {
    dates.push(
      createElement(
        Fragment,
        null,
        labels.modified,
        " ",
        time(article.dateModified, "modified", cls.modified, render),
      ),
    );
  }
  return createElement(
    "header",
    { className: cls.header },
    createElement("h1", { className: cls.headline }, article.headline),
    article.alternativeHeadline
      ? createElement("p", { className: cls.dek }, article.alternativeHeadline)
      : null,
    byline === null ? null : createElement("p", { className: cls.byline }, byline),
    dates.length > 0
      ? createElement("p", { className: cls.dateline }, joinParts(dates, " · "))
      : null,
  );
}
