import {
  type Article,
  type ArticlePart,
  callFormatDate,
  type FlowParts,
  type Image,
  safeUrl,
  srcsetCandidates,
  srcsetValue,
} from "@newsdoc/core/kit";
import type { HtmlContext } from "./context.js";
import { entityElement } from "./entity-element.js";
import { escapeText, escText } from "./escape.js";
import type { Html } from "./html.js";
import { tag } from "./tag.js";

const paywalled = tag("div", ["class", "data-access"]);
const p = tag("p");
const pClass = tag("p", ["class"]);
const aside = tag("aside", ["class", "aria-label"]);
const h2 = tag("h2");
const time = tag("time", ["datetime"]);
const COLON = escapeText(": ");

/*
 * The visible parts of the publishing fields: what Google asks to see on
 * the page when the structured data says it (a paywalled part, corrections)
 * and what readers expect (the dateline, the backstory).
 */

/**
 * The body's blocks, those behind the paywall inside `<div class="nd-paywalled"
 * data-access="metered|subscription">`
 * (the class the JSON-LD `hasPart.cssSelector` names). A free article, or
 * one without `access`, is the blocks as they are. In parts, the blocks
 * from `flow` (one part per block when streaming).
 */
export function bodyParts(
  article: Article,
  ctx: HtmlContext,
  flow: FlowParts<Html>,
): ArticlePart<Html>[] {
  const access = article.access;
  if (access === undefined || access.kind === "free") return [flow(article.body)];
  const free = Math.min(Math.max(access.freeBlocks ?? 0, 0), article.body.length);
  const parts: ArticlePart<Html>[] = free > 0 ? [flow(article.body.slice(0, free))] : [];
  const rest = article.body.slice(free);
  if (rest.length === 0) return parts;
  // data-access says which kind of paywall (fromHtml reads it back).
  parts.push(paywalled.open(ctx.state.cls.paywalled, access.kind), flow(rest), paywalled.end);
  return parts;
}

/** `<p class="nd-location">`: the place of the dateline (a mention-like link to the Place). */
export function locationMarkup(article: Article, ctx: HtmlContext): Html | undefined {
  if (article.dateline === undefined) return undefined;
  const place = ctx.lookup.requireEntity(article.dateline);
  const { cls } = ctx.state;
  return pClass(cls.location, entityElement(place, escText(place.name), cls.mention, ctx));
}

/** `<aside class="nd-corrections">`: each correction with its `<time>`. */
export function correctionsMarkup(article: Article, ctx: HtmlContext): Html | undefined {
  const corrections = article.corrections;
  if (corrections === undefined || corrections.length === 0) return undefined;
  const { cls, labels } = ctx.state;
  return aside(cls.corrections, labels.corrections, [
    h2(escText(labels.corrections)),
    corrections.map((c) => {
      const shown = callFormatDate(ctx.options.formatDate, c.date, "modified");
      return p([time(c.date, escText(shown)), COLON, escText(c.text)]);
    }),
  ]);
}

/** `<aside class="nd-backstory">`: why and how the article was made. */
export function backstoryMarkup(article: Article, ctx: HtmlContext): Html | undefined {
  if (!article.backstory) return undefined;
  const { cls, labels } = ctx.state;
  return aside(cls.backstory, labels.backstory, [
    h2(escText(labels.backstory)),
    p(escText(article.backstory)),
  ]);
}

/** The file an `<img>` shows: its width and height, when known. */
export interface ImageFile {
  url: string;
  width: number | undefined;
  height: number | undefined;
}

/**
 * The file an `<img>` shows as `src`: the image's own file when its URL is
 * safe, else (an image known only by its renditions) its largest rendition
 * with a safe URL, so a rendition-only image is not dropped. `undefined`
 * when there is no safe file at all.
 */
export function imageFile(image: Image): ImageFile | undefined {
  const own = image.url === undefined ? undefined : safeUrl(image.url);
  if (own !== undefined) return { url: own, width: image.width, height: image.height };
  let best: ImageFile | undefined;
  let bestPixels = -1;
  for (const r of image.renditions ?? []) {
    const safe = safeUrl(r.url);
    if (safe === undefined || r.width * r.height <= bestPixels) continue;
    bestPixels = r.width * r.height;
    best = { url: safe, width: r.width, height: r.height };
  }
  return best;
}

/**
 * The `srcset` of an image with renditions of safe URLs (the kit's
 * `srcsetCandidates`, as `<NewsArticle>` writes them), or `undefined`.
 */
export function srcsetOf(image: Image): string | undefined {
  return srcsetValue(srcsetCandidates(image));
}
