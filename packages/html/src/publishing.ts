import { type Article, callFormatDate } from "@newsdoc/core/kit";
import type { HtmlContext } from "./context.js";
import { elementSpec } from "./element-spec.js";
import { entityElement } from "./entity-element.js";
import { escText } from "./escape.js";
import type { Html } from "./html.js";
import { html } from "./html-template.js";

/*
 * The visible parts of the publishing fields: what Google asks to see on
 * the page when the structured data says it (a paywalled part, corrections)
 * and what readers expect (the dateline, the backstory).
 */

const div = elementSpec("div", ["class"]);
const p = elementSpec("p", ["class"]);
const aside = elementSpec("aside", ["class", "aria-label"]);
const time = elementSpec("time", ["datetime"]);
const EMPTY = html``;

/**
 * The body's blocks, those behind the paywall inside `<div class="nd-paywalled">`
 * (the class the JSON-LD `hasPart.cssSelector` names). A free article, or
 * one without `access`, is the blocks as they are.
 */
export function bodyMarkup(article: Article, ctx: HtmlContext): Html {
  const access = article.access;
  if (access === undefined || access.kind === "free") return ctx.children(article.body);
  const free = Math.min(Math.max(access.freeBlocks ?? 0, 0), article.body.length);
  const open = free > 0 ? ctx.children(article.body.slice(0, free)) : EMPTY;
  const rest = article.body.slice(free);
  if (rest.length === 0) return open;
  return html`${open}${div({ class: ctx.state.cls.paywalled }, ctx.children(rest))}`;
}

/** `<p class="nd-location">`: the place of the dateline (a mention-like link to the Place). */
export function locationMarkup(article: Article, ctx: HtmlContext): Html {
  if (article.dateline === undefined) return EMPTY;
  const place = ctx.lookup.requireEntity(article.dateline);
  const cls = ctx.state.cls;
  return p({ class: cls.location }, entityElement(place, escText(place.name), cls.mention, ctx));
}

/** An `<aside>` with its `<h2>`, named by it. */
function section(className: string, label: string, content: Html[]): Html {
  return aside({ class: className, "aria-label": label }, [
    html`<h2>${escText(label)}</h2>`,
    content,
  ]);
}

/** `<aside class="nd-corrections">`: each correction with its `<time>`. */
export function correctionsMarkup(article: Article, ctx: HtmlContext): Html {
  const corrections = article.corrections;
  if (corrections === undefined || corrections.length === 0) return EMPTY;
  const { cls, labels } = ctx.state;
  return section(
    cls.corrections,
    labels.corrections,
    corrections.map((c) => {
      const shown = callFormatDate(ctx.options.formatDate, c.date, "modified");
      return html`<p>${time({ datetime: c.date }, escText(shown))}: ${escText(c.text)}</p>`;
    }),
  );
}

/** `<aside class="nd-backstory">`: why and how the article was made. */
export function backstoryMarkup(article: Article, ctx: HtmlContext): Html {
  if (!article.backstory) return EMPTY;
  const { cls, labels } = ctx.state;
  return section(cls.backstory, labels.backstory, [html`<p>${escText(article.backstory)}</p>`]);
}
