import { type Article, bylineParts, datelineParts } from "@newsdoc/core/kit";
import { createElement, type ReactNode } from "react";
import type { ArticleRender } from "../context.js";
import { EntityName } from "./entity-name.js";
import { Parts } from "./parts.js";

/** Props of {@link ArticleHeader}. */
export interface ArticleHeaderProps {
  readonly article: Article;
  readonly render: ArticleRender;
}

/**
 * `<header>`: `<h1>` headline, dek, byline, the dates that are known (each
 * in a `<time dateTime>`) and the place it was reported from. The byline's
 * and dates' words are the kit's `bylineParts` and `datelineParts`, as in
 * `@newsdoc/html` and `@newsdoc/markdown`.
 */
export function ArticleHeader({ article, render }: ArticleHeaderProps): ReactNode {
  const { classNames: cls, labels } = render;
  const byline = bylineParts(article, render.index, labels);
  const dates = datelineParts(article, labels, render.options.formatDate);
  const place =
    article.dateline === undefined ? undefined : render.index.requireEntity(article.dateline);
  return createElement(
    "header",
    { className: cls.header },
    createElement("h1", { className: cls.headline }, article.headline),
    article.alternativeHeadline
      ? createElement("p", { className: cls.dek }, article.alternativeHeadline)
      : null,
    byline.length === 0
      ? null
      : createElement(
          "p",
          { className: cls.byline },
          createElement(Parts, { parts: byline, render }),
        ),
    dates.length === 0
      ? null
      : createElement(
          "p",
          { className: cls.dateline },
          createElement(Parts, { parts: dates, render }),
        ),
    place === undefined
      ? null
      : createElement(
          "p",
          { className: cls.location },
          createElement(EntityName, { entity: place, className: cls.mention, render }),
        ),
  );
}
