import { type Article, callFormatDate } from "@newsdoc/core/kit";
import { createElement, type ReactNode } from "react";
import type { ArticleRender } from "../context.js";

/*
 * The visible parts of the publishing fields, as `@newsdoc/html` writes
 * them: what Google asks to see on the page when the structured data says
 * it (a paywalled part, corrections) and what readers expect (the backstory).
 */

/** Props of {@link Corrections} and {@link Backstory}. */
export interface PublishingProps {
  readonly article: Article;
  readonly render: ArticleRender;
}

/**
 * The body's rendered blocks, those behind the paywall inside
 * `<div className="nd-paywalled" data-access="metered|subscription">` (the
 * class the JSON-LD `hasPart.cssSelector` names; `data-access` says which
 * kind of paywall, as `toHtml` writes it). A free article is the blocks as
 * they are.
 */
export function paywalledBody(
  article: Article,
  render: ArticleRender,
  blocks: ReactNode,
): ReactNode {
  const access = article.access;
  if (access === undefined || access.kind === "free" || !Array.isArray(blocks)) return blocks;
  const free = Math.min(Math.max(access.freeBlocks ?? 0, 0), blocks.length);
  if (free === blocks.length) return blocks;
  return [
    ...blocks.slice(0, free),
    createElement(
      "div",
      { key: "paywalled", className: render.classNames.paywalled, "data-access": access.kind },
      blocks.slice(free),
    ),
  ];
}

function section(className: string, label: string, content: ReactNode): ReactNode {
  return createElement(
    "aside",
    { className, "aria-label": label },
    createElement("h2", null, label),
    content,
  );
}

/** `<aside className="nd-corrections">`: each correction with its `<time>`. */
export function Corrections({ article, render }: PublishingProps): ReactNode {
  const corrections = article.corrections;
  if (corrections === undefined || corrections.length === 0) return null;
  return section(
    render.classNames.corrections,
    render.labels.corrections,
    corrections.map((c, key) =>
      createElement(
        "p",
        { key },
        createElement(
          "time",
          { dateTime: c.date },
          callFormatDate(render.options.formatDate, c.date, "modified"),
        ),
        `: ${c.text}`,
      ),
    ),
  );
}

/** `<aside className="nd-backstory">`: why and how the article was made. */
export function Backstory({ article, render }: PublishingProps): ReactNode {
  if (!article.backstory) return null;
  return section(
    render.classNames.backstory,
    render.labels.backstory,
    createElement("p", null, article.backstory),
  );
}
