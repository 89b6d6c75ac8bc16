import { type Article, callFormatDate, type Image, safeUrl } from "@newsdoc/core/kit";
import type { HtmlContext } from "./context.js";
import { entityElement } from "./entity-element.js";
import { escAttr, escText } from "./escape.js";

/*
 * The visible parts of the publishing fields: what Google asks to see on
 * the page when the structured data says it (a paywalled part, corrections)
 * and what readers expect (the dateline, the backstory).
 */

/**
 * The body's blocks, those behind the paywall inside `<div class="nd-paywalled"
 * data-access="metered|subscription">`
 * (the class the JSON-LD `hasPart.cssSelector` names). A free article, or
 * one without `access`, is the blocks as they are.
 */
export function bodyMarkup(article: Article, ctx: HtmlContext): string {
  const access = article.access;
  if (access === undefined || access.kind === "free") return ctx.children(article.body);
  const free = Math.min(Math.max(access.freeBlocks ?? 0, 0), article.body.length);
  const open = free > 0 ? ctx.children(article.body.slice(0, free)) : "";
  const rest = article.body.slice(free);
  if (rest.length === 0) return open;
  // data-access says which kind of paywall (fromHtml reads it back).
  return `${open}<div class="${ctx.state.cls.paywalled}" data-access="${access.kind}">${ctx.children(rest)}</div>`;
}

/** `<p class="nd-location">`: the place of the dateline (a mention-like link to the Place). */
export function locationMarkup(article: Article, ctx: HtmlContext): string {
  if (article.dateline === undefined) return "";
  const place = ctx.lookup.requireEntity(article.dateline);
  return `<p class="${ctx.state.cls.location}">${entityElement(place, escText(place.name), ctx.state.cls.mention, ctx)}</p>`;
}

/** `<aside class="nd-corrections">`: each correction with its `<time>`. */
export function correctionsMarkup(article: Article, ctx: HtmlContext): string {
  const corrections = article.corrections;
  if (corrections === undefined || corrections.length === 0) return "";
  const { cls, labels } = ctx.state;
  let out = `<aside class="${cls.corrections}" aria-label="${escAttr(labels.corrections)}"><h2>${escText(labels.corrections)}</h2>`;
  for (const c of corrections) {
    const shown = callFormatDate(ctx.options.formatDate, c.date, "modified");
    out += `<p><time datetime="${escAttr(c.date)}">${escText(shown)}</time>: ${escText(c.text)}</p>`;
  }
  return `${out}</aside>`;
}

/** `<aside class="nd-backstory">`: why and how the article was made. */
export function backstoryMarkup(article: Article, ctx: HtmlContext): string {
  if (!article.backstory) return "";
  const { cls, labels } = ctx.state;
  return `<aside class="${cls.backstory}" aria-label="${escAttr(labels.backstory)}"><h2>${escText(labels.backstory)}</h2><p>${escText(article.backstory)}</p></aside>`;
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
 * ` srcset="…" sizes="100vw"` for an image with renditions of safe URLs:
 * the image file and each rendition with its width. Nothing otherwise.
 */
export function srcsetAttributes(image: Image): string {
  const renditions = image.renditions;
  if (renditions === undefined || renditions.length === 0) return "";
  const candidates: string[] = [];
  const seen = new Set<number>();
  const add = (url: string | undefined, width: number | undefined) => {
    if (url === undefined || width === undefined || seen.has(width)) return;
    const safe = safeUrl(url);
    // A comma or space inside a URL would split the srcset candidate list.
    if (safe === undefined || /[\s,]/.test(safe)) return;
    seen.add(width);
    candidates.push(`${safe} ${width}w`);
  };
  add(image.url, image.width);
  for (const r of renditions) add(r.url, r.width);
  if (candidates.length < 2) return "";
  return ` srcset="${escAttr(candidates.join(", "))}" sizes="100vw"`;
}
