import { type Article, entityHref, safeUrl } from "@newsdoc/core/kit";
import { escAttr, escText } from "../escape.js";

const ABSOLUTE = /^https?:\/\//i;

/** The URL if it is safe and absolute http(s) (what canonical links and Open Graph need). */
export function absoluteUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const safe = safeUrl(url);
  return safe !== undefined && ABSOLUTE.test(safe) ? safe : undefined;
}

function meta(kind: "name" | "property", key: string, value: string | number | undefined): string {
  if (value === undefined || value === "") return "";
  return `<meta ${kind}="${key}" content="${escAttr(String(value))}">`;
}

function positive(value: number | undefined): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** Head options that come from `toHtmlDocument`'s options. */
export interface HeadOptions {
  title: string | undefined;
  twitterSite: string | undefined;
}

/** Longest `<title>` written by default: search results cut longer ones (html-validate's `long-title`). */
export const MAX_TITLE_LENGTH = 70;

/**
 * The default `<title>`: the headline, or when it is longer than
 * {@link MAX_TITLE_LENGTH} characters, its words up to that length and "…".
 * Open Graph and Twitter titles keep the whole headline.
 */
export function documentTitle(headline: string): string {
  const chars = Array.from(headline);
  if (chars.length <= MAX_TITLE_LENGTH) return headline;
  const cut = chars.slice(0, MAX_TITLE_LENGTH - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}

/**
 * `<title>`, description, canonical link, Open Graph, `article:*` and
 * Twitter card tags. A tag whose value is unknown is left out.
 */
export function headTags(article: Article, options: HeadOptions): string {
  const description = article.description || article.alternativeHeadline;
  const url = absoluteUrl(article.url);
  const image = article.image;
  const imageUrl = absoluteUrl(image?.url);
  const publisher =
    article.publisher === undefined
      ? undefined
      : article.entities.find((e) => e.id === article.publisher);
  let out = `<title>${escText(options.title ?? documentTitle(article.headline))}</title>`;
  out += meta("name", "description", description);
  if (url !== undefined) out += `<link rel="canonical" href="${escAttr(url)}">`;
  out += meta("property", "og:type", "article");
  out += meta("property", "og:title", article.headline);
  out += meta("property", "og:description", description);
  out += meta("property", "og:url", url);
  out += meta("property", "og:site_name", publisher?.name);
  if (imageUrl !== undefined) {
    out += meta("property", "og:image", imageUrl);
    out += meta("property", "og:image:width", positive(image?.width));
    out += meta("property", "og:image:height", positive(image?.height));
    out += meta("property", "og:image:alt", image?.alt);
  }
  out += meta("property", "article:published_time", article.datePublished);
  out += meta("property", "article:modified_time", article.dateModified);
  for (const id of article.authors) {
    const author = article.entities.find((e) => e.id === id);
    if (author === undefined) continue;
    // Open Graph wants a profile URL; the name is the next best thing.
    out += meta("property", "article:author", absoluteUrl(entityHref(author)) ?? author.name);
  }
  out += meta("property", "article:section", article.section);
  for (const tag of article.keywords ?? []) out += meta("property", "article:tag", tag);
  out += meta("name", "twitter:card", imageUrl === undefined ? "summary" : "summary_large_image");
  out += meta("name", "twitter:site", options.twitterSite);
  out += meta("name", "twitter:title", article.headline);
  out += meta("name", "twitter:description", description);
  if (imageUrl !== undefined) {
    out += meta("name", "twitter:image", imageUrl);
    out += meta("name", "twitter:image:alt", image?.alt);
  }
  return out;
}
